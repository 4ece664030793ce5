"""Scenarios: the situations, the riddle and the settings a user edits, loads and saves (no Qt)."""

from __future__ import annotations

import contextlib
import copy
import csv
import io
import json
import math
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from nngui.model import numbers
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
from nngui.resources import resource_path

FORMAT = "nngui-scenario"
VERSION = 1
SUFFIX = ".nngui.json"

#: A save's temporary file untouched for this long is a leftover of a save that was killed.
STALE_TEMPORARY_SECONDS = 3600

_FIELDS = ("format", "version", "name", "description", "situations", "riddle", "settings")
_SETTINGS = ("hidden_layers", "learning_rate", "iterations", "seed", "bias", "initial_weights")


class ScenarioError(ValueError):
    """A scenario (or a file holding one) is not valid; the message says what and where."""


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
                "initial_weights": copy.deepcopy(self.initial_weights),
            },
        }

    def to_json(self) -> str:
        """The scenario as JSON text: one line per situation, whole numbers written without '.0'."""

        def dump(value: Any) -> str:
            return json.dumps(_plain(value), ensure_ascii=False, allow_nan=False)

        data = self.to_dict()
        lines = ["{"]
        for key in ("format", "version", "name", "description"):
            lines.append(f" {dump(key)}: {dump(data[key])},")
        situations = [f"  {dump(item)}" for item in data["situations"]]
        lines.append(' "situations": [\n' + ",\n".join(situations) + "\n ],")
        lines.append(f' "riddle": {dump(data["riddle"])},')
        settings = [f"  {dump(key)}: {dump(value)}" for key, value in data["settings"].items()]
        lines.append(' "settings": {\n' + ",\n".join(settings) + "\n }")
        lines.append("}")
        return "\n".join(lines) + "\n"

    @classmethod
    def from_dict(cls, data: Any, where: str = "") -> Scenario:
        """Build a scenario from parsed JSON, checking every field."""
        return _scenario_from_dict(data, where)

    @classmethod
    def from_json(cls, text: str, where: str = "") -> Scenario:
        return cls.from_dict(parse_json(text, where), where)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Scenario:
        """Read a scenario file: a new Scenario, or ScenarioError (and nothing changes anywhere)."""
        p = Path(path)
        return cls.from_json(read_text_file(p, MAX_FILE_BYTES), where=p.name)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write atomically: a temporary file beside the target, then a rename (OSError if that fails)."""
        self.validate()
        write_text_atomic(Path(path), self.to_json())


# -- files -------------------------------------------------------------------

def read_text_file(path: Path, max_bytes: int) -> str:
    """Read a UTF-8 text file, refusing folders, unreadable, special and oversized files first."""
    path = Path(path)
    name = path.name or str(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise ScenarioError(f"{name}: cannot open the file ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ScenarioError(f"{name}: this is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ScenarioError(f"{name}: this is not an ordinary file")
    if info.st_size > max_bytes:
        raise ScenarioError(f"{name}: the file is {_megabytes(info.st_size)}; "
                            f"files over {_megabytes(max_bytes)} are refused")
    try:
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ScenarioError(f"{name}: cannot read the file ({exc.strerror or exc})") from None
    if len(raw) > max_bytes:  # it grew since stat()
        raise ScenarioError(f"{name}: the file is larger than {_megabytes(max_bytes)}")
    if not raw.strip():
        raise ScenarioError(f"{name}: the file is empty")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScenarioError(f"{name}: this is not a text file (byte {exc.start + 1} "
                            "is not valid UTF-8)") from None


def write_text_atomic(path: Path, text: str) -> None:
    """Write text so that a crash at any moment leaves the old file or the new one (see atomic_path)."""
    with atomic_path(path) as temporary, open(temporary, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[str]:
    """A temporary file beside `path` to write to (by name: any writer, Qt's too); when the block ends
    without an error it is flushed to disk and replaces `path` in one rename, so a crash at any moment
    leaves either the old file or the new one. On an error the temporary file is removed and the old
    file stays as it was. Temporary files that earlier saves of this target left behind (killed
    before their rename) are removed once they are stale.
    """
    path = Path(path)
    directory = path.parent
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    remove_stale_temporaries(path)
    fd, temporary = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=directory)
    os.close(fd)
    try:
        yield temporary
        fd = os.open(temporary, os.O_RDWR)  # the writer has closed it: make its bytes durable
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def remove_stale_temporaries(path: Path, max_age: float = STALE_TEMPORARY_SECONDS) -> list[Path]:
    """Remove the temporary files of `path` that saves killed before their rename left behind.

    Only our own names are touched (".<target name>.<8 characters from mkstemp>.tmp", beside the
    target): ordinary files, ours, not modified for `max_age` seconds, so a save still writing is
    never disturbed. Best effort: what cannot be listed or removed stays. Returns what was removed.
    """
    path = Path(path)
    ours = re.compile(re.escape("." + path.name + ".") + r"[a-z0-9_]{8}\.tmp")
    oldest = time.time() - max_age
    me = os.getuid() if hasattr(os, "getuid") else None  # (Windows has no owner ids here)
    removed: list[Path] = []
    try:
        with os.scandir(path.parent) as listing:
            entries = [entry for entry in listing if ours.fullmatch(entry.name)]
    except OSError:
        return removed
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
            if (stat.S_ISREG(info.st_mode) and info.st_mtime < oldest
                    and (me is None or info.st_uid == me)):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


class _Written(str):
    """A number too large for a float (1e400) or with too many digits, kept as it was written.

    The field it is in then reports it as out of range, quoting the file, not Python's "inf".
    """


def _json_float(text: str) -> float | _Written:
    value = float(text)
    return value if math.isfinite(value) else _Written(text)


def _json_int(text: str) -> int | _Written:
    return int(text) if len(text.lstrip("-")) <= 400 else _Written(text)  # int() refuses 4,300+ digits


def parse_json(text: str, where: str = "") -> Any:
    """Parse JSON text, or raise ScenarioError saying where it breaks (NaN and Infinity refused)."""
    p = _prefix(where)

    def refuse_constant(name: str) -> Any:
        raise ScenarioError(f"{p}{name} is not allowed; use ordinary numbers")

    try:
        return json.loads(text, parse_constant=refuse_constant, parse_float=_json_float, parse_int=_json_int)
    except ScenarioError:
        raise
    except RecursionError:
        raise ScenarioError(f"{p}the data is nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise ScenarioError(
            f"{p}not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except ValueError as exc:  # e.g. a whole number with thousands of digits
        raise ScenarioError(f"{p}not valid JSON ({str(exc)[:100]})") from None


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
    return Scenario.from_json(read_text_file(path, MAX_FILE_BYTES), where=f"preset {name}")


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


def situations_from_csv(text: str, where: str = "CSV") -> tuple[list[list[float]], list[float]]:
    """Parse situations from CSV: one row per situation, the expected output in the last column.

    A first row without any number is a header and is skipped. Cells may be separated by commas,
    semicolons or tabs (whichever the first line uses); a decimal comma is read as a point.
    """
    if not isinstance(text, str):
        raise ScenarioError(f"{where}: expected text")
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
                    raise ScenarioError(f"{where}: more than {MAX_SITUATIONS:,} situations; "
                                        f"at most {MAX_SITUATIONS:,} are allowed")
    except csv.Error as exc:
        raise ScenarioError(f"{where}: line {reader.line_num}: not valid CSV ({exc})") from None
    if rows and not any(_is_number(c.strip().replace(",", ".")) for c in rows[0][1]):
        rows = rows[1:]  # a header
    if not rows:
        raise ScenarioError(f"{where}: no situations found")
    if len(rows) > MAX_SITUATIONS:
        raise ScenarioError(f"{where}: {len(rows):,} situations; at most {MAX_SITUATIONS:,} are allowed")
    width = len(rows[0][1])
    if width < 2:
        raise ScenarioError(f"{where}: line {rows[0][0]}: each row needs at least one input "
                            "and then the expected output")
    if width - 1 > MAX_INPUTS:
        raise ScenarioError(f"{where}: {width - 1} inputs; at most {MAX_INPUTS} are allowed")
    inputs: list[list[float]] = []
    outputs: list[float] = []
    for number, (line, row) in enumerate(rows, start=1):
        here = f"{where}: situation {number} (line {line})"
        if len(row) != width:
            raise ScenarioError(f"{here} has {_count(len(row), 'column')}; the first situation has {width}")
        values = []
        for column, cell in enumerate(row, start=1):
            label = "the expected output" if column == width else f"input {column}"
            values.append(_unit_number(cell.strip(), f"{here}, {label}"))
        inputs.append(values[:-1])
        outputs.append(values[-1])
    return inputs, outputs


# -- internals -------------------------------------------------------------

def _count(count: int, word: str) -> str:
    """'1 input', '3 inputs'."""
    return f"{count:,} {word}" + ("" if count == 1 else "s")


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def _plain(value: Any) -> Any:
    """Whole floats as ints (0.0 → 0) inside lists and dicts, for tidy JSON."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _unit_number(text: str, where: str) -> float:
    if not text:
        raise ScenarioError(f"{where}: the cell is empty; expected a number from 0 to 1")
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise ScenarioError(f"{where}: {text[:30]!r} is not a number") from None
    if not 0.0 <= value <= 1.0:  # also refuses NaN
        raise ScenarioError(f"{where}: {text[:30]} must be a number from 0 to 1")
    return value


def _prefix(where: str) -> str:
    return f"{where}: " if where else ""


def _show(value: Any) -> str:
    """A number as a user would write it, never longer than about 30 characters."""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, _Written):
        digits = len(value.lstrip("-"))
        return str(value) if digits <= 30 else f"a number with {digits:,} digits"
    if isinstance(value, int) and abs(value) >= 10**15:
        return f"{float(value):g}" if abs(value) < 10**308 else "a number with too many digits"
    return repr(value)[:30] if not isinstance(value, float) else f"{value:g}"


