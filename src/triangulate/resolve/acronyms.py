"""Acronyms and exonyms: the small table of common ones, and those a text defines.

A text defines an acronym by putting it in brackets after the name ("Wadi Hamra Relief
Committee (WHRC)"), possibly a clause later ("the Wadi Hamra Relief Committee, a body set
up by residents (WHRC)"), or by saying so ("Daesh, the Arabic acronym for IS").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from triangulate.model import ENTITY_TYPES, EntityType, Mention
from triangulate.resolve.names import acronym_letters, initials, is_acronym, name_key

TABLE_FILE = "acronyms.tsv"
# The label of a mention a rule found rather than the proposer.
ALIAS_LABEL = "ALIAS"

Span = tuple[str, int, int]


@dataclass(frozen=True, slots=True, kw_only=True)
class TableRow:
    """One line of the acronym table: a type, a canonical name, its other spellings."""

    type: EntityType
    name: str
    spellings: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Definition:
    """The text says the mention at ``short`` stands for the mention at ``long``.

    ``short`` may be a span no proposer tagged (an acronym in brackets); then it is
    given as ``(start, end)`` in ``long``'s document.
    """

    long: Mention
    short_start: int
    short_end: int


def parse_table(text: str) -> tuple[TableRow, ...]:
    """Read the table format: ``TYPE<TAB>name<TAB>spelling...``; ``#`` starts a comment."""
    rows: list[TableRow] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, name, *spellings = [cell.strip() for cell in line.split("\t")]
        if kind not in ENTITY_TYPES:
            raise ValueError(f"{TABLE_FILE}: unknown type {kind!r} in line {line!r}")
        typed: EntityType = next(t for t in ENTITY_TYPES if t == kind)
        rows.append(TableRow(type=typed, name=name, spellings=tuple(s for s in spellings if s)))
    return tuple(rows)


@lru_cache(maxsize=1)
def table() -> tuple[TableRow, ...]:
    """The packaged table of common acronyms and exonyms."""
    source = resources.files("triangulate.resolve").joinpath(TABLE_FILE)
    return parse_table(source.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, int], dict[str, int]]:
    """(acronym letters -> row, name key -> row) for the packaged table."""
    acronyms: dict[str, int] = {}
    keys: dict[str, int] = {}
    for number, row in enumerate(table()):
        for spelling in (row.name, *row.spellings):
            if is_acronym(spelling):
                acronyms.setdefault(acronym_letters(spelling), number)
            else:
                joined = name_key(spelling).joined
                if joined:
                    keys.setdefault(joined, number)
    return acronyms, keys


def table_spellings(row: int | None) -> tuple[str, ...]:
    """Every spelling on a table line (none for ``None``)."""
    if row is None:
        return ()
    found = table()[row]
    return (found.name, *found.spellings)


def table_row(form: str) -> int | None:
    """The table line a form belongs to, if any.

    Acronyms match case and all ("IS" but not "Is"); other spellings match through the
    transliteration key, so "Da'esh" finds the Islamic State line.
    """
    acronyms, keys = _index()
    if is_acronym(form):
        return acronyms.get(acronym_letters(form))
    joined = name_key(form).joined
    return keys.get(joined) if joined else None


_BRACKETED = re.compile(r"\(\s*((?:[A-Z]\.){2,6}|[A-Z][A-Z&]{1,7})\s*\)")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]|\n")
_STANDS_FOR = re.compile(
    r",?\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:acronym|abbreviation)\s+for\s+(?:the\s+)?",
    re.IGNORECASE,
)
# The words every ``_STANDS_FOR`` phrase holds: a text without them has no such phrase.
_STANDS_FOR_WORD = re.compile(r"acronym|abbreviation", re.IGNORECASE)


def _letters_fit(acronym: str, name: str) -> bool:
    """Whether an acronym could abbreviate a name: its initials, or its first letter."""
    letters = acronym_letters(acronym)
    return letters in initials(name)


