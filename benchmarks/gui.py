"""Times nngui's main window: training throughput, event-loop delay and start-up (a script, not a test).

Run: ``.venv/bin/python benchmarks/gui.py`` (``--quick`` for a short run, ``--repeats N``).
Under a real X server: ``xvfb-run -a .venv/bin/python benchmarks/gui.py --platform xcb``.

1. Throughput: iterations per second from pressing Train (train_action.trigger()) to the window's
   trainingFinished, with the live diagram, loss curve and truth table, next to Network.train of the
   same scenario and iteration count in this process without Qt. Also the worker alone
   (TrainingController, no window) to tell the training host's cost from the window's. Both train
   on the backend given by --backend (the training process by default, or a thread).
2. Event-loop delay: while the window trains, a 5 ms precise single-shot timer is re-armed at every
   tick and records how late each tick fires (p50, p99, max).
   With --input-space, both again with the input space panel shown (its dock floating beside the
   window, drawing the cube or square live), next to the same runs with it closed.
3. Start-up: from just before Popen to the end of the window's first paint, nngui next to a bare
   PySide6 + pyqtgraph window (a QMainWindow with one PlotWidget), each in a fresh interpreter.

After one uncounted warm-up run, runs alternate (core, worker, window, window + probe, ...; the
order rotates each round) so that a noisy machine slows all alike; medians and their ratios are
printed, then a summary with each goal; the exit status is 1 if a goal is missed. Settings go to a
temporary folder (NNGUI_SETTINGS_DIR), never the user's.
"""

from __future__ import annotations

import os
import sys

_ORIGINAL_ENV = dict(os.environ)  # the start-up children get this, not the settings below
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as benchmarks/core.py: both sides alike, less noise

import argparse  # noqa: E402
import compileall  # noqa: E402
import gc  # noqa: E402
import platform  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import Goal, load_average, median, percentile, print_machine, print_table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
THROUGHPUT_GOAL = 0.9   # window / bare core
LATENESS_GOAL_MS = 30   # p99 of the probe's lateness
STARTUP_GOAL = 1.3      # nngui / bare window
PROBE_INTERVAL_MS = 5
RUN_TIMEOUT_S = 600

# The start-up child: argv[1] is "nngui" or "baseline"; NNGUI_BENCH_T0 is the parent's time.time()
# just before Popen. It prints "imported", "built" and "shown" with seconds since then; "shown" comes
# once the first paint of the window has ended (the first Paint event of any of its widgets starts
# that paint; a zero timer fires when the whole window has been painted).
STARTUP_CHILD = r'''
import os, sys, time
T0 = float(os.environ["NNGUI_BENCH_T0"])

def mark(what):
    print(what, f"{time.time() - T0:.4f}", flush=True)

if sys.argv[1] == "nngui":
    from nngui.qt.app import create_application
    from nngui.qt.main_window import MainWindow
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget
    mark("imported")
    app = create_application()
    window = MainWindow()
else:
    import pyqtgraph as pg
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
    mark("imported")
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(pg.PlotWidget())
    window.resize(1000, 700)
mark("built")

def shown():
    mark("shown")
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is window:
            app.removeEventFilter(self)
            QTimer.singleShot(0, shown)
        return False

first_paint = FirstPaint()
app.installEventFilter(first_paint)
window.show()
sys.exit(app.exec())
'''


# -- command line and environment ------------------------------------------------------------------

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer iterations and repeats")
    parser.add_argument("--repeats", type=int, default=None,
                        help="interleaved runs of each kind (default 5, quick 2; start-up 7, quick 3)")
    parser.add_argument("--platform", default="offscreen",
                        help="QT_QPA_PLATFORM (default offscreen; xcb under xvfb-run)")
    parser.add_argument("--skip", action="append", default=[], choices=["article", "two-layer", "startup"],
                        help="leave out a part (may be given more than once)")
    parser.add_argument("--backend", default="process", choices=["process", "thread"],
                        help="where the window and the worker train (default: the training process)")
    parser.add_argument("--input-space", action="store_true",
                        help="also train with the input space panel shown, beside the runs with it closed")
    return parser.parse_args(argv)


def use_backend(backend: str) -> None:
    """Every TrainingController made from now on (the window's too) trains on `backend`."""
    from nngui.qt.training import TrainingController

    init = TrainingController.__init__

    def init_with_backend(self, parent=None, backend_asked: str = "process") -> None:  # noqa: ANN001
        init(self, parent, backend)

    TrainingController.__init__ = init_with_backend


