"""Helpers shared by the benchmark scripts: options, the machine, statistics, the summary table."""

# Nothing here loads NumPy or Qt at import: the scripts import this module before they set the environment.

from __future__ import annotations

import argparse
import os
import platform
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


def add_blas_threads_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--blas-threads", type=int, default=None,
                        help="OPENBLAS_NUM_THREADS for this run (default: as nngui sets it)")


def prepare_gui_environment(args: argparse.Namespace | None) -> None:
    """Call before NumPy and Qt load: the BLAS threads of --blas-threads; Qt offscreen unless set."""
    if args is not None and args.blas_threads is not None:
        os.environ["OPENBLAS_NUM_THREADS"] = str(args.blas_threads)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo (or what the platform module knows)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, e.g. "1.52 1.30 1.10" ("n/a" where there are none)."""
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except (OSError, AttributeError):
        return "n/a"


def print_machine() -> None:
    """Two lines on what runs a GUI benchmark: the CPU and its load; Python's and the libraries' versions."""
    import numpy as np  # here, not above: the scripts set the environment before these load
    import pyqtgraph as pg
    import PySide6
    from PySide6.QtCore import qVersion

    print(f"  CPU: {cpu_model()} ({os.cpu_count()} logical cores); load average at start: {load_average()}")
    print(f"  Python {platform.python_version()}, NumPy {np.__version__}, PySide6 {PySide6.__version__} "
          f"(Qt {qVersion()}), pyqtgraph {pg.__version__}")


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which `fraction` of the values lie (nearest rank; fraction from 0 to 1)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


@dataclass(frozen=True)
class Goal:
    """One line of the summary: a measured figure, its goal and whether the goal is met."""

    what: str
    value: float
    unit: str          # printed after the value, e.g. "x" or " ms"
    goal: float
    at_least: bool     # True: the value should be >= goal; False: <= goal

    @property
    def met(self) -> bool:
        return self.value >= self.goal if self.at_least else self.value <= self.goal

    def row(self) -> tuple[str, str, str, str]:
        sign = "≥" if self.at_least else "≤"
        return (self.what, f"{self.value:.2f}{self.unit}", f"{sign} {self.goal:g}{self.unit}",
                "PASS" if self.met else "MISS")


def print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A plain text table with columns as wide as their widest cell (first column left-aligned)."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths)))

    print(line(header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))
