"""Figure values in written forms of product copy, shop pages and news, one family a table.

Each row is a sentence written for these tests in the style of a listing, a shop page or a
news report, with every value a reader should take from it, stated as the quality scorer
states a figure (``low`` for an exact or hedged value, ``high`` for "up to", both ends for a
range), and the unit of the first value as read. Other tests hold the forms that are no
figures (a name's or a code's number, an age), with the reason they are passed over.
"""

from __future__ import annotations

import pytest

from figure_values import stated
from triangulate.claims import find_quantities
from triangulate.claims.currency import resolve_money
from triangulate.claims.entity_index import EntityIndex
from triangulate.claims.figures import read_figures
from triangulate.claims.quantities import passed_over
from triangulate.evaluate.quantities import gold_value
from triangulate.model import Document, Entity, Mention, Published
from triangulate.nlp.spacy_model import parse
from triangulate.nlp.tokens import Tree


def _check(text: str, values: str, unit: str | None) -> None:
    found = find_quantities(text)
    expected = [(v.low, v.high) for v in (gold_value(raw, None) for raw in values.split(";"))]
    assert [stated(q) for q in found] == expected
    assert found[0].unit == unit


# Product specifications in small letters, the unit glued to the digits as listings write them
SPECS: list[tuple[str, str, str | None]] = [
    ("the laptop has 16gb ram and a 512gb ssd.", "16;512", "GB"),
    ("the card holds 64gb.", "64", "GB"),
    ("the file is 700mb.", "700", "MB"),
    ("the drive is 1tb.", "1", "TB"),
    ("the chip runs at 3ghz.", "3", "GHz"),
    ("the radio tunes 88mhz to 108mhz.", "88-108", "MHz"),
    ("the grid runs at 50hz.", "50", "Hz"),
    ("the socket gives 220v.", "220", "V"),
    ("the line carries 400kv.", "400", "kV"),
    ("the bulb is 100w.", "100", "W"),
    ("the e-bike has a 250w motor.", "250", "W"),
    ("the heater is 2kw.", "2", "kW"),
    ("the farm makes 30mw.", "30", "MW"),
    ("the panel makes 400kwh a year.", "400", "kWh"),
    ("the battery is 5000mah.", "5000", "mAh"),
    ("the pack is 99wh.", "99", "Wh"),
    ("specs: 6gb ram, 128gb storage, 5000mah battery.", "6;128;5000", "GB"),
    ("the cable carries 10gbps.", "10", "Gbit/s"),
    ("the plan gives 100mbps.", "100", "Mbit/s"),
    ("the tank holds 5gal.", "5", "gal"),
    ("the flat is 500sqft.", "500", "ft2"),
]


@pytest.mark.parametrize(("text", "values", "unit"), SPECS)
def test_product_specs_in_small_letters(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The dam made 5 GWh last year.", "GWh"),  # a million times a kilowatt-hour
        ("The dam made 5 MWh last year.", "MWh"),
        ("The country used 250 TWh.", "TWh"),
        ("The home used 5 kWh.", "kWh"),
    ],
)
def test_energy_keeps_its_scale(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text)] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "the 3v3 event drew crowds.",  # a game's sides, no volts
        "they won the 5v5 final.",
    ],
)
def test_glued_letters_between_numbers_are_no_units(text: str) -> None:
    assert all(q.kind not in ("voltage", "power") for q in find_quantities(text))


def test_a_code_with_its_thousands_is_no_call_sign() -> None:
    # "KEUR", "KUSD": K and a currency's code look like a radio station's call sign
    _check("The company has annual revenues of about KEUR 600", "600000", "EUR")
    _check("It was KUSD 600.", "600000", "USD")
    assert not find_quantities("Tune to WABC 770 AM.")


