"""The Markdown report and the terminal summary: every section, escaped report text."""

from __future__ import annotations

import errno
import re
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from test_report_html import HOSTILE_IMG, HOSTILE_SCRIPT, empty_report, hand_report, pile_report
from triangulate.cli.summary import print_summary
from triangulate.errors import BadOutputPath
from triangulate.report import renderers
from triangulate.report.markdown import render_markdown


def _section(text: str, heading: str, start_at: int = 0) -> str:
    """The body of the first ``##`` or ``###`` section so headed, up to the next heading."""
    match = re.compile(rf"^#{{2,3}} {re.escape(heading)}$", flags=re.M).search(text, start_at)
    assert match is not None, heading
    end = re.compile(r"^#{2,3} ", flags=re.M).search(text, match.end())
    return text[match.start() : end.start() if end else None]


def _rows(section: str) -> list[str]:
    """Table body rows: every ``|`` line after the header and separator."""
    lines = [line for line in section.splitlines() if line.startswith("|")]
    return lines[2:]


def _cells(row: str) -> list[str]:
    """A table row's cells, splitting only at unescaped pipes."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]


def test_report_markdown_has_every_section_in_order() -> None:
    text = render_markdown(hand_report())
    headings = re.findall(r"^## (.+)$", text, flags=re.M)
    assert headings == ["Key findings", "Story: Ferry Marisol on Lake Orvan", "Inputs"]
    parts = re.findall(r"^### (.+)$", text, flags=re.M)
    assert parts == [
        "Summary", "Agreement and conflict", "Timeline", "Documents", "Echoes",
        "Figures", "Assertions", "Entities",
    ]  # fmt: skip
    assert text.startswith("# triangulate report: Ferry Marisol on Lake Orvan\n")
    assert "groups: 6 (4 contested)" in text


def test_report_markdown_summary_cites_doc_offsets() -> None:
    report = hand_report()
    summary = _section(render_markdown(report), "Summary")
    first = report.summary[0]
    refs = " ".join(f"[{c.doc}:{c.start}-{c.end}]" for c in first.citations)
    assert f"1. {first.text} **(contested)** {refs}" in summary
    # every reference points at real characters
    for doc, start, end in re.findall(r"\[(\w+):(\d+)-(\d+)\]", summary):
        assert report.document(doc).text[int(start) : int(end)]


def test_report_markdown_conflicts_table_one_row_per_group_contested_first() -> None:
    rows = _rows(_section(render_markdown(hand_report()), "Agreement and conflict"))
    assert len(rows) == 6
    verdicts = [_cells(r)[1] for r in rows]
    assert verdicts == [
        "**Conflict**", "**Conflict**", "**Update**", "**Scope differs**", "**Agree**",
        "**Single source**",
    ]  # fmt: skip
    what, _, claims, independent, low_high, conservative, why = _cells(rows[0])
    assert what == "passengers drowned"
    assert "at least 40 — lake police → Harbour Post" in claims
    assert "55 — rescuers \\[unnamed\\] → Lakeside Radio → Valley Wire" in claims
    assert independent == "2 (lake police, Lakeside Radio)"
    assert (low_high, conservative) == ("40–55", "40")
    assert "relayed twice" in why


def test_report_markdown_timeline_and_echoes() -> None:
    text = render_markdown(hand_report())
    timeline = _rows(_section(text, "Timeline"))
    assert [_cells(r)[:2] for r in timeline] == [
        ["2031-05-06", "day"],
        ["2031-05-01 – 2031-05-31", "month"],
        ["from 2031-05-07", "day"],
        ["2030", "year"],
        ["undated", "unknown"],
    ]
    echoes = _rows(_section(text, "Echoes"))
    assert len(echoes) == 1
    upstream, reports, claims, _ = _cells(echoes[0])
    assert upstream == "Lakeside Radio" and claims == "2"
    assert reports == "Toll rises after lake accident, Marisol victims named"


def test_report_markdown_escapes_hostile_text() -> None:
    text = render_markdown(hand_report())
    assert HOSTILE_SCRIPT not in text and HOSTILE_IMG not in text
    assert "&lt;script>alert(1)&lt;/script>" in text
    # no link can be formed from report text, and no line turns into a heading
    assert not re.search(r"(?<!\\)\]\(", text)
    assert "\\[x\\](javascript:alert(4))" in text
    assert not re.search(r"^\d+\. #", text, flags=re.M)
    # every table row keeps its column count: pipes in report text are escaped
    for heading, width in (("Entities", 5), ("Agreement and conflict", 7), ("Inputs", 3)):
        for row in _rows(_section(text, heading)):
            assert len(_cells(row)) == width, row
    assert "a\\|b" in _section(text, "Entities")


def test_report_markdown_empty_sections_say_so() -> None:
    text = render_markdown(empty_report())
    assert "No groups" in _section(text, "Agreement and conflict")
    assert "No summary yet." in _section(text, "Summary")
    assert "No timeline entries yet." in _section(text, "Timeline")
    assert "No echoes" in _section(text, "Echoes")


def test_cli_summary_prints_conflicts_and_cited_summary() -> None:
    console = Console(record=True, width=160, color_system=None)
    print_summary(hand_report(), console)
    text = console.export_text()
    assert "4 contested group(s) of 6" in text
    assert "passengers drowned" in text and "Scope differs" in text and "Update" in text
    assert "at least 40 — lake police → Harbour Post" in text
    assert "people rescued" not in text.split("contested group(s)")[1].split("entities")[0]
    assert "Summary" in text and "(contested)" in text
    assert f"[Harbour Post dA:{hand_report().summary[1].citations[0].start}-" in text
    # report text is printed as it is, never read as Rich markup
    assert HOSTILE_SCRIPT in text


def test_cli_summary_without_groups_or_summary_stays_quiet() -> None:
    console = Console(record=True, width=120, color_system=None)
    print_summary(empty_report(), console)
    text = console.export_text()
    assert "contested" not in text and "Summary" not in text
    assert "1 input(s): 1 read" in text


def test_cli_summary_prints_bracketed_report_wording_in_every_table() -> None:
    console = Console(record=True, width=200, color_system=None)
    print_summary(hand_report(), console)
    text = console.export_text()
    figures = text.split("figure(s)")[1]
    # An unnamed speaker is marked "[unnamed]": Rich must not eat it as a markup tag.
    assert "rescuers [unnamed] → Lakeside Radio" in figures
    documents = text.split("Summary")[0]
    assert f"{HOSTILE_SCRIPT} Shore notes" in documents


def test_report_markdown_pile_has_findings_index_contested_points_and_a_section_per_story() -> None:
    text = render_markdown(pile_report())
    assert text.startswith("# triangulate report: 2 stories from 5 reports\n")
    headings = re.findall(r"^## (.+)$", text, flags=re.M)
    assert headings == [
        "Key findings",
        "Stories",
        "Contested points",
        "Story 1 of 2: Ferry Marisol on Lake Orvan",
        "Story 2 of 2: Ostra bridge",
        "Inputs",
    ]
    findings = _section(text, "Key findings")
    assert "1. **passengers drowned** — Conflict, 2 independent source(s) (story: Ferry" in findings
    assert "   - at least 40 — lake police (in Harbour Post)" in findings
    index = [_cells(r) for r in _rows(_section(text, "Stories"))]
    assert [row[1:5] for row in index] == [
        ["Ferry Marisol on Lake Orvan", "4", "2031-05-07", "4"],
        ["Ostra bridge", "1", "2031-06-02 (inferred)", "1"],
    ]
    contested = [_cells(r) for r in _rows(_section(text, "Contested points"))]
    assert len(contested) == 5 and all(len(row) == 5 for row in contested)
    assert [row[0] for row in contested].count("Ostra bridge") == 1
    bridge_at = text.index("## Story 2 of 2: Ostra bridge")
    bridge_groups = _rows(_section(text, "Agreement and conflict", bridge_at))
    assert len(bridge_groups) == 1 and _cells(bridge_groups[0])[0] == "cracks found"
    ferry_groups = _rows(_section(text, "Agreement and conflict"))
    assert len(ferry_groups) == 6
    documents = _section(text, "Documents", bridge_at)
    assert "2031-06-02 (inferred) | inferred: from the other reports of its story" in documents


def test_report_markdown_documents_say_their_language() -> None:
    from test_report_html import malay_pile

    text = render_markdown(malay_pile())
    bridge_at = text.index("## Story 2 of 2: Ostra bridge")
    rows = [_cells(r) for r in _rows(_section(text, "Documents", bridge_at))]
    assert [row[0] for row in rows] == ["dE"] and rows[0][-1] == "Malay (not analysed)"
    ferry = [_cells(r) for r in _rows(_section(text, "Documents"))]
    assert {row[-1] for row in ferry} == {"English"}


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_report_file_is_replaced_only_when_written_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    out = tmp_path / f"report{suffix}"
    out.write_text("the report of yesterday", encoding="utf-8")
    real_open = renderers.Path.open

    def full_disk(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, mode, *args, **kwargs)
        if "w" in mode:
            handle.write("half a rep")
            handle.close()
            raise OSError(errno.ENOSPC, "No space left on device")
        return handle

    monkeypatch.setattr(renderers.Path, "open", full_disk)
    with pytest.raises(BadOutputPath, match="No space left on device"):
        renderers.render(hand_report(), out)
    monkeypatch.undo()
    assert out.read_text(encoding="utf-8") == "the report of yesterday"
    assert not list(tmp_path.glob(".*.partial"))
    renderers.render(hand_report(), out)
    assert "Lake Orvan" in out.read_text(encoding="utf-8")
