"""The "Show as Python code" dialog: the scenario as a standalone NumPy script, to copy or save."""

from __future__ import annotations

import copy
import dataclasses
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRegularExpression, QSize, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nngui.model.codegen import ScriptTexts, python_script
from nngui.model.scenario import Scenario, write_text_atomic
from nngui.model.texts import PluralText
from nngui.qt.file_dialog import ask_path
from nngui.qt.messages import scenario_text, translate_os_error

# GitHub's light and dark code colours: chosen for contrast on white and on near-black.
_LIGHT = {"comment": "#6e7781", "keyword": "#cf222e", "number": "#0550ae", "string": "#0a3069"}
_DARK = {"comment": "#8b949e", "keyword": "#ff7b72", "number": "#79c0ff", "string": "#a5d6ff"}
_KEYWORDS = ("and as def for from if import in is not or return while None True False")
_FEEDBACK_MS = 2500


class PythonHighlighter(QSyntaxHighlighter):
    """Comments, strings, keywords and numbers of a Python script, one line at a time."""

    _words = QRegularExpression(
        r"\b(?:(?<keyword>" + "|".join(_KEYWORDS.split()) + r")|"
        r"(?<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?))\b"
    )

    def __init__(self, document: QTextDocument, dark: bool = False) -> None:
        super().__init__(document)
        self._formats: dict[str, QTextCharFormat] = {}
        self.set_dark(dark)

    def set_dark(self, dark: bool) -> None:
        """Switch to colours that read well on a dark (or light) background."""
        self._formats = {}
        for kind, colour in (_DARK if dark else _LIGHT).items():
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colour))
            if kind == "keyword":
                fmt.setFontWeight(QFont.Weight.Bold)
            if kind == "comment":
                fmt.setFontItalic(True)
            self._formats[kind] = fmt
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        # Qt counts positions in UTF-16 units; Python counts characters (they differ for emoji).
        code_end, strings = _split_line(text)
        matches = self._words.globalMatch(text[:code_end])
        while matches.hasNext():
            match = matches.next()
            kind = "keyword" if match.capturedLength("keyword") else "number"
            self.setFormat(match.capturedStart(), match.capturedLength(), self._formats[kind])
        for start, length in strings:
            begin = _utf16(text, start)
            self.setFormat(begin, _utf16(text, start + length) - begin, self._formats["string"])
        if code_end < len(text):
            begin = _utf16(text, code_end)
            self.setFormat(begin, _utf16(text, len(text)) - begin, self._formats["comment"])


def _utf16(text: str, index: int) -> int:
    """The UTF-16 position (Qt's) of the character at `index` (Python's)."""
    return index + sum(1 for c in text[:index] if ord(c) > 0xFFFF)


def _split_line(text: str) -> tuple[int, list[tuple[int, int]]]:
    """Where a line's comment starts (its length if none) and its string literals (start, length)."""
    strings: list[tuple[int, int]] = []
    quote, start, i = "", 0, 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                strings.append((start, i + 1 - start))
                quote = ""
        elif c in "\"'":
            quote, start = c, i
        elif c == "#":
            return i, strings
        i += 1
    if quote:
        strings.append((start, len(text) - start))
    return len(text), strings


