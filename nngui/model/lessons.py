"""Lessons: steps of text, tasks, checks and hints over scenarios, read from ``*.nngui-lesson.json`` (no Qt).

The format is documented in docs/lessons.md. A file is pure JSON (nothing in it runs), size-capped,
and checked field by field: a bad one is refused with a ScenarioError naming the file, the step and
the field, and nothing changes.
"""

from __future__ import annotations

import copy
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nngui.model import lesson_texts  # noqa: F401 (the refusals' ids)
from nngui.model.checks import checked_list, checked_number, checked_text, described, shown
from nngui.model.conditions import ANSWER_CHECKS, VIEWS, checked_condition
from nngui.model.files import read_text_file
from nngui.model.limits import WEIGHT_LIMIT
from nngui.model.scenario import Scenario, load_preset, parse_json, preset_names
from nngui.model.texts import Field, ScenarioError, Text, at, place
from nngui.resources import resource_path

FORMAT = "nngui-lesson"
VERSION = 1
SUFFIX = ".nngui-lesson.json"

#: A lesson file larger than this is refused before it is read.
MAX_LESSON_BYTES = 1024 * 1024
MAX_STEPS = 100
MAX_TEXT = 5000
MAX_TITLE = 200
MAX_HINTS = 10
MAX_CONDITIONS = 20
MAX_CHOICES = 10
MAX_NAME = 40
#: The languages a lesson's texts are written in; English is needed, the others fall back to it.
LANGUAGES = ("en", "ru")
#: What a step may lock (shown but not editable) or hide: the window's controls, by name.
CONTROLS = ("learning_rate", "iterations", "seed", "hidden_layers", "activation", "updates", "loss",
            "situations", "riddle", "weights", "train", "code", *VIEWS)

_FIELDS = ("format", "version", "title", "description", "scenario", "steps")
_STEP_FIELDS = ("text", "task", "done", "scenario", "answer", "remember", "lock", "hide", "conditions",
                "hints")
_NAME = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Words:
    """A text in every language of the lesson: English, and Russian where the lesson gives it."""

    en: str
    ru: str = ""

    def get(self, language: str) -> str:
        """The text in `language`, English where that is missing."""
        return (self.ru if language == "ru" else "") or self.en


@dataclass(frozen=True)
class Choice:
    """One answer a step offers ("up", "down"): its words and the number it stands for."""

    words: Words
    value: float


@dataclass(frozen=True)
class Step:
    """One step: what it says, what it asks (a number typed, or a choice), and when it is done."""

    text: Words
    task: Words | None = None
    done: Words | None = None                 # said once the step's conditions are met
    scenario: Scenario | None = None          # loaded when the step begins
    answer: str | None = None                 # None, "number" or "choice"
    choices: tuple[Choice, ...] = ()
    remember: str | None = None               # the answer is kept under this name ({name} in texts)
    lock: tuple[str, ...] = ()
    hide: tuple[str, ...] = ()
    conditions: tuple[dict[str, Any], ...] = ()
    hints: tuple[Words, ...] = ()

    @property
    def asks_answer(self) -> bool:
        return self.answer is not None

    def answer_conditions(self) -> list[dict[str, Any]]:
        return [c for c in self.conditions if c["check"] in ANSWER_CHECKS]


@dataclass(frozen=True)
class Lesson:
    """A lesson: a title, an optional scenario to start with, and its steps."""

    title: Words
    steps: tuple[Step, ...]
    description: Words | None = None
    scenario: Scenario | None = None
    data: Any = None   # the JSON it was read from (for share codes)

    def scenario_for(self, index: int) -> Scenario | None:
        """The scenario in force at step `index`: the last one a step up to it loads, else the lesson's."""
        for step in reversed(self.steps[: index + 1]):
            if step.scenario is not None:
                return step.scenario.copy()
        return self.scenario.copy() if self.scenario is not None else None

    @classmethod
    def from_dict(cls, data: Any, where: Field = "") -> Lesson:
        return _lesson(data, where)

    @classmethod
    def from_json(cls, text: str, where: Field = "") -> Lesson:
        return cls.from_dict(parse_json(text, where), where)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Lesson:
        """Read a lesson file: a Lesson, or ScenarioError naming the file, the step and the field."""
        p = Path(path)
        return cls.from_json(read_text_file(p, MAX_LESSON_BYTES), p.name)