@pytest.mark.parametrize(
    "text",
    [
        "mr. smith, 45, was named president.",  # copy that lost its capitals
        "ms. jones , 52 , a lawyer, said.",  # ... and a tokenizer's spaced commas
        "dr. j. smith, 61, retired.",
        "lim, 57, said the plan would work.",  # no title: a name and commas, no capitals
        "john, 25, and mary, 23, were hurt.",
    ],
)
def test_an_age_after_a_titled_name_in_small_letters(text: str) -> None:
    assert not find_quantities(text)
    assert {p.reason for p in passed_over(text)} == {"age"}


def test_a_count_after_a_titled_name_is_kept() -> None:
    assert [q.low for q in find_quantities("mr. smith said, 45 people died.")] == [45]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("in aleppo, 20, were killed.", [20]),  # a place before the commas
        ("prices rose to 5, 10, and 15.", [5, 10, 15]),  # a list of numbers
        ("Lim, 57, said 5 people died.", [5]),  # with capitals, the capitalised rule's
        ("In May, 60 died.", [60]),
    ],
)
def test_numbers_set_off_by_commas_that_are_no_ages(text: str, values: list[int]) -> None:
    assert [q.low for q in find_quantities(text)] == values


# Wire copy's abbreviations: its spaced scales and its dollars
WIRE: list[tuple[str, str, str | None]] = [
    ("profit was 12.5 mln dlrs.", "12500000", "$"),
    ("sales of 2 bln dlrs were seen.", "2000000000", "$"),
    ("it sold 3 mln shares.", "3000000", None),
    ("the debt is 1.2 trn.", "1200000000000", "¤"),  # a debt: money, its currency unwritten
    ("it costs 5 dlrs.", "5", "$"),
    ("the rate is 5.5pct.", "5.5", "percent"),  # "pct" glued
]


