"""Scenarios: the situations, the riddle and the settings a user edits, loads and saves (no Qt)."""

from __future__ import annotations

import copy
import csv
import io
import json
import math
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from nngui.core import Network
from nngui.resources import resource_path

FORMAT = "nngui-scenario"
VERSION = 1
SUFFIX = ".nngui.json"

#: Files larger than this are refused before they are read.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_SITUATIONS = 100_000
MAX_INPUTS = 1024
MAX_HIDDEN_LAYERS = 8
MAX_LAYER_SIZE = 1024
MAX_ITERATIONS = 100_000_000
MAX_LEARNING_RATE = 1e6
MAX_SEED = 2**32 - 1
MAX_NAME = 200
MAX_DESCRIPTION = 5000
MAX_NESTING = 20


class ScenarioError(ValueError):
    """A scenario (or a file holding one) is not valid; the message says what and where."""


@dataclass
class Scenario:
    """What a user edits: situations (inputs → expected output), the riddle, and the settings."""

    inputs: list[list[float]] = field(default_factory=list)   # one row per situation
    outputs: list[float] = field(default_factory=list)        # one expected output per situation
    riddle: list[float] = field(default_factory=list)         # inputs whose output is asked
    hidden_layers: list[int] = field(default_factory=list)    # [] is the article's single neuron
    learning_rate: float = 1.0
    iterations: int = 10_000
    seed: int = 1
    initial_weights: list[list[list[float]]] | None = None    # None: random from the seed
    bias: bool = False
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

    def network(self) -> Network:
        """A fresh network for this scenario: its initial weights, or random ones from the seed."""
        if self.initial_weights is not None:
            return Network.from_weights([np.array(w) for w in self.initial_weights])
        return Network(self.layer_sizes, seed=self.seed, bias=self.bias)

    def copy(self) -> Scenario:
        return copy.deepcopy(self)

    # -- validation ----------------------------------------------------------
    def validate(self) -> None:
        """Raise ScenarioError naming the first problem (field, row and column)."""
        _check_scenario(self, where="")

    # -- JSON ----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
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
                "initial_weights": self.initial_weights,
            },
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1, allow_nan=False) + "\n"

    @classmethod
    def from_dict(cls, data: Any, where: str = "") -> Scenario:
        """Build a scenario from parsed JSON, checking every field."""
        return _scenario_from_dict(data, where)

    @classmethod
    def from_json(cls, text: str, where: str = "") -> Scenario:
        return cls.from_dict(_parse_json(text, where), where)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Scenario:
        """Read a scenario file; raises ScenarioError (and changes nothing) if it is not valid."""
        p = Path(path)
        return cls.from_json(read_text_file(p, MAX_FILE_BYTES), where=p.name)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write atomically: a temporary file beside the target, then a rename."""
        self.validate()
        write_text_atomic(Path(path), self.to_json())


# -- files -------------------------------------------------------------------

def read_text_file(path: Path, max_bytes: int) -> str:
    """Read a UTF-8 text file, refusing directories, unreadable and oversized files first."""
    name = path.name or str(path)
    try:
        if path.is_dir():
            raise ScenarioError(f"{name}: this is a folder, not a file")
        size = path.stat().st_size
    except ScenarioError:
        raise
    except OSError as exc:
        raise ScenarioError(f"{name}: cannot open the file ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise ScenarioError(
            f"{name}: the file is {size / 1e6:.1f} MB; files over {max_bytes / 1e6:.0f} MB are refused"
        )
    try:
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ScenarioError(f"{name}: cannot read the file ({exc.strerror or exc})") from None
    if len(raw) > max_bytes:
        raise ScenarioError(f"{name}: the file is larger than {max_bytes / 1e6:.0f} MB")
    if not raw.strip():
        raise ScenarioError(f"{name}: the file is empty")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScenarioError(
            f"{name}: not a text file (byte {exc.start + 1} is not valid UTF-8)"
        ) from None


def write_text_atomic(path: Path, text: str) -> None:
    """Write text so that a crash at any moment leaves either the old file or the new one."""
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            try:
                os.chmod(tmp, path.stat().st_mode & 0o777)
            except OSError:
                pass
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


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
        raise ScenarioError(f"there is no preset called {name!r}")
    path = resource_path("presets", name + SUFFIX)
    return Scenario.from_json(path.read_text(encoding="utf-8"), where=f"preset {name}")


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
        writer.writerow([_format_number(v) for v in row] + [_format_number(out)])
    return buffer.getvalue()


def situations_from_csv(text: str, where: str = "CSV") -> tuple[list[list[float]], list[float]]:
    """Parse situations from CSV (last column: the expected output; a header row is optional)."""
    try:
        rows = [r for r in csv.reader(io.StringIO(text)) if any(c.strip() for c in r)]
    except csv.Error as exc:
        raise ScenarioError(f"{where}: not a valid CSV file ({exc})") from None
    if rows and not _is_number(rows[0][0].strip()):
        rows = rows[1:]  # a header
    if not rows:
        raise ScenarioError(f"{where}: no situations found")
    if len(rows) > MAX_SITUATIONS:
        raise ScenarioError(f"{where}: {len(rows)} situations; at most {MAX_SITUATIONS} are allowed")
    width = len(rows[0])
    if width < 2:
        raise ScenarioError(f"{where}: each row needs at least one input and an output")
    if width - 1 > MAX_INPUTS:
        raise ScenarioError(f"{where}: {width - 1} inputs; at most {MAX_INPUTS} are allowed")
    inputs: list[list[float]] = []
    outputs: list[float] = []
    for number, row in enumerate(rows, start=1):
        if len(row) != width:
            raise ScenarioError(
                f"{where}: situation {number} has {len(row)} columns; the first has {width}"
            )
        values = []
        for column, cell in enumerate(row, start=1):
            label = "the output" if column == width else f"input {column}"
            values.append(_unit_number(cell.strip(), f"{where}: situation {number}, {label}"))
        inputs.append(values[:-1])
        outputs.append(values[-1])
    return inputs, outputs


# -- internals -------------------------------------------------------------

def _format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _unit_number(text: str, where: str) -> float:
    try:
        value = float(text.replace(",", ".")) if text else math.nan
    except ValueError:
        raise ScenarioError(f"{where}: {text[:30]!r} is not a number") from None
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise ScenarioError(f"{where}: {text[:30]!r} must be a number from 0 to 1")
    return value


def _prefix(where: str) -> str:
    return f"{where}: " if where else ""


def _parse_json(text: str, where: str) -> Any:
    def refuse_constant(name: str) -> Any:
        raise ScenarioError(f"{_prefix(where)}{name} is not allowed; use ordinary numbers")

    depth = 0
    for ch in text[:100_000]:
        if ch in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise ScenarioError(f"{_prefix(where)}the data is nested too deeply")
        elif ch in "]}":
            depth -= 1
    try:
        return json.loads(text, parse_constant=refuse_constant)
    except ScenarioError:
        raise
    except RecursionError:
        raise ScenarioError(f"{_prefix(where)}the data is nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise ScenarioError(
            f"{_prefix(where)}not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except ValueError as exc:
        raise ScenarioError(f"{_prefix(where)}not valid JSON ({exc})") from None


def _number(value: Any, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ScenarioError(f"{where}: expected a number, got {_describe(value)}")
    number = float(value) if abs(value) < 1e400 else math.inf
    if not math.isfinite(number) or not low <= number <= high:
        raise ScenarioError(f"{where}: {value!r} must be a number from {low:g} to {high:g}")
    return number


def _integer(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise ScenarioError(f"{where}: expected a whole number, got {_describe(value)}")
    if not low <= value <= high:
        raise ScenarioError(f"{where}: {value} must be a whole number from {low} to {high}")
    return int(value)


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, str):
        return f"the text {value[:30]!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return repr(value)[:30]


def _list(value: Any, where: str, limit: int) -> list[Any]:
    if not isinstance(value, list):
        raise ScenarioError(f"{where}: expected a list, got {_describe(value)}")
    if len(value) > limit:
        raise ScenarioError(f"{where}: {len(value)} entries; at most {limit} are allowed")
    return value


def _check_scenario(s: Scenario, where: str) -> None:
    """Check a Scenario object's fields (types are coerced where harmless)."""
    p = _prefix(where)
    if not isinstance(s.name, str) or len(s.name) > MAX_NAME:
        raise ScenarioError(f"{p}name: expected a text of at most {MAX_NAME} characters")
    if not isinstance(s.description, str) or len(s.description) > MAX_DESCRIPTION:
        raise ScenarioError(f"{p}description: expected a text of at most {MAX_DESCRIPTION} characters")
    riddle = _list(s.riddle, f"{p}riddle", MAX_INPUTS)
    if not riddle:
        raise ScenarioError(f"{p}riddle: the riddle needs at least one input")
    s.riddle = [_number(v, f"{p}riddle, input {i + 1}", 0, 1) for i, v in enumerate(riddle)]
    k = len(s.riddle)
    rows = _list(s.inputs, f"{p}situations", MAX_SITUATIONS)
    outputs = _list(s.outputs, f"{p}outputs", MAX_SITUATIONS)
    if not rows:
        raise ScenarioError(f"{p}situations: at least one situation is needed")
    if len(rows) != len(outputs):
        raise ScenarioError(f"{p}{len(rows)} situations but {len(outputs)} expected outputs")
    checked_rows = []
    for r, row in enumerate(rows, start=1):
        row = _list(row, f"{p}situation {r}, inputs", MAX_INPUTS)
        if len(row) != k:
            raise ScenarioError(
                f"{p}situation {r} has {len(row)} inputs; the riddle and the network have {k}"
            )
        checked_rows.append([_number(v, f"{p}situation {r}, input {c + 1}", 0, 1)
                             for c, v in enumerate(row)])
    s.inputs = checked_rows
    s.outputs = [_number(v, f"{p}situation {r + 1}, output", 0, 1) for r, v in enumerate(outputs)]
    hidden = _list(s.hidden_layers, f"{p}hidden layers", MAX_HIDDEN_LAYERS)
    s.hidden_layers = [_integer(v, f"{p}hidden layer {i + 1}", 1, MAX_LAYER_SIZE)
                       for i, v in enumerate(hidden)]
    s.learning_rate = _number(s.learning_rate, f"{p}learning rate", 0, MAX_LEARNING_RATE)
    s.iterations = _integer(s.iterations, f"{p}iterations", 0, MAX_ITERATIONS)
    s.seed = _integer(s.seed, f"{p}seed", 0, MAX_SEED)
    if not isinstance(s.bias, bool):
        raise ScenarioError(f"{p}bias: expected true or false, got {_describe(s.bias)}")
    if s.initial_weights is not None:
        if s.bias:
            raise ScenarioError(f"{p}initial weights: cannot be combined with bias")
        sizes = s.layer_sizes
        layers = _list(s.initial_weights, f"{p}initial weights", MAX_HIDDEN_LAYERS + 1)
        if len(layers) != len(sizes) - 1:
            raise ScenarioError(
                f"{p}initial weights: {len(layers)} weight matrices given; "
                f"the layers {sizes} need {len(sizes) - 1}"
            )
        checked = []
        for n, (matrix, n_in, n_out) in enumerate(zip(layers, sizes, sizes[1:]), start=1):
            here = f"{p}initial weights, layer {n}"
            matrix = _list(matrix, here, MAX_LAYER_SIZE * 2)
            if len(matrix) != n_in:
                raise ScenarioError(f"{here}: {len(matrix)} rows; expected {n_in} (one per input)")
            rows_w = []
            for i, row in enumerate(matrix, start=1):
                row = _list(row, f"{here}, row {i}", MAX_LAYER_SIZE)
                if len(row) != n_out:
                    raise ScenarioError(f"{here}, row {i}: {len(row)} values; expected {n_out}")
                rows_w.append([_number(v, f"{here}, row {i}, column {j + 1}", -1e300, 1e300)
                               for j, v in enumerate(row)])
            checked.append(rows_w)
        s.initial_weights = checked