def print_header(args: argparse.Namespace) -> None:
    print("nngui main window benchmark")
    print_machine()
    print(f"  {platform.system()} {platform.machine()}; QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}; "
          f"OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}; "
          f"GIL switch interval {sys.getswitchinterval() * 1000:g} ms; training backend {args.backend}")


# -- training throughput and event-loop delay -----------------------------------------------------------

class LatenessProbe:
    """A 5 ms precise timer, re-armed at each tick, that records how late each tick fires (seconds)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.lateness: list[float] = []
        self._due = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROBE_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.lateness = []
        self._arm()

    def stop(self) -> None:
        self._timer.stop()

    def _arm(self) -> None:
        self._due = time.perf_counter() + PROBE_INTERVAL_MS / 1000
        self._timer.start()

    def _tick(self) -> None:
        self.lateness.append(max(0.0, time.perf_counter() - self._due))
        self._arm()


@dataclass
class Case:
    """One scenario's throughput runs: seconds per run by kind, and the probe's lateness per run."""

    title: str
    iterations: int
    seconds: dict[str, list[float]] = field(default_factory=dict)
    lateness: dict[str, list[list[float]]] = field(default_factory=dict)  # per probed kind, per run
    backends: str = ""  # where the worker and the window trained (after any fallback)

    def rate(self, kind: str) -> float:
        return self.iterations / median(self.seconds[kind])

    def ratio(self, kind: str) -> float:
        return median(self.seconds["core"]) / median(self.seconds[kind])

    def paired_ratio(self, kind: str) -> float:
        """The median of run-by-run ratios (each window run against the core run of its round)."""
        return median([c / w for c, w in zip(self.seconds["core"], self.seconds[kind])])


def settle(app, seconds: float = 0.2) -> None:  # noqa: ANN001
    """Let queued events and timers run for a moment, outside any timing; then collect garbage."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)
    gc.collect()


def throughput_case(app, title: str, preset: str, iterations: int, repeats: int,  # noqa: ANN001
                    input_space: bool = False) -> Case:
    from PySide6.QtCore import QEventLoop, QTimer

    from nngui.model.scenario import load_preset
    from nngui.qt.main_window import MainWindow
    from nngui.qt.training import TrainingController

    scenario = load_preset(preset)
    scenario.iterations = iterations
    X, y, lr = scenario.X(), scenario.y(), scenario.learning_rate

    window = MainWindow(scenario.copy())
    window.truth_dock.show()
    window.truth_dock.raise_()  # tabbed under Explain by default; raised, the truth table follows training
    space_dock = window.input_space_dock
    space_dock.hide()  # closed, unless a run shows it (floating, so the truth table stays in view too)
    space_dock.setFloating(True)
    space_dock.resize(480, 540)
    window.show()
    settle(app, 0.5)
    loop = QEventLoop()
    window.trainingFinished.connect(loop.quit)
    controller = TrainingController()
    controller.finished.connect(loop.quit)
    probe = LatenessProbe()

    def wait(what: str) -> None:
        timeout = QTimer(singleShot=True, interval=RUN_TIMEOUT_S * 1000)
        timeout.timeout.connect(loop.quit)
        timeout.start()
        loop.exec()
        if not timeout.isActive():
            raise RuntimeError(f"{title}: the {what} run did not finish within {RUN_TIMEOUT_S} s")
        timeout.stop()

    def core() -> float:
        settle(app)  # every kind starts from a quiet window (the last run's redraws done)
        network = scenario.network()
        began = time.perf_counter()
        network.train(X, y, iterations, lr)
        return time.perf_counter() - began

    def worker() -> float:
        settle(app)
        began = time.perf_counter()
        controller.start(scenario.network(), X, y, lr, iterations)
        wait("worker")
        seconds = time.perf_counter() - began
        if not controller.completed:
            raise RuntimeError(f"{title}: the worker stopped early")
        return seconds

    def in_window(with_probe: bool, with_space: bool = False) -> float:
        space_dock.setVisible(with_space)
        window.session.reset()  # fresh weights from the seed, the loss curve cleared
        settle(app)
        refreshes = window.input_space.refreshes
        if with_probe:
            probe.start()
        began = time.perf_counter()
        window.train_action.trigger()
        wait("window")
        seconds = time.perf_counter() - began
        probe.stop()
        if window.iteration != iterations or window.loss_plot.count() != iterations:
            raise RuntimeError(f"{title}: the window trained {window.iteration} iterations, "
                               f"not {iterations}")
        settle(app, 0.05)
        drawn = window.input_space.refreshes - refreshes
        if with_space and (drawn < 2 or window.input_space.space.riddle_answer != window.riddle_answer()):
            raise RuntimeError(f"{title}: the input space did not follow the run ({drawn} updates)")
        if not with_space and drawn:
            raise RuntimeError(f"{title}: the closed input space was worked out {drawn} times")
        return seconds

    runs: dict[str, Callable[[], float]] = {
        "core": core,
        "worker": worker,
        "window": lambda: in_window(False),
        "window + probe": lambda: in_window(True),
    }
    if input_space:
        runs["window + space"] = lambda: in_window(False, True)
        runs["space + probe"] = lambda: in_window(True, True)
    case = Case(title, iterations, {kind: [] for kind in runs})
    print(f"\n{title}: {iterations:,} iterations per run, {repeats} interleaved rounds", flush=True)
    kinds = list(runs)
    runs["core"]()    # warm up (first-call costs, caches); not counted
    runs["window"]()
    for round_number in range(repeats):
        shift = round_number % len(kinds)  # rotate the order so no kind always runs first
        for kind in kinds[shift:] + kinds[:shift]:
            settle(app, 0.1)
            seconds = runs[kind]()
            case.seconds[kind].append(seconds)
            if kind.endswith("probe"):
                case.lateness.setdefault(kind, []).append(list(probe.lateness))
        print(f"  round {round_number + 1}: " + ", ".join(
            f"{kind} {case.seconds[kind][-1]:.2f} s" for kind in kinds) + f"  (load {load_average()})",
            flush=True)
    trainer = window.findChild(TrainingController)
    case.backends = f"worker {controller.backend}, window {trainer.backend if trainer else '?'}"
    controller.shutdown()
    window.close()
    window.deleteLater()
    settle(app)
    return case