@pytest.mark.parametrize(("text", "values", "unit"), WIRE)
def test_wire_copy_abbreviations(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


# One measure and a half of it, the one written as the article
HALVES: list[tuple[str, str, str | None]] = [
    ("he ran a mile and a half.", "1.5", "mi"),
    ("she drank a litre and a half.", "1.5", "l"),  # no share of fifty percent
    ("add a pound and a half of beef.", "1.5", "lb"),
    ("the wall is a foot and a half thick.", "1.5", "ft"),
    ("about a kilometre and a half away", "1.5", "km"),
]


@pytest.mark.parametrize(("text", "values", "unit"), HALVES)
def test_a_measure_and_a_half(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


@pytest.mark.parametrize(
    "text",
    [
        "the dc - 9 jets were grounded.",  # a tokenizer's spaced dash inside a model's name
        "the f - 14 fighters flew.",
        "the cray - 3 supercomputer is late.",
    ],
)
def test_a_model_with_a_spaced_dash_is_a_name(text: str) -> None:
    assert not find_quantities(text)
    assert {p.reason for p in passed_over(text)} == {"name"}


def test_a_spaced_dash_after_a_word_is_no_model() -> None:
    assert [q.low for q in find_quantities("the index fell to - 5 points.")] == [5]


# A bond's price in thirty-seconds and a stock's in sixteenths, exact to the last decimal
FRACTIONS: list[tuple[str, str, str | None]] = [
    ("the 30-year bond rose 5/32 to 99 29/32.", "30;0.15625;99.90625", "year"),
    ("the stock rose 5/16 to 101 7/16.", "0.3125;101.4375", None),
    ("the note fell 1/64.", "0.015625", None),
    ("use a 3/32 inch drill bit.", "0.09375", "in"),
    ("the trail is 10 1/3 miles long.", "10.333", "mi"),  # a third keeps three decimals
]


@pytest.mark.parametrize(("text", "values", "unit"), FRACTIONS)
def test_fractions_of_prices_are_exact(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


def test_a_toll_after_a_spaced_dash_is_kept() -> None:
    found = find_quantities("BREAKING NEWS - 3 DEAD due to a fire")
    assert [q.low for q in found] == [3]


# A pack's count times each item's measure, and a screen's or a network's milliseconds
PACKS: list[tuple[str, str, str | None]] = [
    ("The pack contains 24 x 330ml cans.", "24;330", None),
    ("a 6 x 500 g pack of pasta", "6;500", None),
    ("The crate holds 4 x 1.5 litres of water.", "4;1.5", None),
    ("The room is 4 x 5 m.", "4;5", "m"),  # a rectangle's sides stay lengths
    ("The monitor has a 1ms response time.", "1", "millisecond"),
    ("The ping was 250 milliseconds.", "250", "millisecond"),
    ("The lag is 20 msec.", "20", "millisecond"),
]


@pytest.mark.parametrize(("text", "values", "unit"), PACKS)
def test_packs_and_milliseconds(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


def test_a_spaced_ms_is_no_millisecond() -> None:
    assert all(q.unit != "millisecond" for q in find_quantities("He said 3 Ms were there."))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("the posts are 1.5 m to 2 m apart.", "1.5-2"),  # a spaced "m" at both ends
        ("the wall is 3 m - 4 m high.", "3-4"),
    ],
)
def test_a_range_of_metres_spaced(text: str, values: str) -> None:
    _check(text, values, "m")


@pytest.mark.parametrize("text", ["the 5g rollout began.", "4g phones are cheap now."])
def test_a_network_generation_in_small_letters_is_a_name(text: str) -> None:
    assert not find_quantities(text)
    assert {p.reason for p in passed_over(text)} == {"name"}


def test_grams_in_small_letters_stay_grams() -> None:
    assert [(q.low, q.unit) for q in find_quantities("add 5g of salt.")] == [(5, "g")]


# Currencies whose codes start as a radio station's call sign does (K or W and letters)
CALL_SIGN_CODES: list[tuple[str, str, str | None]] = [
    ("The price of this book is 100 KES", "100", "KES"),
    ("A room was 1000 KRW a night.", "1000", "KRW"),
    ("A room was KRW 1000 a night.", "1000", "KRW"),
    ("The fine is KWD 100 now.", "100", "KWD"),
    ("A fee of KZT 900 is charged.", "900", "KZT"),
]


@pytest.mark.parametrize(("text", "values", "unit"), CALL_SIGN_CODES)
def test_a_currency_code_is_no_call_sign(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


def test_a_call_sign_stays_a_name() -> None:
    assert not find_quantities("Listen to WKRP 1000 for the news.")


# Rupees abbreviated with a point and glued to the amount, as South Asian copy writes them
RUPEES: list[tuple[str, str, str | None]] = [
    ("It costs Rs.500.", "500", "Rs"),
    ("The flat costs Rs.1,200 a month.", "1200", "Rs"),
    ("The scheme costs Rs.5 crore.", "50000000", "Rs"),
    ("The fee ( Rs. 900 ) was paid.", "900", "Rs"),  # no batting average ". 900"
]


@pytest.mark.parametrize(("text", "values", "unit"), RUPEES)
def test_rupees_with_a_point(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


def test_a_batting_average_keeps_its_point() -> None:
    assert [q.low for q in find_quantities("He hit. 308 with 20 homers.")] == [0.308, 20]


# A unit's whole name glued to the digits keeps its unit, in a line of capitals too
GLUED_NAMES: list[tuple[str, str, str | None]] = [
    ("It is 5inches long.", "5", "in"),
    ("It Measured 12.5inches In Total", "12.5", "in"),
    ("The pitch is 100yards.", "100", "yd"),
    ("The steak is 12oz.", "12", "oz"),
    ("The jug holds 2litres.", "2", "l"),
    ("The tank holds 50gallons.", "50", "gal"),
    ("The farm covers 40acres.", "40", "acre"),
    ("The boat sails at 20knots.", "20", "kn"),
    ("The bar has 250calories.", "250", "kcal"),
    ("It is 2020inches.", "2020", "in"),  # a unit after it: no year
]


@pytest.mark.parametrize(("text", "values", "unit"), GLUED_NAMES)
def test_a_unit_name_glued_to_the_digits(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


# A large scale and a part of it after: "a million and a half", "2 million 500 thousand"
SCALE_PARTS: list[tuple[str, str, str | None]] = [
    ("a million and a half people marched.", "1500000", None),
    ("the deal cost two billion and a half dollars.", "2500000000", "$"),
    ("a million and a quarter people voted.", "1250000", None),
    ("it costs 2 million 500 thousand dollars.", "2500000", "$"),
    ("some 2 billion 300 million people watched.", "2300000000", None),
]


@pytest.mark.parametrize(("text", "values", "unit"), SCALE_PARTS)
def test_a_scale_and_a_part_of_it(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


def test_two_amounts_in_the_same_scale_stay_two() -> None:
    found = find_quantities("estimates ran from 5 million 6 million people.")
    assert [q.low for q in found] == [5000000, 6000000]


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("Lows of -5 to -10C are forecast.", "-10--5", "°C"),  # the colder end written last
        ("Lows of minus 5 to minus 10 degrees tonight.", "-10--5", "degree"),
        ("Temperatures of -5 to -10 degrees are expected.", "-10--5", "degree"),
    ],
)
def test_a_range_of_cold_written_downwards(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


def test_a_fall_to_a_lower_cold_is_no_range() -> None:
    found = find_quantities("The index fell -5 to -10.")
    assert [(q.low, q.high) for q in found] == [(-5, -5), (-10, -10)]


@pytest.mark.parametrize("text", ["a 1 - for - 10 reverse split", "won by a 2 - to - 1 margin"])
def test_a_tokenized_ratio_is_a_ratio(text: str) -> None:
    assert not find_quantities(text)
    assert {p.reason for p in passed_over(text)} == {"ratio"}


def test_a_measure_the_tagger_took_for_a_person_is_read() -> None:
    # the tagger reads "Convert 45 KG" as a person's name; no name holds a measure and its unit
    text = "Convert 45 KG to LBS"
    mention = Mention(doc="t", start=0, end=13, text="Convert 45 KG", label="PERSON")
    person = Entity(id="p", name=mention.text, type="PERSON", aliases=(), mentions=(mention,))
    document = Document(
        id="t",
        source="t",
        title=None,
        outlet=None,
        text=text,
        sha256="",
        published=Published.unknown(),
    )
    tree = Tree(next(parse([("t", text)])).tokens)
    found = read_figures(document, tree, EntityIndex((person,), "t"))
    assert [(f.figure.low, f.figure.unit) for f in found] == [(45, "kg")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It Costs 5 Dollars.", "$"),  # a line in title case: the capitalised verb is no name
        ("IT COSTS 12.5 EUROS.", "EUR"),
        ("Tickets Cost 20 Yen Each", "JPY"),
    ],
)
def test_an_amount_after_a_capitalised_word_is_no_name(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("She ran a 10k run on Sunday.", "10", "km"),  # a road race's small k
        ("a $10k run on the bank", "10000", "$"),  # ... but money's thousands
    ],
)
def test_a_road_race_in_small_letters(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


@pytest.mark.parametrize(
    "text", ["Listen to this article 4 min", "Listen to this story: 6 minutes"]
)
def test_an_article_audio_length_is_page_furniture(text: str) -> None:
    assert not find_quantities(text)
    assert {p.reason for p in passed_over(text)} == {"page furniture"}


def _report(text: str) -> Document:
    return Document(
        id="t",
        source="t",
        title=None,
        outlet=None,
        text=text,
        sha256="",
        published=Published.unknown(),
    )


def test_bare_shillings_take_the_report_country() -> None:
    # Kenya, Uganda, Tanzania and Somalia all write "shillings"
    def money(text: str) -> list[tuple[str | None, str | None]]:
        return [(q.unit, q.basis) for q in resolve_money(_report(text), find_quantities(text))]

    assert money("A meal costs 500 shillings.") == [("shillings", "unknown")]
    assert money("NAIROBI - A meal costs 500 shillings.")[0][0] == "KES"
    assert money("KAMPALA - A meal costs 500 shillings.")[0][0] == "UGX"
    assert money("A meal costs 500 Somali shillings.") == [("SOS", "stated")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("I need to convert 8 pounds to kilograms first.", "lb"),  # a weight said in kilograms
        ("He weighs 200 pounds or 91 kg.", "lb"),
        ("She converted 100 pounds to euros.", "GBP"),  # money said in another currency
        ("He inherited 50,000 pounds from his aunt.", "GBP"),  # a word of paying
        ("The shop charges 50 pounds for a repair.", "GBP"),
        ("The weight limit for a bag is 50 pounds per person.", "lb"),  # a weight's rate
        ("A ticket costs 50 pounds per person.", "GBP"),  # a price's rate
    ],
)
def test_pounds_of_weight_or_money(text: str, unit: str) -> None:
    assert find_quantities(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The temperature outside is 20c, which is 68°F.", "°C"),  # a line of a temperature
        ("Its been 12c for days with this weather.", "°C"),
        ("A coffee costs 50c.", "cent"),
        ("It costs 50c, in this hot weather.", "cent"),  # a word of paying keeps the cents
    ],
)
def test_a_glued_small_c_is_celsius_in_a_line_of_temperature(text: str, unit: str) -> None:
    assert find_quantities(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The bomb had a yield of 20 kt.", "kt"),  # a blast's kilotons
        ("Winds gusted to 35 kt.", "kn"),  # knots
        ("The yacht sails at 8 kn.", "kn"),  # the knot's symbol
        ("A 15 kt breeze blew on the test day.", "kn"),
    ],
)
def test_kt_and_kn(text: str, unit: str) -> None:
    assert find_quantities(text)[0].unit == unit


def test_kn_with_no_speed_is_no_knot() -> None:
    assert find_quantities("The room cost 500 kn per night.")[0].unit != "kn"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The patient's body temperature is at 38 c.", "°C"),  # the letter ends the sentence
        ("The forecast is a high of 23 c.", "°C"),
        ("Boxes are priced at 75 p each.", "GBp"),  # pence spaced after a word of paying
        ("It costs 99 p.", "GBp"),
    ],
)
def test_a_spaced_scale_or_pence_letter(text: str, unit: str) -> None:
    assert find_quantities(text)[0].unit == unit


