"""Nothing lost: unsaved work survives a killed nngui, and a killed save leaves the old file whole."""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.dialogs import answering

from nngui.model.recovery import PREFIX, SUFFIX, RecoveryStore
from nngui.model.scenario import Scenario, article_scenario
from nngui.qt.main_window import MainWindow

TIMEOUT_S = 60

# A real nngui window in its own process: it opens a file, makes two edits through the document
# (one autosave apart) and waits to be killed. It prints "saved 1" and "saved 2" as the recovery
# file catches up with each edit.
CRASHING_WINDOW = r'''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from nngui.qt.main_window import MainWindow

window = MainWindow()
window.show()
assert window.open_file(sys.argv[1], confirm=False)
window.document.set_input(0, 0, 1)
saved = 0

def watch():
    global saved
    if not window.recovery.file.exists():
        return
    recovered = window.recovery.read(window.recovery.file).scenario
    if saved == 0 and recovered.inputs[0][0] == 1:
        saved = 1
        print("saved 1", flush=True)
        window.document.set_riddle(2, 1)
    elif saved == 1 and recovered.riddle == [1, 0, 1]:
        saved = 2
        print("saved 2", flush=True)

timer = QTimer(interval=50)
timer.timeout.connect(watch)
timer.start()
app.exec()
'''

# A window training for a long time (paused if argv[1] says so); prints "training" once it is.
TRAINING_WINDOW = r'''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from nngui.qt.main_window import MainWindow

window = MainWindow()
window.show()
window.settings_bar.iterations_spin.setValue(100_000_000)
window.train_action.trigger()

def watch():
    if window.iteration > 0:
        timer.stop()
        if sys.argv[1] == "paused":
            window.pause_action.trigger()
        print("training", flush=True)

timer = QTimer(interval=20)
timer.timeout.connect(watch)
timer.start()
app.exec()
'''

# Saves two large scenarios in turn on the same path, for ever; prints "ready" after the first save.
# Each save announces its rename ("replacing") and then dawdles before it, so that a kill often
# lands between the write and the rename: the moment a non-atomic save would leave half a file.
SAVING_FOR_EVER = r'''
import os, sys, time
from nngui.model.scenario import Scenario

real_replace = os.replace

def slow_replace(source, target):
    print("replacing", flush=True)
    time.sleep(0.2)
    real_replace(source, target)

os.replace = slow_replace
path = sys.argv[1]
rows = [[(i >> b) & 1 for b in range(64)] for i in range(3000)]
first = Scenario(inputs=rows, outputs=[i % 2 for i in range(3000)], riddle=[0] * 64, name="first")
second = Scenario(inputs=rows[:2500], outputs=[1] * 2500, riddle=[1] * 64, name="second")
first.save(path)
print("ready", flush=True)
while True:
    second.save(path)
    first.save(path)
'''


