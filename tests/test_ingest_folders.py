"""Folders are read recursively in path order, streamed, and every file in them is listed."""

from __future__ import annotations

from pathlib import Path

from triangulate.ingest import ingest, iter_ingest


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folder_is_read_recursively_in_path_order(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", "Report b about the harbour strike in Tarn.")
    _write(tmp_path / "a" / "z.txt", "Report a/z about the harbour strike in Tarn.")
    _write(tmp_path / "a.txt", "Report a.txt about the harbour strike in Tarn.")
    _write(tmp_path / "a" / "b" / "c.md", "Report a/b/c about the harbour strike in Tarn.")
    result = ingest([str(tmp_path)])
    names = [Path(r.path).relative_to(tmp_path).as_posix() for r in result.inputs]
    # Whole-path order: "a.txt" sorts before "a/..." because "." < "/".
    assert names == ["a.txt", "a/b/c.md", "a/z.txt", "b.txt"]
    assert names == sorted(names)
    assert all(r.status == "ok" for r in result.inputs)


def test_hidden_files_and_folders_are_passed_over(tmp_path: Path) -> None:
    _write(tmp_path / "story.txt", "The harbour strike in Tarn entered its third day.")
    _write(tmp_path / ".cache.txt", "hidden copy")
    _write(tmp_path / ".git" / "notes.txt", "version control notes")
    result = ingest([str(tmp_path)])
    assert [Path(r.path).name for r in result.inputs] == ["story.txt"]


def test_unsupported_files_in_folder_are_listed_as_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "story.txt", "The harbour strike in Tarn entered its third day.")
    (tmp_path / "map.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "brief.pdf").write_bytes(b"%PDF-1.4")
    result = ingest([str(tmp_path)])
    status = {Path(r.path).name: (r.status, r.reason) for r in result.inputs}
    assert status["map.png"] == ("skipped", "unsupported file type (.png: image)")
    assert status["brief.pdf"] == ("skipped", "unsupported file type (.pdf: PDF document)")
    assert status["story.txt"] == ("ok", None)


def test_empty_folder_is_listed(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (record,) = ingest([str(empty)]).inputs
    assert (record.path, record.status, record.reason) == (
        str(empty),
        "skipped",
        "folder has no files",
    )


def test_folder_named_like_a_file_is_walked(tmp_path: Path) -> None:
    odd = tmp_path / "x.txt"
    _write(odd / "inner.txt", "The harbour strike in Tarn ended on Sunday.")
    result = ingest([str(odd)])
    assert [r.path for r in result.inputs] == [str(odd / "inner.txt")]


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    _write(tmp_path / "story.txt", "The harbour strike in Tarn entered its third day.")
    (tmp_path / "loop").symlink_to(tmp_path)
    result = ingest([str(tmp_path)])
    assert len(result.documents) == 1
    assert any(r.reason == "folder already read" for r in result.inputs)


def test_ten_thousand_files_are_streamed_and_all_listed(tmp_path: Path) -> None:
    folder = tmp_path / "feed"
    for group in range(10):
        sub = folder / f"g{group}"
        sub.mkdir(parents=True)
        for n in range(1000):
            (sub / f"{n:04d}.txt").write_text(
                f"Item {group}-{n}: the harbour strike in Tarn, day {n}.", encoding="utf-8"
            )
    seen: list[int] = []
    first = next(iter_ingest([str(folder)]))
    assert first[0].status == "ok"  # the first result comes before the walk is finished
    result = ingest([str(folder)], progress=seen.append)
    assert len(result.inputs) == 10_000
    assert len(result.documents) == 10_000
    assert seen[-1] == 10_000 and seen[:3] == [1, 2, 3]
    # How long this takes is measured in bench/growth.py, not asserted here.
