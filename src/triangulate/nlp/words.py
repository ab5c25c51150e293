"""Words matched by case-blind patterns: a quick test before the search, and table keys."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


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


# Letters a case-blind pattern matches as "i" or "s" although their lower case is not.
_CASE_BLIND = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def letters_lowered(text: str) -> str | None:
    """``text`` lower-cased, to test for words of ASCII letters alone as ``may_hold`` does,
    or None when that test cannot tell.

    A case-blind pattern matches a character as an ASCII letter only where the
    character's lower case is that letter, but for three (``_CASE_BLIND``; "İ" also
    lower-cases to two characters). So text without them, plain ASCII or not ("’", "é"
    and "—" change nothing), holds a pattern's word of letters only where its lower case
    holds the word. (Not so for words with spaces or apostrophes: ``\\s`` also matches a
    no-break space, and a pattern may take "’" for "'".)
    """
    if not text.isascii() and ("ı" in text or "İ" in text or "ſ" in text):
        return None
    return text.lower()


def case_key(word: str) -> str:
    """A word a case-blind pattern matched, as the lower-case key of its table.

    "Sixth", "ſixth" and "SİXTH" all give "sixth": a plain ``lower()`` would leave the
    long s and the Turkish i as they are, and the table lookup would fail.
    """
    return word.translate(_CASE_BLIND).lower()


def word_table(path: Path) -> dict[str, str]:
    """A two-column word table kept as data (UTF-8, tab-separated): each word or form in
    the first column to what the second names; blank lines and ``#`` comments skipped."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, named = line.split("\t")
            table[word.strip()] = named.strip()
    return table
