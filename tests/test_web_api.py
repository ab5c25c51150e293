"""The JSON API in-process (FastAPI TestClient): every endpoint, good ids and unknown ones.

The database is built once for the module from examples/khan-sabil, plus one hostile report
whose text holds markup; ``make_web_db`` is shared with the other web test modules.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="pip install -e '.[web]'")

from triangulate.collect import add_to_store, analyze_into
from triangulate.ingest import ingest_bytes
from triangulate.store import open_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note about httpx vs httpx2
    from fastapi.testclient import TestClient

from triangulate.web import create_app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "khan-sabil"
SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'
HOSTILE = (
    f"Dam warning in Khan Sabil {SCRIPT}\n\n"
    f"KHAN SABIL — Officials said 14 people were hurt {IMG} in Khan Sabil on Monday, "
    f"Governor Rami Haddad told reporters {SCRIPT}. Haddad said 300 homes were flooded.\n"
)


def make_web_db(path: Path) -> Path:
    """A database holding the Khan Sabil example and one hostile report."""
    with open_store(path) as store:
        analyze_into(store, str(EXAMPLES))
        read = ingest_bytes("hostile<b>.txt", HOSTILE.encode("utf-8"))
        add_to_store(store, read.inputs, read.documents)
    return path


def client_for(app: Any) -> TestClient:
    """A TestClient that lets the app's own error handling answer (as a real server does)."""
    return TestClient(app, raise_server_exceptions=False, base_url="http://127.0.0.1")


@pytest.fixture(scope="module")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_web_db(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="module")
def client(web_db: Path) -> Iterator[TestClient]:
    with client_for(create_app(str(web_db))) as c:
        yield c


@pytest.fixture(scope="module")
def ids(client: TestClient) -> dict[str, str]:
    """One id of each kind, taken from the API itself."""
    story = client.get("/api/stories").json()["stories"][0]["id"]
    claims = client.get("/api/claims", params={"story": story, "limit": 500}).json()["claims"]
    grouped = next(c for c in claims if c["verdict"] in ("conflict", "scope_differs", "update"))
    entity = client.get("/api/entities", params={"story": story}).json()["entities"][0]["id"]
    doc = client.get("/api/documents", params={"story": story}).json()["documents"][0]["id"]
    return {"story": story, "claim": grouped["claim"], "entity": entity, "document": doc}


def test_web_api_stories_lists_counts_and_dates(client: TestClient) -> None:
    data = client.get("/api/stories").json()
    assert data["total"] >= 1 and data["offset"] == 0
    story = data["stories"][0]
    assert story["reports"] >= 6 and story["claims"] > 0 and story["conflicts"] >= 1
    assert story["first_published"] <= story["last_published"]
    assert story["url"] == f"/api/stories/{story['id']}"