def _number(value: Any, where: str, low: float, high: float) -> float:
    if isinstance(value, _Written):
        raise ScenarioError(f"{where}: {_show(value)} is out of range; "
                            f"it must be a number from {low:g} to {high:g}")
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise ScenarioError(f"{where}: expected a number, got {_describe(value)}")
    try:
        number = float(value)
    except OverflowError:  # an int too large for a float
        number = math.inf
    if not low <= number <= high:  # also refuses NaN
        raise ScenarioError(f"{where}: {_show(value)} is out of range; "
                            f"it must be a number from {low:g} to {high:g}")
    return number


def _integer(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, _Written):
        raise ScenarioError(f"{where}: {_show(value)} is out of range; "
                            f"it must be a whole number from {low:,} to {high:,}")
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        value = int(value)
    elif isinstance(value, np.integer):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ScenarioError(f"{where}: expected a whole number, got {_describe(value)}")
    if not low <= value <= high:
        raise ScenarioError(f"{where}: {_show(value)} is out of range; "
                            f"it must be a whole number from {low:,} to {high:,}")
    return value


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, _Written):
        return _show(value)
    if isinstance(value, str):
        return f"the text {value[:30]!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return _show(value)


def _list(value: Any, where: str, limit: int) -> list[Any]:
    if isinstance(value, tuple):
        value = list(value)
    elif isinstance(value, np.ndarray) and value.ndim >= 1:
        value = value.tolist()
    if not isinstance(value, list):
        raise ScenarioError(f"{where}: expected a list, got {_describe(value)}")
    if len(value) > limit:
        raise ScenarioError(f"{where}: {len(value):,} entries; at most {limit:,} are allowed")
    return value


