"""What kind of amount a figure is: a rate, a lead, a change, a margin, a streak, a span, a
part of a whole, or an amount of the measure itself (:func:`amount_kind`).

An average per game, a lead of five points or a rise of 3 percent shares a noun with the
amount it is read from, but is another quantity: figures of different kinds are never one
quantity in dispute.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from triangulate.claims.numwords import NUMBER_WORDS
from triangulate.claims.quantities import PassedOver, passed_over
from triangulate.model import Claim, Document, Figure
from triangulate.nlp.words import may_hold
from triangulate.reconcile.holders import Names
from triangulate.reconcile.intervals import Interval
from triangulate.reconcile.splits import Keyed, Split, numbers_in, split_by, who_gives
from triangulate.reconcile.statements import sentence_span
from triangulate.reconcile.times import DOING
from triangulate.reconcile.wording import singular

_RATE_AFTER = re.compile(
    r"^[\s\w'-]{0,30}?\b(?:per|a|an|each|every)\s+(?:game|match|contest|season|year|month|week|"
    r"day|night|race|head|capita|person|minute|hour)\b",
    re.IGNORECASE,
)
_RATE_BEFORE = re.compile(r"\baverag(?:ed|es|ing|e)\b[^.;:!?]{0,40}$", re.IGNORECASE)
# "One in every 500 users": the figure is the size of the group one is taken from.
_ONE_IN = re.compile(r"\b(?:one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)
_RATE_INSIDE = re.compile(r"\bper\s+(?:game|season|year|day|head|capita|person)\b", re.I)
_SCALED = re.compile(r"\b(?:thousand|million|billion|trillion|bn|mn|m|k)\b", re.IGNORECASE)
_GAP_AFTER = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+)?(?!or\b)(?:more|fewer|less|sooner|later|longer|shorter|higher|"
    r"lower)\s+than\b|^\s+(?:[a-z][\w-]*\s+)?(?:sooner|later|ahead|behind)\b|"
    r"^\s+(?:[a-z][\w-]*\s+)?(?:short|shy)\s+of\b|^\s+down\b",
    re.IGNORECASE,
)
# "Seven hours of talk time, up two hours from the old model", "sales down 4 percent on a
# year earlier": the change between two figures, told by "up" or "down" before the number
# and what it is measured from after it, never the quantity itself.
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down)\s+(?:by\s+)?(?:(?:about|some|nearly|almost|roughly|just|only)\s+)?$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(r"^\s+(?:from|on|over|compared\s+(?:with|to))\b", re.IGNORECASE)
# "A 31-point advantage", "a 10-point lead", "a six-point edge": a margin in points between
# two figures (two candidates' shares in a poll), never a count of advantages or leads.
_POINT_MARGIN = re.compile(
    r"[\w.,]+[ \t]*-?[ \t]*(?:percentage[ \t-]+)?points?[ \t-]+"
    r"(?:lead|advantage|edge|margin|deficit|gap|cushion)s?\b",
    re.IGNORECASE,
)
# "Won Florida by about 74,000 votes", "leads by 15 points", "a lead of more than 200
# delegates": a winning margin, the difference between two sides' tallies, never a tally.
_MARGIN_BEFORE = re.compile(
    r"(?:\b(?:won|wins?|winning|lost|loses|losing|carried|carries|carrying|captured|captures|"
    r"leads|leading|trails?|trailing|trailed|margin)\b[^.;:]{0,50}?\bby|"
    r"\b(?:lead|margin|edge|advantage|deficit)\s+of)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|just|only|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_TALLIES = frozenset({"vote", "ballot", "point", "delegate", "seat", "goal", "run", "stroke"})


def _tallied(figure: Figure | None) -> bool:
    """Whether a figure counts what a contest is won by (votes, points, seats, goals):
    only such a count "by" a win is its margin ("carried by three rescuers" is no win)."""
    counted = figure.counted if figure is not None else None
    return bool(counted) and singular(str(counted).split()[-1]) in _TALLIES


# "Tracks an additional 500 family fortunes", "a further 20 were hurt": a count of more
# besides those a sentence has already counted, never the whole nor the count it adds to.
ADDED_BEFORE = re.compile(
    r"\b(?:an\s+additional|a\s+further|an\s+extra)\s+(?:(?:about|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
# "His first 17 passes", "the last two games", "the next 48 hours": a few of a series.
_SERIES_BEFORE = re.compile(r"\b(?:first|last|final|opening|next|previous|past)\s+$", re.I)
# "Two of them fled; boarding operations were carried out on the other three": the rest of
# a set a part of which was told before, never the whole set nor the noun beside it.
REST_BEFORE = re.compile(r"\bthe\s+(?:other|remaining)\s+$", re.IGNORECASE)
# "Six straight games", "four consecutive wins", "three days in a row": a run, not a tally.
_STREAK = re.compile(r"\S+\s+(?:straight|consecutive|successive)\b", re.IGNORECASE)
_IN_A_ROW = re.compile(r"^\s+in\s+a\s+row\b", re.IGNORECASE)
# "Missed four games", "sat out two matches", "misses 12 flights": what someone went
# without, never a count of those they had.
_MISSED_BEFORE = re.compile(
    r"\b(?:missed|misses|sat\s+out|sits\s+out|sitting\s+out)\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "Philly's 93.3 scoring average": the figure is an average.
_AVERAGE_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?average\b", re.IGNORECASE)
# "Within a week of the fire", "two days after the vote", "a month before", "three years
# ago": a span said so is the time from one event to another, never how long one lasted.
_ELAPSED_BEFORE = re.compile(r"\bwithin\s+(?:(?:just|only|about|some)\s+)?$", re.IGNORECASE)
_SPAN_WORD = re.compile(r"\b(?:second|minute|hour|day|week|month|year|decade)s?$", re.IGNORECASE)
_ELAPSED_AFTER = re.compile(r"^\s+(?:after|before|ago|earlier|since|prior\s+to)\b", re.I)
# "Served most of a six-month sentence", "half of a 40-member crew": the sentence counts a
# part of a thing the figure sizes, which is the whole. Never "most of the 20 killed were
# children": a set told before, whose count the figure still gives.
_PART_OF_BEFORE = re.compile(
    r"\b(?:most|much|part|half|some|the\s+rest|the\s+bulk|a\s+fraction)\s+of\s+(?:a|an)\s+$",
    re.IGNORECASE,
)
_KINDS = {
    "rate": "as a rate (for each game, period or head)",
    "age": "as someone's age",
    "gap": "as a difference between two figures",
    "series": "as the first, last or next few of a series",
    "streak": "as a run in a row",
    "missed": "as a count of those missed",
    "elapsed": "as the time from one event to another",
    "whole": "as a whole of which its sentence counts only a part",
    "kind": "as one kind of a breakdown",
    "beside": "as a count of other things listed beside a named model",
    "pooled": "as a count pooled over the several bodies or places it lists",
    "beside_person": "as a count of those with a person, not counting that person",
    "carried": "as the share of traffic a route carries, not the share an event cut",
    "such": "as a count of all things of that kind",
    "amount": "as an amount",
}


def amount_kind(claim: Claim, documents: Mapping[str, Document], names: Names | None = None) -> str:
    """What a figure's number is of: ``rate`` for an amount for each game, season or head
    ("averaged 7.2 rebounds", "$23 million per season", "one in every 500 users", "a 93.3
    scoring average", and a count of whole things given with a fraction, "15.9 points",
    which can only be an average), ``age`` for someone's age ("61 years old", "aged 48"),
    ``gap`` for a difference between two figures ("13 more than Buford", "five rounds
    sooner", "two games short of", "10 points down", a margin in points, "a 31-point
    advantage", a change, "up two hours from the old model"), ``series`` for the first, last or
    next few of a series ("his first 17 passes", "the last two games"), ``streak`` for a
    run in a row ("six straight games", "four consecutive wins", "three days in a row"),
    ``missed`` for what someone went without ("missed four games", "sat out two matches"),
    ``elapsed`` for a span from one event to another ("within a week of the fire", "two
    days after the vote", "three years ago"), ``whole`` for a figure its sentence counts
    only a part of ("served most of a six-month sentence"), ``kind`` for one kind of a
    breakdown sharing a noun ("700 plant species" after "1,200 animal and"), ``such`` for
    all things of a kind ("300,000 such routes"), ``beside`` for an item of a list beside
    a named model ("12 AK-47 guns, three rifles": :func:`_beside_model`), ``pooled`` for a
    count over several named bodies (:func:`_pooled`), ``beside_person`` for those with a
    named person (:func:`_with_person`, given ``names``), ``carried`` for the share of
    traffic a route carries (:func:`_carried_share`), else ``amount``. An age is
    what the figure reader calls one (:func:`_aged`)."""
    doc = documents.get(claim.doc)
    if doc is None:
        return "amount"
    before = doc.text[max(0, claim.start - 60) : claim.start]
    after = doc.text[claim.end : claim.end + 45]
    figure = claim.figure
    if _aged(doc, claim):
        return "age"
    if (
        _GAP_AFTER.match(after)
        or _POINT_MARGIN.match(doc.text, claim.start)
        or (_MARGIN_BEFORE.search(before) and _tallied(figure))
        or (_CHANGE_BEFORE.search(before) and _CHANGE_AFTER.match(after))
    ):
        return "gap"
    if _SERIES_BEFORE.search(before):
        return "series"
    if _STREAK.match(doc.text, claim.start) or _IN_A_ROW.match(after):
        return "streak"
    if may_hold(before, ("miss", " out ")) and _MISSED_BEFORE.search(before):
        return "missed"
    if (
        figure is not None
        and figure.kind == "duration"
        and (
            _ELAPSED_BEFORE.search(before)
            or (_SPAN_WORD.search(claim.text) and _ELAPSED_AFTER.match(after))
        )
    ):
        return "elapsed"
    if _PART_OF_BEFORE.search(before):
        return "whole"
    if _one_kind(doc.text, claim):
        return "kind"
    if _beside_model(doc.text, claim):
        return "beside"
    if _pooled(doc.text, claim):
        return "pooled"
    if names is not None and _with_person(doc.text, claim, names):
        return "beside_person"
    if _carried_share(doc.text, claim):
        return "carried"
    if _SUCH.match(doc.text, _number_end(doc.text, claim)):
        return "such"
    fraction = (
        figure is not None
        and figure.kind == "count"
        and figure.unit is None
        and (figure.counted or "").endswith("s")
        and figure.low is not None
        and figure.low != int(figure.low)
        and _SCALED.search(claim.text) is None
    )
    if (
        fraction
        or _RATE_BEFORE.search(before)
        or _ONE_IN.search(before)
        or _RATE_AFTER.match(after.split(".")[0])
        or _AVERAGE_AFTER.match(after)
        or _RATE_INSIDE.search(claim.text)
    ):
        return "rate"
    return "amount"


# "300,000 such routes", "three such attacks": things of the kind just told of, all of
# them, not the ones the story counts.
_SUCH = re.compile(r"[ \t]+such[ \t]+[A-Za-z]", re.IGNORECASE)


# "1,200 animal and 700 plant species", "12 Somali, 11 Yemeni": a number with one word
# after it, listed before another, shares that one's noun.
_ELIDED = re.compile(r"[ \t]+[A-Za-z][\w'-]*[ \t]*(?:,|\band\b|\bor\b)[ \t]*$")
_KIND_NOUN = re.compile(r"^[ \t]*([A-Za-z][\w'-]*)[ \t]+([A-Za-z][\w'-]*)\b")
_BEFELL = frozenset({"dead", "hurt", "missing", "alive", "sick", "ill", "homeless"})


def _number_end(text: str, claim: Claim) -> int:
    """Where the claim's own number ends (its first number with the figure's value)."""
    figure = claim.figure
    for _, stop, value in numbers_in(text, claim.start, claim.end):
        if figure is not None and value == figure.low:
            return stop
    return claim.end


def bare_others(figure: Figure) -> bool:
    """Whether a figure counts "others" and nothing says of whom or what befell them: the
    people its sentence sets them beside, whoever they are ("caring for seven others")."""
    return (figure.counted or "").lower() in {"others", "other"} and not figure.qualifiers


# A count of a named model or make: "7 AK-47 rifles", "12 AK 47 guns", "three M16s". The
# model is a short capital name with a number ("AK-47", "M16", "RPG-7"), its hyphen spaced
# or not ("AK - 47", as texts taken out of a page's markup often write it).
_MODEL_ITEM = re.compile(
    r"\b(?:\d+|[A-Za-z]+)[ \t]+[A-Z]{1,3}(?:[ \t]?-[ \t]?|[ \t])?\d{1,3}[A-Z]?\b"
)
_MODEL = re.compile(r"\b[A-Z]{1,3}(?:[ \t]?-[ \t]?|[ \t])?\d{1,3}[A-Z]?\b")


def _beside_model(text: str, claim: Claim) -> bool:
    """Whether the figure is an item of a list that also counts a named model or make, its
    own words naming none: in "7 AK-47 rifles, a grenade launcher and 3 machine guns" or
    "12 AK 47 guns, three rifles", the 3 and the three count the other weapons, not the
    AK-47s, and not the class the model belongs to. A model is a kind inside its class, and
    an item of a list is a part of the list, never the same quantity as another item."""
    figure = claim.figure
    if figure is None or figure.low is None or figure.kind != "count":
        return False
    if _MODEL.search(claim.text):
        return False
    begin, end = sentence_span(text, claim.start, claim.end)
    for found in _MODEL_ITEM.finditer(text, max(begin, claim.start - 80), min(end, claim.end + 80)):
        if claim.start <= found.start() < claim.end:
            continue
        number = found.group(0).split()[0].lower()
        if not (number[0].isdigit() or number in NUMBER_WORDS):
            continue
        if found.end() <= claim.start:
            between = text[found.end() : claim.start]
        else:
            between = text[claim.end : found.start()]
        if _LIST_JOIN.search(between):
            return True
    return False


# "40 observers from the United Nations, the OSCE and the CIS": the things counted come
# from several named bodies or places, listed by name after "from".
_POOLED = re.compile(
    r"^[^,.;:]*?\bfrom[ \t]+(?:the[ \t]+)?[A-Z][^,.;:]*,[ \t]+(?:the[ \t]+)?[A-Z][^.;:]*?"
    r"\band[ \t]+(?:the[ \t]+)?[A-Z]"
)


def _pooled(text: str, claim: Claim) -> bool:
    """Whether the count is told as pooled over several named bodies or places: "about 40
    observers from the United Nations, the OSCE and the CIS" counts the three bodies'
    observers together, a whole of which one body's "three observers" is a part, never
    the same quantity. Two counts pooled alike still dispute each other."""
    figure = claim.figure
    if figure is None or figure.low is None or figure.kind != "count":
        return False
    _, end = sentence_span(text, claim.start, claim.end)
    return _POOLED.match(text[claim.start : end]) is not None


# "two mothers with Horton": the count's noun, then "with" and a name.
_WITH_NAME = re.compile(r"^[ \t]+with[ \t]+(?:[A-Z][\w.'-]*[ \t]+){0,2}[A-Z][\w'-]*\b")


def _with_person(text: str, claim: Claim, names: Names) -> bool:
    """Whether the count is of people with a named person, right after it: "two mothers
    with Horton" counts those beside her, not her, so "the three mothers" counting her is no
    other value of it. Only a name the reports name as a person counts: "two patients with
    Ebola" is no company."""
    figure = claim.figure
    if figure is None or figure.low is None or figure.kind != "count":
        return False
    found = _WITH_NAME.match(text[claim.end : claim.end + 60])
    if found is None:
        return False
    at = claim.end + found.end()
    return any(
        kind == "PERSON" and claim.end < start and end <= at
        for start, end, _, kind in names.spans.get(claim.doc, ())
    )


# "the cables carry 75 percent of traffic", "90 percent of the data is carried on them",
# "these circuits account for 90% of the traffic": what a route or system carries.
_CARRIES = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)|accounts?\s+for|accounted\s+for|handles?|handled)\b",
    re.IGNORECASE,
)
_TRAFFIC = re.compile(r"\b(?:traffic|data|calls|freight|cargo|passengers)\b", re.IGNORECASE)


