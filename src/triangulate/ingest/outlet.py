"""Who published a report, and which wire agency filed it, from its metadata or its text.

The cascade, top to bottom: the metadata's outlet; the web address it was published at
(metadata or a line of its own above the text) when its host is a known news site
(``outlets.tsv``: host and the name readers know); a copy-protection or copyright notice
naming the site (kept as written, in any script); a staff byline naming it; the web
address of any other site, named as the report itself writes the site's name where a
run of capitalised words in it spells the registrable domain ("told The National" for
thenational.ae), else shown as that domain ("thenational.ae", never a made-up
"Thenational"); the agency in the dateline, or in a credit line closing the report
("AFP", "REUTERS", "AFP, REUTERS"), said to be only the agency; else not stated. A
Chinese report's source tag ("（早报讯）", "(X讯)": news from X) names its outlet as written,
as a notice does. Every outlet comes with its basis in words.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from triangulate.ingest.clean import Cleaned
from triangulate.ingest.dateline import AGENCIES, find_dateline

_FORBIDDEN_FROM = re.compile(
    r"(?:copying|reproduction|copy|republishing) (?:is )?"
    r"(?:forbidden|prohibited|not (?:allowed|permitted))"
    r"\s+(?:from|on|of)\s+(?P<name>.+)"
    r"|(?:النسخ ممنوع|ممنوع النسخ|يمنع النسخ|يمنع نسخ المحتوى)\s*(?:من|عن|في)\s*(?P<ar>.+)",
    re.IGNORECASE,
)
_COPYRIGHT_NAME = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?"
    r"(?:\d{4}(?:\s*[-–,]\s*\d{4})*)?[\s,]*"
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
    if not any(ch.isalpha() for ch in name):
        return None  # "Copyright 2022" names a year, not a site
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


# Second-level labels that belong to a country's suffix: "co.uk", "com.sg", "or.id".
SUFFIX_LABELS = frozenset(
    {
        *("co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go", "gob", "nic"),
        *("news", "gen", "info"),
    }
)


# How the basis of an outlet found in the table of news hosts ends.
_KNOWN = ", a news site in the table of known hosts)"


@lru_cache(maxsize=1)
def known_hosts() -> Mapping[str, str]:
    """The table of news hosts (``outlets.tsv``): host to the name readers know."""
    text = resources.files("triangulate.ingest").joinpath("outlets.tsv").read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            host, name = line.split("\t")
            table[host.strip().lower()] = name.strip()
    return table


def _host(url: str) -> str | None:
    """The host name of a web address, lower case, or None (no host, or an IP address)."""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return host.rstrip(".")
    return None


# Platforms that host many publishers, each under a name of its own: "valleynotes.blogspot.com"
# and "tarnwatch.wordpress.com" are two writers, not one outlet "wordpress.com". Blogger
# serves a blog under the reader's country domain too ("valleynotes.blogspot.nl"): one blog.
_HOSTING_PLATFORMS = frozenset(
    {
        "wordpress.com",
        "tumblr.com",
        "substack.com",
        "typepad.com",
        "livejournal.com",
        "weebly.com",
        "wixsite.com",
        "medium.com",
        "github.io",
    }
)
_PLATFORM_HOSTS = frozenset({"www", "m", "en", "blog", "blogs"})


def registrable_domain(host: str) -> str:
    """The part of a host name its owner registered: "edition.cnn.com" is "cnn.com",
    "www.example.co.uk" is "example.co.uk"; on a platform that hosts many publishers, the
    publisher's own name ("valleynotes.blogspot.nl" is "valleynotes.blogspot.com")."""
    labels = host.lower().split(".")
    if "blogspot" in labels[1:-1]:
        return f"{labels[labels.index('blogspot', 1) - 1]}.blogspot.com"
    if (
        len(labels) >= 3
        and ".".join(labels[-2:]) in _HOSTING_PLATFORMS
        and labels[-3] not in _PLATFORM_HOSTS
    ):
        return ".".join(labels[-3:])
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SUFFIX_LABELS:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def outlet_of_url(url: str) -> OutletFound | None:
    """The outlet a web address names: from the table of news hosts, else its domain.

    The host and each shorter host up to its registrable domain are looked up in
    ``outlets.tsv`` ("sg.news.yahoo.com" before "yahoo.com"); a host not there is shown
    as its registrable domain ("news.example-times.co.uk" is "example-times.co.uk"): the
    site's own spacing and capitals cannot be read from it (:func:`name_as_written` reads
    them from the report).

    Returns:
        The outlet and its basis, or None when the address has no usable host name.
    """
    host = _host(url)
    if host is None:
        return None
    domain = registrable_domain(host)
    labels = host.split(".")
    table = known_hosts()
    for first in range(len(labels) - 1):
        candidate = ".".join(labels[first:])
        if candidate in table:
            return OutletFound(
                outlet=table[candidate],
                basis=f"web address ({candidate}{_KNOWN}",
            )
        if candidate == domain:
            break
    if not any(ch.isalpha() for ch in domain.split(".")[0]):
        return None
    return OutletFound(outlet=domain, basis=f"web address ({domain}; shown as its domain)")


