"""Scenarios: the situations, the riddle and the settings a user edits, loads and saves (no Qt)."""

from __future__ import annotations

import copy
import csv
import io
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from nngui.model import numbers
from nngui.model.checks import (
    Written,
    checked_list,
    checked_number,
    checked_text,
    checked_whole,
    described,
    is_number_text,
    shown,
    unit_cell,
)
from nngui.model.files import (  # noqa: F401 (re-exported: the Qt side saves and exports with them)
    STALE_TEMPORARY_SECONDS,
    atomic_path,
    read_text_file,
    remove_stale_temporaries,
    write_text_atomic,
)
from nngui.model.limits import (  # noqa: F401 (MAX_* are re-exported for the Qt side's use)
    MAX_DESCRIPTION,
    MAX_FILE_BYTES,
    MAX_HIDDEN_LAYERS,
    MAX_INPUTS,
    MAX_ITERATIONS,
    MAX_LAYER_SIZE,
    MAX_LEARNING_RATE,
    MAX_NAME,
    MAX_SEED,
    MAX_SITUATIONS,
    WEIGHT_LIMIT,
)
from nngui.model.network import Network
from nngui.model.rules import ACTIVATIONS, ARTICLE, LOSSES, UPDATES, LearningRules
from nngui.model.texts import JSON_REASONS, Field, ScenarioError, Text, at, count, place
from nngui.model.trained import Trained, checked_trained
from nngui.resources import resource_path

FORMAT = "nngui-scenario"
# Version 2 adds "trained" (the network as training left it); a file without it is written as
# version 1, as before, so that older nngui still opens it.
VERSION = 2
UNTRAINED_VERSION = 1
SUFFIX = ".nngui.json"

_FIELDS = ("format", "version", "name", "description", "situations", "riddle", "settings", "trained")
_SETTINGS = ("hidden_layers", "learning_rate", "iterations", "seed", "bias", "initial_weights",
             "activation", "updates", "loss")


