"""The story timeline built from hand-made claims."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from triangulate.model import Assertion, Claim, Document, Figure, Group, Published, Speaker, When
from triangulate.timeline.build import build_timeline, label_claim

TEXT = "x" * 400


def _doc(doc_id: str) -> Document:
    return Document(
        id=doc_id,
        source=doc_id,
        title=None,
        outlet=None,
        text=TEXT,
        sha256="0" * 64,
        published=Published(date="2031-05-14", precision="day", basis="metadata"),
    )


def _when(start: str | None, end: str | None, precision: str = "day") -> When:
    return When(start=start, end=end, precision=precision)  # type: ignore[arg-type]


def _assertion(
    claim_id: str,
    doc: str,
    when: When | None,
    *,
    subject: str | None = "The ferry company",
    predicate: str = "cancel",
    obj: str | None = "the crossing",
    polarity: str = "affirmed",
    start: int = 0,
) -> Claim:
    return Claim(
        id=claim_id,
        kind="assertion",
        doc=doc,
        start=start,
        end=start + 10,
        text=TEXT[start : start + 10],
        assertion=Assertion(
            subject=subject,
            predicate=predicate,
            object=obj,
            polarity=polarity,  # type: ignore[arg-type]
        ),
        when=when,
    )


def _figure(claim_id: str, doc: str, when: When | None, value: float, start: int = 0) -> Claim:
    return Claim(
        id=claim_id,
        kind="figure",
        doc=doc,
        start=start,
        end=start + 5,
        text=TEXT[start : start + 5],
        figure=Figure(
            measure="passengers stranded at Port Alder",
            counted="passengers",
            qualifiers=(),
            low=value,
            high=value,
            hedge="about",
            unit=None,
        ),
        said_by=Speaker(name="harbour office"),
        when=when,
    )


DOCS = (_doc("a"), _doc("b"))


def test_timeline_build_orders_by_start_and_leaves_out_undated() -> None:
    claims = [
        _assertion("c1", "a", _when("2031-05-13", "2031-05-13")),
        _assertion("c2", "a", None, predicate="open", start=20),
        _figure("c3", "b", _when("2031-05-01", "2031-05-31", "month"), 300),
    ]
    entries = build_timeline(DOCS, claims)
    assert [e.claims for e in entries] == [("c3",), ("c1",)]
    assert entries[0].precision == "month"


def test_timeline_build_merges_same_predicate_overlapping_days() -> None:
    claims = [
        _assertion("c1", "a", _when("2031-05-13", "2031-05-13")),
        _assertion("c2", "b", _when("2031-05-12", "2031-05-14"), subject="The operator"),
        _assertion("c3", "b", _when("2031-05-20", "2031-05-20"), start=30),
    ]
    entries = build_timeline(DOCS, claims)
    assert len(entries) == 2
    first = entries[0]
    assert set(first.claims) == {"c1", "c2"}
    assert first.docs == ("a", "b")
    # The days both claims allow.
    assert (first.start, first.end, first.precision) == ("2031-05-13", "2031-05-13", "day")


def test_timeline_build_groups_merge_short_events_only() -> None:
    claims = [
        _figure("c1", "a", _when("2031-04-01", "2031-05-14"), 300),
        _figure("c2", "b", _when("2031-05-01", "2031-05-14"), 310),
    ]
    assert len(build_timeline(DOCS, claims)) == 2
    group = Group(
        id="g1",
        label="stranded",
        kind="figure",
        claims=("c1", "c2"),
        verdict="agree",
        explanation="Both reports give about 300.",
    )
    assert len(build_timeline(DOCS, claims, [group])) == 2
    short = [
        _figure("c1", "a", _when("2031-05-12", "2031-05-13"), 300),
        _assertion("c2", "b", _when("2031-05-13", "2031-05-13"), predicate="strand"),
    ]
    group = replace(group, claims=("c1", "c2"))
    assert len(build_timeline(DOCS, short)) == 2
    merged = build_timeline(DOCS, short, [group])
    assert len(merged) == 1
    assert (merged[0].start, merged[0].end) == ("2031-05-13", "2031-05-13")


def test_timeline_build_labels_from_fields() -> None:
    negated = _assertion(
        "c1",
        "a",
        None,
        subject="The evacuation of the pier district",
        predicate="take place",
        obj=None,
        polarity="negated",
    )
    assert label_claim(negated) == "The evacuation of the pier district did not take place"
    affirmed = _assertion("c2", "a", None, predicate="leave", obj="the harbour")
    assert label_claim(affirmed) == "The ferry company left the harbour"
    figure = _figure("c3", "a", None, 300)
    assert label_claim(figure) == "Passengers stranded at Port Alder: about 300 (harbour office)"


_days = st.one_of(st.none(), st.dates(min_value=dt.date(2030, 1, 1), max_value=dt.date(2032, 1, 1)))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(_days, _days, st.sampled_from(["cancel", "open"]), st.booleans()),
        max_size=12,
    )
)
def test_timeline_build_entries_ordered_and_well_formed(
    rows: list[tuple[dt.date | None, dt.date | None, str, bool]],
) -> None:
    claims = []
    for n, (a, b, predicate, is_figure) in enumerate(rows):
        if a and b and a > b:
            a, b = b, a
        when = _when(a.isoformat() if a else None, b.isoformat() if b else None)
        doc = "ab"[n % 2]
        if is_figure:
            claims.append(_figure(f"c{n}", doc, when, float(n), start=n * 10))
        else:
            claims.append(_assertion(f"c{n}", doc, when, predicate=predicate, start=n * 10))
    entries = build_timeline(DOCS, claims)
    keys = [(e.start or e.end or "", e.end or "9999", e.label) for e in entries]
    assert keys == sorted(keys)
    placed = [c for e in entries for c in e.claims]
    assert len(placed) == len(set(placed))
    for entry in entries:
        if entry.start and entry.end:
            assert entry.start <= entry.end
        assert entry.claims and entry.docs and entry.label
