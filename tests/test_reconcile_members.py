"""Members of a set narrowed by words before their noun ("three remaining candidates",
"five viable Republican candidates") are one set only when narrowed by the same words in
sentences naming the same race, place, holder or date: counts of two races' remaining
candidates are two sets, while two reports of one race's remaining field still dispute, and
a toll is never read so."""

from __future__ import annotations

import pytest

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.model import Claim, Document
from triangulate.reconcile import reconcile
from triangulate.reconcile.intervals import Interval
from triangulate.reconcile.sets import named_members, narrowing


def _verdicts(documents: list[Document], claims: list[Claim]) -> list[str]:
    return sorted(g.verdict for g in reconcile(documents, [TORVALD], claims).groups)


def _count(
    document: Document, phrase: str, value: float, noun: str, said: tuple[str, ...]
) -> Claim:
    return figure_claim(
        document, phrase, low=value, high=value, measure=noun, counted=noun, qualifiers=said
    )


def test_remaining_candidates_of_two_races_are_two_sets() -> None:
    a = doc("a", "Berg is his last choice among the three remaining candidates.", "Coast Post")
    b = doc(
        "b",
        "The four remaining candidates have until Friday to enter the governor's race.",
        "Valley News",
    )
    claims = [
        _count(a, "three remaining candidates", 3, "candidates", ("remaining",)),
        _count(b, "four remaining candidates", 4, "candidates", ("remaining",)),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_candidates_narrowed_by_different_words_are_two_sets() -> None:
    a = doc("a", "With five viable Republican candidates, Moss faces a long race.", "Coast Post")
    b = doc("b", "Many of the 13 major Republican candidates will fall away.", "Valley News")
    claims = [
        _count(a, "five viable Republican candidates", 5, "candidates", ("viable", "Republican")),
        _count(b, "13 major Republican candidates", 13, "candidates", ("major", "Republican")),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_remaining_candidates_of_one_race_still_dispute() -> None:
    a = doc("a", "Moss leads the three remaining candidates in the Torvald primary.", "Coast")
    b = doc("b", "Moss leads the four remaining candidates in the Torvald primary.", "Valley")
    claims = [
        _count(a, "three remaining candidates", 3, "candidates", ("remaining",)),
        _count(b, "four remaining candidates", 4, "candidates", ("remaining",)),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_a_toll_narrowed_before_its_noun_still_disputes() -> None:
    a = doc("a", "The attack in Torvald killed 12 people on Monday.", "Coast Post")
    b = doc("b", "Police said 18 people died in the Torvald attack.", "Valley News")
    claims = [
        _count(a, "12 people", 12, "people", ("killed",)),
        _count(b, "18 people", 18, "people", ("died",)),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_narrowing_reads_only_the_words_before_a_members_noun() -> None:
    a = doc(
        "a",
        "The four remaining candidates have until Friday. Two ships sank in 20 different states.",
        "Coast",
    )
    remaining = _count(a, "four remaining candidates", 4, "candidates", ("remaining", "have"))
    ships = _count(a, "Two ships", 2, "ships", ("sank",))
    many = _count(a, "20 different states", 20, "states", ("different",))
    assert narrowing(remaining) == frozenset({"remaining"})
    assert narrowing(ships) is None  # not the members of a standing collection
    assert narrowing(many) is None  # "different" stresses many, narrows nothing


_NAMED = (
    "Also campaigning in Kelvara are two longer-shot candidates, Sen. Ada Tallis (Orvel) "
    "and former governor Tomas Varga."
)


@pytest.mark.parametrize(
    ("other", "phrase", "value", "said"),
    [
        (
            "Many of the 13 major Republican candidates will fall away.",
            "13 major Republican candidates",
            13,
            ("major", "Republican"),
        ),
        (
            "The four remaining candidates met in Dalby on Thursday.",
            "four remaining candidates",
            4,
            ("remaining",),
        ),
    ],
)
def test_a_count_naming_its_members_is_that_set(
    other: str, phrase: str, value: float, said: tuple[str, ...]
) -> None:
    a = doc("a", _NAMED, "Coast Post")
    b = doc("b", other, "Valley News")
    claims = [
        _count(a, "two longer-shot candidates", 2, "candidates", ()),
        _count(b, phrase, value, "candidates", said),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_named_members_must_be_as_many_as_the_count() -> None:
    a = doc("a", _NAMED, "Coast")
    b = doc("b", "The field has 13 major candidates, including Tallis and Varga.", "Valley")
    two = _count(a, "two longer-shot candidates", 2, "candidates", ())
    field = _count(b, "13 major candidates", 13, "candidates", ("major",))
    assert named_members(two, Interval(2, 2), {"a": a}) == frozenset({"tallis", "varga"})
    assert named_members(field, Interval(13, 13), {"b": b}) is None


def _distance(document: Document, phrase: str, value: float) -> Claim:
    return figure_claim(
        document,
        phrase,
        low=value,
        high=value,
        measure="length in Torvald",
        counted=None,
        qualifiers=(),
        kind="length",
        unit="mi",
    )


def test_distances_of_two_places_from_one_city_are_two_distances() -> None:
    a = doc("a", "The quake hit Marren, a town 602 miles southeast of Torvald.", "Coast Post")
    b = doc("b", "Osk, located 700 miles southeast of Torvald, has a busy port.", "Valley News")
    claims = [_distance(a, "602 miles", 602), _distance(b, "700 miles", 700)]
    assert "conflict" not in _verdicts([a, b], claims)


def test_distances_of_one_place_from_one_city_still_dispute() -> None:
    a = doc("a", "The quake hit Marren, a town 602 miles southeast of Torvald.", "Coast Post")
    b = doc("b", "The quake hit Marren, 700 miles southeast of Torvald.", "Valley News")
    claims = [_distance(a, "602 miles", 602), _distance(b, "700 miles", 700)]
    assert "conflict" in _verdicts([a, b], claims)


def _games(document: Document, phrase: str, value: float) -> Claim:
    return _count(document, phrase, value, "games", ())


def test_games_two_players_missed_are_two_counts() -> None:
    a = doc("a", "Berg hurt his knee in October. He had surgery and missed four games.", "Coast")
    b = doc("b", "Moss missed nine games this season with an ankle injury.", "Valley News")
    claims = [_games(a, "four games", 4), _games(b, "nine games", 9)]
    assert "conflict" not in _verdicts([a, b], claims)


def test_games_one_player_played_and_missed_are_two_counts() -> None:
    a = doc("a", "It was a poor year for Berg. The back played in just 10 games.", "Coast Post")
    b = doc("b", "Berg was hurt in October. He then missed three games.", "Valley News")
    claims = [_games(a, "10 games", 10), _games(b, "three games", 3)]
    assert "conflict" not in _verdicts([a, b], claims)


def test_games_one_player_missed_still_dispute() -> None:
    a = doc("a", "Berg missed four games after knee surgery.", "Coast Post")
    b = doc("b", "Berg missed six games after knee surgery.", "Valley News")
    claims = [_games(a, "four games", 4), _games(b, "six games", 6)]
    assert "conflict" in _verdicts([a, b], claims)