def report_case(case: Case) -> list[Goal]:
    print(f"\n{case.title}: medians of {len(case.seconds['core'])} runs each (trained on: {case.backends})")
    kinds = [("core", "bare Network.train, no Qt"), ("worker", "TrainingController, no window"),
             ("window", "Train to trainingFinished (input space closed)"),
             ("window + probe", "same, 5 ms probe on"),
             ("window + space", "Train to trainingFinished, input space shown"),
             ("space + probe", "same, 5 ms probe on")]
    for kind, what in kinds:
        if kind not in case.seconds:
            continue
        values = case.seconds[kind]
        ratio = "" if kind == "core" else (f"   ratio {case.ratio(kind):.3f}"
                                           f" (paired {case.paired_ratio(kind):.3f})")
        print(f"  {kind:<15} {median(values):7.3f} s  {case.rate(kind):>11,.0f} it/s"
              f"  [{min(values):.2f}–{max(values):.2f} s]{ratio}   {what}")
    goals = [Goal(f"{case.title}: window / core throughput", case.ratio("window"), "x", THROUGHPUT_GOAL,
                  True)]
    for kind, lateness in case.lateness.items():
        p50s = [percentile(run, 0.50) * 1000 for run in lateness]
        p99s = [percentile(run, 0.99) * 1000 for run in lateness]
        maxima = [max(run) * 1000 for run in lateness]
        ticks = [len(run) for run in lateness]
        pooled = [value for run in lateness for value in run]
        shown = "input space shown" if kind == "space + probe" else "input space closed"
        print(f"  GUI-thread lateness of a {PROBE_INTERVAL_MS} ms timer while training, {shown} (median over"
              f" runs): p50 {median(p50s):.1f} ms, p99 {median(p99s):.1f} ms, max {median(maxima):.1f} ms"
              f"  ({median(ticks):.0f} ticks a run; 5 ms would give "
              f"{median(case.seconds[kind]) * 1000 / PROBE_INTERVAL_MS:.0f})")
        print(f"    per run p99: {', '.join(f'{v:.1f}' for v in p99s)} ms; all ticks pooled: "
              f"p50 {percentile(pooled, 0.5) * 1000:.1f}, p99 {percentile(pooled, 0.99) * 1000:.1f}, "
              f"max {max(pooled) * 1000:.1f} ms")
        if kind == "window + probe":
            goals.append(Goal(f"{case.title}: p99 event-loop lateness", median(p99s), " ms",
                              LATENESS_GOAL_MS, False))
        else:
            goals += [Goal(f"{case.title}, input space shown: window / core throughput",
                           case.ratio("window + space"), "x", THROUGHPUT_GOAL, True),
                      Goal(f"{case.title}, input space shown: p99 event-loop lateness", median(p99s), " ms",
                           LATENESS_GOAL_MS, False)]
    return goals


