"""Bare numbers in money and measure sentences that state no quantity, beside one that does.

Each row is a sentence written for these tests in the style of short product copy, chat and
news (often in small letters, as the quantity test sets write them): a number that names,
labels or ranks a thing rather than counting it, and the amount or measure the sentence
states. The named number must be passed over with its reason; only the amount is a figure,
stated as the quality scorer states one.
"""

from __future__ import annotations

import pytest

from figure_values import stated
from triangulate.claims import find_quantities
from triangulate.claims.quantities import passed_over

# sentence, the number (or the date holding it) that is no quantity, why it is passed over,
# the values stated
NOT_QUANTITIES: list[tuple[str, str, str, list[float]]] = [
    # a thing named by its number, with what it has or does after it
    ("flight 370 tickets were refunded at 450 euros each.", "370", "name", [450]),
    ("room 214 costs $89 a night.", "214", "name", [89]),
    ("route 66 motels charge about $60 per night", "66", "name", [60]),
    ("series 3 bonds worth $10 million were sold", "3", "name", [10_000_000]),
    ("gate 23 sells coffee for $4", "23", "name", [4]),
    ("section 8 vouchers pay up to $1,200 a month", "8", "name", [1200]),
    ("level 3 members pay 20 dollars a month", "3", "name", [20]),
    ("model 3 batteries weigh 480 kg", "3", "name", [480]),
    # a model's number in copy without capitals, with its singular verb after it
    ("windows 10 needs 20 gb of disk space", "10", "name", [20]),
    ("ios 17 requires 6 gb", "17", "name", [6]),
    ("the galaxy tab 8 is 6 mm thin", "8", "name", [6]),
    ("the iphone 12 mini is 131.5 mm tall", "12", "name", [131.5]),
    ("the iphone 15 pro starts at $999 in the us.", "15", "name", [999]),
    ("windows 11 pro costs 199 dollars.", "11", "name", [199]),
    # a jet named by its number before a word of its name; two roads named by their numbers
    ("the 747 jumbo jet costs about $ 125 million.", "747", "name", [125_000_000]),
    ("the 787 dreamliner is 57 m long", "787", "name", [57]),
    ("in los angeles, the 405 and 10 freeways were closed for 3 miles.", "405", "name", [3]),
    ("in los angeles, the 405 and 10 freeways were closed for 3 miles.", "10", "name", [3]),
    # a model's number and its variant's, a round hundred below it: no range runs downwards
    ("the 747-400 burns 12 tonnes of fuel an hour", "747", "name", [12]),
    ("the 747-400 burns 12 tonnes of fuel an hour", "400", "name", [12]),
    ("the airline's 737 - 300 jets cost $ 30 million each.", "300", "name", [30_000_000]),
    # a step or a counter named by its number
    ("step 1: save 5 dollars a day", "1", "name", [5]),
    ("pay 30 dollars at counter 4", "4", "name", [30]),
    # a rating's stars, the hyphen left out
    ("5 star hotel for 200 euros", "5", "part of a word", [200]),
    ("a 4 star review costs $5", "4", "part of a word", [5]),
    # an age said of oneself or a kin, the clause ending or going on with "and"
    ("i'm 25 and have 10 000 euros", "25", "age", [10_000]),
    ("My son is 12. He saved $40.", "12", "age", [40]),
    # an address standing for who is there, doing a thing
    ("10 downing street spent £2 million", "10", "address", [2_000_000]),
    # a date in small letters: a point spaced off its month, or none before a day
    ("friday , oct . 13 , it paid $ 5", "oct . 13", "date", [5]),
    ("the feb 14 deal cost $ 5", "feb 14", "date", [5]),
    ("from march 1 to april 30 it paid $ 5", "march 1", "date", [5]),
    # the 24-hour clock in small letters
    ("it paid $ 5 at 1530 gmt", "1530 gmt", "clock time", [5]),
    # a list's mark in a bracket; a rank after "the no"
    ("1) buy milk for $2 2) buy eggs for $3", "2", "list number", [2, 3]),
    ("(1) a fee of $5", "1", "list number", [5]),
    ("the no 1 pick costs $8 million", "1", "reference number", [8_000_000]),
    ("a 747 flies at 900 km/h", "747", "name", [900]),
    # a postcode named as one
    ("my zip code is 98052 and i paid $12 for shipping", "98052", "name", [12]),
    # ... and a secret or a thing's number named as one
    ("the password is 1234 and the box weighs 3 kg", "1234", "name", [3]),
    ("my pin is 4321, the bag is 20 kg", "4321", "name", [20]),
    ("the room number is 305 and it is 30 m2", "305", "name", [30]),
    ("my order number: 55512 cost $20", "55512", "name", [20]),
]


