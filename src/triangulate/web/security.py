"""Safe by default: the host check, the token, the same-origin check, security headers.

Read ``guard`` top to bottom for one request:

1. Without a token the app is for this machine only: the ``Host`` header must name a
   loopback host, so a web page cannot reach the app through DNS rebinding.
2. With a token every request must carry it: ``Authorization: Bearer T``, or the ``token``
   cookie that visiting any page with ``?token=T`` once sets (HttpOnly, SameSite=Strict).
   Tokens are compared with ``hmac.compare_digest``.
3. A request that changes anything (POST, ...) sent by a browser must come from the app's own
   pages: a cross-site ``Origin`` (or ``Referer``, or ``Sec-Fetch-Site``) is refused, which
   stops cross-site request forgery against the forms and the API.
4. A request body larger than the upload limits allow is refused before it is read.

Every response gets a Content-Security-Policy that allows only the app's own files (no
inline script, no remote source, no framing), ``X-Content-Type-Options: nosniff``,
``Referrer-Policy: same-origin`` (no URL leaves for another site) and ``X-Frame-Options: DENY``.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

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
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]", "testserver"})
"""Host names the app answers without a token ("testserver" is the in-process test client)."""

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


def _host_name(host: str) -> str:
    """The host name of a Host header, without its port."""
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


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
        host = _host_name(request.headers.get("host", "")).lower()
        if host not in policy.allowed_hosts:
            return WebError(
                400,
                "bad_host",
                f"this server answers only for this machine (not {host[:100]!r}); start it "
                "with --token to serve other hosts",
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
