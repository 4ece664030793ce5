"""Tests of scenarios: presets, validation messages, loading, atomic saving and CSV."""

from __future__ import annotations

import json
import os
import stat
import tempfile
import time

import numpy as np
import pytest
from helpers.article import RIDDLE_ANSWER

import nngui.model.files as files_module
from nngui.model.network import Network
from nngui.model.scenario import (
    FORMAT,
    MAX_FILE_BYTES,
    MAX_SITUATIONS,
    STALE_TEMPORARY_SECONDS,
    SUFFIX,
    VERSION,
    Scenario,
    ScenarioError,
    article_scenario,
    load_preset,
    parse_json,
    preset_names,
    situations_from_csv,
    situations_to_csv,
    write_text_atomic,
)


def valid_dict() -> dict:
    return article_scenario().to_dict()


def write(path, text: str | bytes) -> os.PathLike:
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def message_of(action) -> str:
    with pytest.raises(ScenarioError) as caught:
        action()
    assert isinstance(caught.value, ValueError)
    return str(caught.value)


# -- presets ------------------------------------------------------------------

def test_preset_names():
    names = preset_names()
    assert names[:3] == ["article", "worked-example", "two-layer"]
    for name in ("and", "or", "xor", "nand", "not-first", "majority", "xnor", "parity"):
        assert name in names
    assert len(names) == len(set(names))


def test_article_preset_is_the_task_table():
    s = article_scenario()
    assert s.inputs == [[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]]
    assert s.outputs == [0, 1, 1, 0]
    assert s.riddle == [1, 0, 0]
    assert (s.hidden_layers, s.learning_rate, s.iterations, s.seed, s.bias) == ([], 1.0, 10_000, 1, False)
    net = s.network()
    net.train(s.X(), s.y(), s.iterations, s.learning_rate)
    assert net.predict(s.riddle)[0] == pytest.approx(RIDDLE_ANSWER, abs=5e-9)


def test_worked_example_preset():
    s = load_preset("worked-example")
    assert s.initial_weights == [[[0.5], [0.5], [0.5]]]
    trace = s.network().step(s.X(), s.y(), s.learning_rate)
    np.testing.assert_array_equal(np.round(trace.layers[0].weights_after.ravel(), 3), [0.606, 0.407, 0.407])


# The answer each preset's riddle should get (None: the riddle is there to make the user think).
RIDDLE_ANSWERS = {"article": 1, "two-layer": 0, "and": 1, "or": 1, "nand": 0, "xor-hidden": 0, "majority": 1,
                  "not-first": 0, "xnor": 1, "parity": None, "worked-example": None}


@pytest.mark.parametrize("name", preset_names())
def test_every_preset_loads_and_is_learnable_with_its_settings(name):
    s = load_preset(name)
    assert s.name and s.description
    assert Scenario.from_json(s.to_json()) == s
    if name in ("worked-example", "xor"):  # one step, shown by hand; a lesson in getting stuck
        return
    net = s.network()
    losses = net.train(s.X(), s.y(), s.iterations, s.learning_rate)
    answers = net.predict(s.X()).ravel()
    assert np.max(np.abs(answers - s.outputs)) < 0.1, "some situation is not learned"
    assert losses[-1] < 1e-3
    if RIDDLE_ANSWERS[name] is not None:
        assert abs(net.predict(s.riddle)[0] - RIDDLE_ANSWERS[name]) < 0.1


def test_two_layer_preset_reproduces_the_lineage():
    s = load_preset("two-layer")
    net = s.network()
    net.train(s.X(), s.y(), s.iterations, s.learning_rate)
    assert net.predict(s.riddle)[0] == pytest.approx(0.0078876, abs=5e-8)


def test_xor_opens_as_one_neuron_that_gets_stuck():
    s = load_preset("xor")
    assert s.hidden_layers == [] and "hidden layer" in s.description
    losses = s.network().train(s.X(), s.y(), s.iterations, s.learning_rate)
    assert losses[-1] == pytest.approx(0.25, abs=1e-3)
    solved = load_preset("xor-hidden")
    assert solved.hidden_layers == [4] and (solved.inputs, solved.outputs) == (s.inputs, s.outputs)