def test_a_spaced_p_with_no_price_is_no_pence() -> None:
    assert all(q.unit != "GBp" for q in find_quantities("It was 99 p. 3 more came."))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It is 40 centrigrade.", "°C"),  # the scales' names misspelled
        ("It is 40 celcious.", "°C"),
        ("It is 34.9 centigrate.", "°C"),
        ("It is 100 farenhiet.", "°F"),
        ("It is 100 fahrenhiet.", "°F"),
        ("It is 40 degs c.", "°C"),
        ("It is 40 °celsius.", "°C"),
        ("Turn it 40 degs.", "degree"),
    ],
)
def test_temperature_scales_misspelled(text: str, unit: str) -> None:
    assert find_quantities(text)[0].unit == unit


def test_kn_in_a_price_is_no_knot() -> None:
    assert find_quantities("The hotel room rate was 600 kn per night.")[0].unit != "kn"


def test_a_spaced_p_after_a_word_that_is_no_price_is_no_pence() -> None:
    # "fine" and "tip" may be money elsewhere, but no price is said here
    found = find_quantities("The pen has a fine tip with a width of 0.5 p.")
    assert all(q.unit != "GBp" for q in found)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It sold 1.2m+ copies.", 1200000, None),  # a million and more, before a count
        ("A 48m+ wall stands there.", 48, "m"),
    ],
)
def test_a_glued_m_with_a_plus(text: str, value: float, unit: str | None) -> None:
    found = find_quantities(text)
    assert [(q.low, q.unit, q.hedge) for q in found] == [(value, unit, "at_least")]