def _ends_with(acronym: str, name: str) -> bool:
    """Whether an acronym spells the initials of a name's last words: a leading word of
    place or brand is often left out ("U.S. Securities and Exchange Commission (SEC)")."""
    letters = acronym_letters(acronym)
    parts = name.split()
    return any(letters in initials(" ".join(parts[first:])) for first in range(1, len(parts) - 1))


def bracket_definitions(text: str, mentions: Sequence[Mention]) -> Iterator[Definition]:
    """Acronyms a text defines in brackets, paired with the name they abbreviate.

    The name right before the bracket wins when the acronym starts with its first letter
    ("Islamic State (ISIS)") or spells the initials of its last words ("U.S. Securities
    and Exchange Commission (SEC)"); otherwise the nearest earlier name in the same sentence
    whose initials spell it ("the Syrian Democratic Forces, an alliance ... (SDF)").
    """
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    for match in _BRACKETED.finditer(text):
        acronym = match.group(1)
        before = [m for m in ordered if m.end <= match.start()]
        if not before:
            continue
        nearest = before[-1]
        gap = text[nearest.end : match.start()]
        if not gap.strip(" \t\"'”’") and (
            nearest.text[:1].upper() == acronym[:1] or _ends_with(acronym, nearest.text)
        ):
            yield Definition(long=nearest, short_start=match.start(1), short_end=match.end(1))
            continue
        for candidate in reversed(before):
            between = text[candidate.end : match.start()]
            if len(between) > 200 or _SENTENCE_END.search(between):
                break
            if _letters_fit(acronym, candidate.text):
                yield Definition(long=candidate, short_start=match.start(1), short_end=match.end(1))
                break


def stated_definitions(text: str, mentions: Sequence[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """Pairs (term, name) where the text says the term is an acronym for the name.

    "Daesh, the Arabic acronym for IS": the term is the nearest single-word name before
    the phrase (within 400 characters, so a quotation can stand between them).
    """
    if _STANDS_FOR_WORD.search(text) is None:
        return
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    starts = {m.start: m for m in ordered}
    for match in _STANDS_FOR.finditer(text):
        target = starts.get(match.end())
        if target is None:
            continue
        for candidate in reversed([m for m in ordered if m.end <= match.start()]):
            if match.start() - candidate.end > 400:
                break
            if len(candidate.text.split()) == 1 and candidate.text != target.text:
                yield candidate, target
                break


def definitions(
    texts: Mapping[str, str], mentions: Sequence[Mention]
) -> tuple[tuple[Mention, ...], tuple[tuple[Span, Span], ...]]:
    """Find every acronym definition in the documents.

    A bracketed acronym no proposer tagged becomes a mention of its own (label
    ``ALIAS``), unless it overlaps a tagged span.

    Args:
        texts: Document texts by id.
        mentions: Cleaned mentions.

    Returns:
        The mentions with any added acronym spans (sorted), and the pairs of spans the
        text says name one thing.
    """
    by_doc: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_doc.setdefault(mention.doc, []).append(mention)
    added: list[Mention] = []
    pairs: list[tuple[Span, Span]] = []
    for doc_id in sorted(by_doc):
        text = texts[doc_id]
        present = by_doc[doc_id]
        spans = {(m.start, m.end) for m in present}
        for found in bracket_definitions(text, present):
            short = (found.short_start, found.short_end)
            if short not in spans:
                if any(m.start < short[1] and short[0] < m.end for m in present):
                    continue
                added.append(
                    Mention(
                        doc=doc_id,
                        start=short[0],
                        end=short[1],
                        text=text[short[0] : short[1]],
                        label=ALIAS_LABEL,
                    )
                )
                spans.add(short)
            long = found.long
            pairs.append(((doc_id, long.start, long.end), (doc_id, *short)))
        for term, target in stated_definitions(text, present):
            pairs.append(((doc_id, term.start, term.end), (doc_id, target.start, target.end)))
    merged = sorted((*mentions, *added), key=lambda m: (m.doc, m.start, m.end))
    return tuple(merged), tuple(pairs)


# Words a name written in capitals keeps in lower case inside it ("BANK OF ENGLAND").
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "by", "a", "an"})
_VOWELS = frozenset("AEIOUY")
# Short words that are no acronyms: name particles ("AL JAZEERA", "LA PAZ") and the
# abbreviations of titles and place words ("ST LOUIS", "MT KENYA", "DR JONES").
_SHORT_NAME_WORDS = frozenset(
    {"al", "el", "ad", "ar", "as", "da", "de", "di", "du", "la", "le", "lo", "st", "mt", "ft"}
    | {"dr", "mr", "ms", "jr", "sr", "mrs", "ste"}
)