@pytest.mark.parametrize("name", ["xor-hidden", "two-layer", "xnor"])
def test_hidden_layer_presets_defeat_one_neuron(name):
    s = load_preset(name)
    net = Network([s.n_inputs, 1], seed=s.seed, bias=s.bias)
    net.train(s.X(), s.y(), s.iterations, s.learning_rate)
    assert np.max(np.abs(net.predict(s.X()).ravel() - s.outputs)) > 0.3


def test_unknown_preset():
    assert message_of(lambda: load_preset("nope")) == "there is no preset called 'nope'"


def test_preset_files_are_tidy_json():
    from nngui.resources import resource_path
    for name in preset_names():
        text = resource_path("presets", name + SUFFIX).read_text(encoding="utf-8")
        assert text == load_preset(name).to_json(), name  # as the app would save it
        assert json.loads(text)["format"] == FORMAT


# -- the Scenario object --------------------------------------------------------

def test_defaults_and_shapes():
    s = Scenario(inputs=[[0, 1], [1, 1]], outputs=[1, 0], riddle=[1, 0])
    assert (s.n_inputs, s.n_situations, s.layer_sizes) == (2, 2, [2, 1])
    assert s.X().shape == (2, 2) and s.y().shape == (2, 1)
    assert isinstance(s.inputs[0][0], float) and isinstance(s.outputs[0], float)
    np.testing.assert_array_equal(s.network().weights[0], Network([2, 1], seed=1).weights[0])
    s.hidden_layers = [3, 2]
    s.bias = True
    s.validate()
    net = s.network()
    assert net.layer_sizes == [2, 3, 2, 1] and net.biases is not None


def test_numpy_numbers_are_accepted():
    s = Scenario(inputs=[[np.float64(0.5), np.int64(1)]], outputs=[np.float32(1)], riddle=[np.int32(0), 1.0],
                 iterations=np.int64(3), hidden_layers=[np.int64(2)], bias=np.bool_(True))
    assert s.iterations == 3 and type(s.iterations) is int
    assert s.bias is True and s.hidden_layers == [2]


def test_tuples_and_arrays_are_accepted():
    s = Scenario(inputs=np.array([[0, 1], [1, 1]]), outputs=(1, 0), riddle=np.array([1.0, 0.0]),
                 initial_weights=np.full((1, 2, 1), 0.5))
    assert s.inputs == [[0, 1], [1, 1]] and type(s.inputs) is list and type(s.inputs[0]) is list
    assert s.outputs == [1, 0] and s.initial_weights == [[[0.5], [0.5]]]
    assert message_of(lambda: Scenario(inputs=([0, 1], [1]), outputs=[1, 0], riddle=[1, 0])) == (
        "situation 2 has 1 input; the riddle (and so the network) has 2")


def test_copy_is_deep():
    s = article_scenario()
    twin = s.copy()
    twin.inputs[0][0] = 1.0
    assert s.inputs[0][0] == 0


def kwargs(**changes):
    base = dict(inputs=[[0, 0, 1], [1, 1, 1]], outputs=[0, 1], riddle=[1, 0, 0])
    base.update(changes)
    return base


