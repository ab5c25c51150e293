"""A running count against one day's count: "Clashes have killed 61 people so far" tells
the count from the start of the clashes up to its telling, and "clashes killed 9 on
Friday" in another report tells that day's; so do a hospital's 900 treated "to date" and
its 40 treated "overnight". Two windows, never a conflict, for any counted state. Two
reports of one day's count that differ still conflict, two running counts of different
days are one count as it rose, and a sudden event's toll "so far" is that event's toll,
which its day's count tells too."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed
from test_reconcile_probes import _pile
from triangulate.model import Group, Report


def _report(tmp_path: Path, *reports: tuple[str, str, str]) -> Report:
    return analysed(tmp_path / "pile", _pile(*reports))


def _figure_groups(report: Report) -> list[Group]:
    return [g for g in report.groups if g.kind == "figure"]


def _verdicts(report: Report) -> list[str]:
    return sorted(g.verdict for g in _figure_groups(report))


def _overlay(report: Report) -> Group:
    (overlay,) = [g for g in _figure_groups(report) if g.verdict == "scope_differs"]
    return overlay


@pytest.mark.parametrize(
    ("running", "day", "words"),
    [
        (
            "Clashes between rival militias in Orvel have killed 61 people so far, the "
            "health ministry said.",
            "Clashes between rival militias in Orvel killed 9 people on Friday, medics said.",
            ("on Friday", "so far"),
        ),
        (
            "The fighting in Orvel has killed 61 people since the fighting began, the "
            "ministry said.",
            "The fighting in Orvel killed 9 people overnight, medics said.",
            ("overnight", "since the fighting began"),
        ),
        (
            "The clashes in Orvel went on, with 61 people killed so far, the ministry said.",
            "Clashes between rival militias in Orvel killed 9 people on Friday, medics said.",
            ("on Friday", "so far"),
        ),
        (
            "In all, 61 people have been killed in the clashes in Orvel, the ministry said.",
            "Nine people were killed in the clashes in Orvel in the past 24 hours, medics said.",
            ("past 24 hours", "in all"),
        ),
    ],
)
def test_a_running_toll_of_strife_is_no_conflict_with_one_days_toll(
    tmp_path: Path, running: str, day: str, words: tuple[str, str]
) -> None:
    report = _report(
        tmp_path,
        ("coast", "Clashes in Orvel\n\nMarch 14, 2031", running),
        ("valley", "Orvel fighting\n\nMarch 14, 2031", day),
    )
    assert "conflict" not in _verdicts(report)
    overlay = _overlay(report)
    assert "running count" in overlay.explanation
    for word in words:
        assert word in overlay.explanation


def test_a_hospitals_count_to_date_is_no_conflict_with_its_count_overnight(
    tmp_path: Path,
) -> None:
    report = _report(
        tmp_path,
        (
            "coast",
            "Fever in Tallis\n\nMarch 14, 2031",
            "Doctors at the main hospital in Tallis have treated 900 patients to date, the "
            "health ministry said.",
        ),
        (
            "valley",
            "Tallis fever\n\nMarch 14, 2031",
            "Doctors at the main hospital in Tallis treated 40 patients overnight, aid "
            "workers said.",
        ),
    )
    assert "conflict" not in _verdicts(report)
    overlay = _overlay(report)
    assert "overnight" in overlay.explanation
    assert "to date" in overlay.explanation


def test_a_hospitals_count_so_far_is_not_one_count_with_one_days(tmp_path: Path) -> None:
    # One source's two counts are two windows, not one count given two values.
    report = _report(
        tmp_path,
        (
            "coast",
            "Fever in Tallis\n\nMarch 14, 2031",
            "The main hospital in Tallis has treated 900 patients so far, its director said.",
        ),
        (
            "valley",
            "Tallis fever\n\nMarch 14, 2031",
            "The main hospital in Tallis treated 40 patients on Friday, its director said.",
        ),
    )
    assert "so far" in _overlay(report).explanation
    both = [g for g in _figure_groups(report) if len(g.claims) == 2]
    assert [g.verdict for g in both] == ["scope_differs"]


def test_two_reports_of_one_days_toll_still_conflict(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        (
            "coast",
            "Clashes in Orvel\n\nMarch 14, 2031",
            "Clashes between rival militias in Orvel killed 9 people on Friday, the ministry said.",
        ),
        (
            "valley",
            "Orvel fighting\n\nMarch 14, 2031",
            "Clashes between rival militias in Orvel killed 14 people on Friday, medics said.",
        ),
    )
    assert "conflict" in _verdicts(report)


def test_two_running_tolls_of_different_days_are_an_update(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        (
            "coast",
            "Clashes in Orvel\n\nMarch 14, 2031",
            "Clashes between rival militias in Orvel have killed 61 people so far, the "
            "ministry said.",
        ),
        (
            "valley",
            "Orvel fighting\n\nMarch 16, 2031",
            "Clashes between rival militias in Orvel have killed 75 people so far, medics said.",
        ),
    )
    assert _verdicts(report) == ["update"]


def test_a_running_count_told_on_an_earlier_day_rose_to_a_later_reports_count(
    tmp_path: Path,
) -> None:
    # Both reports came out on one Monday, but the ministry's 650 was told the Tuesday
    # before: the count stood at 650 then and at 700 as of Monday, so it rose; no dispute.
    report = _report(
        tmp_path,
        (
            "coast",
            "Arrests in Orvel\n\nMonday, March 10, 2031",
            "Police in Orvel arrested 35 protesters on Monday, bringing the total so far to "
            "700, officials said.",
        ),
        (
            "valley",
            "Orvel protests\n\nMonday, March 10, 2031",
            "Since the protests began, police in Orvel have arrested 650 people, the interior "
            "ministry said on Tuesday.",
        ),
    )
    verdicts = {
        g.verdict for g in _figure_groups(report) if {"700", "650"} <= set(_values(report, g))
    }
    # (a look-alikes overlay may also hold them beside the day's 35, as scope_differs)
    assert "update" in verdicts and "conflict" not in verdicts, [
        (g.label, g.verdict) for g in _figure_groups(report)
    ]


def _values(report: Report, group: Group) -> list[str]:
    claims = {c.id: c for c in report.claims}
    return [claims[c].text.split()[0] for c in group.claims]


def test_a_sudden_events_toll_so_far_is_its_days_toll(tmp_path: Path) -> None:
    # A quake kills at one moment: its toll "so far" and its toll on its day are one toll.
    report = _report(
        tmp_path,
        (
            "coast",
            "Quake in Orvel\n\nMarch 14, 2031",
            "The earthquake in Orvel has killed 300 people so far, police said.",
        ),
        (
            "valley",
            "Orvel quake\n\nMarch 14, 2031",
            "The earthquake in Orvel on Friday killed 280 people, the ministry said.",
        ),
    )
    assert "scope_differs" not in _verdicts(report)
    assert "conflict" in _verdicts(report)


def test_a_record_so_far_is_no_running_count(tmp_path: Path) -> None:
    # "The deadliest day so far" measures the day against the others: its 14 dead are
    # that day's, which another report's count of the day disputes.
    report = _report(
        tmp_path,
        (
            "coast",
            "Clashes in Orvel\n\nMarch 14, 2031",
            "Friday was the deadliest day so far in the clashes in Orvel, with 14 people "
            "killed, the ministry said.",
        ),
        (
            "valley",
            "Orvel fighting\n\nMarch 14, 2031",
            "Clashes between rival militias in Orvel killed 9 people on Friday, medics said.",
        ),
    )
    assert "conflict" in _verdicts(report)
