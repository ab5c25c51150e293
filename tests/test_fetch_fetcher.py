"""SafeFetcher against canned responses (httpx.MockTransport): every limit and refusal."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import httpx
import pytest

from triangulate.fetch import FetchFailed, FetchRefused, SafeFetcher

PUBLIC = "93.184.215.14"
Handler = Callable[[httpx.Request], httpx.Response]


class FakeClock:
    """A monotonic clock that moves only when slept on, recording each sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def resolver_for(table: dict[str, list[str]]) -> Callable[[str, int], list[str]]:
    def resolve(host: str, port: int) -> list[str]:
        return table.get(host, [PUBLIC])

    return resolve


def make_fetcher(
    handler: Handler,
    *,
    hosts: dict[str, list[str]] | None = None,
    clock: FakeClock | None = None,
    **options: object,
) -> SafeFetcher:
    clock = clock or FakeClock()
    return SafeFetcher(
        transport=httpx.MockTransport(handler),
        resolver=resolver_for(hosts or {}),
        clock=clock,
        sleep=clock.sleep,
        now=lambda: datetime(2024, 5, 2, 9, 30, tzinfo=UTC),
        **options,  # type: ignore[arg-type]
    )


def site(pages: dict[str, httpx.Response]) -> Handler:
    """A handler serving ``pages`` by URL; robots.txt is missing (404) unless listed."""

    def handle(request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        if url in pages:
            return pages[url]
        return httpx.Response(404)

    return handle


def html(text: str) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"}, text=text)


def test_fetcher_reads_page() -> None:
    fetcher = make_fetcher(site({"https://news.example/a": html("<p>Ferry resumes</p>")}))
    fetched = fetcher.fetch("https://news.example/a#top")
    assert fetched.url == "https://news.example/a"
    assert fetched.status == 200
    assert fetched.media_type == "text/html"
    assert fetched.body == b"<p>Ferry resumes</p>"
    assert fetched.fetched_at == datetime(2024, 5, 2, 9, 30, tzinfo=UTC)


def test_fetcher_sends_user_agent_and_no_compression() -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return html("ok")

    make_fetcher(handle, respect_robots=False).fetch("https://news.example/a")
    assert seen[0].headers["user-agent"].startswith("triangulate/")
    assert seen[0].headers["accept-encoding"] == "identity"


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://news.example/a", "gopher://news.example/", "news.example/a"],
)
def test_fetcher_refuses_other_schemes(url: str) -> None:
    fetcher = make_fetcher(site({}))
    with pytest.raises(FetchRefused, match="only http and https"):
        fetcher.fetch(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/latest/meta-data/",  # 169.254.169.254, mapped
        "http://[fe80::1]/",
        "http://169.254.169.254/latest/meta-data/",
    ],
)
def test_fetcher_refuses_private_literals(url: str) -> None:
    def resolve(host: str, port: int) -> list[str]:
        return [host]  # an IP literal resolves to itself

    fetcher = SafeFetcher(transport=httpx.MockTransport(site({})), resolver=resolve)
    with pytest.raises(FetchRefused, match="address"):
        fetcher.fetch(url)


def test_fetcher_refuses_name_resolving_to_ipv6_loopback() -> None:
    fetcher = make_fetcher(site({}), hosts={"sneaky.example": [PUBLIC, "::1"]})
    with pytest.raises(FetchRefused, match=r"loopback address \(::1\)") as info:
        fetcher.fetch("https://sneaky.example/")
    assert info.value.code == "T101"


def test_fetcher_refuses_redirect_chain_to_private_address() -> None:
    requested: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        if request.url.host == "news.example" and request.url.path == "/a":
            return httpx.Response(302, headers={"location": "https://cdn.example/b"})
        if request.url.host == "cdn.example" and request.url.path == "/b":
            return httpx.Response(301, headers={"location": "http://internal.example/admin"})
        return httpx.Response(404)

    fetcher = make_fetcher(handle, hosts={"internal.example": ["10.0.0.7"]})
    with pytest.raises(FetchRefused, match="redirect 2") as info:
        fetcher.fetch("https://news.example/a")
    assert info.value.url == "http://internal.example/admin"
    assert not any("internal.example" in url for url in requested)


