"""The boundary: nothing under nngui/model imports Qt, pyqtgraph or nngui.qt, at import time or later."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import nngui.model

MODEL = Path(nngui.model.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6", "nngui.qt")
MODULES = sorted(f"nngui.model.{m.name}" for m in pkgutil.iter_modules([str(MODEL)]))
CHECK = f"""
import importlib, sys
importlib.import_module(sys.argv[1])
forbidden = {FORBIDDEN!r}
print(",".join(sorted(m for m in sys.modules if any(m == f or m.startswith(f + ".") for f in forbidden))))
"""


def imported_names(path: Path) -> list[str]:
    """Every module a file imports, at the top or inside a function (relative imports resolved)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = "nngui.model." if node.level == 1 else "nngui."
                names.append(package + (node.module or ""))
            else:
                names.append(node.module or "")
    return names


def is_forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN)


def test_the_model_package_has_its_modules():
    expected = {"nngui.model.network", "nngui.model.scenario", "nngui.model.training", "nngui.model.limits"}
    assert expected <= set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_model_module_loads_no_qt(module):
    """Imported alone in a fresh interpreter, a model module brings in no Qt."""
    result = subprocess.run([sys.executable, "-c", CHECK, module], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


@pytest.mark.parametrize("path", sorted(MODEL.glob("*.py")), ids=lambda p: p.name)
def test_model_source_never_imports_qt(path):
    """Not even inside a function, where importing the module would not show it."""
    assert [name for name in imported_names(path) if is_forbidden(name)] == []


def test_the_public_face_loads_no_qt():
    code = ("import sys\nfrom nngui import Network, Scenario, ScenarioError, load_preset, preset_names, "
            "python_script\nnet = load_preset('article').network()\npython_script(load_preset('xor'))\n"
            "print(any(m.split('.')[0] in ('PySide6', 'pyqtgraph') or m.startswith('nngui.qt') "
            "for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False"]


def test_the_checks_would_notice_qt(tmp_path):
    """Both checks see a Qt import when there is one (so the tests above can fail)."""
    pytest.importorskip("PySide6")
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("def later():\n    from PySide6.QtCore import QObject\n    return QObject\n")
    assert [n for n in imported_names(sneaky) if is_forbidden(n)] == ["PySide6.QtCore"]
    result = subprocess.run([sys.executable, "-c", CHECK, "nngui.qt.i18n"], capture_output=True, text=True,
                            timeout=60)
    assert "PySide6" in result.stdout.split(",")
