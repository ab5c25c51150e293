"""A count names its set: counts of a plain noun that each say which things they count,
in words the other does not share, are two sets; counts naming nothing beyond their noun,
and tolls of one event, stay one quantity in dispute."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.model import Claim, Document
from triangulate.reconcile import reconcile
from triangulate.reconcile.kinds import amount_kind
from triangulate.reconcile.sets import named_set


def _verdicts(documents: list[Document], claims: list[Claim]) -> list[str]:
    return sorted(g.verdict for g in reconcile(documents, [TORVALD], claims).groups)


def _count(
    document: Document, phrase: str, value: float, noun: str, said: tuple[str, ...] = ()
) -> Claim:
    return figure_claim(
        document, phrase, low=value, high=value, measure=noun, counted=noun, qualifiers=said
    )


def test_emails_of_two_sets_named_by_their_clauses_are_no_conflict() -> None:
    a = doc("a", "The group released 44 emails that were not handed over before.", "Coast Post")
    b = doc("b", "Nearly 1,600 emails that have now been marked secret were sent.", "Valley News")
    claims = [
        _count(a, "44 emails", 44, "emails", ("handed",)),
        _count(b, "Nearly 1,600 emails", 1600, "emails", ("marked",)),
    ]
    verdicts = _verdicts([a, b], claims)
    assert "conflict" not in verdicts
    assert "scope_differs" in verdicts


def test_pages_of_two_different_things_are_no_conflict() -> None:
    a = doc("a", "The ministry released 37 pages of messages on Friday.", "Coast Post")
    b = doc("b", "The mayor released 55,000 pages of letters written by his staff.", "Valley News")
    claims = [_count(a, "37 pages", 37, "pages"), _count(b, "55,000 pages", 55000, "pages")]
    assert "conflict" not in _verdicts([a, b], claims)


def test_counts_naming_one_set_in_shared_words_still_dispute() -> None:
    a = doc("a", "The agency received 235,000 comments on the Torvald plan.", "Coast Post")
    b = doc("b", "It had 300,000 comments on the plan by May.", "Valley News")
    claims = [
        _count(a, "235,000 comments", 235000, "comments", ("received",)),
        _count(b, "300,000 comments", 300000, "comments", ("had",)),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_a_count_naming_nothing_after_its_noun_still_disputes_a_named_one() -> None:
    a = doc("a", "Two undersea cables were cut off Torvald.", "Coast Post")
    b = doc("b", "Four cables running across the sea were cut off Torvald.", "Valley News")
    claims = [_count(a, "Two undersea cables", 2, "cables"), _count(b, "Four cables", 4, "cables")]
    assert "conflict" in _verdicts([a, b], claims)


def test_tolls_of_one_attack_from_two_wires_stay_a_conflict() -> None:
    a = doc("a", "12 people were killed in the attack that hit the Torvald market.", "Coast Wire")
    b = doc(
        "b", "18 people were killed in the attack which police blamed on a gang.", "Valley Wire"
    )
    claims = [
        _count(a, "12 people", 12, "people", ("killed",)),
        _count(b, "18 people", 18, "people", ("killed",)),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_named_set_reads_the_phrase_after_the_noun() -> None:
    a = doc(
        "a",
        "Aides sent 44 emails that were not included, she said. Two boats came. "
        "Clerks read 55,000 pages of the e-mails provided by Clinton. Ten people were killed "
        "in the attack that shook the city.",
        "Coast",
    )
    docs = {"a": a}
    assert named_set(_count(a, "44 emails", 44, "emails"), docs) == {"included"}
    assert named_set(_count(a, "Two boats", 2, "boats"), docs) is None
    assert named_set(_count(a, "55,000 pages", 55000, "pages"), docs) == {
        "e-mail",
        "provided",
        "by",
        "clinton",
    } - {"by"}
    assert named_set(_count(a, "Ten people", 10, "people", ("killed",)), docs) is None


def test_a_change_up_from_an_older_figure_is_no_duration_in_dispute() -> None:
    a = doc("a", "The phone has seven hours of talk time, up two hours from the old model.", "Post")
    b = doc("b", "The phone had only been on sale for 22 days, Moss said.", "Valley News")
    claims = [
        figure_claim(
            a,
            "two hours",
            low=2,
            high=2,
            measure="duration",
            counted="phone",
            qualifiers=(),
            kind="duration",
            unit="hour",
        ),
        figure_claim(
            b,
            "22 days",
            low=22,
            high=22,
            measure="duration",
            counted="phone",
            qualifiers=(),
            kind="duration",
            unit="day",
        ),
    ]
    assert amount_kind(claims[0], {"a": a}) == "gap"
    assert "conflict" not in _verdicts([a, b], claims)


def test_a_figure_up_with_nothing_it_is_measured_from_is_no_change() -> None:
    a = doc("a", "Turnout was up 60 percent in the north.", "Post")
    claim = figure_claim(
        a,
        "60 percent",
        low=60,
        high=60,
        measure="percent",
        counted=None,
        qualifiers=(),
        kind="percent",
        unit="percent",
    )
    assert amount_kind(claim, {"a": a}) == "amount"


def test_how_often_two_different_things_were_done_is_no_conflict() -> None:
    a = doc("a", "In his speech, Moss named Berg eight times by name.", "Coast Post")
    b = doc("b", "His post on the mill was shared 3,200 times, aides said.", "Valley News")
    claims = [_count(a, "eight times", 8, "times"), _count(b, "3,200 times", 3200, "times")]
    assert "conflict" not in _verdicts([a, b], claims)


def test_how_often_one_thing_was_done_still_disputes() -> None:
    a = doc("a", "Police said the gunman fired 12 times at the crowd.", "Coast Post")
    b = doc("b", "Witnesses said the gunman fired 30 times at the crowd.", "Valley News")
    claims = [_count(a, "12 times", 12, "times"), _count(b, "30 times", 30, "times")]
    assert "conflict" in _verdicts([a, b], claims)


def test_counts_in_sentences_sharing_nothing_but_their_noun_are_two_sets() -> None:
    a = doc("a", "Only three senators publicly endorsed Moss.", "Coast Post")
    b = doc("b", "Two GOP senators who face tough races were the last to attend.", "Valley News")
    claims = [
        _count(a, "three senators", 3, "senators"),
        _count(b, "Two GOP senators", 2, "senators"),
    ]
    assert "conflict" not in _verdicts([a, b], claims)
