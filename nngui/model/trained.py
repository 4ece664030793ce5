"""The trained network a scenario file may keep: its weights, the iterations since Reset, the losses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from nngui.model.checks import checked_list, checked_number, checked_whole, described
from nngui.model.limits import MAX_HIDDEN_LAYERS, MAX_INPUTS, MAX_LAYER_SIZE, WEIGHT_LIMIT
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

    @classmethod
    def of(cls, iteration: int, weights: list[Array], biases: list[Array] | None,
           losses: Array) -> Trained | None:
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
                   None if biases is None else [np.array(b, dtype=np.float64) for b in biases], kept)

    def to_dict(self) -> dict[str, Any]:
        return {
            "iteration": self.iteration,
            "weights": [w.tolist() for w in self.weights],
            "biases": None if self.biases is None else [b.tolist() for b in self.biases],
            "losses": None if self.losses is None else self.losses.tolist(),
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


_FIELDS = ("iteration", "weights", "biases", "losses")


def checked_trained(data: Any, layer_sizes: list[int], bias: bool, where: Field) -> Trained:
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
    return Trained(iteration, weights, biases, losses)


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
