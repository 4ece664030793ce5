"""Texts from the model side (scenario files, CSV, presets, the core) put into the interface's language."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nngui.qt import i18n

translate = QCoreApplication.translate  # translate("Messages", …) calls are what pyside6-lupdate extracts


def translate_error(text: str) -> str:
    """A ScenarioError's or ValueError's English message in the current language.

    nngui.model.scenario and nngui.model.network speak English and know nothing of Qt; their messages follow a
    few templates ("<where>: <problem>"), which are recognised here and translated piece by piece.
    A message that matches no template is returned as it is.
    """
    if i18n.current_language() == "en" or not text:
        return text
    for pattern, template, converters in _rules():
        match = _compiled(pattern).fullmatch(text)
        if match is None:
            continue
        values = {name: converters.get(name, _plain)(value or "")
                  for name, value in match.groupdict().items() if name != "where"}
        problem = template.format(**values)
        where = match.group("where") if "where" in match.groupdict() else None
        return f"{translate_where(where)}: {problem}" if where else _capitalised(problem)
    return text


def translate_os_error(reason: str) -> str:
    """An operating system's English reason ("No such file or directory") in the current language."""
    if i18n.current_language() == "en":
        return reason
    return translate("Messages", reason) if reason in _OS_REASONS else reason


def translate_where(where: str) -> str:
    """The place a message names ("data.csv: situation 2 (line 3), input 1") in the current language."""
    if i18n.current_language() == "en":
        return where
    segments = []
    for segment in where.split(": "):
        segments.append(", ".join(_place_part(part) for part in segment.split(", ")))
    return ": ".join(segments)


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


# -- the places a message names ---------------------------------------------------------

def _place_part(part: str) -> str:
    for pattern, template in _places():
        match = _compiled(pattern).fullmatch(part)
        if match is not None:
            return template.format(*(_plain(g) for g in match.groups()))
    return part


def _places() -> list[tuple[str, str]]:
    return [
        (r"situation (\d+) \(line (\d+)\)", translate("Messages", "situation {0} (line {1})")),
        (r"situation (\d+)", translate("Messages", "situation {0}")),
        (r"situations", translate("Messages", "situations")),
        (r"input (\d+)", translate("Messages", "input {0}")),
        (r"inputs", translate("Messages", "inputs")),
        (r"(?:the )?expected output", translate("Messages", "expected output")),
        (r"expected outputs", translate("Messages", "expected outputs")),
        (r"riddle", translate("Messages", "riddle")),
        (r"hidden layers", translate("Messages", "hidden layers")),
        (r"hidden layer (\d+)", translate("Messages", "hidden layer {0}")),
        (r"learning rate", translate("Messages", "learning rate")),
        (r"iterations", translate("Messages", "iterations")),
        (r"seed", translate("Messages", "seed")),
        (r"bias", translate("Messages", "bias")),
        (r"initial weights", translate("Messages", "initial weights")),
        (r"layer (\d+)", translate("Messages", "layer {0}")),
        (r"row (\d+)", translate("Messages", "row {0}")),
        (r"column (\d+)", translate("Messages", "column {0}")),
        (r"line (\d+)", translate("Messages", "line {0}")),
        (r"settings", translate("Messages", "settings")),
        (r"version", translate("Messages", "version")),
        (r"name", translate("Messages", "name")),
        (r"description", translate("Messages", "description")),
        (r"preset (.+)", translate("Messages", "preset {0}")),
    ]


# -- the problems ------------------------------------------------------------------------

_WHERE = r"(?:(?P<where>.+): )?"


