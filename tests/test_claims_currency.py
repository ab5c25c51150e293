"""Which currency money is in: stated by the text, inferred from the report, or unknown."""

from __future__ import annotations

import pytest

from triangulate.claims.currency import report_country, resolve_money
from triangulate.claims.quantities import find_quantities
from triangulate.model import Document, Figure, Published
from triangulate.report.claims_text import currency_text, value_text


def _doc(text: str, *, url: str | None = None, outlet: str | None = None) -> Document:
    return Document(
        id="d",
        source="d.txt",
        title=None,
        outlet=outlet,
        text=text,
        sha256="",
        published=Published.unknown(),
        url=url,
    )


def _money(doc: Document) -> list[tuple[str | None, str | None]]:
    return [(q.unit, q.basis) for q in resolve_money(doc, find_quantities(doc.text))]


def test_currency_bare_dollar_without_basis_is_unknown_never_usd() -> None:
    assert _money(_doc("The council pledged $5 million.")) == [("$", "unknown")]
    assert _money(_doc("The council pledged 5 million dollars.")) == [("$", "unknown")]


def test_currency_stated_in_the_text_wins_over_any_basis() -> None:
    doc = _doc("Donors gave US$5m and S$3m.", url="https://news.example.com.sg/a")
    assert _money(doc) == [("USD", "stated"), ("SGD", "stated")]


@pytest.mark.parametrize(
    ("doc", "unit", "basis"),
    [
        (_doc("It cost $5 million.", url="https://www.example.com.sg/x"), "SGD", "(.sg)"),
        (_doc("It cost $5 million.", url="http://paper.example.au/x"), "AUD", "(.au)"),
        (_doc("It cost $5 million.", url="https://example.ca/news"), "CAD", "(.ca)"),
        (_doc("It cost $5 million.", url="https://example.hk/news"), "HKD", "(.hk)"),
        # a country with no dollar of its own writes the US dollar as "$"
        (_doc("It cost $5 million.", url="https://www.example.ae/news"), "USD", "(.ae)"),
        (_doc("SYDNEY - It cost $5 million."), "AUD", "dateline (SYDNEY)"),
        # the international wires keep a bare "$" for the US dollar wherever they file from
        (_doc("SYDNEY (Reuters) - It cost $5 million."), "USD", "dateline (Reuters"),
        (_doc("MEXICO CITY (AP) - It cost $2 million."), "USD", "dateline (AP"),
        (
            _doc("Dam Burst - Villages Flooded\n\nSYDNEY (Reuters) - It cost $2 million."),
            "USD",
            "dateline (Reuters",
        ),
        # a national agency writes its own country's dollar
        (_doc("SYDNEY (AAP) - It cost $5 million."), "AUD", "dateline (SYDNEY)"),
        (_doc("Toronto - The bill came to $5 million."), "CAD", "dateline (Toronto)"),
        (_doc("It cost $5 million.", outlet="The Auckland Courier"), "NZD", "outlet"),
        # "$" writes the peso in Mexico; "dollars" there are US dollars
        (_doc("Costó $500 mil.", url="https://example.mx/a"), "MXN", "(.mx)"),
        (_doc("It cost 500 dollars.", url="https://example.mx/a"), "USD", "(.mx)"),
    ],
)
def test_currency_inferred_from_the_report_says_its_basis(
    doc: Document, unit: str, basis: str
) -> None:
    [(found, why)] = _money(doc)
    assert found == unit
    assert why is not None and why.startswith("inferred") and basis in why


def test_currency_wire_dateline_leaves_other_words_to_the_place() -> None:
    doc = _doc("MEXICO CITY (Reuters) - Fines of 9 million pesos and $3 million were set.")
    assert [unit for unit, _ in _money(doc)] == ["MXN", "USD"]
    # a local site's own URL still decides, whoever wrote the copy
    local = _doc("SYDNEY (Reuters) - It cost $5 million.", url="https://paper.example.au/a")
    assert _money(local)[0][0] == "AUD"


def test_currency_yen_sign_needs_japan_or_china() -> None:
    assert _money(_doc("A ticket is ¥500.")) == [("¥", "unknown")]
    assert _money(_doc("A ticket is ¥500.", url="https://example.jp/a"))[0][0] == "JPY"
    assert _money(_doc("A ticket is ¥500.", url="https://example.cn/a"))[0][0] == "CNY"


