"""A running toll against one day's deaths: "Nine more died on Friday, taking the toll to
318" tells the toll as it stood when told, and "cholera killed 14 on Friday" in another
report tells that day's deaths; the two are different quantities, never a conflict. Two
running tolls of different days are one toll as it rose (an update), and the toll of a
sudden event dated to its own day ("the quake on Sunday killed 300") stays that toll."""

from __future__ import annotations

from pathlib import Path

from test_reconcile_helpers import analysed
from test_reconcile_probes import _pile
from triangulate.model import Group, Report

_RAISED = (
    "coast",
    "Fever in Tallis camps\n\nSeptember 13, 2031",
    "Nine more people died of cholera in the relief camps of Tallis on Friday, taking the "
    "toll from cholera to 318.",
)


def _report(tmp_path: Path, *reports: tuple[str, str, str]) -> Report:
    return analysed(tmp_path / "pile", _pile(*reports))


def _holding(report: Report, value: str) -> list[Group]:
    """The figure groups holding the claim whose text starts with ``value``."""
    ids = {c.id for c in report.claims if c.text.startswith(value)}
    return [g for g in report.groups if g.kind == "figure" and ids & set(g.claims)]


def _verdicts(report: Report) -> list[str]:
    return sorted(g.verdict for g in report.groups if g.kind == "figure")


def test_a_days_deaths_is_no_conflict_with_the_toll_they_raised(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        _RAISED,
        (
            "valley",
            "Tallis cholera\n\nSeptember 13, 2031",
            "Cholera killed 14 people in the relief camps of Tallis on Friday, the provincial "
            "health department said.",
        ),
    )
    assert "conflict" not in _verdicts(report)
    (overlay,) = [g for g in _holding(report, "318") if g.verdict == "scope_differs"]
    assert "14" in overlay.explanation
    assert "one is a day's deaths" in overlay.explanation, overlay.explanation


def test_a_later_days_deaths_is_no_conflict_with_the_running_toll(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        _RAISED,
        (
            "valley",
            "Tallis cholera\n\nSeptember 14, 2031",
            "Cholera killed 20 people in the relief camps of Tallis on Saturday, aid workers said.",
        ),
    )
    assert "conflict" not in _verdicts(report)


def test_a_diseases_toll_to_date_is_no_conflict_with_one_days_deaths(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        (
            "coast",
            "Fever in Tallis camps\n\nSeptember 13, 2031",
            "Cholera has killed 318 people in the relief camps of Tallis to date, the ministry "
            "said.",
        ),
        (
            "valley",
            "Tallis cholera\n\nSeptember 13, 2031",
            "Cholera killed 14 people in the relief camps of Tallis on Friday, aid workers said.",
        ),
    )
    assert "conflict" not in _verdicts(report)
    assert any(g.verdict == "scope_differs" for g in _holding(report, "318"))


def test_two_running_tolls_of_different_days_are_an_update(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        _RAISED,
        (
            "valley",
            "Tallis cholera\n\nSeptember 15, 2031",
            "Eleven more people died of cholera in the relief camps of Tallis on Sunday, "
            "taking the toll from cholera to 335.",
        ),
    )
    (group,) = [g for g in _holding(report, "318") if g.verdict != "scope_differs"]
    assert group.verdict == "update", group.explanation
    assert "335" in group.explanation


def test_a_running_toll_told_on_a_day_is_still_the_running_toll(tmp_path: Path) -> None:
    # "said on Saturday" dates the telling: the 330 is the toll as it stood, one count with
    # the 318 as it rose.
    report = _report(
        tmp_path,
        _RAISED,
        (
            "valley",
            "Tallis cholera\n\nSeptember 14, 2031",
            "Cholera has killed 330 people in the relief camps of Tallis, the provincial "
            "health department said on Saturday.",
        ),
    )
    (group,) = [g for g in _holding(report, "318") if g.verdict != "scope_differs"]
    assert group.verdict == "update", group.explanation


def test_a_sudden_events_toll_on_its_day_is_updated_by_the_running_toll(
    tmp_path: Path,
) -> None:
    # A quake kills at one moment: its toll "on Sunday" is the whole toll, which the bodies
    # found later raise.
    report = _report(
        tmp_path,
        (
            "coast",
            "Quake in Tallis\n\nSeptember 13, 2031",
            "Rescuers pulled nine more bodies from the rubble in Tallis on Friday, taking the "
            "toll from the earthquake to 318.",
        ),
        (
            "valley",
            "Tallis quake\n\nSeptember 11, 2031",
            "The earthquake in Tallis on Sunday killed 300 people, police said.",
        ),
    )
    (group,) = [g for g in _holding(report, "318") if g.verdict != "scope_differs"]
    assert group.verdict == "update", group.explanation


def test_a_diseases_toll_risen_on_a_day_is_no_conflict_with_that_days_deaths(
    tmp_path: Path,
) -> None:
    report = _report(
        tmp_path,
        (
            "coast",
            "Fever in Orvel camps\n\nSeptember 13, 2031",
            "The toll from cholera in Orvel rose to 318 on Friday, the ministry said.",
        ),
        (
            "valley",
            "Orvel cholera\n\nSeptember 13, 2031",
            "Cholera killed 14 people in Orvel on Friday, aid workers said.",
        ),
    )
    assert "conflict" not in _verdicts(report)
    assert any(g.verdict == "scope_differs" for g in _holding(report, "318"))


def test_a_sudden_events_toll_risen_on_its_day_is_still_its_toll(tmp_path: Path) -> None:
    # A quake's toll "rose to 318 on Sunday", the quake's own day, is the quake's toll.
    report = _report(
        tmp_path,
        (
            "coast",
            "Quake in Orvel\n\nSeptember 8, 2031",
            "The death toll from the earthquake in Orvel rose to 318 on Sunday, police said.",
        ),
        (
            "valley",
            "Orvel quake\n\nSeptember 8, 2031",
            "The earthquake in Orvel on Sunday killed 300 people, the ministry said.",
        ),
    )
    (group,) = [g for g in _holding(report, "318") if g.verdict != "scope_differs"]
    assert group.verdict in {"update", "conflict"}, group.explanation
    assert any(c in group.claims for c in (c.id for c in report.claims if c.text.startswith("300")))


def test_a_diseases_toll_of_the_past_day_is_no_conflict_with_its_toll_to_date(
    tmp_path: Path,
) -> None:
    report = _report(
        tmp_path,
        (
            "coast",
            "Fever in Orvel\n\nSeptember 13, 2031",
            "Cholera has killed 318 people in Orvel to date, the ministry said.",
        ),
        (
            "valley",
            "Orvel cholera\n\nSeptember 13, 2031",
            "Cholera killed 14 people in Orvel in the past 24 hours, aid workers said.",
        ),
    )
    assert "conflict" not in _verdicts(report)
    (overlay,) = [g for g in _holding(report, "318") if g.verdict == "scope_differs"]
    assert "past 24 hours" in overlay.explanation


def test_two_reports_of_a_diseases_toll_of_the_past_day_still_conflict(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        (
            "coast",
            "Fever in Orvel\n\nSeptember 13, 2031",
            "Cholera killed 14 people in Orvel in the past 24 hours, the ministry said.",
        ),
        (
            "valley",
            "Orvel cholera\n\nSeptember 13, 2031",
            "Cholera killed 19 people in Orvel in the past 24 hours, aid workers said.",
        ),
    )
    assert "conflict" in _verdicts(report)
