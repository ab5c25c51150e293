"""Which places of a story lie inside which, read from how reports write one place in another.

Reports of one event name its place at several levels ("Qeshm island", "southern Iran",
"the Gulf"), and they say how those levels nest in a few fixed ways. Only these are read,
between two place mentions (GPE, LOC) of one sentence:

=======================================  ===========================================
written                                  read as
=======================================  ===========================================
"Athens, Greece"                         Athens inside Greece: a comma between two
                                         names that are not items of a list
"Qeshm island in southern Iran",         the first inside the second: "in", with a
"Bam in central Iran"                    place noun before it and a compass word
                                         after it allowed
"Zarand, a town in Kerman province",     Zarand inside Kerman province: an apposition
"Zarand, a town of 15,000 people in      naming a kind of place "in" or "of" the other,
Kerman province"                         how many live there allowed
"Southfield, a Detroit suburb",          the first inside the second: a city's
"Southfield, outside Detroit",           outskirts are in its area
"Southfield, in suburban Detroit"
"Greece's second city Thessaloniki",     the second inside the first: a possessive,
"Iran's Qeshm island"                    a few words and a place noun allowed between
"the Persian Gulf island of Qeshm",      the second inside the first: a kind of place
"the New York City borough of Queens"    (a borough, a suburb) "of" the second
=======================================  ===========================================

A country (a name in the Unicode CLDR list of territories that Babel ships, unless a report
writes it inside a place that is none: "Jamaica, Queens" is a neighbourhood) holds the
places of the story that the reports put in no country: when the reports name the
story's country most, a town they never place is taken to be in it ("three people died in
Athens", "Greece mourns three dead"). The story's country is the one its scene lies in when
the reports put the scene in one: a report of an event abroad names its own country often
(its nationals, its government's word), but the event's figures are counted at the scene.
The country named most is then the one the event concerns ("Iran said its tanker was hit
off Orvel, Oman"): as a dateline's city does, it is taken to hold the scene, so a figure a
report sets in it ("Iran says two sailors were hurt") is the scene's at another level.

A report's dateline ("DETROIT (Reuters) -", "TROY, Mich. (AP) -") names the city it was
filed from, the one nearest the event: when no report relates it to the story's scene, the
dateline's place is taken to hold the scene ("DETROIT (Reuters) - ... at an office in
Troy"), so a toll its report sets there is the scene's toll at another level, never another
place's. Not for a country or a sea, nor a place in another country than the story's.

Inside is transitive. Two places **overlap** when one lies inside the other, when both
hold a common place (an island "in the Persian Gulf" and "in southern Iran" puts the Gulf
and Iran at one scene), or when one's name is the other's with a kind of place added
("Qeshm" and "Qeshm Island", "Hormozgan" and "Hormozgan province") or one word that ends
exactly one longer name ("the Gulf" and "the Persian Gulf"); a place named by another's
name and more words lies inside it ("Dubai Media City" in Dubai); two known places that do not
overlap are **apart** as far as the story says. Two names of one well-known place, its
English exonym and its local name ("Salonika" and "Thessaloniki", "Bombay" and "Mumbai",
from a short table), are one place, never two.

A name a report writes as a work's title ("the Orvel franchise") is the work, no place, and
a degree after a person's name ("Ada Varga, MD") no state (:mod:`triangulate.claims.titles`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace

from triangulate.claims.titles import countries, is_country, is_degree, names_a_work
from triangulate.model import Document, Entity, Mention

_AREAS = (
    r"(?:island|islands|city|town|village|province|region|district|area|state|county|"
    r"port|capital|suburb|neighbou?rhood|municipality|governorate|prefecture|borough|"
    r"township|parish|hamlet)"
)
_COMPASS = (
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|"
    r"southeast|southwest)\s+)?"
)
# How many live in a place, said in its apposition ("a town of about 15,000 people in").
_PEOPLED = (
    r"(?:of\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|more\s+than\s+)?"
    r"\d[\d.,\s]*(?:million\s+|thousand\s+)?(?:people\s+|residents\s+|inhabitants\s+)?)?"
)
# Text between a smaller place and the larger one after it.
_INSIDE_NEXT = (
    re.compile(r"^\s*,\s*$"),
    re.compile(rf"^\s+(?:{_AREAS}\s+)?in\s+(?:the\s+)?{_COMPASS}$", re.IGNORECASE),
    re.compile(
        rf"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_AREAS}\s+{_PEOPLED}(?:in|of|on)\s+"
        rf"(?:the\s+)?{_COMPASS}$",
        re.IGNORECASE,
    ),
    re.compile(r"^\s*,?\s+(?:just\s+)?(?:in\s+suburban|outside(?:\s+of)?)\s+$", re.IGNORECASE),
)
# A smaller place in apposition naming the larger one's outskirts ("Southfield, a Detroit
# suburb"): the text between the two, and the text right after the larger.
_APPOSED_BETWEEN = re.compile(r"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_OUTSKIRTS_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:area\s+)?(?:suburb|exurb|neighbou?rhood|borough|township)\b", re.IGNORECASE
)
# Text between a larger place and the smaller one after it.
_HOLDS_NEXT = (
    re.compile(rf"^['’]s\s+(?:(?:[\w-]+\s+){{0,3}}?{_AREAS}\s*(?:,|of)?\s*)?$", re.IGNORECASE),
    re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?{_AREAS}\s+of\s+(?:the\s+)?$", re.IGNORECASE),
)
_AREA_WORDS = re.compile(rf"\b{_AREAS}\b", re.IGNORECASE)
_LIST_AFTER = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$", re.IGNORECASE)
_PLACES = frozenset({"GPE", "LOC"})
_GAP = 80


@dataclass(frozen=True, slots=True)
class Places:
    """How the story's places nest: ``inside`` maps a place entity's id to the places the
    reports put it in; ``links`` maps it to every other place it overlaps."""

    inside: Mapping[str, frozenset[str]]
    links: Mapping[str, frozenset[str]]
    home: frozenset[str] = frozenset()
    scene: frozenset[str] = frozenset()
    namesakes: Mapping[str, frozenset[str]] = field(default_factory=dict)
    mentions: Mapping[tuple[str, str], tuple[Mention, ...]] = field(default_factory=dict)

    def named_in(self, place: str, doc: str) -> tuple[Mention, ...] | None:
        """The mentions of a place (or a facility) in one report; None when not indexed."""
        if not self.mentions:
            return None
        return self.mentions.get((place, doc), ())

    def named_otherwise(self, place: str) -> frozenset[str]:
        """The other entities naming this very place ("Qeshm" and "Qeshm Island",
        "Salonika" and "Thessaloniki")."""
        return self.namesakes.get(place, frozenset())

    def at_scene(self, place: str) -> bool:
        """Whether a place is the story's scene or holds it (False with no scene known)."""
        return place in self.scene

    def at_home(self, place: str) -> bool:
        """Whether a place is the story's country or overlaps it (True with no country)."""
        return not self.home or place in self.home or bool(self.links.get(place, set()) & self.home)

    def overlapping(self, place: str) -> frozenset[str]:
        """The places that overlap this one (itself not included)."""
        return self.links.get(place, frozenset())


