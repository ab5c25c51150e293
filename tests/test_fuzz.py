"""Random bytes, random Unicode, huge numbers and odd file names, through ingest and the
whole pipeline: never a traceback, every input listed, every report writable."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from triangulate.cli.main import app
from triangulate.ingest import ingest
from triangulate.ingest.sources import shown
from triangulate.pipeline import analyze
from triangulate.report import render

# Numbers no report should hold, and number-like text from other scripts.
HUGE = st.sampled_from(
    [
        "1" + "0" * 400,
        "9" * 5_000,
        "1e308",
        "1e999",
        "-0",
        "999,999,999,999,999,999,999,999",
        "1.7976931348623157e+309",
        "٣٤٥",
        "𝟓𝟎",
        "½",
        "Ⅻ",
        "0x7fffffffffffffff",
        "NaN",
        "inf",
        "10^400",
        "1/0",
    ]
)
WORDS = st.sampled_from(
    [
        "people",
        "were",
        "killed",
        "in",
        "Dorvale",
        "on",
        "Monday",
        "at least",
        "about",
        "between",
        "and",
        "the town",
        "officials said",
        ",",
        ".",
        "\n",
        "\n\n",
        "«",
        "‮",
        "\x1b[2J",
        "—",
    ]
)
SENTENCES = st.lists(st.one_of(HUGE, WORDS, st.text(max_size=12)), max_size=60).map(" ".join)
# File names Linux accepts: no "/" and no NUL, at most 255 bytes; hidden ones included.
NAMES = st.one_of(
    st.text(
        alphabet=st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
        min_size=1,
        max_size=40,
    ).map(lambda n: n.encode("utf-8")),
    st.binary(min_size=1, max_size=40).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_")),
).filter(lambda n: n not in (b".", b"..") and len(n) <= 200)
EXTENSIONS = st.sampled_from([b".txt", b".md", b".html", b".json", b".jsonl", b"", b".TXT"])


def _json_bodies(texts: list[str]) -> bytes:
    """JSON records holding the texts, with a lone surrogate escape in one of them."""
    records = [{"id": f"r/{n}", "text": t, "title": t[:20]} for n, t in enumerate(texts)]
    raw = json.dumps(records, ensure_ascii=True)
    return raw.replace('"r/0"', '"r/0\\ud800"').encode()


CONTENTS = st.one_of(
    st.binary(max_size=3_000),
    st.text(max_size=1_500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    SENTENCES.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(SENTENCES, min_size=1, max_size=3).map(_json_bodies),
    SENTENCES.map(lambda t: t.encode("cp1252", "replace")),
)
FILES = st.lists(st.tuples(NAMES, EXTENSIONS, CONTENTS), min_size=1, max_size=4)


def _write(folder: Path, files: list[tuple[bytes, bytes, bytes]]) -> int:
    """Write the files (odd names kept as bytes); how many are not hidden."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    shown = 0
    names: set[bytes] = set()
    for n, (name, extension, content) in enumerate(files):
        full = name + extension
        if full in names or len(full) > 240:
            full = f"file-{n}".encode() + extension
        names.add(full)
        with open(os.fsencode(folder) + b"/" + full, "wb") as handle:
            handle.write(content)
        shown += not full.startswith(b".")
    return shown


def _on_disk(path: str, files: set[str]) -> str:
    """The file a listed input came from: its path less a member or line suffix ('#...',
    ':...'), cut from the right until what is left is one of ``files`` (the folder's files
    as ingest lists them, non-UTF-8 bytes written as '\\xNN'; a name may hold '#')."""
    while path not in files and max(path.rfind("#"), path.rfind(":")) > 0:
        path = path[: max(path.rfind("#"), path.rfind(":"))]
    return path


def _listed_files(folder: Path) -> set[str]:
    """The paths of the files in ``folder`` as ingest lists them."""
    raw = os.fsencode(folder)
    return {shown(os.fsdecode(os.path.join(raw, name))) for name in os.listdir(raw)}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(FILES)
# Two names alike but for their extension, neither UTF-8 and both holding '#'.
@example([(b"#\x80", b".txt", b""), (b"#\x80", b".md", b"")])
def test_fuzz_ingest_lists_every_input(
    tmp_path: Path, files: list[tuple[bytes, bytes, bytes]]
) -> None:
    folder = tmp_path / "in"
    shown = _write(folder, files)
    result = ingest([str(folder)])
    paths = [i.path for i in result.inputs]
    on_disk = _listed_files(folder)
    files_listed = {_on_disk(p, on_disk) for p in paths if p != str(folder)}
    assert len(files_listed) == shown or (shown == 0 and len(paths) == 1)
    for record in result.inputs:
        record.path.encode("utf-8")  # everything listed can be written
        assert record.status in ("ok", "skipped", "failed")
        assert record.status == "ok" or record.reason
        assert "internal error" not in (record.reason or ""), record.reason
    for doc in result.documents:
        doc.text.encode("utf-8")


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(FILES)
def test_fuzz_pipeline_and_every_output_never_fail(
    tmp_path: Path, files: list[tuple[bytes, bytes, bytes]]
) -> None:
    folder = tmp_path / "in"
    _write(folder, files)
    report = analyze([str(folder)])
    for record in report.inputs:
        assert "internal error" not in (record.reason or ""), record.reason
    for suffix in (".json", ".md", ".html"):
        out = tmp_path / f"report{suffix}"
        render(report, out)
        assert out.stat().st_size > 0
    # The command line prints the summary (or says nothing was readable): no traceback.
    result = CliRunner().invoke(app, ["analyze", str(folder)])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output