def _carried_share(text: str, claim: Claim) -> bool:
    """Whether the share is of traffic a route or system carries ("the cables carry more
    than 75 percent of traffic"): its share of all traffic, a fact of the network, not the
    share an outage cut or disrupted ("as much as 70% of traffic was affected"), which
    depends on what else still runs. Two reports' shares carried still dispute."""
    figure = claim.figure
    if figure is None or figure.unit != "percent":
        return False
    begin, end = sentence_span(text, claim.start, claim.end)
    sentence = text[begin:end]
    return bool(_CARRIES.search(sentence)) and bool(_TRAFFIC.search(sentence))


# Words that join the items of a list: a comma, "and", "along with".
_LIST_JOIN = re.compile(r",|\band\b|\balong\s+with\b")


def _one_kind(text: str, claim: Claim) -> bool:
    """Whether the figure is one kind of a breakdown its sentence lists with a shared
    noun: "1,200 animal and 700 plant species" (the 700 counts plant species only), "12
    Somali and 11 Yemeni pirates". Its number is followed by a word of kind and the noun,
    and another number with only a word of kind of its own comes right before it."""
    figure = claim.figure
    if figure is None or figure.low is None or figure.kind != "count":
        return False
    own = [x for x in numbers_in(text, claim.start, claim.end) if x[2] == figure.low]
    if not own:
        return False
    _, stop, _ = own[0]
    kind = _KIND_NOUN.match(text[stop : claim.end])
    head = (figure.counted or "").lower().split()[-1:]
    # "2 dead and 3 injured people" lists what befell them, not kinds of them.
    if (
        kind is None
        or [kind.group(2).lower()] != head
        or DOING.search(kind.group(1))
        or kind.group(1).lower() in _BEFELL
    ):
        return False
    before = text[max(0, own[0][0] - 40) : own[0][0]]
    listed = _ELIDED.search(before)
    if listed is None:
        return False
    earlier = numbers_in(before, 0, listed.start())
    return bool(earlier) and earlier[-1][1] == listed.start()


