"""What a figure measures: a thing in a state or its negation, a named thing measured, a
crowd's side, a stretch of a whole, the rest of a set, a place's distance.

"Each vial of the undiluted vaccine holds five doses" and "after dilution, six", "an
11-yard pass" and "a 73-yard drive": figures of differently named or differently stated
things are no one quantity in dispute.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from triangulate.model import Claim, Document
from triangulate.reconcile.intervals import Interval
from triangulate.reconcile.kinds import REST_BEFORE
from triangulate.reconcile.sets import ANCHOR_STOPS, sharing_words
from triangulate.reconcile.shares import SHARE_STOPS
from triangulate.reconcile.splits import (
    WORD,
    Keyed,
    Split,
    claims_of,
    disputing_pair,
    parted,
    split_by,
    split_groups,
    who_gives,
)
from triangulate.reconcile.statements import sentence_span

# A state word and its negation beside a figure: "undiluted" / "diluted" or "after
# dilution", "unvaccinated" / "vaccinated", "non-resident" / "resident". Words that say how
# sure the telling is ("unconfirmed", "unverified", "unidentified") or how it strikes the
# writer ("unexpected", "unprecedented") hedge or colour a figure; they do not say what it
# counts, so they never set two figures apart.
_NEGATED_STATE = re.compile(r"\b(?:un|non-?)([a-z]{4,}?)(?:ed|d)\b")
_NOT_A_STATE = frozenset(
    {
        "abat", "alter", "announc", "answer", "believ", "chang", "check", "confirm",
        "corroborat", "count", "dat", "disclos", "expect", "explain", "found", "identifi",
        "limit", "match", "nam", "parallel", "preced", "precedent", "publish", "releas",
        "report", "resolv", "revis", "solv", "specifi", "stat", "substantiat", "updat",
        "verifi", "want", "warrant",
    }
)  # fmt: skip
_STATE_NEAR = 60  # characters either side of a figure its state words are read in


def _near(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The words of the figure's sentence near it, lower-cased."""
    doc = documents.get(claim.doc)
    if doc is None:
        return ""
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    return doc.text[
        max(begin, claim.start - _STATE_NEAR) : min(end, claim.end + _STATE_NEAR)
    ].lower()


def negated_states(claim: Claim, documents: Mapping[str, Document]) -> set[str]:
    """The states the words near a figure negate, as stems: "undiluted" -> ``dilut``."""
    return {
        m.group(1)
        for m in _NEGATED_STATE.finditer(_near(claim, documents))
        if m.group(1).rstrip("e") not in _NOT_A_STATE
    }


def states_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing figures of a thing in a state and of the thing not in it: "each
    vial of the undiluted vaccine holds five doses" and "after dilution a vial holds six".
    A word and its negation beside two figures say they count different things, so the
    two values do not dispute each other."""
    negated = {c.id: negated_states(c, documents) for c, _ in read}
    stems = set().union(*negated.values())
    for stem in sorted(stems):
        parts: dict[str, list[tuple[Claim, Interval]]] = {}
        for claim, found in read:
            if stem in negated[claim.id]:
                parts.setdefault(f"not {stem}", []).append((claim, found))
            elif _names_state(claim, documents, stem):
                parts.setdefault(stem, []).append((claim, found))
        if len(parts) < 2 or disputing_pair(parts) is None:
            continue
        state = next(c for c, _ in parts[stem])
        not_state = next(c for c, _ in parts[f"not {stem}"])
        reason = (
            f"{who_gives(not_state, documents)} "
            f'("{_near_words(not_state, documents)}") and '
            f"{who_gives(state, documents)} "
            f'("{_near_words(state, documents)}"): one counts the thing in a state and the '
            "other the thing not in it, so these are different quantities, not one in dispute"
        )
        return Split(parts=claims_of(parts), reason=reason)
    return None


def _names_state(claim: Claim, documents: Mapping[str, Document], stem: str) -> bool:
    """Whether the words near the figure name the stem's state, never negated there."""
    near = _near(claim, documents)
    if re.search(rf"\b(?:un|non-?){stem}", near):
        return False
    return re.search(rf"(?<![a-z-]){stem}(?:ed|d|ion|ing|es|e|s)?\b", near) is not None