def test_currency_words_several_countries_share_need_the_report_country() -> None:
    # "pesos", "dinars", "francs" name a currency only with the report's country
    assert _money(_doc("The fine was 900 pesos.")) == [("pesos", "unknown")]
    assert _money(_doc("The fine was 900 pesos.", url="https://example.ph/a"))[0][0] == "PHP"
    assert _money(_doc("Bread costs 2 dinars.", url="https://example.jo/a"))[0][0] == "JOD"
    assert _money(_doc("Bread costs 2 dinars.")) == [("dinars", "unknown")]
    assert _money(_doc("A ticket is 40 francs.", url="https://example.ch/a"))[0][0] == "CHF"
    assert _money(_doc("A ticket is 40 francs.", url="https://example.sn/a"))[0][0] == "XOF"
    # ... and those that say their country are stated
    assert _money(_doc("The fine was 900 Chilean pesos.")) == [("CLP", "stated")]
    assert _money(_doc("Bread costs 2 Kuwaiti dinars.")) == [("KWD", "stated")]
    assert _money(_doc("Tickets cost 300 Swedish kronor.")) == [("SEK", "stated")]
    assert _money(_doc("A lunch costs 9,000 Korean won.")) == [("KRW", "stated")]
    assert _money(_doc("Rent went up 40 quid.")) == [("GBP", "stated")]
    assert _money(_doc("The flat sold for 3.2 million HK$.")) == [("HKD", "stated")]
    assert _money(_doc("He held 2 BTC.")) == [("BTC", "stated")]
    # a bare "元" is the yuan in China and the dollar in Singapore
    assert _money(_doc("票价 50 元。")) == [("元", "unknown")]
    assert _money(_doc("票价 50 元。", url="https://example.cn/a"))[0][0] == "CNY"
    assert _money(_doc("票价 50 元。", url="https://example.com.sg/a"))[0][0] == "SGD"
    # "bucks" is a bare dollar
    assert _money(_doc("It cost him 20 bucks.")) == [("$", "unknown")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The hotel charged 450 zlotys a night.", "PLN"),
        ("A pass costs 9,000 forints.", "HUF"),
        ("The fine was 2,500 Czech crowns.", "CZK"),
        ("Pensions rose to 3,000 hryvnias.", "UAH"),
        ("The fund paid out 12 million shekels.", "ILS"),
        ("A loaf costs 6 lei.", "RON"),
        ("The bridge cost 30 billion taka.", "BDT"),
        ("A bowl of pho is 40,000 dong.", "VND"),
        ("Teachers earn 9,000 birr a month.", "ETB"),
        ("Fares went up 2 kuai.", "CNY"),
        ("He was tipped 500 satoshis.", "satoshi"),
        ("Tickets cost 80 Swedish krona.", "SEK"),
    ],
)
def test_currency_words_of_more_currencies_are_stated(text: str, unit: str) -> None:
    assert _money(_doc(text)) == [(unit, "stated")]


def test_currency_kroner_needs_the_report_country() -> None:
    # Norway and Denmark both write "kroner"
    assert _money(_doc("A coffee costs 45 kroner.")) == [("kroner", "unknown")]
    assert _money(_doc("OSLO - A coffee costs 45 kroner."))[0][0] == "NOK"
    assert _money(_doc("A coffee costs 45 kroner.", url="https://example.dk/a"))[0][0] == "DKK"
    assert _money(_doc("A coffee costs 45 Norwegian kroner.")) == [("NOK", "stated")]
    # shoe soles and a person named Lei are no money
    assert find_quantities("Two soles were worn through.")[0].kind == "count"


def test_currency_cents_spelled_after_the_amount_join_it() -> None:
    (q,) = find_quantities("He had 3 dollars and 45 cents left.")
    assert (q.text, q.low) == ("3 dollars and 45 cents", 3.45)
    (q,) = find_quantities("The fare rose to 2 euros and 10 cents on Monday.")
    assert (q.unit, q.low) == ("EUR", 2.1)


