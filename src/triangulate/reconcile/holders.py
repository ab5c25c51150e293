"""Whose figure a figure is: the person, team, company or country a sentence gives it to.

Two players' yards, two companies' profits and two countries' tolls share a noun but are no
one quantity: :class:`Names` holds where the reports name those who can hold a figure, and
:func:`holder` reads whose each figure is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations

from triangulate.claims.attribution.lexicon import PERSON_NOUNS
from triangulate.model import Claim, Document, Entity, Speaker
from triangulate.reconcile.bodies import Bodies, described_kind, modifiers
from triangulate.reconcile.intervals import Interval, hull
from triangulate.reconcile.splits import Split, log_distance, parted, reach_of, who_gives
from triangulate.reconcile.statements import sentence_span
from triangulate.reconcile.wording import singular


@dataclass(frozen=True, slots=True)
class Names:
    """Where a story's reports name people, teams, companies and countries: per report,
    the spans (start, end) with the name each stands for and its type, in order; and the
    story's entities, which tell which body a description ("the company") is."""

    spans: Mapping[str, tuple[tuple[int, int, str, str], ...]]
    entities: tuple[Entity, ...] = ()
    # The bodies the reports name (:class:`~triangulate.reconcile.bodies.Bodies`), read
    # once per pile of reports however many figures ask.
    # Keyed by the mapping's id, each kept beside its mapping: an id is only reused once its
    # mapping is gone, and a kept mapping is never gone.
    _bodies: dict[int, tuple[Mapping[str, Document], Bodies]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def of(cls, entities: Iterable[Entity]) -> Names:
        """The spans of the entities' mentions that can hold a figure."""
        entities = tuple(entities)
        found: dict[str, list[tuple[int, int, str, str]]] = {}
        for entity in entities:
            if entity.type not in _HOLDERS:
                continue
            for mention in entity.mentions:
                found.setdefault(mention.doc, []).append(
                    (mention.start, mention.end, entity.name, entity.type)
                )
        return cls({doc: tuple(sorted(spans)) for doc, spans in found.items()}, entities)

    def bodies(self, documents: Mapping[str, Document]) -> Bodies:
        """The bodies the reports name, in text order."""
        kept = self._bodies.get(id(documents))
        if kept is None:
            kept = self._bodies[id(documents)] = (documents, Bodies(documents, self.entities))
        return kept[1]

    def body(self, claim: Claim, speaker: Speaker, documents: Mapping[str, Document]) -> str | None:
        """The name of the body a description of one ("the company", "the carmaker",
        standing at the speaker's words) refers to: the one of its kind the report names
        last before it, else the one the story names (:mod:`~triangulate.reconcile.bodies`).
        None when the description names no kind of body or the story leaves it unclear."""
        kind = described_kind(speaker)
        if kind is None or not self.entities:
            return None
        bodies = self.bodies(documents)
        narrowing = modifiers(speaker)
        found = bodies.before(replace(claim, said_by=speaker), kind, narrowing)
        if found is None:
            named = bodies.named(kind, narrowing)
            found = named[0] if len(named) == 1 else None
        return found.name if found is not None else None

    def person_before(
        self, doc: str, at: int, reach: int = 400, text: str | None = None
    ) -> str | None:
        """The person named last before ``at`` (within ``reach`` characters): whom a "he"
        or "her" there most likely stands for. A name in lower case ("a Tony Award") is no
        person's, whatever type it was read as; given the report's ``text``, neither is one
        after "a" or "an" ("nominated for an Oscar") nor one opening a quoted title ("films
        like ``Kate and Leopold''")."""
        spans = self.spans.get(doc, ())
        k = bisect_left(spans, (at,))
        while k > 0:
            k -= 1
            start, end, name, kind = spans[k]
            if start < at - reach:
                return None
            # A person's name opens with a capital: "a Tony Award" is a misread name.
            if kind != "PERSON" or end > at or not name[:1].isupper():
                continue
            if text is not None and _NO_PERSON_BEFORE.search(text, max(0, start - 4), start):
                continue
            return name
        return None


# Words before a name that make it no person's: an article ("an Oscar") or an opening
# quotation mark (a title: "``Kate and Leopold''"); a straight quote mark opens only when
# the name follows it at once (a closing one, 'easy." Cheeks was', is followed by a space).
_NO_PERSON_BEFORE = re.compile(r"(?:\b(?:a|an)\s+|``\s*|“\s*|(?:^|\s)\")\Z", re.IGNORECASE)

_HOLDERS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# What a name does with the figure that follows when the figure is its own: has it, scored
# it, won it, missed it ("Clark finished with 22 points", "the firm employs 500"), never
# what it says, measures or estimates (that name is a source, not the figure's holder).
_HOLDING = (
    "had|has|have|holds|held|owns|owned|employs|employed|scored|scores|posted|posts|added|"
    "adds|finished|finishes|ended|won|wins|lost|loses|missed|misses|recorded|records|"
    "collected|grabbed|pulled|threw|throws|rushed|rushes|caught|catches|completed|completes|"
    "earned|earns|spent|spends|needed|needs|managed|manages|totaled|totalled|racked|did|does|"
    "hosted|hosts|averaged|averages|gained|gains|kicked|returned|returns|blocked|logged|"
    "tallied|amassed|accumulated|boasts|boasted|sold|sells|paid|pays|signed|cut|cuts|"
    "leads|led|trails|trailed|notched|landed|lands|swatted|played|plays|improved|improves|"
    "took|takes|got|gets|made|makes|presided|presides|raised|raises|"
    # The same verbs after a plural name ("Republicans hold 54 seats", "the Herons win").
    "hold|own|employ|score|post|win|lose|miss|earn|spend|need|lead|trail|control|controls|"
    "controlled"
)
_HELD_BY = re.compile(
    r"^(?:,\s+who)?\s+(?:(?:also|just|only|then|now|still|again)\s+)?(?:" + _HOLDING + r")"
    # A hyphen some pages space out ("double - digit") is no word of its own.
    r"(?:\s+(?:[a-z][\w'-]*|\d[\w,.-]*|-(?=\s)))"
    r"{0,8}\s+$"
)
_NOT_HELD = re.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|estimated|estimates|announced|stated|"
    r"claimed|claims|according|confirmed|than)\b"
    # "that" opening a clause ("made clear that 20 died"), never "that" after a preposition,
    # which points to a thing ("presided over that ceremony three times").
    r"|(?<!\bover )(?<!\bin )(?<!\bat )(?<!\bon )(?<!\bof )(?<!\bfor )(?<!\bfrom )"
    r"(?<!\bwith )(?<!\binto )(?<!\bduring )\bthat\b"
)
# A quotation opening the clause opens it too ("''Ada Lindqvist raised over $8 million").
_CLAUSE_OPEN = re.compile(
    r"(?:^|[,;:(\n]|\b(?:and|but|while|as|when|after|before|though|although|whereas|then)\b)"
    r"\s*(?:''|``|\"|\u201c|\u2018)?\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# Titles and offices told right before a name ("Senator Ann Moss", "former Florida Gov.
# Jeb Bush", "Chief Executive Mary Barra"): part of the name's phrase, so a clause that
# opens with them opens with the name.
_TITLES_BEFORE = re.compile(r"(?:\b(?:[A-Z][\w.'-]*|former|vice|of)[ \t]+)+$")
_OWNED_WORDS = r"(?:(?:first|last|final|only|own|other|season|career)\s+)?"
_POSSESSIVE = re.compile(
    r"(?:^|[^\w'])((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)(?:'s|’s|'|’)\s+"
    r"(?:" + _OWNED_WORDS + r"|(?:[a-z][\w-]*\s+){1,3}of\s+)$"
)
# A clause whose subject is a name's thing and whose verb gives the figure its value:
# "Toyota's share of the US market rose to 16 percent", "Harlow's sales were 2.6 million".
_POSSESSED_VERB = (
    r"(?:[a-zA-Z][\w-]*\s+){1,5}?(?:rose|fell|grew|dropped|declined|slipped|climbed|jumped|"
    r"increased|decreased|slid|edged|gained|was|were|is|are|stood|stands|reached|hit|totaled|"
    r"totalled|came)\s+(?:(?:to|at|by|up|down|in|of|some|about|nearly|almost|just|over)\s+)*$"
)
_POSSESSED_SUBJECT = re.compile(
    r"(?:^|[,;:(\n]\s*)(?:the\s+)?((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)(?:'s|’s|'|’)\s+"
    + _POSSESSED_VERB
)
# What follows a possessor whose figure it is ("Harlow's 4,100 cars", "the company's share
# of the market was"), or a subject that holds it ("the company sold").
_OWNED_AFTER = re.compile(r"\s+(?:" + _OWNED_WORDS + r"|(?:[a-z][\w-]*\s+){1,3}of\s+)$")
_POSSESSED_AFTER = re.compile(r"\s+" + _POSSESSED_VERB)
# A definite description opening a clause ("The company sold", "and the carmaker's sales
# rose to"): up to three lower-case words after "the", then a possessive or a space.
_THE_OPENING = re.compile(
    r"(?:^|[,;:(\n]\s*|\b(?:and|but|while|whereas|though|although)\s+)[Tt]he\s+"
    r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?=['’]|\s)"
)
# A body's words about itself: "The company said it sold 4,100 cars", "... said its sales".
_SAID_IT = re.compile(
    r"\b(?:said|says|reported|reports|announced|announces|stated)\s+(?:that\s+)?"
    r"(it|its)(?=\s)"
)
# A name the figure is for, right after it: "landed 178 punches to 30 for Rahman", "52
# percent for Lind and 45 percent for Berg".
_FOR_NAME = re.compile(r"\s+for\s+((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*)(?=\s*(?:[,.;)]|and\b|$))")
# The same name ending the figure's own phrase: "the two fights out there for Lind".
_FOR_NAME_END = re.compile(r"\s+for\s+((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*)$")
# Names of days, months and feasts: "20 deaths by Friday" tells a stand by a day, no maker.
_CALENDAR = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Christmas|Easter|New\s+Year)\b"
)
# The name that made the play a figure measures, right after it: "an 80-yard touchdown pass
# by the Jaguars", "a 45-yard field goal by Vinatieri". A measuring noun before "by" ("a
# reading by the survey") names the figure's source instead, and a bare number is never
# read so ("5.4 by the USGS").
_BY_NAME = re.compile(
    r"\s+by\s+(?:the\s+)?(?!"
    + _CALENDAR
    + r")((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*)(?=\s|[,.;)]|$)"
)
_MEASURING_NOUN = re.compile(
    r"\b(?:estimate|reading|count|figure|measure|measurement|tally|report|forecast|survey|"
    r"poll|calculation|reckoning|projection)s?$",
    re.IGNORECASE,
)
# "Luck found Reggie Wayne for a seven-yard touchdown pass": the play is the passer's, the
# name opening the clause with a verb of passing the ball to the one named after it.
_FOR_PLAY = re.compile(r"^\s+for\s+(?:a|an)\s+$")
_PASSING = re.compile(
    r"\s+(?:found|finds|hit|hits|connected\s+with|connects\s+with)\s+(?:[a-z][\w-]*\s+){0,3}"
)
# A name with its figures in brackets after it: "Bowe (45-1, 33 KOs)".
_BRACKETED = re.compile(r"((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*)\s*\([^()]{0,40}$")
# A figure in a phrase opening its sentence ("In five seasons as head coach, O'Brien
# recorded", "Overall, with 22 points, Clark led") is the main clause's subject's: the name
# right after the phrase's comma, with a verb of having or scoring.
_OPENING = re.compile(
    r"^(?:[A-Z][a-z]+,\s*)?(?:[Ii]n|[Ww]ith|[Oo]ver|[Dd]uring|[Aa]cross|[Tt]hrough)\b[^,;:()]*$"
)
_SUBJECT_AFTER = re.compile(
    r"^[^,;:()]{0,60},\s*(?:the\s+)?((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*)\s+"
    r"(?:(?:also|just|only|then|now|still)\s+)?(?:" + _HOLDING + r")\b"
)
_HIS = re.compile(r"\b(?:his|her)\s+" + _OWNED_WORDS + r"$", re.IGNORECASE)
# "The team gave him 22 carries": a figure given to a person, not one said to them ("told
# him 20 had died").
_HIM = re.compile(
    r"(?<!\btold )(?<!\basked )(?<!\bshowed )(?<!\bwarned )(?<!\binformed )\b(?:him|her)\s+$",
    re.IGNORECASE,
)
_HE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def holder(
    claim: Claim, documents: Mapping[str, Document], names: Names | None = None
) -> str | None:
    """Whose figure a figure is (:func:`_holder_named`), or, when no name read there says,
    the bare surname opening its sentence with a verb of having (:func:`_surname_holder`)."""
    return _holder_named(claim, documents, names) or _surname_holder(claim, documents)


