"""The model's messages as ids with named fields (no Qt): English here, translated by lookup on the Qt side.

A refusal carries a Text: ``Refusal(Text("not_a_number", text="'x'"))``. Its str() is the English
sentence; nngui.qt.messages looks the id's template up in its translation context
(``QCoreApplication.translate(context, template)``) and fills in the fields, themselves translated:

- a Text: a word or a place, translated the same way ("hidden layer 2", "situation 3 (line 3)");
- an int: an amount, written with the locale's group separator (10,000 or 10 000);
- a Number: a number as English writes it ("0.5", "1e+06"), written with the locale's decimal point;
- an OsReason: what the operating system said ("Permission denied"), translated by lookup;
- any other str: as it is (a file name, a value quoted from a file).

A message with plural forms ("{n} rows", marked with ``lupdate.translate``) counts its field n: the
Qt side passes n to Qt as the count, so that Russian picks «строка», «строки» or «строк», and n is
written in like any other field; English says "1 row" (its singular, below) or "3 rows".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Union


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's lupdate looks for
    """Mark a text for translation and return it as it is (Qt's own, without importing Qt): lupdate
    finds the texts in their context, and the Qt side translates them."""
    return text


class PluralText(str):
    """A template with plural forms: translated with its field n as the count (Text.count)."""


class _Lupdate:
    """Marks texts for pyside6-lupdate without importing Qt (as QT_TRANSLATE_NOOP above does)."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: None = None, n: int = 0) -> PluralText:
        """A text with plural forms, returned as it is. lupdate reads a translate() whose last argument
        is a number as a plural text (it does not read QT_TRANSLATE_N_NOOP in Python files)."""
        return PluralText(text)


lupdate = _Lupdate()


class Number(str):
    """A number as English writes it ("0.5", "-1e+300"); translated, it gets the locale's decimal point."""


class OsReason(str):
    """What the operating system said of a file (strerror, "Permission denied"), translated by lookup."""


Field = Union["Text", int, str]

# -- the places a message names --------------------------------------------------------------------
_PLACES = {
    "at": QT_TRANSLATE_NOOP("Messages", "{where}: {what}"),       # a problem (or a part) at a place
    "part": QT_TRANSLATE_NOOP("Messages", "{where}, {what}"),     # a part of a place
    "situation_line": QT_TRANSLATE_NOOP("Messages", "situation {situation} (line {line})"),
    "situation": QT_TRANSLATE_NOOP("Messages", "situation {situation}"),
    "situations": QT_TRANSLATE_NOOP("Messages", "situations"),
    "input": QT_TRANSLATE_NOOP("Messages", "input {input}"),
    "inputs": QT_TRANSLATE_NOOP("Messages", "inputs"),
    "expected_output": QT_TRANSLATE_NOOP("Messages", "expected output"),
    "the_expected_output": QT_TRANSLATE_NOOP("Messages", "the expected output"),
    "expected_outputs": QT_TRANSLATE_NOOP("Messages", "expected outputs"),
    "riddle": QT_TRANSLATE_NOOP("Messages", "riddle"),
    "hidden_layers": QT_TRANSLATE_NOOP("Messages", "hidden layers"),
    "hidden_layer": QT_TRANSLATE_NOOP("Messages", "hidden layer {layer}"),
    "learning_rate": QT_TRANSLATE_NOOP("Messages", "learning rate"),
    "iterations": QT_TRANSLATE_NOOP("Messages", "iterations"),
    "seed": QT_TRANSLATE_NOOP("Messages", "seed"),
    "bias": QT_TRANSLATE_NOOP("Messages", "bias"),
    "setting_activation": QT_TRANSLATE_NOOP("Messages", "activation"),
    "setting_updates": QT_TRANSLATE_NOOP("Messages", "updates"),
    "setting_loss": QT_TRANSLATE_NOOP("Messages", "loss"),
    "initial_weights": QT_TRANSLATE_NOOP("Messages", "initial weights"),
    "layer": QT_TRANSLATE_NOOP("Messages", "layer {layer}"),
    "row": QT_TRANSLATE_NOOP("Messages", "row {row}"),
    "column": QT_TRANSLATE_NOOP("Messages", "column {column}"),
    "line": QT_TRANSLATE_NOOP("Messages", "line {line}"),
    "settings": QT_TRANSLATE_NOOP("Messages", "settings"),
    "version": QT_TRANSLATE_NOOP("Messages", "version"),
    "name": QT_TRANSLATE_NOOP("Messages", "name"),
    "description": QT_TRANSLATE_NOOP("Messages", "description"),
    "preset": QT_TRANSLATE_NOOP("Messages", "preset {name}"),
    # the trained network a file keeps (format version 2)
    "trained": QT_TRANSLATE_NOOP("Messages", "trained network"),
    "iteration": QT_TRANSLATE_NOOP("Messages", "iteration"),
    "weights": QT_TRANSLATE_NOOP("Messages", "weights"),
    "biases": QT_TRANSLATE_NOOP("Messages", "biases"),
    "losses": QT_TRANSLATE_NOOP("Messages", "losses"),
    "loss_of_iteration": QT_TRANSLATE_NOOP("Messages", "the loss of iteration {iteration}"),
    "timeline": QT_TRANSLATE_NOOP("Messages", "training timeline"),
    "outputs": QT_TRANSLATE_NOOP("Messages", "expected outputs"),
    "timeline_part": QT_TRANSLATE_NOOP("Messages", "part {part}"),
}

# -- amounts: "1 row", "3 rows" (English: the singular, then the plural that is translated) -----------
_COUNTS = {
    "columns": ("{n} column", lupdate.translate("Messages", "{n} columns", None, 0)),
    "situations": ("{n} situation", lupdate.translate("Messages", "{n} situations", None, 0)),
    "expected_outputs": ("{n} expected output",
                         lupdate.translate("Messages", "{n} expected outputs", None, 0)),
    "inputs": ("{n} input", lupdate.translate("Messages", "{n} inputs", None, 0)),
    "weight_tables": ("{n} weight table", lupdate.translate("Messages", "{n} weight tables", None, 0)),
    "rows": ("{n} row", lupdate.translate("Messages", "{n} rows", None, 0)),
    "weights": ("{n} weight", lupdate.translate("Messages", "{n} weights", None, 0)),
    "neurons": ("{n} neuron", lupdate.translate("Messages", "{n} neurons", None, 0)),
    "bias_vectors": ("{n} bias vector", lupdate.translate("Messages", "{n} bias vectors", None, 0)),
    "layers": ("{n} layer", lupdate.translate("Messages", "{n} layers", None, 0)),
    "numbers": ("one number", lupdate.translate("Messages", "{n} numbers", None, 0)),
}

# -- what was found instead of what a field needs ------------------------------------------------------
_FOUND = {
    "null": QT_TRANSLATE_NOOP("Messages", "nothing (null)"),
    "a_list": QT_TRANSLATE_NOOP("Messages", "a list"),
    "an_object": QT_TRANSLATE_NOOP("Messages", "an object"),
    "true": QT_TRANSLATE_NOOP("Messages", "true (true/false)"),
    "false": QT_TRANSLATE_NOOP("Messages", "false (true/false)"),
    "too_many_digits": QT_TRANSLATE_NOOP("Messages", "a number with too many digits"),
    "digits": lupdate.translate("Messages", "a number with {n} digits", None, 0),
    "the_text": QT_TRANSLATE_NOOP("Messages", "the text {text}"),
}

# -- what Python's json module says (exc.msg), by its own words --------------------------------------
_JSON = {
    "json_value": QT_TRANSLATE_NOOP("Messages", "Expecting value"),
    "json_comma": QT_TRANSLATE_NOOP("Messages", "Expecting ',' delimiter"),
    "json_colon": QT_TRANSLATE_NOOP("Messages", "Expecting ':' delimiter"),
    "json_name": QT_TRANSLATE_NOOP("Messages", "Expecting property name enclosed in double quotes"),
    "json_extra": QT_TRANSLATE_NOOP("Messages", "Extra data"),
    "json_unterminated": QT_TRANSLATE_NOOP("Messages", "Unterminated string starting at"),
    "json_control": QT_TRANSLATE_NOOP("Messages", "Invalid control character at"),
    "json_escape": QT_TRANSLATE_NOOP("Messages", "Invalid \\escape"),
    "json_comma_object": QT_TRANSLATE_NOOP("Messages", "Illegal trailing comma before end of object"),
    "json_comma_list": QT_TRANSLATE_NOOP("Messages", "Illegal trailing comma before end of array"),
}
JSON_REASONS = {english: key for key, english in _JSON.items()}  # exc.msg → its id

# -- files, scenarios, CSV ------------------------------------------------------------------------------
_FILES = {
    "cannot_open": QT_TRANSLATE_NOOP("Messages", "cannot open the file ({reason})"),
    "cannot_read": QT_TRANSLATE_NOOP("Messages", "cannot read the file ({reason})"),
    "folder": QT_TRANSLATE_NOOP("Messages", "this is a folder, not a file"),
    "not_ordinary": QT_TRANSLATE_NOOP("Messages", "this is not an ordinary file"),
    "too_large": QT_TRANSLATE_NOOP("Messages", "the file is {size} MB; files over {limit} MB are refused"),
    "grew": QT_TRANSLATE_NOOP("Messages", "the file is larger than {limit} MB"),
    "empty_file": QT_TRANSLATE_NOOP("Messages", "the file is empty"),
    "not_utf8": QT_TRANSLATE_NOOP("Messages", "this is not a text file (byte {n} is not valid UTF-8)"),
    "constant": QT_TRANSLATE_NOOP("Messages", "{name} is not allowed; use ordinary numbers"),
    "nested": QT_TRANSLATE_NOOP("Messages", "the data is nested too deeply"),
    "bad_json_at": QT_TRANSLATE_NOOP("Messages", "not valid JSON (line {n}, column {m}: {reason})"),
    "bad_json": QT_TRANSLATE_NOOP("Messages", "not valid JSON ({reason})"),
    "no_preset": QT_TRANSLATE_NOOP("Messages", "there is no preset called {name}"),
    "damaged_recovery": QT_TRANSLATE_NOOP("Messages", "the recovery file is damaged"),
    # CSV
    "expected_text": QT_TRANSLATE_NOOP("Messages", "expected text"),
    "csv_too_many": lupdate.translate(
        "Messages", "more than {n} situations; at most {m} are allowed", None, 0),
    "bad_csv": QT_TRANSLATE_NOOP("Messages", "not valid CSV ({reason})"),
    "no_situations": QT_TRANSLATE_NOOP("Messages", "no situations found"),
    "too_many_situations": lupdate.translate(
        "Messages", "{n} situations; at most {m} are allowed", None, 0),
    "csv_width": QT_TRANSLATE_NOOP("Messages",
                                   "each row needs at least one input and then the expected output"),
    "too_many_inputs": lupdate.translate("Messages", "{n} inputs; at most {m} are allowed", None, 0),
    "csv_columns": QT_TRANSLATE_NOOP("Messages", "{here} has {columns}; the first situation has {m}"),
    "empty_cell": QT_TRANSLATE_NOOP("Messages", "the cell is empty; expected a number from 0 to 1"),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "{text} is not a number"),
    "not_unit": QT_TRANSLATE_NOOP("Messages", "{text} must be a number from 0 to 1"),
    # the fields of a scenario
    "not_number": QT_TRANSLATE_NOOP("Messages", "expected a number, got {what}"),
    "out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "{what} is out of range; it must be a number from {low} to {high}"),
    "not_whole": QT_TRANSLATE_NOOP("Messages", "expected a whole number, got {what}"),
    "whole_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "{what} is out of range; it must be a whole number from {low} to {high}"),
    "not_list": QT_TRANSLATE_NOOP("Messages", "expected a list, got {what}"),
    "too_many_entries": lupdate.translate("Messages", "{n} entries; at most {m} are allowed", None, 0),
    "not_text": QT_TRANSLATE_NOOP("Messages", "expected a text, got {what}"),
    "too_long": lupdate.translate("Messages", "{n} characters; at most {m} are allowed", None, 0),
    "no_riddle_input": QT_TRANSLATE_NOOP("Messages", "the riddle needs at least one input"),
    "no_situation": QT_TRANSLATE_NOOP("Messages", "at least one situation is needed"),
    "situations_outputs": QT_TRANSLATE_NOOP("Messages", "{situations} but {outputs}"),
    "riddle_width": QT_TRANSLATE_NOOP(
        "Messages", "situation {situation} has {inputs}; the riddle (and so the network) has {m}"),
    "not_bool": QT_TRANSLATE_NOOP("Messages", "expected true or false, got {what}"),
    "not_choice": QT_TRANSLATE_NOOP("Messages", "expected one of {choices}, got {what}"),
    "weights_with_bias": QT_TRANSLATE_NOOP(
        "Messages", "cannot be combined with bias (switch bias off, or let the seed choose the weights)"),
    "weight_tables": QT_TRANSLATE_NOOP("Messages", "{tables} given; layers of {sizes} neurons need {m}"),
    "weight_rows": QT_TRANSLATE_NOOP("Messages", "{rows}; expected {m} (one per input)"),
    "weight_row": QT_TRANSLATE_NOOP("Messages", "{weights}; expected {m} (one per neuron)"),
    "parameters_count": QT_TRANSLATE_NOOP(
        "Messages", "{numbers}; expected {m} (every weight, then every bias, layer by layer)"),
    "kept_count": QT_TRANSLATE_NOOP("Messages", "{rows} of weights for {m} iterations; expected one each"),
    "timeline_rule": QT_TRANSLATE_NOOP(
        "Messages", "has no learning rate, but iterations were trained after it: only the last part may"),
    "not_scenario": QT_TRANSLATE_NOOP("Messages", "expected a scenario (a JSON object), got {what}"),
    "not_nngui": QT_TRANSLATE_NOOP(
        "Messages", "not an nngui scenario (the \"format\" field is missing or wrong)"),
    "unsupported_version": QT_TRANSLATE_NOOP(
        "Messages", "version {n} is not supported; this nngui reads version {m}"),
    "unknown_field": QT_TRANSLATE_NOOP("Messages", "unknown field {name}"),
    "missing_field": QT_TRANSLATE_NOOP("Messages", "the field \"{name}\" is missing"),
    "not_situation": QT_TRANSLATE_NOOP(
        "Messages", "expected an object with \"inputs\" and \"output\", got {what}"),
    "not_object": QT_TRANSLATE_NOOP("Messages", "expected an object, got {what}"),
    "biases_without_bias": QT_TRANSLATE_NOOP("Messages", "given, but the scenario's bias is off"),
    "missing_biases": QT_TRANSLATE_NOOP("Messages", "missing: the scenario's bias is on"),
    "bias_vectors_count": QT_TRANSLATE_NOOP("Messages", "{vectors} given; the network has {m} layers"),
    "losses_count": QT_TRANSLATE_NOOP("Messages", "{n} given for {m} iterations; expected one per iteration"),
}

