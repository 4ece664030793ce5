"""English and Russian: every text a learner sees is translated, switching is live, .qm matches .ts."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QWidget,
)

import nngui
from nngui.model.scenario import Scenario, ScenarioError, load_preset, preset_names, situations_from_csv
from nngui.qt import i18n
from nngui.qt.main_window import MainWindow, settings
from nngui.qt.messages import scenario_text, translate_error
from nngui.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent

#: Latin words a Russian screen may show: names, file types, logic gates, keys, JSON's own words.
ALLOWED_LATIN = {
    "nngui", "NumPy", "Python", "Qt", "PySide", "pyqtgraph", "CSV", "PNG", "SVG", "JSON", "UTF", "MB",
    "XOR", "XNOR", "AND", "OR", "NAND", "NOT", "English", "Ctrl", "Shift", "Alt", "Del", "Ins", "Enter",
    "Esc", "Tab", "Home", "End", "Page", "Up", "Down",  # keys, as their caps say
    "csv", "png", "svg", "py", "json", "lesson", "null", "true", "false", "NaN",  # (*.nngui-lesson.json)
    "format", "inputs", "output", "riddle", "situations",  # names of fields in a scenario file
}
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


@pytest.fixture
def language(qapp):
    """Switch languages freely in a test; English and the locale are back afterwards."""
    locale = QLocale()
    yield lambda code: switch(qapp, code)
    i18n.set_language(qapp, "en")
    QLocale.setDefault(locale)
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def switch(app: QApplication, code: str) -> None:
    i18n.set_language(app, code)
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # what the event loop would do
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def make_window(qtbot, add_window):
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = add_window(MainWindow())
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.trainer.shutdown()


def busy(window: MainWindow) -> None:
    """Put text everywhere: a step (the explain panel), the truth table, the code dialog."""
    window.step_action.trigger()
    window.explain_dock.raise_()
    window.show_code()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def texts(window: MainWindow) -> list[str]:
    """Every text the window can show: titles, labels, buttons, tooltips, menus, table cells, the diagram."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # pages replaced by newer ones
    found = [window.windowTitle(), window.about_text()]
    seen: set[int] = set()

    def action_texts(actions) -> None:  # noqa: ANN001
        for action in actions:
            if action.isSeparator() or not action.isVisible() or id(action) in seen:
                continue
            seen.add(id(action))
            found.extend([action.text(), action.iconText(), action.toolTip(), action.statusTip()])
            if action.menu() is not None:
                action_texts(action.menu().actions())

    action_texts(window.menuBar().actions())
    action_texts(window.findChild(QWidget, "fileToolBar").actions())
    for widget in window.findChildren(QWidget):
        found.extend([widget.toolTip(), widget.statusTip(), widget.accessibleDescription()])
        if isinstance(widget, QLabel):
            found.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, (QDockWidget, QMenu)):
            found.append(widget.windowTitle())
        elif isinstance(widget, QTabBar):
            found.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QTableView) and widget.model() is not None:
            found.extend(table_texts(widget.model()))
    for item in window.diagram.scene().items():
        found.append(item.toolTip())
        if callable(getattr(item, "text", None)):
            found.append(item.text())
    plot = window.loss_plot.getPlotItem()
    found.extend([plot.getAxis("left").labelText, plot.getAxis("bottom").labelText])
    box = window.unsaved_changes_box()
    found.extend([box.windowTitle(), box.text(), *(button.text() for button in box.buttons())])
    box.deleteLater()
    return [re.sub(r"<[^>]+>", " ", text) for text in found if text]


def table_texts(model) -> list[str]:  # noqa: ANN001
    found = []
    for role in ROLES:
        for column in range(model.columnCount()):
            found.append(model.headerData(column, Qt.Orientation.Horizontal, role))
            found.extend(model.data(model.index(row, column), role) for row in range(model.rowCount()))
        found.extend(model.headerData(row, Qt.Orientation.Vertical, role) for row in range(model.rowCount()))
    return [text for text in found if isinstance(text, str)]


