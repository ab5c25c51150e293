"""Every input format becomes the right documents, with metadata where the format has it."""

from __future__ import annotations

import json
from pathlib import Path

from triangulate.ingest import ingest

STORY = (
    "Flood waters rose along the Vell river on Monday, forcing the evacuation of three villages.\n"
    "\n"
    "The regional council said 240 homes had been damaged and that the levee near Ostra held.\n"
)
HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Flood hits Vell valley | Example Courier</title>
<meta property="og:site_name" content="Example Courier">
<meta property="og:title" content="Flood hits Vell valley">
<meta property="article:published_time" content="2019-03-04T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Flood hits Vell valley</h1>
<p>Flood waters rose along the Vell river on Monday, forcing the evacuation of three villages
in the lower valley, the regional council said in a statement.</p>
<p>The council said 240 homes had been damaged and that the levee near Ostra held overnight
despite the highest water level recorded since records began in the valley.</p>
</article><footer>Contact us</footer></body></html>
"""


def test_plain_text_title_is_first_line(tmp_path: Path) -> None:
    path = tmp_path / "flood.txt"
    path.write_text("Flood in the Vell valley\n\n" + STORY, encoding="utf-8")
    result = ingest([str(path)])
    (doc,) = result.documents
    assert doc.title == "Flood in the Vell valley"
    assert doc.text.startswith("Flood in the Vell valley\n\nFlood waters rose")
    assert doc.source == str(path)
    assert result.inputs[0].status == "ok"


def test_markdown_title_loses_heading_marks(tmp_path: Path) -> None:
    path = tmp_path / "flood.md"
    path.write_text("## Flood in the Vell valley\n\n" + STORY, encoding="utf-8")
    (doc,) = ingest([str(path)]).documents
    assert doc.title == "Flood in the Vell valley"
    # The text is kept as written; only the title is tidied.
    assert doc.text.startswith("## Flood in the Vell valley")


def test_html_article_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "flood.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    result = ingest([str(path)])
    (doc,) = result.documents
    assert "240 homes had been damaged" in doc.text
    assert "Contact us" not in doc.text
    assert doc.title == "Flood hits Vell valley"
    assert doc.outlet == "Example Courier"
    assert doc.outlet_basis is not None and "metadata" in doc.outlet_basis
    assert doc.published.date == "2019-03-04"
    assert doc.published.basis == "metadata"


def test_html_sniffed_from_content_whatever_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_text(HTML_PAGE, encoding="utf-8")
    (doc,) = ingest([str(path)]).documents
    assert "<p>" not in doc.text
    assert doc.outlet == "Example Courier"


def test_html_without_article_is_skipped_with_reason(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_text(
        '<html><body><nav><a href="/a">Home</a> <a href="/b">World</a></nav></body></html>',
        encoding="utf-8",
    )
    result = ingest([str(path)])
    assert result.documents == ()
    (record,) = result.inputs
    assert record.status == "skipped"
    assert record.reason is not None and "HTML page has no article text" in record.reason


def test_json_object_keeps_its_id_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    record = {
        "id": "vell-1",
        "text": STORY,
        "title": "Vell flood",
        "url": "https://courier.example/vell",
        "outlet": "Example Courier",
        "published": "2019-03-04",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    result = ingest([str(path)])
    (doc,) = result.documents
    assert doc.id == "vell-1"
    assert doc.source == f"{path}#vell-1"
    assert (doc.title, doc.url, doc.outlet) == ("Vell flood", record["url"], "Example Courier")
    assert doc.published.date == "2019-03-04"
    assert doc.published.basis == "metadata"
    assert [r.status for r in result.inputs] == ["ok"]


def test_json_array_reads_each_record(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    items = [
        {"id": "a", "text": STORY},
        {"text": "A second report about the levee near Ostra holding overnight."},
        {"id": "c", "title": "no text here"},
    ]
    path.write_text(json.dumps(items), encoding="utf-8")
    result = ingest([str(path)])
    assert [d.source for d in result.documents] == [f"{path}#a", f"{path}#1"]
    # A record without an id gets one derived from its text.
    assert result.documents[1].id.startswith("d") and len(result.documents[1].id) == 13
    assert [r.path for r in result.inputs] == [str(path), f"{path}#2"]
    by_path = {r.path: r for r in result.inputs}
    assert by_path[f"{path}#2"].status == "failed"
    assert by_path[f"{path}#2"].reason == "record has no 'text' field"
    assert by_path[str(path)].status == "ok"
    assert (
        by_path[str(path)].reason
        == "JSON array: 2 records read, 1 not read (each listed on its own)"
    )


def test_jsonl_with_one_broken_line_keeps_the_good_records(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": STORY, "outlet": "Example Courier"}),
        '{"id": "r2", "text": "cut off',
        "",
        json.dumps({"text": "The levee near Ostra held overnight, engineers said on Tuesday."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = ingest([str(path)])
    assert [d.source for d in result.documents] == [f"{path}#r1", f"{path}#4"]
    # The file is listed once; only the record that could not be read is listed apart.
    assert [r.path for r in result.inputs] == [str(path), f"{path}:2"]
    broken = next(r for r in result.inputs if r.path == f"{path}:2")
    assert broken.status == "failed"
    assert broken.reason is not None and broken.reason.startswith("invalid JSON: ")
    summary = next(r for r in result.inputs if r.path == str(path))
    assert summary.status == "ok"
    assert summary.reason is not None and summary.reason.startswith("JSONL: 2 records read, 1 not")


def test_jsonl_record_without_text_is_listed(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": STORY}) + "\n" + json.dumps({"id": "y", "text": 5}) + "\n",
        encoding="utf-8",
    )
    result = ingest([str(path)])
    assert len(result.documents) == 1
    bad = next(r for r in result.inputs if r.path == f"{path}:2")
    assert (bad.status, bad.reason) == ("failed", "record's 'text' is not a string")


def test_json_that_is_not_records_fails_with_reason(tmp_path: Path) -> None:
    path = tmp_path / "odd.json"
    path.write_text('"just a string"', encoding="utf-8")
    (record,) = ingest([str(path)]).inputs
    assert record.status == "failed"
    assert record.reason == "JSON is a string, not an object or an array of objects"


def test_invalid_json_file_fails_with_position(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"id": 1, "text": }', encoding="utf-8")
    (record,) = ingest([str(path)]).inputs
    assert record.status == "failed"
    assert record.reason is not None
    assert record.reason.startswith("invalid JSON: Expecting value (line 1, column 19)")


def test_unknown_extension_read_as_text_when_it_is_text(tmp_path: Path) -> None:
    path = tmp_path / "report.wire"
    path.write_text(STORY, encoding="utf-8")
    (doc,) = ingest([str(path)]).documents
    assert doc.text == STORY.strip()


def test_unknown_extension_holding_jsonl_is_read_as_records(tmp_path: Path) -> None:
    path = tmp_path / "feed.dump"
    rows = [{"id": "p", "text": STORY}, {"id": "q", "text": "The levee held, engineers said."}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert [d.id for d in ingest([str(path)]).documents] == ["p", "q"]


def test_text_starting_with_a_bracket_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "note"
    path.write_text("[Updated] The levee near Ostra held overnight.\n", encoding="utf-8")
    (doc,) = ingest([str(path)]).documents
    assert doc.text == "[Updated] The levee near Ostra held overnight."


def test_same_text_twice_is_listed_as_skipped(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(STORY, encoding="utf-8")
    # Different junk around the same article: the cleaned texts are equal.
    second.write_text(STORY + "\nShare this\n", encoding="utf-8")
    result = ingest([str(first), str(second)])
    assert len(result.documents) == 1
    assert result.inputs[1].status == "skipped"
    assert result.inputs[1].reason == f"same text as {first}"


def test_colliding_record_ids_skip_the_later_record(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [{"id": "same", "text": STORY}, {"id": "same", "text": "Another text entirely."}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = ingest([str(path)])
    assert len(result.documents) == 1
    clash = next(r for r in result.inputs if r.status == "skipped")
    assert clash.path == f"{path}:2"
    assert clash.reason == f"id 'same' is already used by {path}#same"


def test_document_id_is_derived_from_content_and_stable(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    first = ingest([str(path)]).documents[0]
    again = ingest([str(path)]).documents[0]
    digest = hashlib.sha256(first.text.encode("utf-8")).hexdigest()
    assert first.sha256 == digest
    assert first.id == "d" + digest[:12]
    assert again == first


def test_iter_ingest_pairs_each_record_with_its_file(tmp_path: Path) -> None:
    from triangulate.ingest import iter_ingest

    path = tmp_path / "feed.jsonl"
    rows = [{"id": "a", "text": STORY}, {"id": "b", "text": "The levee near Ostra held."}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    pairs = list(iter_ingest([str(path)]))
    assert [doc.id for _, doc in pairs if doc is not None] == ["a", "b"]
    assert pairs[0][0] is pairs[1][0]
    assert pairs[0][0].reason == "JSONL: 2 records read"