@dataclass
class Scenario:
    """What a user edits: situations (inputs → expected output), the riddle, and the settings.

    A Scenario is always valid: creating one checks every field (raising ScenarioError), and so
    does validate() after an edit.
    """

    inputs: list[list[float]] = field(default_factory=list)   # one row per situation
    outputs: list[float] = field(default_factory=list)        # one expected output per situation
    riddle: list[float] = field(default_factory=list)         # inputs whose output is asked
    hidden_layers: list[int] = field(default_factory=list)    # [] is the article's single neuron
    learning_rate: float = 1.0
    iterations: int = 10_000
    seed: int = 1
    initial_weights: list[list[list[float]]] | None = None    # None: random from the seed
    bias: bool = False
    activation: str = "sigmoid"                               # see nngui.model.rules
    updates: str = "batch"
    loss: str = "mse"
    name: str = ""
    description: str = ""

    def __post_init__(self) -> None:
        self.validate()

    # -- shape -------------------------------------------------------------
    @property
    def n_inputs(self) -> int:
        return len(self.riddle)

    @property
    def n_situations(self) -> int:
        return len(self.inputs)

    @property
    def layer_sizes(self) -> list[int]:
        return [self.n_inputs, *self.hidden_layers, 1]

    def X(self) -> np.ndarray:
        """The situations' inputs as an (n, k) float array."""
        return np.array(self.inputs, dtype=np.float64).reshape(self.n_situations, self.n_inputs)

    def y(self) -> np.ndarray:
        """The expected outputs as an (n, 1) float array."""
        return np.array(self.outputs, dtype=np.float64).reshape(-1, 1)

    def rules(self) -> LearningRules:
        """How this scenario's network computes and learns (the article's rule by default)."""
        return LearningRules(self.activation, self.updates, self.loss, self.seed)

    def network(self) -> Network:
        """A fresh network for this scenario: its initial weights, or random ones from the seed."""
        if self.initial_weights is not None:
            return Network.from_weights([np.array(w) for w in self.initial_weights], rules=self.rules())
        return Network(self.layer_sizes, seed=self.seed, bias=self.bias, rules=self.rules())

    def copy(self) -> Scenario:
        return copy.deepcopy(self)

    # -- validation ----------------------------------------------------------
    def validate(self) -> None:
        """Raise ScenarioError naming the first problem (field, row and column); change nothing then.

        When every field is valid, numbers are stored as floats (whole numbers as ints where an
        int is meant), so that equal scenarios compare equal.
        """
        checked = _checked_fields(vars(self), where="")
        for name, value in checked.items():
            setattr(self, name, value)

    # -- JSON ----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": UNTRAINED_VERSION,
            "name": self.name,
            "description": self.description,
            "situations": [
                {"inputs": list(row), "output": out} for row, out in zip(self.inputs, self.outputs)
            ],
            "riddle": list(self.riddle),
            "settings": {
                "hidden_layers": list(self.hidden_layers),
                "learning_rate": self.learning_rate,
                "iterations": self.iterations,
                "seed": self.seed,
                "bias": self.bias,
                "initial_weights": copy.deepcopy(self.initial_weights),
                # The learning rules only where they are not the article's, so that a file of the
                # article's rules still opens in an nngui from before them.
                **{key: value for key, value in self.rules().to_dict().items()
                   if value != ARTICLE.to_dict()[key]},
            },
        }

    def to_json(self, trained: Trained | None = None) -> str:
        """The scenario as JSON text: one line per situation, whole numbers written without '.0';
        with `trained`, also the network as training left it (format version 2)."""

        def dump(value: Any) -> str:
            return json.dumps(_plain(value), ensure_ascii=False, allow_nan=False)

        data = self.to_dict()
        if trained is not None:
            data["version"] = VERSION
        lines = ["{"]
        for key in ("format", "version", "name", "description"):
            lines.append(f" {dump(key)}: {dump(data[key])},")
        situations = [f"  {dump(item)}" for item in data["situations"]]
        lines.append(' "situations": [\n' + ",\n".join(situations) + "\n ],")
        lines.append(f' "riddle": {dump(data["riddle"])},')
        settings = [f"  {dump(key)}: {dump(value)}" for key, value in data["settings"].items()]
        lines.append(' "settings": {\n' + ",\n".join(settings) + "\n }" + ("," if trained else ""))
        if trained is not None:  # a line per table of weights, the losses on one line
            parts = [f"  {dump(key)}: {dump(value)}" for key, value in trained.to_dict().items()]
            lines.append(' "trained": {\n' + ",\n".join(parts) + "\n }")
        lines.append("}")
        return "\n".join(lines) + "\n"

    @classmethod
    def from_dict(cls, data: Any, where: Field = "") -> Scenario:
        """Build a scenario from parsed JSON, checking every field."""
        return _scenario_from_dict(data, where)

    @classmethod
    def from_json(cls, text: str, where: Field = "") -> Scenario:
        return cls.from_dict(parse_json(text, where), where)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Scenario:
        """Read a scenario file: a new Scenario, or ScenarioError (and nothing changes anywhere)."""
        return cls.load_trained(path)[0]

    @classmethod
    def load_trained(cls, path: str | os.PathLike[str]) -> tuple[Scenario, Trained | None]:
        """Read a scenario file and the trained network it keeps (None if it keeps none)."""
        p = Path(path)
        return _read(parse_json(read_text_file(p, MAX_FILE_BYTES), p.name), p.name)

    def save(self, path: str | os.PathLike[str], trained: Trained | None = None) -> None:
        """Write atomically: a temporary file beside the target, then a rename (OSError if that fails);
        with `trained`, the file keeps the trained network too."""
        self.validate()
        if trained is not None:  # what the file says must load again
            checked_trained(trained.to_dict(), self.layer_sizes, self.bias, "", (self.X(), self.y()))
        write_text_atomic(Path(path), self.to_json(trained))


def _json_float(text: str) -> float | Written:
    value = float(text)
    return value if math.isfinite(value) else Written(text)


def _json_int(text: str) -> int | Written:
    return int(text) if len(text.lstrip("-")) <= 400 else Written(text)  # int() refuses 4,300+ digits


