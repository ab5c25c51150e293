"""Safe by default: the host check, the token, the same-origin check, security headers.

Read ``guard`` top to bottom for one request:

1. Without a token the app is for this machine only: the ``Host`` header must be a host
   name or address (and a port) and nothing else, naming a loopback host, so a web page
   cannot reach the app through DNS rebinding (``127.0.0.1:8000@evil.example`` is no loopback
   host; neither is a name such as "testserver", which a search domain could resolve).
2. With a token every request must carry it: ``Authorization: Bearer T``, or the ``token``
   cookie that visiting any page with ``?token=T`` once sets (HttpOnly, SameSite=Strict).
   Tokens are compared with ``hmac.compare_digest``.
3. A request that changes anything (POST, ...) sent by a browser must come from the app's own
   pages: a cross-site ``Origin`` (or ``Referer``, or ``Sec-Fetch-Site``) is refused, which
   stops cross-site request forgery against the forms and the API.
4. A request body larger than the upload limits allow is refused before it is read, and a
   body sent without a length (chunked) is cut off as soon as it passes them
   (``BodyLimit``): neither is ever read whole.

Every response gets a Content-Security-Policy that allows only the app's own files (no
inline script, no remote source, no framing), ``X-Content-Type-Options: nosniff``,
``Referrer-Policy: same-origin`` (no URL leaves for another site) and ``X-Frame-Options: DENY``.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from triangulate.web.errors import WebError

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]"})
"""Host names the app answers without a token."""

# A Host header: a name or IPv4 address, or an IPv6 address in brackets, then a port.
_HOST_HEADER = re.compile(r"(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::[0-9]{1,5})?")

COOKIE = "token"
_UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

Handler = Callable[[Request], Awaitable[Response]]
ErrorRenderer = Callable[[Request, WebError], Response]


@dataclass(frozen=True, slots=True, kw_only=True)
class Policy:
    """What ``guard`` enforces.

    Attributes:
        token: The shared secret every request must carry, or None (loopback only).
        allowed_hosts: Host names accepted without a token.
        max_body: The largest request body accepted, in bytes.
    """

    token: str | None
    allowed_hosts: frozenset[str] = LOOPBACK_HOSTS
    max_body: int = 100_000_000


def _host_name(host: str) -> str | None:
    """The host name of a Host header, without its port; None when it is not one."""
    if not _HOST_HEADER.fullmatch(host):
        return None
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    return host.rsplit(":", 1)[0]


def _same_origin(request: Request) -> bool:
    """False when a browser says the request comes from another site.

    Browsers send ``Sec-Fetch-Site``, which a page cannot forge; older ones are judged by
    ``Origin`` (or ``Referer``). A request with none of them is not from a browser page, so
    it carries no ambient credentials to abuse (curl, scripts).
    """
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    source = request.headers.get("origin") or request.headers.get("referer")
    if source is None:
        return True
    if source == "null":
        return False
    parts = urlsplit(source)
    own = request.headers.get("host", "")
    return parts.netloc.lower() == own.lower() and parts.scheme in ("http", "https")


def _carried_token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    return request.cookies.get(COOKIE)


def _matches(given: str | None, token: str) -> bool:
    if given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))


def with_headers(response: Response) -> Response:
    """The response with the security headers set (a route's own CSP is kept)."""
    for name, value in HEADERS.items():
        if name not in response.headers:
            response.headers[name] = value
    return response


def guard(
    policy: Policy, render_error: ErrorRenderer
) -> Callable[[Request, Handler], Awaitable[Response]]:
    """The HTTP middleware enforcing ``policy`` (see the module docstring)."""

    async def middleware(request: Request, call_next: Handler) -> Response:
        refused = _refusal(policy, request)
        if isinstance(refused, WebError):
            return with_headers(render_error(request, refused))
        if refused is not None:
            return with_headers(refused)
        return with_headers(await call_next(request))

    return middleware


def _refusal(policy: Policy, request: Request) -> WebError | Response | None:
    """Why the request is refused (an error, or the token-cookie redirect), or None."""
    if policy.token is None:
        header = request.headers.get("host", "")
        host = _host_name(header)
        if host is None or host.lower() not in policy.allowed_hosts:
            return WebError(
                400,
                "bad_host",
                f"this server answers only for this machine (not {header[:100]!r}); start "
                "it with --token to serve other hosts",
            )
    else:
        given = request.query_params.get(COOKIE)
        if given is not None and request.method == "GET":
            if not _matches(given, policy.token):
                return WebError(401, "bad_token", "the token in the link is wrong")
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != COOKIE]
            target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
            redirect = RedirectResponse(target, status_code=303)
            redirect.set_cookie(
                COOKIE,
                policy.token,
                httponly=True,
                samesite="strict",
                secure=request.url.scheme == "https",
                path="/",
            )
            return redirect
        if not _matches(_carried_token(request), policy.token):
            return WebError(
                401,
                "bad_token",
                "this server needs its token: send 'Authorization: Bearer TOKEN', or open "
                "any page once with ?token=TOKEN",
            )
    if request.method in _UNSAFE_METHODS:
        if not _same_origin(request):
            return WebError(403, "cross_site", "refused: the request came from another site's page")
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > policy.max_body:
            return WebError(
                413,
                "too_large",
                f"the request is {int(length):,} bytes, over the {policy.max_body:,}-byte "
                "limit for one request",
            )
    return None


class BodyLimit:
    """ASGI middleware: a request body is cut off as soon as it passes ``max_body`` bytes.

    ``guard`` refuses a declared ``Content-Length`` over the limit; a body sent in chunks has
    none, so this counts what arrives. Past the limit it answers 413 itself, tells the app
    the client went away, and drops whatever the app answers to that: no more of the body
    is read, and never more than the limit is held.
    """

    def __init__(self, app: ASGIApp, max_body: int, render_error: ErrorRenderer) -> None:
        self.app = app
        self.max_body = max_body
        self.render_error = render_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        read = 0
        refused = False

        async def counted() -> Message:
            nonlocal read, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                read += len(message.get("body", b""))
                if read > self.max_body:
                    refused = True
                    await self._refuse(scope, send)
                    return {"type": "http.disconnect"}
            return message

        async def answer(message: Message) -> None:
            if not refused:
                await send(message)

        try:
            await self.app(scope, counted, answer)
        except Exception:
            if not refused:
                raise  # after the 413, the app's trouble with the cut-off body is no news

    async def _refuse(self, scope: Scope, send: Send) -> None:
        error = WebError(
            413,
            "too_large",
            f"the request is over the {self.max_body:,}-byte limit for one request; "
            "stopped reading",
        )
        response = with_headers(self.render_error(Request(scope), error))

        async def nothing() -> Message:
            return {"type": "http.disconnect"}

        await response(scope, nothing, send)
