"""The application entry point: QApplication, command-line flags, the self-test."""

from __future__ import annotations

import argparse
import faulthandler
import multiprocessing
import os
import re
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import nngui

#: The article's answer to the riddle [1, 0, 0] after 10,000 iterations (see ARTICLE.md).
RIDDLE_ANSWER = 0.99993704
RIDDLE_TOLERANCE = 1e-4
SELF_TEST_TIMEOUT_S = 60.0
#: Set to 1 to print "shown <seconds since process start>" and quit once the window is painted.
EXIT_AFTER_SHOWN = "NNGUI_EXIT_AFTER_SHOWN"

#: The training process is started this long after the window is shown (not during the first paint).
PREPARE_TRAINING_AFTER_MS = 500

_IMPORTED_AT = time.monotonic()


class SelfTestFailure(Exception):
    """A self-test step did not give what it should; the message says which."""


def parse_args(argv: list[str]) -> argparse.Namespace:
    # The command line speaks English, like Qt's own tools: no translator is loaded yet.
    parser = argparse.ArgumentParser(
        prog="nngui",
        description="Watch a tiny neural network learn, and understand every number it computes.",
    )
    parser.add_argument("scenario", nargs="?", help="a scenario file (.nngui.json) to open")
    parser.add_argument("--lang", choices=["en", "ru"], help="the interface language")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--self-test", action="store_true",
        help="train the article's task in a hidden window, check the riddle's answer, and exit",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Start nngui; returns the process exit code."""
    # In a frozen bundle the training process is this same executable: there this call runs the
    # training process (and exits) instead of a second window. Elsewhere it does nothing.
    multiprocessing.freeze_support()
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as stop:  # --help, or a usage error (argparse has printed why)
        return stop.code if isinstance(stop.code, int) else 2
    if args.version:
        _say(f"nngui {nngui.__version__}")
        return 0
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return self_test()

    from nngui.model.scenario import Scenario, ScenarioError

    scenario = None
    if args.scenario:
        try:
            scenario = Scenario.load(args.scenario)
        except (ScenarioError, OSError) as error:
            _say(f"nngui: cannot open {args.scenario}: {error}", error=True)
            return 2
    app = create_application(args.lang)
    from nngui.qt import i18n
    from nngui.qt.main_window import MainWindow
    from nngui.qt.settings import settings

    if not args.lang:  # the language chosen in View → Language, else the system's
        try:
            i18n.set_language(app, i18n.initial_language(settings().value("language")))
        except FileNotFoundError as error:
            _say(f"nngui: {error}; the interface stays in English", error=True)
    window = MainWindow(scenario=scenario)
    if os.environ.get(EXIT_AFTER_SHOWN) == "1":
        _quit_when_shown(window)
    window.show()
    if os.environ.get(EXIT_AFTER_SHOWN) != "1":
        from PySide6.QtCore import QTimer

        # Start the training process once the window is up, so that the first Train starts at once.
        QTimer.singleShot(PREPARE_TRAINING_AFTER_MS, window.trainer.prepare)
        window.offer_recovery()  # unsaved work left by a crash
        # The Lessons panel on the first start (not a dialog); later, the lesson left open.
        window.lessons.offer_on_first_start(reopen=scenario is None)
    return app.exec()


def create_application(lang: str | None = None) -> Any:
    """The QApplication with nngui's names, version, icon and (if asked) language."""
    from PySide6.QtWidgets import QApplication

    from nngui.qt.icons import app_icon

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "nngui"])
    app.setApplicationName("nngui")
    app.setOrganizationName("nngui")
    app.setApplicationVersion(nngui.__version__)
    app.setDesktopFileName("nngui")  # matches packaging/nngui.desktop (Wayland/X11 taskbar icon)
    app.setWindowIcon(app_icon())
    from nngui.qt.palettes import from_environment

    from_environment(app)  # NNGUI_PALETTE=dark or high-contrast instead of the system's palette
    if lang:
        from nngui.qt.i18n import set_language

        try:
            set_language(app, lang)
        except FileNotFoundError as error:  # a build without the compiled translations
            _say(f"nngui: {error}; the interface stays in English", error=True)
    return app


