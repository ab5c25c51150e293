"""One type per entity: vote over the proposer's labels, then let the rules decide.

The proposer's labels are noisy on transliterated names (it calls "Al-Raqqah" ORG, LOC
and PERSON in one report and "Daesh" a GPE), so votes are weighed with context cues
("the town of X", "X city", "in X") and overridden by rules a reader would apply:
armed groups and outlets are organisations, Arabic toponym patterns are places.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from triangulate.model import EntityType
from triangulate.resolve.names import CORPORATE_SUFFIXES, ROAD_WORDS, fold
from triangulate.resolve.shapes import is_brand_word

LABEL_TYPES: Mapping[str, EntityType] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "FAC": "FAC",
    "EVENT": "EVENT",
    "PRODUCT": "OTHER",
    "WORK_OF_ART": "OTHER",
    "LAW": "OTHER",
}
# Ties are broken in this order, places first: a place misread as a person is the most
# common confusion on transliterated names.
PRIORITY: tuple[EntityType, ...] = (
    "GPE",
    "ORG",
    "PERSON",
    "LOC",
    "FAC",
    "NORP",
    "EVENT",
    "OTHER",
)
PLACES = frozenset({"GPE", "LOC", "FAC"})

# Capitalised words that make a name an organisation wherever they stand in it.
ORG_WORDS = frozenset(
    {
        "forces",
        "force",
        "army",
        "front",
        "council",
        "committee",
        "observatory",
        "coalition",
        "organization",
        "organisation",
        "party",
        "brigade",
        "brigades",
        "battalion",
        "battalions",
        "militia",
        "movement",
        "agency",
        "ministry",
        "press",
        "corps",
        "company",
        "corporation",
        "inc",
        "university",
        "association",
        "institute",
        "bank",
        "network",
    }
)
# First words of Arabic place names: "Deir Ezzor", "Ain Issa", "Tell Abyad", "Albu Kamal".
TOPONYM_HEADS = frozenset(
    {
        "deir",
        "dayr",
        "dair",
        "tal",
        "tell",
        "tall",
        "ain",
        "ayn",
        "ein",
        "ras",
        "jabal",
        "jebel",
        "wadi",
        "bir",
        "kafr",
        "kfar",
        "khirbet",
        "qasr",
        "jisr",
        "khan",
        "albu",
        "marj",
        "hamam",
    }
)
ADMIN_UNITS = frozenset({"province", "governorate", "district", "region", "county", "state"})
# Last words that make a name of several words a road, a building or a site, never a
# person's surname ("Kranji Road", "Dudley Hotel", "Jamaica Hospital").
FACILITY_TAILS = frozenset(
    {
        *ROAD_WORDS,
        "hotel",
        "airport",
        "hospital",
        "stadium",
        "mall",
        "square",
        "tunnel",
    }
)
# Streets whose names stand for a trade or a government in news copy: "Wall Street
# rallied", "Downing Street said".
ROAD_METONYMS = frozenset(
    {
        "wall street",
        "downing street",
        "fleet street",
        "madison avenue",
        "pennsylvania avenue",
        "bay street",
        "dalal street",
        "harley street",
    }
)
# Words that start the names of places in many languages ("Bandar Abbas", "Port Said",
# "Mount Sinjar", "Lake Chad", "Cape Town", "Fort Worth", "Puerto Rico"): a name of several
# words led by one is a place, not the person the proposer may read in it.
PLACE_HEADS = frozenset(
    {
        "bandar",
        "port",
        "mount",
        "lake",
        "cape",
        "fort",
        "puerto",
        "gulf",
        "san",
        "santa",
        "saint",
        "sao",
        "são",
        # Malay: river, island, hill, village, cape, bay ("Sungei Kadut", "Pulau Ubin").
        "sungei",
        "sungai",
        "pulau",
        "bukit",
        "kampung",
        "kampong",
        "tanjong",
        "tanjung",
        "teluk",
        "telok",
    }
)


def led_by_place_word(form: str) -> bool:
    """Whether a name of several words starts with a place word (``PLACE_HEADS``) and holds
    no patronymic ("Bandar Abbas" yes; "Bandar bin Sultan", a man, no; "Portman" no)."""
    parts = form.split()
    return (
        len(parts) > 1
        and fold(parts[0]).strip(".,") in PLACE_HEADS
        and not any(fold(w) in {"bin", "ibn", "bint"} for w in parts)
    )


_STRONG_BEFORE = re.compile(
    r"\b(?:(?:city|town|village|province|capital|outskirts|countryside|suburbs?|"
    r"governorate|region|areas?|state|port city|port) of (?:the )?"
    # The second of two places a plural names: "the towns of Bakhmut and Avdiivka".
    r"|(?:cities|towns|villages|provinces|regions|states|districts) of "
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*,? (?:and|or) )$",
    re.IGNORECASE,
)
_STRONG_AFTER = re.compile(
    r"^ (?:city|town|village|area|countryside|outskirts|neighbou?rhood|district|border|"
    r"river|valley|plain|lake|mountains?|region|province|oblast|county|governorate|"
    r"prefecture|municipality)\b"
)
_WEAK_BEFORE = re.compile(
    r"\b(?:in|near|into|towards?|outside|inside|around|across|west|east|north|south) (?:the )?$",
    re.IGNORECASE,
)
# A title or a role named just before a name makes it a person's ("President X", "his
# lawyer X", "Mdm X"); so does saying with a pronoun after ("X said he"), or an age set
# off after it ("X, 45,"). A bare "X said" is weaker: capitals and countries speak for
# their governments ("Moscow said").
_PERSON_BEFORE = re.compile(
    r"(?:^|[\s(“\"])(?:Mr|Mrs|Ms|Mdm|Madam|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|"
    r"President|Premier|Chancellor|Minister|Secretary|Senator|Sen|Governor|Gov|Mayor|King|"
    r"Queen|Prince|Princess|Pope|Judge|Justice|Gen|General|Colonel|Col|Captain|Capt|Sgt|"
    r"Coroner|Inspector|Officer|Detective|lawyer|attorney|spokesman|spokeswoman|"
    r"spokesperson|founder|chairman|chairwoman|actor|actress|singer|coach|player|"
    r"striker|wife|husband|son|daughter|mother|father|brother|sister|chief executive|"
    r"CEO|leader|Minister \w+)\.? $"
)
# A courtesy title inside the span itself ("Ms Parti Liyani" tagged whole).
_TITLE_IN_SPAN = re.compile(r"(?:Mr|Mrs|Ms|Mdm|Madam|Dr|Prof|Sir|Dame|Lord|Lady|Rev)\.? ")
_PERSON_AFTER_STRONG = re.compile(
    r"^(?:,? (?:said|says|told \w+|added|wrote|explained) (?:he|she)\b|, who\b|, \d{1,3}, (?!\d))"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:at|in|on|from|to|near|into|of|for|with|by|outside|inside)\s+(?:the\s+)?$", re.I
)
_PERSON_AFTER_WEAK = re.compile(r"^,? (?:said|says|told|added|wrote|tweeted|explained)\b")
_ORG_BEFORE = re.compile(
    r"\b(?:news ?site|website|outlet|newspaper|daily|broadcaster|channel|news agency|"
    r"monitor|group) (?:the )?$",
    re.IGNORECASE,
)
_ORG_AFTER = re.compile(r"^[ -](?:group|organi[sz]ation|militants|militia|jihadists)\b")
# A platform people post on: "wrote on X", "posted on X", "said on her X feed", "the X
# account", "X followers". The tagger reads a one-word platform name as a person's.
_PLATFORM_BEFORE = re.compile(
    r"\b(?:said|says|wrote|writes|posted|posts|tweeted|announced|added|shared|fumed|"
    r"circulated|circulating|writing|posting|live-streamed|streamed) on "
    r"(?:(?:his|her|their|its) )?$",
    re.IGNORECASE,
)
_PLATFORM_AFTER = re.compile(
    r"^(?:'s|’s)? (?:feed|account|accounts|page|post|posts|followers|user|users|handle|"
    r"profile|livestream)\b"
)
# What follows a dateline's place: perhaps ", Country", then the agency or the dash
# ("KOBANE, Syria (Reuters) -", "CAIRO (AP) —").
_DATELINE_AFTER = re.compile(r"^(?:,[ \w.'’-]{2,30})?\s*(?:\(|[–—-]|:)")


def cue_votes(text: str, start: int, end: int) -> Counter[EntityType]:
    """Votes from the words around a mention: "the town of X" says X is a place,
    "President X" or "X said he" that X is a person."""
    return as_votes(*cue_counts(text, start, end))


def as_votes(place: int, organisation: int, person: int = 0) -> Counter[EntityType]:
    """Place, organisation and person vote counts (see ``cue_counts``) as the votes of
    ``cue_votes``."""
    votes: Counter[EntityType] = Counter()
    if place:
        votes["GPE"] = place
    if organisation:
        votes["ORG"] = organisation
    if person:
        votes["PERSON"] = person
    return votes


def cue_counts(text: str, start: int, end: int) -> tuple[int, int, int]:
    """The place, organisation and person votes of ``cue_votes``, as numbers."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 30]
    place = organisation = person = 0
    # After a comma the name is the second of an apposition ("in Orlando, Florida, said
    # she"), after a preposition the object of a clause set off ("playing at X Stadium,
    # said he"): what follows it is said of another.
    stripped = before.rstrip()
    appended = stripped.endswith(",") or (
        len(stripped) < len(before)
        and _may_end_with(stripped, _PREPOSITION_ENDINGS)
        and _PREPOSITION_BEFORE.search(before) is not None
    )
    if (
        _PERSON_BEFORE.search(before)
        or _TITLE_IN_SPAN.match(text, start, end)
        or (not appended and _PERSON_AFTER_STRONG.match(after))
    ):
        person = 2
    elif not appended and _PERSON_AFTER_WEAK.match(after):
        person = 1
    if (_may_end_with(before, _STRONG_ENDINGS) and _STRONG_BEFORE.search(before)) or (
        _STRONG_AFTER.match(after)
    ):
        place = 2
    elif _is_dateline(text, start, end, before, after):
        place = 2  # the place a report was filed from, though the tagger reads capitals as ORG
    elif _may_end_with(before, _WEAK_ENDINGS) and _WEAK_BEFORE.search(before):
        place = 1
    if (
        _ORG_AFTER.match(after)
        or (_may_end_with(before, _ORG_ENDINGS) and _ORG_BEFORE.search(before))
        or _PLATFORM_AFTER.match(after)
        or (before.endswith(_PLATFORM_ENDINGS) and _PLATFORM_BEFORE.search(before))
    ):
        organisation = 2
    return place, organisation, person


