"""Watcher.stream: pages handed over as fetched, in the order asked, different hosts at
once but one request at a time per host, and no more than a window of bodies held."""

from __future__ import annotations

import threading
import time
from collections import Counter

import httpx

from test_fetch_watch import mock_fetcher, rss
from triangulate.fetch import Polled, Problem, Watcher

HOSTS = ("https://one.example", "https://two.example", "https://three.example")


def _page(n: int) -> bytes:
    return (
        f"<html><head><title>Report {n}</title></head><body><article><p>Report number {n} "
        "says the ferry ran late on Friday because of the wind, officials said.</p>"
        "</article></body></html>"
    ).encode()


class _Aggregator:
    """A feed on one host whose items live on three hosts; records what runs at once."""

    def __init__(self, items: int, delay: float = 0.02) -> None:
        self.delay = delay
        self.links = [(f"Item {n}", f"{HOSTS[n % 3]}/story/{n}") for n in range(items)]
        self.lock = threading.Lock()
        self.running: Counter[str] = Counter()
        self.most = 0
        self.most_per_host = 0
        self.served = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        with self.lock:
            self.running[host] += 1
            self.most = max(self.most, sum(self.running.values()))
            self.most_per_host = max(self.most_per_host, self.running[host])
        try:
            time.sleep(self.delay)
            if request.url.path == "/feed.xml":
                body = rss("", self.links).encode()
                return httpx.Response(
                    200, headers={"content-type": "application/rss+xml"}, content=body
                )
            if request.url.path.startswith("/story/"):
                n = int(request.url.path.rsplit("/", 1)[1])
                with self.lock:
                    self.served += 1
                return httpx.Response(200, headers={"content-type": "text/html"}, content=_page(n))
            return httpx.Response(404)
        finally:
            with self.lock:
                self.running[host] -= 1


def test_watch_stream_fetches_hosts_at_once_one_request_per_host() -> None:
    site = _Aggregator(12)
    watcher = Watcher(mock_fetcher(site), workers=4)
    found = list(watcher.stream([f"{HOSTS[0]}/feed.xml"]))
    assert [f.url for f in found if isinstance(f, Polled)] == [url for _, url in site.links]
    assert not [f for f in found if isinstance(f, Problem)]
    assert site.most > 1  # different hosts at once
    assert site.most_per_host == 1  # never two requests to one host


def test_watch_stream_holds_at_most_a_window_of_bodies() -> None:
    site = _Aggregator(30, delay=0.0)
    watcher = Watcher(mock_fetcher(site), workers=3, window=5)
    handed = 0
    for found in watcher.stream([f"{HOSTS[0]}/feed.xml"]):
        assert isinstance(found, Polled)
        handed += 1
        time.sleep(0.02)  # a slow consumer: fetching must wait for it, not run ahead
        with site.lock:
            assert site.served - handed <= 5
    assert handed == 30


def test_watch_stream_stopped_part_way_hands_over_no_more() -> None:
    site = _Aggregator(9, delay=0.0)
    watcher = Watcher(mock_fetcher(site), workers=2, window=3)
    stream = watcher.stream([f"{HOSTS[0]}/feed.xml"])
    first = [next(stream) for _ in range(4)]
    stream.close()  # Ctrl+C in the caller
    assert [p.url for p in first if isinstance(p, Polled)] == [url for _, url in site.links[:4]]
    time.sleep(0.1)  # fetches already under way may end
    served = site.served
    assert served <= 4 + 3  # no more than the window past what was handed over
    time.sleep(0.1)
    assert site.served == served  # and nothing new starts
