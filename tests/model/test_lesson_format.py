"""Lessons as data: the format's loader, its refusals, the conditions, and share codes (no Qt)."""

from __future__ import annotations

import base64
import copy
import json
import zlib

import numpy as np
import pytest

import nngui
from nngui.model.conditions import Snapshot, changed_situations, met, quantity_value
from nngui.model.lessons import MAX_LESSON_BYTES, SUFFIX, Lesson, lesson_names, load_lesson
from nngui.model.scenario import ScenarioError, load_preset
from nngui.model.share import MAX_SHARE_CHARS, PREFIX, read_share_code, scenario_code, share_code

SMALL = {
    "format": "nngui-lesson", "version": 1, "title": "A small lesson",
    "scenario": "article",
    "steps": [
        {"text": {"en": "Guess", "ru": "Угадайте"}, "answer": {"kind": "number"}, "remember": "guess",
         "conditions": [{"check": "answer_between", "low": 0, "high": 1}]},
        {"text": "Train",
         "conditions": [{"check": "all_right"}, {"check": "iterations_at_least", "value": 10}],
         "lock": ["learning_rate"], "hide": ["code"], "hints": ["Press Train"]},
    ],
}


def refusal(data: object) -> str:
    with pytest.raises(ScenarioError) as caught:
        Lesson.from_dict(data, "teacher.nngui-lesson.json")
    return str(caught.value)


def test_the_public_face_lists_the_shipped_lessons_without_qt():
    assert nngui.lesson_names()[0] == "article"
    assert {"article", "logic-gates", "learning-rate", "xor", "flip-riddle"} <= set(lesson_names())
    for name in lesson_names():
        lesson = load_lesson(name)
        assert lesson.steps and lesson.title.en and lesson.title.ru
        for step in lesson.steps:
            assert step.text.en and step.text.ru, name  # every shipped text has its Russian


def test_a_lesson_reads_its_steps_texts_locks_and_conditions():
    lesson = Lesson.from_dict(SMALL)
    assert lesson.title.get("ru") == "A small lesson"  # no Russian: the English
    first, second = lesson.steps
    assert first.text.get("ru") == "Угадайте" and first.answer == "number" and first.remember == "guess"
    assert second.lock == ("learning_rate",) and second.hide == ("code",)
    assert second.hints[0].en == "Press Train"
    assert lesson.scenario_for(1).riddle == [1.0, 0.0, 0.0]  # the lesson's scenario, a preset


@pytest.mark.parametrize("change, words", [
    (lambda d: d.update(format="nngui-scenario"), "not an nngui lesson"),
    (lambda d: d.update(version=2), "version 2 is not supported"),
    (lambda d: d.update(steps=[]), "a lesson needs at least one step"),
    (lambda d: d["steps"][1].update(text=3), "step 2, field \"text\": expected a text"),
    (lambda d: d["steps"][1]["conditions"].append({"check": "run_python"}),
     "step 2, condition 3, field \"check\": unknown word 'run_python'"),
    (lambda d: d["steps"][1]["conditions"][1].update(value=-1),
     "step 2, condition 2, field \"value\": -1 is out of range"),
    (lambda d: d["steps"][1]["conditions"].append({"check": "answer_near", "value": 1, "tolerance": 0.1}),
     "step 2, condition 3: this check compares the learner's answer, but the step asks for none"),
    (lambda d: d["steps"][1].update(lock=["everything"]),
     "step 2, field \"lock\": unknown word 'everything'"),
    (lambda d: d["steps"][0].update(scenario={"format": "nngui-scenario", "version": 1, "riddle": [2],
                                             "situations": [{"inputs": [1], "output": 0}]}),
     "step 1, its scenario: riddle, input 1: 2 is out of range"),
    (lambda d: d["steps"][0].update(scenario="no-such-preset"), "there is no preset called 'no-such-preset'"),
    (lambda d: d["steps"][0].update(code="import os"), "step 1: unknown field 'code'"),
    (lambda d: d["steps"][0]["conditions"][0].update(low=2), "\"low\" (2) is above \"high\" (1)"),
    (lambda d: d["steps"][0].update(remember="My Guess"),
     "step 1, field \"remember\": 'My Guess' is not a name"),
    (lambda d: d["steps"][0].update(answer={"kind": "choice", "choices": [{"en": "Yes", "value": 1}]}),
     "step 1, field \"answer\", field \"choices\": a choice needs at least two answers"),
])
def test_a_bad_lesson_is_refused_naming_the_file_the_step_and_the_field(change, words):
    data = copy.deepcopy(SMALL)
    change(data)
    message = refusal(data)
    assert message.startswith("teacher.nngui-lesson.json: ")
    assert words in message


def test_a_lesson_file_is_size_capped_and_pure_json(tmp_path):
    big = tmp_path / ("big" + SUFFIX)
    big.write_text(" " * (MAX_LESSON_BYTES + 1) + "{}")
    with pytest.raises(ScenarioError, match="files over"):
        Lesson.load(big)
    code = tmp_path / ("code" + SUFFIX)
    code.write_text("__import__('os').system('echo hi')")
    with pytest.raises(ScenarioError, match="not valid JSON"):
        Lesson.load(code)


