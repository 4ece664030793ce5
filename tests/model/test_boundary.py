"""The model side (core, scenario) and the training loop import no Qt: usable without a display, and the
training process starts without loading Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROGRAM = """
import sys
import nngui.model.network
import nngui.model.scenario
from nngui.model.scenario import article_scenario, load_preset, preset_names
scenario = article_scenario()
for name in preset_names():
    load_preset(name)
network = scenario.network()
network.train(scenario.X(), scenario.y(), 100)
network.step(scenario.X(), scenario.y())
# the training loop, served over pipes as its two hosts do it: the training process over
# multiprocessing pipes, a thread of the window's process over local ones
import multiprocessing, threading
import numpy as np
from nngui.model.training import local_pipe, serve
X, y = scenario.X(), scenario.y()
for make_pipe, end in ((lambda: multiprocessing.Pipe(duplex=False), "quit"), (local_pipe, "close")):
    commands_in, commands = make_pipe()
    reports, reports_out = make_pipe()
    server = threading.Thread(target=serve, args=(commands_in, reports_out))
    server.start()
    assert reports.recv() == ("ready", None)  # first, before any run
    commands.send(("run", (network.copy(), X, y, 1.0, 5000, None)))
    names, losses = [], []
    while (report := reports.recv())[0] != "finished":
        names.append(report[0])
        losses.append(report[1].losses)
    reference = network.copy()
    expected = reference.train(X, y, 5000, 1.0)
    assert set(names) == {"progress"} and np.array_equal(np.concatenate(losses), expected), names
    final = report[1]
    assert final.iteration == final.total == 5000 and final.losses.size == 0, final
    assert np.array_equal(final.weights[0], reference.weights[0])
    commands.send(("run", (network.copy(), X, y, 1.0, 10**9, None)))  # held at once, then stopped
    commands.send(("paused", True))
    commands.send(("stop", True))
    while (report := reports.recv())[0] != "finished":
        assert report[0] == "progress", report
    assert report[1].iteration < 10**9
    if end == "quit":
        commands.send(("quit", None))
    else:
        commands.close()  # the controller gone: the loop ends too
    server.join(10)
    assert not server.is_alive()
qt_names = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")
qt = sorted(m for m in sys.modules if m.split(".")[0] in qt_names)
print(",".join(qt))
"""


@pytest.mark.parametrize("module", ["nngui.model.network", "nngui.model.scenario", "nngui.model.training"])
def test_module_alone_imports_no_qt(module):
    code = f"import sys, {module}; print('PySide6' in sys.modules, 'pyqtgraph' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_using_the_model_loads_no_qt():
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_the_check_would_notice_qt():
    """The same check run after importing Qt does see it (so the tests above can fail)."""
    pytest.importorskip("PySide6")
    code = "import sys, PySide6.QtCore, nngui.model.network; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["True"]
