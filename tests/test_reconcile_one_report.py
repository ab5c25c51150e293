"""What is not one thing in dispute: a report does not dispute itself (two values only one
report gives are two quantities unless it sets two quoted sources at odds); two sets
reports picked out by their size are two sets; shares among different groups asked are two
shares; agents of one kind of act done to two things are not rival agents of one act."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, assertion_claim, doc, figure_claim, share
from triangulate.model import Claim, Document
from triangulate.reconcile import reconcile


def _verdicts(documents: list[Document], claims: list[Claim]) -> list[str]:
    return sorted(g.verdict for g in reconcile(documents, [TORVALD], claims).groups)


def test_one_report_its_own_count_and_a_source_count_are_two_quantities() -> None:
    # A city's toll in the report's voice, a district's from the police, paragraphs apart:
    # the "however" contrasts two places, not two tellings of one count.
    text = (
        "The storm killed 159 people in Torvald, the worst toll in a decade. "
        "Rescuers worked through the night and into the next day. "
        "The harbour district, however, lost two people, police said."
    )
    a = doc("a", text, "Coast Post")
    claims = [
        figure_claim(a, "159 people", low=159, high=159),
        figure_claim(a, "two people", low=2, high=2, speaker="police"),
    ]
    assert "conflict" not in _verdicts([a], claims)


def test_one_report_two_sources_that_set_no_value_against_another_count_two_things() -> None:
    # A count so far and a projection: the first sentence tells of a change ("has now
    # reached"), so the report is no plain list of facts, yet nobody disputes a number.
    text = (
        "An aide said the mayor has now reached 1,237 votes in Torvald. "
        "The count resumed on Monday. "
        "A councillor said a scenario drawn up at the meeting gives the mayor 1,265 votes."
    )
    a = doc("a", text, "Coast Post")
    kw = dict(measure="votes in Torvald", counted="votes", qualifiers=())
    claims = [
        figure_claim(a, "1,237 votes", low=1237, high=1237, speaker="An aide", **kw),  # type: ignore[arg-type]
        figure_claim(a, "1,265 votes", low=1265, high=1265, speaker="A councillor", **kw),  # type: ignore[arg-type]
    ]
    assert "conflict" not in _verdicts([a], claims)


def test_one_report_two_named_sources_in_one_sentence_still_dispute() -> None:
    text = "Police said 12 people were killed in Torvald; medics said 30 people died."
    a = doc("a", text, "Coast Post")
    claims = [
        figure_claim(a, "12 people", low=12, high=12, speaker="Police"),
        figure_claim(a, "30 people", low=30, high=30, speaker="medics"),
    ]
    assert "conflict" in _verdicts([a], claims)


def test_one_report_a_source_set_against_another_sentences_apart_still_disputes() -> None:
    text = (
        "Police said 12 people were killed in Torvald. "
        "But medics at the hospital said 30 people were killed there."
    )
    a = doc("a", text, "Coast Post")
    claims = [
        figure_claim(a, "12 people", low=12, high=12, speaker="Police"),
        figure_claim(a, "30 people", low=30, high=30, speaker="Medics"),
    ]
    assert "conflict" in _verdicts([a], claims)


def test_one_report_a_source_that_puts_the_figure_elsewhere_still_disputes() -> None:
    text = (
        "State television said 12 people were killed in Torvald. "
        "The quake struck at dusk. "
        "The regional governor put the number of people killed at 30."
    )
    a = doc("a", text, "Coast Post")
    claims = [
        figure_claim(a, "12 people", low=12, high=12, speaker="State television"),
        figure_claim(a, "30", low=30, high=30, speaker="The regional governor"),
    ]
    assert "conflict" in _verdicts([a], claims)


def test_one_report_rule_leaves_values_of_two_reports_in_dispute() -> None:
    a = doc("a", "The storm killed 159 people in Torvald.", "Coast Post")
    b = doc("b", "The storm killed 20 people in Torvald, police said.", "Valley News")
    claims = [
        figure_claim(a, "159 people", low=159, high=159),
        figure_claim(b, "20 people", low=20, high=20, speaker="police"),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def _counts(document: Document, phrase: str, value: float, noun: str) -> Claim:
    return figure_claim(
        document,
        phrase,
        low=value,
        high=value,
        measure=f"{noun} in Torvald",
        counted=noun,
        qualifiers=(),
    )


def test_two_sets_each_report_picked_out_by_size_are_two_sets() -> None:
    a = doc("a", "Berg, Lind and Moss spoke in Torvald. The three candidates took fees.", "Coast")
    b = doc("b", "Many of the 13 major candidates in Torvald will fall by the wayside.", "Valley")
    claims = [
        _counts(a, "three candidates", 3, "candidates"),
        _counts(b, "13 major candidates", 13, "candidates"),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_a_set_picked_out_by_size_against_a_plain_count_may_still_dispute() -> None:
    a = doc("a", "The five boats approached the ships off Torvald at dawn.", "Coast Post")
    b = doc("b", "Three boats approached the ships off Torvald at dawn.", "Valley News")
    claims = [
        _counts(a, "five boats", 5, "boats"),
        _counts(b, "Three boats", 3, "boats"),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_a_toll_is_a_tally_whatever_its_determiner() -> None:
    a = doc("a", "The 12 people killed in Torvald were buried on Monday.", "Coast Post")
    b = doc("b", "The 14 people killed in Torvald were buried on Monday.", "Valley News")
    claims = [
        figure_claim(a, "12 people killed", low=12, high=12),
        figure_claim(b, "14 people killed", low=14, high=14),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_shares_among_different_groups_asked_are_two_quantities() -> None:
    a = doc("a", "In Torvald, a poll found the mayor won 68 percent among women.", "Coast")
    b = doc("b", "The mayor leads among men in Torvald, 49 percent to 41 percent.", "Valley")
    claims = [share(a, "68 percent", 68), share(b, "49 percent", 49)]
    assert "conflict" not in _verdicts([a, b], claims)


def test_a_share_among_one_group_is_not_a_share_of_all_asked() -> None:
    a = doc("a", "A poll showed the mayor with 0 percent among farm voters in Torvald.", "Coast")
    b = doc("b", "The mayor won 38 percent in Torvald, the poll found.", "Valley")
    claims = [share(a, "0 percent", 0), share(b, "38 percent", 38)]
    assert "conflict" not in _verdicts([a, b], claims)


def test_shares_among_one_group_named_two_ways_still_dispute() -> None:
    a = doc("a", "The mayor won 52 percent among women in Torvald, a poll found.", "Coast")
    b = doc("b", "Among women voters in Torvald, the mayor won 38 percent.", "Valley")
    claims = [share(a, "52 percent", 52), share(b, "38 percent", 38)]
    assert "conflict" in _verdicts([a, b], claims)


def _rejects(document: Document, phrase: str, subject: str, obj: str | None) -> Claim:
    return assertion_claim(document, phrase, subject=subject, predicate="reject", obj=obj)


def test_two_vetoes_of_a_bill_each_are_two_acts_not_rival_agents() -> None:
    a = doc("a", "The northern governor vetoed a bill on Tuesday.", "Coast Post")
    b = doc("b", "Senator Lind had opposed a bill in 2009.", "Valley News")
    claims = [
        _rejects(a, "The northern governor vetoed a bill", "The northern governor", "a bill"),
        _rejects(b, "Senator Lind had opposed a bill", "Senator Lind", "a bill"),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_rejecting_things_of_different_head_nouns_is_two_acts() -> None:
    a = doc("a", "Voters reject establishment candidates, the strategist said.", "Coast Post")
    b = doc("b", "Berg rejected the notion that he was an establishment candidate.", "Valley")
    claims = [
        _rejects(a, "Voters reject establishment candidates", "Voters", "establishment candidates"),
        _rejects(
            b,
            "Berg rejected the notion that he was an establishment candidate",
            "Berg",
            "the notion that he was an establishment candidate",
        ),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_rival_agents_of_rejecting_one_treaty_named_two_ways_still_conflict() -> None:
    a = doc("a", "The northern ministry rejected the treaty on Monday.", "Coast Post")
    b = doc("b", "The harbour guild refused to sign the deal.", "Valley News")
    claims = [
        _rejects(
            a, "The northern ministry rejected the treaty", "The northern ministry", "the treaty"
        ),
        _rejects(b, "The harbour guild refused to sign the deal", "The harbour guild", "the deal"),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_two_lists_of_things_are_two_lists() -> None:
    a = doc("a", "Here are our five things to watch in the Torvald debate.", "Coast Post")
    b = doc("b", "Protesters in Torvald care about two things: pay and unions.", "Valley News")
    claims = [
        _counts(a, "five things to watch", 5, "things"),
        _counts(b, "two things", 2, "things"),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_a_list_against_a_count_of_a_kind_is_not_read_as_two_lists() -> None:
    a = doc("a", "Five things were stolen from the Torvald museum.", "Coast Post")
    b = doc("b", "Thieves took two paintings from the Torvald museum.", "Valley News")
    claims = [
        _counts(a, "Five things", 5, "things"),
        _counts(b, "two paintings", 2, "things"),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def _agrees(document: Document, phrase: str, obj: str | None, *, negated: bool) -> Claim:
    return assertion_claim(
        document,
        phrase,
        subject="Berg",
        predicate="agree",
        obj=obj,
        polarity="negated" if negated else "affirmed",
    )


def test_opposite_statements_naming_nothing_done_to_may_be_two_acts() -> None:
    a = doc("a", "Berg endorsed on Monday, the Torvald paper said.", "Coast Post")
    b = doc("b", "Berg, who hadn't endorsed in the last race, spoke in Torvald.", "Valley")
    claims = [
        _agrees(a, "Berg endorsed", None, negated=False),
        _agrees(b, "Berg, who hadn't endorsed", None, negated=True),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_opposite_statements_of_one_actor_on_one_named_thing_still_conflict() -> None:
    a = doc("a", "Berg endorsed the Torvald plan on Monday.", "Coast Post")
    b = doc("b", "Berg has not endorsed the Torvald plan.", "Valley News")
    claims = [
        _agrees(a, "Berg endorsed the Torvald plan", "the Torvald plan", negated=False),
        _agrees(b, "Berg has not endorsed the Torvald plan", "the Torvald plan", negated=True),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_a_sum_of_several_holders_is_not_one_holders_share() -> None:
    a = doc("a", "Berg, Lind and Moss took a combined 61 percent in Torvald.", "Coast Post")
    b = doc("b", "In Torvald, Stahl collected just 7 percent.", "Valley News")
    c = doc("c", "Two former winners won just 3 percent between them in Torvald.", "Hill")
    claims = [share(a, "61 percent", 61), share(b, "7 percent", 7), share(c, "3 percent", 3)]
    assert "conflict" not in _verdicts([a, b, c], claims)


def test_shares_no_report_tells_as_sums_still_dispute() -> None:
    a = doc("a", "In Torvald, Stahl collected 17 percent, the count showed.", "Coast Post")
    b = doc("b", "In Torvald, Stahl collected just 7 percent.", "Valley News")
    claims = [share(a, "17 percent", 17), share(b, "7 percent", 7)]
    assert "conflict" in _verdicts([a, b], claims)


def test_a_number_a_treaty_needs_is_not_a_count_of_signatories() -> None:
    a = doc("a", "The pact binds our two countries, the Torvald envoy said.", "Coast Post")
    b = doc("b", "The Torvald pact will not take effect until 55 countries sign it.", "Valley")
    claims = [
        _counts(a, "two countries", 2, "countries"),
        _counts(b, "55 countries", 55, "countries"),
    ]
    assert "conflict" not in _verdicts([a, b], claims)


def test_counts_of_those_needing_help_are_counts_and_still_dispute() -> None:
    a = doc("a", "In Torvald, 20 people needed to be rescued from the roofs.", "Coast Post")
    b = doc("b", "In Torvald, 45 people were rescued from the roofs.", "Valley News")
    kw = dict(measure="people rescued in Torvald", qualifiers=("rescued",))
    claims = [
        figure_claim(a, "20 people", low=20, high=20, **kw),  # type: ignore[arg-type]
        figure_claim(b, "45 people", low=45, high=45, **kw),  # type: ignore[arg-type]
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_a_proposed_rate_is_not_the_rate_that_is() -> None:
    a = doc("a", "Lind has proposed a 17 percent tax rate for Torvald firms.", "Coast Post")
    b = doc("b", "Torvald firms pay a 35 percent tax rate, officials said.", "Valley News")
    claims = [share(a, "17 percent", 17, of="tax"), share(b, "35 percent", 35, of="tax")]
    assert "conflict" not in _verdicts([a, b], claims)


def test_a_count_told_after_a_proposal_in_another_clause_still_disputes() -> None:
    a = doc(
        "a",
        "Torvald proposed the tax in May and since has received 300,000 comments.",
        "Coast Post",
    )
    b = doc("b", "Torvald received 235,000 comments on the tax.", "Valley News")
    claims = [
        _counts(a, "300,000 comments", 300_000, "comments"),
        _counts(b, "235,000 comments", 235_000, "comments"),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_one_report_two_sources_tolls_sentences_apart_still_dispute() -> None:
    # A report relaying two sources' tolls of one event relays a dispute, however far
    # apart it tells them and with no word of contrast.
    text = (
        "The provincial health ministry said 20 people were killed in Torvald. "
        "Rescuers searched collapsed homes through the night. "
        "Hospital officials said 35 people were killed in Torvald."
    )
    a = doc("a", text, "Coast Post")
    claims = [
        figure_claim(a, "20 people", low=20, high=20, speaker="provincial health ministry"),
        figure_claim(a, "35 people", low=35, high=35, speaker="Hospital officials"),
    ]
    assert "conflict" in _verdicts([a], claims)


def test_one_report_two_sources_counts_of_things_sentences_apart_are_two_things() -> None:
    # Not a toll: two sources' counts of things sharing a noun, told apart, stay two things.
    text = (
        "The coroner said seven bullets struck the car in Torvald. "
        "The inquiry resumed on Monday. "
        "Police said the pistol found in Torvald held four bullets."
    )
    a = doc("a", text, "Coast Post")
    kw = dict(measure="bullets in Torvald", counted="bullets", qualifiers=())
    claims = [
        figure_claim(a, "seven bullets", low=7, high=7, speaker="The coroner", **kw),  # type: ignore[arg-type]
        figure_claim(a, "four bullets", low=4, high=4, speaker="Police", **kw),  # type: ignore[arg-type]
    ]
    assert "conflict" not in _verdicts([a], claims)


def test_one_report_police_and_organisers_crowds_sentences_apart_dispute() -> None:
    # The classic crowd dispute: two unnamed sources of different kinds, told apart.
    text = (
        "Police said 10,000 people took part in the march in Torvald. "
        "Shops along the route closed early. "
        "The organisers said 50,000 people took part in the march."
    )
    a = doc("a", text, "Coast Post")
    kw = dict(measure="people marching in Torvald", counted="people", qualifiers=("marching",))
    claims = [
        figure_claim(
            a, "10,000 people", low=10000, high=10000, speaker="Police", anonymous=True, **kw
        ),  # type: ignore[arg-type]
        figure_claim(
            a,
            "50,000 people",
            low=50000,
            high=50000,
            speaker="The organisers",
            anonymous=True,
            **kw,
        ),  # type: ignore[arg-type]
    ]
    assert "conflict" in _verdicts([a], claims)


def test_one_report_two_unnamed_officials_crowds_sentences_apart_are_no_dispute() -> None:
    # Two unnamed officials a reader cannot tell apart are one source: its two values in
    # sentences apart are two things, not a dispute.
    text = (
        "An official said 10,000 people took part in the march in Torvald. "
        "Shops along the route closed early. "
        "Another official said 50,000 people took part in rallies across the province."
    )
    a = doc("a", text, "Coast Post")
    kw = dict(measure="people marching in Torvald", counted="people", qualifiers=("marching",))
    claims = [
        figure_claim(
            a, "10,000 people", low=10000, high=10000, speaker="An official", anonymous=True, **kw
        ),  # type: ignore[arg-type]
        figure_claim(
            a,
            "50,000 people",
            low=50000,
            high=50000,
            speaker="Another official",
            anonymous=True,
            **kw,
        ),  # type: ignore[arg-type]
    ]
    assert "conflict" not in _verdicts([a], claims)