def parse_json(text: str, where: Field = "") -> Any:
    """Parse JSON text, or raise ScenarioError saying where it breaks (NaN and Infinity refused)."""

    def refuse_constant(name: str) -> Any:
        raise ScenarioError(at(where, Text("constant", name=name)))

    try:
        return json.loads(text, parse_constant=refuse_constant, parse_float=_json_float, parse_int=_json_int)
    except ScenarioError:
        raise
    except RecursionError:
        raise ScenarioError(at(where, Text("nested"))) from None
    except json.JSONDecodeError as exc:
        reason = Text(JSON_REASONS[exc.msg]) if exc.msg in JSON_REASONS else exc.msg
        raise ScenarioError(at(where, Text("bad_json_at", n=str(exc.lineno), m=str(exc.colno),
                                           reason=reason))) from None
    except ValueError as exc:  # e.g. a whole number with thousands of digits
        raise ScenarioError(at(where, Text("bad_json", reason=str(exc)[:100]))) from None


# -- presets -----------------------------------------------------------------

def preset_names() -> list[str]:
    """The presets shipped in resources/presets, the article's task first."""
    folder = resource_path("presets")
    names = sorted(p.name[: -len(SUFFIX)] for p in folder.iterdir() if p.name.endswith(SUFFIX))
    order = ["article", "worked-example", "two-layer"]
    return [n for n in order if n in names] + [n for n in names if n not in order]


def load_preset(name: str) -> Scenario:
    """A preset scenario by name (see preset_names())."""
    if name not in preset_names():
        raise ScenarioError(Text("no_preset", name=repr(name)))
    path = resource_path("presets", name + SUFFIX)
    return Scenario.from_json(read_text_file(path, MAX_FILE_BYTES), where=Text("preset", name=name))


def article_scenario() -> Scenario:
    """The article's task: four situations and the riddle 1 0 0."""
    return load_preset("article")


# -- CSV of situations ----------------------------------------------------------