@pytest.mark.parametrize("text", ["He has Type 2 diabetes.", "She watched Channel 4 news."])
def test_a_label_before_a_noun_that_is_no_plural(text: str) -> None:
    assert not find_quantities(text)


# A fraction in digits: of one unit it is that much of the unit, before "of" a share; an
# ordinal's letters after its denominator
DIGIT_FRACTIONS: list[tuple[str, str, str | None]] = [
    ("The gap is 3/8 of an inch.", "0.375", "in"),
    ("The shop is 3/4 of a mile away.", "0.75", "mi"),
    ("The gap is 3/8ths of an inch.", "0.375", "in"),
    ("About 1/3rd of voters agreed.", "33.3", "percent"),
    ("The party won 2/3rds of the vote.", "66.7", "percent"),
    ("Some 1/2 of the town flooded.", "50", "percent"),
]


@pytest.mark.parametrize(("text", "values", "unit"), DIGIT_FRACTIONS)
def test_fractions_in_digits(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


@pytest.mark.parametrize(("text", "value"), [("won a 2/3 majority", 66.7), ("a 1/3 stake", 33.3)])
def test_a_fraction_before_a_noun_of_a_share(text: str, value: float) -> None:
    assert [(q.low, q.unit) for q in find_quantities(text)] == [(value, "percent")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It hit a speed of 100 mi/h.", "mph"),
        ("It hit a speed of 100 mi/hr.", "mph"),
        ("It hit a speed of 100 m.p.h. on the road.", "mph"),
        ("It hit a speed of 100 km p/h.", "km/h"),
        ("It hit a speed of 100 kms per hour.", "km/h"),
    ],
)
def test_speeds_written_as_abbreviations(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text)] == [unit]


