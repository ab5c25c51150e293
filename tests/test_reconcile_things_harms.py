"""What befalls the people a sentence names beside a count of made things is not the things'.

Invented sentences; the topic of each figure as the reconcile stage reads it.
"""

from __future__ import annotations

import pytest

from test_reconcile_helpers import doc, figure_claim
from triangulate.reconcile.topics import _head, topic_of


@pytest.mark.parametrize(
    ("text", "phrase", "counted", "harmed", "harm"),
    [
        (
            "The navy sank two pirate skiffs and killed four pirates near Kelvara.",
            "two pirate skiffs",
            "pirate skiffs",
            "four pirates",
            "killed",
        ),
        (
            "Marines rescued 12 hostages from three pirate boats near Orvel.",
            "three pirate boats",
            "pirate boats",
            "12 hostages",
            "rescued",
        ),
    ],
)
def test_a_harm_told_beside_a_count_of_boats_befalls_people_not_the_boats(
    text: str, phrase: str, counted: str, harmed: str, harm: str
) -> None:
    d = doc("a", text, "Coast Post")
    boats = figure_claim(
        d, phrase, low=3, high=3, measure=counted.split()[-1], counted=counted, qualifiers=()
    )
    people = figure_claim(
        d,
        harmed,
        low=4,
        high=4,
        measure=f"{harmed.split()[-1]} {harm}",
        counted=harmed.split()[-1],
        qualifiers=(),
    )
    assert topic_of(boats, d, {}).state != harm
    assert topic_of(people, d, {}).state == harm


@pytest.mark.parametrize(
    ("text", "phrase", "counted", "qualifiers"),
    [
        (
            "Two police cars set alight by protesters burned in Orvel.",
            "Two police cars set alight by protesters",
            "police cars",
            ("set", "by protesters", "burned"),
        ),
        (
            "Rioters torched three protest police cars in Orvel.",
            "three protest police cars",
            "protest police cars",
            ("torched",),
        ),
        (
            "Marchers in Kelvara set fire to two trucks, Brandt said.",
            "two trucks",
            "trucks",
            (),
        ),
    ],
)
def test_made_things_never_take_the_protesting_of_people_beside_them(
    text: str, phrase: str, counted: str, qualifiers: tuple[str, ...]
) -> None:
    d = doc("a", text, "Coast Post")
    things = figure_claim(
        d, phrase, low=2, high=2, measure=f"{counted.split()[-1]} in Orvel", counted=counted,
        qualifiers=qualifiers,
    )  # fmt: skip
    topic = topic_of(things, d, {})
    assert topic.state != "protesting"
    assert topic.population not in {"people", "civilians"}


def test_a_plural_in_es_of_a_noun_ending_in_s_has_the_singular_s_head() -> None:
    assert _head("two buses") == _head("a bus") == "bus"
    assert _head("campuses") == _head("campus")
    # A noun whose singular ends in "e" keeps it: "houses" are houses, "causes" causes.
    assert (_head("houses"), _head("causes")) == ("house", "cause")


def test_people_a_relative_clause_on_a_thing_names_are_not_those_counted() -> None:
    d = doc(
        "a",
        "No-one was injured in the fire, which is being treated by police as suspicious.",
        "Coast Post",
    )
    claim = figure_claim(
        d, "No-one", low=0, high=0, measure="people wounded by fire in Orvel", counted=None,
        qualifiers=("injured", "in the fire, which is being treated by police as suspicious"),
    )  # fmt: skip
    assert topic_of(claim, d, {}).population == "civilians"