def english_words(found: list[str]) -> list[str]:
    return sorted({f"{word} (in {text[:60]!r})" for text in found for word in LATIN_WORD.findall(text)
                   if word not in ALLOWED_LATIN})


# -- the window in Russian ---------------------------------------------------------------------

def test_a_window_built_in_russian_shows_no_english(language, make_window):
    language("ru")
    window = make_window()
    busy(window)
    found = texts(window)
    assert len(found) > 300
    assert english_words(found) == []
    assert "Обучить" in window.train_action.text().replace("&", "")
    assert window.situations_view.model().headerData(0, Qt.Orientation.Vertical) == "Ситуация 1"
    assert window.findChild(QLabel, "answerLabel").text() == "0,53003"  # the article's start: 0.53003


def test_switching_live_gives_the_same_texts_as_starting_in_russian(language, make_window):
    english = make_window()
    busy(english)
    before = sorted(texts(english))
    assert english_words(before) != []  # the test can see English when there is some
    language("ru")
    live = sorted(texts(english))
    russian = make_window()
    busy(russian)
    for window in (english, russian):  # the same state: two steps, the explain panel on screen
        window.step_action.trigger()
    assert sorted(texts(english)) == sorted(texts(russian))
    assert english_words(live) == []
    language("en")
    assert sorted(texts(english)) == sorted(texts(russian))  # both back in English
    english.step_action.trigger()
    russian.step_action.trigger()
    assert sorted(texts(english)) == sorted(texts(russian))
    assert english_words(texts(english)) != []
    assert window_numbers(english) == (f"{english.riddle_answer():.5f}", "10,000")


def window_numbers(window: MainWindow) -> tuple[str, str]:
    return window.findChild(QLabel, "answerLabel").text(), window.settings_bar.iterations_spin.text()


def test_numbers_follow_the_language(language, make_window):
    window = make_window()
    window.step_action.trigger()
    assert window_numbers(window)[1] == "10,000"
    language("ru")
    answer, iterations = window_numbers(window)
    assert re.fullmatch(r"0,\d{5}", answer)
    assert float(answer.replace(",", ".")) == pytest.approx(window.riddle_answer(), abs=1e-5)
    assert iterations == "10\u00a0000"
    assert "," in window.riddle_model.data(window.riddle_model.index(0, 3))
    points = [t for t in texts(window) if re.search(r"\d\.\d", t.replace(nngui.__version__, ""))]
    assert points == []  # every decimal number on screen is written with a comma
    assert window.loss_plot.getPlotItem().getAxis("left").tickStrings([0.25], 1, 0.05) == ["0,25"]
    language("en")
    assert window_numbers(window) == (answer.replace(",", "."), "10,000")


def test_the_language_menu_switches_and_is_remembered(language, make_window):
    window = make_window()
    window.language_actions["ru"].trigger()
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert i18n.current_language() == "ru"
    assert window.language_actions["ru"].isChecked()
    assert window.file_menu.title() == "&Файл"
    assert settings().value("language") == "ru"  # nngui.qt.app starts in initial_language(this)
    assert i18n.initial_language(settings().value("language")) == "ru"
    window.language_actions["en"].trigger()
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert window.file_menu.title() == "&File"
    assert settings().value("language") == "en"


def test_standard_buttons_are_russian(language, make_window):
    language("ru")
    window = make_window()
    box = window.unsaved_changes_box()
    assert {b.text().replace("&", "") for b in box.buttons()} == {"Сохранить", "Не сохранять", "Отмена"}
    dialog = window.show_code()
    assert dialog.findChild(QAbstractButton, "closeButton").text().replace("&", "") == "Закрыть"
    dialog.close()


# -- set_language and the first language ---------------------------------------------------------

def test_set_language_refuses_a_language_nngui_does_not_speak(language, qapp):
    language("ru")
    with pytest.raises(ValueError, match="unknown language 'de'"):
        i18n.set_language(qapp, "de")
    assert i18n.current_language() == "ru"


