"""An update only where time explains the values: a market's close revises its move during
trading, a toll told higher in a later report rises, while two sources' different values
for one time stay a conflict; two actors' acts on one thing revise nothing, and a
statement is called the later only when the reports' times say so."""

from __future__ import annotations

from dataclasses import replace

from test_reconcile_helpers import TORVALD, assertion_claim, doc, figure_claim, share
from triangulate.model import Claim, Document, Group, Published, When
from triangulate.reconcile import reconcile


def _groups(documents: list[Document], claims: list[Claim]) -> list[Group]:
    return list(reconcile(documents, [TORVALD], claims).groups)


def _verdicts(documents: list[Document], claims: list[Claim]) -> list[str]:
    return sorted(g.verdict for g in _groups(documents, claims))


def test_the_close_revises_the_fall_during_trading() -> None:
    a = doc("a", "Markets reacted with alarm as Torvald stocks plunged 5.4 percent.", "Coast")
    b = doc("b", "Markets reacted with alarm as Torvald stocks closed down 3.9 percent.", "Valley")
    claims = [share(a, "5.4 percent", 5.4, of="stocks"), share(b, "3.9 percent", 3.9, of="stocks")]
    (group,) = [g for g in _groups([a, b], claims) if len(g.claims) == 2]
    assert group.verdict == "update"
    assert "3.9% at the close" in group.explanation
    assert group.conservative == 3.9


def test_two_closes_of_one_day_still_dispute() -> None:
    a = doc("a", "Torvald stocks closed down 5.4 percent.", "Coast Post")
    b = doc("b", "Torvald stocks closed down 3.9 percent.", "Valley News")
    claims = [share(a, "5.4 percent", 5.4, of="stocks"), share(b, "3.9 percent", 3.9, of="stocks")]
    assert "conflict" in _verdicts([a, b], claims)


def test_a_close_is_no_revision_of_a_later_days_move() -> None:
    a = doc("a", "Torvald stocks closed down 3.9 percent.", "Coast Post", "2026-05-04")
    b = doc("b", "Torvald stocks plunged 5.4 percent.", "Valley News", "2026-05-08")
    claims = [share(a, "3.9 percent", 3.9, of="stocks"), share(b, "5.4 percent", 5.4, of="stocks")]
    assert "update" not in _verdicts([a, b], claims)


def test_a_toll_told_higher_in_a_later_report_is_an_update() -> None:
    a = doc("a", "Police said 12 people were injured in the riot.", "Coast", "2026-05-05")
    b = doc("b", "Police said 18 people had been injured in the riot.", "Valley", "2026-05-06")
    claims = [
        figure_claim(a, "12 people", low=12, high=12, qualifiers=("injured",)),
        figure_claim(b, "18 people", low=18, high=18, qualifiers=("injured",)),
    ]
    assert "update" in _verdicts([a, b], claims)


