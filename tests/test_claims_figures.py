"""read_figures: counted noun, qualifiers and measure, place, time scope, breakdowns, properties.

Sentences are invented for these tests and parsed with the real English model. Place and
group names are given as entities by hand, so the tests do not depend on what the small
NER model happens to label.
"""

from __future__ import annotations

import re
from dataclasses import FrozenInstanceError
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triangulate.claims.entity_index import EntityIndex
from triangulate.claims.figures import FigureSpan, read_figures
from triangulate.model import Document, Entity, Mention, Published
from triangulate.model.entity import EntityType
from triangulate.nlp.spacy_model import parse
from triangulate.nlp.tokens import Tree

# Names the tests treat as places or groups wherever they occur.
PLACES = ("Tartus", "Aleppo", "Homs", "Mosul", "Kabul", "Idlib", "Cairo", "Basra", "Sirte")
GROUPS = ("NLA", "Red Brigade")
FACILITIES = ("Old Bridge",)


def _entities(text: str) -> tuple[Entity, ...]:
    """One entity per known name found in the text, with every occurrence as a mention."""
    typed: list[tuple[str, EntityType]] = [(n, "GPE") for n in PLACES]
    typed += [(n, "ORG") for n in GROUPS]
    typed += [(n, "FAC") for n in FACILITIES]
    out = []
    for n, (name, kind) in enumerate(typed):
        mentions = tuple(
            Mention(doc="t", start=m.start(), end=m.end(), text=name, label=kind)
            for m in re.finditer(rf"\b{re.escape(name)}\b", text)
        )
        if mentions:
            out.append(Entity(id=f"e{n}", name=name, type=kind, aliases=(name,), mentions=mentions))
    return tuple(out)


def _document(text: str) -> Document:
    """One undated report holding ``text``."""
    return Document(
        id="t",
        source="t",
        title=None,
        outlet=None,
        text=text,
        sha256="",
        published=Published.unknown(),
    )


@lru_cache(maxsize=256)
def read(text: str) -> tuple[FigureSpan, ...]:
    """Parse ``text`` with the real model and read its figures (cached per text)."""
    parsed = next(parse([("t", text)]))
    return read_figures(_document(text), Tree(parsed.tokens), EntityIndex(_entities(text), "t"))


def only(text: str) -> FigureSpan:
    """The single figure of ``text``."""
    found = read(text)
    assert len(found) == 1, [text[f.start : f.end] for f in found]
    return found[0]


def place_name(text: str, span: FigureSpan) -> str | None:
    names = {e.id: e.name for e in _entities(text)}
    return names.get(span.place) if span.place else None


# --------------------------------------------------------------------------------------------
# What is counted.


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # the number modifies the noun, adjectives in between
        ("Police said 600 armed guards patrolled the harbour.", "guards"),
        ("Witnesses saw 35 burned trucks on the highway.", "trucks"),
        # an "of" phrase after a vague or exact number
        ("Rescuers found dozens of cars buried under the mud.", "cars"),
        ("The army now controls about 60 percent of the town.", "town"),
        # an elided noun: the subject of the verb the number completes
        ("The death toll from the storm rose to more than 300.", "death toll"),
        # a percentage with no "of" phrase shares what its subject names
        ("The jobless rate climbed to 7 percent last year.", "rate"),
        # a container noun gives way to what it holds
        ("Reports showed the number of patrols falling to fewer than 10.", "patrols"),
        # the end of an estimate, told "as high as", stands where "at" would: the object of
        # the verb it hangs on, never the verb's subject
        ("Some estimates put the toll as high as 100.", "toll"),
        ("Some estimates put the toll at about 100.", "toll"),
        ("Officials said the toll in Varga could be as high as 100.", "toll"),
    ],
)
def test_claims_figures_counted_noun(text: str, counted: str) -> None:
    assert only(text).figure.counted == counted


def test_claims_figures_pronoun_counted_takes_antecedent_in_measure() -> None:
    text = "Police arrested 40 protesters in Cairo and released 25 of them."
    first, second = read(text)
    assert first.figure.counted == "protesters"
    assert second.figure.counted == "them"
    assert "protester" in second.figure.measure
    assert second.parent is None


def test_claims_figures_pronoun_without_antecedent_counts_an_unknown() -> None:
    # Nothing before "it" or "them" says what they are: the measure must not be built
    # from the pronoun ("percent of it", "theys"), or unrelated figures would share it.
    text = "Officials said 60 percent of it was under water, and 12 of them drowned."
    share, count = read(text)
    assert share.figure.counted == "it" and count.figure.counted == "them"
    assert share.figure.measure == "percent of unknown"
    assert count.figure.measure.split()[0] == "unknown"


def test_claims_figures_bare_percent_shares_the_previous_base() -> None:
    text = (
        "Rebels now hold about 70 percent of the province. "
        "Estimates vary between 60 and 75 percent."
    )
    first, second = read(text)
    assert first.figure.counted == second.figure.counted == "province"
    assert second.figure.measure == first.figure.measure == "percent of province controlled"


def test_claims_figures_time_words_are_not_counted() -> None:
    figure = only("The jobless rate climbed to 7 percent last year.")
    assert figure.figure.scope == "last year"


# --------------------------------------------------------------------------------------------
# Qualifiers and measure.


def test_claims_figures_active_and_wounded_fighters_are_different_measures() -> None:
    active = only("Officials said 200 active fighters stayed in Kabul.")
    wounded = only("Officials said 200 wounded fighters stayed in Kabul.")
    assert "active" in active.figure.qualifiers
    assert "wounded" in wounded.figure.qualifiers
    assert active.figure.measure == "active fighters remaining in Kabul"
    assert wounded.figure.measure == "fighters wounded in Kabul"
    assert "wounded" in wounded.figure.measure and "active" not in wounded.figure.measure


