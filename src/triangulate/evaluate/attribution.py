"""Who said it, scored against PolNeAR (Newell, Margolin and Ruths, LREC 2018).

PolNeAR marks, in US political news, every attribution relation: who (``source``) said
or believed what (``content``), signalled by which words (``cue``). ``load_polnear``
reads the corpus as JSON lines (``doc_id``, ``split``, ``publisher``, ``published``,
``title``, ``text`` and ``attributions`` with ``[start, end, text]`` spans).

``score_claims`` judges the ``said_by`` of a report's figure and assertion claims:

- **Which relation.** Claim offsets are mapped onto the corpus text first (ingest may
  change a few characters; the two texts are aligned). A claim lies in a relation when
  at least half of its characters fall inside the relation's content span; it is judged
  against the innermost such relation (the shortest content span). A claim that touches
  no content span at all is *outside*; one that only grazes a span is neither. The
  corpus gives a discontinuous content from its first to its last character: when a
  content span holds its own cue ("'...,' X told CBS on Tuesday, when ..., 'But ...'"),
  the words from the quotation before the cue to the one after it are not content.
- **Right speaker.** The relation's source is right when the claim's speaker has the
  same span (its words overlap the source's words), or the same name (the content words
  of one name, reduced to a rough singular, all occur in the other: "Reyes" and "Tomas
  Reyes", "Ada Brandt" and "Ada Brandt, executive director of ..."; courtesy titles,
  possessive endings and numbers are no content words, so "Mr. Reyes", "Reyes's" and
  "Reyes, 58," all name Tomas Reyes; a source with a description after a comma is also
  compared by the words before it, "Reyes, at the port authority,").
  A pronoun source is right when the speaker names what the pronoun refers to, found from
  the annotations alone, never from the system: for "he", "she", "they", "it" and their
  other cases, the nearest source before it in the document that is not a pronoun (and
  when that is a description, "the Ohio governor", also the nearest name before it); for
  "who", "which", "that", the phrase right before it (the speaker's last name word is
  one of the eight words before the pronoun in its sentence); for "I", "we" and their
  other cases, the source of the relation whose content holds the pronoun (a quotation's
  speaker), or, outside every content, the outlet itself, for which the right answer is
  no speaker. A pronoun with nothing to resolve it to is left out, as is "you", which
  refers to no one the text names. A relation without a source ("it is expected",
  "reportedly") is right when the claim names no one, or an anonymous source.
- **Reporting verbs.** ``REPORTING_CUES`` are the surface forms of verbs of saying and
  reporting (say, tell, add, report, announce, show, find, write, ...) and "according":
  a relation whose cue holds one of them is a reporting-verb relation. The corpus also
  counts thoughts, wishes and stances ("Reyes believes", "Brandt wants"); those count
  in the overall score only.
- **False attributions.** Claims outside every content span that name a speaker, as a
  share of all claims outside.

The PolNeAR data is research data kept outside the project (``../shared/data``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from triangulate.evaluate.claims import singular
from triangulate.model import Claim, Document, Speaker


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldSpan:
    """A span of the corpus text (a discontinuous span is given first to last)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldRelation:
    """One annotated attribution; ``source`` is None where the text names none."""

    source: GoldSpan | None
    cue: GoldSpan | None
    content: GoldSpan


@dataclass(frozen=True, slots=True, kw_only=True)
class PolnearDoc:
    """One annotated article."""

    id: str
    split: str
    publisher: str
    published: str | None
    title: str
    text: str
    relations: tuple[GoldRelation, ...]


def _span(value: Any) -> GoldSpan | None:
    if not value:
        return None
    start, end, text = value
    return GoldSpan(start=int(start), end=int(end), text=str(text))


def load_polnear(path: Path, *, split: str | None = None) -> tuple[PolnearDoc, ...]:
    """Read ``polnear.jsonl``; only the articles of ``split`` when given.

    Relations without a content span (a handful) are left out: no claim can lie in them.
    """
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            if split is not None and row["split"] != split:
                continue
            relations = []
            for rel in row["attributions"]:
                content = _span(rel.get("content"))
                if content is None:
                    continue
                relations.append(
                    GoldRelation(
                        source=_span(rel.get("source")), cue=_span(rel.get("cue")), content=content
                    )
                )
            out.append(
                PolnearDoc(
                    id=str(row["doc_id"]),
                    split=str(row["split"]),
                    publisher=str(row.get("publisher", "")),
                    published=row.get("published"),
                    title=str(row.get("title", "")),
                    text=str(row["text"]),
                    relations=tuple(relations),
                )
            )
    return tuple(out)