@pytest.mark.parametrize("changes, message", [
    (dict(riddle=[]), "riddle: the riddle needs at least one input"),
    (dict(riddle="100"), "riddle: expected a list, got the text '100'"),
    (dict(riddle=[1, 0, 2]), "riddle, input 3: 2 is out of range; it must be a number from 0 to 1"),
    (dict(riddle=[1, None, 0]), "riddle, input 2: expected a number, got nothing (null)"),
    (dict(riddle=[1, True, 0]), "riddle, input 2: expected a number, got true (true/false)"),
    (dict(inputs=[]), "situations: at least one situation is needed"),
    (dict(inputs=[[0, 0, 1]]), "1 situation but 2 expected outputs"),
    (dict(inputs=[[0, 0, 1], [1, 1]]), "situation 2 has 2 inputs; the riddle (and so the network) has 3"),
    (dict(inputs=[[0, 0, 1], "111"]), "situation 2, inputs: expected a list, got the text '111'"),
    (dict(inputs=[[0, 0, 1], [1, "x", 1]]), "situation 2, input 2: expected a number, got the text 'x'"),
    (dict(inputs=[[0, 0, 1], [1, -0.5, 1]]),
     "situation 2, input 2: -0.5 is out of range; it must be a number from 0 to 1"),
    (dict(inputs=[[0, 0, 1], [1, float("nan"), 1]]),
     "situation 2, input 2: nan is out of range; it must be a number from 0 to 1"),
    (dict(outputs=[0, 1.5]),
     "situation 2, expected output: 1.5 is out of range; it must be a number from 0 to 1"),
    (dict(outputs=[0, [1]]), "situation 2, expected output: expected a number, got a list"),
    (dict(hidden_layers=[4, 0]),
     "hidden layer 2: 0 is out of range; it must be a whole number from 1 to 1,024"),
    (dict(hidden_layers=[2.5]), "hidden layer 1: expected a whole number, got 2.5"),
    (dict(hidden_layers=[1] * 9), "hidden layers: 9 entries; at most 8 are allowed"),
    (dict(hidden_layers=4), "hidden layers: expected a list, got 4"),
    (dict(learning_rate=-1), "learning rate: -1 is out of range; it must be a number from 0 to 1e+06"),
    (dict(learning_rate=2e6), "learning rate: 2e+06 is out of range; it must be a number from 0 to 1e+06"),
    (dict(learning_rate="fast"), "learning rate: expected a number, got the text 'fast'"),
    (dict(learning_rate=10**400),
     "learning rate: a number with too many digits is out of range; it must be a number from 0 to 1e+06"),
    (dict(iterations=-5), "iterations: -5 is out of range; it must be a whole number from 0 to 100,000,000"),
    (dict(iterations=1e300),
     "iterations: 1e+300 is out of range; it must be a whole number from 0 to 100,000,000"),
    (dict(iterations=None), "iterations: expected a whole number, got nothing (null)"),
    (dict(seed=-1), "seed: -1 is out of range; it must be a whole number from 0 to 4,294,967,295"),
    (dict(bias="yes"), "bias: expected true or false, got the text 'yes'"),
    (dict(bias=1), "bias: expected true or false, got 1"),
    (dict(name=5), "name: expected a text, got 5"),
    (dict(name="x" * 201), "name: 201 characters; at most 200 are allowed"),
    (dict(description=None), "description: expected a text, got nothing (null)"),
    (dict(initial_weights=[[[0.5], [0.5], [0.5]]], bias=True),
     "initial weights: cannot be combined with bias (switch bias off, or let the seed choose the weights)"),
    (dict(initial_weights=[[[0.5], [0.5], [0.5]]] * 2),
     "initial weights: 2 weight tables given; layers of [3, 1] neurons need 1"),
    (dict(initial_weights=[[[0.5], [0.5]]]), "initial weights, layer 1: 2 rows; expected 3 (one per input)"),
    (dict(initial_weights=[[[0.5], [0.5, 1], [0.5]]]),
     "initial weights, layer 1, row 2: 2 weights; expected 1 (one per neuron)"),
    (dict(initial_weights=[[[0.5], [0.5], ["a"]]]),
     "initial weights, layer 1, row 3, column 1: expected a number, got the text 'a'"),
    (dict(initial_weights=[[[0.5], [0.5], [1e301]]]),
     "initial weights, layer 1, row 3, column 1: 1e+301 is out of range; "
     "it must be a number from -1e+300 to 1e+300"),
    (dict(hidden_layers=[2], initial_weights=[[[0, 0], [0, 0], [0, 0]], [[1], [1], [1]]]),
     "initial weights, layer 2: 3 rows; expected 2 (one per input)"),
])
def test_field_messages(changes, message):
    assert message_of(lambda: Scenario(**kwargs(**changes))) == message


