"""Start-up time of the frozen nngui next to a bare PySide6 + pyqtgraph window frozen the same way.

Build the bundle first (packaging/build.sh), then: .venv/bin/python benchmarks/startup.py
The baseline is frozen from a tiny script with packaging/nngui.spec into a temporary folder. Each run
is timed from Popen to the "shown" line the app prints at its window's first paint
(NNGUI_EXIT_AFTER_SHOWN=1); runs alternate between the programs; medians and their ratio are printed.
Headless it uses QT_QPA_PLATFORM=offscreen; under `xvfb-run -a` (DISPLAY set) a real X11 window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_RATIO = 1.3
BUNDLE_PYTHON = ROOT / "build" / "bundle-venv" / "bin" / "python"  # what packaging/build.sh freezes with

BASELINE_SCRIPT = '''"""A bare PySide6 + pyqtgraph window that reports its first paint like nngui does."""
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
import pyqtgraph


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is window:
            QApplication.instance().removeEventFilter(self)
            print("shown", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
plot = pyqtgraph.PlotWidget()
plot.plot([0, 1, 2, 3], [0.5, 0.3, 0.2, 0.1])
window.setCentralWidget(plot)
window.resize(1000, 700)
if os.environ.get("NNGUI_EXIT_AFTER_SHOWN") == "1":
    app.installEventFilter(FirstPaint(window))
window.show()
sys.exit(app.exec())
'''


def build_baseline(folder: Path, python: Path) -> Path:
    """Freeze BASELINE_SCRIPT with packaging/nngui.spec and `python`'s packages; returns its launcher."""
    script = folder / "baseline.py"
    script.write_text(BASELINE_SCRIPT, encoding="utf-8")
    env = {**os.environ, "NNGUI_BUNDLE_ENTRY": str(script), "NNGUI_BUNDLE_NAME": "baseline",
           "NNGUI_ONEFILE": "0"}
    subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(folder / "dist"), "--workpath", str(folder / "build"),
                    str(ROOT / "packaging" / "nngui.spec")], cwd=ROOT, env=env, check=True)
    return folder / "dist" / "baseline" / "baseline"


def time_to_shown(command: list[str], env: dict[str, str], timeout: float = 60) -> float:
    """Seconds from starting the process to its "shown" line; the process must then exit 0."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=env)
    watchdog = threading.Timer(timeout, process.kill)  # a window that never paints must not hang us
    watchdog.start()
    try:
        for line in process.stdout:
            if line.startswith("shown"):
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"{command[0]} exited without showing its window")
        if process.wait(timeout) != 0:
            raise RuntimeError(f"{command[0]} exited with {process.returncode}")
        return elapsed
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "nngui" / "nngui",
                        help="the frozen nngui launcher (default: dist/nngui/nngui)")
    parser.add_argument("--onefile", type=Path, default=ROOT / "dist" / "onefile" / "nngui",
                        help="also time this one-file build if it exists")
    parser.add_argument("--baseline", type=Path, help="an already built baseline launcher")
    parser.add_argument("--python", type=Path,
                        default=BUNDLE_PYTHON if BUNDLE_PYTHON.exists() else Path(sys.executable),
                        help="the Python whose packages freeze the baseline (default: build.sh's)")
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args(argv)
    if not args.bundle.is_file():
        parser.error(f"{args.bundle} does not exist: run packaging/build.sh first")

    with tempfile.TemporaryDirectory(prefix="nngui-startup-") as temp:
        baseline = args.baseline or build_baseline(Path(temp), args.python)
        env = {**os.environ, "NNGUI_EXIT_AFTER_SHOWN": "1", "NNGUI_SETTINGS_DIR": temp}
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        programs = {"baseline (PySide6 + pyqtgraph)": [str(baseline)], "nngui one-folder": [str(args.bundle)]}
        if args.onefile.is_file():
            programs["nngui one-file"] = [str(args.onefile)]
        for command in programs.values():  # warm the disk cache; not counted
            time_to_shown(command, env)
        times: dict[str, list[float]] = {name: [] for name in programs}
        for _ in range(args.repeats):
            for name, command in programs.items():
                times[name].append(time_to_shown(command, env))

    platform = env.get("QT_QPA_PLATFORM") or "xcb (DISPLAY " + env.get("DISPLAY", "?") + ")"
    print(f"time to first paint, {args.repeats} interleaved runs each, platform {platform}:")
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(f"  {name:32} median {medians[name]:.3f} s   min {min(values):.3f} s   max {max(values):.3f} s")
    base = medians["baseline (PySide6 + pyqtgraph)"]
    ratio = medians["nngui one-folder"] / base
    print(f"  ratio nngui one-folder / baseline: {ratio:.2f} (goal ≤ {GOAL_RATIO})")
    if "nngui one-file" in medians:
        print(f"  ratio nngui one-file / baseline: {medians['nngui one-file'] / base:.2f} "
              "(one-file unpacks itself to a temporary folder at every start)")
    return 0 if ratio <= GOAL_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