def test_fetcher_refuses_redirect_to_file_scheme() -> None:
    pages = {"https://news.example/a": httpx.Response(302, headers={"location": "file:///etc"})}
    with pytest.raises(FetchRefused, match="only http and https"):
        make_fetcher(site(pages)).fetch("https://news.example/a")


def test_fetcher_follows_relative_redirect() -> None:
    pages = {
        "https://news.example/old": httpx.Response(301, headers={"location": "/new"}),
        "https://news.example/new": html("moved here"),
    }
    fetched = make_fetcher(site(pages)).fetch("https://news.example/old")
    assert fetched.url == "https://news.example/new"
    assert fetched.requested == "https://news.example/old"


def test_fetcher_refuses_too_many_redirects() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        hop = int(request.url.path.strip("/") or 0)
        return httpx.Response(302, headers={"location": f"/{hop + 1}"})

    with pytest.raises(FetchRefused, match="more than 3 redirects"):
        make_fetcher(handle, max_redirects=3, min_interval=0).fetch("https://news.example/0")


def test_fetcher_cuts_oversized_streamed_body() -> None:
    pulled: list[int] = []

    def chunks() -> Iterator[bytes]:
        for n in range(1000):
            pulled.append(n)
            yield b"x" * 1000

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        # No Content-Length: the size is only known by reading.
        return httpx.Response(200, headers={"content-type": "text/html"}, content=chunks())

    with pytest.raises(FetchRefused, match="over the 5000 bytes limit; stopped reading"):
        make_fetcher(handle, max_bytes=5_000).fetch("https://news.example/big")
    assert len(pulled) <= 6  # stopped at the limit, not after a million bytes


def test_fetcher_refuses_large_content_length_before_reading() -> None:
    pulled: list[int] = []

    def chunks() -> Iterator[bytes]:
        pulled.append(1)
        yield b"x"

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(
            200,
            headers={"content-length": "52400000", "content-type": "text/html"},
            content=chunks(),
        )

    with pytest.raises(FetchRefused, match=r"52\.4 MB \(Content-Length\), over the 5 MB limit"):
        make_fetcher(handle).fetch("https://news.example/huge")
    assert pulled == []


def test_fetcher_body_at_limit_is_read() -> None:
    pages = {"https://news.example/a": html("y" * 100)}
    assert len(make_fetcher(site(pages), max_bytes=100).fetch("https://news.example/a").body) == 100


def test_fetcher_timeout_fails() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(FetchFailed, match=r"timed out after 2 s \(ReadTimeout\)") as info:
        make_fetcher(handle, timeout=2.0, respect_robots=False).fetch("https://news.example/a")
    assert info.value.code == "T102"


def test_fetcher_slow_trickle_hits_total_timeout() -> None:
    clock = FakeClock()

    def trickle() -> Iterator[bytes]:
        for _ in range(100):
            clock.now += 5.0  # each chunk takes 5 s: under the read timeout, over in total
            yield b"z"

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=trickle())

    fetcher = make_fetcher(handle, clock=clock, total_timeout=30.0, respect_robots=False)
    with pytest.raises(FetchFailed, match="longer than 30 s in all"):
        fetcher.fetch("https://news.example/slow")


def test_fetcher_error_status_fails_with_status() -> None:
    with pytest.raises(FetchFailed, match="HTTP 404") as info:
        make_fetcher(site({})).fetch("https://news.example/gone")
    assert info.value.status == 404


def test_fetcher_connect_error_fails() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(FetchFailed, match="ConnectError"):
        make_fetcher(handle, respect_robots=False).fetch("https://news.example/a")


ROBOTS = "User-agent: *\nDisallow: /private/\n\nUser-agent: triangulate\nDisallow: /drafts/\n"