def unshout(name: str, capitals: Collection[str] = ()) -> str:
    """A name written all in capitals (a headline's, a dateline's) cased as names are.

    Each word gets a capital then lower case ("KOBANE" -> "Kobane", "AL-RAQQA" ->
    "Al-Raqqa", "O'NEILL" -> "O'Neill"), small words inside the name lower case ("Bank of
    England"); acronyms keep their capitals: a word with stops ("U.S."), a word of two
    letters that is no small word ("US", "UN") nor a particle before a name ("DA" in "DA
    SILVA", not in "QUEENS DA"), one the acronym table knows ("NATO"), one without a
    vowel ("NHC"), and one in ``capitals``, the words the reports write in capitals
    within mixed-case text ("IMF" where a report says "the IMF said"), so "US NATIONAL
    HURRICANE CENTER" reads "US National Hurricane Center" and "EU & IMF" stays.
    """
    known = _index()[0]
    words = name.split(" ")
    out: list[str] = []
    for n, word in enumerate(words):
        letters = "".join(c for c in word if c.isalpha())
        if not letters:
            out.append(word)
        elif n > 0 and letters.lower() in _SMALL_WORDS:
            out.append(word.lower())
        elif letters.lower() in _SHORT_NAME_WORDS and n < len(words) - 1:
            out.append(_cased(word))
        elif (
            "." in word
            or (len(letters) == 2 and letters.lower() not in _SMALL_WORDS)
            or (is_acronym(word) and acronym_letters(word) in known)
            or not _VOWELS & set(letters.upper())
            or word in capitals
        ):
            out.append(word)
        else:
            out.append("-".join(_cased(part) for part in word.split("-")))
    return " ".join(out)


def _cased(part: str) -> str:
    """One word in capitals as a name word: "NEILL" -> "Neill", "O'NEILL" -> "O'Neill"."""
    cased = part[:1].upper() + part[1:].lower()
    if len(cased) > 2 and cased[1] in "'’" and cased[2:3].isalpha():
        cased = cased[:2] + cased[2].upper() + cased[3:]
    return cased


_LINE_WORD = re.compile(r"[^\W_]+")


def mixed_case_capitals(texts: Iterable[str]) -> frozenset[str]:
    """Words of two to six characters the texts write in capitals between words that are
    not: the acronyms a report writes as such ("the IMF said"), not a word shouted for
    emphasis ("the warranty of MERCHANTABILITY"), nor the words of a shouted headline, of a
    shouted run inside a line ("3 DEAD at HARBOUR BANK today") or a dateline's place
    opening a line ("KESSOW, Norland -")."""
    found: set[str] = set()
    for text in texts:
        for line in text.splitlines():
            # Most words start with a letter: the scan of every character is for the rest.
            words = [
                w for w in _LINE_WORD.findall(line) if w[0].isalpha() or any(c.isalpha() for c in w)
            ]
            shouted = [w.isupper() for w in words]
            for n, word in enumerate(words):
                if (
                    shouted[n]
                    and 1 < len(word) <= 6  # an acronym's length; longer is shouting
                    and n > 0  # a line's first word in capitals may be a dateline's place
                    and not shouted[n - 1]
                    and not (n + 1 < len(words) and shouted[n + 1])
                ):
                    found.add(word)
    return frozenset(found)
