"""Properties over arbitrary input: ingest never raises, every input is listed once, and
documents are NFC with valid cut line numbers."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triangulate.ingest import ingest
from triangulate.ingest.clean import clean
from triangulate.ingest.dates import DATE_RE, _from_match, find_dates
from triangulate.ingest.decode import decode

# Lines that look like scraped text: prose, junk, dates, credits, blank lines.
LINE = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "",
            "Leave a comment",
            "BY",
            "-",
            "0",
            "Comments",
            "Share this",
            "Tue, 5 Mar 2019 - 14:10 GMT",
            "TARN (AFP) – The strike went on.",
            "TARN – 5 March 2019: The strike went on.",
            "Dockers at the gate, Tarn, March 4, 2019.",
            "Dockers at the gate. (Photo: A. LEVI/Wire)",
            "The union said 400 workers joined on the 4th of March 2019.",
        ]
    ),
)
TEXTS = st.lists(LINE, max_size=25).map("\n".join)
SUFFIXES = st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html", "", ".dat"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.one_of(st.binary(max_size=400), TEXTS.map(str.encode)), suffix=SUFFIXES)
def test_arbitrary_bytes_never_raise_and_are_listed_once(raw: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(raw)
        result = ingest([str(path)])
    own = [r for r in result.inputs if r.path == str(path)]
    assert len(own) == 1
    assert own[0].status in ("ok", "skipped", "failed")
    for record in result.inputs:
        assert record.status == "ok" or record.reason
        assert not (record.reason or "").startswith("internal error"), record.reason


@settings(max_examples=150, deadline=None)
@given(text=TEXTS)
def test_documents_are_nfc_and_cuts_point_at_input_lines(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.txt"
        path.write_bytes(text.encode("utf-8"))
        result = ingest([str(path)])
    if not result.documents:
        return
    (doc,) = result.documents
    assert unicodedata.is_normalized("NFC", doc.text)
    lines = decode(text.encode("utf-8")).text.split("\n")
    for cut in doc.cuts:
        assert 1 <= cut.line <= len(lines)
        assert cut.text == lines[cut.line - 1]


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, per_line=st.booleans())
def test_cleaning_never_raises_and_loses_nothing(text: str, per_line: bool) -> None:
    text = text.replace("\r", "")
    cleaned = clean(text, paragraph_per_line=per_line)
    lines = text.split("\n")
    kept = [line for line in cleaned.text.split("\n") if line.strip()]
    rebuilt = dict(zip(cleaned.kept_lines, kept, strict=True))
    rebuilt.update({cut.line: cut.text for cut in cleaned.cuts})
    assert rebuilt == {n: line for n, line in enumerate(lines, 1) if line.strip()}
    assert "\n\n\n" not in cleaned.text


@given(text=st.text(max_size=200))
def test_date_spans_are_inside_the_text(text: str) -> None:
    for found in find_dates(text):
        assert text[found.start : found.end] == found.surface


# Pieces of dates and of what sits around them, run together in any order and spacing.
DATE_PIECE = st.sampled_from(
    [
        "2017", "1999", "2020", "20", "19", "10", "15th", "-", "-10-", "2017-10-15", " ", "  ",
        "\n", "\xa0", ",", ".", "(", "x", "of", "the", "Oct.", "October", "sept", "Sunday",
        "Sun.,", "thurs",
    ]
)  # fmt: skip


@given(st.lists(DATE_PIECE, max_size=16).map("".join))
@settings(max_examples=400, deadline=None)
def test_dates_are_found_wherever_the_pattern_matches(text: str) -> None:
    """find_dates tries the pattern only in the words before a year: it finds every date the
    pattern finds trying it everywhere, in a line and in a whole report's text."""
    for written in (text, "Filler words. " * 200 + text):
        everywhere = [_from_match(m) for m in DATE_RE.finditer(written)]
        assert find_dates(written) == tuple(d for d in everywhere if d is not None)


def test_the_longest_date_is_found_whole() -> None:
    text = "It opened on Sunday, the the 15th of October 2017, officials said."
    assert [m.surface for m in find_dates(text)] == ["Sunday, the the 15th of October 2017"]