def test_failed_validation_changes_nothing():
    s = Scenario(**kwargs())
    rows, outputs, riddle = s.inputs, s.outputs, s.riddle
    before = s.to_dict()
    s.inputs = [[0, 0, 1], [1, 1, 1]]  # ints: validation would store floats...
    s.learning_rate = -1               # ...but this field is wrong
    message_of(s.validate)
    assert s.inputs == [[0, 0, 1], [1, 1, 1]] and type(s.inputs[0][0]) is int
    assert s.learning_rate == -1
    s.learning_rate = 1.0
    s.validate()
    assert s.to_dict() == before
    assert (s.outputs, s.riddle) == (outputs, riddle) and s.inputs is not rows


def test_save_refuses_an_invalid_scenario(tmp_path):
    s = article_scenario()
    path = tmp_path / "a.nngui.json"
    s.save(path)
    before = path.read_bytes()
    s.riddle = [1, 0]
    assert "situation 1 has 3 inputs" in message_of(lambda: s.save(path))
    assert path.read_bytes() == before


# -- JSON ----------------------------------------------------------------------

def test_round_trip_through_a_file(tmp_path):
    s = Scenario(inputs=[[0, 0.25], [1, 1e-7]], outputs=[0.125, 1], riddle=[0.5, 1], hidden_layers=[3],
                 learning_rate=0.1, iterations=123, seed=99, bias=True,
                 name="Нейросеть для чайников ✓", description="Ünïcödé\nand a second line, \"quoted\"")
    path = tmp_path / ("сценарий" + SUFFIX)
    s.save(path)
    raw = path.read_bytes()
    assert "Нейросеть".encode() in raw  # UTF-8, not \u escapes
    data = json.loads(raw.decode("utf-8"))
    assert data["format"] == FORMAT and data["version"] == 1 < VERSION  # untrained: as older nngui wrote
    loaded = Scenario.load(path)
    assert loaded == s and loaded is not s


def test_round_trip_of_initial_weights(tmp_path):
    s = load_preset("worked-example")
    s.initial_weights = [[[1e300], [-1e300], [0.1 + 0.2]]]
    s.save(tmp_path / "w.json")
    assert Scenario.load(tmp_path / "w.json").initial_weights == [[[1e300], [-1e300], [0.1 + 0.2]]]


def test_byte_order_mark_and_missing_optional_fields(tmp_path):
    minimal = {"format": FORMAT, "version": 1, "situations": [{"inputs": [1], "output": 1}], "riddle": [0]}
    path = write(tmp_path / "m.json", b"\xef\xbb\xbf" + json.dumps(minimal).encode())
    s = Scenario.load(path)
    assert (s.name, s.hidden_layers, s.iterations, s.learning_rate) == ("", [], 10_000, 1.0)
    assert s.initial_weights is None


def test_to_dict_is_a_copy():
    s = load_preset("worked-example")
    d = s.to_dict()
    d["situations"][0]["inputs"][0] = 0.75
    d["settings"]["initial_weights"][0][0][0] = 9.0
    assert s.inputs[0][0] == 0 and s.initial_weights[0][0][0] == 0.5


def replace(path: str, value):
    """valid_dict() with the value at path ('settings.seed', 'situations.1.inputs') replaced (or deleted)."""
    data = valid_dict()
    *parents, last = path.split(".")
    target = data
    for key in parents:
        target = target[int(key) if key.isdigit() else key]
    key = int(last) if last.isdigit() else last
    if value is DELETE:
        del target[key]
    else:
        target[key] = value
    return data


DELETE = object()
FILE = "t.nngui.json"


