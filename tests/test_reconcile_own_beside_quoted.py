"""A report's own count beside a count it gives a quoted source: told plainly in other
sentences, the two count different things (a night's damage and the whole toll), and the
other reports' values go with the one they meet; set against each other, they stay one
quantity in dispute. Every report is invented for these tests."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.model import Claim, Document, Group
from triangulate.reconcile import reconcile

_SHOPS = dict(measure="shops in Torvald", counted="shops", qualifiers=())


def _groups(documents: list[Document], claims: list[Claim]) -> list[Group]:
    return list(reconcile(documents, [TORVALD], claims).groups)


def _shops(document: Document, phrase: str, value: float, speaker: str | None = None) -> Claim:
    return figure_claim(document, phrase, low=value, high=value, speaker=speaker, **_SHOPS)  # type: ignore[arg-type]


def _together(groups: list[Group], a: Claim, b: Claim) -> list[str]:
    """The verdicts of the groups holding both claims, look-alike groups aside."""
    return [
        g.verdict
        for g in groups
        if a.id in g.claims and b.id in g.claims and g.verdict != "scope_differs"
    ]


NIGHT = (
    "The town was quiet on Sunday but broken windows bore witness to the riots overnight, "
    "when youths attacked a post office, four shops and a bank in Torvald.\n"
    "A shopkeeper whose store was looted again said she was tired.\n"
    '"We have 300 damaged shops in Torvald and nobody helps us," she said.'
)


def _night_story() -> tuple[list[Document], list[Claim]]:
    a = doc("a", NIGHT, "Coast Post")
    b = doc("b", '"We have 300 damaged shops in Torvald," a shopkeeper said.', "Valley News")
    c = doc("c", "A traders' union said 520 shops in Torvald were damaged.", "Hill Times")
    claims = [
        _shops(a, "four shops", 4),
        _shops(a, "300 damaged shops", 300, speaker="A shopkeeper"),
        _shops(b, "300 damaged shops", 300, speaker="a shopkeeper"),
        _shops(c, "520 shops", 520, speaker="A traders' union"),
    ]
    return [a, b, c], claims


def test_own_count_beside_a_quoted_count_is_another_thing() -> None:
    documents, (four, three_hundred, again, union) = _night_story()
    groups = _groups(documents, [four, three_hundred, again, union])
    assert not _together(groups, four, three_hundred)
    assert not _together(groups, four, union)
    # The source's count stays weighed against the other reports' counts of the whole.
    assert _together(groups, three_hundred, union) == ["conflict"]


def test_own_count_beside_a_quoted_count_says_why_in_the_reports_words() -> None:
    documents, claims = _night_story()
    groups = _groups(documents, claims)
    reasons = [g.explanation for g in groups if g.verdict == "scope_differs"]
    assert any("4 in its own words" in r and "300 as A shopkeeper's" in r for r in reasons)


def test_own_count_set_against_the_quoted_count_stays_in_dispute() -> None:
    # "put the number at": the report sets the source's value against its own.
    text = (
        "Youths damaged 40 shops in Torvald overnight.\n"
        "The town was quiet by noon.\n"
        "The traders' union, however, put the number of damaged shops at 90."
    )
    a = doc("a", text, "Coast Post")
    b = doc("b", "Youths damaged 40 shops in Torvald overnight.", "Valley News")
    forty = _shops(a, "40 shops", 40)
    ninety = _shops(a, "90", 90, speaker="The traders' union")
    again = _shops(b, "40 shops", 40)
    groups = _groups([a, b], [forty, ninety, again])
    assert _together(groups, forty, ninety) == ["conflict"]


def test_own_count_beside_a_close_quoted_count_stays_in_dispute() -> None:
    # Values a few apart are rival tallies of one count, told plainly or not.
    text = (
        "Youths damaged 40 shops in Torvald overnight.\n"
        "The town was quiet by noon.\n"
        '"Fifty shops in Torvald were damaged," a shopkeeper said.'
    )
    a = doc("a", text, "Coast Post")
    b = doc("b", "Youths damaged 40 shops in Torvald overnight.", "Valley News")
    c = doc("c", "The traders' union said 50 shops in Torvald were damaged.", "Hill Times")
    forty = _shops(a, "40 shops", 40)
    fifty = _shops(a, "Fifty shops", 50, speaker="a shopkeeper")
    again = _shops(b, "40 shops", 40)
    union = _shops(c, "50 shops", 50, speaker="The traders' union")
    groups = _groups([a, b, c], [forty, fifty, again, union])
    assert _together(groups, forty, fifty) == ["conflict"]
    assert _together(groups, again, union) == ["conflict"]