def situations_to_csv(scenario: Scenario) -> str:
    """The situations as CSV: a header, then the inputs and the expected output per row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([f"input {i + 1}" for i in range(scenario.n_inputs)] + ["output"])
    for row, out in zip(scenario.inputs, scenario.outputs):
        writer.writerow([numbers.exact(v) for v in row] + [numbers.exact(out)])
    return buffer.getvalue()


def situations_from_csv(text: str, where: Field = "CSV") -> tuple[list[list[float]], list[float]]:
    """Parse situations from CSV: one row per situation, the expected output in the last column.

    A first row without any number is a header and is skipped. Cells may be separated by commas,
    semicolons or tabs (whichever the first line uses); a decimal comma is read as a point.
    """
    if not isinstance(text, str):
        raise ScenarioError(at(where, Text("expected_text")))
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = next((d for d in (";", "\t") if d in first_line), ",")
    rows: list[tuple[int, list[str]]] = []  # (line number, cells)
    try:
        reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter,
                            skipinitialspace=True)
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((reader.line_num, cells))
                if len(rows) > MAX_SITUATIONS + 1:
                    raise ScenarioError(at(where, Text("csv_too_many", n=MAX_SITUATIONS, m=MAX_SITUATIONS)))
    except csv.Error as exc:
        line = Text("line", line=str(reader.line_num))
        raise ScenarioError(at(at(where, line), Text("bad_csv", reason=str(exc)))) from None
    if rows and not any(is_number_text(c.strip().replace(",", ".")) for c in rows[0][1]):
        rows = rows[1:]  # a header
    if not rows:
        raise ScenarioError(at(where, Text("no_situations")))
    if len(rows) > MAX_SITUATIONS:
        raise ScenarioError(at(where, Text("too_many_situations", n=len(rows), m=MAX_SITUATIONS)))
    width = len(rows[0][1])
    if width < 2:
        raise ScenarioError(at(at(where, Text("line", line=str(rows[0][0]))), Text("csv_width")))
    if width - 1 > MAX_INPUTS:
        raise ScenarioError(at(where, Text("too_many_inputs", n=str(width - 1), m=str(MAX_INPUTS))))
    inputs: list[list[float]] = []
    outputs: list[float] = []
    for number, (line, row) in enumerate(rows, start=1):
        here = Text("situation_line", situation=str(number), line=str(line))
        if len(row) != width:
            raise ScenarioError(at(where, Text("csv_columns", here=here, columns=count(len(row), "columns"),
                                               m=str(width))))
        values = []
        for column, cell in enumerate(row, start=1):
            label = Text("the_expected_output") if column == width else Text("input", input=str(column))
            values.append(unit_cell(cell.strip(), at(where, place(here, label))))
        inputs.append(values[:-1])
        outputs.append(values[-1])
    return inputs, outputs


# -- internals -------------------------------------------------------------

def _plain(value: Any) -> Any:
    """Whole floats as ints (0.0 → 0) inside lists and dicts, for tidy JSON."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _checked_fields(s: dict[str, Any], where: Field) -> dict[str, Any]:
    """Every field of a scenario, checked and normalised; ScenarioError names the first problem."""

    def here(*parts: Text) -> Field:  # a place in the scenario (in its file, if it has one)
        return at(where, place(*parts))

    def refuse(problem: Text, *parts: Text) -> ScenarioError:
        return ScenarioError(at(here(*parts), problem) if parts else at(where, problem))

    def situation(r: int) -> Text:
        return Text("situation", situation=str(r))

    def item(key: str, number: int) -> Text:  # "input 2", "row 3" …
        return Text(key, **{key: str(number)})

    c: dict[str, Any] = {}
    c["name"] = checked_text(s["name"], here(Text("name")), MAX_NAME)
    c["description"] = checked_text(s["description"], here(Text("description")), MAX_DESCRIPTION)
    riddle = checked_list(s["riddle"], here(Text("riddle")), MAX_INPUTS)
    if not riddle:
        raise refuse(Text("no_riddle_input"), Text("riddle"))
    c["riddle"] = [checked_number(v, here(Text("riddle"), item("input", i)), 0, 1)
                   for i, v in enumerate(riddle, start=1)]
    k = len(riddle)
    rows = checked_list(s["inputs"], here(Text("situations")), MAX_SITUATIONS)
    outputs = checked_list(s["outputs"], here(Text("expected_outputs")), MAX_SITUATIONS)
    if not rows:
        raise refuse(Text("no_situation"), Text("situations"))
    if len(rows) != len(outputs):
        raise refuse(Text("situations_outputs", situations=count(len(rows), "situations"),
                          outputs=count(len(outputs), "expected_outputs")))
    checked_rows = []
    for r, row in enumerate(rows, start=1):
        row = checked_list(row, here(situation(r), Text("inputs")), MAX_INPUTS)
        if len(row) != k:
            raise refuse(Text("riddle_width", situation=str(r), inputs=count(len(row), "inputs"), m=str(k)))
        checked_rows.append([checked_number(v, here(situation(r), item("input", i)), 0, 1)
                             for i, v in enumerate(row, start=1)])
    c["inputs"] = checked_rows
    c["outputs"] = [checked_number(v, here(situation(r), Text("expected_output")), 0, 1)
                    for r, v in enumerate(outputs, start=1)]
    hidden = checked_list(s["hidden_layers"], here(Text("hidden_layers")), MAX_HIDDEN_LAYERS)
    c["hidden_layers"] = [checked_whole(v, here(Text("hidden_layer", layer=str(i))), 1, MAX_LAYER_SIZE)
                          for i, v in enumerate(hidden, start=1)]
    c["learning_rate"] = checked_number(s["learning_rate"], here(Text("learning_rate")), 0, MAX_LEARNING_RATE)
    c["iterations"] = checked_whole(s["iterations"], here(Text("iterations")), 0, MAX_ITERATIONS)
    c["seed"] = checked_whole(s["seed"], here(Text("seed")), 0, MAX_SEED)
    if not isinstance(s["bias"], (bool, np.bool_)):
        raise refuse(Text("not_bool", what=described(s["bias"])), Text("bias"))
    c["bias"] = bool(s["bias"])
    for key, choices in (("activation", ACTIVATIONS), ("updates", UPDATES), ("loss", LOSSES)):
        if s[key] not in choices:
            raise refuse(Text("not_choice", what=described(s[key]), choices=", ".join(choices)),
                         Text(f"setting_{key}"))
        c[key] = s[key]
    problem = LearningRules(c["activation"], c["updates"], c["loss"]).refusal(len(c["hidden_layers"]) + 1)
    if problem is not None:
        setting = "setting_loss" if problem.id == "rules_cross_entropy" else "setting_activation"
        raise refuse(problem, Text(setting))
    c["initial_weights"] = None
    if s["initial_weights"] is not None:
        weights = Text("initial_weights")
        if c["bias"]:
            raise refuse(Text("weights_with_bias"), weights)
        sizes = [k, *c["hidden_layers"], 1]
        layers = checked_list(s["initial_weights"], here(weights), MAX_HIDDEN_LAYERS + 1)
        if len(layers) != len(sizes) - 1:
            raise refuse(Text("weight_tables", tables=count(len(layers), "weight_tables"), sizes=str(sizes),
                              m=str(len(sizes) - 1)), weights)
        checked = []
        for n, (matrix, n_in, n_out) in enumerate(zip(layers, sizes, sizes[1:]), start=1):
            layer = item("layer", n)
            matrix = checked_list(matrix, here(weights, layer), max(MAX_INPUTS, MAX_LAYER_SIZE))
            if len(matrix) != n_in:
                raise refuse(Text("weight_rows", rows=count(len(matrix), "rows"), m=str(n_in)),
                             weights, layer)
            rows_w = []
            for i, row in enumerate(matrix, start=1):
                row = checked_list(row, here(weights, layer, item("row", i)), MAX_LAYER_SIZE)
                if len(row) != n_out:
                    raise refuse(Text("weight_row", weights=count(len(row), "weights"), m=str(n_out)),
                                 weights, layer, item("row", i))
                rows_w.append([checked_number(v, here(weights, layer, item("row", i), item("column", j)),
                                              -WEIGHT_LIMIT, WEIGHT_LIMIT)
                               for j, v in enumerate(row, start=1)])
            checked.append(rows_w)
        c["initial_weights"] = checked
    return c


