"""Cut the lines of a scraped report that are not article text, keeping a record of each cut.

Rules describe *kinds* of line (comment prompts, share buttons, photo credits, bylines,
copy-protection footers, ...), never particular sites. They are conservative: a line of
prose is only cut when it carries a photo credit or repeats an earlier line, so that no
sentence of the article is lost. Every cut line is kept in ``Cleaned.cuts`` with its line
number, so kept text and cuts together give back every non-blank input line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from triangulate.ingest.dates import MONTHS, WEEKDAYS, find_dates
from triangulate.model.document import Cut

# Wire agencies and photo agencies whose name closes a caption ("... – Reuters").
CREDIT_AGENCIES: tuple[str, ...] = (
    "AFP",
    "AP",
    "Associated Press",
    "Reuters",
    "EPA",
    "EPA-EFE",
    "Getty Images",
    "Getty",
    "Shutterstock",
    "REX",
    "Anadolu Agency",
    "Anadolu",
    "AA",
    "dpa",
    "Xinhua",
    "SANA",
    "ANSA",
    "EFE",
    "UPI",
    "Agencies",
    "File photo",
)
_AGENCY_ALT = "|".join(re.escape(a) for a in sorted(CREDIT_AGENCIES, key=len, reverse=True))

_COMMENT_PROMPT = re.compile(
    r"(?:leave a (?:comment|reply)|post a comment|add a comment|write a comment"
    r"|be the first to comment(?: on .*)?|no comments(?: yet)?|comments?(?: \(\d+\))?"
    r"|\d+ comments?|show comments|view comments|load comments|join the (?:discussion|conversation)"
    r"|your email address will not be published.*|required fields are marked.*"
    r"|you must be logged in to post a comment.*|cancel reply)[\s.!:]*",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"(?:related(?: (?:articles?|posts?|stories|news|content|coverage|topics|reading|links))?"
    r"(?: you may like)?|(?:more )?posts you may like|you (?:may|might) also like"
    r"|read (?:more|also)|also read|see also|more (?:stories|news|articles)(?: from .{1,40})?"
    r"|recommended(?: for you| stories| articles)?|trending(?: now)?|most (?:read|popular)"
    r"|more on this(?: story| topic)?)[\s.!:]*",
    re.IGNORECASE,
)
_SOCIAL = r"(?:facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|reddit|email|e-mail|print)"
_SHARE = re.compile(
    r"(?:be social|share(?: this)?(?: (?:article|story|post|page))?(?: (?:on|via) "
    + _SOCIAL
    + r")?"
    r"|share on .{1,30}|click to share.*|follow us(?: on .{1,40})?|like us on .{1,30}"
    r"|subscribe(?: (?:to|for) .{1,60})?|sign up for .{0,40}newsletter.*|tweet|" + _SOCIAL + r")"
    r"[\s.!:]*",
    re.IGNORECASE,
)
_COPY_PROTECTION = re.compile(
    r"content is protected|copying is (?:forbidden|prohibited|not (?:allowed|permitted))"
    r"|do not copy"
    r"|right click is disabled|النسخ ممنوع|ممنوع النسخ|يمنع النسخ|يمنع نسخ",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|all rights reserved|جميع الحقوق محفوظة", re.IGNORECASE
)
_PHOTO_IN_PARENS = re.compile(
    r"\((?:photo|photos|image|picture|photograph|credit|foto)(?: credit)?s?\s*(?::|/|by\b)",
    re.IGNORECASE,
)
_PHOTO_PREFIX = re.compile(
    r"^(?:photo|image|picture|photograph|credit|photo credit|file photo)s?\s*(?::|by\b)",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(r"\s[–—-]\s*(?:" + _AGENCY_ALT + r")(?:/[\w .'-]+)?\s*$")
_CREDIT_PARENS_TAIL = re.compile(r"\((?:" + _AGENCY_ALT + r")(?:/[^)]*)?\)\s*$")
_BYLINE = re.compile(
    r"(?:by|written by|posted by|reported by|story by|text by|words by|author)\s*:?\s*(?P<name>.*)",
    re.IGNORECASE,
)
# Wire copy closes with its credits: "(Reporting by ...; Editing by ...)".
_WIRE_CREDITS = re.compile(
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled|translated) by\b.*", re.IGNORECASE
)
_NAME_TOKEN = re.compile(r"[A-Z\u00C0-\u024F][\w.'’-]*|and|&|[,|/-]|de|al|el|bin|van|von|da")
_NOT_A_NAME = frozenset(
    [*WEEKDAYS, *MONTHS, "the", "then", "now", "this", "that", "late", "early", "mid"]
)
_LANGUAGE_WORDS = frozenset(
    (
        *("language", "languages", "lang", "version", "english", "arabic", "french", "kurdish"),
        *("turkish", "persian", "farsi", "spanish", "german", "russian", "chinese", "hebrew"),
        *("العربية", "اللغة", "عربي", "français", "francais", "türkçe", "español", "deutsch"),
        *("русский", "中文", "فارسی", "کوردی", "kurdî", "עברית"),
        *("en", "ar", "fr", "de", "es", "tr", "ku", "fa"),
    )
)
_NAVIGATION = re.compile(
    r"(?:skip to (?:main )?content|menu|main menu|home|search|back to top|go to top"
    r"|next (?:article|post|story)|previous (?:article|post|story)|print(?: this)?(?: article)?"
    r"|close|loading\W*|advertisement|sponsored|scroll to continue)[\s.!:]*",
    re.IGNORECASE,
)
_BREADCRUMB_SEP = re.compile(r"\s*(?:»|›|>|/)\s*")
_TAGS = re.compile(r"(?:tags?|topics?|filed under|categories|category)\s*:.*", re.IGNORECASE)
_READING_TIME = re.compile(
    r"(?:reading time\s*:?.{0,20}|\d+\s*min(?:ute)?s?\s+read)[\s.]*", re.IGNORECASE
)
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?=\W|$)", re.IGNORECASE
)
_META_WORDS = re.compile(
    r"\b(?i:published|posted|updated|last|modified|date|on|at|time)\b|\b[A-Z]{2,4}\b"
    r"|[+-]\d{2}:?\d{2}\b"
)
_CAPTION_DATE_TAIL = re.compile(r",\s*$")
# A web address, perhaps after a label, perhaps spaced out by a tokenizer
# ("http: / / www. example. com / world / 2010 / 05 / story - title"); some sites' addresses
# hold commas ("/photo - 12. jpg, 0, 5924311. photo").
_URL_LABEL = re.compile(r"^(?:url|link|source|web|online|read online|permalink)\s*:\s*", re.I)
_URL_JOINERS = re.compile(r"\s*([/.\-_?=&#:~+%,])\s*")
_URL = re.compile(r"(?:https?://|www\.)[^\s/]+\.[^\s/]+(?:/\S*)?", re.IGNORECASE)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Cleaned:
    """A text with its junk lines cut.

    Attributes:
        text: The kept lines; paragraphs separated by one blank line.
        cuts: Every cut line, with its 1-based line number in the input and why.
        kept_lines: For each non-blank line of ``text``, in order, its 1-based input line.
    """

    text: str
    cuts: tuple[Cut, ...]
    kept_lines: tuple[int, ...]


def _words(line: str) -> int:
    """Number of words in a line."""
    return len(_WORD.findall(line))


# Two letters or digits anywhere in a line ([^\W_] is exactly str.isalnum).
_TWO_ALNUM = re.compile(r"[^\W_].*[^\W_]", re.DOTALL)


def url_of_line(line: str) -> str | None:
    """The web address a line consists of, spaces a tokenizer put inside it removed; else None.

    A line that is only an address (the page a scraped report came from) is metadata: its
    digits are not figures and it is not the title.
    """
    text = _URL_LABEL.sub("", line.strip())
    if not text[:1].isalpha():
        return None
    joined = _URL_JOINERS.sub(r"\1", text)
    return joined if _URL.fullmatch(joined) else None


def _is_junk(line: str) -> bool:
    """A lone dash, bullet or letter: no more than one letter or digit in the line."""
    return _TWO_ALNUM.search(line) is None


def is_metadata_line(line: str) -> bool:
    """A line that is only a date, perhaps with a weekday, a time and "Published"/"Updated"."""
    dates = find_dates(line)
    if len(dates) != 1:
        return False
    rest = line[: dates[0].start] + " " + line[dates[0].end :]
    rest = _META_WORDS.sub(" ", _TIME.sub(" ", rest))
    return not any(ch.isalnum() for ch in rest)


# A time stamp as a page prints it above or below a headline: "Updated 11 / 27 / 2005 3: 41
# PM", "Friday, Sep 10, 2010 | Updated 8: 52 PM EDT", "21 July 2013 Last updated at 11: 11
# GMT", "Updated 9: 06 AM". Archived text often spaces the parts of a time or a date out
# ("3: 41", "p. m.", "11 / 27 / 2005"); they are joined before the words are read.
_SPACED_TIME = re.compile(r"\b(\d{1,2})\s*([:.])\s*(\d{2})(?:\s*:\s*(\d{2}))?(?!\d)")
_SPACED_AMPM = re.compile(r"\b([ap])\.\s*m\b\.?", re.IGNORECASE)
_SPACED_DATE = re.compile(
    r"\b(?:\d{4}\s*-\s*\d{1,2}\s*-\s*\d{1,2}|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}"
    r"|\d{1,4}\.\s*\d{1,2}\.\s*\d{2,4})(?![\d:])"
)
_STAMP_SPLIT = re.compile(r"[\s|@()\[\]–—]+|,(?!\d)|-(?=\s|$)")
_STAMP_WORDS = frozenset(
    (
        *("published", "posted", "updated", "update", "last", "first", "created", "edited"),
        *("modified", "originally", "story", "article", "time", "date", "on", "at", "hrs"),
        *("release", "released"),
        *(m[:3] for m in MONTHS),
        *(d[:3] for d in WEEKDAYS),
        *MONTHS,
        *WEEKDAYS,
        *("sept", "tues", "thur", "thurs", "am", "pm"),
    )
)
_STAMP_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ap]m?)?", re.IGNORECASE)
_STAMP_NUMBER = re.compile(r"\d{1,4}(?:st|nd|rd|th)?", re.IGNORECASE)
_STAMP_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,4}(?:[/.-]\d{1,4})?")
# A zone in capitals ("EDT", "AEST", "GMT+05:00") or a country's ("UK").
_STAMP_ZONE = re.compile(r"[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}")


def is_stamp_line(line: str) -> bool:
    """A line that is only a page's time stamp: dates, times, zones, weekdays and the words
    stamps use ("Published", "Last updated at"), with a time or a date in it.

    A headline or a sentence holds other words ("3 dead after fire on May 5") and is never
    one; nor is a bare number or year. A stamp stays in the text, where the report's date
    and time of day are read from it, but it is never the report's title, and its words
    ("Updated", "AEST") name nothing.
    """
    text = _SPACED_AMPM.sub(r"\1m", line.strip())
    text = _SPACED_TIME.sub(lambda m: f"{m[1]}{m[2]}{m[3]}" + (f":{m[4]}" if m[4] else ""), text)
    text = _SPACED_DATE.sub(lambda m: re.sub(r"\s+", "", m[0]), text)
    timed = dated = labelled = False
    months = 0
    for token in _STAMP_SPLIT.split(text):
        token = token.strip(".:;")
        if not token:
            continue
        folded = token.lower().rstrip(".")
        if _STAMP_TIME.fullmatch(token):
            timed = True
        elif _STAMP_NUMERIC_DATE.fullmatch(token):
            dated = True
        elif folded in MONTHS or (folded[:3] in _MONTH_PREFIXES and folded in _STAMP_WORDS):
            months += 1
        elif folded in _STAMP_WORDS:
            labelled = True
        elif _STAMP_NUMBER.fullmatch(token):
            continue
        elif _STAMP_ZONE.fullmatch(token):
            labelled = True
        else:
            return False
    # A time alone ("10.25") may be a table's number: a stamp names its zone, a date or
    # what it stamps ("Updated 9: 06 AM").
    return (
        (timed and (labelled or dated or months > 0))
        or dated
        or (months == 1 and find_dates(line) != ())
    )


_MONTH_PREFIXES = frozenset(m[:3] for m in MONTHS)


def _is_byline(line: str) -> bool:
    """ "BY", "Written by Editorial Board", "By Jane Doe and John Roe"."""
    match = _BYLINE.fullmatch(line)
    if match is None:
        return False
    name = match.group("name").strip()
    if not name:
        return True
    tokens = re.findall(r"[\w.'’&-]+|[,|/]", name)
    if len(tokens) > 8 or any(ch.isdigit() for ch in name) or name.endswith((".", "!", "?")):
        return False
    if tokens[0].lower() in _NOT_A_NAME or not tokens[0][:1].isupper():
        return False
    return all(_NAME_TOKEN.fullmatch(t) for t in tokens)


def _is_language_switch(line: str) -> bool:
    """A short line made only of language names: a link to another edition of the site."""
    tokens = [t for t in re.split(r"[\s/|,•·-]+", line.lower()) if t]
    return 0 < len(tokens) <= 6 and all(t in _LANGUAGE_WORDS for t in tokens)


def _is_breadcrumb(line: str) -> bool:
    """ "Home » News » Middle East": short segments joined by arrows."""
    if not re.search(r"[»›>]", line):
        return False
    parts = [p for p in _BREADCRUMB_SEP.split(line) if p]
    return len(parts) >= 2 and all(_words(p) <= 4 for p in parts) and not line.endswith(".")


def _is_photo_credit(line: str) -> bool:
    """A caption carrying a credit: "(Photo: NAME/AGENCY)", "... – Reuters", "Photo: ..."."""
    if _PHOTO_IN_PARENS.search(line):
        return True
    if _PHOTO_PREFIX.match(line) and _words(line) <= 30:
        return True
    # A sentence ends with a full stop or a quote; a caption credit ends with the agency.
    return bool(_CREDIT_TAIL.search(line) or _CREDIT_PARENS_TAIL.search(line))


def _is_caption_shaped(line: str) -> bool:
    """A caption ends "..., PLACE, DATE." (news photo captions give where and when last)."""
    dates = find_dates(line)
    if not dates:
        return False
    last = dates[-1]
    tail = line[last.end :].strip()
    return tail in ("", ".") and bool(_CAPTION_DATE_TAIL.search(line[: last.start]))


def _full(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A rule that the whole line must match."""
    return lambda line: pattern.fullmatch(line) is not None


