"""Counts that look alike and are not one quantity: a count narrowed to the things of one
kind of place ("overseas booths") beside the count of them all, charges told at different
stages of a case ("charged with", "found guilty of"), and a prison term added to another
("another three-year sentence"). Invented reports and figures."""

from __future__ import annotations

import pytest

from test_reconcile_helpers import analysed, doc, figure_claim, measure_home
from triangulate.model import Claim, Report
from triangulate.reconcile.groups import measures
from triangulate.reconcile.topics import _charge_stage, topic_of

CASE = {
    "a.txt": (
        "Kelvara man charged\n\n"
        "Tomas Brandt was charged with two counts of murder and one count of arson, "
        "prosecutors in Kelvara said.\n"
    ),
    "b.txt": (
        "Brandt pleads\n\n"
        "Tomas Brandt pleaded not guilty to two counts of murder in a Kelvara court.\n"
    ),
    "c.txt": (
        "Brandt verdict\n\nA Kelvara judge found Tomas Brandt guilty of two counts of murder.\n"
    ),
}


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return analysed(tmp_path_factory.mktemp("case") / "pile", CASE)


def _booths(phrase: str, low: float, high: float | None, *qualifiers: str) -> Claim:
    document = doc(f"d{len(phrase)}{low}", f"Voters used {phrase} in Orvel.", None)
    return figure_claim(
        document,
        phrase,
        low=low,
        high=high,
        hedge="exact" if high == low else "at_least",
        measure=" ".join((*qualifiers, "booths")),
        counted="booths",
        qualifiers=qualifiers,
    )


def _measures(*claims: Claim) -> list[int]:
    topics = {c.id: topic_of(c, None, {}) for c in claims}
    return sorted(len(m) for m in measures(list(claims), topics))


def test_booths_abroad_are_no_count_of_all_booths() -> None:
    every = _booths("more than 2,000 booths", 2000, None)
    abroad = _booths("27 overseas booths", 27, 27, "overseas")
    assert _measures(every, abroad) == [1, 1]


def test_counts_of_booths_abroad_are_one_count_when_they_agree() -> None:
    abroad = _booths("27 overseas booths", 27, 27, "overseas")
    again = _booths("the 27 overseas booths", 27, 27, "overseas")
    bare = _booths("27 booths", 27, 27)
    assert _measures(abroad, again, bare) == [3]


def test_charges_laid_and_the_verdict_on_them_are_two_facts(case: Report) -> None:
    laid = measure_home(case, "two counts of murder", "a.txt")
    assert laid is not measure_home(case, "two counts of murder", "c.txt")


def test_a_plea_of_not_guilty_answers_the_charges_laid(case: Report) -> None:
    laid = measure_home(case, "two counts of murder", "a.txt")
    assert laid is measure_home(case, "two counts of murder", "b.txt")


@pytest.mark.parametrize(
    ("before", "stage"),
    [
        ("He was charged with ", "charged"),
        ("was arraigned Tuesday on ", "charged"),
        ("she now faces ", "charged"),
        ("he pleaded not guilty to ", "charged"),
        ("he pleaded guilty to ", "convicted"),
        ("a jury found him guilty of two counts of murder and ", "convicted"),
        ("he was charged and convicted of ", "convicted"),
        ("he was found not guilty of ", "acquitted"),
        ("she was acquitted on all ", "acquitted"),
        ("he could face life in prison if convicted on all ", "charged"),
        ("unless she is found guilty of ", "charged"),
        ("the prosecutor said ", None),
    ],
)
def test_the_stage_of_a_count_of_charges_is_read_from_its_verb(
    before: str, stage: str | None
) -> None:
    assert _charge_stage(before) == stage


def test_another_prison_term_is_added_to_the_first_not_one_with_it() -> None:
    told = doc(
        "terms",
        "Varga was sentenced to 12 years in prison. That brought him another three-year sentence.",
        None,
    )
    first = figure_claim(
        told,
        "12 years",
        low=12,
        high=12,
        measure="prison term",
        counted=None,
        qualifiers=("sentenced",),
        kind="duration",
        unit="year",
    )
    added = figure_claim(
        told,
        "three-year sentence",
        low=3,
        high=3,
        measure="duration of sentence",
        counted="year sentence",
        qualifiers=("brought",),
        kind="duration",
        unit="year",
    )
    topics = {c.id: topic_of(c, told, {}) for c in (first, added)}
    assert topics[added.id].extra
    assert sorted(len(m) for m in measures([first, added], topics)) == [1, 1]