def test_claims_figures_cause_keeps_airstrikes_apart_from_mines() -> None:
    air = only("Medics said 40 civilians killed by airstrikes were buried in Homs.")
    mines = only("Medics said 40 civilians killed by mines were buried in Homs.")
    assert air.figure.measure == "civilians killed by airstrikes in Homs"
    assert mines.figure.measure == "civilians killed by mines in Homs"
    assert text_of(air, "Medics said 40 civilians killed by airstrikes were buried in Homs.") == (
        "40 civilians killed by airstrikes"
    )


def test_claims_figures_a_figure_added_to_is_no_cause() -> None:
    # "in addition to the four who died" adds to the count; it says nothing of the cause
    text = "In addition to the four who died, 9 people were hurt in Homs."
    dead, hurt = read(text)
    assert hurt.figure.measure == "people wounded in Homs"
    assert not any("addition" in q for q in hurt.figure.qualifiers)
    assert "killed" in dead.figure.measure


def text_of(span: FigureSpan, text: str) -> str:
    return text[span.start : span.end]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # synonyms of the counted noun meet on one label; the state is normalised
        ("Nearly 900 militants have fled Sirte.", "fighters fled from Sirte"),
        ("Nearly 900 jihadists escaped from Sirte.", "fighters fled from Sirte"),
        ("About 70 residents were killed in Basra.", "civilians killed in Basra"),
        ("About 70 citizens died in Basra.", "civilians killed in Basra"),
        # a group named on the counted noun is the actor
        ("At least 50 NLA fighters remain in Idlib.", "NLA fighters remaining in Idlib"),
        # control of a share of territory
        (
            "The Red Brigade holds 45 percent of Aleppo.",
            "percent of Aleppo controlled by Red Brigade",
        ),
    ],
)
def test_claims_figures_measure_is_normalised(text: str, measure: str) -> None:
    assert only(text).figure.measure == measure


def test_claims_figures_a_hyphened_prefix_stays_joined_in_the_measure() -> None:
    figure = only("Police said 300 anti-government protesters marched in Aleppo.").figure
    assert figure.measure.startswith("anti-government protesters")


def test_claims_figures_subject_predicate_is_a_qualifier() -> None:
    figure = only("Some 300 families were evacuated from Mosul.").figure
    assert "evacuated" in figure.qualifiers
    assert figure.measure == "families fled from Mosul"


# --------------------------------------------------------------------------------------------
# Place and time.


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("At least 12 people were injured in Aleppo on Tuesday.", "Aleppo"),
        ("About 500 families have fled Mosul since April.", "Mosul"),
        # "the city" refers to the place the text called a city
        ("Fighting spread across Homs city. Around 40 shops in the city burned.", "Homs"),
        # ... and first the town named before it in its own sentence
        (
            "Crowds marched in Aleppo. Police in Aleppo made arrests. Violence spread to Homs, "
            "where 2,000 people joined the city's marches.",
            "Homs",
        ),
        # no place phrase: the nearest place in the sentence
        ("Near Tartus, officials counted 80 damaged boats.", "Tartus"),
        # a list of places sets no paragraph's setting: the place named before it does
        (
            "Riots shook Aleppo on Monday.\nMarches spread to Homs, Idlib and Cairo.\n"
            "Police arrested 40 people.",
            "Aleppo",
        ),
        ("Officials counted 80 damaged boats.", None),
        # a population belongs to the place it is set off after or said of, not the next one
        ("The quake rocked Sirte, a town of about 15,000 people near Tartus.", "Sirte"),
        ("Rescuers flew the injured to Homs, a city of 800,000 people near Idlib.", "Homs"),
        (
            "The quake shook Idlib, which lies close to Aleppo and is home to about 100,000 "
            "people.",
            "Idlib",
        ),
    ],
)
def test_claims_figures_place(text: str, place: str | None) -> None:
    figure = only(text)
    assert place_name(text, figure) == place


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("At least 12 people were injured in Aleppo on Tuesday.", "on Tuesday"),
        ("About 500 families have fled Mosul since April.", "since April"),
        ("Nearly 900 refugees crossed the border in the past two weeks.", "in the past two weeks"),
        (
            "More than 60 shops have closed since the floods began in March.",
            "since the floods began in March",
        ),
        ("Officials counted 80 damaged boats.", None),
        # an age is no time scope
        ("Two clerks, between 20 and 30 years old, were injured in the blast.", None),
        ("The shooting of a 16-year-old injured 12 people.", None),
        # the teller's description dates the teller, not the figure it reports
        (
            "The Varga Relief Committee, a local body set up by residents in 2019, said it "
            "had opened three shelters.",
            None,
        ),
        ("The Tallis Red Cross, which was founded in 1998, said it had treated 40 people.", None),
        # ... while a clause describing the event the figure counts still dates it
        ("The attack, which took place on Monday, killed 12 people, police said.", "on Monday"),
    ],
)
def test_claims_figures_time_scope(text: str, scope: str | None) -> None:
    figure = only(text)
    assert figure.figure.scope == scope
    if scope is None:
        assert figure.scope_start is None and figure.scope_end is None
    else:
        assert figure.scope_start is not None and figure.scope_end is not None
        assert text[figure.scope_start : figure.scope_end] == scope


# --------------------------------------------------------------------------------------------
# Breakdowns, durations, what is dropped.


