"""Loaders for the gold corpora in ``../shared/data`` (MEANTIME, ECB+ in JSON lines).

Both share one layout: ``docs.jsonl`` (``doc_id``, ``topic``, ``subtopic``, ``text``, and
for ECB+ ``split``) and ``mentions.jsonl`` (character offsets into ``text``, a chain id
and scope, ``kind`` entity or event, and for MEANTIME ``attrs.syntactic_type``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class CorpusDoc:
    """One gold document."""

    id: str
    topic: str
    subtopic: str
    split: str | None
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldMention:
    """One gold mention with the chain it belongs to."""

    doc: str
    topic: str
    start: int
    end: int
    text: str
    tag: str
    kind: str
    chain: str
    scope: str
    syntactic_type: str | None
    head: str | None


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def load_docs(folder: Path) -> tuple[CorpusDoc, ...]:
    """Read ``docs.jsonl`` from a corpus folder."""
    return tuple(
        CorpusDoc(
            id=str(row["doc_id"]),
            topic=str(row["topic"]),
            subtopic=str(row.get("subtopic", row["topic"])),
            split=row.get("split"),
            text=row["text"],
        )
        for row in _lines(folder / "docs.jsonl")
    )


def load_mentions(folder: Path) -> tuple[GoldMention, ...]:
    """Read ``mentions.jsonl`` from a corpus folder."""
    return tuple(
        GoldMention(
            doc=str(row["doc_id"]),
            topic=str(row["topic"]),
            start=int(row["start"]),
            end=int(row["end"]),
            text=row["text"],
            tag=row["tag"],
            kind=row["kind"],
            chain=row["chain_id"],
            scope=row["chain_scope"],
            syntactic_type=row.get("attrs", {}).get("syntactic_type"),
            head=row.get("attrs", {}).get("head"),
        )
        for row in _lines(folder / "mentions.jsonl")
    )


def named_meantime(mentions: Iterable[GoldMention]) -> tuple[GoldMention, ...]:
    """MEANTIME's named mentions of cross-document entity chains (``NAM``)."""
    return tuple(
        m
        for m in mentions
        if m.kind == "entity" and m.scope == "cross" and m.syntactic_type == "NAM"
    )


_ENTITY_TAGS = ("HUMAN_PART", "NON_HUMAN_PART", "LOC")
_LEADING = frozenset({"the", "a", "an"})
_LINKS = frozenset({"of", "the", "and", "for", "de", "in", "on", "'s", "&", "-"})
_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "him", "them"}
)
_WORD = re.compile(r"[^\s]+")


def _lowercase_vocabulary(docs: Iterable[CorpusDoc]) -> frozenset[str]:
    """Words seen in lower case anywhere in the corpus (common nouns, not names)."""
    return frozenset(w for d in docs for w in re.findall(r"\b[a-z][a-z-]+\b", d.text))


def is_proper_name(text: str, common: frozenset[str]) -> bool:
    """Whether a gold mention's text is a proper name (ECB+ has no syntactic type).

    After a leading article, every word must be capitalised (or a linking word such as
    "of", or a number), it must not be a pronoun, and a single word must never occur in
    lower case in the corpus: that rules out "Police" or "Woman" at a sentence start.
    """
    words = _WORD.findall(text)
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    if not words or any(re.split(r"['’]", w.lower())[0] in _PRONOUNS for w in words):
        return False
    for word in words:
        if word.lower() in _LINKS or word[:1].isdigit():
            continue
        if not word[:1].isupper():
            return False
    if len(words) == 1:
        bare = words[0].lower().rstrip(".,'s’")
        return bare not in common
    return True


def named_ecbplus(
    mentions: Iterable[GoldMention], docs: Sequence[CorpusDoc]
) -> tuple[GoldMention, ...]:
    """ECB+'s named mentions of cross-document entity chains in the given documents.

    ECB+ marks no syntactic type, so "named" is decided from the text: gold entity
    mentions (HUMAN_PART*, NON_HUMAN_PART*, LOC* tags) whose text is a proper name by
    ``is_proper_name``. The rule reads only the gold text, never the system's output,
    so it cannot favour the system.
    """
    ids = {d.id for d in docs}
    common = _lowercase_vocabulary(docs)
    return tuple(
        m
        for m in mentions
        if m.doc in ids
        and m.kind == "entity"
        and m.scope == "cross"
        and m.tag.startswith(_ENTITY_TAGS)
        and is_proper_name(m.text, common)
    )