# Capitalised words opening a sentence that name no one: pronouns, possessives, determiners
# and words of quantity ("They won 20", "Her lead had 30 points", "Both raised").
_NO_SURNAME = frozenset(
    {
        *("he", "she", "i", "his", "her", "their", "our", "my", "your", "him", "them", "us"),
        *("it", "its", "they", "we", "you", "this", "that", "these", "those", "some", "many"),
        *("all", "both", "each", "most", "few", "several", "others", "other", "one", "none"),
        *("there", "here", "who", "which", "what", "another", "such", "everyone", "nobody"),
    }
)
_SURNAME_OPENING = re.compile(r"\s*([A-Z][a-z][\w'-]*)(?=\s)")


def _surname_holder(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The surname alone that opens a figure's sentence before a verb of having, winning or
    raising ("Moss won 62 delegates", "Berg raised $15 million"): news names a person in
    full once and by surname after, and a tagger often misses a bare surname in a short
    report. A word the pile writes in lower case anywhere ("Officials had ...": "officials"),
    a noun for people, a pronoun or a word of quantity names no one. Returns the name as a
    lower-case key, or None."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    opening = _SURNAME_OPENING.match(doc.text, begin, claim.start)
    if opening is None:
        return None
    gap = doc.text[opening.end() : claim.start]
    if not _HELD_BY.match(gap) or _NOT_HELD.search(gap) is not None:
        return None
    word = opening.group(1)
    key = word.casefold()
    if key in _NO_SURNAME or singular(key) in PERSON_NOUNS or key in PERSON_NOUNS:
        return None
    lower = re.compile(rf"(?<![\w-]){re.escape(key)}(?![\w-])")
    if any(lower.search(d.text) for d in documents.values()):
        return None
    return key


def _holder_named(
    claim: Claim, documents: Mapping[str, Document], names: Names | None = None
) -> str | None:
    """Whose figure a figure is, when its sentence names the person, team, company or
    country it belongs to: a possessor just before it ("Davidson's 17 turnovers", "the
    Owls' 11 assists", "Brandt's scoring record of 2,116"), a name it stands in
    brackets after ("Bowe (45-1, 33 KOs)") or the name opening its clause with a verb of
    having, scoring or missing ("Earl Clark finished with 22 points", "Hansbrough, who
    needed nine points"), the subject of the main clause after a phrase opening the
    sentence that holds the figure ("In five seasons as head coach, O'Brien recorded"),
    the name that made the play it measures ("an 80-yard pass by the Jaguars"; "Luck found
    Wayne for a seven-yard touchdown pass" is the passer's) or the name it is said to be
    for, right after it or ending its own phrase ("30 for Rahman", "45 percent for Berg",
    "two fights left for Wlad"). A name that says, reports or estimates the figure is its
    source, not its holder. "He", "she", "his", "her" and "him" before the figure ("used
    him 22 times") stand for the person named last before them (:meth:`Names.person_before`;
    for a "he" opening the last of a run of sentences that each open with "he", the person
    named before the run). Returns the name as a lower-case key, or None."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    before = doc.text[begin : claim.start]
    owned = (
        _POSSESSIVE.search(before)
        or _BRACKETED.search(before)
        or _POSSESSED_SUBJECT.search(before)
        or _FOR_NAME.match(doc.text[claim.end : min(end, claim.end + 60)])
        or _FOR_NAME_END.search(claim.text)
        or (_OPENING.search(before) and _SUBJECT_AFTER.match(doc.text[claim.end : end]))
        or _made_by(claim, doc.text[claim.end : min(end, claim.end + 60)])
    )
    if owned is not None:
        return holder_key(owned.group(1))
    if names is None:
        return None
    described = _described_holder(claim, documents, names, begin)
    if described is not None:
        return holder_key(described)
    his = _HIS.search(before) or _HIM.search(before)
    if his is not None:
        return holder_key(names.person_before(claim.doc, begin + his.start(), text=doc.text))
    spans = names.spans.get(claim.doc, ())
    k = bisect_left(spans, (claim.start,))
    subjects = [(start, end, name) for start, end, name, _ in spans[max(0, k - 8) : k]]
    subjects += [(begin + m.start(), begin + m.end(), "") for m in _HE.finditer(before)]
    for start, end, name in sorted(subjects, reverse=True):
        if start < begin:
            break
        if end > claim.start:
            continue
        gap = doc.text[end : claim.start]
        if name and _FOR_PLAY.match(gap):
            return holder_key(_passer(doc.text, begin, start, spans[max(0, k - 8) : k]))
        if (
            _HELD_BY.match(gap)
            and _NOT_HELD.search(gap) is None
            and _CLAUSE_OPEN.search(_TITLES_BEFORE.sub("", doc.text[begin:start]))
        ):
            if name:
                return holder_key(name)
            # "He won a Tony ... He presided over it three times": a run of sentences that
            # open with "he" tells of one man, the one named before the run.
            run = _run_start(doc.text, begin)
            return holder_key(names.person_before(claim.doc, start, 400 + start - run, doc.text))
        return None
    return None


def _holds(after: str, possessive: bool) -> bool:
    """Whether the words between a possessor or subject and a figure make the figure its:
    "'s" then nothing, an owned word or "... of" ("the company's 4,100 cars", "its share
    of"), "'s" then a noun and a verb of value ("its sales rose to"), or, for a subject, a
    verb of having ("sold", "employs"), never of saying."""
    if possessive:
        return bool(_OWNED_AFTER.match(after) or _POSSESSED_AFTER.match(after))
    return bool(_HELD_BY.match(after)) and _NOT_HELD.search(after) is None


def _described_holder(
    claim: Claim, documents: Mapping[str, Document], names: Names, begin: int
) -> str | None:
    """The body a description that holds the figure refers to (:meth:`Names.body`): the
    subject or possessor opening the figure's clause ("The company sold 4,100 cars", "the
    carmaker's sales rose to"), or "it" and "its" in what a body described as the speaker
    says ("The company said it sold 4,100 cars"). A report names a company once and
    describes it after, so two reports' "the company" may hold two companies' figures.
    Returns the body's name, or None."""
    text = documents[claim.doc].text
    before = text[begin : claim.start]
    speaker = claim.said_by
    said = list(_SAID_IT.finditer(before))
    if (
        said
        and speaker is not None
        and described_kind(speaker) is not None
        and _holds(before[said[-1].end() :], said[-1].group(1) == "its")
    ):
        return names.body(claim, speaker, documents)
    openings = list(_THE_OPENING.finditer(before))
    if not openings:
        return None
    # The description opening the figure's own clause: the last one before it. Of its
    # words, the longest run that names a kind of body and holds the figure
    # ("the health ministry's budget", never "the health").
    at = openings[-1].start(1)
    for word in reversed(list(re.finditer(r"[a-z][\w-]*", openings[-1].group(1)))):
        end = at + word.end()
        after = before[end:]
        possessive = _possessive(after)
        described = Speaker(name=before[at:end], start=begin + at, end=begin + end)
        if described_kind(described) is not None and _holds(after[possessive:], possessive > 0):
            return names.body(claim, described, documents)
    return None


def _possessive(after: str) -> int:
    """The length of a possessive ending the words before ``after`` ("'s", "’s", "'")."""
    found = re.match(r"['’]s?(?=\s)", after)
    return found.end() if found is not None else 0


def _passer(
    text: str, begin: int, at: int, spans: Sequence[tuple[int, int, str, str]]
) -> str | None:
    """The name from ``begin`` that passes the ball to the one named at ``at`` ("Luck found
    wide receiver Reggie Wayne"), or None."""
    for start, end, name, _ in spans:
        if start >= begin and end < at and _PASSING.fullmatch(text, end, at):
            return name
    return None


def _made_by(claim: Claim, after: str) -> re.Match[str] | None:
    """The name that made the play a figure measures, right after its noun ("an 80-yard
    pass by the Jaguars"), unless the figure is a bare number or a measuring noun ("5.4 by
    the USGS", "a reading by the survey": the source)."""
    if not claim.text[-1:].isalpha() or _MEASURING_NOUN.search(claim.text) is not None:
        return None
    return _BY_NAME.match(after)


_OPENS_WITH_HE = re.compile(r"\s*(?:he|she)\b", re.IGNORECASE)


def _run_start(text: str, begin: int, most: int = 6) -> int:
    """Where a run of sentences opening with "he" or "she" that ends with the sentence at
    ``begin`` starts (at most ``most`` sentences back)."""
    for _ in range(most):
        if begin <= 0 or not _OPENS_WITH_HE.match(text, begin):
            return begin
        before, _ = sentence_span(text, begin - 1, begin - 1)
        if before >= begin or not _OPENS_WITH_HE.match(text, before):
            return begin
        begin = before
    return begin


def holder_key(name: str | None) -> str | None:
    return " ".join(name.lower().split()) if name else None


def same_holder(a: str, b: str) -> bool:
    """Whether two names are one holder: the same, or one the other's shorter form
    ("Clark" and "Earl Clark")."""
    one, two = set(a.split()), set(b.split())
    return one <= two or two <= one


def held_apart(
    read: Sequence[tuple[Claim, Interval]],
    documents: Mapping[str, Document],
    names: Names | None,
) -> Split | None:
    """A measure whose values belong to different holders (:func:`holder`): two players'
    points, two teams' turnovers, two companies' staff. Figures of one holder, or of none
    named, may be one quantity; figures of two are not, whatever noun they share."""
    holders: list[tuple[str, list[tuple[Claim, Interval]]]] = []
    loose: list[Claim] = []
    for claim, found in read:
        key = holder(claim, documents, names)
        if key is None:
            loose.append(claim)
            continue
        for name, items in holders:
            if same_holder(name, key):
                items.append((claim, found))
                break
        else:
            holders.append((key, [(claim, found)]))
    if len(holders) < 2:
        return None
    hulls = [(name, items, hull(i for _, i in items)) for name, items in holders]
    for (name_a, items_a, a), (name_b, items_b, b) in combinations(hulls, 2):
        assert a is not None and b is not None
        if a.meets(b):
            continue
        first, second = items_a[0][0], items_b[0][0]
        reason = (
            f"{who_gives(first, documents)} for "
            f"{titled(first, name_a, documents)} "
            f"and {who_gives(second, documents)} for "
            f"{titled(second, name_b, documents)}, so these are figures of different holders, "
            "not one quantity in dispute"
        )
        parts = [tuple(c for c, _ in items) for _, items, _ in hulls]
        anchors = [h for _, _, h in hulls if h is not None]
        placed = parted(loose, anchors, documents) if loose else ()
        merged = [list(p) for p in parts]
        for extra in placed:
            reach = reach_of(extra[0], documents)
            n = min(range(len(anchors)), key=lambda k: log_distance(reach, anchors[k]))
            merged[n].extend(extra)
        order = {c.id: n for n, c in enumerate(c for c, _ in read)}
        return Split(
            parts=tuple(
                tuple(sorted(p, key=lambda c: order.get(c.id, len(order)))) for p in merged
            ),
            reason=reason,
        )
    return None


def titled(claim: Claim, key: str, documents: Mapping[str, Document]) -> str:
    """A holder's name as the figure's report writes it (the key is lower case)."""
    doc = documents.get(claim.doc)
    text = doc.text[max(0, claim.start - 300) : claim.start] if doc is not None else ""
    after = doc.text[claim.end : claim.end + 60] if doc is not None else ""
    pattern = r"\s+".join(map(re.escape, key.split()))
    found = list(re.finditer(pattern, text, re.IGNORECASE))
    if found:
        return " ".join(found[-1].group(0).split())
    later = re.search(pattern, after, re.IGNORECASE)
    return " ".join(later.group(0).split()) if later else key
