"""``Watcher``: poll feeds and pages, and return what is new, ready for ``ingest_bytes``.

For each target, in order: a page already seen is passed over; anything else is fetched. A
feed is read and each item whose link is new is fetched; a page is kept when new. "New"
means neither its URL nor the SHA-256 of its body has been seen. Every problem is collected
with the URL it concerns; ``poll`` itself never raises for a bad target or item.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

import httpx

from triangulate.errors import TriangulateError
from triangulate.fetch.errors import FetchRefused
from triangulate.fetch.feeds import FeedItem, looks_like_feed, read_feed
from triangulate.fetch.fetcher import Fetched, SafeFetcher

Seen = set[str] | Callable[[str], bool]
"""What has been read before: a set of keys, or a function saying whether a key was seen.

Keys are normalised URLs ("https://news.example/a") and body hashes ("sha256:<hex>").
"""

_EXTENSIONS = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/json": ".json",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "text/plain": ".txt",
    "text/markdown": ".md",
}


class Problem(NamedTuple):
    """A target or feed item that gave nothing, and why.

    Attributes:
        url: The target or item URL.
        reason: Why, with the error's code ("[T101] robots.txt at ... disallows ...").
    """

    url: str
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Polled:
    """One new page, fetched and ready for ``ingest_bytes(polled.name, polled.raw)``.

    Attributes:
        url: Its final URL, after redirects.
        requested: The URL asked for (the target, or the feed item's link).
        name: A file-like name for ingest ("news.example/2024/05/story.html"), whose
            extension matches the content type so ingest picks the right reader.
        raw: The body.
        content_type: The ``Content-Type`` header, or None.
        sha256: The SHA-256 of ``raw``, in hex.
        fetched_at: When it was fetched (UTC).
        feed: The feed's URL when it came from a feed, else None.
        item: The feed's entry for it (title, date, summary), else None.
    """

    url: str
    requested: str
    name: str
    raw: bytes
    content_type: str | None
    sha256: str
    fetched_at: datetime
    feed: str | None = None
    item: FeedItem | None = None

    @property
    def seen_keys(self) -> tuple[str, ...]:
        """The keys to store so later polls pass this page over (URLs and body hash)."""
        return tuple(dict.fromkeys((url_key(self.requested), url_key(self.url), self.hash_key)))

    @property
    def hash_key(self) -> str:
        """ "sha256:<hex>": the key for this body."""
        return f"sha256:{self.sha256}"


@dataclass(frozen=True, slots=True, kw_only=True)
class PollResult:
    """What one poll found.

    Attributes:
        items: The new pages, in target order (a feed's items in the feed's order).
        problems: Every target or item that gave nothing because of an error.
    """

    items: tuple[Polled, ...]
    problems: tuple[Problem, ...]


def url_key(url: str) -> str:
    """``url`` normalised for "seen before?" (host lower-cased, default port and fragment
    dropped); unchanged when it cannot be parsed.

    Args:
        url: A URL.

    Returns:
        The key.
    """
    try:
        return str(httpx.URL(url).copy_with(fragment=None))
    except (httpx.InvalidURL, TypeError, ValueError):
        return url


def ingest_name(url: str, content_type: str | None) -> str | None:
    """A file-like name for a fetched body, for ``ingest_bytes``; None if it is not a report.

    Args:
        url: The final URL.
        content_type: The ``Content-Type`` header.

    Returns:
        ``host[:port]/path[?query]`` with an extension for the content type appended when the
        path does not already end with it ("news.example/a/b.html"); the path as it is for an
        unknown text type (ingest then reads the content); None for binary types (images,
        PDF, archives), which ingest cannot read.
    """
    parsed = httpx.URL(url)
    host = parsed.host + (f":{parsed.port}" if parsed.port is not None else "")
    path = parsed.path or "/"
    if path.endswith("/"):
        path += "index"
    name = host + path + (f"?{parsed.query.decode('ascii')}" if parsed.query else "")
    media = content_type.split(";", 1)[0].strip().lower() if content_type else None
    extension = _EXTENSIONS.get(media) if media else None
    if extension is not None:
        return name if name.lower().endswith(extension) else name + extension
    if media is None or media.startswith("text/"):
        return name
    return None


class Watcher:
    """Polls feeds and pages for new reports.

    Args:
        fetcher: Fetches every target and item, with its limits and checks.
        seen: What was read before. A set is read and updated in place with the
            ``seen_keys`` of every item returned. A function is only asked; the caller
            stores ``Polled.seen_keys`` itself (for instance in its database) once it has
            kept an item, and the watcher also remembers what it returned itself, so a second
            poll of the same watcher never returns an item twice.
        max_items: The most new items fetched per feed in one poll (oldest left for the next
            poll, in feed order); None for no limit.
    """

    def __init__(
        self,
        fetcher: SafeFetcher,
        *,
        seen: Seen | None = None,
        max_items: int | None = None,
    ) -> None:
        self.fetcher = fetcher
        self.max_items = max_items
        self._returned: set[str] = set()
        if seen is None:
            seen = set()
        self._seen = seen

    def _is_seen(self, key: str) -> bool:
        """Whether ``key`` was seen before or returned by this watcher."""
        if key in self._returned:
            return True
        if isinstance(self._seen, set):
            return key in self._seen
        return bool(self._seen(key))

    def _remember(self, polled: Polled) -> None:
        """Record ``polled`` so no later poll returns it again."""
        keys = polled.seen_keys
        self._returned.update(keys)
        if isinstance(self._seen, set):
            self._seen.update(keys)

    def poll(self, targets: Sequence[str]) -> PollResult:
        """Fetch what is new among ``targets``.

        Args:
            targets: Feed URLs and page URLs, in the order to poll them.

        Returns:
            The new pages and every problem met; nothing is raised for a bad target.
        """
        items: list[Polled] = []
        problems: list[Problem] = []
        for target in targets:
            if self._is_seen(url_key(target)):
                continue  # a page already read; feeds are never marked seen
            try:
                fetched = self.fetcher.fetch(target)
                if looks_like_feed(fetched):
                    feed_items = read_feed(fetched)
                else:
                    self._keep(fetched, None, None, items)
                    continue
            except TriangulateError as exc:
                problems.append(Problem(target, str(exc)))
                continue
            except Exception as exc:  # a bug must cost one target, not the whole poll
                problems.append(Problem(target, _internal(exc)))
                continue
            self._poll_feed(fetched, feed_items, items, problems)
        return PollResult(items=tuple(items), problems=tuple(problems))

    def _poll_feed(
        self,
        feed: Fetched,
        entries: Sequence[FeedItem],
        items: list[Polled],
        problems: list[Problem],
    ) -> None:
        """Fetch each entry of ``feed`` not seen before."""
        fetched_count = 0
        for entry in entries:
            if entry.url is None:
                title = f" '{entry.title}'" if entry.title else ""
                problems.append(Problem(feed.url, f"feed item{title} has no link; not fetched"))
                continue
            if self._is_seen(url_key(entry.url)):
                continue
            if self.max_items is not None and fetched_count >= self.max_items:
                break
            fetched_count += 1
            try:
                page = self.fetcher.fetch(entry.url)
                self._keep(page, feed.url, entry, items)
            except TriangulateError as exc:
                problems.append(Problem(entry.url, str(exc)))
            except Exception as exc:  # a bug must cost one item, not the whole poll
                problems.append(Problem(entry.url, _internal(exc)))

    def _keep(
        self, fetched: Fetched, feed: str | None, entry: FeedItem | None, items: list[Polled]
    ) -> None:
        """Add ``fetched`` to ``items`` unless its body was seen; refuse non-report types."""
        name = ingest_name(fetched.url, fetched.content_type)
        if name is None:
            raise FetchRefused(f"content type {fetched.media_type} is not a report ingest can read")
        polled = Polled(
            url=fetched.url,
            requested=fetched.requested,
            name=name,
            raw=fetched.body,
            content_type=fetched.content_type,
            sha256=hashlib.sha256(fetched.body).hexdigest(),
            fetched_at=fetched.fetched_at,
            feed=feed,
            item=entry,
        )
        if self._is_seen(polled.hash_key) or self._is_seen(url_key(polled.url)):
            # Same body under another URL, or a redirect to a page already read.
            self._returned.update(polled.seen_keys)
            return
        self._remember(polled)
        items.append(polled)


def _internal(exc: Exception) -> str:
    """The reason given for an unexpected exception."""
    return f"internal error while fetching ({type(exc).__name__}: {exc}); please report it"