def test_currency_report_country_needs_a_known_place() -> None:
    assert report_country(_doc("Flood toll rises\nIt rained.")) is None
    assert report_country(_doc("It rained.", url="https://example.com/x")) is None


def test_currency_shown_as_read() -> None:
    unknown = Figure(
        measure="aid ($)",
        counted="aid",
        qualifiers=(),
        low=5e6,
        high=5e6,
        hedge="about",
        unit="$",
        kind="money",
        currency=None,
        currency_basis="unknown",
    )
    assert value_text(unknown) == "about $5 million (currency unknown)"
    assert "does not say" in currency_text(unknown)
    inferred = Figure(
        measure="aid (SGD)",
        counted="aid",
        qualifiers=(),
        low=5e6,
        high=5e6,
        hedge="exact",
        unit="SGD",
        kind="money",
        currency="SGD",
        currency_basis="inferred from the URL host (.sg)",
    )
    assert value_text(inferred) == "S$5 million (inferred)"
    assert currency_text(inferred) == "SGD, inferred from the URL host (.sg)"
    days = Figure(
        measure="duration of siege",
        counted="siege",
        qualifiers=(),
        low=12,
        high=12,
        hedge="exact",
        unit="day",
        kind="duration",
    )
    assert value_text(days) == "12 days"
    points = Figure(
        measure="basis points",
        counted="basis points",
        qualifiers=(),
        low=25,
        high=25,
        hedge="exact",
        unit="basis_point",
        kind="percent",
    )
    assert value_text(points) == "25 basis points"


def test_currency_as_read_in_every_report_format(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from triangulate import analyze, write

    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Harbour fund opens\nThe harbour board pledged $12 million and S$3 million for repairs.\n",
        encoding="utf-8",
    )
    report = analyze(folder)
    money = [c.figure for c in report.claims if c.figure is not None and c.figure.kind == "money"]
    assert [(f.unit, f.currency, f.currency_basis) for f in money] == [
        ("$", None, "unknown"),
        ("SGD", "SGD", "stated"),
    ]
    for name in ("r.md", "r.html", "r.json"):
        write(report, tmp_path / name)
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    for shown in (markdown, html):
        assert "$12 million (currency unknown)" in shown
        assert "S$3 million" in shown
    assert '"currency_basis": "unknown"' in (tmp_path / "r.json").read_text(encoding="utf-8")


def test_currency_sign_before_the_country_code_as_the_australian_press_writes_it() -> None:
    doc = _doc("Damage was put at $US2 million, or $A2.9 million, and a $NZ40 fine.")
    assert _money(doc) == [("USD", "stated"), ("AUD", "stated"), ("NZD", "stated")]


def test_currency_after_a_sign_an_encoding_lost_m_is_a_million_not_metres() -> None:
    # U+FFFD may stand for any sign: the number stays bare for the story's other reports to
    # say the currency, but "m" after a sign is a million, never metres
    (q,) = find_quantities("He was fined \ufffd5m by the regulator.")
    assert (q.kind, q.low, q.unit) == ("count", 5e6, None)
    (q,) = find_quantities("The wall is 5m high.")
    assert (q.low, q.unit) == (5, "m")


@pytest.mark.parametrize(
    ("text", "unit", "phrase"),
    [
        ("Villa posted $7,500 (U.S.) bail.", "USD", "$7,500 (U.S.)"),
        ("The program costs $99 (USD) to join.", "USD", "$99 (USD)"),
        ("Rooms cost $40 (Canadian) a night.", "CAD", "$40 (Canadian)"),
    ],
)
def test_currency_a_note_in_brackets_says_whose_dollar(text: str, unit: str, phrase: str) -> None:
    (q,) = find_quantities(text)
    assert (q.unit, q.basis, q.text) == (unit, "stated", phrase)


def test_currency_a_hash_before_pence_is_a_pound_sign_a_code_page_changed() -> None:
    text = "Songs sell for # 0.79 each and # 7.99 an album."
    assert [(q.low, q.unit) for q in find_quantities(text)] == [(0.79, "GBP"), (7.99, "GBP")]
    assert [q.unit for q in find_quantities("She was ranked # 3 in the poll.")] == [None]


