"""What a figure counts and how its measure reads: states, plurals, causes, additions.

Invented sentences, parsed with the real model (``read`` from the figure tests).
"""

from __future__ import annotations

import re

import pytest

from test_claims_figures import _document, _entities, read
from triangulate.claims.entity_index import EntityIndex
from triangulate.claims.figures import read_figures
from triangulate.model import Entity, Mention
from triangulate.nlp.spacy_model import parse
from triangulate.nlp.tokens import Tree


def _measures(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.figure.measure for f in read(text)}


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # "left ... dead" says the workers died, not that they left.
        ("The fire left three bank workers dead in Homs.", "three bank workers", "killed"),
        # Irregular plurals as a person writes them.
        ("One man and two women died in Homs.", "One man", "men killed"),
        # A state standing for the people in it.
        ("Quake in Homs: 10 dead, 80 hurt.", "80 hurt", "people wounded"),
        # The object of a verb of harm counts people, not the verb's subject.
        ("The quake hit Homs, killing 10 and wounding 70.", "70", "people wounded"),
        # A prefix stays joined to its noun, also in a text tokenised with spaced hyphens.
        ("A clerk shot three co - workers in Homs on Friday.", "three co - workers", "co-workers"),
        ("A clerk shot three co-workers in Homs on Friday.", "three co-workers", "co-workers"),
    ],
)
def test_figures_measure_reads_as_a_person_writes(text: str, phrase: str, measure: str) -> None:
    assert measure in _measures(text)[phrase]


def test_figures_bodies_are_never_killed_and_harm_objects_are_people() -> None:
    found = _measures("Rescuers recovered 12 bodies after the flood killed dozens in Homs.")
    assert "killed" not in found["12 bodies"]
    assert found["dozens"].startswith("people killed")


def test_figures_a_building_is_where_not_what_killed() -> None:
    found = _measures("Three people were killed in the bank in Homs.")
    assert "by bank" not in found["Three people"]


def test_figures_a_figure_in_addition_to_another_is_a_part() -> None:
    text = "The attacks killed 1,114 people in Homs, in addition to 16 people in Idlib."
    spans = read(text)
    (added,) = [f for f in spans if text[f.start : f.end] == "16 people"]
    assert added.parent is not None


def test_figures_a_general_strike_is_workers_not_air_raids() -> None:
    found = _measures("Unions in Homs called a 24-hour general strike on Monday.")
    measure = next(m for phrase, m in found.items() if "24" in phrase)
    assert "airstrike" not in measure
    assert "strike" in measure


def test_figures_them_never_points_at_a_headline_s_count() -> None:
    text = (
        "Bakery Shooting: Baker Charged With Two Counts Of Murder\n"
        "A Homs bakery worker who had been suspended returned with a gun, found her foes in "
        "a break room and shot two of them, police said."
    )
    measure = _measures(text)["two of them"]
    assert "murder" not in measure
    assert "A workers" not in measure  # nor the headline's words run into the next line


def _measure_of(text: str, number: str) -> str:
    return next(m for phrase, m in _measures(text).items() if number in phrase)


@pytest.mark.parametrize(
    ("text", "number", "garbled"),
    [
        # a person is no thing a duration, a length or a weight is of
        ("The teacher taught in Leeds for 20 years before she retired.", "20", "of teacher"),
        ("Mr Okafor served the bank in Lagos for 12 years.", "12", "of Okafor"),
        ("The 6-foot-4 Haddad signed for the club on Monday.", "6-foot-4", "of Haddad"),
        ("The 15-year department veteran in Leeds retired.", "15", "of veteran"),
        # a unit or measure word is no thing measured either
        ("Overnight the temperatures in Leeds fell to minus 12 degrees.", "12", "of temp"),
        ("The 250-pound lineman was cut on Friday.", "250", "of foot"),
        ("The hall has a size of 12,000 square feet.", "12,000", "of size"),
    ],
)
def test_figures_measure_of_a_length_or_duration_names_no_person_or_unit(
    text: str, number: str, garbled: str
) -> None:
    measure = _measure_of(text, number)
    assert garbled not in measure, measure
    assert " of " not in measure or measure.split(" of ")[1].split()[0] not in {
        "unknown",
        "pound",
        "foot",
    }


