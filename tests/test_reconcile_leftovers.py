"""Real disputes and look-alikes of campaign, company and market news, each both ways: the
look-alike stays apart and the real dispute stays a conflict. Sums a campaign raised, a
poll's share that a name-tagger ran into the candidate's name, a market's moves on two
days, a figure of an undated report in a pile that holds two events of one kind, and
candidates named by surname alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed, doc, figure_claim
from triangulate.model import Claim, Document, When
from triangulate.reconcile.holders import holder
from triangulate.reconcile.revisions import move_day
from triangulate.reconcile.sources import Upstreams
from triangulate.reconcile.topics import money_purpose
from triangulate.reconcile.verdicts import split, unasserted


def _pile(*reports: tuple[str, str]) -> dict[str, str]:
    """Reports as (date line, body), each headed by its opening words."""
    return {
        f"r{n}.txt": f"{' '.join(body.split()[:3])}\n\n{head}\n\n{body}\n"
        for n, (head, body) in enumerate(reports)
    }


def _calls(folder: Path, texts: dict[str, str]) -> list[str]:
    return sorted(g.verdict for g in analysed(folder, texts).groups)


# --- Sums raised: one campaign's haul in one period is one sum; two reports' figures for it
# dispute, while another period's or another candidate's sum stays apart.
@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Moss raised $15 million in May, according to a filing on Monday.", "conflict"),
        ("Moss raised $15 million in June, according to a filing on Monday.", "apart"),
        ("Governor Tom Berg raised $15 million in May, according to a filing on Monday.", "apart"),
    ],
)
def test_a_sum_raised_by_one_campaign_in_one_month_is_one_sum(
    tmp_path: Path, second: str, expected: str
) -> None:
    texts = _pile(
        ("July 2, 2032", "Senator Ann Moss raised $12 million in May, her campaign said."),
        ("July 2, 2032", second),
    )
    calls = _calls(tmp_path / "pile", texts)
    assert ("conflict" in calls) is (expected == "conflict")


# --- A poll's share: "gives Moss 49 percent" is read even where the name-tagger takes
# "Moss 49 percent" for one name; a number that is part of a name is still no figure.
def test_a_poll_s_share_after_a_candidate_s_name_is_read(tmp_path: Path) -> None:
    texts = _pile(
        (
            "April 2, 2032",
            "The Quinnipiac University poll released on Wednesday gives Moss 49 percent of "
            "the vote in Ohio.",
        ),
    )
    report = analysed(tmp_path / "pile", texts)
    shares = [c.text for c in report.claims if c.figure is not None]
    assert shares == ["49 percent of the vote"]


def test_a_number_of_a_name_is_still_no_share(tmp_path: Path) -> None:
    texts = _pile(("April 2, 2032", "Harlow Motors said on Wednesday that the Model 49 sold well."))
    report = analysed(tmp_path / "pile", texts)
    assert not [c for c in report.claims if c.figure is not None and c.figure.kind == "percent"]


# --- A market's moves: each trading day has its own move.
@pytest.mark.parametrize(
    ("text", "phrase", "when", "expected"),
    [
        ("Harlow shares rose 12 percent on Friday.", "12 percent", "2032-05-07", "2032-05-07"),
        ("Harlow shares closed down 3 percent on Monday.", "3 percent", "2032-05-10", "2032-05-10"),
        # No day of its own: the report's day is no date of the move.
        ("Harlow shares rose 12 percent.", "12 percent", None, None),
        # A share of no move.
        ("Harlow holds 12 percent of the market on Friday.", "12 percent", "2032-05-07", None),
    ],
)
def test_a_market_s_move_is_dated_by_its_own_clause(
    text: str, phrase: str, when: str | None, expected: str | None
) -> None:
    report = doc("a", text, "Coast Post", "2032-05-10")
    claim = figure_claim(
        report,
        phrase,
        low=12,
        high=12,
        kind="percent",
        unit="percent",
        measure="percent of shares",
        counted="shares",
        qualifiers=(),
        scope="on Friday" if when else None,
        when=When(start=when, end=when, precision="day") if when else None,
    )
    assert move_day(claim, {"a": report}) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            ("May 7, 2032", "Harlow Motors shares rose 12 percent on Friday, the company said."),
            ("May 10, 2032", "Harlow Motors shares fell 5 percent on Monday, analysts said."),
            "apart",
        ),
        (
            ("May 10, 2032", "Harlow Motors shares rose 12 percent on Friday, the company said."),
            ("May 10, 2032", "Harlow Motors shares rose 5 percent on Friday, analysts said."),
            "conflict",
        ),
    ],
)
def test_moves_of_two_days_are_two_moves(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], expected: str
) -> None:
    calls = _calls(tmp_path / "pile", _pile(first, second))
    assert ("conflict" in calls) is (expected == "conflict")


# --- Two events of one kind in one pile: the dated raiders' capture by the Halden, and the
# Varna's years before, told only by undated reports that name its own ship and port.
_OTHER_EVENT = tuple(
    doc(f"older{n}", text, None)
    for n, text in enumerate(
        (
            "The destroyer Varna captured 23 raiders near Port Essa on Saturday.\n"
            "Captain Brandt said the raiders had tried to board the tanker Selma on Friday.",
            "Marines from the Varna seized seven rifles near Port Essa on Saturday.\n"
            "Captain Brandt said the tanker Selma had sent a distress call.",
            "The Varna towed the raiders' skiffs to Port Essa on Saturday.\n"
            "Captain Brandt said the Selma was unharmed.",
        )
    )
)
_DATED = (
    doc(
        "wire",
        "The frigate Halden seized six rifles off Cape Morrow on Thursday, the navy said.\n"
        "Commander Oduya said the raiders had fired on a grain carrier.",
        None,
        "2031-05-16",
    ),
    doc(
        "daily",
        "Sailors from the Halden boarded two skiffs off Cape Morrow on Thursday.\n"
        "Commander Oduya told reporters the raiders surrendered without a fight.",
        None,
        "2031-05-17",
    ),
)


def _rifles(report_text: str) -> tuple[list[Claim], dict[str, Document]]:
    undated = doc("undated", report_text, None)
    docs = {d.id: d for d in (*_DATED, *_OTHER_EVENT, undated)}
    claims = [
        figure_claim(d, phrase, low=n, high=n, measure="rifles", counted="rifles", qualifiers=())
        for d, phrase, n in ((_DATED[0], "six rifles", 6), (undated, "seven rifles", 7))
    ]
    return claims, docs


def test_an_undated_report_naming_nothing_of_the_dated_event_is_no_rival() -> None:
    claims, docs = _rifles("A navy said its sailors seized seven rifles from raiders at sea.")
    found = split(claims, Upstreams(claims, docs), docs)
    assert found is not None
    assert [len(part) for part in found.parts] == [1, 1]
    assert "undated report" in found.reason


def test_an_undated_report_naming_the_dated_event_s_ship_still_disputes() -> None:
    claims, docs = _rifles("Sailors from the Halden seized seven rifles from the raiders.")
    assert split(claims, Upstreams(claims, docs), docs) is None


# --- A candidate named by surname alone: news names a person in full once and by surname
# after, and a short report may give only the surname, which a tagger often misses.
@pytest.mark.parametrize(
    ("text", "other", "expected"),
    [
        ("Moss won 62 delegates in Ohio.", "", "moss"),
        ("Berg raised $15 million in May.", "", "berg"),
        # A noun for people, a pronoun, a word the pile writes in lower case: no one's name.
        ("Officials had 62 delegates in Ohio.", "", None),
        ("They won 62 delegates in Ohio.", "", None),
        ("Her lead grew to 62 delegates in Ohio.", "", None),
        ("Rivers won 62 delegates in Ohio.", "The rivers rose in Ohio.", None),
        # A source opening the sentence tells the figure; it does not hold it.
        ("Reuters said Moss won 62 delegates.", "", None),
    ],
)
def test_a_bare_surname_opening_its_sentence_holds_the_figure(
    text: str, other: str, expected: str | None
) -> None:
    report = doc("a", text, "Coast Post")
    phrase = next(p for p in ("62 delegates", "$15 million") if p in text)
    claim = figure_claim(report, phrase, low=1, high=1, measure="delegates", counted="delegates")
    documents = {"a": report, "b": doc("b", other, "Valley Times")}
    assert holder(claim, documents) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Berg won 58 delegates in Ohio on Tuesday, his campaign said.", "apart"),
        ("Moss won 58 delegates in Ohio on Tuesday, party officials said.", "conflict"),
    ],
)
def test_two_candidates_named_by_surname_are_two_holders(
    tmp_path: Path, second: str, expected: str
) -> None:
    texts = _pile(
        ("March 3, 2032", "Moss won 62 delegates in Ohio on Tuesday, her campaign said."),
        ("March 3, 2032", second),
    )
    calls = _calls(tmp_path / "pile", texts)
    assert ("conflict" in calls) is (expected == "conflict")


@pytest.mark.parametrize(
    ("second", "parted"),
    [
        # Whose haul this is its sentence does not say: it may be another candidate's.
        ("After winning 22 states and raising about $15 million in May, he heads to Ohio.", True),
        ("Moss raised $15 million in May, a filing showed.", False),
    ],
)
def test_a_sum_raised_by_a_raiser_not_named_is_no_rival(second: str, parted: bool) -> None:
    a = doc("a", "Moss raised $12 million in May, her campaign said.", "Coast Post")
    b = doc("b", second, "Valley Times")
    docs = {"a": a, "b": b}
    claims = [
        figure_claim(d, phrase, low=n, high=n, kind="money", unit="$", measure="raise ($)")
        for d, phrase, n in ((a, "$12 million", 12e6), (b, "$15 million", 15e6))
    ]
    found = split(claims, Upstreams(claims, docs), docs)
    assert (found is not None and "raiser" in found.reason) is parted


# --- A fine: one body's fine on one party is one sum, so two reports' sizes of it dispute;
# a fine on another party, by another body, or on a party its clause does not name stays
# apart.
@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Vantor Motors was fined $9 million on Monday for the faulty airbags.", "conflict"),
        (
            "A federal judge fined Vantor Motors $9 million on Monday, court papers showed.",
            "conflict",
        ),
        ("A federal judge fined Skyline Airways $9 million on Monday.", "apart"),
        ("Regulators fined Vantor Motors $9 million on Monday.", "apart"),
        ("The company was fined $9 million on Monday, its lawyer said.", "apart"),
    ],
)
def test_one_fine_on_one_party_is_one_sum(tmp_path: Path, second: str, expected: str) -> None:
    texts = _pile(
        ("March 3, 2032", "A federal judge fined Vantor Motors $6 million on Monday."),
        ("March 3, 2032", second),
    )
    calls = _calls(tmp_path / "pile", texts)
    assert ("conflict" in calls) is (expected == "conflict")


def test_a_fine_split_from_another_says_whose_fine_each_is() -> None:
    a = doc("a", "A federal judge fined Vantor Motors $6 million on Monday.", "Coast Post")
    b = doc("b", "A federal judge fined Skyline Airways $9 million on Monday.", "Valley Times")
    docs = {"a": a, "b": b}
    claims = [
        figure_claim(d, phrase, low=n, high=n, kind="money", unit="$", measure="fine ($)")
        for d, phrase, n in ((a, "$6 million", 6e6), (b, "$9 million", 9e6))
    ]
    found = split(claims, Upstreams(claims, docs), docs)
    assert found is not None
    assert "a fine on Vantor Motors" in found.reason and "two fines" in found.reason


# --- A price target: one analyst's target on one company's shares is one sum; another
# analyst's or another company's stays apart.
@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Brenner Securities raised its price target on Vantor Motors to $95, a note showed.",
            "conflict",
        ),
        ("Ashby Capital raised its price target on Vantor Motors to $95 on Friday.", "apart"),
        (
            "Brenner Securities raised its price target on Skyline Airways to $95 on Friday.",
            "apart",
        ),
        ("Vantor Motors shares closed at $95 on Friday.", "apart"),
    ],
)
def test_one_analysts_price_target_is_one_sum(tmp_path: Path, second: str, expected: str) -> None:
    texts = _pile(
        (
            "March 3, 2032",
            "Brenner Securities raised its price target on Vantor Motors to $80 on Friday.",
        ),
        ("March 3, 2032", second),
    )
    calls = _calls(tmp_path / "pile", texts)
    assert ("conflict" in calls) is (expected == "conflict")


# --- A sum spent: one spender's spending on one thing in one period is one sum; another
# spender's, another period's, another thing's, or a total of no period stays apart.
@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Brandt's campaign spent $13 million in the first quarter, rivals said.", "conflict"),
        ("Moss's campaign spent $13 million in the first quarter, a filing showed.", "apart"),
        ("Brandt's campaign spent $13 million in the second quarter, a filing showed.", "apart"),
        ("Brandt's campaign spent $13 million on ads in the first quarter, rivals said.", "apart"),
        ("Brandt's campaign has spent $13 million so far, rivals said.", "apart"),
    ],
)
def test_one_spenders_sum_in_one_period_is_one_sum(
    tmp_path: Path, second: str, expected: str
) -> None:
    texts = _pile(
        (
            "April 16, 2031",
            "Brandt's campaign spent $9 million in the first quarter, a filing showed.",
        ),
        ("April 16, 2031", second),
    )
    calls = _calls(tmp_path / "pile", texts)
    assert ("conflict" in calls) is (expected == "conflict")


# --- Damages sought: what one plaintiff seeks from one party in one suit is the sum its
# filing names, so two reports' sizes of it dispute; another plaintiff's, another party
# sued, damages awarded or damages of another kind stay apart.
@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "The drivers' union is seeking $15 million in damages from Vantor Motors, its "
            "lawyer said.",
            "conflict",
        ),
        ("A group of dealers is seeking $15 million in damages from Vantor Motors.", "apart"),
        ("The drivers' union is seeking $15 million in damages from Skyline Airways.", "apart"),
        ("A jury awarded the drivers' union $15 million in damages on Monday.", "apart"),
        ("The drivers' union is seeking $15 million in punitive damages from Vantor.", "apart"),
        ("It is seeking $15 million in damages from Vantor Motors, its lawyer said.", "apart"),
    ],
)
def test_damages_one_plaintiff_seeks_in_one_suit_are_one_sum(
    tmp_path: Path, second: str, expected: str
) -> None:
    texts = _pile(
        (
            "March 3, 2032",
            "The drivers' union is seeking $50 million in damages from Vantor Motors in a "
            "lawsuit filed on Monday.",
        ),
        ("March 3, 2032", second),
    )
    calls = _calls(tmp_path / "pile", texts)
    assert ("conflict" in calls) is (expected == "conflict")


# --- Cash on hand: what one holder has at one date is one sum; another holder's, another
# date's, or a sum of no date stays apart.
@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Moss's campaign had $5.1 million in cash on hand at the end of March, her aides said.",
            "conflict",
        ),
        (
            "Moss's campaign had $5.1 million in cash on hand at the end of April, a filing "
            "showed.",
            "apart",
        ),
        (
            "Berg's campaign had $5.1 million in cash on hand at the end of March, a filing "
            "showed.",
            "apart",
        ),
        ("Moss's campaign had $5.1 million in cash on hand, her aides said.", "apart"),
    ],
)
def test_cash_one_holder_has_at_one_date_is_one_sum(
    tmp_path: Path, second: str, expected: str
) -> None:
    texts = _pile(
        (
            "April 20, 2031",
            "Moss's campaign had $8.2 million in cash on hand at the end of March, a filing "
            "showed.",
        ),
        ("April 20, 2031", second),
    )
    calls = _calls(tmp_path / "pile", texts)
    assert ("conflict" in calls) is (expected == "conflict")


def test_cash_on_hand_split_from_another_says_whose_and_when_each_is() -> None:
    a = doc("a", "Moss's campaign had $8.2 million in cash on hand at the end of March.", "Coast")
    b = doc("b", "Moss's campaign had $5.1 million in cash on hand at the end of April.", "Valley")
    docs = {"a": a, "b": b}
    claims = [
        figure_claim(d, phrase, low=n, high=n, kind="money", unit="$", measure="cash ($)")
        for d, phrase, n in ((a, "$8.2 million", 8.2e6), (b, "$5.1 million", 5.1e6))
    ]
    found = split(claims, Upstreams(claims, docs), docs)
    assert found is not None
    assert "cash on hand (Moss's campaign; March)" in found.reason
    assert "cash on hand (Moss's campaign; April)" in found.reason


# --- Earnings: a company's earnings per share, or its net income, for one period is one
# sum; another company's, another period's, adjusted against reported earnings, or a
# figure of no period stays apart.
@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Vantor Motors earned $1.31 a share in the second quarter, according to a filing.",
            "conflict",
        ),
        (
            "Vantor Motors earned $1.31 a share in the first quarter, according to a filing.",
            "apart",
        ),
        (
            "Delco Parts earned $1.31 a share in the second quarter, according to a filing.",
            "apart",
        ),
        (
            "Excluding one-time items, Vantor Motors earned $1.31 a share in the second "
            "quarter, according to a filing.",
            "apart",
        ),
        ("Vantor Motors earned $1.31 a share, according to a filing.", "apart"),
    ],
)
def test_one_companys_earnings_in_one_period_are_one_sum(
    tmp_path: Path, second: str, expected: str
) -> None:
    texts = _pile(
        (
            "July 24, 2031",
            "Vantor Motors earned $1.12 a share in the second quarter, the company said on "
            "Thursday.",
        ),
        ("July 24, 2031", second),
    )
    calls = _calls(tmp_path / "pile", texts)
    assert ("conflict" in calls) is (expected == "conflict")


def test_net_income_beside_a_year_earlier_is_no_rival() -> None:
    a = doc(
        "a",
        "Vantor Motors reported net income of $2.4 billion for the second quarter, up from "
        "$1.9 billion a year earlier.",
        "Coast Post",
    )
    b = doc(
        "b", "Vantor Motors reported net income of $3.1 billion for the second quarter.", "Valley"
    )
    docs = {"a": a, "b": b}
    claims = [
        figure_claim(d, phrase, low=n, high=n, kind="money", unit="$", measure="income ($)")
        for d, phrase, n in ((a, "$2.4 billion", 2.4e9), (a, "$1.9 billion", 1.9e9))
    ] + [figure_claim(b, "$3.1 billion", low=3.1e9, high=3.1e9, kind="money", unit="$")]
    found = split(claims, Upstreams(claims, docs), docs)
    assert found is not None
    parts = [{c.text for c in part} for part in found.parts]
    assert {"$2.4 billion", "$3.1 billion"} in parts and {"$1.9 billion"} in parts
    assert "net income (Vantor Motors; second quarter; no basis said)" in found.reason


# --- A purchase price: what one buyer agrees to pay for one company is one price; another
# buyer's, another company's, or a price a share against one in all stays apart.
@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Vantor Motors agreed on Monday to buy parts maker Delco for $5.4 billion, "
            "according to a filing.",
            "conflict",
        ),
        (
            "Harlow Group agreed on Monday to buy parts maker Delco for $5.4 billion, "
            "according to a filing.",
            "apart",
        ),
        (
            "Vantor Motors agreed on Monday to buy battery maker Ionix for $5.4 billion, "
            "according to a filing.",
            "apart",
        ),
        (
            "Vantor Motors agreed on Monday to buy parts maker Delco for $45 a share, "
            "according to a filing.",
            "apart",
        ),
    ],
)
def test_one_buyers_price_for_one_company_is_one_sum(
    tmp_path: Path, second: str, expected: str
) -> None:
    texts = _pile(
        (
            "July 21, 2031",
            "Vantor Motors agreed on Monday to buy parts maker Delco for $4.5 billion, the "
            "companies said.",
        ),
        ("July 21, 2031", second),
    )
    calls = _calls(tmp_path / "pile", texts)
    assert ("conflict" in calls) is (expected == "conflict")


@pytest.mark.parametrize(
    ("text", "before", "after", "purpose"),
    [
        ("$50 million in damages", "The union is seeking ", " from Vantor", "damages sought"),
        ("$50 million", "The union is seeking more than ", " in damages", "damages sought"),
        ("$50 million in punitive damages", "The union is seeking ", "", "damage or loss"),
        ("$50 million in damages", "A jury awarded the union ", "", "damage or loss"),
        (
            "$8.2 million in cash",
            "The campaign had ",
            " on hand at the end of March",
            "cash on hand",
        ),
        ("$4.5 billion in cash", "Vantor agreed to buy Delco for ", "", "purchase price"),
        ("96 cents", "Vantor earned ", " a share in the second quarter", "earnings per share"),
        ("$2.4 billion", "Vantor reported net income of ", " for the quarter", "net income"),
    ],
)
def test_a_sums_purpose_is_read_from_the_words_framing_it(
    text: str, before: str, after: str, purpose: str
) -> None:
    assert money_purpose("", text, before, after) == purpose


def test_damages_sought_in_a_suit_are_told_while_a_sum_asked_in_a_bargain_is_not() -> None:
    sued = doc("a", "The union is seeking $50 million in damages from Vantor Motors.", "Coast")
    asked = doc("b", "The union is asking for $50 million in its contract talks.", "Valley")
    docs = {"a": sued, "b": asked}
    claims = [
        figure_claim(d, "$50 million", low=5e7, high=5e7, kind="money", unit="$")
        for d in (sued, asked)
    ]
    assert [unasserted(c, docs) for c in claims] == [False, True]
