"""Figure values on sentences written for these tests, one family of notation each.

Each row is a sentence in the style of news or product copy and every value a reader should
take from it, stated as the quality scorer states a figure (``low`` for an exact or hedged
value, ``high`` for "up to", both ends for a range). The rows are no corpus's sentences:
they try the written forms of money, measures, temperatures, shares and numbers in words
that the development data shows only once or never.
"""

from __future__ import annotations

import pytest

from figure_values import stated
from triangulate.claims import find_quantities
from triangulate.claims.quantities import passed_over
from triangulate.evaluate.quantities import gold_value


def _values(text: str) -> list[tuple[float, float]]:
    return [stated(q) for q in find_quantities(text)]


# sentence, the values stated in it ("a-b" is a range), the unit of the first
ROWS: list[tuple[str, str, str | None]] = [
    # dimensions with the multiplication sign glued to the sides
    ("The tent is 3x3m.", "3;3", "m"),
    ("The rug is 2x3 metres.", "2;3", "m"),
    ("The print is 20x30cm.", "20;30", "cm"),
    ("The box is 10x20x30cm.", "10;20;30", "cm"),
    ("The room is 4x5 m.", "4;5", "m"),
    # a recipe's and a laboratory's small measures
    ("Add 3 tbsp sugar and 1 tsp salt.", "3;1", "cup"),
    ("Add 2 Tbs. butter.", "2", "cup"),
    ("Take 5 µl of the sample.", "5", "µl"),
    ("Inject 20 μL of the dye.", "20", "µl"),
    ("The tablet holds 10mcg of vitamin D.", "10", "µg"),
    # units glued to the digits
    ("The bike has a 125cc engine.", "125", "cm3"),
    ("Take 5µl of the sample.", "5", "µl"),
    ("He ran 100yds before he was tackled.", "100", "yd"),
    ("She weighs 60kgs.", "60", "kg"),
    ("It has a 24in screen.", "24", "in"),
    ("The phone is 6.1in tall.", "6.1", "in"),
    ("The lake is 5mi away.", "5", "mi"),
    ("It holds a 1.5l bottle.", "1.5", "l"),
    ("Add 100 gms of flour.", "100", "g"),  # abbreviations in the plural
    ("The pipe was 20cms wide.", "20", "cm"),
    ("Buy 5 ltrs of oil.", "5", "l"),
    # a unit's whole name, its space lost: the number is still read
    ("The wall is 5metres long.", "5", "m"),
    ("The ticket costs 20dollars.", "20", "$"),
    ("Prices rose 10percent.", "10", "percent"),
    ("The truck weighs 5tonnes.", "5", "t"),
    ("The lake is 5miles away.", "5", "mi"),
    # currency codes in lower case, as lower-cased copy writes them
    ("They raised eur 300m from investors.", "300000000", "EUR"),
    ("The stake was sold for gbp 2.5bn.", "2500000000", "GBP"),
    ("The deal is worth sek 1.1bn.", "1100000000", "SEK"),
    ("The swiss unit fetched chf 40m.", "40000000", "CHF"),
    ("The shop sold jpy 12,000 of tea.", "12000", "JPY"),
    ("The fee is 115eur a head.", "115", "EUR"),
    ("He paid 40gbp at the door.", "40", "GBP"),
    # a code with a scale letter glued before it, as business copy writes thousands
    ("The deal is about kEUR 500.", "500000", "EUR"),
    ("Costs rose to kUSD 20 per site.", "20000", "USD"),
    # thousands grouped with a space or a point before a currency of a country that does so
    ("The house is 300 000 euros.", "300000", "EUR"),
    ("The total came to 1 234,56 EUR.", "1234.56", "EUR"),
    ("It costs 12.000 euros.", "12000", "EUR"),
    ("A used car costs €12.000 there.", "12000", "EUR"),
    ("They lost 2 000 francs.", "2000", "francs"),
    ("A coffee costs Rp 15.000 in Jakarta.", "15000", "IDR"),
    ("A meal costs R$ 1.500 in Rio.", "1500", "BRL"),
    ("The fee is EUR 1.500.", "1500", "EUR"),
    ("The flat rents for 3.500 kr a month.", "3500", "kroner"),
    ("A beer costs kr 80 in Oslo.", "80", "kroner"),
    ("The fine is KWD 1.250.", "1.25", "KWD"),  # the Gulf's dinars take three decimals
    ("The loan was 5 000 USD.", "5000", "USD"),
    ("Gas is $3.599 a gallon.", "3.599", "$"),  # a US pump price keeps its three decimals
    ("Around 80, 000 fans came.", "80000", None),  # a tokenizer's comma and space
    # hundreds of a larger scale, and a price spoken with its cents
    ("It costs 3 hundred thousand dollars.", "300000", "$"),
    ("Some 5 hundred million people watched.", "500000000", None),
    ("The coffee costs a dollar fifty.", "1.5", "$"),
    ("A pint costs a pound twenty.", "1.2", "GBP"),
    ("Fries cost a buck twenty-five each.", "1.25", "$"),
    ("The pie costs 2 pounds 50p.", "2.5", "GBP"),  # the pence glued as prices mark them
    # an angle after "dial", and watts glued to the digits
    ("Rotate the dial 180° to open it.", "180", "degree"),
    ("The charger delivers 65W.", "65", "W"),
    ("The iPhone 15 costs $799.", "799", "$"),
    ("The Pixel 8 weighs 187 grams.", "187", "g"),
    # a battery's capacity, and a watt-hour that is no watt
    ("The battery is 5000mAh.", "5000", "mAh"),
    ("The phone has a 4,500 mAh battery.", "4500", "mAh"),
    ("Airlines allow a 100 watt-hour battery.", "100", "Wh"),
    ("The bulb is 60-watt.", "60", "W"),
    # a fraction in one character with no whole number: a measure, or a share before "of"
    ("The shop is ½ mile away.", "0.5", "mi"),
    ("Take ½ cup of milk.", "0.5", "cup"),
    ("Some ¾ of voters agreed.", "75", "percent"),
    ("Use a ⅜ inch drill bit.", "0.375", "in"),
    ("The wall is 2 ⅝ inches thick.", "2.625", "in"),
    ("Use a 1⁄2 inch bolt.", "0.5", "in"),  # the fraction slash
    # a whole number and a quarter, three quarters or a third, as a half is read
    ("Rates rose by one and a quarter percent.", "1.25", "percent"),
    ("He ran two and three quarter miles.", "2.75", "mi"),
    ("The board is 1 and a quarter inches thick.", "1.25", "in"),
    ("Stir in one and a third cups of milk.", "1.333", "cup"),
    ("The pool holds one and a quarter million litres.", "1250000", "l"),
    # ranges: the scale after the second end of money, the scale's letter at both ends, a tilde
    ("The deal is worth $5-6m.", "5000000-6000000", "$"),
    ("Repairs will cost £1.5-2m.", "1500000-2000000", "GBP"),
    ("It was 20C-25C in the afternoon.", "20-25", "°C"),
    ("Lows of 50F-55F are likely.", "50-55", "°F"),
    ("It was 75F/24C at noon.", "75;24", "°F"),  # one temperature in both scales
    ("It was 75 F / 24 C at noon.", "75;24", "°F"),
    ("Keep it at 25oC or cooler.", "25", "°C"),  # a small "o" typed for the degree sign
    ("It was 5deg C at dawn.", "5", "°C"),
    ("Highs of 20~25 degrees are likely.", "20-25", "degree"),
    ("The lake is 10～20 km away.", "10-20", "km"),
    ("A 5-6m wall surrounds it.", "5-6", "m"),  # no money: metres
    # a percentage hyphened before its noun
    ("They own a 49-percent stake.", "49", "percent"),
    ("Prices rose 5-per-cent last year.", "5", "percent"),
    # turns a minute, where a year-like number is no year
    ("The engine peaks at 2000 rpm.", "2000", "rpm"),
    ("The 7,000rpm red line is near.", "7000", "rpm"),
    ("The game runs at 60fps.", "60", "fps"),
    ("The entry cost PS5.", "5", "GBP"),  # a £ an encoding lost, at a sentence's end
    # scales of other presses: lakhs of crores, the German million, a road race's K
    ("The loss was ₹2.5 lakh crore.", "2500000000000", "INR"),
    ("The flat cost Rs1.2cr.", "12000000", "Rs"),  # the crore abbreviated, with money
    ("The car cost Rs 5 lacs.", "500000", "Rs"),  # the lakh spelled "lac"
    ("The fine was 1.2 mio euros.", "1200000", "EUR"),
    ("Sales hit EUR 4 Mio. last year.", "4000000", "EUR"),
    ("The plan costs €1.5 Mrd.", "1500000000", "EUR"),  # the German billion
    ("The fund holds 1,5 Mio. €.", "1500000", "EUR"),
    ("Prices rose 5‒6% this year.", "5-6", "percent"),  # a figure dash between the ends
    ("She won a 10K race on Sunday.", "10", "km"),
    ("Some 5K people attended.", "5000", None),
    # the sign an archive's plain text spelled out before the amount
    ("The group paid Pounds 5m for the site.", "5000000", "GBP"),
    ("The fund raised Dollars 200m last year.", "200000000", "$"),
    # a minus sign before the currency's sign: a negative amount; a dash after one is a range
    ("The account showed a balance of -$500.", "-500", "$"),
    ("Net cash was −£3m at the year end.", "-3000000", "GBP"),
    ("Earnings were -US$0.12 a share.", "-0.12", "USD"),
    ("Tickets cost $5-$10.", "5-10", "$"),
    ("Shares went from $5 to -$10.", "5;-10", "$"),
    ("Temperatures fell to –5C overnight.", "-5", "°C"),  # an en dash set as a minus
    ("From 5 – 6 people are expected.", "5-6", None),  # ... but a range between two numbers
]