def test_two_sources_tolls_for_one_hour_still_conflict() -> None:
    a = doc("a", "By 6 pm police said 12 people were injured.", "Coast", "2026-05-05")
    b = doc("b", "By 6 pm the hospital said 19 people were injured.", "Valley", "2026-05-05")
    claims = [
        figure_claim(a, "12 people", low=12, high=12, qualifiers=("injured",), speaker="police"),
        figure_claim(
            b, "19 people", low=19, high=19, qualifiers=("injured",), speaker="the hospital"
        ),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def _signing(
    document: Document, phrase: str, subject: str | None, polarity: str = "affirmed"
) -> Claim:
    claim = assertion_claim(
        document,
        phrase,
        subject=subject,
        predicate="agree",
        obj="Dale Orrin",
        polarity="negated" if polarity == "negated" else "affirmed",
    )
    assert claim.assertion is not None
    return replace(claim, assertion=replace(claim.assertion, modality="expected"))


def test_two_teams_acts_on_one_player_are_no_update() -> None:
    a = doc("a", "The Marlins committed $40 million to sign Dale Orrin.", "Post", "2030-12-01")
    b = doc(
        "b",
        "After failing to sign Dale Orrin, the Pelicans turned to the trade market.",
        "Times",
        "2030-12-09",
    )
    claims = [
        _signing(a, "The Marlins committed $40 million to sign Dale Orrin", "The Marlins"),
        _signing(b, "sign Dale Orrin", None, "negated"),
    ]
    assert "update" not in _verdicts([a, b], claims)


def test_one_teams_signing_then_not_is_an_update_told_in_order() -> None:
    a = doc("a", "The Marlins are close to a deal to sign Dale Orrin.", "Post", "2030-12-01")
    b = doc("b", "The Marlins will not sign Dale Orrin, the owner said.", "Times", "2030-12-09")
    claims = [
        _signing(b, "The Marlins will not sign Dale Orrin", "The Marlins", "negated"),
        _signing(a, "sign Dale Orrin", None),
    ]
    (group,) = _groups([a, b], claims)
    assert group.verdict == "update"
    assert "later" in group.explanation
    # The earlier report's statement is told first, whatever order the claims come in.
    assert group.explanation.index("sign Dale Orrin'") < group.explanation.index("will not")


def test_an_update_of_unknown_order_never_calls_one_report_later() -> None:
    a = doc("a", "The Marlins are close to a deal to sign Dale Orrin.", "Post")
    b = doc("b", "The Marlins will not sign Dale Orrin, the owner said.", "Times")
    claims = [
        _signing(b, "The Marlins will not sign Dale Orrin", "The Marlins", "negated"),
        _signing(a, "sign Dale Orrin", None),
    ]
    (group,) = _groups([a, b], claims)
    assert group.verdict == "update"
    assert "later" not in group.explanation
    assert "neither report's time says which came first" in group.explanation


def _dated(doc_id: str, text: str, outlet: str, day: str) -> Document:
    """A report whose dateline gives its day, or only its month."""
    precision = "day" if len(day) == 10 else "month"
    published = Published(date=day, precision=precision, basis="dateline")
    return replace(doc(doc_id, text, outlet), published=published)


def _injured(document: Document, phrase: str, value: float) -> Claim:
    return figure_claim(document, phrase, low=value, high=value, qualifiers=("injured",))


def test_a_month_is_no_earlier_than_a_day_it_holds() -> None:
    # A report of May may be from after the 14th: its 12 is not known to come first.
    a = _dated("a", "Police said 12 people were injured.", "Coast", "2030-05")
    b = _dated("b", "Police said 18 people were injured.", "Valley", "2030-05-14")
    claims = [_injured(a, "12 people", 12), _injured(b, "18 people", 18)]
    assert "update" not in _verdicts([a, b], claims)


def test_a_source_changing_its_figure_in_one_undated_report_reads_cleanly() -> None:
    a = doc(
        "a",
        "The league banned him for four games. On appeal the ban was later cut to two games.",
        "Coast",
    )
    b = doc("b", "He was banned for two games, the league said.", "Valley")
    claims = [
        figure_claim(a, "four games", low=4, high=4, counted="games", qualifiers=("banned",)),
        figure_claim(a, "two games", low=2, high=2, counted="games", qualifiers=("banned",)),
        figure_claim(b, "two games", low=2, high=2, counted="games", qualifiers=("banned",)),
    ]
    said = " ".join(g.explanation for g in _groups([a, b], claims))
    assert "gave 4 and then 2 in one report, and the later figure supersedes" in said


def _staff(document: Document, phrase: str, value: float) -> Claim:
    return figure_claim(
        document,
        phrase,
        low=value,
        high=value,
        measure="workers employed at the Torvald harbour",
        counted="workers",
        qualifiers=("employed",),
        speaker="Mayor Lind",
    )


def test_a_source_giving_another_figure_on_a_later_day_has_not_revised_it() -> None:
    a = doc("a", "Mayor Lind said the harbour employs 400 workers.", "Coast", "2030-05-01")
    b = doc("b", "Mayor Lind said the harbour employs 550 workers.", "Valley", "2030-05-09")
    claims = [_staff(a, "400 workers", 400), _staff(b, "550 workers", 550)]
    (group,) = _groups([a, b], claims)
    assert group.verdict != "update"
    assert "400" in group.explanation and "550" in group.explanation


def test_a_source_saying_its_figure_rose_has_revised_it() -> None:
    a = doc("a", "Mayor Lind said the harbour employs 400 workers.", "Coast", "2030-05-01")
    b = doc(
        "b", "Mayor Lind said the harbour staff has risen to 550 workers.", "Valley", "2030-05-09"
    )
    claims = [_staff(a, "400 workers", 400), _staff(b, "550 workers", 550)]
    assert "update" in _verdicts([a, b], claims)


def test_a_month_does_not_end_before_a_day_inside_it() -> None:
    a = doc("a", "The families did not leave Torvald in May.", "Post")
    b = doc("b", "The families left Torvald on 14 May.", "Times")
    claims = [
        assertion_claim(
            a,
            "The families did not leave Torvald",
            subject="The families",
            predicate="leave",
            obj="Torvald",
            polarity="negated",
            when=When(start="2030-05", end="2030-05", precision="month"),
        ),
        assertion_claim(
            b,
            "The families left Torvald",
            subject="The families",
            predicate="leave",
            obj="Torvald",
            when=When(start="2030-05-14", end="2030-05-14", precision="day"),
        ),
    ]
    assert "update" not in _verdicts([a, b], claims)
