"""Figures of another time, and figures told as a part of another.

A figure its sentence places in a year before its report's, or in words for an earlier time
("last year", "the last time"), is of another time (:func:`other_time`); a figure listed
with numbers adding up to another figure of the measure, or counted "of" it, is that
whole's part (:func:`told_as_part`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from triangulate.claims.numwords import TEENS, TENS, UNITS
from triangulate.model import Claim, Document
from triangulate.reconcile.intervals import Interval
from triangulate.reconcile.splits import closed_up, numbers_in, word_after
from triangulate.reconcile.statements import sentence_span

# Words after a whole that open its breakdown: "1,559, including 551 children", "23
# arrested, of whom 12 ...". "Of them" right after a number is that number's own partitive
# ("executed two of them and wounded a third": two among her foes), no breakdown.
_INCLUDING = re.compile(
    r"\b(?:including|among them|among whom)\b|[,;:(–—-]\s*(?:of whom|of them)\b", re.I
)
_OF_WHOLE = re.compile(
    r"\b(?:of|out of|among)\s+(?:the|all|all the|its|their|his|her|our)?\s*$", re.IGNORECASE
)


_YEAR = re.compile(r"(?<![\d.])(?<!\d,)(?:19|20)\d\d(?!\d|[.,]\d)")


def other_time(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The earlier time a figure's sentence places it in: a year before its report's year
    ("When the ferry sank in 2019, 96 people died" in a report of 2032; never a year after
    the figure in a clause of its own, "served four months for his part in the break-in,
    which took place on June 17, 1972": the year dates that clause's event), or words for
    one ("last year", "last season", "a decade ago", "the last time the river flooded";
    never "since last year", a span reaching the report's own time); else "".

    A month the figure's clause places it in ("In February, a quake killed 600", "in early
    September"; never one that starts a span reaching the report's time, "since the battle
    began in June", nor one of another clause, "proposed in May and since received 300")
    that is not its report's own month (nor one a report dated only to a range of days may
    be of) places it in another time too, and so does a report
    of unknown day naming one: news names the days of the current week by their weekday,
    and earlier events by their month. So do the figure's own words calling
    what it counts earlier ("four prior arrests", "two previous convictions").

    A sentence that points back to the one before it ("In that storm, which killed more
    than 3,000", "It killed ...") and names no time of its own is of that sentence's time:
    a year or a month the sentence before names places it too."""
    doc = documents.get(claim.doc)
    if doc is None:
        return ""
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    said = _BEFORE_NOW.search(doc.text, begin, end)
    if said is not None and not (claim.start <= said.start() < claim.end):
        return " ".join(said.group(0).lower().split())
    prior = _PRIOR.match(claim.text)
    if prior is not None:
        return prior.group(1).lower()
    came = _CAME_AFTER.search(doc.text, begin, claim.start)
    if came is not None:
        return " ".join(came.group(0).lower().split())
    day = doc.published.date or ""
    own = day[:4]
    named = [
        y.group(0)
        for y in _YEAR.finditer(doc.text, begin, end)
        if not (claim.start <= y.start() < claim.end)
        and not (y.start() >= claim.end and _CLAUSE_BREAK.search(doc.text, claim.end, y.start()))
    ]
    months = [
        m
        for m in _IN_MONTH.finditer(doc.text, begin, end)
        if not claim.start <= m.start() < claim.end
        and not _starts_span(doc.text, begin, m, claim)
        and not _CLAUSE_BREAK.search(doc.text, min(m.end(), claim.start), max(m.start(), claim.end))
    ]
    if (
        not named
        and not months
        and begin > 0
        and _POINTS_BACK.match(doc.text, begin, claim.start)
        and _OWN_TIME.search(doc.text, begin, end) is None
    ):
        first, _ = sentence_span(doc.text, max(0, begin - 2), max(0, begin - 1))
        named = [y.group(0) for y in _YEAR.finditer(doc.text, first, begin)]
        months = [
            m
            for m in _IN_MONTH.finditer(doc.text, first, begin)
            if not _SPAN_START.search(doc.text, first, m.start())
        ]
    earlier = sorted({y for y in named if own and y < own})
    if earlier and own not in named:
        return earlier[-1]
    if named and own and own not in named:
        return ""  # a later year: not told apart here
    # A report dated only to a range of days may be of any month the range reaches.
    last = doc.published.latest or ""
    own_months = {int(day[5:7])} if len(day) >= 7 else set()
    if len(last) >= 7 and last[:4] == day[:4]:
        own_months |= set(range(int(day[5:7]), int(last[5:7]) + 1))
    other = [
        m
        for m in months
        if len(day) < 7 or _MONTHS.index((m.group(1) or m.group(2)).lower()) + 1 not in own_months
    ]
    if other and len(other) == len(months):
        return " ".join(other[-1].group(0).split())
    return ""