def _aged(doc: Document, claim: Claim) -> bool:
    """Whether the figure reader reads the claim's number as someone's age ("61 years old",
    "aged 48", "Lim, 57,"): its own rules (:func:`~triangulate.claims.quantities.passed_over`)
    on the claim's sentence, so both stages tell an age alike."""
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    return any(
        skipped.reason == "age"
        and begin + skipped.start < claim.end
        and begin + skipped.end > claim.start
        for skipped in _passed_over(doc.text[begin:end])
    )


@lru_cache(maxsize=512)
def _passed_over(sentence: str) -> tuple[PassedOver, ...]:
    return passed_over(sentence)


def kinds_apart(
    read: Sequence[tuple[Claim, Interval]],
    documents: Mapping[str, Document],
    names: Names | None = None,
) -> Split | None:
    """A measure mixing figures of different kinds (:func:`amount_kind`): a player's 7.2
    rebounds a game and the 7 of one game, $23 million a season and $184 million in all,
    a woman's age and a prison term, a lead of 13 points and a tally of 14. They are
    different quantities, whatever noun they share."""

    def reason(one: Keyed, two: Keyed) -> str:
        (kind_a, first), (kind_b, second) = one, two
        return (
            f"{who_gives(first, documents)} {_KINDS[kind_a]} and "
            f"{who_gives(second, documents)} {_KINDS[kind_b]}, "
            "so these are different quantities, not one in dispute"
        )

    return split_by(read, lambda claim: amount_kind(claim, documents, names), reason)
