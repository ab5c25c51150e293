"""Updates a reader flags: a cumulative count (a toll, arrests, the evacuated, cases of a
disease) that a later telling gives higher is an update, not a conflict, however the later
telling says so ("surged to", "has gone up to", "a new toll of", "police later said", "up
from 12") and however the earlier value is told ("had initially put the toll ... at 12")."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed
from test_reconcile_probes import _pile, assert_called
from triangulate.model import Group

_EARLY = "Twelve people were killed in floods in the town of Marrow, police said."


def _undated(later: str) -> dict[str, str]:
    """The first police toll and a later report's, neither dated."""
    return _pile(("coast", "Flood in Marrow", _EARLY), ("valley", "Marrow toll", later))


PROBES: list[tuple[str, str, dict[str, str]]] = [
    (
        "surged_to",
        "update",
        _undated("The death toll from floods in the town of Marrow surged to 31, police said."),
    ),
    (
        "more_than_doubled_to",
        "update",
        _undated(
            "The death toll from floods in the town of Marrow has more than doubled to 31, "
            "police said."
        ),
    ),
    (
        "has_gone_up_to",
        "update",
        _undated(
            "The number of people killed in floods in the town of Marrow has gone up to 31, "
            "police said."
        ),
    ),
    (
        "a_new_toll",
        "update",
        _undated("Police gave a new toll of 31 dead from floods in the town of Marrow."),
    ),
    (
        "the_latest_toll",
        "update",
        _undated("The latest toll from floods in the town of Marrow is 31 dead, police said."),
    ),
    (
        "later_said",
        "update",
        _undated("Police later said 31 people were killed in floods in the town of Marrow."),
    ),
    (
        "up_from_the_earlier_toll",
        "update",
        _pile(
            (
                "valley",
                "Marrow toll",
                "Police said 31 people were killed in floods in the town of Marrow, up from 12.",
            ),
        ),
    ),
    (
        "initially_put_at_in_another_report",
        "update",
        _pile(
            (
                "coast",
                "Flood in Marrow\n\nMarch 5, 2031",
                "Police had initially put the toll from floods in the town of Marrow at 12.",
            ),
            (
                "valley",
                "Marrow toll\n\nMarch 5, 2031",
                "Floods in the town of Marrow killed 31 people, police said on Wednesday.",
            ),
        ),
    ),
    (
        "cases_of_a_disease_rise",
        "update",
        _pile(
            (
                "coast",
                "Outbreak in Marrow\n\nMarch 3, 2031",
                "Health officials have confirmed 14 cases of cholera in Marrow, the ministry "
                "said on Monday.",
            ),
            (
                "valley",
                "Outbreak grows\n\nMarch 5, 2031",
                "The number of confirmed cholera cases in Marrow has risen to 52, the ministry "
                "said on Wednesday.",
            ),
        ),
    ),
    # Two tolls of one day from two sources, no word of a new telling: still a dispute.
    (
        "two_sources_one_day_no_word_of_change",
        "conflict",
        _pile(
            (
                "coast",
                "Flood in Marrow\n\nMarch 5, 2031",
                "Twelve people were killed in floods in the town of Marrow, police said on "
                "Wednesday.",
            ),
            (
                "valley",
                "Marrow toll\n\nMarch 5, 2031",
                "Thirty-one people were killed in floods in the town of Marrow, the Red Cross "
                "said on Wednesday.",
            ),
        ),
    ),
]


@pytest.mark.parametrize(("expected", "texts"), [pytest.param(e, t, id=n) for n, e, t in PROBES])
def test_update_told(tmp_path: Path, expected: str, texts: dict[str, str]) -> None:
    assert_called(tmp_path / "pile", expected, texts)


# "Nine more died on Friday, taking the toll to 318": the day dates the nine, and the total
# holds as of the report, so later reports' totals are read against it as one count.
_RAISED = (
    "coast",
    "Cholera in Orvel camps\n\nSeptember 13, 2031",
    "Nine more people died of cholera in the relief camps of Orvel on Friday, taking the "
    "toll from cholera to 318.",
)


def _total_group(tmp_path: Path, later: str, date: str) -> Group:
    """The group holding the total 318 when a later report tells the cholera toll."""
    report = analysed(
        tmp_path / "pile",
        _pile(_RAISED, ("valley", f"Orvel cholera toll\n\n{date}", later)),
    )
    texts = {c.id: c.text for c in report.claims}
    held = [g for g in report.groups if "318" in map(texts.get, g.claims)]
    (group,) = [g for g in held if g.verdict != "scope_differs"]
    return group


def test_total_raised_by_a_dated_event_is_updated_by_a_later_total(tmp_path: Path) -> None:
    group = _total_group(
        tmp_path,
        "Cholera has killed 335 people in the relief camps of Orvel, the provincial health "
        "department said.",
        "September 15, 2031",
    )
    assert group.verdict == "update", group.explanation
    assert "318" in group.explanation and "335" in group.explanation
    # the group is no count of Friday's deaths
    assert "12 September" not in group.label


def test_total_raised_by_a_dated_event_agrees_with_the_same_total(tmp_path: Path) -> None:
    group = _total_group(
        tmp_path,
        "Cholera has killed 318 people in the relief camps of Orvel, the provincial health "
        "department said.",
        "September 13, 2031",
    )
    assert group.verdict == "agree", group.explanation
    assert "12 September" not in group.label
