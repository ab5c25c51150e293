"""Which body a speaker described by a common noun is: "the company", "the ministry".

A report names a body once and then describes it by its kind: "Harlow Motors Corp.
recalled 4,000 cars ... the company said", "the Finance Ministry ... the ministry said". A
definite description refers to the body of its kind named most recently before it in the
same report, so two reports' "the company" may be two companies, and one report's "the
company" may be another report's "Harlow Motors". The kind of a description is its head
noun, and a body is of that kind when

- its name says so: the last word of the name ("Harlow Motors Corp.", "Finance
  Ministry"), or of the words before "of" ("Ministry of Finance"), or the word before a
  last word for a part of a body ("Torvald Police Department" is the police and a
  department), read through the table in ``bodies.tsv`` ("Inc." and "the firm" both make a
  company); or
- the report's words say so, right next to the name: the kind before it ("carmaker Vantor
  Motors", "the company Acme"), after it ("the Acme company") or in an apposition ("Acme,
  the country's largest airline, ...").

Only organisations and facilities (ORG, FAC) are bodies. Words before a description's
head that narrow its kind must be the body's too ("the health ministry" is the "Ministry
of Health", never the "Finance Ministry"; "the disaster center" is no "Seismic Research
Center"); words of size, rank or ownership ("the largest", "the state-run") narrow
nothing. A description is resolved only where the report makes it clear:

==========================================================  ==============================
the story                                                   "the company" is
==========================================================  ==============================
names a company in the report before the description,       that company
none other in the same sentence as that name
names no company before it in the report, and one company   that company
in all its reports
names two or more companies, none clearly the one meant     a source of its report alone
names no company at all                                     one unnamed company, whatever
                                                            report describes it
==========================================================  ==============================

The last row keeps reports of one event that each describe, and none names, "the monitor"
as one monitor: nothing tells them apart, and counting them twice would overstate
corroboration. An unnamed source ("police said") is tied to a body only by the first row,
its own report's words (:func:`~triangulate.reconcile.sources.source_of` keeps it
otherwise).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from triangulate.model import Claim, Document, Entity, Speaker
from triangulate.nlp.words import word_table
from triangulate.reconcile.wording import singular

KINDS = word_table(Path(__file__).parent / "bodies.tsv")

# Entity types that name a body a description may refer to.
_BODY_TYPES = frozenset({"ORG", "FAC"})
# Last words of a name for a part or a branch of a body, whose kind the word before also
# gives: "Torvald Police Department" is the police, "Acme Airlines Group" the airline.
_PARTS = frozenset({"department", "service", "force", "group", "office", "authority", "board"})
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
# Articles narrow nothing: "a militia spokesman" is of the militia as "the militia spokesman".
_ARTICLES = frozenset({"a", "an", "the"})
# Words of size, rank or ownership that describe any body of a kind.
_ANY_BODY = frozenset(
    """largest biggest leading main top major big small private public listed state state-run
    state-owned government-run local official new former""".split()  # noqa: SIM905
)
# A lower-case word right before a name, with only spaces between ("carmaker Vantor").
_KIND_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]*)\s+$")
# The lower-case words right before a name ("the Nordvik cybersecurity firm Acme").
_LEAD = re.compile(r"(?:(?<![\w-])[a-z][a-z-]*\s+){1,4}$")
# A lower-case word right after a name ("the Acme company said").
_KIND_AFTER = re.compile(r"^\s+([a-z][a-z-]*)\b")
# An apposition after a name: ", a/an/the ..." up to the next mark.
_APPOSITION = re.compile(r"^\s*,\s*(?:a|an|the)\s+([^,.;:()\[\]\n\"“”]{1,60})")
# Where the words of an apposition stop saying what the body is and start saying where,
# whose or which ("the largest bank in the region", "a unit of Beta").
_APPOSITION_TAIL = re.compile(
    r"\s+(?:in|of|for|with|that|which|who|based|headquartered|owned|run|from|on|at|to|"
    r"and|or)\b.*$",
    re.DOTALL,
)
# The end of a sentence: a stop with a space and a capital or a quotation after it, or a
# blank line.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n")


def kind_of(word: str, table: Mapping[str, str] = KINDS) -> str | None:
    """The kind of body a word names (its singular looked up in the table), or None."""
    return table.get(singular(word.strip(".").casefold()))


def described_kind(speaker: Speaker | None, table: Mapping[str, str] = KINDS) -> str | None:
    """The kind of body a speaker is described as, when the report describes rather than
    names it: all its words are common nouns but for an opening capital or a possessive
    ("company", "health ministry", "Iran's seismologic center") and its head is one kind
    of body. None for a name ("Harlow Motors"), a resolved entity, a plural ("unions":
    several bodies, never one named one) or a description of no body ("the governor",
    "witnesses"). ``table`` gives the kinds (:mod:`.roles` reads people's roles so)."""
    if speaker is None or speaker.entity is not None:
        return None
    words = _WORD.findall(speaker.name)
    if not words or any(w[:1].isupper() and not _POSSESSIVE.search(w) for w in words[1:]):
        return None
    head = words[-1].casefold()
    return kind_of(head, table) if singular(head) == head else None


def modifiers(speaker: Speaker) -> tuple[str, ...]:
    """The words of a description that narrow its kind ("health" in "the health
    ministry", "disaster" in "the disaster center"), lower-cased: those before the head
    but articles, possessives ("Iran's") and words of size, rank or ownership, which
    describe any body of the kind ("the largest", "the state-run")."""
    words = [w.casefold() for w in _WORD.findall(speaker.name)[:-1]]
    return tuple(w for w in words if not _POSSESSIVE.search(w) and w not in _ANY_BODY | _ARTICLES)


def _stem(word: str) -> str:
    """A word's first five letters: "seismologic" and "Seismic" are one stem, as are
    "health" and "Health"."""
    return word.casefold()[:5]


def _name_kinds(name: str, table: Mapping[str, str]) -> set[str]:
    """The kinds a body's name makes it: its head word's, and the word before a head for a
    part of a body (see the module docstring)."""
    head = re.split(r"\s+of\s+", name.strip(), maxsplit=1)[0] if " of " in name else name
    words = _WORD.findall(head)
    if not words:
        return set()
    kinds = {kind_of(words[-1], table)}
    if len(words) > 1 and singular(words[-1]) in _PARTS:
        kinds.add(kind_of(words[-2], table))
    return {k for k in kinds if k is not None}


def _word_kinds(
    text: str, start: int, end: int, table: Mapping[str, str], titles: bool
) -> tuple[set[str], set[str]]:
    """The kinds the report's words right next to a name give it (module docstring), and
    the words that give them ("cybersecurity firm" in "cybersecurity firm Acme"). With
    ``titles``, a capitalised word before the name gives a kind too, as a person's title
    does ("Police Chief Ada Lind")."""
    kinds: set[str] = set()
    said: set[str] = set()
    flags = re.IGNORECASE if titles else 0
    before = re.search(_KIND_BEFORE.pattern, text[max(0, start - 40) : start], flags)
    after = _KIND_AFTER.match(text[end : end + 40])
    for found in (before, after):
        if found is not None and (kind := kind_of(found.group(1), table)) is not None:
            kinds.add(kind)
    if before is not None and kind_of(before.group(1), table) is not None:
        # The description before the name: its last few lower-case words.
        lead = re.search(_LEAD.pattern, text[max(0, start - 60) : start], flags)
        said.update(_WORD.findall(lead.group(0)) if lead else ())
    apposition = _APPOSITION.match(text[end : end + 80])
    if apposition is not None:
        words = _WORD.findall(_APPOSITION_TAIL.sub("", apposition.group(1)))
        if words and (kind := kind_of(words[-1], table)) is not None:
            kinds.add(kind)
            said.update(w.casefold() for w in words)
    return kinds, said


@dataclass(frozen=True, slots=True, kw_only=True)
class Body:
    """A body named in a report: the entity, where its name stands, and its kinds."""

    entity: str
    name: str
    start: int
    end: int
    kinds: frozenset[str]
    words: frozenset[str]

    def fits(self, narrowing: tuple[str, ...]) -> bool:
        """Whether the body's name or the words the report gives it hold every word
        narrowing a description's kind (by stem: "the health ministry" fits "Ministry
        of Health"; "the disaster center" does not fit "Seismic Research Center")."""
        stems = {_stem(w) for w in self.words}
        return all(_stem(w) in stems for w in narrowing)


class Bodies:
    """The bodies each report names, in text order, and the kinds the story names.

    ``types``, ``table`` and ``titles`` say which entities are read and what makes them of
    a kind (:func:`_word_kinds`): by default bodies; :mod:`.roles` reads people by role.
    """

    def __init__(
        self,
        documents: Mapping[str, Document],
        entities: Iterable[Entity],
        *,
        types: frozenset[str] = _BODY_TYPES,
        table: Mapping[str, str] = KINDS,
        titles: bool = False,
    ) -> None:
        found: dict[str, list[Body]] = {}
        for entity in entities:
            if entity.type not in types:
                continue
            by_name = _name_kinds(entity.name, table)
            for mention in entity.mentions:
                doc = documents.get(mention.doc)
                if doc is None:
                    continue
                told, said = _word_kinds(doc.text, mention.start, mention.end, table, titles)
                kinds = by_name | _name_kinds(mention.text, table) | told
                if titles:
                    # A title the name is written with ("Governor Ada Lind").
                    kinds |= {k for w in _WORD.findall(mention.text) if (k := kind_of(w, table))}
                if kinds:
                    found.setdefault(mention.doc, []).append(
                        Body(
                            entity=entity.id,
                            name=entity.name,
                            start=mention.start,
                            end=mention.end,
                            kinds=frozenset(kinds),
                            words=frozenset(
                                w.casefold() for w in _WORD.findall(f"{entity.name} {mention.text}")
                            )
                            | said,
                        )
                    )
        self._docs = {d: sorted(b, key=lambda b: (b.start, b.entity)) for d, b in found.items()}
        self._documents = documents
        # The bodies of each kind the story's reports name, by entity.
        self._story: dict[str, dict[str, list[Body]]] = {}
        for bodies in self._docs.values():
            for body in bodies:
                for kind in body.kinds:
                    self._story.setdefault(kind, {}).setdefault(body.entity, []).append(body)

    def named(self, kind: str, narrowing: tuple[str, ...] = ()) -> tuple[Body, ...]:
        """One body per entity of this kind, fitting the narrowing words, that the
        story's reports name."""
        found = []
        for bodies in self._story.get(kind, {}).values():
            fitting = [b for b in bodies if b.fits(narrowing)]
            if fitting:
                found.append(fitting[0])
        return tuple(found)

    def before(self, claim: Claim, kind: str, narrowing: tuple[str, ...] = ()) -> Body | None:
        """The body of this kind, fitting the narrowing words, named last before the
        claim's speaker in its report, when no other such body is named in the sentence
        naming it (in "Harlow Motors Corp. sued Vantor Inc. ... the company said", either
        may be meant)."""
        bodies = self._docs.get(claim.doc, [])
        speaker = claim.said_by
        at = speaker.start if speaker is not None and speaker.start is not None else claim.start
        of_kind = [b for b in bodies if b.end <= at and kind in b.kinds and b.fits(narrowing)]
        if not of_kind:
            return None
        last = of_kind[-1]
        opens = _sentence_start(self._documents[claim.doc].text, last.start)
        if any(b.entity != last.entity and b.start >= opens for b in of_kind):
            return None
        return last


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    return starts[-1] if starts else 0