def test_figures_measure_with_no_thing_named_reads_as_its_kind() -> None:
    measure = _measure_of("Overnight the temperatures in Leeds fell to minus 12 degrees.", "12")
    assert measure.startswith("temperature")
    measure = _measure_of("The teacher taught in Leeds for 20 years before she retired.", "20")
    assert measure.startswith("duration")
    # money said of the people who took it is money
    text = "Three armed men escaped with an estimated two million euros in Lyon."
    assert not _measure_of(text, "two million").startswith("men")
    measure = _measure_of("The robbers got away with 2 million euros in Lyon.", "2 million")
    assert not measure.startswith("robbers")
    # money said of a unit word is money in its currency
    measure = _measure_of("The thieves took 2 million euros in Lyon.", "2 million")
    assert "euros" not in measure.split("(")[0]
    # ... while a thing measured keeps its name
    assert _measure_of("The wall in Leeds is 40 feet long.", "40").startswith("length of wall")
    assert "sentence" in _measure_of("He got a 10-year sentence in Leeds.", "10")
    assert "water" in _measure_of("Crews pumped 5,000 gallons of water in Leeds.", "5,000")


def test_figures_a_name_and_an_abbreviation_are_said_once() -> None:
    # a people's name counted is said once, never "Puerto Ricans Ricans"
    found = _measures("Thousands of Puerto Ricans lost power in San Juan.")
    assert "Ricans Ricans" not in found["Thousands of Puerto Ricans"]
    # an abbreviation that holds its plural keeps it: "bps", never "bpses"
    found = _measures("The bank cut its rate by 12.5 bps in Hong Kong.")
    assert found["12.5 bps"].startswith("bps")
    # ... and a move in basis points is no share of the bank that made it
    found = _measures("The bank raised its rate by 50 basis points in Homs.")
    assert found["50 basis points"].startswith("basis points")


def test_figures_an_amount_is_no_actor_or_place_of_money() -> None:
    # built by hand: the parse of "S$10,000 fine" gave the amount as the fine's actor
    from triangulate.claims.figures import _measure, _Reading
    from triangulate.claims.quantities import find_quantities
    from triangulate.nlp.tokens import Token

    (quantity,) = find_quantities("a S$10,000 fine")
    number = Token(
        i=1,
        start=2,
        end=10,
        text="S$10,000",
        lemma="S$10,000",
        pos="NUM",
        tag="CD",
        dep="nummod",
        head=2,
        ent="MONEY",
        sent=0,
    )
    reading = _Reading(quantity=quantity, number=number, actor="S$10,000")
    assert _measure(reading, "fine") == "fine (SGD)"
    assert reading.actor == "S$10,000"  # the reading itself is left as read


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # How often something was done is counted by the act, never as "times" of nothing.
        ("The teenager was shot eleven times by two officers.", "eleven times", "times shot"),
        ("Officers fired at him, hitting Dorn nine times in the legs.", "nine times", "times hit"),
        ("Vell had been arrested four times since May.", "four times", "times arrested"),
        # A sum a verb acts on is named by the act, never by the bare verb ("lose", "steal").
        ("In June alone, the dairy lost $300,000, a trader said.", "$300,000", "money lost"),
        ("Thieves smashed a window, stealing $2.6 million.", "$2.6 million", "money stolen"),
        ("The plan aims to save $40 billion over three years.", "$40 billion", "money saved"),
        ("The retiree gets 345 euros a month from the fund.", "345 euros", "money received"),
        # A verb that is also the sum's noun keeps it.
        ("The company was fined $40,000 for the spill.", "$40,000", "fine"),
        # What a thing "was valued at" is its value, never a word of its name.
        ("Norvik Dairy was then valued at $5 million.", "$5 million", "value of Norvik Dairy"),
        # Portions of a thing count the thing, in those portions.
        (
            "Crews brought 31 pieces of firefighting equipment to the plant.",
            "31 pieces of firefighting equipment",
            "pieces of firefighting equipment",
        ),
        (
            "Vell was convicted of two counts of first-degree murder.",
            "two counts of first-degree murder",
            "counts of first-degree murder",
        ),
    ],
)
def test_figures_measure_names_what_the_act_counts(text: str, phrase: str, measure: str) -> None:
    assert _measures(text)[phrase].startswith(measure)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The quake was 35 miles southwest of Port Vell, officials said.", "35 miles"),
        (
            "The quake struck about 58km south - west of Port Vell.",
            "about 58km south - west of Port Vell",
        ),
        (
            "The epicentre was about 58km (36 miles) south-west of the port of Port Vell.",
            "about 58km",
        ),
        (
            "The epicentre was about 58km (36 miles) south-west of the port of Port Vell.",
            "36 miles",
        ),
    ],
)
def test_figures_a_length_to_a_point_is_a_distance_from_it(text: str, phrase: str) -> None:
    # never the length of whatever noun the sentence holds ("length of quake")
    assert _measures(text)[phrase] == "distance from Port Vell"


