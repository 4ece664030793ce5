"""Fuzzing scenario files and CSV: whatever comes in, the only failure is a ScenarioError that says what."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nngui.model.scenario import (
    MAX_FILE_BYTES,
    VERSION,
    Scenario,
    ScenarioError,
    article_scenario,
    load_preset,
    preset_names,
    situations_from_csv,
    situations_to_csv,
)

FUZZ = settings(max_examples=200, deadline=None)
NAME = "fuzz.nngui.json"

numbers = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, 1, 0.5, -1, 2, 1e300, -1e300, 1e-320, 2**32, 2**63, 10**8 + 1, 1e6, 1e6 + 1]),
)
leaves = st.one_of(st.none(), st.booleans(), numbers, st.text(max_size=20))
json_values = st.recursive(
    leaves,
    lambda children: (st.lists(children, max_size=5)
                      | st.dictionaries(st.text(max_size=12), children, max_size=5)),
    max_leaves=25,
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


def check_message(error: ScenarioError, where: str) -> None:
    message = str(error)
    assert message.startswith(f"{where}: "), message
    problem = message[len(where) + 2:]
    assert problem.strip() and len(message) < 300, message


def check_load(path, data: bytes) -> None:
    """Loading is either a valid scenario or a ScenarioError naming the file; nothing else."""
    path.write_bytes(data)
    try:
        scenario = Scenario.load(path)
    except ScenarioError as error:
        check_message(error, path.name)
    else:
        scenario.validate()
        assert Scenario.from_json(scenario.to_json()) == scenario


def dump(data: Any) -> bytes:
    return json.dumps(data, allow_nan=True).encode()  # NaN and Infinity become literals


def paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place inside a JSON value: tuples of keys and indexes."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths(child, prefix + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += paths(child, prefix + (index,))
    return found


@st.composite
def mutated_scenarios(draw) -> Any:
    data = draw(st.sampled_from(preset_names()))
    data = load_preset(data).to_dict()
    for _ in range(draw(st.integers(1, 3))):
        places = paths(data)
        place = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["replace", "delete", "add", "number"]))
        if not place:
            if action == "replace":
                data = draw(json_values)
            continue
        *parent_path, last = place
        parent = data
        for key in parent_path:
            parent = parent[key]
        if action == "replace":
            parent[last] = draw(json_values)
        elif action == "number":
            parent[last] = draw(numbers)
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(json_values)
        else:
            parent.insert(last, draw(json_values))
    return data


# -- scenario files -------------------------------------------------------------

@FUZZ
@given(data=mutated_scenarios())
def test_mutated_scenarios(folder, data):
    check_load(folder / NAME, dump(data))


@FUZZ
@given(data=json_values)
def test_any_json(folder, data):
    check_load(folder / NAME, dump(data))


@FUZZ
@given(version=json_values.filter(lambda v: not (v in range(1, VERSION + 1) and type(v) in (int, float))))
def test_wrong_versions(folder, version):
    data = article_scenario().to_dict()
    data["version"] = version
    path = folder / NAME
    path.write_bytes(dump(data))
    with pytest.raises(ScenarioError) as caught:
        Scenario.load(path)
    check_message(caught.value, NAME)


@FUZZ
@given(junk=st.binary(max_size=3000))
def test_binary_junk(folder, junk):
    check_load(folder / NAME, junk)


JSON_PIECES = [b"NaN", b"Infinity", b"-Infinity", b"[", b"{", b"}", b"]", b",", b'"', b"\xff", b"\x00",
               b"1e999"]


@FUZZ
@given(st.data())
def test_damaged_bytes(folder, data):
    raw = bytearray(article_scenario().to_json().encode())
    for _ in range(data.draw(st.integers(1, 4))):
        where = data.draw(st.integers(0, len(raw)))
        action = data.draw(st.sampled_from(["cut", "flip", "insert", "delete"]))
        if action == "cut":
            del raw[where:]
        elif action == "flip" and where < len(raw):
            raw[where] ^= 1 << data.draw(st.integers(0, 7))
        elif action == "insert":
            raw[where:where] = data.draw(st.binary(min_size=1, max_size=8) | st.sampled_from(JSON_PIECES))
        else:
            del raw[where:where + data.draw(st.integers(1, 10))]
    check_load(folder / NAME, bytes(raw))


@FUZZ
@given(length=st.integers(0, 5000))
def test_truncated_files(folder, length):
    raw = load_preset("two-layer").to_json().encode()
    check_load(folder / NAME, raw[:length])


@settings(max_examples=30, deadline=None)
@given(depth=st.integers(1, 300_000), opener=st.sampled_from(["[", '{"a": ', '{"situations": ']),
       closed=st.booleans())
def test_deep_nesting(folder, depth, opener, closed):
    closer = "]" if opener == "[" else "}"
    text = opener * depth + "1" + (closer * depth if closed else "")
    check_load(folder / NAME, text.encode())


@FUZZ
@given(place=st.sampled_from(["riddle", "inputs", "output", "learning_rate", "iterations", "seed",
                              "weights"]),
       literal=st.sampled_from(["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1" + "0" * 400,
                                "1" + "0" * 5000, "-0", "1e-400"]))
def test_special_number_literals(folder, place, literal):
    scenario = load_preset("worked-example")
    text = scenario.to_json()
    marker = {"riddle": '"riddle": [1', "inputs": '"inputs": [0', "output": '"output": 0',
              "learning_rate": '"learning_rate": 1', "iterations": '"iterations": 1',
              "seed": '"seed": 1', "weights": "[[[0.5"}[place]
    assert marker in text
    head = marker.rstrip("0123456789.")
    check_load(folder / NAME, text.replace(marker, head + literal, 1).encode())


@FUZZ
@given(fields=st.dictionaries(
    st.sampled_from(["inputs", "outputs", "riddle", "hidden_layers", "learning_rate", "iterations", "seed",
                     "initial_weights", "bias", "name", "description"]),
    json_values, min_size=1))
def test_scenario_objects_from_anything(fields):
    base = dict(inputs=[[0, 1], [1, 1]], outputs=[1, 0], riddle=[1, 0])
    try:
        scenario = Scenario(**{**base, **fields})
    except ScenarioError as error:
        assert str(error).strip()
    else:
        assert Scenario.from_json(scenario.to_json()) == scenario


def test_empty_file(folder):
    for content in (b"", b"\n\n", b"\xef\xbb\xbf", b"   \t"):
        check_load(folder / NAME, content)


def test_file_over_the_cap(folder):
    path = folder / "huge.nngui.json"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is really written
    with pytest.raises(ScenarioError) as caught:
        Scenario.load(path)
    check_message(caught.value, path.name)
    assert "MB" in str(caught.value)
    path.unlink()


def test_file_just_under_the_cap_is_read(folder):
    path = folder / "padded.nngui.json"
    text = article_scenario().to_json()
    path.write_text(text + " " * (MAX_FILE_BYTES - len(text.encode())), encoding="utf-8")
    assert Scenario.load(path) == article_scenario()
    path.unlink()


def test_folder_and_missing_file(folder):
    for path in (folder, folder / "missing.nngui.json"):
        with pytest.raises(ScenarioError) as caught:
            Scenario.load(path)
        check_message(caught.value, path.name)


def test_unreadable_file(folder):
    path = folder / "secret.nngui.json"
    path.write_text(article_scenario().to_json(), encoding="utf-8")
    path.chmod(0)
    try:
        if os.geteuid() == 0 or os.access(path, os.R_OK):
            pytest.skip("permissions do not stop this user (root) from reading")
        with pytest.raises(ScenarioError) as caught:
            Scenario.load(path)
        check_message(caught.value, path.name)
    finally:
        path.chmod(0o600)


# -- CSV -------------------------------------------------------------------------

def check_csv(text: str) -> None:
    try:
        inputs, outputs = situations_from_csv(text, where="data.csv")
    except ScenarioError as error:
        check_message(error, "data.csv")
    else:
        assert inputs and len(inputs) == len(outputs)
        width = len(inputs[0])
        assert width >= 1 and all(len(row) == width for row in inputs)
        assert all(0 <= v <= 1 for row in inputs for v in row) and all(0 <= v <= 1 for v in outputs)
        Scenario(inputs=inputs, outputs=outputs, riddle=[0] * width)  # usable as they are


csv_alphabet = st.sampled_from(list("0123456789.,;\t\n\r \"'-+eEnaifx") + ["\x00", "\ufeff", "é"])


@FUZZ
@given(text=st.text(csv_alphabet, max_size=300))
def test_csv_from_csv_like_text(text):
    check_csv(text)


@FUZZ
@given(text=st.text(max_size=300))
def test_csv_from_any_text(text):
    check_csv(text)


@FUZZ
@given(st.data())
def test_csv_mutated(data):
    text = list(situations_to_csv(load_preset(data.draw(st.sampled_from(preset_names())))))
    for _ in range(data.draw(st.integers(1, 4))):
        where = data.draw(st.integers(0, len(text)))
        if data.draw(st.booleans()):
            text[where:where] = data.draw(st.text(csv_alphabet, min_size=1, max_size=5))
        else:
            del text[where:where + data.draw(st.integers(1, 5))]
    check_csv("".join(text))


@settings(max_examples=20, deadline=None)
@given(cell=st.sampled_from(["x" * 200_000, '"' + "1" * 200_000, "0," * 2000]))
def test_csv_huge_cells_and_rows(cell):
    check_csv(f"0,1\n{cell}\n")
