"""Amounts of money and measures as short copy, chat and tokenized news write them.

Each row is a sentence written for these tests in the style of product copy, a chat message
or a news wire (often in small letters, sometimes spaced by a tokenizer: "$ 75 million",
"27 %"), with every value a reader should take from it, stated as the quality scorer states
a figure (``low`` for an exact or hedged value, ``high`` for "up to", both ends for a range;
a compound measure such as "6 feet 2 inches" gives each part, as "12 m 2 dm" does). One
table holds numbers in the same sentences that are no figures, with the reason they are
passed over.
"""

from __future__ import annotations

import pytest

from figure_values import stated
from triangulate.claims import find_quantities
from triangulate.claims.quantities import passed_over
from triangulate.evaluate.quantities import gold_value


def _values(text: str) -> list[tuple[float, float]]:
    return [stated(q) for q in find_quantities(text)]


def _expected(values: str) -> list[tuple[float, float]]:
    if not values:
        return []
    return [(v.low, v.high) for v in (gold_value(raw, None) for raw in values.split(";"))]


# Money: scale words and suffixes, words, slang, codes before and after, minor units spoken
# after the major one, ranges, and amounts said with "a"
MONEY: list[tuple[str, str]] = [
    ("it cost five hundred and twenty dollars.", "520"),
    ("the car was 2 grand.", "2000"),
    ("we spent 4 grand on the wedding", "4000"),
    ("i paid 1,000 bucks for this phone", "1000"),
    ("it's only 3 bucks", "3"),
    ("the deal is worth €3bn.", "3000000000"),
    ("revenue hit $1.2tn", "1200000000000"),
    ("she earns 30k a year", "30000"),
    ("the ticket costs USD 12.50", "12.5"),
    ("the charge is usd 1.5 million", "1500000"),
    ("the price is $5.5 million", "5500000"),
    ("the rent is 500 euros a month", "500"),
    ("he won a million dollars", "1000000"),
    ("the house sold for a half million dollars", "500000"),
    ("he paid a hundred dollars", "100"),
    # a fraction in digits of a scale said with the article, as "three quarters of a million"
    ("it fetched 3/4 of a million dollars", "750000"),
    ("the bill came to 1/2 a billion euros", "500000000"),
    ("the fine is between $200 and $500", "200-500"),
    ("tickets cost $20-$30", "20-30"),
    ("it sells for 10 to 15 dollars", "10-15"),
    ("the cost is estimated at $ 1.3 billion to $ 1.5 billion", "1300000000-1500000000"),
    ("the fine is up to 10,000 dollars", "10000"),
    ("i have 3 pounds 20 pence", "3.2"),
    ("it costs 2 euros 50 cents", "2.5"),
    ("that will be thirty dollars and fifty cents", "30.5"),
    ("5 euros 25", "5.25"),
    ("the budget is rs 5 crore", "50000000"),
    ("he paid 3.5 lakh rupees", "350000"),
    ("the fee is ¥500", "500"),
    ("the shirt is 19.99 usd", "19.99"),
    ("the salary is 45,000 eur", "45000"),
    ("he bought it for 200 chf", "200"),
    ("a seat costs 1 000 euros", "1000"),
    ("it was sold for 7.5m euros", "7500000"),
    ("€ 1.234,56", "1234.56"),
    ("25,50 €", "25.5"),
    ("10k€", "10000"),
    ("1.5k usd", "1500"),
    ("the bank sought hk $ 100 million", "100000000"),
    ("philips paid 2.5 billion guilders", "2500000000"),
    ("it paid 1.5 billion marks ( $ 800 million ) for the unit", "1500000000;800000000"),
    ("the shares closed at $ 2 1/2, down 1/4", "2.5;0.25"),
    ("gold rose $ 3.30 an ounce to $ 377.80", "3.3;377.8"),
    ("a 50-cent-a-share dividend", "50"),
    ("it raised $ 300 million, or $ 2.50 a share", "300000000;2.5"),
    ("2 satoshis", "2"),
    ("he has 0.5 btc", "0.5"),
    ("i withdrew 300 baht", "300"),
    ("it costs 50 ringgit", "50"),
    ("20,000 ₫", "20000"),
    # one of a currency said as what a thing is, alone, at a rate or with its cents
    ("the fee is a dollar.", "1"),
    ("gas was a dollar a gallon", "1"),
    ("it was a dollar and fifty cents", "1.5"),
    # the cents spoken after one of the currency, whatever word comes before
    ("a coffee is a dollar fifty", "1.5"),
    ("the coffee is a dollar twenty five.", "1.25"),
    # ... and the pence spoken after pounds make the pounds money, not a weight
    ("the ride was five pounds fifty.", "5.5"),
    ("the ride was a pound twenty.", "1.2"),
]


@pytest.mark.parametrize(("text", "values"), MONEY)
def test_money_in_copy_chat_and_wire_forms(text: str, values: str) -> None:
    assert _values(text) == _expected(values)


