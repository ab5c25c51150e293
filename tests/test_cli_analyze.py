"""`triangulate analyze` end to end, on the project's own example reports (real model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triangulate.cli.main import app

runner = CliRunner()


@pytest.fixture(scope="module")
def example_json(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> dict:  # type: ignore[type-arg]
    out = tmp_path_factory.mktemp("cli") / "report.json"
    result = runner.invoke(app, ["analyze", str(examples_dir / "khan-sabil"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data: dict = json.loads(out.read_text("utf-8"))  # type: ignore[type-arg]
    return data


def test_cli_analyze_writes_a_valid_json_report_for_a_folder(example_json, validate_report) -> None:
    validate_report(example_json)
    # five files, one of them JSON Lines with two records: six documents, all read
    assert [i["status"] for i in example_json["inputs"]].count("ok") == 5
    assert len(example_json["documents"]) == 6
    assert len(example_json["stories"]) == 1


def test_cli_analyze_merges_spellings_of_the_town(example_json) -> None:
    names = {a: e for e in example_json["entities"] for a in e["aliases"]}
    town = names["Khan Sabil"]
    assert town["type"] == "GPE"
    assert {"Khan al-Sabeel", "Khan Sebil"} <= set(town["aliases"])
    # the outlet named after the town is not the town
    assert "Sabil Now" not in town["aliases"]


def test_cli_analyze_reads_dates_from_metadata_and_datelines(example_json) -> None:
    by_title = {d["title"]: d for d in example_json["documents"]}
    gulf = by_title["UN appeals for aid after Syrian dam collapse"]["published"]
    assert (gulf["date"], gulf["basis"]) == ("2026-03-14", "dateline")
    ledger = by_title["Last families leave flooded Al-Jisr district overnight"]
    assert ledger["published"]["basis"] == "metadata"
    assert ledger["outlet"] == "The Northern Ledger"
    assert ledger["source"].endswith("04_northern_ledger.jsonl#ledger-0313")


def test_cli_analyze_prints_a_readable_summary_without_output(examples_dir: Path) -> None:
    result = runner.invoke(app, ["analyze", str(examples_dir / "khan-sabil")])
    assert result.exit_code == 0, result.output
    assert "Khan Sabil" in result.output
    assert "5 input(s): 5 read, 0 skipped, 0 failed" in result.output


def test_cli_analyze_markdown_output(tmp_path: Path, examples_dir: Path) -> None:
    out = tmp_path / "r.md"
    result = runner.invoke(app, ["analyze", str(examples_dir / "khan-sabil"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert text.startswith("# triangulate report")
    assert "## Inputs" in text and "02_relief_committee.html | ok" in text


def test_cli_analyze_reads_standard_input(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    story = "Flooding closed the port of Vela Luka on Monday, harbour master Ivo Marin said.\n"
    result = runner.invoke(app, ["analyze", "-", "-o", str(out)], input=story.encode())
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text("utf-8"))
    assert data["documents"][0]["text"].startswith("Flooding closed the port")
    assert data["inputs"] == [{"path": "-", "status": "ok", "reason": None}]


def test_cli_analyze_bad_inputs_are_listed_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "good.txt").write_text("Storm hits Port Elin\n\nA storm hit Port Elin on Friday.\n")
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["analyze", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 skipped" in result.output or "1 skipped, 1 failed" in result.output
    data = json.loads(out.read_text("utf-8"))
    statuses = {Path(i["path"]).name: i["status"] for i in data["inputs"]}
    assert statuses["good.txt"] == "ok"
    assert statuses["empty.txt"] != "ok" and statuses["picture.png"] != "ok"
    assert all(i["reason"] for i in data["inputs"] if i["status"] != "ok")


def test_cli_analyze_nothing_readable_exits_nonzero_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "r.json"
    result = runner.invoke(
        app, ["analyze", str(tmp_path / "empty.txt"), str(tmp_path / "nope.txt"), "-o", str(out)]
    )
    assert result.exit_code == 1
    assert "none of the inputs could be read" in result.output
    data = json.loads(out.read_text("utf-8"))  # the report is still written
    assert {Path(i["path"]).name for i in data["inputs"]} == {"empty.txt", "nope.txt"}


def test_cli_analyze_unknown_output_format_fails_before_work(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(tmp_path), "-o", str(tmp_path / "r.pdf")])
    assert result.exit_code == 1
    assert "unknown output format '.pdf'" in result.output
    assert "Traceback" not in result.output


def test_cli_analyze_bad_output_path_fails_before_work(
    tmp_path: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import triangulate.pipeline

    def no_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("the analysis started before the output path was checked")

    monkeypatch.setattr(triangulate.pipeline, "stream", no_work)
    reports = str(examples_dir / "khan-sabil")
    missing = tmp_path / "no-such-folder" / "r.json"
    result = runner.invoke(app, ["analyze", reports, "-o", str(missing)])
    assert result.exit_code == 1, result.output
    assert f"cannot write '{missing}': No such file or directory" in result.output
    folder = tmp_path / "r.html"
    folder.mkdir()
    result = runner.invoke(app, ["analyze", reports, "-o", str(folder)])
    assert result.exit_code == 1, result.output
    assert "it is a folder" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]  # no probe left behind


def test_cli_schema_prints_the_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["$id"] == "triangulate/report@1"


def test_cli_analyze_unwritable_output_is_a_clear_error(tmp_path: Path, examples_dir: Path) -> None:
    out = tmp_path / "no-such-folder" / "r.json"
    result = runner.invoke(app, ["analyze", str(examples_dir / "khan-sabil"), "-o", str(out)])
    assert result.exit_code == 1
    assert "cannot write" in result.output and "No such file or directory" in result.output
    assert "Traceback" not in result.output


def test_cli_analyze_all_prints_every_story_in_full(tmp_path: Path) -> None:
    from triangulate.cli.summary import DETAILED_STORIES

    events = [
        ("Warehouse fire", "Fire destroys 12 warehouses in Port Alder, the brigade said."),
        ("Brenmoor vote", "Voters in Brenmoor elected Lisa Tamm as mayor with 6,400 votes."),
        ("Ostvik quake", "A strong earthquake shook Ostvik island, injuring 30 villagers."),
        ("Dynamos win", "The Corvel Dynamos beat Harlow United in the cup final at Kester Park."),
        ("Rail floods", "Floods cut the railway between Mirn and Oda, stranding 800 passengers."),
    ]
    for n, (title, text) in enumerate(events):
        (tmp_path / f"event{n}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    brief = runner.invoke(app, ["analyze", str(tmp_path)])
    full = runner.invoke(app, ["analyze", str(tmp_path), "--all"])
    assert brief.exit_code == 0 and full.exit_code == 0, brief.output + full.output
    assert "5 report(s) in 5 stories" in brief.output
    headings = [line for line in brief.output.splitlines() if line.startswith("Story ")]
    assert len(headings) == DETAILED_STORIES and "Other stories" in brief.output
    headings = [line for line in full.output.splitlines() if line.startswith("Story ")]
    assert len(headings) == 5 and "Other stories" not in full.output


def test_cli_export_and_serve_refuse_a_database_that_does_not_exist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "typo.db"
    for args in (
        ["export", "--db", str(missing)],
        ["serve", "--db", str(missing)],
        ["serve", "--db", f"sqlite:///{missing}"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 1, args
        assert f"there is no database at {args[2]}" in result.output
        assert "--create" in result.output and "Traceback" not in result.output
        assert not missing.exists()

    created = runner.invoke(app, ["export", "--db", str(missing), "--create"])
    assert created.exit_code == 0, created.output
    assert "0 claim(s) exported" in created.output and missing.exists()

    uvicorn = pytest.importorskip("uvicorn")
    served: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda web, **options: served.append(web))
    fresh = tmp_path / "fresh.db"
    result = runner.invoke(app, ["serve", "--db", str(fresh), "--create"])
    assert result.exit_code == 0, result.output
    assert len(served) == 1 and fresh.exists()
    again = runner.invoke(app, ["serve", "--db", str(fresh)])  # it exists now
    assert again.exit_code == 0, again.output
    assert len(served) == 2