# What the patterns reading the words before a name can end with (lower case): "of ",
# "of the " (``_STRONG_BEFORE``), "in ", "near the " (``_WEAK_BEFORE``), "newspaper "
# (``_ORG_BEFORE``), "at", "the" before spaces (``_PREPOSITION_BEFORE``). Most names follow
# none of them: a look at the last characters passes them over before a pattern is tried
# at each of the sixty characters before the name.
_STRONG_ENDINGS = ("of ", "of the ", "and ", "or ")
_WEAK_WORDS = "in near into toward towards outside inside around across west east north south"
_WEAK_ENDINGS = tuple(f"{w} {the}" for w in _WEAK_WORDS.split() for the in ("", "the "))
_ORG_WORDS = "site outlet newspaper daily broadcaster channel agency monitor group"
_ORG_ENDINGS = tuple(f"{w} {the}" for w in _ORG_WORDS.split() for the in ("", "the "))
_PREPOSITION_WORDS = "at in on from to near into of for with by outside inside the"
_PREPOSITION_ENDINGS = tuple(_PREPOSITION_WORDS.split())
_PLATFORM_ENDINGS = ("on ", "his ", "her ", "their ", "its ")


def _may_end_with(before: str, endings: tuple[str, ...]) -> bool:
    """False only when ``before`` ends with none of ``endings`` in any case, nor with one
    and a line break (a pattern's ``$`` matches before a last line break too)."""
    tail = before[-20:]
    if not tail.isascii():
        return True  # a letter outside ASCII may match an ASCII one in any case: ask the pattern
    return tail.lower().removesuffix("\n").endswith(endings)