_WRITTEN_BREAK = r"(?:[ \t]|[ \t]?[-–][ \t]?|\.[ \t]?)?"
"""What may stand between two letters of a domain's name where a report writes the name:
a space ("The National"), a hyphen or a stop ("Keep-Talking", "N.Y.")."""
_WRITTEN_BEFORE = re.compile(r"(?:\b[A-Z][\w'’&-]*[ \t]+|[./@])$")
_WRITTEN_AFTER = re.compile(r"^(?:[ \t]+[A-Z][\w'’&-]*|\.?[a-z]{2,}\b|[@/])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“”‘’]\s*)$")


def name_as_written(domain: str, texts: Sequence[str]) -> tuple[str, str] | None:
    """The site's name as a report writes it, with the passage it stands in, when a name
    in the text spells the registrable domain's name ("The National" for thenational.ae,
    "Keep Talking Greece" for keeptalkinggreece.com), else None.

    The name must stand alone (no capitalised word just before or after it: "The
    National" in "The National Guard" is another name), be written as a name (each word
    capitalised, or in capitals on a line that is not all capitals), and, when it is one
    word, stand where a capital is not owed to the start of a sentence ("News" opening a
    sentence names no site).
    """
    label = domain.split(".")[0]
    chars = [c for c in label if c.isalnum()]
    if len(chars) < 2:
        return None
    pattern = re.compile(
        r"(?<![\w.])" + _WRITTEN_BREAK.join(re.escape(c) for c in chars) + r"(?![\w])",
        re.IGNORECASE,
    )
    for text in texts:
        for found in pattern.finditer(text):
            name = found.group(0)
            words = re.split(r"[ \t]+", name)
            line_start = text.rfind("\n", 0, found.start()) + 1
            line_end = text.find("\n", found.end())
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            shouted = name.isupper() and not line.isupper()
            if not (shouted or all(w[:1].isupper() for w in words)) or (
                name.isupper() and line.isupper()
            ):
                continue
            before = text[max(0, found.start() - 40) : found.start()]
            after = text[found.end() : found.end() + 40]
            if _WRITTEN_AFTER.match(after):
                continue
            lone = len(words) == 1 and not shouted and not any(c.isupper() for c in name[1:])
            if _WRITTEN_BEFORE.search(before):
                continue
            if lone and _SENTENCE_START.search(before):
                continue
            passage = " ".join(text[max(line_start, found.start() - 30) : found.end() + 1].split())
            return name, passage
    return None


# How far from the end a credit line may stand (non-blank lines).
CREDIT_LINES = 3
_AGENCY_KEYS = {name.casefold(): name for name in AGENCIES}
_CREDIT_SPLIT = re.compile(r"\s*(?:,|/|&|\band\b)\s*", re.IGNORECASE)
_CREDIT_TRIM = " \t-–—()（）[]."
# "（早报讯）", "(本报讯)": news from the named paper, at the head of a Chinese report,
# within its first lines.
SOURCE_TAG_LINES = 3
SOURCE_TAG = re.compile(r"^\s*[（(]\s*(?P<name>[^（）()\s]{1,12}?)\s*讯\s*[）)]")