# -- the core's checks of what a program gives it --------------------------------------------------------
_CORE = {
    "no_situations_to_learn": QT_TRANSLATE_NOOP("Messages", "there are no situations to learn from"),
    "bad_learning_rate": QT_TRANSLATE_NOOP(
        "Messages", "the learning rate must be a number from 0 to {high}, not {what}"),
    "bad_iterations": QT_TRANSLATE_NOOP(
        "Messages", "the number of iterations must be a whole number ≥ 0, not {what}"),
    "seed_range": QT_TRANSLATE_NOOP("Messages", "the seed must be from 0 to {high}, not {what}"),
    "sizes_not_whole": QT_TRANSLATE_NOOP("Messages", "the layer sizes must be whole numbers, like [3, 4, 1]"),
    "too_few_layers": QT_TRANSLATE_NOOP(
        "Messages", "a network needs at least an input layer and an output layer"),
    "layer_size": QT_TRANSLATE_NOOP("Messages", "layer {layer} has {neurons}; a layer needs from 1 to {m}"),
    "no_weights": QT_TRANSLATE_NOOP("Messages", "a network needs at least one weight matrix"),
    "rules_unknown": QT_TRANSLATE_NOOP("Messages", "{what} is not one of {choices}"),
    "rules_relu_output": QT_TRANSLATE_NOOP(
        "Messages", "ReLU is for hidden layers, and this network has none: its output neuron needs "
        "the sigmoid, tanh or the step function (or add a hidden layer)"),
    "rules_step_hidden": QT_TRANSLATE_NOOP(
        "Messages", "the step function learns by the perceptron rule, which trains a single layer: "
        "remove the hidden layers, or choose another activation"),
    "rules_cross_entropy": QT_TRANSLATE_NOOP(
        "Messages", "cross-entropy needs a sigmoid output neuron (the sigmoid or ReLU activation), "
        "not {activation}: choose the mean squared error, or another activation"),
    "weights_not_numbers": QT_TRANSLATE_NOOP(
        "Messages", "the weights of layer {layer} must be a table of numbers"),
    "weights_not_table": QT_TRANSLATE_NOOP(
        "Messages", "the weights of layer {layer} must be a table (inputs × neurons)"),
    "layer_too_large": lupdate.translate(
        "Messages", "layer {layer} is too large: at most {n} inputs and neurons", None, 0),
    "layers_mismatch": lupdate.translate(
        "Messages", "layer {layer} has {neurons} but layer {next}'s weights expect {n} inputs", None, 0),
    "bias_count": QT_TRANSLATE_NOOP("Messages", "{vectors} given for {layers}"),
    "bias_shape": lupdate.translate("Messages", "the bias of layer {layer} must be {n} numbers", None, 0),
    "weight_not_finite": QT_TRANSLATE_NOOP(
        "Messages", "weight ({position}) of layer {layer} is not a finite number"),
    "bias_not_finite": QT_TRANSLATE_NOOP(
        "Messages", "bias ({position}) of layer {layer} is not a finite number"),
    "inputs_not_table": QT_TRANSLATE_NOOP(
        "Messages", "the inputs must be a table of situations, one row each"),
    "inputs_not_list": QT_TRANSLATE_NOOP(
        "Messages", "the inputs must be a list of situations, each a list of numbers"),
    "inputs_width": QT_TRANSLATE_NOOP(
        "Messages", "situation {situation} has {inputs}; the network expects {m}"),
    "situation_not_list": QT_TRANSLATE_NOOP("Messages", "situation {situation} is not a list of numbers"),
    "input_not_number": QT_TRANSLATE_NOOP("Messages", "situation {situation}, input {input} is not a number"),
    "input_range": QT_TRANSLATE_NOOP(
        "Messages",
        "situation {situation}, input {input} is {value}; inputs must be between {low} and {high}"),
    "targets_not_list": QT_TRANSLATE_NOOP(
        "Messages", "the expected outputs must be a list with {numbers} per situation"),
    "target_not_numbers": QT_TRANSLATE_NOOP(
        "Messages", "the expected output of situation {situation} must be {numbers}"),
    "targets_not_table": QT_TRANSLATE_NOOP(
        "Messages", "the expected outputs must be a table with {numbers} per situation"),
    "target_width": QT_TRANSLATE_NOOP(
        "Messages", "each situation needs {numbers} as its expected output, not {m}"),
    "target_range": QT_TRANSLATE_NOOP(
        "Messages",
        "the expected output of situation {situation} is {value}; it must be between {low} and {high}"),
}

