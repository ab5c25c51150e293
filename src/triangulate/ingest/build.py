"""A Document from cleaned text: id, title, outlet, agency and publication date."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace

from triangulate.ingest.clean import Cleaned, clean, is_stamp_line, url_of_line
from triangulate.ingest.dateline import published_from_text
from triangulate.ingest.dates import parse_date
from triangulate.ingest.outlet import SOURCE_TAG, find_outlet
from triangulate.ingest.rejected import Rejected
from triangulate.model.document import Document, Published
from triangulate.nlp.language import identify

# A title is a label: past this length the first line is a paragraph, not a headline.
MAX_TITLE = 300


@dataclass(frozen=True, slots=True, kw_only=True)
class Metadata:
    """What the input says about itself besides its text (JSON fields, HTML metadata).

    Attributes:
        id: The record's own id.
        title: The title.
        url: Where it was published.
        outlet: Who published it.
        published: When, as written in the metadata.
        outlet_basis: How to describe where ``outlet`` came from.
        date_basis: How to describe where ``published`` came from.
    """

    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    outlet_basis: str = "metadata"
    date_basis: str = "metadata"


# Headlines are short: a first line longer than this many words is a paragraph.
MAX_TITLE_WORDS = 30
# Words that end in a full stop without ending a sentence ("... to Washington, D.C.",
# "Smith Jr.", "Acme Inc."), lowercased and without the stop.
_ABBREVIATIONS = frozenset(
    [
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "plc",
        "bros",
        "st",
        "mt",
        "ft",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "rev",
        "vs",
    ]
)
# A line that ends a sentence: a full stop (quotes and brackets may follow) after a word
# that is no abbreviation and no ellipsis.
_SENTENCE_END = re.compile(r"(?<!\.)\.[\"'”’)\]]*$")


def _reads_as_sentence(line: str, *, set_apart: bool = False) -> bool:
    """Whether a first line is the report's opening sentence rather than its headline.

    English headlines carry no closing full stop ("Three die in bank fire"); a lead
    sentence does ("A fire killed three people on Wednesday."), unless the line stands
    apart, a blank line below it, as a headline does (some archives end every headline
    with a stop). A line of more than ``MAX_TITLE_WORDS`` words is a paragraph, stop or
    not.
    """
    words = line.split()
    if len(words) > MAX_TITLE_WORDS:
        return True
    if set_apart or not _SENTENCE_END.search(line):
        return False
    last = words[-1].rstrip("\"'”’)]").rstrip(".")
    if re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", last) and (
        "." in last or last.isupper()
    ):  # initials and acronyms: "U.S.", "D.C.", "J."
        return False
    return last.lower() not in _ABBREVIATIONS


def _title(text: str, *, markdown: bool) -> str | None:
    """The first line of the kept text, without Markdown heading marks, when it is a
    headline: None when the text gives no title (its first line is its opening sentence,
    or all there is)."""
    raw = text.split("\n")
    # A page's time stamp above the headline is not the headline.
    lines = [line.strip() for line in raw if line.strip()]
    while len(lines) > 1 and is_stamp_line(lines[0]):
        lines.pop(0)
    if not lines:
        return None
    first = lines[0]
    at = next(i for i, line in enumerate(raw) if line.strip() == first)
    set_apart = at + 1 < len(raw) and not raw[at + 1].strip()
    if markdown:
        heading = first.startswith("#")
        first = first.lstrip("#").strip() or first
        if heading and len(lines) > 1:
            # A Markdown heading is a title by the writer's own mark.
            return _clip_title(first)
    if len(lines) == 1 or _reads_as_sentence(first, set_apart=set_apart):
        return None
    # A source tag ("（早报讯）") opening a Chinese report is not part of its headline.
    first = SOURCE_TAG.sub("", first, count=1).strip() or first
    return _clip_title(first)


def _clip_title(first: str) -> str:
    if len(first) > MAX_TITLE:
        first = first[:MAX_TITLE].rsplit(" ", 1)[0] + "…"
    return first


def _url_line(cleaned: Cleaned) -> str | None:
    """The address on a line of its own above the article text (the page it was saved from)."""
    first_kept = cleaned.kept_lines[0] if cleaned.kept_lines else None
    for cut in cleaned.cuts:
        if first_kept is not None and cut.line > first_kept:
            break
        if cut.reason == "URL line":
            return url_of_line(cut.text)
    return None


def _published(
    meta: Metadata, lines: list[str], cleaned: Cleaned, url: str | None = None
) -> Published:
    """The metadata date when it parses, else the date the text states, else the day the
    report's URL is filed under, else the date inferred from the text."""
    parsed = parse_date(meta.published) if meta.published is not None else None
    if parsed is None:
        from_text = published_from_text(lines, cleaned)
        from_url = _url_day(url) if from_text.basis in ("inferred", "unknown") else None
        if from_url is not None:
            from_text = from_url
        if meta.published is None:
            return from_text
        reason = f"metadata date '{meta.published}' not understood; {from_text.reason}"
        return replace(from_text, reason=reason)
    date, precision = parsed
    return Published(
        date=date,
        precision="day" if precision == "day" else "month" if precision == "month" else "year",
        basis="metadata",
        reason=f"{meta.date_basis} '{meta.published}'",
    )


