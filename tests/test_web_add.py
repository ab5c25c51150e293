"""Adding reports through the web: files, text and URL; bad input refused, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_web_api import EXAMPLES, client_for, make_web_db
from triangulate.store import open_store
from triangulate.web import create_app
from triangulate.web.intake import Limits
from triangulate.web.queries import table_counts

LIMITS = Limits(max_bytes=20_000, max_files=3)


@pytest.fixture(scope="module")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_web_db(tmp_path_factory.mktemp("web-add") / "web.db")


@pytest.fixture(scope="module")
def app(web_db: Path):  # type: ignore[no-untyped-def]
    return create_app(str(web_db), limits=LIMITS)


@pytest.fixture(scope="module")
def client(app):  # type: ignore[no-untyped-def]
    with client_for(app) as c:
        yield c


def _counts(db: Path) -> dict[str, int]:
    with open_store(db) as store:
        return table_counts(store)


def _finish(app, job_id: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    job = app.state.ctx.jobs.wait(job_id, 60)
    assert job is not None and job.finished is not None, "job did not finish in time"
    return {"status": job.status, "stories": job.stories, "message": job.message}


BAD_UPLOADS = [
    pytest.param([("big.txt", b"word " * 5_000)], 413, "too_large", id="too-large"),
    pytest.param(
        [(f"r{i}.txt", b"A report.\n") for i in range(4)], 413, "too_many_files", id="too-many"
    ),
    pytest.param(
        [("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)], 415, "unsupported", id="binary"
    ),
    pytest.param([("scan.pdf", b"%PDF-1.4 text")], 415, "unsupported", id="pdf"),
    pytest.param([("empty.txt", b"")], 422, "unreadable", id="empty"),
    pytest.param(
        [("ok.txt", b"Fine headline\n\nA fine report.\n"), ("nul.txt", b"a\0b")],
        415,
        "unsupported",
        id="one-bad-of-two",
    ),
]


@pytest.mark.parametrize(("files", "status", "code"), BAD_UPLOADS)
def test_web_add_bad_upload_refused_and_nothing_written(
    client,
    web_db: Path,
    files: list[tuple[str, bytes]],
    status: int,
    code: str,  # type: ignore[no-untyped-def]
) -> None:
    before = _counts(web_db)
    response = client.post("/api/reports", files=[("files", f) for f in files])
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    page = client.post("/add/files", files=[("files", f) for f in files])
    assert page.status_code == status
    assert page.headers["content-type"].startswith("text/html")
    assert 'id="error"' in page.text and "Traceback" not in page.text
    assert client.get("/api/jobs").json() == []
    assert _counts(web_db) == before


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"url": "ftp://example.org/a"}, 422, "bad_url"),
        ({"url": "not a url"}, 422, "bad_url"),
        ({"url": "http://127.0.0.1:9/report"}, 422, "url_refused"),
        ({"url": "http://10.0.0.8/report"}, 422, "url_refused"),
        ({"url": "http://[::1]/report"}, 422, "url_refused"),
        ({}, 422, "bad_input"),
    ],
)
def test_web_add_bad_url_refused(client, web_db: Path, body: dict, status: int, code: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    before = _counts(web_db)
    response = client.post("/api/reports/url", json=body)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    if "127.0.0.1" in body.get("url", ""):
        assert "--allow-private-urls" in response.json()["error"]["message"]
    assert _counts(web_db) == before


def test_web_add_bad_text_refused(client, web_db: Path) -> None:  # type: ignore[no-untyped-def]
    before = _counts(web_db)
    assert client.post("/api/reports/text", json={"text": "   "}).status_code == 422
    assert client.post("/api/reports/text", json={"text": "x" * 30_000}).status_code == 413
    assert (
        client.post(
            "/api/reports/text", content=b"{not json", headers={"content-type": "application/json"}
        ).status_code
        == 422
    )
    page = client.post("/add/text", data={"text": "  "})
    assert page.status_code == 422 and "Input not accepted" in page.text
    assert _counts(web_db) == before


def test_web_add_too_large_request_refused_before_reading(client, web_db: Path) -> None:  # type: ignore[no-untyped-def]
    before = _counts(web_db)
    body = b"x" * (LIMITS.max_files * LIMITS.max_bytes + 1_000_001)
    response = client.post(
        "/api/reports", content=body, headers={"content-type": "multipart/form-data; boundary=b"}
    )
    assert response.status_code == 413
    assert _counts(web_db) == before


def test_web_add_text_joins_its_story(app, client, web_db: Path) -> None:  # type: ignore[no-untyped-def]
    before = _counts(web_db)
    text = (
        "KHAN SABIL — Rescue teams said 61 people were killed after the dam above Khan Sabil "
        "failed, the Civil Defence told reporters on Tuesday."
    )
    response = client.post("/api/reports/text", json={"text": text, "title": "Toll rises"})
    assert response.status_code == 202
    job = response.json()
    assert response.headers["location"] == job["url"]
    done = _finish(app, job["id"])
    assert done["status"] == "done", done["message"]
    assert done["stories"]
    after = _counts(web_db)
    assert after["documents"] == before["documents"] + 1
    story = done["stories"][0][0]
    docs = client.get("/api/documents", params={"story": story}).json()["documents"]
    assert "Toll rises" in [d["title"] for d in docs]
    # the same text again adds nothing, and says so
    again = client.post("/api/reports/text", json={"text": text, "title": "Toll rises"}).json()
    second = _finish(app, again["id"])
    assert second["status"] == "done" and "nothing new" in second["message"]
    assert _counts(web_db)["documents"] == after["documents"]


def test_web_add_files_form_redirects_to_job_page(app, client) -> None:  # type: ignore[no-untyped-def]
    files = [("files", ("01_wire.txt", (EXAMPLES / "01_wire.txt").read_bytes()))]
    response = client.post("/add/files", files=files, follow_redirects=False)
    assert response.status_code == 303
    where = response.headers["location"]
    assert where.startswith("/jobs/")
    _finish(app, where.rsplit("/", 1)[1])
    page = client.get(where)
    assert page.status_code == 200 and 'data-status="done"' in page.text
    assert "already in the database" in page.text
    assert 'http-equiv="refresh"' not in page.text
    listing = client.get("/jobs")
    assert where in listing.text


def test_web_add_unknown_job_page_is_404(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/jobs/does-not-exist")
    assert response.status_code == 404 and "Not found" in response.text
