"""The web app: browse stories, claims, conflicts and sources; add reports; a JSON API.

``create_app(db)`` (``app.py``) builds a FastAPI app over one database. The pages are
server-rendered strings (``pages.py``) with little JavaScript; the API lives under ``/api``
(``api.py``) with its OpenAPI description at ``/openapi.json``. Reports added through the web
are read and checked in the request (``intake.py``), then stored and analysed by one
background worker (``jobs.py``). Reads take a per-thread store (``stores.py``) and the
list and search queries in ``queries.py``. ``security.py`` holds the guards: loopback-only
without a token, the token, the same-origin check on writes, and security headers.

Needs the ``web`` extra (FastAPI, uvicorn, python-multipart):
``pip install "triangulate[web]"``.
"""

from __future__ import annotations

from importlib.util import find_spec

from triangulate.errors import MissingDependency

# Checked here so a missing extra names the install to run.
if find_spec("fastapi") is None or find_spec("python_multipart") is None:  # pragma: no cover
    raise MissingDependency(
        "FastAPI and python-multipart (for the web app)", 'pip install "triangulate[web]"'
    )

from triangulate.web.app import create_app

__all__ = ["create_app"]