# Read top to bottom: the first rule that matches names the reason.
# A rule with a word limit only applies to lines of at most that many words; the words of a
# line are counted once for all the rules.
_RULES: tuple[tuple[str, int | None, Callable[[str], bool]], ...] = (
    ("junk line", None, _is_junk),
    ("URL line", None, lambda s: url_of_line(s) is not None),
    ("metadata line", 16, is_metadata_line),
    ("metadata line", 8, _full(_READING_TIME)),
    ("comment prompt", 40, _full(_COMMENT_PROMPT)),
    ("related links", 12, _full(_RELATED)),
    ("share/subscribe", 12, _full(_SHARE)),
    ("copy-protection notice", 20, lambda s: bool(_COPY_PROTECTION.search(s))),
    ("copyright notice", 20, lambda s: bool(_COPYRIGHT.search(s))),
    ("photo credit", 60, _is_photo_credit),
    ("byline", 10, _is_byline),
    ("byline", 30, _full(_WIRE_CREDITS)),
    ("language switch", None, _is_language_switch),
    ("navigation", 6, _full(_NAVIGATION)),
    ("navigation", 16, _is_breadcrumb),
    ("tags", 25, _full(_TAGS)),
)


def classify_line(line: str) -> str | None:
    """Why a single line is not article text, or None when it may be.

    Args:
        line: One line, without its newline.

    Returns:
        A short reason ("comment prompt", "photo credit", ...) or None.
    """
    stripped = line.strip()
    words: int | None = None
    for reason, limit, test in _RULES:
        if limit is not None:
            if words is None:
                words = _words(stripped)
            if words > limit:
                continue
        if test(stripped):
            return reason
    return None