def _text(value: Any, where: str, limit: int) -> str:
    if not isinstance(value, str) or isinstance(value, _Written):
        raise ScenarioError(f"{where}: expected a text, got {_describe(value)}")
    if len(value) > limit:
        raise ScenarioError(f"{where}: {len(value):,} characters; at most {limit:,} are allowed")
    return value


def _checked_fields(s: dict[str, Any], where: str) -> dict[str, Any]:
    """Every field of a scenario, checked and normalised; ScenarioError names the first problem."""
    p = _prefix(where)
    c: dict[str, Any] = {}
    c["name"] = _text(s["name"], f"{p}name", MAX_NAME)
    c["description"] = _text(s["description"], f"{p}description", MAX_DESCRIPTION)
    riddle = _list(s["riddle"], f"{p}riddle", MAX_INPUTS)
    if not riddle:
        raise ScenarioError(f"{p}riddle: the riddle needs at least one input")
    c["riddle"] = [_number(v, f"{p}riddle, input {i}", 0, 1) for i, v in enumerate(riddle, start=1)]
    k = len(riddle)
    rows = _list(s["inputs"], f"{p}situations", MAX_SITUATIONS)
    outputs = _list(s["outputs"], f"{p}expected outputs", MAX_SITUATIONS)
    if not rows:
        raise ScenarioError(f"{p}situations: at least one situation is needed")
    if len(rows) != len(outputs):
        raise ScenarioError(f"{p}{_count(len(rows), 'situation')} but "
                            f"{_count(len(outputs), 'expected output')}")
    checked_rows = []
    for r, row in enumerate(rows, start=1):
        row = _list(row, f"{p}situation {r}, inputs", MAX_INPUTS)
        if len(row) != k:
            raise ScenarioError(f"{p}situation {r} has {_count(len(row), 'input')}; "
                                f"the riddle (and so the network) has {k}")
        checked_rows.append([_number(v, f"{p}situation {r}, input {i}", 0, 1)
                             for i, v in enumerate(row, start=1)])
    c["inputs"] = checked_rows
    c["outputs"] = [_number(v, f"{p}situation {r}, expected output", 0, 1)
                    for r, v in enumerate(outputs, start=1)]
    hidden = _list(s["hidden_layers"], f"{p}hidden layers", MAX_HIDDEN_LAYERS)
    c["hidden_layers"] = [_integer(v, f"{p}hidden layer {i}", 1, MAX_LAYER_SIZE)
                          for i, v in enumerate(hidden, start=1)]
    c["learning_rate"] = _number(s["learning_rate"], f"{p}learning rate", 0, MAX_LEARNING_RATE)
    c["iterations"] = _integer(s["iterations"], f"{p}iterations", 0, MAX_ITERATIONS)
    c["seed"] = _integer(s["seed"], f"{p}seed", 0, MAX_SEED)
    if not isinstance(s["bias"], (bool, np.bool_)):
        raise ScenarioError(f"{p}bias: expected true or false, got {_describe(s['bias'])}")
    c["bias"] = bool(s["bias"])
    c["initial_weights"] = None
    if s["initial_weights"] is not None:
        if c["bias"]:
            raise ScenarioError(f"{p}initial weights: cannot be combined with bias "
                                "(switch bias off, or let the seed choose the weights)")
        sizes = [k, *c["hidden_layers"], 1]
        layers = _list(s["initial_weights"], f"{p}initial weights", MAX_HIDDEN_LAYERS + 1)
        if len(layers) != len(sizes) - 1:
            raise ScenarioError(f"{p}initial weights: {_count(len(layers), 'weight table')} given; "
                                f"layers of {sizes} neurons need {len(sizes) - 1}")
        checked = []
        for n, (matrix, n_in, n_out) in enumerate(zip(layers, sizes, sizes[1:]), start=1):
            here = f"{p}initial weights, layer {n}"
            matrix = _list(matrix, here, max(MAX_INPUTS, MAX_LAYER_SIZE))
            if len(matrix) != n_in:
                raise ScenarioError(f"{here}: {_count(len(matrix), 'row')}; expected {n_in} (one per input)")
            rows_w = []
            for i, row in enumerate(matrix, start=1):
                row = _list(row, f"{here}, row {i}", MAX_LAYER_SIZE)
                if len(row) != n_out:
                    raise ScenarioError(f"{here}, row {i}: {_count(len(row), 'weight')}; "
                                        f"expected {n_out} (one per neuron)")
                rows_w.append([_number(v, f"{here}, row {i}, column {j}", -WEIGHT_LIMIT, WEIGHT_LIMIT)
                               for j, v in enumerate(row, start=1)])
            checked.append(rows_w)
        c["initial_weights"] = checked
    return c