# -- edits refused by the document (the window's own words) ------------------------------------------------
_DOCUMENT = {
    "edit_situation_output": QT_TRANSLATE_NOOP("ScenarioDocument", "Situation {situation}, output"),
    "edit_situation_input": QT_TRANSLATE_NOOP("ScenarioDocument", "Situation {situation}, input {input}"),
    "edit_not_unit": QT_TRANSLATE_NOOP("ScenarioDocument", "{where}: '{value}' is not a number from 0 to 1"),
    "edit_riddle_not_unit": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "Riddle, input {input}: '{value}' is not a number from 0 to 1"),
    "edit_most_situations": lupdate.translate(
        "ScenarioDocument", "At most {n} situations are allowed", None, 0),
    "edit_situation_width": lupdate.translate(
        "ScenarioDocument", "A situation needs {n} inputs, not {m}", None, 0),
    "edit_new_situation": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "Every input and the output must be a number from 0 to 1"),
    "edit_last_situation": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "At least one situation is needed: the last one cannot be removed"),
    "edit_most_inputs": lupdate.translate("ScenarioDocument", "At most {n} inputs are allowed", None, 0),
    "edit_last_input": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "The network needs at least one input: the last one cannot be removed"),
    "edit_rows_outputs": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "Every situation needs its inputs and one output"),
    "edit_same_width": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "Every situation needs the same number of inputs (1 to {m})"),
    "edit_values": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "Every input and output must be a number from 0 to 1"),
    "edit_riddle_width": lupdate.translate(
        "ScenarioDocument", "The riddle needs {n} numbers from 0 to 1", None, 0),
    "edit_learning_rate": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "Learning rate: {value} must be a number from 0 to {high}"),
    "edit_bias": QT_TRANSLATE_NOOP("ScenarioDocument", "Bias must be on or off"),
    "edit_most_layers": lupdate.translate(
        "ScenarioDocument", "Hidden layers: at most {n} layers are allowed", None, 0),
    "edit_layer_size": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "Hidden layers: each layer needs a whole number of neurons from 1 to {m}"),
    "edit_iterations": QT_TRANSLATE_NOOP("ScenarioDocument", "Iterations"),
    "edit_seed": QT_TRANSLATE_NOOP("ScenarioDocument", "Seed"),
    "edit_not_whole": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "{what}: {value} must be a whole number from 0 to {high}"),
    "edit_weights_with_bias": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "Initial weights cannot be combined with bias"),
    "edit_weight_shapes": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "Initial weights: the layers {sizes} need matrices of shapes {shapes}"),
    "edit_weights_finite": QT_TRANSLATE_NOOP("ScenarioDocument", "Initial weights must be finite numbers"),
    "paste_nothing": QT_TRANSLATE_NOOP("ScenarioDocument", "Nothing to paste: copy some cells first"),
    "paste_ragged": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "Cannot paste: row {row} of the copied cells has {n} cells, the first row {m}"),
    "paste_too_wide": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "Cannot paste {n} columns here: from this column there is room for {m}"),
    "paste_cell": QT_TRANSLATE_NOOP(
        "ScenarioDocument", "Cannot paste: row {row}, column {column} of the copied cells: {what}"),
}

