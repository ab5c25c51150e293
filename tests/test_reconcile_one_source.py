"""One source, two outlets, two values: when two outlets cite one poll, company or agency
for one figure of one day and give it differently, one of them misreports its source, and a
careful reader logs a dispute between the outlets. One source revising itself over time is
an update; one outlet giving two values is a whole and its part (or its own revision); and
the look-alikes a poll story is full of (two populations of one poll, a state against the
nation, two polls of one pollster, a lead against a share, a margin of error against a
share) are no dispute at all."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from test_reconcile_helpers import TORVALD, analysed, doc, figure_claim, share
from test_reconcile_probes import _pile, assert_called
from triangulate.model import Claim, Document, Speaker
from triangulate.reconcile import reconcile
from triangulate.reconcile.polls import field_period

# (id, expectation, pile), read as in ``test_reconcile_probes``.
PROBES: list[tuple[str, str, dict[str, str]]] = [
    (
        "one_company_one_year_two_values",
        "conflict",
        _pile(
            (
                "coast",
                "Harlow results\n\nFebruary 3, 2031",
                "Harlow Motors sold 2.1 million cars worldwide in 2030, the company said on "
                "Tuesday.",
            ),
            (
                "valley",
                "In brief: Harlow\n\nFebruary 3, 2031",
                "Harlow Motors sold 2.4 million cars worldwide in 2030, the company said on "
                "Tuesday.",
            ),
        ),
    ),
    (
        "one_poll_likely_and_registered_voters",
        "apart",
        _pile(
            (
                "coast",
                "Calder ahead in Iowa\n\nOctober 7, 2031",
                "Calder has 44 percent support among likely voters in Iowa, according to a "
                "Marlow Research poll released on Tuesday.",
            ),
            (
                "valley",
                "Iowa poll\n\nOctober 7, 2031",
                "Calder has 48 percent support among registered voters in Iowa, according to "
                "the Marlow Research poll released on Tuesday.",
            ),
        ),
    ),
    (
        "one_poll_republicans_and_all_voters",
        "apart",
        _pile(
            (
                "coast",
                "Calder ahead in Iowa\n\nOctober 7, 2031",
                "Calder has 44 percent support in Iowa, according to a Marlow Research poll "
                "released on Tuesday.",
            ),
            (
                "valley",
                "Iowa poll\n\nOctober 7, 2031",
                "Calder has 81 percent support among Republicans in Iowa, according to the "
                "Marlow Research poll released on Tuesday.",
            ),
        ),
    ),
    (
        "one_pollster_a_state_and_the_nation",
        "apart",
        _pile(
            (
                "coast",
                "Calder ahead in Iowa\n\nOctober 7, 2031",
                "Calder has 44 percent support in Iowa, according to a Marlow Research poll "
                "released on Tuesday.",
            ),
            (
                "valley",
                "National poll\n\nOctober 7, 2031",
                "Calder has 39 percent support nationally, according to a Marlow Research poll "
                "released on Tuesday.",
            ),
        ),
    ),
    (
        "one_pollster_two_polls_a_week_apart",
        "apart",
        _pile(
            (
                "coast",
                "Calder ahead in Iowa\n\nOctober 7, 2031",
                "Calder has 44 percent support in Iowa, according to a Marlow Research poll "
                "released on Tuesday.",
            ),
            (
                "valley",
                "Iowa poll\n\nOctober 14, 2031",
                "Calder has 48 percent support in Iowa, according to a Marlow Research poll "
                "released on Tuesday.",
            ),
        ),
    ),
    (
        "one_poll_a_lead_and_a_share",
        "apart",
        _pile(
            (
                "coast",
                "Calder leads\n\nOctober 7, 2031",
                "Calder leads Governor Paul Brandt by 6 percentage points in Iowa, the Marlow "
                "Research poll released on Tuesday showed.",
            ),
            (
                "valley",
                "Iowa poll\n\nOctober 7, 2031",
                "Calder has 48 percent support in Iowa, the Marlow Research poll released on "
                "Tuesday showed.",
            ),
        ),
    ),
    (
        "one_poll_a_margin_of_error_and_a_share",
        "apart",
        _pile(
            (
                "coast",
                "Iowa poll\n\nOctober 7, 2031",
                "The Marlow Research poll of likely voters in Iowa has a margin of error of "
                "plus or minus 3 percentage points, the firm said on Tuesday.",
            ),
            (
                "valley",
                "In brief: Iowa poll\n\nOctober 7, 2031",
                "Calder has 48 percent support in Iowa, the firm said on Tuesday.",
            ),
        ),
    ),
    (
        "one_pollster_two_states_margins_of_one_day",
        "apart",
        _pile(
            (
                "coast",
                "Iowa poll\n\nOctober 7, 2031",
                "The Marlow Research poll of likely voters in Iowa has a margin of error of "
                "plus or minus 3 percentage points, the firm said on Tuesday.",
            ),
            (
                "valley",
                "Ohio poll\n\nOctober 7, 2031",
                "The Marlow Research poll of likely voters in Ohio has a margin of error of "
                "plus or minus 4 percentage points, the firm said on Tuesday.",
            ),
        ),
    ),
    (
        "one_poll_two_candidates",
        "apart",
        _pile(
            (
                "coast",
                "Calder ahead in Iowa\n\nOctober 7, 2031",
                "Calder has 44 percent support among likely voters in Iowa, according to a "
                "Marlow Research poll released on Tuesday.",
            ),
            (
                "valley",
                "Iowa poll\n\nOctober 7, 2031",
                "Brandt has 48 percent support among likely voters in Iowa, according to the "
                "Marlow Research poll released on Tuesday.",
            ),
        ),
    ),
    (
        # "The research firm" says both, but of two carmakers: a common noun names no one
        # source across reports, and the names in the clause tell the figures apart.
        "two_companies_told_by_the_firm",
        "apart",
        _pile(
            (
                "coast",
                "Sales\n\nFebruary 3, 2031",
                "Harlow Motors sold 2.1 million cars worldwide in 2030, the research firm said "
                "on Tuesday.",
            ),
            (
                "valley",
                "In brief: Sales\n\nFebruary 3, 2031",
                "Vantor Motors sold 2.4 million cars worldwide in 2030, the research firm said "
                "on Tuesday.",
            ),
        ),
    ),
    (
        "one_wire_copy_of_one_poll_in_two_outlets",
        "apart",
        _pile(
            (
                "coast",
                "Calder ahead in Iowa\n\nOctober 7, 2031",
                "DES MOINES, Iowa (Reuters) - Calder has 44 percent support among likely "
                "voters in Iowa, according to a Marlow Research poll released on Tuesday.",
            ),
            (
                "valley",
                "Calder ahead in Iowa\n\nOctober 7, 2031",
                "DES MOINES, Iowa (Reuters) - Calder has 48 percent support among likely "
                "voters in Iowa, according to a Marlow Research poll released on Tuesday.",
            ),
        ),
    ),
]


# One candidate's share in one poll, told with two verbs ("has", "leads with"): one quantity,
# and its look-alikes told with the same two verbs.
_HAS = "Calder has 44 percent in the Acme poll of Iowa voters released on Tuesday."
_LEADS_WITH = "Calder leads with 48 percent in the Acme poll of Iowa voters released on Tuesday."


def _two_outlets(first: str, second: str, day: str = "October 7, 2031") -> dict[str, str]:
    """Two outlets' reports of a poll, the second of ``day``."""
    return _pile(
        ("coast", "Calder ahead in Iowa\n\nOctober 7, 2031", first),
        ("valley", f"Iowa poll\n\n{day}", second),
    )