# Numbers inside names in copy without capitals: a model's number before its singular verb,
# a street's number before its name
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("the mazda 626 was recalled.", "name"),
        ("the boeing 747 was grounded.", "name"),
        ("he lives at 1600 pennsylvania avenue.", "address"),
        ("visit us at 10 downing street.", "address"),
        ("he went to 7-eleven.", "part of a word"),  # digits, a bare hyphen, a number word
        ("the plant is iso 9001 certified.", "name"),  # a standard named by its number
    ],
)
def test_numbers_in_names_without_capitals(text: str, reason: str) -> None:
    assert not find_quantities(text)
    assert {p.reason for p in passed_over(text)} == {reason}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the remaining 300 were freed.", 300),  # a count takes a plural verb
        ("a mere 20 was paid.", 20),
        ("2 new road projects began.", 2),  # a street's word before a noun
        ("300 people marched down the street.", 300),
    ],
)
def test_counts_near_names_without_capitals(text: str, value: int) -> None:
    assert [q.low for q in find_quantities(text)] == [value]


# Thousands grouped with one space where the group opens with a zero, which no count does
SPACE_GROUPS: list[tuple[str, str, str | None]] = [
    ("Some 5 000 people attended.", "5000", None),
    ("Some 5 000-6 000 people attended.", "5000-6000", None),
    ("The town is 3 050 km away.", "3050", "km"),
    ("In 2019 500 people came.", "500", None),  # a year, then a count
]