def _near_words(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The figure with the words of its sentence around it, shortened for a reason."""
    doc = documents.get(claim.doc)
    if doc is None:
        return claim.text
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    said = " ".join(doc.text[begin:end].split()).rstrip(".")
    return said if len(said) <= 100 else said[:97].rsplit(" ", 1)[0] + "..."


# Kinds of figure that measure one thing (how long, how far, how heavy): the thing is
# named by the noun the measure modifies ("an 11-yard pass", "a 73-yard drive").
_MEASURING = frozenset({"duration", "length", "speed", "mass", "area", "volume"})
# The measure joined to the noun it modifies by a hyphen: "an 11-yard pass", "a 4 1/2-month
# prison term", "a two - hour meeting".
_MODIFIES = re.compile(r"\w\s*-\s*[a-z]+\s+(?!of\b)[a-z]", re.IGNORECASE)
# Nouns that name the unit, not the thing measured.
_UNIT_NOUNS = re.compile(
    r"^(?:(?:kilo|centi|milli)?met(?:er|re)s?|km|miles?|yards?|feet|foot|inch(?:es)?|"
    r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|degrees?|tons?|"
    r"tonnes?|pounds?|kilos?|kilograms?|acres?|hectares?|mph)$",
    re.IGNORECASE,
)


def measured_thing(claim: Claim, documents: Mapping[str, Document] | None = None) -> str | None:
    """The noun a measurement modifies ("pass" of "an 11-yard pass"), or None when its
    figure names only a unit or nothing, or is not joined to its noun. With the reports
    given, the noun is the last of the words after the unit, up to a word that opens a
    phrase of its own ("a 73-yard game winning drive, capped": drive; "his 200-yard game
    of the season": game); else the figure's counted noun."""
    figure = claim.figure
    if figure is None or figure.kind not in _MEASURING or not figure.counted:
        return None
    joined = _MODIFIES.search(claim.text)
    if joined is None:
        return None  # "eight days of riots": the noun of an "of" phrase is how it is told
    head = figure.counted.split()[-1].lower()
    doc = (documents or {}).get(claim.doc)
    if doc is not None:
        _, end = sentence_span(doc.text, claim.start, claim.end)
        after = doc.text[claim.start + joined.end() - 1 : end]
        words = []
        for word in re.findall(r"[A-Za-z]+|\S", after)[:8]:
            if word == "-":
                continue  # "a 73-yard game-winning drive", spaced or not
            if not word.isalpha() or word.lower() in SHARE_STOPS or word.lower() == "of":
                break
            words.append(word.lower())
        if words:
            head = words[-1]
    if _UNIT_NOUNS.match(head) or not head.isalpha():
        return None
    return head


def things_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing measurements of differently named things (:func:`measured_thing`):
    "an 11-yard pass" and "a 73-yard drive", "a two-hour meeting" and "a three-hour
    hearing". How long or how far one thing is says nothing of another."""

    def reason(one: Keyed, two: Keyed) -> str:
        (thing_a, first), (thing_b, second) = one, two
        return (
            f"{who_gives(first, documents)} for a {thing_a} and "
            f"{who_gives(second, documents)} for a {thing_b}: "
            "measurements of different things, not one quantity in dispute"
        )

    return split_by(read, lambda claim: measured_thing(claim, documents), reason)


# Where a crowd a count gives stood, by the words right after it: "200 protesters gathered
# outside the rally" or "2,000 people were turned away" against "9,000 people attended the
# rally".
_OUTSIDE = re.compile(
    r"^\s+(?:[a-z]+\s+){0,2}?(?:outside|across\s+the\s+street\s+from|turned\s+away)\b",
    re.IGNORECASE,
)
_ATTENDING = re.compile(
    r"^\s+(?:(?:had|have|has)\s+)?(?:attended|packed|came\s+to|"
    r"(?:turned|showed)\s+(?:out|up)\s+(?:for|at))\b",
    re.IGNORECASE,
)


def crowd_side(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """Whether a count of people is of those outside an event ("200 protesters gathered
    outside the rally", "2,000 people were turned away": "outside") or of those at it
    ("9,000 people attended the rally": "at"), by the words right after the count; None
    when they say neither."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or figure.kind != "count" or doc is None:
        return None
    _, end = sentence_span(doc.text, claim.start, claim.end)
    after = doc.text[claim.end : min(end, claim.end + 60)]
    if _OUTSIDE.search(after):
        return "outside"
    return "at" if _ATTENDING.search(after) else None


def crowds_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing the crowd at an event with a crowd outside it
    (:func:`crowd_side`): "9,000 people attended the rally" in one report, "200 protesters
    gathered outside the rally" in another. Those outside an event (protesters, onlookers,
    people turned away) are no part of its audience, so the two are counts of different
    crowds, not one quantity in dispute."""

    def reason(one: Keyed, two: Keyed) -> str:
        return (
            f"{who_gives(one[1], documents)} for the crowd {one[0]} the event and "
            f"{who_gives(two[1], documents)} for the crowd {two[0]} it: different crowds, not one "
            "quantity in dispute"
        )

    return split_by(read, lambda claim: crowd_side(claim, documents), reason)


# A length told as a stretch of something ("1,000 miles of the border", "along 30 miles of
# the coast") or as the whole thing's length ("the border runs nearly 2,000 miles").
_STRETCH_OF = re.compile(r"\b(?:of|along)\s+(?:the|its|their|this|that|a|an)\b", re.IGNORECASE)
_WHOLE_RUNS = re.compile(
    r"\b(?:runs|run|ran|stretches|stretched|spans|spanned|extends|extended|measures)\s+"
    r"(?:(?:about|nearly|almost|some|roughly|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)


def stretch(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """Whether a length is a stretch of a thing ("1,000 miles of the border": "part") or
    the thing's whole length ("the border runs nearly 2,000 miles": "whole"); None when
    its words say neither or it is no length."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or figure.kind != "length" or doc is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    after = doc.text[claim.end : min(end, claim.end + 20)]
    if _STRETCH_OF.search(claim.text) or re.match(r"^\s+(?:of|along)\s+(?:the|its|a|an)\b", after):
        return "part"
    before = doc.text[max(begin, claim.start - 40) : claim.start]
    return "whole" if _WHOLE_RUNS.search(before) else None


def stretches_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing a stretch of a thing with the thing's whole length
    (:func:`stretch`): "a wall along 1,000 miles of the border" in one report, "the border
    runs nearly 2,000 miles" in another. A stretch is a part of the whole, so the two
    differ without disputing each other."""

    def reason(one: Keyed, two: Keyed) -> str:
        return (
            f"{who_gives(one[1], documents)} as the {one[0]} and "
            f"{who_gives(two[1], documents)} as the {two[0]}: a stretch of a thing against its "
            "whole length, not one quantity in dispute"
        )

    return split_by(read, lambda claim: stretch(claim, documents), reason)


def _rest_words(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The words telling a figure as the rest of a set ("the other three"), or None."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    found = REST_BEFORE.search(doc.text[max(0, claim.start - 30) : claim.start])
    if found is None:
        return None
    return " ".join(f"{found.group(0)}{claim.text}".split())


def rest_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A figure told as the rest of a set a part of which its sentence told before ("two of
    them fled; operations were carried out on the other three") beside a larger figure
    that no telling of the rest's value meets: the rest is a part of some set, not the
    whole set nor a count of the noun beside it, and not the larger one in dispute. A rest
    another report gives as a count of its own ("three boats were intercepted") is that
    count told two ways, and is left with it."""
    rests = [(c, i, w) for c, i in read if (w := _rest_words(c, documents)) is not None]
    named = {c.id for c, _, _ in rests}
    others = [(c, i) for c, i in read if c.id not in named]
    for claim, found, words in rests:
        if any(found.meets(i) for _, i in others):
            continue
        larger = [(c, i) for c, i in others if found.high < i.low]
        if not larger:
            continue
        whole, above = larger[0]
        reason = (
            f'{who_gives(claim, documents)} as the rest of a set ("{words}") and '
            f"{who_gives(whole, documents)}, so these count a set's part and another thing, not "
            "one quantity in dispute"
        )
        return Split(parts=parted([c for c, _ in read], [found, above]), reason=reason)
    return None


# What follows a length told as how far a place lies from another: "60 miles north of
# Carrow", "150 kilometers (95 miles) from the capital", "40 km north-west of Carrow".
_FROM_PLACE = re.compile(
    r"[\s)]*(?:\([^()]{0,30}\)\s*)?(?:[a-z][a-z-]*\s+){0,2}(?:of|from)\s+(?:the\s+)?"
    r"(?P<ref>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
CAPITALIZED = re.compile(r"\b[A-Z][\w-]*")


def measured_place(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str] | None:
    """The names before a length told as a distance from a place ("Dunmore, a town in
    Arden county 60 miles north of Carrow" -> dunmore, arden): the place whose
    distance it is, named in its sentence before the number, the place it is measured
    from left out. None for a figure of no such distance, or one naming nothing before."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if doc is None or figure is None or figure.kind != "length":
        return None
    found = _FROM_PLACE.match(doc.text, claim.end)
    if found is None:
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    reference = {w.casefold() for w in WORD.findall(found.group("ref"))}
    names = frozenset(
        low
        for w in CAPITALIZED.findall(doc.text, begin, claim.start)
        if (low := w.casefold()) not in ANCHOR_STOPS and low not in reference
    )
    return names or None


def distances_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing distances from one place to places named apart
    (:func:`measured_place`): "Dunmore ... 60 miles north of Carrow" in one report,
    "Halsey, located 150 kilometers north of Carrow" in another. How far a place
    lies from a city is one quantity only with the place: distances of two places from
    one city are two distances, not one quantity in dispute."""

    def reason(one: Keyed, two: Keyed) -> str:
        said = [
            f'{who_gives(claim, documents)} for "{claim.text}" ({key})' for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: distances of different places, not one quantity in dispute"
        )

    return split_groups(sharing_words(read, lambda claim: measured_place(claim, documents)), reason)
