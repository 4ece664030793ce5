"""The rules a value must follow, once (no Qt): each check returns the value or raises an id'd refusal.

The scenario's files, the CSV import, the document's edits and the settings bar all check here;
the Qt side only shows the refusal's text, translated (nngui.qt.messages.translate_error).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from nngui.model import numbers
from nngui.model.limits import (
    MAX_HIDDEN_LAYERS,
    MAX_INPUTS,
    MAX_ITERATIONS,
    MAX_LAYER_SIZE,
    MAX_LEARNING_RATE,
    MAX_SEED,
    MAX_SITUATIONS,
    WEIGHT_LIMIT,
)
from nngui.model.texts import Field, Number, Refusal, ScenarioError, Text, at


class Written(str):
    """A number too large for a float (1e400) or with too many digits, kept as it was written.

    The field it is in then reports it as out of range, quoting the file, not Python's "inf".
    """


def shown(value: Any) -> Field:
    """A number as a user would write it, never longer than about 30 characters."""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, Written):
        digits = len(value.lstrip("-"))
        return Number(value) if digits <= 30 else Text("digits", n=digits)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return repr(value)[:30]
    if isinstance(value, int) and abs(value) >= 10**15:
        return Number(f"{float(value):g}") if abs(value) < 10**308 else Text("too_many_digits")
    return Number(f"{value:g}" if isinstance(value, float) else repr(value))


def described(value: Any) -> Field:
    """What was found where a field wants something else: "nothing (null)", "the text 'abc'", "2.5"."""
    if value is None:
        return Text("null")
    if isinstance(value, (bool, np.bool_)):
        return Text("true" if value else "false")
    if isinstance(value, Written):
        return shown(value)
    if isinstance(value, str):
        return Text("the_text", text=repr(value[:30]))
    if isinstance(value, list):
        return Text("a_list")
    if isinstance(value, dict):
        return Text("an_object")
    return shown(value)


def checked_number(value: Any, where: Field, low: float, high: float) -> float:
    """A number from `low` to `high` (ints and floats; not bools, texts or NaN) as a float."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(
            value, (Written, int, float, np.integer, np.floating)):
        raise ScenarioError(at(where, Text("not_number", what=described(value))))
    try:
        number = math.inf if isinstance(value, Written) else float(value)
    except OverflowError:  # an int too large for a float
        number = math.inf
    if not low <= number <= high:  # also refuses NaN
        raise ScenarioError(at(where, Text("out_of_range", what=shown(value), low=Number(f"{low:g}"),
                                           high=Number(f"{high:g}"))))
    return number


def checked_whole(value: Any, where: Field, low: int, high: int) -> int:
    """A whole number from `low` to `high` (10.0 is 10) as an int."""
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        value = int(value)
    elif isinstance(value, np.integer):
        value = int(value)
    if not isinstance(value, Written) and (isinstance(value, bool) or not isinstance(value, int)):
        raise ScenarioError(at(where, Text("not_whole", what=described(value))))
    if isinstance(value, Written) or not low <= value <= high:
        raise ScenarioError(at(where, Text("whole_out_of_range", what=shown(value), low=low, high=high)))
    return value


def checked_list(value: Any, where: Field, limit: int) -> list[Any]:
    """A list (a tuple or an array becomes one) of at most `limit` entries."""
    if isinstance(value, tuple):
        value = list(value)
    elif isinstance(value, np.ndarray) and value.ndim >= 1:
        value = value.tolist()
    if not isinstance(value, list):
        raise ScenarioError(at(where, Text("not_list", what=described(value))))
    if len(value) > limit:
        raise ScenarioError(at(where, Text("too_many_entries", n=len(value), m=limit)))
    return value


def checked_text(value: Any, where: Field, limit: int) -> str:
    """A text of at most `limit` characters."""
    if not isinstance(value, str) or isinstance(value, Written):
        raise ScenarioError(at(where, Text("not_text", what=described(value))))
    if len(value) > limit:
        raise ScenarioError(at(where, Text("too_long", n=len(value), m=limit)))
    return value


def unit_cell(text: str, where: Field) -> float:
    """A CSV cell's number from 0 to 1 ("0,5" is read as 0.5)."""
    if not text:
        raise ScenarioError(at(where, Text("empty_cell")))
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise ScenarioError(at(where, Text("not_a_number", text=repr(text[:30])))) from None
    if not 0.0 <= value <= 1.0:  # also refuses NaN
        raise ScenarioError(at(where, Text("not_unit", text=Number(text[:30]))))
    return value


