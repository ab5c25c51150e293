"""Who published a report, and which wire agency filed it, from its metadata or its text.

The cascade, top to bottom: the metadata's outlet; a copy-protection or copyright notice
naming the site (kept as written, in any script); a staff byline naming it; the agency in
the dateline, said to be only the agency; else not stated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from triangulate.ingest.clean import Cleaned
from triangulate.ingest.dateline import find_dateline

_FORBIDDEN_FROM = re.compile(
    r"(?:copying|reproduction|copy|republishing) (?:is )?"
    r"(?:forbidden|prohibited|not (?:allowed|permitted))"
    r"\s+(?:from|on|of)\s+(?P<name>.+)"
    r"|(?:النسخ ممنوع|ممنوع النسخ|يمنع النسخ|يمنع نسخ المحتوى)\s*(?:من|عن|في)\s*(?P<ar>.+)",
    re.IGNORECASE,
)
_COPYRIGHT_NAME = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*"
    r"(?P<name>.+?)[\s.,]*(?:all rights reserved.*)?$",
    re.IGNORECASE,
)
_COPYRIGHT_START = re.compile(r"(?:©|\(c\)|copyright\b)", re.IGNORECASE)
_NAME_END = re.compile(r"\.\s+|\s+[|–—-]\s+|\s*[;|]\s*")
_STAFF_BYLINE = re.compile(
    r"(?:by|written by|posted by)\s*:?\s*(?P<name>.+?)\s+"
    r"(?:staff|staff writers?|staff reporters?|newsroom|news desk|desk|editors?)\.?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class OutletFound:
    """The outlet of a report and where that came from.

    Attributes:
        outlet: The publishing outlet's name as written, or None.
        basis: A short phrase saying where the outlet came from.
        agency: The wire agency named in the dateline, if any.
    """

    outlet: str | None
    basis: str
    agency: str | None = None


def _tidy(name: str) -> str | None:
    """A site name without surrounding punctuation, or None if nothing name-like is left."""
    name = name.strip(" \t.,;:!|-–—\"'“”")
    words = name.split()
    if not words or len(words) > 8 or len(name) < 2:
        return None
    return name


def _from_notice(text: str) -> str | None:
    """The site named by a copy-protection or copyright notice."""
    match = _FORBIDDEN_FROM.search(text)
    if match:
        return _tidy(match.group("name") or match.group("ar") or "")
    text = text.strip()
    if not _COPYRIGHT_START.match(text):
        return None
    # "© 2026 Example News. Copying is not permitted.": the name ends with its sentence.
    first = _NAME_END.split(text, maxsplit=1)[0]
    match = _COPYRIGHT_NAME.match(first)
    return _tidy(match.group("name")) if match else None


def find_outlet(
    lines: Sequence[str], cleaned: Cleaned, *, metadata_outlet: str | None = None
) -> OutletFound:
    """Who published the report, and the wire agency if a dateline names one.

    Args:
        lines: The decoded input, split into lines.
        cleaned: The same input after cleaning.
        metadata_outlet: The outlet the input's metadata gives, if any.

    Returns:
        The outlet, the basis for it and the agency.
    """
    dateline = find_dateline(lines, cleaned)
    agency = dateline.agency if dateline is not None else None
    if metadata_outlet:
        return OutletFound(outlet=metadata_outlet, basis="metadata", agency=agency)
    for cut in cleaned.cuts:
        if cut.reason in ("copy-protection notice", "copyright notice"):
            name = _from_notice(cut.text)
            if name is not None:
                basis = f"{cut.reason} (line {cut.line})"
                return OutletFound(outlet=name, basis=basis, agency=agency)
    for cut in cleaned.cuts:
        if cut.reason == "byline":
            match = _STAFF_BYLINE.fullmatch(cut.text.strip())
            name = _tidy(match.group("name")) if match else None
            if name is not None:
                basis = f"staff byline (line {cut.line})"
                return OutletFound(outlet=name, basis=basis, agency=agency)
    if agency is not None:
        return OutletFound(
            outlet=agency,
            basis=f"agency in the dateline ({agency}); the publishing site is not named",
            agency=agency,
        )
    return OutletFound(outlet=None, basis="not stated in metadata or text")