@pytest.mark.parametrize(("text", "values", "unit"), ROWS)
def test_unseen_sentence_values(text: str, values: str, unit: str | None) -> None:
    expected = [(v.low, v.high) for v in (gold_value(raw, None) for raw in values.split(";"))]
    assert _values(text) == expected
    assert find_quantities(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("He bought a 4x4 truck.", "code"),  # no unit after the sides: a vehicle's drive
        ("He bought a 2in1 laptop.", "code"),  # "in" between digits is no inch
        ("The 5 GM plants closed.", None),  # a company's capitals, no grams
        ("Then rub 2 tbsp of oil into the meat.", None),  # a code that spells a word
        ("The hunter shot a buck.", None),  # a deer: "a buck" is money only at a price
        ("For help call ext. 5521.", "phone number"),  # a telephone's extension
        ("The iPhone 15 costs more.", "name"),  # a product's number before its verb
        ("The lens opens to f/1.8.", "name"),  # a lens's f-number
        ("He bought a PS5.", "name"),  # a console, not £5 an encoding lost
        ("She bought a 4K TV.", "name"),  # video formats
        ("It streams in 1080p.", "name"),
        ("He lives at 42 Baker St, London.", "address"),  # a street's abbreviation, no point
    ],
)
def test_unseen_not_values(text: str, reason: str | None) -> None:
    found = find_quantities(text)
    assert all(q.unit not in ("m", "RUB", "$", "g") for q in found)
    if reason is not None:
        assert all(q.kind != "count" for q in found)
        assert {p.reason for p in passed_over(text)} == {reason}
