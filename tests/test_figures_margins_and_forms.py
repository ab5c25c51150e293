"""A figure's margin of error, and written forms of money and measures, one family a table.

A margin of sampling error after a figure is its precision, not its range nor a figure of
its own: "leads by 3 points, plus or minus 6" reports a lead of 3, and reading it as the range
-3 to 9 would make it "agree" with any other report. A real range stays a range. A tolerance
in a specification ("25 mm +/- 2 mm") is read the same way: the nominal size is what a reader
of specs compares; the tolerance says how closely it is held. A poll's margin named as such
("a margin of error of plus or minus 3 points") is the margin's own figure, never negative.

The tables of written forms are sentences written for these tests in the style of the
Recognizers-Text suites (short requests and statements, lower-cased in places), each with
every value a reader should take from it, stated as the quality scorer states a figure.
"""

from __future__ import annotations

import pytest

from figure_values import stated
from triangulate.claims import find_quantities
from triangulate.claims.quantities import passed_over
from triangulate.evaluate.quantities import (
    Sentence,
    Value,
    breakdown,
    figure_value,
    gold_value,
    read_sentences,
)


def _values(values: str) -> list[tuple[float, float]]:
    if not values:
        return []
    return [(v.low, v.high) for v in (gold_value(raw, None) for raw in values.split(";"))]


# A figure with its margin of error: the figure alone, its hedge untouched
MARGINS: list[tuple[str, str]] = [
    ("Smith leads Jones by 3 points, plus or minus 6, in the latest poll.", "3"),
    ("Smith has 45% (+/- 3.1) support among likely voters.", "45"),
    ("Smith has 45 percent, plus or minus 3 percentage points.", "45"),
    ("Smith has 45% ± 3%.", "45"),
    ("Smith has 45% +/-3% of the vote.", "45"),
    ("Plus or minus 3 percentage points, the pollster said.", ""),
]


@pytest.mark.parametrize(("text", "values"), MARGINS)
def test_a_margin_of_error_is_no_figure_and_no_range(text: str, values: str) -> None:
    assert [stated(q) for q in find_quantities(text)] == _values(values)
    assert "margin of error" in {p.reason for p in passed_over(text)}


# A poll's margin named as such is a figure of its own, the margin: never negative
NAMED_MARGINS: list[tuple[str, str]] = [
    ("The poll has a margin of error of plus or minus 3 percentage points.", "3"),
    ("The survey of 1,000 adults has a sampling error of plus or minus 3.1 points.", "1000;3.1"),
    ("Support stands at 52 percent, with a margin of error of 4 percentage points.", "52;4"),
    ("Smith is ahead by 3 points, within the margin of error of 4 points.", "3;4"),
    ("The poll, which has a margin of error of +/- 4 points, shows Smith at 48%.", "4;48"),
    (
        "Smith leads 48 percent to 44 percent, within the poll's 3.5-point margin of error.",
        "48;44;3.5",
    ),
    ("The results have an error margin of 3%.", "3"),
    ("the margin of error is plus or minus two percentage points.", "2"),
    ("Kathimerini gave a 4.5 percent margin of error.", "4.5"),
]


@pytest.mark.parametrize(("text", "values"), NAMED_MARGINS)
def test_a_margin_named_as_such_is_the_margin_figure(text: str, values: str) -> None:
    assert [stated(q) for q in find_quantities(text)] == _values(values)


# Ranges and margins of another kind stay as they were
KEPT: list[tuple[str, str]] = [
    ("Turnout rose to between 3 and 9 percent.", "3-9"),
    ("Unemployment is expected to be between 3% and 9%.", "3-9"),
    ("Unemployment is expected to be 3-9%.", "3-9"),
    ("Trump won the county by a 10-point margin.", "10"),
    ("The bill passed by a margin of 12 votes.", "12"),
    ("The error cost the firm $3 million.", "3000000"),
    ("Overnight lows fell to minus 6 degrees.", "-6"),
]


@pytest.mark.parametrize(("text", "values"), KEPT)
def test_a_real_range_or_a_vote_margin_is_still_read(text: str, values: str) -> None:
    assert [stated(q) for q in find_quantities(text)] == _values(values)
    assert "margin of error" not in {p.reason for p in passed_over(text)}


