"""A story's heading, as a news index would write it, from the names its reports hold.

Two headings are written: ``entity_label`` once a story is analysed (its resolved
entities, typed, and how its reports nest its places), ``story_label`` while stories are
cut (runs of capitalised words, untyped). Both follow the same rules.

A heading names the event's main actors and place: the (up to three) names held by most of
the story's reports, longer (more specific) names first among equals, each spelled as most
reports spell it (a spelling in capitals, from a dateline or a headline, only when no
report writes it otherwise). Around that ranking, six rules of how reports write names:

- **Dates are not names.** A weekday or a month ("Saturday", "September") is capitalised
  but names no actor or place, alone or at the start or end of a run of capitalised
  words ("On Saturday Lena Brandt said").
- **A common word is not a name.** A single capitalised word that a report of the story
  also writes in lower case ("However" at a sentence start, "Street" or "President" cut
  from a longer name) is left out.
- **A place once, at its most specific level.** A country is left out when another name
  of the heading lies in it: a report writes that name right before it, the way reports
  place a town in its country ("Bandar Abbas, Iran"), or the name is a city CLDR places
  in it ("Athens" in Greece, "Detroit" in the United States). The country stays when it
  adds something (no place of the heading lies in it).
- **Nationalities only when nothing better.** A nationality adjective ("Greek", "Iranian")
  describes actors without naming them: it heads a story only when no other name does.
  A nationality is a word that is not a country but is a country's name with a demonym
  ending ("Iran" -> "Iranian", "Syria" -> "Syrian", "Japan" -> "Japanese"), or one of the
  irregular ones English keeps ("Greek", "French", "Dutch", "British").
- **A name cut before its noun is no actor.** A name ending in an adjective that
  describes a body ("Indian Naval" of "Indian Naval ship") heads a story only when no
  other name does.
- **The publisher is no actor.** The outlet or agency that published a report ("REUTERS"
  in its credit line) is left out of its story's heading.

Country names are the two-letter territories of the Unicode CLDR list that Babel ships
(plus the short names reports use for a few of them), cities the cities of its time zones
("Europe/Athens" in GR), the calendar words its English month and weekday names.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

from babel import Locale

from triangulate.claims.titles import cities
from triangulate.cluster.features import name_tokens
from triangulate.model import Document, Entity
from triangulate.reconcile.places import read_places
from triangulate.resolve.acronyms import unshout
from triangulate.resolve.entities import DESCRIBING
from triangulate.resolve.names import initials

LABEL_NAMES = 3
"""How many names a heading holds at most."""

# Short names reports use for countries whose CLDR name is longer or official.
_COUNTRY_SHORT = (
    "britain",
    "great britain",
    "england",
    "scotland",
    "wales",
    "turkey",
    "burma",
    "hong kong",
    "macau",
    "america",
    "us",
    "usa",
    "uk",
    "czech republic",
    "ivory coast",
)
# Nationalities that are not a country's name with an ending.
_IRREGULAR_NATIONALITIES = frozenset(
    (
        "american",
        "british",
        "dutch",
        "english",
        "french",
        "irish",
        "scottish",
        "welsh",
        "swiss",
        "thai",
        "filipino",
        "arab",
        "kurdish",
        "kurd",
        "greek",
    )
)
# Endings that make a country's name (or its stem) into its nationality adjective.
_DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "ese", "ish", "i", "ic", "ite", "er")


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names in English, lower-cased (CLDR's two-letter territories, short names)."""
    names = Locale("en").territories
    return frozenset(
        [name.casefold() for code, name in names.items() if len(code) == 2] + list(_COUNTRY_SHORT)
    )


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """English weekday and month names, lower-cased."""
    locale = Locale("en")
    days = locale.days["format"]["wide"].values()
    months = locale.months["format"]["wide"].values()
    return frozenset(word.casefold() for word in (*days, *months))


