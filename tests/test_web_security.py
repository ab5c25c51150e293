"""Safe by default: loopback only without a token, the token, CSRF, headers, `serve`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import typer

from test_web_api import client_for
from triangulate.cli.serve import is_loopback, serve
from triangulate.store import open_store
from triangulate.web import create_app
from triangulate.web.queries import table_counts

TOKEN = "s3cret-token-for-tests-0123456789"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web-sec") / "empty.db"
    open_store(path).close()
    return path


@pytest.fixture(scope="module")
def open_client(db: Path) -> Iterator:  # type: ignore[type-arg]
    with client_for(create_app(str(db))) as c:
        yield c


@pytest.fixture(scope="module")
def token_client(db: Path) -> Iterator:  # type: ignore[type-arg]
    with client_for(create_app(str(db), token=TOKEN)) as c:
        yield c


@pytest.mark.parametrize("path", ["/", "/api/stories", "/nope", "/openapi.json"])
def test_web_security_headers_on_every_response(open_client, path: str) -> None:  # type: ignore[no-untyped-def]
    response = open_client.get(path)
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "http" not in csp  # no remote sources
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "same-origin"
    assert response.headers["x-frame-options"] == "DENY"


def test_web_security_empty_database_pages(open_client) -> None:  # type: ignore[no-untyped-def]
    page = open_client.get("/")
    assert page.status_code == 200 and "No stories yet" in page.text
    assert open_client.get("/api/stories").json()["total"] == 0


def test_web_security_without_token_only_loopback_hosts(open_client) -> None:  # type: ignore[no-untyped-def]
    assert open_client.get("/", headers={"host": "127.0.0.1:8000"}).status_code == 200
    assert open_client.get("/", headers={"host": "localhost:8000"}).status_code == 200
    rebound = open_client.get("/api/stories", headers={"host": "attacker.example:8000"})
    assert rebound.status_code == 400
    assert rebound.json()["error"]["code"] == "bad_host"


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "http://attacker.example"},
        {"origin": "null"},
        {"referer": "http://attacker.example/page"},
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site", "origin": "http://127.0.0.1"},
    ],
)
def test_web_security_cross_site_writes_refused(open_client, db: Path, headers: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    with open_store(db) as store:
        before = table_counts(store)
    form = open_client.post("/add/text", data={"text": "A report about 3 people."}, headers=headers)
    assert form.status_code == 403 and 'id="error"' in form.text
    api = open_client.post("/api/reports/text", json={"text": "A report."}, headers=headers)
    assert api.status_code == 403 and api.json()["error"]["code"] == "cross_site"
    with open_store(db) as store:
        assert table_counts(store) == before


def test_web_security_same_origin_write_allowed(open_client) -> None:  # type: ignore[no-untyped-def]
    response = open_client.post(
        "/api/reports/text",
        json={"text": " "},
        headers={"origin": "http://127.0.0.1", "sec-fetch-site": "same-origin"},
    )
    assert response.status_code == 422  # past the guard, refused for its content


def test_web_security_token_required(token_client) -> None:  # type: ignore[no-untyped-def]
    api = token_client.get("/api/stories")
    assert api.status_code == 401 and api.json()["error"]["code"] == "bad_token"
    assert api.headers["www-authenticate"] == "Bearer"
    page = token_client.get("/")
    assert page.status_code == 401 and "Sign-in needed" in page.text
    wrong = token_client.get("/api/stories", headers={"authorization": "Bearer nope"})
    assert wrong.status_code == 401
    good = token_client.get("/api/stories", headers={"authorization": f"Bearer {TOKEN}"})
    assert good.status_code == 200
    # with a token, any Host is fine (the token is what protects)
    other = token_client.get(
        "/api/stories", headers={"authorization": f"Bearer {TOKEN}", "host": "10.0.0.5:8000"}
    )
    assert other.status_code == 200


def test_web_security_token_link_sets_cookie(db: Path) -> None:
    with client_for(create_app(str(db), token=TOKEN)) as client:
        assert client.get("/?token=wrong", follow_redirects=False).status_code == 401
        first = client.get(f"/search?q=x&token={TOKEN}", follow_redirects=False)
        assert first.status_code == 303
        assert first.headers["location"] == "/search?q=x"
        cookie = first.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        assert client.get("/").status_code == 200  # the cookie now carries the token
        assert client.get("/api/stories").status_code == 200


def test_web_security_serve_refuses_public_bind_without_token(tmp_path: Path) -> None:
    with pytest.raises(typer.Exit):
        serve(db=str(tmp_path / "x.db"), host="0.0.0.0", port=8000, token=None)
    with pytest.raises(typer.Exit):
        serve(db=str(tmp_path / "x.db"), host="0.0.0.0", port=8000, token="short")
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("127.0.0.2", True),
        ("0.0.0.0", False),
        ("192.168.1.4", False),
        ("example.org", False),
    ],
)
def test_web_security_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_web_security_create_app_bad_store(tmp_path: Path) -> None:
    from triangulate.errors import StoreUnavailable

    with pytest.raises(StoreUnavailable):
        create_app(str(tmp_path / "missing" / "x.db"))