def read_places(documents: Iterable[Document], entities: Sequence[Entity]) -> Places:
    """The nesting of the story's places, by the table in the module docstring.

    Args:
        documents: The story's reports.
        entities: Its resolved entities (their mentions locate the places).

    Returns:
        Each place's containing places, transitively.
    """
    texts = {d.id: d.text for d in documents}
    entities = _as_places(texts, entities)
    # Names that are one another's with a kind of place added are one scene: the nesting
    # is read between those scenes, so what holds "Qeshm Island" holds "Qeshm" too.
    scene: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    named = sorted((e for e in entities if e.type in _PLACES), key=lambda e: e.id)
    bases = {e.id: _base(e.name) or e.id for e in named}
    # Which name a report used: two names of one place ("Salonika", "Thessaloniki") are
    # one place, where a name with a kind of place added may name a wider area.
    local = {e.id: _base(e.name, exonyms=False) or e.id for e in named}
    # A one-word name that ends exactly one longer name is that place named short ("the
    # Gulf" for "the Persian Gulf"); with two such names ("Korea") it says which of neither.
    longer: dict[str, set[str]] = {}
    for base in set(bases.values()):
        if " " in base and not _REGION.match(base):
            # "southern Iran" is a part of Iran, not Iran named long.
            longer.setdefault(base.rsplit(" ", 1)[1], set()).add(base)
    for entity_id, base in bases.items():
        ends = longer.get(base, set()) if " " not in base else set()
        if len(ends) == 1:
            bases[entity_id] = next(iter(ends))
    for entity in named:
        first = members.setdefault(bases[entity.id], [])
        first.append(entity.id)
        scene[entity.id] = first[0]
    # What kind of place each scene is, as far as nesting goes: a country or a sea.
    kinds = {head: _kind(e.name) for e in named if (head := scene[e.id]) == e.id}
    by_doc: dict[str, list[tuple[Mention, str]]] = {}
    for entity in entities:
        if entity.type not in _PLACES:
            continue
        for mention in entity.mentions:
            by_doc.setdefault(mention.doc, []).append((mention, scene[entity.id]))
    edges: dict[str, set[str]] = {}
    for doc, found in by_doc.items():
        text = texts.get(doc)
        if text is None:
            continue
        found.sort(key=lambda pair: (pair[0].start, pair[0].end))
        for n in range(len(found) - 1):
            (first_mention, a), (second, b) = found[n], found[n + 1]
            if a == b or second.start - first_mention.end > _GAP:
                continue
            between = text[first_mention.end : second.start]
            if "\n" in between or "." in between.replace("'s", ""):
                continue
            if _in_list(text, found, n):
                continue
            apposed = _APPOSED_BETWEEN.match(between) and _OUTSKIRTS_AFTER.match(
                text[second.end : second.end + 30]
            )
            if apposed or any(p.match(between) for p in _INSIDE_NEXT):
                inner, outer = a, b
            elif any(p.match(between) for p in _HOLDS_NEXT):
                inner, outer = b, a
            else:
                continue
            if _never_inside(kinds.get(inner), kinds.get(outer)):
                continue
            edges.setdefault(inner, set()).add(outer)
    # "southern Iran" lies inside Iran when the reports name both.
    heads = {bases[e.id]: scene[e.id] for e in named}
    for base, head in heads.items():
        region = _REGION.match(base)
        if region is not None and region.group(1) in heads:
            edges.setdefault(head, set()).add(heads[region.group(1)])
    # "Dubai Media City", "Mexico City": a place named by another's name and more words
    # lies inside it (a country never: "South Sudan" is no part of Sudan, nor begins so).
    for base, head in heads.items():
        for short, outer in heads.items():
            if (
                outer != head
                and base.startswith(f"{short} ")
                and kinds.get(head) != "country"
                and kinds.get(outer) != "sea"
            ):
                edges.setdefault(head, set()).add(outer)
    # A country's name written inside a place that is none ("Jamaica, Queens", "Lebanon,
    # Pennsylvania") names a town there: never the story's country.
    towns = {
        inner
        for inner, outers in edges.items()
        if kinds.get(inner) == "country" and any(kinds.get(o) != "country" for o in outers)
    }
    home = _in_the_country(
        edges, [e for e in entities if scene.get(e.id) == e.id and e.id not in towns]
    )
    above_scene = _closure(edges)
    story_scene = _scene_head(entities, scene, above_scene, len(texts))
    named_most = home
    home = _scene_country(story_scene, above_scene, kinds, home, towns)
    if named_most is not None and home != named_most and story_scene is not None:
        # The country named most is the one the event abroad concerns (its ship, its
        # nationals): a figure a report sets there is the scene's, told at its level.
        edges.setdefault(story_scene, set()).add(named_most)
        above_scene = _closure(edges)
    if story_scene is not None:
        for place in sorted(_filed_from(texts, by_doc)):
            if _files_the_scene(place, story_scene, kinds, above_scene, home):
                edges.setdefault(story_scene, set()).add(place)
        above_scene = _closure(edges)
    links: dict[str, set[str]] = {}

    def link(a: str, b: str) -> None:
        if a != b:
            links.setdefault(a, set()).add(b)
            links.setdefault(b, set()).add(a)

    for place, above in above_scene.items():
        for outer in above:
            link(place, outer)
        for outer in above:
            for other in above:
                link(outer, other)  # both hold ``place``
    by_scene: dict[str, list[str]] = {}
    for entity_id, head in scene.items():
        by_scene.setdefault(head, []).append(entity_id)
    expanded: dict[str, set[str]] = {}
    inside: dict[str, frozenset[str]] = {}
    for entity_id, head in scene.items():
        linked = {m for other in links.get(head, ()) for m in by_scene[other]}
        expanded[entity_id] = linked | {m for m in by_scene[head] if m != entity_id}
        holders = {m for other in above_scene.get(head, ()) for m in by_scene[other]}
        if holders:
            inside[entity_id] = frozenset(holders)
    where = _scene(entities, scene, above_scene, len(texts))
    at_scene = {m for head in where for m in by_scene.get(head, ())}
    mentioned: dict[tuple[str, str], list[Mention]] = {}
    for entity in entities:
        if entity.type in _PLACES or entity.type == "FAC":
            for mention in entity.mentions:
                mentioned.setdefault((entity.id, mention.doc), []).append(mention)
    return Places(
        mentions={key: tuple(found) for key, found in mentioned.items()},
        namesakes={
            e: frozenset(m for m in by_scene[head] if local[m] != local[e])
            for e, head in scene.items()
            if any(local[m] != local[e] for m in by_scene[head])
        },
        inside=inside,
        links={k: frozenset(v) for k, v in expanded.items() if v},
        home=frozenset(by_scene.get(home, ())) if home else frozenset(),
        scene=frozenset(at_scene),
    )