def _is_dateline(text: str, start: int, end: int, before: str, after: str) -> bool:
    """A name in capitals opening a line and followed as a dateline's place is."""
    return (
        not before.rpartition("\n")[2].strip()
        and (start <= 40 or "\n" in before)
        and text[start:end].isupper()
        and _DATELINE_AFTER.match(after) is not None
    )


_WORD_BREAK = re.compile(r"[\s-]+")
_OUTLET = re.compile(r"[^\W\d_]\s?\d{2,}$")


def _is_outlet(form: str) -> bool:
    """A name ending in a number, like "Raqqa24" or "Raqqa 24": an outlet or a brand."""
    return bool(_OUTLET.search(form))


@dataclass(frozen=True, slots=True)
class _FormFacts:
    """What the type rules read from one name form's words."""

    outlet: bool
    brand: bool
    org_word: bool
    admin_unit: bool
    facility: bool
    road: bool
    metonym: bool
    toponym_head: bool
    place_head: bool
    several_words: bool


@lru_cache(maxsize=1 << 13)
def _form_facts(form: str) -> _FormFacts:
    """The facts ``decide_type`` needs about one form. (A pure function: cached.)"""
    parts = form.split()
    return _FormFacts(
        outlet=_is_outlet(form),
        brand=bool(parts) and is_brand_word(parts[0]),
        # An organisation word, or a legal form ending a name of several words: "Adam
        # Opel GmbH" is a company even when the proposer reads a person's name in it.
        org_word=any(fold(w).strip(".,") in ORG_WORDS for w in parts if w[:1].isupper())
        or (len(parts) > 1 and fold(parts[-1]).strip(".,") in CORPORATE_SUFFIXES),
        admin_unit=bool(parts) and fold(parts[-1]) in ADMIN_UNITS,
        facility=len(parts) > 1 and fold(parts[-1]).strip(".,") in FACILITY_TAILS,
        road=len(parts) > 1 and fold(parts[-1]).strip(".,") in ROAD_WORDS,
        metonym=fold(form) in ROAD_METONYMS,
        toponym_head=bool(parts)
        and (
            fold(parts[0]) in TOPONYM_HEADS
            or (len(parts) > 1 and fold(parts[0]) in {"al", "el"} and looks_like_toponym(form))
        ),
        place_head=led_by_place_word(form),
        several_words=len(parts) > 1,
    )


