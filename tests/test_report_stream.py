"""The JSON report written story by story: the same bytes as the report built whole."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triangulate.cli.main import app
from triangulate.errors import BadOutputPath
from triangulate.pipeline import StoryAnalysis, assemble, stream
from triangulate.report.json_report import dumps
from triangulate.report.stream import write_json

DATA = Path(__file__).resolve().parent / "data" / "port-veran"
WHEN = datetime(2031, 3, 4, 5, 6, 7, tzinfo=UTC)


@pytest.fixture(scope="module")
def pile(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Path:
    """Two events and one input that cannot be read."""
    folder = tmp_path_factory.mktemp("pile")
    shutil.copytree(examples_dir / "khan-sabil", folder / "khan-sabil")
    shutil.copytree(DATA, folder / "port-veran")
    (folder / "broken.json").write_text('{"title": "cut off', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def parts(pile: Path) -> tuple[object, list[StoryAnalysis]]:
    run = stream(pile)
    return run, list(run.parts)


def test_streamed_report_is_byte_identical_to_the_whole_one(
    parts: tuple, tmp_path: Path, validate_report
) -> None:  # type: ignore[no-untyped-def, type-arg]
    run, analysed = parts
    out = tmp_path / "report.json"
    written = write_json(out, run.inputs, run.documents, iter(analysed), created=WHEN)
    whole = assemble(run.inputs, run.documents, analysed, created=WHEN)
    assert out.read_text(encoding="utf-8") == dumps(whole)
    assert (written.documents, written.stories, written.claims) == (
        len(whole.documents),
        len(whole.stories),
        len(whole.claims),
    )
    assert len(whole.stories) == 2 and whole.claims
    assert any(i.status == "failed" for i in whole.inputs)
    validate_report(json.loads(out.read_text(encoding="utf-8")))


def test_documents_follow_the_stories_when_no_input_order_is_given(
    parts: tuple, tmp_path: Path
) -> None:  # type: ignore[type-arg]
    run, analysed = parts
    out = tmp_path / "touched.json"
    write_json(out, run.inputs, None, iter(analysed[1:]), created=WHEN)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in data["documents"]] == list(analysed[1].story.docs)
    assert out.read_text(encoding="utf-8") == dumps(
        assemble(run.inputs, None, analysed[1:], created=WHEN)
    )


def test_a_run_without_stories_writes_empty_lists(tmp_path: Path) -> None:
    out = tmp_path / "empty.json"
    written = write_json(out, (), (), iter(()), created=WHEN)
    assert out.read_text(encoding="utf-8") == dumps(assemble((), (), (), created=WHEN))
    assert json.loads(out.read_text(encoding="utf-8"))["stories"] == []
    assert written.documents == written.stories == written.claims == 0


def test_a_failed_run_leaves_the_old_report_and_no_partial_file(
    parts: tuple, tmp_path: Path
) -> None:  # type: ignore[type-arg]
    run, analysed = parts
    out = tmp_path / "report.json"
    out.write_text("the previous report\n", encoding="utf-8")

    def failing() -> Iterator[StoryAnalysis]:
        yield analysed[0]
        raise RuntimeError("the second story could not be analysed")

    with pytest.raises(RuntimeError, match="second story"):
        write_json(out, run.inputs, run.documents, failing(), created=WHEN)
    assert out.read_text(encoding="utf-8") == "the previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_an_unwritable_output_is_a_clear_error(parts: tuple, tmp_path: Path) -> None:  # type: ignore[type-arg]
    run, analysed = parts
    out = tmp_path / "no-such-folder" / "report.json"
    with pytest.raises(BadOutputPath, match="no-such-folder"):
        write_json(out, run.inputs, run.documents, iter(analysed), created=WHEN)


def test_cli_json_output_with_and_without_a_database(pile: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    plain = tmp_path / "plain.json"
    result = runner.invoke(app, ["analyze", str(pile), "-o", str(plain)])
    assert result.exit_code == 0, result.output
    assert "Wrote" in result.output and "1 failed" in result.output

    stored = tmp_path / "stored.json"
    db = tmp_path / "pile.sqlite"
    result = runner.invoke(app, ["analyze", str(pile), "--db", str(db), "-o", str(stored)])
    assert result.exit_code == 0, result.output
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (plain, stored))
    # The database run lists the documents of the stories it touched: here, all of them.
    assert sorted(d["id"] for d in first["documents"]) == sorted(
        d["id"] for d in second["documents"]
    )
    for key in ("claims", "groups", "echoes", "stories", "summary"):
        assert first[key] == second[key], key

    again = tmp_path / "again.json"
    result = runner.invoke(app, ["analyze", str(pile), "--db", str(db), "-o", str(again)])
    assert result.exit_code == 0, result.output
    repeat = json.loads(again.read_text(encoding="utf-8"))
    # Nothing new: every input is skipped, and the report is the stored stories, as the
    # plain run reported them.
    assert {i["status"] for i in repeat["inputs"]} == {"skipped", "failed"}
    assert sorted(d["id"] for d in repeat["documents"]) == sorted(
        d["id"] for d in first["documents"]
    )
    for key in ("groups", "stories", "summary"):
        assert repeat[key] == first[key], key


def test_a_full_temporary_disk_is_a_clear_error(
    parts: tuple, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[type-arg]
    import errno
    import io
    import tempfile

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "TemporaryFile", lambda *a, **k: Full())
    run, analysed = parts
    out = tmp_path / "report.json"
    with pytest.raises(BadOutputPath, match=r"report\.json.*temporary files.*No space left"):
        write_json(out, run.inputs, run.documents, iter(analysed), created=WHEN)
    assert list(tmp_path.iterdir()) == []
