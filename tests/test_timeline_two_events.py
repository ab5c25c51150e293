"""An undated report is dated by its pile's dated reports only when it tells their event.

A pile can hold two events of one kind years apart; reports of one name its own ship,
port and people. Invented reports: a frigate's capture of raiders in 2031 (dated), and
an older capture by another ship at another port (undated).
"""

from __future__ import annotations

from pathlib import Path

from test_reconcile_helpers import analysed, doc
from triangulate.model import Report
from triangulate.reconcile import _events_apart
from triangulate.timeline.infer import apart_from_dated, infer_dates

# 2031-05-15 is a Thursday, 2031-05-17 a Saturday.
DATED = (
    doc(
        "wire",
        "The frigate Halden captured 26 raiders off Cape Morrow on Thursday, the navy said.\n"
        "Commander Oduya said the raiders had fired on a grain carrier.",
        outlet=None,
        date="2031-05-16",
    ),
    doc(
        "daily",
        "Sailors from the Halden boarded two skiffs off Cape Morrow on Thursday.\n"
        "Commander Oduya told reporters the raiders surrendered without a fight.",
        outlet=None,
        date="2031-05-17",
    ),
)
OTHER_EVENT = (
    doc(
        "older",
        "The destroyer Varna captured 23 raiders near Port Essa on Saturday.\n"
        "Captain Brandt said the raiders had tried to board the tanker Selma on Friday.",
        outlet=None,
    ),
    doc(
        "older2",
        "Marines from the Varna seized seven rifles near Port Essa on Saturday.\n"
        "Captain Brandt said the tanker Selma had sent a distress call.",
        outlet=None,
    ),
    doc(
        "older3",
        "The Varna towed the raiders' skiffs to Port Essa on Saturday.\n"
        "Captain Brandt said the Selma was unharmed.",
        outlet=None,
    ),
)


def test_report_of_another_event_is_not_dated_by_the_dated_reports() -> None:
    out = infer_dates([*DATED, *OTHER_EVENT])
    for report in out[2:]:
        assert report.published.basis == "unknown"
        assert report.published.date is None


def test_follow_up_of_the_same_event_is_still_dated_by_its_siblings() -> None:
    follow_up = doc(
        "follow",
        "The Halden handed the raiders to the coast guard at Cape Morrow on Saturday.\n"
        "Commander Oduya said the carrier had resumed its voyage on Friday.",
        outlet=None,
    )
    out = infer_dates([*DATED, *OTHER_EVENT, follow_up])
    pub = out[-1].published
    assert pub.basis == "inferred"
    # Friday and Saturday named: the week of the dated reports, its Saturday.
    assert pub.date == "2031-05-17"
    assert all(report.published.basis == "unknown" for report in out[2:5])


# A pile a user hands over as "navy captures pirates": the frigate Halden's capture, dated,
# and the destroyer Varna's years before, undated. The undated follow-up tells Halden's.
PILE = {
    "wire.txt": (
        "Navy frigate captures pirates\n\nMay 16, 2031\n\n"
        "The frigate Halden captured 26 pirates in the Gulf of Aden on Thursday, the navy "
        "said. Commander Oduya said the pirates had fired on the grain carrier Tolva.\n"
    ),
    "daily.txt": (
        "Pirates surrender to frigate\n\nMay 17, 2031\n\n"
        "Sailors from the Halden captured 26 pirates in the Gulf of Aden on Thursday. "
        "Commander Oduya said the pirates surrendered after the Tolva called for help.\n"
    ),
    "older.txt": (
        "Destroyer captures pirates\n\n"
        "The destroyer Varna captured 23 pirates in the Gulf of Aden. "
        "Captain Brandt said the pirates had tried to board the tanker Selma.\n"
    ),
    "older2.txt": (
        "Pirates caught off Aden\n\n"
        "Marines from the Varna captured 23 pirates in the Gulf of Aden. "
        "Captain Brandt said the tanker Selma had sent a distress call.\n"
    ),
    "older3.txt": (
        "Destroyer brings pirates to port\n\n"
        "The Varna brought 23 pirates to Port Essa. Captain Brandt said the "
        "Selma was unharmed.\n"
    ),
}
FOLLOW_UP = (
    "Frigate hands over pirates\n\n"
    "The Halden captured 24 pirates in the Gulf of Aden on Thursday, Commander Oduya said "
    "on Friday, after the Tolva reached port.\n"
)


def _values(report: Report, verdict: str) -> list[set[float]]:
    claims = {c.id: c for c in report.claims}
    return [
        {v for c in g.claims if (f := claims[c].figure) is not None for v in (f.low,) if v}
        for g in report.groups
        if g.verdict == verdict
    ]


def test_figures_of_another_event_are_no_rivals(tmp_path: Path) -> None:
    report = analysed(tmp_path / "pile", PILE)
    assert not any({23, 26} <= values for values in _values(report, "conflict"))


def test_follow_up_of_the_same_event_still_conflicts(tmp_path: Path) -> None:
    report = analysed(tmp_path / "pile", {**PILE, "follow.txt": FOLLOW_UP})
    conflicts = _values(report, "conflict")
    assert any({24, 26} <= values for values in conflicts)
    assert not any(23 in values and (24 in values or 26 in values) for values in conflicts)


def test_the_other_event_s_reports_are_named_apart_from_the_dated() -> None:
    follow_up = doc(
        "follow",
        "The Halden handed the raiders to the coast guard at Cape Morrow on Saturday.\n"
        "Commander Oduya said the carrier had resumed its voyage on Friday.",
        outlet=None,
    )
    dated = infer_dates([*DATED, *OTHER_EVENT, follow_up])
    assert apart_from_dated(dated) == {"older", "older2", "older3"}


def test_a_ministry_a_few_reports_name_is_no_other_event() -> None:
    # One event only: two undated reports quote a ministry the dated reports do not name.
    ministry = tuple(
        doc(
            f"ministry{i}",
            "Raiders fired on a grain carrier off Cape Morrow, the Defence Ministry said.\n"
            "A Defence Ministry release said the Halden had answered a distress call.",
            outlet=None,
        )
        for i in range(2)
    )
    assert apart_from_dated(infer_dates([*DATED, *ministry])) == frozenset()


def test_another_event_s_figures_are_set_apart_before_they_are_compared(
    tmp_path: Path,
) -> None:
    report = analysed(tmp_path / "pile", PILE)
    docs = {d.id: d for d in report.documents}
    counts = [c for c in report.claims if c.figure is not None and c.figure.low in (23.0, 26.0)]
    parts = _events_apart(counts, apart_from_dated(report.documents), docs)
    assert parts is not None
    kept, theirs = parts.parts
    assert {c.figure.low for c in kept if c.figure} == {26.0}
    assert {c.figure.low for c in theirs if c.figure} == {23.0}
    assert "another event" in parts.reason
    # Named as a reader knows the reports (outlet, else title or opening words), not by file.
    assert "the report 'Destroyer captures pirates'" in parts.reason
    assert not any(c.doc in parts.reason for c in theirs)
