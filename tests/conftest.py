"""Shared test set-up: Qt runs headless, settings are isolated from the user's, main windows close quietly."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NNGUI_SETTINGS_DIR", "")  # set per test by the isolated_settings fixture

import sys  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402

if TYPE_CHECKING:
    from nngui.qt.main_window import MainWindow

# The slow tests build their scenario and read memory with the benchmarks' own code (benchmarks/_shared.py).
sys.path.append(str(Path(__file__).resolve().parent.parent / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/helpers, as the package "helpers"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch):
    """QSettings and recovery files go to a temporary folder, never to the real home."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("NNGUI_SETTINGS_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    yield folder


def forget_changes(window: MainWindow) -> None:
    """No unsaved-changes prompt when the test is over and the window closes."""
    window.document.set_scenario(window.document.scenario)


@pytest.fixture
def add_window(qtbot) -> Callable[[MainWindow], MainWindow]:
    """Hand a main window to qtbot, which closes it after the test without the unsaved-changes prompt."""

    def add(window: MainWindow) -> MainWindow:
        qtbot.addWidget(window, before_close_func=forget_changes)
        return window

    return add


@pytest.fixture
def window(qtbot, add_window) -> Iterator[MainWindow]:
    """A new main window, shown; its training is shut down after the test."""
    from nngui.qt.main_window import MainWindow  # here: most test files need no window, nor Qt widgets

    w = add_window(MainWindow())
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.trainer.shutdown()
