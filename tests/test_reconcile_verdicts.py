"""Verdicts on hand-built figure claims: agree, conflict, update, single, scope_differs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from test_reconcile_helpers import TORVALD, amount, doc, entity_in, figure_claim, share
from triangulate.model import Claim, Document, Entity, Group, When
from triangulate.reconcile import reconcile
from triangulate.reconcile.events import earlier_event
from triangulate.reconcile.sources import Upstreams
from triangulate.reconcile.splits import Split
from triangulate.reconcile.things import measured_thing
from triangulate.reconcile.verdicts import judge, not_compared, split
from triangulate.reconcile.wording import speaks, their

A = doc("a", "Medics said 30 people died in the storm. Officials counted 31 dead.", "Coast Post")
B = doc("b", "The mayor said about 33 people were killed in Torvald.", "Valley News")
C = doc("c", "A clinic worker said 90 people died in Torvald.", "Hill Daily")


def _by_verdict(groups: tuple[Group, ...], verdict: str) -> list[Group]:
    return [g for g in groups if g.verdict == verdict]


def test_verdicts_agree_when_intervals_meet() -> None:
    claims = [
        figure_claim(A, "30 people", low=30, high=30, speaker="Medics"),
        figure_claim(B, "about 33 people", low=33, high=33, hedge="about", speaker="mayor"),
    ]
    out = reconcile([A, B], [TORVALD], claims)
    (group,) = out.groups
    assert group.verdict == "agree"
    assert group.independent_sources == 2
    assert group.range == (30, 33)
    assert group.conservative == 30
    # Names as given; the sentence's first letter is capitalised.
    assert "medics" in group.explanation.lower() and "mayor" in group.explanation.lower()


def test_verdicts_conflict_names_both_sides() -> None:
    claims = [
        figure_claim(A, "30 people", low=30, high=30, speaker="Medics"),
        figure_claim(C, "90 people", low=90, high=90, speaker="clinic worker"),
    ]
    (group,) = reconcile([A, C], [TORVALD], claims).groups
    assert group.verdict == "conflict"
    assert "30" in group.explanation and "90" in group.explanation
    assert "clinic worker" in group.explanation


def test_verdicts_figures_counting_only_a_pronoun_are_never_one_measure() -> None:
    # "60 percent of it" in one report and "90 percent of it" in another: "it" may be a
    # market in one and a town in the other, so no conflict can be called between them.
    one = doc("p1", "Officials said 60 percent of it was under water.", "Daily One", None)
    two = doc("p2", "The mayor said 90 percent of it was lost.", "Daily Two", None)
    claims = [
        figure_claim(
            one,
            "60 percent of it",
            low=60,
            high=60,
            measure="percent of unknown",
            counted="it",
            qualifiers=(),
            speaker="Officials",
        ),
        figure_claim(
            two,
            "90 percent of it",
            low=90,
            high=90,
            measure="percent of unknown",
            counted="it",
            qualifiers=(),
            speaker="mayor",
        ),
    ]
    groups = reconcile([one, two], [TORVALD], claims).groups
    assert [g.verdict for g in groups] == ["single", "single"]


def test_verdicts_rising_toll_from_one_source_is_an_update() -> None:
    early = doc("e", "Rescuers said 20 people died.", "Early Wire", "2030-05-01")
    late = doc("l", "The toll rose to 26, rescuers said.", "Late Wire", "2030-05-03")
    claims = [
        figure_claim(early, "20 people", low=20, high=20, speaker="Rescuers"),
        figure_claim(late, "26", low=26, high=26, speaker="rescuers"),
    ]
    (group,) = reconcile([early, late], [TORVALD], claims).groups
    assert group.verdict == "update"
    assert group.independent_sources == 1
    assert group.conservative == 26


def test_verdicts_update_inside_a_conflict_gets_its_own_group() -> None:
    early = doc("e", "Rescuers said 20 people died.", "Early Wire", "2030-05-01")
    late = doc("l", "The toll rose to 26, rescuers said.", "Late Wire", "2030-05-03")
    claims = [
        figure_claim(early, "20 people", low=20, high=20, speaker="Rescuers"),
        figure_claim(late, "26", low=26, high=26, speaker="rescuers"),
        figure_claim(C, "90 people", low=90, high=90, speaker="clinic worker"),
    ]
    groups = reconcile([early, late, C], [TORVALD], claims).groups
    (conflict,) = _by_verdict(groups, "conflict")
    (update,) = _by_verdict(groups, "update")
    assert update.id in conflict.related and conflict.id in update.related
    assert set(update.claims) == {claims[0].id, claims[1].id}


def test_verdicts_single_source_repeated() -> None:
    claims = [figure_claim(C, "90 people", low=90, high=90, speaker="clinic worker")]
    (group,) = reconcile([C], [TORVALD], claims).groups
    assert group.verdict == "single"
    assert group.independent_sources == 1


def test_verdicts_a_single_source_giving_two_values_says_both() -> None:
    # One source tells the quantity as a vague amount and as a number ("from dozens a day
    # to fewer than 10"): the explanation hides neither behind the first.
    d = doc("s", "Medics said dozens of people died, fewer than 10 of them in Torvald.", "Post")
    claims = [
        figure_claim(d, "dozens of people", low=24, high=None, hedge="vague", speaker="Medics"),
        figure_claim(d, "fewer than 10", low=None, high=10, hedge="at_most", speaker="Medics"),
    ]
    docs = {d.id: d}
    judged = judge(claims, Upstreams(claims, docs), docs)
    assert judged.verdict == "single"
    # The vague amount in its own words, never as a number the report does not give; the
    # bound in the report's own words too ("fewer than 10" excludes 10, "up to 10" would not).
    assert "figures for this: dozens, and fewer than 10." in judged.explanation, judged.explanation
    # The number alone is one figure.
    alone = claims[1:]
    told = judge(alone, Upstreams(alone, docs), docs).explanation
    assert told.endswith("this figure: fewer than 10."), told


def test_verdicts_killed_vs_casualties_is_scope_differs() -> None:
    d = doc("d", "Some 400 casualties were reported in Torvald.", "Field Notes")
    claims = [
        figure_claim(A, "30 people", low=30, high=30, speaker="Medics"),
        figure_claim(
            d,
            "400 casualties",
            low=400,
            high=400,
            measure="casualties in Torvald",
            counted="casualties",
            qualifiers=(),
        ),
    ]
    groups = reconcile([A, d], [TORVALD], claims).groups
    (scope,) = _by_verdict(groups, "scope_differs")
    assert set(scope.claims) == {c.id for c in claims}
    assert "casualties" in scope.explanation
    assert not _by_verdict(groups, "conflict")


def test_verdicts_two_week_toll_never_grouped_with_four_month_toll() -> None:
    d = doc("d", "Monitors said 12 civilians were killed in the past two weeks.", "Monitor")
    e = doc("e", "Monitors said 400 civilians were killed over the 4-month campaign.", "Monitor2")
    claims = [
        figure_claim(
            d, "12 civilians", low=12, high=12, counted="civilians", scope="in the past two weeks"
        ),
        figure_claim(
            e,
            "400 civilians",
            low=400,
            high=400,
            counted="civilians",
            scope="over the 4-month campaign",
        ),
    ]
    groups = reconcile([d, e], [TORVALD], claims).groups
    assert all(len(g.claims) == 1 for g in groups)


def test_verdicts_active_and_wounded_fighters_apart() -> None:
    d = doc("d", "About 80 active fighters remain and 50 wounded fighters.", "Front Desk")
    claims = [
        figure_claim(
            d,
            "About 80 active fighters",
            low=80,
            high=80,
            hedge="about",
            measure="active fighters remaining",
            counted="fighters",
            qualifiers=("active", "remain"),
        ),
        figure_claim(
            d,
            "50 wounded fighters",
            low=50,
            high=50,
            measure="fighters wounded",
            counted="fighters",
            qualifiers=("wounded",),
        ),
    ]
    groups = reconcile([d], [TORVALD], claims).groups
    assert all(len(g.claims) == 1 for g in groups)


def test_verdicts_longer_window_elsewhere_is_scope_differs() -> None:
    d = doc("d", "The council has recorded 95 deaths in Marsh County since 1 May.", "Council")
    e = doc("e", "Rescuers said 30 people died in Torvald on Sunday.", "Wire", "2030-05-20")
    claims = [
        figure_claim(
            d,
            "95 deaths",
            low=95,
            high=95,
            counted="deaths",
            measure="people killed in Marsh County",
            where="e-marsh",
            scope="since 1 May",
            when=When(start="2030-05-01", end="2030-05-21", precision="day"),
        ),
        figure_claim(
            e,
            "30 people",
            low=30,
            high=30,
            where="e-torvald",
            speaker="Rescuers",
            when=When(start="2030-05-19", end="2030-05-19", precision="day"),
        ),
    ]
    from test_reconcile_helpers import MARSH

    groups = reconcile([d, e], [TORVALD, MARSH], claims).groups
    (scope,) = _by_verdict(groups, "scope_differs")
    assert len(scope.claims) == 2
    assert not _by_verdict(groups, "conflict")


def test_verdicts_a_relay_dropping_a_hedge_restates_the_same_estimate() -> None:
    # The aid agency's "up to 900" reaches a later report as a bare 900: still "up to 900".
    early = doc("e", "The aid agency said up to 900 people remain.", "Early Wire", "2030-05-01")
    late = doc("l", "Some 900 people remain, the aid agency said.", "Late Wire", "2030-05-04")
    witness = doc("w", "A witness said around 800 people remain.", "Hill Daily", "2030-05-02")
    kw = dict(measure="people remaining in Torvald", qualifiers=("remain",))
    claims = [
        figure_claim(
            early, "up to 900", low=None, high=900, hedge="at_most", speaker="aid agency", **kw
        ),  # type: ignore[arg-type]
        figure_claim(late, "900 people", low=900, high=900, speaker="aid agency", **kw),  # type: ignore[arg-type]
        figure_claim(
            witness, "around 800", low=800, high=800, hedge="about", speaker="witness", **kw
        ),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([early, late, witness], [TORVALD], claims).groups
    assert group.verdict == "agree", group.explanation
    assert group.independent_sources == 2


def test_verdicts_explanations_are_one_sentence_without_asides() -> None:
    early = doc("e", "Rescuers said 20 people died.", "Early Wire", "2030-05-01")
    late = doc("l", "The toll rose to 26, rescuers said.", "Late Wire", "2030-05-03")
    claims = [
        figure_claim(early, "20 people", low=20, high=20, speaker="Rescuers"),
        figure_claim(late, "26", low=26, high=26, speaker="rescuers"),
        figure_claim(C, "90 people", low=90, high=90, speaker="clinic worker"),
    ]
    for group in reconcile([early, late, C], [TORVALD], claims).groups:
        text = group.explanation
        assert "(" not in text and text[0].isupper() and text.endswith(".")
        assert text.count(". ") == 0, text


def test_verdicts_a_toll_rising_across_dated_reports_is_an_update() -> None:
    early = doc("e1", "Police said 12 people were injured.", "Morning Wire", "2030-05-01")
    late = doc("l1", "Medics said 18 people were injured.", "Evening Wire", "2030-05-02")
    kw = dict(measure="people injured in Torvald", qualifiers=("injured",))
    claims = [
        figure_claim(early, "12 people", low=12, high=12, speaker="Police", **kw),  # type: ignore[arg-type]
        figure_claim(late, "18 people", low=18, high=18, speaker="Medics", **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([early, late], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    assert "18" in group.explanation and "latest" in group.explanation
    # A later report giving less is not explained by time.
    fewer = doc("l2", "Medics said 8 people were injured.", "Evening Wire", "2030-05-02")
    claims[1] = figure_claim(fewer, "8 people", low=8, high=8, speaker="Medics", **kw)  # type: ignore[arg-type]
    (group,) = reconcile([early, fewer], [TORVALD], claims).groups
    assert group.verdict == "conflict"


def test_verdicts_one_source_relayed_by_two_outlets_names_them() -> None:
    one = doc("r1", "The monitor said 70 people died.", "North Wire")
    two = doc("r2", "The monitor said 70 people died.", "South Wire")
    claims = [
        figure_claim(one, "70 people", low=70, high=70, speaker="monitor"),
        figure_claim(two, "70 people", low=70, high=70, speaker="monitor"),
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert group.verdict == "single"
    assert "North Wire and South Wire report it" in group.explanation


def test_verdicts_a_hospital_count_is_not_the_injured_toll() -> None:
    # Hospitals count those they treat, a part of the injured: 4 against 12 is no conflict.
    h = doc("h1", "Four people were treated in hospital, a medic said.", "Clinic News")
    p = doc("p1", "Police said 12 people were injured.", "City Wire")
    claims = [
        figure_claim(
            h,
            "Four people",
            low=4,
            high=4,
            measure="people",
            qualifiers=("treated",),
            speaker="medic",
        ),
        figure_claim(
            p,
            "12 people",
            low=12,
            high=12,
            measure="people injured",
            qualifiers=("injured",),
            speaker="Police",
        ),
    ]
    groups = reconcile([h, p], [TORVALD], claims).groups
    assert not [g for g in groups if g.verdict == "conflict"]
    assert all(len(g.claims) == 1 for g in groups if g.verdict != "scope_differs")


def test_verdicts_crowds_of_a_stated_day_and_of_none_are_not_set_against_each_other() -> None:
    saturday = When(start="2030-05-04", end="2030-05-04", precision="day")
    a = doc("c1", "On Saturday about 1,000 people marched in Torvald.", "North")
    b = doc("c2", "More than 10,000 people marched in Torvald, organisers said.", "South")
    c = doc("c3", "One student marched in Torvald with a banner.", "East")
    kw = dict(measure="people marching in Torvald", qualifiers=("marched",))
    claims = [
        figure_claim(
            a, "about 1,000 people", low=1000, high=1000, hedge="about", when=saturday, **kw
        ),  # type: ignore[arg-type]
        figure_claim(b, "More than 10,000 people", low=10000, high=None, hedge="at_least", **kw),  # type: ignore[arg-type]
        figure_claim(c, "One student", low=1, high=1, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([a, b, c], [TORVALD], claims).groups
    assert not [g for g in groups if g.verdict == "conflict"]
    assert all(len(g.claims) == 1 for g in groups if g.verdict != "scope_differs")


def test_verdicts_one_report_giving_two_values_in_one_voice_is_no_conflict() -> None:
    # "Five boats approached; the crew seized three": a whole and its part, so another
    # report's "three boats" and a third's "five boats" do not dispute one number.
    kw = dict(measure="boats in Torvald", counted="boats", qualifiers=())
    both = doc("b1", "Five boats approached the ferry and the crew seized three boats.", "Bay")
    three = doc("b2", "Sailors seized three boats near Torvald.", "Port News")
    five = doc("b3", "Five boats approached the ferry near Torvald.", "Coast Post")
    claims = [
        figure_claim(both, "Five boats", low=5, high=5, **kw),  # type: ignore[arg-type]
        figure_claim(both, "three boats", low=3, high=3, **kw),  # type: ignore[arg-type]
        figure_claim(three, "three boats", low=3, high=3, **kw),  # type: ignore[arg-type]
        figure_claim(five, "Five boats", low=5, high=5, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([both, three, five], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "Bay gives both 3 and 5 in its own words" in scope.explanation
    parts = sorted(sorted(g.claims) for g in groups if g.verdict != "scope_differs")
    assert parts == sorted(
        [sorted([claims[0].id, claims[3].id]), sorted([claims[1].id, claims[2].id])]
    )


def test_verdicts_a_report_relaying_two_sources_that_disagree_is_still_a_conflict() -> None:
    d = doc("d1", "Police said 12 people were injured; medics said 30 people were.", "Wire")
    kw = dict(measure="people injured in Torvald", qualifiers=("injured",))
    claims = [
        figure_claim(d, "12 people", low=12, high=12, speaker="Police", **kw),  # type: ignore[arg-type]
        figure_claim(d, "30 people", low=30, high=30, speaker="medics", **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([d], [TORVALD], claims).groups
    assert group.verdict == "conflict"


def test_verdicts_a_toll_whose_stated_numbers_rise_over_days_is_an_update() -> None:
    # "At least 3" on the first day and 10 on the next can both hold, but the count rose.
    early = doc("s1", "The governor said at least three people died.", "First Wire", "2030-05-01")
    late = doc("s2", "Officials said 10 people died.", "Second Wire", "2030-05-02")
    claims = [
        figure_claim(
            early, "at least three people", low=3, high=None, hedge="at_least", speaker="governor"
        ),
        figure_claim(late, "10 people", low=10, high=10, speaker="Officials"),
    ]
    (group,) = reconcile([early, late], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    assert "10 on 2030-05-02, the latest figure" in group.explanation
    # The same two figures on one day agree: nothing says the count rose.
    same = doc("s3", "Officials said 10 people died.", "Second Wire", "2030-05-01")
    claims[1] = figure_claim(same, "10 people", low=10, high=10, speaker="Officials")
    (group,) = reconcile([early, same], [TORVALD], claims).groups
    assert group.verdict == "agree"


def test_verdicts_a_length_range_is_given_in_the_unit_most_reports_use() -> None:
    kw = dict(counted="tanker", measure="distance of tanker", kind="length")
    one = doc("k1", "The tanker sank 150 km off the coast, the navy said.", "North Wire")
    two = doc("k2", "Rescuers reached the tanker, 150 km off the coast.", "South Wire")
    three = doc("k3", "The tanker went down 93 miles off the coast.", "East Wire")
    claims = [
        amount(one, "150 km", 150, unit="km", **kw),  # type: ignore[arg-type]
        amount(two, "150 km", 150, unit="km", **kw),  # type: ignore[arg-type]
        amount(three, "93 miles", 93, unit="mi", **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([one, two, three], [TORVALD], claims).groups
    assert group.verdict == "agree", group.explanation
    # Kilometres, as two of the three reports give it, never metres no report uses.
    assert group.range == (pytest.approx(149.7, abs=0.1), 150)
    assert group.conservative == pytest.approx(149.7, abs=0.1)


def test_verdicts_a_conflict_of_lengths_tells_each_value_in_the_unit_it_was_given() -> None:
    kw = dict(counted="fall", measure="length of fall", kind="length")
    one = doc("f1", "The climber fell about 60 metres (200 feet) from a ridge.", "North Wire")
    two = doc("f2", "The climber fell 150 metres from the ridge, police said.", "South Wire")
    claims = [
        amount(one, "about 60 metres", 60, unit="m", **kw),  # type: ignore[arg-type]
        amount(one, "200 feet", 200, unit="ft", **kw),  # type: ignore[arg-type]
        amount(two, "150 metres", 150, unit="m", **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([one, two], [TORVALD], claims).groups
    (group,) = [g for g in groups if g.verdict == "conflict"]
    # Feet and metres compared in metres, and each value said with its unit: never "gives
    # about 200 while ... gives 150", which reads as the larger figure.
    assert "150 m" in group.explanation, group.explanation
    assert "60 m" in group.explanation or "200 ft" in group.explanation


def test_verdicts_durations_are_compared_in_one_unit_whatever_unit_they_are_said_in() -> None:
    kw = dict(measure="duration of the strike", counted="strike", qualifiers=())
    week = doc("w1", "The strike lasted a week, the union said.", "North Wire")
    days = doc("w2", "Dockers ended their 8-day strike, the port said.", "South Wire")

    def duration(d: Document, phrase: str, value: float, unit: str, speaker: str) -> Claim:
        made = figure_claim(d, phrase, low=value, high=value, speaker=speaker, **kw)  # type: ignore[arg-type]
        assert made.figure is not None
        return replace(made, figure=replace(made.figure, kind="duration", unit=unit))

    claims = [
        duration(week, "a week", 1, "week", "union"),
        duration(days, "8-day", 8, "day", "port"),
    ]
    (group,) = reconcile([week, days], [TORVALD], claims).groups
    assert group.verdict == "agree", group.explanation
    assert group.range == (1 * 7, 8)  # given in days, the finer unit
    assert "a duration as within 20 percent of the unit it is said in" in group.explanation
    # Half a minute against a minute is a real difference, not a rounding.
    half = doc("w3", "Witnesses said the shaking lasted 30 seconds.", "East Wire")
    whole = doc("w4", "Residents said the shaking lasted a minute.", "West Wire")
    claims = [
        duration(half, "30 seconds", 30, "second", "Witnesses"),
        duration(whole, "a minute", 1, "minute", "Residents"),
    ]
    (group,) = reconcile([half, whole], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def test_verdicts_a_span_of_something_still_going_on_grows_with_the_report_day() -> None:
    kw = dict(measure="duration of unrest", counted="unrest", qualifiers=())

    def span(d: Document, phrase: str, value: float, unit: str = "day") -> Claim:
        made = figure_claim(d, phrase, low=value, high=value, speaker=d.outlet, **kw)  # type: ignore[arg-type]
        assert made.figure is not None
        return replace(made, figure=replace(made.figure, kind="duration", unit=unit))

    # Five days of unrest told on the 4th, eight days told on the 7th: one start fits both.
    early = doc("u1", "Five days of unrest have shut the port.", "North Wire", "2031-03-04")
    late = doc("u2", "After eight days of unrest the port reopened.", "South Wire", "2031-03-07")
    claims = [span(early, "Five days", 5), span(late, "eight days", 8)]
    (group,) = reconcile([early, late], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    assert "grows with the day it is told" in group.explanation
    assert "North Wire gives 5 days on 2031-03-04" in group.explanation
    assert "South Wire gives 8 days on 2031-03-07, the latest figure" in group.explanation
    assert group.conservative == 8
    # Told one day apart, three days more are not explained by the time between them.
    next_day = doc(
        "u3", "After eight days of unrest the port reopened.", "South Wire", "2031-03-05"
    )
    claims = [span(early, "Five days", 5), span(next_day, "eight days", 8)]
    (group,) = reconcile([early, next_day], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation
    # A report whose day is only inferred may be later than that day: one start still fits.
    guessed = replace(next_day, published=replace(next_day.published, basis="inferred"))
    claims = [span(early, "Five days", 5), span(guessed, "eight days", 8)]
    (group,) = reconcile([early, guessed], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    # ... by days, never by years: a 10-year term and an 8-year one stay in dispute.
    one = doc("u6", "He is serving an 8-year term.", "North Wire", "2031-03-04")
    two = doc("u7", "He is serving a 10-year term.", "South Wire", "2031-03-05")
    two = replace(two, published=replace(two.published, basis="inferred"))
    terms = [span(one, "8-year term", 8, "year"), span(two, "10-year term", 10, "year")]
    (group,) = reconcile([one, two], [TORVALD], terms).groups
    assert group.verdict == "conflict", group.explanation
    # A span of seconds is over before any report is written: days apart change nothing.
    one = doc("u4", "The shaking lasted 30 seconds.", "North Wire", "2031-03-04")
    two = doc("u5", "The shaking lasted 90 seconds.", "South Wire", "2031-03-07")
    claims = [span(one, "30 seconds", 30, "second"), span(two, "90 seconds", 90, "second")]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def test_verdicts_a_later_figure_in_the_same_report_supersedes_the_earlier_one() -> None:
    # "By evening" places the second toll later the same day: the report tells a rise.
    d = doc(
        "t1",
        "Police said 12 people were injured at noon. By evening police said 18 people were.",
        "City Wire",
        "2030-05-05",
    )
    kw = dict(measure="people injured in Torvald", qualifiers=("injured",))
    claims = [
        figure_claim(d, "12 people", low=12, high=12, speaker="Police", **kw),  # type: ignore[arg-type]
        figure_claim(d, "18 people", low=18, high=18, speaker="police", **kw),  # type: ignore[arg-type]
    ]
    other = doc("t2", "Medics said 18 people were injured.", "Hill Daily", "2030-05-05")
    claims.append(figure_claim(other, "18 people", low=18, high=18, speaker="Medics", **kw))  # type: ignore[arg-type]
    (group,) = reconcile([d, other], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    assert "gave 12 and then 18 in one report" in group.explanation
    assert group.conservative == 18
    # Without words placing it later, the two values are two figures (a total and a part),
    # never one range from 12 to 18 that the medics' 18 agrees with: the 18s agree, and
    # the 12 is set apart.
    plain = doc("t3", "Police said 12 people were injured at noon and 18 people were.", "City Wire")
    claims[:2] = [
        figure_claim(plain, "12 people", low=12, high=12, speaker="Police", **kw),  # type: ignore[arg-type]
        figure_claim(plain, "18 people", low=18, high=18, speaker="police", **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([plain, other], [TORVALD], claims).groups
    (agreed,) = [g for g in groups if g.verdict == "agree"]
    assert set(agreed.claims) == {claims[1].id, claims[2].id}, agreed.explanation
    (alone,) = [g for g in groups if g.verdict == "single"]
    assert alone.claims == (claims[0].id,)
    assert not [g for g in groups if g.verdict == "conflict"]


def test_verdicts_a_figure_called_earlier_is_superseded_wherever_it_stands() -> None:
    d = doc(
        "h1",
        "The toll rose to 52, the governor said. Earlier the governor had said 40 people died.",
        "Coast Post",
        "2030-05-02",
    )
    medics = doc("h2", "Medics said about 50 people died.", "Hill Daily", "2030-05-02")
    claims = [
        figure_claim(d, "52", low=52, high=52, speaker="governor"),
        figure_claim(d, "40 people", low=40, high=40, speaker="governor"),
        figure_claim(medics, "about 50 people", low=50, high=50, hedge="about", speaker="Medics"),
    ]
    (group,) = reconcile([d, medics], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    assert "gave 40 and then 52 in one report" in group.explanation
    assert group.conservative == 50


def test_verdicts_a_later_number_inside_what_the_first_allows_is_no_rise() -> None:
    # "About 50" allows 52: a later 52 agrees with it rather than raising the count.
    early = doc("r1", "Medics said about 50 people died.", "Hill Daily", "2030-05-01")
    late = doc("r2", "Officials said 52 people died.", "Coast Post", "2030-05-02")
    claims = [
        figure_claim(early, "about 50 people", low=50, high=50, hedge="about", speaker="Medics"),
        figure_claim(late, "52 people", low=52, high=52, speaker="Officials"),
    ]
    (group,) = reconcile([early, late], [TORVALD], claims).groups
    assert group.verdict == "agree", group.explanation


def test_verdicts_a_count_feared_dead_is_a_ceiling_not_a_confirmed_toll() -> None:
    feared = doc("f1", "Six feared dead as storm hits the coast.", "North Wire")
    confirmed = doc("f2", "Officials said three people died in the storm.", "South Wire")
    claims = [
        figure_claim(feared, "Six", low=6, high=6),
        figure_claim(confirmed, "three people", low=3, high=3, speaker="Officials"),
    ]
    (group,) = reconcile([feared, confirmed], [TORVALD], claims).groups
    assert group.verdict == "agree", group.explanation
    assert "gives 6 feared dead" in group.explanation
    # More confirmed deaths than were feared is a dispute.
    more = doc("f3", "Officials said nine people died in the storm.", "South Wire")
    claims[1] = figure_claim(more, "nine people", low=9, high=9, speaker="Officials")
    (group,) = reconcile([feared, more], [TORVALD], claims).groups
    assert group.verdict == "conflict"


def test_verdicts_an_update_within_one_report_inside_a_conflict_says_so() -> None:
    d = doc(
        "u1",
        "Police said 20 people died at dawn. By evening police said 26 people had died.",
        "City Wire",
        "2030-05-05",
    )
    claims = [
        figure_claim(d, "20 people", low=20, high=20, speaker="Police"),
        figure_claim(d, "26 people", low=26, high=26, speaker="police"),
        figure_claim(C, "90 people", low=90, high=90, speaker="clinic worker"),
    ]
    groups = reconcile([d, C], [TORVALD], claims).groups
    (update,) = _by_verdict(groups, "update")
    assert "gave 20 and then 26 in one report on 2030-05-05" in update.explanation
    assert "earlier report" not in update.explanation


def test_verdicts_a_parenthesis_giving_another_source_s_value_is_a_dispute() -> None:
    kw = dict(measure="people injured in Torvald")
    told = doc(
        "p1",
        "Police said the crowd left with no injuries (the Harbor Post says three people "
        "were injured).",
        "Bay",
    )
    other = doc("p2", "No one was injured in Torvald, police said.", "Coast Post")
    claims = [
        figure_claim(told, "no injuries", low=0, high=0, speaker="Police", **kw),  # type: ignore[arg-type]
        figure_claim(told, "three people", low=3, high=3, **kw),  # type: ignore[arg-type]
        figure_claim(other, "No one", low=0, high=0, speaker="police", **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([told, other], [TORVALD], claims).groups
    # Another outlet's word in brackets sets its value against the police's: never one
    # voice counting two things.
    assert _by_verdict(groups, "conflict"), [g.explanation for g in groups]
    assert not _by_verdict(groups, "scope_differs")


def test_verdicts_a_toll_said_to_have_risen_makes_lower_undated_figures_earlier() -> None:
    undated = doc("d1", "The governor said at least three people died.", "First Wire")
    risen = doc("d2", "The death toll rose to 10, officials said.", "Second Wire", "2030-05-02")
    claims = [
        figure_claim(
            undated, "at least three people", low=3, high=None, hedge="at_least", speaker="governor"
        ),
        figure_claim(risen, "10", low=10, high=10, speaker="officials"),
    ]
    (group,) = reconcile([undated, risen], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    assert "at least 3 earlier, and officials give 10 on 2030-05-02" in group.explanation
    # Without words saying the toll rose, the two can both hold: they agree.
    flat = doc("d3", "The death toll is 10, officials said.", "Second Wire", "2030-05-02")
    claims[1] = figure_claim(flat, "10", low=10, high=10, speaker="officials")
    (group,) = reconcile([undated, flat], [TORVALD], claims).groups
    assert group.verdict == "agree", group.explanation


def test_verdicts_one_sentence_giving_a_whole_and_its_part_in_one_voice_is_no_conflict() -> None:
    kw = dict(measure="people killed in Torvald")
    told = doc("s1", "Two people died, the mayor said, one crushed by a falling wall.", "Bay")
    one = doc("s2", "One person died when a wall fell in Torvald.", "Port News")
    two = doc("s3", "Two people died in Torvald, officials said.", "Coast Post")
    claims = [
        figure_claim(told, "Two people", low=2, high=2, speaker="mayor", **kw),  # type: ignore[arg-type]
        figure_claim(told, "one crushed", low=1, high=1, **kw),  # type: ignore[arg-type]
        figure_claim(one, "One person", low=1, high=1, **kw),  # type: ignore[arg-type]
        figure_claim(two, "Two people", low=2, high=2, speaker="officials", **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([told, one, two], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "one sentence of Bay gives both 1 and 2" in scope.explanation


def test_verdicts_a_claims_own_group_has_the_first_id_of_the_groups_holding_it() -> None:
    # Stores take the first group holding a claim, by id, as its group: its own measure,
    # never the update or scope_differs group built on top of it.
    early = doc("e", "Rescuers said 20 people died.", "Early Wire", "2030-05-01")
    late = doc("l", "The toll rose to 26, rescuers said.", "Late Wire", "2030-05-03")
    d = doc("d", "Some 400 casualties were reported in Torvald.", "Field Notes")
    claims = [
        figure_claim(early, "20 people", low=20, high=20, speaker="Rescuers"),
        figure_claim(late, "26", low=26, high=26, speaker="rescuers"),
        figure_claim(C, "90 people", low=90, high=90, speaker="clinic worker"),
        figure_claim(
            d,
            "400 casualties",
            low=400,
            high=400,
            measure="casualties in Torvald",
            counted="casualties",
            qualifiers=(),
        ),
    ]
    groups = reconcile([early, late, C, d], [TORVALD], claims).groups
    assert {g.verdict for g in groups} >= {"conflict", "update", "scope_differs"}
    for claim in claims:
        first = min((g for g in groups if claim.id in g.claims), key=lambda g: g.id)
        assert first.verdict not in {"update", "scope_differs"}, first


def test_verdicts_a_breakdown_adding_up_to_another_figure_is_its_part() -> None:
    # "12 sailors and 11 fishermen" is a breakdown of the 23 another report gives.
    kw = dict(measure="people rescued in Torvald", qualifiers=("rescued",))
    parts = doc("k1", "Divers pulled out 12 sailors and 11 fishermen alive.", "Bay Times")
    whole = doc("k2", "Divers rescued 23 people off Torvald.", "Coast Post")
    claims = [
        figure_claim(parts, "12 sailors", low=12, high=12, **kw),  # type: ignore[arg-type]
        figure_claim(whole, "23 people", low=23, high=23, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([parts, whole], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert 'Bay Times gives 12 as a part of 23 ("12 sailors and 11 fishermen")' in (
        scope.explanation
    )
    # Numbers of different things joined by a verb do not add up to a whole.
    two = doc("k3", "The blast killed 12 sailors and injured 11 fishermen.", "Bay Times")
    claims[0] = figure_claim(two, "12 sailors", low=12, high=12, **kw)  # type: ignore[arg-type]
    groups = reconcile([two, whole], [TORVALD], claims).groups
    assert [g.verdict for g in groups] == ["conflict"]


def test_verdicts_a_figure_counted_out_of_a_whole_is_its_part() -> None:
    kw = dict(measure="people arrested in Torvald", qualifiers=("arrested",))
    parts = doc("o1", "Of the 40 people arrested, nine were students.", "Bay Times")
    whole = doc("o2", "Police arrested 40 people in Torvald.", "Coast Post")
    claims = [
        figure_claim(parts, "nine", low=9, high=9, **kw),  # type: ignore[arg-type]
        figure_claim(whole, "40 people", low=40, high=40, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([parts, whole], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert '("Of the 40 people arrested, nine")' in scope.explanation


def test_verdicts_a_figure_told_as_a_possibility_never_decides() -> None:
    maybe = doc("q1", "The sheriff said there might have been three people killed.", "Bay")
    count = doc("q2", "One person was killed in Torvald, police said.", "Coast Post")
    claims = [
        figure_claim(maybe, "three people", low=3, high=3, speaker="sheriff"),
        figure_claim(count, "One person", low=1, high=1, speaker="police"),
    ]
    (group,) = reconcile([maybe, count], [TORVALD], claims).groups
    assert group.verdict != "conflict", group.explanation
    # A counterfactual that takes the count as given ("we would not have 30 dead") still
    # decides.
    fact = doc("q3", "Had they listened, we would not have three people killed.", "Bay")
    claims[0] = figure_claim(fact, "three people", low=3, high=3, speaker="sheriff")
    (group,) = reconcile([fact, count], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def test_verdicts_a_denied_figure_never_decides() -> None:
    kw = dict(measure="people evacuated in Torvald", qualifiers=("evacuated",))
    denied = doc("n1", "The army did not evacuate 500 people from the lower town.", "Bay")
    count = doc("n2", "About 2,000 people were evacuated from Torvald.", "Coast Post")
    claims = [
        figure_claim(denied, "500 people", low=500, high=500, **kw),  # type: ignore[arg-type]
        figure_claim(count, "About 2,000 people", low=2000, high=2000, **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([denied, count], [TORVALD], claims).groups
    assert group.verdict != "conflict", group.explanation
    # "Not counting 500" names people left out of another count: they are still counted.
    apart = doc("n4", "Officials evacuated 1,500 people, not counting 500 people.", "Bay")
    claims[0] = figure_claim(apart, "500 people", low=500, high=500, **kw)  # type: ignore[arg-type]
    (group,) = reconcile([apart, count], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation
    # "Not more than 500" is a bound, not a denial: it still disputes 2,000.
    bound = doc("n3", "The army said it moved not more than 500 people.", "Bay")
    claims[0] = figure_claim(bound, "500 people", low=500, high=500, hedge="at_most", **kw)  # type: ignore[arg-type]
    (group,) = reconcile([bound, count], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def test_verdicts_the_missing_counted_lower_on_a_later_day_is_an_update() -> None:
    kw = dict(measure="people missing in Torvald", qualifiers=("missing",))
    early = doc("x1", "Coastguards said 27 people were missing.", "Bay", "2032-06-12")
    late = doc("x2", "Divers said 23 people were still missing.", "Coast Post", "2032-06-13")
    claims = [
        figure_claim(early, "27 people", low=27, high=27, speaker="Coastguards", **kw),  # type: ignore[arg-type]
        figure_claim(late, "23 people", low=23, high=23, speaker="Divers", **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([early, late], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    assert "changed as reports came in" in group.explanation
    assert "23 on 2032-06-13, the latest figure" in group.explanation
    # Games missed are no people: a count of them that differs is not explained by time.
    kw = dict(measure="games missing", counted="games", qualifiers=("missing",))
    one = doc("g1", "The striker has missed 27 games.", "Bay", "2032-06-12")
    two = doc("g2", "The striker has missed 23 games.", "Coast Post", "2032-06-13")
    claims = [
        figure_claim(one, "27 games", low=27, high=27, **kw),  # type: ignore[arg-type]
        figure_claim(two, "23 games", low=23, high=23, **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation
    # A toll that falls on a later day is still a conflict.
    kw = dict(measure="people killed in Torvald", qualifiers=("killed",))
    claims = [
        figure_claim(early, "27 people", low=27, high=27, speaker="Coastguards", **kw),  # type: ignore[arg-type]
        figure_claim(late, "23 people", low=23, high=23, speaker="Divers", **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([early, late], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def test_verdicts_a_figure_of_an_earlier_year_is_another_time_not_a_dispute() -> None:
    then = doc(
        "y1",
        "When the old ferry sank in 2019, 96 people died, the mayor said.",
        "Bay",
        "2032-06-12",
    )
    now = doc("y2", "Coastguards said 11 people died in Torvald.", "Coast Post", "2032-06-12")
    claims = [
        figure_claim(then, "96 people", low=96, high=96, speaker="mayor"),
        figure_claim(now, "11 people", low=11, high=11, speaker="Coastguards"),
    ]
    groups = reconcile([then, now], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "Bay gives 96 for 2019, before its report's own time" in scope.explanation
    # Words may name the earlier time instead of a year.
    then = doc("y3", "Last year a flood in the valley killed 31 people.", "Bay")
    claims[0] = figure_claim(then, "31 people", low=31, high=31)
    groups = reconcile([then, now], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert 'Bay gives 31 for an earlier time ("last year"), before its' in scope.explanation


def test_verdicts_an_earlier_time_other_reports_were_written_in_is_the_story_own() -> None:
    # A report of 2034 recalls the storm "two years ago"; the reports written in 2032 tell
    # of that storm as news: one count, told from two distances in time, and in dispute.
    kw = dict(measure="boats sunk in Torvald", counted="boats", qualifiers=("sank",))
    then = doc("t1", "Coastguards said 11 boats sank in Torvald.", "Coast Post", "2032-06-12")
    later = doc(
        "t2",
        "The trial opened over the storm two years ago that sank 19 boats in Torvald.",
        "Bay",
        "2034-03-02",
    )
    claims = [
        figure_claim(then, "11 boats", low=11, high=11, speaker="Coastguards", **kw),  # type: ignore[arg-type]
        figure_claim(later, "19 boats", low=19, high=19, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([then, later], [TORVALD], claims).groups
    assert not _by_verdict(groups, "scope_differs")
    (group,) = _by_verdict(groups, "conflict")
    assert "11" in group.explanation and "19" in group.explanation
    # A year named outright places it there too.
    named = doc("t3", "In 2032 the storm sank 19 boats in Torvald.", "Bay", "2034-03-02")
    claims[1] = figure_claim(named, "19 boats", low=19, high=19, **kw)  # type: ignore[arg-type]
    assert _by_verdict(reconcile([then, named], [TORVALD], claims).groups, "conflict")
    # No report written in the year the words name: another time, as before.
    other = doc(
        "t4",
        "The trial opened over the storm three years ago that sank 19 boats in Torvald.",
        "Bay",
        "2034-03-02",
    )
    claims[1] = figure_claim(other, "19 boats", low=19, high=19, **kw)  # type: ignore[arg-type]
    groups = reconcile([then, other], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert 'Bay gives 19 for an earlier time ("three years ago")' in scope.explanation


def test_verdicts_a_year_of_a_clause_after_the_figure_dates_that_clause_not_the_figure() -> None:
    # "..., which took place on June 17, 2019" dates the raid, not the months served: the
    # two reports' terms are one quantity in dispute, not figures of different times.
    kw = dict(measure="duration in prison", counted="months", qualifiers=("served",))
    told = "Dalby served four months in prison for his part in the raid on the Orvel depot"
    a = doc("w1", f"{told}, which took place on June 17, 2019.", "Coast Post", "2032-06-12")
    b = doc("w2", "Dalby served six months in prison for the raid.", "Bay News", "2032-06-12")
    claims = [
        figure_claim(a, "four months", low=4, high=4, kind="duration", unit="month", **kw),  # type: ignore[arg-type]
        figure_claim(b, "six months", low=6, high=6, kind="duration", unit="month", **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([a, b], [TORVALD], claims).groups
    assert not _by_verdict(groups, "scope_differs")
    (group,) = _by_verdict(groups, "conflict")
    assert "4 months" in group.explanation and "6 months" in group.explanation
    # A year of the figure's own clause still places it at that time.
    dated = doc(
        "w3", "In 2019 Dalby served four months in prison for the raid.", "Bay", "2032-06-12"
    )
    claims[0] = figure_claim(
        dated, "four months", low=4, high=4, kind="duration", unit="month", **kw
    )  # type: ignore[arg-type]
    groups = reconcile([dated, b], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "Bay gives 4 months for 2019, before its report's own time" in scope.explanation


def test_verdicts_a_figure_of_another_month_is_another_time_not_a_dispute() -> None:
    now = doc("m1", "Coastguards said 11 people died in Torvald.", "Coast Post", "2032-06-12")
    toll = figure_claim(now, "11 people", low=11, high=11, speaker="Coastguards")
    # News names the current week's days by their weekday, earlier events by their month.
    then = doc("m2", "In February, a flood in the valley killed 31 people.", "Bay", "2032-06-12")
    claims = [figure_claim(then, "31 people", low=31, high=31), toll]
    groups = reconcile([then, now], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert 'Bay gives 31 for another month ("In February"), not its report' in scope.explanation
    # A report of unknown day naming a month places its figure in that month too.
    undated = doc("m3", "A flood in the valley killed 31 people in early March.", "Bay")
    claims = [figure_claim(undated, "31 people", low=31, high=31), toll]
    assert not _by_verdict(reconcile([undated, now], [TORVALD], claims).groups, "conflict")
    # A month that starts a span reaching the report's time is no other time.
    since = doc("m8", "Since the floods began in May, 31 people have died.", "Bay", "2032-06-12")
    claims = [figure_claim(since, "31 people", low=31, high=31), toll]
    assert _by_verdict(reconcile([since, now], [TORVALD], claims).groups, "conflict")
    # Nor is a month of another clause of the sentence.
    clause = doc(
        "m9", "The dam was shut in May and 31 people died in Torvald.", "Bay", "2032-06-12"
    )
    claims = [figure_claim(clause, "31 people", low=31, high=31), toll]
    assert _by_verdict(reconcile([clause, now], [TORVALD], claims).groups, "conflict")
    # An "and" joining the participles of the month's own clause opens no other clause.
    joined = doc("m10", "A storm hit in May, killing 2 and injuring 31.", "Bay", "2032-06-12")
    claims = [figure_claim(joined, "31", low=31, high=31), toll]
    assert not _by_verdict(reconcile([joined, now], [TORVALD], claims).groups, "conflict")
    # Nor does one joining two verbs of one subject.
    verbs = doc("m11", "A storm hit the valley in May and injured 31.", "Bay", "2032-06-12")
    claims = [figure_claim(verbs, "31", low=31, high=31), toll]
    assert not _by_verdict(reconcile([verbs, now], [TORVALD], claims).groups, "conflict")
    # The report's own month, or a day of a month, is no other time: the dispute stands.
    own = doc("m4", "In June, a flood in the valley killed 31 people.", "Bay", "2032-06-12")
    claims = [figure_claim(own, "31 people", low=31, high=31), toll]
    assert _by_verdict(reconcile([own, now], [TORVALD], claims).groups, "conflict")
    dated = doc("m5", "On June 9 a flood in the valley killed 31 people.", "Bay", "2032-06-12")
    claims = [figure_claim(dated, "31 people", low=31, high=31), toll]
    assert _by_verdict(reconcile([dated, now], [TORVALD], claims).groups, "conflict")
    # The figure's own words may call what it counts earlier.
    kw = dict(measure="arrests", counted="arrests", qualifiers=())
    record = doc("m6", "Lawyers said the suspect had four prior arrests.", "Bay")
    night = doc("m7", "Officers made 46 arrests during the march in Torvald.", "Coast")
    claims = [
        figure_claim(record, "four prior arrests", low=4, high=4, speaker="Lawyers", **kw),  # type: ignore[arg-type]
        figure_claim(night, "46 arrests", low=46, high=46, speaker="Officers", **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([record, night], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert 'for an earlier time ("prior")' in scope.explanation
    # A night's arrests count the people arrested: never in dispute with one man's record.
    overnight = doc("m12", "Officers made 46 arrests in Torvald overnight.", "Coast Post")
    claims = [
        figure_claim(record, "four prior arrests", low=4, high=4, speaker="Lawyers", **kw),  # type: ignore[arg-type]
        figure_claim(overnight, "46 arrests", low=46, high=46, speaker="Officers", **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([record, overnight], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    assert all(len(g.claims) == 1 for g in groups)


def test_verdicts_what_a_side_asks_for_never_decides() -> None:
    kw = dict(measure="duration of contract", counted="contract", qualifiers=())

    def term(d: Document, phrase: str, years: float, speaker: str) -> Claim:
        made = figure_claim(d, phrase, low=years, high=years, speaker=speaker, **kw)  # type: ignore[arg-type]
        assert made.figure is not None
        return replace(made, figure=replace(made.figure, kind="duration", unit="year"))

    # One side's wish in a bargain is no count: the other side's offer need not match it.
    asked = doc("q1", "The striker is seeking a 10-year contract, his agent said.", "Bay")
    given = doc("q2", "The club signed the striker to an 8-year contract.", "Coast Post")
    claims = [
        term(asked, "10-year contract", 10, "agent"),
        term(given, "8-year contract", 8, "club"),
    ]
    assert not _by_verdict(reconcile([asked, given], [TORVALD], claims).groups, "conflict")
    demand = doc("q3", "His agent asked the club for a 10-year contract.", "Bay")
    claims[0] = term(demand, "10-year contract", 10, "agent")
    assert not _by_verdict(reconcile([demand, given], [TORVALD], claims).groups, "conflict")
    # A contract two reports say was signed is a fact, and a dispute.
    other = doc("q4", "The league said the striker signed a 10-year contract.", "Bay")
    claims[0] = term(other, "10-year contract", 10, "league")
    assert _by_verdict(reconcile([other, given], [TORVALD], claims).groups, "conflict")


def test_verdicts_people_nearly_killed_are_no_toll() -> None:
    spared = doc("s1", "The gang left two nearly killed when they were stabbed.", "Bay")
    toll = doc("s2", "One person was killed in Torvald, police said.", "Coast Post")
    claims = [
        figure_claim(spared, "two", low=2, high=2),
        figure_claim(toll, "One person", low=1, high=1, speaker="police"),
    ]
    (group,) = reconcile([spared, toll], [TORVALD], claims).groups
    assert group.verdict != "conflict", group.explanation
    # "Nearly" before a number is a hedge, and the figure still counts.
    hedged = doc("s3", "Nearly 20 people were killed in Torvald.", "Bay")
    claims[0] = figure_claim(hedged, "Nearly 20 people", low=20, high=20, hedge="about")
    (group,) = reconcile([hedged, toll], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def test_verdicts_a_figure_its_report_calls_earlier_precedes_the_others() -> None:
    # "Police had initially said 9": an old figure, told as one, beside medics' 20 now.
    old = doc("i1", "Police had initially said 9 people died in the blast.", "Bay", "2030-05-03")
    now = doc("i2", "Medics said 20 people died in Torvald.", "Coast Post", "2030-05-03")
    claims = [
        figure_claim(old, "9 people", low=9, high=9, speaker="Police"),
        figure_claim(now, "20 people", low=20, high=20, speaker="Medics"),
    ]
    (group,) = reconcile([old, now], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    assert "Police give 9 earlier, and Medics give 20" in group.explanation
    # Told in a report of a later day, it is not known to precede an earlier day's 20.
    late = doc("i3", "Police had initially said 9 people died in the blast.", "Bay", "2030-05-05")
    claims[0] = figure_claim(late, "9 people", low=9, high=9, speaker="Police")
    (group,) = reconcile([late, now], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def test_verdicts_a_figure_a_toll_includes_is_its_part() -> None:
    kw = dict(measure="people killed in Torvald", qualifiers=("killed",))
    parts = doc("u1", "The toll reached 140, including 31 women, officials said.", "Bay Times")
    whole = doc("u2", "Medics said 140 people were killed in Torvald.", "Coast Post")
    claims = [
        figure_claim(parts, "31 women", low=31, high=31, **kw),  # type: ignore[arg-type]
        figure_claim(whole, "140 people", low=140, high=140, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([parts, whole], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert '("140, including 31 women")' in scope.explanation


def _person(name: str, *docs: Document) -> Entity:
    """A person named in the given reports (each mention where the text first names them)."""
    texts = ((d.id, d.text) for d in docs)
    return entity_in(name, *texts, kind="PERSON", every=False, entity_id=f"e-{name}")


def test_verdicts_figures_of_two_named_holders_are_not_one_quantity() -> None:
    kw = dict(measure="boats", counted="boats", qualifiers=())
    one = doc("h1", "Anders Berg owns 22 boats in the harbour.", "Bay")
    two = doc("h2", "In the port, Tomas Lind has 15 boats.", "Coast Post")
    claims = [
        figure_claim(one, "22 boats", low=22, high=22, **kw),  # type: ignore[arg-type]
        figure_claim(two, "15 boats", low=15, high=15, **kw),  # type: ignore[arg-type]
    ]
    people = [_person("Anders Berg", one), _person("Tomas Lind", two)]
    groups = reconcile([one, two], [TORVALD, *people], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "Bay gives 22 for Anders Berg and Coast Post gives 15 for Tomas Lind" in (
        scope.explanation
    )
    # A possessor before the figure holds it too: two firms' boats.
    one = doc("h3", "Harbourline's 17 boats stayed in port.", "Bay")
    two = doc("h4", "On the day, Lindholm's 12 boats stayed in port.", "Post")
    claims = [
        figure_claim(one, "17 boats", low=17, high=17, **kw),  # type: ignore[arg-type]
        figure_claim(two, "12 boats", low=12, high=12, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([one, two], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    # A name that says or estimates a figure is its source, not its holder: a dispute.
    one = doc("h5", "Anders Berg said 22 people died in Torvald.", "Bay")
    two = doc("h6", "Tomas Lind estimated 15 people died in Torvald.", "Coast Post")
    claims = [
        figure_claim(one, "22 people", low=22, high=22),
        figure_claim(two, "15 people", low=15, high=15),
    ]
    people = [_person("Anders Berg", one), _person("Tomas Lind", two)]
    (group,) = reconcile([one, two], [TORVALD, *people], claims).groups
    assert group.verdict == "conflict", group.explanation


def test_verdicts_a_rate_and_an_amount_are_not_one_quantity() -> None:
    kw = dict(measure="crates", counted="crates", qualifiers=())
    each = doc("r1", "This season the depot averaged 7.2 crates.", "Bay")
    game = doc("r2", "The depot had 4 crates on Sunday.", "Coast Post")
    claims = [
        figure_claim(each, "7.2 crates", low=7.2, high=7.2, **kw),  # type: ignore[arg-type]
        figure_claim(game, "4 crates", low=4, high=4, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([each, game], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "Bay gives 7.2 as a rate" in scope.explanation
    # A sum for each season beside the whole contract's sum.
    kw = dict(measure="deal", counted="deal", qualifiers=())
    each = doc("r3", "The deal pays $23 million a season.", "Bay")
    game = doc("r4", "The deal is worth $184 million.", "Coast Post")
    claims = [
        figure_claim(each, "$23 million", low=23e6, high=23e6, **kw),  # type: ignore[arg-type]
        figure_claim(game, "$184 million", low=184e6, high=184e6, **kw),  # type: ignore[arg-type]
    ]
    assert not _by_verdict(reconcile([each, game], [TORVALD], claims).groups, "conflict")


def test_verdicts_a_sentence_pointing_back_takes_the_year_of_the_one_before() -> None:
    then = doc(
        "p1",
        "The last great storm struck the coast in September 2017.\n"
        "In that storm, more than 3,000 people died.",
        "Bay",
        "2032-06-12",
    )
    now = doc("p2", "Coastguards said one person died in Torvald.", "Coast Post", "2032-06-12")
    claims = [
        figure_claim(then, "3,000 people", low=3000, high=None, hedge="at_least"),
        figure_claim(now, "one person", low=1, high=1, speaker="Coastguards"),
    ]
    groups = reconcile([then, now], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "for 2017" in scope.explanation
    # A sentence naming its own day is of that day, whatever the sentence before names.
    then = doc(
        "p3",
        "The last great storm struck the coast in September 2017.\n"
        "That storm's successor on Monday killed 30 people in Torvald.",
        "Bay",
        "2032-06-12",
    )
    claims[0] = figure_claim(then, "30 people", low=30, high=30)
    (group,) = reconcile([then, now], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def test_verdicts_he_and_his_stand_for_the_person_named_before() -> None:
    kw = dict(measure="medals", counted="medals", qualifiers=())
    one = doc("n1", "Anders Berg was never better.\nHis 14 medals set a record.", "Bay")
    two = doc("n2", "Tomas Lind came home.\nHe won 9 medals.", "Coast Post")
    claims = [
        figure_claim(one, "14 medals", low=14, high=14, **kw),  # type: ignore[arg-type]
        figure_claim(two, "9 medals", low=9, high=9, **kw),  # type: ignore[arg-type]
    ]
    people = [_person("Anders Berg", one), _person("Tomas Lind", two)]
    groups = reconcile([one, two], [TORVALD, *people], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "for Anders Berg" in scope.explanation and "for Tomas Lind" in scope.explanation
    # "Him" just before a figure given to a person stands for the person named before.
    two = doc("n10", "Tomas Lind was back.\nThe club gave him 9 medals.", "Coast Post")
    claims[1] = figure_claim(two, "9 medals", low=9, high=9, **kw)  # type: ignore[arg-type]
    people = [_person("Anders Berg", one), _person("Tomas Lind", two)]
    groups = reconcile([one, two], [TORVALD, *people], claims).groups
    assert not _by_verdict(groups, "conflict")
    # Not when the figure is said to him: its teller is a source, not its holder.
    told = doc("n11", "Tomas Lind was back.\nThe club told him 9 medals were lost.", "Coast Post")
    claims[1] = figure_claim(told, "9 medals", low=9, high=9, **kw)  # type: ignore[arg-type]
    people = [_person("Anders Berg", one), _person("Tomas Lind", told)]
    groups = reconcile([one, told], [TORVALD, *people], claims).groups
    assert _by_verdict(groups, "conflict")
    # A hyphen a page spaces out ("long - awaited") is no word that breaks the clause.
    two = doc("n9", "Tomas Lind came home.\nHe won a long - awaited 9 medals.", "Coast Post")
    claims[1] = figure_claim(two, "9 medals", low=9, high=9, **kw)  # type: ignore[arg-type]
    people = [_person("Anders Berg", one), _person("Tomas Lind", two)]
    groups = reconcile([one, two], [TORVALD, *people], claims).groups
    assert not _by_verdict(groups, "conflict")
    # A name with its record in brackets holds the figures inside them.
    one = doc("n3", "Berg (40-2, 33 knockouts) returned to the ring.", "Bay")
    two = doc("n4", "Lind (45-7, 36 knockouts) lost the title.", "Coast Post")
    kw = dict(measure="knockouts", counted="knockouts", qualifiers=())
    claims = [
        figure_claim(one, "33 knockouts", low=33, high=33, **kw),  # type: ignore[arg-type]
        figure_claim(two, "36 knockouts", low=36, high=36, **kw),  # type: ignore[arg-type]
    ]
    assert not _by_verdict(reconcile([one, two], [TORVALD], claims).groups, "conflict")
    # A name the figure is said to be for, right after it, holds it.
    kw = dict(measure="votes", counted="votes", qualifiers=())
    one = doc("n5", "The count gave 412 votes for Berg, tellers said.", "Bay")
    two = doc("n6", "Officials counted 380 votes for Lind.", "Coast Post")
    claims = [
        figure_claim(one, "412 votes", low=412, high=412, speaker="tellers", **kw),  # type: ignore[arg-type]
        figure_claim(two, "380 votes", low=380, high=380, speaker="Officials", **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([one, two], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "for Berg" in scope.explanation and "for Lind" in scope.explanation
    # So does a name the figure's own phrase ends on.
    kw = dict(measure="bouts", counted="bouts", qualifiers=())
    one = doc("n7", "The two big bouts left for Berg are both abroad.", "Bay")
    two = doc("n8", "Fans recall the three bouts for Lind, all in Torvald.", "Coast Post")
    claims = [
        figure_claim(one, "two big bouts left for Berg", low=2, high=2, **kw),  # type: ignore[arg-type]
        figure_claim(two, "three bouts", low=3, high=3, **kw),  # type: ignore[arg-type]
    ]
    assert not _by_verdict(reconcile([one, two], [TORVALD], claims).groups, "conflict")


def test_verdicts_an_age_a_difference_and_an_average_are_not_amounts() -> None:
    kw = dict(measure="years", counted="years", qualifiers=())
    age = doc("k1", "The women killed were 61 years old and 48.", "Bay")
    term = doc("k2", "He served 9 months of a 2 year sentence.", "Coast Post")
    claims = [
        figure_claim(age, "61 years", low=61, high=61, **kw),  # type: ignore[arg-type]
        figure_claim(term, "2 year", low=2, high=2, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([age, term], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "Bay gives 61 as someone's age" in scope.explanation
    # An age after a name, as the figure reader tells one ("Tomas Lind, 57,"), too.
    named = doc("k6", "The driver, Tomas Lind, 57, was jailed on Monday.", "Bay")
    claims[0] = figure_claim(named, "57", low=57, high=57, **kw)  # type: ignore[arg-type]
    groups = reconcile([named, term], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "Bay gives 57 as someone's age" in scope.explanation
    # A lead over another tally is a difference, not a tally.
    kw = dict(measure="crates", counted="crates", qualifiers=())
    lead = doc("k3", "The depot now holds 2,129 crates, 13 more than the old record.", "Bay")
    tally = doc("k4", "The depot shipped 14 crates on the night.", "Coast Post")
    claims = [
        figure_claim(lead, "13", low=13, high=13, **kw),  # type: ignore[arg-type]
        figure_claim(tally, "14 crates", low=14, high=14, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([lead, tally], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    # A run in a row is no tally, and neither is an average named as one.
    run = doc("k7", "The depot shipped crates on six straight nights.", "Bay")
    claims[0] = figure_claim(run, "six straight nights", low=6, high=6, **kw)  # type: ignore[arg-type]
    assert not _by_verdict(reconcile([run, tally], [TORVALD], claims).groups, "conflict")
    mean = doc("k8", "The depot's 93 crate average is the region's best.", "Bay")
    claims[0] = figure_claim(mean, "93 crate", low=93, high=93, **kw)  # type: ignore[arg-type]
    assert not _by_verdict(reconcile([mean, tally], [TORVALD], claims).groups, "conflict")
    # What someone went without is no count of what they had.
    kw = dict(measure="games", counted="games", qualifiers=())
    missed = doc("k9", "Lind missed four games after the injury.", "Bay")
    played = doc("k10", "Lind played in just 10 games this season.", "Coast Post")
    claims = [
        figure_claim(missed, "four games", low=4, high=4, **kw),  # type: ignore[arg-type]
        figure_claim(played, "10 games", low=10, high=10, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([missed, played], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "Bay gives 4 as a count of those missed" in scope.explanation
    # A count of whole things given with a fraction is an average.
    kw = dict(measure="crates", counted="crates", qualifiers=())
    claims[1] = figure_claim(tally, "14 crates", low=14, high=14, **kw)  # type: ignore[arg-type]
    avg = doc("k5", "The depot's 93.3 crates lead the region.", "Bay")
    claims[0] = figure_claim(avg, "93.3 crates", low=93.3, high=93.3, **kw)  # type: ignore[arg-type]
    groups = reconcile([avg, tally], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "as a rate" in scope.explanation


def test_verdicts_a_forecast_and_the_first_few_of_a_series_never_dispute_a_count() -> None:
    kw = dict(measure="games", counted="games", qualifiers=())
    ahead = doc("f1", "Berg will miss two games with the injury.", "Bay")
    past = doc("f2", "Berg missed four games with the injury.", "Coast Post")
    claims = [
        figure_claim(ahead, "two games", low=2, high=2, **kw),  # type: ignore[arg-type]
        figure_claim(past, "four games", low=4, high=4, **kw),  # type: ignore[arg-type]
    ]
    assert not _by_verdict(reconcile([ahead, past], [TORVALD], claims).groups, "conflict")
    # The first few of a series are a part of it, not its total.
    kw = dict(measure="parcels", counted="parcels", qualifiers=())
    first = doc("f3", "He loaded his first 17 parcels.", "Bay")
    total = doc("f4", "The rookie loaded 28 parcels in all.", "Coast Post")
    claims = [
        figure_claim(first, "17 parcels", low=17, high=17, **kw),  # type: ignore[arg-type]
        figure_claim(total, "28 parcels", low=28, high=28, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([first, total], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "as the first, last or next few of a series" in scope.explanation


def test_verdicts_a_margin_short_of_a_mark_is_not_a_tally() -> None:
    # "Two games short of the finale" measures a gap, not games played.
    kw = dict(measure="games", counted="games", qualifiers=())
    short = doc("t3", "His season ended two games short of the finale.", "Bay")
    played = doc("t4", "He played in 14 games this season.", "Coast Post")
    claims = [
        figure_claim(short, "two games", low=2, high=2, **kw),  # type: ignore[arg-type]
        figure_claim(played, "14 games", low=14, high=14, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([short, played], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "as a difference between two figures" in scope.explanation


def test_verdicts_one_in_a_group_and_a_deficit_are_not_counts() -> None:
    kw = dict(measure="users", counted="users", qualifiers=())
    ratio = doc("q1", "One in every 500 users was exposed to the flaw.", "Bay")
    count = doc("q2", "The flaw reached 2,000 users.", "Coast Post")
    claims = [
        figure_claim(ratio, "500 users", low=500, high=500, **kw),  # type: ignore[arg-type]
        figure_claim(count, "2,000 users", low=2000, high=2000, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([ratio, count], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    assert "Bay gives 500 as a rate" in _by_verdict(groups, "scope_differs")[0].explanation
    kw = dict(measure="votes", counted="votes", qualifiers=())
    down = doc("q3", "The party went into the recount 10 votes down.", "Bay")
    tally = doc("q4", "The party got 17 votes in the ward.", "Coast Post")
    claims = [
        figure_claim(down, "10 votes", low=10, high=10, **kw),  # type: ignore[arg-type]
        figure_claim(tally, "17 votes", low=17, high=17, **kw),  # type: ignore[arg-type]
    ]
    assert not _by_verdict(reconcile([down, tally], [TORVALD], claims).groups, "conflict")


def test_verdicts_a_target_never_decides() -> None:
    kw = dict(measure="percent of rate", counted="rate", qualifiers=())
    aim = doc("g1", "The agency aims to raise the recycling rate of bottles to 80 per cent.", "Bay")
    now = doc("g2", "The recycling rate stands at 70 per cent.", "Coast Post")
    claims = [
        figure_claim(aim, "80 per cent", low=80, high=80, **kw),  # type: ignore[arg-type]
        figure_claim(now, "70 per cent", low=70, high=70, **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([aim, now], [TORVALD], claims).groups
    assert group.verdict != "conflict", group.explanation
    # A toll brought to a figure is a count, not a target.
    toll = doc("g3", "Twelve more died, to bring the toll to 40.", "Bay")
    other = doc("g4", "Medics said 25 people died in Torvald.", "Coast Post")
    claims = [
        figure_claim(toll, "40", low=40, high=40),
        figure_claim(other, "25 people", low=25, high=25, speaker="Medics"),
    ]
    (group,) = reconcile([toll, other], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def test_verdicts_a_breakdown_read_as_one_figure_is_still_a_part() -> None:
    kw = dict(measure="sailors", counted="sailors", qualifiers=())
    parts = doc("b1", "The navy detained 12 Norse and 11 Danish sailors.", "Bay")
    whole = doc("b2", "The navy detained 23 sailors.", "Coast Post")
    claims = [
        figure_claim(parts, "12 Norse and 11 Danish sailors", low=12, high=12, **kw),  # type: ignore[arg-type]
        figure_claim(whole, "23 sailors", low=23, high=23, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([parts, whole], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert '("12 Norse and 11 Danish")' in scope.explanation
    # A number in a name ("AK-47") counts nothing and never breaks the list it stands in.
    kw = dict(measure="rifles", counted="rifles", qualifiers=())
    parts = doc("b3", "Marines seized seven AK-47 rifles, two other rifles and a launcher.", "Bay")
    whole = doc("b4", "Marines seized nine rifles.", "Coast Post")
    claims = [
        figure_claim(parts, "seven AK-47 rifles", low=7, high=7, **kw),  # type: ignore[arg-type]
        figure_claim(parts, "two other rifles", low=2, high=2, **kw),  # type: ignore[arg-type]
        figure_claim(whole, "nine rifles", low=9, high=9, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([parts, whole], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")


def test_verdicts_a_value_one_report_gives_beside_another_is_no_dispute() -> None:
    def bullets(d: Document, phrase: str, value: float, speaker: str) -> Claim:
        return figure_claim(
            d,
            phrase,
            low=value,
            high=value,
            speaker=speaker,
            measure="bullets in Torvald",
            counted="bullets",
            qualifiers=(),
        )

    both = doc(
        "b1",
        "The autopsy showed seven bullets in the guard's body. Four bullets were found "
        "nearby, police said.",
        "Coast Post",
    )
    coroner = doc("b2", "Seven bullets struck the guard, the coroner said.", "Valley News")
    told = bullets(coroner, "Seven bullets", 7, "coroner")
    claims = [
        bullets(both, "seven bullets", 7, "autopsy"),
        bullets(both, "Four bullets", 4, "police"),
        told,
    ]
    groups = reconcile([both, coroner], [TORVALD], claims).groups
    # Only the report that also gives 7 gives 4, with no word setting one against the
    # other: it tells two things that share a noun.
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert (
        "Coast Post gives 4 and, in another sentence, 7 without setting one against"
        in scope.explanation
    )
    # A report that sets the two against each other reports a dispute.
    against = doc(
        "b3",
        "The autopsy showed seven bullets struck the guard, but police said four bullets hit him.",
        "Coast Post",
    )
    disputed = [
        bullets(against, "seven bullets", 7, "autopsy"),
        bullets(against, "four bullets", 4, "police"),
        told,
    ]
    assert _by_verdict(reconcile([against, coroner], [TORVALD], disputed).groups, "conflict")
    # So does a value another report gives too: the reports disagree.
    other = doc("b4", "Police said four bullets struck the guard.", "Hill Daily")
    claims.append(bullets(other, "four bullets", 4, "Police"))
    assert _by_verdict(reconcile([both, coroner, other], [TORVALD], claims).groups, "conflict")


def test_verdicts_earlier_dating_what_a_figure_counts_never_makes_it_an_earlier_figure() -> None:
    def verdicts(text: str, four: str, nine: str) -> list[str]:
        d = doc("e1", text, "Bay", "2030-05-02")
        claims = [
            figure_claim(d, four, low=4, high=4),
            figure_claim(d, nine, low=9, high=9),
        ]
        groups = reconcile([d], [TORVALD], claims).groups
        return [f"{g.verdict}: {g.explanation}" for g in groups]

    # "Earlier" dating the killing does not make four an earlier count of the nine.
    dated = "The storm earlier killed four people in the valley. Nine people died in Torvald."
    assert not any(v.startswith("update") for v in verdicts(dated, "four people", "Nine people"))
    # "Earlier" followed by words telling a figure still makes it an earlier one.
    told = "Earlier police put the toll at four. Nine people died in the floods."
    (verdict,) = verdicts(told, "four", "Nine people")
    assert verdict.startswith("update") and "gave 4 and then 9 in one report" in verdict


def test_verdicts_a_dispute_is_told_by_the_values_nearest_each_other() -> None:
    police = doc(
        "n1",
        "Police said about 13 people died. By their count 14 people were killed.",
        "Coast Post",
    )
    medics = doc("n2", "Medics said 30 people died.", "Hill Daily")
    claims = [
        figure_claim(police, "about 13 people", low=13, high=13, hedge="about", speaker="Police"),
        figure_claim(police, "14 people", low=14, high=14, speaker="Police"),
        figure_claim(medics, "30 people", low=30, high=30, speaker="Medics"),
    ]
    (group,) = reconcile([police, medics], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation
    # Police's highest figure is the one that cannot meet the medics' 30.
    assert group.explanation.startswith("Police give 14 while Medics give 30")


def test_verdicts_a_figure_of_one_singling_out_one_of_a_kind_is_a_floor() -> None:
    one = doc("o1", "One officer put his hands on his head, a witness said.", "Coast Post")
    two = doc("o2", "Two officers arrived at the corner in an unmarked car.", "Valley News")
    claims = [
        figure_claim(
            one, "One officer", low=1, high=1, speaker="witness", **_OFFICERS, qualifiers=("put",)
        ),
        figure_claim(two, "Two officers", low=2, high=2, **_OFFICERS, qualifiers=("arrived",)),
    ]
    docs = {d.id: d for d in (one, two)}
    # "One officer put his hands on his head" says there was at least one officer.
    judged = judge(claims, Upstreams(claims, docs), docs)
    assert judged.verdict == "agree"
    # The agreement says how the one is read, so "1" and "2" holding together is plain.
    assert "gives 1 (meaning at least one)" in judged.explanation, judged.explanation
    assert "one of a kind" not in judged.explanation
    # A count of one that something befell is a count: one killed is not two killed.
    died = doc("o3", "One person was killed in the crash, police said.", "Coast Post")
    more = doc("o4", "Two people were killed in the crash.", "Valley News")
    claims = [
        figure_claim(died, "One person", low=1, high=1, speaker="police"),
        figure_claim(more, "Two people", low=2, high=2),
    ]
    docs = {d.id: d for d in (died, more)}
    assert judge(claims, Upstreams(claims, docs), docs).verdict == "conflict"
    # Nor is one crushed, buried or drowned any less a count of what befell them.
    crushed = doc("o5", "One was crushed by a falling wall, police said.", "Coast Post")
    kw = dict(measure="people in Torvald", counted="crushed", qualifiers=())
    claims[0] = figure_claim(crushed, "One was crushed", low=1, high=1, speaker="police", **kw)  # type: ignore[arg-type]
    docs = {d.id: d for d in (crushed, more)}
    assert judge(claims, Upstreams(claims, docs), docs).verdict == "conflict"


_OFFICERS = dict(measure="officers in Torvald", counted="officers")


def test_verdicts_a_toll_said_to_have_reached_or_grown_to_a_value_rose() -> None:
    undated = doc("r1", "Rescuers said 20 people died in the blast.", "First Wire")
    claims = [figure_claim(undated, "20 people", low=20, high=20, speaker="Rescuers")]
    for n, words in enumerate(("reached", "grew to", "swelled to", "has now reached")):
        risen = doc(f"r{n + 2}", f"The death toll {words} 26, officials said.", "Second Wire")
        told = figure_claim(risen, "26", low=26, high=26, speaker="officials")
        (group,) = reconcile([undated, risen], [TORVALD], [*claims, told]).groups
        # The lower figure of a report of unknown day came before the rise.
        assert group.verdict == "update", (words, group.explanation)
        assert "officials give 26" in group.explanation and "the latest figure" in group.explanation


def test_verdicts_a_span_between_two_events_is_not_how_long_one_lasted() -> None:
    kw = dict(measure="duration of closure", counted="closure", qualifiers=(), kind="duration")
    lasted = doc("e1", "The closure of the mill has taken four years, the mayor said.", "Bay")
    within = doc("e2", "The roof of the mill fell in within a week of its closure.", "Coast Post")
    claims = [
        figure_claim(lasted, "four years", low=4, high=4, unit="year", speaker="mayor", **kw),  # type: ignore[arg-type]
        figure_claim(within, "a week", low=1, high=1, unit="week", **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([lasted, within], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "Coast Post gives 1 week as the time from one event to another" in scope.explanation
    # So is one told "after" or "ago".
    after = doc("e3", "The roof fell in two weeks after the closure of the mill.", "Coast Post")
    claims[1] = figure_claim(after, "two weeks", low=2, high=2, unit="week", **kw)  # type: ignore[arg-type]
    assert not _by_verdict(reconcile([lasted, after], [TORVALD], claims).groups, "conflict")
    # Two spans each said to be how long the closure took are in dispute.
    took = doc("e4", "The closure of the mill took a week, the owner said.", "Coast Post")
    claims[1] = figure_claim(took, "a week", low=1, high=1, unit="week", speaker="owner", **kw)  # type: ignore[arg-type]
    assert _by_verdict(reconcile([lasted, took], [TORVALD], claims).groups, "conflict")


def test_verdicts_a_whole_its_sentence_counts_a_part_of_is_not_the_part() -> None:
    kw = dict(measure="prison term", counted="sentence", qualifiers=(), kind="duration")
    served = doc("w1", "He served four months in prison for perjury.", "Bay")
    most = doc("w2", "He served most of a six-month sentence before moving north.", "Coast Post")
    claims = [
        figure_claim(served, "four months", low=4, high=4, unit="month", **kw),  # type: ignore[arg-type]
        figure_claim(most, "six-month sentence", low=6, high=6, unit="month", **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([served, most], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "as a whole of which its sentence counts only a part" in scope.explanation
    # The whole itself, told by another report, is in dispute with it.
    whole = doc("w3", "He was given a four-month sentence for perjury.", "Bay")
    given = doc("w4", "He was given a six-month sentence for perjury.", "Coast Post")
    claims = [
        figure_claim(whole, "four-month sentence", low=4, high=4, unit="month", **kw),  # type: ignore[arg-type]
        figure_claim(given, "six-month sentence", low=6, high=6, unit="month", **kw),  # type: ignore[arg-type]
    ]
    assert _by_verdict(reconcile([whole, given], [TORVALD], claims).groups, "conflict")
    # "Most of the 20 killed" still gives the toll: a dispute with another report's 25.
    kw = dict(measure="people killed in Torvald", counted="people", qualifiers=("killed",))
    most = doc("w5", "Most of the 20 people killed were children.", "Bay")
    other = doc("w6", "Medics said 25 people were killed.", "Coast Post")
    claims = [
        figure_claim(most, "20 people", low=20, high=20, **kw),  # type: ignore[arg-type]
        figure_claim(other, "25 people", low=25, high=25, speaker="Medics", **kw),  # type: ignore[arg-type]
    ]
    assert _by_verdict(reconcile([most, other], [TORVALD], claims).groups, "conflict")


def test_verdicts_people_at_different_stages_of_a_case_are_not_one_count() -> None:
    kw = dict(measure="teens in Torvald", counted="teens")
    charged = doc("s1", "The two teens charged with the killing appeared in court.", "Bay")
    arrested = doc("s2", "Police said three teens were arrested on Tuesday.", "Coast Post")
    claims = [
        figure_claim(charged, "two teens", low=2, high=2, qualifiers=("charged",), **kw),  # type: ignore[arg-type]
        figure_claim(
            arrested,
            "three teens",
            low=3,
            high=3,
            qualifiers=("arrested",),
            speaker="Police",
            **kw,  # type: ignore[arg-type]
        ),
    ]
    groups = reconcile([charged, arrested], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "Bay gives 2 for Torvald teens charged" in scope.explanation
    assert "Police give 3 for Torvald teens arrested" in scope.explanation
    assert "different stages of a case" in scope.explanation
    # Two counts of those arrested that differ are in dispute.
    again = doc("s3", "Officials said two teens were arrested on Tuesday.", "Bay")
    claims[0] = figure_claim(
        again,
        "two teens",
        low=2,
        high=2,
        qualifiers=("arrested",),
        speaker="Officials",
        **kw,  # type: ignore[arg-type]
    )
    assert _by_verdict(reconcile([again, arrested], [TORVALD], claims).groups, "conflict")
    # A prison term is no count of people: words of a stage do not set two terms apart.
    kw = dict(measure="prison term", counted="years", qualifiers=(), kind="duration")
    one = doc("s4", "He was convicted and got 25 years, the court said.", "Bay")
    two = doc("s5", "The man sentenced on Friday got 20 years, his lawyer said.", "Coast Post")
    claims = [
        figure_claim(
            one,
            "25 years",
            low=25,
            high=25,
            unit="year",
            speaker="court",
            **{**kw, "qualifiers": ("convicted",)},
        ),  # type: ignore[arg-type]
        figure_claim(
            two,
            "20 years",
            low=20,
            high=20,
            unit="year",
            speaker="lawyer",
            **{**kw, "qualifiers": ("charged",)},
        ),  # type: ignore[arg-type]
    ]
    assert _by_verdict(reconcile([one, two], [TORVALD], claims).groups, "conflict")


def test_verdicts_a_figure_of_an_event_weeks_before_is_another_time() -> None:
    now = doc("c1", "Coastguards said 11 people died in Torvald.", "Coast Post", "2032-06-12")
    before = doc(
        "c2",
        "The sinking came just weeks after a storm in the valley killed 31 people.",
        "Bay",
        "2032-06-12",
    )
    claims = [
        figure_claim(before, "31 people", low=31, high=31),
        figure_claim(now, "11 people", low=11, high=11, speaker="Coastguards"),
    ]
    groups = reconcile([before, now], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert 'Bay gives 31 for an earlier time ("came just weeks after")' in scope.explanation
    # Hours or days after may be the story's own event: the dispute stands.
    hours = doc(
        "c3",
        "The arrest came hours after a storm in the valley killed 31 people.",
        "Bay",
        "2032-06-12",
    )
    claims[0] = figure_claim(hours, "31 people", low=31, high=31)
    assert _by_verdict(reconcile([hours, now], [TORVALD], claims).groups, "conflict")


def test_verdicts_one_kind_of_a_breakdown_is_not_the_whole() -> None:
    kw = dict(measure="species", counted="species", qualifiers=())
    whole = doc("b1", "The law now shields 1,900 species.", "Bay")
    listed = doc("b2", "It covers 1,150 bird and 740 fish species in all.", "Coast Post")
    claims = [
        figure_claim(whole, "1,900 species", low=1900, high=1900, **kw),  # type: ignore[arg-type]
        figure_claim(listed, "740 fish species", low=740, high=740, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([whole, listed], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "Coast Post gives 740 as one kind of a breakdown" in scope.explanation
    # What befell people listed with a shared noun is no kind of them: the dispute stands.
    hurt = doc("b3", "The blast left 2 dead and 9 injured people.", "Coast Post")
    other = doc("b4", "Medics said 30 injured people were treated.", "Bay")
    kw = dict(measure="people injured", counted="people", qualifiers=("injured",))
    claims = [
        figure_claim(hurt, "9 injured people", low=9, high=9, **kw),  # type: ignore[arg-type]
        figure_claim(other, "30 injured people", low=30, high=30, speaker="Medics", **kw),  # type: ignore[arg-type]
    ]
    assert _by_verdict(reconcile([hurt, other], [TORVALD], claims).groups, "conflict")


def test_verdicts_an_item_listed_beside_a_named_model_counts_other_things() -> None:
    kw = dict(measure="rifles seized", counted="rifles", qualifiers=())
    model = doc("k1", "Troops seized nine AK-47 rifles at the port.", "Bay")
    listed = doc("k2", "They found 9 M16 rifles, four rifles and two grenades.", "Coast Post")
    claims = [
        figure_claim(model, "nine AK-47 rifles", low=9, high=9, **kw),  # type: ignore[arg-type]
        figure_claim(listed, "four rifles", low=4, high=4, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([model, listed], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "listed beside a named model" in scope.explanation
    # Two reports' counts of the one model still dispute each other.
    other = doc("k3", "They found 6 AK-47 rifles, four pistols and two grenades.", "Coast Post")
    claims = [
        figure_claim(model, "nine AK-47 rifles", low=9, high=9, **kw),  # type: ignore[arg-type]
        figure_claim(other, "6 AK-47 rifles", low=6, high=6, **kw),  # type: ignore[arg-type]
    ]
    assert _by_verdict(reconcile([model, other], [TORVALD], claims).groups, "conflict")
    # A model written with its hyphen spaced ("AK - 47", as texts taken out of a page's
    # markup write it) is read as a model all the same.
    spaced = doc("k5", "They found 9 AK - 47 rifles, four rifles and two grenades.", "Coast Post")
    claims = [
        figure_claim(model, "nine AK-47 rifles", low=9, high=9, **kw),  # type: ignore[arg-type]
        figure_claim(spaced, "four rifles", low=4, high=4, **kw),  # type: ignore[arg-type]
    ]
    (scope,) = _by_verdict(reconcile([model, spaced], [TORVALD], claims).groups, "scope_differs")
    assert "listed beside a named model" in scope.explanation
    # Items of a list naming no model are each the count of their own noun.
    plain = doc("k4", "They found 6 rifles, four pistols and two grenades.", "Coast Post")
    claims = [
        figure_claim(model, "nine AK-47 rifles", low=9, high=9, **kw),  # type: ignore[arg-type]
        figure_claim(plain, "6 rifles", low=6, high=6, **kw),  # type: ignore[arg-type]
    ]
    assert _by_verdict(reconcile([model, plain], [TORVALD], claims).groups, "conflict")


def test_verdicts_a_count_pooled_over_several_bodies_is_not_one_body_s() -> None:
    kw = dict(measure="observers", counted="observers", qualifiers=())
    pooled = doc(
        "o1", "About 40 observers from the UN, the Arctic Council and the OSCE watched.", "Bay"
    )
    one = doc("o2", "The OSCE sent only three observers to watch the vote.", "Coast Post")
    claims = [
        figure_claim(pooled, "About 40 observers", low=40, high=40, **kw),  # type: ignore[arg-type]
        figure_claim(one, "three observers", low=3, high=3, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([pooled, one], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "pooled over the several bodies" in scope.explanation
    # Two counts pooled over the same bodies still dispute each other.
    same = doc(
        "o3", "Some 12 observers from the UN, the Arctic Council and the OSCE came.", "Coast Post"
    )
    claims = [
        figure_claim(pooled, "About 40 observers", low=40, high=40, **kw),  # type: ignore[arg-type]
        figure_claim(same, "12 observers", low=12, high=12, **kw),  # type: ignore[arg-type]
    ]
    assert _by_verdict(reconcile([pooled, same], [TORVALD], claims).groups, "conflict")


def test_verdicts_those_with_a_named_person_do_not_count_that_person() -> None:
    kw = dict(measure="mothers", counted="mothers", qualifiers=())
    beside = doc("w1", "One of the two mothers with Ana Ruiz that day spoke in court.", "Bay")
    all_three = doc("w2", "Video shows the three mothers running for cover.", "Coast Post")
    claims = [
        figure_claim(beside, "two mothers", low=2, high=2, **kw),  # type: ignore[arg-type]
        figure_claim(all_three, "three mothers", low=3, high=3, **kw),  # type: ignore[arg-type]
    ]
    people = [_person("Ana Ruiz", beside)]
    groups = reconcile([beside, all_three], [TORVALD, *people], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "not counting that person" in scope.explanation
    # "with" and a name that is no person (an illness) leaves the dispute standing.
    ill = doc("w3", "Doctors treated two mothers with Ebola that day.", "Bay")
    claims = [
        figure_claim(ill, "two mothers", low=2, high=2, **kw),  # type: ignore[arg-type]
        figure_claim(all_three, "three mothers", low=3, high=3, **kw),  # type: ignore[arg-type]
    ]
    assert _by_verdict(reconcile([ill, all_three], [TORVALD], claims).groups, "conflict")


def test_verdicts_a_share_of_traffic_carried_is_not_the_share_cut() -> None:
    kw = dict(measure="percent of traffic", counted="traffic", qualifiers=(), unit="percent")
    carried = doc("t1", "The two cables carry more than 80 percent of data traffic.", "Bay")
    cut = doc("t2", "As much as 60% of data traffic was disrupted by the outage.", "Coast Post")
    claims = [
        figure_claim(carried, "more than 80 percent of data traffic", low=80, high=None, **kw),  # type: ignore[arg-type]
        figure_claim(cut, "As much as 60% of data traffic", low=None, high=60, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([carried, cut], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "the share of traffic a route carries" in scope.explanation
    # Two reports' shares carried by the route still dispute each other.
    other = doc("t3", "The cables carry 50 percent of data traffic, engineers said.", "Coast Post")
    claims = [
        figure_claim(carried, "more than 80 percent of data traffic", low=80, high=None, **kw),  # type: ignore[arg-type]
        figure_claim(other, "50 percent of data traffic", low=50, high=50, **kw),  # type: ignore[arg-type]
    ]
    assert _by_verdict(reconcile([carried, other], [TORVALD], claims).groups, "conflict")


def test_verdicts_a_noun_that_names_a_running_count_rises_as_an_update() -> None:
    kw = dict(measure="arrests", counted="arrests", qualifiers=())
    first = doc("r1", "Police said there was one arrest overnight.", "Bay", "2032-06-12")
    later = doc(
        "r2", "By Friday 46 arrests had been made, officials said.", "Coast Post", "2032-06-15"
    )
    claims = [
        figure_claim(
            first, "one arrest", low=1, high=1, speaker="Police", **{**kw, "counted": "arrest"}
        ),  # type: ignore[arg-type]
        figure_claim(later, "46 arrests", low=46, high=46, speaker="officials", **kw),  # type: ignore[arg-type]
    ]
    docs = {d.id: d for d in (first, later)}
    # Read so by the noun alone, whatever state the words around it leave unsaid.
    judged = judge(claims, Upstreams(claims, docs), docs, running=False)
    assert judged.verdict == "update", judged.explanation
    assert "46" in judged.explanation and "the latest figure" in judged.explanation


def test_verdicts_all_things_of_a_kind_are_not_the_story_s_count() -> None:
    kw = dict(measure="lines cut", counted="lines", qualifiers=())
    cut = doc("u1", "Between 300 and 500 phone lines in the region were cut.", "Bay")
    such = doc("u2", "The country has close to 90,000 such lines, an engineer said.", "Coast Post")
    claims = [
        figure_claim(cut, "Between 300 and 500 phone lines", low=300, high=500, **kw),  # type: ignore[arg-type]
        figure_claim(
            such, "close to 90,000 such lines", low=90000, high=90000, speaker="engineer", **kw
        ),  # type: ignore[arg-type]
    ]
    groups = reconcile([cut, such], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "as a count of all things of that kind" in scope.explanation


def test_verdicts_bare_others_of_two_reports_are_not_one_count() -> None:
    kw = dict(measure="others", counted="others", qualifiers=())
    hurt = doc("o1", "The jury found him guilty of the harm done to two others.", "Bay")
    kids = doc("o2", "Her sister now looks after seven others at home.", "Coast Post")
    claims = [
        figure_claim(hurt, "two others", low=2, high=2, **kw),  # type: ignore[arg-type]
        figure_claim(kids, "seven others", low=7, high=7, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([hurt, kids], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert 'gives 2 "others": who they are is said only by' in scope.explanation
    # "Others" a report says something befell are counted like anyone else.
    kw = dict(measure="others injured", counted="others", qualifiers=("injured",))
    one = doc("o3", "Police said two others were injured.", "Bay")
    two = doc("o4", "Medics said seven others were injured.", "Coast Post")
    claims = [
        figure_claim(one, "two others", low=2, high=2, speaker="Police", **kw),  # type: ignore[arg-type]
        figure_claim(two, "seven others", low=7, high=7, speaker="Medics", **kw),  # type: ignore[arg-type]
    ]
    assert _by_verdict(reconcile([one, two], [TORVALD], claims).groups, "conflict")


def test_verdicts_the_conservative_value_and_range_never_take_a_part() -> None:
    # A part split off ("12 sailors" of "12 sailors and 11 fishermen") is judged apart: the
    # whole's lowest credible value is 23, never the part's 12, and its range holds no part.
    kw = dict(measure="people rescued in Torvald", qualifiers=("rescued",))
    parts = doc("v1", "Divers pulled out 12 sailors and 11 fishermen alive.", "Bay Times")
    whole = doc("v2", "Divers rescued 23 people off Torvald.", "Coast Post")
    more = doc("v3", "Coastguards said 25 people were rescued off Torvald.", "Hill Daily")
    claims = [
        figure_claim(parts, "12 sailors", low=12, high=12, **kw),  # type: ignore[arg-type]
        figure_claim(whole, "23 people", low=23, high=23, **kw),  # type: ignore[arg-type]
        figure_claim(more, "25 people", low=25, high=25, speaker="Coastguards", **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([parts, whole, more], [TORVALD], claims).groups
    (dispute,) = _by_verdict(groups, "conflict")
    assert dispute.conservative == 23 and dispute.range == (23, 25)
    assert claims[0].id not in dispute.claims
    (scope,) = _by_verdict(groups, "scope_differs")
    assert scope.conservative is None


def test_verdicts_an_agreement_names_every_value_a_source_gives() -> None:
    # A report read as one interval (1 to 2 officers) agrees with another's 2: the sentence
    # says it gives both, never only the 1 that could not hold with the 2.
    kw = dict(measure="officers hurt", counted="officers", qualifiers=("hurt",))
    one = doc("a1", "Police said one officer was hurt. Police said two officers were hurt.", "Bay")
    two = doc("a2", "Witnesses said two officers were hurt.", "Coast Post")
    claims = [
        figure_claim(one, "one officer", low=1, high=1, speaker="Police", **kw),  # type: ignore[arg-type]
        figure_claim(one, "two officers", low=2, high=2, speaker="Police", **kw),  # type: ignore[arg-type]
        figure_claim(two, "two officers", low=2, high=2, speaker="Witnesses", **kw),  # type: ignore[arg-type]
    ]
    docs = {d.id: d for d in (one, two)}
    judged = judge(claims, Upstreams(claims, docs), docs)
    assert judged.verdict == "agree", judged.explanation
    assert "Police give both 1 and 2" in judged.explanation, judged.explanation
    # Values said in different units are ordered by what they come to.
    kw = dict(measure="prison term", counted="term", qualifiers=(), kind="duration")
    one = doc("a3", "He got 9 months, the clerk said. The clerk said 2.5 years.", "Bay")
    two = doc("a4", "He got 2 years, his lawyer said.", "Coast Post")
    claims = [
        figure_claim(one, "9 months", low=9, high=9, unit="month", speaker="clerk", **kw),  # type: ignore[arg-type]
        figure_claim(one, "2.5 years", low=2.5, high=2.5, unit="year", speaker="clerk", **kw),  # type: ignore[arg-type]
        figure_claim(two, "2 years", low=2, high=2, unit="year", speaker="lawyer", **kw),  # type: ignore[arg-type]
    ]
    docs = {d.id: d for d in (one, two)}
    judged = judge(claims, Upstreams(claims, docs), docs)
    assert "clerk gives both 9 months and 2.5 years" in judged.explanation, judged.explanation


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Police", "Police give"),
        ("the authorities", "the authorities give"),
        ("Officials", "Officials give"),
        ("local residents", "local residents give"),
        ("officials (unnamed, via Harbour Radio)", "officials (unnamed, via Harbour Radio) give"),
        ("police and residents", "police and residents give"),
        ("Harbour Radio", "Harbour Radio gives"),
        ("The Lakeside Times", "The Lakeside Times gives"),
        ("Torvald Business News", "Torvald Business News gives"),
        ("Ministry of Health and Welfare", "Ministry of Health and Welfare gives"),
        (
            "the report 'Police and medics count the dead'",
            "the report 'Police and medics count the dead' gives",
        ),
        ("Anna Berg", "Anna Berg gives"),
        ("Reports (unnamed, via Harbour Radio)", "Reports (unnamed, via Harbour Radio) give"),
        ("State media", "State media give"),
        ("residents of Torvald", "residents of Torvald give"),
        ("A nurse in Torvald", "A nurse in Torvald gives"),
    ],
)
def test_verdicts_a_source_name_takes_its_verb_in_agreement(name: str, said: str) -> None:
    assert speaks(name, "give") == said


def test_verdicts_several_names_are_joined_and_take_a_plural_verb() -> None:
    assert speaks(["Harbour Radio", "Anna Berg"], "say") == "Harbour Radio and Anna Berg say"
    assert speaks(["Harbour Radio"], "say") == "Harbour Radio says"
    assert their("Harbour Radio") == "its" and their("Police") == "their"


def test_verdicts_a_plural_source_reads_as_a_plural_in_an_update() -> None:
    first = doc("p1", "Police said 9 people were killed in Torvald.", "Bay", "2030-05-02")
    later = doc("p2", "Police said 20 people were killed in Torvald.", "Bay", "2030-05-03")
    claims = [
        figure_claim(first, "9 people", low=9, high=9, speaker="Police"),
        figure_claim(later, "20 people", low=20, high=20, speaker="Police"),
    ]
    (group,) = reconcile([first, later], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    assert "Police revised their figure from 9" in group.explanation, group.explanation


def test_verdicts_a_state_and_its_negation_beside_two_figures_differ_in_scope() -> None:
    # Reports of one batch of serum: the concentrate holds fewer doses than the mix.
    plain = doc("s1", "Each vial of undiluted serum holds 4 doses, the clinic said.", "Bay")
    mixed = doc("s2", "After dilution, a vial of the serum holds 7 doses.", "Coast Post")
    claims = [
        figure_claim(plain, "4 doses", low=4, high=4, measure="doses in Torvald", qualifiers=()),
        figure_claim(mixed, "7 doses", low=7, high=7, measure="doses in Torvald", qualifiers=()),
    ]
    groups = reconcile([plain, mixed], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict"), [g.explanation for g in groups]
    (scoped,) = _by_verdict(groups, "scope_differs")
    assert "undiluted" in scoped.explanation and "After dilution" in scoped.explanation


def test_verdicts_an_unconfirmed_figure_still_disputes_a_confirmed_one() -> None:
    # How sure a report is of its figure hedges it; it does not make another quantity.
    sure = doc("u1", "Police confirmed 4 people were killed in Torvald.", "Bay")
    unsure = doc("u2", "Unconfirmed reports said 9 people were killed in Torvald.", "Coast Post")
    claims = [
        figure_claim(sure, "4 people", low=4, high=4),
        figure_claim(unsure, "9 people", low=9, high=9),
    ]
    (group,) = reconcile([sure, unsure], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def test_verdicts_a_part_split_off_for_its_time_says_its_time_in_its_label() -> None:
    now = doc(
        "t1", "A storm killed 20 people in Torvald on Monday, police said.", "Bay", "2030-05-02"
    )
    also = doc("t2", "Medics said 25 people were killed in Torvald.", "Coast", "2030-05-02")
    past = doc("t3", "In 2027 a flood killed 9 people in Torvald.", "Post", "2030-05-02")
    claims = [
        figure_claim(now, "20 people", low=20, high=20),
        figure_claim(also, "25 people", low=25, high=25),
        figure_claim(past, "9 people", low=9, high=9),
    ]
    groups = reconcile([now, also, past], [TORVALD], claims).groups
    (alone,) = [g for g in groups if g.claims == ("t3:23",)]
    assert alone.label.endswith(", 2027"), alone.label
    (disputed,) = _by_verdict(groups, "conflict")
    assert "2027" not in disputed.label


def test_verdicts_measurements_of_differently_named_things_are_not_in_dispute() -> None:
    # "an 11-yard fence" and "a 73-yard drive": how long one is says nothing of the other
    # (how far one play went is a player's own: see test_reconcile_yards).
    a = doc("m1", "Berg put up an 11 - yard fence in Torvald.", "Bay")
    b = doc("m2", "The Harbour side went on a 73 - yard drive in Torvald.", "Coast Post")
    claims = [
        figure_claim(
            a, "11 - yard fence", low=11, high=11, measure="length of fence in Torvald",
            counted="yard fence", qualifiers=("put",), kind="length", unit="yd",
        ),
        figure_claim(
            b, "73 - yard drive", low=73, high=73, measure="length of drive in Torvald",
            counted="yard drive", qualifiers=("went",), kind="length", unit="yd",
        ),
    ]  # fmt: skip
    groups = reconcile([a, b], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict"), [g.explanation for g in groups]
    (scoped,) = _by_verdict(groups, "scope_differs")
    assert "for a fence" in scoped.explanation and "for a drive" in scoped.explanation


def test_verdicts_a_measurement_told_by_an_of_phrase_keeps_its_dispute() -> None:
    # "8 days of riots" and "12 days of clashes" tell one unrest's length in other words.
    one = doc("r1", "Torvald was calm after 8 days of riots.", "Bay")
    two = doc("r2", "Torvald was calm after 12 days of clashes.", "Coast Post")
    claims = [
        figure_claim(
            one, "8 days of riots", low=8, high=8, measure="duration of unrest",
            counted="riots", qualifiers=(), kind="duration", unit="day",
        ),
        figure_claim(
            two, "12 days of clashes", low=12, high=12, measure="duration of unrest",
            counted="clashes", qualifiers=(), kind="duration", unit="day",
        ),
    ]  # fmt: skip
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def _split_of(documents: list[Document], claims: list[Claim]) -> Split | None:
    by_id = {d.id: d for d in documents}
    return split(claims, Upstreams(claims, by_id), by_id)


def test_verdicts_percentages_of_different_wholes_are_not_in_dispute() -> None:
    rating = doc("p1", "Critics gave the Torvald film a 92 percent rating.", "Bay")
    profits = doc("p2", "The director was paid 6 percent of the film's profits.", "Coast")
    claims = [share(rating, "92 percent", 92, of="film"), share(profits, "6 percent", 6, of="film")]
    found = _split_of([rating, profits], claims)
    assert found is not None and len(found.parts) == 2
    assert "rating" in found.reason and "profit" in found.reason, found.reason


def test_verdicts_percentages_of_one_whole_in_other_names_are_not_set_apart() -> None:
    # "of the town" and "of Torvald" may be one whole: a name never sets shares apart.
    town = doc("p3", "Rebels hold 40 percent of the town, the army said.", "Bay")
    named = doc("p4", "Rebels hold 70 percent of Torvald, residents said.", "Coast")
    claims = [share(town, "40 percent", 40, of="film"), share(named, "70 percent", 70, of="film")]
    assert _split_of([town, named], claims) is None


def test_verdicts_a_count_said_unchanged_still_disputes_a_changed_one() -> None:
    # "unchanged" tells how the count moved, not a different thing counted.
    same = doc("w1", "The toll in Torvald remained unchanged at 40 people.", "Bay")
    moved = doc("w2", "The toll in Torvald changed to 55 people, medics said.", "Coast Post")
    claims = [
        figure_claim(same, "40 people", low=40, high=40),
        figure_claim(moved, "55 people", low=55, high=55),
    ]
    found = _split_of([same, moved], claims)
    assert found is None or "not in it" not in found.reason


def test_verdicts_a_running_count_told_so_far_is_read_as_earlier_than_a_higher_one() -> None:
    early = doc("f1", "At this point there was 1 arrest in Torvald, police said.", "Bay")
    later = doc("f2", "Police made 30 arrests in Torvald over three nights.", "Coast", "2030-05-04")
    claims = [
        figure_claim(early, "1 arrest", low=1, high=1, counted="arrest", qualifiers=()),
        figure_claim(later, "30 arrests", low=30, high=30, counted="arrests", qualifiers=()),
    ]
    (group,) = reconcile([early, later], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    # Told without "so far", the same two counts dispute each other.
    flat = doc("f3", "There was 1 arrest in Torvald, police said.", "Bay")
    claims[0] = figure_claim(flat, "1 arrest", low=1, high=1, counted="arrest", qualifiers=())
    (group,) = reconcile([flat, later], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def _size(document: Document, phrase: str, value: float, speaker: str | None = None) -> Claim:
    return figure_claim(
        document, phrase, low=value, high=value, measure="magnitude of quake in Torvald",
        counted="quake", qualifiers=(), kind="magnitude", unit=None, speaker=speaker,
    )  # fmt: skip


def test_verdicts_a_figure_its_report_places_at_an_earlier_event_is_of_another_event() -> None:
    both = doc(
        "e1",
        "Officials said a 4.1 quake shook Torvald on Tuesday. Earlier on Monday a 5.8 quake "
        "struck the coast.",
        "Bay",
    )
    other = doc("e2", "A 5.8 quake struck Torvald on Monday, the survey said.", "Coast Post")
    claims = [
        _size(both, "4.1", 4.1, speaker="Officials"),
        _size(both, "5.8", 5.8),
        _size(other, "5.8", 5.8),
    ]
    groups = reconcile([both, other], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict"), [g.explanation for g in groups]
    (scoped,) = _by_verdict(groups, "scope_differs")
    assert "earlier event" in scoped.explanation and "two events" in scoped.explanation


def test_verdicts_an_earlier_telling_is_not_an_earlier_event() -> None:
    # "Earlier, officials put the count at" tells the same quantity at an earlier time.
    both = doc(
        "e3", "Earlier, officials put the size at 4.1; the survey now says 5.8 in Torvald.", "Bay"
    )
    claims = [_size(both, "4.1", 4.1, speaker="officials"), _size(both, "5.8", 5.8, "survey")]
    assert all(
        "earlier event" not in g.explanation for g in reconcile([both], [TORVALD], claims).groups
    )


def test_verdicts_shares_of_two_nouns_may_be_of_one_whole_and_still_dispute() -> None:
    # "of the town" and "of the city" may name one whole two ways.
    town = doc("p5", "Rebels hold 40 percent of the town, the army said.", "Bay")
    city = doc("p6", "Rebels hold 70 percent of the city, residents said.", "Coast")
    claims = [share(town, "40 percent", 40, of="film"), share(city, "70 percent", 70, of="film")]
    assert _split_of([town, city], claims) is None


def test_verdicts_the_thing_measured_is_the_last_noun_after_the_unit() -> None:
    drive = doc("n1", "Berg led a 73-yard game-winning drive, capped by a pass.", "Bay")
    game = doc("n2", "It was his second 200-yard game of the season.", "Coast")

    def length(document: Document, phrase: str) -> Claim:
        return figure_claim(
            document, phrase, low=1, high=1, counted="yard game", kind="length", unit="yd"
        )

    assert measured_thing(length(drive, "73-yard game"), {"n1": drive}) == "drive"
    assert measured_thing(length(game, "200-yard game"), {"n2": game}) == "game"


def test_verdicts_a_figure_told_earlier_is_no_earlier_event() -> None:
    told = doc("e4", "Experts estimated earlier that 4.1 was the size of the Torvald quake.", "Bay")
    claim = _size(told, "4.1", 4.1)
    assert earlier_event(claim, {"e4": told}) is None
    event = doc("e5", "Earlier on Monday a 5.8 quake struck Torvald.", "Bay")
    assert earlier_event(_size(event, "5.8", 5.8), {"e5": event}) is not None


def _crowd(document: Document, phrase: str, low: float, hedge: str = "exact") -> Claim:
    return figure_claim(
        document,
        phrase,
        low=low,
        high=None if hedge in {"vague", "at_least"} else low,
        hedge=hedge,  # type: ignore[arg-type]
        measure="people marching in Torvald",
        qualifiers=("marching",),
    )


def test_verdicts_a_vague_count_of_another_order_is_named_never_agreeing() -> None:
    # "Hundreds" cannot be 10,000: the agreement of the numbers is told, and "hundreds" is
    # named as not compared, never silently left out of an "agree".
    one = doc("m1", "Police said 10,000 people were marching in Torvald.", "Coast Post")
    two = doc("m2", "More than 10,000 people were marching in Torvald.", "Valley News")
    three = doc("m3", "Hundreds of people were marching in Torvald.", "Hill Daily")
    four = doc("m4", "Thousands of people were marching in Torvald.", "Lake Times")
    claims = [
        _crowd(one, "10,000 people", 10_000),
        _crowd(two, "More than 10,000 people", 10_000, "at_least"),
        _crowd(three, "Hundreds of people", 200, "vague"),
        _crowd(four, "Thousands of people", 2_000, "vague"),
    ]
    docs = {d.id: d for d in (one, two, three, four)}
    judged = judge(claims, Upstreams(claims, docs), docs)
    assert judged.verdict == "agree"  # the numbers agree; the vague counts never decide
    assert "'hundreds' (" in judged.explanation and "of another order" in judged.explanation
    assert "not compared" in judged.explanation
    # "Thousands" reaches 10,000: it can hold with the numbers and is said to.
    assert "'thousands' (" in judged.explanation
    assert "of an order that can hold with them" in judged.explanation
    apart, fitting = not_compared(claims)
    assert [c.doc for c in apart] == ["m3"] and [c.doc for c in fitting] == ["m4"]
    # Both ways: with no "hundreds", nothing is set apart.
    assert (
        "another order"
        not in judge(claims[:2] + claims[3:], Upstreams(claims, docs), docs).explanation
    )


def test_verdicts_a_vague_count_beside_one_number_is_named_by_a_single_source() -> None:
    one = doc("n1", "Police said 10,000 people were marching in Torvald.", "Coast Post")
    two = doc("n2", "Dozens of people were marching in Torvald.", "Valley News")
    claims = [_crowd(one, "10,000 people", 10_000), _crowd(two, "Dozens of people", 24, "vague")]
    docs = {d.id: d for d in (one, two)}
    judged = judge(claims, Upstreams(claims, docs), docs)
    assert judged.verdict == "single"
    assert "'dozens' (" in judged.explanation and "of another order than 10,000" in (
        judged.explanation
    ), judged.explanation


def test_verdicts_no_vague_count_is_set_apart_when_the_numbers_disagree() -> None:
    # The numbers' own conflict is the story: a vague count is set against no value.
    one = doc("q1", "Police said 30 people were marching in Torvald.", "Coast Post")
    two = doc("q2", "Organisers said 90 people were marching in Torvald.", "Valley News")
    three = doc("q3", "Thousands of people were marching in Torvald.", "Hill Daily")
    claims = [
        _crowd(one, "30 people", 30),
        _crowd(two, "90 people", 90),
        _crowd(three, "Thousands of people", 2_000, "vague"),
    ]
    assert not_compared(claims) == ((), ())


def test_verdicts_several_beside_two_is_no_other_order() -> None:
    one = doc("w1", "Two buildings were burning in Torvald.", "Coast Post")
    two = doc("w2", "Several buildings were burning in Torvald.", "Valley News")
    three = doc("w3", "At least two buildings were burning in Torvald.", "Hill Daily")
    kw = dict(measure="buildings burning in Torvald", counted="buildings", qualifiers=())
    claims = [
        figure_claim(one, "Two buildings", low=2, high=2, **kw),  # type: ignore[arg-type]
        figure_claim(two, "Several buildings", low=3, high=None, hedge="vague", **kw),  # type: ignore[arg-type]
        figure_claim(three, "At least two buildings", low=2, high=None, hedge="at_least", **kw),  # type: ignore[arg-type]
    ]
    docs = {d.id: d for d in (one, two, three)}
    judged = judge(claims, Upstreams(claims, docs), docs)
    assert judged.verdict == "agree"
    assert "another order" not in judged.explanation
    assert not_compared(claims) == ((), ())


def test_verdicts_a_crowd_of_another_order_is_another_crowd() -> None:
    # "Hundreds" marching beside 10,000: another crowd, or the crowd at another hour. It
    # is a measure of its own, told apart with the reason, never in the 10,000's "agree".
    one = doc("c1", "Police said 10,000 people were marching in Torvald.", "Coast Post")
    two = doc("c2", "More than 10,000 people were marching in Torvald.", "Valley News")
    three = doc("c3", "Hundreds of people were marching in Torvald.", "Hill Daily")
    claims = [
        _crowd(one, "10,000 people", 10_000),
        _crowd(two, "More than 10,000 people", 10_000, "at_least"),
        _crowd(three, "Hundreds of people", 200, "vague"),
    ]
    groups = reconcile([one, two, three], [TORVALD], claims).groups
    measures = {frozenset(g.claims): g for g in groups if g.verdict != "scope_differs"}
    numbers = frozenset(c.id for c in claims[:2])
    assert measures[numbers].verdict == "agree"
    assert measures[frozenset({claims[2].id})].verdict == "single"
    (overlay,) = _by_verdict(groups, "scope_differs")
    assert "'hundreds' is of another order than 10,000" in overlay.explanation
    assert "an unspecified number" not in overlay.explanation  # said as written


def test_verdicts_a_toll_keeps_its_vague_count_of_another_order() -> None:
    # Both ways: "dozens" killed beside 112 is the toll at an earlier hour, one quantity.
    one = doc("k1", "Medics said 112 people were killed in Torvald.", "Coast Post")
    two = doc("k2", "Officials said 112 people were killed in Torvald.", "Valley News")
    three = doc("k3", "Dozens of people were killed in Torvald.", "Hill Daily")
    claims = [
        figure_claim(one, "112 people", low=112, high=112, speaker="Medics"),
        figure_claim(two, "112 people", low=112, high=112, speaker="Officials"),
        figure_claim(three, "Dozens of people", low=24, high=None, hedge="vague"),
    ]
    groups = reconcile([one, two, three], [TORVALD], claims).groups
    assert not _by_verdict(groups, "scope_differs")
    (toll,) = [g for g in groups if len(g.claims) == 3]
    assert "'dozens' (" in toll.explanation and "of another order" in toll.explanation


def test_verdicts_a_toll_rising_from_a_vague_count_is_an_update() -> None:
    # "Dozens" killed on one day, 112 in the reports of the next: the toll rose.
    early = doc("t1", "Dozens of people were killed in Torvald.", "Hill Daily", "2026-03-10")
    one = doc("t2", "Medics said 112 people were killed in Torvald.", "Coast Post", "2026-03-11")
    two = doc(
        "t3", "Officials said 112 people were killed in Torvald.", "Valley News", "2026-03-12"
    )
    claims = [
        figure_claim(early, "Dozens of people", low=24, high=None, hedge="vague"),
        figure_claim(one, "112 people", low=112, high=112, speaker="Medics"),
        figure_claim(two, "112 people", low=112, high=112, speaker="Officials"),
    ]
    docs = {d.id: d for d in (early, one, two)}
    judged = judge(claims, Upstreams(claims, docs), docs, running=True)
    assert judged.verdict == "update"
    assert "'dozens' on 2026-03-10" in judged.explanation
    assert "112 on 2026-03-12, the latest figure" in judged.explanation
    # Both ways: "dozens" told after the 112 is no rise; nor is a count that does not run.
    late = doc("t4", "Dozens of people were killed in Torvald.", "Hill Daily", "2026-03-13")
    claims[0] = figure_claim(late, "Dozens of people", low=24, high=None, hedge="vague")
    docs = {d.id: d for d in (late, one, two)}
    assert judge(claims, Upstreams(claims, docs), docs, running=True).verdict == "agree"
    claims[0] = figure_claim(early, "Dozens of people", low=24, high=None, hedge="vague")
    docs = {d.id: d for d in (early, one, two)}
    assert judge(claims, Upstreams(claims, docs), docs).verdict == "agree"


def test_verdicts_a_report_telling_both_values_as_two_facts_disputes_neither() -> None:
    def miles(d: Document, phrase: str, value: float) -> Claim:
        return figure_claim(
            d,
            phrase,
            low=value,
            high=value,
            measure="distance from Torvald",
            counted="nautical miles",
            qualifiers=(),
        )

    both = doc(
        "m1",
        "The attack took place about 150 nautical miles off Torvald. The warship was about "
        "13 nautical miles away when it picked up the call.",
        "Coast Post",
    )
    port = doc("m2", "The freighter was about 150 nautical miles from Torvald.", "Valley News")
    claims = [miles(both, "13 nautical miles", 13), miles(port, "150 nautical miles", 150)]
    groups = reconcile([both, port], [TORVALD], claims).groups
    # The first report gives 150 nautical miles too, as another distance: the two reports
    # count two things, they do not disagree on one.
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert 'as another fact, "150 nautical miles"' in scope.explanation
    # A report that sets the other value against its own relays a dispute.
    against = doc(
        "m3",
        "The warship was about 13 nautical miles away, but the navy put it at 150 nautical miles.",
        "Coast Post",
    )
    disputed = [miles(against, "13 nautical miles", 13), claims[1]]
    assert _by_verdict(reconcile([against, port], [TORVALD], disputed).groups, "conflict")


def test_verdicts_one_outlets_pass_and_later_game_are_no_figure_revised() -> None:
    # Time explains a difference only between values of one quantity: a seven-yard gain
    # told on Sunday and a 200-yard game told on Monday by one outlet are two things (how
    # far one play went is a player's own: see test_reconcile_yards).
    early = doc("y1", "Berg hit Lund for a 7 - yard gain in Torvald.", "Bay", "2030-05-01")
    late = doc("y2", "It was his second 200 - yard game in Torvald.", "Bay", "2030-05-02")

    def length(d: Document, phrase: str, value: float, counted: str) -> Claim:
        return figure_claim(
            d, phrase, low=value, high=value, measure="length of game in Torvald",
            counted=counted, qualifiers=(), kind="length", unit="yd",
        )  # fmt: skip

    claims = [
        length(early, "7 - yard gain", 7, "yard gain"),
        length(late, "200 - yard game", 200, "yard game"),
    ]
    groups = reconcile([early, late], [TORVALD], claims).groups
    assert "update" not in {g.verdict for g in groups}, [g.explanation for g in groups]
    (scoped,) = _by_verdict(groups, "scope_differs")
    assert "for a gain" in scoped.explanation and "for a game" in scoped.explanation
    # One thing's measurement told larger later by the same outlet is still an update.
    later = doc("y3", "Berg hit Lund for a 9 - yard gain in Torvald.", "Bay", "2030-05-02")
    again = [
        length(early, "7 - yard gain", 7, "yard gain"),
        length(later, "9 - yard gain", 9, "yard gain"),
    ]
    judged = {g.verdict for g in reconcile([early, later], [TORVALD], again).groups}
    assert judged == {"update"}, judged


def _hurt(document: Document, phrase: str, value: float) -> Claim:
    return figure_claim(document, phrase, low=value, high=value, counted="people")


def test_verdicts_tolls_of_quakes_of_two_sizes_are_two_events() -> None:
    first = doc("q1", "A 5.6 magnitude quake hit Torvald on Sunday, injuring five people.", "Bay")
    second = doc("q2", "State radio says a magnitude-5.0 quake has injured two people.", "Coast")
    found = _split_of([first, second], [_hurt(first, "five people", 5), _hurt(second, "two", 2)])
    assert found is not None and "two events of one kind" in found.reason
    assert [[c.doc for c in part] for part in found.parts] == [["q2"], ["q1"]]


def test_verdicts_a_toll_told_after_its_report_s_lead_is_of_the_lead_s_quake() -> None:
    first = doc(
        "q5",
        "A quake with a magnitude of 5.6 shook Torvald island on Sunday. Walls fell in two "
        "villages and two villagers were slightly injured, the governor said.",
        "Bay",
    )
    second = doc("q6", "State radio says a magnitude-5.0 quake has injured three people.", "Coast")
    claims = [_hurt(first, "two villagers", 2), _hurt(second, "three people", 3)]
    found = _split_of([first, second], claims)
    # The second sentence names no size: its toll is of the quake the report leads with.
    assert found is not None and "two events of one kind" in found.reason


def test_verdicts_one_quake_read_a_few_tenths_apart_still_disputes() -> None:
    first = doc("q3", "A 5.6 magnitude earthquake hit Torvald, injuring five people.", "Bay")
    second = doc("q4", "A magnitude-5.5 quake hit Torvald, injuring two people.", "Coast")
    claims = [_hurt(first, "five people", 5), _hurt(second, "two people", 2)]
    assert _split_of([first, second], claims) is None


_GROSS = dict(measure="money grossed ($)", counted="gross", qualifiers=(), kind="money", unit="$")


def test_verdicts_a_running_total_of_money_grows_as_an_update() -> None:
    # A film's gross told as taken to date ("has grossed", "has already taken in") is one
    # total that grows: a later report's larger sum updates it, the latest named.
    a = doc(
        "r1", "Orvel Nights has grossed more than $40 million, Varga said.", "Screen", "2032-04-04"
    )
    b = doc("r2", "Orvel Nights has grossed $41.5 million worldwide.", "Film Wire", "2032-04-04")
    c = doc("r3", "Orvel Nights has already taken in $75 million.", "Coast Post", "2032-04-09")
    claims = [
        figure_claim(a, "more than $40 million", low=40e6, high=None, hedge="at_least", **_GROSS),  # type: ignore[arg-type]
        figure_claim(b, "$41.5 million", low=41.5e6, high=41.5e6, **_GROSS),  # type: ignore[arg-type]
        figure_claim(c, "$75 million", low=75e6, high=75e6, **_GROSS),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([a, b, c], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    assert group.explanation.startswith("The total rose as reports came in")
    assert "Coast Post gives $75 million on 2032-04-09, the latest figure" in group.explanation
    # Words bringing a total up to the sum tell it so too.
    told = doc(
        "r4",
        "Its second weekend pushed the film's total to $75 million.",
        "Coast Post",
        "2032-04-09",
    )
    claims[2] = figure_claim(told, "$75 million", low=75e6, high=75e6, **_GROSS)  # type: ignore[arg-type]
    (group,) = reconcile([a, b, told], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation


def test_verdicts_two_running_totals_of_one_day_are_two_totals_not_a_dispute() -> None:
    # The same day's "has grossed $41.5 million" and "has grossed $90 million": a country's
    # and the world's, or two films': a total taken to date never differs within a day.
    b = doc("s1", "Orvel Nights has grossed $41.5 million worldwide.", "Film Wire", "2032-04-04")
    d = doc("s2", "Orvel Nights has grossed $90 million worldwide.", "Hill Daily", "2032-04-04")
    claims = [
        figure_claim(b, "$41.5 million", low=41.5e6, high=41.5e6, **_GROSS),  # type: ignore[arg-type]
        figure_claim(d, "$90 million", low=90e6, high=90e6, **_GROSS),  # type: ignore[arg-type]
    ]
    groups = reconcile([b, d], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "as totals taken to date that do not grow" in scope.explanation
    # Sums not told as totals taken to date are one only when they agree, as before.
    e = doc("s3", "Varga paid $41.5 million for the rights.", "Film Wire", "2032-04-04")
    f = doc("s4", "Varga paid $75 million for the rights.", "Coast Post", "2032-04-09")
    claims = [
        figure_claim(e, "$41.5 million", low=41.5e6, high=41.5e6, **_GROSS),  # type: ignore[arg-type]
        figure_claim(f, "$75 million", low=75e6, high=75e6, **_GROSS),  # type: ignore[arg-type]
    ]
    groups = reconcile([e, f], [TORVALD], claims).groups
    assert [g.verdict for g in groups] == ["single", "single"]
    # A sum raised for one appeal is one sum, told so far or not: two values still dispute.
    raised = dict(measure="money raised ($)", counted=None, qualifiers=(), kind="money", unit="$")
    h = doc(
        "s5",
        "The Dalby appeal has raised $2 million so far, organisers said.",
        "Wire",
        "2032-04-04",
    )
    i = doc(
        "s6",
        "The Dalby appeal has raised $5 million so far, its founder said.",
        "Post",
        "2032-04-04",
    )
    claims = [
        figure_claim(h, "$2 million", low=2e6, high=2e6, **raised),  # type: ignore[arg-type]
        figure_claim(i, "$5 million", low=5e6, high=5e6, **raised),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([h, i], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def test_verdicts_a_telling_placed_weeks_before_its_report_is_an_earlier_figure() -> None:
    # "Two weeks ago, the coastguard said 12": the source's earlier figure, which its 19
    # of the report's own day supersedes, an update and no source counting two things.
    kw = dict(measure="boats sunk in Torvald", counted="boats", qualifiers=("sank",))
    a = doc(
        "v1", "Two weeks ago, the coastguard said 12 boats sank in the storm.", "Post", "2032-06-26"
    )
    b = doc("v2", "The coastguard said 19 boats sank in Torvald.", "Bay News", "2032-06-26")
    claims = [
        figure_claim(a, "12 boats", low=12, high=12, speaker="coastguard", **kw),  # type: ignore[arg-type]
        figure_claim(b, "19 boats", low=19, high=19, speaker="coastguard", **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    assert "revised its figure from an earlier 12 to 19 on 2032-06-26" in group.explanation
    # Weeks ago that date what was counted, with no telling after them, are no such cue.
    dated = doc("v3", "Two weeks ago 12 boats sank in the storm.", "Post", "2032-06-26")
    claims[0] = figure_claim(dated, "12 boats", low=12, high=12, speaker="coastguard", **kw)  # type: ignore[arg-type]
    (group,) = reconcile([dated, b], [TORVALD], claims).groups
    assert group.verdict == "single", group.explanation


def _retold_toll(retold: bool) -> Group:
    """The group of a toll: rescuers give 20, then 26 two days later; a clinic worker
    gives 60 that later day and, when ``retold``, the rescuers' 20 beside it."""
    early = doc("e", "Rescuers said 20 people died in Torvald.", "Early Wire", "2030-05-01")
    late = doc("l", "The toll rose to 26, rescuers said.", "Late Wire", "2030-05-03")
    clinic_text = "A clinic worker said 60 people died in Torvald." + (
        " The worker said the official toll of 20 left out the valley." if retold else ""
    )
    clinic = doc("c", clinic_text, "Hill Daily", "2030-05-03")
    claims = [
        figure_claim(early, "20 people", low=20, high=20, speaker="Rescuers"),
        figure_claim(late, "26", low=26, high=26, speaker="rescuers"),
        figure_claim(clinic, "60 people", low=60, high=60, speaker="clinic worker"),
    ]
    if retold:
        claims.append(figure_claim(clinic, "20 left", low=20, high=20, speaker="clinic worker"))
    groups = reconcile([early, late, clinic], [TORVALD], claims).groups
    return max(groups, key=lambda g: len(g.claims))


def test_verdicts_a_value_its_own_source_revised_is_never_the_conservative_one() -> None:
    # The rescuers revised 20 to 26: their 20, even retold beside the clinic worker's own
    # 60, is no longer credible, so the lowest credible figure is 26, and the explanation
    # says why.
    dispute = _retold_toll(retold=True)
    assert dispute.conservative == 26, dispute
    assert "superseded figure retold" in dispute.explanation, dispute.explanation
    # The range still spans every stated number.
    assert dispute.range == (20, 60)
    assert dispute.verdict in {"conflict", "update"}
    # Without the retelling, the rescuers' revision alone already sets it to 26.
    plain = _retold_toll(retold=False)
    assert plain.conservative == 26 and "retold" not in plain.explanation
    assert plain.verdict == "conflict"
