"""Watcher.poll: new items only, problems collected; and a real local HTTP server."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import httpx
import pytest

from triangulate.fetch import SafeFetcher, Watcher, ingest_name, url_key
from triangulate.ingest import ingest_bytes

PUBLIC = "93.184.215.14"

FERRY = """<!doctype html><html><head><title>Ferry service resumes after storm</title>
<meta property="og:site_name" content="Harbour Gazette"></head><body><article>
<h1>Ferry service resumes after storm</h1>
<p>The harbour authority said on Thursday that the morning ferry to Lanton Island had
resumed after a three-day suspension caused by high winds along the coast.</p>
<p>About 300 passengers had waited at the terminal, according to a spokeswoman for the
operator, who said two extra crossings would run on Friday to clear the backlog.</p>
</article></body></html>"""

WALL = """<!doctype html><html><head><title>Council votes on new sea wall</title></head>
<body><article><h1>Council votes on new sea wall</h1>
<p>Members of the Lanton town council voted by 14 to 3 on Wednesday to build a new sea
wall along the eastern promenade, at an estimated cost of 2.4 million euros.</p>
<p>Opponents said the figure left out the cost of moving the fishing market, which a
local traders' group put at up to 600,000 euros.</p>
</article></body></html>"""


def rss(base: str, links: list[tuple[str, str]]) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link>"
        "<pubDate>Thu, 02 May 2024 07:15:00 +0000</pubDate></item>"
        for title, path in links
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Harbour Gazette</title><link>{base}/</link>{items}</channel></rss>"
    )


FEED_LINKS = [
    ("Ferry service resumes after storm", "/articles/ferry.html"),
    ("Council votes on new sea wall", "/articles/wall"),
]


# -- unit tests with canned responses ---------------------------------------------------


def mock_fetcher(handler: Callable[[httpx.Request], httpx.Response]) -> SafeFetcher:
    return SafeFetcher(
        transport=httpx.MockTransport(handler),
        resolver=lambda host, port: [PUBLIC],
        min_interval=0.0,
        sleep=lambda seconds: None,
        now=lambda: datetime(2024, 5, 2, 9, 30, tzinfo=UTC),
    )


class Site:
    """Canned pages by URL, counting requests; robots.txt is missing."""

    def __init__(self, pages: dict[str, tuple[int, str, bytes]]) -> None:
        self.pages = pages
        self.requests: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        if request.url.path != "/robots.txt":
            self.requests.append(url)
        if url not in self.pages:
            return httpx.Response(404)
        status, content_type, body = self.pages[url]
        return httpx.Response(status, headers={"content-type": content_type}, content=body)


def news_site() -> Site:
    base = "https://harbour.example"
    return Site(
        {
            f"{base}/feed.xml": (200, "application/rss+xml", rss(base, FEED_LINKS).encode()),
            f"{base}/articles/ferry.html": (200, "text/html; charset=utf-8", FERRY.encode()),
            f"{base}/articles/wall": (200, "text/html", WALL.encode()),
        }
    )


def test_watch_feed_items_then_nothing_new() -> None:
    site = news_site()
    seen: set[str] = set()
    watcher = Watcher(mock_fetcher(site), seen=seen)
    first = watcher.poll(["https://harbour.example/feed.xml"])
    assert first.problems == ()
    assert [item.url for item in first.items] == [
        "https://harbour.example/articles/ferry.html",
        "https://harbour.example/articles/wall",
    ]
    ferry, wall = first.items
    assert ferry.name == "harbour.example/articles/ferry.html"
    assert wall.name == "harbour.example/articles/wall.html"
    assert ferry.feed == "https://harbour.example/feed.xml"
    assert ferry.item is not None and ferry.item.title == "Ferry service resumes after storm"
    assert ferry.item.published == "2024-05-02T07:15:00+00:00"
    assert "https://harbour.example/articles/ferry.html" in seen
    assert ferry.hash_key in seen
    second = watcher.poll(["https://harbour.example/feed.xml"])
    assert second.items == () and second.problems == ()
    # The feed is fetched each time; each article only once.
    assert site.requests.count("https://harbour.example/articles/ferry.html") == 1
    assert site.requests.count("https://harbour.example/feed.xml") == 2


def test_watch_seen_set_survives_a_new_watcher() -> None:
    seen: set[str] = set()
    Watcher(mock_fetcher(news_site()), seen=seen).poll(["https://harbour.example/feed.xml"])
    again = Watcher(mock_fetcher(news_site()), seen=seen).poll(["https://harbour.example/feed.xml"])
    assert again.items == ()


def test_watch_seen_callable_is_asked() -> None:
    stored = {url_key("https://harbour.example/articles/ferry.html")}
    asked: list[str] = []

    def seen(key: str) -> bool:
        asked.append(key)
        return key in stored

    result = Watcher(mock_fetcher(news_site()), seen=seen).poll(
        ["https://harbour.example/feed.xml"]
    )
    assert [item.url for item in result.items] == ["https://harbour.example/articles/wall"]
    assert "https://harbour.example/articles/ferry.html" in asked
    assert result.items[0].seen_keys[0] == "https://harbour.example/articles/wall"


def test_watch_same_body_under_two_urls_kept_once() -> None:
    site = Site(
        {
            "https://a.example/story": (200, "text/html", FERRY.encode()),
            "https://b.example/copy-of-story": (200, "text/html", FERRY.encode()),
        }
    )
    result = Watcher(mock_fetcher(site)).poll(
        ["https://a.example/story", "https://b.example/copy-of-story"]
    )
    assert [item.url for item in result.items] == ["https://a.example/story"]


def test_watch_page_target_fetched_once() -> None:
    site = Site({"https://a.example/story": (200, "text/html", FERRY.encode())})
    watcher = Watcher(mock_fetcher(site))
    assert len(watcher.poll(["https://a.example/story"]).items) == 1
    assert watcher.poll(["https://a.example/story"]).items == ()
    assert site.requests == ["https://a.example/story"]


def test_watch_problems_collected_not_raised_and_retried() -> None:
    site = news_site()
    site.pages["https://harbour.example/articles/wall"] = (503, "text/plain", b"busy")
    watcher = Watcher(mock_fetcher(site))
    result = watcher.poll(
        [
            "ftp://harbour.example/old",
            "https://harbour.example/feed.xml",
            "https://harbour.example/missing",
        ]
    )
    assert [item.url for item in result.items] == ["https://harbour.example/articles/ferry.html"]
    reasons = dict(result.problems)
    assert reasons["ftp://harbour.example/old"].startswith("[T101] only http and https")
    assert reasons["https://harbour.example/articles/wall"].startswith("[T102] HTTP 503")
    assert reasons["https://harbour.example/missing"].startswith("[T102] HTTP 404")
    site.pages["https://harbour.example/articles/wall"] = (200, "text/html", WALL.encode())
    retry = watcher.poll(["https://harbour.example/feed.xml"])
    assert [item.url for item in retry.items] == ["https://harbour.example/articles/wall"]


def test_watch_bad_feed_is_a_problem() -> None:
    site = Site({"https://x.example/feed": (200, "application/rss+xml", b"\x00\x01 not xml")})
    result = Watcher(mock_fetcher(site)).poll(["https://x.example/feed"])
    assert result.items == ()
    ((url, reason),) = result.problems
    assert url == "https://x.example/feed"
    assert reason.startswith("[T103] https://x.example/feed is not a readable RSS or Atom feed")


def test_watch_item_without_link_and_binary_page_are_problems() -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>Wire brief</title></item>"
        "<item><title>Chart</title><link>https://x.example/chart.png</link></item>"
        "</channel></rss>"
    )
    site = Site(
        {
            "https://x.example/feed": (200, "application/rss+xml", feed.encode()),
            "https://x.example/chart.png": (200, "image/png", b"\x89PNG"),
        }
    )
    result = Watcher(mock_fetcher(site)).poll(["https://x.example/feed"])
    assert result.items == ()
    assert result.problems == (
        ("https://x.example/feed", "feed item 'Wire brief' has no link; not fetched"),
        (
            "https://x.example/chart.png",
            "[T101] content type image/png is not a report ingest can read",
        ),
    )


def test_watch_max_items_per_feed() -> None:
    watcher = Watcher(mock_fetcher(news_site()), max_items=1)
    first = watcher.poll(["https://harbour.example/feed.xml"])
    assert [item.url for item in first.items] == ["https://harbour.example/articles/ferry.html"]
    second = watcher.poll(["https://harbour.example/feed.xml"])
    assert [item.url for item in second.items] == ["https://harbour.example/articles/wall"]


def test_watch_unexpected_error_costs_one_target() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "bug.example":
            raise RuntimeError("boom")
        return httpx.Response(200, headers={"content-type": "text/html"}, content=WALL.encode())

    result = Watcher(mock_fetcher(handler)).poll(["https://bug.example/", "https://ok.example/"])
    assert [item.url for item in result.items] == ["https://ok.example/"]
    assert "internal error while fetching (RuntimeError: boom)" in result.problems[0].reason


@pytest.mark.parametrize(
    ("url", "content_type", "name"),
    [
        ("https://news.example/a/b", "text/html; charset=utf-8", "news.example/a/b.html"),
        ("https://news.example/a/b.html", "text/html", "news.example/a/b.html"),
        ("https://news.example/", "text/html", "news.example/index.html"),
        ("http://news.example:8080/x?id=3", "text/html", "news.example:8080/x?id=3.html"),
        ("https://api.example/items", "application/json", "api.example/items.json"),
        ("https://news.example/a.txt", "text/plain", "news.example/a.txt"),
        ("https://news.example/a", None, "news.example/a"),
        ("https://news.example/a", "text/x-unknown", "news.example/a"),
        ("https://news.example/a.pdf", "application/pdf", None),
        ("https://news.example/a", "image/jpeg", None),
    ],
)
def test_watch_ingest_name(url: str, content_type: str | None, name: str | None) -> None:
    assert ingest_name(url, content_type) == name


# -- a real HTTP server on 127.0.0.1 ----------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[str, bytes]]] = {}
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.requests.append(self.path)
        page = self.pages.get(self.path)
        if page is None:
            self.send_error(404)
            return
        content_type, body = page
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def local_site() -> Iterator[tuple[str, list[str]]]:
    """A news site on 127.0.0.1: an RSS feed and two articles; no robots.txt (404)."""
    requests: list[str] = []

    class Handler(_Handler):
        pages: ClassVar[dict[str, tuple[str, bytes]]] = {}

    Handler.requests = requests
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    Handler.pages.update(
        {
            "/feed.xml": ("application/rss+xml", rss(base, FEED_LINKS).encode()),
            "/articles/ferry.html": ("text/html; charset=utf-8", FERRY.encode()),
            "/articles/wall": ("text/html; charset=utf-8", WALL.encode()),
        }
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base, requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_watch_local_server_feed_then_nothing_new(local_site: tuple[str, list[str]]) -> None:
    base, requests = local_site
    with SafeFetcher(allow_private=True, min_interval=0.01, timeout=5.0) as fetcher:
        watcher = Watcher(fetcher)
        first = watcher.poll([f"{base}/feed.xml"])
        assert first.problems == ()
        assert [item.url for item in first.items] == [
            f"{base}/articles/ferry.html",
            f"{base}/articles/wall",
        ]
        docs = [ingest_bytes(item.name, item.raw).documents for item in first.items]
        assert all(len(found) == 1 for found in docs)
        assert "three-day suspension" in docs[0][0].text
        assert "eastern promenade" in docs[1][0].text
        second = watcher.poll([f"{base}/feed.xml"])
        assert second.items == () and second.problems == ()
    assert requests.count("/robots.txt") == 1
    assert requests.count("/articles/ferry.html") == 1


def test_watch_local_server_refused_without_allow_private(
    local_site: tuple[str, list[str]],
) -> None:
    base, requests = local_site
    with SafeFetcher(min_interval=0.0) as fetcher:
        result = Watcher(fetcher).poll([f"{base}/feed.xml", f"{base}/articles/ferry.html"])
    assert result.items == ()
    assert [url for url, _ in result.problems] == [
        f"{base}/feed.xml",
        f"{base}/articles/ferry.html",
    ]
    assert all("[T101]" in reason and "loopback" in reason for _, reason in result.problems)
    assert requests == []  # nothing reached the server