def _scenario_from_dict(data: Any, where: str) -> Scenario:
    p = _prefix(where)
    if not isinstance(data, dict):
        raise ScenarioError(f"{p}expected a scenario object, got {_describe(data)}")
    if data.get("format") != FORMAT:
        raise ScenarioError(f"{p}not an nngui scenario (the \"format\" field is missing or wrong)")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ScenarioError(f"{p}version: expected a whole number, got {_describe(version)}")
    if version > VERSION or version < 1:
        raise ScenarioError(
            f"{p}version {version} is not supported; this nngui reads version {VERSION}"
        )
    known = {"format", "version", "name", "description", "situations", "riddle", "settings"}
    extra = sorted(str(k) for k in data if k not in known)
    if extra:
        raise ScenarioError(f"{p}unknown field {extra[0][:40]!r}")
    for required in ("situations", "riddle"):
        if required not in data:
            raise ScenarioError(f"{p}the field \"{required}\" is missing")
    situations = _list(data["situations"], f"{p}situations", MAX_SITUATIONS)
    inputs, outputs = [], []
    for r, item in enumerate(situations, start=1):
        if not isinstance(item, dict):
            raise ScenarioError(f"{p}situation {r}: expected an object, got {_describe(item)}")
        extra = sorted(str(k) for k in item if k not in ("inputs", "output"))
        if extra:
            raise ScenarioError(f"{p}situation {r}: unknown field {extra[0][:40]!r}")
        if "inputs" not in item or "output" not in item:
            raise ScenarioError(f"{p}situation {r}: needs both \"inputs\" and \"output\"")
        inputs.append(item["inputs"])
        outputs.append(item["output"])
    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        raise ScenarioError(f"{p}settings: expected an object, got {_describe(settings)}")
    names = {"hidden_layers", "learning_rate", "iterations", "seed", "bias", "initial_weights"}
    extra = sorted(str(k) for k in settings if k not in names)
    if extra:
        raise ScenarioError(f"{p}settings: unknown field {extra[0][:40]!r}")
    defaults = Scenario.__dataclass_fields__
    kwargs: dict[str, Any] = {
        name: settings.get(name, defaults[name].default if name != "hidden_layers" else [])
        for name in names
    }
    s = Scenario.__new__(Scenario)
    s.inputs = inputs
    s.outputs = outputs
    s.riddle = data["riddle"]
    s.name = data.get("name", "")
    s.description = data.get("description", "")
    for name, value in kwargs.items():
        setattr(s, name, value)
    _check_scenario(s, where)
    return s