# -- shipped lessons -----------------------------------------------------------------------------------

def lesson_names() -> list[str]:
    """The lessons shipped in resources/lessons, the article's lesson first."""
    folder = resource_path("lessons")
    names = sorted(p.name[: -len(SUFFIX)] for p in folder.iterdir() if p.name.endswith(SUFFIX))
    order = ["article", "logic-gates", "learning-rate", "xor", "perceptron", "flip-riddle"]
    return [n for n in order if n in names] + [n for n in names if n not in order]


def lesson_path(name: str) -> Path:
    """Where a shipped lesson's file is."""
    if name not in lesson_names():
        raise ScenarioError(Text("no_lesson", name=repr(name)))
    return resource_path("lessons", name + SUFFIX)


def load_lesson(name: str) -> Lesson:
    """A shipped lesson by name (see lesson_names())."""
    return Lesson.load(lesson_path(name))


# -- reading ----------------------------------------------------------------------------------------------

def _field(where: Field, name: str) -> Field:
    """A field of a place: "lesson.json: step 2, field "text"" (a part of the place, not a problem)."""
    return place(where, Text("lesson_field", name=name))


def _refuse_unknown(data: dict[Any, Any], known: tuple[str, ...], where: Field) -> None:
    extra = sorted(str(k) for k in data if k not in known)
    if extra:
        raise ScenarioError(at(where, Text("unknown_field", name=repr(extra[0][:40]))))


def _words(value: Any, where: Field, limit: int = MAX_TEXT) -> Words:
    """A text: a plain string (English only) or {"en": …, "ru": …}."""
    if isinstance(value, str):
        return Words(checked_text(value, where, limit))
    if not isinstance(value, dict):
        raise ScenarioError(at(where, Text("not_translated", what=described(value))))
    _refuse_unknown(value, LANGUAGES, where)
    if "en" not in value:
        raise ScenarioError(at(where, Text("missing_field", name="en")))
    texts = {code: checked_text(value[code], _field(where, code), limit)
             for code in LANGUAGES if code in value}
    return Words(**texts)


def _scenario(value: Any, where: Field) -> Scenario:
    """A step's scenario: a preset's name, or a scenario written inline (checked like a file)."""
    if isinstance(value, str):
        if value not in preset_names():
            raise ScenarioError(at(where, Text("no_preset", name=repr(value[:40]))))
        return load_preset(value)
    return Scenario.from_dict(value, where)


def _names(value: Any, where: Field, known: tuple[str, ...]) -> tuple[str, ...]:
    items = checked_list(value, where, len(known))
    for item in items:
        if item not in known:
            problem = Text("unknown_word", name=repr(str(item)[:40]), known=", ".join(known))
            raise ScenarioError(at(where, problem))
    return tuple(dict.fromkeys(items))


