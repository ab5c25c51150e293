"""A fetch over real sockets ends in its total time, whatever the server does: slow header
lines, a body that trickles, a name that takes long to resolve."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from triangulate.fetch import FetchFailed, SafeFetcher


class _SlowServer:
    """Answers every connection on 127.0.0.1 with a status line, then one header line (or
    body byte) every ``gap`` seconds, for ever."""

    def __init__(self, *, gap: float, headers: bool) -> None:
        self.gap = gap
        self.headers = headers
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                if self.headers:
                    conn.sendall(b"HTTP/1.1 200 OK\r\n")
                else:
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n")
                n = 0
                while not self.stop.is_set():
                    time.sleep(self.gap)
                    n += 1
                    conn.sendall(f"X-Slow-{n}: {n}\r\n".encode() if self.headers else b"z")
            except OSError:
                return

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture(params=["headers", "body"])
def slow_server(request: pytest.FixtureRequest) -> Iterator[_SlowServer]:
    server = _SlowServer(gap=0.2, headers=request.param == "headers")
    yield server
    server.close()


def _within(seconds: float, job):  # type: ignore[no-untyped-def]
    """Run ``job`` in a thread; its exception, and how long it took (it must end in time)."""
    found: list[BaseException] = []
    started = time.monotonic()

    def run() -> None:
        try:
            job()
        except BaseException as exc:
            found.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"the fetch was still running after {seconds} s"
    return (found[0] if found else None), time.monotonic() - started


def test_fetch_deadline_covers_slow_header_lines_and_trickled_bodies(
    slow_server: _SlowServer,
) -> None:
    # Each line comes well within the per-read timeout; only the total limit can stop it.
    fetcher = SafeFetcher(allow_private=True, timeout=5.0, total_timeout=1.0, min_interval=0)
    with fetcher:
        error, took = _within(
            10, lambda: fetcher.fetch(f"http://127.0.0.1:{slow_server.port}/report")
        )
    assert isinstance(error, FetchFailed)
    assert "longer than 1 s in all" in error.reason
    assert took < 3


def test_fetch_deadline_covers_a_slow_name_lookup() -> None:
    def stuck(host: str, port: int) -> list[str]:
        time.sleep(5)
        return ["93.184.215.14"]

    fetcher = SafeFetcher(resolver=stuck, timeout=5.0, total_timeout=0.5, respect_robots=False)
    with fetcher:
        error, took = _within(10, lambda: fetcher.fetch("https://news.example/report"))
    assert isinstance(error, FetchFailed)
    assert "resolv" in error.reason
    assert took < 2