def _rules() -> list[tuple[str, str, dict[str, Callable[[str], str]]]]:
    """(pattern of the whole message, translated template, converters of the named groups)."""
    number = {"n": _number, "m": _number, "low": _number, "high": _number, "size": _size, "limit": _size}
    described = {"what": _described}
    reason = {"reason": translate_os_error}
    return [
        # files
        (_WHERE + r"cannot open the file \((?P<reason>.*)\)",
         translate("Messages", "cannot open the file ({reason})"),
         reason),
        (_WHERE + r"cannot read the file \((?P<reason>.*)\)",
         translate("Messages", "cannot read the file ({reason})"),
         reason),
        (_WHERE + r"this is a folder, not a file",
         translate("Messages", "this is a folder, not a file"),
         {}),
        (_WHERE + r"this is not an ordinary file",
         translate("Messages", "this is not an ordinary file"),
         {}),
        (_WHERE + r"the file is (?P<size>[\d.]+) MB; files over (?P<limit>[\d.]+) MB are refused",
         translate("Messages", "the file is {size} MB; files over {limit} MB are refused"),
         number),
        (_WHERE + r"the file is larger than (?P<limit>[\d.]+) MB",
         translate("Messages", "the file is larger than {limit} MB"),
         number),
        (_WHERE + r"the file is empty",
         translate("Messages", "the file is empty"),
         {}),
        (_WHERE + r"this is not a text file \(byte (?P<n>\d+) is not valid UTF-8\)",
         translate("Messages", "this is not a text file (byte {n} is not valid UTF-8)"),
         number),
        # JSON
        (_WHERE + r"(?P<name>NaN|Infinity|-Infinity) is not allowed; use ordinary numbers",
         translate("Messages", "{name} is not allowed; use ordinary numbers"),
         {}),
        (_WHERE + r"the data is nested too deeply",
         translate("Messages", "the data is nested too deeply"),
         {}),
        (_WHERE + r"not valid JSON \(line (?P<n>\d+), column (?P<m>\d+): (?P<reason>.*)\)",
         translate("Messages", "not valid JSON (line {n}, column {m}: {reason})"),
         {**number, "reason": _json_reason}),
        (_WHERE + r"not valid JSON \((?P<reason>.*)\)",
         translate("Messages", "not valid JSON ({reason})"),
         {}),
        (r"there is no preset called (?P<name>.*)",
         translate("Messages", "there is no preset called {name}"),
         {}),
        # CSV
        (_WHERE + r"expected text",
         translate("Messages", "expected text"),
         {}),
        (_WHERE + r"more than (?P<n>[\d,]+) situations; at most (?P<m>[\d,]+) are allowed",
         translate("Messages", "more than {n} situations; at most {m} are allowed"),
         number),
        (_WHERE + r"not valid CSV \((?P<reason>.*)\)",
         translate("Messages", "not valid CSV ({reason})"),
         {}),
        (_WHERE + r"no situations found",
         translate("Messages", "no situations found"),
         {}),
        (_WHERE + r"(?P<n>[\d,]+) situations; at most (?P<m>[\d,]+) are allowed",
         translate("Messages", "{n} situations; at most {m} are allowed"),
         number),
        (_WHERE + r"each row needs at least one input and then the expected output",
         translate("Messages", "each row needs at least one input and then the expected output"),
         {}),
        (_WHERE + r"(?P<n>[\d,]+) inputs; at most (?P<m>[\d,]+) are allowed",
         translate("Messages", "{n} inputs; at most {m} are allowed"),
         number),
        (_WHERE + r"(?P<here>situation \d+ \(line \d+\)) has (?P<n>[\d,]+) columns?; "
                  r"the first situation has (?P<m>\d+)",
         translate("Messages", "{here} has {n} columns; the first situation has {m}"),
         {**number, "here": translate_where}),
        (_WHERE + r"the cell is empty; expected a number from 0 to 1",
         translate("Messages", "the cell is empty; expected a number from 0 to 1"),
         {}),
        (_WHERE + r"(?P<text>'.*'|\".*\") is not a number",
         translate("Messages", "{text} is not a number"),
         {}),
        (_WHERE + r"(?P<text>[^;]+) must be a number from 0 to 1",
         translate("Messages", "{text} must be a number from 0 to 1"),
         {"text": i18n.decimal}),
        # checked fields
        (_WHERE + r"expected a number, got (?P<what>.*)",
         translate("Messages", "expected a number, got {what}"),
         described),
        (_WHERE + r"(?P<what>.+) is out of range; it must be a number from (?P<low>\S+) to (?P<high>\S+)",
         translate("Messages", "{what} is out of range; it must be a number from {low} to {high}"),
         {**number, **described}),
        (_WHERE + r"expected a whole number, got (?P<what>.*)",
         translate("Messages", "expected a whole number, got {what}"),
         described),
        (_WHERE + r"(?P<what>.+) is out of range; "
                  r"it must be a whole number from (?P<low>\S+) to (?P<high>\S+)",
         translate("Messages", "{what} is out of range; it must be a whole number from {low} to {high}"),
         {**number, **described}),
        (_WHERE + r"expected a list, got (?P<what>.*)",
         translate("Messages", "expected a list, got {what}"),
         described),
        (_WHERE + r"(?P<n>[\d,]+) entries; at most (?P<m>[\d,]+) are allowed",
         translate("Messages", "{n} entries; at most {m} are allowed"),
         number),
        (_WHERE + r"expected a text, got (?P<what>.*)",
         translate("Messages", "expected a text, got {what}"),
         described),
        (_WHERE + r"(?P<n>[\d,]+) characters; at most (?P<m>[\d,]+) are allowed",
         translate("Messages", "{n} characters; at most {m} are allowed"),
         number),
        (_WHERE + r"the riddle needs at least one input",
         translate("Messages", "the riddle needs at least one input"),
         {}),
        (_WHERE + r"at least one situation is needed",
         translate("Messages", "at least one situation is needed"),
         {}),
        (_WHERE + r"(?P<n>[\d,]+) situations? but (?P<m>[\d,]+) expected outputs?",
         translate("Messages", "{n} situations but {m} expected outputs"),
         number),
        (_WHERE + r"situation (?P<r>\d+) has (?P<n>[\d,]+) inputs?; the riddle \(and so the network\) has "
                  r"(?P<m>\d+)",
         translate("Messages", "situation {r} has {n} inputs; the riddle (and so the network) has {m}"),
         number),
        (_WHERE + r"expected true or false, got (?P<what>.*)",
         translate("Messages", "expected true or false, got {what}"),
         described),
        (_WHERE + r"cannot be combined with bias \(switch bias off, or let the seed choose the weights\)",
         translate("Messages",
                   "cannot be combined with bias (switch bias off, or let the seed choose the weights)"),
         {}),
        (_WHERE + r"(?P<n>[\d,]+) weight tables? given; layers of (?P<sizes>\[.*\]) neurons need (?P<m>\d+)",
         translate("Messages", "{n} weight tables given; layers of {sizes} neurons need {m}"),
         number),
        (_WHERE + r"(?P<n>[\d,]+) rows?; expected (?P<m>\d+) \(one per input\)",
         translate("Messages", "{n} rows; expected {m} (one per input)"),
         number),
        (_WHERE + r"(?P<n>[\d,]+) weights?; expected (?P<m>\d+) \(one per neuron\)",
         translate("Messages", "{n} weights; expected {m} (one per neuron)"),
         number),
        (_WHERE + r"expected a scenario \(a JSON object\), got (?P<what>.*)",
         translate("Messages", "expected a scenario (a JSON object), got {what}"),
         described),
        (_WHERE + r"not an nngui scenario \(the \"format\" field is missing or wrong\)",
         translate("Messages", "not an nngui scenario (the \"format\" field is missing or wrong)"),
         {}),
        (_WHERE + r"version (?P<n>\S+) is not supported; this nngui reads version (?P<m>\d+)",
         translate("Messages", "version {n} is not supported; this nngui reads version {m}"),
         {}),
        (_WHERE + r"unknown field (?P<name>.*)",
         translate("Messages", "unknown field {name}"),
         {}),
        (_WHERE + r"the field \"(?P<name>.*)\" is missing",
         translate("Messages", "the field \"{name}\" is missing"),
         {}),
        (_WHERE + r"expected an object with \"inputs\" and \"output\", got (?P<what>.*)",
         translate("Messages", "expected an object with \"inputs\" and \"output\", got {what}"),
         described),
        (_WHERE + r"expected an object, got (?P<what>.*)",
         translate("Messages", "expected an object, got {what}"),
         described),
        # the core (the window checks first, so these are rare)
        (r"there are no situations to learn from",
         translate("Messages", "there are no situations to learn from"),
         {}),
        (r"the learning rate must be a number from 0 to (?P<high>\S+), not (?P<what>.*)",
         translate("Messages", "the learning rate must be a number from 0 to {high}, not {what}"),
         number),
        (r"the number of iterations must be a whole number ≥ 0, not (?P<what>.*)",
         translate("Messages", "the number of iterations must be a whole number ≥ 0, not {what}"),
         {}),
    ]


