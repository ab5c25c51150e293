"""Find every number in a text that reports a quantity, with its hedge and unit.

``find_quantities`` is the first half of figure extraction: it finds the number phrase
("up to 8,000", "between 600 and 700", "dozens") and reads its value; a later stage attaches
the counted noun, the speaker and the scope from the parse. Regexes and word tables only, so
it runs without a model and every decision can be read here.

How a phrase becomes a value
============================

=====================================  ===========  ==========  ==========  ===============
phrase                                 hedge        low         high        note
=====================================  ===========  ==========  ==========  ===============
"8,000", "one hundred", "a dozen"      exact        8000        8000
"about/around/approximately/roughly/   about        150         150         as REPORT_FORMAT
some/close to/an estimated 150"                                              "around 150"
"nearly/almost/near 150"               about        150         150         see (1)
"150 or so"                            about        150         150
"at least/more than/over/above/in      at_least     1000        null        see (2)
excess of/upwards of 1000", "1000+",
"1000 or more"
"up to/as many as/at most/no more      at_most      null        10          see (2)
than/fewer than/less than/under/
below 10", "10 or fewer"
"between 600 and 700", "600-700",      range        600         700         see (3)
"600 to 700", "from 600 to 700"
vague amounts (table below)            vague        floor       null        vague=True
fractions (table below)                as written   percent     percent     kind "percent"
=====================================  ===========  ==========  ==========  ===============

(1) "nearly 270,000" is kept at the stated value with hedge "about", not turned into an upper
    bound: reporters use "nearly" for a rounded figure, and the stated number is what a
    reader would compare with other sources.
(2) Strict and non-strict bounds both keep the stated number: "more than 1,000" gives low 1000,
    "fewer than 10" gives high 10 (not 1001 or 9). The bound is what the source said; ``text``
    keeps the wording for anyone who needs the strict reading.
(3) A range with a vague end ("from a dozen to several hundred") is vague: low is the floor
    of its lower end, high is null.

Vague amounts get a conservative floor, as casualty recorders take the lowest reading of
"dozens"; the ceiling is left open (null) because usage varies too much to pin one:

=====================================================  ===============
phrase                                                 low (floor)
=====================================================  ===============
"a handful"                                            2
"tens" (of)                                            20
"dozens", "several dozen", "a few dozen"               24
"scores" (of)                                          40
"hundreds", "several/a few/many hundred(s)"            200
"thousands", "several thousand"                        2,000
"tens of thousands"                                    20,000
"hundreds of thousands"                                200,000
"millions", "several million"                          2,000,000
"tens of millions" / "hundreds of millions"            20,000,000 / 200,000,000
"billions"                                             2,000,000,000
=====================================================  ===============

"several" or "a few" alone ("several sources") is not returned: it has no number word to
anchor a floor.

Fractions are shares, so they read as percentages (kind "percent", unit "percent", value
rounded to one decimal) with the hedge as written: "about a quarter" is about 25, "more than
half of" is at least 50, "two-thirds" is exactly 66.7:

==========================================================  ===============
phrase                                                      value (percent)
==========================================================  ===============
"half of", "half the"                                       50
"a/one third", "two-thirds"                                 33.3, 66.7
"a/one quarter", "three quarters"                           25, 75
"a fifth" ... "nine tenths" (any numerator one to nine)     numerator / denominator
==========================================================  ===============

A fraction needs a numerator ("a", "an", "one" ... "nine"), except "half", and must be
followed by "of", a determiner ("half the town") or the end of a clause ("about a quarter, of
its ..."; "a third."); so "a third term", "the third quarter", "the second half" and "cut
by half" are not fractions. A fraction of a time or a scale ("a quarter of an hour", "half of
the year", "a quarter of a million") is not a share and is left out.

Kinds and units
===============
``kind`` is "count" (unit null), "percent" (unit "percent"; "percentage points" gives unit
"percentage_point"), "money" (unit "USD", "EUR", "GBP", "CAD", "AUD", "SYP"; value scaled by
million, billion, "m", "bn", "k"), "area" ("km2", "m2", "mi2", "ft2", "ha", "acre"),
"length" ("km", "mi", "m", "cm", "mm", "in", "ft"), "mass" ("kg", "t", "lb"), "data" ("GB",
"MB", "TB") or "duration" ("125 days", "4-month", "the past two weeks": unit "second",
"minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "year", "decade",
"century"). A number followed by one of these units is always a duration, whatever follows it
("two nights on the roof", "75 hours of video"): durations are time spans, not counts of
things, and they are returned so the next stage can read them as the time scope of a claim,
never as a claim of their own. Units not
listed here ("45 degrees", "77 cents") leave the number as a count; the next stage sees the
noun.

A range needs two numbers of one kind joined by "to", "-", "–", "or", or "and" after
"between"; "from X to Y" after a verb of change ("rose from 200 to 300") is two numbers, and
"5.9% to $67" is two numbers of different kinds. The scale of the upper end applies to the
lower one when the lower has none: "10 to 20 million" is 10,000,000 to 20,000,000.

What is not a quantity
======================
Dates and years ("11 June 2017", "Oct. 8, 2017", "the 21st of September", "since 2014",
"until at least 2007"; a bare 1800-2099 is a year unless a countable noun follows it, as in
"2000 people"), clock times ("02:27 GMT"), ages ("a 54-year-old", "under the age of
eighteen"), ordinals ("21st", "first"), numbers inside names ("Raqqa 24", "Raqqa24", "G20",
"COVID-19", "Channel 4", "iPhone 4", "Ford Five Hundred": digits, or a capitalised number
word, after a capitalised word and not followed by a countable noun), versions ("1.1.1"),
clipped years ("'11"), ratios ("50/50"), phone numbers, list numbering ("1." at the start of
a line), a number alone on its line (page furniture such as a comment counter), numbers in
photo credits, and "one" used as a pronoun ("no one", "one of the", "the one who", "a good
one").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from triangulate.claims.numwords import read_word_number
from triangulate.nlp.words import case_key

Hedge = Literal["exact", "about", "at_least", "at_most", "range", "vague"]
Kind = Literal["count", "percent", "money", "area", "length", "mass", "data", "duration"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """A number phrase that reports a quantity.

    ``text`` equals ``source[start:end]`` and covers the whole phrase, hedge and unit
    included ("up to 8,000", "more than 80%", "about 125 days"). ``low <= high`` whenever both
    are set; which of them is set follows ``hedge`` (see the module docstring).
    """

    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    hedge: Hedge
    unit: str | None
    kind: Kind
    vague: bool


# --------------------------------------------------------------------------------------------
# Regions that never hold a quantity: dates, times, phone numbers, photo credits.

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![A-Za-z])"
)
_DAY = r"[0-9]{1,2}(?:st|nd|rd|th)?"
_YEAR = r"[0-9]{4}(?![0-9])"
# Months are matched case-sensitively: "may" and "march" are also verbs.
_DATE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?<![0-9]){_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?"),
    re.compile(rf"{_MONTH}\s+{_DAY}(?![0-9])(?:,?\s+{_YEAR})?"),
    re.compile(rf"{_MONTH},?\s+{_YEAR}"),
    re.compile(r"(?<![0-9])[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])"),
    re.compile(r"(?<![0-9])[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}(?![0-9])"),
    re.compile(r"(?<![0-9.])[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}(?![0-9])"),
    # "2016-17", "2016/17": a season or fiscal year, not a range of counts.
    re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}[-–/][0-9]{2}(?![0-9])"),
)
_TIME_RES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"(?<![0-9])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*[ap]\.?m\.?)?"
        r"(?:\s*(?:GMT|UTC|[A-Z]{2,4}T)(?:[+-][0-9]{1,2})?)?",
        re.IGNORECASE,
    ),
    re.compile(r"(?<![0-9.])[0-9]{1,2}(?:\.[0-9]{2})?\s*(?:[ap]\.m\.|[ap]m\b)", re.IGNORECASE),
    re.compile(r"(?<![0-9])[0-9]{1,2}\s+o['’]clock\b", re.IGNORECASE),
    re.compile(r"(?<![0-9])[0-9]{4}\s*(?:GMT|UTC)\b"),
)
_PHONE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\+[0-9]{1,3}[\s.-]?(?:\(?[0-9]{1,4}\)?[\s.-]?){2,5}[0-9]{2,4}"),
    re.compile(r"\([0-9]{2,4}\)\s*[0-9]{3,4}[\s.-][0-9]{3,4}"),
    re.compile(r"(?<![0-9])[0-9]{3}[.-][0-9]{3,4}[.-][0-9]{4}(?![0-9])"),
)
_CREDIT_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\((?:Photos?|Images?|Pictures?|Credits?|File\s+photo)\b[^)\n]*\)", re.IGNORECASE),
    re.compile(r"^(?:Photos?|Images?|Pictures?|Credits?)\s*:.*$", re.IGNORECASE | re.MULTILINE),
    re.compile(r"©[^\n]*"),
)


# Every month name above starts with one of these (matched case-sensitively, as above).
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Each pattern with the characters or words every match of it holds: a line holding none
# of them cannot match, and is not scanned for it.
_BLOCKERS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (pattern, re.compile("|".join(map(re.escape, needs))))
    for pattern, needs in zip(
        (*_DATE_RES, *_TIME_RES, *_PHONE_RES, *_CREDIT_RES),
        (
            *(_MONTH_STEMS,) * 3,  # the three date forms with a month name
            ("-",),
            ("/",),
            (".",),
            ("-", "–", "/"),
            (":",),  # clock times
            ("m", "M"),  # "a.m.", "pm"
            ("'", "’"),  # "o'clock"
            ("GMT", "UTC"),
            ("+",),  # phone numbers
            ("(",),
            (".", "-"),
            ("(",),  # photo credits
            (":",),
            ("©",),
        ),
        strict=True,
    )
)


def _blocked(text: str) -> bytearray:
    """One flag per character: 1 where a date, time, phone number or credit sits."""
    mask = bytearray(len(text))
    for pattern, needs in _BLOCKERS:
        if not needs.search(text):
            continue
        for m in pattern.finditer(text):
            mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return mask


# --------------------------------------------------------------------------------------------
# Atoms: one number each, before hedges, ranges and units are attached.

_VAGUE_FLOORS: dict[str, float] = {
    "handful": 2,
    "tens": 20,
    "dozen": 24,
    "dozens": 24,
    "scores": 40,
    "hundred": 200,
    "hundreds": 200,
    "thousand": 2_000,
    "thousands": 2_000,
    "million": 2_000_000,
    "millions": 2_000_000,
    "billion": 2_000_000_000,
    "billions": 2_000_000_000,
}
# Each scanning pattern below opens with a look-ahead on the first letters its words can
# start with: it matches nothing more or less, but lets most word starts fail at once.
_VAGUE_RE = re.compile(
    r"\b(?=[abdhmst])(?:"
    r"(?P<outer>tens|hundreds|dozens)\s+of\s+(?P<inner>thousands|millions|billions)"
    r"|(?:several|a\s+few|a\s+couple\s+of|many)\s+(?P<scale>dozen|hundred|thousand|million|billion)s?"
    r"|a\s+(?P<handful>handful)"
    r"|(?P<plural>dozens|hundreds|thousands|millions|billions)"
    r"|(?P<of>scores|tens)(?=\s+of\b)"
    r")\b",
    re.IGNORECASE,
)
_DIGITS_RE = re.compile(
    r"(?<![\w.,])(?:[0-9]{1,3}(?:[,\u00a0\u202f\u2009][0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?![0-9])"
)
_WORD_START_RE = re.compile(
    r"\b(?=[abdefhmnostz])(?:half\s+an?\s+|an?\s+)?(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
    r"trillion|dozen)\b",
    re.IGNORECASE,
)
_FRACTION_DENOMINATORS: dict[str, int] = {
    "half": 2,
    "third": 3,
    "quarter": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_FRACTION_NUMERATORS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
# What may follow a fraction: "of", a determiner, or the end of a clause (module docstring).
_FRACTION_FOLLOW = (
    r"(?=\s*,?\s+of\b|\s+(?:the|its|their|his|her|our|all|those|these|them)\b"
    r"|\s*[.;:)](?:\s|$))"
)
_FRACTION_RE = re.compile(
    r"\b(?=[aefhnost])(?:(?P<num>an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?P<den>half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
    r"|(?P<half>half))\b" + _FRACTION_FOLLOW,
    re.IGNORECASE,
)
# "the second half", "by half": "half" after these words is no share of anything.
_HALF_NOT_AFTER_RE = re.compile(
    r"\b(?:the|a|an|first|second|other|latter|former|last|next|this|that|one|by|in|and)\s+$",
    re.IGNORECASE,
)
# "a quarter of an hour", "half of the year", "a quarter of a million": not a share.
_FRACTION_OF_UNIT_RE = re.compile(
    r"\s*,?\s+of\s+(?:an?|the|one)\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|"
    r"months?|years?|decades?|century|mile|kilomet(?:re|er)|dozen|hundred|thousand|million|"
    r"billion)\b",
    re.IGNORECASE,
)
_SCALE_AFTER_RE = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.IGNORECASE)
# "5m", "2bn", "10k" glued to the digits are scales; "5 m" with a space is more likely metres.
_GLUED_SCALE_RE = re.compile(r"(bn|mn|m|k)(?![A-Za-z0-9²])")
# After a currency sign a spaced "bn"/"mn" is still a scale: "$4 bn".
_SHORT_SCALE_RE = re.compile(r"\s(bn|mn)(?![A-Za-z])", re.IGNORECASE)
_SCALES: dict[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}
# Letters allowed straight after digits: units ("2km²", "80%" is not a letter). Anything else
# ("21st", "1990s", "3D", "5G") means the digits are not a count.
_GLUED_UNIT_RE = re.compile(
    r"(?:km²|km2|km|m²|m2|ha|bn|mn|m|k|kg|cm|mm|ft|lbs?|GB|MB|TB|KB|kB)(?![A-Za-z])"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Atom:
    start: int
    end: int
    value: float  # scaled value, or the floor of a vague amount
    raw: float  # value before a scale word ("20" in "20 million")
    factor: float = 1  # the scale word's factor ("million": 1e6), 1 without one

    @property
    def scaled(self) -> bool:
        """Whether a scale word ("million", "bn") was read with the number."""
        return self.factor != 1

    form: Literal["digits", "word", "vague", "fraction"]


_SEPARATOR_RE = re.compile(r"[,\u00a0\u202f\u2009]")


def _tidy(value: float) -> float:
    """An integral value as int, so 8,000 and "eight thousand" both read as 8000, not 8000.0."""
    return int(value) if float(value).is_integer() and abs(value) < 1e18 else value


def _number(token: str) -> float:
    """The value of a digit string with thousands separators."""
    return _tidy(float(_SEPARATOR_RE.sub("", token)))


def _vague_floor(m: re.Match[str]) -> float:
    """The documented floor of a vague amount."""
    if m.group("outer"):
        outer, inner = case_key(m.group("outer")), case_key(m.group("inner"))
        return _VAGUE_FLOORS[outer] / 2 * _VAGUE_FLOORS[inner]
    if m.group("scale"):
        return _VAGUE_FLOORS[case_key(m.group("scale"))]
    if m.group("handful"):
        return _VAGUE_FLOORS["handful"]
    return _VAGUE_FLOORS[case_key(m.group("plural") or m.group("of") or "")]


def _fraction(text: str, at: int) -> _Atom | None:
    """A fraction starting at ``at`` ("a quarter", "two-thirds", "half of"), as a percentage."""
    m = _FRACTION_RE.match(text, at)
    if m is None or _FRACTION_OF_UNIT_RE.match(text, m.end()):
        return None
    if m.group("half"):
        if _HALF_NOT_AFTER_RE.search(text, max(0, at - 20), at):
            return None
        numerator, denominator = 1, 2
    else:
        numerator = _FRACTION_NUMERATORS[case_key(m.group("num"))]
        den = case_key(m.group("den"))
        denominator = _FRACTION_DENOMINATORS[den[:-1] if den.endswith("s") else den]
    if numerator >= denominator:
        return None
    value = _tidy(round(100 * numerator / denominator, 1))
    return _Atom(start=at, end=m.end(), value=value, raw=value, form="fraction")


def _atoms(text: str) -> Iterator[_Atom]:
    """Every number in the text, left to right, without overlaps."""
    patterns = (_VAGUE_RE, _DIGITS_RE, _WORD_START_RE, _FRACTION_RE)
    # The next match of each pattern, searched again only once passed: searching all three
    # from every position would rescan the rest of a long text for each number.
    ahead: list[re.Match[str] | None] = [p.search(text) for p in patterns]
    pos = 0
    while pos < len(text):
        for k, pattern in enumerate(patterns):
            nxt = ahead[k]
            if nxt is not None and nxt.start() < pos:
                ahead[k] = pattern.search(text, pos)
        candidates = [m for m in ahead if m is not None]
        if not candidates:
            return
        first = min(candidates, key=lambda m: m.start())
        at = first.start()
        atom: _Atom | None = None
        vague = _VAGUE_RE.match(text, at)
        digits = _DIGITS_RE.match(text, at)
        fraction = _fraction(text, at)
        if fraction is not None:
            atom = fraction
        elif vague:
            floor = _vague_floor(vague)
            atom = _Atom(start=at, end=vague.end(), value=floor, raw=floor, form="vague")
        elif digits:
            raw = _number(digits.group())
            end = digits.end()
            factor: float = 1
            scale = _SCALE_AFTER_RE.match(text, end) or _GLUED_SCALE_RE.match(text, end)
            if scale:
                factor, end = _SCALES[case_key(scale.group(1))], scale.end()
            atom = _Atom(
                start=at,
                end=end,
                value=_tidy(raw * factor),
                raw=raw,
                factor=factor,
                form="digits",
            )
        else:
            word = read_word_number(text, at)
            if word is not None:
                atom = _Atom(
                    start=at,
                    end=word.end,
                    value=word.value,
                    raw=word.value,
                    form="word",
                )
        if atom is None:
            # Step one character, not past the match: in "a ten percent share" the failed
            # start "a ten" hides the number "ten".
            pos = at + 1
            continue
        yield atom
        pos = atom.end


# --------------------------------------------------------------------------------------------
# Context tests on single atoms.

# Capitalised words that start a sentence before a count ("About 300", "Some 40"), so the
# digits after them are not part of a name. A word list reads best as prose.
_CAPITALISED_NOT_NAME = frozenset(
    """about around approximately roughly some nearly near almost close estimated an a the only
    just over under above below up at in on by for of with since to from between and but or
    including killing leaving all another exactly those these than more less fewer least most
    when while after before during until there here what which who whom where as if so yet
    nor then that this its their our his her were was are is had has have toll total""".split()  # noqa: SIM905
)
_COUNT_NOUN_RE = re.compile(
    r"\s+(?:[a-z]+s\b|people\b|children\b|women\b|men\b|police\b|personnel\b|staff\b|"
    r"of\b|per\b|percent\b|%|militia\b|civilian\b|fighter\b)"
)
# Words ending in "s" that are not plural nouns; reporting verbs matter most, since a name
# with a number is often the subject of one ("Harbour 24 reports").
_NOT_PLURAL = frozenset(
    {
        "was",
        "is",
        "has",
        "as",
        "his",
        "its",
        "this",
        "thus",
        "us",
        "does",
        "says",
        "reports",
        "claims",
        "states",
        "writes",
        "notes",
        "adds",
        "shows",
        "airs",
        "runs",
        "applies",
        "confirms",
        "tweets",
        "posts",
        "publishes",
        "broadcasts",
        "covers",
        "remains",
        "goes",
    }
)
_YEAR_PREP_RE = re.compile(
    r"\b(?:in|since|until|till|by|of|during|from|early|late|mid|before|after|year|spring|"
    r"summer|autumn|fall|winter|through|to|and|between|circa|c\.)\s*-?\s*$",
    re.IGNORECASE,
)
_AGE_BEFORE_RE = re.compile(
    r"\b(?:age[ds]?|aged\s+between|ages\s+between)\s+(?:of\s+)?(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
# "one" after a determiner, or after an article and an adjective, is a pronoun: "no one",
# "the one", "the last one", "a good one", "a much-needed one".
_ONE_BEFORE_RE = re.compile(
    r"\b(?:(?:no|any|every|each|the|this|that|which|what|such|another|some|either|neither|"
    r"last|previous|next|other|latest|new|old|right|wrong|big|small|little|single)"
    r"|(?:a|an|the)\s+[a-z][\w-]*)\s+$",
    re.IGNORECASE,
)
# ... and so is "one" before "of", a relative pronoun or a modal: "one of the", "one who",
# "one must". A bare "one," stays a count ("they killed one, wounded four").
_ONE_AFTER_RE = re.compile(
    r"(?:\s*(?:of|another|who|whom|whose|which|that|can|could|must|should|would|might|may|"
    r"will|shall)\b|[’']s\b)",
    re.IGNORECASE,
)
_REF_BEFORE_RE = re.compile(r"(?:#|\bNo\.\s*|\bNos\.\s*|\bnumber\s+)$", re.IGNORECASE)
# A word with a capital letter anywhere, so "iPhone 4" and "iOS 5" count as names too.
_NAME_WORD_RE = re.compile(r"(?:^|(?<=[\s(\"“‘'/`]))([A-Za-z]*[A-Z][\w’'.&-]*)[ \u00a0]$")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\"“”'‘’(\[–—-]|\n)\s*$")


_RATIO_AFTER_RE = re.compile(r"/[0-9]")
_RATIO_BEFORE_RE = re.compile(r"[0-9]/$")
_VERSION_AFTER_RE = re.compile(r"\.[0-9]")
_LIST_MARK_RE = re.compile(r"[.)](?:\s|$)")


def _next_word_is_count_noun(text: str, end: int) -> bool:
    """Whether a countable noun (or "of"/"per cent") follows ``end``."""
    m = _COUNT_NOUN_RE.match(text, end)
    if not m:
        return False
    return m.group().strip().lower() not in _NOT_PLURAL


def _atom_is_excluded(text: str, atom: _Atom, mask: bytearray) -> bool:
    """Whether an atom sits in a date, name, age, list number or other non-quantity."""
    if any(mask[atom.start : atom.end]):
        return True
    before = text[max(0, atom.start - 40) : atom.start]
    after = text[atom.end : atom.end + 40]
    if atom.form == "digits":
        prev = text[atom.start - 1] if atom.start else ""
        prev2 = text[atom.start - 2] if atom.start > 1 else ""
        # "Raqqa24", "G20", "ديرالزور24", "COVID-19", "F-16": the digits belong to a name.
        if prev.isalpha() or (prev == "-" and prev2.isalpha()):
            return True
        if after[:1].isalpha() and not _GLUED_UNIT_RE.match(after):
            return True  # "21st", "1990s", "3D"
        if prev == "(" and (prev2.isalnum() or prev2 == "_") and after[:1] == ")":
            return True  # "alert(2)", "Fig(3)": code or a reference mark, glued to a word
        if _REF_BEFORE_RE.search(before):
            return True
        if _RATIO_AFTER_RE.match(after) or _RATIO_BEFORE_RE.search(before):
            return True  # a ratio or score such as "50/50", not a count
        if _VERSION_AFTER_RE.match(after):
            return True  # a version such as "1.1.1"
        if prev and prev in "'’" and atom.end - atom.start == 2:
            return True  # a clipped year: "iLife '11", "the class of ’98"
        # Look no further than 200 characters: enough to see a short line, and it keeps
        # a text without line breaks linear.
        line_start = text.rfind("\n", max(0, atom.start - 200), atom.start) + 1
        if line_start == 0 and atom.start > 200:
            line_start = atom.start - 200
        line_end = text.find("\n", atom.end, atom.end + 200)
        line_end = min(len(text), atom.end + 200) if line_end < 0 else line_end
        head = text[line_start : atom.start]
        tail = text[atom.end : line_end]
        if not head.strip() and (not tail.strip() or _LIST_MARK_RE.match(tail)):
            return True  # a number alone on its line, or list numbering "1. ", "2) "
        if _is_name_number(text, atom, before):
            return True
    if _AGE_BEFORE_RE.search(before):
        return True
    if atom.form == "word" and _is_name_words(text, atom, before):
        return True
    return atom.form == "word" and _is_pronoun_one(text, atom, before)


def _is_name_number(text: str, atom: _Atom, before: str) -> bool:
    """Whether digits after a capitalised word are part of a name ("Raqqa 24", "iPhone 4")."""
    if atom.scaled or "," in text[atom.start : atom.end]:
        return False
    m = _NAME_WORD_RE.search(before)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    if word in _CAPITALISED_NOT_NAME:
        return False
    if _DURATION_RE.match(text, atom.end) or any(
        p.match(text, atom.end) for p, _, _ in _UNIT_AFTER
    ):
        return False  # "Syria 2 km²": a measure after a place name, not a name
    # A count after a proper noun is rare ("Tuesday 40 people"); accept it only when a
    # countable noun follows, otherwise the number most likely belongs to the name.
    return not _next_word_is_count_noun(text, atom.end)


def _is_name_words(text: str, atom: _Atom, before: str) -> bool:
    """Whether a capitalised number word inside a name ("Ford Five Hundred", "Big Three")."""
    if not text[atom.start].isupper() or _SENTENCE_START_RE.search(before):
        return False
    m = _NAME_WORD_RE.search(before)
    if not m or m.group(1).rstrip(".").lower() in _CAPITALISED_NOT_NAME:
        return False
    return not _next_word_is_count_noun(text, atom.end)


def _is_pronoun_one(text: str, atom: _Atom, before: str) -> bool:
    """Whether a bare "one" is a pronoun ("no one", "one of the", "the one who")."""
    if text[atom.start : atom.end].lower() != "one":
        return False
    return bool(_ONE_BEFORE_RE.search(before) or _ONE_AFTER_RE.match(text, atom.end))


# --------------------------------------------------------------------------------------------
# Assembling a quantity: range, currency, unit, hedge.

_HEDGES: tuple[tuple[str, Hedge], ...] = (
    (r"no\s+(?:more|greater)\s+than", "at_most"),
    (r"not\s+(?:more|greater)\s+than", "at_most"),
    (r"no\s+(?:fewer|less)\s+than", "at_least"),
    (r"not\s+(?:fewer|less)\s+than", "at_least"),
    (r"just\s+(?:over|above)", "at_least"),
    (r"just\s+(?:under|below)", "at_most"),
    (r"at\s+least", "at_least"),
    (r"more\s+than", "at_least"),
    (r"greater\s+than", "at_least"),
    (r"in\s+excess\s+of", "at_least"),
    (r"upwards\s+of", "at_least"),
    (r"a\s+minimum\s+of", "at_least"),
    (r"over", "at_least"),
    (r"above", "at_least"),
    (r"up\s+to", "at_most"),
    (r"as\s+many\s+as", "at_most"),
    (r"as\s+much\s+as", "at_most"),
    (r"at\s+most", "at_most"),
    (r"a\s+maximum\s+of", "at_most"),
    (r"fewer\s+than", "at_most"),
    (r"less\s+than", "at_most"),
    (r"under", "at_most"),
    (r"below", "at_most"),
    (r"about", "about"),
    (r"around", "about"),
    (r"approximately", "about"),
    (r"approx\.", "about"),
    (r"roughly", "about"),
    (r"some", "about"),
    (r"nearly", "about"),
    (r"near", "about"),
    (r"almost", "about"),
    (r"close\s+to", "about"),
    (r"an\s+estimated", "about"),
    (r"estimated", "about"),
    (r"circa", "about"),
)
_HEDGE_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<h{i}>{p})" for i, (p, _) in enumerate(_HEDGES)) + r")\s+$",
    re.IGNORECASE,
)
_HEDGE_AFTER_RE = re.compile(
    r"(?:\s+or\s+(?P<more>more|over|above)\b|\s+or\s+(?P<less>fewer|less|under)\b"
    r"|\s+or\s+(?P<so>so)\b|(?P<plus>\+|-plus\b)(?![0-9]))",
    re.IGNORECASE,
)
_CURRENCY_BEFORE_RE = re.compile(
    r"(?:(?P<USD>US\s?\$|U\.S\.\s?\$|\$|USD)|(?P<EUR>€|EUR)|(?P<GBP>£|GBP)"
    r"|(?P<CAD>CA?\$|CAD)|(?P<AUD>AU?\$|AUD))\s?$"
)
_CURRENCY_SIGN = r"(?:(?:US|CA?|AU?)\s?\$|\$|€|£)"
_RANGE_JOIN_RE = re.compile(
    r"\s*(?:%|\s?per\s?cent|\s?percent)?\s*(?P<join>-|–|—|\bto\b|\band\b|\bor\b)\s*"
    rf"(?:{_CURRENCY_SIGN}\s?)?$",
    re.IGNORECASE,
)
_RANGE_OPEN_RE = re.compile(rf"\b(?P<open>between|from)\s+(?:{_CURRENCY_SIGN}\s?)?$", re.IGNORECASE)
_CHANGE_VERB_RE = re.compile(
    r"\b(?:rose|risen|rising|rises|rise|increased?|increasing|fell|fallen|falling|falls|"
    r"dropped|dropping|drops|declined?|declining|grew|grown|growing|jumped|jumping|climbed|"
    r"climbing|went|gone|going|reduced|cut|raised|soared|plunged|surged|doubled|tripled|"
    r"shrank|swelled|revised|updated|changed|moved)\b(?:\s+\S+){0,6}\s+$",
    re.IGNORECASE,
)
_UNIT_AFTER: tuple[tuple[re.Pattern[str], Kind, str], ...] = (
    (re.compile(r"\s?(?:%|per\s?cent\b|percent\b|pct\b)", re.IGNORECASE), "percent", "percent"),
    (
        re.compile(r"\s+percentage\s+points?\b", re.IGNORECASE),
        "percent",
        "percentage_point",
    ),
    (
        re.compile(
            r"\s?(?:km²|km2\b|sq\.?\s?km\b|square\s+kilomet(?:re|er)s?\b|square\s+kms?\b)",
            re.IGNORECASE,
        ),
        "area",
        "km2",
    ),
    (
        re.compile(r"\s?(?:m²|m2\b|square\s+met(?:re|er)s?\b|sq\.?\s?m\b)", re.IGNORECASE),
        "area",
        "m2",
    ),
    (re.compile(r"\s+(?:square\s+miles?|sq\.?\s?mi(?:les?)?)\b", re.IGNORECASE), "area", "mi2"),
    (
        re.compile(r"\s+(?:square\s+f(?:oo|ee)t\b|sq\.?\s?ft\b)", re.IGNORECASE),
        "area",
        "ft2",
    ),
    (re.compile(r"\s?(?:hectares?\b|ha\b)", re.IGNORECASE), "area", "ha"),
    (re.compile(r"\s+acres?\b", re.IGNORECASE), "area", "acre"),
    (re.compile(r"\s?(?:km\b|kilomet(?:re|er)s?\b)", re.IGNORECASE), "length", "km"),
    (re.compile(r"\s+miles?\b", re.IGNORECASE), "length", "mi"),
    (re.compile(r"\s?met(?:re|er)s?\b", re.IGNORECASE), "length", "m"),
    (re.compile(r"\s?(?:mm\b|millimet(?:re|er)s?\b)", re.IGNORECASE), "length", "mm"),
    (re.compile(r"\s?(?:cm\b|centimet(?:re|er)s?\b)", re.IGNORECASE), "length", "cm"),
    (re.compile(r"(?:\s+|-)inch(?:es)?\b", re.IGNORECASE), "length", "in"),
    (re.compile(r"\s?(?:feet|foot|ft)\b", re.IGNORECASE), "length", "ft"),
    (re.compile(r"\s?(?:kg\b|kilo(?:gram(?:me)?)?s\b)", re.IGNORECASE), "mass", "kg"),
    (re.compile(r"\s+(?:tonnes?|metric\s+tons?|tons?)\b", re.IGNORECASE), "mass", "t"),
    (re.compile(r"\s?lbs?\b", re.IGNORECASE), "mass", "lb"),
    (re.compile(r"\s?(?:GB\b|gigabytes?\b)", re.IGNORECASE), "data", "GB"),
    (re.compile(r"\s?(?:MB\b|megabytes?\b)", re.IGNORECASE), "data", "MB"),
    (re.compile(r"\s?(?:TB\b|terabytes?\b)", re.IGNORECASE), "data", "TB"),
    (
        re.compile(r"\s+(?:of\s+)?(?:US\s+|U\.S\.\s+|American\s+)?dollars\b", re.IGNORECASE),
        "money",
        "USD",
    ),
    (re.compile(r"\s+(?:of\s+)?euros?\b", re.IGNORECASE), "money", "EUR"),
    (re.compile(r"\s+(?:of\s+)?Syrian\s+pounds\b", re.IGNORECASE), "money", "SYP"),
    (re.compile(r"\s+(?:of\s+)?(?:pounds\s+sterling|sterling)\b", re.IGNORECASE), "money", "GBP"),
)
_DURATION_RE = re.compile(
    r"(?:\s+|\s*-\s*)(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|"
    r"fortnights?|months?|years?|decades?|century|centuries)\b(?P<old>[-\s]+old\b)?",
    re.IGNORECASE,
)
_DURATION_UNITS: dict[str, str] = {"centuries": "century"}


_CURRENCY_SIGN_RE = re.compile(r"[$€£]")
_PERCENT_RE = re.compile(r"%|per\s?cent", re.IGNORECASE)
# "two-thirds", "5-star", "one-sided" ("-strong" is a count: "a 300-strong force").
_HYPHENATED_RE = re.compile(r"-(?!strong\b)[A-Za-z]")
_YEAR_DIGITS_RE = re.compile(r"(?:1[89]|20)[0-9]{2}")


def _hedge_before(text: str, lo: int, at: int) -> tuple[int, Hedge] | None:
    """The hedge ending right before ``at`` (searched no further back than ``lo``)."""
    window_start = max(lo, at - 30)
    m = _HEDGE_BEFORE_RE.search(text, window_start, at)
    if not m:
        return None
    for i, (_, hedge) in enumerate(_HEDGES):
        if m.group(f"h{i}") is not None:
            return m.start(), hedge
    return None


def _range_with(text: str, first: _Atom, second: _Atom, lo: int) -> tuple[int, float] | None:
    """Whether two atoms form one range; returns (span start, low value) if they do."""
    between = text[first.end : second.start]
    join = _RANGE_JOIN_RE.fullmatch(between) if len(between) < 20 else None
    if not join:
        return None
    word = join.group("join").lower()
    opener = _RANGE_OPEN_RE.search(text, max(lo, first.start - 20), first.start)
    opened = opener.group("open").lower() if opener else ""
    if word == "and" and opened != "between":
        return None  # "270 children and 198 women" is a list, not a range
    if word in {"-", "–", "—"} and (first.form == "word") != (second.form == "word"):
        return None
    if (first.form == "fraction") != (second.form == "fraction"):
        return None  # "a third to 40": a share and a count
    if word == "or" and first.form == "vague":
        return None
    # Both ends must measure the same thing: "increased 5.9% to $67" is no range.
    if _CURRENCY_SIGN_RE.search(between) and not _CURRENCY_BEFORE_RE.search(
        text, max(lo, first.start - 7), first.start
    ):
        return None
    if _PERCENT_RE.search(between) and not _UNIT_AFTER[0][0].match(text, second.end):
        return None
    if (
        opened == "from"
        and opener
        and _CHANGE_VERB_RE.search(text, max(0, opener.start() - 80), opener.start())
    ):
        return None  # "rose from 200 to 300" is a change, not a range
    low = first.value
    # "10 to 20 million": the scale of the second end applies to the first.
    if second.scaled and not first.scaled and first.form == "digits" and first.raw < second.raw:
        low = first.raw * second.factor
    if first.form == "vague":
        low = first.value
    if not second.value > low and second.form != "vague":
        return None
    start = opener.start() if opener else first.start
    return start, low


@dataclass(frozen=True, slots=True, kw_only=True)
class _Built:
    quantity: Quantity | None  # None: the atoms were read and rejected (a year, an age)
    next_index: int


def _build(text: str, atoms: list[_Atom], i: int, lo: int) -> _Built:
    """The quantity that starts with ``atoms[i]``; ``lo`` is the end of the previous one."""
    first = atoms[i]
    last = first
    start = first.start
    low: float | None = first.value
    high: float | None = first.value
    vague = first.form == "vague"
    ranged = False
    used = 1
    if i + 1 < len(atoms):
        joined = _range_with(text, first, atoms[i + 1], lo)
        if joined is not None:
            second = atoms[i + 1]
            start, low = joined
            ranged, last, used = True, second, 2
            vague = vague or second.form == "vague"
            high = None if second.form == "vague" else second.value
    end = last.end
    next_start = atoms[i + used].start if i + used < len(atoms) else len(text)

    kind: Kind = "count"
    unit: str | None = None
    currency = _CURRENCY_BEFORE_RE.search(text, max(lo, first.start - 7), first.start)
    if first.form == "fraction":
        kind, unit = "percent", "percent"
    elif currency:
        kind, start = "money", min(start, currency.start())
        unit = currency.lastgroup
        short = _SHORT_SCALE_RE.match(text, end)
        if short and not last.scaled and last.form == "digits":
            factor = _SCALES[case_key(short.group(1))]
            low = None if low is None else low * factor
            high = None if high is None else high * factor
            end = short.end()
    else:
        for pattern, unit_kind, unit_name in _UNIT_AFTER:
            m = pattern.match(text, end)
            if m and m.end() <= next_start:
                kind, unit, end = unit_kind, unit_name, m.end()
                break
        else:
            duration = _DURATION_RE.match(text, end)
            if duration and duration.end() <= next_start:
                if duration.group("old"):
                    return _Built(quantity=None, next_index=i + used)  # "a 54-year-old"
                name = duration.group("unit").lower()
                kind, end = "duration", duration.end()
                unit = _DURATION_UNITS.get(name, name.rstrip("s"))

    if kind == "count" and _HYPHENATED_RE.match(text[end : end + 8]):
        return _Built(quantity=None, next_index=i + used)  # "two-thirds", "5-star", "one-sided"

    hedge: Hedge = "exact"
    before = _hedge_before(text, lo, start)
    if before is not None:
        start, hedge = before
    after = _HEDGE_AFTER_RE.match(text, end)
    if after and after.end() <= next_start and not ranged:
        end = after.end()
        hedge = (
            "at_least"
            if after.group("more") or after.group("plus")
            else "at_most"
            if after.group("less")
            else "about"
        )

    if kind == "count" and _is_year(text, atoms[i : i + used], start, end, hedged=hedge != "exact"):
        return _Built(quantity=None, next_index=i + used)

    if vague:
        hedge, high = "vague", None
    elif ranged:
        hedge = "range"
    elif hedge == "at_least":
        high = None
    elif hedge == "at_most":
        low = None
    quantity = Quantity(
        start=start,
        end=end,
        text=text[start:end],
        low=None if low is None else _tidy(low),
        high=None if high is None else _tidy(high),
        hedge=hedge,
        unit=unit,
        kind=kind,
        vague=vague,
    )
    return _Built(quantity=quantity, next_index=i + used)


def _is_year(text: str, atoms: list[_Atom], start: int, end: int, *, hedged: bool) -> bool:
    """Whether bare four-digit numbers are years ("in 2014", "until at least 2007")."""
    for atom in atoms:
        token = text[atom.start : atom.end]
        if atom.form != "digits" or not _YEAR_DIGITS_RE.fullmatch(token):
            return False
    after_prep = bool(_YEAR_PREP_RE.search(text, max(0, start - 20), start))
    if hedged:
        # "more than 2000" is a count unless a temporal preposition leads the hedge.
        return after_prep and not _next_word_is_count_noun(text, end)
    return after_prep or not _next_word_is_count_noun(text, end)


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Find every number phrase in ``text`` that reports a quantity.

    Args:
        text: Any string; a document's cleaned text.

    Returns:
        The quantities in text order, without overlaps. Each ``Quantity.text`` equals
        ``text[start:end]``. Durations come back with ``kind="duration"``; dates, times, ages,
        ordinals and numbers inside names are left out (see the module docstring).
        A number phrase never spans a line break: each line is read on its own.
    """
    found: list[Quantity] = []
    at = 0
    for line in text.split("\n"):
        if line:  # the blank lines between paragraphs hold nothing
            found.extend(_shifted(q, at) for q in _in_line(line))
        at += len(line) + 1
    return tuple(found)


def _shifted(q: Quantity, by: int) -> Quantity:
    """The quantity with its offsets moved by ``by`` characters (a line's into the text's)."""
    return Quantity(
        start=q.start + by,
        end=q.end + by,
        text=q.text,
        low=q.low,
        high=q.high,
        hedge=q.hedge,
        unit=q.unit,
        kind=q.kind,
        vague=q.vague,
    )


def _in_line(text: str) -> tuple[Quantity, ...]:
    """The number phrases of one line of text."""
    atoms = list(_atoms(text))
    if not atoms:
        return ()  # most lines hold no number: skip the date/time/phone/credit scan
    mask = _blocked(text)
    atoms = [a for a in atoms if not _atom_is_excluded(text, a, mask)]
    found: list[Quantity] = []
    lo = 0
    i = 0
    while i < len(atoms):
        if atoms[i].start < lo:
            i += 1
            continue
        built = _build(text, atoms, i, lo)
        if built.quantity is not None:
            found.append(built.quantity)
            lo = built.quantity.end
        i = built.next_index
    return tuple(found)