def _scenario_from_dict(data: Any, where: Field) -> Scenario:
    return _read(data, where)[0]


def _read(data: Any, where: Field) -> tuple[Scenario, Trained | None]:
    """A scenario from parsed JSON and the trained network it keeps, every field checked."""
    if not isinstance(data, dict):
        raise ScenarioError(at(where, Text("not_scenario", what=described(data))))
    if data.get("format") != FORMAT:
        raise ScenarioError(at(where, Text("not_nngui")))
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ScenarioError(at(at(where, Text("version")), Text("not_whole", what=described(version))))
    if not 1 <= version <= VERSION:
        raise ScenarioError(at(where, Text("unsupported_version", n=shown(version), m=str(VERSION))))
    _refuse_unknown(data, _FIELDS if version >= 2 else _FIELDS[:-1], where)
    for required in ("situations", "riddle"):
        if required not in data:
            raise ScenarioError(at(where, Text("missing_field", name=required)))
    situations = checked_list(data["situations"], at(where, Text("situations")), MAX_SITUATIONS)
    inputs, outputs = [], []
    for r, item in enumerate(situations, start=1):
        here = at(where, Text("situation", situation=str(r)))
        if not isinstance(item, dict):
            raise ScenarioError(at(here, Text("not_situation", what=described(item))))
        _refuse_unknown(item, ("inputs", "output"), here)
        for required in ("inputs", "output"):
            if required not in item:
                raise ScenarioError(at(here, Text("missing_field", name=required)))
        inputs.append(item["inputs"])
        outputs.append(item["output"])
    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        raise ScenarioError(at(at(where, Text("settings")), Text("not_object", what=described(settings))))
    _refuse_unknown(settings, _SETTINGS, at(where, Text("settings")))
    fields: dict[str, Any] = {
        "inputs": inputs, "outputs": outputs, "riddle": data["riddle"],
        "name": data.get("name", ""), "description": data.get("description", ""),
        "hidden_layers": settings.get("hidden_layers", []),
        "learning_rate": settings.get("learning_rate", 1.0),
        "iterations": settings.get("iterations", 10_000),
        "seed": settings.get("seed", 1),
        "bias": settings.get("bias", False),
        "initial_weights": settings.get("initial_weights"),
        "activation": settings.get("activation", "sigmoid"),
        "updates": settings.get("updates", "batch"),
        "loss": settings.get("loss", "mse"),
    }
    s = Scenario.__new__(Scenario)  # skip __init__: the fields are checked (once) right here
    for name, value in _checked_fields(fields, where).items():
        setattr(s, name, value)
    trained = None
    if data.get("trained") is not None:
        trained = checked_trained(data["trained"], s.layer_sizes, s.bias, where, (s.X(), s.y()))
    return s, trained


def _refuse_unknown(data: dict[Any, Any], known: tuple[str, ...], where: Field) -> None:
    extra = sorted(str(k) for k in data if k not in known)
    if extra:
        raise ScenarioError(at(where, Text("unknown_field", name=repr(extra[0][:40]))))