def test_claims_figures_breakdown_points_to_total() -> None:
    text = "The attack killed 90 people, including 14 children and 9 women."
    total, children, women = read(text)
    assert (total.parent, children.parent, women.parent) == (None, 0, 0)
    # a part takes the state of its total
    assert children.figure.measure == "children killed"


def test_claims_figures_separate_totals_have_no_parent() -> None:
    text = "Floods destroyed 120 homes and damaged 45 bridges."
    assert [f.parent for f in read(text)] == [None, None]


def test_claims_figures_durations_that_date_a_figure_are_scopes() -> None:
    figure = only("In the past two weeks, 250 soldiers were wounded.")
    assert figure.figure.low == 250
    assert figure.figure.kind == "count"
    assert figure.figure.scope == "In the past two weeks"


def test_claims_figures_length_of_an_event_is_a_figure_and_a_scope() -> None:
    # the fighting's length is reported, and it still dates the count
    days, soldiers = read("In about 30 days of fighting, 250 soldiers were wounded.")
    assert (days.figure.kind, days.figure.low) == ("duration", 30)
    assert (soldiers.figure.low, soldiers.figure.scope) == (250, "In about 30 days")


def test_claims_figures_pronoun_one_and_small_counts() -> None:
    text = "One of the guards said the rebels attacked from two directions."
    figure = only(text)
    assert text_of(figure, text) == "two directions"
    assert figure.figure.counted == "directions"


def test_claims_figures_values_come_from_the_quantity() -> None:
    figure = only("Between 600 and 700 volunteers arrived.").figure
    assert (figure.low, figure.high, figure.hedge) == (600, 700, "range")
    vague = only("Hundreds of volunteers arrived.").figure
    assert vague.vague and vague.hedge == "vague" and vague.high is None


def test_claims_figures_record_is_frozen() -> None:
    figure = only("Officials counted 80 damaged boats.")
    with pytest.raises(FrozenInstanceError):
        figure.start = 0  # type: ignore[misc]


# --------------------------------------------------------------------------------------------
# Line breaks, durations, elided nouns, event scopes, labels, places and fractions.


def test_claims_figures_span_never_crosses_a_line_break() -> None:
    text = "Ferry toll climbs to about 30\n\nAbout 30 passengers were rescued near Basra."
    headline, body = read(text)
    assert text_of(headline, text) == "about 30"
    assert text_of(body, text) == "About 30 passengers"
    assert headline.figure.counted == "toll"
    # what the body says about its passengers is not read into the headline
    assert "passengers" not in headline.figure.measure


@pytest.mark.parametrize(
    "text",
    [
        "The dyke broke eight days ago.",
        "Six months prior to the flood, the dyke was inspected.",
        "Three days into the strike, the port was still shut.",
        "The notice was posted 1 year, 160 days ago.",
        "The next inspection is three weeks away.",
        # on some day; the standard of a comparison; after a preposition of no time
        "One night, the pilot walked along the beach.",
        "No lease has run longer than eight years.",
        "The offer now stands at eight years.",
        # a plan, not yet a fact
        "The crew plans to spend six weeks on the ice.",
        # the time allowed for something is a window, as "a 60-day window" is
        "The law gives the council 60 days to review the plan.",
        # "second" before a hyphen is an ordinal, not a unit after a year
        "The 2006 second-overall pick played in the final.",
        "Two weeks before the vote, the bridge was closed.",
        "The valley has not flooded in more than 25 years.",
        "Lawmakers held a minute of silence for the drowned.",
        "On the one-week anniversary of the flood, the mayor spoke.",
        # a time of a game or a day, no delay
        "They pulled away during 5 minutes late in the game.",
        # "the last two weeks": an adjective of time, no verb of lasting
        "In the last two weeks, the project stalled.",
        # numbers listed before the unit and "ago" all date something
        "The dykes were built 20 and 50 years ago.",
        # how long someone has been asking or saying something: the speaking's time scope
        "The union has repeatedly asked the port to publish its accounts for the past two weeks.",
        "Residents have been calling for a new dyke for the last three years.",
    ],
)
def test_claims_figures_durations_that_are_no_fact_are_not_figures(text: str) -> None:
    assert read(text) == ()