# A sentence opening on words that point back to the one before: "In that storm",
# "During those floods", "It", "They", "The same quake".
_POINTS_BACK = re.compile(
    r"\s*(?:(?:in|during|after|at|by)\s+)?(?:that|those|this|these|it|its|they|their|"
    r"the\s+same)\b",
    re.IGNORECASE,
)
# Words naming a sentence's own time: a day, "today", "now", "this year".
_OWN_TIME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|"
    r"now|currently|this\s+(?:year|week|month|morning|evening)|so\s+far)\b",
    re.IGNORECASE,
)


# "Two years ago", "a decade ago" (the words :data:`_BEFORE_NOW` finds, lower case).
_SMALL = {**UNITS, **TEENS, **TENS}
_AGO = re.compile(r"(a|[a-z]+|\d+)\s+(years|decades)\s+ago")


def placed_at(when: str, claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The year ("2010") or month ("2010-09") an earlier time (:func:`other_time`) places a
    figure in, read against its report's day: "2010" itself, "two years ago" or "last year"
    in a report of 2012 ("2010", "2011"), "in September" in a report of October 2010
    ("2010-09", a month after the report's own in the year before). None when the words
    name no such time ("the last time", "four prior arrests") or the report's day is
    unknown."""
    if when.isdigit():
        return when
    doc = documents.get(claim.doc)
    day = (doc.published.date or "") if doc is not None else ""
    if len(day) < 4 or not day[:4].isdigit():
        return None
    year = int(day[:4])
    ago = _AGO.fullmatch(when)
    if ago is not None:
        said = ago.group(1)
        count = 1 if said == "a" else int(said) if said.isdigit() else _SMALL.get(said)
        if count is None:
            return None
        return str(year - count * (10 if ago.group(2) == "decades" else 1))
    if when in {"last year", "previous year"}:
        return str(year - 1)
    if when == "a decade ago":
        return str(year - 10)
    month = _IN_MONTH.fullmatch(when)
    if month is None or len(day) < 7:
        return None
    index = _MONTHS.index((month.group(1) or month.group(2)).lower()) + 1
    return f"{year if index < int(day[5:7]) else year - 1}-{index:02d}"


def timed_label(label: str, measure: Sequence[Claim], documents: Mapping[str, Document]) -> str:
    """The label with the earlier time every figure of the measure is placed in
    (:func:`other_time`), so a part split off for its time says which time it is of:
    "people killed in Torvald, 2019", "people killed in Torvald (last year)"; the label as
    it is when the figures name no one such time or the label already names a year."""
    times = {other_time(c, documents) for c in measure}
    if len(times) != 1:
        return label
    (when,) = times
    if not when or _YEAR.search(label):
        return label
    if when.isdigit():
        return f"{label}, {when}"
    if when in {"prior", "previous", "earlier"}:
        return f"{label} (earlier)"
    if when.startswith(("came", "come")):
        return f"{label} (an earlier event)"
    return f"{label} ({when})"


def for_time(when: str) -> str:
    """ "for 2019, before its report's own time", 'for an earlier time ("last year"), before
    its report's own time' when words name it, or 'for another month ("in February"), not
    its report's own' for a month."""
    if when.isdigit():
        return f"for {when}, before its report's own time"
    if _IN_MONTH.fullmatch(when):
        return f'for another month ("{when}"), not its report\'s own'
    return f'for an earlier time ("{when}"), before its report\'s own time'


_MONTHS = (
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december"),
)
# "In February", "during March", "in early September", "last May": a month a figure is
# placed in, with no day after it ("on May 5" names a day, which the reports' days order).
# A month named with its year needs no word before it: "the February 2008 broadcast".
_MONTH_NAMES = "|".join(m.title() for m in _MONTHS)
_IN_MONTH = re.compile(
    r"\b(?:(?:(?i:in|during)\s+(?:(?i:early|late|mid)\s*-?\s*)?|(?i:early|late|mid)\s*-?\s*|"
    r"(?i:last)\s+)(" + _MONTH_NAMES + r")\b(?!\s*\d{1,2}(?!\d))|"
    r"(" + _MONTH_NAMES + r")\s+(?:19|20)\d\d\b)"
)
# A month that starts a span reaching the report's time: "since they broke into the city
# in June", "the battle that began in June".
_SPAN_START = re.compile(
    r"\b(?:since|began|begun|start(?:ed|ing)?|beginning|launched|broke\s+out)\b[^,;.]{0,50}$",
    re.IGNORECASE,
)


def _starts_span(text: str, begin: int, month: re.Match[str], claim: Claim) -> bool:
    """Whether a month starts a span reaching the report's time ("since the floods began in
    May, 31 have died"), rather than dating an event the span is counted from that the
    figure counts: "since the assaults that killed 130 in Paris last November" tells the
    toll of last November's assaults, the figure inside the clause the span opens."""
    span = _SPAN_START.search(text, begin, month.start())
    if span is None:
        return False
    inside = span.start() < claim.start and claim.end <= month.start()
    return not (inside and month.group(0).lower().startswith("last"))


# Words opening another clause between a month and a figure: the month dates that clause
# ("proposed the rules in May and since has received 300,000 comments"); an "and" joining
# two participles or two verbs of one subject is none ("struck in May, killing 7 and
# injuring 40", "hit the town in May and killed 40").
_CLAUSE_BREAK = re.compile(
    r";|\band\b(?!\s+[a-z]+(?:ing|ed)\b)|"
    r"\b(?:but|while|whereas|which|who|since|until|although|though)\b",
    re.IGNORECASE,
)
# "Four prior arrests", "two previous convictions": the figure's own words place what it
# counts before the report's time.
_PRIOR = re.compile(
    r"^[\w.,-]+(?:\s+-\s+[\w-]+)?\s+(prior|previous|earlier)\s+[a-z]", re.IGNORECASE
)


# "The shooting came just weeks after a driver shot eight people": what follows is an
# earlier event (weeks or more before: a story's own events are days apart).
_CAME_AFTER = re.compile(
    r"\b(?:comes?|came|coming)\s+(?:(?:just|only|barely|nearly|almost|less\s+than|"
    r"more\s+than)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a\s+few|several|some|\d+)\s+)?(?:weeks?|months?|years?)\s+after\b",
    re.IGNORECASE,
)
_BEFORE_NOW = re.compile(
    r"(?<!since )(?<!over the )(?<!in the )\b(?:(?:last|previous)\s+(?:year|decade|season)|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|decades)\s+ago|"
    r"a\s+decade\s+ago|the\s+last\s+time)\b",
    re.IGNORECASE,
)


def told_as_part(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> tuple[Claim, Interval, str] | None:
    """A figure its own sentence tells as a part of a larger value another figure of the
    measure gives: a breakdown whose numbers add up to it ("12 police and 11 civilians"
    beside another report's 23, "one Swiss and one Dutch climber" beside "two deaths"), one
    counted "of" it ("of the 23 arrested, 12 were ...") or one it includes ("1,559, including
    551 children and 318 women"). Returns the part, the whole's
    values and the words of the sentence that tell it."""
    values = sorted({i.low for _, i in read if i.low == i.high and i.low > 0})
    for claim, found in sorted(read, key=lambda x: (x[1].low, x[0].id)):
        doc = documents.get(claim.doc)
        if doc is None or found.low != found.high or claim.figure is None:
            continue
        own = found.low
        larger = [v for v in values if v > own and not found.meets(Interval(v, v))]
        if not larger:
            continue
        begin, end = sentence_span(doc.text, claim.start, claim.end)
        others = [
            (at, stop, v)
            for at, stop, v in numbers_in(doc.text, begin, end)
            if stop <= claim.start or at >= claim.end
        ]
        for whole in larger:
            for at, stop, v in others:
                between = doc.text[stop : claim.start] if v == whole and stop <= claim.start else ""
                if between and len(between) < 80 and _INCLUDING.search(between):
                    return claim, Interval(whole, whole), closed_up(doc.text, at, claim.end)
                of = _OF_WHOLE.search(doc.text, max(begin, at - 12), at) if v == whole else None
                if of is not None:
                    low, high = min(of.start(), claim.start), max(stop, claim.end)
                    return claim, Interval(whole, whole), closed_up(doc.text, low, high)
            chain = _chain(doc.text, claim, numbers_in(doc.text, begin, end))
            for first in range(len(chain)):
                for last in range(first + 1, len(chain)):
                    window = chain[first : last + 1]
                    if own in (v for _, _, v in window) and sum(v for _, _, v in window) == whole:
                        low, high = window[0][0], word_after(doc.text, window[-1][1])
                        return claim, Interval(whole, whole), closed_up(doc.text, low, high)
    return None


_LISTED = re.compile(r"^(?:\s*[\w'-]+){0,3}\s*(?:,|\band\b|\bplus\b)(?:\s*[\w'-]+){0,2}\s*$")
DOING = re.compile(r"\w(?:ing|ed)\b")


def _chain(
    text: str, claim: Claim, found: Sequence[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """The numbers listed together with the claim's own ("12 Somali and 11 Yemeni",
    "seven rifles, two pistols"): neighbours with a comma or "and" between them, a few
    words of what they count and no verb ("killing 10 and wounding 70" lists two counts of
    different things)."""
    inside = [x for x in found if claim.start <= x[0] < claim.end]
    if not inside:
        return []
    # Numbers inside the claim's own span count too: "12 Somali and 11 Yemeni pirates" read
    # as one figure lists its breakdown itself.
    items = sorted([*inside, *(x for x in found if x[1] <= claim.start or x[0] >= claim.end)])
    at = items.index(inside[0])
    low = high = at
    while low > 0 and _listed(text[items[low - 1][1] : items[low][0]]):
        low -= 1
    while high + 1 < len(items) and _listed(text[items[high][1] : items[high + 1][0]]):
        high += 1
    return items[low : high + 1]


def _listed(between: str) -> bool:
    return _LISTED.match(between) is not None and DOING.search(between) is None