def decide_type(
    labels: Mapping[str, int],
    cues: Mapping[EntityType, int],
    forms: Iterable[str],
    table_type: EntityType | None = None,
) -> EntityType:
    """The entity type, read top to bottom; the first rule that applies wins.

    Args:
        labels: The proposer's labels with how often each was given.
        cues: Context votes (see ``cue_votes``).
        forms: The entity's name forms.
        table_type: The type from the acronym table, when the entity is listed there.

    Returns:
        One of the report's entity types.
    """
    if table_type is not None:
        return table_type
    votes: Counter[EntityType] = Counter()
    for label, count in labels.items():
        kind = LABEL_TYPES.get(label)
        if kind is not None:
            votes[kind] += count
    facts = [_form_facts(form) for form in forms]
    if facts and all(fact.brand for fact in facts):
        # A name spelt as a brand ("iTunes", "eBay") is a product or a company, never a
        # people, a person or a place, whatever the proposer said.
        votes = Counter({k: v for k, v in votes.items() if k in {"ORG", "OTHER", "EVENT"}})
    products = votes["OTHER"] + votes["EVENT"]
    total = sum(votes.values())
    if any(fact.outlet for fact in facts) and products * 2 < max(total, 1):
        return "ORG"
    if any(fact.road for fact in facts) and not any(fact.metonym for fact in facts):
        # The last word says what a name names: "Chapel Avenue", "Council Road", "Tallis
        # Ave" are roads, whatever organisation word or surname comes before it. Streets
        # that stand for a trade or a government ("Wall Street said") keep their votes.
        return "FAC"
    if any(fact.org_word for fact in facts):
        return "ORG"
    if any(fact.facility for fact in facts) and votes["PERSON"] >= max(votes.values(), default=0):
        # "Kranji Road" read as a person: a road, a hotel or a hospital is a facility.
        return "FAC"
    if any(fact.admin_unit for fact in facts) and any(fact.several_words for fact in facts):
        return "GPE"
    if any(fact.toponym_head for fact in facts) and votes["LOC"] <= votes["GPE"] + votes["PERSON"]:
        return "GPE"
    if any(fact.place_head for fact in facts) and votes["PERSON"] >= max(votes.values(), default=0):
        # "Bandar Abbas", "Port Said", "Pulau Ubin" read as a person: the word that leads
        # the name says place.
        return "GPE"
    place_cues = cues.get("GPE", 0)
    person_cues = cues.get("PERSON", 0)
    misread = votes["PERSON"] + votes["ORG"]
    others = votes["LOC"] + votes["FAC"] + votes["NORP"]
    if (
        place_cues >= 2
        and place_cues > person_cues
        and misread > others
        and (place_cues + votes["GPE"] >= misread or (person_cues == 0 and votes["ORG"] == 0))
    ):
        # A place the proposer misread: cues outweigh its person/organisation votes, or
        # it read a person in every mention and no mention reads as one ("headed towards
        # X", "in X", never "Mr X" or "X said he").
        return "GPE"
    for kind, count in cues.items():
        if kind != "GPE":
            votes[kind] += count
    if votes["PERSON"] + votes["ORG"] > 0 and place_cues:
        votes["GPE"] += place_cues
    if not votes:
        return "OTHER"
    best = max(votes.values())
    return next(kind for kind in PRIORITY if votes[kind] == best)


def looks_like_toponym(form: str) -> bool:
    """True when a word of the form (after an article) is a toponym head: "Al Jisr", "Ain Issa"."""
    words = [fold(w).strip(".,") for w in _WORD_BREAK.split(form) if w]
    while words and words[0] in {"al", "el", "the"}:
        words = words[1:]
    return bool(words) and words[0] in TOPONYM_HEADS


def is_person_like(labels: Mapping[str, int]) -> bool:
    """True when most of a form's labels say PERSON."""
    total = sum(labels.values())
    return total > 0 and labels.get("PERSON", 0) * 2 > total


def compatible(left: EntityType, right: EntityType, *, strict: bool) -> bool:
    """Whether two spellings may be merged given their types.

    A nationality never merges with anything else (Syrian is not Syria). With ``strict``
    (fuzzy matches), people only merge with people and places with places.
    """
    if (left == "NORP") != (right == "NORP"):
        return False
    if not strict:
        return True
    if left == right:
        return True
    return left in PLACES and right in PLACES
