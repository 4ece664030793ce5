"""Make the input space's screenshots in docs/ (input-space-*.png), as a learner sees the panel.

The article's task before and after training, XOR with one neuron (no plane separates it), XOR with a
hidden layer (the hidden neurons' planes) and its hidden space (where the output neuron's plane does
separate it), and the whole window with the panel. Run under Xvfb, with a window manager for honest
title bars:

    xvfb-run -a -s "-screen 0 1600x1000x24" bash -c \
        'openbox & sleep 1; .venv/bin/python docs/input_space_screenshots.py [--language ru] [names]'
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("NNGUI_SETTINGS_DIR", tempfile.mkdtemp(prefix="nngui-shots-"))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from screenshots import settle, train  # noqa: E402  (docs/screenshots.py: the same waiting)

from nngui.model.scenario import Scenario, article_scenario, load_preset  # noqa: E402
from nngui.qt import i18n  # noqa: E402
from nngui.qt.main_window import MainWindow  # noqa: E402

HERE = Path(__file__).resolve().parent


def xor(hidden: list[int]) -> Scenario:
    scenario = load_preset("xor")
    scenario.hidden_layers = hidden
    return scenario


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", choices=list(i18n.LANGUAGES))
    parser.add_argument("names", nargs="*", help="only these shots (e.g. input-space-article-after)")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("nngui")
    i18n.set_language(app, args.language)
    suffix = "" if args.language == "en" else f"-{args.language}"

    def shoot(name: str, widget: QWidget) -> None:
        if args.names and name not in args.names:
            return
        path = HERE / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print("wrote", path)

    window = MainWindow()
    window.resize(1500, 900)
    window.show()
    dock = window.input_space_dock
    dock.show()
    dock.raise_()
    window.resizeDocks([dock], [560], Qt.Orientation.Horizontal)
    settle(app)
    panel = window.input_space

    def show(scenario: Scenario, trained: bool) -> None:
        window.document.set_scenario(scenario)
        panel.set_kind("input")
        settle(app)
        if trained:
            train(app, window)

    show(article_scenario(), trained=False)
    shoot("input-space-article-before", dock)
    train(app, window)
    shoot("input-space-article-after", dock)
    shoot("input-space-window", window)
    show(xor([]), trained=True)
    shoot("input-space-xor-one-neuron", dock)
    show(xor([3]), trained=True)
    shoot("input-space-xor-hidden-layer", dock)
    panel.set_kind("hidden")
    settle(app)
    shoot("input-space-xor-hidden-space", dock)
    window.document.undo_stack.setClean()
    window.document.set_scenario(article_scenario())
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
