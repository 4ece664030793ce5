"""The command line: --self-test, --version, opening a scenario file, the start-up timing hook."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nngui
from nngui.qt.app import main

ROOT = Path(__file__).resolve().parents[2]


def run_nngui(*args: str, env: dict[str, str] | None = None, code: str | None = None,
              timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python -m nngui <args>` (or `python -c <code>`) in a fresh process, headless."""
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "nngui", *args]
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(command, cwd=ROOT, env=full_env, capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout)


def test_self_test_trains_the_article_task_and_reports_ok():
    result = run_nngui("--self-test")
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith("nngui self-test: OK — riddle [1, 0, 0] → 0.99994 after 10,000 iterations in ")
    assert line.endswith(" s")


def test_self_test_chooses_offscreen_itself():
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, "-m", "nngui", "--self-test"], cwd=ROOT, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    assert "self-test: OK" in result.stdout


def test_self_test_reports_a_broken_install_and_fails():
    # As if the bundle had lost a module: importing the main window raises ImportError.
    code = ("import sys; sys.modules['nngui.qt.main_window'] = None\n"
            "from nngui.qt.app import main; raise SystemExit(main(['--self-test']))")
    result = run_nngui(code=code)
    assert result.returncode == 1
    assert "nngui self-test: FAILED — ModuleNotFoundError: import of nngui.qt.main_window" in result.stderr
    assert "OK" not in result.stdout


def test_version_prints_the_package_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"nngui {nngui.__version__}\n"


def test_version_from_the_command_line():
    result = run_nngui("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"nngui {nngui.__version__}"


def test_an_unreadable_scenario_file_is_reported_with_exit_code_2(tmp_path, capsys):
    broken = tmp_path / "broken.nngui.json"
    broken.write_text('{"format": "nngui-scenario", "version": 1, "situations": "four"}', encoding="utf-8")
    assert main([str(broken)]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"nngui: cannot open {broken}: ")
    assert main([str(tmp_path / "missing.nngui.json")]) == 2
    assert "missing.nngui.json" in capsys.readouterr().err


def test_unknown_language_is_a_usage_error(capsys):
    assert main(["--lang", "xx"]) == 2
    assert "invalid choice: 'xx'" in capsys.readouterr().err


def test_exit_after_shown_opens_a_scenario_file_and_reports_the_start_up_time(tmp_path):
    scenario = tmp_path / "or.nngui.json"
    scenario.write_text((ROOT / "resources" / "presets" / "or.nngui.json").read_text(encoding="utf-8"),
                        encoding="utf-8")
    env = {"NNGUI_EXIT_AFTER_SHOWN": "1", "NNGUI_SETTINGS_DIR": str(tmp_path)}
    result = run_nngui(str(scenario), env=env)
    assert result.returncode == 0, result.stderr
    words = result.stdout.split()
    assert words[0] == "shown"
    assert 0 < float(words[1]) < 120


def test_the_app_starts_its_training_process_once_the_window_is_shown(qtbot):
    """app.main() shows the window, then starts the training process in the background, so that the
    first Train begins at once; closing the window ends it."""
    import multiprocessing

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from nngui.qt.main_window import MainWindow

    def training_processes() -> list[multiprocessing.Process]:
        return [p for p in multiprocessing.active_children() if p.name == "nngui-training"]

    assert training_processes() == []
    seen: list[tuple[int, bool]] = []

    def look_then_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.append((len(training_processes()), windows[0].trainer.is_running()))
        windows[0].close()

    QTimer.singleShot(3000, look_then_close)
    assert main([]) == 0
    assert seen == [(1, False)]  # started, and idle: nothing trains until the user asks
    assert training_processes() == []
