"""The FastAPI application: ``create_app(db)`` wires the pages, the API and the guards.

Requests never see a stack trace: a ``WebError`` (404 unknown id, 413 too large, 415 not a
report, 422 bad input, 401 bad token, ...), a request that fails validation, a store that
cannot be opened and any unexpected exception all become a clear error page, or
``{"error": {"code", "message"}}`` under ``/api``; unexpected ones are logged.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from triangulate import __version__
from triangulate.errors import StoreUnavailable, TriangulateError
from triangulate.store import open_store
from triangulate.web import pages
from triangulate.web.api import add_api_routes
from triangulate.web.context import Context
from triangulate.web.errors import WebError
from triangulate.web.intake import Limits
from triangulate.web.jobs import JobQueue
from triangulate.web.routes import add_page_routes
from triangulate.web.security import LOOPBACK_HOSTS, BodyLimit, Policy, guard, with_headers
from triangulate.web.stores import StorePool

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: "bad_request",
    401: "bad_token",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported",
    422: "bad_input",
}


def create_app(
    db: str,
    *,
    token: str | None = None,
    allow_private_urls: bool = False,
    limits: Limits | None = None,
    allowed_hosts: frozenset[str] = LOOPBACK_HOSTS,
) -> FastAPI:
    """Build the web app over one database.

    Args:
        db: The database path or URL (``open_store``); created if it does not exist.
        token: A shared secret every request must carry (``Authorization: Bearer T`` or the
            cookie set by opening ``/?token=T``). Without one the app answers only requests
            addressed to a loopback host.
        allow_private_urls: Let "add a URL" fetch from private and loopback addresses.
        limits: Size and count limits for added reports.
        allowed_hosts: Host names answered without a token.

    Returns:
        The ASGI app. Its worker thread starts with the first job and stops at shutdown.

    Raises:
        StoreUnavailable: The database cannot be opened.
    """
    open_store(db).close()  # fail now, with the store's own message, if it cannot be opened
    limits = limits or Limits()
    ctx = Context(
        pool=StorePool(db),
        jobs=JobQueue(db, fetchers=limits.url_fetches, waiting=limits.url_waiting),
        limits=limits,
        allow_private_urls=allow_private_urls,
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            ctx.jobs.stop()
            ctx.pool.close()

    app = FastAPI(
        title="triangulate",
        version=__version__,
        summary="Stories, claims, conflicts and sources of cross-checked news reports.",
        lifespan=lifespan,
        docs_url=None,  # the interactive docs load scripts from a CDN; the CSP forbids that
        redoc_url=None,
    )
    app.state.ctx = ctx
    policy = Policy(
        token=token,
        allowed_hosts=allowed_hosts,
        max_body=limits.max_files * limits.max_bytes + 1_000_000,
    )
    app.middleware("http")(guard(policy, error_response))
    app.add_middleware(BodyLimit, max_body=policy.max_body, render_error=error_response)

    @app.exception_handler(WebError)
    async def on_web_error(request: Request, exc: WebError) -> Response:
        return error_response(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = f"there is no page at {request.url.path[:200]}"
        code = _HTTP_CODES.get(exc.status_code, "error")
        return error_response(request, WebError(exc.status_code, code, message))

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for error in exc.errors()[:5]:
            where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
            problems.append(f"{where or 'request'}: {error.get('msg', 'invalid')}")
        message = "bad input: " + "; ".join(problems)
        return error_response(request, WebError(422, "bad_input", message))

    @app.exception_handler(StoreUnavailable)
    async def on_store_down(request: Request, exc: StoreUnavailable) -> Response:
        return error_response(request, WebError(503, "store_unavailable", exc.message))

    @app.exception_handler(TriangulateError)
    async def on_library_error(request: Request, exc: TriangulateError) -> Response:
        return error_response(request, WebError(500, exc.code, exc.message))

    @app.exception_handler(Exception)
    async def on_bug(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(
            request,
            WebError(500, "internal", "internal error; the server log has the details"),
        )

    add_page_routes(app, ctx)
    add_api_routes(app, ctx)
    return app


def wants_json(request: Request) -> bool:
    """Whether the request is for the API (errors as JSON) rather than a page."""
    return request.url.path == "/api" or request.url.path.startswith(("/api/", "/openapi"))


def error_response(request: Request, error: WebError) -> Response:
    """The error as JSON for the API or as a page, with the security headers."""
    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
    if error.status == 503:
        headers = {"Retry-After": "60"}
    response: Response
    if wants_json(request):
        response = JSONResponse(
            {"error": {"code": error.code, "message": error.message}},
            status_code=error.status,
            headers=headers,
        )
    else:
        response = HTMLResponse(
            pages.error_page(error.status, error.code, error.message),
            status_code=error.status,
            headers=headers,
        )
    return with_headers(response)