# -- the hidden layers typed in the settings bar ------------------------------------------------------------
_SETTINGS_BAR = {
    "typed_most_layers": lupdate.translate("SettingsBar", "at most {n} hidden layers", None, 0),
    "typed_not_whole": QT_TRANSLATE_NOOP("SettingsBar", "{text} is not a whole number"),
    "typed_layer_size": QT_TRANSLATE_NOOP("SettingsBar", "a layer needs 1 to {m} neurons, not {n}"),
}

#: Every message: its id → (translation context, English template).
TEMPLATES: dict[str, tuple[str, str]] = {}
for _context, _table in (
        ("Messages", _PLACES), ("Messages", _FOUND), ("Messages", _JSON), ("Messages", _FILES),
        ("Messages", _CORE), ("ScenarioDocument", _DOCUMENT), ("SettingsBar", _SETTINGS_BAR),
        ("Messages", {f"n_{key}": plural for key, (_, plural) in _COUNTS.items()})):
    for _id, _template in _table.items():
        assert _id not in TEMPLATES, f"two messages called {_id!r}"
        TEMPLATES[_id] = (_context, _template)

#: The English singular of the plural messages whose n may be 1 ("1 row"; the others are limits).
SINGULAR: dict[str, str] = {
    **{f"n_{key}": singular for key, (singular, _) in _COUNTS.items()},
    "edit_situation_width": "A situation needs {n} input, not {m}",
    "edit_riddle_width": "The riddle needs {n} number from 0 to 1",
    "layers_mismatch": "layer {layer} has {neurons} but layer {next}'s weights expect {n} input",
    "bias_shape": "the bias of layer {layer} must be {n} number",
}
assert all(isinstance(TEMPLATES[_id][1], PluralText) for _id in SINGULAR)