@pytest.mark.parametrize("path, value, message", [
    ("format", "something-else", 'not an nngui scenario (the "format" field is missing or wrong)'),
    ("format", DELETE, 'not an nngui scenario (the "format" field is missing or wrong)'),
    ("version", 3, "version 3 is not supported; this nngui reads version 2"),
    ("version", 0, "version 0 is not supported; this nngui reads version 2"),
    ("version", -1, "version -1 is not supported; this nngui reads version 2"),
    ("version", 10**30, "version 1e+30 is not supported; this nngui reads version 2"),
    ("version", "1", "version: expected a whole number, got the text '1'"),
    ("version", True, "version: expected a whole number, got true (true/false)"),
    ("version", 1.5, "version: expected a whole number, got 1.5"),
    ("version", DELETE, "version: expected a whole number, got nothing (null)"),
    ("colour", "red", "unknown field 'colour'"),
    ("situations", DELETE, 'the field "situations" is missing'),
    ("riddle", DELETE, 'the field "riddle" is missing'),
    ("situations", {"inputs": [1]}, "situations: expected a list, got an object"),
    ("situations.1", [1, 1, 1], 'situation 2: expected an object with "inputs" and "output", got a list'),
    ("situations.1.weight", 3, "situation 2: unknown field 'weight'"),
    ("situations.1.output", DELETE, 'situation 2: the field "output" is missing'),
    ("situations.2.inputs", DELETE, 'situation 3: the field "inputs" is missing'),
    ("situations.3.inputs", [0, 1, 1, 1], "situation 4 has 4 inputs; the riddle (and so the network) has 3"),
    ("situations.3.inputs.2", "1", "situation 4, input 3: expected a number, got the text '1'"),
    ("situations.0.output", -1, "situation 1, expected output: -1 is out of range; "
                                "it must be a number from 0 to 1"),
    ("settings", [], "settings: expected an object, got a list"),
    ("settings.speed", 3, "settings: unknown field 'speed'"),
    ("settings.seed", 2**32, "seed: 4294967296 is out of range; "
                             "it must be a whole number from 0 to 4,294,967,295"),
    ("settings.hidden_layers", [4, "4"], "hidden layer 2: expected a whole number, got the text '4'"),
    ("riddle.0", {}, "riddle, input 1: expected a number, got an object"),
    ("name", ["a"], "name: expected a text, got a list"),
])
def test_file_field_messages(tmp_path, path, value, message):
    file = write(tmp_path / FILE, json.dumps(replace(path, value)))
    assert message_of(lambda: Scenario.load(file)) == f"{FILE}: {message}"