# Measures: units as words, abbreviations and signs, compounds in parts, products of sides,
# fractions of a unit and amounts said with "a"
MEASURES: list[tuple[str, str]] = [
    ("he is 6 feet 2 inches tall", "6;2"),
    ("the baby weighed 7 pounds 8 ounces", "7;8"),
    ("the bag weighs 2 lbs 3 oz", "2;3"),
    ("the room is 3 x 4 m", "3;4"),
    ("the board is 2 ft by 3 ft", "2;3"),
    ("the rug is 5 by 8 feet", "5;8"),
    ("the closet is 1.5 sq ft", "1.5"),
    ("the flat is 10 m²", "10"),
    ("25m2 apartment", "25"),
    ("we walked a mile and a half", "1.5"),
    ("the lake is half a kilometre away", "0.5"),
    ("three quarters of a mile", "0.75"),
    # one of a length as a compound measures it ("a 30-meter-long bridge" has its number)
    ("a mile-long queue formed", "1"),
    ("a metre-high wall", "1"),
    ("two and a half kilos", "2.5"),
    ("1 1/2 cups sugar", "1.5"),
    ("mix 1/4 teaspoon salt", "0.25"),
    ("it is 10 to 12 feet long", "10-12"),
    ("the rope is 5-10 m", "5-10"),
    ("less than 2 m", "2"),
    ("the speed limit is 65 mph", "65"),
    ("the storm moved at 15 km/h", "15"),
    ("70 kph", "70"),
    ("the car gets 30 mpg", "30"),
    ("the ship made 12 knots", "12"),
    ("a 12-ounce steak", "12"),
    ("a 20 - foot boat", "20"),
    ("it has a 1.5-liter engine", "1.5"),
    ("the engine is 1600 cc", "1600"),
    ("the fridge is 20 cu ft", "20"),
    ("the boat sailed 40 nautical miles", "40"),
    ("he weighs 12 stone", "12"),
    ("the drive spins at 7200 rpm", "7200"),
    ("a 256 gb ssd", "256"),
    ("the file is 2.4 gb", "2.4"),
    ("the plane flew at 35,000 feet", "35000"),
    ("the glacier lost 3 cubic kilometres of ice", "3"),
    ("20 mtrs", "20"),
    ("5 kgs", "5"),
]


@pytest.mark.parametrize(("text", "values"), MEASURES)
def test_measures_in_copy_chat_and_wire_forms(text: str, values: str) -> None:
    assert _values(text) == _expected(values)


# Numbers in the same kinds of sentences that are no figures: what is left, and why each
# number is passed over
NOT_FIGURES: list[tuple[str, str, str, str]] = [
    # a day, a month in small letters and a year, even "may" and "march"
    ("on 12 may 2010 the bank paid £ 1 million", "1000000", "12 may 2010", "date"),
    ("on 3 march 2011 it paid $ 5", "5", "3 march 2011", "date"),
    # an ordinal whose letters a tokenizer set apart
    ("the 3 rd floor costs $ 500 a month", "500", "3", "ordinal"),
    ("the 1 st prize is $ 500", "500", "1", "ordinal"),
    ("the 21 st century", "", "21", "ordinal"),
    # a size of clothing or shoes names a size, it counts nothing
    ("size 10 boots cost $ 40", "40", "10", "name"),
    ("the size 12 dress is $ 30", "30", "12", "name"),
    # a person said to be a number, the clause going on with "and"
    ("he is 45 and earns $3,000 a month", "3000", "45", "age"),
    ("she's 30 and owns 2 shops", "2", "30", "age"),
    # the age a life's event came at, and an age bracket named as one after its ends
    ("he retired at 60 with $ 1 million", "1000000", "60", "age"),
    ("the 18 - 24 age group pays $ 5", "5", "24", "age"),
    ("voters in the 25-34 age bracket", "", "25", "age"),
    # a model's number in small letters before an adverb and its verb
    ("the xbox 360 now costs 199 dollars", "199", "360", "name"),
    # a technology's or a program's version after its name
    ("usb 3.0 cables cost $ 5", "5", "3.0", "name"),
    ("bluetooth 5.0 earbuds for $ 50", "50", "5.0", "name"),
    ("ios 16 is free", "", "16", "name"),
    # a screen's width in thousands of pixels, in small letters
    ("a 4k tv for $ 300", "300", "4k", "name"),
]

# The renminbi's letters in lower-cased copy, before the amount, spaced or glued
RENMINBI: list[tuple[str, str]] = [
    ("it costs rmb 2.5 million", "2500000"),
    ("rmb100", "100"),
    ("10 rmb 20 usd", "10;20"),
]


@pytest.mark.parametrize(("text", "values"), RENMINBI)
def test_the_renminbi_in_small_letters(text: str, values: str) -> None:
    found = find_quantities(text)
    assert [stated(q) for q in found] == _expected(values)
    assert found[0].unit == "CNY"


@pytest.mark.parametrize(("text", "values", "number", "reason"), NOT_FIGURES)
def test_numbers_that_are_no_figures_in_amount_sentences(
    text: str, values: str, number: str, reason: str
) -> None:
    assert _values(text) == _expected(values)
    assert (number, reason) in [(p.text, p.reason) for p in passed_over(text)]


def test_a_price_and_a_share_listed_after_a_comma_stay_apart() -> None:
    # a tokenizer's "80, 000" joins thousands; "5, 100%" is a price, then a share
    assert _values("the price is $ 5, 100% guaranteed") == [(5, 5), (100, 100)]
    assert _values("around 80, 000 spectators came") == [(80000, 80000)]


def test_a_weight_in_pounds_keeps_its_ounces_and_its_weight_cue() -> None:
    # spoken pence make pounds money; a weight's ounces or a weighing verb keep them a weight
    assert [q.unit for q in find_quantities("the baby weighed 7 pounds 8 ounces")] == [
        "lb",
        "oz",
    ]
    assert [q.unit for q in find_quantities("the ride was five pounds fifty.")] == ["GBP"]