@pytest.mark.parametrize(
    ("text", "phrase", "low", "unit"),
    [
        ("The siege lasted 45 days.", "45 days", 45, "day"),
        ("Dockers began a 24-hour strike at dawn.", "24-hour", 24, "hour"),
        ("The ferry captain was jailed for 15 years.", "15 years", 15, "year"),
        # a term faced or served, and probation: the fact a court report gives
        (
            "If convicted, the driver faces up to 25 years in a state prison.",
            "up to 25 years",
            25,
            "year",
        ),
        ("The mayor was given three years' probation on Friday.", "three years", 3, "year"),
        ("He could get 40 years to life when he is sentenced.", "40 years", 40, "year"),
        ("The judge gave him life in prison plus 20 years.", "20 years", 20, "year"),
        ("He got 8 years in state prison.", "8 years", 8, "year"),
        ("The charge is a felony punishable by up to 7 years.", "up to 7 years", 7, "year"),
        ("The count carries a maximum sentence of 10 years.", "10 years", 10, "year"),
        ("The port was calm after eight days of riots.", "eight days", 8, "day"),
        ("A week of storms cut the island off.", "A week", 1, "week"),
        ("The ground shook for about a minute.", "about a minute", 1, "minute"),
        # how long, whatever came after it
        (
            "The blaze was fought for nearly eight hours before it died.",
            "nearly eight hours",
            8,
            "hour",
        ),
        # a duration no preposition of time leads is what its clause reports
        ("The pilot waited three nights in the cabin.", "three nights", 3, "night"),
        ("Crews spent two weekends on the dykes.", "two weekends", 2, "weekend"),
        ("The term of a councillor is four years.", "four years", 4, "year"),
        ("It took the jury just over two hours to decide.", "just over two hours", 2, "hour"),
        ("Engineers argued for four decades about the canal.", "four decades", 4, "decade"),
        # the subject of a modal verb
        ("On the larger disk, 150 hours can be stored.", "150 hours", 150, "hour"),
        # how far a time moved: a delay, an extension, a late arrival
        ("The ferry was delayed by four hours.", "four hours", 4, "hour"),
        ("The permit was extended by six months.", "six months", 6, "month"),
        # ... with the thing moved (up to seven words) between the verb and "by"
        (
            "Tallis extended the comment period on the Orvel dyke by six months.",
            "six months",
            6,
            "month",
        ),
        ("The relief convoy arrived two days late.", "two days", 2, "day"),
        # a term written as one word, its years left out
        ("The driver was sentenced to 25-to-life.", "25", 25, "year"),
        ("The driver got 15 - to - life on Friday.", "15", 15, "year"),
        # a term to serve, whatever follows it; how long a state has gone on until now
        (
            "He must serve a minimum of 25 years before he is eligible for parole.",
            "a minimum of 25 years",
            25,
            "year",
        ),
        (
            "The driver was sentenced to life with a minimum of 25 years.",
            "a minimum of 25 years",
            25,
            "year",
        ),
        ("The mayor has been in hospital for the past three weeks.", "three weeks", 3, "week"),
        ("The ferry has been stuck at the pier for the past two days.", "two days", 2, "day"),
        # how long someone served: a fact reports tell of a person, and compare
        ("The mayor, a 12-year veteran of the council, spoke.", "12-year", 12, "year"),
        ("Okoro, a 20 - year employee, was let go.", "20 - year", 20, "year"),
        ("The captain ended a 30-year career at sea.", "30-year", 30, "year"),
        # how long a jury or a court took
        ("The jury reached its verdict in less than a day.", "less than a day", 1, "day"),
        ("Jurors convicted him in less than two hours.", "less than two hours", 2, "hour"),
        # how long a player or a worker is kept away, whatever time it is reckoned from
        ("Varga is expected to be out six weeks after surgery.", "six weeks", 6, "week"),
        ("The striker will miss three months after the operation.", "three months", 3, "month"),
        ("Reyes was sidelined for two weeks after the crash.", "two weeks", 2, "week"),
        # a duration's compound with another compound adjective after a comma before the noun
        ("In the one - day, non - jury trial, Varga was cleared.", "one - day", 1, "day"),
        ("After a 12-hour, closed-door meeting, Orvel voted.", "12-hour", 12, "hour"),
        # the time a game's clock had left
        ("Varga threw an interception with 4:48 remaining.", "4:48", 4.8, "minute"),
        # how long something has gone on, "for" before it, though a verb of having and "to"
        # stand around it as around a window
        (
            "Builders had been required for more than two decades to get a permit.",
            "more than two decades",
            2,
            "decade",
        ),
    ],
)
def test_claims_figures_durations_that_are_the_fact_are_figures(
    text: str, phrase: str, low: float, unit: str
) -> None:
    figure = only(text)
    assert text[figure.quantity.start : figure.quantity.end] == phrase
    stated = figure.figure.low if figure.figure.low is not None else figure.figure.high
    assert (figure.figure.kind, stated, figure.figure.unit) == ("duration", low, unit)
    # the duration is the fact, not its own time scope
    assert phrase not in (figure.figure.scope or "")


@pytest.mark.parametrize(
    ("text", "phrase", "low"),
    [
        # the time that passed before the outcome, beside the count it came to
        ("Rescuers freed 12 miners after 40 hours underground.", "40 hours", 40),
        ("The 9 hostages walked out after about 30 minutes.", "about 30 minutes", 30),
        # how long something went on, beside what it cost
        ("The council paid $800 for four hours of overtime.", "four hours", 4),
        ("A raft drifted for six days with 5 fishermen aboard.", "six days", 6),
        # how often
        ("Sirens sounded every 15 minutes in 3 towns.", "15 minutes", 15),
        # how long an event has gone on, as "eight days of riots"
        ("At least 70 were hurt in the riots over the past eight days.", "eight days", 8),
        # how long something was done, as "eight days of riots" is
        ("In 90 minutes of terror, 3 people were shot.", "90 minutes", 90),
        ("Police made 50 arrests in four nights of protesting.", "four nights", 4),
        # how long someone was in a state: on the run, in custody, in exile
        ("In 14 years on the run, he evaded 3 arrests.", "14 years", 14),
        ("After 3 days in custody, 2 suspects were freed.", "3 days", 3),
    ],
)
def test_claims_figures_durations_beside_another_figure_that_are_the_fact(
    text: str, phrase: str, low: float
) -> None:
    figures = read(text)
    durations = [f for f in figures if f.figure.kind == "duration"]
    assert [text[f.quantity.start : f.quantity.end] for f in durations] == [phrase]
    assert durations[0].figure.low == low
    assert len(figures) == 2


def test_claims_figures_time_reckoned_from_an_act_is_no_length() -> None:
    # "within 24 hours of landing" dates the count; it is no length of the landing
    figure = only("Within 24 hours of landing, 3 crew members fell ill.")
    assert (figure.figure.kind, figure.figure.low) == ("count", 3)


