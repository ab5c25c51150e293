"""Claims: what a report says, traced to its characters, with who said it and through whom."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ClaimKind = Literal["figure", "assertion"]
Hedge = Literal["exact", "about", "at_least", "at_most", "range", "vague"]
Polarity = Literal["affirmed", "negated"]
Modality = Literal["asserted", "reported", "alleged", "expected", "denied"]
TimePrecision = Literal["day", "month", "year"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker:
    """Who made a statement, as the report names or describes them.

    ``name`` is the name ("Jihan Sheikh Ahmed") or, for an unnamed source, the report's
    description ("a civilian who left the city"); ``entity`` is the resolved entity's id.
    ``start``/``end`` locate the words that name the speaker in the claim's document
    (``None`` when the speaker is implied, e.g. carried over from an earlier sentence
    that the later one continues).
    """

    name: str
    entity: str | None = None
    role: str | None = None
    anonymous: bool = False
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """A reported quantity: its value with the hedge, and what it counts.

    ``counted`` is the head noun ("fighters"), ``qualifiers`` the words that narrow it
    ("active", "IS", "killed by coalition airstrikes"), ``measure`` a normalised label
    built from them so the same measure from different reports can meet. ``parts_of``
    is the id of the claim whose total this figure breaks down ("including 267
    children"). ``scope`` is the time-scope phrase of the figure as written
    ("since June", "the past two weeks"), or None.

    ``kind`` is what the value measures: count, percent, money, area, length, mass, volume,
    speed, power, energy, temperature, degree, magnitude, data, frequency, voltage, duration
    (a duration that is itself the reported fact, "a 12-day siege") or tally (one side of a
    vote's tally, "the jury voted 10-2": one figure per side) or score (one side of a
    game's result or a record whose sides the report names, "beat the Hawks 65-53", "the
    Owls (9-14)": ``unit`` says what it counts, "winning points", "losing points", "points",
    "wins" or "losses"; a score at a moment of a game, "a 14-0 lead", is "leading points,
    score 14-0" and "trailing points, score 14-0", and a record told of a pronoun, "He had a
    162-139 record", "wins, record 162-139" and "losses, record 162-139"). For money,
    ``unit`` is the currency's code, or the sign as written ("$") when the report does not
    say which currency it is;
    ``currency`` is the code (None when unknown) and ``currency_basis`` says why: "stated"
    (the text names it), "inferred from ..." (the report's URL host, dateline or outlet) or
    "unknown".
    """

    measure: str
    counted: str | None
    qualifiers: tuple[str, ...]
    low: float | None
    high: float | None
    hedge: Hedge
    unit: str | None
    kind: str = "count"
    vague: bool = False
    parts_of: str | None = None
    scope: str | None = None
    currency: str | None = None
    currency_basis: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Assertion:
    """A who-did-what statement with its predicate normalised to a documented lemma."""

    subject: str | None
    predicate: str
    object: str | None
    polarity: Polarity = "affirmed"
    modality: Modality = "asserted"
    subject_entity: str | None = None
    object_entity: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class When:
    """The time a claim is about, as an interval of ISO dates with a precision.

    ``text`` is the phrase it was read from; ``start`` or ``end`` is None when open
    ("since April": start known, end the report's date or open).
    """

    start: str | None
    end: str | None
    precision: TimePrecision | None
    text: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One figure or assertion in one document, with its source chain.

    ``text`` equals the document's ``text[start:end]``. ``via`` is the relay chain
    between the speaker and the outlet, nearest to the speaker first; ``outlet`` is
    who published the document; ``where`` is the id of the place entity.
    """

    id: str
    kind: ClaimKind
    doc: str
    start: int
    end: int
    text: str
    figure: Figure | None = None
    assertion: Assertion | None = None
    said_by: Speaker | None = None
    via: tuple[str, ...] = ()
    outlet: str | None = None
    when: When | None = None
    where: str | None = None