def test_the_first_language_is_the_stored_one_or_the_systems():
    assert i18n.initial_language("ru") == "ru"
    assert i18n.initial_language("en") == "en"
    for stored in (None, "", "de", "xx"):
        assert i18n.initial_language(stored) == i18n.system_language()
    assert i18n.system_language() in i18n.LANGUAGES


def test_qts_own_translation_ships_with_nngui():
    assert (TRANSLATIONS / "qtbase_ru.qm").stat().st_size > 10_000
    assert resource_path("translations", "nngui_ru.qm").is_file()


# -- messages from the model side ------------------------------------------------------------------

def scenario_errors(tmp_path: Path) -> list[ScenarioError]:
    """Real messages of nngui.model.scenario, one for each kind of problem a learner may meet."""
    good = json.loads(load_preset("article").to_json())
    broken: list[object] = ["{", "[]", '{"format": 1}', "NaN", "[" * 100_000, "{}\n{}"]
    for change in (
        lambda d: d.update(version=99), lambda d: d.update(поле=1), lambda d: d.pop("riddle"),
        lambda d: d.update(riddle=[]), lambda d: d.update(riddle=[0, 0, "x"]),
        lambda d: d.update(riddle=[0, 0, 2]),
        lambda d: d.update(situations=[]), lambda d: d.update(situations=[1]),
        lambda d: d["situations"][0].update(inputs=[0, 1]), lambda d: d["situations"][0].update(output=None),
        lambda d: d["situations"][0].pop("output"), lambda d: d["situations"][0].update(ы=1),
        lambda d: d.update(settings=[]), lambda d: d["settings"].update(ы=1),
        lambda d: d["settings"].update(hidden_layers=[0]), lambda d: d["settings"].update(hidden_layers=4),
        lambda d: d["settings"].update(learning_rate=-1), lambda d: d["settings"].update(iterations=2.5),
        lambda d: d["settings"].update(seed=True), lambda d: d["settings"].update(bias="да"),
        lambda d: d.update(name=5), lambda d: d.update(description="ы" * 100_000),
        lambda d: d["settings"].update(initial_weights=[[[1], [2]]]),
        lambda d: d["settings"].update(initial_weights=[[[1, 2], [2], [3]]]),
        lambda d: d["settings"].update(initial_weights=[[[1]], [[1]]]),
        lambda d: d["settings"].update(initial_weights=[[[1], [2], [3]]], bias=True),
    ):
        data = json.loads(json.dumps(good))
        change(data)
        broken.append(json.dumps(data))
    written = json.dumps(good)
    broken += [written.replace('"seed": 1', '"seed": ' + "9" * 5000),
               written.replace('"learning_rate": 1', '"learning_rate": 1e400')]
    errors = []
    for text in broken:
        with pytest.raises(ScenarioError) as error:
            Scenario.from_json(text, where="1.nngui.json")
        errors.append(error.value)
    for text in ("", "1\n", "1,0\n1,0,1\n", "1,ы\n", "1,2\n", "1,\n", "1" + ",0" * 1100 + "\n",
                 "1,x,0\n0,1,1\n", "1,0\n" * 100_001):
        with pytest.raises(ScenarioError) as error:
            situations_from_csv(text, where="1.csv")
        errors.append(error.value)
    folder = tmp_path / "1"
    folder.mkdir()
    empty, binary = tmp_path / "2.nngui.json", tmp_path / "3.nngui.json"
    empty.write_text(" \n")
    binary.write_bytes(b"\xff\xfe\x00")
    for path in (folder, tmp_path / "4.nngui.json", empty, binary):
        with pytest.raises(ScenarioError) as error:
            Scenario.load(path)
        errors.append(error.value)
    return errors


