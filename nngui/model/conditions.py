"""The conditions a lesson's step checks against a snapshot of the session, and what they compute (no Qt).

A condition is plain data, ``{"check": "loss_below", "value": 0.01}``: CHECKS says which checks exist
and what fields each takes; ``checked_condition`` validates one read from a file, ``met`` decides it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nngui.model import lesson_texts  # noqa: F401 (the refusals' ids)
from nngui.model.checks import checked_number, checked_whole, described
from nngui.model.limits import MAX_ITERATIONS, MAX_LAYER_SIZE, WEIGHT_LIMIT
from nngui.model.network import Network
from nngui.model.scenario import Scenario
from nngui.model.texts import Field, Number, ScenarioError, Text, at, place

#: What a quantity computes, for one iteration of a single neuron with given weights (the article's words).
QUANTITIES = ("weighted_sum", "output", "error", "slope", "delta", "adjustment", "riddle_answer")

# Each check and its fields: "number" (any number), "unit" (0 to 1), "whole" (a count ≥ 0),
# "index" (1, 2, …), "value" (a number or a quantity), and whether a field may be left out.
CHECKS: dict[str, dict[str, tuple[str, bool]]] = {
    "all_right": {},
    "loss_below": {"value": ("number", True)},
    "iterations_at_most": {"value": ("whole", True)},
    "iterations_at_least": {"value": ("whole", True)},
    "riddle_between": {"low": ("unit", True), "high": ("unit", True)},
    "weight_between": {"layer": ("index", False), "input": ("index", True), "neuron": ("index", False),
                       "low": ("number", True), "high": ("number", True)},
    "hidden_layers_at_least": {"value": ("whole", True)},
    "situations_changed": {"at_least": ("whole", False), "at_most": ("whole", False)},
    "showing": {"view": ("view", True)},
    "answer_near": {"value": ("value", True), "tolerance": ("number", True)},
    "answer_between": {"low": ("number", True), "high": ("number", True)},
    "answer_sign": {"value": ("value", True)},
    "viewed_crossing": {"threshold": ("unit", False), "slack": ("whole", False)},
}
#: The checks that compare the learner's typed (or chosen) answer.
ANSWER_CHECKS = ("answer_near", "answer_between", "answer_sign")
#: The views a "showing" check can ask for (the window's docks).
VIEWS = ("input_space", "truth_table", "explain")
_QUANTITY_FIELDS = ("quantity", "situation", "weight", "weights")


@dataclass(frozen=True)
class Snapshot:
    """What a condition may look at: the session as it is now (copies, never live arrays)."""

    scenario: Scenario
    weights: tuple[np.ndarray, ...]
    iteration: int = 0
    last_loss: float | None = None
    right: int = 0
    total: int = 0
    riddle_answer: float = 0.5
    answer: float | None = None          # the learner's answer to this step, once checked
    base: Scenario | None = None         # the scenario as the step began
    viewed_iteration: int = 0            # the iteration the timeline shows
    riddle_at: Callable[[int], float | None] | None = None  # the riddle's answer after an iteration
    showing: frozenset[str] = field(default_factory=frozenset)


def checked_condition(data: Any, where: Field, asks_answer: bool) -> dict[str, Any]:
    """A condition from a lesson file, every field checked; ScenarioError names the first problem."""
    if not isinstance(data, dict):
        raise ScenarioError(at(where, Text("not_object", what=described(data))))
    check = data.get("check")
    if check not in CHECKS:
        here = place(where, Text("lesson_field", name="check"))
        if check is None:
            raise ScenarioError(at(where, Text("missing_field", name="check")))
        raise ScenarioError(at(here, Text("unknown_word", name=repr(str(check)[:40]),
                                          known=", ".join(CHECKS))))
    spec = CHECKS[check]
    for key in data:
        if key != "check" and key not in spec:
            raise ScenarioError(at(where, Text("unknown_field", name=repr(str(key)[:40]))))
    if check in ANSWER_CHECKS and not asks_answer:
        raise ScenarioError(at(where, Text("needs_answer")))
    result: dict[str, Any] = {"check": check}
    for key, (kind, required) in spec.items():
        if key not in data:
            if required:
                raise ScenarioError(at(where, Text("missing_field", name=key)))
            continue
        here = place(where, Text("lesson_field", name=key))
        result[key] = _checked_field(data[key], kind, here)
    if "low" in result and "high" in result and result["low"] > result["high"]:
        raise ScenarioError(at(where, Text("low_above_high", low=Number(f"{result['low']:g}"),
                                           high=Number(f"{result['high']:g}"))))
    return result


def _checked_field(value: Any, kind: str, where: Field) -> Any:
    if kind == "number":
        return checked_number(value, where, -WEIGHT_LIMIT, WEIGHT_LIMIT)
    if kind == "unit":
        return checked_number(value, where, 0, 1)
    if kind == "whole":
        return checked_whole(value, where, 0, MAX_ITERATIONS)
    if kind == "index":
        return checked_whole(value, where, 1, MAX_LAYER_SIZE)
    if kind == "view":
        if value not in VIEWS:
            raise ScenarioError(at(where, Text("unknown_word", name=repr(str(value)[:40]),
                                               known=", ".join(VIEWS))))
        return value
    if isinstance(value, dict):  # kind "value": a quantity
        return checked_quantity(value, where)
    return checked_number(value, where, -WEIGHT_LIMIT, WEIGHT_LIMIT)


def checked_quantity(data: dict[str, Any], where: Field) -> dict[str, Any]:
    """A computed value: ``{"quantity": "weighted_sum", "situation": 1, "weights": 0.5}``."""
    for key in data:
        if key not in _QUANTITY_FIELDS:
            raise ScenarioError(at(where, Text("unknown_field", name=repr(str(key)[:40]))))
    if "quantity" not in data:
        raise ScenarioError(at(where, Text("missing_field", name="quantity")))
    quantity = data["quantity"]
    if quantity not in QUANTITIES:
        problem = Text("unknown_word", name=repr(str(quantity)[:40]), known=", ".join(QUANTITIES))
        raise ScenarioError(at(place(where, Text("lesson_field", name="quantity")), problem))
    result: dict[str, Any] = {"quantity": quantity, "situation": 1, "weight": 1, "weights": "current"}
    for key in ("situation", "weight"):
        if key in data:
            here = place(where, Text("lesson_field", name=key))
            result[key] = checked_whole(data[key], here, 1, MAX_LAYER_SIZE)
    if "weights" in data:
        weights = data["weights"]
        here = place(where, Text("lesson_field", name="weights"))
        if weights == "current":
            result["weights"] = "current"
        elif isinstance(weights, list):
            result["weights"] = [checked_number(w, place(here, Text("row", row=str(i))),
                                                -WEIGHT_LIMIT, WEIGHT_LIMIT)
                                 for i, w in enumerate(weights, start=1)]
        else:
            result["weights"] = checked_number(weights, here, -WEIGHT_LIMIT, WEIGHT_LIMIT)
    return result


# -- deciding ------------------------------------------------------------------------------------------

def quantity_value(quantity: dict[str, Any], snapshot: Snapshot) -> float | None:
    """What a quantity comes to for this snapshot's scenario (None where it cannot be computed)."""
    scenario = snapshot.scenario
    weights = quantity["weights"]
    if weights == "current":
        network = Network.from_weights(list(snapshot.weights), rules=scenario.rules())
    else:
        if scenario.hidden_layers:
            return None
        values = weights if isinstance(weights, list) else [weights] * scenario.n_inputs
        if len(values) != scenario.n_inputs:
            return None
        network = Network.from_weights([np.array(values, dtype=np.float64).reshape(-1, 1)],
                                       rules=scenario.rules())
    name = quantity["quantity"]
    if name == "riddle_answer":
        return float(network.predict(np.array(scenario.riddle))[0])
    situation = quantity["situation"] - 1
    if situation >= scenario.n_situations or network.layer_sizes != scenario.layer_sizes:
        return None
    last = network.step(scenario.X(), scenario.y(), scenario.learning_rate).layers[-1]
    if name == "adjustment":
        weight = quantity["weight"] - 1
        return float(last.adjustment[weight, 0]) if weight < last.adjustment.shape[0] else None
    table = getattr(last, name)
    return None if table is None else float(table[situation, 0])  # (the perceptron has no slope)


