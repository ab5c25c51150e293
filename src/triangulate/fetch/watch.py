"""``Watcher``: poll feeds and pages, and hand over what is new, ready for ``ingest_bytes``.

For each target, in order: a page already seen is passed over; anything else is fetched. A
feed is read and each item whose link is new is fetched; a page is kept when new. "New"
means neither its URL nor the SHA-256 of its body has been seen. Every problem is collected
with the URL it concerns; polling never raises for a bad target or item.

``stream`` hands each new page over as soon as it is fetched, so the caller can store it
at once (an interrupted round keeps what it fetched) and memory holds a few bodies, not a
round's. Fetches run on a few threads, one request at a time per host (each host keeps its
rate limit) and different hosts at once; pages come out in the order they were asked for
(targets, then each feed's items in the feed's order), at most ``window`` fetched or being
fetched ahead of the one the caller waits for.
"""

from __future__ import annotations

import hashlib
import heapq
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
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
        workers: How many fetches run at once (never two to one host).
        window: How many pages may be fetched, or be fetching, ahead of the next one handed
            over: what bounds the bodies held in memory.
    """

    def __init__(
        self,
        fetcher: SafeFetcher,
        *,
        seen: Seen | None = None,
        max_items: int | None = None,
        workers: int = 4,
        window: int = 16,
    ) -> None:
        self.fetcher = fetcher
        self.max_items = max_items
        self.workers = max(1, workers)
        self.window = max(self.workers, window)
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
        """Fetch what is new among ``targets``, all of it before returning (see ``stream``).

        Args:
            targets: Feed URLs and page URLs, in the order to poll them.

        Returns:
            The new pages and every problem met; nothing is raised for a bad target.
        """
        items: list[Polled] = []
        problems: list[Problem] = []
        for found in self.stream(targets):
            if isinstance(found, Problem):
                problems.append(found)
            else:
                items.append(found)
        return PollResult(items=tuple(items), problems=tuple(problems))

    def stream(self, targets: Sequence[str]) -> Iterator[Polled | Problem]:
        """Fetch what is new among ``targets``, handing each page over once fetched.

        Whether a key was seen is asked in the caller's thread only, so ``seen`` may read a
        database the caller also writes to between pages.

        Args:
            targets: Feed URLs and page URLs, in the order to poll them.

        Yields:
            Each new page (``Polled``) and each problem met, in the order asked for.
        """
        lanes = _Lanes(self.fetcher.fetch, workers=self.workers, window=self.window)
        try:
            for target in targets:
                if not self._is_seen(url_key(target)):  # feeds are never marked seen
                    lanes.ask(target, _Asked(url=target))
            while lanes.pending():
                asked, outcome = lanes.next()
                yield from self._outcome(asked, outcome, lanes)
        finally:
            lanes.close()

    def _outcome(
        self, asked: _Asked, outcome: Fetched | BaseException, lanes: _Lanes
    ) -> Iterator[Polled | Problem]:
        """What one finished fetch gives: a page, a problem, or a feed's items asked for."""
        url = asked.url
        if isinstance(outcome, TriangulateError):
            yield Problem(url, str(outcome))
            return
        if isinstance(outcome, Exception):  # a bug must cost one target or item, not the poll
            yield Problem(url, _internal(outcome))
            return
        if isinstance(outcome, BaseException):
            raise outcome
        try:
            if asked.feed is None and looks_like_feed(outcome):
                yield from self._ask_items(outcome, read_feed(outcome), lanes)
                return
            polled = self._keep(outcome, asked.feed, asked.item)
        except TriangulateError as exc:
            yield Problem(url, str(exc))
            return
        except Exception as exc:
            yield Problem(url, _internal(exc))
            return
        if polled is not None:
            yield polled

    def _ask_items(
        self, feed: Fetched, entries: Sequence[FeedItem], lanes: _Lanes
    ) -> Iterator[Problem]:
        """Ask for each entry of ``feed`` not seen before (at most ``max_items``)."""
        asked = 0
        for entry in entries:
            if entry.url is None:
                title = f" '{entry.title}'" if entry.title else ""
                yield Problem(feed.url, f"feed item{title} has no link; not fetched")
                continue
            if self._is_seen(url_key(entry.url)):
                continue
            if self.max_items is not None and asked >= self.max_items:
                break
            asked += 1
            lanes.ask(entry.url, _Asked(url=entry.url, feed=feed.url, item=entry))

    def _keep(self, fetched: Fetched, feed: str | None, entry: FeedItem | None) -> Polled | None:
        """The page, unless its body was seen; refuse non-report types."""
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
            return None
        self._remember(polled)
        return polled


