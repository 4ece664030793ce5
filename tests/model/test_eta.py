"""The time-left estimate without Qt or a clock: steady runs, a chosen pace, pauses, and no nonsense."""

from __future__ import annotations

import math

import pytest

from nngui.model import eta, numbers
from nngui.model.eta import LEAST, TimeLeft


def steady(left: TimeLeft, rate: float, until: float, start: float = 0.0, every: float = 1 / 30,
           done: int = 0) -> int:
    """Reports of a run going at `rate` iterations per second from `start` to `until`; the last done."""
    t = start
    while t <= until:
        done = min(left.total, done + round(rate * every))
        left.report(t, done)
        t += every
    return done


def test_nothing_to_say_before_the_reports_span_a_moment() -> None:
    left = TimeLeft()
    assert left.seconds_left(0.0) is None  # not even started
    left.start(0.0, 1000)
    assert left.seconds_left(0.0) is None
    left.report(0.05, 10)
    left.report(0.1, 20)
    assert left.seconds_left(0.1) is None  # 0.05 s of reports: too little at full speed
    assert left.rate() is None


def test_a_steady_run_is_estimated_exactly_and_counts_down_between_reports() -> None:
    left = TimeLeft()
    left.start(0.0, 10_000)
    steady(left, 1000, until=2.0)
    assert left.rate() == pytest.approx(1000, rel=0.02)
    remaining = (left.total - left.done) / 1000
    assert left.seconds_left(2.0) == pytest.approx(remaining, rel=0.05)
    assert left.seconds_left(3.0) == pytest.approx(remaining - 1.0, rel=0.05)  # no report in between
    assert left.fraction == pytest.approx(left.done / 10_000)


def test_the_chosen_pace_is_the_rate_from_the_first_report() -> None:
    left = TimeLeft()
    left.start(0.0, 60, pace=2)
    assert left.seconds_left(0.0) is None  # nothing done yet, nothing reported
    left.report(0.01, 1)
    assert left.seconds_left(0.01) == pytest.approx(29.5)
    steady(left, 2, until=10.0, start=1.0, every=1.0, done=1)
    assert left.rate() == 2
    assert left.seconds_left(10.0) == pytest.approx((60 - left.done) / 2, rel=0.05)


def test_a_pace_the_machine_cannot_keep_is_left_for_the_measured_rate() -> None:
    left = TimeLeft()
    left.start(0.0, 100_000, pace=10_000)
    steady(left, 2_000, until=3.0)
    assert left.rate() == pytest.approx(2_000, rel=0.02)
    assert left.seconds_left(3.0) == pytest.approx((100_000 - left.done) / 2_000, rel=0.05)


def test_a_new_pace_is_followed_at_once() -> None:
    left = TimeLeft()
    left.start(0.0, 10_000, pace=1000)
    done = steady(left, 1000, until=2.0)
    left.set_pace(2.0, 10)
    assert left.seconds_left(2.0) == pytest.approx((10_000 - done) / 10)
    left.set_pace(2.0, None)  # full speed: nothing known of it yet
    assert left.seconds_left(2.0) is None
    steady(left, 5000, until=3.0, start=2.0 + 1 / 30, done=done)
    assert left.rate() == pytest.approx(5000, rel=0.05)


def test_a_jumpy_rate_moves_the_estimate_gradually() -> None:
    left = TimeLeft()
    left.start(0.0, 1_000_000)
    done = steady(left, 10_000, until=3.0)
    before = left.seconds_left(3.0)
    steady(left, 15_000, until=3.3, start=3.0 + 1 / 30, done=done)  # a burst, 1.5× as fast
    after = left.seconds_left(3.3)
    assert before is not None and after is not None
    assert before - 0.3 - 10 < after < before  # it falls, but by far less than the burst's 1/3
    fresh = (left.total - left.done) / left.rate()
    assert after > fresh


def test_a_pause_holds_the_estimate_and_is_left_out_of_the_rate() -> None:
    left = TimeLeft()
    left.start(0.0, 10_000)
    done = steady(left, 1000, until=2.0)
    held = left.seconds_left(2.0)
    left.pause(2.0)
    assert left.seconds_left(100.0) == held  # a paused run's time does not run out
    left.resume(100.0)
    steady(left, 1000, until=101.0, start=100.0 + 1 / 30, done=done)
    assert left.rate() == pytest.approx(1000, rel=0.05)
    assert left.clock.elapsed(101.0) == pytest.approx(3.0, abs=0.05)


@pytest.mark.parametrize("late", [20.0, 1e6, math.inf])
def test_never_below_a_second_while_work_remains(late: float) -> None:
    left = TimeLeft()
    left.start(0.0, 10_000)
    steady(left, 1000, until=1.0)
    value = left.seconds_left(late)  # long after the last report: the run is late, not done
    assert value == LEAST
    assert numbers.duration(value) == (0, 0, 1)


def test_done_is_zero_and_nonsense_reports_say_nothing_wrong() -> None:
    left = TimeLeft()
    left.start(0.0, 100)
    left.report(0.5, 100)
    assert left.seconds_left(0.5) == 0.0 and left.fraction == 1.0
    left.start(0.0, 100)
    left.report(0.5, 500)  # more than asked for: counted as done
    assert left.done == 100
    left.start(0.0, 100)
    left.report(0.5, -5)
    assert left.done == 0 and left.seconds_left(0.5) is None
    left.report(0.2, 10)  # the clock went back: measured afresh, never a negative rate
    left.report(0.1, 20)
    assert left.rate() is None
    empty = TimeLeft()
    empty.start(0.0, 0)
    assert empty.fraction == 0.0
    paced = TimeLeft()
    paced.start(0.0, 100, pace=float("nan"))  # no usable pace: full speed
    assert paced.pace is None


def test_reports_after_the_run_ended_are_ignored() -> None:
    left = TimeLeft()
    left.start(0.0, 100)
    left.stop()
    left.report(1.0, 50)
    assert left.done == 0 and left.seconds_left(1.0) is None


def test_every_estimate_is_a_finite_positive_number() -> None:
    left = TimeLeft()
    left.start(0.0, 1_000_000)
    done, t = 0, 0.0
    for i in range(2000):
        t += 1 / 30 if i % 7 else 0.0  # some reports at the same moment
        done += (i * 7919) % 1300  # a rate that wanders, now and then nothing done
        left.report(t, done)
        value = left.seconds_left(t)
        assert value is None or (math.isfinite(value) and (value >= LEAST or value == 0.0))
    assert eta.RATE_WINDOW > eta.SETTLE


@pytest.mark.parametrize(("seconds", "parts"), [
    (0, (0, 0, 0)), (-3, (0, 0, 0)), (float("nan"), (0, 0, 0)),
    (0.2, (0, 0, 1)), (1.0, (0, 0, 1)), (1.01, (0, 0, 2)), (59.5, (0, 1, 0)),
    (83, (0, 1, 25)), (597, (0, 9, 55)), (599, (0, 10, 0)), (1234, (0, 21, 0)),
    (3599, (1, 0, 0)), (5400, (1, 30, 0)), (float("inf"), (99_999, 0, 0)),
])
def test_duration_rounds_as_a_person_says_it(seconds: float, parts: tuple[int, int, int]) -> None:
    assert numbers.duration(seconds) == parts
