"""A person's age at death: one quantity about the one who died.

The figure reader marks an age at death ("died Monday at 77", "Reyes, 45, died", "He was
77." after the death) with the measure ``AGE_AT_DEATH``. It is a fact of one person, so:

- whose it is: the person its sentence makes the subject of the death ("Tomas Brandt, the
  novelist, died Monday at 77", not Varga of "Brandt, who founded a press with Ada Varga,
  died at 77"; the name right before it in "Reyes, 45, died"); for "He was 77." the one the
  death sentence (one of the two before) makes so ("The novelist Tomas Brandt has died in
  Orvel. He was 78."); else, when no one is named, the noun the report calls the dead by
  ("A driver died at 45": ``dead.tsv``);
- two reports' ages of one named person are one quantity whatever their values, the name
  written whole or shorter ("Brandt", "Tom Brandt", "Tomas R. Brandt"): an age is a whole
  number of years, so 77 and 78 disagree; the ages of two people a report tells apart
  (each name with its own age in it) are two quantities in every report, even of one
  value; any other two ages are one only when they agree (who died may be misread from a
  long sentence), and so are an age at death and years a report says someone spent ("He
  was 77 years old" read so);
- it is labelled as a person writes it: "age at death of Tomas Brandt", "age at death of the
  driver".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from triangulate.model import Claim, Document
from triangulate.nlp.sentences import SENTENCE_BREAK
from triangulate.nlp.words import word_table
from triangulate.reconcile.intervals import AGE_AT_DEATH
from triangulate.reconcile.statements import sentence_span

__all__ = [
    "AGE_AT_DEATH",
    "Dead",
    "age_label",
    "dead_of",
    "dead_told_apart",
    "holder_of",
    "is_age",
    "same_person",
]

if TYPE_CHECKING:
    from triangulate.reconcile.topics import Actors, Relation, Topic

DEAD_NOUNS = word_table(Path(__file__).parent / "dead.tsv")
"""Nouns a report calls a dead person by when it names no one ("the victim", "the driver")."""


@dataclass(frozen=True, slots=True)
class Dead:
    """Who an age at death is of: a named person's name as the report writes it, else the
    noun a report calls them by ("victim"), else neither."""

    name: str | None = None
    noun: str | None = None


_DEATH = re.compile(r"\b(?:died|dies|dead|death|killed|passed\s+away)\b", re.IGNORECASE)
# "He was 77.", "She was 81 years old.": the pronoun opening the sentence of the age.
_PRONOUN_WAS = re.compile(r"^\s*(?:He|She)\s+was\s+$")
_OWNER = re.compile(r"['’]s?\b")
# "Reyes, 45,": the age set off by commas right after the name.
_AGE_SET_OFF = re.compile(r",\s*")
# The words between the one who died and the word of death: an apposition or a relative
# clause set off by commas, and the verb's helpers ("Tomas Brandt, the novelist, died",
# "Brandt, who wrote 12 novels, has died", "Brandt was killed").
_DIED_AFTER = re.compile(
    r"(?:\s*,[^,.;]{1,120},)?\s*(?:(?:who|has|had|have|was|were|is|been|found|reportedly)\s+)*",
    re.IGNORECASE,
)
_DETERMINED = re.compile(
    r"\b(?:the|a|an|his|her|their|its)\s+((?:[\w-]+\s+){0,2}?)([a-z]+)\b", re.IGNORECASE
)
_REACH = 400
_NAME_REACH = 40
"""How far before a sentence's start a name running into it may start."""
"""How far back (in characters) the death sentence of "He was 77." is looked for."""


def is_age(claim: Claim) -> bool:
    """Whether a figure claim is an age at death."""
    return claim.figure is not None and claim.figure.measure == AGE_AT_DEATH