def _json_reason(reason: str) -> str:
    """Python's json module says what it expected in English; the usual ones are translated."""
    known = {
        "Expecting value": translate("Messages", "a value was expected"),
        "Expecting ',' delimiter": translate("Messages", "a comma was expected"),
        "Expecting ':' delimiter": translate("Messages", "a colon was expected"),
        "Expecting property name enclosed in double quotes":
            translate("Messages", "a field name in double quotes was expected"),
        "Extra data": translate("Messages", "extra text after the end"),
        "Unterminated string starting at": translate("Messages", "a text is not closed"),
        "Invalid control character at": translate("Messages", "an invalid control character"),
        "Invalid \\escape": translate("Messages", "an invalid \\ escape"),
        "Illegal trailing comma before end of object":
            translate("Messages", "a comma before the end of an object"),
        "Illegal trailing comma before end of array":
            translate("Messages", "a comma before the end of a list"),
    }
    return known.get(reason, reason)


def _described(text: str) -> str:
    """What nngui.model.scenario says it found instead ("the text 'abc'", "a list", a number)."""
    words = {
        "nothing (null)": translate("Messages", "nothing (null)"),
        "a list": translate("Messages", "a list"),
        "an object": translate("Messages", "an object"),
        "true (true/false)": translate("Messages", "true (true/false)"),
        "false (true/false)": translate("Messages", "false (true/false)"),
        "a number with too many digits": translate("Messages", "a number with too many digits"),
    }
    if text in words:
        return words[text]
    digits = re.fullmatch(r"a number with ([\d,]+) digits", text)
    if digits:
        return translate("Messages", "a number with {0} digits").format(_number(digits.group(1)))
    if text.startswith("the text "):
        return translate("Messages", "the text {0}").format(text[len("the text "):])
    return i18n.decimal(text)


def _number(text: str) -> str:
    """A number written by Python ("10,000", "0.5", "1e+06") as the current locale writes it."""
    plain = text.replace(",", "")
    if re.fullmatch(r"-?\d{1,18}", plain):
        return i18n.whole(int(plain))
    return i18n.decimal(text)


def _size(text: str) -> str:
    return i18n.decimal(text)


def _plain(text: str) -> str:
    return text


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.DOTALL)


def _preset_texts() -> dict[str, str]:
    """The presets' names and descriptions, translated."""
    return {text: translate("Presets", text) for text in _PRESET_TEXTS}
