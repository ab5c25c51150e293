"""How a person names a gridiron player's statistic: by what it is and whose it is.

A sports page writes a player's yards as "passing yards", "rushing yards" or "receiving
yards", named by the play that gained them, whether a report says "312 passing yards",
"threw for 312 yards" or "completed 24 of 31 passes for 312 yards"; how far one play went
is "the length of a play", a passer's completed passes his "completions". The player comes
after in brackets, by the name the story knows him by: "passing yards (Brandt)". Never
the words around one report's number ("length in South"), which name no statistic.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from triangulate.claims.quantities import YARDS_KINDS
from triangulate.model import Claim, Document, Entity
from triangulate.reconcile.topics import ATTEMPTS, COMPLETIONS, PLAY, YARDS_GAINED, Topic

_NAMED: Mapping[str, str] = {
    PLAY: "length of a play",
    COMPLETIONS: "completions",
    ATTEMPTS: "pass attempts",
}
"""A statistic's name by its topic, for those named by the topic alone."""
# The play that gained a player's yards, by the words a report tells it with: the verb or
# noun of play, or the kind written beside the yards ("312 passing yards", "95 yards rushing").
_PLAYS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # passes caught are a receiver's: "caught eight passes for 66 yards"
    (
        "receiving yards",
        re.compile(
            r"\b(?:caught|catches|catching|receptions?|receiving)\b"
            r"(?:(?:\s+[\w-]+){0,2}?\s+pass(?:es)?\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        "passing yards",
        re.compile(
            r"\b(?:threw|throws|throwing|passed|passes|passing|pass|completed|completions?|"
            r"completing|attempts?|\d+\s*-?\s*(?:of|for)\s*-?\s*\d+)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "rushing yards",
        re.compile(r"\b(?:ran|runs|running|rushed|rushes|rushing|carries|carry)\b", re.I),
    ),
    ("return yards", re.compile(r"\b(?:returned|returns|returning|return)\b", re.IGNORECASE)),
)
_CLAUSE_END = re.compile(r"[.;:!?]")
# the kind of yards written between the number and "yards" ("312 passing yards"), and the
# words right after the yards that may tell it ("95 yards rushing", "95 yards on 18 carries")
_WITHIN = re.compile(rf"\b({YARDS_KINDS})\s+(?:yards?|yds?)\b", re.IGNORECASE)
_KINDS: Mapping[str, str] = {
    "scrimmage": "yards from scrimmage",
    "all purpose": "all-purpose yards",
}
_AFTER = re.compile(r"\s*(?:on\s+(?:[\w-]+\s+){1,2}?[\w-]+|[\w-]+)")


def statistic_label(
    measure: Sequence[Claim],
    topic: Topic,
    topics: Mapping[str, Topic],
    entities: Mapping[str, Entity],
    docs: Mapping[str, Document],
) -> str | None:
    """A gridiron player's statistic named as a person writes it, "passing yards (Brandt)",
    "length of a play (Brandt)", "completions (Brandt)": what it is, by the play most of
    its reports tell (:func:`yards_of`), and whose, the holder's name (the one most of its
    reports name when the lead one names none); None when the topic
    is no such statistic."""
    if topic.population == YARDS_GAINED:
        plays = Counter(yards_of(c, docs.get(c.doc)) for c in measure)
        name = min(plays, key=lambda p: (p == YARDS_GAINED, -plays[p], p))
    elif topic.population in _NAMED:
        name = _NAMED[topic.population]
    else:
        return None
    held = Counter(topics[c.id].holder for c in measure if c.id in topics)
    held.pop(None, None)
    holder = topic.holder or min(held, key=lambda h: (-held[h], h), default=None)
    whose = _whose(holder, entities)
    return f"{name} ({whose})" if whose else name


def yards_of(claim: Claim, document: Document | None) -> str:
    """The play a player's yards were gained by: the kind written in the figure ("312
    passing yards", "410 total yards"), else right after it ("95 yards rushing", "95 yards
    on 18 carries"), else the nearest word of play before it in its clause ("threw for",
    "completed 24 of 31 passes for"); plain "yards gained" when none is told."""
    within = _WITHIN.search(claim.text)
    if within is not None:
        kind = re.sub(r"[\s-]+", " ", within.group(1).lower())
        return _KINDS.get(kind, f"{kind} yards")
    text = document.text if document is not None else ""
    before = _CLAUSE_END.split(text[max(0, claim.start - 80) : claim.start])[-1]
    after = _AFTER.match(text, claim.end)
    for words, last in ((after.group(0) if after else "", False), (before, True)):
        # the nearest word of play wins; at one place the first of ``_PLAYS``
        found = [
            (m.end() if last else -m.start(), -n, play)
            for n, (play, pattern) in enumerate(_PLAYS)
            for m in pattern.finditer(words)
        ]
        if found:
            return max(found)[2]
    return YARDS_GAINED


def _whose(holder: str | None, entities: Mapping[str, Entity]) -> str | None:
    """The holder as a person writes it: a player by his surname ("Brandt"), a team by its
    name; None when no one is named."""
    entity = entities.get(holder or "")
    if entity is None:
        return None
    name = entity.name.strip()
    return name.split()[-1] if entity.type == "PERSON" and name else name or None
