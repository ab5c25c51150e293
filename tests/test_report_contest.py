"""What contests a contested summary sentence, shown by every renderer and kept by the store."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from rich.console import Console

from store_fixtures import sample_report
from test_report_html import hand_report
from triangulate.cli.summary import print_summary
from triangulate.model import Report
from triangulate.report.html import render_html
from triangulate.report.markdown import render_markdown
from triangulate.store import open_store, save_report

CONTEST = "Harbour police give 12 while the hospital gives 18"


def _contested(report: Report | None = None) -> Report:
    report = report or hand_report()
    first, *rest = report.summary
    assert first.contested
    first = dataclasses.replace(first, contest=CONTEST)
    return dataclasses.replace(report, summary=(first, *rest))


def test_report_contest_is_written_beside_the_sentence() -> None:
    report = _contested()
    first = report.summary[0].text
    assert f"{first} **(contested: {CONTEST})**" in render_markdown(report)
    assert f'<span class="contest">{CONTEST}</span>' in render_html(report)
    console = Console(record=True, width=400)
    print_summary(report, console)
    assert f"(contested: {CONTEST})" in console.export_text()


def test_report_contest_is_kept_by_the_store(tmp_path: Path) -> None:
    report = _contested(sample_report())
    with open_store(tmp_path / "t.db") as store:
        save_report(store, report, command="triangulate analyze reports/")
    with open_store(tmp_path / "t.db") as store:
        loaded = store.load_report()
    assert loaded.summary[0].contest == CONTEST
    assert loaded.summary[1].contest == ""
