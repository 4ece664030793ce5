"""The scenario file keeps the trained network (format version 2); older files still open."""

from __future__ import annotations

import json

import numpy as np
import pytest

from nngui.model.scenario import VERSION, Scenario, ScenarioError, article_scenario, load_preset
from nngui.model.trained import MAX_SAVED_LOSSES, Trained


def trained_article(iterations: int = 1000) -> tuple[Scenario, Trained]:
    s = article_scenario()
    net = s.network()
    losses = net.train(s.X(), s.y(), iterations, s.learning_rate)
    trained = Trained.of(iterations, net.weights, net.biases, losses)
    assert trained is not None
    return s, trained


def test_a_trained_network_round_trips_exactly(tmp_path):
    s, trained = trained_article()
    path = tmp_path / "t.nngui.json"
    s.save(path, trained)
    data = json.loads(path.read_text())
    assert data["version"] == VERSION == 2 and data["trained"]["iteration"] == 1000
    again, kept = Scenario.load_trained(path)
    assert again == s and kept == trained
    assert Scenario.load(path) == s  # a reader that wants only the scenario gets it


def test_a_file_without_training_is_written_as_before(tmp_path):
    s = article_scenario()
    path = tmp_path / "s.nngui.json"
    s.save(path)
    assert json.loads(path.read_text())["version"] == 1 and "trained" not in path.read_text()
    assert Scenario.load_trained(path) == (s, None)
    assert path.read_text() == s.to_json()


def test_an_older_version_1_file_still_opens_and_may_not_say_trained(tmp_path):
    path = tmp_path / "old.nngui.json"
    path.write_text(load_preset("article").to_json())
    assert Scenario.load_trained(path)[1] is None
    s, trained = trained_article()
    data = json.loads(s.to_json(trained))
    data["version"] = 1  # "trained" came with version 2
    path.write_text(json.dumps(data))
    with pytest.raises(ScenarioError, match="unknown field 'trained'"):
        Scenario.load_trained(path)


def test_a_long_curve_is_left_out_but_the_weights_are_kept():
    s = article_scenario()
    net = s.network()
    losses = net.train(s.X(), s.y(), MAX_SAVED_LOSSES + 1, s.learning_rate)
    trained = Trained.of(MAX_SAVED_LOSSES + 1, net.weights, net.biases, losses)
    assert trained.losses is None and trained.iteration == MAX_SAVED_LOSSES + 1
    again = Scenario.from_json(s.to_json(trained))
    assert again == s


def test_a_biased_network_keeps_its_biases(tmp_path):
    s = load_preset("majority")
    net = s.network()
    losses = net.train(s.X(), s.y(), 50, s.learning_rate)
    trained = Trained.of(50, net.weights, net.biases, losses)
    path = tmp_path / "b.nngui.json"
    s.save(path, trained)
    assert Scenario.load_trained(path)[1] == trained and trained.biases is not None


def refusal(s: Scenario, trained: Trained, change) -> str:
    data = json.loads(s.to_json(trained))
    change(data["trained"])
    with pytest.raises(ScenarioError) as error:
        Scenario.from_json(json.dumps(data), where="t.nngui.json")
    return str(error.value)


@pytest.mark.parametrize(("change", "says"), [
    (lambda t: t.update(iteration=0), "t.nngui.json: trained network, iteration: 0 is out of range"),
    (lambda t: t.update(iteration="many"), "trained network, iteration: expected a whole number"),
    (lambda t: t.pop("weights"), "trained network: the field \"weights\" is missing"),
    (lambda t: t.update(extra=1), "trained network: unknown field 'extra'"),
    (lambda t: t.update(weights=[]), "trained network, weights: 0 weight tables given"),
    (lambda t: t["weights"][0].pop(), "trained network, weights, layer 1: 2 rows; expected 3"),
    (lambda t: t["weights"][0][1].append(1), "weights, layer 1, row 2: 2 weights; expected 1"),
    (lambda t: t["weights"][0][2].__setitem__(0, "x"), "row 3, column 1: expected a number, got the text"),
    (lambda t: t.update(biases=[[0]]), "trained network, biases: given, but the scenario's bias is off"),
    (lambda t: t["losses"].pop(), "trained network, losses: 999 given for 1000 iterations"),
    (lambda t: t["losses"].__setitem__(4, 2), "losses, the loss of iteration 5: 2 is out of range"),
    (lambda t: t["losses"].__setitem__(4, True), "the loss of iteration 5: expected a number, got true"),
])
def test_every_part_of_the_trained_network_is_checked_on_load(change, says):
    s, trained = trained_article()
    assert says in refusal(s, trained, change)


def test_a_trained_field_that_is_no_object_is_refused():
    s, trained = trained_article()
    data = json.loads(s.to_json(trained))
    data["trained"] = [1, 2]
    with pytest.raises(ScenarioError, match="trained network: expected an object"):
        Scenario.from_json(json.dumps(data))


def test_a_network_whose_weights_blew_up_is_not_kept():
    s = article_scenario()
    net = s.network()
    net.weights[0][0, 0] = np.inf
    assert Trained.of(5, net.weights, None, np.full(5, 0.5)) is None
    assert Trained.of(0, net.weights, None, np.empty(0)) is None
