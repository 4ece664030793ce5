"""The rules a value must follow, once (no Qt): each check returns the value or raises an id'd refusal.

The scenario's files, the CSV import, the document's edits and the settings bar all check here;
the Qt side only shows the refusal's text, translated (nngui.qt.messages.translate_error).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from nngui.model import numbers
from nngui.model.texts import Field, Number, ScenarioError, Text, at


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
    number = float(value)
    return number if math.isfinite(number) and 0.0 <= number <= 1.0 else None


def whole_in(value: Any, low: int, high: int) -> int | None:
    """`value` as an int if it is a whole number from `low` to `high`, else None."""
    if not numbers.is_real(value) or not float(value).is_integer():
        return None
    number = int(value)
    return number if low <= number <= high else None