def snapshot(**fields) -> Snapshot:
    scenario = fields.pop("scenario", load_preset("article"))
    weights = fields.pop("weights", tuple(scenario.network().weights))
    return Snapshot(scenario, weights, **fields)


def test_quantities_are_the_articles_numbers_with_weights_one_half():
    s = snapshot()
    value = {"situation": 1, "weight": 1, "weights": 0.5}
    assert quantity_value({**value, "quantity": "weighted_sum"}, s) == pytest.approx(0.5)
    assert quantity_value({**value, "quantity": "output"}, s) == pytest.approx(0.6225, abs=1e-4)
    assert quantity_value({**value, "quantity": "error"}, s) == pytest.approx(-0.6225, abs=1e-4)
    adjustments = [quantity_value({**value, "quantity": "adjustment", "weight": w}, s) for w in (1, 2, 3)]
    assert np.sign(adjustments).tolist() == [1, -1, -1]
    # checked against the article's own loop
    X, y, w = s.scenario.X(), s.scenario.y(), np.full((3, 1), 0.5)
    out = 1 / (1 + np.exp(-X @ w))
    assert adjustments == pytest.approx((X.T @ ((y - out) * out * (1 - out))).ravel().tolist())


def test_conditions_decide_on_the_snapshot():
    near = {"check": "answer_near", "value": {"quantity": "weighted_sum", "situation": 1, "weight": 1,
                                              "weights": 0.5}, "tolerance": 0.01}
    assert met(near, snapshot(answer=0.505)) and not met(near, snapshot(answer=0.6))
    assert not met(near, snapshot())  # no answer yet
    assert met({"check": "loss_below", "value": 0.1}, snapshot(last_loss=0.05))
    assert not met({"check": "loss_below", "value": 0.1}, snapshot())
    assert met({"check": "iterations_at_most", "value": 300}, snapshot(iteration=300))
    assert not met({"check": "iterations_at_most", "value": 300}, snapshot(iteration=301))
    assert met({"check": "all_right"}, snapshot(right=4, total=4))
    assert not met({"check": "all_right"}, snapshot(right=3, total=4))
    assert met({"check": "riddle_between", "low": 0.9, "high": 1}, snapshot(riddle_answer=0.99))
    weight = {"check": "weight_between", "layer": 1, "input": 1, "neuron": 1, "low": -1, "high": 0}
    assert met(weight, snapshot()) and not met({**weight, "input": 2}, snapshot())
    assert met({"check": "showing", "view": "input_space"}, snapshot(showing=frozenset({"input_space"})))


def test_situations_changed_counts_against_the_steps_first_scenario():
    base = load_preset("article")
    now = base.copy()
    assert changed_situations(base, now) == 0
    now.inputs[3] = [1.0, 0.0, 0.0]
    assert changed_situations(base, now) == 1
    now.outputs[0] = 1.0
    assert changed_situations(base, now) == 2


def test_the_timeline_crossing_is_found_near_the_viewed_iteration():
    answers = {k: 0.3 + 0.01 * k for k in range(0, 101)}  # crosses 0.5 between 20 and 21
    crossing = {"check": "viewed_crossing", "threshold": 0.5, "slack": 3}
    assert met(crossing, snapshot(iteration=100, viewed_iteration=21, riddle_at=answers.get))
    assert met(crossing, snapshot(iteration=100, viewed_iteration=18, riddle_at=answers.get))
    assert not met(crossing, snapshot(iteration=100, viewed_iteration=60, riddle_at=answers.get))
    assert not met(crossing, snapshot(iteration=100, viewed_iteration=21))  # no timeline


def test_share_codes_round_trip_and_refuse_what_is_not_one():
    scenario = load_preset("xor")
    code = scenario_code(scenario)
    assert code.startswith(PREFIX) and "\n" not in code and len(code) < 400
    assert read_share_code(code) == scenario
    assert read_share_code(code[:20] + "\n" + code[20:]) == scenario  # pasted over two lines
    lesson = read_share_code(share_code(SMALL))
    assert isinstance(lesson, Lesson) and lesson.steps[0].remember == "guess"
    for bad, words in [("hello", "should start with nngui1:"), (PREFIX + "@@@@", "damaged"),
                       (code[:-10], "damaged"), ("x" * (MAX_SHARE_CHARS + 1), "at most")]:
        with pytest.raises(ScenarioError, match=words):
            read_share_code(bad)
    bomb = PREFIX + base64.urlsafe_b64encode(zlib.compress(b" " * (5 * 2**20))).decode()
    with pytest.raises(ScenarioError, match="unpacks to more than"):
        read_share_code(bomb)
    broken = dict(SMALL, steps=[{"text": 1}])
    with pytest.raises(ScenarioError, match="share code: step 1, field \"text\""):
        read_share_code(share_code(json.loads(json.dumps(broken))))


def test_every_whole_lesson_in_the_docs_reads():
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "lessons.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in docs.split("```json")[1:]]
    lessons = [Lesson.from_json(b, "lessons.md") for b in blocks if '"format": "nngui-lesson"' in b
               and "…" not in b]
    assert len(lessons) >= 2
    assert any(step.lock and step.hide and not step.conditions for lesson in lessons for step in lesson.steps)