SHARE_VERBS: list[tuple[str, str, dict[str, str]]] = [
    ("one_poll_a_share_has_and_leads_with", "conflict", _two_outlets(_HAS, _LEADS_WITH)),
    (
        "one_poll_a_share_support_and_leads_with",
        "conflict",
        _two_outlets(
            "Calder has 44 percent support in Iowa, according to an Acme Research poll "
            "released on Tuesday.",
            "Calder leads with 48 percent support in Iowa, according to the Acme Research "
            "poll released on Tuesday.",
        ),
    ),
    (
        "two_polls_a_share_has_and_leads_with",
        "apart",
        _two_outlets(_HAS, _LEADS_WITH.replace("Acme", "Globe")),
    ),
    (
        "one_poll_two_candidates_has_and_leads_with",
        "apart",
        _two_outlets(_HAS, _LEADS_WITH.replace("Calder", "Brandt")),
    ),
    (
        "one_poll_two_screens_has_and_leads_with",
        "apart",
        _two_outlets(
            "Calder has 44 percent among likely voters in the Acme poll released on Tuesday.",
            "Calder leads with 48 percent among registered voters in the Acme poll released "
            "on Tuesday.",
        ),
    ),
    (
        "one_poll_a_lead_in_points_and_a_share",
        "apart",
        _two_outlets(
            "Calder leads by 4 percentage points in the Acme poll of Iowa voters released on "
            "Tuesday.",
            _LEADS_WITH,
        ),
    ),
    (
        "one_pollster_a_week_apart_has_and_leads_with",
        "apart",
        _two_outlets(_HAS, _LEADS_WITH, day="October 14, 2031"),
    ),
]


