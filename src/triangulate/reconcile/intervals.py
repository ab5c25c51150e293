"""Hedge-aware value intervals: what a figure allows, and when two figures can both hold.

Every figure becomes a closed interval of the values it allows. The tolerance for
approximate words is relative, as casualty recorders read them:

=================================  ==============================  ===================
hedge (as written)                 interval                        example
=================================  ==============================  ===================
exact ("43")                       [N, N]                          43 -> [43, 43]
about ("about/around/nearly N")    [N - 10% of N, N + 10% of N]    60 -> [54, 66]
at_least ("more than/at least N")  [N, +inf)                       1,000 -> [1000, inf)
at_most ("up to/fewer than N")     [0, N]                          8,000 -> [0, 8000]
range ("between A and B")          [A, B]                          600-700
round ("600", "1,500", "20,000")   [N - 5% of N, N + 5% of N],     600 -> [570, 630]
                                   at most half the unit of its
                                   last nonzero digit              1,500 -> [1450, 1550]
scaled ("3 million", "$2bn")       at least what rounds to it:     3 million ->
                                   half its scale word each side   [2.5m, 3.5m)
vague ("dozens", "hundreds")       no interval: never decides      (floor only)
=================================  ==============================  ===================

A vague count still has an order of magnitude when its word fixes one (``MAGNITUDES``):
"hundreds" is 200 to 1,000, "thousands" 2,000 to 10,000, "dozens" 24 to 100. That
magnitude never decides a verdict's agreement (a report saying "hundreds" gives no number
to set against 612), but it tells when a vague count cannot be the same count as a number
told beside it ("hundreds" beside 10,000), so that it is named, never shown as agreeing.
Each magnitude reaches the next order's round number ("thousands" allows 10,000): readers
do not split hairs at the boundary.

A figure told as close below its number (``CLOSE_BELOW``: "nearly 100", "almost 100", "just
under 100", "the crowd neared 100") is read with the hedge the figure reader gives it:
"nearly 100" as "about" (90 to 110), "just under 100" as "up to". Read as a ceiling (90 to
100), it called conflicts on real political news that no reader would (figures of
different sets that one measure holds, such as two polls' shares) and found no real one
on the scored piles; its words are kept to show the figure as its report told it ("nearly
100", "close to 100" for a verb of coming close). A figure given exactly after "barely" or
"just" (``NO_MORE``: "just 100 people came") allows no more than its number, its rounding
kept below it ("just 100" is 95 to 100, "barely 97" is 97): another report's 103 is more
than it allows. One given after "as high as" is the high end of an estimate, read as "up to"
is ("as high as 300": 0 to 300).

Every place that sets a figure claim against another (a group's verdict, its splits, its
summary's citations, its echo and copy checks) reads its range with :func:`figure_range`:
the figure, its hedge, its words and the word before them in its report
(:func:`told_words`: "just", "as high as", "neared"), so none allows what another rules out.
Grouping figures into measures alone reads the figure without its words, more loosely: two
figures in conflict are still one measure, and the verdict says they conflict.

A count given exactly but ending in two zeros or more is a rounded count ("600 were
killed" beside another report's 612): it allows ``ROUNDED`` of its value either side, never
more than the rounding of its last nonzero digit. Strict and loose bounds are read alike
("more than 1,000" allows 1,000): reports round their bounds, and reading them strictly
would turn "more than 48" against "48" into a conflict nobody means.

A figure told as a whole number of a scale word ("three million", "3 million", "$2bn",
"1 trillion": ``SCALES``), exactly or "about", is told to the precision of that word: it
allows at least the values that round to it (half of the word below, up to half above), so
another report's more precise 3.3 million rounds to "three million" and agrees with it,
while 3.6 million does not, nor does "$2 million" beside "$1 million". Only the words of large
scales count: a small count ("30 killed") is told to the unit, and 34 killed is no rounding
of it. Two figures *agree*
when their intervals share a value; a set of figures agrees when all of them share one
value.

Durations are compared in one unit (seconds), whatever unit each report says them in, and
a duration allows ``UNIT_SHARE`` of the unit it is said in either side: a length said in
weeks is rounded to weeks. So "a week" (5.6-8.4 days) and "8 days" agree, "48 hours"
and "two days" agree, while "30 seconds" and "a minute" (48-72 seconds) do not. A length
said exactly in decades or centuries allows ``LONG_SPAN_YEARS`` years either side: "two
decades" and "23 years" agree, "three decades" and "19 years" do not.

A length, a speed, a weight, a temperature or an area is compared in one unit of its
measure (metres, km/h, kilograms, degrees Celsius, square kilometres: ``MEASURES``),
whatever system each report says it in, and one said exactly allows the rounding of its last
digit ("31 miles" is 30.5-31.5 miles, "50 km" 49.5-50.5 km): a report converting another's
figure rounds it, so "50 km" and "31 miles" agree, as do "1,500 km" and "940 miles".

Percentages are compared in percentage points, never relatively: a share is already a
ratio, and 10 percent of 80 percent would hide an eight-point gap. A share said exactly
allows the rounding of its last digit ("20 percent" is 19.5-20.5, "20.6" 20.55-20.65);
"about" allows ``POINTS`` percentage points either side (a share said "about" is rounded
to the nearest five at least). So "around 80 percent" (77.5-82.5) and "around 90 percent"
(87.5-92.5) differ, while "about 60 percent" and "58 percent" agree.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from triangulate.claims.numwords import TEENS, TENS, UNITS
from triangulate.claims.quantities import opening_hedge
from triangulate.model import Claim, Document, Figure

TOLERANCE = 0.10
"""Relative half-width given to "about", "around", "near", "some", "nearly"."""
POINTS = 2.5
"""Half-width, in percentage points, given to a percentage said "about"."""
ROUNDED = 0.05
"""Relative half-width given to an exact count ending in two zeros or more ("600")."""

CLOSE_BELOW = re.compile(
    r"(?:nearly|almost|near(?:ed|s|ing)|approach(?:ed|es|ing)(?:\s+the)?|"
    r"(?:just|a\s+little|a\s+bit|slightly)\s+(?:under|below|less\s+than|fewer\s+than)|"
    r"(?:just\s+|a\s+little\s+|a\s+bit\s+)?(?:shy|short)\s+of)",
    re.IGNORECASE,
)
"""The hedge words that tell a figure close below its number, as the figure reader reads
them before it ("nearly 100", "just shy of 2,000"), and the verbs of coming close to a mark
("the toll neared 50", "approaching the 100 mark"): named when a figure is shown as its
report told it, never read as a ceiling (the module's account says why)."""

NO_MORE = re.compile(r"barely|just|as\s+high\s+as", re.IGNORECASE)
"""The words that tell a figure given exactly as no more than its number: "barely 100
people", "just 100 people" came; a count of 103 is more than they allow, while a round
number keeps its rounding below ("just 100" allows 95 to 100). "As high as" is the high end
of an estimate, as "up to" is ("the toll could be as high as 300": 0 to 300)."""
_OPENS_NO_MORE = re.compile(rf"\W*({NO_MORE.pattern})\s+(?=[\w$£€¥])", re.IGNORECASE)
_OPENS_CLOSE_BELOW = re.compile(rf"\W*({CLOSE_BELOW.pattern})\s+(?=\w)", re.IGNORECASE)

SCALES: tuple[tuple[float, re.Pattern[str]], ...] = (
    (1e12, re.compile(r"\btrillions?\b|(?<=[0-9])\s?(?:tn|trn)\b", re.IGNORECASE)),
    (1e9, re.compile(r"\bbillions?\b|(?<=[0-9])\s?(?:bn|bln)\b", re.IGNORECASE)),
    (1e6, re.compile(r"\bmillions?\b|(?<=[0-9])\s?(?:mn|mln|mil|m|MM)\b", re.IGNORECASE)),
)
"""The scale words a large figure is told in, largest first, as the figure reader reads
them: the word ("million") or its abbreviation written after the digits ("3m", "$2 bn")."""
_SCALE_WORDS = {1e12: "trillion", 1e9: "billion", 1e6: "million"}

UNIT_SHARE = 0.2
"""Share of its unit a duration allows either side ("a week": 1.4 days)."""
SECONDS = {
    "second": 1.0,
    "minute": 60.0,
    "hour": 3_600.0,
    "day": 86_400.0,
    "week": 604_800.0,
    "fortnight": 1_209_600.0,
    "month": 2_629_800.0,
    "year": 31_557_600.0,
    "decade": 315_576_000.0,
    "century": 3_155_760_000.0,
}
"""Seconds in each unit a duration may be said in (a month and a year on average)."""
LONG_SPAN_YEARS = 3.0
"""Years a length said exactly in decades or centuries allows either side ("two decades":
17 to 23 years; "a quarter-century": 22 to 28): reports round such lengths to the nearest
decade or so, so "two decades" is said of 23 years, while "a quarter-century" is no span of
5 to 45 years, as a fifth of its unit would make it. Said "about", such a length allows its
hedge alone ("about two decades": 18 to 22 years)."""
MEASURES: dict[str, tuple[str, float, float]] = {
    # length
    "m": ("m", 1.0, 0.0),
    "km": ("m", 1_000.0, 0.0),
    "cm": ("m", 0.01, 0.0),
    "mm": ("m", 0.001, 0.0),
    "mi": ("m", 1_609.344, 0.0),
    "nmi": ("m", 1_852.0, 0.0),
    "yd": ("m", 0.9144, 0.0),
    "ft": ("m", 0.3048, 0.0),
    "in": ("m", 0.0254, 0.0),
    # speed
    "km/h": ("km/h", 1.0, 0.0),
    "mph": ("km/h", 1.609344, 0.0),
    "kn": ("km/h", 1.852, 0.0),
    # mass
    "kg": ("kg", 1.0, 0.0),
    "g": ("kg", 0.001, 0.0),
    "mg": ("kg", 0.000_001, 0.0),
    "t": ("kg", 1_000.0, 0.0),
    "lb": ("kg", 0.453_592_37, 0.0),
    "oz": ("kg", 0.028_349_523_125, 0.0),
    # temperature
    "°C": ("°C", 1.0, 0.0),
    "°F": ("°C", 5 / 9, -160 / 9),
    # area
    "km2": ("km2", 1.0, 0.0),
    "m2": ("km2", 0.000_001, 0.0),
    "ha": ("km2", 0.01, 0.0),
    "mi2": ("km2", 2.589_988_110_336, 0.0),
    "acre": ("km2", 0.004_046_856_422_4, 0.0),
    "ft2": ("km2", 0.000_000_092_903_04, 0.0),
}
"""Units of one measure said in several systems: unit -> (the unit they are compared in,
factor, offset), a value in the first being ``value * factor + offset``."""


MAGNITUDES: tuple[tuple[str, float, float], ...] = (
    ("dozens", 24.0, 100.0),
    ("several dozen", 24.0, 100.0),
    ("a few dozen", 24.0, 100.0),
    ("scores", 40.0, 200.0),
    ("hundreds", 200.0, 1_000.0),
    ("several hundred", 200.0, 1_000.0),
    ("a few hundred", 200.0, 1_000.0),
    ("thousands", 2_000.0, 10_000.0),
    ("several thousand", 2_000.0, 10_000.0),
    ("a few thousand", 2_000.0, 10_000.0),
    ("tens of thousands", 20_000.0, 100_000.0),
    ("hundreds of thousands", 200_000.0, 1_000_000.0),
    ("millions", 2_000_000.0, 10_000_000.0),
    ("tens of millions", 20_000_000.0, 100_000_000.0),
    ("hundreds of millions", 200_000_000.0, 1_000_000_000.0),
)
"""The words that fix the order of magnitude of a vague count: (words, low, high). The
longest words found in a figure's text name it ("tens of thousands" before "thousands")."""
NO_ORDER = ("several", "a few", "a handful of", "a couple of")
"""Vague words of a small count that fix no order of magnitude: "several" buildings may
be two or a dozen as reports use it, so it is shown as written but set against nothing."""


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval of values; ``high`` may be ``math.inf``."""

    low: float
    high: float

    def meets(self, other: Interval) -> bool:
        """Whether the two intervals share at least one value."""
        return self.low <= other.high and other.low <= self.high


AGE_AT_DEATH = "age at death"
"""The measure the figure reader gives a dead person's age (:mod:`.ages`)."""


def interval_of(figure: Figure, said: str = "") -> Interval | None:
    """The values a figure allows, or None when it is vague or has no number.

    Args:
        figure: The figure as read from a report.
        said: The words the figure was read from (the claim's span), when known: a whole
            number of a scale word there ("three million") is rounded to that word, and a
            figure said "barely" or "just" (``NO_MORE``) allows no more than its number ("as
            high as" it, no more and down to nothing, as "up to" does).

    Returns:
        The interval by the table in the module docstring.
    """
    found = _interval_of(figure, said)
    capped = no_more(figure, said)
    if found is None or capped is None:
        return found
    ceiling = _interval_of(replace(figure, hedge="at_most", low=None), said)
    if ceiling is None:
        return found
    if capped == "as high as":
        return ceiling  # the high end of an estimate: "up to"
    if ceiling.high >= found.high:
        return found
    return Interval(min(found.low, ceiling.high), ceiling.high)


_WORD_BEFORE = re.compile(
    rf"\b({NO_MORE.pattern}|(?:near(?:ed|s|ing)|approach(?:ed|es|ing))(?:\s+the)?)\s+$",
    re.IGNORECASE,
)
"""A word right before a figure's own words that caps its number ("barely", "just", "as
high as": ``NO_MORE``) or a verb of coming close to it ("the toll neared 50", "approaching
the 100 mark": ``CLOSE_BELOW``), which the figure reader leaves out of the figure's text."""


def told_words(claim: Claim, documents: Mapping[str, Document] | None = None) -> str:
    """A figure claim's words as its report tells them: its text, with the word right
    before it that caps its number ("just 100 people", "the toll neared 50",
    ``_WORD_BEFORE``) when its report is at hand.

    Args:
        claim: The claim.
        documents: The story's reports by id; without them, the claim's own text.
    """
    doc = documents.get(claim.doc) if documents is not None else None
    if doc is None:
        return claim.text
    before = _WORD_BEFORE.search(doc.text, max(0, claim.start - 24), claim.start)
    return f"{before.group(1)} {claim.text}" if before is not None else claim.text


def figure_range(claim: Claim, documents: Mapping[str, Document] | None = None) -> Interval | None:
    """The values a figure claim allows, read from its figure, its hedge and the words it
    is told in (:func:`interval_of` of :func:`told_words`): the one reading of a figure's
    range that a group's verdict, its splits, its summary's citations and its echo and
    copy checks share, so "just 100" allows no more than 100 wherever the figure is set
    against another. None when the claim has no figure or it is vague.

    Args:
        claim: The claim.
        documents: The story's reports by id, for the word before the figure's text.
    """
    if claim.figure is None:
        return None
    return interval_of(claim.figure, told_words(claim, documents))


def no_more(figure: Figure, said: str) -> str | None:
    """The word that tells a figure given exactly as no more than its number ("barely 100",
    "just 100": ``NO_MORE``), in lower case, when its words open with it; else None.

    Args:
        figure: The figure as read from a report.
        said: The words the figure was read from, with the word before its number.
    """
    if figure.hedge != "exact" or figure.high is None or not said:
        return None
    opening = _OPENS_NO_MORE.match(said)
    return " ".join(opening.group(1).casefold().split()) if opening is not None else None


def _interval_of(figure: Figure, said: str = "") -> Interval | None:
    """:func:`interval_of` before a figure said "barely", "just" or "as high as" is capped
    at its number."""
    if figure.vague or figure.hedge == "vague":
        return None
    if figure.low is None and figure.high is None:
        return None
    seconds = SECONDS.get(figure.unit or "") if figure.kind == "duration" else None
    if seconds is not None and figure.measure == AGE_AT_DEATH and figure.low is not None:
        # An age at death is told in whole years, never rounded: 77 is 77, 100 is 100.
        return Interval(figure.low * seconds, (figure.high or figure.low) * seconds)
    if seconds is not None:
        found = _own_interval(figure, said)
        if figure.hedge == "exact" or (figure.hedge == "about" and seconds <= SECONDS["year"]):
            share = _share_of(seconds)
            found = Interval(max(0.0, found.low - share), found.high + share)
        return Interval(found.low * seconds, found.high * seconds)
    measured = MEASURES.get(figure.unit or "") if figure.kind != "duration" else None
    if measured is not None:
        found = _own_interval(figure, said)
        if figure.hedge == "exact" and found.low == found.high:
            half = _rounding(found.low)
            found = Interval(found.low - half, found.high + half)
        _, factor, offset = measured
        return Interval(found.low * factor + offset, found.high * factor + offset)
    return _own_interval(figure, said)


def _share_of(seconds: float) -> float:
    """How much of its unit a duration said in that unit allows either side: a fifth of it
    up to a year (``UNIT_SHARE``), ``LONG_SPAN_YEARS`` years for decades and centuries
    said exactly."""
    if seconds <= SECONDS["year"]:
        return UNIT_SHARE
    return LONG_SPAN_YEARS * SECONDS["year"] / seconds


def vague_words(figure: Figure, text: str) -> str | None:
    """The words, as the report writes them, that give a vague figure its size ("Several
    hundred", "tens of thousands", ``MAGNITUDES``; "several", ``NO_ORDER``), or None when
    the figure is not vague or no such words are found.

    Args:
        figure: The figure as read from a report.
        text: The text the figure was read from (the claim's span).
    """
    found = _magnitude_words(figure, text)
    if found is not None:
        return text[found[0] : found[1]]
    if not (figure.vague or figure.hedge == "vague"):
        return None
    lowered = text.casefold()
    for words in NO_ORDER:
        at = _word_at(lowered, words)
        if at >= 0:
            # "a handful of" rules: said "a handful", as a reader writes it alone.
            return text[at : at + len(words.removesuffix(" of"))]
    shown = _SIZE_WORDS.search(text)
    return shown.group(0) if shown is not None else None


_SIZE_WORDS = re.compile(
    r"\btens\b(?!\s+of\s+(?:thousands|millions|billions)\b)|\bbillions\b|\bseveral\s+million\b",
    re.IGNORECASE,
)
"""Other words that give a vague count its size as the figure reader reads them ("tens of
them", "billions", "several million"), outside the tables above: shown as written, never as
"an unspecified number of at least 20"."""


def magnitude_of(figure: Figure, text: str) -> Interval | None:
    """The order of magnitude a vague figure's words fix (``MAGNITUDES``), in the
    figure's own unit, or None when it is not vague or its words fix none.

    Args:
        figure: The figure as read from a report.
        text: The text the figure was read from (the claim's span).
    """
    found = _magnitude_words(figure, text)
    return Interval(found[2], found[3]) if found is not None else None


def _magnitude_words(figure: Figure, text: str) -> tuple[int, int, float, float] | None:
    """Where a vague figure's magnitude words stand in its text, with their magnitude: the
    longest table words found, provided the floor the figure was read with is of their order
    (down to half their low: "thousands" read as 1,000 or more is still thousands)."""
    if not (figure.vague or figure.hedge == "vague"):
        return None
    lowered = text.casefold()
    best: tuple[int, int, float, float] | None = None
    for words, low, high in MAGNITUDES:
        at = _word_at(lowered, words)
        if at < 0 or (best is not None and len(words) <= best[1] - best[0]):
            continue
        if figure.low is not None and not low / 2 <= figure.low <= high:
            continue
        best = (at, at + len(words), low, high)
    return best


def _word_at(text: str, words: str) -> int:
    """Where ``words`` stand in ``text`` as whole words, or -1."""
    at = text.find(words)
    while at >= 0:
        before = text[at - 1] if at else " "
        end = at + len(words)
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return at
        at = text.find(words, at + 1)
    return -1


def base_unit(figure: Figure) -> str | None:
    """The unit figures are compared in: seconds for any duration, the measure's own unit
    for a length, speed, weight, temperature or area (``MEASURES``), else the figure's
    own."""
    if figure.kind == "duration" and figure.unit in SECONDS:
        return "second"
    if figure.kind != "duration" and figure.unit in MEASURES:
        return MEASURES[figure.unit][0]
    return figure.unit


def in_unit(value: float, figure: Figure, unit: str | None) -> float:
    """A figure's value said in another unit of its measure (itself when none applies);
    with no unit given, a length, speed, weight, temperature or area in the unit its
    measure is compared in (``MEASURES``)."""
    if figure.kind != "duration":
        here = MEASURES.get(figure.unit or "")
        if here is None or figure.unit == unit:
            return value
        there = MEASURES.get(unit or "", (here[0], 1.0, 0.0))
        if there[0] != here[0]:
            return value
        return (value * here[1] + here[2] - there[2]) / there[1]
    seconds, there_seconds = SECONDS.get(figure.unit or ""), SECONDS.get(unit or "")
    if seconds is None or there_seconds is None:
        return value
    return value * seconds / there_seconds


def told_scale(figure: Figure, said: str) -> float | None:
    """The scale word a figure is told a whole number of ("three million": a million;
    "$2bn": a billion; ``SCALES``), or None when its words name none or its value is no
    whole number of it ("3.3 million" is told to a tenth of one)."""
    low, high = figure.low, figure.high
    if not said or low is None or low != high or figure.hedge not in {"exact", "about"}:
        return None
    for scale, words in SCALES:
        if low >= scale and low % scale == 0 and words.search(said) is not None:
            return scale
    return None


def close_below(figure: Figure, said: str) -> str | None:
    """The words that tell a figure close below its number ("nearly", "just under",
    ``CLOSE_BELOW``), in lower case, when its text opens with them right before its number
    and they set the bound it was read with ("about" or "up to"); else None.

    Args:
        figure: The figure as read from a report.
        said: The words the figure was read from (the claim's span).
    """
    if figure.hedge not in {"about", "at_most"} or figure.high is None or not said:
        return None
    words = own_hedge(figure, said)
    if words is None and opening_hedge(said) is None:
        # a number in words: "nearly three million", "almost a hundred"
        opening = _OPENS_CLOSE_BELOW.match(said)
        words = " ".join(opening.group(1).casefold().split()) if opening is not None else None
    if words is None or CLOSE_BELOW.fullmatch(words) is None:
        return None
    return words.removesuffix(" the")  # "approaching the 100 mark": the verb


def _own_interval(figure: Figure, said: str = "") -> Interval:
    """The values a figure with a number allows, in its own unit."""
    low, high = figure.low, figure.high
    scale = told_scale(figure, said) if figure.unit != "percent" else None
    if scale is not None and low is not None:
        # The values that round to it, half a unit up rounding to the next ("$1 million"
        # and "$2 million" never meet); never narrower than the hedge or the rounding already
        # allow ("about 30 million").
        found = _own_interval(figure)
        top = math.nextafter(low + scale / 2, -math.inf)
        return Interval(min(found.low, low - scale / 2), max(found.high, top))
    if figure.hedge == "at_least" or high is None:
        return Interval(float(low if low is not None else 0.0), math.inf)
    if figure.hedge == "at_most" or low is None:
        return Interval(0.0, float(high))
    if figure.unit == "percent":
        if figure.hedge == "about":
            return Interval(low - POINTS, high + POINTS)
        if figure.hedge == "exact":
            half = _rounding(low)
            return Interval(low - half, high + half)
    if figure.hedge == "about":
        return Interval(low - TOLERANCE * abs(low), high + TOLERANCE * abs(high))
    if figure.hedge == "exact" and low == high and _round(low):
        half = min(ROUNDED * low, _last_digit(low) / 2)
        return Interval(low - half, high + half)
    return Interval(float(min(low, high)), float(max(low, high)))


def _round(value: float) -> bool:
    """Whether a count ends in two zeros or more (600, 1,500, 20,000)."""
    return math.isfinite(value) and value >= 100 and value == int(value) and int(value) % 100 == 0


def _last_digit(value: float) -> float:
    """The unit of a whole number's last nonzero digit (600 -> 100, 1,500 -> 100)."""
    unit = 1
    number = int(value)
    while number and number % 10 == 0:
        number //= 10
        unit *= 10
    return float(unit)


def _rounding(value: float) -> float:
    """Half a unit of the last digit a number is written to (20 -> 0.5, 20.6 -> 0.05)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return 0.5 * 10.0**-decimals


AS_GIVEN = "reading each value as given"
"""How :func:`tolerance` says figures were read when none is hedged, rounded or converted."""


def tolerance(figures: Iterable[Figure], *, said: Iterable[str] = ()) -> str:
    """How "about" (and a rounded count) was read for these figures, in words for an
    explanation.

    Args:
        figures: The figures compared.
        said: The words each figure was read from, in the same order, when known: a whole
            number of a scale word among them is said to be read as rounded to it.
    """
    items = list(figures)
    words = list(said)
    words += [""] * (len(items) - len(words))  # no words given: no word of the report read
    told = list(zip(items, words, strict=True))
    scales = sorted({s for f, w in told if (s := told_scale(f, w)) is not None})
    # "about" in the words the reports use for it ("around", "some", "nearly"), as they
    # wrote them, named only when a figure is read so.
    hedges = dict.fromkeys(own_hedge(f, w) or "about" for f, w in told if f.hedge == "about")
    about = " and ".join(f"'{h}'" for h in hedges)
    # "barely" and "just" before an exact number: no more than it
    no_mores = dict.fromkeys(n for f, w in told if (n := no_more(f, w)) is not None)
    capped = " and ".join(f"'{n}'" for n in no_mores if n != "as high as")
    high_end = "'as high as'" if "as high as" in no_mores else ""
    units = {f.unit == "percent" for f in items}
    if units == {True}:
        shares = [f"{about} as plus or minus {number(POINTS)} percentage points"] if about else []
        if capped:
            shares.append(f"{capped} as no more than the number")
        if high_end:
            shares.append(f"{high_end} as the high end of an estimate")
        return f"reading {' and '.join([*shares, 'an exact share as rounded'])}"
    parts = []
    if about:
        parts.append(f"{about} as plus or minus {number(TOLERANCE * 100)} percent")
    if capped:
        parts.append(f"{capped} as no more than the number")
    if high_end:
        parts.append(f"{high_end} as the high end of an estimate")
    if any(f.kind == "duration" and f.unit in SECONDS for f in items):
        timed = f"a duration as within {number(UNIT_SHARE * 100)} percent of the unit it is said in"
        if any(f.kind == "duration" and f.unit in {"decade", "century"} for f in items):
            timed += f" (a length in decades within {number(LONG_SPAN_YEARS)} years)"
        parts.append(timed)
    if any(f.hedge == "exact" and f.low == f.high and f.low and _round(f.low) for f in items):
        parts.append(f"a count ending in 00 as rounded (within {number(ROUNDED * 100)} percent)")
    for scale in scales:
        word = _SCALE_WORDS[scale]
        parts.append(f"a whole number of {word}s as rounded to the {word} (within half a {word})")
    read = f"reading {' and '.join(parts)}" if parts else AS_GIVEN
    measured = sorted({f.unit for f in items if f.kind != "duration" and f.unit in MEASURES})
    if len(measured) > 1:
        base = MEASURES[measured[0]][0]
        read += (
            f", comparing {', '.join(measured[:-1])} and {measured[-1]} in {base} and a "
            "measurement said exactly as "
            "rounded to its last digit (a converted figure is rounded)"
        )
    return read


def common(intervals: Iterable[Interval]) -> Interval | None:
    """The values all intervals share, or None when there is none (or no interval)."""
    items = list(intervals)
    if not items:
        return None
    low = max(i.low for i in items)
    high = min(i.high for i in items)
    return Interval(low, high) if low <= high else None


def hull(intervals: Iterable[Interval]) -> Interval | None:
    """The smallest interval holding all of them, or None when there is none."""
    items = list(intervals)
    if not items:
        return None
    return Interval(min(i.low for i in items), max(i.high for i in items))


def all_agree(intervals: Iterable[Interval]) -> bool:
    """Whether every interval shares one value with all the others (vacuously true)."""
    items = list(intervals)
    return not items or common(items) is not None


def stated(figure: Figure) -> float | None:
    """The specific number a figure states: its low, or its high for "up to" figures."""
    if figure.vague or figure.hedge == "vague":
        return None
    return figure.low if figure.low is not None else figure.high


_PLURAL = {"century": "centuries"}
"""Units of time not made plural by an "s" ("0.25 centuries", not "centurys")."""

CURRENCY_SIGNS: dict[str, str] = {
    "GBP": "£",
    "USD": "$",
    "EUR": "€",
    "JPY": "¥",
    "INR": "₹",
    "SGD": "S$",
    "HKD": "HK$",
    "AUD": "A$",
    "CAD": "C$",
    "NZD": "NZ$",
    "TWD": "NT$",
    "BRL": "R$",
}
"""Currencies an analyst writes with a sign before the number ("£10 million", "€2,000",
"S$3 million"); any other is written with its code before the number ("CHF 5 million")."""
_SIGNS_WRITTEN = frozenset({"$", "¥", "元"})
"""Units that are a sign the report wrote without saying which currency it is."""
_WORDS_AFTER = frozenset({"pesos", "dinars", "francs", "kroner", "shillings", "kwacha"})
"""Currency words written after the number when the report names no country for them."""


def describe(figure: Figure, *, hedged: str | None = None) -> str:
    """A figure's value as an analyst writes it, with its hedge and its unit: the one way
    every explanation, contested note and view says a value.

    A count is plain ("1,130", "about 60", "at least 150", "600–700"); a share carries its
    sign ("80%", "6 percentage points"); money its currency's sign or code, a sum of
    millions or more in words ("£10 million", "$13.5 million", "€2,000", "CHF 5 million");
    a duration or an age its unit ("8 days", "77 years", "about 1 minute"), so "a week" and
    "8 days" are never told as 1 and 8; a length, speed, weight, temperature or area its
    unit ("about 60 m", "200 ft"), so a figure in feet is never told beside one in metres
    as if both were one unit; power, energy, data, frequency and voltage their symbol
    ("40 MW"); a score, a tally or a unit in the report's own word stays a bare number
    (``shows_unit``). ``hedged`` gives the words of an "about", "at
    least" or "up to" bound as the report wrote them ("nearly", "more than")."""
    low, high = figure.low, figure.high

    def amount(value: float) -> str:
        return unit_value(value, figure)

    if figure.hedge == "range" and low is not None and high is not None:
        return span_value(low, high, figure)
    if figure.hedge == "at_least" and low is not None:
        return f"{hedged or 'at least'} {amount(low)}"
    if figure.hedge == "at_most" and high is not None:
        return f"{hedged or 'up to'} {amount(high)}"
    if figure.hedge == "about" and low is not None:
        return f"{hedged or 'about'} {amount(low)}"
    if figure.hedge == "vague" and low is not None:
        return f"an unspecified number of at least {amount(low)}"
    value = low if low is not None else high
    return amount(value) if value is not None else "an unstated number"


def span_value(low: float, high: float, figure: Figure | None) -> str:
    """Two ends of a span in a figure's unit: "600–700", "55–70%", "77–78 years", and
    money with its currency at both ends ("£10 million–£12 million")."""
    if figure is None:
        return f"{number(low)}–{number(high)}"
    if figure.kind == "money":
        return f"{money_value(low, figure)}–{money_value(high, figure)}"
    return f"{number(low)}–{unit_value(high, figure)}"


def unit_value(value: float, figure: Figure) -> str:
    """One value of a figure in the figure's unit, as :func:`describe` writes it: "£10
    million", "80%", "77 years", "60 m", "1,130"."""
    unit = figure.unit or ""
    if figure.kind == "money":
        return money_value(value, figure)
    if unit == "percent":
        return f"{number(value)}%"
    if unit == "percentage_point":
        return f"{number(value)} percentage point{'' if value == 1 else 's'}"
    if unit == "basis_point":
        return f"{number(value)} basis point{'' if value == 1 else 's'}"
    if figure.kind == "duration" and unit in SECONDS:
        return f"{number(value)} {unit if value == 1 else _PLURAL.get(unit, unit + 's')}"
    if shows_unit(figure) and unit:
        return f"{number(value)} {unit}"
    return number(value)


_SYMBOL_UNIT = re.compile(r"[kMGT]?(?:W|Wh|B|b|Hz|V)")
"""Units written as symbols after the number: "40 MW", "3 GWh", "2 TB", "50 Hz", "11 kV"."""


def shows_unit(figure: Figure) -> bool:
    """Whether :func:`describe` writes the figure's unit: money, a share, a duration, a
    length, speed, weight, temperature or area (``MEASURES``), or a unit written as a
    symbol ("40 MW"); a count, a score, a tally or a unit in the report's own word (a
    magnitude, "yard") is a bare number there."""
    unit = figure.unit or ""
    if not unit:
        return False
    if figure.kind == "money" or unit in {"percent", "percentage_point", "basis_point"}:
        return True
    if figure.kind == "duration":
        return unit in SECONDS
    return unit in MEASURES or _SYMBOL_UNIT.fullmatch(unit) is not None


def money_value(value: float, figure: Figure) -> str:
    """A sum in its currency as an analyst writes it: the sign before the number for the
    currencies that have one ("£10 million", "$13.5 million", "€2,000"), a sign the report
    wrote without saying whose it is as written ("$5 million"), pence and currency words
    after it ("85p", "50 cents"), any other code before it ("CHF 5 million")."""
    unit = figure.unit or ""
    code = figure.currency or unit
    shown = _scaled(value)
    if unit == "GBp":
        return f"{shown}p"  # pence, whatever currency they are a part of
    if unit == "cent":
        return f"{shown} cent{'' if value == 1 else 's'}"
    if code in CURRENCY_SIGNS:
        return f"{CURRENCY_SIGNS[code]}{shown}"
    if unit in _SIGNS_WRITTEN:
        return f"{unit}{shown}"
    if unit in _WORDS_AFTER:
        return f"{shown} {unit}"
    return f"{code} {shown}" if code else shown


def _scaled(value: float) -> str:
    """A sum of millions or more in words, to two decimals at most ("10 million", "13.5
    million", "2.25 billion"); else, or when it needs more decimals, in digits."""
    for scale in (1e12, 1e9, 1e6):
        if math.isfinite(value) and abs(value) >= scale:
            short = value / scale
            if abs(round(short, 2) - short) <= 1e-9 * abs(short):
                return f"{number(round(short, 2))} {_SCALE_WORDS[scale]}"
            break
    return number(value)


def range_unit(figures: Iterable[Figure]) -> Figure | None:
    """The figure whose unit a measure's range is given in, for showing the range: its
    figures' one unit, the finest unit of duration they are said in, or the unit most of
    them give a length, speed, weight, temperature or area in (the first named on a tie);
    None when they give other units that differ (a sum and its conversion)."""
    items = list(figures)
    units = {f.unit for f in items}
    if len(units) == 1:
        return items[0]
    timed = [f for f in items if f.kind == "duration" and f.unit in SECONDS]
    if timed and len(timed) == len(items):
        return min(timed, key=lambda f: SECONDS[f.unit or ""])
    measured = [f.unit for f in items if f.unit in MEASURES]
    if measured and len(measured) == len(items):
        most = max(dict.fromkeys(measured), key=measured.count)
        return next(f for f in items if f.unit == most)
    return None


def range_value(low_high: tuple[float | None, float | None] | None, figure: Figure | None) -> str:
    """A group's range in its unit (``range_unit``): "600–700", "77–78 years", "at least
    £10 million", "up to 8,000", "150", or "—"."""
    if low_high is None:
        return "—"
    low, high = low_high

    def amount(value: float) -> str:
        return unit_value(value, figure) if figure is not None else number(value)

    if low is not None and high is not None:
        return amount(low) if low == high else span_value(low, high, figure)
    if low is not None:
        return f"at least {amount(low)}"
    if high is not None:
        return f"up to {amount(high)}"
    return "—"


def describe_said(figure: Figure, text: str) -> str:
    """The value as :func:`describe` says it, with the hedge in the report's own words
    when the figure's text opens with one of the same bound right before its number
    ("nearly 100", "more than 4,000", "fewer than 10"), or with a word that tells it close
    below its number ("just under 100"; a verb of coming close to it, "the crowd neared
    100", as "close to 100") or no more than it ("just 100", "as high as 300"), as
    :func:`interval_of` reads them: a figure read as "about" only for its verb is never
    shown as "about 100".

    Args:
        figure: The figure as read from a report.
        text: The text the figure was read from (the claim's span), with the word before it
            that caps its number when known (:func:`told_words`).
    """
    hedged = own_hedge(figure, text)
    below = close_below(figure, text) if hedged is None else None
    if below is not None:
        hedged = "close to" if _VERB_OF_NEARING.match(below) else below
    capped = no_more(figure, text)
    if capped is not None:
        return f"{capped} {describe(figure)}"
    return describe(figure, hedged=hedged)


_VERB_OF_NEARING = re.compile(r"near(?:ed|s|ing)|approach", re.IGNORECASE)
"""The verbs of coming close to a mark among ``CLOSE_BELOW``: "neared 100" is said "close
to 100", as no hedge word of the report's stands before the number."""


def own_hedge(figure: Figure, text: str) -> str | None:
    """The hedge words a figure's text opens with right before its number, in lower case,
    when they set the bound the figure was read with ("nearly", "more than", "no more
    than"; the figure reader's own table of hedges); else None. "nearly 100" and "about
    100" set one bound, but a reader told "about 100" of a report that wrote "nearly 100"
    hears a figure that may lie above 100."""
    found = opening_hedge(text)
    if found is None and not _DIGIT.search(text):
        # A number in words ("at least two people", "more than a dozen cities"): the hedge
        # before it, read as before a number in digits.
        word = _NUMBER_WORD.search(text)
        if word is not None:
            found = opening_hedge(f"{text[: word.start()]}1{text[word.end() :]}")
    if found is None or found[1] != figure.hedge:
        return None
    return found[0].casefold()


_DIGIT = re.compile(r"[0-9]")
_NUMBER_WORD = re.compile(
    r"\b(?:an?\s+)?(?:"
    + "|".join(
        sorted(
            (*UNITS, *TEENS, *TENS, "dozen", "hundred", "thousand", "million", "billion"),
            key=len,
            reverse=True,
        )
    )
    + r")\b",
    re.IGNORECASE,
)
"""A number written in words, with its article ("a dozen"), as a figure's words may open
with one after their hedge."""


def number(value: float) -> str:
    """A number with thousands separators and no needless decimals."""
    if math.isinf(value):
        return "unbounded"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
