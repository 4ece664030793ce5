"""The rules of every value, without Qt: each check returns the value or refuses it with an id and fields."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from nngui.model import checks
from nngui.model.limits import MAX_LAYER_SIZE, MAX_SITUATIONS
from nngui.model.texts import Refusal, ScenarioError, Text


def refusal(call) -> Refusal:  # noqa: ANN001
    with pytest.raises(Refusal) as error:
        call()
    return error.value


def test_typed_values_are_read_like_a_person_writes_them():
    assert checks.unit_value(" 0,5 ") == 0.5
    assert checks.unit_value("1") == 1.0
    assert checks.unit_value(0) == 0.0
    for bad in ("abc", "2", "-0.1", "nan", "inf", "", True, None, [1]):
        assert checks.unit_value(bad) is None


def test_a_refused_cell_names_its_place_and_value():
    error = refusal(lambda: checks.situation_value(" x ", 1, 2, 3))
    assert str(error) == "Situation 2, input 3: 'x' is not a number from 0 to 1"
    assert error.text == Text("edit_not_unit", where=Text("edit_situation_input", situation="2", input="3"),
                              value="x")
    assert str(refusal(lambda: checks.situation_value(2, 0, 3, 3))) == \
        "Situation 1, output: '2' is not a number from 0 to 1"
    assert str(refusal(lambda: checks.riddle_value("y" * 40, 0))) == \
        f"Riddle, input 1: '{'y' * 30}…' is not a number from 0 to 1"
    assert checks.situation_value("0,25", 0, 0, 3) == 0.25


def test_settings_follow_the_limits():
    assert checks.setting("learning_rate", 2) == 2.0
    assert checks.setting("hidden_layers", (4, 3.0)) == [4, 3]
    assert checks.setting("seed", 7.0) == 7
    assert str(refusal(lambda: checks.setting("learning_rate", -1))) == \
        "Learning rate: -1 must be a number from 0 to 1000000"
    assert str(refusal(lambda: checks.setting("iterations", 2.5))) == \
        "Iterations: 2.5 must be a whole number from 0 to 100000000"
    assert str(refusal(lambda: checks.setting("bias", 1))) == "Bias must be on or off"
    assert str(refusal(lambda: checks.setting("hidden_layers", [MAX_LAYER_SIZE + 1]))) == \
        "Hidden layers: each layer needs a whole number of neurons from 1 to 1024"


def test_the_hidden_layers_as_typed():
    assert checks.typed_hidden_layers(" 4; 3  2") == [4, 3, 2]
    assert checks.typed_hidden_layers("") == []
    assert str(refusal(lambda: checks.typed_hidden_layers("4, x"))) == "'x' is not a whole number"
    assert str(refusal(lambda: checks.typed_hidden_layers("2000"))) == \
        "a layer needs 1 to 1,024 neurons, not 2,000"
    assert str(refusal(lambda: checks.typed_hidden_layers("1 " * 9))) == "at most 8 hidden layers"


def test_situations_and_inputs_keep_their_limits():
    assert checks.new_situation([0, 1], "1", 2, 5) == [0.0, 1.0, 1.0]
    assert str(refusal(lambda: checks.new_situation([0], 1, 2, 5))) == "A situation needs 2 inputs, not 1"
    assert str(refusal(lambda: checks.new_situation([0, 0], 1, 2, MAX_SITUATIONS))) == \
        "At most 100,000 situations are allowed"
    assert str(refusal(lambda: checks.keeps_one(0, "inputs"))) == \
        "The network needs at least one input: the last one cannot be removed"
    checks.keeps_one(1, "situations")
    table = checks.situations_table([[0, 1, 1]], [1], None, [1.0, 0.0])
    assert table == ([[0.0, 1.0, 1.0]], [1.0], [1.0, 0.0, 0.0])
    assert str(refusal(lambda: checks.situations_table([[0, 1]], [1], [0], [0.0]))) == \
        "The riddle needs 2 numbers from 0 to 1"


def test_initial_weights_must_fit_the_layers():
    assert checks.initial_weights([np.ones((2, 1))], [2, 1], bias=False) == [[[1.0], [1.0]]]
    assert str(refusal(lambda: checks.initial_weights([np.ones((3, 1))], [2, 1], bias=False))) == \
        "Initial weights: the layers [2, 1] need matrices of shapes 2×1"
    assert str(refusal(lambda: checks.initial_weights([[[np.nan], [1]]], [2, 1], bias=False))) == \
        "Initial weights must be finite numbers"


def test_a_file_field_names_its_place():
    with pytest.raises(ScenarioError) as error:
        checks.checked_whole(True, "1.json", 0, 10)
    assert str(error.value) == "1.json: expected a whole number, got true (true/false)"
    assert isinstance(error.value, ValueError)
    copy = pickle.loads(pickle.dumps(error.value))  # refusals cross to and from the training process
    assert type(copy) is ScenarioError and copy.text == error.value.text and str(copy) == str(error.value)
