"""The HTML pages in-process: every page type, exports, errors, and hostile text as text."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser

import lxml.html
import pytest

from test_web_api import HOSTILE, client_for, make_web_db
from triangulate.web import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator:  # type: ignore[type-arg]
    db = make_web_db(tmp_path_factory.mktemp("web-pages") / "web.db")
    with client_for(create_app(str(db))) as c:
        yield c


@pytest.fixture(scope="module")
def ids(client) -> dict[str, str]:  # type: ignore[no-untyped-def]
    stories = client.get("/api/stories").json()["stories"]
    docs = client.get("/api/documents").json()["documents"]
    hostile = next(d for d in docs if d["source"].startswith("hostile"))
    detail = client.get(f"/api/documents/{hostile['id']}").json()
    entity = client.get("/api/entities", params={"story": hostile["story"]}).json()["entities"]
    near = next(e for e in entity if "Haddad" in e["name"] or "Khan" in e["name"])
    return {
        "story": stories[0]["id"],
        "hostile_story": hostile["story"],
        "hostile_doc": hostile["id"],
        "hostile_claim": detail["claims"][0]["id"],
        "hostile_entity": near["id"],
    }


class _Tags(HTMLParser):
    """Every start tag of a page, with its attributes, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _no_live_markup(html: str) -> None:
    """Report markup shows as text: no script, image or event handler came from a report."""
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag not in ("img", "iframe", "object", "embed"), tag
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        if tag == "script":
            assert attrs == {"src": "/static/report.js"}
    assert "<script>alert" not in html


def test_web_pages_home_lists_stories_with_counts(client, ids) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/")
    assert page.status_code == 200
    assert 'id="stories-table"' in page.text
    assert f'href="/stories/{ids["story"]}"' in page.text
    assert 'name="q"' in page.text


def test_web_pages_story_has_every_section(client, ids) -> None:  # type: ignore[no-untyped-def]
    page = client.get(f"/stories/{ids['story']}").text
    for section in ("findings", "summary", "groups", "timeline", "entities", "sources", "exports"):
        assert f'id="{section}"' in page
    assert page.index('id="findings"') < page.index('id="summary"')
    assert 'id="conflicts-table"' in page and 'data-verdict="conflict"' in page
    assert "<svg" in page  # the timeline chart
    assert 'class="cite" href="/documents/' in page
    assert 'class="claim-link" href="/claims/' in page
    assert "Upstream:" in page  # sources grouped by echo
    for ext in ("json", "csv", "md", "html"):
        assert f'/stories/{ids["story"]}/export.{ext}"' in page


def test_web_pages_story_key_findings_name_the_values_and_their_sources(client, ids) -> None:  # type: ignore[no-untyped-def]
    page = client.get(f"/stories/{ids['story']}").text
    findings = page[page.index('id="findings"') : page.index('id="summary"')]
    contested = findings[findings.index('class="key contested"') :]
    first = contested[: contested.index("</li></ul></li>")]
    assert "people killed" in first and "Conflict" in first
    assert re.search(r'<a href="/claims/[^"]+">43</a></span> — Civil Defence', first)
    group = re.search(r'class="what" href="#(group-[^"]+)"', first)
    assert group is not None and f'id="{group.group(1)}"' in page


def test_web_pages_inferred_dates_say_so_in_the_list_and_on_the_pages(client, ids) -> None:  # type: ignore[no-untyped-def]
    # Sabil Now's report carries no date: the day before the story's first stated date is
    # inferred for it, so the story's first day is an inferred one.
    home = client.get("/").text
    row = home[home.index(f'href="/stories/{ids["story"]}"') :].split("</tr>")[0]
    assert re.search(r"\d{4}-\d\d-\d\d \(inferred\) – \d{4}-\d\d-\d\d<", row)
    story = client.get("/api/stories").json()["stories"][0]
    assert story["first_published_inferred"] is True
    assert story["last_published_inferred"] is False
    docs = client.get("/api/documents", params={"story": ids["story"]}).json()["documents"]
    inferred = next(d for d in docs if d["published_basis"] == "inferred")
    page = client.get(f"/documents/{inferred['id']}").text
    assert f"published {inferred['published']} (inferred)" in page
    story_page = client.get(f"/stories/{ids['story']}").text
    assert f"{inferred['published']} (inferred)" in story_page
    rows = list(csv.DictReader(io.StringIO(client.get(f"/stories/{ids['story']}/export.csv").text)))
    bases = {r["date_basis"] for r in rows if r["doc"] == inferred["id"]}
    assert bases and bases <= {"event", "inferred"}
    assert "inferred" in {r["date_basis"] for r in rows}


def test_web_pages_exports_reuse_the_renderers(client, ids, validate_report) -> None:  # type: ignore[no-untyped-def]
    base = f"/stories/{ids['story']}/export"
    data = client.get(f"{base}.json")
    assert data.headers["content-disposition"].startswith("attachment")
    validate_report(json.loads(data.text))
    rows = list(csv.DictReader(io.StringIO(client.get(f"{base}.csv").text)))
    assert rows and {r["story"] for r in rows} == {ids["story"]}
    assert client.get(f"{base}.md").text.startswith("#")
    html = client.get(f"{base}.html")
    assert html.text.startswith("<!DOCTYPE html>")
    assert "sandbox" in html.headers["content-security-policy"]
    assert client.get(f"{base}.pdf").status_code == 404
    assert client.get("/stories/nope/export.csv").status_code == 404


