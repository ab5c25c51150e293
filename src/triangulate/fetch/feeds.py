"""RSS and Atom feeds: the items of a fetched feed, read with feedparser.

feedparser is imported here and nowhere else. It is given the body as a byte stream, never
a string, so it cannot open a URL or a file on its own; external entities are off.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from triangulate.errors import MissingDependency
from triangulate.fetch.errors import FeedUnreadable
from triangulate.fetch.fetcher import Fetched

# Generic XML types (application/xml, text/xml) are told apart from other XML by the first tag.
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/feed+xml"})
_FEED_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<![^>]*>\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL,
)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedItem:
    """One entry of a feed.

    Attributes:
        url: The item's link, made absolute against the feed's URL; None when it has none.
        title: Its title as plain text, or None.
        published: When it was published (else updated), as ISO 8601 in UTC
            ("2024-03-05T08:30:00+00:00"), or None when the feed gives no readable date.
        summary: Its summary or description as plain text (tags removed), or None.
    """

    url: str | None
    title: str | None
    published: str | None
    summary: str | None


def looks_like_feed(fetched: Fetched) -> bool:
    """True when ``fetched`` is an RSS, Atom or RDF feed, by its content type or first tag.

    Args:
        fetched: A fetched body.

    Returns:
        Whether ``read_feed`` should be tried on it; an HTML page gives False.
    """
    if fetched.media_type in _FEED_TYPES:
        return True
    head = fetched.body[:4096].lstrip(b"\xef\xbb\xbf")
    return _FEED_START.match(head) is not None


def _plain(value: object) -> str | None:
    """Markup-free, whitespace-collapsed text, or None when empty."""
    if not isinstance(value, str):
        return None
    text = _SPACE.sub(" ", html.unescape(_TAG.sub(" ", value))).strip()
    return text or None


def _published(entry: Any) -> str | None:
    """The entry's publication (else update) time in ISO 8601, UTC."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed is not None:
            try:
                year, month, day, hour, minute, second = parsed[:6]
                return datetime(year, month, day, hour, minute, second, tzinfo=UTC).isoformat()
            except (TypeError, ValueError):
                continue
    return None


def read_feed(fetched: Fetched) -> tuple[FeedItem, ...]:
    """The items of an RSS or Atom feed, in the feed's order.

    A feed with small errors (a bad date, a stray character) is read as far as it goes;
    only a body that gives no feed at all is refused.

    Args:
        fetched: The fetched feed.

    Returns:
        One item per entry. Entries without a link are kept, with ``url`` None.

    Raises:
        FeedUnreadable: The body is not a feed, or is too broken to give any entry.
        MissingDependency: feedparser is not installed.
    """
    try:
        import feedparser  # type: ignore[import-untyped]  # it ships no type information
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependency(
            "feedparser (to read feeds)", 'pip install "triangulate[watch]"'
        ) from exc
    headers = {"content-location": fetched.url}
    if fetched.content_type:
        headers["content-type"] = fetched.content_type
    parsed: Any = feedparser.parse(io.BytesIO(fetched.body), response_headers=headers)
    entries = list(parsed.get("entries") or ())
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        problem = parsed.get("bozo_exception")
        detail = f" ({type(problem).__name__}: {problem})" if problem is not None else ""
        raise FeedUnreadable(
            f"{fetched.url} is not a readable RSS or Atom feed{detail}; "
            "check the address, or pass the page URL itself",
            url=fetched.url,
        )
    items = []
    for entry in entries:
        link = entry.get("link")
        items.append(
            FeedItem(
                url=urljoin(fetched.url, link) if isinstance(link, str) and link else None,
                title=_plain(entry.get("title")),
                published=_published(entry),
                summary=_plain(entry.get("summary")),
            )
        )
    return tuple(items)
