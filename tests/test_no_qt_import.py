"""The model side (core, scenario) imports no Qt: it can be used, and tested, without a display."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROGRAM = """
import sys
import nngui.core
import nngui.scenario
from nngui.scenario import article_scenario, load_preset, preset_names
scenario = article_scenario()
for name in preset_names():
    load_preset(name)
network = scenario.network()
network.train(scenario.X(), scenario.y(), 100)
network.step(scenario.X(), scenario.y())
qt_names = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")
qt = sorted(m for m in sys.modules if m.split(".")[0] in qt_names)
print(",".join(qt))
"""


@pytest.mark.parametrize("module", ["nngui.core", "nngui.scenario"])
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
    code = "import sys, PySide6.QtCore, nngui.core; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["True"]