# A specification's tolerance: the nominal size, in its unit; the tolerance is passed over
TOLERANCES: list[tuple[str, str, str]] = [
    ("The shaft is 25 mm +/- 2 mm in diameter.", "25", "mm"),
    ("The part measures 120 mm ± 0.5 mm.", "120", "mm"),
    ("the resistor is 100 ohm +/-5%", "100", ""),
]


@pytest.mark.parametrize(("text", "values", "unit"), TOLERANCES)
def test_a_tolerance_is_the_precision_of_the_nominal_size(
    text: str, values: str, unit: str
) -> None:
    found = find_quantities(text)
    assert [stated(q) for q in found] == _values(values)
    assert (found[0].unit or "") == unit


def test_the_figure_stage_keeps_the_lead_and_not_its_margin() -> None:
    """Read end to end, the lead is one figure of 3: no negative value, no range."""
    sentence = Sentence(
        set="margins",
        index=0,
        text="Smith leads Jones by 3 points, plus or minus 6, in the latest poll.",
        values=(),
    )
    figures = read_sentences([sentence])[sentence.id]
    assert [(figure_value(f).low, figure_value(f).high) for f in figures] == [(3.0, 3.0)]
    assert all(f.hedge != "range" for f in figures)


def _check(text: str, values: str, unit: str | None) -> None:
    found = find_quantities(text)
    assert [stated(q) for q in found] == _values(values)
    assert found[0].unit == unit


# Money as a price is said: whole units, then their cents, tenths or half, in one amount
SPOKEN_MONEY: list[tuple[str, str, str | None]] = [
    ("two dollars fifty please.", "2.5", "$"),
    ("Two dollars fifty is the price.", "2.5", "$"),
    ("it only cost thirteen dollars forty-five", "13.45", "$"),
    ("it cost one dollar and five cents", "1.05", "$"),
    ("It costs 15 dollars and 5 cents.", "15.05", "$"),
    ("it costs $ 5 and 50 cents", "5.5", "$"),
    ("she paid £2 and 30 pence for the stamp.", "2.3", "GBP"),
    ("3 pounds 5 pence", "3.05", "GBP"),
    ("She paid 2 pounds 30 pence.", "2.3", "GBP"),
    ("it cost 1 dollar and a half.", "1.5", "$"),
    ("it cost ten euros and a half", "10.5", "EUR"),
    ("it cost 2 million dollars and a half", "2000000", "$"),
    ("the cost is two yuan three fen", "2.03", "CNY"),
    ("it cost 3 yuan 5", "3.5", "CNY"),
    ("It costs 10 yuan 8 jiao", "10.8", "CNY"),
    ("it costs 2 yuan 50.", "2.5", "CNY"),
    ("It may need one yuan and five jiao five.", "1.55", "CNY"),
    ("the price was 300 won.", "300", "KRW"),
    ("he paid 300 won for it.", "300", "KRW"),
    ("the price is eight euros fifty.", "8.5", "EUR"),
    ("I only have 2 rmb and 30 cents.", "2.3", "CNY"),
    ("it is worth two thousand dollars and fifty cents.", "2000.5", "$"),
    ("It only cost thirteen dollars, forty five cents.", "13.45", "$"),
]


