"""Arabic-script names: find them in the text and key them like their Latin spellings.

Reports from the region often give a name in both scripts ("Deir Ezzor 24 (دير الزور 24)").
The key here is a consonant skeleton in the same symbols as ``names.NameKey.skeleton``, so
the two spellings of one name can be compared. Short vowels are not written in Arabic, so
only consonants are compared; long vowels and the glides waw/ya inside a word are dropped
the same way the Latin key drops vowels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Letter -> skeleton symbol (see names._CONSONANTS for the Latin side). Empty: a vowel.
_LETTERS = {
    "ا": "",
    "أ": "",
    "إ": "",
    "آ": "",
    "ء": "",
    "ئ": "",
    "ؤ": "",
    "ى": "",
    "ع": "",
    "ة": "",
    "ب": "b",
    "ت": "t",
    "ث": "T",
    "ج": "j",
    "ح": "h",
    "خ": "K",
    "د": "d",
    "ذ": "z",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "S",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "غ": "G",
    "ف": "f",
    "ق": "k",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "و": "w",
    "ي": "y",
    "پ": "p",
    "چ": "C",
    "گ": "g",
    "ڤ": "v",
}
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ARABIC_LETTER = "\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"
# A run of Arabic words, possibly with digits and spaces between them.
_RUN = re.compile(
    rf"[{_ARABIC_LETTER}\u064b-\u065f\u0670]+"
    rf"(?:[ \u00a0]*(?:[{_ARABIC_LETTER}\u064b-\u065f\u0670]+|[0-9\u0660-\u0669]+))*"
)

_ANY_ARABIC = re.compile(f"[{_ARABIC_LETTER}]")
_PIECE = re.compile(r"[0-9]+|[^\s0-9]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class ArabicRun:
    """A stretch of Arabic script in a document, with its skeleton key."""

    start: int
    end: int
    text: str
    skeleton: str


def _split_article(word: str) -> list[str]:
    """Cut the article off a word, also where it is fused inside ("ديرالزور")."""
    parts: list[str] = []
    rest = word
    while True:
        cut = rest.find("ال", 1)
        if cut < 2 or len(rest) - cut - 2 < 2:
            break
        parts.append(rest[:cut])
        rest = rest[cut:]
    parts.append(rest)
    out = []
    for part in parts:
        if part.startswith("ال") and len(part) > 3:
            part = part[2:]
        out.append(part)
    return out


def _word_skeleton(word: str) -> str:
    out: list[str] = []
    for index, ch in enumerate(word):
        symbol = _LETTERS.get(ch)
        if symbol is None:
            continue  # harakat, tatweel
        if symbol in {"w", "y"} and index > 0:
            symbol = ""  # a long vowel inside a word (Zawr, Deir)
        if symbol and (not out or out[-1] != symbol):
            out.append(symbol)
    return "".join(out)


def arabic_skeleton(text: str) -> str:
    """Consonant skeleton of an Arabic-script name. Never raises.

    "دير الزور 24" -> "drzr24" (as the Latin "Deir Ezzor 24").
    """
    text = text.translate(_DIGITS)
    pieces = _PIECE.findall(text)
    out: list[str] = []
    for piece in pieces:
        if piece.isdigit():
            out.append(piece)
            continue
        for part in _split_article(piece):
            out.append(_word_skeleton(part))
    return "".join(out)


def has_arabic(text: str) -> bool:
    """True when the text holds at least one Arabic letter."""
    return _ANY_ARABIC.search(text) is not None


def arabic_runs(text: str) -> Iterator[ArabicRun]:
    """Every run of Arabic script in ``text``, with offsets into it."""
    for match in _RUN.finditer(text):
        skeleton = arabic_skeleton(match.group(0))
        if skeleton:
            yield ArabicRun(
                start=match.start(),
                end=match.end(),
                text=match.group(0),
                skeleton=skeleton,
            )