# A news site's path that files a report under its day: ".../2010/09/10/title/".
_URL_DAY = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")


def _url_day(url: str | None) -> Published | None:
    """The day a report's URL files it under ("/2010/09/10/", year, month, day: the order
    a path sorts by), which a site's system sets when it publishes the report; None when
    the URL has no such day."""
    found = _URL_DAY.search(url or "")
    if found is None:
        return None
    try:
        day = dt.date(*(int(g) for g in found.groups()))
    except ValueError:
        return None
    return Published(
        date=day.isoformat(),
        precision="day",
        basis="metadata",
        reason=f"the day its URL files it under ('{found.group(0).rstrip('/')}')",
    )


def build_document(
    text: str,
    *,
    source: str,
    meta: Metadata | None = None,
    markdown: bool = False,
    paragraph_per_line: bool = False,
) -> Document:
    """Clean a decoded text and describe it as a Document.

    Args:
        text: Normalised text (NFC, ``\\n`` newlines).
        source: The path, ``FILE#ID`` or URL the text came from.
        meta: What the input's metadata says; None for plain text.
        markdown: Strip Markdown heading marks from the title.
        paragraph_per_line: Every line is a paragraph (text extracted from HTML).

    Returns:
        The document: its text is exactly the cleaned text.

    Raises:
        Rejected: Nothing is left after cleaning.
    """
    meta = meta or Metadata()
    if not text.strip():
        raise Rejected("skipped", "no text (only whitespace)")
    cleaned = clean(text, paragraph_per_line=paragraph_per_line)
    if not cleaned.text.strip():
        raise Rejected(
            "skipped",
            f"no article text: all {len(cleaned.cuts)} non-blank lines are junk "
            f"(first: '{cleaned.cuts[0].text.strip()[:60]}', {cleaned.cuts[0].reason})",
        )
    lines = text.split("\n")
    url = meta.url if meta.url is not None else _url_line(cleaned)
    found = find_outlet(lines, cleaned, metadata_outlet=meta.outlet, url=url)
    digest = hashlib.sha256(cleaned.text.encode("utf-8")).hexdigest()
    return Document(
        id=meta.id if meta.id is not None else "d" + digest[:12],
        source=source,
        title=meta.title or _title(cleaned.text, markdown=markdown),
        outlet=found.outlet,
        text=cleaned.text,
        sha256=digest,
        published=_published(meta, lines, cleaned, url),
        cuts=cleaned.cuts,
        url=url,
        outlet_basis=found.basis if meta.outlet is None else meta.outlet_basis,
        agency=found.agency,
        language=identify(cleaned.text),
    )
