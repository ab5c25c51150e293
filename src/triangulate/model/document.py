"""Records for what was read: inputs, documents, the lines cut from them, dates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

InputStatus = Literal["ok", "skipped", "failed"]
DatePrecision = Literal["day", "month", "year"]
DateBasis = Literal["metadata", "dateline", "inferred", "unknown"]

# How a report without a title is marked where a heading would stand.
UNTITLED = "No title"


@dataclass(frozen=True, slots=True, kw_only=True)
class InputRecord:
    """One input as the user gave it, with what became of it."""

    path: str
    status: InputStatus
    reason: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Published:
    """When a document was published, and on what basis we say so.

    ``date`` is ISO-8601 cut to its precision: ``2017-10-15``, ``2017-10`` or ``2017``.
    ``latest`` is the last day it may have been published on when the evidence leaves a
    range of days (an inferred date is the range's first day): ``2017-10-18``; None when
    the date is the one day or nothing bounds it above.
    """

    date: str | None
    precision: DatePrecision | None
    basis: DateBasis
    reason: str | None = None
    latest: str | None = None

    @classmethod
    def unknown(cls, reason: str = "no date in metadata or text") -> Published:
        return cls(date=None, precision=None, basis="unknown", reason=reason)


@dataclass(frozen=True, slots=True, kw_only=True)
class Cut:
    """A line removed from the raw text before analysis, and why.

    ``line`` is 1-based in the decoded input (before cleaning).
    """

    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Language:
    """The language a report is written in, identified from its text.

    ``code`` is ISO 639-1 ("en", "ms", "zh") or ``und`` when the text does not tell;
    ``share`` the percentage of its letters in that language; ``reliable`` whether the
    identifier is sure.
    """

    code: str
    name: str
    share: int = 0
    reliable: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One report, cleaned. Every offset elsewhere points into ``text``.

    ``agency`` is the wire agency a dateline names ("KOBANE (AFP) –"), which may differ
    from ``outlet``, the site that published the report. ``language`` is None when it was
    never identified (a document built by hand); such a document is read as English.
    """

    id: str
    source: str
    title: str | None
    outlet: str | None
    text: str
    sha256: str
    published: Published
    cuts: tuple[Cut, ...] = ()
    url: str | None = None
    outlet_basis: str | None = None
    agency: str | None = None
    language: Language | None = None

    def lead(self, size: int = 60) -> str:
        """The report's first line on one line, cut at a word boundary to at most ``size``
        characters (ending in "…" when cut): how a report without a title is named."""
        first = next((line for line in self.text.split("\n") if line.strip()), "")
        flat = " ".join(first.split())
        if len(flat) <= size:
            return flat
        head = flat[: size - 1]
        cut = head.rsplit(" ", 1)[0] if " " in head else head
        return cut.rstrip(" ,;:-–—") + "…"

    def heading(self, size: int = 60) -> str:
        """The title, or for a report the input gave none, its lead cut short and marked
        as such (``No title: “…”``), so a first sentence is never shown as a headline."""
        if self.title:
            return self.title
        return f"{UNTITLED}: “{self.lead(size)}”" if self.text.strip() else UNTITLED

    def reference(self, size: int = 40) -> str:
        """The title, or for a report without one ``report “opening words…”``: how a list
        or a table names a report in few characters."""
        if self.title:
            return self.title
        return f"report “{self.lead(size)}”" if self.text.strip() else f"report {self.id}"