def test_scenario_messages_are_translated(language, tmp_path):
    errors = scenario_errors(tmp_path)
    messages = [str(error) for error in errors]
    assert len(set(messages)) == len(messages) > 40
    language("ru")
    untranslated = [(message, translate_error(error)) for message, error in zip(messages, errors)
                    if english_words([translate_error(error)])]
    assert untranslated == []
    assert [translate_error(message) for message in messages] == [translate_error(e) for e in errors]
    assert translate_error(errors[-6]) == "1.csv: ситуация 1 (строка 1), вход 2: 'x' — не число"
    assert messages[-6] == "1.csv: situation 1 (line 1), input 2: 'x' is not a number"
    with pytest.raises(ScenarioError) as error:
        Scenario.from_json(json.dumps({**json.loads(load_preset("article").to_json()),
                                       "situations": [{"inputs": [0, 0, 1], "output": 0}] * 100_001}),
                           where="1.nngui.json")
    assert translate_error(error.value) == \
        "1.nngui.json: ситуации: 100\u00a0001 элемент, а можно не больше 100\u00a0000"
    assert translate_error("something nngui never says") == "something nngui never says"
    assert translate_error(ValueError("nor this")) == "nor this"
    language("en")
    assert [translate_error(e) for e in errors] == messages


def test_a_refused_file_is_explained_in_russian(language, make_window, tmp_path, monkeypatch):
    monkeypatch.setenv("NNGUI_NO_DIALOGS", "1")
    language("ru")
    window = make_window()
    assert window.open_file(tmp_path, confirm=False) is False
    assert window.statusBar().currentMessage() == f"{tmp_path.name}: это папка, а не файл"
    bad = tmp_path / "bad.csv"
    bad.write_text("1,0,1\n0,x,1\n")
    assert window.situations_view.import_csv(bad) is False
    assert window.statusBar().currentMessage() == (
        "Не удаётся импортировать ситуации: bad.csv: ситуация 2 (строка 2), вход 2: 'x' — не число")


def test_every_preset_name_and_description_is_translated(language):
    language("ru")
    for name in preset_names():
        scenario = load_preset(name)
        for text in (scenario.name, scenario.description):
            assert english_words([scenario_text(text)]) == [], text


# -- the translation files ---------------------------------------------------------------------------

def messages_of(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_every_text_in_the_code_has_a_finished_russian_translation(tmp_path):
    """pyside6-lupdate over the nngui package finds nothing that the committed .ts does not translate."""
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "nngui_ru.ts"
    shutil.copy(TRANSLATIONS / "nngui_ru.ts", ts)
    sources = sorted(str(p) for p in (ROOT / "nngui").rglob("*.py"))
    subprocess.run([str(lupdate), "-no-obsolete", "-silent", *sources, "-ts", str(ts)], check=True,
                   capture_output=True)
    unfinished = [m.findtext("source") for m in messages_of(ts)
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not all(text.strip() for text in translations_of(m))]
    assert unfinished == []
    committed = {m.findtext("source") for m in messages_of(TRANSLATIONS / "nngui_ru.ts")}
    assert committed == {m.findtext("source") for m in messages_of(ts)}, "run packaging/translations.sh"


def translations_of(message: ET.Element) -> list[str]:
    """A message's translation, or each of its plural forms."""
    forms = [form.text or "" for form in message.find("translation").iter("numerusform")]
    return forms or [message.findtext("translation")]


def test_translations_keep_their_placeholders():
    for message in messages_of(TRANSLATIONS / "nngui_ru.ts"):
        source = message.findtext("source")
        for translation in translations_of(message):
            placeholders = sorted(re.findall(r"\{\w*\}", translation))
            assert sorted(re.findall(r"\{\w*\}", source)) == placeholders, source
            assert translation.count("\n") == source.count("\n"), source
            assert source.count("&") <= 1 and translation.count("&") == source.count("&"), source


def test_the_committed_qm_is_built_from_the_committed_ts(tmp_path):
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    built = tmp_path / "nngui_ru.qm"
    subprocess.run([str(lrelease), "-silent", str(TRANSLATIONS / "nngui_ru.ts"), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == (TRANSLATIONS / "nngui_ru.qm").read_bytes(), "run packaging/translations.sh"