def test_web_api_story_detail_is_the_json_report(
    client: TestClient, ids: dict[str, str], validate_report: Any
) -> None:
    response = client.get(f"/api/stories/{ids['story']}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    data = response.json()
    assert data["format"] == "triangulate/report@1"
    assert [s["id"] for s in data["stories"]] == [ids["story"]]
    validate_report(data)


def test_web_api_claims_filter_and_page(client: TestClient, ids: dict[str, str]) -> None:
    page = client.get("/api/claims", params={"story": ids["story"], "limit": 2}).json()
    assert page["limit"] == 2 and len(page["claims"]) == 2
    row = page["claims"][0]
    assert set(row) >= {"claim", "text", "speaker", "relay", "outlet", "verdict", "start"}
    more = client.get("/api/claims", params={"story": ids["story"], "limit": 2, "offset": 2})
    assert more.json()["claims"][0]["claim"] != row["claim"]


def test_web_api_claim_detail_has_its_group(client: TestClient, ids: dict[str, str]) -> None:
    data = client.get(f"/api/claims/{ids['claim']}").json()
    assert data["claim"]["id"] == ids["claim"]
    assert data["story"]["id"] == ids["story"]
    assert data["group"]["verdict"] in ("conflict", "scope_differs", "update")
    assert ids["claim"] in [c["id"] for c in data["group_claims"]]
    assert len(data["group_claims"]) == len(data["group"]["claims"])


def test_web_api_entities_and_entity(client: TestClient, ids: dict[str, str]) -> None:
    rows = client.get("/api/entities", params={"story": ids["story"]}).json()["entities"]
    assert rows and all(r["story"] == ids["story"] for r in rows)
    data = client.get(f"/api/entities/{ids['entity']}").json()
    assert data["aliases"] and data["stories"][0]["id"] == ids["story"]
    for mention in data["mentions"]:
        assert mention["text"] in data["aliases"]
        assert mention["text"] in mention["context"]


def test_web_api_documents_and_document(client: TestClient, ids: dict[str, str]) -> None:
    rows = client.get("/api/documents").json()["documents"]
    assert len(rows) == 7 and all("text" not in r for r in rows)
    data = client.get(f"/api/documents/{ids['document']}").json()
    doc = data["document"]
    assert doc["id"] == ids["document"] and doc["text"]
    for claim in data["claims"]:
        assert doc["text"][claim["start"] : claim["end"]] == claim["text"]


def test_web_api_search_finds_reports_claims_entities(client: TestClient) -> None:
    data = client.get("/api/search", params={"q": "khan sabil"}).json()
    kinds = {h["kind"] for h in data["hits"]}
    assert {"document", "entity"} <= kinds
    # every spelling of the town counts: what is marked is one of them
    spellings = {
        alias.lower()
        for hit in data["hits"]
        if hit["kind"] == "entity"
        for alias in client.get(f"/api/entities/{hit['id']}").json()["aliases"]
    }
    assert "khan sabil" in spellings and len(spellings) > 1
    for hit in data["hits"]:
        if hit["match"]:
            start, end = hit["match"]
            assert hit["snippet"][start:end].lower() in spellings
    # LIKE wildcards in the query are literal
    assert client.get("/api/search", params={"q": "%_%"}).json()["hits"] == []


def test_web_api_jobs_empty_and_unknown(client: TestClient) -> None:
    assert client.get("/api/jobs").json() == []
    missing = client.get("/api/jobs/nope")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    "path",
    [
        "/api/stories/nope",
        "/api/claims/nope",
        "/api/entities/nope",
        "/api/documents/nope",
        "/api/claims?story=nope",
        "/api/entities?story=nope",
        "/api/documents?story=nope",
        "/api/nothing-here",
        "/api/stories/" + "x" * 500,
    ],
)
def test_web_api_unknown_ids_are_404_json(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["code"] == "not_found" and error["message"]


@pytest.mark.parametrize(
    "path",
    ["/api/stories?limit=0", "/api/stories?offset=-1", "/api/claims?limit=9999", "/api/search"],
)
def test_web_api_bad_parameters_are_422_json(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "bad_input"
    assert "Traceback" not in response.text


def test_web_api_openapi_describes_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/claims",
        "/api/claims/{claim_id}",
        "/api/entities",
        "/api/entities/{entity_id}",
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/search",
        "/api/jobs",
        "/api/jobs/{job_id}",
        "/api/reports",
        "/api/reports/text",
        "/api/reports/url",
    } <= paths
    assert not any(p.startswith("/stories") for p in paths)  # pages stay out of the API
    assert "StoryPage" in spec["components"]["schemas"]


# -- filters ------------------------------------------------------------------------------

FILTERS_TESTED: dict[str, set[str]] = {
    "/api/stories": {"offset", "limit"},
    "/api/claims": {"story", "doc", "kind", "verdict", "outlet", "offset", "limit"},
    "/api/entities": {"story", "type", "offset", "limit"},
    "/api/entities/{entity_id}": {"story"},
    "/api/documents": {"story", "outlet", "basis", "offset", "limit"},
    "/api/search": {"q", "kind", "story", "limit"},
}
"""Every query parameter the API declares, each exercised by a test below."""


def test_web_api_every_declared_filter_is_tested(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    declared = {
        path: {p["name"] for p in op.get("parameters", []) if p["in"] == "query"}
        for path, ops in spec["paths"].items()
        for op in ops.values()
    }
    declared = {path: names for path, names in declared.items() if names}
    assert declared == FILTERS_TESTED


def _claims(client: TestClient, **params: object) -> list[dict[str, Any]]:
    response = client.get("/api/claims", params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    return list(response.json()["claims"])


def test_web_api_claims_filter_by_verdict(client: TestClient) -> None:
    every = _claims(client)
    conflict = _claims(client, verdict="conflict")
    assert conflict and len(conflict) < len(every)
    assert {c["verdict"] for c in conflict} == {"conflict"}
    assert {c["claim"] for c in conflict} == {
        c["claim"] for c in every if c["verdict"] == "conflict"
    }
    contested = _claims(client, verdict="contested")
    assert {c["verdict"] for c in contested} <= {"conflict", "update", "scope_differs"}
    assert len(contested) == sum(
        1 for c in every if c["verdict"] in ("conflict", "update", "scope_differs")
    )
    single = _claims(client, verdict="single")
    assert single and {c["verdict"] for c in single} == {"single"}
    bad = client.get("/api/claims", params={"verdict": "disputed"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "bad_input"


def test_web_api_claims_filter_by_kind_document_and_outlet(client: TestClient) -> None:
    every = _claims(client)
    figures = _claims(client, kind="figure")
    assertions = _claims(client, kind="assertion")
    assert figures and assertions and len(figures) + len(assertions) == len(every)
    assert {c["kind"] for c in figures} == {"figure"}
    doc = every[0]["doc"]
    in_doc = _claims(client, doc=doc)
    assert in_doc and {c["doc"] for c in in_doc} == {doc}
    assert len(in_doc) == sum(1 for c in every if c["doc"] == doc)
    outlet = next(c["outlet"] for c in every if c["outlet"])
    by_outlet = _claims(client, outlet=outlet.upper())  # any case
    assert by_outlet and {c["outlet"] for c in by_outlet} == {outlet}
    both = _claims(client, outlet=outlet, kind="figure", verdict="contested")
    assert {(c["outlet"], c["kind"]) for c in both} <= {(outlet, "figure")}
    assert all(c["verdict"] in ("conflict", "update", "scope_differs") for c in both)
    assert _claims(client, doc="no-such-report") == []


def test_web_api_entities_filter_by_type(client: TestClient, ids: dict[str, str]) -> None:
    every = client.get("/api/entities", params={"limit": 500}).json()["entities"]
    places = client.get("/api/entities", params={"type": "GPE", "limit": 500}).json()["entities"]
    assert places and len(places) < len(every) and {e["type"] for e in places} == {"GPE"}
    people = client.get(
        "/api/entities", params={"type": "PERSON", "story": ids["story"], "limit": 500}
    ).json()["entities"]
    assert people and {(e["type"], e["story"]) for e in people} == {("PERSON", ids["story"])}
    assert client.get("/api/entities", params={"type": "PLANET"}).status_code == 422


def test_web_api_documents_filter_by_outlet_and_date_basis(client: TestClient) -> None:
    every = client.get("/api/documents").json()["documents"]
    outlet = next(d["outlet"] for d in every if d["outlet"])
    same = client.get("/api/documents", params={"outlet": outlet.lower()}).json()["documents"]
    assert same and {d["outlet"] for d in same} == {outlet}
    assert len(same) == sum(1 for d in every if d["outlet"] == outlet)
    inferred = client.get("/api/documents", params={"basis": "inferred"}).json()["documents"]
    assert inferred and {d["published_basis"] for d in inferred} == {"inferred"}
    assert len(inferred) == sum(1 for d in every if d["published_basis"] == "inferred")
    assert client.get("/api/documents", params={"basis": "guessed"}).status_code == 422


def test_web_api_search_filters_by_kind_story_and_limit(
    client: TestClient, ids: dict[str, str]
) -> None:
    def hits(**params: object) -> list[dict[str, Any]]:
        response = client.get("/api/search", params={"q": "khan sabil", **params})
        assert response.status_code == 200, response.text
        return list(response.json()["hits"])

    every = hits()
    documents = hits(kind="document")
    assert documents and {h["kind"] for h in documents} == {"document"}
    assert len(documents) == sum(1 for h in every if h["kind"] == "document")
    two = hits(kind=["document", "entity"])
    assert {h["kind"] for h in two} == {"document", "entity"}
    assert len(hits(kind="document", limit=1)) == 1
    in_story = hits(story=ids["story"])
    assert in_story and {h["story"] for h in in_story} == {ids["story"]}
    assert client.get("/api/search", params={"q": "x", "story": "nope"}).status_code == 404
    assert client.get("/api/search", params={"q": "x", "kind": "planet"}).status_code == 422


@pytest.mark.parametrize(
    "path",
    [
        "/api/stories?verdict=conflict",
        "/api/claims?verdict=conflict&sotry=x",
        "/api/claims?Verdict=conflict",
        "/api/entities?kind=figure",
        "/api/documents?published=2026-03-11",
        "/api/search?q=dam&page=2",
        "/api/jobs?status=done",
        "/api/entities/any?stroy=x",
    ],
)
def test_web_api_unknown_query_parameter_is_422(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "unknown_parameter"
    assert "takes" in error["message"]


def test_web_api_unknown_parameter_names_what_the_route_takes(client: TestClient) -> None:
    message = client.get("/api/claims", params={"verdcit": "conflict"}).json()["error"]["message"]
    assert "'verdcit'" in message and "verdict" in message and "outlet" in message
    # on a post too
    response = client.post("/api/reports/text?mode=fast", json={"text": "A report."})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "unknown_parameter"
