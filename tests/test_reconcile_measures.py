"""Which figures are one quantity: rounded counts, added counts, places and the scene."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import replace

import pytest

from test_reconcile_helpers import TORVALD, amount, doc, entity_in, figure_claim, topic
from triangulate.model import Claim, Document, Figure, Group, When
from triangulate.reconcile import reconcile
from triangulate.reconcile.groups import MONEY_FLOOR_REACH, _fit, _values, measures
from triangulate.reconcile.intervals import Interval
from triangulate.reconcile.topics import (
    PERSON_TIME,
    UNSAID,
    Topic,
    each_measured,
    money_purpose,
    name_words,
    parse_purposes,
    parse_things,
    relation,
    restated,
    topic_of,
)
from triangulate.summarize.select import _same_value

BASE = topic()


def _verdicts(groups: tuple[Group, ...]) -> list[str]:
    return sorted(g.verdict for g in groups)


def _money(d: Document, phrase: str, value: float, *, unit: str, counted: str) -> Claim:
    """A money figure of ``value`` in ``unit``, a sum for ``counted``."""
    return amount(
        d, phrase, value, counted=counted, measure=f"{counted} ({unit})", kind="money", unit=unit
    )


def test_measures_a_round_count_is_rounded_not_a_conflict() -> None:
    a = doc("a", "Officials said 612 people were killed in Torvald.", "Coast Post")
    b = doc("b", "In all, 600 people were killed in Torvald.", "Valley News")
    claims = [
        figure_claim(a, "612 people", low=612, high=612, speaker="Officials"),
        figure_claim(b, "600 people", low=600, high=600),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.verdict == "agree"


def test_measures_a_round_count_still_differs_beyond_its_rounding() -> None:
    a = doc("a", "Officials said 700 people were killed in Torvald.", "Coast Post")
    b = doc("b", "In all, 600 people were killed in Torvald.", "Valley News")
    claims = [
        figure_claim(a, "700 people", low=700, high=700, speaker="Officials"),
        figure_claim(b, "600 people", low=600, high=600),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.verdict == "conflict"


def test_measures_a_count_added_to_another_is_never_set_against_a_whole() -> None:
    a = doc("a", "Firefighters rescued another 20 people in Torvald.", "Coast Post")
    b = doc("b", "Firefighters rescued 5 people in Torvald.", "Valley News")
    claims = [
        figure_claim(
            a,
            "another 20 people",
            low=20,
            high=20,
            qualifiers=("rescued",),
            measure="people rescued in Torvald",
        ),
        figure_claim(
            b,
            "5 people",
            low=5,
            high=5,
            qualifiers=("rescued",),
            measure="people rescued in Torvald",
        ),
    ]
    groups = reconcile([a, b], [TORVALD], claims).groups
    assert "conflict" not in _verdicts(groups)
    assert "scope_differs" in _verdicts(groups)


def test_measures_a_figure_with_no_place_is_not_about_another_country() -> None:
    abroad = dataclasses.replace(BASE, place="e-far", at_home=False)
    here = dataclasses.replace(BASE, place="e-near")
    assert relation(BASE, abroad)[0] != "same"
    assert relation(BASE, here)[0] == "same"


def test_measures_the_scene_at_two_levels_is_one_quantity_when_values_are_close() -> None:
    town = dataclasses.replace(
        BASE, place="e-town", scene=frozenset({"e-town", "e-land"}), at_scene=True
    )
    land = dataclasses.replace(
        BASE, place="e-land", scene=frozenset({"e-town", "e-land"}), at_scene=True
    )
    assert relation(town, land)[0] == "close"
    a = doc("a", "12 people were hurt in the town.", "Coast Post")
    b = doc("b", "18 people were hurt in the country.", "Valley News")
    c = doc("c", "400 people were hurt in the country.", "Hill Daily")
    twelve = figure_claim(a, "12 people", low=12, high=12)
    eighteen = figure_claim(b, "18 people", low=18, high=18)
    many = figure_claim(c, "400 people", low=400, high=400)
    topics = {twelve.id: town, eighteen.id: land, many.id: land}
    found = measures([twelve, eighteen], topics)
    assert [len(m) for m in found] == [2]
    found = measures([twelve, many], topics)
    assert sorted(len(m) for m in found) == [1, 1]


def test_measures_how_many_live_in_a_town_is_a_population() -> None:
    a = doc("a", "The quake hit Torvald, a town of about 15,000 people.", "Coast Post")
    claim = figure_claim(
        a,
        "15,000 people",
        low=15000,
        high=15000,
        hedge="about",
        qualifiers=(),
        measure="people",
    )
    assert topic_of(claim, a, {}).state == "living"


def test_measures_words_of_another_clause_do_not_say_what_a_figure_counts() -> None:
    a = doc("a", "The ferry carried 40 passengers, but 3 people were killed.", "Coast Post")
    claim = figure_claim(
        a,
        "40 passengers",
        low=40,
        high=40,
        qualifiers=("carried",),
        measure="passengers",
        counted="passengers",
    )
    assert topic_of(claim, a, {}).state != "killed"
    # What happened before ("after protesters broke in") is another event's.
    b = doc("b", "Police said two women at the bank fainted after protesters broke in.", "Post")
    women = figure_claim(
        b, "two women", low=2, high=2, qualifiers=("said",), measure="women",
        counted="women",
    )  # fmt: skip
    assert topic_of(women, b, {}).state != "protesting"
    # The same subject carrying on after "after" still says what befell them.
    c = doc("c", "About 60 people slept in a school after being evacuated.", "Post")
    evacuated = figure_claim(
        c, "About 60 people", low=60, high=60, hedge="about", qualifiers=(),
        measure="people", counted="people",
    )  # fmt: skip
    assert topic_of(evacuated, c, {}).state == "left"


def test_measures_a_toll_of_one_cause_is_the_whole_only_when_its_value_is_bounded() -> None:
    killed = dataclasses.replace(BASE, state="killed")
    by_fire = dataclasses.replace(killed, cause="fire")
    a = doc("a", "At least 3 people were killed in the bank.", "Coast Post")
    b = doc("b", "The fire killed 3 people. Air raids killed at least 150 people.", "Valley News")
    c = doc("c", "In all, 1,100 people were killed in the war.", "Hill Daily")
    whole = figure_claim(a, "At least 3 people", low=3, high=None, hedge="at_least")
    three = figure_claim(b, "3 people", low=3, high=3)
    raids = figure_claim(b, "at least 150 people", low=150, high=None, hedge="at_least")
    war = figure_claim(c, "1,100 people", low=1100, high=1100)
    topics = {whole.id: killed, three.id: by_fire, raids.id: by_fire, war.id: killed}
    assert [len(m) for m in measures([whole, three], topics)] == [2]
    assert sorted(len(m) for m in measures([raids, war], topics)) == [1, 1]


def test_measures_how_long_the_unrest_lasted_whatever_a_report_calls_it() -> None:
    a = doc("a", "After eight days of riots, the city was calm.", "Coast Post")
    b = doc("b", "After five days of rioting, the city was calm.", "Valley News")

    def lasted(d: Document, phrase: str, counted: str) -> Topic:
        claim = amount(
            d, phrase, 8, counted=counted, kind="duration", unit="day",
            measure=f"duration of {counted}",
        )  # fmt: skip
        return topic_of(claim, d, {})

    riots, rioting = lasted(a, "eight days", "riots"), lasted(b, "five days", "rioting")
    assert riots.population == rioting.population


def test_measures_a_number_too_large_to_hold_is_no_rounded_count() -> None:
    from triangulate.model import Figure
    from triangulate.reconcile.intervals import interval_of

    huge = Figure(
        measure="people", counted="people", qualifiers=(), low=math.inf, high=math.inf,
        hedge="exact", unit=None, vague=False,
    )  # fmt: skip
    assert interval_of(huge) is not None


def test_measures_the_length_of_unrest_ignores_what_the_sentence_says_befell_people() -> None:
    a = doc("a", "Eight days of clashes left two people dead in Torvald.", "Coast Post")
    b = doc("b", "A week of violence has shaken Torvald.", "Valley News")
    clashes = amount(
        a, "Eight days of clashes", 8, counted="clashes", kind="duration", unit="day",
        measure="duration of clashes",
    )  # fmt: skip
    week = amount(
        b, "A week of violence", 7, counted="violence", kind="duration", unit="day",
        measure="duration of violence",
    )  # fmt: skip
    first, second = topic_of(clashes, a, {}), topic_of(week, b, {})
    assert (
        (first.population, first.state)
        == (second.population, second.state)
        == (
            "unrest",
            "other",
        )
    )
    assert relation(first, second)[0] == "same"


def test_measures_a_magnitude_is_the_shock_s_size_whatever_noun_carries_it() -> None:
    a = doc("a", "A 6.1-magnitude quake destroyed villages on Torvald.", "Coast Post")
    b = doc("b", "Its force was 6.1 on the Richter scale, felt in the capital.", "Valley News")
    c = doc("c", "An aftershock measuring 4.0 followed in Torvald.", "Hill Daily")
    quake = figure_claim(
        a, "6.1-magnitude quake", low=6.1, high=6.1, counted="quake",
        qualifiers=("destroyed",), measure="magnitude of quake in Torvald",
        kind="magnitude", unit="magnitude",
    )  # fmt: skip
    force = amount(
        b, "6.1 on the Richter scale", 6.1, counted="force", measure="magnitude of force",
        kind="magnitude", unit="magnitude",
    )  # fmt: skip
    after = amount(
        c, "4.0", 4.0, counted=None, measure="magnitude of unknown",
        kind="magnitude", unit="magnitude",
    )  # fmt: skip
    first, second, third = (topic_of(x, d, {}) for x, d in ((quake, a), (force, b), (after, c)))
    assert relation(first, second)[0] == "same"
    assert relation(first, third)[0] == "apart"


def test_measures_shocks_of_two_days_are_two_shocks() -> None:
    quake = dataclasses.replace(
        BASE, kind="magnitude", unit="magnitude", state="other", population="quake"
    )
    sunday = dataclasses.replace(quake, event=(733000, 733000))
    monday = dataclasses.replace(quake, event=(733001, 733001))
    assert relation(sunday, monday)[0] == "apart"
    assert relation(sunday, sunday)[0] == "same"


def test_measures_a_crowd_is_one_count_whatever_its_members_are_called() -> None:
    a = doc("a", "Tens of thousands of union members marched through Torvald.", "Coast Post")
    b = doc("b", "Police said 40,000 protesters gathered in Torvald.", "Valley News")
    teachers = figure_claim(
        a, "Tens of thousands of union members", low=20000, high=99999, hedge="vague",
        qualifiers=(), counted="union members", measure="members",
    )  # fmt: skip
    protesters = figure_claim(
        b, "40,000 protesters", low=40000, high=40000, qualifiers=(), counted="protesters",
        measure="protesters",
    )  # fmt: skip
    first, second = topic_of(teachers, a, {}), topic_of(protesters, b, {})
    assert first.state == second.state == "protesting"
    assert relation(first, second)[0] == "same"


def test_measures_a_vague_crowd_s_state_is_its_own_verb_not_the_sentence_s() -> None:
    a = doc("a", "Thousands of people marched as firefighters said two people were killed.", "Post")
    crowd = figure_claim(
        a, "Thousands of people", low=2000, high=9999, hedge="vague", qualifiers=(),
        counted="people", measure="people",
    )  # fmt: skip
    assert topic_of(crowd, a, {}).state == "protesting"


def test_measures_a_headline_verb_counted_as_a_noun_counts_people() -> None:
    a = doc("a", "Quake on Torvald: Several die", "Coast Post")
    b = doc("b", "Three people were killed on Torvald.", "Valley News")
    die = figure_claim(
        a, "Several die", low=3, high=9, hedge="vague", qualifiers=(), counted="die",
        measure="dies killed",
    )  # fmt: skip
    three = figure_claim(b, "Three people", low=3, high=3)
    first, second = topic_of(die, a, {}), topic_of(three, b, {})
    assert first.population == second.population
    assert relation(first, second)[0] == "same"


def test_measures_a_sum_of_money_is_one_with_another_of_its_value_however_it_is_named() -> None:
    a = doc("a", "Lenders agreed a 40 billion euro rescue for Torvald.", "Coast Post")
    b = doc("b", "Torvald will get 40 billion euros in loans.", "Valley News")
    c = doc("c", "Torvald must save 12 billion euros.", "Hill Daily")

    rescue = _money(a, "40 billion euro", 40e9, unit="EUR", counted="rescue")
    loans = _money(b, "40 billion euros", 40e9, unit="EUR", counted="get")
    savings = _money(c, "12 billion euros", 12e9, unit="EUR", counted="save")
    topics = {x.id: topic_of(x, d, {}) for x, d in ((rescue, a), (loans, b), (savings, c))}
    assert sorted(len(m) for m in measures([rescue, loans, savings], topics)) == [1, 2]


def test_measures_two_towns_the_reports_do_not_relate_are_one_toll_only_when_values_agree() -> None:
    town = dataclasses.replace(BASE, state="killed", place="e-town", at_home=True)
    city = dataclasses.replace(BASE, state="killed", place="e-city", at_home=True)
    a = doc("a", "Three people were killed in the town.", "Coast Post")
    b = doc("b", "Three people were killed in the city. Police said 40 people died.", "Hill")
    three = figure_claim(a, "Three people", low=3, high=3)
    also = figure_claim(b, "Three people", low=3, high=3)
    forty = figure_claim(b, "40 people", low=40, high=40)
    assert relation(town, city)[0] == "nested"
    topics = {three.id: town, also.id: city, forty.id: city}
    assert [len(m) for m in measures([three, also], topics)] == [2]
    assert sorted(len(m) for m in measures([three, forty], topics)) == [1, 1]
    crowd = dataclasses.replace(town, state="protesting")
    assert relation(crowd, dataclasses.replace(city, state="protesting"))[0] == "alike"


def test_measures_a_number_joined_to_a_noun_counts_that_noun() -> None:
    a = doc("a", "Police said a million-member union joined the strike.", "Coast Post")
    union = figure_claim(
        a, "million-member union", low=1e6, high=1e6, qualifiers=(), counted="union",
        measure="unions",
    )  # fmt: skip
    assert topic_of(union, a, {}).population != "union"


def test_measures_aftershocks_are_counted_wherever_they_were_recorded() -> None:
    a = doc("a", "Seismologists in the capital recorded four aftershocks.", "Coast Post")
    count = figure_claim(
        a, "four aftershocks", low=4, high=4, qualifiers=(), counted="aftershocks",
        measure="aftershocks", where="e-capital",
    )  # fmt: skip
    assert topic_of(count, a, {}).place is None


def test_measures_striking_workers_who_take_to_the_streets_are_a_crowd() -> None:
    a = doc("a", "Tens of thousands of striking nurses took to the streets of Torvald.", "Post")
    b = doc("b", "Tens of thousands of people then took to the streets of Torvald.", "News")
    striking = figure_claim(
        a, "Tens of thousands of striking nurses", low=20000, high=99999, hedge="vague",
        qualifiers=("striking",), counted="nurses", measure="striking nurses",
    )  # fmt: skip
    people = figure_claim(
        b, "Tens of thousands of people", low=20000, high=99999, hedge="vague",
        qualifiers=(), counted="people", measure="people",
    )  # fmt: skip
    assert topic_of(striking, a, {}).state == "protesting"
    assert topic_of(people, b, {}).state == "protesting"


def test_measures_only_people_are_displaced_not_the_villages_whose_homes_were_hit() -> None:
    a = doc("a", "Homes in five villages were damaged by the quake.", "Coast Post")
    villages = figure_claim(
        a, "five villages", low=5, high=5, qualifiers=(), counted="villages", measure="villages"
    )
    assert topic_of(villages, a, {}).state != "displaced"


def test_measures_five_other_workers_rescued_is_the_rescue_of_five_people() -> None:
    more = dataclasses.replace(BASE, state="rescued", extra=True)
    plain = dataclasses.replace(BASE, state="rescued")
    a = doc("a", "Firemen rescued five other workers from the roof.", "Coast Post")
    b = doc("b", "Firemen rescued five people from the roof. Later 30 people were saved.", "Hill")
    other = figure_claim(a, "five other workers", low=5, high=5)
    five = figure_claim(b, "five people", low=5, high=5)
    thirty = figure_claim(b, "30 people", low=30, high=30)
    topics = {other.id: more, five.id: plain, thirty.id: plain}
    assert [len(m) for m in measures([other, five], topics)] == [2]
    assert sorted(len(m) for m in measures([other, thirty], topics)) == [1, 1]


@pytest.mark.parametrize(
    ("counted", "text", "before", "after", "purpose"),
    [
        ("bribes", "more than US$500,000 in bribes", "to offering ", "", "bribes"),
        (
            "company",
            "at least US$35 million",
            "the company overcharged the Navy by ",
            "",
            "charges billed",
        ),
        ("charges", "as much as $35 million in fake charges", "billed ", "", "charges billed"),
        ("pay", "$2 million", "ordered it to pay ", " in damages to farmers", "damages awarded"),
        ("fine", "$2 million fine", "must pay a ", "", "fine"),
        ("release", "$1 million", "paid a ransom of ", " for his release", "ransom"),
        ("get", "40 billion euros", "Torvald will get ", " in loans", "aid or loan"),
        ("pay", "$2 million", "ordered it to pay ", " to farmers", None),
        ("items", "$50,856", "over charges of stealing 114 items worth ", "", None),
    ],
)
def test_measures_a_sum_is_for_what_its_words_say(
    counted: str, text: str, before: str, after: str, purpose: str | None
) -> None:
    assert money_purpose(counted, text, before, after) == purpose


def test_measures_two_sums_for_different_purposes_are_apart_and_one_of_no_purpose_joins() -> None:
    fine = topic(kind="money", unit="$", state="other", population="money", purpose="fine")
    damages = dataclasses.replace(fine, purpose="damages")
    unsaid = dataclasses.replace(fine, purpose=None)
    assert relation(fine, damages)[0] == "apart"
    assert relation(fine, unsaid)[0] == "nested"  # one only when the values agree
    bribes = dataclasses.replace(fine, purpose="bribes")
    assert relation(bribes, dataclasses.replace(bribes))[0] == "nested"
    # A story's event has one ransom, and a party one fine for one thing: two reports'
    # ransoms, or fines, are one sum whatever the values (who was fined is read later).
    assert relation(fine, dataclasses.replace(fine))[0] == "same"
    ransom = dataclasses.replace(fine, purpose="ransom")
    assert relation(ransom, dataclasses.replace(ransom))[0] == "same"


def test_measures_a_sum_given_as_a_floor_reaches_an_order_of_magnitude_above_it() -> None:
    a = doc("a", "He paid more than $500,000 to officials.", "Coast Post")
    claim = figure_claim(
        a, "more than $500,000", low=500_000, high=None, hedge="at_least", kind="money", unit="$"
    )
    money = topic(kind="money", unit="$", state="other", population="money")
    assert claim.figure is not None
    assert _values(claim.figure, money) == Interval(500_000, MONEY_FLOOR_REACH * 500_000)


def test_measures_purposes_table_rejects_a_line_without_one_or_many() -> None:
    assert parse_purposes("ransom\transom\tone\n") == {"ransom": ("ransom", True)}
    with pytest.raises(ValueError, match="one\\|many"):
        parse_purposes("ransom\transom\n")


def test_measures_two_sums_given_exactly_are_two_sums_and_never_look_alikes() -> None:
    a = doc("a", "Lenders agreed a $143 billion bailout for Torvald.", "Coast Post")
    b = doc("b", "Lenders agreed a $144 billion bailout for Torvald.", "Valley News")

    groups = reconcile(
        [a, b],
        [TORVALD],
        [
            _money(a, "$143 billion", 143e9, unit="$", counted="bailout"),
            _money(b, "$144 billion", 144e9, unit="$", counted="bailout"),
        ],
    ).groups
    assert [len(g.claims) for g in groups] == [1, 1]
    assert "scope_differs" not in _verdicts(groups)


def test_measures_a_distance_from_a_point_is_one_quantity_whatever_noun_it_hangs_on() -> None:
    a = doc("a", "The island lies 900 kilometres south of the capital.", "Coast Post")
    b = doc("b", "Torvald, 700 kilometres (435 miles) from the capital, shook.", "Valley News")

    def length(d: Document, phrase: str, value: float, counted: str, unit: str) -> Claim:
        return amount(
            d, phrase, value, counted=counted, measure=f"length of {counted}",
            where="e-capital", kind="length", unit=unit,
        )  # fmt: skip

    island = length(a, "900 kilometres", 900, "island", "km")
    town = length(b, "700 kilometres", 700, "Torvald", "km")
    miles = length(b, "435 miles", 435, "kilometres", "mi")
    first, second = topic_of(island, a, {}), topic_of(town, b, {})
    assert first.population == second.population == "distance"
    assert relation(first, second)[0] == "same"
    groups = reconcile([a, b], [TORVALD], [island, town, miles]).groups
    (group,) = groups
    assert group.label == "distance"
    assert group.verdict == "conflict"
    assert len(group.claims) == 3


def test_measures_a_poll_share_repeated_is_one_and_another_share_is_not_a_look_alike() -> None:
    a = doc("a", "A poll found 62.5 percent of voters in Torvald unhappy.", "Coast Post")
    b = doc("b", "Some 62.5 percent of voters, and 30 percent of voters, were asked.", "Hill")

    def share(d: Document, phrase: str, value: float) -> Claim:
        return amount(
            d, phrase, value, counted="voters", measure="percent of voters", kind="percent",
            unit="percent",
        )  # fmt: skip

    claims = [
        share(a, "62.5 percent of voters", 62.5),
        share(b, "62.5 percent of voters", 62.5),
        share(b, "30 percent of voters", 30),
    ]
    groups = reconcile([a, b], [TORVALD], claims).groups
    assert sorted(len(g.claims) for g in groups) == [1, 2]
    assert "scope_differs" not in _verdicts(groups)


def test_measures_people_shot_are_casualties_and_people_gunned_down_are_killed() -> None:
    a = doc("a", "Police said five people were shot in the warehouse.", "Coast Post")
    b = doc("b", "Two guards were gunned down at the gate.", "Valley News")
    shot = figure_claim(a, "five people", low=5, high=5, qualifiers=(), measure="people")
    gunned = figure_claim(
        b, "Two guards", low=2, high=2, qualifiers=(), counted="guards", measure="guards"
    )
    assert topic_of(shot, a, {}).state == "casualties"
    assert topic_of(gunned, b, {}).state == "killed"


def test_measures_how_two_figures_relate_does_not_depend_on_which_comes_first() -> None:
    marched = dataclasses.replace(
        BASE, state="protesting", population="banks", event=(733000, 733000)
    )
    things = dataclasses.replace(BASE, state="other", population="banks")
    assert relation(marched, things)[0] == relation(things, marched)[0]


def test_measures_people_taken_to_hospital_are_a_hospital_s_count() -> None:
    a = doc("a", "Medics said two people were taken to hospital after the blast.", "Post")
    claim = figure_claim(a, "two people", low=2, high=2, qualifiers=(), measure="people")
    assert topic_of(claim, a, {}).state == "hospitalised"


def test_measures_buildings_burned_beside_a_protest_did_not_protest() -> None:
    a = doc("a", "Two buildings burned on the margins of the protests.", "Coast Post")
    claim = figure_claim(
        a, "Two buildings", low=2, high=2, qualifiers=(), counted="buildings", measure="buildings"
    )
    assert topic_of(claim, a, {}).state == "other"


def test_measures_a_number_in_tenths_before_a_quake_is_its_magnitude() -> None:
    a = doc("a", "Quake report\n6.3 Earthquake Shakes Torvald\nHomes fell.", "Coast Post")
    b = doc("b", "Seismologists put the magnitude at 6.3 on Sunday.", "Valley News")
    headline = figure_claim(a, "6.3", low=6.3, high=6.3, qualifiers=(), counted="", measure="")
    put = figure_claim(b, "6.3", low=6.3, high=6.3, qualifiers=(), counted="", measure="")
    first, second = topic_of(headline, a, {}), topic_of(put, b, {})
    assert first.kind == second.kind == "magnitude"
    assert relation(first, second)[0] == "same"
    three = figure_claim(a, "Homes", low=3, high=3, qualifiers=(), counted="", measure="")
    assert topic_of(three, a, {}).kind == "count"


def test_measures_how_long_the_ground_shook_is_one_duration_whatever_carries_it() -> None:
    a = doc("a", "Residents said the tremor lasted 40 seconds.", "Coast Post")
    b = doc("b", "We felt the shaking for about 40 seconds, one man said.", "Valley News")

    def lasted(d: Document, phrase: str, counted: str) -> Topic:
        claim = amount(
            d, phrase, 40, counted=counted, measure="duration", kind="duration", unit="second"
        )
        return topic_of(claim, d, {})

    first, second = lasted(a, "40 seconds", "tremor"), lasted(b, "about 40 seconds", "")
    assert first.population == second.population == "shaking"
    assert relation(first, second)[0] == "same"


def test_measures_seconds_in_a_sentence_of_shaking_are_how_long_it_shook() -> None:
    a = doc("a", "It lasted 30 seconds or so, and you could feel the whole building shaking.", "P")
    duration = amount(
        a, "30 seconds", 30, counted="It", measure="duration", kind="duration", unit="second"
    )
    assert topic_of(duration, a, {}).population == "shaking"
    # Days are not how long a shock shook, whatever the sentence says of shaking.
    b = doc("b", "For 3 days the town stayed shut, as the ground kept shaking.", "P")
    days = amount(b, "3 days", 3, counted="", measure="duration", kind="duration", unit="day")
    assert topic_of(days, b, {}).population != "shaking"


def test_measures_how_long_it_shook_in_a_place_is_how_long_it_shook_in_what_holds_it() -> None:
    inner = dataclasses.replace(BASE, kind="duration", unit="second", population="shaking")
    inner = dataclasses.replace(inner, state="other", place="e-park", holders=frozenset({"e-t"}))
    outer = dataclasses.replace(inner, place="e-t", holders=frozenset())
    inner = dataclasses.replace(inner, scene=frozenset({"e-t"}))
    outer = dataclasses.replace(outer, scene=frozenset({"e-park"}))
    assert relation(inner, outer)[0] == "same"
    # A toll in a place may be a part of the toll of what holds it.
    toll_in, toll_out = (
        dataclasses.replace(t, kind="count", unit=None, population="people", state="killed")
        for t in (inner, outer)
    )
    assert relation(toll_in, toll_out)[0] == "nested"


def test_measures_how_long_a_place_has_been_in_the_unrest_is_the_unrest_s_length() -> None:
    a = doc("a", "For six days, Torvald has been a battleground for police and youths.", "Post")
    b = doc("b", "Six days of riots have left the centre of Torvald in ruins.", "Valley News")
    c = doc("c", "For six days, the harbour has been closed to ferries.", "Coast Post")

    def lasted(d: Document, phrase: str, counted: str) -> Topic:
        duration = amount(
            d, phrase, 6, counted=counted, measure="duration", kind="duration", unit="day"
        )
        return topic_of(duration, d, {}, names=frozenset({"torvald"}))

    place, riots = lasted(a, "six days", "Torvald"), lasted(b, "Six days", "riots")
    assert place.population == riots.population == "unrest"
    assert relation(place, riots)[0] == "same"
    # A place shut for six days is not the unrest, though no noun says what lasted.
    assert lasted(c, "six days", "").population != "unrest"


def test_measures_a_number_with_no_noun_at_a_gathering_counts_the_crowd() -> None:
    a = doc("a", "The march through Torvald was attended by some 30,000.", "Coast Post")
    b = doc("b", "About 30,000 protesters marched through Torvald.", "Valley News")
    bare = figure_claim(
        a, "some 30,000", low=30000, high=30000, hedge="about", qualifiers=(), counted="",
        measure="unknown",
    )  # fmt: skip
    crowd = figure_claim(
        b, "About 30,000 protesters", low=30000, high=30000, hedge="about", qualifiers=(),
        counted="protesters", measure="protesters",
    )  # fmt: skip
    first, second = topic_of(bare, a, {}), topic_of(crowd, b, {})
    assert first.population == second.population == "people"
    assert relation(first, second)[0] == "same"


def test_measures_students_who_have_taken_to_the_streets_are_a_crowd() -> None:
    a = doc("a", "Thousands of students have taken to the streets of Torvald.", "Coast Post")
    claim = figure_claim(
        a, "Thousands of students", low=1000, high=None, hedge="vague", qualifiers=(),
        counted="students", measure="students",
    )  # fmt: skip
    assert topic_of(claim, a, {}).state == "protesting"


def test_measures_a_harm_of_people_never_befalls_a_count_of_things() -> None:
    a = doc("a", "Two helicopters were moving the injured to hospital.", "Coast Post")
    b = doc("b", "The unrest spread to six towns, leaving 70 people injured.", "Valley News")
    craft = amount(a, "Two helicopters", 2, counted="helicopters", measure="helicopters")
    towns = amount(b, "six towns", 6, counted="towns", measure="towns")
    assert topic_of(craft, a, {}).state != "injured"
    assert topic_of(towns, b, {}).state != "injured"
    people = amount(b, "70 people", 70, counted="people", measure="people")
    assert topic_of(people, b, {}).state == "injured"


def test_measures_a_figure_s_sentence_runs_past_an_abbreviation_s_stop() -> None:
    from triangulate.reconcile.topics import _sentence_of

    text = (
        "Ten died. Orvel Gov. Dana Weir said 50 were hurt. The U. S. Survey put it at "
        "6.1. The U.S. Navy sent 2 ships. Calm returned."
    )
    for figure, sentence in (
        ("50", "Orvel Gov. Dana Weir said 50 were hurt."),
        ("6.1", "The U. S. Survey put it at 6.1."),
        ("2 ships", "The U.S. Navy sent 2 ships."),
    ):
        at = text.index(figure)
        begin, end = _sentence_of(text, at, at + len(figure))
        assert text[begin:end] == sentence


def test_measures_two_polls_margins_of_error_are_two_quantities() -> None:
    text = (
        "A poll of 900 voters gave a 3.1 percent margin of error. A second poll of 400 "
        "voters gave a 4.5 percent margin of error."
    )
    a = doc("a", text, "Coast Post")

    def margin(phrase: str, value: float) -> Claim:
        return amount(a, phrase, value, counted="percent margin", measure="margin",
                      kind="percent", unit="percent")  # fmt: skip

    first, second = (
        margin("3.1 percent margin of error", 3.1),
        margin("4.5 percent margin of error", 4.5),
    )
    groups = reconcile([a], [], [first, second]).groups
    assert not any(
        {first.id, second.id} <= set(g.claims) and g.verdict != "scope_differs" for g in groups
    )
    assert any(g.label == "a poll's margin of error" for g in groups)


def test_measures_a_number_in_brackets_is_not_described_by_the_words_outside() -> None:
    a = doc("a", "The march was attended by 30,000 (8,000 by the police count).", "Post")
    aside = figure_claim(
        a, "8,000", low=8000, high=8000, qualifiers=(), counted="", measure="unknown"
    )
    assert topic_of(aside, a, {}).state != "protesting"


def test_measures_a_crowd_of_no_stated_day_is_the_one_of_its_report_s_day() -> None:
    from triangulate.model import When

    monday = When(start="2031-05-05", end="2031-05-05", precision="day")
    a = doc("a", "On Monday 40,000 protesters marched in Torvald.", "Coast Post")
    b = doc("b", "Some 40,000 protesters marched in Torvald.", "Valley News", "2031-05-05")
    c = doc("c", "Some 40,000 protesters marched in Torvald.", "Valley News", "2031-05-20")

    def crowd(d: Document, phrase: str, when: When | None = None) -> Topic:
        claim = amount(d, phrase, 40000, counted="protesters", measure="protesters", when=when)
        return topic_of(claim, d, {})

    dated = crowd(a, "40,000 protesters", monday)
    assert relation(dated, crowd(b, "Some 40,000 protesters"))[0] == "same"
    assert relation(dated, crowd(c, "Some 40,000 protesters"))[0] == "alike"


def test_measures_a_sum_converted_at_a_rate_the_reports_give_joins_its_amount() -> None:
    a = doc("a", "Lenders agreed 40 billion euros ($52 billion) for Torvald.", "Coast Post")
    b = doc("b", "Torvald will get a $53 billion rescue.", "Valley News")
    c = doc("c", "Torvald must save $16 billion, and 40 billion euros in loans.", "Hill Daily")

    claims = [
        _money(a, "40 billion euros", 40e9, unit="EUR", counted="rescue"),
        _money(a, "$52 billion", 52e9, unit="USD", counted="rescue"),
        _money(b, "$53 billion", 53e9, unit="$", counted="rescue"),
        _money(c, "$16 billion", 16e9, unit="$", counted="rescue"),
        _money(c, "40 billion euros", 40e9, unit="EUR", counted="rescue"),
    ]
    groups = reconcile([a, b, c], [TORVALD], claims).groups
    held = {g.id: set(g.claims) for g in groups if g.verdict != "scope_differs"}
    euros = [g for g in held.values() if claims[0].id in g]
    # The dollars of another report are the euros converted at about the rate report a
    # gives (1.3); $16 billion is a sum of its own.
    assert euros == [{claims[0].id, claims[1].id, claims[2].id, claims[4].id}]


def test_measures_a_story_s_sum_in_two_currencies_is_one_group_and_no_sum_vanishes() -> None:
    # Most reports give the takings in euros, converted in brackets; one gives dollars first,
    # its euros in brackets; another gives euros alone and a headline dollars alone.
    a = doc("a", "Thieves took 2 million euros ($2.6 million) in jewels.", "Coast Post")
    b = doc("b", "Robbers made off with 2 million euros ($2.6 million).", "Valley News")
    c = doc("c", "Jewels worth $2.6 million (two million euros) were taken.", "Hill Daily")
    d = doc("d", "Heist nets $2.6 million. Jewels worth 2 million euros were taken.", "Bay Times")

    claims = [
        _money(a, "2 million euros", 2e6, unit="EUR", counted="jewels"),
        _money(a, "$2.6 million", 2.6e6, unit="USD", counted="jewels"),
        _money(b, "2 million euros", 2e6, unit="EUR", counted="jewels"),
        _money(b, "$2.6 million", 2.6e6, unit="USD", counted="jewels"),
        _money(c, "$2.6 million", 2.6e6, unit="USD", counted="jewels"),
        _money(c, "two million euros", 2e6, unit="EUR", counted="jewels"),
        _money(d, "$2.6 million", 2.6e6, unit="USD", counted="jewels"),
        _money(d, "2 million euros", 2e6, unit="EUR", counted="jewels"),
    ]
    groups = reconcile([a, b, c, d], [TORVALD], claims).groups
    held = [set(g.claims) for g in groups if g.kind == "figure" and g.verdict != "scope_differs"]
    # One sum, in euros as the story gives it: every mention in one group, none left out
    # (two sums each taken as the other's conversion once joined no group at all).
    assert held == [{c.id for c in claims}]


def test_measures_a_sum_of_another_place_or_day_converts_no_amount_of_the_story() -> None:
    # A theft in Orvel told in euros, converted in brackets; one report's headline names
    # only the country, another recalls earlier thefts elsewhere whose sums lie near the
    # story's amount at its rate ($2.5 million is about 2 million euros at 1.3).
    a = doc(
        "a",
        "Orvel thieves take $2.5 million in jewels.\nThieves took 2 million euros ($2.6 "
        "million) from a shop in central Orvel on Monday.",
        "Coast Post",
    )
    b = doc(
        "b",
        "Kelvara hit by another jewel heist.\nRobbers made off with 2 million euros ($2.6 "
        "million) from a shop in Orvel, Kelvara. Days later a $2.5 million necklace was "
        "stolen at a party in Lisk, Kelvara.",
        "Valley News",
    )
    c = doc(
        "c",
        "Jewels worth 2 million euros were taken on Monday. In July a thief took a $2.5 "
        "million ring.",
        "Hill Daily",
    )
    monday = When(start="2031-03-03", end="2031-03-03", precision="day", text="on Monday")
    july = When(start="2031-07-01", end="2031-07-31", precision="month", text="In July")
    orvel = entity_in("Orvel", ("a", a.text), ("b", b.text))
    kelvara = entity_in("Kelvara", ("b", b.text))
    lisk = entity_in("Lisk", ("b", b.text))

    def jewels(d: Document, phrase: str, value: float, unit: str, **more: object) -> Claim:
        return replace(_money(d, phrase, value, unit=unit, counted="jewels"), **more)

    headline = jewels(a, "$2.5 million", 2.5e6, "USD")
    necklace = jewels(b, "$2.5 million necklace", 2.5e6, "USD")
    ring = jewels(c, "$2.5 million ring", 2.5e6, "USD", when=july)
    claims = [
        headline,
        jewels(a, "2 million euros", 2e6, "EUR", when=monday),
        jewels(a, "$2.6 million", 2.6e6, "USD", when=monday),
        jewels(b, "2 million euros", 2e6, "EUR"),
        jewels(b, "$2.6 million", 2.6e6, "USD"),
        necklace,
        jewels(c, "2 million euros", 2e6, "EUR", when=monday),
        ring,
    ]
    groups = reconcile([a, b, c], [orvel, kelvara, lisk], claims).groups
    held = [set(g.claims) for g in groups if g.kind == "figure" and g.verdict != "scope_differs"]
    (euros,) = [g for g in held if claims[1].id in g]
    # The headline's rounder dollars are the Orvel theft's euros converted; the necklace
    # stolen in another town and the ring taken months before are sums of their own.
    assert headline.id in euros
    assert necklace.id not in euros
    assert ring.id not in euros
    assert any(necklace.id in g for g in held) and any(ring.id in g for g in held)


def test_measures_a_people_s_name_written_several_ways_is_one_side() -> None:
    a = doc("a", "The navy arrested 23 Somali pirates.", "Coast Post")
    b = doc("b", "The navy arrested 23 Somalian pirates.", "Valley News")
    c = doc("c", "The navy arrested 23 Somalis.", "Hill Daily")
    d = doc("d", "The navy arrested 23 Yemeni pirates.", "Bay Times")

    def pirates(d: Document, phrase: str, measure: str) -> Topic:
        return topic_of(amount(d, phrase, 23, counted="pirates", measure=measure), d, {})

    somali = pirates(a, "23 Somali pirates", "Somali pirates")
    assert relation(somali, pirates(b, "23 Somalian pirates", "Somalian pirates"))[0] == "same"
    assert relation(somali, pirates(c, "23 Somalis", "Somalis"))[0] == "same"
    # Another people's pirates are other men.
    yemeni = pirates(d, "23 Yemeni pirates", "Yemeni pirates")
    assert relation(somali, yemeni) == ("apart", "different forces or groups")


def test_measures_robbers_and_thieves_are_one_count_and_two_of_them_a_part() -> None:
    a = doc("a", "Four robbers stormed the jeweller in Torvald.", "Coast Post")
    b = doc("b", "Four thieves, two of them masked, stormed the jeweller.", "Valley News")

    def count(d: Document, phrase: str, value: int, counted: str) -> Topic:
        return topic_of(amount(d, phrase, value, counted=counted, measure=counted), d, {})

    robbers, thieves = (
        count(a, "Four robbers", 4, "robbers"),
        count(b, "Four thieves", 4, "thieves"),
    )
    assert relation(robbers, thieves)[0] == "same"
    masked = count(b, "two of them", 2, "them")
    assert relation(thieves, masked)[0] != "same"
    # "there are four of them" counts them all.
    c = doc("c", "Police said there were four of them.", "Hill Daily")
    assert not topic_of(
        figure_claim(c, "four of them", low=4, high=4, qualifiers=(), counted="them"), c, {}
    ).extra


def test_measures_coworkers_and_colleagues_are_people() -> None:
    a = doc("a", "The gunman killed two coworkers in Torvald.", "Coast Post")
    b = doc("b", "Two people were killed in Torvald.", "Valley News")
    coworkers = figure_claim(
        a, "two coworkers", low=2, high=2, counted="coworkers", measure="coworkers killed"
    )
    people = figure_claim(b, "Two people", low=2, high=2)
    assert relation(topic_of(coworkers, a, {}), topic_of(people, b, {}))[0] == "same"


def test_measures_girls_are_children_and_deputies_are_security_forces() -> None:
    a = doc("a", "Two girls were injured in Torvald.", "Coast Post")
    b = doc("b", "Two deputies were injured in Torvald.", "Valley News")
    girls = figure_claim(
        a, "Two girls", low=2, high=2, counted="girls", measure="girls injured",
        qualifiers=("injured",),
    )  # fmt: skip
    deputies = figure_claim(
        b, "Two deputies", low=2, high=2, counted="deputies", measure="deputies injured",
        qualifiers=("injured",),
    )  # fmt: skip
    assert topic_of(girls, a, {}).population == "children"
    assert topic_of(deputies, b, {}).population == "security forces"


def test_measures_men_accused_of_a_killing_are_the_men_charged() -> None:
    a = doc("a", "Two men accused of killing a guard were in court in Torvald.", "Post")
    b = doc("b", "Two men charged in the shooting appeared in court in Torvald.", "News")

    def men(d: Document, phrase: str) -> Topic:
        return topic_of(amount(d, phrase, 2, counted="men", measure="men"), d, {})

    accused, charged = men(a, "Two men"), men(b, "Two men")
    assert accused.state == charged.state == "arrested"


def test_measures_the_same_words_for_the_same_people_in_two_reports_are_one_count() -> None:
    a = doc("a", "Several dozen youths gathered in Torvald.", "Coast Post")
    b = doc("b", "Several dozen youths gathered in Torvald.", "Valley News")
    c = doc("c", "Four people gathered in Torvald.", "Hill Daily")
    d = doc("d", "Four people gathered in Torvald.", "Metro")

    def people(x: Document, phrase: str, value: int, counted: str) -> Topic:
        claim = amount(x, phrase, value, counted=counted, measure=counted, where=TORVALD.id)
        return topic_of(claim, x, {})

    first = people(a, "Several dozen youths", 36, "youths")
    second = people(b, "Several dozen youths", 36, "youths")
    assert relation(first, second)[0] == "same"
    # Two words are too few to say the people are the same ones.
    assert (
        relation(people(c, "Four people", 4, "people"), people(d, "Four people", 4, "people"))[0]
        != "same"
    )


def test_measures_a_compound_written_open_or_closed_is_the_same_words() -> None:
    a = doc("a", "Hundreds of school children gathered in Torvald.", "Coast Post")
    b = doc("b", "Hundreds of schoolchildren gathered in Torvald.", "Valley News")
    c = doc("c", "Hundreds of school teachers gathered in Torvald.", "Hill Daily")

    def people(x: Document, phrase: str, counted: str) -> Topic:
        claim = amount(x, phrase, 200, counted=counted, measure=counted, where=TORVALD.id)
        return topic_of(claim, x, {})

    open_ = people(a, "Hundreds of school children", "school children")
    closed = people(b, "Hundreds of schoolchildren", "schoolchildren")
    assert relation(open_, closed)[0] == "same"
    assert relation(open_, people(c, "Hundreds of school teachers", "school teachers"))[0] != (
        "same"
    )


def test_measures_counts_of_murder_are_charges_not_deaths() -> None:
    a = doc("a", "The clerk was charged with two counts of murder in Torvald.", "Post")
    charges = figure_claim(
        a, "two counts of murder", low=2, high=2, qualifiers=(), counted="murder",
        measure="murders",
    )  # fmt: skip
    assert topic_of(charges, a, {}).state != "killed"
    b = doc("b", "She shot the other three, police said.", "Post")
    three = figure_claim(b, "three", low=3, high=3, qualifiers=(), counted="She", measure="")
    assert topic_of(three, b, {}).population.endswith(f"({three.id})")


def test_measures_slayings_and_murders_are_deaths() -> None:
    a = doc("a", "A clerk was charged in the 1990 slayings of two women in Torvald.", "Post")
    b = doc("b", "The clerk is accused of murdering two women in Torvald.", "Valley News")
    for d in (a, b):
        claim = figure_claim(
            d, "two women", low=2, high=2, qualifiers=(), counted="women", measure="women"
        )
        assert topic_of(claim, d, {}).state == "killed"


def test_measures_a_town_s_count_above_its_country_s_is_one_quantity_in_dispute() -> None:
    town = dataclasses.replace(
        BASE, state="protesting", place="e-town", scene=frozenset({"e-town", "e-land"}),
        at_scene=True, holders=frozenset({"e-land"}),
    )  # fmt: skip
    land = dataclasses.replace(
        BASE, state="protesting", place="e-land", scene=frozenset({"e-town", "e-land"}),
        at_scene=True,
    )  # fmt: skip
    a = doc("a", "Some 100,000 people marched in the town.", "Coast Post")
    b = doc("b", "Police put the country's marchers at 30,000.", "Valley News")
    town_crowd = figure_claim(a, "100,000 people", low=100000, high=100000)
    land_crowd = figure_claim(b, "30,000", low=30000, high=30000)
    topics = {town_crowd.id: town, land_crowd.id: land}
    # No town's crowd is larger than its country's: the two counts are one crowd.
    assert [len(m) for m in measures([town_crowd, land_crowd], topics)] == [2]
    # The other way round, far apart, the country's may hold more than the town's.
    small = figure_claim(a, "100,000 people", low=10000, high=10000)
    topics[small.id] = town
    big = figure_claim(b, "30,000", low=90000, high=90000)
    topics[big.id] = land
    assert sorted(len(m) for m in measures([small, big], topics)) == [1, 1]


def test_labels_name_what_a_bare_number_counts() -> None:
    a = doc("a", "The march in Torvald was attended by some 30,000.", "Coast Post")
    b = doc("b", "About 30,000 protesters marched in Torvald.", "Valley News")
    bare = figure_claim(
        a, "some 30,000", low=30000, high=30000, hedge="about", qualifiers=(), counted="",
        measure="unknown in Torvald", where=TORVALD.id,
    )  # fmt: skip
    (group,) = reconcile([a], [TORVALD], [bare]).groups
    assert "unknown" not in group.label and group.label.startswith("people")
    crowd = figure_claim(
        b, "About 30,000 protesters", low=30000, high=30000, hedge="about", qualifiers=(),
        counted="protesters", measure="protesters in Torvald", where=TORVALD.id,
    )  # fmt: skip
    (group,) = reconcile([a, b], [TORVALD], [bare, crowd]).groups
    assert group.label.startswith("protesters")


def test_labels_name_what_lasted_when_a_place_carries_the_duration() -> None:
    a = doc("a", "For six days, Torvald has been a battleground.", "Coast Post")
    duration = amount(
        a, "six days", 6, counted="Torvald", measure="duration of Torvald", kind="duration",
        unit="day",
    )  # fmt: skip
    (group,) = reconcile([a], [TORVALD], [duration]).groups
    assert group.label.startswith("duration of unrest")


def test_measures_the_span_the_unrest_has_gone_on_so_far_is_its_length() -> None:
    a = doc("a", "Forty people were hurt in the protests over the past six days.", "Coast Post")
    b = doc("b", "Six days of riots have shaken Torvald.", "Valley News")
    so_far = amount(a, "six days", 6, counted=None, measure="duration", kind="duration", unit="day")
    riots = amount(
        b, "Six days", 6, counted="riots", measure="duration of riots", kind="duration", unit="day"
    )
    assert topic_of(so_far, a, {}).population == topic_of(riots, b, {}).population == "unrest"


def test_measures_a_count_opening_a_bracket_after_a_count_is_one_of_those() -> None:
    a = doc("a", "The blaze killed three workers (one a young man) in Torvald.", "Coast Post")
    b = doc("b", "One man was killed in the blaze in Torvald.", "Valley News")
    aside = figure_claim(a, "one", low=1, high=1, counted="man", measure="men killed")
    man = figure_claim(b, "One man", low=1, high=1, counted="man", measure="men killed")
    whole = figure_claim(b, "One man", low=1, high=1, measure="people killed")
    assert topic_of(aside, a, {}).extra
    assert not topic_of(man, b, {}).extra
    # One man killed and one person killed are one count; one among three killed is not.
    people = dataclasses.replace(topic_of(whole, b, {}), population="civilians")
    assert relation(topic_of(man, b, {}), people)[0] == "nested"
    assert relation(topic_of(aside, a, {}), people)[0] == "apart"


def test_measures_two_players_statistics_are_apart_and_one_player_s_agree_or_stand_apart() -> None:
    points = dataclasses.replace(BASE, state="other", population="points", statistic=True)
    lopez, ruiz = (dataclasses.replace(points, holder=h) for h in ("e-lopez", "e-ruiz"))
    assert relation(lopez, ruiz)[0] == "apart"
    assert relation(lopez, lopez)[0] == "nested"  # one only when the values agree
    assert relation(lopez, points)[0] == "nested"


def test_measures_one_measure_in_two_systems_is_one_quantity() -> None:
    a = doc("a", "The storm brought gusts of 120 km/h to Torvald.", "Coast Post")
    b = doc("b", "Gusts of 75 mph battered Torvald on Sunday.", "Valley News")
    c = doc("c", "Gusts of 120 mph were recorded in Torvald.", "Hill Daily")

    def gust(d: Document, phrase: str, value: float, unit: str) -> Claim:
        return amount(
            d, phrase, value, counted="gusts", measure="gusts in Torvald", kind="speed", unit=unit
        )

    metric, imperial = gust(a, "120 km/h", 120, "km/h"), gust(b, "75 mph", 75, "mph")
    (group,) = reconcile([a, b], [TORVALD], [metric, imperial]).groups
    assert set(group.claims) == {metric.id, imperial.id}
    assert group.verdict == "agree", group.explanation
    assert "comparing km/h and mph in km/h" in group.explanation
    # The same number in the other system is another speed: a real difference.
    faster = gust(c, "120 mph", 120, "mph")
    (group,) = reconcile([a, c], [TORVALD], [metric, faster]).groups
    assert group.verdict == "conflict", group.explanation
    assert group.range == (120, pytest.approx(193.1, abs=0.1))


def test_measures_a_nautical_mile_meets_only_another() -> None:
    a = doc("a", "The tanker was seized 450 nautical miles off the coast.", "Coast Post")
    b = doc("b", "The tanker was seized 450 miles off the coast.", "Valley News")
    kw = dict(counted="", measure="distance off the coast", kind="length", unit="mi")
    sea = amount(a, "450 nautical miles", 450, **kw)  # type: ignore[arg-type]
    land = amount(b, "450 miles", 450, **kw)  # type: ignore[arg-type]
    assert relation(topic_of(sea, a, {}), topic_of(land, b, {})) == ("apart", "different units")


def test_measures_a_place_s_population_is_never_a_toll_of_its_people() -> None:
    a = doc("a", "The quake hit Torvald, a city of 2 million, killing 40 people.", "Coast Post")
    b = doc("b", "Torvald is home to 2 million people. The quake killed 40.", "Valley News")
    kw = dict(qualifiers=(), where=TORVALD.id)
    claims = [
        figure_claim(a, "2 million", low=2e6, high=2e6, counted="", measure="", **kw),  # type: ignore[arg-type]
        figure_claim(a, "40 people", low=40, high=40, measure="people killed in Torvald"),
        figure_claim(b, "2 million people", low=2e6, high=2e6, measure="people", **kw),  # type: ignore[arg-type]
        figure_claim(b, "40", low=40, high=40, measure="people killed in Torvald"),
    ]
    groups = reconcile([a, b], [TORVALD], claims).groups
    labels = {g.label: g for g in groups}
    population = labels["population of Torvald"]
    assert population.verdict == "agree"
    assert set(population.claims) == {claims[0].id, claims[2].id}
    assert {c for g in groups if g is not population for c in g.claims} == {
        claims[1].id,
        claims[3].id,
    }


def test_measures_people_of_whom_nothing_is_said_join_a_count_only_when_values_agree() -> None:
    a = doc("a", "Police said two women, both bank clerks, were at work upstairs.", "Post")
    b = doc("b", "Two women were killed in the fire in Torvald.", "Valley News")
    c = doc("c", "Rescuers said as many as 20 people were on the top floor.", "Hill Daily")
    d = doc("d", "Police said five women were on the top floor.", "Bay Times")
    kw = dict(qualifiers=(), where=TORVALD.id, counted="women", measure="women in Torvald")
    unsaid = figure_claim(a, "two women", low=2, high=2, **kw)  # type: ignore[arg-type]
    killed = figure_claim(
        b, "Two women", low=2, high=2, counted="women", measure="women killed in Torvald"
    )
    (group,) = reconcile([a, b], [TORVALD], [unsaid, killed]).groups
    assert set(group.claims) == {unsaid.id, killed.id}
    assert group.verdict == "agree"
    # Another value, or a bound any toll below it fits, is not those killed, nor in dispute.
    five = figure_claim(d, "five women", low=5, high=5, **kw)  # type: ignore[arg-type]
    many = figure_claim(
        c,
        "as many as 20 people",
        low=None,
        high=20,
        hedge="at_most",
        qualifiers=(),
        where=TORVALD.id,
        measure="people in Torvald",
    )
    for other in (five, many):
        groups = reconcile([b, c, d], [TORVALD], [killed, other]).groups
        assert len(groups) == 2, [g.label for g in groups]
        assert "conflict" not in _verdicts(groups)


def test_measures_people_of_whom_nothing_is_said_are_no_one_in_particular() -> None:
    a = doc("a", "Three people were killed in Torvald.", "Coast Post")
    b = doc("b", "Three people were injured in Torvald.", "Valley News")
    c = doc("c", "Police said three people were on the top floor.", "Hill Daily")
    kw = dict(qualifiers=(), where=TORVALD.id)
    killed = figure_claim(a, "Three people", low=3, high=3, **kw)  # type: ignore[arg-type]
    hurt = figure_claim(b, "Three people", low=3, high=3, measure="people injured in Torvald", **kw)  # type: ignore[arg-type]
    unsaid = figure_claim(c, "three people", low=3, high=3, measure="people in Torvald", **kw)  # type: ignore[arg-type]
    groups = reconcile([a, b, c], [TORVALD], [killed, hurt, unsaid]).groups
    # Three killed and three injured: which three the third report means is not said.
    alone = [g for g in groups if unsaid.id in g.claims]
    assert len(alone) == 1 and alone[0].claims == (unsaid.id,)


def test_labels_never_repeat_a_capitalised_counted_noun_as_a_name() -> None:
    a = doc("a", "One of the two Mothers with Harlan that day spoke in Torvald.", "Coast Post")
    b = doc("b", "The two mothers with Harlan ran for cover in Torvald.", "Valley News")
    kw = dict(qualifiers=("Harlan",), where=TORVALD.id)
    claims = [
        figure_claim(
            a,
            "two Mothers",
            low=2,
            high=2,
            counted="Mothers",
            measure="Harlan Mothers in Torvald",
            **kw,
        ),  # type: ignore[arg-type]
        figure_claim(
            b,
            "two mothers",
            low=2,
            high=2,
            counted="mothers",
            measure="Harlan mothers in Torvald",
            **kw,
        ),  # type: ignore[arg-type]
    ]
    labels = [g.label for g in reconcile([a, b], [TORVALD], claims).groups]
    assert labels and not any("mothers mothers" in label.lower() for label in labels), labels


def test_measures_people_of_whom_nothing_is_said_meet_a_bound_only_at_its_number() -> None:
    a = doc("a", "Police said two women, both bank clerks, were at work upstairs.", "Post")
    b = doc("b", "At least two women were killed in the fire in Torvald.", "Valley News")
    c = doc("c", "Police said five women were at work upstairs.", "Bay Times")
    kw = dict(qualifiers=(), where=TORVALD.id, counted="women", measure="women in Torvald")
    killed = figure_claim(
        b,
        "At least two women",
        low=2,
        high=None,
        hedge="at_least",
        counted="women",
        measure="women killed in Torvald",
    )
    two = figure_claim(a, "two women", low=2, high=2, **kw)  # type: ignore[arg-type]
    five = figure_claim(c, "five women", low=5, high=5, **kw)  # type: ignore[arg-type]
    (group,) = reconcile([a, b], [TORVALD], [two, killed]).groups
    assert set(group.claims) == {two.id, killed.id}
    # Five women fit "at least two" but are not the two the report gives.
    groups = reconcile([b, c], [TORVALD], [killed, five]).groups
    assert all(len(g.claims) == 1 for g in groups), [g.claims for g in groups]


def test_measures_held_accountable_is_no_state() -> None:
    a = doc(
        "a", "Those who mourn the loss of two women will see the killers held accountable.", "P"
    )
    claim = figure_claim(a, "two women", low=2, high=2, qualifiers=(), counted="women")
    assert topic_of(claim, a, {}).state != "controlled"


def test_measures_a_bare_number_whose_own_verb_is_a_harm_counts_people() -> None:
    a = doc("a", "Police said two were killed and three wounded in Torvald.", "Coast Post")
    b = doc("b", "Police said two of the doors were broken.", "Valley News")

    def bare(d: Document, phrase: str, value: float) -> Topic:
        claim = figure_claim(
            d, phrase, low=value, high=value, qualifiers=(), counted="", measure="unknown"
        )
        return topic_of(claim, d, {})

    killed, wounded = bare(a, "two", 2), bare(a, "three", 3)
    assert (killed.population, killed.state) == ("civilians", "killed")
    assert (wounded.population, wounded.state) == ("civilians", "injured")
    # A number with no noun and no harm of its own counts nothing said.
    assert bare(b, "two", 2).population != "civilians"


def test_measures_a_parent_s_number_of_children_is_never_a_toll() -> None:
    a = doc("a", "Last moments of Torvald mother of 12 killed in crossfire.", "Coast Post")
    b = doc("b", "Twelve people were killed in Torvald.", "Valley News")
    kids = figure_claim(a, "12", low=12, high=12, qualifiers=("killed",), counted="")
    toll = figure_claim(b, "Twelve people", low=12, high=12)
    first, second = topic_of(kids, a, {}), topic_of(toll, b, {})
    assert first.state != "killed"
    assert relation(first, second)[0] == "apart"


def test_measures_a_number_after_a_sign_the_encoding_lost_is_the_story_s_sum() -> None:
    a = doc("a", "Lenders agreed a ? 78 billion rescue for Torvald on Sunday.", "Coast Post")
    b = doc("b", "Torvald gets a 78 billion euro rescue from its lenders.", "Valley News")
    c = doc("c", "Officials counted 78 billion litres of water. Why? 78 billion.", "Hill Daily")
    lost = amount(a, "78 billion", 78e9, counted=None, measure="unknown in Torvald")
    euros = amount(b, "78 billion euro", 78e9, counted="rescue", measure="rescue", kind="money")
    euros = dataclasses.replace(
        euros, figure=euros.figure and dataclasses.replace(euros.figure, unit="EUR")
    )
    groups = reconcile([a, b], [TORVALD], [lost, euros]).groups
    assert any({lost.id, euros.id} <= set(g.claims) for g in groups), [g.claims for g in groups]
    # A number after a question mark and a space that ends a sentence is no sum.
    asked = amount(c, "78 billion.", 78e9, counted=None, measure="unknown")
    groups = reconcile([b, c], [TORVALD], [euros, asked]).groups
    assert not any({asked.id, euros.id} <= set(g.claims) for g in groups)


def test_measures_shots_fired_are_one_count_whatever_a_report_calls_them() -> None:
    a = doc("a", "The gunman fired 9 rounds from a pistol in Torvald.", "Coast Post")
    b = doc("b", "Police said the man fired 9 shots at the crowd.", "Valley News")
    c = doc("c", "Witnesses said he fired nine times before fleeing.", "Hill Daily")
    d = doc("d", "Negotiators held 9 rounds of talks in Torvald.", "Lake Times")
    claims = [
        amount(a, "9 rounds", 9, counted="rounds", measure="rounds in Torvald"),
        amount(b, "9 shots", 9, counted="shots", measure="shots"),
        amount(c, "nine times", 9, counted="times", measure="times"),
        amount(d, "9 rounds", 9, counted="rounds of talks", measure="rounds of talks"),
    ]
    groups = reconcile([a, b, c, d], [TORVALD], claims).groups
    (fired,) = [g for g in groups if len(g.claims) > 1]
    assert set(fired.claims) == {claims[0].id, claims[1].id, claims[2].id}
    assert fired.label == "shots fired"


def test_measures_a_prison_term_is_one_quantity_however_a_report_words_it() -> None:
    a = doc("a", "A judge sentenced him to 25 years for the killings.", "Coast Post")
    b = doc("b", "He is serving a 25-year sentence for the killings.", "Valley News")
    c = doc("c", "He spent 25 years behind bars, then killed two people.", "Hill Daily")
    d = doc("d", "He faces up to 40 years in prison if convicted.", "Lake Times")
    e = doc("e", "The talks in Torvald lasted 25 years.", "Sea Daily")
    year = dict(kind="duration", unit="year")
    claims = [
        amount(a, "25 years", 25, counted="He", measure="duration of killings", **year),  # type: ignore[arg-type]
        amount(b, "25-year sentence", 25, counted="sentence", measure="sentence", **year),  # type: ignore[arg-type]
        amount(c, "25 years", 25, counted="He", measure="duration", **year),  # type: ignore[arg-type]
        amount(d, "up to 40 years", 40, counted="He", measure="duration", **year),  # type: ignore[arg-type]
        amount(e, "25 years", 25, counted="talks", measure="duration of talks", **year),  # type: ignore[arg-type]
    ]
    groups = reconcile([a, b, c, d, e], [TORVALD], claims).groups
    (term,) = [g for g in groups if len(g.claims) > 1 and g.verdict != "scope_differs"]
    assert set(term.claims) == {claims[0].id, claims[1].id, claims[2].id}
    assert term.label == "prison term"
    # The most a charge can bring is not the term a court gave.
    assert topic_of(claims[3], d, {}).population == "possible prison term"
    assert topic_of(claims[4], e, {}).population != "prison term"


def test_measures_a_term_of_office_is_no_prison_term() -> None:
    # "elected ... for a term of five years" is an office's term; "sentenced to a term of"
    # is a court's, even beside the word "office".
    year = dict(kind="duration", unit="year")
    elected = doc("a", "Each member will be elected in Orvel for a term of five years.", "Post")
    jailed = doc("b", "The Orvel office manager was sentenced to a term of five years.", "News")
    office = amount(elected, "five years", 5, counted="member", measure="duration", **year)  # type: ignore[arg-type]
    court = amount(jailed, "five years", 5, counted="manager", measure="duration", **year)  # type: ignore[arg-type]
    assert topic_of(office, elected, {}).population != "prison term"
    assert topic_of(court, jailed, {}).population == "prison term"


def test_measures_slain_is_killed() -> None:
    a = doc("a", "Three slain in Torvald office", "Coast Post")
    claim = figure_claim(
        a, "Three slain", low=3, high=3, counted="slain", qualifiers=(), measure="slains"
    )
    assert (topic_of(claim, a, {}).state, topic_of(claim, a, {}).population) == (
        "killed",
        "civilians",
    )


def test_measures_a_bare_number_taken_to_hospital_counts_people_in_hospital() -> None:
    a = doc("a", "Two died, and 3 were taken to hospital in Torvald.", "Coast Post")
    b = doc("b", "Three others were hospitalized in Torvald.", "Valley News")
    bare = figure_claim(a, "3", low=3, high=3, counted=None, qualifiers=(), measure="unknown")
    others = figure_claim(
        b, "Three others", low=3, high=3, counted="others", qualifiers=(), measure="others"
    )
    first, second = topic_of(bare, a, {}), topic_of(others, b, {})
    assert (first.population, first.state) == ("civilians", "hospitalised")
    assert (second.population, second.state) == ("civilians", "hospitalised")
    assert relation(first, second)[0] == "same"


def test_measures_those_in_hospital_are_the_wounded_when_the_counts_agree() -> None:
    a = doc("a", "Two were wounded in Torvald, police said.", "Coast Post")
    b = doc("b", "Two were taken to hospital in Torvald.", "Valley News")
    c = doc("c", "Officials said 30 were treated in hospital in Torvald.", "Hill Daily")
    d = doc("d", "Police said 80 people were wounded in Torvald.", "Lake Times")

    def bare(document: Document, phrase: str, value: float) -> Claim:
        return figure_claim(
            document, phrase, low=value, high=value, counted=None, qualifiers=(), measure="unknown"
        )

    wounded, treated = bare(a, "Two", 2), bare(b, "Two", 2)
    hospital = bare(c, "30", 30)
    many = figure_claim(d, "80 people", low=80, high=80, qualifiers=(), measure="people wounded")
    groups = reconcile([a, b, c, d], [TORVALD], [wounded, treated, hospital, many]).groups
    together = sorted(sorted(g.claims) for g in groups if g.verdict != "scope_differs")
    # Thirty of eighty wounded in hospital are a part of them, never in dispute with them.
    assert together == sorted([sorted([wounded.id, treated.id]), [hospital.id], [many.id]])
    assert all(g.verdict != "conflict" for g in groups)


def test_measures_one_of_the_victims_is_a_part_never_the_whole() -> None:
    a = doc("a", "Officials said one of the victims was a nurse in Torvald.", "Coast Post")
    claim = figure_claim(
        a, "one of the victims", low=1, high=1, counted="victims", qualifiers=(), measure="victims"
    )
    assert topic_of(claim, a, {}).extra


def test_measures_a_count_of_charges_is_one_count_of_one_crime() -> None:
    a = doc("a", "He faces four counts of aggravated murder in Torvald.", "Coast Post")
    b = doc("b", "He pleaded not guilty to four murder charges.", "Valley News")
    c = doc("c", "He also faces four charges of arson.", "Hill Daily")
    d = doc("d", "He faces four counts of attempted murder, Judge Vell said.", "Lake Times")
    claims = [
        amount(a, "four counts of aggravated murder", 4, counted="murder", measure="murders"),
        amount(b, "four murder charges", 4, counted="charges", measure="charges"),
        amount(c, "four charges of arson", 4, counted="charges", measure="charges"),
        amount(d, "four counts of attempted murder", 4, counted="Vell", measure="Murder Vell"),
    ]
    groups = reconcile([a, b, c, d], [TORVALD], claims).groups
    together = sorted(sorted(g.claims) for g in groups)
    assert together == sorted(
        [sorted([claims[0].id, claims[1].id]), [claims[2].id], [claims[3].id]]
    )
    labels = {g.label for g in groups}
    assert labels == {"charges of murder", "charges of arson", "charges of attempted murder"}


def test_measures_women_strangled_are_killed() -> None:
    a = doc("a", "He is accused of strangling four women in Torvald.", "Coast Post")
    claim = figure_claim(a, "four women", low=4, high=4, counted="women", qualifiers=())
    assert topic_of(claim, a, {}).state == "killed"


def test_measures_how_long_someone_did_something_is_one_length_when_they_agree() -> None:
    a = doc("a", "He had worked at the Torvald plant for 12 years.", "Coast Post")
    b = doc("b", "He was an employee in Torvald for 12 years, police said.", "Valley News")
    c = doc("c", "She lived in Torvald for 3 years before the attack.", "Hill Daily")
    year = dict(kind="duration", unit="year", qualifiers=())
    claims = [
        figure_claim(a, "12 years", low=12, high=12, counted="He", measure="duration", **year),  # type: ignore[arg-type]
        figure_claim(
            b, "12 years", low=12, high=12, counted="employee", measure="duration", **year
        ),  # type: ignore[arg-type]
        figure_claim(c, "3 years", low=3, high=3, counted="She", measure="duration", **year),  # type: ignore[arg-type]
    ]
    groups = reconcile([a, b, c], [TORVALD], claims).groups
    together = sorted(sorted(g.claims) for g in groups)
    # Lengths that differ are two people's or two things' times, not look-alikes of one.
    assert together == sorted([sorted([claims[0].id, claims[1].id]), [claims[2].id]])
    assert "'12 years' (how long someone did something)" in {g.label for g in groups}


def test_measures_a_named_person_s_or_a_veteran_s_years_are_how_long_someone_did_it() -> None:
    a = doc("a", "Deputy Varn had worked for the Torvald force for 15 years.", "Coast Post")
    b = doc("b", "Varn, a 15-year veteran, was killed in Torvald.", "Valley News")
    varn = entity_in("Varn", ("a", a.text), ("b", b.text), kind="PERSON")
    year = dict(kind="duration", unit="year", qualifiers=())
    claims = [
        figure_claim(
            a, "15 years", low=15, high=15, counted="Varn", measure="duration of Varn", **year
        ),  # type: ignore[arg-type]
        figure_claim(
            b,
            "15-year veteran",
            low=15,
            high=15,
            counted="veteran",
            measure="duration of veteran",
            **year,
        ),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([a, b], [TORVALD, varn], claims).groups
    assert group.label == "'15 years' (how long someone did something)"


def test_measures_a_number_s_state_is_read_in_its_own_clause_first() -> None:
    a = doc("a", "Medics said two men were killed, 4 people were later hurt.", "Coast Post")
    b = doc("b", "The gunman killed 2 before he was tackled by 3 guards in Torvald.", "Hill Daily")
    wounded = figure_claim(a, "4 people", low=4, high=4, qualifiers=(), measure="people")
    guards = figure_claim(
        b, "3 guards", low=3, high=3, counted="guards", qualifiers=(), measure="guards"
    )
    assert topic_of(wounded, a, {}).state == "injured"
    # "before" opens another event's clause: the guards tackled, they were not killed.
    assert topic_of(guards, b, {}).state != "killed"


def test_measures_how_far_someone_was_moved_past_a_possessive_or_by_another_verb() -> None:
    a = doc("a", "The driver dragged Brandt's body about 30 feet.", "Coast Post")
    b = doc("b", "The car dragged her some 40 feet.", "Valley News")
    c = doc("c", "She was tossed 30 feet by the car.", "Hill Daily")

    def far(d: Document, phrase: str, value: int, counted: str) -> Claim:
        return figure_claim(
            d,
            phrase,
            low=value,
            high=value,
            counted=counted,
            qualifiers=(),
            measure=counted,
            kind="length",
            unit="ft",
        )

    body = topic_of(far(a, "about 30 feet", 30, "body"), a, {})
    her = topic_of(far(b, "some 40 feet", 40, "her"), b, {})
    assert body.population == her.population == "distance dragged"
    assert topic_of(far(c, "30 feet", 30, "She"), c, {}).population == "distance tossed"


def test_measures_how_far_someone_was_dragged_and_how_fast_a_car_went_are_one_each() -> None:
    a = doc("a", "The driver dragged the victim about 20 feet in Torvald.", "Coast Post")
    b = doc("b", "The car dragged him 20 feet before speeding off.", "Valley News")
    c = doc("c", "The car was travelling at about 50 mph in Torvald.", "Hill Daily")
    d = doc("d", "The driver was going 50 miles per hour in a 30 mph zone.", "Lake Times")
    feet = dict(kind="length", unit="ft", qualifiers=())
    speed = dict(kind="speed", unit="mph", qualifiers=())
    claims = [
        figure_claim(
            a,
            "about 20 feet",
            low=20,
            high=20,
            hedge="about",
            counted="victim",
            measure="length of victim",
            **feet,
        ),  # type: ignore[arg-type]
        figure_claim(b, "20 feet", low=20, high=20, counted="car", measure="length of car", **feet),  # type: ignore[arg-type]
        figure_claim(
            c,
            "about 50 mph",
            low=50,
            high=50,
            hedge="about",
            counted="car",
            measure="speed of car",
            **speed,
        ),  # type: ignore[arg-type]
        figure_claim(
            d,
            "50 miles per hour",
            low=50,
            high=50,
            counted="driver",
            measure="speed of driver",
            **speed,
        ),  # type: ignore[arg-type]
        figure_claim(
            d, "30 mph zone", low=30, high=30, counted="mph zone", measure="speed of zone", **speed
        ),  # type: ignore[arg-type]
    ]
    groups = reconcile([a, b, c, d], [TORVALD], claims).groups
    labels = {g.label: sorted(g.claims) for g in groups}
    assert labels["distance dragged"] == sorted([claims[0].id, claims[1].id])
    assert labels["speed of the vehicle"] == sorted([claims[2].id, claims[3].id])
    # A road's limit is not how fast the car went.
    assert labels["speed limit"] == [claims[4].id]


def test_measures_a_firm_s_workforce_is_one_count_whatever_its_people_are_called() -> None:
    a = doc("a", "The Torvald firm employs about 150 people.", "Coast Post")
    b = doc("b", "About 150 employees work at the Torvald firm.", "Valley News")
    c = doc("c", "Some 150 people were evacuated in Torvald.", "Hill Daily")
    d = doc("d", "About 150 workers hid in Torvald.", "Lake Times")
    claims = [
        figure_claim(
            a, "about 150 people", low=150, high=150, hedge="about", qualifiers=(), measure="people"
        ),
        figure_claim(
            b,
            "About 150 employees",
            low=150,
            high=150,
            hedge="about",
            counted="employees",
            qualifiers=(),
            measure="employees",
        ),
        figure_claim(
            c,
            "Some 150 people",
            low=150,
            high=150,
            hedge="about",
            qualifiers=("evacuated",),
            measure="people evacuated",
        ),
        figure_claim(
            d,
            "About 150 workers",
            low=150,
            high=150,
            hedge="about",
            counted="workers",
            qualifiers=(),
            measure="workers",
        ),
    ]
    groups = reconcile([a, b, c, d], [TORVALD], claims).groups
    together = sorted(sorted(g.claims) for g in groups if g.verdict != "scope_differs")
    # Workers of whom nothing says they work there are some staff, not the workforce.
    expected = [sorted([claims[0].id, claims[1].id]), [claims[2].id], [claims[3].id]]
    assert together == sorted(expected)


def test_measures_a_bare_number_in_tenths_after_a_magnitude_sizes_the_shock() -> None:
    a = doc(
        "a",
        "The agency put the quake's magnitude at 5.9, but the U. S. survey said it was 6.1.",
        "Coast Post",
    )
    b = doc("b", "Officials said 6.1 percent of homes and 6.1 tonnes of aid were counted.", "P")
    bare = amount(a, "6.1", 6.1, counted="it", measure="it")
    assert topic_of(bare, a, {}).kind == "magnitude"
    # Far from any magnitude, a number in tenths sizes no shock.
    other = amount(b, "6.1", 6.1, counted=None, measure="unknown")
    assert topic_of(other, b, {}).kind != "magnitude"


def test_measures_headline_short_forms_of_a_shooting_count_people() -> None:
    def read(text: str, phrase: str, counted: str | None, measure: str) -> Topic:
        d = doc("h", text, "Coast Post")
        claim = figure_claim(
            d, phrase, low=3, high=3, counted=counted, qualifiers=(), measure=measure
        )
        return topic_of(claim, d, {})

    dead = read("3 shot dead at Torvald firm", "3 shot", "shot", "shots killed")
    assert (dead.state, dead.population) == ("killed", "civilians")
    shot = read("Ex-employee shoots 3, killing 2", "3", None, "shoots")
    assert (shot.state, shot.population) == ("casualties", "civilians")
    # Co-workers are the gunman's fellows, not a count of the firm's staff.
    fellows = read(
        "Fired worker guns down 3 co-workers", "3 co-workers", "co-workers", "co-workers"
    )
    assert (fellows.state, fellows.population) == ("killed", "civilians")


def test_measures_a_yard_line_is_a_mark_on_a_field_never_a_length() -> None:
    a = doc("a", "He ran to the 20-yard line in Torvald.", "Coast Post")
    b = doc("b", "The pass went 20 yards in Torvald.", "Valley News")
    feet = dict(kind="length", unit="yd", qualifiers=())
    claims = [
        figure_claim(
            a, "20-yard line", low=20, high=20, counted="line", measure="length of line", **feet
        ),  # type: ignore[arg-type]
        figure_claim(
            b, "20 yards", low=20, high=20, counted="pass", measure="length of pass", **feet
        ),  # type: ignore[arg-type]
    ]
    groups = reconcile([a, b], [TORVALD], claims).groups
    assert all(len(g.claims) == 1 for g in groups)
    assert "'20-yard line' (what it measures is not said)" in {g.label for g in groups}


def test_measures_a_parent_s_children_are_one_count_across_reports_when_they_agree() -> None:
    a = doc("a", "Last moments of Torvald mother of 12 killed in crossfire.", "Coast Post")
    b = doc("b", "In 2029 a mother of 12 was shot on a street in Pell.", "Valley News")
    c = doc("c", "The mother of 13 died in Torvald on Sunday.", "Hill Daily")
    kw = dict(counted="", qualifiers=(), measure="unknown")
    claims = [
        figure_claim(a, "12", low=12, high=12, **kw),  # type: ignore[arg-type]
        figure_claim(b, "12", low=12, high=12, **kw),  # type: ignore[arg-type]
        figure_claim(c, "13", low=13, high=13, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([a, b, c], [TORVALD], claims).groups
    together = sorted(sorted(g.claims) for g in groups)
    assert together == sorted([sorted([claims[0].id, claims[1].id]), [claims[2].id]])
    # a number alone is quoted with the words of its clause
    assert "'Torvald mother of 12 killed in crossfire' (how many children a parent has)" in {
        g.label for g in groups
    }


def test_measures_a_month_named_with_in_dates_the_event_and_is_no_window() -> None:
    a = doc("a", "A gunman killed two workers in Torvald in September 2031.", "Coast Post")
    september = When(start="2031-09-01", end="2031-09-30", precision="month")
    scoped = figure_claim(
        a, "two workers", low=2, high=2, when=september, scope="in September 2031"
    )
    assert topic_of(scoped, a, {}).window.days is None
    # Counted over the month, it is a window.
    b = doc("b", "During September 2031, 40 people were killed in Torvald.", "Valley News")
    over = figure_claim(
        b, "40 people", low=40, high=40, when=september, scope="During September 2031"
    )
    assert topic_of(over, b, {}).window.days == 29


def test_measures_those_a_shooting_befell_are_casualties_whatever_befell_the_shooter() -> None:
    a = doc("a", "She is accused of shooting three co-workers in Torvald.", "Coast Post")
    b = doc("b", "He was arrested for shooting 3 people in Torvald.", "Valley News")
    kw = dict(qualifiers=(), measure="co-workers")
    first = figure_claim(a, "three co-workers", low=3, high=3, counted="co-workers", **kw)  # type: ignore[arg-type]
    second = figure_claim(b, "3 people", low=3, high=3, **kw)  # type: ignore[arg-type]
    assert topic_of(first, a, {}).state == "casualties"
    assert topic_of(second, b, {}).state == "casualties"


def test_measures_one_person_is_counted_by_the_noun_many_are() -> None:
    a = doc("a", "A cyclist and one pedestrian were killed in Torvald.", "Post")
    b = doc("b", "One person was killed in Torvald.", "Valley News")
    one = figure_claim(a, "one pedestrian", low=1, high=1, counted="pedestrian", measure="")
    person = figure_claim(b, "One person", low=1, high=1, counted="person", measure="")
    assert topic_of(one, a, {}).population == topic_of(person, b, {}).population == "civilians"


def test_measures_killings_count_the_people_killed_not_the_killer() -> None:
    a = doc("a", "Three murders by the man shocked Torvald.", "Post")
    murders = figure_claim(
        a, "Three murders", low=3, high=3, counted="murders", qualifiers=("by the man",),
        measure="murders in Torvald",
    )  # fmt: skip
    read = topic_of(murders, a, {})
    assert (read.population, read.state) == ("civilians", "killed")


def test_measures_a_word_before_the_counted_noun_only_describes_it() -> None:
    a = doc("a", "The party has a one-person majority in Torvald.", "Post")
    majority = figure_claim(
        a, "one-person majority", low=1, high=1, counted="person majority",
        qualifiers=("has",), measure="majorities in Torvald",
    )  # fmt: skip
    assert topic_of(majority, a, {}).population == "majority"


def test_measures_people_struck_are_casualties_and_people_affected_are_unsaid() -> None:
    a = doc("a", "Two pedestrians were hit by a car in Torvald.", "Post")
    hit = figure_claim(
        a, "Two pedestrians", low=2, high=2, counted="pedestrians", qualifiers=(),
        measure="pedestrians in Torvald",
    )  # fmt: skip
    assert topic_of(hit, a, {}).state == "casualties"
    b = doc("b", "About 2,000 people were affected by the floods in Torvald.", "Post")
    affected = figure_claim(
        b, "About 2,000 people", low=2000, high=2000, qualifiers=("affected",),
        measure="people in Torvald",
    )  # fmt: skip
    assert topic_of(affected, b, {}).state not in {"destroyed", "casualties"}


def test_measures_those_a_charge_says_were_killed_are_the_killed() -> None:
    a = doc("a", "Three women he is accused of killing were found in Torvald.", "Post")
    women = figure_claim(
        a, "Three women he is accused of killing", low=3, high=3, counted="women",
        qualifiers=("accused", "found"), measure="women in Torvald",
    )  # fmt: skip
    assert topic_of(women, a, {}).state == "killed"
    b = doc("b", "Two men were charged with killing a teacher in Torvald.", "Post")
    men = figure_claim(
        b, "Two men", low=2, high=2, counted="men", qualifiers=("charged",),
        measure="men in Torvald",
    )  # fmt: skip
    assert topic_of(men, b, {}).state == "arrested"


def test_measures_a_shock_s_size_whatever_word_joins_the_number_to_it() -> None:
    a = doc("a", "A 6.2-strength quake killed 40 people in Torvald.", "Post")
    b = doc("b", "A 6.2 degree quake shook Torvald.", "Valley News")
    strength = figure_claim(
        a, "6.2-strength quake", low=6.2, high=6.2, counted="strength quake",
        qualifiers=("killed",), measure="quakes killed in Torvald",
    )  # fmt: skip
    degree = figure_claim(
        b, "6.2 degree quake", low=6.2, high=6.2, counted="degree quake", qualifiers=(),
        measure="degree of quake in Torvald", kind="degree", unit="degree",
    )  # fmt: skip
    first, second = topic_of(strength, a, {}), topic_of(degree, b, {})
    assert first.kind == second.kind == "magnitude"
    assert relation(first, second)[0] == "same"
    # A temperature in degrees is no shock's size.
    c = doc("c", "It was 28 degrees in Torvald after the quake.", "Post")
    warm = figure_claim(
        c, "28 degrees", low=28, high=28, counted="degrees", qualifiers=(),
        measure="temperature in Torvald", kind="degree", unit="degree",
    )  # fmt: skip
    assert topic_of(warm, c, {}).kind != "magnitude"


def test_measures_one_thing_named_by_two_common_words_is_one_count() -> None:
    a = doc("a", "The flood destroyed 40 houses in Torvald.", "Post")
    b = doc("b", "The flood destroyed 40 homes in Torvald.", "Valley News")
    kw = dict(low=40, high=40, qualifiers=("destroyed",), measure="")
    houses = figure_claim(a, "40 houses", counted="houses", **kw)  # type: ignore[arg-type]
    homes = figure_claim(b, "40 homes", counted="homes", **kw)  # type: ignore[arg-type]
    assert relation(topic_of(houses, a, {}), topic_of(homes, b, {}))[0] == "same"


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("residences", "homes", True),
        ("vessels", "boats", True),
        ("cars", "vehicles", True),
        # Buildings may hold shops and offices besides homes; people are never things.
        ("buildings", "homes", False),
        ("people", "boats", False),
    ],
)
def test_measures_words_for_one_kind_of_thing_meet_and_others_stay_apart(
    one: str, other: str, same: bool
) -> None:
    a = doc("a", f"The storm destroyed 12 {one} in Torvald.", "Post")
    b = doc("b", f"The storm destroyed 12 {other} in Torvald.", "Valley News")
    kw = dict(low=12, high=12, qualifiers=("destroyed",), measure="")
    first = figure_claim(a, f"12 {one}", counted=one, **kw)  # type: ignore[arg-type]
    second = figure_claim(b, f"12 {other}", counted=other, **kw)  # type: ignore[arg-type]
    verdict = relation(topic_of(first, a, {}), topic_of(second, b, {}))[0]
    assert (verdict == "same") is same


def test_measures_providers_and_operators_of_a_service_are_one_count() -> None:
    a = doc("a", "All three mobile providers in Torvald cut their service on Friday.", "Post")
    b = doc("b", "The three mobile operators in Torvald cut their service.", "Valley News")
    kw = dict(low=3, high=3, qualifiers=("mobile",), measure="")
    providers = figure_claim(a, "three mobile providers", counted="providers", **kw)  # type: ignore[arg-type]
    operators = figure_claim(b, "three mobile operators", counted="operators", **kw)  # type: ignore[arg-type]
    assert relation(topic_of(providers, a, {}), topic_of(operators, b, {}))[0] == "same"


def test_measures_the_table_of_things_rejects_a_line_it_cannot_read() -> None:
    assert parse_things("# a note\nhouse\thome\n\n") == {"house": "home"}
    with pytest.raises(ValueError, match=r"things\.tsv"):
        parse_things("house home\n")


def test_measures_aftershocks_of_a_size_in_tenths_are_sized_not_counted() -> None:
    a = doc("a", "There were at least four aftershocks of around 4.0 near Torvald.", "Post")
    sized = figure_claim(
        a, "around 4.0", low=4.0, high=4.0, hedge="about", counted="aftershocks",
        qualifiers=(), measure="aftershocks",
    )  # fmt: skip
    assert topic_of(sized, a, {}).kind == "magnitude"
    # A whole number with no tenths is a count of aftershocks.
    b = doc("b", "There were four aftershocks near Torvald.", "Post")
    counted = figure_claim(
        b, "four aftershocks", low=4, high=4, counted="aftershocks", qualifiers=(),
        measure="aftershocks",
    )  # fmt: skip
    assert topic_of(counted, b, {}).kind == "count"


def test_measures_a_wound_that_killed_is_a_death() -> None:
    a = doc("a", "Two workers were fatally wounded in Torvald.", "Post")
    workers = figure_claim(
        a, "Two workers", low=2, high=2, counted="workers", qualifiers=("wounded",),
        measure="workers wounded in Torvald",
    )  # fmt: skip
    assert topic_of(workers, a, {}).state == "killed"
    b = doc("b", "The gunman shot three people in Torvald, one fatally.", "Post")
    one = figure_claim(
        b, "one", low=1, high=1, counted="people", qualifiers=("shot",),
        measure="people in Torvald",
    )  # fmt: skip
    assert topic_of(one, b, {}).state == "killed"
    c = doc("c", "Two workers were wounded in Torvald.", "Post")
    hurt = figure_claim(
        c, "Two workers", low=2, high=2, counted="workers", qualifiers=("wounded",),
        measure="workers wounded in Torvald",
    )  # fmt: skip
    assert topic_of(hurt, c, {}).state == "injured"


def test_measures_those_a_car_struck_are_casualties_whatever_befell_a_part() -> None:
    a = doc("a", "The van struck two cyclists in Torvald, killing one.", "Post")
    struck = figure_claim(
        a, "two cyclists", low=2, high=2, counted="cyclists", qualifiers=("struck",),
        measure="cyclists in Torvald",
    )  # fmt: skip
    assert topic_of(struck, a, {}).state == "casualties"
    # Things a quake hit stay things: a blow's verb makes no casualties of villages.
    b = doc("b", "The quake hit three villages near Torvald, destroying one.", "Post")
    one = figure_claim(
        b, "one", low=1, high=1, counted=None, qualifiers=(), measure="people destroyed",
    )  # fmt: skip
    assert topic_of(one, b, {}).state != "casualties"


def test_measures_people_taken_into_custody_are_arrested_and_others_are_people() -> None:
    a = doc("a", "Two people were taken into custody in Torvald.", "Post")
    held = figure_claim(
        a, "Two people", low=2, high=2, qualifiers=("taken",), measure="people in Torvald"
    )
    assert topic_of(held, a, {}).state == "arrested"
    b = doc("b", "He is suspected in the deaths of two others in Torvald.", "Post")
    others = figure_claim(
        b, "two others", low=2, high=2, counted="others", qualifiers=(),
        measure="others in Torvald",
    )  # fmt: skip
    read = topic_of(others, b, {})
    assert (read.state, read.population) == ("killed", "civilians")


def test_measures_a_superlative_s_since_is_no_window_the_figure_counts_over() -> None:
    since = When(start="2030-10-01", end="2030-10-01", precision="day")
    a = doc("a", "More than 50,000 marched, the biggest protest since October in Torvald.", "P")
    crowd = figure_claim(
        a, "More than 50,000", low=50000, high=None, counted="", qualifiers=("marched",),
        measure="people protesting", scope="since October", when=since,
    )  # fmt: skip
    assert topic_of(crowd, a, {}).window.start is None
    b = doc("b", "More than 50,000 have marched since October in Torvald.", "P")
    running = figure_claim(
        b, "More than 50,000", low=50000, high=None, counted="", qualifiers=("marched",),
        measure="people protesting", scope="since October", when=since,
    )  # fmt: skip
    assert topic_of(running, b, {}).window.start == "2030-10-01"


def test_measures_a_rank_s_since_inside_the_scope_is_no_window_the_figure_counts_over() -> None:
    since = When(start="2030-09-01", end="2030-09-01", precision="day")
    a = doc(
        "a", "The navy seized 26 raiders in its fifth successful operation since September.", "P"
    )
    seized = figure_claim(
        a, "26 raiders", low=26, high=26, counted="raiders", qualifiers=("seized",),
        measure="raiders", scope="in its fifth successful operation since September",
        when=since,
    )  # fmt: skip
    read = topic_of(seized, a, {}).window
    assert (read.start, read.cumulative) == (None, False)
    # A span the scope itself counts over stays one.
    b = doc("b", "The navy has seized 26 raiders in operations since September.", "P")
    running = figure_claim(
        b, "26 raiders", low=26, high=26, counted="raiders", qualifiers=("seized",),
        measure="raiders", scope="in operations since September", when=since,
    )  # fmt: skip
    assert topic_of(running, b, {}).window.start == "2030-09-01"


def test_measures_merchant_vessels_are_never_the_boats_that_attack_them() -> None:
    a = doc("a", "Five suspicious boats approached five merchant vessels off Torvald.", "P")
    b = doc("b", "The warship escorted five merchant ships past Torvald.", "Q")

    def vessels(d: Document, phrase: str, counted: str) -> Topic:
        return topic_of(amount(d, phrase, 5, counted=counted, measure=counted), d, {})

    attackers = vessels(a, "Five suspicious boats", "boats")
    convoy = vessels(a, "five merchant vessels", "merchant vessels")
    assert relation(attackers, convoy)[0] == "apart"
    assert relation(convoy, vessels(b, "five merchant ships", "merchant ships"))[0] == "same"


def test_measures_schoolchildren_are_children() -> None:
    a = doc("a", "Forty schoolchildren were hurt in Torvald.", "Post")
    pupils = figure_claim(
        a, "Forty schoolchildren", low=40, high=40, counted="schoolchildren",
        qualifiers=("hurt",), measure="",
    )  # fmt: skip
    assert topic_of(pupils, a, {}).population == "children"


def test_measures_members_of_a_family_or_a_staff_are_people_not_fighters() -> None:
    a = doc("a", "Five family members were killed in Torvald.", "Post")
    family = figure_claim(
        a, "Five family members", low=5, high=5, counted="family members", measure=""
    )
    assert topic_of(family, a, {}).population == "civilians"
    b = doc("b", "Five members of the militia were killed in Torvald.", "Post")
    militia = figure_claim(b, "Five members", low=5, high=5, counted="members", measure="")
    assert topic_of(militia, b, {}).population == "fighters"


def _crowd(d: Document, phrase: str, value: float, when: When | None) -> Claim:
    return figure_claim(
        d, phrase, low=value, high=value, hedge="about", counted="people",
        qualifiers=("marched",), measure="people protesting in Torvald", when=when,
    )  # fmt: skip


def test_measures_an_undated_report_s_crowd_is_the_one_day_s_the_story_dates() -> None:
    sunday = When(start="2031-05-04", end="2031-05-04", precision="day")
    a = doc("a", "About 20,000 people marched in Torvald on Sunday.", "North", "2031-05-04")
    b = doc("b", "Some 25,000 people marched in Torvald on Sunday.", "South", "2031-05-05")
    c = doc("c", "About 20,000 people marched in Torvald, witnesses said.", "East")
    claims = [
        _crowd(a, "About 20,000 people", 20000, sunday),
        _crowd(b, "Some 25,000 people", 25000, sunday),
        _crowd(c, "About 20,000 people", 20000, None),
    ]
    groups = reconcile([a, b, c], [TORVALD], claims).groups
    measures_ = [g for g in groups if g.kind == "figure" and g.verdict != "scope_differs"]
    assert any(set(g.claims) == {x.id for x in claims} for g in measures_)
    # One dated crowd says nothing of the day of the undated one.
    groups = reconcile([a, c], [TORVALD], [claims[0], claims[2]]).groups
    assert not any(len(g.claims) == 2 and g.verdict != "scope_differs" for g in groups)


def test_measures_a_vague_count_of_a_place_fits_the_count_of_what_holds_it() -> None:
    town = dataclasses.replace(BASE, place="e-town", holders=frozenset({"e-t"}))
    region = dataclasses.replace(BASE, place="e-t", holders=frozenset())

    def vague(low: float) -> Figure:
        return Figure(
            measure="people killed",
            counted="people",
            qualifiers=("killed",),
            low=low,
            high=None,
            hedge="vague",
            unit=None,
            vague=True,
        )

    hundreds = _values(vague(200), town)
    assert hundreds == Interval(200.0, 999.0)  # "hundreds": two hundred to below a thousand
    assert _values(vague(3), town) is None  # "several" bounds nothing
    # "hundreds" in a town may be the region's 450 killed, never its 4,500; "dozens" in the
    # town is no 450 either.
    assert _fit("nested", (town, hundreds), (region, Interval(450.0, 450.0)))
    assert not _fit("nested", (town, hundreds), (region, Interval(4500.0, 4500.0)))
    dozens = _values(vague(24), town)
    assert not _fit("nested", (town, dozens), (region, Interval(450.0, 450.0)))


def test_measures_a_vague_count_s_words_fix_its_order_as_verdicts_and_citations_read_it() -> None:
    def vague(low: float) -> Figure:
        return Figure(
            measure="people killed",
            counted="people",
            qualifiers=("killed",),
            low=low,
            high=None,
            hedge="vague",
            unit=None,
            vague=True,
        )

    # One table of orders (``intervals.MAGNITUDES``) for grouping, verdicts and citations.
    assert _values(vague(200), BASE, "hundreds of people") == Interval(200.0, 1_000.0)
    assert _values(vague(24), BASE, "dozens of people") == Interval(24.0, 100.0)
    exact = Figure(
        measure="people killed",
        counted="people",
        qualifiers=("killed",),
        low=1500,
        high=1500,
        hedge="exact",
        unit=None,
    )
    assert not _same_value(vague(200), exact, "hundreds of people", "1,500 people")
    assert _same_value(vague(200), replace(exact, low=350, high=350), "hundreds", "350")


def test_measures_a_report_giving_its_scene_the_country_s_toll_makes_them_one_quantity() -> None:
    scene = frozenset({"e-isle", "e-land"})
    isle = dataclasses.replace(
        BASE, place="e-isle", scene=scene, at_scene=True, holders=frozenset({"e-land"})
    )
    land = dataclasses.replace(BASE, place="e-land", scene=scene, at_scene=True)
    text = "Three people were hurt on the island. At least three were hurt in the country."
    a = doc("a", text, "Coast Post")
    b = doc("b", "Ten people were hurt in the country.", "Valley News")
    three = figure_claim(a, "Three people", low=3, high=3)
    also = figure_claim(a, "At least three", low=3, high=None, hedge="at_least")
    ten = figure_claim(b, "Ten people", low=10, high=10)
    topics = {three.id: isle, also.id: land, ten.id: land}
    # The report gives the island's toll as the country's: one toll, which later rose.
    assert [len(m) for m in measures([three, also, ten], topics)] == [3]
    # Said of the island alone, three is far from the country's ten: perhaps a part.
    assert sorted(len(m) for m in measures([three, ten], topics)) == [1, 1]
    # A report whose island toll is below its country's gives a part, never the whole.
    more = figure_claim(a, "At least three", low=8, high=8)
    topics[more.id] = land
    assert sorted(len(m) for m in measures([three, more, ten], topics)) == [1, 2]


def _workers(d: Document, phrase: str = "two workers", value: float = 2) -> Topic:
    """The topic of a count of workers read in its report."""
    claim = figure_claim(
        d, phrase, low=value, high=value, qualifiers=(), counted="workers", measure="workers"
    )
    return topic_of(claim, d, {})


def test_measures_those_a_charge_says_were_gunned_down_are_the_killed() -> None:
    a = doc("a", "Friends mourned the two workers she's accused of gunning down.", "Post")
    b = doc("b", "Friends mourned the two workers he was charged with shooting.", "News")
    c = doc("c", "The raider gunned down two workers and left a guard wounded.", "Wire")
    workers = _workers

    assert workers(a).state == "killed"
    assert workers(b).state == "casualties"
    # The verb of the number's own clause, not the nearest word of the next one.
    assert workers(c).state == "killed"


def test_measures_a_charge_said_with_a_spaced_apostrophe_names_the_harm() -> None:
    # Wire text is often printed with the apostrophe set apart ("she ’ s"): the charge's
    # harm is still what befell those counted, not the charge itself.
    a = doc("a", "Friends mourned the two workers she ’ s accused of gunning down.", "Post")
    b = doc("b", "Friends mourned the two workers they ' re charged with shooting.", "News")
    workers = _workers

    assert workers(a).state == "killed"
    assert workers(b).state == "casualties"


def test_measures_a_spaced_apostrophe_is_read_closed_up() -> None:
    # The firm's staff, whichever way the apostrophe is printed: how many work there.
    a = doc("a", "The plant ’ s 150 workers were sent home on Friday.", "Post")
    b = doc("b", "The plant's 150 workers were sent home on Friday.", "News")

    def staff(d: Document) -> Topic:
        return _workers(d, "150 workers", 150)

    assert staff(b).state == "employed"
    assert staff(a).state == staff(b).state


def test_measures_a_toll_recalled_in_a_court_step_is_not_dated_by_the_step() -> None:
    from triangulate.model import When

    monday = When(start="2033-03-07", end="2033-03-07", precision="day")
    earlier = When(start="2031-05-04", end="2031-05-04", precision="day")
    text = "The trial of the clerk accused of killing three guards starts Monday."
    a = doc("a", text, "Coast Post", "2033-03-07")
    b = doc("b", "The clerk killed three guards on Sunday in Torvald.", "Valley News")
    c = doc("c", "A clerk killed three guards on Monday, police said.", "Hill Daily", "2033-03-07")

    def guards(d: Document, when: When) -> Topic:
        claim = figure_claim(d, "three guards", low=3, high=3, counted="guards", when=when)
        return topic_of(claim, d, {})

    recalled, then = guards(a, monday), guards(b, earlier)
    assert recalled.event is None
    assert relation(recalled, then)[0] == "same"
    # A killing the report dates to its own week, told with no court step, keeps its day,
    # even at a court.
    assert guards(c, monday).event is not None
    e = doc("e", "A clerk killed three guards outside a court on Monday.", "Bay", "2033-03-07")
    assert guards(e, monday).event is not None
    assert relation(guards(c, monday), then)[0] == "apart"
    # Those charged have no day of their own in a court step: not the crime's it recalls.
    d = doc("d", "The trial of two men accused of killing a guard in 2031 began.", "Post")
    men = figure_claim(
        d, "two men accused of killing a guard in 2031", low=2, high=2, counted="men",
        qualifiers=("accused",), measure="men", when=earlier,
    )  # fmt: skip
    assert topic_of(men, d, {}).event is None


def test_measures_those_who_did_a_killing_are_never_its_toll() -> None:
    a = doc("a", "Two officers fatally shot a teenager in Torvald on Sunday.", "Post")
    b = doc("b", "A teenager was shot dead by two officers in Torvald.", "News")
    c = doc("c", "Two officers who opened fire were placed on leave.", "Wire")
    d = doc("d", "Two officers fatally shot in Torvald, police said.", "Daily")
    e = doc("e", "Two officers killed Sunday in Torvald.", "Hill")

    def officers(document: Document, phrase: str = "Two officers") -> Topic:
        claim = figure_claim(
            document, phrase, low=2, high=2, qualifiers=(), counted="officers",
            measure="officers",
        )  # fmt: skip
        return topic_of(claim, document, {})

    assert officers(a).state == officers(b, "two officers").state == "attacking"
    assert officers(c, "Two officers who opened fire").state == "attacking"
    # With no object, the number is whom the harm befell ("two officers fatally shot in
    # Torvald", a headline's "two killed Sunday").
    assert officers(d).state == officers(e).state == "killed"
    assert relation(officers(a), officers(e))[0] == "apart"


def test_measures_a_family_s_children_are_no_toll() -> None:
    a = doc("a", "The guard, a father to two boys, died in Torvald.", "Post")
    b = doc("b", "The guard is survived by his wife and two sons.", "News")
    c = doc("c", "She was walking with one of her five children in Torvald.", "Wire")
    d = doc("d", "The mother - of - three was shot dead in Torvald.", "Daily")
    e = doc("e", "Several members of the guard's family were in court.", "Hill")

    def kin(document: Document, phrase: str, value: int, counted: str) -> Topic:
        claim = figure_claim(
            document, phrase, low=value, high=value, qualifiers=(), counted=counted,
            measure=counted,
        )  # fmt: skip
        return topic_of(claim, document, {})

    assert kin(a, "two boys", 2, "boys").population == "children a parent has"
    assert kin(b, "two sons", 2, "sons").population == "children a parent has"
    assert kin(c, "five children", 5, "children").population == "children a parent has"
    assert kin(d, "three", 3, "").population == "children a parent has"
    # Members of a family are no armed group's fighters.
    family = kin(e, "Several members of the guard's family", 3, "members")
    assert not family.population.startswith("fighters")
    # Children a harm befell are a toll, whoever's they were.
    f = doc("f", "A gunman killed her two children in Torvald.", "Wire")
    assert kin(f, "two children", 2, "children").state == "killed"


def test_measures_one_thing_s_two_common_names_are_one_count() -> None:
    a = doc("a", "Police seized four lorries and two firearms in Torvald.", "Post")
    b = doc("b", "Police seized four trucks and two guns in Torvald.", "News")

    def thing(document: Document, phrase: str, value: int, counted: str) -> Topic:
        claim = figure_claim(
            document, phrase, low=value, high=value, qualifiers=("seized",), counted=counted,
            measure=counted,
        )  # fmt: skip
        return topic_of(claim, document, {})

    lorries, trucks = thing(a, "four lorries", 4, "lorries"), thing(b, "four trucks", 4, "trucks")
    assert lorries.population == trucks.population
    assert (
        thing(a, "two firearms", 2, "firearms").population
        == thing(b, "two guns", 2, "guns").population
    )
    assert lorries.population != thing(b, "two guns", 2, "guns").population


def test_measures_those_shot_are_those_killed_only_when_no_report_says_anyone_was_hurt() -> None:
    a = doc("a", "A man shot two guards at a bank in Torvald, police said.", "Post")
    b = doc("b", "Two guards were killed at a bank in Torvald.", "News")
    c = doc("c", "Three guards were killed at a bank in Torvald.", "Wire")
    d = doc("d", "Two guards were hurt at a bank in Torvald.", "Daily")

    def guards(document: Document, phrase: str, value: int, said: str) -> Claim:
        return figure_claim(
            document, phrase, low=value, high=value, qualifiers=(said,), counted="guards",
            measure=f"guards {said} in Torvald",
        )  # fmt: skip

    shot, killed = guards(a, "two guards", 2, "shot"), guards(b, "Two guards", 2, "killed")
    groups = reconcile([a, b], [TORVALD], [shot, killed]).groups
    assert [sorted(g.claims) for g in groups] == [sorted([shot.id, killed.id])]
    # Values that differ: those shot may include some who lived.
    more = guards(c, "Three guards", 3, "killed")
    groups = reconcile([a, c], [TORVALD], [shot, more]).groups
    assert "conflict" not in _verdicts(groups)
    assert all(len(g.claims) == 1 for g in groups if g.verdict != "scope_differs")
    # A report of some hurt: those shot may be the killed and the hurt.
    hurt = guards(d, "Two guards", 2, "hurt")
    groups = reconcile([a, b, d], [TORVALD], [shot, killed, hurt]).groups
    assert not any({shot.id, killed.id} <= set(g.claims) for g in groups if g.verdict == "agree")


def test_measures_a_vigil_s_crowd_is_a_crowd_counted_on_its_day() -> None:
    a = doc("a", "More than 300 people joined a candlelit vigil in Torvald.", "Post")
    b = doc("b", "Some 300 mourners gathered outside the school in Torvald.", "News")

    def crowd(document: Document, phrase: str, counted: str) -> Topic:
        claim = figure_claim(
            document, phrase, low=300, high=300, qualifiers=(), counted=counted,
            measure=counted,
        )  # fmt: skip
        return topic_of(claim, document, {})

    vigil = crowd(a, "More than 300 people", "people")
    mourners = crowd(b, "300 mourners", "mourners")
    assert vigil.state == mourners.state == "protesting"
    assert relation(vigil, mourners)[0] == "same"


def test_measures_how_many_were_there_is_a_count_of_its_own() -> None:
    a = doc("a", "About 80 people were in the building when the fire began.", "Post")
    b = doc("b", "Roughly 80 workers were inside, police said.", "News")
    c = doc("c", "Some 120 workers were inside, police said.", "Wire")
    d = doc("d", "Police said 80 people were evacuated.", "Daily")

    def there(document: Document, phrase: str, value: int, counted: str) -> Topic:
        claim = figure_claim(
            document, phrase, low=value, high=value, hedge="about", qualifiers=(),
            counted=counted, measure=counted,
        )  # fmt: skip
        return topic_of(claim, document, {})

    building, inside = (
        there(a, "About 80 people", 80, "people"),
        there(b, "80 workers", 80, "workers"),
    )
    assert building.state == inside.state == "present"
    assert relation(building, inside)[0] == "nested"  # one count when the values agree
    assert there(c, "120 workers", 120, "workers").state == "present"
    e = doc("e", "Five women, and possibly two children, were inside the hall.", "Hill")
    assert there(e, "Five women", 5, "women").state == "present"
    assert there(d, "80 people", 80, "people").state != "present"
    # Told only as there, they may be those a harm befell: one count when the values agree.
    f = doc("f", "Police said two women were at work upstairs in Torvald.", "Bay")
    g = doc("g", "Two women were killed in the fire in Torvald.", "Cove")
    kw = dict(qualifiers=(), where=TORVALD.id, counted="women")
    upstairs = figure_claim(f, "two women", low=2, high=2, measure="women in Torvald", **kw)  # type: ignore[arg-type]
    killed = figure_claim(g, "Two women", low=2, high=2, measure="women killed in Torvald", **kw)  # type: ignore[arg-type]
    assert topic_of(upstairs, f, {}).state == "present"
    (group,) = reconcile([f, g], [TORVALD], [upstairs, killed]).groups
    assert group.verdict == "agree" and "killed" in group.label


def test_measures_those_sent_to_the_scene_are_a_count_of_their_own() -> None:
    a = doc("a", "More than 60 firefighters tackled the blaze in Torvald.", "Post")
    b = doc("b", "The blaze, which saw more than 60 firefighters battling it, spread.", "News")
    c = doc("c", "More than 60 people were hurt as the blaze spread in Torvald.", "Wire")

    def crews(document: Document, phrase: str, counted: str) -> Topic:
        claim = figure_claim(
            document, phrase, low=60, high=None, hedge="at_least", qualifiers=(),
            counted=counted, measure=counted,
        )  # fmt: skip
        return topic_of(claim, document, {})

    tackled = crews(a, "More than 60 firefighters", "firefighters")
    battling = crews(b, "more than 60 firefighters", "firefighters")
    assert tackled.state == battling.state == "responding"
    assert relation(tackled, battling)[0] == "nested"  # one count when the values agree
    assert crews(c, "More than 60 people", "people").state == "injured"


def test_measures_a_force_at_the_scene_is_one_count_whatever_it_did_there() -> None:
    # Those a force sent and those of them a report tells acting there are one force's
    # members at the scene when the values agree; other people's deeds are not.
    sent = doc("a", "Two officers were dispatched to the store in Torvald.", "Post")
    fired = doc("b", "Two officers opened fire on the driver in Torvald.", "News")
    crew = doc("c", "More than 60 firefighters tackled the blaze in Torvald.", "Wire")
    held = doc("d", "More than 60 firefighters were trying to control the fire in Torvald.", "Star")
    robbers = doc("e", "Two men opened fire on the guards in Torvald.", "Mail")
    callers = doc("f", "Two men responded to the appeal in Torvald.", "Herald")

    def topic(document: Document, phrase: str, counted: str, low: int, hedge: str) -> Topic:
        claim = figure_claim(
            document, phrase, low=low, high=None if hedge == "at_least" else low,
            hedge=hedge, qualifiers=(), counted=counted, measure=counted,
        )  # fmt: skip
        return topic_of(claim, document, {})

    officers = topic(sent, "Two officers", "officers", 2, "exact")
    shooters = topic(fired, "Two officers", "officers", 2, "exact")
    assert (officers.state, shooters.state) == ("responding", "attacking")
    assert relation(officers, shooters)[0] == "nested"  # one count when the values agree
    tackled = topic(crew, "More than 60 firefighters", "firefighters", 60, "at_least")
    trying = topic(held, "More than 60 firefighters", "firefighters", 60, "at_least")
    assert (tackled.state, trying.state) == ("responding", "controlled")
    assert relation(tackled, trying)[0] == "nested"
    gunmen = topic(robbers, "Two men", "men", 2, "exact")
    answered = topic(callers, "Two men", "men", 2, "exact")
    assert (gunmen.state, answered.state) == ("attacking", "responding")
    assert relation(gunmen, answered)[0] == "apart"  # no force: other people
    (group,) = reconcile(
        [sent, fired],
        [TORVALD],
        [
            figure_claim(sent, "Two officers", low=2, high=2, qualifiers=(), counted="officers",
                         measure="officers in Torvald", where=TORVALD.id),
            figure_claim(fired, "Two officers", low=2, high=2, qualifiers=(), counted="officers",
                         measure="officers in Torvald", where=TORVALD.id),
        ],
    ).groups  # fmt: skip
    assert group.verdict == "agree"


def test_measures_those_who_hid_from_an_attack_are_those_it_trapped() -> None:
    a = doc("a", "Six workers were hiding in a storeroom in Torvald.", "Post")
    b = doc("b", "Six workers were trapped near the gunman in Torvald.", "News")

    def workers(document: Document) -> Topic:
        claim = figure_claim(
            document, "Six workers", low=6, high=6, qualifiers=(), counted="workers",
            measure="workers",
        )  # fmt: skip
        return topic_of(claim, document, {})

    assert workers(a).state == workers(b).state == "remaining"


def test_measures_a_count_summed_over_several_operations_is_a_campaign_tally() -> None:
    # "A total of 19 rifles during the four operations" sums a campaign's acts, like "so
    # far": never the count of one of them, which stays apart from it.
    one = doc("a", "During the boarding, six rifles were seized.", "Post")
    campaign = doc(
        "b",
        "The frigate has seized a total of 19 rifles during the four operations it made.",
        "News",
    )
    kw = dict(qualifiers=("seized",), counted="rifles", measure="rifles")
    act = figure_claim(one, "six rifles", low=6, high=6, **kw)  # type: ignore[arg-type]
    tally = figure_claim(campaign, "19 rifles", low=19, high=19, **kw)  # type: ignore[arg-type]
    assert topic_of(tally, campaign, {}).window.so_far
    assert not topic_of(act, one, {}).window.so_far
    verdict, why = relation(topic_of(act, one, {}), topic_of(tally, campaign, {}))
    assert verdict != "same" and "running total" in why, (verdict, why)
    # One operation's count named by its operation is no tally.
    named = doc("c", "In the operation, the frigate seized 19 rifles.", "News")
    lone = figure_claim(named, "19 rifles", low=19, high=19, **kw)  # type: ignore[arg-type]
    assert not topic_of(lone, named, {}).window.so_far


def test_measures_people_seized_or_captured_are_arrested_and_seized_things_are_not() -> None:
    a = doc("a", "Police seized 40 suspects in raids across Torvald.", "Post")
    b = doc("b", "Police seized 40 rifles in raids across Torvald.", "News")
    suspects = figure_claim(
        a, "40 suspects", low=40, high=40, qualifiers=(), counted="suspects", measure="suspects"
    )
    rifles = figure_claim(
        b, "40 rifles", low=40, high=40, qualifiers=(), counted="rifles", measure="rifles"
    )
    assert topic_of(suspects, a, {}).state == "arrested"
    assert topic_of(rifles, b, {}).state != "arrested"


def test_measures_others_of_another_harm_are_all_of_their_own_harm() -> None:
    a = doc("a", "The blast killed two people and wounded five other people.", "Coast Post")
    b = doc("b", "Two people died on Monday and two other people died on Tuesday.", "Valley News")
    wounded = figure_claim(
        a,
        "five other people",
        low=5,
        high=5,
        qualifiers=("wounded",),
        measure="people wounded in Torvald",
    )
    # "killed two ... and wounded five other people": the others are set apart from the
    # dead, not from earlier wounded: all the wounded.
    assert not topic_of(wounded, a, {}).extra
    # "two other people died" beside two who died: those beyond the ones already counted.
    more_dead = figure_claim(b, "two other people", low=2, high=2, qualifiers=("died",))
    assert topic_of(more_dead, b, {}).extra


def test_measures_others_of_another_harm_rise_with_a_later_toll() -> None:
    a = doc(
        "a",
        "A gunman killed two people and wounded five other people in Torvald.",
        "Coast Post",
        "2026-03-03",
    )
    b = doc("b", "Five people were wounded in Torvald.", "Valley News", "2026-03-03")
    c = doc("c", "Seven people were wounded in Torvald.", "Hill Daily", "2026-03-05")
    wounded = {
        "five other people": a,
        "Five people": b,
        "Seven people": c,
    }
    claims = [
        figure_claim(
            d,
            phrase,
            low=int(value),
            high=int(value),
            qualifiers=("wounded",),
            measure="people wounded in Torvald",
        )
        for (phrase, d), value in zip(wounded.items(), (5, 5, 7), strict=True)
    ]
    groups = reconcile([a, b, c], [TORVALD], claims).groups
    measures_ = [g for g in groups if g.verdict != "scope_differs"]
    assert any(set(g.claims) == {c.id for c in claims} for g in measures_)
    assert "conflict" not in _verdicts(groups)


def test_measures_people_of_whom_nothing_is_said_join_a_said_toll_together() -> None:
    a = doc("a", "Three people were killed in Torvald.", "Coast Post")
    b = doc("b", "Police named the three workers on Tuesday.", "Valley News")
    c = doc("c", "The three men had lived in Torvald for years.", "Hill Daily")

    def unsaid(d: Document, phrase: str, counted: str) -> Claim:
        return figure_claim(
            d, phrase, low=3, high=3, counted=counted, qualifiers=(), measure=counted
        )

    killed = figure_claim(a, "Three people", low=3, high=3)
    workers, men = unsaid(b, "three workers", "workers"), unsaid(c, "three men", "men")
    assert topic_of(workers, b, {}).state == topic_of(men, c, {}).state == "unsaid"
    groups = reconcile([a, b, c], [TORVALD], [killed, workers, men]).groups
    # Each report's three are the three killed: one count, never in dispute.
    assert [sorted(g.claims) for g in groups] == [sorted([killed.id, workers.id, men.id])]
    assert groups[0].verdict == "agree"
    # With no count saying what befell them, two such counts agree only by chance.
    alone = reconcile([b, c], [TORVALD], [workers, men]).groups
    assert all(len(g.claims) == 1 for g in alone if g.verdict != "scope_differs")


def test_measures_blocks_away_are_a_distance_never_a_players_blocks() -> None:
    a = doc("a", "The shooting happened a few blocks away from the station.", "Coast Post")
    b = doc("b", "Witnesses said the car stopped several blocks from the station.", "Valley News")
    c = doc("c", "Vell finished with six blocks and ten rebounds.", "Hill Daily")

    def blocks(d: Document, phrase: str, low: float | None) -> Claim:
        return figure_claim(
            d,
            phrase,
            low=low,
            high=None if low is None else low,
            hedge="vague" if low is None else "exact",
            counted="blocks",
            qualifiers=(),
            measure="blocks",
        )

    few, several = blocks(a, "a few blocks", None), blocks(b, "several blocks", None)
    six = blocks(c, "six blocks", 6)
    assert topic_of(few, a, {}).population == topic_of(several, b, {}).population
    assert not topic_of(few, a, {}).statistic
    assert topic_of(six, c, {}).statistic
    # Two vague distances in blocks are told alike: one, never in dispute.
    (group,) = reconcile([a, b], [TORVALD], [few, several]).groups
    assert group.verdict != "conflict"
    # One block and twenty are two distances, not a dispute over one.
    d = doc("d", "The crowd gathered about a block from the precinct.", "Lake Times")
    e = doc("e", "The march went 20 blocks to the precinct.", "Bay Herald")
    one, twenty = blocks(d, "about a block", 1), blocks(e, "20 blocks", 20)
    groups = reconcile([d, e], [TORVALD], [one, twenty]).groups
    assert "conflict" not in _verdicts(groups)
    assert all(len(g.claims) == 1 for g in groups if g.verdict != "scope_differs")


def test_measures_one_person_of_whom_nothing_is_said_is_not_joined_by_chance() -> None:
    a = doc("a", "One person was arrested in Torvald.", "Coast Post")
    b = doc("b", "Police named one woman on Tuesday.", "Valley News")
    c = doc("c", "One customer had lived in Torvald for years.", "Hill Daily")

    def unsaid(d: Document, phrase: str, counted: str) -> Claim:
        return figure_claim(
            d, phrase, low=1, high=1, counted=counted, qualifiers=(), measure=counted
        )

    arrested = figure_claim(a, "One person", low=1, high=1, qualifiers=("arrested",))
    woman, customer = unsaid(b, "one woman", "woman"), unsaid(c, "One customer", "customer")
    groups = reconcile([a, b, c], [TORVALD], [arrested, woman, customer]).groups
    # "One" agrees by chance more than any count: two such people are never both read as
    # the one a third report says was arrested.
    assert not any({woman.id, customer.id} <= set(g.claims) for g in groups)


def test_measures_those_taken_to_hospital_may_be_all_those_shot() -> None:
    a = doc("a", "Three people were shot in Torvald.", "Coast Post")
    b = doc("b", "Three people were taken to hospital in Torvald.", "Valley News")
    c = doc("c", "Police named the three workers on Tuesday.", "Hill Daily")
    d = doc("d", "One person was taken to hospital in Torvald.", "Lake Times")
    shot = figure_claim(
        a, "Three people", low=3, high=3, qualifiers=("shot",), measure="people shot"
    )

    def in_hospital(d: Document, phrase: str, value: int) -> Claim:
        return figure_claim(
            d,
            phrase,
            low=value,
            high=value,
            qualifiers=("taken to hospital",),
            measure="people taken to hospital",
        )

    treated = in_hospital(b, "Three people", 3)
    named = figure_claim(
        c, "three workers", low=3, high=3, counted="workers", qualifiers=(), measure="workers"
    )
    assert topic_of(shot, a, {}).state == "casualties"
    assert topic_of(treated, b, {}).state == "hospitalised"
    groups = reconcile([a, b, c], [TORVALD], [shot, treated, named]).groups
    # Three shot, three in hospital: one count when the values agree, and the three people
    # of whom nothing else is said are those three.
    assert [sorted(g.claims) for g in groups] == [sorted([shot.id, treated.id, named.id])]
    assert groups[0].verdict == "agree"
    # One in hospital of three shot is a part of them, never in dispute with them.
    one = in_hospital(d, "One person", 1)
    groups = reconcile([a, d], [TORVALD], [shot, one]).groups
    assert "conflict" not in _verdicts(groups)
    assert all(len(g.claims) == 1 for g in groups if g.verdict != "scope_differs")


def test_measures_others_after_a_sentence_of_another_harm_are_all_of_theirs() -> None:
    a = doc(
        "a",
        "One man died at the scene in Torvald. Two other people were taken to hospital.",
        "Coast Post",
    )
    b = doc(
        "b",
        "Two people were hurt in Torvald on Monday. Two other people were hurt on Tuesday.",
        "Valley News",
    )

    def in_hospital(d: Document, phrase: str, qualifier: str) -> Claim:
        start = d.text.index(phrase, d.text.index(".") + 1)
        claim = figure_claim(d, phrase, low=2, high=2, qualifiers=(qualifier,), measure="people")
        return dataclasses.replace(
            claim, id=f"{d.id}:{start}", start=start, end=start + len(phrase)
        )

    # The others are set apart from the man who died: all those taken to hospital.
    assert not topic_of(in_hospital(a, "Two other people", "taken to hospital"), a, {}).extra
    # Beyond two hurt the day before: those beyond the ones already counted.
    assert topic_of(in_hospital(b, "Two other people", "hurt"), b, {}).extra


def test_measures_the_month_of_march_is_no_march() -> None:
    a = doc("a", "TORVALD, 3 March 2026 - Two of them were children, police said.", "Coast Post")
    b = doc("b", "In March, two of them were children, police said.", "Valley News")
    c = doc("c", "Two thousand people march in Torvald on 3 March.", "Hill Daily")

    def bare(d: Document, phrase: str, value: int, counted: str | None) -> Claim:
        return figure_claim(
            d, phrase, low=value, high=value, counted=counted, qualifiers=(), measure="unknown"
        )

    assert topic_of(bare(a, "Two", 2, None), a, {}).state != "protesting"
    assert topic_of(bare(b, "two", 2, None), b, {}).state != "protesting"
    # The verb still says a crowd marched.
    assert topic_of(bare(c, "Two thousand people", 2000, "people"), c, {}).state == "protesting"


def test_measures_what_an_event_left_people_in_is_what_befell_them() -> None:
    a = doc("a", "The blaze left two people in hospital, police said.", "Coast Post")
    b = doc("b", "The storm left 40 residents homeless in Torvald.", "Valley News")
    c = doc("c", "Two people left the building before the blaze.", "Hill Daily")

    def left(d: Document, phrase: str, value: int, counted: str) -> Claim:
        return figure_claim(
            d,
            phrase,
            low=value,
            high=value,
            counted=counted,
            qualifiers=("left",),
            measure=f"{counted} fled from Torvald",
        )

    assert topic_of(left(a, "two people", 2, "people"), a, {}).state == "hospitalised"
    assert topic_of(left(b, "40 residents", 40, "residents"), b, {}).state == "displaced"
    # People who left a place departed: nothing else befell them.
    assert topic_of(left(c, "Two people", 2, "people"), c, {}).state == "left"


def test_measures_a_toll_left_dead_keeps_its_state_beside_the_injured() -> None:
    # "Left 12 dead and 40 injured": the injured are the 40; the 12 are the dead, whatever
    # state the next count's word names.
    a = doc("a", "The quake left 12 dead and 40 injured in Torvald.", "Coast Post")
    b = doc("b", "The storm left 40 injured and 12 dead in Torvald.", "Valley News")

    def left(d: Document, phrase: str, value: int, counted: str) -> Claim:
        return figure_claim(d, phrase, low=value, high=value, counted=counted)

    assert topic_of(left(a, "12 dead", 12, "dead"), a, {}).state == "killed"
    assert topic_of(left(a, "40 injured", 40, "injured"), a, {}).state == "injured"
    assert topic_of(left(b, "40 injured", 40, "injured"), b, {}).state == "injured"
    assert topic_of(left(b, "12 dead", 12, "dead"), b, {}).state == "killed"


def test_measures_bodies_are_never_in_a_state_of_the_living() -> None:
    # The hospital is the 30's; the bodies found are the dead's, of whom it says nothing more.
    a = doc(
        "a",
        "Fourteen bodies were recovered in Torvald, and 30 people were taken to hospital.",
        "Coast Post",
    )
    b = doc("b", "Rescuers pulled out 14 bodies from the Torvald mill.", "Valley News")

    def count(d: Document, phrase: str, value: int, counted: str) -> Claim:
        return figure_claim(
            d, phrase, low=value, high=value, counted=counted, qualifiers=(), measure=counted
        )

    found = topic_of(count(a, "Fourteen bodies", 14, "bodies"), a, {})
    pulled = topic_of(count(b, "14 bodies", 14, "bodies"), b, {})
    assert (found.population, found.state) == (pulled.population, pulled.state)
    assert found.state not in {"hospitalised", "rescued"}


def test_measures_a_toll_s_number_counts_the_dead_whatever_noun_was_read_before_it() -> None:
    # The reader may take a dateline's town for what the bare number counts; the death toll
    # right before the number says what it carries, decimal in its words or not.
    a = doc(
        "a",
        "TORVALD, Orvel - The death toll from the 6.1 quake rose to 20 on Tuesday.",
        "Coast Post",
    )
    b = doc("b", "The death toll in Torvald has risen to 20, officials said.", "Valley News")

    def toll(d: Document, counted: str) -> Claim:
        return figure_claim(
            d, "20", low=20, high=20, counted=counted, qualifiers=("rose",), measure=counted
        )

    dateline = topic_of(toll(a, "TORVALD"), a, {})
    told = topic_of(toll(b, "death toll"), b, {})
    assert (dateline.population, dateline.state) == ("civilians", "killed")
    assert (told.population, told.state) == ("civilians", "killed")


def test_measures_a_departure_restated_as_a_harm_is_in_its_place() -> None:
    assert restated("people fled from Torvald", "injured") == "people injured in Torvald"
    assert restated("people fled from Torvald", "evacuated") == "people evacuated from Torvald"


def test_measures_a_speed_named_only_as_a_speed_is_the_vehicles() -> None:
    a = doc("a", "The van hit the wall at a speed of 50 mph, police said.", "Coast Post")
    b = doc("b", "Police said the driver was going 50 mph on the bridge.", "Valley News")
    c = doc("c", "The road has a speed limit of 30 mph near the school.", "Hill Daily")

    def speed(d: Document, phrase: str, value: int, counted: str) -> Claim:
        return figure_claim(
            d,
            phrase,
            low=value,
            high=value,
            counted=counted,
            qualifiers=(),
            measure=counted,
            kind="speed",
            unit="mph",
        )

    fast = topic_of(speed(a, "a speed of 50 mph", 50, "speed"), a, {})
    driver = topic_of(speed(b, "50 mph", 50, "driver"), b, {})
    assert fast.population == driver.population == "speed of the vehicle"
    # A limit named with the speed is the road's, never how fast the vehicle went.
    limit = topic_of(speed(c, "a speed limit of 30 mph", 30, "speed"), c, {})
    assert limit.population == "speed limit"


def test_measures_a_speed_told_of_the_driver_by_name_or_of_a_chase_is_the_vehicles() -> None:
    a = doc("a", "Police said Brandt was going 50 mph on the bridge.", "Coast Post")
    b = doc("b", "The police pursuit reached 80 mph, witnesses said.", "Valley News")
    brandt = entity_in("Brandt", ("a", a.text), kind="PERSON")

    def speed(d: Document, phrase: str, value: int, counted: str) -> Claim:
        return figure_claim(
            d,
            phrase,
            low=value,
            high=value,
            counted=counted,
            qualifiers=("going",),
            measure="speed",
            kind="speed",
            unit="mph",
        )

    names = name_words([brandt])
    named = topic_of(speed(a, "50 mph", 50, "Brandt"), a, {brandt.id: brandt}, names=names)
    chase = topic_of(speed(b, "80 mph", 80, "pursuit"), b, {})
    assert named.population == chase.population == "speed of the vehicle"
    c = doc("c", "Speeding at 60 mph, the driver struck her.", "Hill Daily")
    assert topic_of(speed(c, "60 mph", 60, "Speeding"), c, {}).population == (
        "speed of the vehicle"
    )


def test_measures_a_zone_after_another_speed_is_that_speed_s_limit_not_this_one_s() -> None:
    a = doc("a", "The car reached speeds of 80 mph in a 35 mph zone.", "Coast Post")

    def speed(phrase: str, value: int, counted: str) -> Claim:
        return figure_claim(
            a,
            phrase,
            low=value,
            high=value,
            counted=counted,
            qualifiers=(),
            measure="speed",
            kind="speed",
            unit="mph",
        )

    assert topic_of(speed("80 mph", 80, "mph"), a, {}).population == "speed of the vehicle"
    assert topic_of(speed("35 mph zone", 35, "mph zone"), a, {}).population == "speed limit"


def test_measures_how_far_a_chase_went_is_one_length_whoever_chased() -> None:
    a = doc("a", "Police chased the car for about 2 miles, police said.", "Coast Post")
    b = doc("b", "The pursuit went on for two miles before the car crashed.", "Valley News")

    def far(d: Document, phrase: str, counted: str) -> Claim:
        return figure_claim(
            d,
            phrase,
            low=2,
            high=2,
            counted=counted,
            qualifiers=(),
            measure=counted,
            kind="length",
            unit="mile",
        )

    chased = topic_of(far(a, "about 2 miles", "Police"), a, {})
    pursuit = topic_of(far(b, "two miles", "pursuit"), b, {})
    assert chased.population == pursuit.population == "length of the chase"
    assert relation(chased, pursuit)[0] == "same"


def test_measures_a_workplace_s_people_and_one_s_mates_are_people() -> None:
    a = doc("a", "The blast left two of the office dead.", "Coast Post")
    b = doc("b", "He killed two members of the firm and two officemates.", "Valley News")

    def dead(d: Document, phrase: str, counted: str) -> Claim:
        return figure_claim(d, phrase, low=2, high=2, counted=counted)

    people = topic_of(dead(a, "two of the office", "office"), a, {})
    members = topic_of(dead(b, "two members of the firm", "members"), b, {})
    mates = topic_of(dead(b, "two officemates", "officemates"), b, {})
    assert people.population == members.population == mates.population == "civilians"


def test_measures_one_s_companions_and_friends_are_people_a_harm_may_have_befallen() -> None:
    # "With three companions" says nothing of what befell them: the same people as "three
    # hikers were rescued" when the values agree, never a count of its own.
    a = doc("a", "Vesk slipped while hiking near Torvald with three companions.", "Coast Post")
    b = doc("b", "Three hikers were rescued on the ridge above Torvald.", "Valley News")
    c = doc("c", '"I lost two of my closest friends," she said of the Torvald blast.', "Star")
    d = doc("d", "Two women were killed in the Torvald blast.", "Wire")

    def people(document: Document, phrase: str, counted: str, value: int) -> Claim:
        return figure_claim(
            document, phrase, low=value, high=value, counted=counted, qualifiers=(),
            measure=counted, where=TORVALD.id,
        )  # fmt: skip

    companions = people(a, "three companions", "companions", 3)
    hikers = people(b, "Three hikers", "hikers", 3)
    assert topic_of(companions, a, {}).population == "civilians"
    assert relation(topic_of(companions, a, {}), topic_of(hikers, b, {}))[0] == "nested"
    friends = people(c, "two of my closest friends", "friends", 2)
    women = people(d, "Two women", "women", 2)
    assert topic_of(friends, c, {}).population == "civilians"
    (group,) = reconcile([c, d], [TORVALD], [friends, women]).groups
    assert group.verdict == "agree" and "killed" in group.label


def test_measures_the_attacker_s_own_death_is_no_state_of_a_count_beside_it() -> None:
    a = doc("a", "He killed himself after a standoff with two officers.", "Coast Post")
    b = doc("b", "The gunman was shot dead in a standoff with two officers.", "Valley News")

    def officers(d: Document) -> Claim:
        return figure_claim(
            d, "two officers", low=2, high=2, counted="officers", qualifiers=(), measure="officers"
        )

    assert topic_of(officers(a), a, {}).state != "killed"
    assert topic_of(officers(b), b, {}).state != "killed"


def test_measures_some_of_the_dead_told_as_a_kind_of_people_are_all_of_that_kind() -> None:
    a = doc("a", "A bomb killed 12 people in Torvald. Three of the dead were children.", "Coast")
    b = doc("b", "Three children were among the 12 killed in Torvald.", "Valley News")
    c = doc("c", "Twelve people were killed in Torvald; two of them were women.", "Hill Daily")

    def part(d: Document, phrase: str, value: int, counted: str | None) -> Claim:
        return figure_claim(
            d, phrase, low=value, high=value, counted=counted, qualifiers=(), measure="unknown"
        )

    told = topic_of(part(a, "Three", 3, None), a, {})
    among = topic_of(figure_claim(b, "Three children", low=3, high=3, counted="children"), b, {})
    assert (told.population, told.state, told.extra) == ("children", "killed", False)
    assert relation(told, among)[0] == "same"
    them = figure_claim(
        c, "two of them", low=2, high=2, counted="them", measure="them killed in Torvald"
    )
    women = topic_of(them, c, {})
    assert (women.population, women.state) == ("women", "killed")


def test_measures_those_who_survived_were_not_killed_whatever_death_is_told_beside() -> None:
    a = doc("a", "Two officers survived the shooting that killed a clerk.", "Coast Post")
    b = doc("b", "The two men are expected to survive, police said of the killing.", "Valley")
    c = doc("c", "The shooting that killed two men shocked the town.", "Hill Daily")

    def told(d: Document, phrase: str, counted: str) -> Claim:
        return figure_claim(
            d, phrase, low=2, high=2, counted=counted, qualifiers=(), measure=counted
        )

    assert topic_of(told(a, "Two officers", "officers"), a, {}).state != "killed"
    assert topic_of(told(b, "two men", "men"), b, {}).state != "killed"
    # The death a count's own clause tells is still its own.
    assert topic_of(told(c, "two men", "men"), c, {}).state == "killed"


def test_measures_how_long_a_jury_deliberated_is_one_length_however_told() -> None:
    a = doc("a", "The jury deliberated for about three hours before convicting him.", "Coast")
    b = doc("b", "After three hours of deliberations, the panel found him guilty.", "Valley")

    def lasted(d: Document, phrase: str, counted: str | None) -> Claim:
        return figure_claim(
            d,
            phrase,
            low=3,
            high=3,
            counted=counted,
            qualifiers=(),
            measure="duration",
            kind="duration",
            unit="hour",
        )

    verb = topic_of(lasted(a, "about three hours", None), a, {})
    noun = topic_of(lasted(b, "three hours of deliberations", "deliberations"), b, {})
    assert verb.population == noun.population == "deliberation"
    assert relation(verb, noun)[0] == "same"


def test_measures_a_prison_term_given_to_a_named_person_stays_a_prison_term() -> None:
    a = doc("a", "Brandt was sentenced to 25 years in prison on Monday.", "Coast Post")
    brandt = entity_in("Brandt", ("a", a.text), kind="PERSON")
    term = figure_claim(
        a,
        "25 years",
        low=25,
        high=25,
        counted="Brandt",
        qualifiers=("sentenced",),
        measure="duration",
        kind="duration",
        unit="year",
    )
    assert topic_of(term, a, {brandt.id: brandt}).population == "prison term"


def test_measures_those_a_shooting_befell_are_never_those_arrested_for_it() -> None:
    a = doc("a", "Police arrested a man in the shooting of three people.", "Coast Post")
    b = doc("b", "A man who police say shot three people was arrested.", "Valley News")
    c = doc("c", "He was arrested in the killings of two women.", "Hill Daily")

    def befell(d: Document, phrase: str, value: int, words: tuple[str, ...]) -> Claim:
        counted = phrase.split()[-1]
        return figure_claim(
            d, phrase, low=value, high=value, counted=counted, qualifiers=words, measure=counted
        )

    assert topic_of(befell(a, "three people", 3, ()), a, {}).state == "casualties"
    assert topic_of(befell(b, "three people", 3, ("arrested",)), b, {}).state == "casualties"
    assert topic_of(befell(c, "two women", 2, ()), c, {}).state == "killed"


def test_measures_counts_laid_are_charges() -> None:
    a = doc("a", "The driver faces three counts, prosecutors said.", "Coast Post")
    b = doc("b", "The driver was arraigned on three charges on Monday.", "Valley News")

    def laid(d: Document, phrase: str, counted: str) -> Claim:
        return figure_claim(
            d, phrase, low=3, high=3, counted=counted, qualifiers=(), measure=counted
        )

    counts = topic_of(laid(a, "three counts", "counts"), a, {})
    charges = topic_of(laid(b, "three charges", "charges"), b, {})
    assert counts.population == charges.population
    groups = reconcile(
        [a, b], [TORVALD], [laid(a, "three counts", "counts"), laid(b, "three charges", "charges")]
    ).groups
    assert [g.verdict for g in groups if g.verdict != "scope_differs"] == ["agree"]


def test_measures_an_owner_s_people_are_counted_only_right_after_the_counted_noun() -> None:
    a = doc("a", "The gunman killed three of the plant's workers on Monday.", "Post")
    owned = figure_claim(
        a, "three of the plant", low=3, high=3, counted="plant", qualifiers=(), measure="plants"
    )
    assert topic_of(owned, a, {}).population == "civilians"  # the workers, not the plant
    b = doc("b", "McDermott has 2,129 points heading into Saturday's semifinals.", "Post")
    points = figure_claim(
        b, "2,129 points heading into Saturday", low=2129, high=2129, counted="points",
        qualifiers=(), measure="points",
    )  # fmt: skip
    assert topic_of(points, b, {}).population == "point"


def test_measures_those_shot_are_the_wounded_when_none_of_them_died() -> None:
    a = doc("a", "A gunman shot two men in Torvald before killing himself.", "Coast Post")
    b = doc("b", "Two men were wounded in Torvald, police said.", "Valley News")
    c = doc("c", "A gunman shot three people in Torvald, killing one.", "Hill Daily")
    d = doc("d", "Three people were wounded in Torvald, police said.", "Bay Times")

    def told(document: Document, phrase: str, value: int, word: str) -> Claim:
        return figure_claim(
            document,
            phrase,
            low=value,
            high=value,
            counted=phrase.split()[-1],
            qualifiers=(word,),
            measure=f"{phrase.split()[-1]} {word} in Torvald",
        )

    e = doc("e", "Police killed the gunman, who had shot two men in Torvald.", "Bay Times")
    shot_two, hurt_two = told(a, "two men", 2, "shot"), told(b, "Two men", 2, "wounded")
    # The attacker's own death, by his hand or the police's, is no death among those shot.
    shot_too = told(e, "two men", 2, "shot")
    groups = reconcile([a, b, e], [TORVALD], [shot_two, hurt_two, shot_too]).groups
    assert any({shot_two.id, hurt_two.id, shot_too.id} == set(g.claims) for g in groups)
    assert all(g.verdict != "scope_differs" for g in groups)
    # Of three shot one died: the three shot are not the three wounded another report gives.
    shot_three = told(c, "three people", 3, "shot")
    hurt_three = told(d, "Three people", 3, "wounded")
    groups = reconcile([c, d], [TORVALD], [shot_three, hurt_three]).groups
    assert not any(
        {shot_three.id, hurt_three.id} <= set(g.claims)
        for g in groups
        if g.verdict != "scope_differs"
    )


def test_measures_a_part_s_relative_clause_tells_nothing_of_the_whole() -> None:
    a = doc("a", "Vance shot three people in Torvald, two of whom died, police said.", "Post")
    shot = figure_claim(
        a, "three people", low=3, high=3, counted="people",
        qualifiers=("shot", "in Torvald, two of whom died"), measure="people",
    )  # fmt: skip
    # three were shot: those two died of are a part, the three are casualties
    assert topic_of(shot, a, {}).state == "casualties"
    b = doc("b", "Vance shot three people in Torvald, all of whom died, police said.", "Post")
    all_died = figure_claim(
        b, "three people", low=3, high=3, counted="people",
        qualifiers=("shot", "in Torvald, all of whom died"), measure="people",
    )  # fmt: skip
    # "all of whom" tells of every one counted
    assert topic_of(all_died, b, {}).state == "killed"


def test_measures_a_receivers_catches_of_a_game_are_never_set_against_a_seasons() -> None:
    game = doc("g", "In the first meeting with the Hawks, Vell was held to two catches.", "Bay")
    season = doc("s", "Vell is having his best season, with 59 catches so far.", "Coast Post")
    few = doc("f", "Police made two arrests after the meeting with the Hawks.", "Hill")
    more = doc("m", "Police made 59 arrests after the meeting with the Hawks.", "Lake Times")

    def count(d: Document, phrase: str, value: float, counted: str) -> Claim:
        return figure_claim(
            d, phrase, low=value, high=value, counted=counted, qualifiers=(), measure=counted
        )

    two, many = count(game, "two catches", 2, "catches"), count(season, "59 catches", 59, "catches")
    assert topic_of(two, game, {}).statistic and topic_of(many, season, {}).statistic
    # A catch count is told of a game, a season or a career: never a conflict over one.
    groups = reconcile([game, season], [TORVALD], [two, many]).groups
    assert "conflict" not in {g.verdict for g in groups}, [g.explanation for g in groups]
    # Counts that are no player's statistic are still set against each other.
    arrests = [count(few, "two arrests", 2, "arrests"), count(more, "59 arrests", 59, "arrests")]
    assert not topic_of(arrests[1], more, {}).statistic
    disputed = reconcile([few, more], [TORVALD], arrests).groups
    assert "conflict" in {g.verdict for g in disputed}, [g.explanation for g in disputed]


def test_measures_of_them_right_after_a_number_opens_no_breakdown() -> None:
    from triangulate.reconcile.times import told_as_part

    a = doc("a", "She found her foes, shot two of them and critically wounded a third.", "P")
    b = doc("b", "Police said two others were wounded in the attack.", "Q")
    c = doc("c", "Police held two men, of whom one was charged.", "R")
    docs = {d.id: d for d in (a, b, c)}
    others = (amount(b, "two others", 2, counted="others", measure="others"), Interval(2, 2))
    # "two of them" are two of her foes; the third wounded is one more, no part of them.
    third = amount(a, "a third", 1, counted=None, measure="people wounded")
    assert told_as_part([(third, Interval(1, 1)), others], docs) is None
    # "two men, of whom one": the one is a part of the two.
    one = amount(c, "one", 1, counted=None, measure="men charged")
    assert told_as_part([(one, Interval(1, 1)), others], docs) is not None


def test_measures_skiffs_and_boats_are_one_fleet() -> None:
    a = doc("a", "The navy seized three skiffs off Torvald.", "P")
    c = doc("c", "The navy seized three boats off Torvald.", "R")

    def seized(d: Document, phrase: str, counted: str) -> Topic:
        return topic_of(amount(d, phrase, 3, counted=counted, measure=counted), d, {})

    boats = seized(c, "three boats", "boats")
    assert relation(seized(a, "three skiffs", "skiffs"), boats)[0] == "same"


def test_measures_two_of_them_takes_up_the_things_the_sentence_before_counted() -> None:
    a = doc(
        "a",
        "The crew spotted five suspicious boats near Torvald. While two of them escaped, "
        "the navy held the rest.",
        "P",
    )
    b = doc("b", "The navy saw the skiffs near Torvald. Two of them escaped.", "Q")
    c = doc("c", "Five men were seen near Torvald. Two of them escaped.", "R")

    def them(d: Document, phrase: str) -> Topic:
        claim = figure_claim(
            d, phrase, low=2, high=2, counted="them", qualifiers=("escaped",), measure="them"
        )
        return topic_of(claim, d, {})

    assert them(a, "two of them").population == "boat"
    assert them(b, "Two of them").population == "boat"
    # People are never taken up as things: "them" stays the figure's own unknown.
    assert them(c, "Two of them").population != "boat"


def test_measures_a_short_phrase_repeated_with_its_date_is_one_fact() -> None:
    december = When(start="2028-12-01", end="2028-12-31", precision="month")
    a = doc("a", "In December 2028, three men emptied a jeweller in Torvald.", "P")
    b = doc("b", "In December 2028, three men emptied a jeweller in Torvald.", "Q")
    c = doc("c", "Later, three men emptied a bakery in Torvald.", "R")

    def men(d: Document, when: When | None, scope: str | None) -> Topic:
        claim = figure_claim(
            d, "three men", low=3, high=3, counted="men", qualifiers=(), measure="men",
            when=when, scope=scope,
        )  # fmt: skip
        return topic_of(claim, d, {})

    dated = men(a, december, "In December 2028")
    assert relation(dated, men(b, december, "In December 2028"))[0] == "same"
    # Two reports' "three men" with no date said with them may be other men.
    assert relation(men(c, None, None), men(a, None, None))[0] == "apart"


def test_measures_a_sentence_copied_whole_by_two_reports_is_one_fact() -> None:
    copied = (
        "Just before the evening shift ended at the plant, the woman found four people in "
        "the break room upstairs."
    )
    a = doc("a", copied, "P")
    b = doc("b", copied, "Q")
    short = "She found four people in the break room."
    c, c2 = doc("c", short, "R"), doc("c2", short, "S")
    d = doc(
        "d",
        "Just before the evening shift ended at the plant, the guard saw four people in the "
        "yard outside.",
        "T",
    )

    def people(x: Document) -> Topic:
        claim = figure_claim(
            x, "four people", low=4, high=4, counted="people", qualifiers=(), measure="people"
        )
        return topic_of(claim, x, {})

    # Four people of whom nothing is said are one fact when a whole sentence is copied.
    assert relation(people(a), people(b))[0] == "same"
    # A short sentence two reports may each write, and a long one that is not the same,
    # say nothing of being the same four people.
    assert relation(people(c), people(c2))[0] == "apart"
    assert relation(people(a), people(d))[0] == "apart"


def test_measures_years_of_service_are_how_long_someone_served_whatever_the_word() -> None:
    a = doc("a", "Deputy Varn had served with the Torvald force for 12 years.", "Coast Post")
    b = doc("b", "Varn, a 12-year member of the force, was killed in Torvald.", "Valley News")
    c = doc("c", "Varn ended a 12-year career in Torvald.", "Hill Daily")
    varn = entity_in("Varn", ("a", a.text), ("b", b.text), ("c", c.text), kind="PERSON")
    year = dict(kind="duration", unit="year", qualifiers=())
    claims = [
        figure_claim(a, "12 years", low=12, high=12, counted="Varn", measure="duration", **year),  # type: ignore[arg-type]
        figure_claim(b, "12-year member of the force", low=12, high=12, counted="member", **year),  # type: ignore[arg-type]
        figure_claim(c, "12-year career", low=12, high=12, counted="career", **year),  # type: ignore[arg-type]
    ]
    # "a 12-year member", "a 12-year career" and "had served for 12 years": one length of
    # service, whichever word a report names it by.
    (group,) = reconcile([a, b, c], [TORVALD, varn], claims).groups
    assert sorted(group.claims) == sorted(c.id for c in claims)


@pytest.mark.parametrize(
    ("text", "phrase", "counted"),
    [
        ("The 15-year member of the board retired in Torvald.", "15-year member", "member"),
        ("The mayor ended a 15-year career in Torvald.", "15-year career", "career"),
        ("A 15-year veteran of the force retired in Torvald.", "15-year veteran", "veteran"),
    ],
)
def test_measures_years_in_a_post_are_how_long_someone_served(
    text: str, phrase: str, counted: str
) -> None:
    d = doc("a", text, "Coast Post")
    claim = figure_claim(
        d,
        phrase,
        low=15,
        high=15,
        counted=counted,
        measure=f"duration of {counted}",
        qualifiers=(),
        kind="duration",
        unit="year",
    )
    assert topic_of(claim, d, {}).population == PERSON_TIME


def test_measures_a_length_given_as_a_floor_is_no_length_ten_times_longer() -> None:
    a = doc("a", "Varn had worked for the Torvald force for 15 years.", "Coast Post")
    b = doc("b", "Varn waited for more than four hours in Torvald.", "Valley News")
    c = doc("c", "Varn had served the Torvald force for more than 12 years.", "Hill Daily")
    varn = entity_in("Varn", ("a", a.text), ("b", b.text), ("c", c.text), kind="PERSON")

    def length(d: Document, phrase: str, low: float, unit: str, hedge: str) -> Claim:
        return figure_claim(
            d,
            phrase,
            low=low,
            high=None if hedge == "at_least" else low,
            hedge=hedge,  # type: ignore[arg-type]
            counted="Varn",
            measure="duration",
            qualifiers=(),
            kind="duration",
            unit=unit,
        )

    years = length(a, "15 years", 15, "year", "exact")
    hours = length(b, "more than four hours", 4, "hour", "at_least")
    floor = length(c, "more than 12 years", 12, "year", "at_least")
    groups = reconcile([a, b, c], [TORVALD, varn], [years, hours, floor]).groups
    together = sorted(sorted(g.claims) for g in groups)
    # "More than four hours" is never said of 15 years; "more than 12 years" may be 15.
    assert together == sorted([sorted([years.id, floor.id]), [hours.id]])


@pytest.mark.parametrize(
    ("text", "phrase", "counted"),
    [
        ("Crews sent 12 fire trucks to the mill in Torvald.", "12 fire trucks", "fire trucks"),
        ("A total of 12 fire apparatus arrived in Torvald.", "12 fire apparatus", "apparatus"),
        (
            "12 pieces of firefighting equipment were sent to Torvald.",
            "12 pieces of firefighting equipment",
            "pieces",
        ),
        (
            "Around 12 fire service pumps are at the mill in Torvald.",
            "12 fire service pumps",
            "pumps",
        ),
    ],
)
def test_measures_a_fire_service_s_machines_are_one_count_whatever_their_name(
    text: str, phrase: str, counted: str
) -> None:
    engines = doc("e", "Twelve fire engines fought the blaze in Torvald.", "P")
    other = doc("o", text, "Q")

    def machines(d: Document, said: str, noun: str) -> Topic:
        claim = figure_claim(d, said, low=12, high=12, counted=noun, qualifiers=(), measure=noun)
        return topic_of(claim, d, {})

    told = machines(other, phrase, counted)
    assert told.population == machines(engines, "Twelve fire engines", "fire engines").population
    # A truck no fire service is named with is a truck, not a fire engine.
    ladders = doc("l", "Two ladder trucks were parked in Torvald.", "R")
    assert machines(ladders, "Two ladder trucks", "ladder trucks").population != told.population
    # Nor is a unit a fire only damaged.
    flats = doc("f", "12 fire-damaged units were boarded up in Torvald.", "S")
    assert machines(flats, "12 fire-damaged units", "units").population != told.population


def test_measures_units_of_fire_fighting_gear_named_before_them_are_the_fire_engines() -> None:
    trucks = doc("t", "A total of 31 fire trucks fought the blaze at the mill in Torvald.", "P")
    units = doc(
        "u",
        "Much of the fire - fighting equipment of the Torvald valley was called to help, more "
        "than two dozen units.",
        "Q",
    )
    told = figure_claim(
        trucks, "31 fire trucks", low=31, high=31, counted="fire trucks", qualifiers=(),
        measure="fire trucks",
    )  # fmt: skip
    gear = figure_claim(
        units, "more than two dozen units", low=24, high=None, hedge="at_least", qualifiers=(),
        counted="units", measure="units",
    )  # fmt: skip
    first, second = topic_of(told, trucks, {}), topic_of(gear, units, {})
    # The units are the machines a fire service sent, and fighting a fire is no clash: the
    # two counts are one, the floor below the 31 the other report gives.
    assert second.population == first.population == "fire engine"
    assert second.cause is None
    (group,) = reconcile([trucks, units], [TORVALD], [told, gear]).groups
    assert sorted(group.claims) == sorted([told.id, gear.id])


def test_measures_an_attempt_is_another_crime_however_long_its_wording() -> None:
    text = (
        "Vell faces one count of murder of a guard with special circumstances and one count "
        "of attempted willful, deliberate, premeditated murder."
    )
    a = doc("a", text, "Coast Post")
    murder = amount(
        a,
        "one count of murder of a guard with special circumstances",
        1,
        counted="murder",
        measure="counts of murder",
    )
    attempt = amount(
        a,
        "one count of attempted willful, deliberate, premeditated murder",
        1,
        counted="murder",
        measure="counts of attempted willful, deliberate, premeditated murder",
    )
    groups = reconcile([a], [TORVALD], [murder, attempt]).groups
    assert not any({murder.id, attempt.id} <= set(g.claims) for g in groups)


def test_measures_an_attempt_however_long_its_wording_is_one_charge_with_its_short_form() -> None:
    a = doc(
        "a",
        "Tallis was convicted of one count of attempted willful, deliberate, premeditated murder.",
        "Coast Post",
    )
    b = doc("b", "Tallis was also convicted of one count of attempted murder.", "Valley")
    long = amount(
        a,
        "one count of attempted willful, deliberate, premeditated murder",
        1,
        counted="murder",
        measure="counts of attempted willful, deliberate, premeditated murder",
    )
    short = amount(b, "one count of attempted murder", 1, counted="murder", measure="counts")
    groups = reconcile([a, b], [TORVALD], [long, short]).groups
    assert any({long.id, short.id} <= set(g.claims) and g.verdict == "agree" for g in groups)


def test_measures_a_count_of_arrests_counts_the_people_arrested() -> None:
    a = doc("a", "Police made 12 arrests in Torvald after the march on Friday.", "Coast Post")
    b = doc("b", "Twelve people were arrested in Torvald after the march on Friday.", "Valley")
    arrests = topic_of(amount(a, "12 arrests", 12, counted="arrests", measure="arrests"), a, {})
    people = topic_of(
        figure_claim(
            b, "Twelve people", low=12, high=12, counted="people", measure="people arrested",
            qualifiers=("arrested",),
        ),
        b,
        {},
    )  # fmt: skip
    assert (arrests.population, arrests.state) == ("civilians", "arrested")
    assert relation(arrests, people)[0] == "same"


def test_measures_one_person_s_prior_arrests_are_a_record_not_a_day_s_arrests() -> None:
    a = doc("a", "The driver has four prior arrests, police in Torvald said.", "Coast Post")
    b = doc("b", "Four people were arrested in Torvald on Friday.", "Valley News")
    record = topic_of(
        amount(a, "four prior arrests", 4, counted="prior arrests", measure="arrests"), a, {}
    )
    people = topic_of(
        figure_claim(
            b, "Four people", low=4, high=4, counted="people", measure="people arrested",
            qualifiers=("arrested",),
        ),
        b,
        {},
    )  # fmt: skip
    assert record.population != "civilians"
    assert relation(record, people)[0] == "apart"


def test_measures_arrests_tallied_over_a_span_are_no_count_of_people_arrested() -> None:
    a = doc("a", "Police made 30 arrests over the course of the week in Torvald.", "Coast Post")
    tally = topic_of(amount(a, "30 arrests", 30, counted="arrests", measure="arrests"), a, {})
    assert tally.population != "civilians"


def test_measures_the_rest_of_a_set_is_not_in_the_state_of_the_part_before() -> None:
    a = doc(
        "a",
        "Five skiffs approached the tanker near Torvald. While two of them managed to flee, "
        "guards searched the other three.",
        "P",
    )
    b = doc(
        "b",
        "Five skiffs approached the tanker near Torvald. Two escaped, but the navy "
        "intercepted the remaining three skiffs.",
        "Q",
    )
    c = doc(
        "c",
        "Five skiffs approached the tanker near Torvald. Two of them were seized, and the "
        "other three fled.",
        "R",
    )

    def three(d: Document, phrase: str, counted: str) -> Topic:
        claim = figure_claim(
            d, phrase, low=3, high=3, counted=counted, qualifiers=(), measure=counted
        )
        return topic_of(claim, d, {})

    rest = three(a, "three", "skiffs")
    # "Two of them managed to flee" tells what befell two: the other three did not flee.
    assert rest.state != "left"
    assert relation(rest, three(b, "three skiffs", "skiffs"))[0] == "same"
    # The rest's own clause still says what befell it: "the other three fled".
    assert three(c, "three", "skiffs").state == "left"


def test_measures_those_that_got_away_are_those_that_escaped() -> None:
    a = doc(
        "a",
        "Five skiffs approached the tanker near Torvald. While two of them managed to get "
        "away, the navy intercepted the remaining three skiffs.",
        "P",
    )
    b = doc("b", "Five skiffs approached the tanker. Later two of them escaped.", "Q")
    c = doc("c", "Five skiffs approached the tanker. Later two of them were destroyed.", "R")

    def two(d: Document) -> Topic:
        claim = figure_claim(
            d, "two of them", low=2, high=2, counted="them", qualifiers=(), measure="them"
        )
        return topic_of(claim, d, {})

    got_away = two(a)
    # "Managed to get away" is what befell the two, not the "remaining" three after it.
    assert got_away.state == "left"
    assert relation(got_away, two(b))[0] != "apart"
    assert relation(got_away, two(c))[0] == "apart"


def test_measures_no_reports_of_injuries_counts_the_injured() -> None:
    a = doc("a", "There were no reports of injuries in the blaze at Torvald.", "P")
    b = doc("b", "No injuries were reported in the blaze at Torvald.", "Q")
    c = doc("c", "There were no immediate reports of deaths in the blaze at Torvald.", "R")
    d = doc("d", "There were no reports of a second fire at Torvald.", "S")

    def none(doc_: Document, phrase: str, counted: str) -> Topic:
        claim = figure_claim(
            doc_, phrase, low=0, high=0, counted=counted, qualifiers=(), measure=counted
        )
        return topic_of(claim, doc_, {})

    reported = none(a, "no reports of injuries", "reports")
    assert (reported.state, reported.population) == ("injured", "civilians")
    injuries = figure_claim(
        b, "No injuries", low=0, high=0, counted="injuries", qualifiers=(), measure="people injured"
    )
    assert relation(reported, topic_of(injuries, b, {}))[0] == "same"
    # Reports of deaths count the dead, never the injured.
    dead = none(c, "no immediate reports of deaths", "reports")
    assert dead.state == "killed"
    assert relation(reported, dead)[0] == "apart"
    # Reports of no harm to people stay a count of their own.
    assert none(d, "no reports of a second fire", "reports").population != "civilians"


def test_measures_a_ship_is_no_place_a_figure_was_counted_at() -> None:
    a = doc("a", "Pirates gave up six rifles to INS Kelvara near Orvel, the navy said.", "P")
    b = doc("b", "Pirates gave up six rifles to the frigate Kelvara, the navy said.", "Q")
    c = doc("c", "Pirates gave up six rifles to the police in Kelvara, officials said.", "R")
    kelvara = entity_in("Kelvara", ("a", a.text), ("b", b.text), ("c", c.text))
    known = {kelvara.id: kelvara}

    def rifles(d: Document) -> Topic:
        claim = figure_claim(
            d, "six rifles", low=6, high=6, counted="rifles", measure="rifles", where=kelvara.id
        )
        return topic_of(claim, d, known)

    # Written as a ship's name ("INS Kelvara", "the frigate Kelvara"), Kelvara is no place.
    assert rifles(a).place is None
    assert rifles(b).place is None
    # A town of that name is still where the rifles were counted.
    assert rifles(c).place == kelvara.id


def test_measures_an_area_of_land_is_one_whichever_noun_names_the_land() -> None:
    a = doc("a", "The fire gutted a nine-acre site in Torvald on Monday.", "P")
    b = doc("b", "The blaze destroyed the 9-acre complex in Torvald on Monday.", "Q")
    c = doc("c", "Flames spread over about 9 acres in Torvald on Monday.", "R")
    d = doc("d", "The fire spared the 9-acre park in Torvald on Monday.", "S")

    def area(doc_: Document, phrase: str, counted: str) -> Topic:
        claim = figure_claim(
            doc_, phrase, low=9, high=9, counted=counted, measure=counted, kind="area", unit="acre"
        )
        return topic_of(claim, doc_, {})

    site = area(a, "nine-acre site", "site")
    assert relation(site, area(b, "9-acre complex", "complex"))[0] == "same"
    assert relation(site, area(c, "about 9 acres", "acres"))[0] == "same"
    # A park is land of its own, not the site the fire took.
    assert relation(site, area(d, "9-acre park", "park"))[0] == "apart"


def test_measures_a_noun_ending_in_double_s_keeps_its_head() -> None:
    a = doc("a", "The flood closed 40 businesses in Torvald on Monday.", "P")
    b = doc("b", "The flood closed about 40 business in Torvald on Monday.", "Q")
    c = doc("c", "The flood closed 40 buses in Torvald on Monday.", "R")
    d = doc("d", "The flood closed 40 bus routes in Torvald on Monday.", "S")

    def closed(doc_: Document, phrase: str, counted: str) -> Topic:
        claim = figure_claim(doc_, phrase, low=40, high=40, counted=counted, measure=counted)
        return topic_of(claim, doc_, {})

    # "Business" and "businesses" name one kind of thing, as do "bus" and "buses".
    assert closed(a, "40 businesses", "businesses").population == "business"
    assert closed(b, "40 business", "business").population == "business"
    assert closed(c, "40 buses", "buses").population == "bus"
    assert closed(d, "40 bus", "bus").population == "bus"


def test_measures_a_superlative_before_the_figure_closes_its_since() -> None:
    scope = "since Kelvara adopted a constitution"
    a = doc(
        "a", "The vote, the first since Kelvara adopted a constitution, had 288 candidates.", "P"
    )
    b = doc("b", "Since Kelvara adopted a constitution, 288 candidates have registered.", "Q")

    def candidates(d: Document) -> Topic:
        claim = figure_claim(
            d, "288 candidates", low=288, high=288, counted="candidates", scope=scope
        )
        return topic_of(claim, d, {})

    # "The first since ..." ranks the vote: the candidates are counted over no span.
    assert not candidates(a).window.cumulative
    assert candidates(b).window.cumulative


def test_measures_robbers_are_the_men_who_raided_when_the_counts_agree() -> None:
    a = doc("a", "Four robbers made off with watches from a jeweller in Torvald.", "Coast Post")
    b = doc("b", "Four men rammed their car into a jeweller in Torvald.", "Valley News")
    c = doc("c", "Four men drove a van through the window of a jeweller in Torvald.", "Hill")
    d = doc("d", "Three men rammed their car into a jeweller in Torvald.", "Bay Times")
    e = doc("e", "Four men were killed when a jeweller in Torvald collapsed.", "Mail")
    claims = [
        amount(a, "Four robbers", 4, counted="robbers", measure="robbers"),
        amount(b, "Four men", 4, counted="men", measure="men"),
        amount(c, "Four men", 4, counted="men", measure="men"),
        amount(d, "Three men", 3, counted="men", measure="men"),
        amount(e, "Four men", 4, counted="men", measure="men killed"),
    ]
    topics = {c.id: topic_of(c, docs, {}) for c, docs in zip(claims, (a, b, c, d, e), strict=True)}
    # How many robbers there were is how many did the deed: those who rammed the store,
    # and the four men of whom the report says nothing else.
    assert topics[claims[0].id].state == topics[claims[1].id].state == "attacking"
    found = sorted(tuple(c.doc for c in m) for m in measures(claims[:4], topics))
    # Three men who rammed a store are no part of four robbers.
    assert found == [("a", "b", "c"), ("d",)]
    # Men a collapse killed are no robbers, whatever their number.
    assert relation(topics[claims[0].id], topics[claims[4].id])[0] == "apart"


def test_measures_police_a_deed_was_aimed_at_are_not_in_the_state_of_its_victim() -> None:
    aimed = doc(
        "a",
        "The teenager was shot and killed after pointing a gun at two officers who "
        "approached him in Torvald.",
        "Post",
    )
    met = doc("b", "The man was shot during a confrontation with two officers in Torvald.", "News")
    hurt = doc("c", "The gunman fired at two officers wounded in the exchange.", "Wire")
    mob = doc("d", "The teenager was shot and killed after pointing a gun at two men.", "Mail")

    def two(document: Document, counted: str) -> Topic:
        phrase = f"two {counted}"
        claim = figure_claim(
            document, phrase, low=2, high=2, qualifiers=(), counted=counted, measure=counted
        )
        return topic_of(claim, document, {})

    # The teenager was killed and the man shot, not the officers they faced.
    assert two(aimed, "officers").state not in {"killed", "casualties"}
    assert two(met, "officers").state not in {"killed", "casualties"}
    # What the officers' own words say befell them still does.
    assert two(hurt, "officers").state == "injured"
    # Only a force is read so: people a gun was pointed at keep the sentence's reading.
    assert two(mob, "men").state == "killed"


def test_measures_one_named_group_counted_by_two_nouns_is_one_count_when_they_agree() -> None:
    a = doc("a", "The navy held 26 Varkan smugglers.", "Coast Post")
    b = doc("b", "The three boats had 26 Varkan crew on board.", "Valley News")
    c = doc("c", "The three boats had 20 Varkan crew on board.", "Hill Daily")
    d = doc("d", "The three boats had 26 crew on board.", "Bay Times")

    def count(d: Document, phrase: str, value: int, counted: str, measure: str) -> Claim:
        return amount(d, phrase, value, counted=counted, measure=measure)

    smugglers = count(a, "26 Varkan smugglers", 26, "smugglers", "Varkan smugglers")
    crew = count(b, "26 Varkan crew", 26, "crew", "Varkan crew")
    fewer = count(c, "20 Varkan crew", 20, "crew", "Varkan crew")
    unnamed = count(d, "26 crew", 26, "crew", "crew")
    topics = {
        claim.id: topic_of(claim, document, {})
        for claim, document in ((smugglers, a), (crew, b), (fewer, c), (unnamed, d))
    }
    # Members of one named group, named by their role in one report and as a vessel's
    # crew in another: one count when the values agree, never in dispute.
    assert relation(topics[smugglers.id], topics[crew.id])[0] == "nested"
    assert relation(topics[smugglers.id], topics[unnamed.id])[0] == "apart"
    found = {frozenset(c.id for c in m) for m in measures([smugglers, crew, fewer], topics)}
    assert frozenset({smugglers.id, crew.id}) in found
    assert frozenset({fewer.id}) in found


def test_measures_one_named_group_s_classes_of_people_stay_apart() -> None:
    a = doc("a", "Two Varkan soldiers were killed.", "Coast Post")
    b = doc("b", "Two Varkan civilians were killed.", "Valley News")

    def killed(d: Document, phrase: str, counted: str) -> Topic:
        claim = figure_claim(
            d, phrase, low=2, high=2, counted=counted, measure=f"Varkan {counted} killed",
            qualifiers=("killed",),
        )  # fmt: skip
        return topic_of(claim, d, {})

    soldiers = killed(a, "Two Varkan soldiers", "soldiers")
    civilians = killed(b, "Two Varkan civilians", "civilians")
    assert relation(soldiers, civilians)[0] == "apart"


def test_measures_things_each_of_another_measure_are_other_things() -> None:
    a = doc("a", "He was imprisoned on three 10-year sentences in Torvald.", "Coast Post")
    b = doc("b", "He is serving three life sentences in Torvald.", "Valley News")
    c = doc("c", "He is serving three sentences in Torvald.", "Hill Daily")

    def sentences(d: Document, phrase: str, counted: str) -> Topic:
        return topic_of(amount(d, phrase, 3, counted=counted, measure="sentences"), d, {})

    ten = sentences(a, "three 10-year sentences", "year sentences")
    life = sentences(b, "three life sentences", "life sentences")
    bare = sentences(c, "three sentences", "sentences")
    assert (ten.each, life.each, bare.each) == ("10 year", "life", None)
    assert relation(ten, life)[0] == "apart"
    assert relation(ten, bare)[0] == "same"
    assert relation(life, bare)[0] == "same"
    assert each_measured("two 40 - foot containers") == "40 foot"
    assert each_measured("a 3-year-old boy") is None
    assert each_measured("two life vests") is None
    assert each_measured("a one-seat majority") is None  # the count itself


def _days(d: Document, phrase: str, value: float, counted: str | None) -> Claim:
    return figure_claim(
        d,
        phrase,
        low=value,
        high=value,
        counted=counted,
        measure="duration",
        qualifiers=(),
        kind="duration",
        unit="day",
    )


@pytest.mark.parametrize(
    ("text", "phrase", "counted"),
    [
        ("Ada Varga checked into a clinic in Kelvara for a 90-day stay.", "90-day stay", "stay"),
        (
            "Ada Varga must finish 90 days of treatment in Kelvara.",
            "90 days of treatment",
            "treatment",
        ),
        (
            "Ada Varga began a 90-day court-mandated rehab in Kelvara.",
            "90-day court",
            "court",
        ),
        ("Ada Varga had spent 90 days at the clinic in Kelvara.", "90 days", None),
        ("Ada Varga recalled the 90 days she spent in Kelvara.", "90 days", None),
        ("After serving 90 days, Ada Varga left Kelvara.", "90 days", None),
    ],
)
def test_measures_a_persons_stay_or_treatment_is_how_long_someone_spent(
    text: str, phrase: str, counted: str | None
) -> None:
    d = doc("a", text, "Coast Post")
    assert topic_of(_days(d, phrase, 90, counted), d, {}).population == PERSON_TIME


def test_measures_one_stay_named_by_two_nouns_is_one_length_only_when_they_agree() -> None:
    a = doc("a", "Ada Varga checked into a clinic in Kelvara for a 90-day stay.", "Coast Post")
    b = doc("b", "Ada Varga began 90 days of treatment in Kelvara.", "Valley News")
    c = doc("c", "Ada Varga has a 30-day follow-up in Kelvara.", "Hill Daily")
    stay = topic_of(_days(a, "90-day stay", 90, "stay"), a, {})
    treatment = topic_of(_days(b, "90 days of treatment", 90, "treatment"), b, {})
    follow_up = topic_of(_days(c, "30-day follow-up", 30, "follow-up"), c, {})
    # "a 90-day stay" and "90 days of treatment": one length of her time there, one only
    # when the values agree; a follow-up is another span of hers, never the stay.
    assert relation(stay, treatment)[0] == "nested"
    assert relation(stay, follow_up)[0] == "apart"


def test_measures_a_court_or_a_term_is_no_span_of_its_own() -> None:
    a = doc("a", "Tomas Brandt was sentenced to 90 days in jail in Kelvara.", "Coast Post")
    b = doc("b", "The Kelvara court sat for 90 days of hearings.", "Valley News")
    # A prison term stays a term, and a noun that a hyphened word does not describe is no
    # stay: "90 days of hearings" is not someone's time in a place.
    assert topic_of(_days(a, "90 days", 90, None), a, {}).population != PERSON_TIME
    assert (
        topic_of(_days(b, "90 days of hearings", 90, "hearings"), b, {}).population != PERSON_TIME
    )


def _years(d: Document, phrase: str, value: float, counted: str | None) -> Topic:
    claim = figure_claim(
        d,
        phrase,
        low=value,
        high=value,
        counted=counted,
        measure="duration",
        qualifiers=(),
        kind="duration",
        unit="year",
    )
    return topic_of(claim, d, {})


def test_measures_years_a_person_served_or_spent_are_one_length_whatever_the_noun() -> None:
    a = doc("a", "Tomas Brandt had served only a five-year drug term in 1990.", "Coast Post")
    b = doc("b", "After serving five years, Brandt returned to Kelvara.", "Valley News")
    c = doc(
        "c", "Brandt had been a member of the Kelvara unit for the past five years.", "Hill Daily"
    )
    d = doc("d", "Tomas Brandt was sentenced to five years in prison.", "Plain Times")
    term = _years(a, "five-year drug term", 5, "term")
    served = _years(b, "five years", 5, None)
    member = _years(c, "five years", 5, None)
    sentence = _years(d, "five years", 5, None)
    # Time someone served or spent, whichever noun a report names it by: one length when
    # the values agree.
    assert {term.population, served.population, member.population} == {PERSON_TIME}
    assert relation(term, served)[0] == "nested"
    # The sentence a court gives is another span than the time served.
    assert relation(sentence, served)[0] == "apart"


def test_measures_how_long_a_piece_of_work_takes_is_one_length_whatever_the_subject() -> None:
    a = doc("a", "Kelvara Telecom said it would take 12 days to repair the cable.", "Coast Post")
    b = doc("b", "The break would take 12 days to fix, the Kelvara operator said.", "Valley News")
    c = doc("c", "The total repair time will be around 12 days in Kelvara.", "Hill Daily")
    d = doc("d", "The Kelvara outage would last 12 days.", "Plain Times")
    took = _days(a, "12 days", 12, None)
    fix = _days(b, "12 days", 12, "break")
    time = _days(c, "12 days", 12, "time")
    # How long the work takes, whether told by "take ... to" or by "repair time".
    assert {topic_of(x, y, {}).population for x, y in ((took, a), (fix, b), (time, c))} == {
        PERSON_TIME
    }
    # How long something lasted is not how long someone took to do something.
    assert topic_of(_days(d, "12 days", 12, "outage"), d, {}).population != PERSON_TIME


def test_measures_how_long_it_took_the_jury_is_its_deliberation() -> None:
    d = doc(
        "a",
        "It took the jury of six men and six women four hours to choose death in Kelvara.",
        "Coast Post",
    )
    claim = figure_claim(
        d,
        "four hours",
        low=4,
        high=4,
        counted=None,
        measure="duration",
        qualifiers=(),
        kind="duration",
        unit="hour",
    )
    assert topic_of(claim, d, {}).population == "deliberation"


def test_measures_a_length_of_time_is_in_no_state_its_sentence_tells_of_people() -> None:
    a = doc("a", "Brandt was injured, and a 10-second runoff ended the half.", "Coast Post")
    b = doc("b", "Brandt left the field, and a 10-second runoff ended the half.", "Valley News")

    def runoff(d: Document) -> Topic:
        claim = amount(
            d, "10-second runoff", 10, counted="runoff", measure="duration of runoff",
            kind="duration", unit="second",
        )  # fmt: skip
        return topic_of(claim, d, {})

    # "injured" and "left" befell a player: the runoff is one length of time in both
    first, second = runoff(a), runoff(b)
    assert first.state == second.state == "other"
    assert relation(first, second)[0] == "same"


def test_measures_a_crowd_of_a_report_dated_to_a_range_of_days_may_be_its_own_days() -> None:
    # A march told on 12 May 2031, and a crowd of no stated day in a report that the
    # evidence dates only to 9 to 14 May: it may have come out the day of the march, so
    # the two crowds are not set apart as two gatherings; a report surely of 9 May is.
    day = dt.date(2031, 5, 12).toordinal()
    dated = topic(state="protesting", population="people", event=(day, day))
    ranged = topic(state="protesting", population="people", reported=(day - 3, day + 2))
    before = topic(state="protesting", population="people", reported=(day - 3, day - 3))
    assert "no stated day" not in relation(dated, ranged)[1]
    assert "no stated day" in relation(dated, before)[1]


def test_measures_one_report_s_stray_value_keeps_no_count_of_people_out() -> None:
    # Three reports give three injured and one gives five; a fifth report's "three
    # co-workers", of whom it says nothing, are those three injured: the one report's five
    # does not keep them out. With only two reports giving three, five is no stray.
    hurt = topic(state="injured")
    said = [
        figure_claim(doc(f"r{n}", f"Three hurt, report {n} said.", "Wire"), "Three", low=3, high=3)
        for n in range(3)
    ]
    five = figure_claim(doc("f", "Five people were hurt.", "Wire"), "Five", low=5, high=5)
    quiet = figure_claim(doc("z", "She found three co-workers.", "Wire"), "three", low=3, high=3)
    topics = {c.id: hurt for c in [*said, five]}
    topics[quiet.id] = topic(state=UNSAID)
    home = next(m for m in measures([*said, five, quiet], topics) if quiet in m)
    assert len(home) == 5
    found = measures([*said[:2], five, quiet], topics)
    assert next(m for m in found if quiet in m) == (quiet,)


def test_measures_a_role_noun_harmed_in_its_own_words_counts_people() -> None:
    # No class of people lists worshippers; being killed says they are people, the ones
    # "six people were killed" counts, and so are "the six worshippers" a report repeats.
    a = doc("a", "Gunmen killed six worshippers at the Torvald mosque.", "Coast Post")
    b = doc("b", "Six people were killed at the Torvald mosque.", "Valley News")
    c = doc("c", "The six worshippers had gathered for prayers in Torvald.", "Hill Daily")
    d = doc("d", "Some 200 worshippers were inside the Torvald mosque.", "Wire")
    e = doc("e", "Nine people were killed in Torvald, police said.", "Star")

    def count(d: Document, phrase: str, value: int, counted: str, said: str = "") -> Claim:
        return figure_claim(
            d, phrase, low=value, high=value, counted=counted, qualifiers=(said,) if said else (),
            measure=f"{counted} {said} in Torvald".replace("  ", " "), where=TORVALD.id,
        )  # fmt: skip

    worshippers = count(a, "six worshippers", 6, "worshippers", "killed")
    people = count(b, "Six people", 6, "people", "killed")
    repeated = count(c, "The six worshippers", 6, "worshippers")
    inside = count(d, "Some 200 worshippers", 200, "worshippers")
    nine = count(e, "Nine people", 9, "people", "killed")
    places = {TORVALD.id: TORVALD}
    told = topic_of(worshippers, a, places)
    assert (told.population, told.state) == ("civilians", "killed")
    # A role's count is a part of all people killed: one count only when the values agree.
    assert relation(told, topic_of(nine, e, places))[0] == "nested"
    groups = reconcile([a, b, c, d], [TORVALD], [worshippers, people, repeated, inside]).groups
    held = {frozenset(g.claims) for g in groups if g.kind == "figure"}
    assert frozenset({worshippers.id, people.id, repeated.id}) in held
    assert not any(inside.id in g and len(g) > 1 for g in held)


def test_measures_people_taken_to_hospitals_are_in_hospital() -> None:
    # "Taken" alone is a place held; taken to one hospital or to several, they are in it.
    a = doc("a", "Thirty people were taken to hospitals in Torvald.", "Coast Post")
    b = doc("b", "Thirty people were rushed to a nearby hospital in Torvald.", "Valley News")

    def taken(d: Document, verb: str) -> Claim:
        return figure_claim(
            d, "Thirty people", low=30, high=30, counted="people", qualifiers=(verb,),
            measure="people",
        )  # fmt: skip

    assert topic_of(taken(a, "taken"), a, {}).state == "hospitalised"
    assert topic_of(taken(b, "rushed"), b, {}).state == "hospitalised"


def test_measures_a_bombing_on_the_ground_is_no_air_raid_a_toll_died_in() -> None:
    # The suicide bombing is the story's own attack: its toll and another report's toll of
    # no cause are one count, in dispute when they differ.
    a = doc("a", "A suicide bombing at a Torvald market killed 17 people.", "Coast Post")
    b = doc("b", "Eighteen people were killed in Torvald, police said.", "Valley News")
    c = doc("c", "Bombing raids on Torvald killed 17 people.", "Hill Daily")

    def toll(d: Document, phrase: str, value: int) -> Topic:
        return topic_of(figure_claim(d, phrase, low=value, high=value), d, {})

    bombing, other, raids = (
        toll(a, "17 people", 17),
        toll(b, "Eighteen people", 18),
        toll(c, "17 people", 17),
    )
    assert bombing.cause is None
    assert relation(bombing, other)[0] == "same"
    assert raids.cause == "airstrikes"
