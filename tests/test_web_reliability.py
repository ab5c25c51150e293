"""The web app under load and abuse: added URLs fetched off the request path, a bounded
number at once; chunked bodies cut off at the limit; strict Host checks; ids holding "/";
and a server that stops on SIGTERM within a few seconds."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_fetch_deadline import _SlowServer
from test_web_api import client_for
from triangulate.collect import analyze_into
from triangulate.store import open_store
from triangulate.web import create_app
from triangulate.web.intake import Limits
from triangulate.web.pages import document_url, story_url

LIMITS = Limits(max_bytes=20_000, max_files=2, fetch_seconds=2.0, url_fetches=2, url_waiting=2)
RECORD_ID = "2026/03/dam-report"
RECORD = {
    "id": RECORD_ID,
    "title": "Dam gives way above Dorvale",
    "outlet": "Valley Wire",
    "published": "2026-03-09",
    "text": "DORVALE — At least 40 people died when the dam above Dorvale failed on Monday, "
    "the Civil Defence said. About 300 homes were flooded, officials said.",
}


@pytest.fixture(scope="module")
def slow_server() -> Iterator[_SlowServer]:
    server = _SlowServer(gap=0.2, headers=True)
    yield server
    server.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web-rel")
    (folder / "in").mkdir()
    (folder / "in" / "record.json").write_text(json.dumps(RECORD), encoding="utf-8")
    with open_store(folder / "web.db") as store:
        analyze_into(store, folder / "in")
    return folder / "web.db"


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator:  # type: ignore[type-arg]
    app = create_app(str(db), limits=LIMITS, allow_private_urls=True)
    with client_for(app) as c:
        yield c


def test_web_added_urls_are_fetched_off_the_request_path_a_few_at_once(
    client, slow_server: _SlowServer
) -> None:  # type: ignore[no-untyped-def]
    url = f"http://127.0.0.1:{slow_server.port}/report"
    answers = [client.post("/api/reports/url", json={"url": url}) for _ in range(6)]
    # Two fetching and two waiting are taken at once, not fetched while the request waits.
    assert [a.status_code for a in answers] == [202, 202, 202, 202, 503, 503]
    assert all(a.json()["finished"] is None for a in answers[:4])
    busy = answers[4]
    assert busy.json()["error"]["code"] == "busy" and busy.headers["retry-after"] == "60"
    page = client.post("/add/url", data={"url": url})
    assert page.status_code == 503 and 'id="error"' in page.text
    # Everything else still answers while the fetches hang on the slow server.
    assert client.get("/api/stories").status_code == 200
    # Each fetch ends by its deadline; then the queue takes URLs again.
    app = client.app
    for answer in answers[:4]:
        job = app.state.ctx.jobs.wait(answer.json()["id"], 30)
        assert job is not None and job.status == "failed"
        assert "longer than 2 s in all" in (job.message or "")
    assert client.post("/api/reports/url", json={"url": url}).status_code == 202


def test_web_url_refused_at_once_needs_no_fetch(client) -> None:  # type: ignore[no-untyped-def]
    refused = client.post("/api/reports/url", json={"url": "file:///etc/passwd"})
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "bad_url"


@pytest.mark.parametrize("path", ["/api/reports", "/add/files"])
def test_web_chunked_body_is_cut_off_at_the_limit(client, path: str) -> None:  # type: ignore[no-untyped-def]
    """Driven over ASGI directly: the test client would read a streamed body whole first."""
    app = client.app
    limit = LIMITS.max_files * LIMITS.max_bytes + 1_000_000
    chunk = b"x" * 65_536
    pulled = 0
    head = b'--b\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n\r\n'

    async def receive() -> dict[str, object]:
        nonlocal pulled
        if pulled >= 20 * limit:
            return {"type": "http.request", "body": b"", "more_body": False}
        pulled += len(chunk)
        return {"type": "http.request", "body": head if pulled == len(chunk) else chunk,
                "more_body": True}  # fmt: skip

    sent: list[dict[str, object]] = []

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        # No content-length: the body comes in chunks.
        "headers": [
            (b"host", b"127.0.0.1:8000"),
            (b"content-type", b"multipart/form-data; boundary=b"),
        ],
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 8000),
    }
    asyncio.run(app(scope, receive, send))
    starts = [m for m in sent if m["type"] == "http.response.start"]
    assert [m["status"] for m in starts] == [413]
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")  # type: ignore[misc]
    assert b"too_large" in body or b"Too large" in body or b"413" in body
    assert pulled <= limit + 2 * len(chunk)  # read up to the limit, not the 20-fold body


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("127.0.0.1:8000", 200),
        ("localhost:8000", 200),
        ("[::1]:8000", 200),
        ("testserver", 400),
        ("127.0.0.1:8000@evil.example", 400),
        ("127.0.0.1@evil.example", 400),
        ("evil.example#127.0.0.1", 400),
        ("127.0.0.1:80:81", 400),
        ("", 400),
    ],
)
def test_web_host_header_must_be_a_loopback_host_and_nothing_else(
    client, host: str, status: int
) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/api/stories", headers={"host": host})
    assert response.status_code == status, response.text


def test_web_ids_holding_a_slash_open(client) -> None:  # type: ignore[no-untyped-def]
    stories = client.get("/api/stories").json()["stories"]
    (story,) = [s for s in stories if RECORD_ID in s["id"]]
    assert client.get(story_url(story["id"])).status_code == 200
    assert client.get(story_url(story["id"]) + "/export.csv").status_code == 200
    assert client.get(f"/api/stories/{story['id']}").status_code == 200
    page = client.get(document_url(RECORD_ID))
    assert page.status_code == 200 and "Dam gives way above Dorvale" in page.text
    assert client.get(f"/api/documents/{RECORD_ID}").json()["document"]["id"] == RECORD_ID


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_web_server_stops_on_sigterm_within_seconds(db: Path, slow_server: _SlowServer) -> None:
    port = _free_port()
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "triangulate", "serve"),
            *("--db", str(db), "--port", str(port), "--allow-private-urls"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stderr.read().decode()  # type: ignore[union-attr]
            try:
                with urllib.request.urlopen(f"{base}/api/stories", timeout=2):
                    break
            except OSError:
                assert time.monotonic() < deadline, "the server never answered"
                time.sleep(0.2)
        # Fetches hanging on a slow server, then the signal.
        for _ in range(3):
            add = urllib.request.Request(
                f"{base}/api/reports/url",
                data=json.dumps({"url": f"http://127.0.0.1:{slow_server.port}/x"}).encode(),
                headers={"content-type": "application/json"},
            )
            with urllib.request.urlopen(add, timeout=10) as answer:
                assert answer.status == 202
        asked = time.monotonic()
        os.kill(server.pid, signal.SIGTERM)
        server.wait(timeout=15)
        assert time.monotonic() - asked < 8
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
