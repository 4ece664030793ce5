"""Every number formatter of nngui, once: exact, short (as the article prints), 0..1 cells, the loss.

Each returns text with a "." decimal point; the Qt side writes it the interface language's way
(``nngui.qt.i18n.decimal(text)``), or a caller passes ``point=","`` itself.
"""

from __future__ import annotations

import math
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