def _neighbour_reasons(reasons: dict[int, str], order: list[int], pos: int) -> set[str]:
    """Reasons given to the non-blank lines just before and after position ``pos``."""
    near = set()
    for other in (pos - 1, pos + 1):
        if 0 <= other < len(order) and order[other] in reasons:
            near.add(reasons[order[other]])
    return near


def clean(text: str, *, paragraph_per_line: bool = False) -> Cleaned:
    """Cut the lines of ``text`` that are not article text.

    Args:
        text: Decoded text with ``\\n`` newlines (see ``decode.normalize``).
        paragraph_per_line: Treat every line as its own paragraph (text extracted from
            HTML comes one paragraph per line).

    Returns:
        The kept text, the cuts and where each kept line came from. Kept lines are not
        changed; runs of blank lines become one blank line, and leading and trailing
        blank lines go.
    """
    lines = text.split("\n")
    order = [i for i, line in enumerate(lines) if line.strip()]
    reasons: dict[int, str] = {}
    for i in order:
        reason = classify_line(lines[i])
        if reason is not None:
            reasons[i] = reason
    # A lone count next to a comment prompt is the comment counter ("Comments" / "0").
    for pos, i in enumerate(order):
        if lines[i].strip().isdigit() and "comment prompt" in _neighbour_reasons(
            reasons, order, pos
        ):
            reasons[i] = "comment prompt"
    _mark_repeats(lines, order, reasons)

    kept: list[str] = []
    kept_lines: list[int] = []
    previous = -1
    for i in order:
        if i in reasons:
            continue
        if kept:
            gap = lines[previous + 1 : i]
            blank_between = paragraph_per_line or any(not g.strip() for g in gap)
            kept.append("\n\n" if blank_between else "\n")
        kept.append(lines[i])
        kept_lines.append(i + 1)
        previous = i
    cuts = tuple(Cut(line=i + 1, text=lines[i], reason=reasons[i]) for i in order if i in reasons)
    return Cleaned(text="".join(kept), cuts=cuts, kept_lines=tuple(kept_lines))


def _mark_repeats(lines: list[str], order: list[int], reasons: dict[int, str]) -> None:
    """Cut later copies of a repeated line; cut both copies of a repeated caption."""
    first_seen: dict[str, int] = {}
    for i in order:
        key = lines[i].strip()
        if key not in first_seen:
            first_seen[key] = i
            continue
        if i in reasons:
            continue
        first = first_seen[key]
        if _is_caption_shaped(key):
            # Image alt text followed by the same caption: neither copy is article text.
            reasons[i] = "caption repeated"
            reasons.setdefault(first, "caption repeated")
        else:
            reasons[i] = "duplicate line"
