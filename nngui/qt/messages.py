"""The model's messages in the interface's language, by lookup: refusals (a Text: an id and its fields),
presets' names and descriptions, and what the operating system says of a file."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nngui.model.texts import Text, render
from nngui.qt import i18n

translate = QCoreApplication.translate  # translate("Messages", …) calls are what pyside6-lupdate extracts


def translate_text(text: Text) -> str:
    """A Text in the current language: its template translated in its context, its fields written in
    (words and places translated the same way, numbers the locale's way).

    A message with plural forms passes its count (the field n) to Qt, which picks the form; its {n}
    is then written in like any other field (10 000 in Russian).
    """
    return render(text, _template, i18n.whole, i18n.decimal, translate_os_error)


def _template(text: Text) -> str:
    count = text.count
    translated = translate(text.context, text.template, None, -1 if count is None else count)
    return text.english() if translated == text.template else translated  # untranslated: English


def translate_error(error: BaseException | str) -> str:
    """A refusal of the model (ScenarioError, or the core's ValueError) in the current language.

    It is translated by the Text it carries (``error.text``); its English text, str(error), carries
    the Text too, so either may be passed. Anything else is returned as it is. A translated message
    that names no place starts with a capital letter.
    """
    text = getattr(error, "text", None)
    if not isinstance(text, Text):
        return str(error)
    if i18n.current_language() == "en":
        return str(text)
    translated = translate_text(text)
    return translated if text.id == "at" else translated[:1].upper() + translated[1:]


def translate_os_error(reason: str) -> str:
    """An operating system's English reason ("No such file or directory") in the current language."""
    if i18n.current_language() == "en":
        return reason
    return translate("Messages", reason) if reason in _OS_REASONS else reason


def scenario_text(text: str) -> str:
    """A preset's name or description in the current language; any other text as it is."""
    if i18n.current_language() == "en" or not text:
        return text
    return _preset_texts().get(text, text)


# What an operating system says about a failed file operation (strerror), to be translated.
_OS_REASONS = (
    QT_TRANSLATE_NOOP("Messages", "No such file or directory"),
    QT_TRANSLATE_NOOP("Messages", "Permission denied"),
    QT_TRANSLATE_NOOP("Messages", "Is a directory"),
    QT_TRANSLATE_NOOP("Messages", "Not a directory"),
    QT_TRANSLATE_NOOP("Messages", "File exists"),
    QT_TRANSLATE_NOOP("Messages", "No space left on device"),
    QT_TRANSLATE_NOOP("Messages", "Read-only file system"),
    QT_TRANSLATE_NOOP("Messages", "File name too long"),
    QT_TRANSLATE_NOOP("Messages", "Disk quota exceeded"),
    QT_TRANSLATE_NOOP("Messages", "Input/output error"),
    QT_TRANSLATE_NOOP("Messages", "Operation not permitted"),
)
# The presets' names and descriptions (resources/presets/*.nngui.json), to be translated.
_PRESET_TEXTS = (
    QT_TRANSLATE_NOOP("Presets", "The article's task"),
    QT_TRANSLATE_NOOP("Presets",
                      "Four situations of three inputs; the hidden rule is 'the output is the first "
                      "input'. What is the answer to the riddle 1 0 0?"),
    QT_TRANSLATE_NOOP("Presets", "The article's worked example"),
    QT_TRANSLATE_NOOP("Presets",
                      "The iteration the article computes by hand: all weights start at 0.5. Press Step "
                      "once and compare with the article."),
    QT_TRANSLATE_NOOP("Presets", "Two layers"),
    QT_TRANSLATE_NOOP("Presets",
                      "Seven situations a single neuron cannot learn (XOR-like); a hidden layer of 4 "
                      "neurons can. What is the answer for 1 1 0?"),
    QT_TRANSLATE_NOOP("Presets", "AND"),
    QT_TRANSLATE_NOOP("Presets",
                      "The output is 1 only when both inputs are 1. The third input is always 1 (it plays "
                      "the role of a bias)."),
    QT_TRANSLATE_NOOP("Presets", "OR"),
    QT_TRANSLATE_NOOP("Presets",
                      "The output is 1 when at least one input is 1. The third input is always 1 (a "
                      "bias)."),
    QT_TRANSLATE_NOOP("Presets", "NAND"),
    QT_TRANSLATE_NOOP("Presets",
                      "The output is 0 only when both inputs are 1. The third input is always 1 (a bias)."),
    QT_TRANSLATE_NOOP("Presets", "XOR"),
    QT_TRANSLATE_NOOP("Presets",
                      "The output is 1 when exactly one input is 1. One neuron cannot learn this; add a "
                      "hidden layer (try 4). The third input is always 1 (a bias)."),
    QT_TRANSLATE_NOOP("Presets", "XOR with a hidden layer"),
    QT_TRANSLATE_NOOP("Presets",
                      "XOR solved: a hidden layer of 4 neurons learns what one neuron cannot. Compare its "
                      "loss with the XOR preset's, which is stuck. The third input is always 1 (a bias)."),
    QT_TRANSLATE_NOOP("Presets", "First two equal"),
    QT_TRANSLATE_NOOP("Presets",
                      "The output is 1 when the first two inputs are equal (XNOR); the third input does "
                      "not matter. One neuron cannot learn this; a hidden layer of 4 with a bias can."),
    QT_TRANSLATE_NOOP("Presets", "NOT first input"),
    QT_TRANSLATE_NOOP("Presets",
                      "The output is the opposite of the first input; the others do not matter. The bias "
                      "is on: when every input is 0, a neuron without a bias can only answer 0.5."),
    QT_TRANSLATE_NOOP("Presets", "Majority of three"),
    QT_TRANSLATE_NOOP("Presets",
                      "The output is 1 when at least two of the three inputs are 1. The bias is on: when "
                      "every input is 0, a neuron without a bias can only answer 0.5."),
    QT_TRANSLATE_NOOP("Presets", "Odd parity (XOR of three)"),
    QT_TRANSLATE_NOOP("Presets",
                      "The output is 1 when an odd number of inputs is 1. A hidden layer (and a bias) can "
                      "learn the seven situations, but the riddle 1 1 1 is not among them: what does the "
                      "network guess, and is it right?"),
)


def _preset_texts() -> dict[str, str]:
    """The presets' names and descriptions, translated."""
    return {text: translate("Presets", text) for text in _PRESET_TEXTS}