@pytest.mark.parametrize("content, message", [
    ("", "the file is empty"),
    ("  \n\t ", "the file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "this is not a text file (byte 1 is not valid UTF-8)"),
    (b'{"format": "nngui-scenario", \xff}', "this is not a text file (byte 30 is not valid UTF-8)"),
    ('{"format": "nngui-scenario",\n "version": 1,\n "riddle": [1 0]}',
     "not valid JSON (line 3, column 15: Expecting ',' delimiter)"),
    ('{"format": "nngui-scenario", "version": 1',
     "not valid JSON (line 1, column 42: Expecting ',' delimiter)"),
    ("[1, 2", "not valid JSON (line 1, column 6: Expecting ',' delimiter)"),
    ("nngui", "not valid JSON (line 1, column 1: Expecting value)"),
    ("[1, 0, 0]", "expected a scenario (a JSON object), got a list"),
    ('"a scenario"', "expected a scenario (a JSON object), got the text 'a scenario'"),
    ("null", "expected a scenario (a JSON object), got nothing (null)"),
    ('{"version": NaN}', "NaN is not allowed; use ordinary numbers"),
    ('{"version": Infinity}', "Infinity is not allowed; use ordinary numbers"),
    ('{"version": -Infinity}', "-Infinity is not allowed; use ordinary numbers"),
    ("[" * 100_000 + "]" * 100_000, "the data is nested too deeply"),
    ('{"a": ' * 50_000 + "1" + "}" * 50_000, "the data is nested too deeply"),
    ("1" * 5000, "expected a scenario (a JSON object), got a number with 5,000 digits"),
])
def test_broken_file_messages(tmp_path, content, message):
    file = write(tmp_path / FILE, content)
    assert message_of(lambda: Scenario.load(file)).startswith(f"{FILE}: {message}")


def test_brackets_inside_texts_are_not_nesting(tmp_path):
    s = article_scenario()
    s.description = "[" * 500 + "{" * 500
    s.save(tmp_path / FILE)
    assert Scenario.load(tmp_path / FILE).description == s.description


@pytest.mark.parametrize("written, field, shown", [
    ('"learning_rate": 1e400', "learning rate", "1e400 is out of range; it must be a number from 0 to 1e+06"),
    ('"learning_rate": -1E+999', "learning rate",
     "-1E+999 is out of range; it must be a number from 0 to 1e+06"),
    ('"iterations": 1' + "0" * 5000, "iterations",
     "a number with 5,001 digits is out of range; it must be a whole number from 0 to 100,000,000"),
    ('"seed": 1' + "0" * 400, "seed",
     "a number with 401 digits is out of range; it must be a whole number from 0 to 4,294,967,295"),
    ('"name": 1e999', "name", "expected a text, got 1e999"),
    ('"version": 1e999', "version", "expected a whole number, got 1e999"),
])
def test_numbers_too_large_for_a_float_are_quoted_as_written(tmp_path, written, field, shown):
    key = written.split(":")[0]
    text = json.dumps(valid_dict(), indent=1)
    start = text.index(key)
    end = text.index("\n", start)
    file = write(tmp_path / FILE, text[:start] + written + ("," if text[end - 1] == "," else "") + text[end:])
    assert message_of(lambda: Scenario.load(file)) == f"{FILE}: {field}: {shown}"


def test_huge_whole_numbers(tmp_path):
    data = valid_dict()
    data["situations"][0]["output"] = 10**400
    file = write(tmp_path / FILE, json.dumps(data))
    assert message_of(lambda: Scenario.load(file)) == (
        f"{FILE}: situation 1, expected output: a number with 401 digits is out of range; "
        "it must be a number from 0 to 1")
    s = article_scenario()
    s.seed = 10**400  # through the Python API
    assert message_of(s.validate) == ("seed: a number with too many digits is out of range; "
                                      "it must be a whole number from 0 to 4,294,967,295")


def test_missing_file(tmp_path):
    assert message_of(lambda: Scenario.load(tmp_path / "gone.json")) == (
        "gone.json: cannot open the file (No such file or directory)")


def test_folder(tmp_path):
    folder = tmp_path / ("folder" + SUFFIX)
    folder.mkdir()
    assert message_of(lambda: Scenario.load(folder)) == f"folder{SUFFIX}: this is a folder, not a file"


def test_special_file(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert message_of(lambda: Scenario.load(fifo)) == "pipe.json: this is not an ordinary file"


def test_file_over_the_size_cap(tmp_path):
    path = tmp_path / "big.json"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs nothing
    assert message_of(lambda: Scenario.load(path)) == (
        "big.json: the file is 20.0 MB; files over 20.0 MB are refused")


def test_unreadable_file(tmp_path):
    path = write(tmp_path / FILE, article_scenario().to_json())
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user (root) whom permissions do not stop")
        assert message_of(lambda: Scenario.load(path)) == f"{FILE}: cannot read the file (Permission denied)"
    finally:
        path.chmod(0o600)


def test_a_failed_load_leaves_the_current_scenario_alone(tmp_path):
    current = article_scenario()
    before = current.to_dict()
    data = valid_dict()
    data["riddle"] = [1, 1, 1]
    data["situations"][2]["output"] = 7  # invalid, after valid fields that differ from `current`
    file = write(tmp_path / FILE, json.dumps(data))
    message_of(lambda: Scenario.load(file))
    assert current.to_dict() == before


def test_parse_json_names_where():
    message = message_of(lambda: parse_json("{", "recovery.json"))
    assert message.startswith("recovery.json: not valid JSON (line 1")
    assert parse_json('{"a": [1, 2.5]}') == {"a": [1, 2.5]}


# -- saving ------------------------------------------------------------------

def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_save_replaces_atomically_and_keeps_the_mode(tmp_path):
    path = tmp_path / FILE
    article_scenario().save(path)
    path.chmod(0o640)
    load_preset("xor").save(path)
    assert Scenario.load(path) == load_preset("xor")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert leftovers(tmp_path) == []


def test_new_files_are_readable_by_others(tmp_path):
    article_scenario().save(tmp_path / FILE)
    assert stat.S_IMODE((tmp_path / FILE).stat().st_mode) == 0o644


@pytest.mark.parametrize("failing", ["replace", "fsync", "write", "interrupt"])
def test_a_failed_save_leaves_the_old_file(tmp_path, monkeypatch, failing):
    path = tmp_path / FILE
    article_scenario().save(path)
    before = path.read_bytes()

    def fail(*args, **kwargs):
        raise KeyboardInterrupt if failing == "interrupt" else OSError(28, "No space left on device")

    if failing in ("replace", "interrupt"):
        monkeypatch.setattr(files_module.os, "replace", fail)
    elif failing == "fsync":
        monkeypatch.setattr(files_module.os, "fsync", fail)
    else:
        def open_failing_writes(*args, **kwargs):
            handle = open(*args, **kwargs)
            handle.write = fail
            return handle

        monkeypatch.setattr(files_module, "open", open_failing_writes, raising=False)
    with pytest.raises(KeyboardInterrupt if failing == "interrupt" else OSError):
        load_preset("xor").save(path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_save_into_a_missing_folder(tmp_path):
    with pytest.raises(OSError):
        article_scenario().save(tmp_path / "missing" / FILE)
    assert not (tmp_path / "missing").exists()


def killed_save_leftover(target, age: float):
    """The temporary file a save of `target` killed before its rename leaves, last written `age` s ago."""
    fd, name = tempfile.mkstemp(prefix="." + target.name + ".", suffix=".tmp", dir=target.parent)
    os.write(fd, b'{"format": "nngui-sce')
    os.close(fd)
    when = time.time() - age
    os.utime(name, (when, when))
    return name.rsplit(os.sep, 1)[-1]


def test_a_save_removes_stale_leftovers_of_its_own_target_only(tmp_path):
    path = tmp_path / FILE
    stale = [killed_save_leftover(path, STALE_TEMPORARY_SECONDS + 60) for _ in range(3)]
    fresh = killed_save_leftover(path, 60)  # maybe another save still writing: left alone
    other_target = killed_save_leftover(tmp_path / "other.nngui.json", 10 * STALE_TEMPORARY_SECONDS)
    precious = write(tmp_path / "precious.txt", "keep me")
    foreign = [f".{FILE}.ABCD1234.tmp", f".{FILE}.abcd1234.tmp.bak", f"{FILE}.abcd1234.tmp",
               f".{FILE}.abcd12345.tmp", f".{FILE}.abcd1234.temp", f"x.{FILE}.abcd1234.tmp"]
    for name in foreign:
        write(tmp_path / name, "not ours")
    link = tmp_path / f".{FILE}.link1234.tmp"  # our name, but a link: not a file we wrote
    link.symlink_to(precious)
    folder = tmp_path / f".{FILE}.fold1234.tmp"
    folder.mkdir()
    old = time.time() - 10 * STALE_TEMPORARY_SECONDS
    for name in [*foreign, "precious.txt", folder.name]:
        os.utime(tmp_path / name, (old, old))
    os.utime(link, (old, old), follow_symlinks=False)

    article_scenario().save(path)

    assert Scenario.load(path) == article_scenario()
    names = {p.name for p in tmp_path.iterdir()}
    assert not names & set(stale)
    assert {fresh, other_target, *foreign, link.name, folder.name, "precious.txt"} <= names
    assert precious.read_text(encoding="utf-8") == "keep me"


def test_leftovers_do_not_accumulate_over_saves(tmp_path):
    path = tmp_path / FILE
    for _ in range(4):
        killed_save_leftover(path, STALE_TEMPORARY_SECONDS + 1)
        load_preset("xor").save(path)
        assert leftovers(tmp_path) == []


def test_write_text_atomic_writes_utf8_with_unix_newlines(tmp_path):
    write_text_atomic(tmp_path / "x.txt", "a\nб\n")
    assert (tmp_path / "x.txt").read_bytes() == "a\nб\n".encode()


# -- CSV ------------------------------------------------------------------------

def test_csv_round_trip():
    s = Scenario(inputs=[[0, 0.25, 1], [1, 1e-7, 0.1 + 0.2]], outputs=[0.125, 1], riddle=[0, 0, 0])
    text = situations_to_csv(s)
    assert text.splitlines()[:2] == ["input 1,input 2,input 3,output", "0,0.25,1,0.125"]
    assert situations_from_csv(text) == (s.inputs, s.outputs)
    for name in preset_names():
        preset = load_preset(name)
        assert situations_from_csv(situations_to_csv(preset)) == (preset.inputs, preset.outputs)


@pytest.mark.parametrize("text", [
    "0,0,1,0\n1,1,1,1\n",
    "a,b,c,out\n0,0,1,0\n\n1,1,1,1",
    "\ufeffx1;x2;x3;y\r\n0;0;1;0\r\n1;1;1;1\r\n",
    "0\t0\t1\t0\n1\t1\t1\t1\n",
    "0;0,0;1;0\n1;1,0;1;1,0\n",  # semicolons and decimal commas, as a spreadsheet in many languages writes
    ' "0", 0 , 1,0\n1,1,1,1',
])
def test_csv_forms(text):
    assert situations_from_csv(text) == ([[0, 0, 1], [1, 1, 1]], [0, 1])


@pytest.mark.parametrize("text, message", [
    ("", "no situations found"),
    ("\n\n  \n", "no situations found"),
    ("input 1,output\n", "no situations found"),
    ("0\n1\n", "line 1: each row needs at least one input and then the expected output"),
    ("0,0,1,0\n1,1,1\n", "situation 2 (line 2) has 3 columns; the first situation has 4"),
    ("a,b,out\n0,1,1\n\n1,x,0\n", "situation 2 (line 4), input 2: 'x' is not a number"),
    ("0,0,1,0\n1,1,1,1.5\n", "situation 2 (line 2), the expected output: 1.5 must be a number from 0 to 1"),
    ("0,0,1,0\n1,-1,1,1\n", "situation 2 (line 2), input 2: -1 must be a number from 0 to 1"),
    ("0,0,1,0\n1,,1,1\n", "situation 2 (line 2), input 2: the cell is empty; expected a number from 0 to 1"),
    ("0,0,1,0\n1,nan,1,1\n", "situation 2 (line 2), input 2: nan must be a number from 0 to 1"),
    ("0,0,1,0\n1,inf,1,1\n", "situation 2 (line 2), input 2: inf must be a number from 0 to 1"),
    ('0,"1' + "x" * 200_000 + '",0\n', "line 1: not valid CSV (field larger than field limit (131072))"),
    (",".join(["0"] * 1026) + "\n", "1025 inputs; at most 1024 are allowed"),
])
def test_csv_messages(text, message):
    assert message_of(lambda: situations_from_csv(text, where="data.csv")) == f"data.csv: {message}"


def test_csv_with_too_many_situations():
    text = "0,1\n" * (MAX_SITUATIONS + 1)
    assert message_of(lambda: situations_from_csv(text)) == (
        "CSV: 100,001 situations; at most 100,000 are allowed")
    text = "0,1\n" * (MAX_SITUATIONS * 3)
    assert message_of(lambda: situations_from_csv(text)) == (
        "CSV: more than 100,000 situations; at most 100,000 are allowed")
    assert len(situations_from_csv("x,y\n" + "0,1\n" * MAX_SITUATIONS)[0]) == MAX_SITUATIONS


def test_csv_needs_text():
    assert message_of(lambda: situations_from_csv(b"0,1")) == "CSV: expected text"