def is_number_text(text: str) -> bool:
    """Whether float() reads `text` (a CSV header has no such cell)."""
    try:
        float(text)
    except ValueError:
        return False
    return True


def unit_value(value: Any) -> float | None:
    """A number from 0 to 1 from a float or a typed text ("0,5" and spaces are fine), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    if not isinstance(value, (int, float)):
        return None
    number = float(value) + 0.0  # "-0" is 0
    return number if math.isfinite(number) and 0.0 <= number <= 1.0 else None


def whole_in(value: Any, low: int, high: int) -> int | None:
    """`value` as an int if it is a whole number from `low` to `high`, else None."""
    if not numbers.is_real(value) or not float(value).is_integer():
        return None
    number = int(value)
    return number if low <= number <= high else None


# -- edits: what the document accepts from the grid, the settings bar and a program ------------------------

def situation_value(value: Any, row: int, column: int, n_inputs: int) -> float:
    """A value typed or pasted into situation `row`'s cell `column` (0-based; n_inputs: the output)."""
    number = unit_value(value)
    if number is None:
        where = (Text("edit_situation_output", situation=str(row + 1)) if column == n_inputs else
                 Text("edit_situation_input", situation=str(row + 1), input=str(column + 1)))
        raise Refusal(Text("edit_not_unit", where=where, value=numbers.quoted(value)))
    return number


def riddle_value(value: Any, column: int) -> float:
    """A value typed or pasted into the riddle's input `column` (0-based)."""
    number = unit_value(value)
    if number is None:
        raise Refusal(Text("edit_riddle_not_unit", input=str(column + 1), value=numbers.quoted(value)))
    return number


def pasted_rows(text: str) -> list[list[str]]:
    """Tab-separated rows as a spreadsheet copies them ("\r\n" or "\n"; the last line break ignored)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    rows = [line.split("\t") for line in lines]
    if rows and len(rows) > 1 and not any(is_number_text(c.strip().replace(",", ".")) for c in rows[0]):
        rows = rows[1:]  # a header row ("Input 1", "Output") copied with the values
    return rows


def pasted_cells(rows: list[list[str]], row: int, column: int, n_inputs: int,
                 n_situations: int) -> list[tuple[int, int, float]]:
    """The cells a paste at (`row`, `column`) sets, (row, column, value), checked like typed values.

    Rows beyond the last situation become new situations. A bad cell is refused naming its row and
    column in the pasted block and the situation's cell it would go into.
    """
    if not rows or not any(cell.strip() for r in rows for cell in r):
        raise Refusal(Text("paste_nothing"))
    width = len(rows[0])
    for number, cells in enumerate(rows):
        if len(cells) != width:
            raise Refusal(Text("paste_ragged", row=str(number + 1), n=str(len(cells)), m=str(width)))
    if column + width > n_inputs + 1:
        raise Refusal(Text("paste_too_wide", n=str(width), m=str(n_inputs + 1 - column)))
    if row + len(rows) > MAX_SITUATIONS:
        raise Refusal(Text("edit_most_situations", n=MAX_SITUATIONS))
    result = []
    for i, cells in enumerate(rows):
        for j, cell in enumerate(cells):
            try:
                value = situation_value(cell, row + i, column + j, n_inputs)
            except Refusal as refusal:
                raise Refusal(Text("paste_cell", row=str(i + 1), column=str(j + 1),
                                   what=refusal.text)) from None
            result.append((row + i, column + j, value))
    return result


def new_situation(inputs: list[Any], output: Any, n_inputs: int, n_situations: int) -> list[float]:
    """A situation to add (its inputs, then its output), checked against the scenario's size."""
    if n_situations >= MAX_SITUATIONS:
        raise Refusal(Text("edit_most_situations", n=MAX_SITUATIONS))
    if len(inputs) != n_inputs:
        raise Refusal(Text("edit_situation_width", n=str(n_inputs), m=str(len(inputs))))
    values = [unit_value(v) for v in [*inputs, output]]
    if any(v is None for v in values):
        raise Refusal(Text("edit_new_situation"))
    return values  # type: ignore[return-value]  (none is None)


def more_inputs(n_inputs: int) -> None:
    """Refuse an input beyond MAX_INPUTS."""
    if n_inputs >= MAX_INPUTS:
        raise Refusal(Text("edit_most_inputs", n=str(MAX_INPUTS)))


def keeps_one(remaining: int, what: str) -> None:
    """Refuse a removal that would leave no situation or no input (`what`: "situations" or "inputs")."""
    if remaining < 1:
        raise Refusal(Text("edit_last_situation" if what == "situations" else "edit_last_input"))


