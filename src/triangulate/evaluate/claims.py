"""Claims scored against hand-made gold: figures, their sources, and assertions.

Gold figures and assertions are located by a short ``phrase`` that occurs once in the
document and a part of it (the figure's ``number``, the assertion's ``verb``). A system
claim matches a gold item when its span overlaps that part; each system claim matches at
most one gold item.

What counts as right, per matched figure:

- value: ``low``, ``high`` and ``hedge`` all equal the gold's;
- counted: the last word of the system's counted noun equals a word of the gold's counted
  noun once both are reduced to a rough singular ("jihadists" = "jihadist");
- source: both speakers empty, or both present with the same ``anonymous`` flag and names
  that share their content words (for unnamed sources, the gold's head noun); and the
  relay chains equal once case and spaces are ignored ("Raqqa 24" = "Raqqa24").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triangulate.model import Claim, Document, Entity, Report, Speaker

_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "and",
        "or",
        "its",
        "his",
        "her",
        "their",
        "'s",
        "s",
        "’s",
    ]
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Located:
    """A gold item found in its document: the span of its key part, and the item."""

    doc: str
    start: int
    end: int
    item: Mapping[str, Any]


def locate(text: str, phrase: str, part: str, doc: str, item: Mapping[str, Any]) -> Located:
    """Where ``part`` of a gold ``phrase`` lies in ``text``; raises when the phrase is missing."""
    at = text.find(phrase)
    if at < 0:
        raise LookupError(f"gold phrase {phrase!r} is not in document {doc}")
    inner = phrase.find(part)
    if inner < 0:
        raise LookupError(f"gold part {part!r} is not in phrase {phrase!r}")
    return Located(doc=doc, start=at + inner, end=at + inner + len(part), item=item)


def gold_items(report: Report, gold: Mapping[str, Any], section: str, part: str) -> list[Located]:
    """Every gold item of ``section`` located in the report's documents.

    Gold files list items under input file names; a file of JSON records holds several
    documents, and each phrase must occur in exactly one of them.
    """
    by_file: dict[str, list[Document]] = {}
    for doc in report.documents:
        by_file.setdefault(Path(doc.source.split("#")[0]).name, []).append(doc)
    out = []
    for name, entry in gold["files"].items():
        for item in entry[section]:
            holders = [d for d in by_file.get(name, ()) if item["phrase"] in d.text]
            if len(holders) != 1:
                raise LookupError(f"{name}: {item['phrase']!r} is in {len(holders)} documents")
            doc = holders[0]
            out.append(locate(doc.text, item["phrase"], item[part], doc.id, item))
    return out


def match(gold: Sequence[Located], claims: Sequence[Claim]) -> dict[int, Claim]:
    """Gold index -> the system claim matched to it (overlap, nearest start first)."""
    taken: set[str] = set()
    out: dict[int, Claim] = {}
    for n, g in enumerate(gold):
        overlapping = [
            c
            for c in claims
            if c.doc == g.doc and c.start < g.end and c.end > g.start and c.id not in taken
        ]
        if overlapping:
            best = min(overlapping, key=lambda c: (abs(c.start - g.start), c.end - c.start))
            out[n] = best
            taken.add(best.id)
    return out


def singular(word: str) -> str:
    """A rough singular: enough to equate "jihadists" and "jihadist", "bodies" and "body"."""
    w = word.lower().strip(".,'’\"")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _words(text: str | None) -> list[str]:
    return [w for w in re.findall(r"[\w’']+", (text or "").lower()) if w not in _STOP]


def counted_right(system: str | None, gold: str | None) -> bool:
    """The system's head noun is one of the gold counted noun's words."""
    sys_words = _words(system)
    if not sys_words or not gold:
        return False
    return singular(sys_words[-1]) in {singular(w) for w in _words(gold)}


def normalise_relay(name: str) -> str:
    """Relay names compared without case or spaces."""
    return re.sub(r"\s+", "", name).lower()


def speaker_right(
    system: Speaker | None, gold: Mapping[str, Any] | None, entities: Mapping[str, Entity]
) -> bool:
    """The same speaker, by the rule in the module docstring."""
    if system is None or gold is None:
        return system is None and gold is None
    if bool(system.anonymous) != bool(gold.get("anonymous")):
        return False
    gold_words = {singular(w) for w in _words(gold.get("name"))}
    if system.anonymous:
        head = _words(gold.get("name"))
        return bool(head) and any(singular(head[-1]) == singular(w) for w in _words(system.name))
    names = [system.name]
    entity = entities.get(system.entity or "")
    if entity is not None:
        names += [entity.name, *entity.aliases]
    for name in names:
        words = {singular(w) for w in _words(name)}
        if words and (words <= gold_words or gold_words <= words):
            return True
    return False


def relay_right(system: Iterable[str], gold: Iterable[str]) -> bool:
    """The same relay chain, in the same order."""
    return [normalise_relay(v) for v in system] == [normalise_relay(v) for v in gold]
