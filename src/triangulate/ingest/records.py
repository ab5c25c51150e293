"""Reports given as JSON records: one object, an array of objects, or JSON Lines.

Fields read: ``id``, ``text``, ``title``, ``url``, ``outlet``, ``published``. A record that
cannot be read is reported on its own (``FILE:LINE`` for JSON Lines, ``FILE#INDEX`` for an
array, INDEX counted from 0 as in JSON tools) while the good records of the file are kept.
JSON may escape half of a UTF-16 surrogate pair alone (``"\\ud800"``), which no text
encoding can hold: such a character is replaced with U+FFFD, as a broken byte is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from triangulate.ingest.rejected import Rejected

FIELDS: tuple[str, ...] = ("id", "text", "title", "url", "outlet", "published")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """One record, or why it could not be read.

    Attributes:
        where: Its position, for the input list: ``FILE:LINE`` or ``FILE#INDEX``.
        source: Its ``Document.source``: ``FILE#ID``, else ``FILE#LINE`` / ``FILE#INDEX``,
            or just ``FILE`` for a lone object without an id.
        id: The record's own id, as a string.
        problem: Why it cannot be read; None when ``text`` is usable.
    """

    where: str
    source: str
    id: str | None = None
    text: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    problem: Rejected | None = None


def _invalid(exc: ValueError | RecursionError) -> Rejected:
    """A reason for JSON that does not parse."""
    if isinstance(exc, json.JSONDecodeError):
        return Rejected(
            "failed", f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        )
    if isinstance(exc, RecursionError):
        return Rejected("failed", "invalid JSON: nested too deeply")
    return Rejected("failed", f"invalid JSON: {exc}")


def _json_kind(value: Any) -> str:
    """What a parsed JSON value is, in words."""
    kinds = {str: "a string", bool: "true/false", type(None): "null", list: "an array"}
    return kinds.get(type(value), "an object" if isinstance(value, dict) else "a number")


def _text_field(value: Any) -> str | None:
    """A string field, or None when it is missing or not a string."""
    return _whole(value) if isinstance(value, str) and value.strip() else None


def _whole(text: str) -> str:
    """The text with each lone surrogate (half a pair, from a JSON escape) as U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def _record(obj: Any, *, where: str, name: str, position: str | None) -> Record:
    """A record from a parsed JSON value found at ``where``."""
    fallback = f"{name}#{position}" if position is not None else name
    if not isinstance(obj, dict):
        reason = f"record is {_json_kind(obj)}, not a JSON object"
        return Record(where=where, source=fallback, problem=Rejected("failed", reason))
    raw_id = obj.get("id")
    rid = (
        _whole(str(raw_id))
        if isinstance(raw_id, str | int) and not isinstance(raw_id, bool)
        else None
    )
    if rid is not None and not rid.strip():
        rid = None
    source = f"{name}#{rid}" if rid is not None else fallback
    text = obj.get("text")
    problem: Rejected | None = None
    if "text" not in obj:
        problem = Rejected("failed", "record has no 'text' field")
    elif not isinstance(text, str):
        problem = Rejected("failed", "record's 'text' is not a string")
    elif not text.strip():
        problem = Rejected("skipped", "record's 'text' is empty")
    return Record(
        where=where,
        source=source,
        id=rid,
        text=_whole(text) if isinstance(text, str) else "",
        title=_text_field(obj.get("title")),
        url=_text_field(obj.get("url")),
        outlet=_text_field(obj.get("outlet")),
        published=_text_field(obj.get("published")),
        problem=problem,
    )


def parse_json(text: str, name: str) -> tuple[bool, tuple[Record, ...]]:
    """The records of a JSON file.

    Args:
        text: The decoded file.
        name: The file's name, for ``where`` and ``source``.

    Returns:
        ``(is_array, records)``: an object gives one record, an array one per element.

    Raises:
        Rejected: The file is not JSON, or is JSON of another shape (a string, a number).
    """
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise _invalid(exc) from None
    if isinstance(value, dict):
        return False, (_record(value, where=name, name=name, position=None),)
    if isinstance(value, list):
        if not value:
            raise Rejected("skipped", "JSON array is empty")
        return True, tuple(
            _record(item, where=f"{name}#{index}", name=name, position=str(index))
            for index, item in enumerate(value)
        )
    raise Rejected("failed", f"JSON is {_json_kind(value)}, not an object or an array of objects")


def iter_jsonl(text: str, name: str) -> Iterator[Record]:
    """The records of a JSON Lines file, one per non-blank line, broken lines included.

    Args:
        text: The decoded file.
        name: The file's name, for ``where`` and ``source``.

    Yields:
        A record per non-blank line; a line that is not JSON gives a record with a problem.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            problem = _invalid(exc)
            if isinstance(exc, json.JSONDecodeError):
                problem = Rejected("failed", f"invalid JSON: {exc.msg} (column {exc.colno})")
            yield Record(where=where, source=f"{name}#{number}", problem=problem)
            continue
        yield _record(value, where=where, name=name, position=str(number))