@pytest.mark.parametrize(("text", "number", "reason", "values"), NOT_QUANTITIES)
def test_a_number_that_names_a_thing_is_no_figure(
    text: str, number: str, reason: str, values: list[float]
) -> None:
    assert [stated(q) for q in find_quantities(text)] == [(v, v) for v in values]
    assert (number, reason) in [(p.text, p.reason) for p in passed_over(text)]


# sentence, the values stated: a count after a determiner counts, even after a thing's noun
COUNTS: list[tuple[str, list[float]]] = [
    ("each room 2 beds cost $40", [2, 40]),
    ("per flight 180 seats were sold at $99", [180, 99]),
    ("the route 5 km long", [5]),
    ("crews closed 5 freeways and 3 bridges", [5, 3]),
    # ... but a tally, a score or an amount may run downwards
    ("a 250-200 vote", [250, 200]),
    ("fares of 650-400 dollars", [650, 400]),
    ("5 star players joined for $1 million", [5, 1_000_000]),
    ("i am 5 dollars short", [5]),
    ("my brother is 30 minutes away", [30]),
    ("the bus made 5 stops", [5]),
    ("3 high street banks closed with $9 million", [3, 9_000_000]),
    # "half" after an ordinal in digits is a half of a game or a year, no share
    ("in the 2nd half the team earned $ 5", [5]),
    ("1st half revenue was $5 million", [5_000_000]),
    ("one-half of voters paid $5", [50, 5]),
    ("a pin of 4 digits costs $1", [4, 1]),
    ("the march 5 people joined cost $ 5", [5, 5]),
    ("the total (5) was $10", [5, 10]),
    ("shares (up 5) rose to $9", [5, 9]),
    ("there is no 1 answer to a $5 question", [1, 5]),
    # what a vehicle or a pack is built of counts, as "a 300-seat parliament" does
    ("the 2-door car is 4 m long", [2, 4]),
    ("the 4-cylinder engine is 2 litres", [4, 2]),
    # a plural verb after a number counts; a counting word before it is no product line
    ("the remaining 300 were sold for $5 each", [300, 5]),
    ("the last 20 cost $100", [20, 100]),
]


@pytest.mark.parametrize(("text", "values"), COUNTS)
def test_a_count_after_a_counted_thing_still_counts(text: str, values: list[float]) -> None:
    assert [stated(q) for q in find_quantities(text)] == [(v, v) for v in values]


# A market report's "up" or "down" set off by a comma: the change, then the level reached,
# never a range; "up 5 to 10 percent" with its unit stays a range of change.
MOVES: list[tuple[str, list[tuple[float, float]]]] = [
    ("up 1/8 to 20 1/2", [(0.125, 0.125), (20.5, 20.5)]),
    ("ual , up 1/8 to 20 1/2 , led the list", [(0.125, 0.125), (20.5, 20.5)]),
    ("sales, up 5 to 10 percent", [(5, 10)]),
]


@pytest.mark.parametrize(("text", "values"), MOVES)
def test_a_change_set_off_by_a_comma_then_its_level(
    text: str, values: list[tuple[float, float]]
) -> None:
    assert [stated(q) for q in find_quantities(text)] == values
