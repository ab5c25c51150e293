"""``SafeFetcher``: fetch one URL over HTTP(S) within limits, politely and without SSRF.

Read ``SafeFetcher.fetch`` top to bottom for one URL. For each hop (the URL, then each
redirect): check its scheme and host (every address the host resolves to must be public),
check robots.txt for its origin (fetched once per origin and cached), wait for the host's
turn (per-host rate limit), send the request, and either follow a redirect or read the body
in chunks, stopping as soon as it passes the size limit.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final
from urllib.robotparser import RobotFileParser

import httpx

from triangulate import __version__
from triangulate.fetch.address import PRIVATE_HINT, Resolver, check_host, system_resolver
from triangulate.fetch.errors import FetchFailed, FetchRefused
from triangulate.fetch.transport import TIME_LEFT, TIME_UP, CheckedTransport, resolve_in_time
from triangulate.ingest.sources import format_size

USER_AGENT: Final = (
    f"triangulate/{__version__} (news cross-checking; +https://pypi.org/project/triangulate/)"
)
"""Sent with every request; its first word ("triangulate") is what robots.txt rules match."""

ROBOTS_MAX_BYTES: Final = 500_000
"""The largest robots.txt read (RFC 9309 asks crawlers to read at least 500 KiB)."""

_REDIRECTS: Final = frozenset({301, 302, 303, 307, 308})
_SCHEMES: Final = frozenset({"http", "https"})
_ACCEPT: Final = (
    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/plain;q=0.8, */*;q=0.5"
)


def _utc_now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True, kw_only=True)
class Fetched:
    """One page or feed as fetched.

    Attributes:
        url: The final URL, after redirects.
        requested: The URL asked for.
        status: The HTTP status of the final response (always 2xx).
        content_type: The ``Content-Type`` header as sent (with its charset), or None.
        body: The whole body, decoded from any content encoding, at most ``max_bytes`` long.
        fetched_at: When the body was read (UTC).
    """

    url: str
    requested: str
    status: int
    content_type: str | None
    body: bytes
    fetched_at: datetime

    @property
    def media_type(self) -> str | None:
        """The content type without parameters, lower-cased ("text/html"), or None."""
        if not self.content_type:
            return None
        return self.content_type.split(";", 1)[0].strip().lower() or None


@dataclass(slots=True)
class _Deadline:
    """When the whole fetch must be done; moved on by time spent waiting for the rate limit."""

    at: float


class SafeFetcher:
    """Fetches URLs over HTTP(S) with SSRF protection, size and time limits and politeness.

    Safe to share between threads: requests to one host wait their turn (the rate limit is
    kept per host under a lock), and robots.txt is read once per origin.

    Args:
        transport: The httpx transport to send requests with. The default connects only to
            addresses that pass the same check as the URL (so a DNS answer that changes
            between the check and the connection cannot reach a private address); tests pass
            an ``httpx.MockTransport``.
        timeout: Seconds allowed for each network operation (connecting, each read).
        total_timeout: Seconds allowed for a whole fetch, redirects included (waiting for
            the rate limit is not counted): resolving, connecting, the headers and the body
            all come out of it, so a server that trickles header lines or body bytes is cut
            off once it passes.
        max_bytes: The largest body read; larger bodies are refused, after reading at most
            this many bytes (or none, when ``Content-Length`` says it is larger).
        max_redirects: The most redirects followed for one fetch.
        allow_private: Fetch from private, loopback and link-local addresses too (a local
            test server, an intranet). Off by default: a feed must not be able to make the
            fetcher reach internal services.
        user_agent: The ``User-Agent`` header; its first word is matched by robots.txt.
        min_interval: Seconds between the starts of two requests to the same host.
        respect_robots: Check each origin's robots.txt and refuse what it disallows.
        resolver: Resolves a host to its addresses (``socket.getaddrinfo`` by default).
        clock: A monotonic clock in seconds, for the rate limit and the total timeout.
        sleep: Sleeps for a number of seconds (the rate limit's wait).
        now: The current time, for ``Fetched.fetched_at``.
    """

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 10.0,
        total_timeout: float = 60.0,
        max_bytes: int = 5_000_000,
        max_redirects: int = 5,
        allow_private: bool = False,
        user_agent: str = USER_AGENT,
        min_interval: float = 1.0,
        respect_robots: bool = True,
        resolver: Resolver = system_resolver,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        now: Callable[[], datetime] = _utc_now,
    ) -> None:
        if transport is None:
            transport = CheckedTransport(resolver=resolver, allow_private=allow_private)
        self.timeout = timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.allow_private = allow_private
        self.user_agent = user_agent
        self.min_interval = min_interval
        self.respect_robots = respect_robots
        self._resolver = resolve_in_time(resolver)
        self._clock = clock
        self._sleep = sleep
        self._now = now
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser] = {}
        # One lock per host (the rate limit) and per origin (robots.txt), made under _guard.
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            trust_env=False,  # no proxies or .netrc credentials from the environment
            headers={
                "User-Agent": user_agent,
                "Accept": _ACCEPT,
                # Asking for no compression keeps a small body from expanding far past the
                # size limit inside one chunk; the limit is still checked on decoded bytes.
                "Accept-Encoding": "identity",
            },
        )

    def close(self) -> None:
        """Close the connections this fetcher holds."""
        self._client.close()

    def __enter__(self) -> SafeFetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def fetch(self, url: str) -> Fetched:
        """Fetch ``url``, following redirects, within every limit.

        Args:
            url: An absolute http or https URL.

        Returns:
            The final response with its whole body.

        Raises:
            FetchRefused: The URL or a redirect hop is not http(s), its host resolves to a
                non-public address (unless ``allow_private``), robots.txt disallows it,
                there are more than ``max_redirects`` redirects, or the body is larger
                than ``max_bytes``.
            FetchFailed: The host does not resolve or cannot be reached, the fetch timed
                out, or the server answered with an error status (``status`` is set).
        """
        return self._fetch(url, max_bytes=self.max_bytes, robots=self.respect_robots)

    def _fetch(self, url: str, *, max_bytes: int, robots: bool) -> Fetched:
        """Fetch ``url``, checking every hop; robots.txt only when ``robots``."""
        outer = TIME_LEFT.get()  # robots.txt is read within the fetch that needs it
        allowed = self.total_timeout if outer is None else min(self.total_timeout, outer())
        deadline = _Deadline(self._clock() + allowed)
        token = TIME_LEFT.set(lambda: deadline.at - self._clock())
        try:
            return self._hops(url, max_bytes, robots, deadline)
        finally:
            TIME_LEFT.reset(token)

    def _hops(self, url: str, max_bytes: int, robots: bool, deadline: _Deadline) -> Fetched:
        """The fetch of ``url`` and its redirects, within ``deadline``."""
        current = self._parse(url)
        for hop in range(self.max_redirects + 1):
            where = "" if hop == 0 else f" (redirect {hop}, to {current})"
            try:
                self._check_host(current)
                if robots:
                    self._check_robots(current)
                fetched, location = self._exchange(current, url, max_bytes, deadline)
            except FetchRefused as exc:
                raise FetchRefused(exc.reason + where, url=str(current)) from None
            except FetchFailed as exc:
                raise FetchFailed(exc.reason + where, url=str(current), status=exc.status) from None
            if fetched is not None:
                return fetched
            assert location is not None
            current = self._parse(location, base=current)
        raise FetchRefused(
            f"more than {self.max_redirects} redirects (the last went to {current})", url=url
        )

    def _parse(self, url: str | httpx.URL, *, base: httpx.URL | None = None) -> httpx.URL:
        """``url`` (resolved against ``base``) as an http(s) URL with a host, or a refusal."""
        try:
            parsed = base.join(url) if base is not None else httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise FetchRefused(f"not a valid URL: {url!s} ({exc})", url=str(url)) from None
        if parsed.scheme not in _SCHEMES:
            scheme = parsed.scheme or "no scheme"
            raise FetchRefused(
                f"only http and https URLs are fetched, not {scheme}: {url!s}", url=str(url)
            )
        if not parsed.raw_host:
            raise FetchRefused(f"URL has no host: {url!s}", url=str(url))
        return parsed.copy_with(fragment=None)

    def _check_host(self, url: httpx.URL) -> None:
        """Refuse ``url`` unless its host resolves only to public addresses."""
        if self.allow_private:
            return
        port = url.port or (443 if url.scheme == "https" else 80)
        check_host(url.raw_host.decode("ascii"), port, self._resolver)

    def _lock(self, key: str) -> threading.Lock:
        """The lock for one host or origin."""
        with self._guard:
            return self._locks.setdefault(key, threading.Lock())

    def _check_robots(self, url: httpx.URL) -> None:
        """Refuse ``url`` when its origin's robots.txt disallows it for our user agent."""
        origin = f"{url.scheme}://{url.netloc.decode('ascii')}"
        with self._lock(f"robots {origin}"):
            rules = self._robots.get(origin)
            if rules is None:
                rules = self._read_robots(origin)
                self._robots[origin] = rules
        if not rules.can_fetch(self.user_agent, str(url)):
            raise FetchRefused(f"robots.txt at {origin} disallows {url} for this user agent")

    def _read_robots(self, origin: str) -> RobotFileParser:
        """The rules of ``origin``'s robots.txt; a missing one (4xx) allows everything."""
        rules = RobotFileParser(f"{origin}/robots.txt")
        try:
            fetched = self._fetch(f"{origin}/robots.txt", max_bytes=ROBOTS_MAX_BYTES, robots=False)
        except FetchFailed as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                rules.parse([])  # RFC 9309: an unavailable robots.txt allows everything
                return rules
            # Not cached: an unreachable server may answer next time.
            raise FetchFailed(
                f"cannot read {origin}/robots.txt, so nothing there is fetched: {exc.reason}",
                status=exc.status,
            ) from None
        except FetchRefused as exc:
            raise FetchRefused(f"{origin}/robots.txt was refused: {exc.reason}") from None
        rules.parse(fetched.body.decode("utf-8", errors="replace").splitlines())
        return rules

    def _wait_turn(self, host: str, deadline: _Deadline) -> None:
        """Sleep until ``min_interval`` has passed since the last request to ``host``."""
        with self._lock(f"host {host}"):
            last = self._last_request.get(host)
            if last is not None:
                wait = last + self.min_interval - self._clock()
                if wait > 0:
                    self._sleep(wait)
                    deadline.at += wait
            self._last_request[host] = self._clock()

    def _exchange(
        self, url: httpx.URL, requested: str, max_bytes: int, deadline: _Deadline
    ) -> tuple[Fetched | None, str | None]:
        """Send one GET: the response read whole, or the redirect's ``Location``."""
        self._wait_turn(url.raw_host.decode("ascii").lower(), deadline)
        try:
            with self._client.stream("GET", url) as response:
                status = response.status_code
                if status in _REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchFailed(f"HTTP {status} redirect without a Location header")
                    return None, location
                if not 200 <= status < 300:
                    phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
                    raise FetchFailed(f"HTTP {status}{phrase}", status=status)
                body = self._read_body(response, max_bytes, deadline)
                return Fetched(
                    url=str(url),
                    requested=requested,
                    status=status,
                    content_type=response.headers.get("content-type"),
                    body=body,
                    fetched_at=self._now(),
                ), None
        except httpx.TimeoutException as exc:
            if TIME_UP in str(exc) or self._clock() >= deadline.at:
                raise FetchFailed(
                    f"took longer than {self.total_timeout:g} s in all; stopped"
                ) from None
            kind = type(exc).__name__
            raise FetchFailed(f"timed out after {self.timeout:g} s ({kind})") from None
        except httpx.HTTPError as exc:
            raise FetchFailed(f"{type(exc).__name__}: {exc}") from None
        finally:
            self._client.cookies.clear()  # requests never carry state from earlier ones

    def _read_body(self, response: httpx.Response, max_bytes: int, deadline: _Deadline) -> bytes:
        """The body, read in chunks; refused as soon as it is known to pass ``max_bytes``."""
        limit = format_size(max_bytes)
        declared = response.headers.get("content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > max_bytes:
            size = format_size(int(declared))
            raise FetchRefused(f"body is {size} (Content-Length), over the {limit} limit")
        chunks: list[bytes] = []
        total = 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > max_bytes:
                raise FetchRefused(f"body is over the {limit} limit; stopped reading")
            chunks.append(chunk)
            if self._clock() > deadline.at:
                raise FetchFailed(
                    f"took longer than {self.total_timeout:g} s in all; stopped reading"
                )
        return b"".join(chunks)


__all__ = ["PRIVATE_HINT", "USER_AGENT", "Fetched", "SafeFetcher"]