@pytest.mark.parametrize(
    ("expected", "texts"), [pytest.param(e, t, id=n) for n, e, t in SHARE_VERBS]
)
def test_a_share_told_by_two_verbs(tmp_path: Path, expected: str, texts: dict[str, str]) -> None:
    assert_called(tmp_path / "pile", expected, texts)


def test_a_candidates_share_is_labelled_as_her_support(tmp_path: Path) -> None:
    # "Calder has 44 percent" names no noun: the group says whose support it is.
    (_, _, texts) = SHARE_VERBS[0]
    (group,) = [g for g in analysed(tmp_path / "pile", texts).groups if g.verdict == "conflict"]
    assert group.label.startswith("percent support for Calder"), group.label
    assert group.explanation.startswith("Both reports cite Acme"), group.explanation


@pytest.mark.parametrize(("expected", "texts"), [pytest.param(e, t, id=n) for n, e, t in PROBES])
def test_one_source_in_two_outlets(tmp_path: Path, expected: str, texts: dict[str, str]) -> None:
    assert_called(tmp_path / "pile", expected, texts)


def test_two_outlets_giving_one_poll_two_values_say_who_gives_what(tmp_path: Path) -> None:
    texts = _pile(
        (
            "coast",
            "Calder ahead in Iowa\n\nOctober 7, 2031",
            "Calder has 44 percent support among likely voters in Iowa, according to a "
            "Marlow Research poll released on Tuesday.",
        ),
        (
            "valley",
            "Iowa poll\n\nOctober 7, 2031",
            "Calder has 48 percent support among likely voters in Iowa, according to the "
            "Marlow Research poll released on Tuesday.",
        ),
    )
    (group,) = [g for g in analysed(tmp_path / "pile", texts).groups if g.verdict == "conflict"]
    said = group.explanation
    assert said.startswith("Both reports cite Marlow Research"), said
    assert "'Calder ahead in Iowa' gives 44%" in said, said
    assert "'Iowa poll' gives 48%" in said, said
    assert "misreports" in said, said
    assert group.independent_sources == 1


def _poll(document: Document, phrase: str, value: float, speaker: str = "Marlow Research") -> Claim:
    """A share of support in Torvald that ``speaker`` gives in ``document``."""
    return replace(share(document, phrase, value), said_by=Speaker(name=speaker, anonymous=False))