@pytest.mark.parametrize(("text", "values", "unit"), SPOKEN_MONEY)
def test_spoken_money_is_one_amount(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


# What stays apart: a verb after a small number, a weight in pounds, a count after a price
APART: list[tuple[str, str]] = [
    ("Of the 40 running, 32 won.", "40;32"),
    ("he lost 3 pounds in 5 weeks.", "3;5"),
    ("It costs 15 dollars 50 people paid.", "15;50"),
    ("it costs $5 and 50 cents more for a seat.", "5.5"),
    ("It cost 15 dollars, 50 people paid.", "15;50"),
    ("It cost 15 dollars, 50.", "15;50"),
]


@pytest.mark.parametrize(("text", "values"), APART)
def test_what_stays_apart(text: str, values: str) -> None:
    assert [stated(q) for q in find_quantities(text)] == _values(values)


# Numbers that count nothing, in measure sentences: a ratio, a code's number
NOT_COUNTS: list[tuple[str, str, str]] = [
    ("the ratio is 3:1 and the bar is 1 m long.", "1", "ratio"),
    ("mix the cement and sand at a 3:1 ratio.", "", "ratio"),
    ("the tv has a 16:9 screen 55 inches wide.", "55", "ratio"),
    ("ratio 10 : 1", "", "ratio"),
    ("the page showed a code 404 error.", "", "name"),
    ("an 80386 - based computer", "", "part of a word"),
    ("the company's 5 - series sedan is 190 inches long.", "190", "part of a word"),
    ("the ibm 3090 mainframe fills a 20 - foot room.", "20", "name"),
    ("On may 19, the agency detained 68-ounce cans.", "68", "date"),
    ("Since march 3, 40 people fell ill.", "40", "date"),
    ("prices rose from 1990 to 2000 levels", "", "year"),
    ("in the summer of 2000 people left", "", "year"),
    ("jane doe, 123 random street, cloud city, pa 23456 f block", "", "address"),
    ("The shop is at 45 High St., apt 3, Boston, MA 02118", "", "name"),
]


@pytest.mark.parametrize(("text", "values", "reason"), NOT_COUNTS)
def test_numbers_that_count_nothing(text: str, values: str, reason: str) -> None:
    assert [stated(q) for q in find_quantities(text)] == _values(values)
    assert reason in {p.reason for p in passed_over(text)}


# ... and what stays a figure beside them
STILL_FIGURES: list[tuple[str, str]] = [
    ("at 3:45 pm the river was 2 m deep.", "2"),
    ("UPDATE 2: 5 killed in blast", "5"),
    ("the vote was 7:2", "7;2"),
    ("the zip code 10001 area has 3 parks", "3"),
    ("the blast killed 5 - based on police reports", "5"),
    ("the navy lost 2 submarine crews", "2"),
    ("a 300 satellite constellation", "300"),
    ("it takes 10 miles of cable to hook it all up, and 2000 computers.", "10;2000"),
    ("The weight is 2000 (kg)", "2000"),
    ("The length is 2000 m 2 dm more or less", "2000;2"),
    ("sales in ohio, in 20000 stores", "20000"),
    ("in dallas, tx 10000 people marched", "10000"),
]


@pytest.mark.parametrize(("text", "values"), STILL_FIGURES)
def test_what_stays_a_figure(text: str, values: str) -> None:
    assert [stated(q) for q in find_quantities(text)] == _values(values)


# Measures in the style of tokenized business news: spaced hyphens, fractions, lists
MEASURES: list[tuple[str, str, str | None]] = [
    ("the half - mile track is 80 feet wide.", "0.5;80", "mi"),
    ("the quarter-inch walls held.", "0.25", "in"),
    ("the 6 1/2-foot-tall center weighs 240 pounds.", "6.5;240", "ft"),
    ("the 3 1/2 - inch floppy holds 1.44 megabytes.", "3.5;1.44", "in"),
    ("the plane cruises at 41,000 feet, with a 1,500 - mile range.", "41000;1500", "ft"),
    ("about 10 % of the 2,000 acres lie within 5 miles of the coast.", "10;2000;5", "percent"),
    ("the boeing co. 757 jet is 155 feet long.", "155", "ft"),
    ("the m - 1 tank weighs 60 tons.", "60", "t"),
    ("the 100 - year - old bridge spans 1,000 feet.", "1000", "ft"),
    ("the lake covers 0.5 million square miles.", "500000", "mi2"),
    ("add 3tsp salt and 1tbsp butter", "3;1", "cup"),
    ("2Tbs sugar, 1/2 cup milk", "2;0.5", "cup"),
    ("make a full turn", "1", "turn"),
    ("make one complete turn to the left", "1", "turn"),
]


@pytest.mark.parametrize(("text", "values", "unit"), MEASURES)
def test_measures_in_business_news(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


def test_the_half_hour_is_no_length_of_time() -> None:
    assert find_quantities("the half-hour show ran late.") == ()


# Money in the signs and marks of smaller currencies, before or after the amount
MORE_CURRENCIES: list[tuple[str, str, str | None]] = [
    ("It costs Tk 500.", "500", "BDT"),
    ("He paid GH₵ 50 for the fare.", "50", "GHS"),
    ("It costs S/. 50.", "50", "PEN"),
    ("The toll is B/. 20.", "20", "PAB"),
    ("It costs Nu. 50.", "50", "BTN"),
    ("It costs 5,000 ₲.", "5000", "PYG"),
    ("The fee is ₼ 30.", "30", "AZN"),
    ("It costs 20 ₾.", "20", "GEL"),
    ("It costs zł 50.", "50", "PLN"),
    ("it costs 3 lempiras.", "3", "HNL"),
    ("it costs 5 guaranies.", "5", "PYG"),
    ("The book is 100 colones.", "100", "CRC"),
    ("It costs 200 Lao kips.", "200", "LAK"),
    ("dollar : 143.80 yen , up 0.95 ; 1.8500 marks , up 0.0085 .", "143.8;0.95;1.85;0.0085", "JPY"),
    ("the bid values the company at 1.2 billion deutsche marks.", "1200000000", "DEM"),
    ("the contract was valued at 500 billion lire.", "500000000000", "ITL"),
    ("it sold the stake for 300 million guilders.", "300000000", "NLG"),
    ("the fare is 50 leu.", "50", "RON"),
    ("it costs 20 lev.", "20", "BGN"),
    ("the client estimates an increase to 120 meur", "120000000", "EUR"),
    ("the budget is keur 500.", "500000", "EUR"),
]


@pytest.mark.parametrize(("text", "values", "unit"), MORE_CURRENCIES)
def test_money_in_more_currencies(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


def test_an_engineers_kip_is_no_money() -> None:
    assert [q.kind for q in find_quantities("The bridge bears a 5 kip load.")] == ["count"]


def test_the_breakdown_says_where_a_score_loses() -> None:
    """One amount read as two, a value never read, a bare number the gold leaves out."""
    money = Value(low=13.45, high=13.45, unit="dollar")
    pairs = [
        ([Value(low=13, high=13, unit="$"), Value(low=45, high=45)], [money]),
        ([Value(low=3, high=3, unit="mi")], [Value(low=3, high=3), Value(low=8, high=10)]),
        ([Value(low=5, high=5)], [Value(low=2, high=2), Value(low=5, high=5)]),
        ([Value(low=1, high=1), Value(low=4, high=4)], [Value(low=4, high=4)]),
        ([], [Value(low=7, high=7)]),
    ]
    assert breakdown(pairs) == {
        "missed_nothing_found": 1,
        "missed_misread": 1,
        "missed_unread": 2,
        "missed_range": 1,
        "extra_bare": 2,
        "extra_with_unit": 1,
        "extra_in_complete": 1,
    }


# Temperatures below zero as tokenized text and speech write them
BELOW_ZERO: list[tuple[str, str, str | None]] = [
    ("- 5 degree fahrenheit", "-5", "°F"),
    ("it dropped to - 5 degrees overnight.", "-5", "degree"),
    ("the record low was - 40 degrees c.", "-40", "°C"),
    ("the temperature is 5 degrees below 0.", "-5", "degree"),
    ("minus five degrees celsius", "-5", "°C"),
    ("temperatures of 3 - 5 degrees", "3-5", "degree"),
    ("it fell 10 degrees - 5 degrees more than forecast", "10;5", "degree"),
]


@pytest.mark.parametrize(("text", "values", "unit"), BELOW_ZERO)
def test_temperatures_below_zero(text: str, values: str, unit: str | None) -> None:
    _check(text, values, unit)


def test_marks_alone_are_money_only_beside_money() -> None:
    assert [q.unit for q in find_quantities("the dollar was quoted at 1.8470 marks")] == ["DEM"]
    assert [q.kind for q in find_quantities("she scored 8 marks in the test")] == ["count"]


def test_a_full_turnout_is_no_turn() -> None:
    assert find_quantities("a full turnout and the full turn of events") == ()
