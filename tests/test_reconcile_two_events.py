"""Piles holding two events of one kind: figures of one are never set against the other's.

A user hands over a folder on "running backs on injured reserve" or "earthquakes in Iran":
two events of one kind, years apart, each with its own figures. Invented reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import TORVALD, analysed, assertion_claim, doc, measure_home
from triangulate.model import Report
from triangulate.reconcile import reconcile

# Two running backs of one team put on injured reserve in two seasons, the first report
# undated; two reports of the first season also give one toll of a roof collapse, told
# differently.
SEASONS = {
    "a.txt": (
        "Smith placed on injured reserve\n\n"
        "The Saints placed running back Carl Smith on injured reserve, ending his season. "
        "Smith injured his left knee in October, had surgery and missed four games. "
        "He played in just 10 games, rushed for 404 yards and caught four TDs.\n\n"
        "The roof collapse at the team's practice dome on Monday killed 12 people, police "
        "said.\n"
    ),
    "b.txt": (
        "Saints place Jones on injured reserve\n\nJanuary 5, 2034\n\n"
        "The Saints placed Dan Jones on injured reserve Wednesday because of an ankle injury. "
        "Jones missed nine games this season because of the injury. "
        "He rushed for 716 yards and had a team-leading five rushing TDs. The injury "
        "limited him to only six games this season.\n"
    ),
    "c.txt": (
        "Dome collapse toll disputed\n\n"
        "The roof collapse at the Saints' practice dome on Monday killed 18 people, the city's "
        "fire chief said.\n"
    ),
}


# A frigate's boarding of two pirate boats, told with two counts of the rifles seized,
# and the running total of its patrol; a storm's toll told once as it stands "so far".
RIFLES = {
    "a.txt": (
        "Navy foils pirate attack in Gulf of Aden\n\nMarch 3, 2032\n\n"
        "Marines from the frigate Tarn boarded two pirate boats in the Gulf of Aden on "
        "Saturday and seized nine rifles, the navy said. The storm that hit the port on "
        "Friday killed seven people.\n"
    ),
    "b.txt": (
        "Frigate Tarn ends its patrol\n\nMarch 4, 2032\n\n"
        "The frigate Tarn boarded two pirate boats in the Gulf of Aden on Saturday. So far, "
        "the ship has confiscated 14 rifles from pirates on its patrol. So far, ten people "
        "have been killed by the storm that hit the port on Friday, officials said.\n"
    ),
    "c.txt": (
        "Pirates disarmed\n\nMarch 3, 2032\n\n"
        "A port official in Djibouti told reporters that 12 rifles were taken off the "
        "pirates when the Tarn's crew caught them on Saturday.\n"
    ),
}


# A suspension told in games, cut by the league in a later sentence: one decision's count.
SUSPENSION = {
    "a.txt": (
        "Lane arrested on DUI charge\n\nReceiver Tom Lane was arrested on suspicion of "
        "drunken driving early on Friday. Ray Hale, then with Denver, was suspended for "
        "the first four games of the 2027 season after a DUI charge. The league later "
        "reduced his suspension to two games.\n"
    ),
    "b.txt": (
        "Lane will play on Sunday\n\nTom Lane will play in Sunday's playoff game despite "
        "his arrest, the team said.\n"
    ),
}

# A quake's news from an undated report beside a report recalling a quake years before in
# another city.
QUAKES = {
    "a.txt": (
        "Several die in south Varos quake\n\nA powerful earthquake has hit southern Varos, "
        "destroying several villages and killing at least three people, according to "
        "reports.\n"
    ),
    "b.txt": (
        "Varos quake survivors sleep in tents\n\nMay 11, 2032\n\nThe island of Varos was hit "
        "almost two years after the city of Delan was destroyed in a quake that killed "
        "tens of thousands of people. In June 2030, Delan was razed by a quake that left "
        "more than 31,000 people dead.\n"
    ),
}


@pytest.fixture(scope="module")
def seasons(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return analysed(tmp_path_factory.mktemp("seasons") / "pile", SEASONS)


@pytest.fixture(scope="module")
def rifles(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return analysed(tmp_path_factory.mktemp("rifles") / "pile", RIFLES)


@pytest.fixture(scope="module")
def suspension(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return analysed(tmp_path_factory.mktemp("suspension") / "pile", SUSPENSION)


@pytest.fixture(scope="module")
def quakes(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return analysed(tmp_path_factory.mktemp("quakes") / "pile", QUAKES)


def test_two_players_games_and_touchdowns_are_never_a_conflict(seasons: Report) -> None:
    # Games each player played or missed are still told apart by the verdicts.
    assert measure_home(seasons, "10 games", "a.txt").verdict != "conflict"
    assert measure_home(seasons, "six games", "b.txt").verdict != "conflict"
    # "TDs" are touchdowns: each player's own.
    assert measure_home(seasons, "four TDs", "a.txt").verdict != "conflict"
    assert measure_home(seasons, "five rushing TDs", "b.txt").verdict != "conflict"


def test_one_toll_told_differently_stays_a_conflict(seasons: Report) -> None:
    toll = measure_home(seasons, "12 people", "a.txt")
    assert measure_home(seasons, "18 people", "c.txt").id == toll.id
    assert toll.verdict == "conflict"


def test_a_running_total_so_far_is_never_one_acts_count(rifles: Report) -> None:
    seized = measure_home(rifles, "nine rifles", "a.txt")
    # "So far, the ship has confiscated 14 rifles": its patrol's tally, not the boarding's.
    assert measure_home(rifles, "14 rifles", "b.txt").id != seized.id
    # Two counts of the one boarding's rifles still disagree.
    assert measure_home(rifles, "12 rifles", "c.txt").id == seized.id
    assert seized.verdict == "conflict"


def test_a_toll_told_so_far_is_still_the_toll_as_it_rises(rifles: Report) -> None:
    toll = measure_home(rifles, "seven people", "a.txt")
    assert measure_home(rifles, "ten people", "b.txt").id == toll.id
    assert toll.verdict == "update"


def test_games_of_a_suspension_cut_later_are_an_update(suspension: Report) -> None:
    banned = measure_home(suspension, "four games", "a.txt")
    assert measure_home(suspension, "two games", "a.txt").id == banned.id
    assert banned.verdict == "update"


def test_an_earlier_event_a_report_recalls_is_never_the_news_of_another_place(
    quakes: Report,
) -> None:
    recalled = measure_home(quakes, "more than 31,000 people", "b.txt")
    # "killing at least three people" on the island: the news, not the city's old toll.
    assert measure_home(quakes, "at least three people", "a.txt").id != recalled.id
    # The recalled quake's tolls, one dated and one not, stay one.
    assert measure_home(quakes, "tens of thousands of people", "b.txt").id == recalled.id


def _rejections(obj: str) -> str:
    """The verdict on a legislature rejecting ``obj`` in one report and a governor
    rejecting the rule changes in another."""
    a = doc("a", f"The legislature has rejected {obj} in the past.", "Post")
    b = doc("b", "The governor rejected the rule changes.", "Times")
    claims = [
        assertion_claim(
            a,
            f"The legislature has rejected {obj}",
            subject="The legislature",
            predicate="reject",
            obj=obj,
        ),
        assertion_claim(
            b,
            "The governor rejected the rule changes",
            subject="The governor",
            predicate="reject",
            obj="the rule changes",
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    return group.verdict


def test_acts_on_similar_things_are_not_one_act_with_two_agents() -> None:
    # "Similar changes" rejected in the past are other changes: no "who did it" dispute.
    assert _rejections("similar changes to the rules") != "conflict"
    # One act on one thing, two agents named: still a conflict.
    assert _rejections("the rule changes") == "conflict"


# An obituary told by two outlets: each recalls the dead man's prison term, one with the
# year it was imposed, each setting it where its own sentence is set.
OBITUARY = {
    "a.txt": (
        "Crime boss Carl Vesk dies in prison at 77\n\nMarch 4, 2031\n\n"
        "DALTON, Ore. (AP) - Carl Vesk, the crime boss who was serving a 12-year sentence "
        "imposed in 2019 after he was convicted of racketeering, died Monday at the federal "
        "prison hospital in Dalton, officials said. He was 77.\n"
    ),
    "b.txt": (
        "Carl Vesk, crime boss, dies at 77\n\nMarch 4, 2031\n\n"
        "BROOKFIELD - Carl Vesk, who ran the Harbor crew in Brookfield, died on Monday. Vesk "
        "was serving a 12-year sentence for racketeering, prison officials said.\n"
    ),
}


def test_a_prison_term_recalled_with_its_year_is_the_term_told_without_it(
    tmp_path: Path,
) -> None:
    report = analysed(tmp_path / "pile", OBITUARY)
    recalled = measure_home(report, "12-year sentence imposed in 2019", "a.txt")
    # The term is the dead man's case, wherever each report sets it: one term, no news of
    # another place.
    assert measure_home(report, "12-year sentence", "b.txt").id == recalled.id
    assert recalled.verdict == "agree"