def test_claims_figures_a_toll_the_tagger_ran_into_a_place_name() -> None:
    text = "Kalamazoo Township 2 dead, 3 injured in office shooting"
    assert [(text_of(f, text), f.figure.measure) for f in read(text)] == [
        ("2 dead", "people killed"),
        ("3 injured", "people wounded"),
    ]


def test_claims_figures_a_multiple_killing_counts_homicides() -> None:
    text = "Police are investigating a double homicide in Basra."
    figure = only(text)
    assert (text_of(figure, text), figure.figure.low) == ("double homicide", 2)
    assert figure.figure.measure.startswith("homicides")


def test_claims_figures_a_harm_denied_is_no_state() -> None:
    # "were not hurt": the count is of those no harm befell, never of the wounded
    text = "Her 2 children were not hurt, but 4 neighbours were hurt."
    spared, hurt = read(text)
    assert (spared.figure.measure, hurt.figure.measure) == ("children", "neighbours wounded")


@pytest.mark.parametrize(
    "text",
    ["A mother of two was killed in the crash.", "The victim, a father of 3, died in Basra."],
)
def test_claims_figures_a_parents_count_is_of_children(text: str) -> None:
    # the children are counted, and what befell the parent did not befall them
    assert only(text).figure.measure.startswith("children")
    assert "killed" not in only(text).figure.measure


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # the noun a hyphen joins to the number is what it counts, not the noun after it
        ("Fire gutted a 10-storey block.", "10-storey", "storeys"),
        ("A 40 - car pile - up closed the road.", "40 - car", "cars"),
        ("A 12-member jury heard the case.", "12-member", "members"),
        ("The two-vehicle crash shut the road.", "two-vehicle", "vehicles"),
        # a margin said in the hyphened unit is a count of the margin
        ("The party holds a one-seat majority.", "one-seat majority", "majorities"),
    ],
)
def test_claims_figures_a_count_joined_to_its_noun_by_a_hyphen(
    text: str, phrase: str, measure: str
) -> None:
    figure = only(text)
    assert (text_of(figure, text), figure.figure.measure) == (phrase, measure)


def test_claims_figures_span_of_a_sum_over_years_is_its_scope() -> None:
    # "over" before the number reads as a hedge, and still frames the sum in time
    figure = only("The port was promised $160 million over eight years.")
    assert (figure.figure.kind, figure.figure.scope) == ("money", "over eight years")


def test_claims_figures_duration_beside_a_count() -> None:
    hours, roads = read("Volunteers worked 12 hours to clear 40 roads.")
    assert (hours.figure.kind, hours.figure.low) == ("duration", 12)
    assert roads.figure.counted == "roads"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # a preposition of measure on a noun or on a verb with an object
        ("Local radio: storm toll near 40 as roads close", "storm toll"),
        ("A charity put the toll between 30 and 35.", "toll"),
        ("Harbour officials put ferry deaths at about 20.", "ferry deaths"),
        ("The official death toll climbed to 52.", "death toll"),
        # money the object of a verb of cost measures the subject
        ("The new bridge cost $30 million.", "bridge"),
    ],
)
def test_claims_figures_counted_noun_of_elided_figures(text: str, counted: str) -> None:
    assert only(text).figure.counted == counted


def test_claims_figures_adjective_stands_in_for_an_elided_noun() -> None:
    text = "Medics said 31 people were confirmed dead and about 90 wounded."
    dead, wounded = read(text)
    assert dead.figure.counted == "people"
    assert wounded.figure.counted == "wounded"
    assert text_of(wounded, text) == "about 90 wounded"
    assert wounded.figure.measure == "people wounded"
    counted = only("Volunteers have counted between 20 and 25 dead in the valley.")
    assert counted.figure.counted == "dead"
    assert counted.figure.measure == "people killed"


def test_claims_figures_money_counts_the_act_it_pays_for() -> None:
    figure = only("The NLA appealed for $4 million to rebuild homes.").figure
    assert figure.counted == "appeal"
    assert figure.measure == "NLA appeal ($)"
    assert (figure.kind, figure.unit, figure.low) == ("money", "$", 4_000_000)
    # a bare "$" names no country: the currency is unknown unless the report says where
    assert (figure.currency, figure.currency_basis) == (None, "unknown")
    # a bare "in" phrase says what the money is; an idiom does not
    assert only("Donors sent $8 million in emergency aid.").figure.counted == "emergency aid"
    assert only("The fund lost $3 million in addition.").figure.counted != "addition"
    # the verb is named as written: a fine, never a "fin"
    assert only("The company was fined $40,000 for the spill.").figure.counted == "fine"
    # an adjective with a complement is no stand-in
    assert only("The bill fell eight short of the votes.").figure.counted != "short"


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Around 400 families have left Idlib since the earthquake.", "since the earthquake"),
        ("About 70 shops reopened after the ceasefire.", "after the ceasefire"),
        (
            "Some 900 people were displaced since the flood on Monday.",
            "since the flood on Monday",
        ),
        # a nominalisation is an event too
        ("Nearly 50 buses left after the evacuation.", "after the evacuation"),
        # "before" a body, not an event, is no time
        ("The 30 delegates spoke before the committee.", None),
    ],
)
def test_claims_figures_event_scope(text: str, scope: str | None) -> None:
    assert only(text).figure.scope == scope


def test_claims_figures_date_scope_preferred_to_an_event() -> None:
    # the parse hangs "on Friday" on the verb: two phrases, and the date wins
    text = "Crews said 15 sailors were missing after the storm in Basra on Friday."
    assert only(text).figure.scope == "on Friday"
    # a date on the event noun stays with it
    text = "Crews said 15 sailors were missing after the storm on Friday."
    assert only(text).figure.scope == "after the storm on Friday"