def self_test(timeout_s: float = SELF_TEST_TIMEOUT_S) -> int:
    """Build the main window offscreen, train the default scenario, check the riddle; 0 if all went well."""
    watchdog = _start_watchdog(timeout_s + 15)
    settings = None
    if not os.environ.get("NNGUI_SETTINGS_DIR"):  # never touch the user's settings or recovery files
        settings = tempfile.TemporaryDirectory(prefix="nngui-self-test-")
        os.environ["NNGUI_SETTINGS_DIR"] = settings.name
    try:
        riddle, answer, iterations, seconds = _train_default_scenario(timeout_s)
    except Exception as failure:  # noqa: BLE001 - every failure is reported, none may escape
        _say(f"nngui self-test: FAILED — {type(failure).__name__}: {failure}", error=True)
        return 1
    finally:
        watchdog()
        if settings is not None:
            settings.cleanup()
    if abs(answer - RIDDLE_ANSWER) > RIDDLE_TOLERANCE:
        _say(f"nngui self-test: FAILED — riddle {riddle} → {answer:.8f}, expected {RIDDLE_ANSWER} "
             f"(± {RIDDLE_TOLERANCE:g})", error=True)
        return 1
    _say(f"nngui self-test: OK — riddle {riddle} → {answer:.5f} after {iterations:,} iterations "
         f"in {seconds:.1f} s")
    return 0


def _train_default_scenario(timeout_s: float) -> tuple[str, float, int, float]:
    """Click Train in a fresh main window and wait for the run to end: (riddle, answer, iterations, s)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QAbstractButton, QLabel, QSpinBox

    from nngui.model.scenario import article_scenario
    from nngui.qt.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    try:
        window.show()
        app.processEvents()
        button = window.findChild(QAbstractButton, "trainButton")
        if button is None:
            raise SelfTestFailure("the main window has no button named trainButton")
        finished: list[bool] = []
        loop = QEventLoop()

        def on_finished(*_: object) -> None:
            finished.append(True)
            loop.quit()

        window.trainingFinished.connect(on_finished)
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        started = time.perf_counter()
        button.click()
        if not finished:
            loop.exec()
        seconds = time.perf_counter() - started
        if not finished:
            raise SelfTestFailure(f"training did not finish within {timeout_s:g} s")
        answer = _riddle_answer(window, QLabel)
        spin = window.findChild(QSpinBox, "iterationsSpin")
        iterations = spin.value() if spin is not None else article_scenario().iterations
        riddle = "[" + ", ".join(f"{v:g}" for v in article_scenario().riddle) + "]"
        return riddle, answer, iterations, seconds
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def _riddle_answer(window: Any, label_type: type) -> float:
    """The window's answer to the riddle: riddle_answer() if it has one, else the answerLabel's number."""
    if callable(getattr(window, "riddle_answer", None)):
        value = window.riddle_answer()
        if value is None:
            raise SelfTestFailure("riddle_answer() returned None after training")
        return float(value)
    label = window.findChild(label_type, "answerLabel")
    if label is None:
        raise SelfTestFailure("the main window has neither riddle_answer() nor a label named answerLabel")
    match = re.search(r"[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?", label.text())
    if match is None:
        raise SelfTestFailure(f"answerLabel shows no number: {label.text()!r}")
    return float(match.group().replace(",", "."))


def _quit_when_shown(window: Any) -> None:
    """Print "shown <seconds since process start>" when the window's first widget paints, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class FirstPaint(QObject):
        # On the application: a window fully covered by its children never gets a Paint itself.
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                    and watched.window() is window):
                QApplication.instance().removeEventFilter(self)
                _say(f"shown {seconds_since_process_start():.3f}")
                QTimer.singleShot(0, QApplication.quit)
            return False

    window._first_paint_filter = FirstPaint(window)  # kept alive by the window
    QApplication.instance().installEventFilter(window._first_paint_filter)


def seconds_since_process_start() -> float:
    """Seconds since the OS started this process (Linux: /proc), else since nngui.qt.app was imported."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])  # field 22 (starttime), counted after "pid (comm)"
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _IMPORTED_AT


def _start_watchdog(seconds: float) -> Any:
    """End the process (exit code 1, with a traceback when stderr exists) if it hangs; returns a cancel."""
    if sys.stderr is not None and hasattr(sys.stderr, "fileno"):
        try:
            faulthandler.dump_traceback_later(seconds, exit=True)
            return faulthandler.cancel_dump_traceback_later
        except (OSError, ValueError, RuntimeError):
            pass
    timer = threading.Timer(seconds, os._exit, args=(1,))
    timer.daemon = True
    timer.start()
    return timer.cancel


def _say(text: str, error: bool = False) -> None:
    """Print a line; a windowed build on Windows has no console streams, so then nothing is printed."""
    stream = sys.stderr if error else sys.stdout
    if stream is None:
        return
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write((text + "\n").encode(encoding, "replace").decode(encoding))
    stream.flush()
