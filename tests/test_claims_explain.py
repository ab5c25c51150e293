"""Numbers that are not figures, listed with why: the claims stage and ``analyze --explain``."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from triangulate import analyze
from triangulate.claims.explain import not_figures
from triangulate.cli.main import app
from triangulate.report.json_report import dumps

TEXT = (
    "Ferry sinks off Port Vell\n"
    "Harbour officials said 14 passengers drowned on Oct. 8, 2017, and Lim, 57, a deckhand, "
    "was rescued at 3: 47pm.\n"
    "Over the past two weeks, 40 boats were inspected on Route 9.\n"
)


def _story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return folder


def test_explain_lists_each_number_not_taken_with_its_reason(tmp_path: Path) -> None:
    report = analyze(_story(tmp_path))
    [doc] = report.documents
    passed = {(p.text, p.reason) for p in not_figures(doc, report.claims, report.entities)}
    assert ("Oct. 8, 2017", "date") in passed
    assert ("57", "age") in passed
    assert ("3: 47pm", "clock time") in passed
    assert ("9", "name") in passed
    assert ("two weeks", "time scope") in passed
    figures = {c.text.split()[0] for c in report.claims if c.figure is not None}
    assert {"14", "40"} <= figures
    # nothing is both a figure and passed over
    starts = {c.start for c in report.claims if c.figure is not None}
    assert not starts & {p.start for p in not_figures(doc, report.claims, report.entities)}


def test_explain_is_in_the_json_report_only_when_asked(tmp_path: Path, validate_report) -> None:
    report = analyze(_story(tmp_path))
    plain = json.loads(dumps(report))
    assert "not_figures" not in plain["documents"][0]
    explained = json.loads(dumps(report, explain=True))
    validate_report(explained)
    reasons = {p["reason"] for p in explained["documents"][0]["not_figures"]}
    assert {"date", "age", "clock time"} <= reasons
    # the claims are the same with or without the explanation
    assert explained["claims"] == plain["claims"]


def test_explain_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    folder = _story(tmp_path)
    result = CliRunner().invoke(app, ["analyze", str(folder), "-o", str(out), "--explain", "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert any(p["reason"] == "age" for p in data["documents"][0]["not_figures"])
    refused = CliRunner().invoke(app, ["analyze", str(folder), "--explain", "-q"])
    assert refused.exit_code != 0
    assert "-o OUT.json" in refused.output
