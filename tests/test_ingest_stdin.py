""" "-" reads standard input, sniffing the format from the content."""

from __future__ import annotations

import io
import json

from triangulate.ingest import ingest, ingest_bytes

STORY = "Rail workers in Dorne walked out on Thursday over unpaid wages, their union said.\n"


def test_stdin_text() -> None:
    result = ingest(["-"], stdin=io.BytesIO(STORY.encode("utf-8")))
    (record,) = result.inputs
    (doc,) = result.documents
    assert (record.path, record.status) == ("-", "ok")
    assert doc.source == "<stdin>"
    assert doc.text == STORY.strip()


def test_stdin_jsonl_records() -> None:
    rows = [{"id": "s1", "text": STORY}, {"id": "s2", "text": "The union met the rail board."}]
    raw = "\n".join(json.dumps(r) for r in rows).encode("utf-8")
    result = ingest(["-"], stdin=io.BytesIO(raw))
    assert [d.source for d in result.documents] == ["<stdin>#s1", "<stdin>#s2"]
    assert [(r.path, r.reason) for r in result.inputs] == [("-", "JSONL: 2 records read")]


def test_stdin_over_the_limit() -> None:
    result = ingest(["-"], stdin=io.BytesIO(b"x" * 101), max_bytes=100)
    (record,) = result.inputs
    assert record.status == "skipped"
    assert record.reason == "input is over the 100 bytes limit; raise it with --max-bytes"


def test_stdin_named_twice_is_read_once() -> None:
    result = ingest(["-", "-"], stdin=io.BytesIO(STORY.encode("utf-8")))
    assert [r.status for r in result.inputs] == ["ok", "skipped"]
    assert result.inputs[1].reason == "standard input was already read"


def test_bytes_in_memory_are_read_by_name() -> None:
    rows = [{"id": "m1", "text": STORY}, {"id": "m2", "text": STORY}]
    raw = "\n".join(json.dumps(r) for r in rows).encode("utf-8")
    result = ingest_bytes("upload.jsonl", raw)
    assert [d.source for d in result.documents] == ["upload.jsonl#m1"]
    assert [(r.path, r.status) for r in result.inputs] == [
        ("upload.jsonl", "ok"),
        ("upload.jsonl:2", "skipped"),
    ]
    assert result.inputs[1].reason == "same text as upload.jsonl#m1"


def test_bytes_in_memory_obey_the_limit_and_the_type() -> None:
    (big,) = ingest_bytes("big.txt", b"x" * 2_000_000, max_bytes=1_000_000).inputs
    assert big.reason == "file is 2 MB, over the 1 MB limit; raise it with --max-bytes"
    (pdf,) = ingest_bytes("scan.pdf", b"%PDF-1.4").inputs
    assert (pdf.status, pdf.reason) == ("skipped", "unsupported file type (.pdf: PDF document)")