def test_claims_figures_event_clause_stops_at_a_comma() -> None:
    text = "About 80 cattle drowned since the levee broke on Friday, far more than feared."
    assert only(text).figure.scope == "since the levee broke on Friday"


def _scopes(text: str) -> dict[str, str | None]:
    return {text[f.start : f.end]: f.figure.scope for f in read(text)}


@pytest.mark.parametrize(
    ("text", "increment", "day", "total"),
    [
        (
            "Nine more people died of cholera in Sirte on Monday, taking the toll from such "
            "causes to 318.",
            "Nine more people",
            "on Monday",
            "318",
        ),
        (
            "Two guards were killed in Homs on Friday, raising the death toll to 41.",
            "Two guards",
            "on Friday",
            "41",
        ),
        (
            "Four more patients died in Basra on Tuesday, bringing the total number of deaths "
            "to 57.",
            "Four more patients",
            "on Tuesday",
            "57",
        ),
        (
            "The ministry said on Thursday that 12 more people had died, which brought the "
            "toll to 88.",
            "12 more people",
            "on Thursday",
            "88",
        ),
    ],
)
def test_claims_figures_running_total_takes_no_day_from_the_event_that_raised_it(
    text: str, increment: str, day: str, total: str
) -> None:
    # The day dates the deaths it tells of; the total they bring the count to holds as of
    # the telling, not for that one day.
    scopes = _scopes(text)
    assert scopes[increment] == day
    assert scopes[total] is None


def test_claims_figures_running_total_keeps_its_own_clause_time() -> None:
    text = "Three more miners died on Sunday, bringing the toll since the collapse in March to 29."
    scopes = _scopes(text)
    assert scopes["29"] == "since the collapse in March"
    assert scopes["Three more miners"] == "on Sunday"


@pytest.mark.parametrize(
    "text",
    [
        "Three more miners died on Sunday, bringing the toll since the collapse to 29.",
        "Rescuers found two more bodies in Dalby, bringing the toll since the collapse of the "
        "Varga bridge to 29.",
        "Two more climbers died on Orvel peak, bringing the death toll since the avalanche to 29.",
    ],
)
def test_claims_figures_running_total_counts_the_toll_past_its_time_phrase(text: str) -> None:
    # the parse hangs "to 29" on the noun of the phrase between ("since the collapse"): the
    # total still counts the toll carried up, never collapses or avalanches
    (total,) = [f for f in read(text) if text[f.start : f.end] == "29"]
    assert total.figure.counted in {"toll", "death toll"}
    assert total.figure.measure.startswith("people killed")


@pytest.mark.parametrize(
    "text",
    [
        "Police in Orvel arrested 35 protesters on Monday, bringing the total to 700.",
        "Police in Orvel arrested 35 protesters on Monday, bringing the total so far to 700.",
        "Guards in Dalby detained 12 miners on Friday, taking the tally to 90, Varga said.",
    ],
)
def test_claims_figures_a_bare_total_counts_what_the_clause_counted(text: str) -> None:
    # "the total" names nothing it counts: the 700 are those the clause's own count counts,
    # with its verb, and the total keeps no day of the act that raised it
    spans = {text[f.start : f.end]: f.figure for f in read(text)}
    (day,) = [f for t, f in spans.items() if t[:2] in {"35", "12"}]
    (total,) = [f for t, f in spans.items() if t[:2] in {"70", "90"}]
    assert total.measure == day.measure
    assert total.counted == day.counted
    assert total.qualifiers == day.qualifiers
    assert total.scope is None


def test_claims_figures_a_toll_carried_so_far_is_still_the_toll() -> None:
    text = "Nine people died in Tallis on Monday, taking the toll so far to 318."
    (total,) = [f for f in read(text) if text[f.start : f.end] == "318"]
    assert total.figure.measure.startswith("people killed")
    assert total.figure.scope is None


def test_claims_figures_a_date_still_covers_a_figure_of_another_clause() -> None:
    # Not a total a count is brought to: the sentence's one date scopes it.
    text = "Heavy rain flooded Basra on Friday, forcing 300 families from their homes."
    assert only(text).figure.scope == "on Friday"
    # a level the day's act set is that act's, dated by it: no running count
    text = "Torvald bought 300,000 shares on Monday, raising its stake to 12 percent."
    assert _scopes(text)["12 percent"] == "on Monday"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # plural labels for nouns outside the synonym table, as written or regularly formed
        ("Aid workers reached 14 villages.", "villages"),
        ("Only one school reopened.", "schools"),
        ("The storm flattened one family home.", "homes"),
        ("Officials listed 9 ferries.", "ferries"),
    ],
)
def test_claims_figures_labels_are_plural(text: str, measure: str) -> None:
    assert measure in only(text).figure.measure.split()


def test_claims_figures_place_prefers_town_to_facility() -> None:
    text = "About 40 people died when the Old Bridge collapsed near Aleppo."
    assert place_name(text, only(text)) == "Aleppo"
    # with no town named, the facility is the place
    text = "About 40 people died when the Old Bridge collapsed."
    assert place_name(text, only(text)) == "Old Bridge"


@pytest.mark.parametrize(
    ("text", "low", "hedge", "counted"),
    [
        ("Nearly half of the wells in Basra ran dry.", 50, "about", "wells"),
        ("A quarter of the orchards burned.", 25, "exact", "orchards"),
        ("Two-thirds of the voters stayed home.", 66.7, "exact", "voters"),
    ],
)
def test_claims_figures_fractions_are_percent(
    text: str, low: float, hedge: str, counted: str
) -> None:
    figure = only(text).figure
    assert (figure.kind, figure.unit, figure.low, figure.hedge) == (
        "percent",
        "percent",
        low,
        hedge,
    )
    assert figure.counted == counted
    assert figure.measure.startswith(f"percent of {counted}")


