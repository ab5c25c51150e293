"""Numbers written in words: "one hundred", "thirty-five", "a dozen", "two million".

A small hand-written grammar rather than a library: news copy uses a narrow set of forms,
and we need the exact character extent of each one, which general parsers do not report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS: dict[str, int] = {
    "zero": 0,
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
TEENS: dict[str, int] = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Scales that close a group ("two thousand three hundred"): each must be smaller than the last.
BIG_SCALES: dict[str, int] = {
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}

NUMBER_WORDS: frozenset[str] = frozenset([*UNITS, *TEENS, *TENS, "hundred", "dozen", *BIG_SCALES])

# "two and a half", and hyphenated before a unit: "a three-and-a-half-hour meeting"; as
# well a quarter, three quarters or a third: "one and a quarter", "two and three-quarter";
# US copy says the part with "one": "two and one-half years", "three and three-fourths"
AND_A_PART = re.compile(
    r"(?:\s+and\s+|\s?-\s?and\s?-\s?)(?P<part>(?:a|one)\s?-?\s?half|"
    r"(?:a|one)\s?-?\s?(?:quarter|fourth)|three\s?-?\s?(?:quarters?|fourths?)|"
    r"(?:a|one)\s?-?\s?third|two\s?-?\s?thirds)\b",
    re.IGNORECASE,
)
_PARTS = {
    "half": 0.5,
    "quarter": 0.25,
    "fourth": 0.25,
    "quarters": 0.75,
    "fourths": 0.75,
    "third": 1 / 3,
    "thirds": 2 / 3,
}


def and_a_part(match: re.Match[str]) -> float:
    """The part a match of ``AND_A_PART`` adds: "and a half" 0.5, "and three quarters" 0.75."""
    words = re.findall(r"[a-z]+", match.group("part").lower())
    if words[-1] in ("quarter", "fourth") and words[0] == "three":
        return 0.75
    return _PARTS[words[-1]]


# ... and "dozen": "one and a half dozen", "a dozen and a half" (eighteen)
_SCALE_AFTER = re.compile(r"\s+(thousand|million|billion|trillion|dozen)\b", re.IGNORECASE)
_ENDS_IN_SCALE = re.compile(r"\b(thousand|million|billion|trillion|dozen)$", re.IGNORECASE)
_AFTER_PART_SCALES: dict[str, int] = {**BIG_SCALES, "dozen": 12}
_DIGIT_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"
# "point five", "point two five": the decimals of a number in words, one digit a word
_POINT = re.compile(rf"\s+point(?P<digits>(?:\s+{_DIGIT_WORD}\b)+)", re.IGNORECASE)
# One word of the grammar, or a joiner between two words ("-", " ", " and ").
_WORD = re.compile(r"[A-Za-z]+")
_JOIN = re.compile(r"(?:\s*-\s*|\s+and\s+|\s+)")
# "a"/"an"/"half a" stand for a number only before a scale word: "a hundred", "half a million".
_ARTICLE = re.compile(
    r"(?P<art>half\s+an?|an?)\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class WordNumber:
    """A number written in words, found at ``start:end`` of the text it was read from."""

    start: int
    end: int
    value: float


def read_word_number(text: str, pos: int) -> WordNumber | None:
    """Read the longest number written in words that starts exactly at ``pos``.

    Args:
        text: The text to read from.
        pos: Where the first word (or the article "a"/"an"/"half a") starts.

    Returns:
        The number and its extent, or None when no number word starts at ``pos``.
    """
    value_scale = 1.0
    cursor = pos
    art = _ARTICLE.match(text, pos)
    seeded = False
    if art:
        # "a hundred" reads as "one hundred"; "half a million" as 0.5 × million.
        value_scale = 0.5 if art.group("art").lower().startswith("half") else 1.0
        cursor = art.end()
        seeded = True
    words: list[tuple[str, int, int]] = []
    probe = cursor
    # No number in words runs past a dozen words; the cap keeps long word lists linear.
    while len(words) < 16:
        m = _WORD.match(text, probe)
        if not m or m.group().lower() not in NUMBER_WORDS | {"and"}:
            break
        words.append((m.group().lower(), m.start(), m.end()))
        j = _JOIN.match(text, m.end())
        if not j:
            break
        probe = j.end()
    parsed = _parse(words, seeded=seeded)
    if parsed is None:
        return None
    value, end = parsed
    point = _POINT.match(text, end)
    if point and not seeded and float(value).is_integer() and value < 1000:
        # "four point five million", "one point two": decimals said digit by digit, and
        # the scale after them applies to the whole
        digits = "".join(str(UNITS[d.lower()]) for d in _WORD.findall(point.group("digits")))
        value, end = float(f"{int(value)}.{digits}"), point.end()
        scale = _SCALE_AFTER.match(text, end)
        if scale:
            value, end = value * _AFTER_PART_SCALES[scale.group(1).lower()], scale.end()
    half = AND_A_PART.match(text, end)
    if half and not seeded and float(value).is_integer() and value < 1000:
        # "one and a half million", "two and a half": the half joins the number, and the
        # scale after it applies to both
        value, end = round(value + and_a_part(half), 3), half.end()
        scale = _SCALE_AFTER.match(text, end)
        if scale:
            value, end = value * _AFTER_PART_SCALES[scale.group(1).lower()], scale.end()
    elif half and value_scale == 1 and (last := _ENDS_IN_SCALE.search(text, pos, end)):
        # "a million and a half", "two billion and a half": the part is of the scale
        value, end = (
            value + and_a_part(half) * _AFTER_PART_SCALES[last.group(1).lower()],
            half.end(),
        )
    scaled = value * value_scale
    # Keep integers as int so "two" reads as 2, as "2" does, not 2.0.
    return WordNumber(start=pos, end=end, value=int(scaled) if scaled.is_integer() else scaled)


def _parse(words: list[tuple[str, int, int]], *, seeded: bool) -> tuple[float, int] | None:
    """Longest valid prefix of ``words`` as (value, end offset); None if none is valid."""
    total = 0
    group = 1 if seeded else 0  # the value of the current "hundreds" group
    last = "article" if seeded else ""
    big = 10**18  # the last big scale used; the next must be smaller
    best: tuple[float, int] | None = None
    pending_and = False
    for word, _start, end in words:
        if word == "and":
            # "and" only joins inside a number, after a scale: "one hundred and five".
            if last not in {"hundred", "big"} or pending_and:
                break
            pending_and = True
            continue
        if word in UNITS:
            # "twenty-one", or a fresh unit after a scale: "two hundred five".
            if last == "tens" or (last in {"", "hundred", "big"} and group % 100 == 0):
                group += UNITS[word]
            else:
                break
            last = "unit"
        elif word in TEENS or word in TENS:
            if last not in {"", "hundred", "big"} or group % 100 != 0:
                break
            group += TEENS.get(word, 0) + TENS.get(word, 0)
            last = "tens" if word in TENS else "teen"
        elif word == "hundred":
            if last not in {"unit", "teen", "tens", "article"} or group >= 100 or pending_and:
                break
            group *= 100
            last = "hundred"
        elif word == "dozen":
            if last not in {"unit", "teen", "tens", "article"} or pending_and:
                break
            group *= 12
            best = (total + group, end)
            break  # "two dozen" ends the number; "dozen thousand" is not English
        else:  # a big scale
            scale = BIG_SCALES[word]
            if last in {"", "big"} or scale >= big or pending_and:
                break
            total += group * scale
            group = 0
            big = scale
            last = "big"
        pending_and = False
        best = (total + group, end)
    return best
