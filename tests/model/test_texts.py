"""Messages as ids and fields: their English, their parts, and how a translation fills them in."""

from __future__ import annotations

import re
import string

import pytest

from nngui.model.texts import TEMPLATES, Number, OsReason, Refusal, Sentence, Text, at, count, place, render


def test_every_template_names_its_fields():
    for key, (context, template) in TEMPLATES.items():
        assert context in ("Messages", "ScenarioDocument", "SettingsBar"), key
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
        assert all(re.fullmatch(r"[a-z]+", name) for name in names), (key, template)


def test_a_message_reads_as_english_and_keeps_its_parts():
    where = at("bad.csv", place(Text("situation_line", situation="2", line="2"), Text("input", input="2")))
    text = at(where, Text("not_a_number", text="'x'"))
    assert str(text) == "bad.csv: situation 2 (line 2), input 2: 'x' is not a number"
    assert text.id == "at" and text.fields["what"] == Text("not_a_number", text="'x'")
    assert str(at("", Text("nested"))) == "the data is nested too deeply"
    assert place("", Text("riddle")) == Text("riddle")


def test_amounts_are_singular_or_plural_and_grouped():
    assert str(count(1, "rows")) == "1 row"
    assert str(count(100_001, "situations")) == "100,001 situations"
    assert str(count(1, "numbers")) == "one number"
    assert str(Text("situations_outputs", situations=count(1, "situations"),
                    outputs=count(2, "expected_outputs"))) == "1 situation but 2 expected outputs"


def test_a_translation_fills_in_each_kind_of_field():
    text = Text("too_large", size=Number("20.5"), limit=Number("20.0"))
    shouted = {"too_large": "THE FILE IS {size} MB; FILES OVER {limit} MB ARE REFUSED"}
    translated = render(text, lambda t: shouted[t.id], number=lambda n: n.replace(".", ","))
    assert translated == "THE FILE IS 20,5 MB; FILES OVER 20,0 MB ARE REFUSED"
    reason = Text("cannot_open", reason=OsReason("Permission denied"))
    assert render(reason, reason=lambda r: f"<{r}>") == "cannot open the file (<Permission denied>)"
    assert render(Text("too_many_entries", n=10_000, m=8), whole=lambda n: f"#{n}") == \
        "#10000 entries; at most #8 are allowed"


def test_a_refusal_is_a_value_error_whose_text_carries_its_id():
    error = Refusal(Text("no_situations_to_learn"))
    assert isinstance(error, ValueError)
    assert str(error) == "there are no situations to learn from"
    assert isinstance(str(error), Sentence) and str(error).text == error.text
    assert Refusal("plain words").text is None and str(Refusal("plain words")) == "plain words"
    with pytest.raises(KeyError):
        Text("no such message")