def dead_of(claim: Claim, document: Document | None, actors: Actors | None) -> Dead:
    """Who the age at death is of (module docstring)."""
    if document is None:
        return Dead()
    text = document.text
    begin, _ = sentence_span(text, claim.start, claim.end)
    before = text[begin : claim.start]
    if _PRONOUN_WAS.match(before):
        return _of_death_told(text, begin, claim.doc, actors)
    named = _persons(actors, text, claim.doc, begin, claim.start)
    if not named:
        return Dead(noun=_noun(before))
    end, name = named[-1]
    if _AGE_SET_OFF.fullmatch(text, end, claim.start):
        return Dead(name=name)  # "Reyes, 45, died"
    deaths = list(_DEATH.finditer(text, begin, claim.start))
    # "Tomas Brandt, who founded the press with Ada Varga, died at 77": the one who died,
    # not the last name before the number.
    return Dead(name=_subject(text, named, deaths[-1].start()) if deaths else name)


def _of_death_told(text: str, at: int, doc: str, actors: Actors | None) -> Dead:
    """Who "He was 77." is of: the person the death sentence (one of the two sentences
    before ``at``) names last before its word of death, else the noun it calls them by."""
    for start, end in reversed(_sentences_before(text, at)[-2:]):
        death = _DEATH.search(text, start, end)
        if death is None:
            continue
        named = _persons(actors, text, doc, start, death.start())
        if named:
            return Dead(name=_subject(text, named, death.start()))
        return Dead(noun=_noun(text[start : death.start()]))
    return Dead()


def _subject(text: str, named: Sequence[tuple[int, str]], at: int) -> str:
    """Who the word of death at ``at`` tells died, of the people ``named`` before it in
    its sentence: the last one it follows as its subject (``_DIED_AFTER``), else the first
    one named not as another's ("Tomas Brandt, a novelist whose 1984 book was filmed by Ada
    Varga, has died"; never Varga of "Ada Varga's husband")."""
    subjects = [e for stop, e in named if stop <= at and _DIED_AFTER.fullmatch(text, stop, at)]
    if subjects:
        return subjects[-1]
    return next((e for stop, e in named if not _OWNER.match(text, stop)), named[0][1])


def _sentences_before(text: str, at: int) -> list[tuple[int, int]]:
    """The sentences (start, end) that end before ``at``, within ``_REACH``, in order."""
    low = max(0, at - _REACH)
    cuts = [low, *(m.end() for m in SENTENCE_BREAK.finditer(text, low, at))]
    spans = zip(cuts, [*cuts[1:], at], strict=True)
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _persons(
    actors: Actors | None, text: str, doc: str, start: int, end: int
) -> list[tuple[int, str]]:
    """The people a report names in [start, end), in order: where each mention ends and the
    name as written. A name ending inside it counts too: a sentence may be read as starting after
    the initial of a name ("Frederick C. LaRue, ... has died at 75")."""
    if actors is None or doc not in actors:
        return []
    starts, rest = actors[doc]
    out = []
    for n in range(bisect_left(starts, start - _NAME_REACH), len(starts)):
        if starts[n] >= end:
            break
        stop, _, kind = rest[n]
        if kind == "PERSON" and start < stop <= end:
            out.append((stop, " ".join(text[starts[n] : stop].split())))
    return out


def _noun(words: str) -> str | None:
    """The last noun of ``DEAD_NOUNS`` the words name with a determiner ("The victim, ")."""
    found = [
        DEAD_NOUNS[m.group(2).lower()]
        for m in _DETERMINED.finditer(words)
        if m.group(2).lower() in DEAD_NOUNS
    ]
    return found[-1] if found else None


def holder_of(claim: Claim, document: Document | None, actors: Actors | None) -> str | None:
    """The name of the person an age at death is of, as its report writes it
    (:func:`dead_of`); None when no one is named."""
    return dead_of(claim, document, actors).name