def met(condition: dict[str, Any], s: Snapshot) -> bool:
    """Whether a (checked) condition holds for the snapshot."""
    check = condition["check"]
    if check in ANSWER_CHECKS:
        return s.answer is not None and _answer_met(condition, s)
    if check == "all_right":
        return s.total > 0 and s.right == s.total
    if check == "loss_below":
        return s.last_loss is not None and s.last_loss < condition["value"]
    if check == "iterations_at_most":
        return s.iteration <= condition["value"]
    if check == "iterations_at_least":
        return s.iteration >= condition["value"]
    if check == "riddle_between":
        return condition["low"] <= s.riddle_answer <= condition["high"]
    if check == "weight_between":
        layer, i, j = condition.get("layer", 1) - 1, condition["input"] - 1, condition.get("neuron", 1) - 1
        if layer >= len(s.weights) or i >= s.weights[layer].shape[0] or j >= s.weights[layer].shape[1]:
            return False
        return condition["low"] <= float(s.weights[layer][i, j]) <= condition["high"]
    if check == "hidden_layers_at_least":
        return len(s.scenario.hidden_layers) >= condition["value"]
    if check == "situations_changed":
        changed = changed_situations(s.base, s.scenario)
        return (changed >= condition.get("at_least", 0)
                and changed <= condition.get("at_most", MAX_ITERATIONS))
    if check == "showing":
        return condition["view"] in s.showing
    if check == "viewed_crossing":
        return _viewed_crossing(condition, s)
    raise KeyError(check)


def _answer_met(condition: dict[str, Any], s: Snapshot) -> bool:
    answer = float(s.answer)  # type: ignore[arg-type]  # (checked by met)
    check = condition["check"]
    if check == "answer_between":
        return condition["low"] <= answer <= condition["high"]
    value = condition["value"]
    target = quantity_value(value, s) if isinstance(value, dict) else float(value)
    if target is None:
        return False
    if check == "answer_sign":
        return bool(np.sign(answer) == np.sign(target))
    return abs(answer - target) <= condition["tolerance"]


def changed_situations(base: Scenario | None, now: Scenario) -> int:
    """How many situations differ between the step's first scenario and now (added or removed count)."""
    if base is None:
        return 0
    before = list(zip(base.inputs, base.outputs))
    after = list(zip(now.inputs, now.outputs))
    differ = sum(1 for a, b in zip(before, after) if a != b)
    return differ + abs(len(before) - len(after))


def _viewed_crossing(condition: dict[str, Any], s: Snapshot) -> bool:
    """The timeline shows an iteration within `slack` of one where the riddle's answer crossed the
    threshold."""
    if s.riddle_at is None or s.iteration == 0:
        return False
    threshold, slack = condition.get("threshold", 0.5), condition.get("slack", 0)
    low, high = max(1, s.viewed_iteration - slack), min(s.iteration, s.viewed_iteration + slack)
    before = s.riddle_at(low - 1)
    for k in range(low, high + 1):
        now = s.riddle_at(k)
        if before is not None and now is not None and (before - threshold) * (now - threshold) <= 0 \
                and before != now:
            return True
        before = now
    return False