def _credit_line(lines: Sequence[str]) -> tuple[int, str, str] | None:
    """(line number, line, agency) of a credit line closing the report: only agency names."""
    seen = 0
    for number in range(len(lines), 0, -1):
        line = lines[number - 1].strip()
        if not line:
            continue
        seen += 1
        if seen > CREDIT_LINES:
            return None
        names = [n for n in _CREDIT_SPLIT.split(line.strip(_CREDIT_TRIM)) if n]
        known = [_AGENCY_KEYS.get(n.strip(_CREDIT_TRIM).casefold()) for n in names]
        if names and all(known):
            return number, line, str(known[0])
    return None


def _source_tag(lines: Sequence[str]) -> tuple[int, str] | None:
    """(line number, name) of a Chinese source tag opening one of the first lines (the
    headline may come before it)."""
    seen = 0
    for number, line in enumerate(lines, start=1):
        if line.strip():
            match = SOURCE_TAG.match(line)
            if match:
                return number, match["name"]
            seen += 1
            if seen >= SOURCE_TAG_LINES:
                return None
    return None


def find_outlet(
    lines: Sequence[str],
    cleaned: Cleaned,
    *,
    metadata_outlet: str | None = None,
    url: str | None = None,
) -> OutletFound:
    """Who published the report, and the wire agency if a dateline names one.

    Args:
        lines: The decoded input, split into lines.
        cleaned: The same input after cleaning.
        metadata_outlet: The outlet the input's metadata gives, if any.
        url: The address the report was published at (metadata or a URL line), if any.

    Returns:
        The outlet, the basis for it and the agency.
    """
    dateline = find_dateline(lines, cleaned)
    agency = dateline.agency if dateline is not None else None
    credit = _credit_line(lines)
    if agency is None and credit is not None:
        agency = credit[2]
    if metadata_outlet:
        return OutletFound(outlet=metadata_outlet, basis="metadata", agency=agency)
    from_url = outlet_of_url(url) if url else None
    if from_url is not None and from_url.basis.endswith(_KNOWN):
        return OutletFound(outlet=from_url.outlet, basis=from_url.basis, agency=agency)
    for cut in cleaned.cuts:
        if cut.reason in ("copy-protection notice", "copyright notice"):
            name = _from_notice(cut.text)
            if name is not None:
                basis = f"{cut.reason} (line {cut.line})"
                return OutletFound(outlet=name, basis=basis, agency=agency)
    tag = _source_tag(lines)
    if tag is not None:
        basis = f"source tag '（{tag[1]}讯）' (line {tag[0]})"
        return OutletFound(outlet=tag[1], basis=basis, agency=agency)
    for cut in cleaned.cuts:
        if cut.reason == "byline":
            match = _STAFF_BYLINE.fullmatch(cut.text.strip())
            name = _tidy(match.group("name")) if match else None
            if name is not None:
                basis = f"staff byline (line {cut.line})"
                return OutletFound(outlet=name, basis=basis, agency=agency)
    if from_url is not None and from_url.outlet is not None:
        written = name_as_written(
            from_url.outlet,
            [cleaned.text, *(c.text for c in cleaned.cuts if c.reason != "URL line")],
        )
        if written is not None:
            basis = (
                f"web address ({from_url.outlet}), its name as the report writes it "
                f"('{written[1]}')"
            )
            return OutletFound(outlet=written[0], basis=basis, agency=agency)
        return OutletFound(outlet=from_url.outlet, basis=from_url.basis, agency=agency)
    if agency is not None:
        if (dateline is None or dateline.agency is None) and credit is not None:
            where = f"the credit line '{credit[1]}' (line {credit[0]})"
        else:
            where = f"the dateline ({agency})"
        basis = f"agency in {where}; the publishing site is not named"
        return OutletFound(outlet=agency, basis=basis, agency=agency)
    return OutletFound(outlet=None, basis="not stated in metadata or text")
