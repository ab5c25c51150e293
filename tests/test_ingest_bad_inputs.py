"""Bad inputs never stop the run: each one is listed with a reason that names the problem."""

from __future__ import annotations

import builtins
import os
from pathlib import Path
from typing import Any

import pytest

import triangulate.ingest.sources as sources
from triangulate.ingest import ingest

STORY = "The ferry to Mirel left two hours late on Friday because of high winds, officials said.\n"


def _only(paths: list[str], **kwargs: Any) -> tuple[str, str | None]:
    """Status and reason of the single input record for ``paths``."""
    result = ingest(paths, **kwargs)
    (record,) = result.inputs
    assert result.documents == ()
    return record.status, record.reason


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert _only([str(path)]) == ("skipped", "empty file")


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\t\n", encoding="utf-8")
    assert _only([str(path)]) == ("skipped", "no text (only whitespace)")


def test_file_of_only_junk_lines(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_text("Leave a comment\n\nShare this\n", encoding="utf-8")
    status, reason = _only([str(path)])
    assert status == "skipped"
    assert reason is not None and reason.startswith("no article text: all 2 non-blank lines")


def test_png_disguised_as_text_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert _only([str(path)]) == ("skipped", "binary file (looks like PNG image)")


def test_nul_bytes_mean_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"abc\x00\x01\x02\x00\xff\xfe\x00\x00\x10" * 20)
    assert _only([str(path)]) == ("skipped", "binary file (contains NUL bytes)")


def test_unsupported_extension_is_skipped_unread(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_text("not even a real pdf", encoding="utf-8")
    assert _only([str(path)]) == ("skipped", "unsupported file type (.pdf: PDF document)")


def test_fifty_megabyte_file_is_skipped_naming_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: the size is set without writing 50 MB
        handle.truncate(50 * 1024 * 1024)
    assert _only([str(path)]) == (
        "skipped",
        "file is 52.4 MB, over the 5 MB limit; raise it with --max-bytes",
    )


def test_raising_max_bytes_lets_a_file_through(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    status, reason = _only([str(path)], max_bytes=10)
    assert status == "skipped" and reason is not None and "over the 10 bytes limit" in reason
    assert len(ingest([str(path)], max_bytes=len(STORY)).documents) == 1


def test_missing_path(tmp_path: Path) -> None:
    assert _only([str(tmp_path / "nope.txt")]) == ("failed", "no such file or directory")


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "target-that-does-not-exist.txt")
    assert _only([str(link)]) == ("failed", "broken symbolic link")


def test_permission_denied_when_open_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")

    def refuse(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(sources, "open", refuse, raising=False)
    assert _only([str(path)]) == ("failed", "permission denied")


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root reads files whatever their mode; the monkeypatched test covers this",
)
def test_permission_denied_by_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")
    path.chmod(0)
    try:
        assert _only([str(path)]) == ("failed", "permission denied")
    finally:
        path.chmod(0o644)


def test_url_is_refused_offline() -> None:
    status, reason = _only(["https://news.example/story"])
    assert status == "failed"
    assert reason is not None and reason.startswith("URLs are not fetched")


def test_bad_input_among_good_ones_costs_only_itself(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = ingest([str(bad), str(tmp_path / "missing.txt"), str(good)])
    assert [r.status for r in result.inputs] == ["skipped", "failed", "ok"]
    assert len(result.documents) == 1


def test_symlink_loop_is_called_a_loop(tmp_path: Path) -> None:
    (tmp_path / "one").symlink_to(tmp_path / "two")
    (tmp_path / "two").symlink_to(tmp_path / "one")
    assert _only([str(tmp_path / "one")]) == ("failed", "symbolic link loop")


def test_file_name_that_is_not_utf8_is_read_and_listed_printably(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9 report.txt"  # latin-1 bytes in the name
    with open(name, "wb") as handle:
        handle.write(STORY.encode())
    result = ingest([str(tmp_path)])
    (record,) = result.inputs
    (doc,) = result.documents
    assert record.status == "ok"
    assert record.path == f"{tmp_path}/caf\\xe9 report.txt"
    assert doc.source == record.path
    # Everything listed can be written as UTF-8 (the report, the terminal).
    record.path.encode("utf-8")


@pytest.mark.parametrize("suffix", [".json", ".md", ".html"])
def test_report_of_a_folder_with_a_name_that_is_not_utf8_is_written(
    tmp_path: Path, suffix: str
) -> None:
    from triangulate.pipeline import analyze
    from triangulate.report import render

    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/\xff\xfe.txt", "wb") as handle:
        handle.write(STORY.encode())
    report = analyze([str(folder)])
    out = tmp_path / f"report{suffix}"
    render(report, out)
    written = out.read_text(encoding="utf-8")
    assert "xff" in written and "xfe.txt" in written
