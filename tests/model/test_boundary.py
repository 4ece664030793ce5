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
# the training process's loop: a run served over pipes, as the controller's child process does it
import multiprocessing, threading
from nngui.model.training import serve
commands_in, commands = multiprocessing.Pipe(duplex=False)
reports, reports_out = multiprocessing.Pipe(duplex=False)
server = threading.Thread(target=serve, args=(commands_in, reports_out))
server.start()
commands.send(("run", (network, scenario.X(), scenario.y(), 1.0, 5000, None)))
while (report := reports.recv())[0] != "finished":
    pass
commands.send(("quit", None))
server.join()
assert report[1].iteration == 5000, report
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