@dataclass(frozen=True, slots=True, kw_only=True)
class _Asked:
    """A URL asked for: a target (no feed), or a feed's item."""

    url: str
    feed: str | None = None
    item: FeedItem | None = None


@dataclass(slots=True)
class _Task:
    """One fetch: its place in the order asked, its host, and its outcome once done."""

    number: int
    host: str
    asked: _Asked
    outcome: Fetched | BaseException | None = None
    done: bool = False
    started: bool = False
    waiters: list[_Task] = field(default_factory=list)


class _Lanes:
    """Fetches on a few daemon threads, one at a time per host, outcomes handed back in the
    order asked; at most ``window`` tasks fetched or fetching ahead of the first not handed
    back (that one may always start)."""

    def __init__(self, fetch: Callable[[str], Fetched], *, workers: int, window: int) -> None:
        self._fetch = fetch
        self._window = window
        self._order: deque[_Task] = deque()  # asked, not yet handed back
        self._hosts: dict[str, deque[_Task]] = {}  # per host, asked and not yet started
        self._busy: set[str] = set()  # hosts with a fetch running
        self._ready: list[tuple[int, str]] = []  # (first waiting task, host) of idle hosts
        self._running = 0
        self._ahead = 0  # tasks done but not handed back
        self._count = 0
        self._todo: queue.Queue[_Task | None] = queue.Queue()
        self._finished: queue.Queue[_Task] = queue.Queue()
        self._threads = [
            threading.Thread(target=self._work, name=f"triangulate-fetch-{n}", daemon=True)
            for n in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    def ask(self, url: str, asked: _Asked) -> None:
        """Queue a fetch of ``url``."""
        task = _Task(number=self._count, host=_host_of(url), asked=asked)
        self._count += 1
        self._order.append(task)
        waiting = self._hosts.setdefault(task.host, deque())
        waiting.append(task)
        if len(waiting) == 1 and task.host not in self._busy:
            heapq.heappush(self._ready, (task.number, task.host))
        self._start()

    def pending(self) -> bool:
        """Whether a task asked for is not handed back yet."""
        return bool(self._order)

    def next(self) -> tuple[_Asked, Fetched | BaseException]:
        """The next task in the order asked, once done, with its outcome."""
        first = self._order[0]
        while not first.done:
            self._settle(self._finished.get())
        self._order.popleft()
        self._ahead -= 1
        outcome, first.outcome = first.outcome, None  # the body is the caller's now
        self._start()
        assert outcome is not None
        return first.asked, outcome

    def close(self) -> None:
        """Stop the threads (a fetch under way ends by its own deadline)."""
        for _ in self._threads:
            self._todo.put(None)

    def _settle(self, task: _Task) -> None:
        """Record a finished task: its host may take the next one."""
        task.done = True
        self._running -= 1
        self._ahead += 1
        self._busy.discard(task.host)
        waiting = self._hosts.get(task.host)
        if waiting:
            heapq.heappush(self._ready, (waiting[0].number, task.host))
        self._start()

    def _start(self) -> None:
        """Start what may start: idle hosts' first tasks, earliest first, within the window."""
        first = self._order[0].number if self._order else None
        while self._ready and self._running < len(self._threads):
            number, host = self._ready[0]
            if self._running + self._ahead >= self._window and number != first:
                return
            heapq.heappop(self._ready)
            task = self._hosts[host].popleft()
            task.started = True
            self._busy.add(host)
            self._running += 1
            self._todo.put(task)

    def _work(self) -> None:
        while True:
            task = self._todo.get()
            if task is None:
                return
            try:
                task.outcome = self._fetch(task.asked.url)
            except BaseException as exc:  # handed back to the caller's thread as it is
                task.outcome = exc
            self._finished.put(task)


def _host_of(url: str) -> str:
    """The host a URL is fetched from (its rate limit's key), or the URL when unreadable."""
    try:
        return httpx.URL(url).host.lower() or url
    except (httpx.InvalidURL, TypeError, ValueError):
        return url


def _internal(exc: Exception) -> str:
    """The reason given for an unexpected exception."""
    return f"internal error while fetching ({type(exc).__name__}: {exc}); please report it"