class Text:
    """A message of the model: an id (its template and translation context) and its named fields."""

    __slots__ = ("fields", "id")

    def __init__(self, id: str, /, **fields: Field) -> None:  # noqa: A002 (the message's id)
        if id not in TEMPLATES:
            raise KeyError(f"no message {id!r} in nngui.model.texts")
        self.id = id
        self.fields = fields

    @property
    def context(self) -> str:
        return TEMPLATES[self.id][0]

    @property
    def template(self) -> str:
        """The English template, with {named} fields (a plural message's plural: the text translated)."""
        return TEMPLATES[self.id][1]

    @property
    def count(self) -> int | None:
        """The count of a message with plural forms (its field n), which picks the form; else None."""
        if not isinstance(self.template, PluralText):
            return None
        return int(self.fields["n"])  # type: ignore[arg-type]  # an int, or digits written as they are

    def english(self) -> str:
        """The English template for this message's fields: "{n} row" when n is 1, else the template."""
        return SINGULAR.get(self.id, self.template) if self.count == 1 else self.template

    def __str__(self) -> str:
        return render(self)

    def __repr__(self) -> str:
        fields = "".join(f", {name}={value!r}" for name, value in self.fields.items())
        return f"Text({self.id!r}{fields})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.id, self.fields) == (other.id, other.fields)

    __hash__ = None  # type: ignore[assignment]  # (the fields are a dict)

    def __reduce__(self) -> tuple[Any, ...]:
        return _text, (self.id, self.fields)


