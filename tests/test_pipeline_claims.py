"""Claims in the report ``analyze`` writes: figures with sources, for any kind of input."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triangulate import analyze
from triangulate.model import Document, Published, Story
from triangulate.pipeline import find_claims, prepare
from triangulate.report.json_report import dumps, from_dict, to_dict

SENTENCES = [
    {
        "id": "s1",
        "outlet": "Valley Post",
        "published": "2026-05-04",
        "text": "Rescuers said 42 villagers were missing after the landslide in Orvel on Sunday.",
    },
    {
        "id": "s2",
        "outlet": "Hill Radio",
        "published": "2026-05-05",
        "text": "Nearly 300 families have left Orvel since the landslide, "
        "the mayor told Hill Radio.",
    },
    {
        "id": "s3",
        "outlet": "Valley Post",
        "published": "2026-05-05",
        "text": "The regional council estimates that between 40 and 45 people are still missing.",
    },
]


def test_jsonl_one_sentence_per_record_gives_each_record_its_figures(
    tmp_path: Path,
    validate_report,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "sentences.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in SENTENCES) + "\n", encoding="utf-8")
    report = analyze(path)
    assert len(report.documents) == 3
    by_record = {d.source.split("#")[-1]: d for d in report.documents}
    figures = {
        rid: [c for c in report.claims if c.doc == doc.id and c.kind == "figure"]
        for rid, doc in by_record.items()
    }
    values = {
        rid: [(c.figure.low, c.figure.high, c.figure.hedge) for c in found if c.figure]
        for rid, found in figures.items()
    }
    assert values == {
        "s1": [(42, 42, "exact")],
        "s2": [(300, 300, "about")],
        "s3": [(40, 45, "range")],
    }
    s2 = figures["s2"][0]
    assert s2.outlet == "Hill Radio"
    assert s2.said_by is not None and "mayor" in (s2.said_by.name + (s2.said_by.role or ""))
    assert s2.via == ("Hill Radio",) or s2.via == ()
    # "since the landslide" scopes the figure but names no date: kept as written, not guessed.
    assert s2.figure is not None and s2.figure.scope == "since the landslide"
    assert s2.when is None
    s1 = figures["s1"][0]
    assert s1.when is not None and s1.when.start == "2026-05-03"  # "on Sunday" before 4 May
    data = to_dict(report)
    validate_report(data)
    # Read back and written again, the report is the same JSON (claims included).
    assert dumps(from_dict(json.loads(dumps(report)))) == dumps(report)


VOCABULARY = (
    "the about up to more than 12 300 1,200 dozens of people were killed said told AFP in "
    "Orvel since May on Tuesday between and 40 45 percent , . “ ” fighters hundreds"
)
WORDS = st.sampled_from(VOCABULARY.split())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(WORDS, min_size=1, max_size=30), min_size=1, max_size=3))
def test_every_claim_lies_inside_its_document(texts: list[list[str]]) -> None:
    documents = [
        Document(
            id=f"d{n}",
            source=f"t{n}",
            title=None,
            outlet=None,
            text=" ".join(words),
            sha256="",
            published=Published(date="2026-05-05", precision="day", basis="metadata"),
        )
        for n, words in enumerate(texts)
    ]
    story = Story(id="s", label="s", docs=tuple(d.id for d in documents))
    text_of = {d.id: d.text for d in documents}
    for claim in find_claims(prepare(documents), [story]):
        assert 0 <= claim.start < claim.end <= len(text_of[claim.doc])
        assert text_of[claim.doc][claim.start : claim.end] == claim.text
        if claim.figure and claim.figure.low is not None and claim.figure.high is not None:
            assert claim.figure.low <= claim.figure.high
