"""Parts of a number as news writes them, and amounts that take the currency said just before.

A reader must keep the part of "4½ months" and "two and one-half years", and must read the
"1.2m" of "£3m and a further 1.2m" as a million pounds, never as 1.2 metres. Sentences are
invented for these tests.
"""

from __future__ import annotations

import pytest

from triangulate.claims import find_quantities


def _read(text: str) -> list[tuple[float | None, float | None, str | None, str]]:
    return [(q.low, q.high, q.unit, q.kind) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Ada Brandt was held for 4½ months before her trial.", 4.5, "month"),
        ("Ada Brandt was held for 4-½ months before her trial.", 4.5, "month"),
        ("The siege of Dalby lasted 2 1/2 years.", 2.5, "year"),
        ("The talks in Orvel lasted two-and-a-half hours.", 2.5, "hour"),
        # US copy names the part with "one": "two and one-half years"
        ("Varga was sentenced to two and one-half years.", 2.5, "year"),
        ("Varga was sentenced to two and one half years.", 2.5, "year"),
        ("The count in Corran took one and one-half hours.", 1.5, "hour"),
        ("The Tallis trail runs three and three-fourths miles.", 3.75, "mi"),
        ("Reyes waited 2 and one-half hours at the border.", 2.5, "hour"),
        # a unit of time and a half, wherever it stands
        ("Tomas Brandt served a year and a half in prison.", 1.5, "year"),
        ("Reyes arrived an hour and a half later.", 1.5, "hour"),
    ],
)
def test_the_part_of_a_number_is_kept(text: str, value: float, unit: str) -> None:
    found = find_quantities(text)
    assert [(q.low, q.high, q.unit) for q in found] == [(value, value, unit)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("One and a half million people fled Kelvara.", 1_500_000),
        ("A half-dozen officers were hurt in Orvel.", 6),
        ("A dozen and a half officers were hurt in Orvel.", 18),
        ("One and a half dozen officers were hurt in Orvel.", 18),
        ("About 1½ million people voted in Dalby.", 1_500_000),
    ],
)
def test_a_part_of_a_scale(text: str, value: int) -> None:
    assert [q.low for q in find_quantities(text)] == [value]


def test_two_and_one_half_is_no_share() -> None:
    """The "one-half" after "two and" is the part of two, never a share of fifty percent."""
    found = find_quantities("The Varga mine closed for two and one-half years.")
    assert all(q.kind != "percent" for q in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orvel raised £3m and a further 1.2m from Dalby.",
            [(3e6, 3e6, "GBP", "money"), (1.2e6, 1.2e6, "GBP", "money")],
        ),
        (
            "The Tallis fund of £3m and 1.2m from the state was spent.",
            [(3e6, 3e6, "GBP", "money"), (1.2e6, 1.2e6, "GBP", "money")],
        ),
        (
            "The Corran plant cost €2bn, then 3bn more.",
            [(2e9, 2e9, "EUR", "money"), (3e9, 3e9, "EUR", "money")],
        ),
        ("The Reyes bid was between £3m and 4m.", [(3e6, 4e6, "GBP", "money")]),
        ("The Reyes bid was £3m-4m.", [(3e6, 4e6, "GBP", "money")]),
    ],
)
def test_a_scaled_amount_takes_the_currency_joined_before_it(
    text: str, expected: list[tuple[float, float, str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # a length, as what follows its "m" says
        ("The £3m Dalby bridge is 1.2m wide.", (1.2, 1.2, "m", "length")),
        ("A £3m, 40m-long bridge opened in Orvel.", (40, 40, "m", "length")),
        # a count of millions of people stays a count
        ("The Orvel fair cost £3m and 2m people came.", (2e6, 2e6, None, "count")),
    ],
)
def test_no_currency_is_carried_where_the_report_does_not_say_it(
    text: str, second: tuple[float, float, str | None, str]
) -> None:
    assert _read(text)[1] == second


def test_no_currency_is_guessed_across_a_name() -> None:
    """In "$5m and Reyes 2m" the currency is not joined to the second amount, so none is read."""
    found = find_quantities("Tallis paid $5m and Reyes 2m.")
    assert [q.unit for q in found if q.kind == "money"] == ["$"]
