"""The lessons' and share codes' messages (no Qt): ids and English templates, added to nngui.model.texts.

They are translated like every other refusal, by lookup in the translation context "Messages"
(nngui.qt.messages.translate_text); importing this module makes their ids known to ``Text``.
"""

from __future__ import annotations

from nngui.model.texts import QT_TRANSLATE_NOOP, TEMPLATES

_LESSON_TEXTS = {
    # places in a lesson file
    "lesson_step": QT_TRANSLATE_NOOP("Messages", "step {step}"),
    "lesson_condition": QT_TRANSLATE_NOOP("Messages", "condition {condition}"),
    "lesson_hint": QT_TRANSLATE_NOOP("Messages", "hint {hint}"),
    "lesson_choice": QT_TRANSLATE_NOOP("Messages", "choice {choice}"),
    "lesson_field": QT_TRANSLATE_NOOP("Messages", "field \"{name}\""),
    "lesson_scenario": QT_TRANSLATE_NOOP("Messages", "its scenario"),
    "share_code": QT_TRANSLATE_NOOP("Messages", "share code"),
    # what is wrong there
    "not_lesson": QT_TRANSLATE_NOOP(
        "Messages", "not an nngui lesson (the \"format\" field is missing or wrong)"),
    "not_lesson_object": QT_TRANSLATE_NOOP("Messages", "expected a lesson (a JSON object), got {what}"),
    "no_steps": QT_TRANSLATE_NOOP("Messages", "a lesson needs at least one step"),
    "not_translated": QT_TRANSLATE_NOOP(
        "Messages", "expected a text, or an object with \"en\" and \"ru\" texts, got {what}"),
    "unknown_word": QT_TRANSLATE_NOOP("Messages", "unknown word {name}; known are: {known}"),
    "needs_answer": QT_TRANSLATE_NOOP(
        "Messages", "this check compares the learner's answer, but the step asks for none (\"answer\")"),
    "low_above_high": QT_TRANSLATE_NOOP("Messages", "\"low\" ({low}) is above \"high\" ({high})"),
    "no_lesson": QT_TRANSLATE_NOOP("Messages", "there is no lesson called {name}"),
    "bad_name": QT_TRANSLATE_NOOP(
        "Messages", "{name} is not a name: use small letters, digits and _, starting with a letter"),
    "few_choices": QT_TRANSLATE_NOOP("Messages", "a choice needs at least two answers to choose from"),
    # share codes
    "share_prefix": QT_TRANSLATE_NOOP(
        "Messages", "not a share code of nngui (it should start with {prefix})"),
    "share_damaged": QT_TRANSLATE_NOOP("Messages", "the share code is damaged or incomplete"),
    "share_too_long": QT_TRANSLATE_NOOP(
        "Messages", "{n} characters; a share code may have at most {m}"),
    "share_too_large": QT_TRANSLATE_NOOP(
        "Messages", "it unpacks to more than {limit} kB; a share code may hold at most that"),
    "share_kind": QT_TRANSLATE_NOOP("Messages", "it holds neither a scenario nor a lesson"),
}

for _id, _template in _LESSON_TEXTS.items():
    assert TEMPLATES.get(_id, ("Messages", _template)) == ("Messages", _template), f"two messages {_id!r}"
    TEMPLATES[_id] = ("Messages", _template)