# -- start-up --------------------------------------------------------------------------------------

def time_to_shown(kind: str, env: dict[str, str], timeout: float = 120) -> dict[str, float]:
    """Seconds from just before Popen to "imported", "built" and "shown" in a fresh interpreter."""
    env = {**env, "NNGUI_BENCH_T0": repr(time.time())}
    process = subprocess.Popen([sys.executable, "-c", STARTUP_CHILD, kind], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    watchdog = threading.Timer(timeout, process.kill)  # a window that never paints must not hang us
    watchdog.start()
    try:
        out, err = process.communicate()
    finally:
        watchdog.cancel()
    marks = dict((name, float(value)) for name, value in
                 (line.split() for line in out.splitlines() if line.split()[:1] in (["imported"], ["built"],
                                                                                     ["shown"])))
    if process.returncode != 0 or "shown" not in marks:
        raise RuntimeError(f"the {kind} start-up child failed ({process.returncode}): {err.strip()[-2000:]}")
    return marks


def startup_case(env: dict[str, str], repeats: int) -> Goal:
    kinds = ("baseline", "nngui")
    print(f"\nStart-up to the end of the first paint, {repeats} interleaved fresh processes each", flush=True)
    # An editable install has no .pyc files for nngui until Python writes them, and with
    # PYTHONDONTWRITEBYTECODE set it never does: every start would compile nngui from source, unlike
    # PySide6 and pyqtgraph (compiled when pip installed them) or an installed or frozen nngui.
    compileall.compile_dir(ROOT / "nngui", quiet=1)
    for kind in kinds:  # warm the disk cache; not counted
        time_to_shown(kind, env)
    marks: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
    for round_number in range(repeats):
        for kind in kinds if round_number % 2 == 0 else kinds[::-1]:
            marks[kind].append(time_to_shown(kind, env))
    names = {"baseline": "bare PySide6 + pyqtgraph", "nngui": "nngui MainWindow"}
    for kind in kinds:
        shown = [m["shown"] for m in marks[kind]]
        phases = {name: median([m[name] for m in marks[kind]]) for name in ("imported", "built", "shown")}
        print(f"  {names[kind]:<25} median {phases['shown']:.3f} s  [{min(shown):.3f}–{max(shown):.3f} s]"
              f"   imports done {phases['imported']:.3f} s, window built {phases['built']:.3f} s")
    ratio = median([m["shown"] for m in marks["nngui"]]) / median([m["shown"] for m in marks["baseline"]])
    print(f"  ratio nngui / baseline: {ratio:.2f}")
    return Goal("Start-up to first paint: nngui / bare window", ratio, "x", STARTUP_GOAL, False)


def quiet_qt_messages(mode, context, message: str) -> None:  # noqa: ANN001
    """Qt's messages on stderr, less the offscreen plugin's harmless "propagateSizeHints" and "raise()"
    lines (the latter when the floating input space is shown)."""
    if "propagateSizeHints" not in message and "does not support raise()" not in message:
        print(message, file=sys.stderr)


# -- main ------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    repeats = args.repeats or (2 if args.quick else 5)
    startup_repeats = args.repeats or (3 if args.quick else 7)
    settings_dir = tempfile.TemporaryDirectory(prefix="nngui-bench-gui-")
    qt_env = {"QT_QPA_PLATFORM": args.platform, "NNGUI_SETTINGS_DIR": settings_dir.name,
              "XDG_CONFIG_HOME": settings_dir.name}
    os.environ.update(qt_env)
    child_env = {**_ORIGINAL_ENV, **qt_env}

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from nngui.qt.app import create_application

    qInstallMessageHandler(quiet_qt_messages)

    if args.backend != "process":
        use_backend(args.backend)
    print_header(args)
    goals: list[Goal] = []
    app = create_application()
    assert isinstance(app, QApplication)
    cases = [("The article's task (one neuron)", "article", 200_000 if args.quick else 1_000_000),
             ("Two layers (hidden layer of 4)", "two-layer", 40_000 if args.quick else 200_000)]
    results = [throughput_case(app, title, preset, iterations, repeats, args.input_space)
               for title, preset, iterations in cases if preset not in args.skip]
    for case in results:
        goals += report_case(case)
    if "startup" not in args.skip:
        goals.append(startup_case(child_env, startup_repeats))

    print(f"\nSummary (medians; load average at the end: {load_average()})")
    print_table(("what", "measured", "goal", ""), [goal.row() for goal in goals])
    settings_dir.cleanup()
    return 0 if all(goal.met for goal in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
