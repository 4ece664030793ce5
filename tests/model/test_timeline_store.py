"""The timeline store without Qt: kept rows, the budget, replays, parts and its place in a file."""

from __future__ import annotations

import json

import numpy as np
import pytest
from helpers.article import X, Y

from nngui.model.network import Network
from nngui.model.scenario import Scenario, article_scenario
from nngui.model.texts import ScenarioError
from nngui.model.timeline import Rule, Timeline, compared_run, timeline_to_dict
from nngui.model.trained import Trained
from nngui.model.training import Control, Trainer, local_pipe


def run(network: Network, timeline: Timeline, iterations: int, learning_rate: float = 1.0,
        done: int = 0) -> None:
    """Train as the training process does (the Trainer, in chunks of its choosing), keeping rows."""
    rule = Rule(X, Y, learning_rate)
    every = timeline.begin(done, network, rule, iterations)
    commands, _ = local_pipe()
    reports = []
    Trainer(network, X, Y, learning_rate, iterations, Control(None, commands), reports.append,
            every, done).run()
    for progress in reports:
        timeline.keep(progress.kept, progress.kept_at, done + progress.iteration)


def reference(iterations: int, learning_rate: float = 1.0) -> list[np.ndarray]:
    network, states = Network([3, 1]), []
    states.append(network.parameters())
    for _ in range(iterations):
        network.train(X, Y, 1, learning_rate)
        states.append(network.parameters())
    return states


def test_every_iteration_is_exact_whatever_was_kept():
    network = Network([3, 1])
    timeline = Timeline(network)
    run(network, timeline, 5_000)
    expected = reference(5_000)
    assert all(np.array_equal(timeline.parameters_at(i), expected[i]) for i in range(0, 5_001, 7))
    assert np.array_equal(timeline.each_iteration(0, 5_000), np.array(expected))


def test_a_small_budget_keeps_sparser_rows_and_stays_exact():
    network = Network([3, 1])
    timeline = Timeline(network, budget=4_000)  # room for about 125 rows of 3 weights
    run(network, timeline, 20_000)
    assert timeline.nbytes <= 4_000 + 200 and timeline.every > 1
    expected = Network([3, 1])
    expected.train(X, Y, 12_345)
    assert np.array_equal(timeline.parameters_at(12_345), expected.parameters())


def test_an_edit_starts_a_part_that_replays_never_cross():
    network = Network([3, 1])
    timeline = Timeline(network)
    run(network, timeline, 1_000)
    network.weights[0][0, 0] = 4.0
    timeline.anchor(1_000, network)
    run(network, timeline, 1_000, 0.5, done=1_000)
    edited = Network.from_weights(network.weights)  # the state at 2000, for comparison below
    assert timeline.parameters_at(1_000)[0] == 4.0
    start = Network([3, 1])
    start.train(X, Y, 1_000)
    start.weights[0][0, 0] = 4.0
    start.train(X, Y, 600, 0.5)
    assert np.array_equal(timeline.parameters_at(1_600), start.parameters())
    assert np.array_equal(timeline.parameters_at(2_000), edited.parameters())


def test_until_copies_and_truncate_forgets():
    network = Network([3, 1])
    timeline = Timeline(network)
    run(network, timeline, 3_000)
    early = timeline.until(1_000)
    assert early.end == 1_000 and timeline.end == 3_000
    assert np.array_equal(early.parameters_at(999), timeline.parameters_at(999))
    with pytest.raises(IndexError):
        early.parameters_at(1_001)
    timeline.truncate(10)
    assert timeline.end == 10


def test_a_compared_run_of_millions_keeps_its_extremes_in_few_points():
    losses = np.linspace(1.0, 0.0, 2_000_000)
    losses[1_234_567] = 5.0  # a spike stays visible
    run_kept = compared_run(0.1, (), 1, losses)
    assert run_kept.losses.size <= 20_002 and run_kept.losses.max() == 5.0
    assert run_kept.iterations[np.argmax(run_kept.losses)] == 1_234_568


def test_the_timeline_round_trips_through_a_file(tmp_path):
    scenario = article_scenario()
    network = scenario.network()
    timeline = Timeline(network)
    run(network, timeline, 2_000)
    saved = timeline_to_dict(timeline, scenario.X(), scenario.y())
    trained = Trained.of(2_000, network.weights, None, np.zeros(2_000), saved)
    path = tmp_path / "t.nngui.json"
    scenario.save(path, trained)
    again, loaded = Scenario.load_trained(path)
    assert loaded is not None and loaded.timeline_parts is not None
    from nngui.model.timeline import timeline_from_parts

    restored = timeline_from_parts(again.network(), loaded.timeline_parts, 2_000)
    assert np.array_equal(restored.parameters_at(777), timeline.parameters_at(777))
    assert "situations" not in json.loads(path.read_text())["trained"]["timeline"]["parts"][0]


@pytest.mark.parametrize("damage, words", [
    (lambda p: p[0].update(learning_rate="fast"), "learning rate"),
    (lambda p: p[0].update(kept_at=[5, 3], kept=[[0, 0, 0], [0, 0, 0]]), "part 1, iteration"),
    (lambda p: p[0].update(colour=1), "unknown field"),
    (lambda p: p[0].pop("weights"), "\"weights\" is missing"),
    (lambda p: p.append(dict(p[0], start=1))
     or p[0].update(learning_rate=None, kept_at=[], kept=[]), "part 1"),
])
def test_a_damaged_timeline_is_refused(tmp_path, damage, words):
    scenario = article_scenario()
    network = scenario.network()
    timeline = Timeline(network)
    run(network, timeline, 100)
    saved = json.loads(json.dumps(timeline_to_dict(timeline, scenario.X(), scenario.y())))
    damage(saved["parts"])
    trained = Trained.of(100, network.weights, None, np.zeros(100))
    data = json.loads(scenario.to_json(trained))
    data["trained"]["timeline"] = saved
    path = tmp_path / "bad.nngui.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ScenarioError) as refused:
        Scenario.load_trained(path)
    assert "training timeline" in str(refused.value) and words in str(refused.value)
