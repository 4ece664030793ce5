"""Times nngui.model.network against the article's plain NumPy loop, side by side (a script, not a test).

Run: ``.venv/bin/python benchmarks/core.py`` (``--quick`` for a short run). The core records the
loss of every iteration; the plain loops record nothing. Repeats are interleaved (plain, core,
plain, core, ...) so that a noisy machine slows both alike, and the medians are compared.
BLAS gets one thread unless OPENBLAS_NUM_THREADS says otherwise: on a small shared machine extra
threads only add noise, and both sides use the same BLAS.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before NumPy loads its BLAS

import argparse  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

from nngui.model.network import Network  # noqa: E402
from nngui.model.rules import ACTIVATIONS, LOSSES, UPDATES, LearningRules  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import cpu_model, median  # noqa: E402

Array = np.ndarray


def plain_one_neuron(X: Array, y: Array, W: Array, iterations: int) -> Array:
    """The article's 9-line loop, verbatim apart from the names."""
    for _ in range(iterations):
        output = 1 / (1 + np.exp(-(X @ W)))
        error = y - output
        W += X.T @ (error * output * (1 - output))
    return W


def plain_two_layers(X: Array, y: Array, W1: Array, W2: Array, iterations: int) -> tuple[Array, Array]:
    """The same loop with a hidden layer: the well-known two-layer version of the article's code."""
    for _ in range(iterations):
        hidden = 1 / (1 + np.exp(-(X @ W1)))
        output = 1 / (1 + np.exp(-(hidden @ W2)))
        output_delta = (y - output) * (output * (1 - output))
        hidden_delta = (output_delta @ W2.T) * (hidden * (1 - hidden))
        W2 += hidden.T @ output_delta
        W1 += X.T @ hidden_delta
    return W1, W2


def interleaved(runs: dict[str, Callable[[], object]], repeats: int) -> dict[str, list[float]]:
    """Seconds per run of each callable, alternating between them `repeats` times."""
    for run in runs.values():  # warm up (caches, BLAS threads, first-call overheads)
        run()
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    return times


def report(title: str, iterations: int, times: dict[str, list[float]]) -> None:
    plain, core = (median(times[name]) for name in ("plain loop", "nngui.model.network"))
    print(f"\n{title}: {iterations:,} iterations per run, median of {len(times['plain loop'])} runs each")
    for name, seconds in (("plain loop", plain), ("nngui.model.network", core)):
        spread = max(times[name]) / min(times[name])
        print(f"  {name:<11} {iterations / seconds:>12,.0f} iterations/s"
              f"   (slowest/fastest run {spread:.2f})")
    print(f"  ratio       {plain / core:>12.2f}x  (core / plain; the core also records every loss)")


def compare(title: str, X: Array, y: Array, layers: list[int], iterations: int, repeats: int) -> None:
    """Time the plain loop and nngui.model.network from the same weights, and check that they end alike."""
    start = Network(layers, seed=1).weights
    plain_loop = plain_one_neuron if len(start) == 1 else plain_two_layers
    nets: list[Network] = []
    plains: list[list[Array]] = []

    def core() -> None:
        net = Network.from_weights(start)
        net.train(X, y, iterations=iterations)
        nets.append(net)

    def plain() -> None:
        weights = [w.copy() for w in start]
        plain_loop(X, y, *weights, iterations)  # updates the weights in place
        plains.append(weights)

    times = interleaved({"plain loop": plain, "nngui.model.network": core}, repeats)
    gap = max(float(np.max(np.abs(a - b))) for a, b in zip(nets[-1].weights, plains[-1]))
    report(title, iterations, times)
    print(f"  same weights at the end: largest difference {gap:.1e}")


def other_rules(X: Array, y: Array, iterations: int, repeats: int) -> None:
    """The speed of every other learning rule on the same task, beside the article's (interleaved)."""
    runs: dict[str, Callable[[], object]] = {}
    for activation in ACTIVATIONS:
        for updates in UPDATES:
            for loss in LOSSES:
                rules = LearningRules(activation, updates, loss)
                layers = [X.shape[1], 4, 1] if activation == "relu" else [X.shape[1], 1]
                if rules.refusal(len(layers) - 1) is not None:
                    continue
                start = Network(layers, seed=1, rules=rules)
                runs[f"{activation}, {updates}, {loss}" + (" (hidden 4)" if len(layers) > 2 else "")] = (
                    lambda start=start: start.copy().train(X, y, iterations))
    times = interleaved(runs, repeats)
    article = median(times["sigmoid, batch, mse"])
    print(f"\nThe learning rules on the article's task: {iterations:,} iterations per run, "
          f"median of {repeats} runs each")
    for name, seconds in times.items():
        print(f"  {name:<40} {iterations / median(seconds):>12,.0f} iterations/s"
              f"   {median(seconds) / article:>6.2f}x the article's time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer iterations and repeats")
    parser.add_argument("--repeats", type=int, default=None, help="runs of each (default 15, quick 3)")
    args = parser.parse_args()
    repeats = args.repeats or (3 if args.quick else 15)
    print(f"CPU: {cpu_model()} ({os.cpu_count()} logical cores)")
    print(f"Python {platform.python_version()}, NumPy {np.__version__}, "
          f"{platform.system()} {platform.machine()}, BLAS threads: {os.environ['OPENBLAS_NUM_THREADS']}")
    # Many short runs, interleaved, so that a busy moment spoils few of them.
    compare("The article's task (4 situations x 3 inputs, one neuron)",
            np.array([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]], dtype=np.float64),
            np.array([[0, 1, 1, 0]], dtype=np.float64).T,
            [3, 1], 5_000 if args.quick else 10_000, repeats)
    compare("The two-layer case (7 situations x 3 inputs, hidden layer of 4)",
            np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [0, 1, 0], [1, 0, 0], [1, 1, 1], [0, 0, 0]],
                     dtype=np.float64),
            np.array([[0, 1, 1, 1, 1, 0, 0]], dtype=np.float64).T,
            [3, 4, 1], 2_000 if args.quick else 4_000, repeats)
    X = np.random.RandomState(0).randint(0, 2, size=(1000, 64)).astype(np.float64)
    y = (X[:, :3].sum(axis=1, keepdims=True) >= 2).astype(np.float64)  # the majority of 3 inputs
    compare("A large case (1,000 situations x 64 inputs, hidden layer of 32)",
            X, y, [64, 32, 1], 50 if args.quick else 100, repeats)


if __name__ == "__main__":
    sys.exit(main())