class CodeDialog(QDialog):
    """Shows the scenario as a Python script, commented in the interface's language, with Copy and Save…."""

    def __init__(self, scenario: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeDialog")
        self._scenario = scenario
        self._script = ""
        self._file_name = _file_name(scenario.name)

        self._intro = QLabel()
        self._intro.setObjectName("codeIntro")
        self._intro.setWordWrap(True)

        self._view = QPlainTextEdit()
        self._view.setObjectName("codeView")
        self._view.setReadOnly(True)
        self._view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._highlighter = PythonHighlighter(self._view.document(), self._is_dark())

        self._status = QLabel()
        self._status.setObjectName("codeStatus")
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(_FEEDBACK_MS)
        self._status_timer.timeout.connect(self._status.clear)

        buttons = QDialogButtonBox()
        self._copy_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self._copy_button.setObjectName("copyButton")
        self._copy_button.clicked.connect(self.copy)
        self._save_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self._save_button.setObjectName("saveButton")
        self._save_button.clicked.connect(self.save)
        self._close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._close_button.setObjectName("closeButton")
        buttons.rejected.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self._status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._view, 1)
        layout.addLayout(bottom)
        self.retranslate()
        self.resize(self._default_size())

    def retranslate(self) -> None:
        """Set every text (again, after a language change), the script's comments too."""
        self.setWindowTitle(self.tr("Python code"))
        self._intro.setText(self.tr(
            "The listing the article promised: this script trains the same network the same way "
            "and prints the same answer. It needs only Python and NumPy."
        ))
        self._copy_button.setText(self.tr("Copy"))
        self._copy_button.setToolTip(self.tr("Copy the whole script to the clipboard"))
        self._save_button.setText(self.tr("Save…"))
        self._save_button.setToolTip(self.tr("Save the script as a .py file"))
        self._show_script(python_script(self._scenario_in_language(), self.script_texts()))

    def script_texts(self) -> ScriptTexts:
        """The script's comments and printed words in the interface's language (those with plural
        forms for the scenario's number of iterations)."""
        english = ScriptTexts()  # its texts are marked for lupdate in nngui.model.codegen
        iterations = self._scenario.iterations

        def translated(text: str) -> str:
            return QCoreApplication.translate("ScriptTexts", text, None,
                                              iterations if isinstance(text, PluralText) else -1)

        return ScriptTexts(**{field.name: translated(getattr(english, field.name))
                              for field in dataclasses.fields(ScriptTexts)})

    # -- public ------------------------------------------------------------------
    def script(self) -> str:
        """The script this dialog shows."""
        return self._script

    def copy(self) -> None:
        """Put the whole script on the clipboard."""
        QGuiApplication.clipboard().setText(self._script)
        self._show_status(self.tr("Copied to the clipboard"))

    def save(self) -> None:
        """Ask where to save the script, then save it."""
        path = ask_path(self, self.tr("Save the script"), self.tr("Python scripts (*.py);;All files (*)"),
                        self._file_name)
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".py")
        self.save_to(path)

    def save_to(self, path: str | Path) -> None:
        """Write the script to `path` atomically; a message box explains any failure."""
        target = Path(path)
        try:
            write_text_atomic(target, self._script)
        except OSError as exc:
            QMessageBox.critical(
                self, self.tr("Cannot save the script"),
                self.tr("The script could not be saved to {0}:\n{1}").format(
                    str(target), translate_os_error(exc.strerror) if exc.strerror else str(exc)),
            )
            return
        self._show_status(self.tr("Saved to {0}").format(target.name))

    @property
    def copy_button(self) -> QPushButton:
        return self._copy_button

    @property
    def save_button(self) -> QPushButton:
        return self._save_button

    @property
    def view(self) -> QPlainTextEdit:
        return self._view

    # -- Qt overrides ----------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changes = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.StyleChange)
        if event.type() in changes and hasattr(self, "_highlighter"):
            self._highlighter.set_dark(self._is_dark())
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "_close_button"):
            self.retranslate()

    # -- internals ---------------------------------------------------------------------
    def _is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5

    def _default_size(self) -> QSize:
        """About 720×600, wide enough for the script's 88 columns, never larger than the screen."""
        columns = self._view.fontMetrics().horizontalAdvance("x" * 90)
        size = QSize(max(720, columns + 80), 600)
        screen = self.screen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() * 0.9)
        return size

    def _scenario_in_language(self) -> Scenario:
        """The scenario with a preset's name and description in the interface's language."""
        scenario = copy.copy(self._scenario)  # the rest is shared, never changed
        scenario.name = scenario_text(scenario.name)
        scenario.description = scenario_text(scenario.description)
        return scenario

    def _show_script(self, script: str) -> None:
        """Show `script` in place of the current one, keeping the view where it was."""
        if script == self._script:
            return
        self._script = script
        bar = self._view.verticalScrollBar()
        at = bar.value()
        self._view.setPlainText(script)
        bar.setValue(at)

    def _show_status(self, text: str) -> None:
        self._status.setText(text)
        self._status_timer.start()


def _file_name(name: str) -> str:
    """A file name for the script from the scenario's name: "The article's task" → the_article_s_task.py."""
    stem = re.sub(r"\W+", "_", name.lower()).strip("_")[:60]
    return (stem or "nngui_script") + ".py"
