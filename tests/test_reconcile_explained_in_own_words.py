"""Explanations and values told as an analyst reads them: a dispute a revision leaves
standing opens with the revision, a dispute names only the readings of the two values it
sets against each other, and bounds and vague counts keep their reports' words."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.model import Figure
from triangulate.reconcile import reconcile
from triangulate.report.claims_text import value_text


def test_a_dispute_a_revision_leaves_standing_opens_with_the_revision() -> None:
    # The Civil Guard said 40, then at least 46; medics say 55 to 70. Neither number the
    # Guard states reaches the medics' count, so the dispute stands, but its 40 is no
    # longer its figure: the explanation tells the revision first, never "gives 40 while".
    first = doc("t1", "The Civil Guard said 40 people were killed in Torvald.", "North Wire",
                "2031-07-01")  # fmt: skip
    later = doc("t2", "The Civil Guard said at least 46 people were killed in Torvald.",
                "North Wire", "2031-07-03")  # fmt: skip
    medics = doc("t3", "Medics said between 55 and 70 people were killed in Torvald.",
                 "South Wire", "2031-07-02")  # fmt: skip
    claims = [
        figure_claim(first, "40 people", low=40, high=40, speaker="Civil Guard"),
        figure_claim(
            later, "at least 46 people", low=46, high=None, hedge="at_least", speaker="Civil Guard"
        ),
        figure_claim(
            medics, "between 55 and 70 people", low=55, high=70, hedge="range", speaker="Medics"
        ),
    ]
    groups = reconcile([first, later, medics], [TORVALD], claims).groups
    (disputed,) = [g for g in groups if g.verdict == "conflict"]
    why = disputed.explanation
    assert why.startswith("Civil Guard revised its figure from 40"), why
    assert "gives 40 while" not in why
    assert "none of the numbers it states (40, 46)" in why, why
    assert "55–70 that Medics give" in why, why
    # The revision is told once, not again as a "meanwhile".
    assert "meanwhile" not in why and why.count("revised") == 1, why


def test_a_dispute_names_only_the_readings_of_the_two_values_it_sets_apart() -> None:
    # Police give 50 and medics 80, both exact; a third outlet's "about 65" holds with
    # neither. The two exact numbers cannot both be true as given: the "about" of the
    # third is no reading of theirs.
    police = doc("p1", "Police said 50 people were hurt in Torvald.", "North Wire", "2031-07-01")
    medics = doc("p2", "Medics said 80 people were hurt in Torvald.", "South Wire", "2031-07-01")
    third = doc("p3", "About 65 people were hurt in Torvald.", "Hill Daily", "2031-07-01")
    kw = {"measure": "people hurt in Torvald", "qualifiers": ("hurt",)}
    claims = [
        figure_claim(police, "50 people", low=50, high=50, speaker="Police", **kw),  # type: ignore[arg-type]
        figure_claim(medics, "80 people", low=80, high=80, speaker="Medics", **kw),  # type: ignore[arg-type]
        figure_claim(third, "About 65 people", low=65, high=65, hedge="about", **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([police, medics, third], [TORVALD], claims).groups
    (disputed,) = [g for g in groups if g.verdict == "conflict"]
    assert "Police give 50 while Medics give 80" in disputed.explanation, disputed.explanation
    assert disputed.explanation.endswith("cannot both be true as given."), disputed.explanation
    assert "'about'" not in disputed.explanation


def test_a_bound_told_in_words_keeps_its_reports_hedge() -> None:
    # "at least two people" beside "two people": the explanation reads 'at least' as a
    # bound, the words the report used, never a 'more than' no report wrote.
    one = doc("b1", "Police said at least two people were killed in Torvald.", "North Wire")
    two = doc("b2", "Two people were killed in Torvald, medics said.", "South Wire")
    claims = [
        figure_claim(one, "at least two people", low=2, high=None, hedge="at_least",
                     speaker="Police"),
        figure_claim(two, "Two people", low=2, high=2, speaker="Medics"),
    ]  # fmt: skip
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert group.verdict == "agree"
    assert group.explanation.endswith("and 'at least' as bounds."), group.explanation
    assert "more than" not in group.explanation
    # and "more than a dozen" is told "more than 12", as written
    many = doc("b3", "More than a dozen people were killed in Torvald.", "Hill Daily")
    (alone,) = reconcile(
        [many],
        [TORVALD],
        [figure_claim(many, "More than a dozen people", low=12, high=None, hedge="at_least")],
    ).groups
    assert alone.explanation.endswith("gives this figure: more than 12."), alone.explanation


def test_tens_of_people_are_told_as_tens() -> None:
    # The figure reader reads "tens" as 20 or more: the explanation says "tens", as the
    # report does, never "an unspecified number of at least 20".
    report = doc("v1", "Tens of people were hurt in Torvald, medics said.", "North Wire")
    claim = figure_claim(
        report,
        "Tens of people",
        low=20,
        high=None,
        hedge="vague",
        measure="people hurt in Torvald",
        qualifiers=("hurt",),
    )
    (group,) = reconcile([report], [TORVALD], [claim]).groups
    assert group.explanation == "Only North Wire gives this figure: tens.", group.explanation
    assert claim.figure is not None
    assert value_text(claim.figure, claim.text) == "tens"


def test_a_bound_in_the_claims_list_keeps_its_reports_words() -> None:
    # "fewer than 10 raids" is no "up to 10": the list shows the report's bound; "about"
    # words stay one reading, so "near 60" and "about 60" are one value in a list.
    def figure(hedge: str, low: float | None, high: float | None) -> Figure:
        return Figure(
            measure="raids", counted="raids", qualifiers=(), low=low, high=high,
            hedge=hedge, unit=None,  # type: ignore[arg-type]
        )  # fmt: skip

    assert value_text(figure("at_most", None, 10), "fewer than 10 raids") == "fewer than 10"
    assert value_text(figure("at_least", 4000, None), "more than 4000 raids") == "more than 4,000"
    assert value_text(figure("at_most", None, 10)) == "up to 10"
    assert value_text(figure("about", 60, 60), "near 60 raids") == "about 60"


def test_an_unnamed_source_is_described_in_small_letters_inside_a_sentence() -> None:
    # "One of the residents said ...": a description its report capitalised only to open a
    # sentence. Inside an explanation it reads "Only one of the residents ...", and the
    # group's source list writes it so too; a name keeps its capitals.
    report = doc("u1", "One of the residents said 30 people were killed in Torvald.", "North Wire")
    claim = figure_claim(
        report, "30 people", low=30, high=30, speaker="One of the residents", anonymous=True
    )
    (group,) = reconcile([report], [TORVALD], [claim]).groups
    assert group.explanation == (
        "Only one of the residents (unnamed, via North Wire) gives this figure: 30."
    ), group.explanation
    assert group.sources == ("one of the residents (unnamed, via North Wire)",)
    named = doc("u2", "Tomas Brandt said 30 people were killed in Torvald.", "North Wire")
    claim = figure_claim(named, "30 people", low=30, high=30, speaker="Tomas Brandt")
    (group,) = reconcile([named], [TORVALD], [claim]).groups
    assert group.explanation == "Only Tomas Brandt gives this figure: 30.", group.explanation
