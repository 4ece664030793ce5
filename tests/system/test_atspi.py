"""What a screen reader reads (issue 15): the window through AT-SPI, Linux's accessibility bus (Orca's).

Under its own Xvfb and D-Bus session, the app runs with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 and a
reader in Debian's own Python (pyatspi lives there, not in the venv) walks the tree as a screen
reader does: no button, table, spin box, check box, slider, text field or combo box in the window
and its docks without a name; Train pressed through the accessible Action interface; the trained
answer read back from the tree. Needs xvfb, dbus, at-spi2-core and python3-pyatspi
(packaging/test.sh installs them); skipped, saying which is missing, only where they are not.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def _missing() -> str:
    """What is missing for this test, or ""."""
    for tool, package in (("Xvfb", "xvfb"), ("dbus-run-session", "dbus")):
        if not shutil.which(tool):
            return f"needs {tool} (apt-get install {package})"
    if not os.path.exists(BUS_LAUNCHER):
        return f"needs {BUS_LAUNCHER} (apt-get install at-spi2-core)"
    if not os.path.exists(SYSTEM_PYTHON) or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=60).returncode != 0:
        return f"needs pyatspi in {SYSTEM_PYTHON} (apt-get install python3-pyatspi)"
    return ""


MISSING = _missing()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(bool(MISSING), reason=MISSING)]

APP = textwrap.dedent('''
    import os, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer

    def main():
        from nngui.qt.app import create_application
        app = create_application(os.environ["NNGUI_LANG"])  # named "nngui" on the bus, like the real thing
        from nngui.qt.main_window import MainWindow
        window = MainWindow()
        window.show()
        done = Path(os.environ["NNGUI_READER_DONE"])

        def check():
            if done.exists():
                window.session.shutdown()
                window.document.set_scenario(window.document.scenario)  # nothing to save
                window.close()
                app.quit()

        timer = QTimer(interval=200, timeout=check)
        timer.start()
        QTimer.singleShot(150_000, app.quit)  # never outlive the test
        app.exec()

    if __name__ == "__main__":
        main()
''')

READER = textwrap.dedent('''
    """A screen reader's walk of nngui's window: prints one JSON object with what it found."""
    import json, os, re, sys, time
    import pyatspi

    WORDS = json.loads(os.environ["NNGUI_READER_WORDS"])  # the language's words the reader looks for
    ANSWER = re.compile(r"[01][.,]\\d{5}")  # the answer card's number: 0.53003 (0,53003 in Russian)
    DONE = re.compile(r"\\S+ 10\\D?000")  # "Iteration 10,000", "Итерация 10 000" ("Train 10,000 more")

    NAMED = {"push button", "toggle button", "table", "spin button", "check box", "slider", "text",
             "entry", "password text", "combo box", "radio button", "page tab"}

    def find_app():
        desktop = pyatspi.Registry.getDesktop(0)
        for _ in range(240):
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is not None and app.name == "nngui":
                    frames = [app.getChildAtIndex(k) for k in range(app.childCount)]
                    if any(f is not None and f.childCount for f in frames):
                        return app
            time.sleep(0.25)
        raise SystemExit("nngui never appeared on the accessibility bus")

    def walk(node, path, out):
        try:
            role, name = node.getRoleName(), node.name or ""
            showing = node.getState().contains(pyatspi.STATE_SHOWING)
            description = node.description or ""
        except Exception:  # an object that went away while we walked
            return
        out.append({"role": role, "name": name, "showing": showing, "description": description,
                    "path": path, "node": node})
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                walk(child, path + [name or role], out)

    def tree(app):
        out = []
        walk(app, [], out)
        return out

    def press(node):
        action = node.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        index = next((i for i, n in enumerate(names) if n.lower() in ("press", "click", "activate")), 0)
        return action.doAction(index), names

    app = find_app()
    nodes = tree(app)
    result = {"objects": len(nodes),
              "roles": sorted({n["role"] for n in nodes}),
              "unnamed": [f"{n['role']} in {' / '.join(n['path'][-3:])}" for n in nodes
                          if n["role"] in NAMED and not n["name"].strip()],
              "docks": sorted(n["name"] for n in nodes
                              if n["role"] == "panel" and n["name"] in WORDS["docks"])}

    def buttons(nodes, start):
        return [n for n in nodes
                if n["role"] == "push button" and n["showing"] and n["name"].startswith(start)]

    def answer(nodes):
        return next((n["name"] for n in nodes if n["role"] == "label" and ANSWER.fullmatch(n["name"])), None)

    diagram = [n for n in nodes if n["name"] == WORDS["diagram"]]
    result["diagram"] = diagram[0]["description"] if diagram else None
    train = [n for n in buttons(nodes, WORDS["train"]) if n["name"] == WORDS["train"]]
    result["train_buttons"] = [n["name"] for n in train]
    result["answer_before"] = answer(nodes)
    if train:
        result["pressed"], result["actions"] = press(train[0]["node"])
    deadline = time.time() + 90
    while time.time() < deadline:
        if any(n["role"] == "label" and DONE.fullmatch(n["name"]) for n in tree(app)):
            break
        time.sleep(0.5)
    time.sleep(0.5)
    nodes = tree(app)
    labels = [n["name"] for n in nodes if n["role"] == "label"]
    result["iteration"] = next((name for name in labels if DONE.fullmatch(name)), None)
    result["answer_after"] = answer(nodes)
    verdicts = [name for name in labels if re.fullmatch(r"\\d+ of \\d+ situations right", name)]
    result["verdict"] = verdicts[0] if verdicts else None
    result["train_after"] = [n["name"] for n in buttons(nodes, WORDS["train"]) if DONE.search(n["name"])]
    print(json.dumps(result))
''')


WORDS = {
    "en": {"train": "Train", "diagram": "Network diagram",
           "docks": ["Explain", "Input Space", "Truth Table"]},
    "ru": {"train": "Обучить", "diagram": "Схема сети",
           "docks": ["Объяснение", "Пространство входов", "Таблица истинности"]},
}


def read_the_window(tmp_path: Path, language: str) -> dict:
    """Run the app in `language` and the reader beside it; what the reader found."""
    display = f":{70 + os.getpid() % 19}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    (tmp_path / "app.py").write_text(APP, encoding="utf-8")
    (tmp_path / "reader.py").write_text(READER, encoding="utf-8")
    done = tmp_path / "reader-done"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "NNGUI_SETTINGS_DIR": str(tmp_path),
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "NNGUI_READER_DONE": str(done), "NO_AT_BRIDGE": "0",
           "NNGUI_LANG": language, "NNGUI_READER_WORDS": json.dumps(WORDS[language])}
    session = (f'{BUS_LAUNCHER} --launch-immediately & sleep 1; '
               f'"{sys.executable}" "{tmp_path / "app.py"}" & app=$!; '
               f'{SYSTEM_PYTHON} "{tmp_path / "reader.py"}" > "{tmp_path / "reader.json"}"; status=$?; '
               f'touch "{done}"; wait $app; exit $status')
    try:
        time.sleep(1)
        run = subprocess.run(["dbus-run-session", "--", "bash", "-c", session], env=env, capture_output=True,
                             text=True, timeout=240, cwd=tmp_path)
    finally:
        server.terminate()
        server.wait(10)
    report = tmp_path / "reader.json"
    output = report.read_text(encoding="utf-8") if report.exists() else ""
    assert run.returncode == 0 and output, run.stdout + run.stderr + output
    return json.loads(output)


def test_a_screen_reader_names_everything_presses_train_and_reads_the_answer(tmp_path: Path) -> None:
    found = read_the_window(tmp_path, "en")
    assert found["objects"] > 200 and {"push button", "table", "spin button", "check box", "slider",
                                       "text", "combo box"} <= set(found["roles"]), found
    assert sorted(found["docks"]) == ["Explain", "Input Space", "Truth Table"]  # the docks are walked too
    assert found["unnamed"] == [], found["unnamed"]
    assert found["diagram"].startswith("Layers: 3 inputs; the output. Weight from input 1 to the output: ")
    assert found["train_buttons"] == ["Train"] and found["pressed"], found
    assert 0 < float(found["answer_before"]) < 0.9  # untrained: not sure yet
    assert found["iteration"] == "Iteration 10,000", found
    assert float(found["answer_after"]) > 0.999, found  # trained: the riddle 1 0 0 gives 1
    assert found["verdict"] == "4 of 4 situations right"
    assert found["train_after"] == ["Train 10,000 more"]


def test_in_russian_too(tmp_path: Path) -> None:
    found = read_the_window(tmp_path, "ru")
    assert found["unnamed"] == [], found["unnamed"]
    assert sorted(found["docks"]) == sorted(WORDS["ru"]["docks"])
    assert found["train_buttons"] == ["Обучить"] and found["pressed"], found
    assert found["iteration"] == "Итерация 10\u00a0000", found
    assert float(found["answer_after"].replace(",", ".")) > 0.999, found
    assert found["train_after"] == ["Обучить ещё 10\u00a0000 итераций"], found