def _scenario_from_dict(data: Any, where: str) -> Scenario:
    p = _prefix(where)
    if not isinstance(data, dict):
        raise ScenarioError(f"{p}expected a scenario (a JSON object), got {_describe(data)}")
    if data.get("format") != FORMAT:
        raise ScenarioError(f"{p}not an nngui scenario (the \"format\" field is missing or wrong)")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ScenarioError(f"{p}version: expected a whole number, got {_describe(version)}")
    if not 1 <= version <= VERSION:
        raise ScenarioError(f"{p}version {_show(version)} is not supported; "
                            f"this nngui reads version {VERSION}")
    extra = sorted(str(k) for k in data if k not in _FIELDS)
    if extra:
        raise ScenarioError(f"{p}unknown field {extra[0][:40]!r}")
    for required in ("situations", "riddle"):
        if required not in data:
            raise ScenarioError(f"{p}the field \"{required}\" is missing")
    situations = _list(data["situations"], f"{p}situations", MAX_SITUATIONS)
    inputs, outputs = [], []
    for r, item in enumerate(situations, start=1):
        if not isinstance(item, dict):
            raise ScenarioError(f"{p}situation {r}: expected an object with \"inputs\" and \"output\", "
                                f"got {_describe(item)}")
        extra = sorted(str(k) for k in item if k not in ("inputs", "output"))
        if extra:
            raise ScenarioError(f"{p}situation {r}: unknown field {extra[0][:40]!r}")
        for required in ("inputs", "output"):
            if required not in item:
                raise ScenarioError(f"{p}situation {r}: the field \"{required}\" is missing")
        inputs.append(item["inputs"])
        outputs.append(item["output"])
    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        raise ScenarioError(f"{p}settings: expected an object, got {_describe(settings)}")
    extra = sorted(str(k) for k in settings if k not in _SETTINGS)
    if extra:
        raise ScenarioError(f"{p}settings: unknown field {extra[0][:40]!r}")
    fields: dict[str, Any] = {
        "inputs": inputs, "outputs": outputs, "riddle": data["riddle"],
        "name": data.get("name", ""), "description": data.get("description", ""),
        "hidden_layers": settings.get("hidden_layers", []),
        "learning_rate": settings.get("learning_rate", 1.0),
        "iterations": settings.get("iterations", 10_000),
        "seed": settings.get("seed", 1),
        "bias": settings.get("bias", False),
        "initial_weights": settings.get("initial_weights"),
    }
    s = Scenario.__new__(Scenario)  # skip __init__: the fields are checked (once) right here
    for name, value in _checked_fields(fields, where).items():
        setattr(s, name, value)
    return s