# A function of the word alone, asked for every name of every story: its walk over the
# countries runs once per word.
@lru_cache(maxsize=8192)
def is_nationality(key: str) -> bool:
    """Whether a lower-cased name is a nationality adjective (or its plural), not a place.

    "greek", "iranians", "japanese", "french" are; "greece", "indiana", "athens" are not.
    """
    if " " in key or key in countries():
        return False
    word = key[:-1] if key.endswith("s") and key[:-1] not in countries() else key
    if word in _IRREGULAR_NATIONALITIES:
        return True
    # "iran" -> "iranian"; "syria" -> "syrian"; "japan" -> "japanese"; "china" ->
    # "chinese": the country, or the country less its last vowel, then an ending.
    stems = _country_stems()
    return any(
        word[:cut] in stems and word[cut:] in _DEMONYM_ENDINGS for cut in range(3, len(word) + 1)
    )


@lru_cache(maxsize=1)
def _country_stems() -> frozenset[str]:
    """Each one-word country, and the same less its last vowels, of three letters or more."""
    single = (c for c in countries() if " " not in c and c.isalpha())
    return frozenset(
        stem for country in single for stem in (country, country.rstrip("aeiouy")) if len(stem) >= 3
    )


def story_label(names: Sequence[Mapping[str, int]], counts: Sequence[Mapping[str, int]]) -> str:
    """The heading of a story from its reports' names (see the module's rules).

    Args:
        names: For each report, its names as written -> how often it writes each.
        counts: For each report, its features (``features.features``): which words it
            writes in lower case ("w:") and which names it writes side by side ("b:").

    Returns:
        Up to ``LABEL_NAMES`` names joined with commas; "" when the reports hold no name.
    """
    spread: Counter[str] = Counter()
    spelled: dict[str, Counter[str]] = defaultdict(Counter)
    for found in names:
        for written, count in found.items():
            surface = _without_dates(written)
            key = surface.casefold()
            spread[key] += 1
            spelled[key][surface] += count
    lower = {f[2:] for found in counts for f in found if f.startswith("w:")}
    side_by_side = {f[2:] for found in counts for f in found if f.startswith("b:")}
    calendar = calendar_words()
    ranked: list[str] = []
    nationalities: list[str] = []
    # Most reports first, then longer (more specific) names, then spelling.
    for key, _ in sorted(spread.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0])):
        tokens = name_tokens(key)
        if not tokens or all(t in calendar for t in tokens):
            continue
        if len(tokens) == 1 and tokens[0] in lower:
            continue
        (nationalities if is_nationality(key) else ranked).append(key)
    chosen = _choose(ranked, side_by_side) or _choose(nationalities, side_by_side)
    return ", ".join(_spelling(spelled[key]) for key in chosen)


_PLACES = frozenset({"GPE", "LOC"})


def entity_label(entities: Sequence[Entity], documents: Sequence[Document]) -> str:
    """The heading of an analysed story from its resolved entities (see the module's rules).

    Entities are ranked by how many of the story's reports name them, then by how often
    they name them, then by name. Two countries never lie one in the other. With
    their types known: a nationality is a NORP entity; the place rule reads which place
    lies in which from the reports (``reconcile.places``: "Athens, Greece", "Qeshm island
    in southern Iran", the story's country holding the towns no report places), and a
    place that holds one already in the heading gives way to it (the more specific one
    keeps the first place). The outlets and agencies that published the reports (by name,
    an alias, or initials: "GNS" for "Global News Service") are no actors of the story. A
    name of no known type ("Windows" read at a sentence start) heads it only when no
    typed name does, a nationality only after that.

    Args:
        entities: The story's entities (mentions outside its reports are not counted).
        documents: The story's reports.

    Returns:
        Up to ``LABEL_NAMES`` names joined with commas; "" when the story names nothing.
    """
    docs = {d.id for d in documents}
    publishers = {
        _bare(name) for d in documents for name in (d.outlet, d.agency) if name is not None
    }
    calendar = calendar_words()
    spread: dict[str, int] = {}
    said: dict[str, int] = {}
    for entity in entities:
        tokens = name_tokens(entity.name)
        if not tokens or all(t in calendar for t in tokens):
            continue
        names = (entity.name, *entity.aliases)
        if any(_bare(n) in publishers for n in names) or publishers & {
            _bare(i) for i in initials(entity.name)
        }:
            continue
        inside = [m for m in entity.mentions if m.doc in docs]
        if inside:
            spread[entity.id] = len({m.doc for m in inside})
            said[entity.id] = len(inside)
    by_id = {e.id: e for e in entities}
    ranked = sorted(spread, key=lambda i: (-spread[i], -said[i], by_id[i].name, i))
    # "Indian Naval" (a name cut before its noun) describes an actor without naming it.
    described = {i for i in ranked if _describes(by_id[i].name)}
    others = [i for i in ranked if by_id[i].type not in ("NORP", "OTHER") and i not in described]
    untyped = [i for i in ranked if by_id[i].type == "OTHER" or i in described]
    nationalities = [i for i in ranked if by_id[i].type == "NORP"]
    places = read_places(documents, [by_id[i] for i in ranked if by_id[i].type in _PLACES])
    nations = {i for i in ranked if by_id[i].name.casefold() in countries()}

    def holds(outer: str, inner: str) -> bool:
        # Two countries never lie one in the other, whatever a story's nesting guesses.
        return outer in places.inside.get(inner, ()) and not {outer, inner} <= nations

    for pool in (others, untyped, nationalities):
        chosen: list[str] = []
        for entity_id in pool:
            name = by_id[entity_id].name.casefold()
            if any(name in (o := by_id[c].name.casefold()) or o in name for c in chosen):
                continue
            if any(holds(entity_id, c) for c in chosen):
                continue  # it holds a place already named
            outer = [c for c in chosen if holds(c, entity_id)]
            if outer:
                chosen[chosen.index(outer[0])] = entity_id  # a more specific place
                continue
            chosen.append(entity_id)
            if len(chosen) == LABEL_NAMES:
                break
        if chosen:
            return ", ".join(by_id[c].name for c in chosen)
    return ""