def _as_places(texts: Mapping[str, str], entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """The entities as places are read from them: a name any report writes as a work's
    title ("the Orvel franchise") is the work, no place; a degree after a person's name
    ("Ada Varga, MD") is no mention of a state (see :mod:`triangulate.claims.titles`)."""
    persons = {(m.doc, m.end) for e in entities if e.type == "PERSON" for m in e.mentions}
    out = []
    for entity in entities:
        if entity.type not in _PLACES:
            out.append(entity)
            continue
        kept = []
        work = False
        for m in entity.mentions:
            text = texts.get(m.doc)
            if text is None:
                kept.append(m)
                continue
            if names_a_work(text, m.start, m.end):
                if is_country(entity.name):
                    continue  # the drama "Kelvara": that mention only
                work = True
                break
            if not is_degree(text, m.start, m.end, _Ends(persons, m.doc)):
                kept.append(m)
        if work or not kept:
            out.append(replace(entity, type="OTHER"))
        else:
            out.append(
                replace(entity, mentions=tuple(kept))
                if len(kept) < len(entity.mentions)
                else entity
            )
    return tuple(out)


# What a ship's name follows: a navy's or a register's prefix ("INS", "HMS", "USS", "MV"),
# written in capitals, or a noun for a ship ("the frigate", "patrol vessel").
_VESSEL_BEFORE = re.compile(
    r"(?:\b(?:INS|HMS|USS|USNS|HMAS|HMCS|HMNZS|RFA|MV|RMS|PNS|ROKS|USCGC|CCGS)|"
    r"\b(?i:warship|frigate|destroyer|corvette|cruiser|submarine|tanker|freighter|"
    r"trawler|vessel|naval\s+ship))\s+$"
)


def names_a_vessel(text: str, start: int) -> bool:
    """Whether a name at ``start`` is written as a ship's ("INS Orvel", "the frigate
    Orvel", "patrol vessel Orvel"), so names the ship, not a place."""
    return _VESSEL_BEFORE.search(text[max(0, start - 20) : start]) is not None


@dataclass(frozen=True, slots=True)
class _Ends:
    """The ends of one report's person mentions, from the story's (doc, end) pairs."""

    pairs: Set[tuple[str, int]]
    doc: str

    def __contains__(self, end: object) -> bool:
        return (self.doc, end) in self.pairs


# Well-known places that English reports name by two names, an old English one and the
# local one: one place whichever a report uses.
_EXONYMS = {
    "salonika": "thessaloniki",
    "salonica": "thessaloniki",
    "peking": "beijing",
    "bombay": "mumbai",
    "calcutta": "kolkata",
    "madras": "chennai",
    "rangoon": "yangon",
    "burma": "myanmar",
    "kiev": "kyiv",
    "kharkov": "kharkiv",
    "saigon": "ho chi minh city",
    "turkey": "türkiye",
    "ivory coast": "côte d'ivoire",
    "swaziland": "eswatini",
    "byelorussia": "belarus",
    "danzig": "gdansk",
    "pressburg": "bratislava",
    "constantinople": "istanbul",
}


def _base(name: str, *, exonyms: bool = True) -> str:
    """A place's name without its kind of place, lower-cased, the local name for an
    English one ("Salonika" -> "thessaloniki", "Qeshm Island" -> "qeshm")."""
    base = " ".join(_AREA_WORDS.sub(" ", name.lower()).split())
    return _EXONYMS.get(base, base) if exonyms else base


def _scene(
    entities: Sequence[Entity],
    scene: Mapping[str, str],
    above: Mapping[str, frozenset[str]],
    documents: int,
) -> set[str]:
    """The story's scene and the places that hold it (their first names, see ``read_places``).

    The scene is the most specific place that at least half the story's reports name: the
    one the reports put inside the most other places, then the one most reports name.
    """
    head = _scene_head(entities, scene, above, documents)
    return {head, *above.get(head, ())} if head is not None else set()


def _scene_head(
    entities: Sequence[Entity],
    scene: Mapping[str, str],
    above: Mapping[str, frozenset[str]],
    documents: int,
) -> str | None:
    """The story's scene alone (see :func:`_scene`); None when no place is named by half
    the reports."""
    docs: dict[str, set[str]] = {}
    for entity in entities:
        if entity.type in _PLACES and entity.id in scene:
            docs.setdefault(scene[entity.id], set()).update(m.doc for m in entity.mentions)
    named = [head for head, where in docs.items() if 2 * len(where) >= documents]
    if not named:
        return None
    return max(named, key=lambda h: (len(above.get(h, ())), len(docs[h]), h))


# What follows a dateline's place: perhaps ", State" or ", Country", then the agency in
# brackets or the dash ("DETROIT (Reuters) -", "TROY, Mich. (AP) -", "Lakeside - ").
_DATELINE_AFTER = re.compile(
    r"^(?:,[ \w.'’-]{2,30})?\s*(?:\([^()\n]{1,40}\)\s*)?(?:[–—]|\s-{1,2}\s)"
)
_DATELINE_REACH = 400
"""How far into a report its dateline may lie (past a headline and a byline)."""


def _filed_from(
    texts: Mapping[str, str], by_doc: Mapping[str, list[tuple[Mention, str]]]
) -> set[str]:
    """The places the reports' datelines name (their scenes, see ``read_places``): a place
    opening a line near the top of a report and followed as a dateline's place is."""
    out = set()
    for doc, found in by_doc.items():
        text = texts.get(doc)
        if text is None:
            continue
        for mention, head in found:
            if mention.start > _DATELINE_REACH:
                break
            opens = not text[: mention.start].rpartition("\n")[2].strip()
            if opens and _DATELINE_AFTER.match(text[mention.end : mention.end + 60]):
                out.add(head)
                break
    return out


def _files_the_scene(
    place: str,
    head: str,
    kinds: Mapping[str, str | None],
    above: Mapping[str, frozenset[str]],
    home: str | None,
) -> bool:
    """Whether a report's dateline place is taken to hold the story's scene: a report is
    filed from the city nearest the event ("DETROIT (Reuters) - ... at an office in
    Troy"), so the two are one scene at two levels when no report relates them. Never a
    country or a sea (named as the city is not), nor a place in another country than the
    story's (a correspondent abroad)."""
    if place == head or kinds.get(place) in {"country", "sea"}:
        return False
    if place in above.get(head, ()) or head in above.get(place, ()):
        return False  # the reports already say how the two nest
    if any(place in above.get(p, ()) and head in above.get(p, ()) for p in above):
        return False  # both hold one place: they overlap already
    return home is None or home in above.get(place, ())


def _scene_country(
    head: str | None,
    above: Mapping[str, frozenset[str]],
    kinds: Mapping[str, str | None],
    home: str | None,
    towns: Set[str] = frozenset(),
) -> str | None:
    """The story's country: the one its scene lies in, when the reports put the scene in
    a country (or name a country as the scene); else the most named (``home``). A report
    of an event abroad names its own country often (its nationals, its government's
    word), but the event's figures are counted where it happened ("Iran said its tanker
    was hit off Orvel, Oman": a toll of no place is the toll off Orvel)."""
    if head is None:
        return home
    held_by = [
        p
        for p in (head, *sorted(above.get(head, ())))
        if kinds.get(p) == "country" and p not in towns
    ]
    if not held_by or home in held_by:
        return home
    return held_by[0]


def _countries() -> frozenset[str]:
    """Country names in English, lower-cased (two-letter CLDR territories)."""
    return countries()


def _in_the_country(edges: dict[str, set[str]], entities: Sequence[Entity]) -> str | None:
    """Put the places no report puts in a country inside the story's most named country.

    Returns:
        That country's id, or None when the story names no country.
    """
    countries = _countries()
    places = [e for e in entities if e.type in _PLACES]
    national = [
        e for e in places if any(name.lower() in countries for name in (e.name, *e.aliases))
    ]
    if not national:
        return None
    ids = {e.id for e in national}
    home = max(national, key=lambda e: (len(e.mentions), e.id))
    closed = _closure(edges)
    for entity in places:
        if entity.id in ids or closed.get(entity.id, frozenset()) & ids:
            continue
        edges.setdefault(entity.id, set()).add(home.id)
    return home.id


# A compass adjective before a place describes a part of it ("southern Iran"); "North" or
# "South" before a name most often makes another name ("North Korea", "South Sudan").
_REGION = re.compile(
    r"^(?:central|northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+(.+)$"
)
_WATERS = re.compile(r"\b(?:gulf|sea|ocean|strait|straits)\b", re.IGNORECASE)


def _kind(name: str) -> str | None:
    """ "country" for a country's name, "sea" for a gulf, sea, ocean or strait, else None."""
    if name.lower().removeprefix("the ") in _countries():
        return "country"
    return "sea" if _WATERS.search(name) else None


def _never_inside(inner: str | None, outer: str | None) -> bool:
    """Whether a place of one kind never lies inside one of the other: a country inside
    another ("Iran, United Arab Emirates" is two datelines), a sea inside a country ("felt
    across the Gulf in the United Arab Emirates": the shaking was in the Emirates)."""
    return outer == "country" and inner in {"country", "sea"}


def _in_list(text: str, found: Sequence[tuple[Mention, str]], n: int) -> bool:
    """Whether the pair at ``n`` and ``n + 1`` are items of a list ("Athens, Patras and Volos")."""
    first, second = found[n][0], found[n + 1][0]
    if n > 0 and _LIST_AFTER.match(text[found[n - 1][0].end : first.start]):
        return True
    if n + 2 < len(found) and _LIST_AFTER.match(text[second.end : found[n + 2][0].start]):
        return True
    return bool(re.match(r"^\s*,\s*$", text[first.end : second.start])) and bool(
        re.match(r"^\s*(?:and|or)\b", text[second.end : second.end + 5], re.IGNORECASE)
    )


def _closure(edges: Mapping[str, set[str]]) -> dict[str, frozenset[str]]:
    """Every place's containing places, following the edges (cycles are cut)."""
    out: dict[str, frozenset[str]] = {}
    for start in sorted(edges):
        seen: set[str] = set()
        todo = sorted(edges[start])
        while todo:
            place = todo.pop()
            if place in seen or place == start:
                continue
            seen.add(place)
            todo.extend(sorted(edges.get(place, ())))
        out[start] = frozenset(seen)
    return out
