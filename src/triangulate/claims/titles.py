"""Names a tagger reads as places that a report writes as something else: a work's title,
a person's degree.

News copy names a film, a book or a series by its title, and a one-word title is often read
as a town. A name is a work's title when the report writes it so

- right after a noun for a work: "the film Orvel Nights", "the movie 'Orvel'";
- in quotation marks: "a 'Orvel'-style switch", "the ‘ Orvel ’ films";
- before a noun only works have: "the Orvel franchise", "the first Orvel sequel";
- as a work's owner: "Orvel's box office", "Orvel's soundtrack".

A report that writes a name as a title once means the work wherever it names it ("Orvel's
success", "no comparison to Orvel"): it is never the place a figure was counted at. A
country's name is the exception: a film may be named after a country ("the drama
'Kelvara'") while the report still names the country, so only the mention written as a
title is the work's.

A degree or a suffix right after a person's name and a comma ("Tomas Brandt, MD", "Ada
Varga, PhD", "Tomas Brandt, MD, PhD", "Tomas Brandt, Jr.") reads like a state's code, but
it is the person's title; after a town ("Dalby, Md.") it is the town's state.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container
from functools import lru_cache

from babel import Locale
from babel.core import get_global

# Nouns for a work that its title follows: "the film Orvel Nights".
_WORK_BEFORE = re.compile(
    r"\b(?:film|movie|book|novel|series|album|franchise|saga|documentary|sequel)\s+"
    r"(?:[\"“‘']|``)?\s*$",
    re.IGNORECASE,
)
# Nouns only works have, after the title: "the Orvel franchise", "Orvel's box office".
_WORK_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:franchise|saga|trilogy|sequels?|prequels?|installments?|"
    r"box[\s-]+office|soundtrack|screenplay|trailer|premiere|opening\s+weekend)\b",
    re.IGNORECASE,
)
# A title set in quotation marks on both sides ("‘ Orvel ’", "``Orvel''", '"Orvel"').
_OPENS = re.compile(r"(?:[\"“‘']|``)\s*$")
_CLOSES = re.compile(r"^\s*(?:[\"”’]|'')")
# Degrees and suffixes written after a name, without their dots and in lower case.
_DEGREES = frozenset(
    {"md", "phd", "rn", "dds", "dvm", "mba", "mph", "jd", "esq", "jr", "sr", "dmd", "np"}
)
# The comma after a person's name, perhaps with other degrees after it ("Varga, MD, ").
_AFTER_NAME = re.compile(r"((?:,\s*[A-Za-z.]{2,6}\s*)*),\s*$")
_WORD = re.compile(r"[A-Za-z.]{2,6}")
_REACH = 40
"""How many characters on either side of a name its reading as a title looks at."""


def names_a_work(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` is written as a work's title (module docstring)."""
    before = text[max(0, start - _REACH) : start]
    after = text[end : end + _REACH]
    if _WORK_BEFORE.search(before) or _WORK_AFTER.match(after):
        return True
    return _OPENS.search(before) is not None and _CLOSES.match(after) is not None


def is_degree(text: str, start: int, end: int, person_ends: Container[int]) -> bool:
    """Whether the name at ``start``-``end`` is a degree or a suffix after a person's name
    ("Ada Varga, PhD"): the person's name ends (``person_ends``) right before its comma,
    other degrees allowed between ("Ada Varga, MD, PhD")."""
    if _fold(text[start:end]) not in _DEGREES:
        return False
    before = text[max(0, start - _REACH) : start]
    found = _AFTER_NAME.search(before)
    if found is None or not all(_fold(w) in _DEGREES for w in _WORD.findall(found.group(1))):
        return False
    return start - len(before) + found.start() in person_ends


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names in English, lower-cased (two-letter CLDR territories)."""
    names = Locale("en").territories
    return frozenset(name.lower() for code, name in names.items() if len(code) == 2)


@lru_cache(maxsize=1)
def cities() -> dict[str, frozenset[str]]:
    """City -> the names of its country, lower-cased, from CLDR's time zones.

    "athens" -> {"greece"}; "detroit" -> {"united states", "us", "usa", "america"}.
    """
    names = Locale("en").territories
    also = {"US": ("us", "usa", "america"), "GB": ("britain", "great britain", "uk")}
    found: dict[str, set[str]] = defaultdict(set)
    for zone, code in get_global("zone_territories").items():
        if code in names and "/" in zone:
            city = zone.rsplit("/", 1)[1].replace("_", " ").casefold()
            found[city].update((names[code].casefold(), *also.get(code, ())))
    return {city: frozenset(country) for city, country in found.items()}


def is_country(name: str) -> bool:
    """Whether a name is a country's ("Kelvara", "the Netherlands")."""
    return name.lower().removeprefix("the ") in countries()


def _fold(word: str) -> str:
    """A degree as the table holds it: "Ph.D." -> "phd"."""
    return word.replace(".", "").strip().lower()