def test_web_pages_claim_lights_its_span_and_shows_its_group(client, ids) -> None:  # type: ignore[no-untyped-def]
    claims = client.get("/api/claims", params={"story": ids["story"], "limit": 500}).json()
    grouped = next(c for c in claims["claims"] if c["verdict"] == "conflict")
    page = client.get(f"/claims/{grouped['claim']}").text
    lit = re.search(r'<mark class="claim [^"]*\bhl\b[^"]*"[^>]*>(.*?)</mark>', page)
    assert lit is not None
    assert re.sub(r"<[^>]+>", "", lit.group(1)) in grouped["text"]
    assert 'id="side-by-side"' in page
    assert page.count('class="card') >= 2 and 'class="card this"' in page


def test_web_pages_a_statement_reads_as_a_sentence_of_its_report(client) -> None:  # type: ignore[no-untyped-def]
    claims = client.get("/api/claims", params={"kind": "assertion", "limit": 500}).json()
    reached = 0
    for claim in claims["claims"]:
        page = client.get(f"/claims/{claim['claim']}").text
        title = re.search(r"<title>Claim: (.*?) — triangulate</title>", page)
        assert title is not None
        shown = html.unescape(title.group(1))
        assert not shown.startswith("—"), shown
        assert " ".join(claim["text"].split()).casefold() in shown.casefold(), shown
        reached += len(shown) > len(" ".join(claim["text"].split()))
    # Statements whose subject lies before their passage reach back to their sentence.
    assert reached >= 1


def test_web_pages_entity_document_search(client, ids) -> None:  # type: ignore[no-untyped-def]
    entities = client.get("/api/entities", params={"story": ids["story"]}).json()["entities"]
    page = client.get(f"/entities/{entities[0]['id']}").text
    assert 'id="aliases"' in page and 'id="mentions"' in page and 'id="entity-stories"' in page
    docs = client.get("/api/documents", params={"story": ids["story"]}).json()["documents"]
    page = client.get(f"/documents/{docs[0]['id']}").text
    assert 'id="doc-text"' in page and '<mark class="claim' in page
    page = client.get("/search", params={"q": "Khan Sabil"}).text
    assert 'id="hits"' in page and '<mark class="match">' in page
    assert "Type words" in client.get("/search").text


@pytest.mark.parametrize(
    "path",
    [
        "/stories/nope",
        "/claims/nope",
        "/entities/nope",
        "/documents/nope",
        "/no/such/page",
        "/entities/x?story=nope",
    ],
)
def test_web_pages_unknown_ids_are_404_pages(client, path: str) -> None:  # type: ignore[no-untyped-def]
    page = client.get(path)
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert 'id="error"' in page.text and "Traceback" not in page.text


def test_web_pages_bad_query_is_422_page(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/?page=0")
    assert page.status_code == 422 and 'id="error"' in page.text


def test_web_pages_hostile_report_shows_as_text_everywhere(client, ids) -> None:  # type: ignore[no-untyped-def]
    assert "<script>" in HOSTILE
    paths = [
        "/",
        f"/stories/{ids['hostile_story']}",
        f"/documents/{ids['hostile_doc']}",
        f"/claims/{ids['hostile_claim']}",
        f"/entities/{ids['hostile_entity']}?story={ids['hostile_story']}",
        "/search?q=alert",
        "/search?q=%3Cscript%3E",
        "/jobs",
        "/stories/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ]
    for path in paths:
        page = client.get(path)
        _no_live_markup(page.text)
    doc = client.get(f"/documents/{ids['hostile_doc']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc
    assert "&lt;img src=x onerror=&quot;alert(" in doc
    search = client.get("/search?q=onerror").text
    assert "&lt;img" in search


def test_web_pages_hostile_upload_name_shows_as_text(client) -> None:  # type: ignore[no-untyped-def]
    name = '<img src=x onerror="alert(3)">.txt'
    bad = client.post("/add/files", files=[("files", (name, b""))])
    assert bad.status_code == 422
    _no_live_markup(bad.text)
    assert "&lt;img" in bad.text


def test_web_pages_static_assets(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/static/report.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/web.css").status_code == 200
    assert "javascript" in client.get("/static/report.js").headers["content-type"]


def test_web_pages_summary_links_name_the_groups_they_open(client, ids) -> None:  # type: ignore[no-untyped-def]
    page = client.get(f"/stories/{ids['story']}").text
    tree = lxml.html.document_fromstring(page)
    links = tree.xpath("//ol[@class='summary']//span[contains(@class, 'see-groups')]/a")
    assert links, "the summary rests on no group"
    rows = {tr.get("id"): tr for tr in tree.xpath("//tr[@id]")}
    for link in links:
        row = rows[link.get("href").removeprefix("#")]
        label = row.xpath("./td[1]/b")[0].text_content()
        shown = link.text_content()
        assert shown == label or (shown.endswith("…") and label.startswith(shown[:-1]))
    assert "see group" not in page
    for sentence in tree.xpath("//ol[@class='summary']/li"):
        targets = [
            a.get("href") for a in sentence.xpath(".//span[contains(@class, 'see-groups')]/a")
        ]
        assert len(targets) == len(set(targets))
        # a report cited for two passages has its citations numbered, not repeated
        chips = [a.text_content() for a in sentence.xpath(".//a[@class='cite']")]
        assert len(chips) == len(set(chips))
