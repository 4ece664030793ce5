"""Share codes: a scenario or a lesson as one line of text to paste into a chat or a slide (no Qt).

A code is ``nngui1:`` followed by the base64url of the zlib-compressed JSON. Reading one back checks
its length first, unpacks at most MAX_SHARE_BYTES (a crafted code cannot grow without bound) and then
validates what it holds exactly as a file is validated. Nothing in it is ever run.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from typing import Any

from nngui.model import lesson_texts  # noqa: F401 (the refusals' ids)
from nngui.model.lessons import FORMAT as LESSON_FORMAT
from nngui.model.lessons import Lesson
from nngui.model.scenario import FORMAT as SCENARIO_FORMAT
from nngui.model.scenario import Scenario, parse_json
from nngui.model.texts import ScenarioError, Text, at

PREFIX = "nngui1:"
#: The longest code read (characters), and the most its JSON may unpack to (bytes).
MAX_SHARE_CHARS = 200_000
MAX_SHARE_BYTES = 1024 * 1024


def share_code(data: dict[str, Any]) -> str:
    """The code of a scenario's or a lesson's JSON (Scenario.to_dict(), Lesson.data)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    packed = zlib.compress(text.encode("utf-8"), 9)
    return PREFIX + base64.urlsafe_b64encode(packed).decode("ascii").rstrip("=")


def scenario_code(scenario: Scenario) -> str:
    return share_code(scenario.to_dict())


def read_share_code(code: str) -> Scenario | Lesson:
    """The scenario or lesson a code holds, validated; ScenarioError says what is wrong."""
    where = Text("share_code")
    code = "".join(str(code).split())  # a code pasted over several lines, or with spaces
    if len(code) > MAX_SHARE_CHARS:
        raise ScenarioError(at(where, Text("share_too_long", n=len(code), m=MAX_SHARE_CHARS)))
    if not code.startswith(PREFIX):
        raise ScenarioError(at(where, Text("share_prefix", prefix=PREFIX)))
    body = code[len(PREFIX):]
    try:
        packed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        unpacker = zlib.decompressobj()
        raw = unpacker.decompress(packed, MAX_SHARE_BYTES + 1)
    except (binascii.Error, ValueError, zlib.error):
        raise ScenarioError(at(where, Text("share_damaged"))) from None
    if len(raw) > MAX_SHARE_BYTES or unpacker.unconsumed_tail:
        raise ScenarioError(at(where, Text("share_too_large", limit=MAX_SHARE_BYTES // 1024)))
    if not unpacker.eof:
        raise ScenarioError(at(where, Text("share_damaged")))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ScenarioError(at(where, Text("share_damaged"))) from None
    data = parse_json(text, where)
    kind = data.get("format") if isinstance(data, dict) else None
    if kind == SCENARIO_FORMAT:
        return Scenario.from_dict(data, where)
    if kind == LESSON_FORMAT:
        return Lesson.from_dict(data, where)
    raise ScenarioError(at(where, Text("share_kind")))
