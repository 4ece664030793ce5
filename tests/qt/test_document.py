"""ScenarioDocument: every edit is validated, undoable, and keeps the scenario valid."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nngui.model.scenario import Scenario, article_scenario, load_preset
from nngui.qt.document import ScenarioDocument


@pytest.fixture
def doc(qapp) -> ScenarioDocument:
    return ScenarioDocument(article_scenario())


def recorder(doc: ScenarioDocument) -> dict[str, list]:
    """Count the coarse signals and collect the messages."""
    log: dict[str, list] = {name: [] for name in (
        "changed", "situationsChanged", "shapeChanged", "riddleChanged", "settingsChanged",
        "scenarioReplaced", "message", "lockedChanged")}
    for name, items in log.items():
        getattr(doc, name).connect(lambda *args, items=items: items.append(args))
    return log


def state(doc: ScenarioDocument) -> dict:
    doc.scenario.validate()
    return doc.scenario.to_dict()


def test_set_input_pushes_one_named_step_and_undo_restores(doc):
    log = recorder(doc)
    assert doc.set_input(1, 2, 0.0)
    assert doc.scenario.inputs[1] == [1.0, 1.0, 0.0]
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Set situation 2, input 3 to 0"
    assert doc.is_modified()
    assert log["situationsChanged"] and not log["shapeChanged"] and log["changed"]
    doc.undo_stack.undo()
    assert doc.scenario.inputs[1] == [1.0, 1.0, 1.0]
    assert not doc.is_modified()
    doc.undo_stack.redo()
    assert doc.scenario.inputs[1] == [1.0, 1.0, 0.0]


def test_withdraw_last_undoes_without_leaving_a_redo(doc):
    doc.set_input(0, 0, 1.0)
    doc.mark_saved("/tmp/saved.nngui.json")
    doc.set_input(0, 1, 1.0)
    assert doc.withdraw_last()
    assert doc.scenario.inputs[0] == [1.0, 0.0, 1.0]
    assert doc.undo_stack.count() == 1 and not doc.undo_stack.canRedo()
    assert not doc.is_modified()
    doc.set_locked("training")
    assert not doc.withdraw_last()
    assert doc.undo_stack.count() == 1


def test_setting_the_same_value_is_not_a_step(doc):
    assert doc.set_input(0, 0, 0.0)
    assert doc.undo_stack.count() == 0


@pytest.mark.parametrize("value", ["abc", "2", -1, float("nan"), "1.5", ""])
def test_invalid_values_are_refused_with_a_message(doc, value):
    log = recorder(doc)
    before = state(doc)
    assert not doc.set_input(1, 2, value)
    assert not doc.set_output(0, value)
    assert not doc.set_riddle(0, value)
    assert state(doc) == before
    assert doc.undo_stack.count() == 0
    messages = [m for (m,) in log["message"]]
    assert messages[0].startswith("Situation 2, input 3: '")
    assert messages[0].endswith("is not a number from 0 to 1")
    assert messages[1].startswith("Situation 1, output: ")
    assert messages[2].startswith("Riddle, input 1: ")


def test_typed_text_with_a_comma_is_accepted(doc):
    assert doc.set_output(0, " 0,25 ")
    assert doc.scenario.outputs[0] == 0.25
    assert doc.set_riddle(2, "0.5")
    assert doc.scenario.riddle == [1.0, 0.0, 0.5]
    assert doc.undo_stack.undoText() == "Set riddle input 3 to 0.5"


def test_multi_cell_edit_is_one_step(doc):
    assert doc.set_situation_values([(0, 0, 1.0), (0, 3, 1.0), (3, 1, 0.0)], "Switch 3 cells")
    assert doc.scenario.inputs[0] == [1.0, 0.0, 1.0] and doc.scenario.outputs[0] == 1.0
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert state(doc) == article_scenario().to_dict()


def test_insert_and_remove_situations(doc):
    log = recorder(doc)
    assert doc.insert_situation(4, [1, 1, 0], 1)
    assert doc.insert_situation(0)
    assert doc.scenario.inputs[0] == [0.0, 0.0, 0.0] and doc.scenario.n_situations == 6
    assert doc.scenario.inputs[5] == [1.0, 1.0, 0.0] and doc.scenario.outputs[5] == 1.0
    assert doc.undo_stack.undoText() == "Add situation 1"
    after_insert = state(doc)
    assert doc.remove_situations([5, 1, 2])  # not contiguous, any order
    assert doc.scenario.inputs == [[0, 0, 0], [1, 0, 1], [0, 1, 1]]
    assert doc.undo_stack.undoText() == "Remove 3 situations"
    doc.undo_stack.undo()
    assert state(doc) == after_insert
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert state(doc) == article_scenario().to_dict()
    assert not log["shapeChanged"]


def test_the_last_situation_cannot_be_removed(doc):
    log = recorder(doc)
    assert not doc.remove_situations([0, 1, 2, 3])
    assert doc.remove_situations([0, 1, 2])
    assert not doc.remove_situations([0])
    assert doc.scenario.n_situations == 1
    assert "last one cannot be removed" in log["message"][-1][0]


def test_a_situation_needs_valid_inputs(doc):
    assert not doc.insert_situation(0, [1, 1])
    assert not doc.insert_situation(0, [1, 1, 3])
    assert doc.scenario.n_situations == 4


def test_insert_input_adds_zeros_to_the_situations_and_the_riddle(doc):
    doc.scenario.initial_weights = [[[0.5], [0.5], [0.5]]]
    log = recorder(doc)
    assert doc.insert_input(1)
    assert doc.scenario.inputs[1] == [1.0, 0.0, 1.0, 1.0]
    assert doc.scenario.riddle == [1.0, 0.0, 0.0, 0.0]
    assert doc.scenario.initial_weights is None
    assert log["shapeChanged"] and log["riddleChanged"] and log["situationsChanged"]
    state(doc)
    doc.undo_stack.undo()
    assert doc.scenario.initial_weights == [[[0.5], [0.5], [0.5]]]
    assert doc.scenario.riddle == [1.0, 0.0, 0.0]
    state(doc)


def test_remove_input_keeps_its_values_for_undo(doc):
    log = recorder(doc)
    assert doc.remove_input(0)
    assert doc.scenario.inputs == [[0, 1], [1, 1], [0, 1], [1, 1]]
    assert doc.scenario.riddle == [0.0, 0.0]
    assert len(log["shapeChanged"]) == 1
    assert doc.remove_input(0)
    assert not doc.remove_input(0)
    assert doc.scenario.n_inputs == 1
    assert "at least one input" in log["message"][-1][0]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert state(doc) == article_scenario().to_dict()


def test_settings_are_validated(doc):
    log = recorder(doc)
    for name, value in [("learning_rate", -1), ("learning_rate", "fast"), ("learning_rate", float("inf")),
                        ("iterations", 2.5), ("iterations", -1), ("iterations", 10**9), ("seed", "x"),
                        ("seed", 2**32), ("hidden_layers", [0]), ("hidden_layers", [2.5]),
                        ("hidden_layers", [1] * 9), ("hidden_layers", 4), ("bias", 1)]:
        assert not doc.set_setting(name, value), (name, value)
    assert len(log["message"]) == 13
    assert log["message"][0][0] == "Learning rate: -1 must be a number from 0 to 1000000"
    assert log["message"][3][0] == "Iterations: 2.5 must be a whole number from 0 to 100000000"
    assert doc.undo_stack.count() == 0
    with pytest.raises(ValueError):
        doc.set_setting("colour", 1)


def test_each_setting_is_one_undoable_step(doc):
    log = recorder(doc)
    assert doc.set_setting("iterations", 500.0)
    assert doc.scenario.iterations == 500 and isinstance(doc.scenario.iterations, int)
    assert doc.set_setting("seed", 7)
    assert doc.set_setting("hidden_layers", (4, 2))
    assert doc.scenario.hidden_layers == [4, 2]
    assert doc.set_setting("bias", True)
    assert [doc.undo_stack.text(i) for i in range(4)] == [
        "Set iterations to 500", "Set seed to 7", "Set hidden layers to 4, 2", "Turn bias on"]
    assert len(log["shapeChanged"]) == 2 and len(log["settingsChanged"]) == 4
    state(doc)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
        state(doc)
    assert state(doc) == article_scenario().to_dict()


def test_consecutive_changes_of_a_setting_merge(doc):
    doc.set_setting("learning_rate", 0.5)
    doc.set_setting("learning_rate", 0.1)
    doc.set_setting("learning_rate", 0.25)
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Set learning rate to 0.25"
    doc.set_setting("seed", 3)
    doc.set_setting("learning_rate", 2)
    assert doc.undo_stack.count() == 3  # another setting in between: no merge
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.scenario.learning_rate == 0.25 and doc.scenario.seed == 1
    doc.undo_stack.undo()
    assert doc.scenario.learning_rate == 1.0
    doc.undo_stack.redo()
    assert doc.scenario.learning_rate == 0.25


def test_merging_back_to_the_start_leaves_no_step(doc):
    doc.set_setting("iterations", 20)
    doc.set_setting("iterations", 10_000)
    assert doc.undo_stack.count() == 0
    assert not doc.is_modified()


def test_changing_hidden_layers_drops_initial_weights_in_the_same_step(doc):
    weights = [np.full((3, 1), 0.5)]
    assert doc.set_initial_weights(weights)
    assert doc.scenario.initial_weights == [[[0.5], [0.5], [0.5]]]
    doc.set_setting("hidden_layers", [4])
    doc.set_setting("hidden_layers", [2])  # a step of its own: hidden layers never merge
    assert doc.scenario.initial_weights is None
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    assert doc.scenario.hidden_layers == [4] and doc.scenario.initial_weights is None
    doc.undo_stack.undo()
    assert doc.scenario.hidden_layers == [] and doc.scenario.initial_weights == [[[0.5], [0.5], [0.5]]]
    assert doc.scenario.network().weights[0].tolist() == [[0.5], [0.5], [0.5]]


def test_initial_weights_must_fit_the_network(doc):
    log = recorder(doc)
    assert not doc.set_initial_weights([np.zeros((2, 1))])
    assert not doc.set_initial_weights([np.zeros((3, 1)), np.zeros((1, 1))])
    assert not doc.set_initial_weights([np.array([[np.nan], [0], [0]])])
    assert "need matrices of shapes 3×1" in log["message"][0][0]
    assert doc.set_initial_weights([np.ones((3, 1))])
    assert doc.set_initial_weights(None)
    assert doc.undo_stack.undoText() == "Use random initial weights"


def test_replace_situations_changing_the_inputs_resizes_the_riddle(doc):
    log = recorder(doc)
    assert doc.replace_situations([[0, 1, 1, 0], [1, 0, 0, 1]], [1, 0])
    assert doc.scenario.riddle == [1.0, 0.0, 0.0, 0.0]
    assert doc.undo_stack.count() == 1 and log["shapeChanged"]
    state(doc)
    assert doc.replace_situations([[1], [0]], [1, 0], riddle=[0.5])
    assert doc.scenario.riddle == [0.5]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert state(doc) == article_scenario().to_dict()


@pytest.mark.parametrize("inputs, outputs, riddle", [
    ([[0, 1], [1]], [0, 1], None),          # ragged
    ([[0, 2]], [0], None),                   # out of range
    ([[0, 1]], [0, 1], None),                # outputs don't match
    ([], [], None),                          # nothing
    ([[0, 1]], [1], [1]),                    # riddle of the wrong length
])
def test_replace_situations_refuses_bad_data_and_changes_nothing(doc, inputs, outputs, riddle):
    before = state(doc)
    log = recorder(doc)
    assert not doc.replace_situations(inputs, outputs, riddle)
    assert state(doc) == before and doc.undo_stack.count() == 0 and log["message"]


def test_locked_document_refuses_situation_edits_but_allows_the_riddle(doc):
    log = recorder(doc)
    doc.set_input(0, 0, 1.0)
    doc.set_locked("Stop training to edit the situations")
    assert doc.is_locked() and log["lockedChanged"] == [(True,)]
    before = state(doc)
    assert not doc.set_input(0, 1, 1.0)
    assert not doc.set_output(0, 1.0)
    assert not doc.insert_situation(0)
    assert not doc.remove_situations([0])
    assert not doc.insert_input(0)
    assert not doc.remove_input(0)
    assert not doc.set_setting("learning_rate", 0.5)
    assert not doc.set_initial_weights(None)
    assert not doc.replace_situations([[1, 1, 1]], [1])
    assert state(doc) == before
    assert set(log["message"]) == {("Stop training to edit the situations",)}
    assert doc.set_riddle(1, 1.0)
    assert doc.undo()            # the riddle edit may be undone while locked
    assert not doc.undo()        # the situation edit may not
    assert doc.scenario.inputs[0][0] == 1.0
    doc.set_locked(None)
    assert log["lockedChanged"] == [(True,), (False,)]
    assert doc.undo()
    assert doc.scenario.inputs[0][0] == 0.0
    assert doc.redo()


def test_set_scenario_clears_undo_and_can_be_modified(doc):
    log = recorder(doc)
    doc.set_input(0, 0, 1.0)
    two_layer = load_preset("two-layer")
    doc.set_scenario(two_layer)
    assert doc.scenario is two_layer
    assert doc.undo_stack.count() == 0 and not doc.is_modified() and doc.path is None
    assert log["scenarioReplaced"] and log["changed"]
    doc.set_scenario(article_scenario(), modified=True)  # a restored recovery file
    assert doc.is_modified()
    doc.mark_saved("/tmp/x.nngui.json")
    assert not doc.is_modified() and str(doc.path) == "/tmp/x.nngui.json"
    doc.set_input(0, 0, 1.0)
    assert doc.is_modified()
    doc.undo_stack.undo()
    assert not doc.is_modified()


def test_changed_is_emitted_when_the_modified_state_is_already_true(doc):
    seen = []
    doc.changed.connect(lambda: seen.append(doc.is_modified()))
    doc.set_input(0, 0, 1.0)
    assert seen and seen[-1] is True
    doc.undo_stack.undo()
    assert seen[-1] is False


def test_document_refuses_an_invalid_scenario(qapp):
    bad = Scenario.__new__(Scenario)
    bad.__dict__.update(article_scenario().__dict__, riddle=[])
    with pytest.raises(ValueError):
        ScenarioDocument(bad)


# -- any sequence of edits: valid after each, undo all = start, redo all = end -----------------

edits = st.lists(st.one_of(
    st.tuples(st.just("input"), st.integers(0, 20), st.integers(0, 20), st.sampled_from([0.0, 1.0, 0.5])),
    st.tuples(st.just("output"), st.integers(0, 20), st.sampled_from([0.0, 1.0, 0.25])),
    st.tuples(st.just("riddle"), st.integers(0, 20), st.sampled_from([0.0, 1.0])),
    st.tuples(st.just("insert_situation"), st.integers(0, 20)),
    st.tuples(st.just("remove_situations"), st.lists(st.integers(0, 20), min_size=1, max_size=3)),
    st.tuples(st.just("insert_input"), st.integers(0, 20)),
    st.tuples(st.just("remove_input"), st.integers(0, 20)),
    st.tuples(st.just("setting"), st.sampled_from(["learning_rate", "iterations", "seed"]),
              st.integers(0, 5)),
    st.tuples(st.just("hidden"), st.lists(st.integers(1, 5), max_size=2)),
    st.tuples(st.just("weights")),
    st.tuples(st.just("replace"), st.integers(1, 4), st.integers(1, 5)),
), max_size=12)


def apply(doc: ScenarioDocument, edit: tuple) -> None:
    s = doc.scenario
    kind, *args = edit
    n, k = s.n_situations, s.n_inputs
    if kind == "input":
        doc.set_input(args[0] % n, args[1] % k, args[2])
    elif kind == "output":
        doc.set_output(args[0] % n, args[1])
    elif kind == "riddle":
        doc.set_riddle(args[0] % k, args[1])
    elif kind == "insert_situation":
        doc.insert_situation(args[0] % (n + 1))
    elif kind == "remove_situations":
        doc.remove_situations([r % n for r in args[0]])
    elif kind == "insert_input":
        doc.insert_input(args[0] % (k + 1))
    elif kind == "remove_input":
        doc.remove_input(args[0] % k)
    elif kind == "setting":
        doc.set_setting(args[0], args[1] / 5 if args[0] == "learning_rate" else args[1])
    elif kind == "hidden":
        doc.set_setting("hidden_layers", args[0])
    elif kind == "weights":
        doc.set_initial_weights([np.full((a, b), 0.5) for a, b in zip(s.layer_sizes, s.layer_sizes[1:])])
    elif kind == "replace":
        rows, width = args
        doc.replace_situations([[float((r + c) % 2) for c in range(width)] for r in range(rows)],
                               [float(r % 2) for r in range(rows)])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits)
def test_any_edits_keep_the_scenario_valid_and_fully_undoable(qapp, sequence):
    doc = ScenarioDocument(article_scenario())
    start = state(doc)
    for edit in sequence:
        apply(doc, edit)
        state(doc)
    end = state(doc)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
        state(doc)
    assert state(doc) == start
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
        state(doc)
    assert state(doc) == end
