"""The time until a decision comes to bear ("the rules take effect in 30 days") is a figure
of its own, measure "time until in force", whatever else its sentence counts; a deadline
("results will be announced within 10 days") is a duration figure when nothing else in its
sentence is counted. A time scope ("in more than 25 years") and a time reckoned from an
event ("within 24 hours of landing") stay what they were."""

from __future__ import annotations

import pytest

from triangulate import analyze
from triangulate.model import Report

IN_FORCE = "time until in force"


def _report(tmp_path_factory: pytest.TempPathFactory, text: str) -> Report:
    tmp = tmp_path_factory.mktemp("in_force")
    (tmp / "a.txt").write_text(text)
    return analyze([str(tmp / "a.txt")])


def _figures(report: Report) -> list[tuple[str, str, float | None]]:
    return sorted(
        (c.text, c.figure.measure, c.figure.low) for c in report.claims if c.figure is not None
    )


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The Orvel water rules will take effect in about 30 days.", "about 30 days", 30),
        ("The Dalby levy comes into force within six months, Reyes said.", "six months", 6),
        ("The new Tallis rules go into effect in 90 days.", "90 days", 90),
    ],
)
def test_the_time_until_a_decision_comes_to_bear_is_a_figure(
    tmp_path_factory: pytest.TempPathFactory, text: str, phrase: str, value: float
) -> None:
    found = _figures(_report(tmp_path_factory, text))
    assert (phrase, IN_FORCE, value) in found


def test_the_time_until_in_force_is_not_the_length_of_another_act(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # the months are how long the writing took: a measure apart from the days to come
    text = (
        "The Orvel changes, which will go into effect in about 30 days, were written in "
        "just four months."
    )
    found = _figures(_report(tmp_path_factory, text))
    assert [f for f in found if f[1] == IN_FORCE] == [("about 30 days", IN_FORCE, 30)]
    assert all(f[1] != IN_FORCE for f in found if f[0] == "four months")


def test_a_deadline_alone_in_its_sentence_is_a_figure(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    found = _figures(
        _report(tmp_path_factory, "Official Dalby results will be announced within 10 days.")
    )
    assert [f[0] for f in found] == ["10 days"]


@pytest.mark.parametrize(
    "text",
    [
        "The island of Orvel has not been hit by a quake in more than 25 years.",
        "Within 24 hours of landing, the Dalby crew was sent home.",
        "Corran said 40 people would be moved within two days.",
    ],
)
def test_a_time_scope_stays_no_figure_of_its_own(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    found = _figures(_report(tmp_path_factory, text))
    assert all(f[1] != IN_FORCE for f in found)
    assert not any(f[0] in ("more than 25 years", "two days") for f in found)
