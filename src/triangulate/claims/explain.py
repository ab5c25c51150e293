"""Why a number is not a figure: the numbers of a report that no figure claim took.

``analyze --explain`` lists them per document in the JSON report (``not_figures``), each with
its reason, so a reader can see what the figure reader passed over and why. Reasons, from
the quantity reader (``find_quantities``, see ``passed_over``) and from the figure stage:

====================  =============================================================
reason                example
====================  =============================================================
date                  "11 June 2017", "nov. 6", "on may 19"
year                  "since 2014", "1988 sales", "the 1990s", "'98"
clock time            "02:27 GMT", "3: 47pm", "2.30 petang", "1353 (1023 GMT)"
age                   "Lim, 57,", "a 15-year-old", "aged 79", "87 yo", "age ... to 65" (an
                      age at death, "died at 77", is a figure)
ordinal               "21st", "13th"
name                  "Route 66", "Raqqa24", "exit 436", "the 737 is", a named entity
phone number          "+44 20 7946 0958"
web address           "www. example. com / 2010 / 05"
photo credit          "(Photo: A. Smith 2019)"
address               "123 Random Street"
score or tally        "won 3-1", "a 52-48 vote"
code                  "24703m212", "scp2-173m", a hash in a link
reference number      "No. 5", "#3", "Fig(3)"
version               "1.1.1"
ratio                 "50/50", "24/7"
list number           "1. " opening a line
page furniture        a number alone on its line, a wire's rate note "($1 = 7.0066 yuan)"
margin of error       "3 points, plus or minus 6", "45% (+/- 3.1)", a tolerance "25 mm
                      +/- 2 mm": a figure's precision, not a figure
pronoun               "no one", "one of the"
idiom                 "at one point", "a thing or two", "will one day"
part of a word        "3D", "5-star", "a 9 - iron", "two-way"
attribution           "several sources said"
place phrase          "fighting in several neighbourhoods"
generic statement     "A magnitude 6 quake can cause severe damage.", "If 10 people
                      gather", "even if the club sold 3 players", "could have
                      killed hundreds", "the draft law would ..."
time scope            a duration that dates another figure: "over the past two weeks"
unparsed              a number the parser gave no word of its own
====================  =============================================================
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from triangulate.claims.quantities import (
    PassedOver,
    Quantity,
    Reason,
    find_quantities,
    passed_over,
)
from triangulate.model import Claim, Document, Entity

# Entity types whose mentions hold numbers that name, never count (as in the figure stage).
NAME_TYPES = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT"})
_NUMBER_RE = re.compile(
    r"[0-9]+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand|million|dozen|half|third|quarter|several)\b",
    re.IGNORECASE,
)


def not_figures(
    document: Document, claims: Iterable[Claim], entities: Iterable[Entity] = ()
) -> tuple[PassedOver, ...]:
    """The numbers of one document that no figure claim took, in text order, with reasons.

    Args:
        document: The document.
        claims: Its claims (others are ignored).
        entities: The report's entities, whose name mentions explain numbers inside names.

    Returns:
        One record per number phrase passed over (module docstring).
    """
    text = document.text
    taken = {c.start for c in claims if c.doc == document.id and c.figure is not None}
    names = [
        (m.start, m.end)
        for e in entities
        if e.type in NAME_TYPES
        for m in e.mentions
        if m.doc == document.id
    ]
    out = list(passed_over(text))
    for q in find_quantities(text):
        if q.start in taken:
            continue
        out.append(PassedOver(start=q.start, end=q.end, text=q.text, reason=_why(text, q, names)))
    return tuple(sorted(out, key=lambda r: (r.start, r.end)))


def _why(text: str, quantity: Quantity, names: Sequence[tuple[int, int]]) -> Reason:
    """Why the figure stage left a quantity out (it keeps every other one)."""
    if quantity.kind == "duration":
        return "time scope"
    number = _NUMBER_RE.search(text, quantity.start, quantity.end)
    at, to = (number.start(), number.end()) if number else (quantity.start, quantity.end)
    if any(s < to and e > at for s, e in names):
        return "name"
    line = text[text.rfind("\n", 0, at) + 1 : at]
    if not line.strip() and text[to : to + 1] in ".)":
        return "list number"
    return "unparsed"


def explain(
    documents: Iterable[Document], claims: Sequence[Claim], entities: Sequence[Entity]
) -> Mapping[str, tuple[PassedOver, ...]]:
    """Document id -> ``not_figures`` of that document."""
    by_doc: dict[str, list[Claim]] = {}
    for claim in claims:
        by_doc.setdefault(claim.doc, []).append(claim)
    return {d.id: not_figures(d, by_doc.get(d.id, ()), entities) for d in documents}
