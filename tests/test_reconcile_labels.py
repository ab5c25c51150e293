"""Group labels read as a person writes them, built from the reports' words."""

from __future__ import annotations

import dataclasses

import pytest

from test_reconcile_helpers import TORVALD, amount, assertion_claim, doc, figure_claim
from triangulate.model import Claim, Document, When
from triangulate.reconcile import as_written, reconcile
from triangulate.reconcile.topics import _title

SUNDAY = When(start="2031-05-04", end="2031-05-04", precision="day")


def test_labels_name_the_state_the_place_and_the_day() -> None:
    a = doc("a", "Rescuers said 12 fighters of the Red Band died in Torvald.", "North")
    b = doc("b", "Medics said 12 fighters of the Red Band were lost in Torvald.", "South")
    kw = dict(
        measure="Red Band fighters in Torvald",
        counted="fighters",
        qualifiers=("died",),
        where=TORVALD.id,
        when=SUNDAY,
    )
    claims = [
        figure_claim(a, "12 fighters", low=12, high=12, speaker="Rescuers", **kw),  # type: ignore[arg-type]
        figure_claim(b, "12 fighters", low=12, high=12, speaker="Medics", **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.label == "Red Band fighters killed in Torvald, 4 May 2031"


def test_labels_a_number_counting_nothing_is_named_by_its_words() -> None:
    a = doc("a", "The page was updated at 14 past the hour.", "North")
    claim = figure_claim(a, "14", low=14, high=14, measure="unknown", counted="", qualifiers=())
    (group,) = reconcile([a], [TORVALD], [claim]).groups
    assert group.label == "'was updated at 14 past the hour' (what it counts is not said)"


def test_conversions_join_their_amount_and_never_decide() -> None:
    a = doc("a", "Donors pledged 100 million euros ($110 million) for repairs.", "North")
    b = doc("b", "Donors pledged 100 million euros for repairs, officials said.", "South")

    def money(document: Document, phrase: str, value: float, unit: str) -> Claim:
        return amount(
            document, phrase, value, counted="pledge", measure="repairs pledge (EUR)",
            kind="money", unit=unit,
        )  # fmt: skip

    claims = [
        money(a, "100 million euros", 1e8, "EUR"),
        money(a, "$110 million", 1.1e8, "USD"),
        money(b, "100 million euros", 1e8, "EUR"),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert set(group.claims) == {c.id for c in claims}
    assert group.verdict == "agree"


def test_labels_a_sum_of_money_by_the_noun_its_reports_use_never_a_stray_verb() -> None:
    a = doc("a", "Torvald will get 40 billion euros from lenders.", "North")
    b = doc("b", "Lenders approved a 40 billion euro bailout for Torvald.", "South")
    claims = [
        amount(a, "40 billion euros", 4e10, measure="get (EUR)", counted="get",
               kind="money", unit="EUR"),
        amount(b, "40 billion euro", 4e10, measure="bailout (EUR)", counted="bailout",
               kind="money", unit="EUR"),
    ]  # fmt: skip
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.label == "bailout (EUR)"


def test_labels_a_measure_with_no_place_of_its_own_names_none_its_reports_disagree_on() -> None:
    from triangulate.model import Entity

    vell = Entity(id="e-vell", name="Vell", type="GPE", aliases=("Vell",), mentions=())
    a = doc("a", "Seismologists in Vell counted four aftershocks.", "North")
    b = doc("b", "Officials in Torvald said four aftershocks followed.", "South")
    kw = dict(counted="aftershocks", qualifiers=(), low=4, high=4)
    claims = [
        figure_claim(a, "four aftershocks", measure="aftershocks in Vell", where="e-vell", **kw),  # type: ignore[arg-type]
        figure_claim(
            b,
            "four aftershocks",
            measure="aftershocks in Torvald",
            where=TORVALD.id,
            **kw,  # type: ignore[arg-type]
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD, vell], claims).groups
    assert group.label == "aftershocks"


def test_labels_never_give_a_thing_a_person_s_state_or_a_person_a_thing_s() -> None:
    a = doc("a", "Four trucks left the port of Torvald.", "North")
    b = doc("b", "Some 900 people marched in Torvald as shops were destroyed.", "South")
    trucks = figure_claim(
        a, "Four trucks", low=4, high=4, measure="trucks fled from Torvald", counted="trucks",
        qualifiers=(), where=TORVALD.id,
    )  # fmt: skip
    marchers = figure_claim(
        b, "900 people", low=900, high=900, measure="people destroyed in Torvald",
        qualifiers=("marched",), where=TORVALD.id,
    )  # fmt: skip
    labels = sorted(g.label for g in reconcile([a, b], [TORVALD], [trucks, marchers]).groups)
    assert labels == ["people protesting in Torvald", "trucks in Torvald"]


def test_labels_keep_an_acronym_the_reports_write_in_capitals() -> None:
    # The force named by one report's measure is added to the label built from the
    # others' words: cased as that report writes it ("US", not "Us").
    a = doc("a", "Rescuers said 12 fighters of the US Red Band died in Torvald.", "North")
    b = doc("b", "Medics said 12 fighters died in Torvald.", "South")
    c = doc("c", "Police said 12 fighters died in Torvald.", "East")

    def kw(measure: str) -> dict[str, object]:
        return dict(
            measure=measure,
            counted="fighters",
            qualifiers=("died",),
            where=TORVALD.id,
            when=SUNDAY,
        )

    claims = [
        figure_claim(
            a,
            "12 fighters",
            low=12,
            high=12,
            speaker="Rescuers",
            **kw("US Red Band fighters killed in Torvald"),
        ),  # type: ignore[arg-type]
        figure_claim(
            b, "12 fighters", low=12, high=12, speaker="Medics", **kw("fighters killed in Torvald")
        ),  # type: ignore[arg-type]
        figure_claim(
            c, "12 fighters", low=12, high=12, speaker="Police", **kw("fighters killed in Torvald")
        ),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([a, b, c], [TORVALD], claims).groups
    assert group.label == "US Red Band fighters killed in Torvald, 4 May 2031"


@pytest.mark.parametrize(
    ("name", "texts", "written"),
    [
        ("us storm desk", ["US Storm Desk wind speed"], "US Storm Desk"),
        # "it" and "us" are words as well as acronyms: the text decides
        ("it staff", ["IT staff laid off"], "IT Staff"),
        ("mcallister guard", ["McAllister Guard fighters"], "McAllister Guard"),
        # a shouted headline says nothing of casing; a name no text holds is cased as a
        # name in capitals is, acronyms kept
        ("red band", ["RED BAND FIGHTERS"], "Red Band"),
        ("us storm desk", [], "US Storm Desk"),
    ],
)
def test_as_written_cases_a_lowered_name_as_the_reports_write_it(
    name: str, texts: list[str], written: str
) -> None:
    assert as_written(name, texts) == written


def test_group_names_in_reasons_keep_acronyms() -> None:
    assert _title(frozenset({"us marines", "us marine corps"})) == "US Marines"
    assert _title(frozenset({"euphrates wrath"})) == "Euphrates Wrath"
    assert _title(frozenset({"ypg"})) == "YPG"


def test_an_explanation_opening_with_a_site_s_domain_keeps_its_case() -> None:
    a = doc("a", "Rescuers said 12 fighters of the Red Band died in Torvald.", "tarnpost.com")
    b = doc("b", "Medics said 30 fighters of the Red Band died in Torvald.", "kessowwire.org")
    kw = dict(
        measure="Red Band fighters in Torvald",
        counted="fighters",
        qualifiers=("died",),
        where=TORVALD.id,
        when=SUNDAY,
    )
    claims = [
        figure_claim(a, "12 fighters", low=12, high=12, **kw),  # type: ignore[arg-type]
        figure_claim(b, "30 fighters", low=30, high=30, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([a, b], [TORVALD], claims).groups
    (group,) = [g for g in groups if not g.explanation.startswith("Only")]
    assert group.explanation.split(" ")[0] in {"tarnpost.com", "kessowwire.org"}, group.explanation


def test_labels_name_people_by_the_state_counted_not_another_s_word() -> None:
    a = doc("a", "About 900 people fled from Torvald after the dam broke.", "North")
    claim = figure_claim(
        a, "About 900 people", low=900, high=900, hedge="about",
        measure="people fled from Torvald", qualifiers=("displaced",), where=TORVALD.id,
    )  # fmt: skip
    (group,) = reconcile([a], [TORVALD], [claim]).groups
    assert "fled" not in group.label and "displaced" in group.label


def test_labels_a_statement_by_a_sentence_rather_than_a_headline() -> None:
    titled = dataclasses.replace(
        doc("a", "Last families leave Torvald\n\nThe last families left Torvald on Monday.", "N"),
        title="Last families leave Torvald",
    )
    b = doc("b", "Officials said the last families left Torvald on Monday.", "South")
    claims = [
        assertion_claim(
            titled, "Last families leave Torvald", subject="the last families",
            predicate="leave", obj="Torvald",
        ),
        assertion_claim(
            titled, "The last families left Torvald", subject="The last families",
            predicate="leave", obj="Torvald",
        ),
        assertion_claim(
            b, "the last families left Torvald", subject="the last families", predicate="leave",
            obj="Torvald",
        ),
    ]  # fmt: skip
    groups = [g for g in reconcile([titled, b], [TORVALD], claims).groups if len(g.claims) > 1]
    assert groups
    assert all(not g.label.startswith("Last families leave") for g in groups)


def test_labels_say_what_befell_those_a_casualty_count_counts() -> None:
    a = doc("a", "The gunman shot three people in Torvald, police said.", "North")
    b = doc("b", "Three people were shot in Torvald.", "South")
    kw = dict(low=3, high=3, measure="people in Torvald", where=TORVALD.id)
    claims = [
        figure_claim(a, "three people", qualifiers=("shot",), **kw),  # type: ignore[arg-type]
        figure_claim(b, "Three people", qualifiers=("shot",), **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.label == "people killed or injured in Torvald"
    # Words that already say it are kept as they are.
    shot = [
        figure_claim(d, p, qualifiers=("shot",), **{**kw, "measure": "people shot in Torvald"})  # type: ignore[arg-type]
        for d, p in ((a, "three people"), (b, "Three people"))
    ]
    (group,) = reconcile([a, b], [TORVALD], shot).groups
    assert group.label == "people shot in Torvald"


def test_labels_name_those_held_in_a_case_at_the_stage_their_reports_count() -> None:
    # Those only accused are never labelled as arrested, nor those a court convicted.
    def label(text: str, phrase: str, counted: str, qualifiers: tuple[str, ...]) -> str:
        a = doc("a", text, "North")
        b = doc("b", text, "South")
        kw = dict(measure=f"{counted} in Torvald", counted=counted, qualifiers=qualifiers)
        claims = [
            figure_claim(x, phrase, low=2, high=2, where=TORVALD.id, **kw)  # type: ignore[arg-type]
            for x in (a, b)
        ]
        (group,) = reconcile([a, b], [TORVALD], claims).groups
        return group.label

    accused = "Two men accused of the robbery went on trial in Torvald."
    assert label(accused, "Two men", "men", ("accused",)) == "men charged in Torvald"
    convicted = "A court in Torvald convicted two defendants of fraud."
    assert label(convicted, "two defendants", "defendants", ()) == "defendants convicted in Torvald"
