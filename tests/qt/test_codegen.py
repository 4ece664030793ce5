"""The scenario as a NumPy script: it runs on its own and prints the app's answer; the dialog shows it."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import subprocess
import sys
import tokenize
from pathlib import Path

import numpy as np
import pytest
from helpers.article import RIDDLE_ANSWER
from helpers.dialogs import choosing_files
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPlainTextEdit

from nngui.model.codegen import ScriptTexts, python_script
from nngui.model.scenario import Scenario, article_scenario, load_preset, preset_names
from nngui.qt import i18n
from nngui.qt.code_dialog import CodeDialog, PythonHighlighter

ANSWER = re.compile(r"^answer = (\S+)$")


def app_answer(scenario: Scenario) -> float:
    """The riddle's answer exactly as the app computes it."""
    net = scenario.network()
    net.train(scenario.X(), scenario.y(), scenario.iterations, scenario.learning_rate)
    return float(net.predict(scenario.riddle)[0])


def run_script(script: str | Path) -> tuple[float, str]:
    """Run the script (or the file) in a fresh Python with warnings as errors; its answer and its output."""
    source = ["-"] if isinstance(script, str) else [str(script)]
    done = subprocess.run(
        [sys.executable, "-W", "error", *source], input=script if isinstance(script, str) else None,
        capture_output=True, encoding="utf-8", timeout=300, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    last = done.stdout.strip().splitlines()[-1]
    match = ANSWER.match(last)
    assert match, f"the last line is not 'answer = ...': {last!r}"
    return float(match.group(1)), done.stdout


def rounding_sensitive(scenario: Scenario) -> bool:
    """True when the app's own answer moves by over 1e-7 if its numbers move by one part in 1e15.

    Such training is chaotic: two correct programs that round differently disagree, whatever
    they do. (nngui's fast loop for one layer rounds differently from the plain loop in the script.)
    """
    base = app_answer(scenario)
    for weight_factor, rate_factor in ((1 + 1e-15, 1), (1 - 1e-15, 1), (1, 1 + 1e-15), (1, 1 - 1e-15)):
        net = scenario.network()
        net.weights[0] *= weight_factor
        net.train(scenario.X(), scenario.y(), scenario.iterations, scenario.learning_rate * rate_factor)
        if abs(float(net.predict(scenario.riddle)[0]) - base) > 1e-7:
            return True
    return False


# -- the script gives the app's answer --------------------------------------------

@pytest.mark.parametrize("name", preset_names())
def test_every_preset_prints_the_apps_answer(name):
    scenario = load_preset(name)
    answer, output = run_script(python_script(scenario))
    assert answer == pytest.approx(app_answer(scenario), abs=1e-6)
    riddle = ", ".join(str(int(v)) for v in scenario.riddle)
    assert f"Riddle [{riddle}] -> {round(answer, 5)}" in output


def test_the_articles_script_gives_the_articles_numbers():
    answer, output = run_script(python_script(article_scenario()))
    assert answer == pytest.approx(RIDDLE_ANSWER, abs=1e-8)
    assert "Riddle [1, 0, 0] -> 0.99994" in output
    weights = [float(w) for w in re.search(r"\[(.*)\]", output).group(1).split()]
    assert weights == pytest.approx([9.673, -0.208, -4.630], abs=1e-3)


TRICKY = [
    # no training at all: the answer of the random starting weights
    Scenario(inputs=[[0, 1], [1, 1]], outputs=[1, 0], riddle=[1, 0], iterations=0, seed=7),
    Scenario(inputs=[[0, 1], [1, 1]], outputs=[1, 0], riddle=[1, 0], hidden_layers=[3], iterations=0),
    # fractional inputs and outputs, a learning rate of 0, a seed of 0
    Scenario(inputs=[[0.25, 0.1], [0.3, 1e-05]], outputs=[0.7, 0.125], riddle=[0.5, 0.33],
             learning_rate=0.0, iterations=5, seed=0),
    Scenario(inputs=[[0.25, 0.1], [0.3, 0.9]], outputs=[0.7, 0.125], riddle=[0.5, 0.33], iterations=300),
    # biases, with and without hidden layers
    Scenario(inputs=[[0, 0], [0, 1], [1, 0], [1, 1]], outputs=[0, 1, 1, 0], riddle=[1, 1], bias=True),
    Scenario(inputs=[[0, 0], [0, 1], [1, 0], [1, 1]], outputs=[0, 1, 1, 0], riddle=[1, 1],
             hidden_layers=[3, 2], bias=True, iterations=3000, learning_rate=2.5, seed=4_294_967_295),
    # given starting weights, one layer and several
    Scenario(inputs=[[0, 1], [1, 1]], outputs=[1, 0], riddle=[1, 0], iterations=40,
             hidden_layers=[2], initial_weights=[[[0.1, -0.2], [0.3, 1e-300]], [[2.5], [-1.0]]]),
    Scenario(inputs=[[0, 1], [1, 1]], outputs=[1, 0], riddle=[1, 0], iterations=40,
             initial_weights=[[[1e300], [-1e300]]]),
    # huge weights send back an error over ±1000, which nngui caps (and so must the script)
    Scenario(inputs=[[0, 1], [1, 1], [1, 0]], outputs=[1, 0, 1], riddle=[1, 0], hidden_layers=[2],
             iterations=3, learning_rate=1e-4, initial_weights=[[[0.3, 0.3], [0.2, 0.2]], [[1e4], [-1e4]]]),
    # a saturated neuron: huge weighted sums must not overflow or warn
    Scenario(inputs=[[1, 1], [1, 0]], outputs=[1, 0], riddle=[1, 1], iterations=200, learning_rate=1e6),
]


@pytest.mark.parametrize("scenario", TRICKY, ids=range(len(TRICKY)))
def test_tricky_scenarios_print_the_apps_answer(scenario):
    answer, _ = run_script(python_script(scenario))
    assert answer == pytest.approx(app_answer(scenario), abs=1e-6)


unit = st.one_of(st.sampled_from([0.0, 1.0]), st.floats(0, 1))


@st.composite
def scenarios(draw) -> Scenario:
    k = draw(st.integers(1, 6))
    n = draw(st.integers(1, 8))
    hidden = draw(st.lists(st.integers(1, 5), max_size=2))
    bias = draw(st.booleans())
    binary = draw(st.booleans())
    cell = st.sampled_from([0.0, 1.0]) if binary else unit
    initial = None
    if not bias and draw(st.booleans()):
        sizes = [k, *hidden, 1]
        initial = [draw(st.lists(st.lists(st.floats(-5, 5), min_size=b, max_size=b), min_size=a, max_size=a))
                   for a, b in zip(sizes, sizes[1:])]
    return Scenario(
        inputs=draw(st.lists(st.lists(cell, min_size=k, max_size=k), min_size=n, max_size=n)),
        outputs=draw(st.lists(cell, min_size=n, max_size=n)),
        riddle=draw(st.lists(cell, min_size=k, max_size=k)),
        hidden_layers=hidden,
        learning_rate=draw(st.floats(0.01, 10)),
        iterations=draw(st.integers(0, 2000)),
        seed=draw(st.integers(0, 2**32 - 1)),
        bias=bias,
        initial_weights=initial,
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_random_scenarios_print_the_apps_answer(scenario):
    answer, _ = run_script(python_script(scenario))
    expected = app_answer(scenario)
    if abs(answer - expected) > 1e-6:
        # Allowed only where the app cannot reproduce its own answer to 1e-7 after a 1e-15 nudge.
        assert rounding_sensitive(scenario), (answer, expected)
    assert 0.0 <= answer <= 1.0


# -- the script reads like the article ---------------------------------------------

def test_the_articles_script_is_short_and_uses_the_articles_words():
    script = python_script(article_scenario())
    compile(script, "article.py", "exec")
    assert len(script.splitlines()) <= 45
    for word in ("situations", "training_inputs", "training_outputs", "weights", "sigmoid", "error",
                 "delta", "adjustment", "riddle", "np.random.seed(1)", "range(10000)", "learning_rate = 1.0"):
        assert word in script, word
    assert "delta = error * (output * (1 - output))" in script
    assert "adjustment = learning_rate * np.dot(training_inputs.T, delta)" in script
    assert "1 / (1 + e^-x)" in script
    for step in ("1. Weigh", "2. The error", "3. Calibrate", "4. Repeat"):
        assert step in script, step
    assert max(len(line) for line in script.splitlines()) <= 90


def test_hidden_layers_are_written_out_layer_by_layer():
    script = python_script(load_preset("two-layer"))
    for line in ("weights_1 = 2 * np.random.random((3, 4)) - 1",
                 "weights_2 = 2 * np.random.random((4, 1)) - 1",
                 "layer_2 = sigmoid(np.dot(layer_1, weights_2))",
                 "delta_2 = error_2 * (layer_2 * (1 - layer_2))",
                 "error_1 = np.clip(np.dot(delta_2, weights_2.T), -1000, 1000)",
                 "range(60000)"):
        assert line in script, line


def test_names_and_descriptions_cannot_break_the_script():
    scenario = Scenario(inputs=[[1]], outputs=[1], riddle=[1], iterations=3,
                        name='"""\x00 quote \\ \n" \u2028 second 😀 line',
                        description="line one\r\nline two\x1b[31m # not code\n" + "long " * 100)
    script = python_script(scenario)
    compile(script, "weird.py", "exec")
    assert "\x00" not in script and "\r" not in script and "\u2028" not in script
    answer, _ = run_script(script)
    assert answer == pytest.approx(app_answer(scenario), abs=1e-12)


def test_a_large_scenario_is_written_one_situation_per_line():
    rng = np.random.default_rng(5)
    X = rng.integers(0, 2, (1000, 64))
    scenario = Scenario(inputs=X.tolist(), outputs=X[:, 3].tolist(), riddle=[1] * 64,
                        hidden_layers=[5], iterations=20, learning_rate=0.05)
    script = python_script(scenario)
    lines = script.splitlines()
    assert len(lines) < 1150
    assert sum(1 for line in lines if line.startswith("    [")) == 1000
    assert max(len(line) for line in lines) < 64 * 3 + 10
    answer, _ = run_script(script)
    assert answer == pytest.approx(app_answer(scenario), abs=1e-6)


# -- the dialog ----------------------------------------------------------------------

@pytest.fixture
def dialog(qtbot):
    d = CodeDialog(article_scenario())
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_the_dialog_shows_the_script_read_only_in_monospace(dialog):
    script = python_script(article_scenario())
    assert dialog.objectName() == "codeDialog"
    assert dialog.script() == script
    view = dialog.findChild(QPlainTextEdit, "codeView")
    assert view.toPlainText() == script
    assert view.isReadOnly()
    assert view.font().fixedPitch() or view.fontInfo().fixedPitch()
    assert dialog.windowTitle()
    assert dialog.width() >= 700 and dialog.height() >= 550


def test_copy_puts_the_script_on_the_clipboard(dialog, qtbot):
    QGuiApplication.clipboard().setText("something else")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.script()
    assert "Copied" in _status(dialog)


def _status(dialog) -> str:
    return dialog.findChild(QLabel, "codeStatus").text()


def test_save_to_writes_the_script(dialog, tmp_path):
    path = tmp_path / "article.py"
    dialog.save_to(path)
    assert path.read_text(encoding="utf-8") == dialog.script()
    assert "article.py" in _status(dialog)
    dialog.save_to(str(path))  # overwriting works too
    assert path.read_text(encoding="utf-8") == dialog.script()
    assert [p.name for p in tmp_path.iterdir()] == ["article.py"]  # no temporary file left


def test_save_button_asks_for_a_file_and_adds_py(dialog, qtbot, tmp_path):
    with choosing_files(tmp_path / "my_script") as chosen:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert list(chosen) == ["Save the script"] and chosen.suggested == ["the_article_s_task.py"]
    assert (tmp_path / "my_script.py").read_text(encoding="utf-8") == dialog.script()


def test_a_failed_save_is_explained_and_leaves_nothing(dialog, tmp_path):
    seen = []

    def close_the_message():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()

    QTimer.singleShot(0, close_the_message)
    target = tmp_path / "no such folder" / "x.py"
    dialog.save_to(target)
    assert seen and "x.py" in seen[0]
    assert not target.exists()


def test_highlighting_follows_the_palette(dialog):
    def colour_of(text: str) -> QColor:
        doc = dialog.view.document()
        block = doc.begin()
        while block.isValid():
            at = block.text().find(text)
            if at >= 0:
                for r in block.layout().formats():
                    if r.start <= at < r.start + r.length:
                        return r.format.foreground().color()
                return QColor()
            block = block.next()
        raise AssertionError(text)

    light = {w: colour_of(w).name() for w in ("# The situations", "import", "10000", '"answer ="')}
    assert len(set(light.values())) == 4  # comment, keyword, number and string differ
    dark = QPalette(dialog.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    dialog.setPalette(dark)
    for word, colour in light.items():
        new = colour_of(word)
        assert new.name() != colour
        assert new.lightnessF() > 0.5  # light text on the dark background


def test_a_hash_inside_a_string_does_not_start_a_comment(qtbot):
    doc = QTextDocument('print("a # b", 3)  # c')
    highlighter = PythonHighlighter(doc)
    ranges = sorted((r.start, r.length) for r in doc.begin().layout().formats())
    assert (6, 7) in ranges     # the string "a # b"
    assert (15, 1) in ranges    # the number 3
    assert (19, 3) in ranges    # the comment
    assert highlighter.document() is doc


def test_codegen_imports_no_qt():
    code = "import sys, nngui.model.codegen; print('PySide6' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr


def test_texts_of_any_kind_cannot_break_the_script():
    odd = 'a "quote", a \\ backslash,\nа new line\r\x00 and 😀 '
    texts = ScriptTexts(**{f.name: odd + f.default for f in dataclasses.fields(ScriptTexts)})
    script = python_script(load_preset("worked-example"), texts)
    compile(script, "odd.py", "exec")
    answer, output = run_script(script)
    assert answer == pytest.approx(app_answer(load_preset("worked-example")), abs=1e-12)
    assert 'a "quote", a \\ backslash, а new line and 😀 Riddle [1, 0, 0] ->' in output
    assert max(len(line) for line in script.splitlines() if "#" in line) <= 90  # comments wrap


# -- the script in the interface's language ----------------------------------------------

@pytest.fixture
def language(qapp):
    """Switch the interface's language in a test; English and the locale are back afterwards."""
    locale = QLocale()

    def switch(code: str) -> None:
        i18n.set_language(qapp, code)
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # what the event loop would do

    yield switch
    switch("en")
    QLocale.setDefault(locale)


# Between them, every comment the script can have: one neuron or layers, seeded or given weights,
# biases, one iteration or many, a preset's name or none.
EVERY_COMMENT = [
    article_scenario(),
    load_preset("worked-example"),
    Scenario(inputs=[[0, 0], [0, 1], [1, 0], [1, 1]], outputs=[0, 1, 1, 0], riddle=[1, 1],
             hidden_layers=[3, 2], bias=True, iterations=500, learning_rate=2.5),
]
LATIN_IN_RUSSIAN = {"NumPy", "nngui", "XOR", "e^-x", "x"}  # names and the sigmoid's formula


def comments_and_code(script: str) -> tuple[list[str], list[tuple[int, str]]]:
    """The script's comments, and its other tokens (kind and text) as Python reads them."""
    tokens = list(tokenize.generate_tokens(io.StringIO(script).readline))
    comments = [t.string for t in tokens if t.type == tokenize.COMMENT]
    code = [(t.type, t.string) for t in tokens if t.type not in (tokenize.COMMENT, tokenize.NL)]
    return comments, code


def dialog_script(qtbot, scenario: Scenario) -> CodeDialog:
    dialog = CodeDialog(scenario)
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialogs_english_texts_are_codegens_own(qtbot):
    dialog = dialog_script(qtbot, article_scenario())
    assert dialog.script_texts() == ScriptTexts()


def test_every_text_of_the_script_has_its_russian(qtbot, language):
    language("ru")
    russian = dialog_script(qtbot, article_scenario()).script_texts()
    for field in dataclasses.fields(ScriptTexts):
        text = getattr(russian, field.name)
        assert text != field.default and re.search("[а-яё]", text, re.IGNORECASE), field.name
        assert re.findall(r"\{\d\}", text) == re.findall(r"\{\d\}", field.default), field.name


@pytest.mark.parametrize("scenario", EVERY_COMMENT, ids=["article", "worked-example", "layers"])
def test_a_russian_script_has_russian_comments_and_the_same_code(qtbot, language, scenario):
    english = python_script(scenario)
    language("ru")
    russian = dialog_script(qtbot, scenario).script()
    english_comments, english_code = comments_and_code(english)
    russian_comments, russian_code = comments_and_code(russian)
    assert not set(english_comments) & set(russian_comments)
    latin = {word for comment in russian_comments for word in re.findall(r"[A-Za-z][\w^-]*", comment)}
    assert latin <= LATIN_IN_RUSSIAN, latin
    assert max(len(line) for line in russian.splitlines()) <= 90
    # The code is the same, word for word; only the printed labels are Russian.
    assert len(russian_code) == len(english_code)
    labels = [(e, r) for e, r in zip(english_code, russian_code) if e != r]
    assert labels and all(e[0] == r[0] == tokenize.STRING for e, r in labels), labels
    assert [r[1] for _, r in labels][-1].startswith('"Загадка [')


@pytest.mark.parametrize("name", ["article", "two-layer"])
def test_a_saved_russian_script_is_utf8_and_prints_the_same_results(qtbot, language, tmp_path, name):
    scenario = load_preset(name)
    _, english_output = run_script(python_script(scenario))
    language("ru")
    dialog = dialog_script(qtbot, scenario)
    path = tmp_path / "скрипт.py"
    dialog.save_to(path)
    source = path.read_bytes()
    assert source.decode("utf-8") == dialog.script()
    assert "Загадка".encode() in source
    compile(source, str(path), "exec")  # Python reads its source as UTF-8
    answer, output = run_script(path)
    assert answer == pytest.approx(app_answer(scenario), abs=1e-6)
    english_output = english_output.replace("Weights after training:", "Веса после обучения:")
    assert output == english_output.replace("Riddle [", "Загадка [")
    if name == "article":
        assert "Загадка [1, 0, 0] -> 0.99994" in output
        assert "Веса после обучения: [" in output


def test_an_open_dialog_rewrites_its_script_when_the_language_changes(dialog, language):
    english = python_script(article_scenario())
    dialog.view.verticalScrollBar().setValue(5)
    language("ru")
    russian = dialog.script()
    assert russian != english
    assert dialog.view.toPlainText() == russian
    assert "# Ситуации: входные данные каждой" in russian
    assert "# Задача из статьи: один нейрон с сигмоидой" in russian  # the preset's name in Russian
    # Its comments are still drawn as comments.
    block = dialog.view.document().findBlock(russian.index("# Ситуации"))
    ranges = block.layout().formats()
    assert [(r.start, r.length) for r in ranges if r.format.fontItalic()] == [(0, len(block.text()))]
    language("en")
    assert dialog.script() == dialog.view.toPlainText() == english