def test_figures_a_symbol_that_lost_its_currency_sign_names_nothing() -> None:
    # a text whose euro sign came through as replacement characters
    text = (
        "Officials in Torvale pushed through new taxes since agreeing a \ufffd\ufffd90 billion "
        "($117 billion) rescue loan from lenders last week."
    )
    measure = _measures(text)["$117 billion"]
    assert measure.startswith("money"), measure


def _with_person(text: str, name: str) -> dict[str, str]:
    """Measures of ``text`` read with ``name`` known as a person."""
    found = re.search(re.escape(name), text)
    assert found is not None
    person = Entity(
        id="p",
        name=name,
        type="PERSON",
        aliases=(name,),
        mentions=(
            Mention(doc="t", start=found.start(), end=found.end(), text=name, label="PERSON"),
        ),
    )
    tree = Tree(next(parse([("t", text)])).tokens)
    entities = EntityIndex((*_entities(text), person), "t")
    return {
        text[f.start : f.end]: f.figure.measure
        for f in read_figures(_document(text), tree, entities)
    }


def test_figures_a_person_named_after_the_counted_noun_stays_after_it() -> None:
    # "five sons of Sal Vendra" are his sons: never "Sal Vendra sons"
    found = _with_person("He was one of five sons of Sal Vendra, a watchmaker.", "Sal Vendra")
    assert found["five sons of Sal Vendra"] == "sons of Sal Vendra"


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        (
            "Six Coast Guard ships joined the search off Kelvara.",
            "Six Coast Guard ships",
            "Coast Guard ships",
        ),
        (
            "Six Border Police officers were hurt in Orvel.",
            "Six Border Police officers",
            "Border Police officers",
        ),
    ],
)
def test_figures_a_name_of_several_words_before_the_noun_is_one_actor(
    text: str, phrase: str, measure: str
) -> None:
    assert _measures(text)[phrase].startswith(measure)


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        ("The ship's 26 crew were freed near Kelvara.", "26 crew", "crew"),
        ("The Hawks sent 30 staff to Orvel.", "30 staff", "staff"),
        ("The storm killed 300 livestock in Kelvara.", "300 livestock", "livestock killed"),
    ],
)
def test_figures_a_collective_noun_counting_members_is_no_plural_to_inflect(
    text: str, phrase: str, measure: str
) -> None:
    assert _measures(text)[phrase].startswith(measure)
    assert not _measures(text)[phrase].startswith(f"{measure.split()[0]}s")


@pytest.mark.parametrize(
    ("text", "phrase", "counted"),
    [
        ("The army said two previous strikes on the camp near Orvel had missed.", "two", "strikes"),
        ("Officials said three raids hit Kelvara overnight.", "three", "raids"),
        ("The coalition carried out four airstrikes on Kelvara.", "four", "airstrikes"),
    ],
)
def test_a_count_of_attacks_keeps_the_reports_own_word(
    text: str, phrase: str, counted: str
) -> None:
    """A report's "strikes" or "raids" are never relabelled "airstrikes"."""
    (figure,) = [f for f in read(text) if text[f.start : f.end].startswith(phrase)]
    assert counted in figure.figure.measure.split()
    assert ("airstrikes" in figure.figure.measure) == (counted == "airstrikes")


@pytest.mark.parametrize(
    "text",
    [
        "Federal scientists in Kelvara have performed the reviews for 35 years.",
        "Reviews that government scientists in Orvel have done for 35 years are being cut.",
    ],
)
def test_a_duration_held_by_people_in_the_plural_is_its_kind_alone(text: str) -> None:
    """People are no thing measured: "duration", never "duration of scientists"."""
    (figure,) = [f for f in read(text) if text[f.start : f.end] == "35 years"]
    assert figure.figure.measure == "duration"


@pytest.mark.parametrize(
    ("text", "phrase", "measure"),
    [
        # The rule for regular verbs put on "do" makes "times doed": "times done".
        ("Tomas Brandt has done it four times in Orvel.", "four times", "times done"),
        # A verb made of an irregular one ("undergo" of "go") takes its own participle.
        ("Varga has undergone surgery twice in Orvel.", "twice", "times undergone"),
        ("The unit has withdrawn from Dalby three times.", "three times", "times withdrawn"),
        ("The family has fled the valley three times in Orvel.", "three times", "times fled"),
        # A participle no table lists is written as the report writes it.
        ("The Tallis clan has forsaken the valley three times.", "three times", "times forsaken"),
    ],
)
def test_figures_an_irregular_verb_s_act_is_its_participle(
    text: str, phrase: str, measure: str
) -> None:
    found = _measures(text)[phrase]
    assert found.startswith(measure), found
    assert re.search(r"\b\w+(?:oed|eed|awed|aved)\b", found) is None, found
