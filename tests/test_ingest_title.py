"""A title is what the input gives as title: a plain text's first line only when it reads
as a headline, never its opening sentence; a report without one is shown as such."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from triangulate.ingest import ingest
from triangulate.model import Report, Story
from triangulate.report.html import render_html
from triangulate.report.markdown import render_markdown

BODY = (
    "The regional council said 240 homes had been damaged in the lower valley.\n"
    "Volunteers filled sandbags through the night near the Ostra levee.\n"
)


def _title(tmp_path: Path, text: str, name: str = "report.txt") -> str | None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (doc,) = ingest([str(path)]).documents
    return doc.title


@pytest.mark.parametrize(
    "first",
    [
        "Flood waters cut off three villages in the Vell valley",
        "Council asks: who pays for the Vell levee?",
        "Floods reach the outskirts of Washington, D.C.",
        "Vell Shipping Ltd. closes its river port",
        "Mayor blames the levee...",
    ],
)
def test_headline_first_line_is_the_title(tmp_path: Path, first: str) -> None:
    assert _title(tmp_path, first + "\n" + BODY) == first


@pytest.mark.parametrize(
    "first",
    [
        # A lead sentence ends with a full stop, as headlines do not.
        "Flood waters rose along the Vell river on Monday, forcing three villages to leave.",
        "The council said the levee held.",
        'The mayor called the repairs "too little, too late."',
        # Longer than any headline, stop or not.
        "Flood waters rose along the Vell river on Monday and forced the evacuation of three "
        "villages in the lower valley as the regional council met in emergency session to "
        "decide who would pay for the repairs",
    ],
)
def test_opening_sentence_is_no_title(tmp_path: Path, first: str) -> None:
    assert _title(tmp_path, first + "\n" + BODY) is None


def test_one_line_report_has_no_title(tmp_path: Path) -> None:
    assert _title(tmp_path, "Flood waters cut off three villages in the Vell valley\n") is None


def test_metadata_title_is_kept_as_given(tmp_path: Path) -> None:
    record = '{"title": "The levee held.", "text": "The council said the levee held.\\nMore."}'
    assert _title(tmp_path, record, "report.json") == "The levee held."


def test_markdown_heading_is_a_title_even_with_a_stop(tmp_path: Path) -> None:
    assert _title(tmp_path, "# The levee held.\n\n" + BODY, "report.md") == "The levee held."


def test_untitled_report_is_marked_and_its_lead_is_not_a_heading(tmp_path: Path) -> None:
    lead = "Flood waters rose along the Vell river on Monday, forcing three villages to leave."
    path = tmp_path / "report.txt"
    path.write_text(lead + "\n" + BODY, encoding="utf-8")
    read = ingest([str(path)])
    (doc,) = read.documents
    assert doc.title is None
    assert doc.heading().startswith("No title: “Flood waters rose")
    assert doc.heading().endswith("…”") and len(doc.heading()) < len(lead)
    assert doc.reference().startswith("report “Flood waters rose")
    report = Report(
        created="2026-01-01T00:00:00Z",
        inputs=read.inputs,
        documents=(doc,),
        entities=(),
        stories=(Story(id="s-1", label="Vell flood", docs=(doc.id,)),),
    )
    html = render_html(report)
    markdown = render_markdown(report)
    assert f"<h3>{lead}</h3>" not in html
    assert "<h3>No title: “Flood waters rose" in html
    assert "published unknown (unknown)" not in html  # said once is enough
    assert "No title: “Flood waters rose" in markdown
    # A title given by the input is shown as it is.
    titled = replace(report, documents=(replace(doc, title="Vell valley floods"),))
    assert "<h3>Vell valley floods</h3>" in render_html(titled)
