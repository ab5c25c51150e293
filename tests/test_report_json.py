"""The JSON report: the contract's fields, schema validity, round trips."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from triangulate.errors import BadOutputPath
from triangulate.model import Cut, Document, Entity, InputRecord, Mention, Published, Report, Story
from triangulate.report import render, renderer_for
from triangulate.report.json_report import dumps, from_dict, to_dict

TEXT = "Mayor Ana Ruiz said the bridge in Puerto Lobos reopened. Ruiz thanked <b>crews</b>."


def _report(text: str = TEXT) -> Report:
    doc = Document(
        id="d1",
        source="reports/one.txt",
        title="Bridge reopens",
        outlet="Coast Herald",
        text=text,
        sha256="0" * 64,
        published=Published(date="2026-01-05", precision="day", basis="dateline", reason="x"),
        cuts=(Cut(line=3, text="Share this:", reason="share/subscribe"),),
    )
    ruiz = Entity(
        id="e1",
        name="Ana Ruiz",
        type="PERSON",
        aliases=("Ana Ruiz", "Ruiz"),
        mentions=(
            Mention(doc="d1", start=6, end=14, text="Ana Ruiz", label="PERSON"),
            Mention(doc="d1", start=57, end=61, text="Ruiz", label="PERSON"),
        ),
    )
    return Report(
        created="2026-01-06T10:00:00Z",
        inputs=(
            InputRecord(path="reports/one.txt", status="ok"),
            InputRecord(path="reports/logo.png", status="skipped", reason="binary file"),
        ),
        documents=(doc,),
        entities=(ruiz,),
        stories=(Story(id="s1", label="Ana Ruiz", docs=("d1",)),),
    )


def test_json_report_has_every_contract_section_and_validates(validate_report) -> None:
    data = json.loads(dumps(_report()))
    assert data["format"] == "triangulate/report@1"
    assert list(data) == [
        "format", "created", "inputs", "documents", "entities", "claims",
        "groups", "echoes", "timeline", "summary", "stories",
    ]  # fmt: skip
    assert data["inputs"][1] == {
        "path": "reports/logo.png",
        "status": "skipped",
        "reason": "binary file",
    }
    assert data["entities"][0]["mentions"][1] == {"doc": "d1", "start": 57, "end": 61}
    assert data["documents"][0]["published"]["basis"] == "dateline"
    assert data["documents"][0]["cuts"] == [
        {"line": 3, "text": "Share this:", "reason": "share/subscribe"}
    ]
    validate_report(data)


def test_json_report_schema_rejects_a_broken_report(validate_report) -> None:
    data = to_dict(_report())
    data["inputs"][0]["status"] = "maybe"
    with pytest.raises(AssertionError, match="status"):
        validate_report(data)


def test_json_report_round_trips_through_records() -> None:
    report = _report()
    assert from_dict(json.loads(dumps(report))) == report


@given(st.text(min_size=62, max_size=300))
def test_json_report_round_trips_any_text(text: str) -> None:
    text = TEXT[:62] + text[62:]
    report = _report(text)
    assert from_dict(json.loads(dumps(report))) == report


def test_renderer_for_unknown_extension_names_the_path_and_formats() -> None:
    with pytest.raises(BadOutputPath, match=r"report\.pdf.*\.json.*\.md"):
        renderer_for("report.pdf")


def test_markdown_report_escapes_report_text_and_lists_inputs(tmp_path) -> None:
    report = _report()
    bad = Entity(
        id="e2", name="<script>x</script>", type="OTHER", aliases=("<script>x</script>",),
        mentions=(Mention(doc="d1", start=0, end=5, text="Mayor", label="ORG"),),
    )  # fmt: skip
    out = tmp_path / "r.md"
    render(Report(**{**_fields(report), "entities": (*report.entities, bad)}), out)
    text = out.read_text("utf-8")
    assert "<script>" not in text and "&lt;script>" in text
    assert "| reports/logo.png | skipped | binary file |" in text
    assert "| Ana Ruiz | PERSON | 2 | 1 | Ana Ruiz, Ruiz |" in text


def _fields(report: Report) -> dict[str, object]:
    return {name: getattr(report, name) for name in report.__dataclass_fields__}