# --------------------------------------------------------------------------------------------
# Properties.

_WORDS = st.sampled_from(
    [
        "about",
        "more than",
        "12",
        "1,200",
        "dozens",
        "of",
        "the",
        "people",
        "were",
        "killed",
        "in",
        "Aleppo",
        "since",
        "June",
        "including",
        "7%",
        "city",
        "two weeks",
        "them",
        ",",
        ".",
        "\n\n",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.lists(_WORDS, max_size=30).map(" ".join),
        st.text(max_size=120),
    )
)
def test_claims_figures_never_raise_and_spans_stay_inside(text: str) -> None:
    for figure in read(text):
        assert 0 <= figure.start <= figure.quantity.start < figure.quantity.end <= len(text)
        assert (
            figure.quantity.end <= figure.end <= len(text) or figure.start == figure.quantity.start
        )
        assert text[figure.start : figure.end].strip() == text[figure.start : figure.end]
        assert "\n" not in text[figure.start : figure.end]
        if figure.scope_start is not None and figure.scope_end is not None:
            assert 0 <= figure.scope_start < figure.scope_end <= len(text)
            assert text[figure.scope_start : figure.scope_end] == figure.figure.scope
        low, high = figure.figure.low, figure.figure.high
        if low is not None and high is not None:
            assert low <= high
        assert figure.parent is None or 0 <= figure.parent < len(read(text))


def _read_with_name(text: str, name: str, label: EntityType) -> tuple[FigureSpan, ...]:
    """Read ``text`` with one hand-given name entity, as a tagger might give a headline."""
    parsed = next(parse([("t", text)]))
    at = text.index(name)
    mention = Mention(doc="t", start=at, end=at + len(name), text=name, label=label)
    entity = Entity(id="n", name=name, type=label, aliases=(name,), mentions=(mention,))
    return read_figures(_document(text), Tree(parsed.tokens), EntityIndex((entity,), "t"))


def test_figures_count_in_a_headline_the_tagger_took_for_a_name() -> None:
    # A headline capitalises every word; a tagger may read "Gunman Kills 3 Shoppers" as a
    # person. The count before a counted word is still a figure.
    text = "Gunman Kills 3 Shoppers In Mall Attack\nA gunman killed three shoppers on Friday."
    found = _read_with_name(text, "Gunman Kills 3 Shoppers", "PERSON")
    assert any(text[f.start : f.end].startswith("3 ") for f in found)
    # ... while a name that ends at its number keeps it.
    text = "Fortune 500 Firm Shuts Plant In Ohio\nThe firm shut its plant on Friday."
    assert not any(
        "500" in text[f.start : f.end] for f in _read_with_name(text, "Fortune 500", "ORG")
    )


def test_figures_count_after_a_headline_verb_the_tagger_took_for_a_name() -> None:
    # "Driver Kills 4" read as a person's name: the count after the headline's verb is kept
    text = "Drunk Driver Kills 4 Near Stadium\nA drunk driver killed four fans on Sunday."
    found = _read_with_name(text, "Drunk Driver Kills 4", "PERSON")
    assert any(text[f.start : f.end].startswith("4") for f in found)
    # any headline verb before a count of plural things
    text = "Coast Guard Airlifts 5 Stranded Divers\nThe coast guard airlifted five divers."
    found = _read_with_name(text, "Coast Guard Airlifts 5 Stranded Divers", "ORG")
    assert any(text[f.start : f.end].startswith("5") for f in found)
    # ... and a name whose number follows no such verb keeps it
    text = "Route 66 Diner Reopens After Fire\nThe diner reopened on Sunday."
    assert not any(
        "66" in text[f.start : f.end] for f in _read_with_name(text, "Route 66 Diner", "ORG")
    )


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # a headline's verb of harm with a bare count: people, as "kills two people" says
        ("Blast Kills Two In Market Attack", "Two", "people killed"),
        ("Gunman Kills 2 At Depot\nA gunman killed two clerks.", "2", "people killed"),
        ("Bomb Injures Four Near Harbour", "Four", "people wounded"),
        ("Storm Leaves Three Dead In Valley", "Three", "people killed"),
    ],
)
def test_figures_a_headline_count_after_a_verb_of_harm_counts_people(
    text: str, phrase: str, measure: str
) -> None:
    figure = next(f for f in read(text) if text[f.quantity.start : f.quantity.end] == phrase)
    assert figure.figure.measure == measure


def test_figures_a_headline_count_with_its_noun_counts_that_noun() -> None:
    figure = only("Gunman Kills Two Guards At Depot")
    assert figure.figure.counted == "Guards"


def test_figures_a_headline_count_after_a_plural_subject_s_verb_is_read() -> None:
    # a plural subject's verb has no "-s": "Torch" is the headline's verb, not a name's word
    text = "Rioters Torch Three Police Cars In Orvel\nRioters burned three police cars."
    found = [text[f.start : f.end] for f in read(text)]
    assert "Three Police Cars" in found
    # a name of capitalised words before a count noun stays a name
    assert "Three" not in [f.quantity.text for f in read("The Big Three automakers met.")]


def test_claims_figures_an_amount_glued_to_its_code_is_no_name() -> None:
    # the tagger takes "USD115" for an organisation; it is money all the same
    figure = only("The visa fee was USD115 in May.")
    assert (figure.figure.kind, figure.figure.unit, figure.figure.low) == ("money", "USD", 115)