def _describes(name: str) -> bool:
    """A name of several words ending in an adjective that describes a body ("Indian
    Naval", "Royal Military"): cut before its noun, it names no actor."""
    words = name.split()
    return len(words) > 1 and words[-1].casefold() in DESCRIBING


def _bare(name: str) -> str:
    """A name lower-cased without a leading "the": "The Coastal Times" -> "coastal times"."""
    folded = " ".join(name.casefold().split())
    return folded[4:] if folded.startswith("the ") else folded


def _without_dates(surface: str) -> str:
    """A run of capitalised words less the weekdays and months at its ends.

    "Saturday Lena Brandt" -> "Lena Brandt"; "September" -> "".
    """
    words = surface.split()
    calendar = calendar_words()
    while words and words[0].casefold().strip(",.") in calendar:
        words.pop(0)
    while words and words[-1].casefold().strip(",.") in calendar:
        words.pop()
    return " ".join(words)


def _choose(ranked: Sequence[str], side_by_side: set[str]) -> list[str]:
    """The first names of the ranking that repeat neither one another nor a place's country."""
    left_out: set[str] = set()
    while True:
        chosen: list[str] = []
        for key in ranked:
            if key in left_out or any(key in c or c in key for c in chosen):
                continue
            chosen.append(key)
            if len(chosen) == LABEL_NAMES:
                break
        redundant = {
            c
            for c in chosen
            if c in countries() and any(_placed_in(o, c, side_by_side) for o in chosen)
        }
        if not redundant:
            return chosen
        left_out |= redundant


def _placed_in(name: str, country: str, side_by_side: set[str]) -> bool:
    """Whether a name lies in a country: written right before it, or one of its cities."""
    inner, outer = name_tokens(name), name_tokens(country)
    if not inner or not outer or name == country or country in name:
        return False
    return country in cities().get(name, ()) or f"{inner[-1]}_{outer[0]}" in side_by_side


def _spelling(spellings: Counter[str]) -> str:
    """The spelling most reports use, one not all in capitals when there is one.

    A name only ever written in capitals (a dateline's "SINGAPORE") gets capitals only
    at the start of each word.
    """
    best = min(spellings.items(), key=lambda kv: (_shouted(kv[0]), -kv[1], kv[0]))[0]
    return unshout(best) if _shouted(best) else best


def _shouted(surface: str) -> bool:
    """A spelling in capitals of a name longer than an acronym ("SINGAPORE", not "COVID")."""
    letters = [c for c in surface if c.isalpha()]
    return len(letters) > 5 and all(c.isupper() for c in letters)
