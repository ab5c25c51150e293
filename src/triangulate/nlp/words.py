"""A quick test before a case-blind search for any of a list of words."""

from __future__ import annotations

from collections.abc import Iterable


def may_hold(text: str, words: Iterable[str]) -> bool:
    """False only when ``text`` cannot hold any of ``words`` in any case.

    Plain ASCII text that holds none of the words once lower-cased cannot match a
    case-blind pattern built from them, and saying so is much quicker than searching;
    other text (where case folding has surprises) always gets the search.

    Args:
        text: The text to be searched.
        words: The lower-case words (or phrases) the pattern is built from.
    """
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)
