"""Plain-text helpers of the attribution reader: lines, names compared loosely, chains."""

from __future__ import annotations

import re
from collections.abc import Iterable

from triangulate.model import Speaker

LETTERS = re.compile(r"[A-Za-z]+")
ALNUM = re.compile(r"[A-Za-z0-9]+")
_LEADING_DET = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"\w+")


def paragraph(text: str, at: int) -> int:
    """Where the line holding ``at`` starts (paragraphs and title lines alike)."""
    return text.rfind("\n", 0, at) + 1


def opens_paragraph(text: str, at: int) -> bool:
    """Whether only white space stands between ``at`` and the start of its line."""
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip()


def previous_paragraph(text: str, at: int) -> int:
    """Where the paragraph before the one holding ``at`` starts."""
    line_start = text.rfind("\n", 0, at)
    k = line_start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return text.rfind("\n", 0, k) + 1


def strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding white space and quote marks."""
    junk = ' \t\r\n\xa0“”"‘’,'
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def joined(first: tuple[str, ...], more: Iterable[str]) -> tuple[str, ...]:
    """The relay chain ``first`` followed by the names of ``more`` it does not hold yet."""
    out = list(first)
    for name in more:
        if norm(name) not in {norm(v) for v in out}:
            out.append(name)
    return tuple(out)


def without_det(name: str) -> str:
    """A name without a leading article ("The Northern Ledger" -> "Northern Ledger")."""
    return _LEADING_DET.sub("", name.strip())


def norm(name: str) -> str:
    """A name compared without case, spaces or punctuation."""
    return _NON_WORD.sub("", name.lower())


def last_word(text: str) -> str:
    """The last word of a text, in lower case, or ""."""
    words = _WORD.findall(text.lower())
    return words[-1] if words else ""


def words_in(short: str, long: str) -> bool:
    """Whether every word of ``short`` is a word of ``long`` (surname vs full name)."""
    a = set(_WORD.findall(short.lower()))
    b = set(_WORD.findall(long.lower()))
    return bool(a) and a <= b and a != b


def same(a: Speaker, b: Speaker) -> bool:
    """Whether two speakers are the same entity, or have the same name."""
    if a.entity is not None and a.entity == b.entity:
        return True
    return norm(a.name) == norm(b.name)
