"""The default transport: httpx over httpcore, connecting only to addresses it has checked.

Checking a host's addresses before a request is not enough on its own: the HTTP library
would resolve the name again when it connects, and a hostile DNS server can answer with a
public address the first time and ``127.0.0.1`` the second ("DNS rebinding"). This transport
resolves the name itself at connect time, checks every address, and connects to the checked
address. TLS still verifies the certificate against the host name (SNI is the name, not the
address). Proxies from the environment are not used.

Every network wait is bounded by the fetch's whole time as well as by each operation's
timeout: the fetcher sets ``TIME_LEFT`` for the fetch, and resolving the name, connecting,
the TLS handshake and every read and write (the status line and each header line as much
as the body) get at most the time left. A server that sends one header line every few
seconds is cut off when the fetch's time is up, not allowed to hold it for ever.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

from triangulate.fetch.address import Resolver, check_host, system_resolver

# Most specific first: the first match wins.
_EXCEPTIONS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


TIME_LEFT: ContextVar[Callable[[], float] | None] = ContextVar(
    "triangulate_fetch_time_left", default=None
)
"""Seconds left for the fetch under way in this thread, or None when no fetch set one."""

TIME_UP = "the fetch's time is up"


def _bounded(timeout: float | None, kind: type[Exception] = httpcore.ReadTimeout) -> float | None:
    """An operation's timeout cut to the time the fetch has left; ``kind`` when none is."""
    left = TIME_LEFT.get()
    if left is None:
        return timeout
    remaining = left()
    if remaining <= 0:
        raise kind(TIME_UP)
    return remaining if timeout is None else min(timeout, remaining)


def resolve_in_time(resolver: Resolver) -> Resolver:
    """``resolver`` made to give up when the fetch's time is up.

    The system resolver cannot be interrupted, so it runs in a thread of its own; when the
    time is up the fetch goes on without it (the thread ends when the resolver does).
    """

    def resolve(host: str, port: int) -> tuple[str, ...]:
        limit = _bounded(None, OSError)
        if limit is None:
            return tuple(resolver(host, port))
        outcome: list[Any] = []
        done = threading.Event()

        def run() -> None:
            try:
                outcome.append(tuple(resolver(host, port)))
            except BaseException as exc:
                outcome.append(exc)
            done.set()

        threading.Thread(target=run, name="triangulate-resolve", daemon=True).start()
        if not done.wait(limit):
            raise OSError(f"resolving took longer than the fetch's time ({limit:.0f} s)")
        found = outcome[0]
        if isinstance(found, BaseException):
            raise found
        return tuple(found)

    return resolve


class _TimedStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the fetch's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        limit = _bounded(timeout, httpcore.ConnectTimeout)
        return _TimedStream(self._inner.start_tls(ssl_context, server_hostname, limit))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


def _mapped(exc: Exception) -> Exception:
    """The httpx exception for an httpcore one; any other exception unchanged."""
    for source, target in _EXCEPTIONS:
        if isinstance(exc, source):
            return target(str(exc))
    return exc


class _CheckedBackend(httpcore.NetworkBackend):
    """Opens TCP connections only to addresses that pass the address check."""

    def __init__(self, resolver: Resolver, allow_private: bool) -> None:
        self._resolver = resolve_in_time(resolver)
        self._allow_private = allow_private
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        """Resolve ``host``, refuse it unless allowed, and connect to a checked address."""
        if self._allow_private:
            addresses: tuple[str, ...] = (host,)
        else:
            addresses = check_host(host, port, self._resolver)
        error: Exception | None = None
        for address in addresses:
            try:
                return _TimedStream(
                    self._inner.connect_tcp(
                        address,
                        port,
                        timeout=_bounded(timeout, httpcore.ConnectTimeout),
                        local_address=local_address,
                        socket_options=socket_options,
                    )
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        """Never: fetching only uses TCP."""
        raise httpcore.ConnectError("unix sockets are not used for fetching")

    def sleep(self, seconds: float) -> None:
        """Delegate to the standard backend."""
        self._inner.sleep(seconds)


class _Stream(httpx.SyncByteStream):
    """A response body from httpcore, with its errors mapped to httpx's."""

    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._stream
        except Exception as exc:
            mapped = _mapped(exc)
            if mapped is exc:
                raise
            raise mapped from exc

    def close(self) -> None:
        """Close the underlying stream and release its connection."""
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class CheckedTransport(httpx.BaseTransport):
    """An httpx transport that connects only to addresses the address check allows.

    Args:
        resolver: Resolves host names; ``socket.getaddrinfo`` by default.
        allow_private: Connect to private and loopback addresses too.
    """

    def __init__(self, *, resolver: Resolver = system_resolver, allow_private: bool = False):
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=10,
            network_backend=_CheckedBackend(resolver, allow_private),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and return the response, its body not yet read."""
        assert isinstance(request.stream, httpx.SyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            response = self._pool.handle_request(core_request)
        except Exception as exc:
            mapped = _mapped(exc)
            if mapped is exc:
                raise  # a refusal from the address check, unchanged
            raise mapped from exc
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Stream(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        """Close every pooled connection."""
        self._pool.close()
