"""The trained network a scenario file may keep: its weights, the iterations since Reset, the losses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from nngui.model.checks import checked_list, checked_number, checked_whole, described
from nngui.model.limits import (
    MAX_HIDDEN_LAYERS,
    MAX_INPUTS,
    MAX_LAYER_SIZE,
    MAX_LEARNING_RATE,
    MAX_SITUATIONS,
    VALUE_LIMIT,
    WEIGHT_LIMIT,
)
from nngui.model.texts import Field, ScenarioError, Text, at, count, place

Array = npt.NDArray[np.float64]

#: A file keeps the loss curve up to this many losses (about 2 MB of JSON); a longer one is left out.
MAX_SAVED_LOSSES = 100_000
#: The iterations since Reset a file may say (the session counts them in an int64 buffer).
MAX_TRAINED_ITERATIONS = 10**15


@dataclass
class Trained:
    """A network as training left it: after `iteration` iterations since Reset, these weights (and
    biases, when the scenario has them); `losses` every loss so far, or None when not kept."""

    iteration: int
    weights: list[Array]
    biases: list[Array] | None = None
    losses: Array | None = None
    timeline: dict[str, Any] | None = None  # the training timeline as a file keeps it (nngui.model.timeline)
    timeline_parts: list[dict[str, Any]] | None = None  # ... and checked (timeline_from_parts takes it)

    @classmethod
    def of(cls, iteration: int, weights: list[Array], biases: list[Array] | None,
           losses: Array, timeline: dict[str, Any] | None = None) -> Trained | None:
        """What to keep of a session's network (copies); None when there is nothing a file can hold
        (no iteration yet, or a weight that is no number). Losses beyond MAX_SAVED_LOSSES, or with
        one that is no number, are left out."""
        arrays = list(weights) + list(biases or [])
        if iteration <= 0 or not all(np.all(np.isfinite(a)) for a in arrays):
            return None
        kept = None
        if len(losses) == iteration and len(losses) <= MAX_SAVED_LOSSES and bool(np.all(np.isfinite(losses))):
            kept = np.array(losses, dtype=np.float64)
        return cls(int(iteration), [np.array(w, dtype=np.float64) for w in weights],
                   None if biases is None else [np.array(b, dtype=np.float64) for b in biases], kept,
                   timeline)

    def to_dict(self) -> dict[str, Any]:
        return {
            "iteration": self.iteration,
            "weights": [w.tolist() for w in self.weights],
            "biases": None if self.biases is None else [b.tolist() for b in self.biases],
            "losses": None if self.losses is None else self.losses.tolist(),
            **({} if self.timeline is None else {"timeline": self.timeline}),
        }

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Trained):
            return NotImplemented
        def same(a: list[Array] | Array | None, b: list[Array] | Array | None) -> bool:
            if a is None or b is None:
                return a is b
            return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))
        return (self.iteration == other.iteration and same(self.weights, other.weights)
                and same(self.biases, other.biases) and same(self.losses, other.losses))


_FIELDS = ("iteration", "weights", "biases", "losses", "timeline")
_PART_FIELDS = ("start", "weights", "learning_rate", "situations", "outputs", "kept_at", "kept")


def checked_trained(data: Any, layer_sizes: list[int], bias: bool, where: Field,
                    situations: tuple[Array, Array] | None = None) -> Trained:
    """The "trained" field of a file, every part checked against the scenario's network (its layer
    sizes and whether it has biases); ScenarioError names the first problem."""
    trained = Text("trained")
    here = at(where, place(trained))
    if not isinstance(data, dict):
        raise ScenarioError(at(here, Text("not_object", what=described(data))))
    extra = sorted(str(k) for k in data if k not in _FIELDS)
    if extra:
        raise ScenarioError(at(here, Text("unknown_field", name=repr(extra[0][:40]))))
    for required in ("iteration", "weights"):
        if required not in data:
            raise ScenarioError(at(here, Text("missing_field", name=required)))
    iteration = checked_whole(data["iteration"], at(where, place(trained, Text("iteration"))), 1,
                              MAX_TRAINED_ITERATIONS)
    weights = _checked_weights(data["weights"], layer_sizes, where, (trained, Text("weights")))
    biases = None
    if bias or data.get("biases") is not None:
        biases = _checked_biases(data.get("biases"), layer_sizes, bias, where, (trained, Text("biases")))
    losses = None
    if data.get("losses") is not None:
        losses = _checked_losses(data["losses"], iteration, where, (trained, Text("losses")))
    timeline = None
    if data.get("timeline") is not None:
        timeline = checked_timeline(data["timeline"], layer_sizes, bias, iteration, situations,
                                    where, (trained, Text("timeline")))
    return Trained(iteration, weights, biases, losses, data.get("timeline"), timeline)


def checked_timeline(data: Any, sizes: list[int], bias: bool, iteration: int,
                     situations: tuple[Array, Array] | None, where: Field,
                     parts: tuple[Text, ...]) -> list[dict[str, Any]]:
    """The "timeline" of a trained network, checked: its parts in order of iteration, each with the
    exact weights it starts from, how it was trained (the scenario's situations unless it says its
    own) and the weights kept after it; as timeline_from_parts takes them."""
    from nngui.model.timeline import MAX_SAVED_TIMELINE_NUMBERS, Rule

    def spot(*more: Text) -> Field:
        return at(where, place(*parts, *more))

    if not isinstance(data, dict) or not isinstance(data.get("parts"), list):
        raise ScenarioError(at(spot(), Text("not_object", what=described(data))))
    width = sum(a * b for a, b in zip(sizes, sizes[1:])) + (sum(sizes[1:]) if bias else 0)
    items = checked_list(data["parts"], spot(), MAX_SAVED_TIMELINE_NUMBERS // max(1, width) + 1)
    if not items:
        raise ScenarioError(at(spot(), Text("too_many_entries", n=0, m=1)))
    checked: list[dict[str, Any]] = []
    low = 0
    for n, item in enumerate(items, start=1):
        part = Text("timeline_part", part=str(n))
        if not isinstance(item, dict):
            raise ScenarioError(at(spot(part), Text("not_object", what=described(item))))
        extra = sorted(str(k) for k in item if k not in _PART_FIELDS)
        if extra:
            raise ScenarioError(at(spot(part), Text("unknown_field", name=repr(extra[0][:40]))))
        for required in ("start", "weights", "learning_rate", "kept_at", "kept"):
            if required not in item:
                raise ScenarioError(at(spot(part), Text("missing_field", name=required)))
        start = checked_whole(item["start"], spot(part, Text("iteration")), low, iteration)
        anchor = _checked_row(item["weights"], width, spot(part, Text("weights")), WEIGHT_LIMIT)
        rule = None
        if item["learning_rate"] is not None:
            rate = checked_number(item["learning_rate"], spot(part, Text("learning_rate")), 0,
                                  MAX_LEARNING_RATE)
            if "situations" in item or "outputs" in item or situations is None:
                X = _checked_table(item.get("situations"), sizes[0], spot(part, Text("situations")))
                Y = _checked_table(item.get("outputs"), sizes[-1], spot(part, Text("outputs")))
                if len(X) != len(Y):
                    raise ScenarioError(at(spot(part, Text("outputs")),
                                           Text("kept_count", rows=count(len(Y), "rows"), m=str(len(X)))))
            else:
                X, Y = situations
            rule = Rule(X, Y, rate)
        following = items[n] if n < len(items) else None
        high = iteration
        if isinstance(following, dict) and isinstance(following.get("start"), int):
            high = max(start, min(iteration, following["start"]))
        kept_at: list[int] = []
        for v in checked_list(item["kept_at"], spot(part, Text("iteration")), iteration + 1):
            # in order, each after the one before, within the part
            after = (kept_at or [start])[-1]
            kept_at.append(checked_whole(v, spot(part, Text("iteration")), after + 1, high))
        if kept_at and rule is None:
            raise ScenarioError(at(spot(part), Text("timeline_rule")))
        rows = checked_list(item["kept"], spot(part, Text("weights")), len(kept_at))
        if len(rows) != len(kept_at):
            raise ScenarioError(at(spot(part, Text("weights")),
                                   Text("kept_count", rows=count(len(rows), "rows"), m=str(len(kept_at)))))
        kept = np.array([_checked_row(r, width, spot(part, Text("weights"), Text("row", row=str(k))),
                                      WEIGHT_LIMIT) for k, r in enumerate(rows, start=1)]).reshape(-1, width)
        if rule is None and following is not None:
            raise ScenarioError(at(spot(part), Text("timeline_rule")))
        checked.append({"start": start, "weights": anchor, "rule": rule,
                        "kept_at": np.array(kept_at, dtype=np.int64), "kept": kept})
        low = start + 1
    return checked


def _checked_row(data: Any, width: int, where: Field, limit: float) -> Array:
    values = checked_list(data, where, width)
    if len(values) != width:
        raise ScenarioError(at(where, Text("parameters_count", numbers=count(len(values), "numbers"),
                                           m=str(width))))
    return np.array([checked_number(v, where, -limit, limit) for v in values], dtype=np.float64)


def _checked_table(data: Any, width: int, where: Field) -> Array:
    rows = checked_list(data, where, MAX_SITUATIONS)
    if not rows:
        raise ScenarioError(at(where, Text("missing_field", name="situations")))
    return np.array([_checked_row(r, width, where, VALUE_LIMIT) for r in rows]).reshape(-1, width)


def _checked_weights(data: Any, sizes: list[int], where: Field, parts: tuple[Text, ...]) -> list[Array]:
    def spot(*more: Text) -> Field:
        return at(where, place(*parts, *more))

    layers = checked_list(data, spot(), MAX_HIDDEN_LAYERS + 1)
    if len(layers) != len(sizes) - 1:
        raise ScenarioError(at(spot(), Text("weight_tables", tables=count(len(layers), "weight_tables"),
                                            sizes=str(sizes), m=str(len(sizes) - 1))))
    result = []
    for n, (matrix, n_in, n_out) in enumerate(zip(layers, sizes, sizes[1:]), start=1):
        layer = Text("layer", layer=str(n))
        matrix = checked_list(matrix, spot(layer), max(MAX_INPUTS, MAX_LAYER_SIZE))
        if len(matrix) != n_in:
            raise ScenarioError(at(spot(layer), Text("weight_rows", rows=count(len(matrix), "rows"),
                                                     m=str(n_in))))
        rows = []
        for i, row in enumerate(matrix, start=1):
            line = Text("row", row=str(i))
            row = checked_list(row, spot(layer, line), MAX_LAYER_SIZE)
            if len(row) != n_out:
                raise ScenarioError(at(spot(layer, line),
                                       Text("weight_row", weights=count(len(row), "weights"), m=str(n_out))))
            rows.append([checked_number(v, spot(layer, line, Text("column", column=str(j))),
                                        -WEIGHT_LIMIT, WEIGHT_LIMIT)
                         for j, v in enumerate(row, start=1)])
        result.append(np.array(rows, dtype=np.float64).reshape(n_in, n_out))
    return result


def _checked_biases(data: Any, sizes: list[int], bias: bool, where: Field,
                    parts: tuple[Text, ...]) -> list[Array]:
    def spot(*more: Text) -> Field:
        return at(where, place(*parts, *more))

    if not bias:  # biases for a network without them
        raise ScenarioError(at(spot(), Text("biases_without_bias")))
    if data is None:
        raise ScenarioError(at(spot(), Text("missing_biases")))
    vectors = checked_list(data, spot(), MAX_HIDDEN_LAYERS + 1)
    if len(vectors) != len(sizes) - 1:
        raise ScenarioError(at(spot(), Text("bias_vectors_count", vectors=count(len(vectors), "bias_vectors"),
                                            m=str(len(sizes) - 1))))
    result = []
    for n, (vector, n_out) in enumerate(zip(vectors, sizes[1:]), start=1):
        layer = Text("layer", layer=str(n))
        vector = checked_list(vector, spot(layer), MAX_LAYER_SIZE)
        if len(vector) != n_out:
            raise ScenarioError(at(spot(layer), Text("weight_row", weights=count(len(vector), "weights"),
                                                     m=str(n_out))))
        result.append(np.array([checked_number(v, spot(layer, Text("column", column=str(j))),
                                               -WEIGHT_LIMIT, WEIGHT_LIMIT)
                                for j, v in enumerate(vector, start=1)], dtype=np.float64))
    return result


def _checked_losses(data: Any, iteration: int, where: Field, parts: tuple[Text, ...]) -> Array:
    here = at(where, place(*parts))
    losses = checked_list(data, here, MAX_SAVED_LOSSES)
    if len(losses) != iteration:
        raise ScenarioError(at(here, Text("losses_count", n=len(losses), m=str(iteration))))
    if all(type(v) in (int, float) for v in losses):  # the quick way, for a curve of 100,000
        values = np.array(losses, dtype=np.float64)
        if bool(np.all((values >= 0) & (values <= 1))):
            return values
    return np.array([checked_number(v, at(where, place(*parts, Text("loss_of_iteration", iteration=str(i)))),
                                    0, 1)
                     for i, v in enumerate(losses, start=1)], dtype=np.float64)