def _step(data: Any, where: Field) -> Step:
    if not isinstance(data, dict):
        raise ScenarioError(at(where, Text("not_object", what=described(data))))
    _refuse_unknown(data, _STEP_FIELDS, where)
    if "text" not in data:
        raise ScenarioError(at(where, Text("missing_field", name="text")))
    fields: dict[str, Any] = {"text": _words(data["text"], _field(where, "text"))}
    for key in ("task", "done"):
        if data.get(key) is not None:
            fields[key] = _words(data[key], _field(where, key))
    if data.get("scenario") is not None:
        fields["scenario"] = _scenario(data["scenario"], place(where, Text("lesson_scenario")))
    if data.get("answer") is not None:
        fields["answer"], fields["choices"] = _answer(data["answer"], _field(where, "answer"))
    if data.get("remember") is not None:
        here = _field(where, "remember")
        name = checked_text(data["remember"], here, MAX_NAME)
        if not _NAME.fullmatch(name) or "answer" not in fields:
            raise ScenarioError(at(here, Text("needs_answer") if "answer" not in fields else
                                   Text("bad_name", name=repr(name))))
        fields["remember"] = name
    for key in ("lock", "hide"):
        if key in data:
            fields[key] = _names(data[key], _field(where, key), CONTROLS)
    conditions = checked_list(data.get("conditions", []), _field(where, "conditions"), MAX_CONDITIONS)
    fields["conditions"] = tuple(
        checked_condition(c, place(where, Text("lesson_condition", condition=str(n))), "answer" in fields)
        for n, c in enumerate(conditions, start=1))
    hints = checked_list(data.get("hints", []), _field(where, "hints"), MAX_HINTS)
    fields["hints"] = tuple(_words(h, place(where, Text("lesson_hint", hint=str(n))))
                            for n, h in enumerate(hints, start=1))
    return Step(**fields)


def _answer(value: Any, where: Field) -> tuple[str, tuple[Choice, ...]]:
    """{"kind": "number"} or {"kind": "choice", "choices": [{"en": "up", "ru": "вверх", "value": 1}, …]}."""
    if not isinstance(value, dict):
        raise ScenarioError(at(where, Text("not_object", what=described(value))))
    _refuse_unknown(value, ("kind", "choices"), where)
    kind = value.get("kind")
    if kind not in ("number", "choice"):
        raise ScenarioError(at(_field(where, "kind"), Text("unknown_word", name=repr(str(kind)[:40]),
                                                            known="number, choice")))
    if kind == "number":
        if "choices" in value:
            raise ScenarioError(at(where, Text("unknown_field", name=repr("choices"))))
        return "number", ()
    items = checked_list(value.get("choices"), _field(where, "choices"), MAX_CHOICES)
    if len(items) < 2:
        raise ScenarioError(at(_field(where, "choices"), Text("few_choices")))
    choices = []
    for n, item in enumerate(items, start=1):
        here = place(where, Text("lesson_choice", choice=str(n)))
        if not isinstance(item, dict):
            raise ScenarioError(at(here, Text("not_object", what=described(item))))
        if "value" not in item:
            raise ScenarioError(at(here, Text("missing_field", name="value")))
        number = checked_number(item["value"], _field(here, "value"), -WEIGHT_LIMIT, WEIGHT_LIMIT)
        words = _words({k: v for k, v in item.items() if k != "value"}, here, MAX_TITLE)
        choices.append(Choice(words, number))
    return "choice", tuple(choices)


def _lesson(data: Any, where: Field) -> Lesson:
    if not isinstance(data, dict):
        raise ScenarioError(at(where, Text("not_lesson_object", what=described(data))))
    if data.get("format") != FORMAT:
        raise ScenarioError(at(where, Text("not_lesson")))
    version = data.get("version")
    if version != VERSION or isinstance(version, bool):
        raise ScenarioError(at(where, Text("unsupported_version", n=shown(version), m=str(VERSION))))
    _refuse_unknown(data, _FIELDS, where)
    for required in ("title", "steps"):
        if required not in data:
            raise ScenarioError(at(where, Text("missing_field", name=required)))
    title = _words(data["title"], at(where, Text("lesson_field", name="title")), MAX_TITLE)
    description = None
    if data.get("description") is not None:
        description = _words(data["description"], at(where, Text("lesson_field", name="description")))
    scenario = None
    if data.get("scenario") is not None:
        scenario = _scenario(data["scenario"], at(where, Text("lesson_field", name="scenario")))
    items = checked_list(data["steps"], at(where, Text("lesson_field", name="steps")), MAX_STEPS)
    if not items:
        raise ScenarioError(at(at(where, Text("lesson_field", name="steps")), Text("no_steps")))
    steps = tuple(_step(item, at(where, Text("lesson_step", step=str(n))))
                  for n, item in enumerate(items, start=1))
    return Lesson(title, steps, description, scenario, copy.deepcopy(data))
