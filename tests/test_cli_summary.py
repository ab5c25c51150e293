"""The terminal summary of a pile: key findings, stories largest first, a line for the rest."""

from __future__ import annotations

from rich.console import Console

from test_report_html import _many_stories, hand_report, malay_pile, pile_report
from triangulate.cli.summary import DETAILED_STORIES, print_summary


def _printed(report, **options) -> str:  # type: ignore[no-untyped-def]
    console = Console(record=True, width=200, color_system=None)
    print_summary(report, console, **options)
    return console.export_text()


def test_cli_summary_pile_prints_key_findings_then_each_story_under_its_heading() -> None:
    text = _printed(pile_report())
    assert text.splitlines()[0].startswith("5 report(s) in 2 stories")
    findings = text.split("Key findings")[1].split("Story 1 of 2")[0]
    assert "Contested: passengers drowned — Conflict, 2 independent source(s)" in findings
    assert "story Ferry Marisol on Lake Orvan" in findings
    assert "at least 40 — lake police (in Harbour Post)" in findings
    assert "Established: people rescued — Agree" in findings
    ferry = text.split("Story 1 of 2: Ferry Marisol on Lake Orvan")[1].split("Story 2 of 2")[0]
    bridge = text.split("Story 2 of 2: Ostra bridge")[1]
    assert "Top contested points (3 of 4)" in ferry and "cracks found" not in ferry
    assert "The Ostra bridge was closed" in bridge and "passengers drowned" not in bridge
    assert "1 report(s), 2031-06-02 (inferred)" in text


def test_cli_summary_large_pile_prints_one_line_for_each_story_after_the_first_few() -> None:
    stories = DETAILED_STORIES + 3
    report = _many_stories(stories, 2)
    text = _printed(report)
    headings = [line for line in text.splitlines() if line.startswith("Story ")]
    assert len(headings) == DETAILED_STORIES
    rest = text.split("Other stories")[1]
    assert rest.startswith(" (3; triangulate analyze ... --all prints each in full)")
    lines = [line for line in rest.splitlines() if "report(s)" in line]
    assert len(lines) == 3
    assert lines[0].strip().startswith(f"{DETAILED_STORIES + 1}. Event")
    every = _printed(report, show_all=True)
    assert len([line for line in every.splitlines() if line.startswith("Story ")]) == stories
    assert "Other stories" not in every
    assert every.count("┃ title") == stories  # each story's table of reports


def test_cli_summary_all_prints_every_contested_group_entity_and_figure() -> None:
    report = hand_report()
    text = _printed(report, show_all=True)
    assert "4 contested group(s) of 6\n" in text  # the table's title, nothing cut
    assert "(first" not in text and "(top" not in text


def test_cli_summary_prints_story_labels_as_written_not_as_markup() -> None:
    report = pile_report()
    from dataclasses import replace

    labelled = replace(
        report,
        stories=tuple(replace(s, label=f"[bold]{s.id}[/bold] [unnamed]") for s in report.stories),
    )
    text = _printed(labelled)
    assert "[bold]s1[/bold] [unnamed]" in text and "[bold]s2[/bold] [unnamed]" in text


def test_cli_summary_shows_the_language_where_a_report_was_not_analysed() -> None:
    text = _printed(malay_pile(), show_all=True)
    ferry = text.split("Story 1 of 2")[1].split("Story 2 of 2")[0]
    bridge = text.split("Story 2 of 2")[1]
    assert "language" not in ferry.split("Summary")[0]  # every report there was analysed
    assert "┃ language" in bridge and "Malay (not analysed)" in bridge
