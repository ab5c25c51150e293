"""Money written with a currency's letters, and sums whose currency the report leaves unwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_reconcile_helpers import analysed, measure_home
from triangulate.claims.currency import resolve_money
from triangulate.claims.quantities import find_quantities
from triangulate.model import Document, Published


def _doc(text: str, *, url: str | None = None) -> Document:
    return Document(
        id="d",
        source="d.txt",
        title=None,
        outlet=None,
        text=text,
        sha256="",
        published=Published.unknown(),
        url=url,
    )


def _read(text: str) -> list[tuple[str, str, str | None, float | None]]:
    return [(q.text, q.kind, q.unit, q.low) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "phrase", "unit", "value"),
    [
        ("The county will spend Sh5 million on the Varga road.", "Sh5 million", "shillings", 5e6),
        ("Reyes was fined Shs 300,000 on Monday.", "Shs 300,000", "shillings", 300000),
        ("Dalby paid Kshs 4,000 for the permit.", "Kshs 4,000", "KES", 4000),
        ("The board approved N2.5 billion for Orvel.", "N2.5 billion", "NGN", 2.5e9),
        ("Tallis raised J$5 million for the clinic.", "J$5 million", "JMD", 5e6),
        ("The island lent EC$3,000 to each farmer.", "EC$3,000", "XCD", 3000),
        ("Corran earns TT$ 12,500 a month.", "TT$ 12,500", "TTD", 12500),
        ("The fund gave N$ 200,000 to Kelvara.", "N$ 200,000", "NAD", 200000),
    ],
)
def test_currency_letters_before_the_amount_are_money(
    text: str, phrase: str, unit: str, value: float
) -> None:
    assert (phrase, "money", unit, value) in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nurses wore N95 masks in the Orvel ward.",  # a mask's name
        "Ada Brandt drove the N7 to Dalby.",  # a road's name
        "The Sh2 bus left Corran at noon.",  # a route's name
    ],
)
def test_currency_letters_before_a_bare_number_are_a_name(text: str) -> None:
    assert all(kind != "money" for _, kind, _, _ in _read(text))


def test_currency_shilling_letters_take_the_reports_country() -> None:
    doc = _doc("Torvald will spend Sh5 million on the dam.", url="https://news.example.co.ke/a")
    [money] = [q for q in resolve_money(doc, find_quantities(doc.text)) if q.kind == "money"]
    assert money.unit == "KES"
    assert money.basis is not None and money.basis.startswith("inferred")


def test_currency_shilling_letters_with_no_country_stay_unknown() -> None:
    doc = _doc("Torvald will spend Sh5 million on the dam.")
    [money] = [q for q in resolve_money(doc, find_quantities(doc.text)) if q.kind == "money"]
    assert (money.unit, money.basis) == ("shillings", "unknown")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The Varga deal is worth 22.4bn, Reyes said.", "22.4bn", 22.4e9),
        ("Dalby posted revenue of 3.1bn last year.", "3.1bn", 3.1e9),
        ("The club paid 40m for the Orvel striker.", "40m", 40e6),
        ("The Corran contract is worth 3.5m a year.", "3.5m", 3.5e6),
        ("The new Tallis stadium will cost 650mn.", "650mn", 650e6),
        ("The Kelvara bailout came to 4.2bn in all.", "4.2bn", 4.2e9),
    ],
)
def test_currency_abbreviated_scale_after_paying_is_money_of_no_written_currency(
    text: str, phrase: str, value: float
) -> None:
    assert (phrase, "money", "¤", value) in _read(text)
    [money] = [q for q in find_quantities(text) if q.kind == "money"]
    assert money.basis == "unknown"


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "unit"),
    [
        ("Officials in Orvel counted 22.4bn files.", "22.4bn", "count", None),  # no paying
        ("The Varga population reached 22.4m.", "22.4m", "count", None),
        ("Corran bought a 40m yacht.", "40m", "length", "m"),  # an article: a length
        ("Tallis sales topped 3m units.", "3m", "count", None),  # a count of things follows
        # selling names no sum: what was sold may be things
        ("The Corran album has sold 2.5bn worldwide.", "2.5bn", "count", None),
        ("The wall cost a lot and is 40m high.", "40m", "length", "m"),
    ],
)
def test_currency_abbreviated_scale_without_paying_keeps_its_reading(
    text: str, phrase: str, kind: str, unit: str | None
) -> None:
    assert [(p, k, u) for p, k, u, _ in _read(text) if p == phrase] == [(phrase, kind, unit)]


def test_currency_a_house_number_never_has_a_scale_word() -> None:
    assert ("5 million", "count", None, 5e6) in _read(
        "The county will spend 5 million on the road."
    )
    assert not _read("the minister lives at 10 downing street.")


def test_currency_unwritten_takes_the_one_currency_the_story_gives_the_sum_in(
    tmp_path: Path,
) -> None:
    report = analysed(
        tmp_path / "reports",
        {
            "a.txt": "Kelvara Mining agreed a takeover of Dalby Metals worth US$22.4bn on Monday.",
            "b.txt": "The takeover of Dalby Metals by Kelvara Mining is worth 22.4bn, Reyes said.",
        },
    )
    [unwritten] = [c for c in report.claims if c.figure is not None and c.text == "22.4bn"]
    assert unwritten.figure is not None
    assert (unwritten.figure.kind, unwritten.figure.unit) == ("money", "¤")
    # grouped with the sum the other report gives in US dollars
    group = measure_home(report, "22.4bn", "b.txt")
    assert {c.text for c in report.claims if c.id in group.claims} == {"US$22.4bn", "22.4bn"}


def test_currency_unwritten_is_shown_as_unknown() -> None:
    from triangulate.model import Figure
    from triangulate.report.claims_text import currency_text, value_text

    sum_ = Figure(
        measure="Dalby takeover (¤)",
        counted="takeover",
        qualifiers=(),
        low=22.4e9,
        high=22.4e9,
        hedge="exact",
        unit="¤",
        kind="money",
        currency=None,
        currency_basis="unknown",
    )
    assert value_text(sum_).endswith("22.4 billion (currency unknown)")
    assert currency_text(sum_) == "which currency the report does not say"