def situations_table(inputs: list[list[Any]], outputs: list[Any], riddle: list[Any] | None,
                     old_riddle: list[float]) -> tuple[list[list[float]], list[float], list[float]]:
    """Situations that replace all others (a CSV import), and the riddle that goes with them.

    Without a riddle, the old one is kept, with zeros added or inputs dropped to the new width.
    """
    if not inputs or len(inputs) != len(outputs):
        raise Refusal(Text("edit_rows_outputs"))
    if len(inputs) > MAX_SITUATIONS:
        raise Refusal(Text("edit_most_situations", n=MAX_SITUATIONS))
    k = len(inputs[0])
    if not 1 <= k <= MAX_INPUTS or any(len(row) != k for row in inputs):
        raise Refusal(Text("edit_same_width", m=str(MAX_INPUTS)))
    new_inputs = [[unit_value(v) for v in row] for row in inputs]
    new_outputs = [unit_value(v) for v in outputs]
    if any(v is None for row in new_inputs for v in row) or any(v is None for v in new_outputs):
        raise Refusal(Text("edit_values"))
    if riddle is None:
        new_riddle: list[Any] = (old_riddle + [0.0] * k)[:k]
    else:
        new_riddle = [unit_value(v) for v in riddle]
        if len(new_riddle) != k or any(v is None for v in new_riddle):
            raise Refusal(Text("edit_riddle_width", n=str(k)))
    return new_inputs, new_outputs, new_riddle  # type: ignore[return-value]  (none is None)


def setting(name: str, value: Any) -> Any:
    """A setting ("learning_rate", "iterations", "seed", "hidden_layers", "bias") in its proper type."""
    if name == "learning_rate":
        if numbers.is_real(value) and 0 <= value <= MAX_LEARNING_RATE:
            return float(value)
        raise Refusal(Text("edit_learning_rate", value=numbers.quoted(value),
                           high=Number(numbers.exact(MAX_LEARNING_RATE))))
    if name == "bias":
        if isinstance(value, bool):
            return value
        raise Refusal(Text("edit_bias"))
    if name == "hidden_layers":
        if not isinstance(value, (list, tuple)) or len(value) > MAX_HIDDEN_LAYERS:
            raise Refusal(Text("edit_most_layers", n=str(MAX_HIDDEN_LAYERS)))
        sizes = [whole_in(v, 1, MAX_LAYER_SIZE) for v in value]
        if any(size is None for size in sizes):
            raise Refusal(Text("edit_layer_size", m=str(MAX_LAYER_SIZE)))
        return sizes
    label, high = {"iterations": ("edit_iterations", MAX_ITERATIONS), "seed": ("edit_seed", MAX_SEED)}[name]
    number = whole_in(value, 0, high)
    if number is None:
        raise Refusal(Text("edit_not_whole", what=Text(label), value=numbers.quoted(value), high=str(high)))
    return number


def initial_weights(weights: list[Any], layer_sizes: list[int], bias: bool) -> list[list[list[float]]]:
    """Weights to start training from, one (n_in, n_out) matrix per layer, as lists."""
    if bias:
        raise Refusal(Text("edit_weights_with_bias"))
    shapes = list(zip(layer_sizes, layer_sizes[1:]))
    arrays = [np.asarray(w, dtype=np.float64) for w in weights]
    if [a.shape for a in arrays] != shapes:
        raise Refusal(Text("edit_weight_shapes", sizes=str(layer_sizes),
                           shapes=", ".join(f"{a}×{b}" for a, b in shapes)))
    if not all(np.isfinite(a).all() and np.abs(a).max() <= WEIGHT_LIMIT for a in arrays):
        raise Refusal(Text("edit_weights_finite"))
    return [a.tolist() for a in arrays]


def typed_hidden_layers(text: str) -> list[int]:
    """The hidden layers as typed: '4' → [4]; '4, 3' → [4, 3]; '' → [] (spaces and ';' separate too)."""
    parts = [p.strip() for p in text.replace(";", ",").replace(" ", ",").split(",")]
    parts = [p for p in parts if p]
    if len(parts) > MAX_HIDDEN_LAYERS:
        raise Refusal(Text("typed_most_layers", n=str(MAX_HIDDEN_LAYERS)))
    sizes = []
    for part in parts:
        if not part.isdigit():
            raise Refusal(Text("typed_not_whole", text=repr(part)))
        size = int(part)
        if not 1 <= size <= MAX_LAYER_SIZE:
            raise Refusal(Text("typed_layer_size", m=MAX_LAYER_SIZE, n=size))
        sizes.append(size)
    return sizes