def _forms(*lemmas: str) -> frozenset[str]:
    """Regular inflections of verbs ("say" -> says, sayed, saying), plus the lemmas."""
    out: set[str] = set()
    for lemma in lemmas:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        if lemma.endswith("y") and lemma[-2] not in "aeiou":
            third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
        elif lemma.endswith(("s", "sh", "ch", "x")):
            third, past = lemma + "es", lemma + "ed"
        else:
            third, past = lemma + "s", stem + "ed"
        out |= {lemma, third, past, stem + "ing"}
    return frozenset(out)


# Verbs of saying and reporting, as the cue words of a relation; fixed here, apart from
# the reader's own tables, so that the population scored never moves with the system.
REPORTING_CUES = _forms(
    "say",
    "tell",
    "add",
    "state",
    "declare",
    "announce",
    "report",
    "claim",
    "assert",
    "confirm",
    "deny",
    "insist",
    "argue",
    "explain",
    "note",
    "write",
    "tweet",
    "post",
    "warn",
    "acknowledge",
    "admit",
    "reveal",
    "reply",
    "respond",
    "recall",
    "testify",
    "estimate",
    "show",
    "find",
    "indicate",
    "quote",
    "cite",
) | {"said", "told", "wrote", "written", "shown", "found", "according"}

PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their", "it"})
RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
FIRST = frozenset({"i", "me", "my", "we", "us", "our"})
SECOND = frozenset({"you", "your"})
_PRONOUNS = PERSONAL | RELATIVE | FIRST | SECOND
_STOP = frozenset(
    {"a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "and", "or", "'s", "s", "’s"}
)
_WORDS = re.compile(r"[\w’'-]+")
_SENTENCE = re.compile(r"[.!?\n]")


def _words(text: str) -> list[str]:
    return [singular(w) for w in _WORDS.findall(text.lower()) if w not in _STOP]


# Courtesy titles, which say how a person is addressed, not who: "Mr. Reyes" is the
# "Tomas Reyes" named before.
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def _name_words(text: str) -> set[str]:
    """The content words of a name: without courtesy titles, numbers and a possessive
    ending on the last word ("Mr. Reyes", "Reyes's", "Reyes, 58," are all "reyes"; in
    "Reyes's lawyers" the possessive names someone else)."""
    words = _WORDS.findall(text.lower())
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    return {
        singular(w)
        for w in words
        if w and w not in _STOP and w not in _TITLES and not any(c.isdigit() for c in w)
    }


def is_reporting(relation: GoldRelation) -> bool:
    """Whether the relation's cue holds a verb of saying or reporting, or "according"."""
    if relation.cue is None:
        return False
    return any(w in REPORTING_CUES for w in _WORDS.findall(relation.cue.text.lower()))


def same_name(name: str, gold: str) -> bool:
    """The content words of one name all occur in the other (either way round).

    Courtesy titles, possessive endings and numbers are no content words ("Mr. Reyes"
    is "Tomas Reyes"); a gold source with a description set off by a comma is also
    compared by the words before the comma ("Reyes, at the port authority," is "Tomas
    Reyes").
    """
    a = _name_words(name)
    if not a:
        return False
    for form in {gold, gold.split(",")[0]}:
        b = _name_words(form)
        if b and (a <= b or b <= a):
            return True
    return False


# -- offsets ---------------------------------------------------------------------------


class OffsetMap:
    """Maps offsets in a document's text onto the corpus text it was read from."""

    def __init__(self, ours: str, gold: str) -> None:
        self._same = ours == gold
        self._blocks: list[tuple[int, int, int]] = []
        if not self._same:
            matcher = SequenceMatcher(None, ours, gold, autojunk=False)
            self._blocks = [tuple(b) for b in matcher.get_matching_blocks() if b[2]]  # type: ignore[misc]

    def __call__(self, at: int) -> int:
        """The corpus offset of ``at`` (the nearest aligned character's)."""
        if self._same:
            return at
        best = 0
        for a, b, size in self._blocks:
            if a <= at < a + size:
                return b + at - a
            if a + size <= at:
                best = b + size + (at - a - size)
            else:
                break
        return best


# -- judging ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Judged:
    """One claim lying in a relation, and whether its speaker is the relation's source.

    ``start``/``end`` are the claim's offsets in the corpus text.
    """

    doc: str
    claim: str
    start: int
    end: int
    text: str
    said_by: str | None
    source: str | None
    referent: str | None
    cue: str | None
    reporting: bool
    right: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class AttributionScore:
    """Counts over every claim scored, with the judged claims for a reader to inspect."""

    judged: tuple[Judged, ...] = ()
    left_out: int = 0
    outside: int = 0
    outside_named: tuple[tuple[str, str, str], ...] = field(default=())

    @property
    def overall(self) -> float:
        """Share of claims in a relation whose speaker is right."""
        return _share(sum(j.right for j in self.judged), len(self.judged))

    @property
    def reporting(self) -> float:
        """The same, over relations whose cue is a reporting verb."""
        rows = [j for j in self.judged if j.reporting]
        return _share(sum(j.right for j in rows), len(rows))

    @property
    def reporting_count(self) -> int:
        """How many claims lie in reporting-verb relations."""
        return sum(j.reporting for j in self.judged)

    @property
    def false_attributions(self) -> float:
        """Share of claims outside every relation that name a speaker."""
        return _share(len(self.outside_named), self.outside)


def _share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def score_claims(
    documents: Iterable[Document], claims: Iterable[Claim], gold: Mapping[str, PolnearDoc]
) -> AttributionScore:
    """Judge every figure and assertion claim of the documents found in ``gold``.

    Documents are matched to the gold by id (a JSON record's ``id`` is its document's).
    """
    by_doc: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.kind in {"figure", "assertion"}:
            by_doc.setdefault(claim.doc, []).append(claim)
    judged: list[Judged] = []
    left_out = outside = 0
    named: list[tuple[str, str, str]] = []
    for document in documents:
        article = gold.get(document.id)
        if article is None:
            continue
        to_gold = OffsetMap(document.text, article.text)
        referents = _Referents(article)
        for claim in sorted(by_doc.get(document.id, ()), key=lambda c: (c.start, c.end)):
            start, end = to_gold(claim.start), to_gold(claim.end)
            relation, touched = _relation(article, start, end)
            if relation is None:
                if not touched:
                    outside += 1
                    if claim.said_by is not None:
                        named.append((document.id, claim.text, claim.said_by.name))
                continue
            verdict = _judge(claim.said_by, relation, referents, to_gold)
            if verdict is None:
                left_out += 1
                continue
            right, referent = verdict
            judged.append(
                Judged(
                    doc=document.id,
                    claim=claim.id,
                    start=start,
                    end=end,
                    text=claim.text,
                    said_by=claim.said_by.name if claim.said_by else None,
                    source=relation.source.text if relation.source else None,
                    referent=referent,
                    cue=relation.cue.text if relation.cue else None,
                    reporting=is_reporting(relation),
                    right=right,
                )
            )
    return AttributionScore(
        judged=tuple(judged), left_out=left_out, outside=outside, outside_named=tuple(named)
    )


def _relation(article: PolnearDoc, start: int, end: int) -> tuple[GoldRelation | None, bool]:
    """The innermost relation holding at least half the span, and whether any is touched."""
    size = max(end - start, 1)
    holding = []
    touched = False
    for rel in article.relations:
        overlap = _overlap(start, end, rel.content.start, rel.content.end)
        if overlap > 0:
            touched = True
            gap = _frame(article.text, rel)
            if gap is not None:
                overlap -= _overlap(start, end, *gap)
            if 2 * overlap >= size:
                holding.append(rel)
    if not holding:
        return None, touched
    return min(holding, key=lambda r: (r.content.end - r.content.start, r.content.start)), True


def _overlap(a: int, b: int, c: int, d: int) -> int:
    return max(0, min(b, d) - max(a, c))


_CLOSERS = ("”", '"', "’", "''")
_OPENERS = ("“", '"', "‘", "''", "``")


def _frame(text: str, rel: GoldRelation) -> tuple[int, int] | None:
    """The words between the parts of a discontinuous content, if the content is one.

    The corpus gives a discontinuous content from its first to its last character, so
    "'...,' X told CBS on Tuesday, when ..., 'But ...'" seems to hold the words that
    attribute it. When the content span holds its own cue, the stretch from the last
    closing quote mark before the cue and its source to the first opening mark after
    them (or just the cue and source, without quote marks) is not content.
    """
    content, cue = rel.content, rel.cue
    if cue is None or not (content.start <= cue.start and cue.end <= content.end):
        return None
    lo, hi = cue.start, cue.end
    source = rel.source
    if source is not None and content.start <= source.start and source.end <= content.end:
        lo, hi = min(lo, source.start), max(hi, source.end)
    closes = [k + len(q) for q in _CLOSERS if (k := text.rfind(q, content.start, lo)) >= 0]
    opens = [k for k in (text.find(q, hi, content.end) for q in _OPENERS) if k >= 0]
    return (max(closes) if closes else lo), (min(opens) if opens else hi)


class _Referents:
    """What each pronoun source of one article refers to, from the annotations alone."""

    def __init__(self, article: PolnearDoc) -> None:
        self.article = article
        # Sources that are not pronouns, in text order.
        self.named = sorted(
            (
                r.source
                for r in article.relations
                if r.source is not None and r.source.text.strip().lower() not in _PRONOUNS
            ),
            key=lambda s: s.start,
        )

    def of(self, relation: GoldRelation, depth: int = 0) -> list[str] | None:
        """Names the relation's source may be given as; None for the outlet itself."""
        source = relation.source
        if source is None:
            return []
        word = source.text.strip().lower()
        if word not in _PRONOUNS:
            return [source.text]
        if word in PERSONAL:
            before = [s for s in self.named if s.end <= source.start]
            if not before:
                return []
            out = [before[-1].text]
            if _described(out[0]):
                # "the Ohio governor" refers back to a name: the nearest one counts too.
                names = [s.text for s in before if not _described(s.text)]
                out += names[-1:]
            return out
        if word in FIRST and depth < 5:
            holders = [
                r
                for r in self.article.relations
                if r is not relation
                and r.source is not None
                and r.content.start <= source.start
                and source.end <= r.content.end
            ]
            if not holders:
                return None
            holder = min(holders, key=lambda r: r.content.end - r.content.start)
            return self.of(holder, depth + 1)
        return []


def _described(text: str) -> bool:
    """Whether a source is a description ("the Ohio governor") rather than a name."""
    return any(w[:1].islower() and w not in _STOP for w in _WORDS.findall(text))


def _judge(
    said_by: Speaker | None,
    relation: GoldRelation,
    referents: _Referents,
    to_gold: OffsetMap,
) -> tuple[bool, str | None] | None:
    """(right, the referent judged against), or None for a relation left out."""
    source = relation.source
    if source is None:
        return (said_by is None or said_by.anonymous), None
    word = source.text.strip().lower()
    if word in SECOND:
        return None
    if said_by is not None and said_by.start is not None and said_by.end is not None:
        start, end = to_gold(said_by.start), to_gold(said_by.end)
        if start < source.end and source.start < end:
            return True, source.text
    if word in RELATIVE:
        text = referents.article.text
        window = max(0, source.start - 400)
        ends = [m.end() for m in _SENTENCE.finditer(text, window, source.start)]
        before = _words(text[ends[-1] if ends else window : source.start])[-8:]
        if said_by is None:
            return False, " ".join(before)
        name = _words(said_by.name)
        return bool(name) and name[-1] in before, " ".join(before)
    candidates = referents.of(relation)
    if candidates is None:
        return said_by is None, "the outlet"
    if not candidates:
        return None  # a pronoun with no named source before it: nothing to judge by
    if said_by is None:
        return False, candidates[0]
    return any(same_name(said_by.name, c) for c in candidates), candidates[0]
