"""Memory over a long run: the window trains the article's task two million times (a script, not a test).

Run: ``.venv/bin/python benchmarks/soak.py`` (``--log-scale`` to keep the loss plot on its log axis,
``--iterations N`` for another length). The window shows every live view (diagram, answer, status,
loss curve and the truth table, raised). Resident memory (RSS, from /proc/<pid>/statm) of the window's
process and of its children (the training process) is read after 100,000 iterations and at the end;
the goal is growth of at most 50 MB between the two, both processes together. The loss plot
keeps every iteration's loss, so part of the growth is expected: 8 bytes per loss, in one buffer
(the window reserves a run's room at Train; pages count only once losses fill them).
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
    prepare_gui_environment,
    print_machine,
    print_table,
)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=2_000_000)
    parser.add_argument("--warm-up", type=int, default=100_000, help="the first RSS reading, in iterations")
    parser.add_argument("--log-scale", action="store_true", help="the loss plot on its log axis")
    add_blas_threads_option(parser)
    return parser.parse_args(argv)


ARGS = parse_args() if __name__ == "__main__" else None
prepare_gui_environment(ARGS)

import nngui  # noqa: E402,F401 - first, as in the app: it settles NumPy's BLAS threads before NumPy loads

# isort: split
import resource  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from _shared import children_mb, resident_mb  # noqa: E402

GROWTH_GOAL_MB = 50


def reading(iteration: int, seconds: float) -> tuple[int, float, float, float]:
    return iteration, resident_mb(), children_mb(), seconds


def main(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="nngui-soak-") as folder:
        os.environ["NNGUI_SETTINGS_DIR"] = folder
        from nngui.model.scenario import article_scenario
        from nngui.qt.main_window import MainWindow

        print("nngui soak: resident memory over a long training run")
        print_machine()
        print(f"  QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}; "
              f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', '(not set: one per core)')}")
        print(f"  the article's task, {args.iterations:,} iterations at full speed; loss plot "
              f"{'log' if args.log_scale else 'linear'} scale; truth table shown")

        scenario = article_scenario()
        scenario.iterations = args.iterations
        window = MainWindow(scenario)
        window.show()
        window.truth_dock.raise_()
        window.log_scale_action.setChecked(args.log_scale)
        loop = QEventLoop()
        QTimer.singleShot(500, loop.quit)
        loop.exec()
        readings = {"start": reading(0, 0.0)}
        began = time.perf_counter()

        def read(_progress: object) -> None:
            if "warm" not in readings and window.iteration >= args.warm_up:
                readings["warm"] = reading(window.iteration, time.perf_counter() - began)

        window.trainer.progress.connect(read)
        window.trainingFinished.connect(loop.quit)
        window.train_action.trigger()
        loop.exec()
        seconds = time.perf_counter() - began
        settle = QEventLoop()
        QTimer.singleShot(300, settle.quit)  # the last redraws
        settle.exec()
        readings["end"] = reading(window.iteration, seconds)
        assert window.iteration == args.iterations == window.loss_plot.count()
        window.document.set_scenario(window.document.scenario)
        window.close()
        app.processEvents()

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    print_table(("reading", "iteration", "window MB", "training MB", "seconds"),
                [(name, f"{i:,}", f"{mb:.1f}", f"{child:.1f}", f"{s:.1f}")
                 for name, (i, mb, child, s) in readings.items()])
    growth = readings["end"][1] - readings["warm"][1]
    child_growth = readings["end"][2] - readings["warm"][2]
    print(f"\ngrowth after iteration {readings['warm'][0]:,}: window {growth:.1f} MB, training process "
          f"{child_growth:.1f} MB; the window's peak RSS {peak:.1f} MB")
    print(f"training: {seconds:.1f} s, {args.iterations / seconds:,.0f} iterations/s with the live views; "
          f"load average at the end: {load_average()}")
    print()
    goal = Goal(f"RSS growth after {args.warm_up:,} iterations", growth + child_growth, " MB",
                GROWTH_GOAL_MB, False)
    print_table(("goal", "measured", "target", ""), [goal.row()])
    return 0


if __name__ == "__main__":
    sys.exit(main(ARGS))