def test_currency_pounds_converting_money_in_brackets_are_money() -> None:
    text = "The reward is $7,500 (about 5,000 pounds)."
    assert [q.unit for q in find_quantities(text)] == ["$", "GBP"]
    assert [q.unit for q in find_quantities("He weighs 90 kg (200 pounds).")] == ["kg", "lb"]


def test_currency_more_codes_before_the_amount_with_a_space() -> None:
    (q,) = find_quantities("The deal is worth SEK 1.1bn.")
    assert (q.text, q.low, q.unit, q.basis) == ("SEK 1.1bn", 1.1e9, "SEK", "stated")
    # glued to its digits such a code is a name: the climate summit COP26
    assert [q.kind for q in find_quantities("At COP26, PLN 300 was paid.")] == ["money"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # after "kuai" a yuan's tenths (mao) and hundredths (fen), as a price is spoken
        ("It may need one kuai and five mao five.", 1.55),
        ("Noodles cost three kuai five.", 3.5),
        ("Tea costs eight kuai and the cake is free.", 8),
    ],
)
def test_currency_kuai_then_mao_and_fen(text: str, value: float) -> None:
    (q,) = find_quantities(text)
    assert (q.low, q.unit) == (value, "CNY")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a currency's sign after the number, as before it
        ("It costs 100 ₩.", "KRW"),
        ("It costs 50 ₪.", "ILS"),
        ("It costs 100₫.", "VND"),
        ("It costs ₴100.", "UAH"),
        ("It costs 100 zł.", "PLN"),
        ("It costs 100 Kč.", "CZK"),
        # the Swiss franc's abbreviation with its point
        ("It costs Fr. 100.", "CHF"),
    ],
)
def test_claims_currency_other_signs_before_or_after(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text)] == [unit]


@pytest.mark.parametrize(
    ("doc", "unit", "basis"),
    [
        # a site named after its city or state, the name glued to the rest of the host
        (_doc("The levy raised $2 million.", outlet="lakeviewalaskaherald.com"), None, None),
        (_doc("The levy raised $2 million.", outlet="alaskaherald.com"), "USD", "alaska"),
        (_doc("The levy raised $2 million.", outlet="torontocourier.com"), "CAD", "toronto"),
        (
            _doc("The levy raised $2 million.", url="https://www.calgarydaily.com/news/a"),
            "CAD",
            "calgary",
        ),
        # ... but not a city name other countries' cities share
        (_doc("The levy raised $2 million.", outlet="perthgazette.com"), None, None),
        (_doc("The levy raised $2 million.", outlet="londonledger.com"), None, None),
    ],
)
def test_currency_country_from_a_site_named_after_its_place(
    doc: Document, unit: str | None, basis: str | None
) -> None:
    [(found, why)] = _money(doc)
    if unit is None:
        assert (found, why) == ("$", "unknown")
    else:
        assert found == unit
        assert why is not None and why.startswith("inferred") and basis in why


def test_currency_every_listed_place_is_matched_by_its_name() -> None:
    # names listed over several lines keep no indentation: "Florida" is as good as "Texas"
    for place in ("Florida", "Texas", "Georgia", "Nova Scotia", "Wyoming"):
        found = report_country(_doc(f"{place.upper()} - The levy raised $2 million."))
        assert found is not None and found[0] in ("US", "CA"), place


@pytest.mark.parametrize(
    ("url", "unit"),
    [
        # country codes that sites everywhere rent as plain names say nothing of the place
        ("https://www.example.tv/news/a", "$"),
        ("https://example.io/a", "$"),
        ("https://example.co/a", "$"),
        # ... unless under the country's own second level
        ("https://www.example.com.co/a", "COP"),
        ("https://www.example.co.nz/a", "NZD"),
        # a blog hosted by Blogger takes the reader's country code, not the writer's
        ("http://valleynotes.blogspot.nl/2030/05/a.html", "$"),
        ("http://valleynotes.blogspot.com.au/2030/05/a.html", "$"),
    ],
)
def test_currency_generic_country_codes_are_no_country(url: str, unit: str) -> None:
    [(found, _)] = _money(_doc("The levy raised $2 million.", url=url))
    assert found == unit