def test_one_source_revising_itself_across_days_is_an_update() -> None:
    early = doc("e", "Marlow Research gave Calder 44 percent support.", "North Wire", "2031-05-01")
    late = doc(
        "l", "Marlow Research revised its figure to 46 percent support.", "South Wire", "2031-05-03"
    )
    claims = [_poll(early, "44 percent", 44), _poll(late, "46 percent", 46)]
    (group,) = reconcile([early, late], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation


def test_two_values_of_one_source_in_one_outlet_are_no_dispute() -> None:
    # One outlet's two reports of one day give the poll's figure twice, differently: the
    # outlet revised its own telling, and no second outlet disputes it.
    one = doc("a", "Marlow Research gave Calder 44 percent support.", "North Wire", "2031-05-01")
    two = doc("b", "Marlow Research gave Calder 48 percent support.", "North Wire", "2031-05-01")
    claims = [_poll(one, "44 percent", 44), _poll(two, "48 percent", 48)]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert group.verdict == "single", group.explanation
    # Told in two outlets, the same two values are a dispute between the outlets.
    other = replace(two, outlet="South Wire")
    claims[1] = replace(claims[1], outlet="South Wire")
    (group,) = reconcile([one, other], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation
    assert "North Wire gives 44% and South Wire gives 48%" in group.explanation
    # And so across two days without a word of change: two polls, or a revision unsaid.
    later = replace(other, published=replace(other.published, date="2031-05-03"))
    (group,) = reconcile([one, later], [TORVALD], claims).groups
    assert group.verdict != "conflict", group.explanation


def test_an_unnamed_source_in_two_outlets_is_not_one_source_misquoted() -> None:
    # "Pollsters" quoted by two outlets unnamed are no one source a reader can name, so
    # their values are never told as one source misreported.
    one = doc("a", "Pollsters gave Calder 44 percent support.", "North Wire", "2031-05-01")
    two = doc("b", "Pollsters gave Calder 48 percent support.", "South Wire", "2031-05-01")
    claims = [
        replace(c, said_by=Speaker(name="Pollsters", anonymous=True))
        for c in (share(one, "44 percent", 44), share(two, "48 percent", 48))
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert "misreports" not in group.explanation


def test_a_toll_one_source_gives_two_outlets_on_one_day_is_no_misquote() -> None:
    # A running count moves during the day: two outlets may each carry the police figure
    # of another hour, so its two values are never read as one misreported.
    one = doc("a", "Police said 12 people were killed.", "North Wire", "2031-05-01")
    two = doc("b", "Police said 18 people were killed.", "South Wire", "2031-05-01")
    claims = [
        figure_claim(one, "12 people", low=12, high=12, speaker="Police"),
        figure_claim(two, "18 people", low=18, high=18, speaker="Police"),
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert group.verdict != "conflict", group.explanation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moss had 41 percent in a Marlow poll taken Sept. 10-13.", "sep 10-13"),
        ("Moss has 46 percent in a Marlow poll taken Sept. 28 to Oct. 2.", "sep 28-oct 2"),
        ("Moss has 46 percent in a poll conducted from Oct. 1 through Oct. 4.", "oct 1-oct 4"),
        ("Moss has 46 percent in the Marlow poll released on Tuesday.", None),
    ],
)
def test_the_days_a_poll_was_taken_are_read_from_its_sentence(
    text: str, expected: str | None
) -> None:
    report = doc("a", text, "North Wire", "2032-10-04")
    claim = share(report, text.split(" in ")[0].split(" ", 2)[2], 46)
    assert field_period(claim, {"a": report}) == expected


def _seized(document: Document, phrase: str, value: float) -> Claim:
    """Rifles seized in one boarding, given by Commander Ilsa Varro in ``document``."""
    return figure_claim(
        document,
        phrase,
        low=value,
        high=value,
        measure="rifles seized in Torvald",
        counted="rifles",
        qualifiers=("seized",),
        speaker="Commander Ilsa Varro",
    )


_BOARDING = (
    ("n", "North Wire", "2031-05-01", "Commander Ilsa Varro said the crew seized six rifles."),
    ("s", "South Wire", "2031-05-01", "Six rifles were seized, Commander Ilsa Varro said."),
    ("w", "West Daily", "2031-05-02", "Commander Ilsa Varro said six rifles were taken."),
    (
        "e",
        "East Post",
        "2031-05-02",
        "The crew took 19 rifles off the skiff, Commander Ilsa Varro said.",
    ),
)


def _boarding(*rows: tuple[str, str, str, str]) -> tuple[list[Document], list[Claim]]:
    """The reports, each with its claim of the boarding's count (East Post's 19, else six)."""
    docs = [doc(i, text, outlet, day) for i, outlet, day, text in rows]
    claims = [
        _seized(d, "19 rifles", 19)
        if d.id == "e"
        else _seized(d, next(w for w in ("six rifles", "Six rifles") if w in d.text), 6)
        for d in docs
    ]
    return docs, claims


def test_one_outlet_giving_a_source_another_value_than_several_others_is_a_dispute() -> None:
    # Three outlets give the commander's count of one boarding as six, one as 19, and a
    # count of one act does not run on: one outlet misreports the one source.
    docs, claims = _boarding(*_BOARDING)
    (group,) = reconcile(docs, [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation
    assert group.explanation.startswith(
        "East Post cites Commander Ilsa Varro for 19, yet North Wire; South Wire; and West "
        "Daily give 6"
    ), group.explanation
    assert "misreports" in group.explanation


def test_a_lone_value_no_later_report_contradicts_may_be_a_revision() -> None:
    # Every report giving six is of a day before the 19: the commander may have revised
    # the count, unsaid, so the lone value is not read as misreported.
    early = [(i, o, "2031-05-01", t) for i, o, _, t in _BOARDING[:3]]
    docs, claims = _boarding(*early, _BOARDING[3])
    (group,) = reconcile(docs, [TORVALD], claims).groups
    assert group.verdict != "conflict", group.explanation


def test_one_outlet_against_one_other_across_days_is_no_lone_misquote() -> None:
    # One other outlet alone does not tell which value the source gave.
    docs, claims = _boarding(_BOARDING[2], _BOARDING[3])
    (group,) = reconcile(docs, [TORVALD], claims).groups
    assert group.verdict != "conflict", group.explanation


def test_a_campaign_total_elsewhere_in_the_reports_does_not_explain_the_lone_value() -> None:
    # The other reports also give 19 rifles, as the total of four operations: that is
    # another quantity, so the 19 East Post gives for this boarding is still in dispute
    # (the likely slip: the total taken for one boarding's count).
    total = " The frigate has seized a total of 19 rifles during the four operations it made."
    rows = [(i, o, d, t + total) for i, o, d, t in _BOARDING[:3]]
    docs, claims = _boarding(*rows, _BOARDING[3])
    groups = reconcile(docs, [TORVALD], claims).groups
    (group,) = [g for g in groups if g.verdict == "conflict"]
    assert "East Post cites Commander Ilsa Varro for 19" in group.explanation


def _relayed(
    second_outlet: str, second_day: str | None = None, also_five: str | None = None
) -> list[str]:
    """The verdicts on a quake's injured: Governor Tomas Brandt's five in North Wire (and in
    ``also_five``, when given), his two villagers in a report of ``second_outlet``, and West
    Daily's own five."""
    one = doc("a", "Governor Tomas Brandt said five people were injured.", "North Wire")
    two = doc(
        "b",
        "Two villagers were injured, Governor Tomas Brandt told the agency.",
        second_outlet,
        second_day,
    )
    own = doc("c", "The quake injured five people in Torvald.", "West Daily")
    measure = "people injured in Torvald"
    hurt = ("injured",)
    relays = [(one, "five people")]
    if also_five is not None:
        five = doc("d", "Five people were hurt, Governor Tomas Brandt said.", also_five)
        relays.append((five, "Five people"))
    claims = [
        *(
            figure_claim(
                relay,
                phrase,
                low=5,
                high=5,
                speaker="Tomas Brandt",
                measure=measure,
                qualifiers=hurt,
            )
            for relay, phrase in relays
        ),
        figure_claim(
            two,
            "Two villagers",
            low=2,
            high=2,
            speaker="Tomas Brandt",
            measure=measure,
            qualifiers=hurt,
            counted="villagers",
        ),
        figure_claim(own, "five people", low=5, high=5, measure=measure, qualifiers=hurt),
    ]
    groups = reconcile([*(r for r, _ in relays), two, own], [TORVALD], claims).groups
    return [f"{g.verdict}: {g.explanation}" for g in groups]


def test_two_outlets_relaying_one_source_otherwise_beside_another_source_disagree() -> None:
    # The governor's count is five in one outlet and two in another, and a third report
    # gives five of its own: the outlets' reports of the governor differ.
    (called,) = _relayed("South Wire")
    assert called.startswith(
        "conflict: Both reports cite Tomas Brandt, yet South Wire gives 2 and North Wire gives 5"
    ), called


def test_three_outlets_relaying_one_source_are_each_named_with_the_value_they_give() -> None:
    # Two outlets give the governor's five and a third his two villagers: the sentence
    # counts the three reports and names both outlets that give five.
    verdicts = _relayed("South Wire", also_five="East Courier")
    called = [v for v in verdicts if v.startswith("conflict")]
    assert called, verdicts
    assert called[0].startswith(
        "conflict: Three reports cite Tomas Brandt, yet South Wire gives 2 "
        "and North Wire and East Courier give 5"
    ), called[0]
    assert "none tells its figure" in called[0]


def test_one_outlet_giving_one_source_two_values_is_no_relays_disagreeing() -> None:
    # One outlet's two reports give the governor's count otherwise: it counts two things
    # or revised its telling, and no second outlet disputes it.
    assert not any(v.startswith("conflict") for v in _relayed("North Wire"))
