"""Fetch: feeds and pages over HTTP(S), safely, for ``triangulate watch``.

Read top to bottom for one poll: ``watch.Watcher.poll`` takes feed and page URLs; each is
fetched by ``fetcher.SafeFetcher`` (http(s) only, public addresses only unless allowed,
robots.txt, per-host rate limit, size and time limits; ``address`` checks the addresses and
``transport`` connects only to checked ones); a feed is read by ``feeds.read_feed``
(feedparser) and its new items fetched the same way. What comes back is bytes with a
file-like name, for ``triangulate.ingest.ingest_bytes``.

Needs the ``watch`` extra (httpx, feedparser): ``pip install "triangulate[watch]"``.
"""

from __future__ import annotations

from triangulate.errors import MissingDependency

try:
    import httpx  # noqa: F401  (checked here so a missing extra names the install to run)
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise MissingDependency(
        "httpx (to fetch feeds and pages)", 'pip install "triangulate[watch]"'
    ) from exc

from triangulate.fetch.address import is_public, system_resolver
from triangulate.fetch.errors import FeedUnreadable, FetchFailed, FetchRefused
from triangulate.fetch.feeds import FeedItem, looks_like_feed, read_feed
from triangulate.fetch.fetcher import USER_AGENT, Fetched, SafeFetcher
from triangulate.fetch.watch import (
    Polled,
    PollResult,
    Problem,
    Seen,
    Watcher,
    ingest_name,
    url_key,
)

__all__ = [
    "USER_AGENT",
    "FeedItem",
    "FeedUnreadable",
    "FetchFailed",
    "FetchRefused",
    "Fetched",
    "PollResult",
    "Polled",
    "Problem",
    "SafeFetcher",
    "Seen",
    "Watcher",
    "ingest_name",
    "is_public",
    "looks_like_feed",
    "read_feed",
    "system_resolver",
    "url_key",
]
