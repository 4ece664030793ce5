"""Every number formatter of nngui, once: exact, short (as the article prints), 0..1 cells, the loss, time.

Each returns text with a "." decimal point; the Qt side writes it the interface language's way
(``nngui.qt.i18n.decimal(text)``), or a caller passes ``point=","`` itself.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

SHOWN_CHARACTERS = 30  # a typed value quoted in a message is cut after this many characters


def exact(value: float, point: str = ".") -> str:
    """Every digit the float keeps, the shortest text that reads back as the same float, ASCII minus.

    Whole numbers are written without ".0" ("1", "-3"), up to 1e15; any other number as Python's repr
    ("0.25", "0.3333333333333333", "1e+16", "nan"). This is how a value is typed, saved and copied.
    """
    v = float(value)
    text = str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    return _point(text, point)


def short(value: float, point: str = ".") -> str:
    """A number as the article prints it: 3 decimals, no trailing zeros, a real minus sign.

    Tiny and huge numbers in scientific notation with 3 significant digits ("−1.23e−5", "2.5e7"),
    "NaN", "∞" and "−∞" for the non-numbers.
    """
    v = float(value)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "∞" if v > 0 else "−∞"
    text = f"{v:.3f}".rstrip("0").rstrip(".")
    if v != 0 and (float(text) == 0 or abs(v) >= 1e6):
        mantissa, exponent = f"{v:.2e}".split("e")
        text = mantissa.rstrip("0").rstrip(".") + "e" + str(int(exponent))
    if text == "-0":
        text = "0"
    return _point(text.replace("-", "−"), point)


def plain(value: float, decimals: int = 3, point: str = ".") -> str:
    """A number for a beginner: plain decimals, no trailing zeros, a real minus sign ("0.25", "−1.5").

    A small number gets the decimals its first two digits need ("0.00009", "0.000012", not "9e−5"),
    down to 10⁻⁸; below that, and from a million up, it is written as short() writes it ("2.27e−9").
    """
    v = float(value)
    if not math.isfinite(v) or abs(v) >= 1e6 or (v != 0 and abs(v) < 1e-8):
        return short(v, point)
    if v != 0 and abs(v) < 10 ** -decimals:
        decimals = min(9, 1 - math.floor(math.log10(abs(v))))
    text = f"{v:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{v:.0f}"
    if text in ("-0", ""):
        text = "0"
    return _point(text.replace("-", "−"), point)


def adding_up(values: Sequence[float], result: float, compute: Callable[[Sequence[float]], float],
              point: str = ".") -> tuple[list[str], str, str]:
    """A worked example that reads true: the values, "=" or "≈", and the result, written plain().

    The fewest decimals (3 to 6) at which `compute` of the values *as written* gives the result as
    written, the result having as many decimals as the most precise value ("9.8015 + 0.00009 =
    9.80159", not "9.802 + 0.00009 = 9.802"); where none does, 3 decimals and "≈".
    """
    for decimals in range(3, 7):
        texts = [plain(v, decimals) for v in values]
        places = max([decimals] + [_decimals(t) for t in texts])
        shown = plain(result, places)
        try:
            again = plain(compute([float(t.replace("−", "-")) for t in texts]), places)
        except (ValueError, OverflowError, ZeroDivisionError):
            break
        if again == shown:
            return [_point(t, point) for t in texts], "=", _point(shown, point)
    return [plain(v, 3, point) for v in values], "≈", plain(result, 3, point)


def _decimals(text: str) -> int:
    """How many decimals a number written by plain() has ("0.25": 2, "2.27e−9": 11)."""
    mantissa, _, exponent = text.replace("−", "-").partition("e")
    return max(0, len(mantissa.partition(".")[2]) - (int(exponent) if exponent else 0))


_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def power_of_ten(value: float, point: str = ".") -> str:
    """A positive number as a power of ten for a log axis: "10⁻⁵", "2·10⁻⁵", "1" for 10⁰."""
    mantissa, exponent = f"{float(value):.0e}".split("e")
    power = int(exponent)
    if power == 0:
        return mantissa
    return ("" if mantissa == "1" else mantissa + "·") + "10" + str(power).translate(_SUPERSCRIPTS)


def unit(value: float, point: str = ".") -> str:
    """A 0..1 value in a table cell: "0", "1", "0.5", "0.125" (at most 3 decimals).

    A value that only rounds to 0 or 1 is written "0.000" or "1.000", so it is not mistaken for one.
    """
    if value == 0 or value == 1:
        return str(int(value))
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return _point("0.000" if text == "0" else "1.000" if text == "1" else text, point)


def answer(value: float, digits: int = 5, point: str = ".") -> str:
    """The network's answer as the answer card shows it, "0.99994" (the truth table uses 4 digits)."""
    return _point(f"{value:.{digits}f}", point)


def loss(value: float, point: str = ".") -> str:
    """The loss for the status bar: "0.0123" (4 decimals), "1.23e-05" below 0.001, "—" when not finite."""
    if not math.isfinite(value):
        return "—"
    if value == 0:
        return "0"
    return _point(f"{value:.3g}" if value < 0.001 else f"{value:.4f}", point)


format_loss = loss  # the status bar's name for it


def duration(seconds: float) -> tuple[int, int, int]:
    """A time left as (hours, minutes, seconds), rounded as a person says it; the Qt side writes it.

    Under a minute, whole seconds rounded up (never 0 while any time is left: 0.2 → 1 s); under
    10 minutes, minutes and seconds to 5 s; under an hour, whole minutes; beyond, hours and minutes.
    0, a negative number or no number is (0, 0, 0); infinity is held at 99,999 hours.
    """
    s = float(seconds)
    if not s > 0:  # also NaN
        return 0, 0, 0
    if s < 60:
        whole_seconds = max(1, math.ceil(s - 1e-9))
        return (0, 0, whole_seconds) if whole_seconds < 60 else (0, 1, 0)
    if s < 600:
        rounded = int(5 * round(s / 5))
        return 0, rounded // 60, rounded % 60
    minutes = int(round(min(s, 99_999 * 3600) / 60))
    if minutes < 60:
        return 0, minutes, 0
    return minutes // 60, minutes % 60, 0


def quoted(value: Any, limit: int = SHOWN_CHARACTERS) -> str:
    """A value someone typed, for a message that refuses it: stripped text, or exact() of a number,
    cut after `limit` characters with "…"."""
    if isinstance(value, str):
        text = value.strip()
    elif is_real(value):
        text = exact(value)
    else:
        text = str(value)
    return text[:limit] + ("…" if len(text) > limit else "")


def is_real(value: Any) -> bool:
    """A finite int or float (not a bool)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _point(text: str, point: str) -> str:
    # The digits of these formats hold a "." only as the decimal point.
    return text if point == "." else text.replace(".", point)
