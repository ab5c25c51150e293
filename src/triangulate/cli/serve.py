"""`triangulate serve`: the web app over one database, on this machine by default.

Register it in ``cli/main.py`` with ``app.command()(serve)``; it parses options and calls
``triangulate.web.create_app``, then runs it with uvicorn.
"""

from __future__ import annotations

import ipaddress
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from triangulate.cli.terminal import printable

err = Console(stderr=True, soft_wrap=True)

# Seconds the server gives requests under way once told to stop.
STOP_SECONDS = 3


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    db: Annotated[str, typer.Option("--db", help="The database to serve (file or URL).")],
    host: Annotated[
        str,
        typer.Option("--host", help="Address to listen on; another than 127.0.0.1 needs --token."),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="TRIANGULATE_TOKEN",
            help="Secret every request must carry (Bearer header, or open /?token=T once).",
        ),
    ] = None,
    allow_private_urls: Annotated[
        bool,
        typer.Option(
            "--allow-private-urls",
            help="Let 'add a URL' fetch private and loopback addresses (refused by default).",
        ),
    ] = False,
    create: Annotated[
        bool,
        typer.Option(
            "--create",
            help="Start a new, empty database if there is none at --db (refused otherwise).",
        ),
    ] = False,
) -> None:
    """Browse stories, claims and conflicts in a browser, add reports, and use the JSON API.

    Binds 127.0.0.1 by default. Binding another address is refused unless --token is given;
    then every request must carry the token. A database that does not exist is refused
    unless --create is given.
    """
    if not is_loopback(host) and not token:
        _fail(
            f"refusing to listen on {host} without --token: anyone who can reach it could "
            "read and add reports. Give --token SECRET (or TRIANGULATE_TOKEN), or keep "
            "--host 127.0.0.1"
        )
    if token is not None and len(token) < 16:
        _fail("--token must be at least 16 characters")
    try:
        import uvicorn

        from triangulate.web import create_app
    except ImportError as exc:  # a missing extra: name the install
        _fail(f'{exc}. Run: pip install "triangulate[web]"')
    from triangulate.errors import TriangulateError
    from triangulate.store import store_exists

    try:
        if not create and not store_exists(db):
            _fail(
                f"there is no database at {db}: check the path, or give --create to start a new one"
            )
        web = create_app(db, token=token, allow_private_urls=allow_private_urls)
    except TriangulateError as exc:
        _fail(str(exc))
    shown = f"[{host}]" if ":" in host else host
    err.print(
        Text(printable(f"triangulate: serving {db} at http://{shown}:{port}/ (Ctrl+C stops)"))
    )
    if token and not is_loopback(host):
        err.print(
            Text(
                "note: plain HTTP sends the token in the clear; put a TLS proxy in front "
                "when the network is not trusted"
            )
        )
    # On SIGTERM or Ctrl+C, requests under way get a few seconds, then the server stops:
    # no request waits on the network (added URLs are fetched by jobs, with deadlines), and
    # a job still running leaves its transactions to the next run.
    uvicorn.run(
        web,
        host=host,
        port=port,
        log_level="warning",
        server_header=False,
        timeout_graceful_shutdown=STOP_SECONDS,
    )


def _fail(message: str) -> NoReturn:
    err.print(Text.assemble(("error: ", "red"), printable(message)))
    raise typer.Exit(1)
