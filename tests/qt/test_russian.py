"""Russian a teacher would write: the glossary's words, real plural forms, one letter per accelerator,
and Qt's own dialogs in Russian too (docs/glossary-ru.md)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QTreeView, QWidget

from nngui.model.texts import TEMPLATES, PluralText, Text, count
from nngui.qt import i18n
from nngui.qt.file_dialog import data_size, file_dialog
from nngui.qt.main_window import MainWindow
from nngui.qt.messages import translate_text

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
GLOSSARY = ROOT / "docs" / "glossary-ru.md"
BIN = Path(sys.executable).parent
NUMBERS = (1, 2, 5, 11, 21, 402)  # a Russian count's three forms: 1, 21 · 2, 402 · 5, 11
FORM = {1: 0, 21: 0, 2: 1, 402: 1, 5: 2, 11: 2}
NBSP = "\u00a0"


@pytest.fixture
def language(qapp):
    """Switch languages freely in a test; English and the locale are back afterwards."""
    locale = QLocale()
    yield lambda code: switch(qapp, code)
    switch(qapp, "en")
    QLocale.setDefault(locale)


def switch(app: QApplication, code: str) -> None:
    i18n.set_language(app, code)
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # what the event loop would do
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message) of every message of a .ts file."""
    return [(context.findtext("name"), message.findtext("source"), message)
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")]


def forms(message: ET.Element) -> list[str]:
    """A message's translation, or each of its plural forms."""
    translation = message.find("translation")
    return [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]


RUSSIAN = [(context, source, forms(message))
           for context, source, message in messages(TRANSLATIONS / "nngui_ru.ts")
           if message.find("translation").get("type") is None]


# -- the glossary ------------------------------------------------------------------------------------

def never_written() -> list[str]:
    """The words the glossary's table says never to write: the «…» of its last column."""
    words = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 4 and not set(cells[0]) <= {"-"}:
            words += re.findall(r"«([^»]+)»", cells[3])
    return words


def as_pattern(word: str) -> re.Pattern[str]:
    """A glossary word as a whole word, case aside; a trailing … stands for any ending (клетк…)."""
    body = re.escape(word.rstrip("…")) + (r"[а-яё]*" if word.endswith("…") else "")
    return re.compile(rf"(?<![а-яёa-z]){body}(?![а-яёa-z])", re.IGNORECASE)


def test_no_translation_uses_a_word_the_glossary_forbids():
    words = never_written()
    assert {"клетк…", "набок", "темп…", "ит/с", "шкал…"} <= set(words)
    found = [(word, source, text) for word in words for _, source, texts in RUSSIAN for text in texts
             if as_pattern(word).search(text)]
    assert found == []


def test_the_glossary_checks_what_it_should():
    """The forbidden variants are found where they were (the translations before this glossary)."""
    assert as_pattern("клетк…").search("Щёлкните по клетке")
    assert as_pattern("набок").search("транспонированные (повёрнутые набок)")
    assert as_pattern("темп…").search("&Темп:")
    assert not as_pattern("потеря").search("Потерянный листинг")


def test_cannot_is_ne_udaetsya():
    heads = [(source, texts[0]) for _, source, texts in RUSSIAN
             if re.match(r"Cannot |cannot (open|read) ", source)]
    assert len(heads) >= 6
    assert [(s, t) for s, t in heads if not re.match("[Нн]е удаётся ", t)] == []


def test_the_loss_is_always_oshibka_seti():
    losses = [(source, text) for _, source, texts in RUSSIAN if re.search(r"\b[Ll]oss(es)?\b", source)
              for text in texts]
    assert len(losses) >= 10
    assert [(s, t) for s, t in losses if not re.search(r"[Оо]шибк[а-я]* сети", t)] == []


def test_cells_are_yacheyki_and_transposed_is_transponirovannaya():
    cells = [text for _, source, texts in RUSSIAN if re.search(r"\bcells?\b", source) for text in texts]
    assert len(cells) >= 5 and all(re.search("яче[йе]к", text) for text in cells)
    turned = [text for _, source, texts in RUSSIAN if "turned on their side" in source for text in texts]
    assert len(turned) == 2 and all("транспонированн" in text for text in turned)


def test_quotes_are_yolochki():
    straight = [(source, text) for _, source, texts in RUSSIAN for text in texts if re.search('["“”]', text)]
    assert straight == []


def test_nngui_is_a_programma_and_she_is_feminine():
    texts = [text for _, _, texts in RUSSIAN for text in texts]
    # never the bare name doing something ("nngui закрылся", "скрипт написал nngui")
    bare = re.compile(r"(?<!программа )(?<!программы )(?<!программой )(?<!программу )\bnngui "
                      r"[а-яё]+(л|ла|ло|ли|лся|лась|ет|ит|ает|яет)\b|\b[а-яё]+л nngui\b", re.IGNORECASE)
    assert [t for t in texts if bare.search(t)] == []
    masculine = re.compile(r"[Пп]рограмм[а-я]* nngui (?:[а-яё]+ )?[а-яё]+(?<!ла)(?<!лась)(?:л|лся)\b")
    assert [t for t in texts if masculine.search(t)] == []
    assert any("Программа nngui неожиданно закрылась" in t for t in texts)


def test_undo_texts_are_nouns():
    undo = [(context, source, texts) for context, source, texts in RUSSIAN
            if (context == "ScenarioDocument"
                and re.match(r"(Add|Remove|Set|Change|Import|Turn|Use|Paste) ", source))
            or (context == "_ValueView" and re.match(r"(Switch|Clear) ", source))
            or (context, source) == ("MainWindow", "Set a weight to {0}")]
    assert len(undo) >= 20
    for _, source, texts in undo:
        for text in texts:
            first = text.split()[0]
            assert first[0].islower() and not re.search("[аеиоуыя]ть$", first), (source, text)


def test_the_undo_menu_reads_otmenit_and_a_noun(language, window):
    language("ru")
    window.document.insert_situation(4)
    assert window.undo_action.text() == "&Отменить: добавление ситуации 5"
    window.document.set_setting("learning_rate", 0.5)
    assert window.undo_action.text() == "&Отменить: скорость обучения = 0,5"


# -- plural forms -------------------------------------------------------------------------------------

#: What follows the count in each plural text, for 1 (and 21), 2 (and 402), 5 (and 11).
PLURALS: dict[tuple[str, str], tuple[str, str, str]] = {
    ("AnswerCard", "{0} of %n situations right"): ("ситуации", "ситуаций", "ситуаций"),
    ("ExplainPanel", "… (%n more)"): (")", ")", ")"),
    ("ExplainPanel", "The first %n situations taken show their own adjustments at the end."): (
        "ситуации в порядке очереди показана в конце.", "ситуаций в порядке очереди показаны в конце.",
        "ситуаций в порядке очереди показаны в конце."),
    ("MainWindow", "&Train {0} more"): ("итерацию", "итерации", "итераций"),
    ("ScenarioDocument", "Paste %Ln cells"): ("ячейки", "ячеек", "ячеек"),
    ("SituationsView", "Copied %Ln cells"): ("ячейка", "ячейки", "ячеек"),
    ("DiagramLegend", "showing the %Ln strongest of {0} weights"):
        ("самый сильный вес из", "самых сильных веса из", "самых сильных весов из"),
    ("DiagramLegend", "Showing the %Ln strongest of {0} weights."):
        ("самый сильный вес из", "самых сильных веса из", "самых сильных весов из"),
    ("ExplainPanel", "%Ln more rows"): ("строка", "строки", "строк"),
    ("ExplainPanel", "%Ln more columns"): ("столбец", "столбца", "столбцов"),
    ("ExplainPanel", "(only the first %Ln rows and columns are copied; {0})"):
        ("строка и первый", "строки и столбца", "строк и столбцов"),
    ("ExplainPanel", "Showing {0} of the %Ln most recent iterations kept"):
        ("последней сохранённой итерации", "последних сохранённых итераций",
         "последних сохранённых итераций"),
    ("FileListModel", "%Ln bytes"): ("байт", "байта", "байт"),
    ("InputSpacePanel", "Showing the first {0} of %Ln situations."): ("ситуации", "ситуаций", "ситуаций"),
    ("Messages", "{n} columns"): ("столбец", "столбца", "столбцов"),
    ("Messages", "{n} situations"): ("ситуация", "ситуации", "ситуаций"),
    ("Messages", "{n} expected outputs"): ("ожидаемый выход", "ожидаемых выхода", "ожидаемых выходов"),
    ("Messages", "{n} inputs"): ("вход", "входа", "входов"),
    ("Messages", "{n} weight tables"): ("таблица весов", "таблицы весов", "таблиц весов"),
    ("Messages", "{n} rows"): ("строка", "строки", "строк"),
    ("Messages", "{n} weights"): ("вес", "веса", "весов"),
    ("Messages", "{n} neurons"): ("нейрон", "нейрона", "нейронов"),
    ("Messages", "{n} bias vectors"): ("вектор смещений", "вектора смещений", "векторов смещений"),
    ("Messages", "{n} layers"): ("слой", "слоя", "слоёв"),
    ("Messages", "{n} numbers"): ("число", "числа", "чисел"),
    ("Messages", "a number with {n} digits"): ("цифры", "цифр", "цифр"),
    ("Messages", "more than {n} situations; at most {m} are allowed"):
        ("ситуации,", "ситуаций,", "ситуаций,"),
    ("Messages", "{n} situations; at most {m} are allowed"): ("ситуация,", "ситуации,", "ситуаций,"),
    ("Messages", "{n} inputs; at most {m} are allowed"): ("вход,", "входа,", "входов,"),
    ("Messages", "{n} entries; at most {m} are allowed"): ("элемент,", "элемента,", "элементов,"),
    ("Messages", "{n} characters; at most {m} are allowed"): ("символ,", "символа,", "символов,"),
    ("Messages", "layer {layer} is too large: at most {n} inputs and neurons"):
        ("входа и нейрона", "входов и нейронов", "входов и нейронов"),
    ("Messages", "layer {layer} has {neurons} but layer {next}'s weights expect {n} inputs"):
        ("вход", "входа", "входов"),
    ("Messages", "the bias of layer {layer} must be {n} numbers"): ("числа", "чисел", "чисел"),
    ("ScenarioDocument", "At most {n} situations are allowed"): ("ситуации", "ситуаций", "ситуаций"),
    ("ScenarioDocument", "A situation needs {n} inputs, not {m}"): ("вход,", "входа,", "входов,"),
    ("ScenarioDocument", "At most {n} inputs are allowed"): ("входа", "входов", "входов"),
    ("ScenarioDocument", "The riddle needs {n} numbers from 0 to 1"): ("число", "числа", "чисел"),
    ("ScenarioDocument", "Hidden layers: at most {n} layers are allowed"): ("слоя", "слоёв", "слоёв"),
    ("ScenarioDocument", "Change %Ln cells"): ("ячейки", "ячеек", "ячеек"),
    ("ScenarioDocument", "Change %Ln riddle inputs"): ("входа загадки", "входов загадки", "входов загадки"),
    ("ScenarioDocument", "Remove %Ln situations"): ("ситуации", "ситуаций", "ситуаций"),
    ("ScenarioDocument", "Import %Ln situations"): ("ситуации", "ситуаций", "ситуаций"),
    ("ScriptTexts", "4. Repeat, {0} times."): ("раз.", "раза.", "раз."),
    ("SettingsBar", "at most {n} hidden layers"): ("скрытого слоя", "скрытых слоёв", "скрытых слоёв"),
    ("SettingsBar", "%Ln it/s"): ("итерация/с", "итерации/с", "итераций/с"),
    ("TrainingSession", "Trained %Ln iterations."): ("итерацию.", "итерации.", "итераций."),
    ("TrainingSession", "Training stopped after %Ln iterations."): ("итерации.", "итераций.", "итераций."),
    ("TrainingStatus", "%Ln iterations/s"):
        ("итерация в секунду", "итерации в секунду", "итераций в секунду"),
    ("TruthTablePanel", "The network has %Ln inputs but the situations have {0}."):
        ("вход,", "входа,", "входов,"),
    ("TruthTablePanel", "Too many inputs for a truth table: %Ln inputs would need 2^%n rows. "
                        "A truth table is shown for up to {0} inputs."):
        ("входа понадобилось", "входов понадобилось", "входов понадобилось"),
    ("TruthTablePanel", "%Ln rows"): ("строка", "строки", "строк"),
    ("TruthTablePanel", "Every combination of the %Ln inputs ({0})."): ("входе", "входах", "входах"),
    ("TruthTablePanel", "✓ marks the %Ln rows the network was trained on; the other rows show how it answers "
                        "inputs it has never seen."):
        ("строка, на которой", "строки, на которых", "строк, на которых"),
    ("DiagramReading", "%Ln inputs"): ("вход", "входа", "входов"),
    ("DiagramReading", "hidden layer {0}, %Ln neurons"): ("нейрон", "нейрона", "нейронов"),
    ("DiagramReading", "%Ln outputs"): ("выход", "выхода", "выходов"),
    ("DiagramReading", "%Ln weights: the arrow keys walk through them."): ("вес:", "веса:", "весов:"),
    ("TrainingProgressBar", "{0} of %Ln iterations of this run done."):
        ("итерации.", "итераций.", "итераций."),
    ("WeightsPlot", "The %Ln strongest weights at the last iteration are drawn"):
        ("самый сильный вес", "самых сильных веса", "самых сильных весов"),
    ("_ValueView", "Switch %Ln cells"): ("ячейки", "ячеек", "ячеек"),
    ("_ValueView", "Clear %Ln cells"): ("ячейки", "ячеек", "ячеек"),
}


#: The plural texts whose count is written in as {0}, not as %Ln or {n}.
COUNT_IS_0 = {("ScriptTexts", "4. Repeat, {0} times."), ("MainWindow", "&Train {0} more")}


def plural_messages(ts: Path) -> list[tuple[str, str]]:
    return [(context, source) for context, source, message in messages(ts) if message.get("numerus") == "yes"]


def test_every_plural_text_has_its_expected_endings_here():
    assert sorted(plural_messages(TRANSLATIONS / "nngui_ru.ts")) == sorted(PLURALS)


@pytest.mark.parametrize(("context", "source"), sorted(PLURALS), ids=lambda key: str(key)[:40])
def test_a_plural_text_reads_right_for_every_count(language, context, source):
    language("ru")
    for n in NUMBERS:
        field = "{0}" if (context, source) in COUNT_IS_0 else "{n}"  # where the count is written in
        text = QCoreApplication.translate(context, source, None, n).replace(field, str(n))
        after = PLURALS[context, source][FORM[n]]
        assert f"{n}{'' if after.startswith(')') else ' '}{after}" in text, (n, text)
        assert "%" not in text, text


def test_counts_are_grouped_as_the_app_writes_numbers(language):
    language("ru")
    assert i18n.whole(10_000) == f"10{NBSP}000"
    assert QCoreApplication.translate("TrainingSession", "Trained %Ln iterations.", None, 10_000) == \
        f"Обучение завершено за 10{NBSP}000 итераций."
    assert translate_text(count(100_001, "situations")) == f"100{NBSP}001 ситуация"
    language("en")
    assert QCoreApplication.translate("TrainingSession", "Trained %Ln iterations.", None, 10_000) == \
        "Trained 10,000 iterations."


def test_the_models_plural_messages_carry_their_count(language):
    plural = [key for key, (_, template) in TEMPLATES.items() if isinstance(template, PluralText)]
    assert len(plural) >= 20
    language("ru")
    assert [translate_text(count(n, "inputs")) for n in NUMBERS] == \
        ["1 вход", "2 входа", "5 входов", "11 входов", "21 вход", "402 входа"]
    assert translate_text(Text("edit_situation_width", n="1", m="3")) == \
        "В ситуации должен быть 1 вход, а не 3"
    assert translate_text(Text("edit_situation_width", n="3", m="1")) == \
        "В ситуации должно быть 3 входа, а не 1"
    language("en")
    assert str(Text("edit_situation_width", n="1", m="3")) == "A situation needs 1 input, not 3"
    assert [str(count(n, "inputs")) for n in (1, 2)] == ["1 input", "2 inputs"]


def test_english_has_its_singulars_too(language):
    language("en")
    assert QCoreApplication.translate("TrainingSession", "Trained %Ln iterations.", None, 1) == \
        "Trained 1 iteration."
    assert QCoreApplication.translate("_ValueView", "Clear %Ln cells", None, 1) == "Clear 1 cell"
    english = {key for key in plural_messages(TRANSLATIONS / "nngui_en.ts")}
    assert english == set(PLURALS)
    unfinished = [source for _, source, message in messages(TRANSLATIONS / "nngui_en.ts")
                  if message.find("translation").get("type") or not all(forms(message))]
    assert unfinished == []


def test_the_english_qm_is_built_from_the_english_ts(tmp_path):
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    built = tmp_path / "nngui_en.qm"
    subprocess.run([str(lrelease), "-silent", str(TRANSLATIONS / "nngui_en.ts"), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == (TRANSLATIONS / "nngui_en.qm").read_bytes(), "run packaging/translations.sh"


# -- accelerators ---------------------------------------------------------------------------------------

def mnemonic(text: str) -> str | None:
    """The letter after a single & (Alt+letter), lower case; None without one."""
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def clashes(texts: list[str]) -> list[str]:
    letters = [mnemonic(text) for text in texts]
    return [text for text, letter in zip(texts, letters) if letter is not None and letters.count(letter) > 1]


def every_menu(window: MainWindow) -> list[tuple[str, list[str]]]:
    """(title, item texts) of the menu bar and of every menu and submenu in it."""
    found = [("menu bar", [action.text() for action in window.menuBar().actions()])]

    def walk(menu: QMenu) -> None:
        actions = [action for action in menu.actions() if not action.isSeparator() and action.isVisible()]
        found.append((menu.title(), [action.text() for action in actions]))
        for action in actions:
            if action.menu() is not None:
                walk(action.menu())

    for action in window.menuBar().actions():
        walk(action.menu())
    return found


def window_accelerators(window: MainWindow) -> list[str]:
    """The window's own Alt+letter keys: the menu bar and the labels and buttons with a &."""
    texts = [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton) and mnemonic(widget.text()):
            texts.append(widget.text())
    return texts


@pytest.mark.parametrize("code", ["en", "ru"])
def test_no_two_items_of_a_menu_share_an_accelerator(language, window, code):
    language(code)
    window.document.insert_situation(4)  # undo and redo say what they would do
    window.document.undo()
    menus = every_menu(window)
    assert len(menus) >= 9  # the bar, File (Recent, Presets, Export), Edit, Training, View (Language), Help
    window.actions.show_state(True, True)  # paused: Train says Resume
    menus += every_menu(window)
    window.actions.show_state(False, False)
    assert [(title, clashes(texts)) for title, texts in menus if clashes(texts)] == []
    named = {"&Язык", "&Language", "&Примеры", "&Presets", "Не&давние файлы", "Open &Recent"}  # by name
    assert [title for title, texts in menus[1:]
            if texts and title not in named and not any(mnemonic(text) for text in texts)] == []
    assert clashes(window_accelerators(window)) == []


# -- Qt's own dialogs -------------------------------------------------------------------------------------

#: Texts of Qt's file dialog and message boxes, in Qt 6.11's words, that qtbase_ru.qm translates.
QT_OWN = [("QFileDialog", "File &name:"), ("QFileDialog", "&Open"), ("QFileDialog", "&Save"),
          ("QFileDialog", "Detail View"), ("QFileDialog", "List View"), ("QFileDialog", "Back"),
          ("QFileDialog", "Create New Folder"), ("QFileDialog", "&New Folder"), ("QFileDialog", "&Delete"),
          ("QFileDialog", "&Rename"), ("QFileDialog", "Show &hidden files"),
          ("QFileDialog", "Parent Directory"),
          ("QFileDialog", "%1 already exists.\nDo you want to replace it?"), ("QFileSystemModel", "Name"),
          ("QFileSystemModel", "Size"), ("QFileSystemModel", "Date Modified"), ("QPlatformTheme", "Cancel"),
          ("QPlatformTheme", "Save"), ("QPlatformTheme", "&Yes"), ("QPlatformTheme", "&No"),
          ("QPlatformTheme", "Close")]
#: The dialog's texts that Qt 6 changed and qtbase_ru.qm (PySide6 6.11) lacks: nngui's catalogue has them.
QT_MISSING = [("QFileDialog", "&Look in:", None), ("QFileDialog", "Files of &type:", None),
              ("QAbstractFileIconProvider", "Folder", "All other platforms")]


def catalogue(name: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / name))
    return translator


def test_the_shipped_qtbase_ru_translates_qts_dialogs_and_nngui_adds_what_it_lacks(qapp):
    qt, ours = catalogue("qtbase_ru.qm"), catalogue("nngui_ru.qm")
    assert [key for key in QT_OWN if not re.search("[а-яё]", qt.translate(*key), re.IGNORECASE)] == []
    assert [qt.translate(*key) for key in QT_MISSING] == ["", "", ""]  # why nngui_ru.ts carries them
    assert [ours.translate(*key) for key in QT_MISSING] == ["&Папка:", "&Тип файлов:", "Папка"]


def dialog_texts(dialog: QWidget, qtbot) -> list[str]:
    """The file dialog's words: labels, buttons, tooltips, the file list's headers and cells."""
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2, timeout=5000)
    texts = []
    for widget in dialog.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
    root = view.rootIndex()
    for column in range(model.columnCount(root)):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
        texts += [str(model.data(model.index(row, column, root))) for row in range(model.rowCount(root))]
    return [text for text in texts if text]


@pytest.mark.parametrize("save", [False, True], ids=["open", "save"])
def test_the_file_dialog_speaks_russian_sizes_and_dates_too(language, qtbot, tmp_path, save):
    (tmp_path / "folder").mkdir()
    (tmp_path / "data.csv").write_bytes(b"0" * 3000)
    language("ru")
    dialog = file_dialog(None, "Открыть сценарий", "Все файлы (*)", folder=str(tmp_path), save=save)
    qtbot.addWidget(dialog)
    dialog.setViewMode(dialog.ViewMode.Detail)
    dialog.show()
    texts = dialog_texts(dialog, qtbot)
    english = [text for text in texts
               if re.search(r"Look in|Files of|\bFolder\b|KiB|bytes|&Open|Cancel", text)]
    assert english == []
    assert {"&Папка:", "&Тип файлов:", "&Имя файла:", "Папка", "2,93 КБ"} <= set(texts)
    assert ("&Сохранить" if save else "&Открыть") in texts


def test_sizes_are_written_in_the_interfaces_language(language):
    language("ru")
    assert [data_size(n) for n in (1, 3, 5, 1000, 3000, 5 * 1024**2, 3 * 1024**4)] == \
        ["1 байт", "3 байта", "5 байт", f"1{NBSP}000 байт", "2,93 КБ", "5,00 МБ", "3,00 ТБ"]
    language("en")
    assert [data_size(n) for n in (1, 3000, 1024**2)] == ["1 byte", "2.93 KiB", "1.00 MiB"]


def spec_keep() -> Callable[[str], bool]:
    """packaging/nngui.spec's keep(): which bundle entries stay (its definitions run without PyInstaller)."""
    tree = ast.parse((ROOT / "packaging" / "nngui.spec").read_text(encoding="utf-8"))
    wanted = {"QT_LIBRARIES", "QT_PLUGINS", "QT_TRANSLATIONS", "_qt_part", "keep"}
    nodes = [node for node in tree.body
             if (isinstance(node, ast.FunctionDef) and node.name in wanted)
             or (isinstance(node, ast.Assign) and {getattr(t, "id", "") for t in node.targets} & wanted)]
    namespace: dict[str, object] = {"re": re, "Path": Path}
    exec(compile(ast.Module(body=nodes, type_ignores=[]), "nngui.spec", "exec"), namespace)  # noqa: S102
    return namespace["keep"]  # type: ignore[return-value]


def test_the_bundle_ships_qts_russian_catalogue():
    keep = spec_keep()
    spec = (ROOT / "packaging" / "nngui.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "nngui/resources")' in spec  # resources/ travels as nngui/resources
    for name in ("qtbase_ru.qm", "nngui_ru.qm", "nngui_en.qm"):
        assert (TRANSLATIONS / name).is_file() and keep(f"nngui/resources/translations/{name}"), name
    assert keep("PySide6/Qt/translations/qtbase_ru.qm")
    assert not keep("nngui/resources/translations/nngui_ru.ts")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")


def test_the_shipped_qtbase_ru_is_pysides_own():
    """translations.sh copies PySide6's catalogue whole: the same bytes, nothing of it left out."""
    from PySide6.QtCore import QLibraryInfo

    pyside = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_ru.qm"
    if not pyside.is_file():
        pytest.skip("PySide6 ships no qtbase_ru.qm here")
    assert (TRANSLATIONS / "qtbase_ru.qm").read_bytes() == pyside.read_bytes()


def test_translations_sh_builds_every_catalogue_it_ships():
    script = (ROOT / "packaging" / "translations.sh").read_text(encoding="utf-8")
    assert "-pluralonly" in script and "qtbase_$language.qm" in script
    if shutil.which("bash"):
        assert subprocess.run(["bash", "-n", str(ROOT / "packaging" / "translations.sh")]).returncode == 0