def dead_told_apart(figures: Sequence[Claim], topics: Mapping[str, Topic]) -> dict[str, Topic]:
    """The topics, each age at death with the names of the other dead that some report
    gives an age of beside one of its holder's names (``Topic.others``): "Ada Varga, 45,
    died at the scene. Tomas Reyes, 45, died later" tells two people, whose ages are two
    quantities in every report, even of one value."""
    names: dict[str, list[str]] = {}
    for claim in figures:
        topic = topics.get(claim.id)
        if (
            topic is not None
            and topic.population == AGE_AT_DEATH
            and topic.holder
            and len(_name_words(topic.holder)) > 1
        ):
            names.setdefault(claim.doc, []).append(topic.holder)
    pairs = {
        (one, two)
        for told in names.values()
        for one in told
        for two in told
        if not _one_name(one, two)
    }
    if not pairs:
        return dict(topics)
    out = dict(topics)
    for key, topic in topics.items():
        if topic.population != AGE_AT_DEATH or not topic.holder:
            continue
        holder = topic.holder
        others = frozenset(two for one, two in pairs if _one_name(one, holder))
        if others:
            out[key] = replace(topic, others=others)
    return out


def same_person(a: Topic, b: Topic) -> tuple[Relation, str]:
    """How two ages at death relate (see :func:`~.topics.relation`): one quantity when
    they are one named person's (:func:`_one_name`), whatever their values; two when a
    report tells them two people's (:func:`dead_told_apart`), whatever their values; else
    one only when the values agree, as two people's ages are two quantities but the one
    who died may be read wrongly from a long sentence, and equal ages are no dispute."""
    if a.holder and b.holder:
        if _one_name(a.holder, b.holder):
            return "same", ""
        if any(_one_name(o, b.holder) for o in a.others) or any(
            _one_name(o, a.holder) for o in b.others
        ):
            return "apart", "ages at death a report gives of two people"
    return "nested", "ages at death not told of one named person are one when they agree"


def _one_name(a: str, b: str) -> bool:
    """Whether two names are one person's, which entity resolution may leave apart: one
    surname, and given names of which one is the other's short form or initial, or one
    name alone that the other holds ("LaRue Sr.", "Fred LaRue" and "Frederick C. LaRue";
    never "Ada Brandt" and "Tomas Brandt")."""
    one, two = sorted((_name_words(a), _name_words(b)), key=len)
    if len(one) == 1:
        return one[0] in two  # "Brandt", "Vincent" of "Vincent Gigante"
    if one[-1] != two[-1]:
        return False
    first, second = sorted((one[0], two[0]), key=len)
    return second.startswith(first)


def _name_words(name: str) -> tuple[str, ...]:
    """A person's name as its words, without a title before it ("Mr.", "Dr."), a
    generation's suffix ("Sr.") or stops."""
    words = _NAME_WORD.findall(name.lower())
    return tuple(w for w in words if w not in _SUFFIXES and w not in _TITLES)


_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SUFFIXES = frozenset({"sr", "jr", "ii", "iii", "iv"})
_TITLES = frozenset(
    {
        *("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev"),
        *("gen", "col", "lt", "maj", "capt", "sgt", "gov", "sen", "rep", "judge"),
    }
)


def age_label(
    measure: Sequence[Claim],
    topics: Mapping[str, Topic],
    docs: Mapping[str, Document],
    actors: Actors | None,
) -> str:
    """The label of ages at death: whose the reports make them, by the name most of them
    write in full, the longest of those written as often ("age at death of Tomas Brandt"),
    else by the noun they call the dead by ("age at death of the driver")."""
    names = Counter(t.holder for c in measure if (t := topics.get(c.id)) is not None and t.holder)
    if names:
        best = min(names, key=lambda n: (len(_name_words(n)) < 2, -names[n], -len(n), n))
        return f"{AGE_AT_DEATH} of {best}"
    nouns = Counter(
        noun for c in measure if (noun := dead_of(c, docs.get(c.doc), actors).noun) is not None
    )
    if nouns:
        return f"{AGE_AT_DEATH} of the {min(nouns, key=lambda n: (-nouns[n], n))}"
    return AGE_AT_DEATH
