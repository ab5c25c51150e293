"""The five real Raqqa reports in ../shared: junk cut, article kept, dates and outlets right.

Expectations come from reading each report line by line (the texts are third-party and are
only read here, never copied). Line numbers are 1-based lines of each file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from triangulate.ingest import ingest
from triangulate.model.document import Document

CUTS: dict[str, dict[int, str]] = {
    # SOHR: only the trailing "Related Articles" widget title is junk.
    "000": {19: "related links"},
    # Two photo captions carrying "(Photo: NAME/EPA/REX/Shutterstock)" and the comment box.
    "001": {
        3: "photo credit",
        33: "photo credit",
        41: "comment prompt",
        43: "comment prompt",
        45: "comment prompt",
    },
    # "Written by ..." byline, the Arabic-edition link, the comment prompt and the
    # Arabic copy-protection footer.
    "002": {3: "byline", 5: "language switch", 26: "comment prompt", 28: "copy-protection notice"},
    # AFP copy: only the trailing "Related Posts" widget title.
    "003": {52: "related links"},
    # Empty bylines, a lone dash and letter, the timestamp printed twice, the same photo
    # caption twice (alt text + caption), a caption credited "– Reuters", and the
    # comments/share footer.
    "004": {
        3: "byline",
        5: "junk line",
        7: "metadata line",
        9: "byline",
        11: "metadata line",
        13: "caption repeated",
        15: "caption repeated",
        33: "junk line",
        34: "photo credit",
        43: "comment prompt",
        45: "comment prompt",
        47: "comment prompt",
        49: "share/subscribe",
    },
}

# (date, basis, outlet, agency) for each report.
EXPECTED: dict[str, tuple[str | None, str, str | None, str | None]] = {
    # No stated date; the latest date it mentions is the end of its counting period,
    # "until the 10th of October 2017", and it names no weekdays that could contradict.
    "000": ("2017-10-10", "inferred", None, None),
    # Its only full dates are in the (cut) photo captions, which date the photos, not
    # the report; the text uses weekday names only, so the date is unknown.
    "001": (None, "unknown", None, None),
    # No date of any kind; the site names itself only in the Arabic copy notice.
    "002": (None, "unknown", "ديرالزور24", None),
    # "KOBANE (AFP) –": wire copy with weekdays only; no site named, so the outlet is AFP.
    "003": (None, "unknown", "AFP", "AFP"),
    # "CAIRO – 15 October 2017:", agreeing with the "Sun, 15 Oct 2017" timestamp line.
    # Reuters is quoted as a source and credits a photo but does not publish the report.
    "004": ("2017-10-15", "dateline", None, None),
}


@pytest.fixture(scope="module")
def raqqa(raqqa_dir: Path) -> dict[str, tuple[Document, list[str]]]:
    result = ingest([str(raqqa_dir)])
    assert [r.status for r in result.inputs] == ["ok"] * 5
    docs = {}
    for doc in result.documents:
        key = Path(doc.source).name[:3]
        docs[key] = (doc, Path(doc.source).read_text(encoding="utf-8").split("\n"))
    return docs


@pytest.mark.parametrize("key", sorted(CUTS))
def test_junk_lines_are_cut_with_reasons(
    raqqa: dict[str, tuple[Document, list[str]]], key: str
) -> None:
    doc, lines = raqqa[key]
    assert {cut.line: cut.reason for cut in doc.cuts} == CUTS[key]
    for cut in doc.cuts:
        assert cut.text == lines[cut.line - 1]


@pytest.mark.parametrize("key", sorted(CUTS))
def test_every_other_line_is_kept_verbatim(
    raqqa: dict[str, tuple[Document, list[str]]], key: str
) -> None:
    doc, lines = raqqa[key]
    kept = [line for n, line in enumerate(lines, 1) if line.strip() and n not in CUTS[key]]
    assert [line for line in doc.text.split("\n") if line.strip()] == kept


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_date_outlet_and_agency(raqqa: dict[str, tuple[Document, list[str]]], key: str) -> None:
    doc, _ = raqqa[key]
    assert (doc.published.date, doc.published.basis, doc.outlet, doc.agency) == EXPECTED[key]
    assert doc.published.reason
    assert doc.outlet_basis


def test_reasons_name_their_evidence(raqqa: dict[str, tuple[Document, list[str]]]) -> None:
    assert raqqa["004"][0].published.reason == "dateline 'CAIRO – 15 October 2017:'"
    reason = raqqa["000"][0].published.reason
    assert reason is not None and "('until the 10th of October 2017')" in reason
    assert raqqa["003"][0].outlet_basis == (
        "agency in the dateline (AFP); the publishing site is not named"
    )