def child_env(settings_folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", NNGUI_SETTINGS_DIR=str(settings_folder))
    return env


class ChildOutput:
    """What a child process prints, read without blocking for longer than a bounded wait."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process
        self.seen = b""

    def wait_for(self, expected: str, times: int = 1, timeout_s: float = TIMEOUT_S) -> None:
        """Wait until `expected` has been printed `times` times in all; fail with the output if not."""
        word = expected.encode()
        deadline = time.monotonic() + timeout_s
        stdout = self.process.stdout
        assert stdout is not None
        while self.seen.count(word) < times and time.monotonic() < deadline:
            ready, _, _ = select.select([stdout], [], [], 0.1)
            if ready:
                chunk = os.read(stdout.fileno(), 4096)
                if not chunk:  # the child ended
                    break
                self.seen += chunk
        if self.seen.count(word) >= times:
            return
        self.process.kill()
        _, errors = self.process.communicate(timeout=10)
        pytest.fail(f"the child did not print {expected!r} {times} times; it printed {self.seen[-500:]!r}; "
                    f"stderr: {errors.decode(errors='replace')[-2000:]}")


def kill(process: subprocess.Popen) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    process.stdout.close()
    process.stderr.close()


@pytest.fixture(scope="module")
def crashed_session(tmp_path_factory) -> tuple[Path, Path]:
    """A settings folder left behind by an nngui killed with unsaved work, and the file it edited."""
    folder = tmp_path_factory.mktemp("crashed-settings")
    scenario_file = tmp_path_factory.mktemp("work") / "mine.nngui.json"
    article_scenario().save(scenario_file)
    process = subprocess.Popen([sys.executable, "-c", CRASHING_WINDOW, str(scenario_file)],
                               env=child_env(folder), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        ChildOutput(process).wait_for("saved 2")
    finally:
        if process.poll() is None:
            kill(process)
    assert process.returncode == -signal.SIGKILL
    assert len(list(folder.glob(f"{PREFIX}*{SUFFIX}"))) == 1
    return folder, scenario_file


@pytest.fixture
def settings_folder(isolated_settings, crashed_session) -> Path:
    """This test's settings folder, holding a copy of the crashed session's recovery file."""
    for file in crashed_session[0].glob(f"{PREFIX}*{SUFFIX}"):
        shutil.copy2(file, isolated_settings / file.name)
    return isolated_settings


@pytest.fixture
def new_window(qtbot, add_window) -> Callable[[], MainWindow]:
    """Makes shown main windows that close without the unsaved-changes prompt after the test."""

    def new() -> MainWindow:
        window = add_window(MainWindow())
        window.show()
        qtbot.waitExposed(window)
        return window

    return new


def orphans(folder: Path) -> list[Path]:
    return RecoveryStore(folder).orphans()


def test_after_a_crash_the_unsaved_edits_are_restored(qtbot, new_window, settings_folder, crashed_session):
    _, scenario_file = crashed_session
    on_disk = scenario_file.read_text(encoding="utf-8")
    window = new_window()
    assert not window.isWindowModified()
    with answering("Restore") as asked:
        assert window.offer_recovery() is True
    assert asked.names == ["recoveryBox"] and "mine.nngui.json" in asked[0]
    scenario = window.document.scenario
    assert scenario.inputs[0] == [1, 0, 1] and scenario.riddle == [1, 0, 1]  # both edits are back
    assert window.document.path == scenario_file
    assert window.isWindowModified() and "mine.nngui.json" in window.windowTitle()
    assert window.riddle_model.data(window.riddle_model.index(0, 2)) == "1"
    assert scenario_file.read_text(encoding="utf-8") == on_disk  # restoring does not save
    assert orphans(settings_folder) == []
    assert window.recovery.file.exists()  # still unsaved, so still protected
    assert window.files.save()
    assert Scenario.load(scenario_file).riddle == [1, 0, 1]
    assert not window.isWindowModified()
    window.autosaver.autosave()
    assert not window.recovery.file.exists()


def test_discarding_the_recovered_work(qtbot, new_window, settings_folder):
    window = new_window()
    with answering("Discard") as asked:
        assert window.offer_recovery() is False
    assert asked.names == ["recoveryBox"]
    assert window.document.scenario.to_dict() == article_scenario().to_dict()
    assert not window.isWindowModified()
    assert orphans(settings_folder) == []
    second = new_window()
    with answering("Restore") as asked:
        assert second.offer_recovery() is False
    assert asked == []


def test_a_damaged_recovery_file_is_dropped_without_a_question(qtbot, new_window, isolated_settings):
    damaged = isolated_settings / f"{PREFIX}{_dead_pid()}{SUFFIX}"
    damaged.write_text('{"scenario": {"format": "nngui-scenario", "situ', encoding="utf-8")
    window = new_window()
    with answering("Restore") as asked:
        assert window.offer_recovery() is False
    assert asked == [] and not damaged.exists()
    assert not window.isWindowModified()


def test_the_work_of_a_running_nngui_is_not_offered(qtbot, new_window, settings_folder):
    (orphan,) = orphans(settings_folder)
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        alive = settings_folder / f"{PREFIX}{running.pid}{SUFFIX}"
        orphan.rename(alive)
        window = new_window()
        with answering("Restore") as asked:
            assert window.offer_recovery() is False
        assert asked == [] and alive.exists()
    finally:
        running.kill()
        running.wait(timeout=10)


def test_autosave_follows_the_edits_and_stops_when_saved(qtbot, new_window, isolated_settings, tmp_path):
    window = new_window()
    window.autosaver.autosave()
    assert not window.recovery.file.exists()  # nothing to protect yet
    window.document.set_input(0, 0, 1)
    window.autosaver.autosave()
    assert window.recovery.read(window.recovery.file).scenario.inputs[0][0] == 1
    window.document.set_input(0, 1, 1)
    qtbot.waitUntil(lambda: window.recovery.read(window.recovery.file).scenario.inputs[0][1] == 1,
                    timeout=15_000)  # the autosave timer, every few seconds
    assert window.save_to(tmp_path / "saved.nngui.json")
    window.autosaver.autosave()
    assert not window.recovery.file.exists()
    window.document.set_input(0, 2, 0)
    window.autosaver.autosave()
    assert window.recovery.file.exists()
    with answering("Discard") as asked:
        assert window.close()
    assert asked.names == ["unsavedChangesBox"]
    assert not window.recovery.file.exists()  # a normal close forgets it


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait(timeout=30)
    return process.pid


def children_of(pid: int) -> list[int]:
    """The processes whose parent is `pid` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def ended(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")  # a zombie has ended; only its exit status is left


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc")
@pytest.mark.parametrize("state", ["running", "paused"])
def test_a_killed_window_takes_its_training_with_it(isolated_settings, state: str) -> None:
    env = child_env(isolated_settings)
    window = subprocess.Popen([sys.executable, "-c", TRAINING_WINDOW, state], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        ChildOutput(window).wait_for("training")
        helpers = children_of(window.pid)
    finally:
        kill(window)
    assert helpers  # the training process
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not all(ended(pid) for pid in helpers):
        time.sleep(0.05)
    assert all(ended(pid) for pid in helpers), f"still running after the window was killed: {helpers}"


def test_a_save_killed_midway_leaves_a_whole_file(tmp_path):
    path = tmp_path / "big.nngui.json"
    rng = random.Random(11)
    for _ in range(5):
        process = subprocess.Popen([sys.executable, "-c", SAVING_FOR_EVER, str(path)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        output = ChildOutput(process)
        try:
            output.wait_for("ready")
            output.wait_for("replacing", times=1 + rng.randint(1, 2))  # a later save is renaming
            time.sleep(rng.uniform(0.0, 0.3))
        finally:
            kill(process)
        text = path.read_text(encoding="utf-8")
        scenario = Scenario.from_json(text, where=path.name)  # whole and valid
        assert scenario.name in ("first", "second")
        assert text == scenario.to_json()  # exactly what save() writes: no partial file
    leftovers = [p.name for p in tmp_path.iterdir() if p != path]
    assert leftovers  # some kills came before the rename and left their temporary file
    assert all(name.startswith(".big.nngui.json.") and name.endswith(".tmp") for name in leftovers)
