"""A report filed days after an event, sharing little wording with the first reports of
it, joins their story when it names the event by its kind and dates it back to their
day; two events of one kind in one place on different dates stay two stories."""

from __future__ import annotations

import json

from triangulate.cluster import StoryIndex, split_stories
from triangulate.cluster.events import event_weeks
from triangulate.model import Document, Published


def doc(doc_id: str, text: str, date: str | None) -> Document:
    published = (
        Published(date=date, precision="day", basis="metadata") if date else Published.unknown()
    )
    return Document(
        id=doc_id, source=doc_id, title=None, outlet=None, text=text, sha256="", published=published
    )


def groups(docs: list[Document]) -> set[frozenset[str]]:
    return {frozenset(s.docs) for s in split_stories(docs)}


# 1 June 2031 is a Sunday: "Saturday" in these reports is 31 May.
FIRST = doc(
    "first",
    "Three killed in Bronx bar shooting\n\nNEW YORK (AP) - A gunman killed three people at a "
    "bar in the Bronx late on Saturday, police said.",
    "2031-06-01",
)
MANHUNT = doc(
    "manhunt",
    "Manhunt continues\n\nPolice are still searching for the man who shot dead three people "
    "at a New York bar on Saturday night.",
    "2031-06-03",
)
REOPENS = doc(
    "reopens",
    "Bar reopens\n\nThe Blue Moon bar, where a shooting left three dead last weekend, "
    "reopened on Thursday.",
    "2031-06-05",
)


def test_saturday_and_last_weekend_told_days_apart_date_one_week() -> None:
    on_saturday = event_weeks(MANHUNT.text, MANHUNT.published.date)
    last_weekend = event_weeks(REOPENS.text, REOPENS.published.date)
    # The ISO week (Monday to Sunday) and the week from Thursday to Wednesday.
    assert (
        set(on_saturday)
        == set(last_weekend)
        == {
            "e:shooting@2031-W22",
            "e:shooting@2031-W23t",
        }
    )


def test_sunday_and_monday_of_one_quake_share_a_week() -> None:
    sunday = event_weeks("The earthquake struck on Sunday.", "2005-11-27")
    monday = event_weeks("Rescuers searched the rubble of the quake on Monday.", "2005-11-28")
    assert set(sunday) & set(monday)


def test_last_weeks_event_is_the_week_before_the_report() -> None:
    found = event_weeks("Last week's earthquake destroyed the old mosque.", "2031-06-05")
    assert set(found) == {"e:quake@2031-W22", "e:quake@2031-W23t"}


def test_no_event_week_without_a_past_day_a_kind_or_a_publication_day() -> None:
    assert not event_weeks("A rally will follow the shooting next Saturday.", "2031-06-05")
    assert not event_weeks("Police said on Saturday that three people died.", "2031-06-05")
    assert not event_weeks(MANHUNT.text, None)
    assert not event_weeks(MANHUNT.text, "2031-06")


def test_later_reports_of_one_shooting_join_its_story() -> None:
    assert groups([FIRST, MANHUNT, REOPENS]) == {frozenset({"first", "manhunt", "reopens"})}


def test_two_bar_shootings_a_week_apart_stay_two_stories() -> None:
    # 8 June 2031 is the next Sunday: its "Saturday" is 7 June, another week.
    second = doc(
        "second",
        "Two killed in Bronx bar shooting\n\nNEW YORK (Reuters) - Two men were shot dead at the "
        "Lucky Star lounge on Jerome Avenue in the Bronx on Saturday night, the NYPD's Chief "
        "Rita Alvarez said.",
        "2031-06-08",
    )
    later = doc(
        "later",
        "Suspect held\n\nDetectives arrested Marco Ruiz, 24, on Tuesday over the killing of two "
        "men at the Lucky Star lounge on Jerome Avenue last weekend, Chief Rita Alvarez said.",
        "2031-06-11",
    )
    assert groups([FIRST, MANHUNT, REOPENS, second, later]) == {
        frozenset({"first", "manhunt", "reopens"}),
        frozenset({"second", "later"}),
    }


def test_two_quakes_on_one_island_years_apart_stay_two_stories() -> None:
    # Each report dates its quake to a Sunday of its own year: weeks years apart.
    old = [
        doc(f"old-{i}", text, "2005-11-28")
        for i, text in enumerate(
            (
                "BANDAR ABBAS, Iran (Reuters) - An earthquake struck Qeshm island in the Gulf "
                "on Sunday, Nov. 27, 2005, killing 10 people in Zirang village, governor Ali "
                "Rahimi said.",
                "A 5.9 magnitude quake hit Qeshm on Sunday and killed 13 villagers in Zirang, "
                "the worst on the island since 1990, Iranian state television said in "
                "November 2005.",
            )
        )
    ]
    new = [
        doc(f"new-{i}", text, "2008-09-15")
        for i, text in enumerate(
            (
                "TEHRAN (AP) - An earthquake of magnitude 6.1 shook Qeshm island on Sunday, "
                "Sept. 14, 2008, killing 7 people in the port of Dargahan, the Red Crescent "
                "said.",
                "The Sunday quake on Qeshm destroyed 200 homes in Dargahan and killed 9 in "
                "September 2008, three years after the 2005 quake, Red Crescent officials "
                "said.",
            )
        )
    ]
    assert groups(old + new) == {
        frozenset({"old-0", "old-1"}),
        frozenset({"new-0", "new-1"}),
    }


def test_a_stored_index_still_joins_a_later_report_to_its_story() -> None:
    index = StoryIndex()
    index.add([FIRST, MANHUNT])
    stored = StoryIndex.from_state(json.loads(json.dumps(index.to_state())))
    assert stored.add([REOPENS]) == {"reopens": "s-first"}
