"""Sentence spans of a plain text, for callers that have no parse tree at hand.

Rules, in order: a blank line or a line break ends a sentence (headlines, captions and
paragraphs stand on their own lines in cleaned text); inside a line, ``.``, ``!`` or ``?``
(with any closing quote or bracket after it) followed by a space and a capital letter, a
digit or an opening quote ends one, unless the word before the stop is a known abbreviation
("Col.", "Dr.", "U.S.", "Oct.") or a single capital initial. Spans are trimmed of spaces, so
``text[start:end]`` is the sentence without its surrounding white space.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

# Words written with a stop that do not end a sentence.
_ABBREVIATIONS = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "prof", "col", "gen", "lt", "maj", "capt", "sgt", "brig"),
        *("st", "no", "vs", "etc", "inc", "ltd", "co", "jr", "sr", "gov", "sen", "rep"),
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("u.s", "u.n", "u.k", "e.g", "i.e"),
    }
)
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")

SENTENCE_BREAK = re.compile(
    r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\b(?:Mr|Ms|Dr|Lt|St)\.)"
    r"(?<!\b(?:Mrs|Gen|Col|Maj|Sgt|Gov|Sen|Rep)\.)(?<!\b(?:Capt|Prof)\.)\s+|\n"
)
"""Where a sentence ends, for readers that look only at the characters around a stop: the
white space after a ``.``, ``!`` or ``?``, or a line break. A stop after a single capital
(the initial of "Frederick C. LaRue", "the U.S. Navy") or after a title written before a
name ("Dr. Ada Brandt", "Gen. Reyes") ends no sentence."""


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of ``text``, in order.

    Args:
        text: Any text (a document's cleaned ``text``).

    Returns:
        ``(start, end)`` spans, each non-empty and trimmed, with ``0 <= start < end <=
        len(text)``.
    """
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for stop in _BOUNDARY.finditer(line.group(0)):
            end = line.start() + stop.end()
            if _is_abbreviation(text[start : line.start() + stop.start()]):
                continue
            spans.append((start, end))
            start = end
        spans.append((start, line.end()))
    return tuple(trimmed for s, e in spans if (trimmed := _trim(text, s, e)) is not None)


def _is_abbreviation(before: str) -> bool:
    """Whether the word just before a stop is an abbreviation or an initial."""
    match = _WORD_BEFORE.search(before)
    if match is None:
        return False
    word = match.group(1)
    return word.lower().strip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without surrounding white space, or None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the line (or lines) holding ``text[start:end]``.

    Looked up in the text's line breaks, found once per text: scanning for the nearest
    breaks span by span costs the line's length each time, so a report written as one
    long line would cost the square of its size.
    """
    breaks = _line_breaks(text)
    before = bisect_left(breaks, start)
    after = bisect_left(breaks, end)
    return (breaks[before - 1] + 1 if before else 0), (
        breaks[after] if after < len(breaks) else len(text)
    )


@lru_cache(maxsize=8)
def _line_breaks(text: str) -> tuple[int, ...]:
    """Offsets of every line break in ``text``, in order."""
    return tuple(m.start() for m in _LINE_BREAK.finditer(text))


_LINE_BREAK = re.compile("\n")
