"""A figure held by a body described by its kind ("The company sold 4,100 cars") is the
figure of the body the description refers to, so two companies' figures stay apart."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, doc, figure_claim
from test_reconcile_sources_bodies import body
from triangulate.model import Claim, Document, Entity
from triangulate.reconcile import reconcile
from triangulate.reconcile.holders import Names, holder

SOLD = dict(measure="cars sold", counted="cars", qualifiers=("sold",))
DAY = "2031-07-24"


def sold(report: Document, phrase: str, value: int, speaker: str | None = None) -> Claim:
    """A count of cars sold, said by ``speaker`` (else by the outlet)."""
    return figure_claim(report, phrase, low=value, high=value, speaker=speaker, **SOLD)  # type: ignore[arg-type]


def two_companies(sentence: str) -> tuple[list[Document], list[Entity]]:
    """Two reports, each naming its own carmaker and then saying ``sentence`` (with
    "{n}" for the figure: 4,100 cars in one, 5,300 in the other)."""
    a = doc(
        "a",
        "Harlow Motors Corp. posted results on Thursday. " + sentence.format(n="4,100"),
        "Coast Post",
        DAY,
    )
    b = doc(
        "b",
        "Vantor Motors Inc. posted results on Thursday. " + sentence.format(n="5,300"),
        "Valley News",
        DAY,
    )
    harlow = body("e-harlow", "Harlow Motors Corp.", (a, "Harlow Motors Corp."))
    vantor = body("e-vantor", "Vantor Motors Inc.", (b, "Vantor Motors Inc."))
    return [a, b], [harlow, vantor]


def called_against_each_other(sentence: str, speaker: str | None = None) -> list[str]:
    """The verdicts of groups that hold both reports' figures."""
    (a, b), entities = two_companies(sentence)
    claims = [sold(a, "4,100 cars", 4100, speaker), sold(b, "5,300 cars", 5300, speaker)]
    groups = reconcile([a, b], [TORVALD, *entities], claims).groups
    return [g.verdict for g in groups if {c.id for c in claims} <= set(g.claims)]


def test_two_companies_described_as_the_company_are_no_conflict() -> None:
    for sentence, speaker in (
        ("The company sold {n} cars in June.", None),
        ("The carmaker's sales were {n} cars in June.", None),
        ("The company said it sold {n} cars in June.", "company"),
        ("The carmaker said its sales were {n} cars in June.", "carmaker"),
    ):
        verdicts = called_against_each_other(sentence, speaker)
        assert "conflict" not in verdicts, (sentence, verdicts)


def test_the_company_and_its_name_in_another_report_still_disagree() -> None:
    a = doc(
        "a",
        "Harlow Motors Corp. posted results on Thursday. The company sold 4,100 cars in June.",
        "Coast Post",
        DAY,
    )
    b = doc("b", "Harlow Motors Corp. sold 5,300 cars in June, it said.", "Valley News", DAY)
    harlow = body(
        "e-harlow", "Harlow Motors Corp.", (a, "Harlow Motors Corp."), (b, "Harlow Motors Corp.")
    )
    claims = [sold(a, "4,100 cars", 4100), sold(b, "5,300 cars", 5300)]
    groups = reconcile([a, b], [TORVALD, harlow], claims).groups
    assert [g.verdict for g in groups if len(g.claims) == 2] == ["conflict"]


def test_whose_figure_a_described_body_holds() -> None:
    (a, _), entities = two_companies("The company sold {n} cars in June.")
    names = Names.of(entities)
    docs = {a.id: a}
    assert holder(sold(a, "4,100 cars", 4100), docs, names) == "harlow motors corp."
    # Saying a figure is no holding it: "the company said" leaves the holder open.
    said = doc("s", "Harlow Motors Corp. recalled cars. The company said 4,100 were sold.", None)
    said_names = Names.of([body("e-harlow", "Harlow Motors Corp.", (said, "Harlow Motors Corp."))])
    claim = sold(said, "4,100", 4100, "company")
    assert holder(claim, {said.id: said}, said_names) is None


def test_a_description_the_story_leaves_unclear_holds_no_named_figure() -> None:
    (a, b), entities = two_companies("Results came on Thursday.")
    c = doc("c", "Sales slowed. The company sold 4,100 cars in June.", "Hill", DAY)
    docs = {d.id: d for d in (a, b, c)}
    assert holder(sold(c, "4,100 cars", 4100), docs, Names.of(entities)) is None
