"""How responsive the window stays while it trains a big scenario (a script, not a test).

Run: ``.venv/bin/python benchmarks/scale.py`` (``--quick`` for a short run). The scenario is the one
of tests/test_scale.py (both take it from benchmarks/_shared.py): 1,000 situations × 64 random 0/1
inputs (seeded), hidden layers 32, 16.
It is saved, opened through the window, scrolled to its last situation and edited with a click;
then the window trains it while a 5 ms precise timer, re-armed at every tick, records how late each
tick fires: the time the GUI thread was busy (painting the live views, taking the GIL back from the
worker, waiting for a core). Idle stretches of the same window are measured in between, so a noisy
machine shows in both. The goal is a p99 lateness of at most 50 ms while training.

NumPy's BLAS threads are what nngui sets (it is imported first, as in the app); ``--blas-threads N``
sets OPENBLAS_NUM_THREADS before that, to compare (e.g. N = the number of cores, OpenBLAS's default).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import (  # noqa: E402 - NumPy-free: safe before the environment is set
    Goal,
    add_blas_threads_option,
    load_average,
    median,
    percentile,
    prepare_gui_environment,
    print_machine,
    print_table,
)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=2000, help="iterations per training run")
    parser.add_argument("--repeats", type=int, default=3, help="training runs (each after an idle stretch)")
    parser.add_argument("--idle-seconds", type=float, default=3.0, help="length of each idle stretch")
    add_blas_threads_option(parser)
    parser.add_argument("--quick", action="store_true", help="500 iterations, one run, 1 s idle")
    args = parser.parse_args(argv)
    if args.quick:
        args.iterations, args.repeats, args.idle_seconds = 500, 1, 1.0
    return args


ARGS = parse_args() if __name__ == "__main__" else None
prepare_gui_environment(ARGS)

import nngui  # noqa: E402,F401 - first, as in the app: it settles NumPy's BLAS threads before NumPy loads

# isort: split
import tempfile  # noqa: E402
import time  # noqa: E402

from _shared import HIDDEN, INPUTS, PROBE_MS, SITUATIONS, LatenessProbe, big_scenario, run_loop  # noqa: E402

LATENESS_GOAL_MS = 50


def blas_threads() -> str:
    """The BLAS threads of this process: what OPENBLAS_NUM_THREADS says, and the threads running."""
    setting = os.environ.get("OPENBLAS_NUM_THREADS", "not set: one per core")
    try:
        running = len(os.listdir("/proc/self/task"))
    except OSError:
        return f"OPENBLAS_NUM_THREADS {setting}"
    return f"OPENBLAS_NUM_THREADS {setting}; {running} threads in the process before Qt"


def stats(values: list[float]) -> tuple[str, str, str, str]:
    return (f"{len(values):,}", f"{percentile(values, 0.5):.1f}", f"{percentile(values, 0.99):.1f}",
            f"{max(values):.1f}")


def main(args: argparse.Namespace) -> int:
    threads = blas_threads()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="nngui-scale-") as folder:
        os.environ["NNGUI_SETTINGS_DIR"] = folder
        from nngui.qt.main_window import MainWindow

        print("nngui at scale: event-loop lateness while training a big scenario")
        print_machine()
        print(f"  QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}; BLAS threads: {threads}")
        print(f"  scenario: {SITUATIONS:,} situations × {INPUTS} inputs, hidden layers "
              f"{', '.join(map(str, HIDDEN))}; {args.iterations:,} iterations per run, runs: {args.repeats}; "
              f"probe every {PROBE_MS} ms")

        path = Path(folder) / "scale.nngui.json"
        began = time.perf_counter()
        big_scenario(args.iterations).save(path)
        save_s = time.perf_counter() - began
        window = MainWindow()
        window.show()
        run_loop(0.5)
        began = time.perf_counter()
        assert window.open_file(path, confirm=False)
        app.processEvents()
        open_s = time.perf_counter() - began
        view = window.situations_view
        last = view.model().index(SITUATIONS - 1, INPUTS)
        began = time.perf_counter()
        view.scrollTo(last)
        app.processEvents()
        scroll_s = time.perf_counter() - began
        began = time.perf_counter()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(last).center())
        app.processEvents()
        edit_s = time.perf_counter() - began
        assert window.document.is_modified()
        print(f"  save {save_s * 1000:.0f} ms ({path.stat().st_size / 1024:.0f} KB), "
              f"open {open_s * 1000:.0f} ms, scroll to the last situation {scroll_s * 1000:.0f} ms, "
              f"edit a cell {edit_s * 1000:.0f} ms")
        run_loop(0.5)

        idle: list[float] = []
        training: list[float] = []
        seconds: list[float] = []
        probe = LatenessProbe()
        for run in range(args.repeats):
            window.reset_action.trigger()
            probe.lateness = []
            probe.start()
            run_loop(args.idle_seconds)
            probe.stop()
            idle += probe.lateness
            probe.lateness = []
            probe.start()
            began = time.perf_counter()
            window.train_action.trigger()
            click_ms = (time.perf_counter() - began) * 1000
            run_loop(until=window.trainingFinished)
            seconds.append(time.perf_counter() - began)
            probe.stop()
            training += probe.lateness
            assert window.iteration == args.iterations == window.loss_plot.count()
            print(f"  run {run + 1}: the Train click returned in {click_ms:.0f} ms; {seconds[-1]:.1f} s, "
                  f"{args.iterations / seconds[-1]:,.0f} iterations/s; lateness p99 "
                  f"{percentile(probe.lateness, 0.99):.1f} ms, max {max(probe.lateness):.1f} ms")
        window.document.set_scenario(window.document.scenario)  # no unsaved-changes question
        window.close()

    print()
    print_table(("window", "ticks", "p50 ms", "p99 ms", "max ms"),
                [("idle",) + stats(idle), ("training",) + stats(training)])
    rate = args.iterations / median(seconds)
    print(f"\ntraining: median {median(seconds):.1f} s per run, {rate:,.0f} iterations/s; "
          f"load average at the end: {load_average()}")
    goal = Goal("p99 lateness while training", percentile(training, 0.99), " ms", LATENESS_GOAL_MS, False)
    print()
    print_table(("goal", "measured", "target", ""), [goal.row()])
    return 0


if __name__ == "__main__":
    sys.exit(main(ARGS))
