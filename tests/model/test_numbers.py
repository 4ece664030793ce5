"""The number formatters: each prints as the article does and reads back where it must."""

from __future__ import annotations

import math

import pytest

from nngui.model import numbers


def test_short_is_rounded_like_the_article():
    assert numbers.short(0.6057541918) == "0.606"
    assert numbers.short(-0.0934031586) == "−0.093"
    assert numbers.short(0.5) == "0.5"
    assert numbers.short(1.0) == "1"
    assert numbers.short(-0.0) == "0"
    assert numbers.short(-0.00001234) == "−1.23e−5"
    assert numbers.short(2.5e7) == "2.5e7"
    assert [numbers.short(v) for v in (math.nan, math.inf, -math.inf)] == ["NaN", "∞", "−∞"]
    assert numbers.short(0.5, point=",") == "0,5"


@pytest.mark.parametrize("value", [0.0, 1.0, -3.0, 0.25, 1 / 3, -0.0934031586, 1e-300, 1e15, 1e16, 2.0**60,
                                   5e-324, 1e300, 0.1 + 0.2])
def test_exact_reads_back_as_the_same_float(value):
    text = numbers.exact(value)
    assert float(text) == value
    assert len(text) <= len(repr(value))


def test_exact_writes_whole_numbers_without_a_point():
    assert [numbers.exact(v) for v in (0.0, 1.0, -3.0, 1e6, 0.25)] == ["0", "1", "-3", "1000000", "0.25"]
    assert numbers.exact(1e20) == "1e+20"  # not 21 digits
    assert numbers.exact(0.25, point=",") == "0,25"
    assert numbers.exact(math.nan) == "nan"


def test_unit_cells_never_round_a_value_into_0_or_1():
    assert [numbers.unit(v) for v in (0.0, 1.0, 0.5, 0.125, 1 / 3, 0.0004, 0.9999)] == [
        "0", "1", "0.5", "0.125", "0.333", "0.000", "1.000"]
    assert numbers.unit(0.5, point=",") == "0,5"


def test_loss_for_the_status_bar():
    assert numbers.format_loss is numbers.loss
    assert [numbers.loss(v) for v in (0.0, 0.25, 0.0123456, 0.000123456, math.nan, math.inf)] == [
        "0", "0.2500", "0.0123", "0.000123", "—", "—"]
    assert numbers.loss(0.25, point=",") == "0,2500"
    assert numbers.loss(1.2e-5) == "1.2e-05"


def test_quoted_values_are_cut_for_messages():
    assert numbers.quoted("  abc ") == "abc"
    assert numbers.quoted(0.5) == "0.5"
    assert numbers.quoted(math.nan) == "nan"
    assert numbers.quoted(True) == "True"
    assert numbers.quoted("x" * 40) == "x" * 30 + "…"