def _text(id: str, fields: dict[str, Field]) -> Text:  # noqa: A002 (unpickling)
    return Text(id, **fields)


def render(text: Text,
           template: Callable[[Text], str] = Text.english,
           whole: Callable[[int], str] = "{:,}".format,
           number: Callable[[str], str] = str,
           reason: Callable[[str], str] = str) -> str:
    """The message as text: its template (English by default) with every field written in.

    The Qt side passes its translation of a template, and how its locale writes whole numbers,
    decimal numbers and the operating system's reasons.
    """
    def written(value: Field) -> str:
        if isinstance(value, Text):
            return render(value, template, whole, number, reason)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int):
            return whole(value)
        if isinstance(value, Number):
            return number(value)
        if isinstance(value, OsReason):
            return reason(value)
        return str(value)

    return template(text).format(**{name: written(value) for name, value in text.fields.items()})


# -- building messages -------------------------------------------------------------------------------------

def count(n: int, what: str) -> Text:
    """An amount of things, "1 row" or "3 rows" (`what`: a key of the amounts above, e.g. "rows")."""
    return Text(f"n_{what}", n=n)


def place(*parts: Text | str) -> Text | str:
    """A place of several parts, "situation 2, input 3", from the parts given ("" parts left out)."""
    kept = [p for p in parts if p != ""]
    if not kept:
        return ""
    where = kept[0]
    for part in kept[1:]:
        where = Text("part", where=where, what=part)
    return where


def at(where: Text | str, what: Text) -> Text:
    """`what` at a place: "data.csv: situation 2 (line 3)", "riddle: the riddle needs …" (no place: what)."""
    return Text("at", where=where, what=what) if where != "" else what


class Sentence(str):
    """A message's English text that still carries its Text (str(refusal) is one), so that the Qt side
    can translate it by its id even where only the text was passed on."""

    text: Text

    def __new__(cls, text: Text) -> Sentence:
        sentence = super().__new__(cls, str(text))
        sentence.text = text
        return sentence

    def __reduce__(self) -> tuple[Any, ...]:
        return Sentence, (self.text,)


class Refusal(ValueError):
    """The model refuses something; `text` (a Text) says what and where, str() in English.

    A plain str is accepted too (then `text` is None): it is shown as it is, untranslated.
    """

    def __init__(self, message: Text | str) -> None:
        self.text = message if isinstance(message, Text) else None
        super().__init__(str(message))

    def __str__(self) -> str:
        return Sentence(self.text) if self.text is not None else super().__str__()

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.text if self.text is not None else str(self),)


class ScenarioError(Refusal):
    """A scenario (or a file holding one) is not valid; the message says what and where."""