@pytest.mark.parametrize(("text", "values", "unit"), SPACE_GROUPS)
def test_thousands_grouped_with_a_space(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("Growth of from 1,5 to 2,5 percent is expected.", "1.5-2.5", "percent"),
        ("Growth of 1,5-2,5 % is expected.", "1.5-2.5", "percent"),
    ],
)
def test_a_range_with_decimal_commas(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


@pytest.mark.parametrize("text", ["ISBN 978-3-16-148410-0", "Enter the 1-2-3-4 code."])
def test_four_groups_joined_by_hyphens_are_a_code(text: str) -> None:
    assert not find_quantities(text)
    assert {p.reason for p in passed_over(text)} == {"code"}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The star is 10^6 times brighter.", 1000000, None),  # a power of ten, written with ^
        ("The cross-section is 10^-28 m^2.", 1e-28, "m2"),
        ("It released 3.2 x 10^18 joules.", 3.2e18, None),  # a mantissa times the power
        ("The charge is -1.602 x 10^-19 coulombs.", -1.602e-19, None),
    ],
)
def test_a_power_of_ten(text: str, value: float, unit: str | None) -> None:
    assert [(q.low, q.unit) for q in find_quantities(text)] == [(value, unit)]


def test_scores_of_before_numbers_is_no_vague_forty() -> None:
    found = find_quantities("The games ended in scores of 3-1, 2-2 and 4-0.")
    assert all(q.hedge != "vague" for q in found)
    assert [q.hedge for q in find_quantities("Scores of people died.")] == ["vague"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They offered him 10 grand.", 10000),  # a thousand, as speech says money
        ("He earns 50 grand a year.", 50000),
        ("She won 3 grand slams.", 3),  # no thousands before a noun
        ("It had 10 grand jury members.", 10),
    ],
)
def test_grand(text: str, value: int) -> None:
    assert [q.low for q in find_quantities(text)] == [value]


def test_kn_in_a_line_of_travel_money_is_no_knot() -> None:
    text = "I exchanged my euros for 1500 kn, enough for a week of travel expenses."
    assert find_quantities(text)[0].unit != "kn"


@pytest.mark.parametrize(
    "text",
    [
        "The poll of 1,002 adults was conducted July 8 to 12 by phone.",
        "Interviews ran from March 2 through 14 among likely voters.",
        "The survey was in the field Oct. 3 until 5.",
        "The festival runs Dec. 6-9.",
    ],
)
def test_a_span_of_days_after_a_month_is_a_date(text: str) -> None:
    """A poll's field dates are when it was asked, never a count of polls or people."""
    assert [q.low for q in find_quantities(text)] in ([1002], [])
    assert "date" in {p.reason for p in passed_over(text)}


def test_a_count_after_a_dated_day_is_kept() -> None:
    found = find_quantities("On July 8, 12 people were hurt and on March 2 to their homes went 40.")
    assert [q.low for q in found] == [12, 40]


# A share standing for the people or things it is of, before a plural verb
SHARES_AS_PRONOUNS: list[tuple[str, str, str | None]] = [
    ("of the 288 Orvel candidates, more than half are members.", "288;50", None),
    ("about half were women, Varga said.", "50", "percent"),
    ("two-thirds have left Dalby since May.", "66.7", "percent"),
]


@pytest.mark.parametrize(("text", "values", "unit"), SHARES_AS_PRONOUNS)
def test_share_before_a_plural_verb_is_a_share(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a third person harmed, the verb in the singular: one more person, no share
        ("Two were killed. A third was also shot in Corran.", ["Two", "A third"]),
        ("The second half were played in the rain in Tallis.", []),
    ],
)
def test_share_words_that_are_no_share(text: str, expected: list[str]) -> None:
    found = find_quantities(text)
    assert [q.text for q in found] == expected
    assert all(q.kind != "percent" for q in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "was" makes the participle what befell the one more person, whatever follows
        ("Two died. Another man was also injured but not seriously.", ["Two", "Another"]),
        ("Two were shot dead. A third was also shot in the leg.", ["Two", "A third"]),
        # with no "was", a verb with an object: the count is its object's
        ("A second blast killed five in Orvel.", ["five"]),
    ],
)
def test_one_more_person_harmed_after_was(text: str, expected: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == expected
