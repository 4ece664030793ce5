"""What the training timeline costs: throughput, memory, and moving the slider (a script, not a test).

Run: ``.venv/bin/python benchmarks/timeline.py`` (``--quick`` for a short run).
1. Recording: the training loop (nngui.model.training.Trainer, as the training process runs it) with
   the timeline's keeping and without, interleaved rounds, on the article's task and on the big
   scenario of benchmarks/scale.py (1,000 × 64, hidden 32, 16). Goal: keeping costs ≤ 5 %.
2. Memory: the window's resident memory before and after a run of 2,000,000 iterations of the
   article's network and of 10,000 iterations of the big scenario (the losses and the timeline; the
   training process is another process). Goal: ≤ 50 MB each.
3. The slider: after each run, the timeline slider is moved to random iterations; the time until
   every view has taken the new iteration and painted it. Goal: p99 ≤ 50 ms on both. (While the
   slider moves, the Explain panel shows the iteration in its title and builds its worked page once
   the slider rests; that build is timed on its own.)
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
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
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds of the recording cost")
    parser.add_argument("--article-iterations", type=int, default=2_000_000)
    parser.add_argument("--big-iterations", type=int, default=10_000)
    parser.add_argument("--moves", type=int, default=200, help="slider moves per scenario")
    parser.add_argument("--quick", action="store_true", help="short runs, for trying the script")
    add_blas_threads_option(parser)
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds, args.article_iterations, args.big_iterations, args.moves = 2, 200_000, 500, 50
    return args


ARGS = parse_args() if __name__ == "__main__" else None
prepare_gui_environment(ARGS)

import nngui  # noqa: E402,F401 - first, as in the app: it settles NumPy's BLAS threads before NumPy loads

# isort: split
import numpy as np  # noqa: E402
from _shared import big_scenario, resident_mb, run_loop  # noqa: E402

from nngui.model.scenario import article_scenario  # noqa: E402
from nngui.model.timeline import Rule, Timeline  # noqa: E402
from nngui.model.training import Control, Trainer, local_pipe  # noqa: E402
from nngui.qt.widgets.explain import VIEW_SETTLE_MS  # noqa: E402

COST_GOAL = 1.05
MEMORY_GOAL_MB = 50
SLIDER_GOAL_MS = 50


def loop_seconds(scenario, iterations: int, every: int) -> float:  # noqa: ANN001
    """One run of the training loop as the training process runs it; its wall time."""
    network = scenario.network()
    commands, _ = local_pipe()
    trainer = Trainer(network, scenario.X(), scenario.y(), scenario.learning_rate, iterations,
                      Control(None, commands), lambda progress: None, every, 0)
    began = time.perf_counter()
    trainer.run()
    return time.perf_counter() - began


def planned_every(scenario, iterations: int) -> int:  # noqa: ANN001
    """How sparsely the session asks the loop to keep a run of this many iterations (from iteration 0)."""
    network = scenario.network()
    return Timeline(network).begin(0, network, Rule(scenario.X(), scenario.y(), scenario.learning_rate),
                                   iterations)


def recording_cost(name: str, scenario, iterations: int, rounds: int) -> tuple[str, float, float, float]:  # noqa: ANN001
    plain, keeping = [], []
    every = planned_every(scenario, iterations)
    for _ in range(rounds):
        plain.append(loop_seconds(scenario, iterations, 0))
        keeping.append(loop_seconds(scenario, iterations, every))
    return name, iterations / median(plain), iterations / median(keeping), median(keeping) / median(plain)


def slider_moves(window, app, moves: int) -> list[float]:  # noqa: ANN001
    """Move the slider as a drag would, to random iterations; ms until every view painted it."""
    slider, session = window.timeline_slider, window.session
    chooser = random.Random(13)
    times = []
    for _ in range(moves):
        target = chooser.randint(slider.minimum(), slider.maximum() - 1)
        began = time.perf_counter()
        slider.setValue(target)
        while session.viewed_iteration != target:
            app.processEvents()
        app.processEvents()  # the paint events the views posted
        times.append((time.perf_counter() - began) * 1000)
    slider.setValue(slider.maximum())
    app.processEvents()
    return times


def window_run(app, window, scenario_path: Path | None, iterations: int, moves: int) -> tuple[float, float, list[float], int]:  # noqa: ANN001,E501
    if scenario_path is not None:
        assert window.open_file(scenario_path, confirm=False)
    else:
        window.load_preset("article")
    window.settings_bar.iterations_spin.setValue(iterations)
    for dock in (window.explain_dock, window.input_space_dock, window.weights_dock, window.truth_dock):
        dock.show()
    run_loop(0.5)
    before = resident_mb()
    began = time.perf_counter()
    window.train_action.trigger()
    run_loop(until=window.trainingFinished)
    seconds = time.perf_counter() - began
    run_loop(0.5)
    grown = resident_mb() - before
    assert window.iteration == iterations
    times = []
    for dock in (window.explain_dock, window.truth_dock, window.input_space_dock, window.weights_dock):
        dock.raise_()  # each panel in turn is the one shown (they share a tab group)
        run_loop(0.2)
        slider_moves(window, app, 1)  # the panel's first drawing since it was shown: not the slider's
        run_loop(0.2)
        times += slider_moves(window, app, moves // 4)
    window.explain_dock.raise_()
    run_loop(0.2)
    pages = []  # the Explain panel's worked page, built once the slider rests (VIEW_SETTLE_MS)
    chooser = random.Random(7)
    for _ in range(10):
        target = chooser.randint(0, window.timeline_slider.maximum() - 1)
        window.timeline_slider.setValue(target)
        while window.session.viewed_iteration != target:
            app.processEvents()
        app.processEvents()
        began = time.perf_counter()
        window.explain_panel._display()
        app.processEvents()
        pages.append((time.perf_counter() - began) * 1000)
    return seconds, grown, times, window.session.timeline.nbytes, pages


def main(args: argparse.Namespace) -> int:
    print("The training timeline: recording cost, memory and slider")
    print_machine()
    big = big_scenario(args.big_iterations)
    print(f"\n1. Recording cost (the training loop with and without keeping, {args.rounds} rounds)")
    rows = [recording_cost("article", article_scenario(), max(args.article_iterations // 4, 50_000),
                           args.rounds),
            recording_cost("1,000 × 64, hidden 32, 16", big, max(args.big_iterations // 10, 200),
                           args.rounds)]
    print_table(("task", "plain it/s", "keeping it/s", "time ratio"),
                [(n, f"{a:,.0f}", f"{b:,.0f}", f"{r:.3f}×") for n, a, b, r in rows])

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    results = []
    with tempfile.TemporaryDirectory(prefix="nngui-timeline-") as folder:
        os.environ["NNGUI_SETTINGS_DIR"] = folder
        from nngui.qt.main_window import MainWindow

        path = Path(folder) / "big.nngui.json"
        big.save(path)
        window = MainWindow()
        window.resize(1366, 768)
        window.show()
        run_loop(0.5)
        for name, scenario_path, iterations in (("article", None, args.article_iterations),
                                                ("1,000 × 64, hidden 32, 16", path, args.big_iterations)):
            seconds, grown, times, kept, pages = window_run(app, window, scenario_path, iterations,
                                                            args.moves)
            results.append((name, iterations, seconds, grown, times, kept))
            print(f"  {name}: the Explain page, built once the slider rests {VIEW_SETTLE_MS} ms: "
                  f"median {median(pages):.0f} ms, max {max(pages):.0f} ms")
            window.document.set_scenario(window.document.scenario)  # no unsaved-changes question
        window.close()

    print("\n2. Memory and 3. the slider (the window, every panel shown in turn)")
    print_table(("task", "iterations", "train s", "RSS growth MB", "timeline MB", "moves", "p50 ms",
                 "p99 ms"),
                [(n, f"{i:,}", f"{s:.1f}", f"{g:.1f}", f"{k / 2**20:.1f}", f"{len(t)}",
                  f"{percentile(t, 0.5):.1f}", f"{percentile(t, 0.99):.1f}") for n, i, s, g, t, k in results])
    goals = [Goal(f"recording cost, {n}", r, "×", COST_GOAL, False) for n, _, _, r in rows]
    goals += [Goal(f"memory growth, {n}", g, " MB", MEMORY_GOAL_MB, False) for n, _, _, g, _, _ in results]
    goals += [Goal(f"slider p99, {n}", percentile(t, 0.99), " ms", SLIDER_GOAL_MS, False)
              for n, _, _, _, t, _ in results]
    print(f"\nload average at the end: {load_average()}\n")
    print_table(("goal", "measured", "target", ""), [g.row() for g in goals])
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main(ARGS))
