"""The time until an event, a countdown ("with 12 seconds left", "39 days left in office"),
is a figure of its own, which reports of one story give and dispute: the number alone,
measure "time left". A time reckoned from another event ("three hours later") or
a date ("two weeks before Christmas") stays a time reference."""

from __future__ import annotations

import pytest

from triangulate import analyze
from triangulate.model import Report

BETWEEN = "time left"


def _report(tmp_path_factory: pytest.TempPathFactory, texts: dict[str, str]) -> Report:
    tmp = tmp_path_factory.mktemp("between")
    for name, text in texts.items():
        (tmp / name).write_text(text)
    return analyze(sorted(str(tmp / name) for name in texts))


def _between(report: Report) -> list[tuple[str, float | None, float | None]]:
    return sorted(
        (c.text, c.figure.low, c.figure.high)
        for c in report.claims
        if c.figure is not None and c.figure.measure == BETWEEN
    )


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a countdown: the time until an event
        ("With four days to go before the vote, the Dalby mayor spoke.", "four days", 4),
        ("Governor Tallis, with 39 days left in office, signed the Orvel rules.", "39 days", 39),
        # a time said in two units is one figure, its larger unit's
        ("The Corran ferry docked with 12 minutes, 31 seconds remaining.", "12 minutes", 12),
    ],
)
def test_the_time_until_an_event_is_a_figure(
    tmp_path_factory: pytest.TempPathFactory, text: str, phrase: str, value: float
) -> None:
    # the number alone: the words after it name the other event, no thing it counts
    assert _between(_report(tmp_path_factory, {"a.txt": text})) == [(phrase, value, value)]


@pytest.mark.parametrize(
    "text",
    [
        # reckoned from another event, or from a day of the calendar: a time reference
        "Police found Tomas Varga hiding in a shed in Dalby three hours later.",
        "Two weeks before Christmas, the Tallis bridge was closed.",
        "The Corran ferry sailed three days after May 5.",
        "The Dalby dyke was shut a day after Monday, officials said.",
        # "ago" dates the event
        "The Orvel dyke broke eight days ago.",
        # "in" a time: a time scope, and a superlative's span
        "In two weeks, 300 people were hurt in Orvel.",
        "Prices in Dalby rose to their highest level in 10 years.",
        # how long something lasted, then what came next: a length of its own
        "Tomas Varga stayed outside for nine minutes before coming back in Dalby.",
    ],
)
def test_other_times_are_no_time_between_events(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    assert _between(_report(tmp_path_factory, {"a.txt": text})) == []


@pytest.fixture(scope="module")
def game(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return _report(
        tmp_path_factory,
        {
            "a.txt": (
                "Dalby edge Orvel\n\nJune 3, 2031\n\n"
                "Tomas Varga scored for Dalby with 12 seconds left in Orvel on Friday.\n"
                "Orvel had led with three minutes left.\n"
            ),
            "b.txt": (
                "Late score lifts Dalby\n\nJune 3, 2031\n\n"
                "Varga scored for Dalby in Orvel with about 12 seconds remaining on Friday.\n"
                "Orvel had the ball with less than a minute left.\n"
            ),
        },
    )


def test_two_reports_of_one_countdown_agree(game: Report) -> None:
    assert _between(game) == [
        ("12 seconds", 12, 12),
        ("about 12 seconds", 12, 12),
        ("less than a minute", None, 1),
        ("three minutes", 3, 3),
    ]
    ids = {c.id for c in game.claims if c.text in {"12 seconds", "about 12 seconds"}}
    homes = [g for g in game.groups if g.kind == "figure" and ids <= set(g.claims)]
    assert [g.verdict for g in homes] == ["agree"]


def test_times_until_other_events_stay_apart(game: Report) -> None:
    # "12 seconds left" and "three minutes left" count down to other moments: never one in
    # dispute; "less than a minute" meets "12 seconds", yet tells no one time
    ids = {c.id for c in game.claims if c.figure is not None and c.figure.measure == BETWEEN}
    for group in game.groups:
        if group.kind == "figure" and ids & set(group.claims):
            assert group.verdict != "conflict"
            assert len(ids & set(group.claims)) <= 2
    lone = {c.id for c in game.claims if c.text in {"three minutes", "less than a minute"}}
    for group in game.groups:
        assert len(lone & set(group.claims)) <= 1
        assert not (lone & set(group.claims) and len(ids & set(group.claims)) > 1)