def test_claims_figures_a_share_named_by_its_own_unit_is_no_share_of_itself() -> None:
    (figure,) = read("In Aleppo the percentage was 40 percent.")
    assert figure.figure.measure == "percent in Aleppo"


def test_claims_figures_a_spaced_decimal_opening_a_report_is_no_list_marker() -> None:
    # Archived text spaces a decimal point out; "5. 9" opening a headline is a magnitude,
    # while "2. " opening a line of a list numbers the item.
    text = (
        "5. 9 Earthquake Rocks Tartus\n"
        "A 5. 9 magnitude earthquake has flattened seven farms near Tartus, killing 10 people."
    )
    assert [text[f.start : f.end] for f in read(text) if f.start == 0] == ["5. 9"]
    listed = "Rescuers named the dead.\n2. Forty guards patrolled the harbour."
    assert all(
        not text_of.startswith("2") for text_of in (listed[f.start : f.end] for f in read(listed))
    )


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("A fine of S$450 imposed by Court 7 was paid on Monday.", "S$450"),
        ("The club paid €80 for each seat.", "€80"),
    ],
)
def test_claims_figures_an_amount_glued_to_its_sign_is_no_name(text: str, amount: str) -> None:
    # the tagger took the amount for an organisation's name
    at = text.index(amount)
    mention = Mention(doc="t", start=at, end=at + len(amount), text=amount, label="ORG")
    entity = Entity(id="e", name=amount, type="ORG", aliases=(amount,), mentions=(mention,))
    parsed = next(parse([("t", text)]))
    found = read_figures(_document(text), Tree(parsed.tokens), EntityIndex((entity,), "t"))
    assert [text[f.start : f.start + len(amount)] for f in found] == [amount]


def test_claims_figures_a_count_in_words_the_tagger_ran_into_a_name_stays_a_figure() -> None:
    text = "Both officers fired, hitting Marlow nine times in the legs."
    at = text.index("Marlow nine")
    mention = Mention(doc="t", start=at, end=at + 11, text="Marlow nine", label="PERSON")
    entity = Entity(
        id="e", name="Marlow nine", type="PERSON", aliases=("Marlow nine",), mentions=(mention,)
    )
    parsed = next(parse([("t", text)]))
    found = read_figures(_document(text), Tree(parsed.tokens), EntityIndex((entity,), "t"))
    assert [text[f.start : f.end] for f in found] == ["nine times"]


def test_claims_figures_how_often_someone_was_shot_is_no_part_of_the_name() -> None:
    text = "The officer shot Dale Marlow 16 times in the street."
    at = text.index("Dale Marlow 16")
    mention = Mention(doc="t", start=at, end=at + 14, text="Dale Marlow 16", label="PERSON")
    entity = Entity(
        id="e",
        name="Dale Marlow 16",
        type="PERSON",
        aliases=("Dale Marlow 16",),
        mentions=(mention,),
    )
    parsed = next(parse([("t", text)]))
    found = read_figures(_document(text), Tree(parsed.tokens), EntityIndex((entity,), "t"))
    assert [text[f.start : f.start + 2] for f in found] == ["16"]


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "The jury voted 10-2 to convict him.",
            ["jurors in the majority", "jurors in the minority"],
        ),
        (
            "The Supreme Court issued a 5-4 ruling on Monday.",
            ["justices in the majority", "justices in the minority"],
        ),
        (
            "The motion was carried by 302 votes to 221.",
            ["votes in the majority", "votes in the minority"],
        ),
        ("The council voted 5-5 on the plan.", ["votes on each side", "votes on each side"]),
        (
            # who voted, named after the tally as whose vote it is
            "Vance was convicted on an 11-1 vote of the jury.",
            ["jurors in the majority", "jurors in the minority"],
        ),
    ],
)
def test_claims_figures_a_vote_tally_is_two_figures_of_its_own_kind(
    text: str, measures: list[str]
) -> None:
    spans = read(text)
    assert [s.figure.measure for s in spans] == measures
    assert {s.figure.kind for s in spans} == {"tally"}
    # the claim is the side's number alone: each side its own figure
    assert [text_of(s, text) for s in spans] == [s.quantity.text for s in spans]


def test_claims_figures_a_tally_is_never_a_tolls_measure() -> None:
    text = "The jury voted 10-2 after hearing that the blast killed 10 people."
    spans = read(text)
    tally = [s.figure for s in spans if s.figure.kind == "tally"]
    toll = [s.figure for s in spans if s.figure.kind == "count"]
    assert [f.low for f in tally] == [10, 2] and [f.low for f in toll] == [10]
    assert toll[0].measure not in {f.measure for f in tally}


def test_claims_figures_span_stops_at_the_comma_after_a_duration() -> None:
    text = "For 15 years, he hid from the police."
    assert text_of(only(text), text) == "15 years"


def test_claims_figures_a_reports_new_kinds_validate_against_the_schema(
    tmp_path, validate_report
) -> None:
    import json

    from triangulate import analyze
    from triangulate.report.json_report import dumps

    path = tmp_path / "vote.txt"
    path.write_text(
        "The jury voted 10-2 to convict him after a six-week trial.\n\n"
        "The fire cut a 400 kV line that carries power at 50 Hz.\n"
    )
    data = json.loads(dumps(analyze([str(path)])))
    kinds = [c["figure"]["kind"] for c in data["claims"] if c["kind"] == "figure"]
    assert kinds.count("tally") == 2
    assert {"voltage", "frequency"} <= set(kinds)
    validate_report(data)