def test_fetcher_robots_disallow_refuses() -> None:
    pages = {
        "https://news.example/robots.txt": httpx.Response(200, text=ROBOTS),
        "https://news.example/drafts/x": html("draft"),
        "https://news.example/private/x": html("private"),
        "https://news.example/story": html("story"),
    }
    fetcher = make_fetcher(site(pages))
    disallowed = re.escape("robots.txt at https://news.example disallows")
    with pytest.raises(FetchRefused, match=disallowed):
        fetcher.fetch("https://news.example/drafts/x")
    # The group for our agent replaces the "*" group, as RFC 9309 says.
    assert fetcher.fetch("https://news.example/private/x").body == b"private"
    assert fetcher.fetch("https://news.example/story").body == b"story"


def test_fetcher_robots_fetched_once_per_host() -> None:
    robots_requests: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            robots_requests.append(str(request.url))
            return httpx.Response(200, text="User-agent: *\nDisallow:\n")
        return html("page")

    fetcher = make_fetcher(handle)
    for path in ("/a", "/b", "/c"):
        fetcher.fetch(f"https://news.example{path}")
    fetcher.fetch("https://other.example/a")
    assert robots_requests == [
        "https://news.example/robots.txt",
        "https://other.example/robots.txt",
    ]


def test_fetcher_robots_missing_allows_all() -> None:
    fetched = make_fetcher(site({"https://news.example/a": html("ok")})).fetch(
        "https://news.example/a"
    )
    assert fetched.body == b"ok"


def test_fetcher_robots_server_error_fails_and_is_retried() -> None:
    robots_status = [503]

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(robots_status[0])
        return html("ok")

    fetcher = make_fetcher(handle)
    with pytest.raises(FetchFailed, match=re.escape("cannot read https://news.example/robots.txt")):
        fetcher.fetch("https://news.example/a")
    robots_status[0] = 404
    assert fetcher.fetch("https://news.example/a").body == b"ok"


def test_fetcher_robots_checked_on_redirect_target() -> None:
    pages = {
        "https://news.example/a": httpx.Response(
            302, headers={"location": "https://cdn.example/x"}
        ),
        "https://cdn.example/robots.txt": httpx.Response(200, text="User-agent: *\nDisallow: /\n"),
        "https://cdn.example/x": html("x"),
    }
    disallowed = re.escape("robots.txt at https://cdn.example disallows")
    with pytest.raises(FetchRefused, match=disallowed):
        make_fetcher(site(pages)).fetch("https://news.example/a")


def test_fetcher_rate_limit_sleeps_between_requests_to_same_host() -> None:
    clock = FakeClock()
    fetcher = make_fetcher(lambda request: html("ok"), clock=clock, min_interval=2.0)
    fetcher.fetch("https://news.example/a")  # robots.txt, then the page: one wait
    assert clock.sleeps == [2.0]
    clock.now += 0.5
    fetcher.fetch("https://news.example/b")
    assert clock.sleeps == [2.0, 1.5]
    fetcher.fetch("https://other.example/a")  # another host: its own robots.txt, no wait first
    assert clock.sleeps == [2.0, 1.5, 2.0]
    clock.now += 10
    fetcher.fetch("https://news.example/c")  # long enough ago: no wait
    assert clock.sleeps == [2.0, 1.5, 2.0]


def test_fetcher_allow_private_skips_address_check() -> None:
    def resolve(host: str, port: int) -> list[str]:
        raise AssertionError("not resolved when private addresses are allowed")

    fetcher = SafeFetcher(
        transport=httpx.MockTransport(lambda request: html("local")),
        resolver=resolve,
        allow_private=True,
        respect_robots=False,
    )
    assert fetcher.fetch("http://127.0.0.1:8000/").body == b"local"


def test_fetcher_default_transport_rechecks_at_connect_time() -> None:
    # DNS rebinding: public when checked, loopback when the connection is made. The default
    # transport resolves again itself and refuses before any connection is attempted.
    answers = iter([[PUBLIC], ["127.0.0.1"]])

    def resolve(host: str, port: int) -> list[str]:
        return next(answers, ["127.0.0.1"])

    fetcher = SafeFetcher(resolver=resolve, respect_robots=False)
    with pytest.raises(FetchRefused, match=r"loopback address \(127\.0\.0\.1\)"):
        fetcher.fetch("http://rebind.example/")
    fetcher.close()
