"""The outlet from the web address a report was published at, and notices that name a year."""

from __future__ import annotations

import pytest

from triangulate.ingest.build import Metadata, build_document
from triangulate.ingest.outlet import (
    known_hosts,
    name_as_written,
    outlet_of_url,
    registrable_domain,
)

STORY = (
    "Harbour strike enters third day\nSome 400 dockers stayed away on Tuesday, the union said.\n"
)


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.reuters.com/world/asia-pacific/harbour-strike-2022-09-21/", "Reuters"),
        ("https://edition.cnn.com/2022/09/21/asia/harbour-strike/index.html", "CNN"),
        ("https://sg.news.yahoo.com/harbour-strike-040000123.html", "Yahoo News Singapore"),
        ("https://news.yahoo.com/harbour-strike-040000123.html", "Yahoo News"),
        ("www.channelnewsasia.com/singapore/harbour-strike-2987654", "CNA"),
        ("https://www.zaobao.com.sg/news/singapore/story20220921-1234567", "Lianhe Zaobao"),
    ],
)
def test_known_news_hosts_get_the_name_readers_know(url: str, outlet: str) -> None:
    found = outlet_of_url(url)
    assert found is not None
    assert found.outlet == outlet
    assert "table of known hosts" in found.basis


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.harbour-gazette.co.uk/news/strike-123", "harbour-gazette.co.uk"),
        ("http://m.tarnvalleynews.com/local/4412", "tarnvalleynews.com"),
        ("https://news.portveran.org.au/2022/strike", "portveran.org.au"),
        # a platform hosting many writers: each writer is a site of their own, and a blog
        # read under another country's Blogger domain is still one blog
        ("http://valleynotes.blogspot.nl/2030/05/fire.html", "valleynotes.blogspot.com"),
        ("http://valleynotes.blogspot.com.au/2030/05/fire.html", "valleynotes.blogspot.com"),
        ("https://tarnwatch.wordpress.com/2030/05/10/fire/", "tarnwatch.wordpress.com"),
        ("https://www.wordpress.com/news", "wordpress.com"),
    ],
)
def test_other_hosts_are_shown_as_their_registered_domain(url: str, domain: str) -> None:
    # "Tarnvalleynews" would be a name nobody writes: the spaces and capitals of a site's
    # name cannot be read from its address.
    found = outlet_of_url(url)
    assert found is not None
    assert found.outlet == domain
    assert "shown as its domain" in found.basis


@pytest.mark.parametrize(
    ("domain", "text", "name"),
    [
        ("thetarnvalley.com", "A spokesman told The Tarn Valley on Monday.", "The Tarn Valley"),
        ("portveranpost.org", "Figures seen by Port Veran Post show a fall.", "Port Veran Post"),
        ("harbour-gazette.co.uk", "A source told the Harbour-Gazette so.", "Harbour-Gazette"),
        ("dockwire.com", "The union told DockWire it would strike.", "DockWire"),
        ("hb1.com", "A spokesman told HB1 that talks failed.", "HB1"),
    ],
)
def test_the_site_name_as_the_report_writes_it(domain: str, text: str, name: str) -> None:
    found = name_as_written(domain, [text])
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    ("domain", "text"),
    [
        # part of a longer name
        ("thetarnvalley.com", "The Tarn Valley Railway reopened."),
        ("thetarnvalley.com", "Rain fell on Upper The Tarn Valley."),
        # not written as a name
        ("thetarnvalley.com", "They drove through the tarn valley."),
        # a capital owed to the start of a sentence
        ("dockwire.com", "Dockwire was cut. The crane stopped."),
        # a shouted headline says nothing of how the site writes itself
        ("hb1.com", "STRIKE ENDS, HB1 LEARNS"),
        # the address itself, not a name
        ("dockwire.com", "See dockwire.com for more."),
    ],
)
def test_names_that_do_not_give_the_sites_own_spelling(domain: str, text: str) -> None:
    assert name_as_written(domain, [text]) is None


def test_a_report_naming_its_site_gets_that_name_with_the_basis() -> None:
    raw = "https://www.thetarnvalley.com/news/strike-123\n" + STORY
    raw += "Dockers told The Tarn Valley they would return on Friday.\n"
    doc = build_document(raw, source="strike.txt")
    assert doc.outlet == "The Tarn Valley"
    assert doc.outlet_basis is not None and "told The Tarn Valley" in doc.outlet_basis


def test_a_report_not_naming_its_site_shows_the_domain() -> None:
    doc = build_document("https://www.thetarnvalley.com/news/strike-123\n" + STORY, source="s.txt")
    assert doc.outlet == "thetarnvalley.com"


@pytest.mark.parametrize(
    "url", ["https://192.0.2.7/story", "http://localhost/story", "not an address", "https://"]
)
def test_addresses_without_a_host_name_give_no_outlet(url: str) -> None:
    assert outlet_of_url(url) is None


def test_registrable_domain_keeps_country_suffixes_whole() -> None:
    assert registrable_domain("www.example.co.uk") == "example.co.uk"
    assert registrable_domain("edition.example.com") == "example.com"
    assert registrable_domain("berita.example.com.my") == "example.com.my"
    assert registrable_domain("example.sg") == "example.sg"


def test_host_table_is_well_formed() -> None:
    table = known_hosts()
    assert len(table) > 80
    for host, name in table.items():
        assert host == host.lower() and "." in host and " " not in host
        assert name and name == name.strip()


def test_url_line_gives_the_outlet_and_is_neither_title_nor_text() -> None:
    raw = "https://www.reuters.com/world/harbour-strike-2022-09-21/\n" + STORY
    doc = build_document(raw, source="strike.txt")
    assert doc.title == "Harbour strike enters third day"
    assert (doc.outlet, doc.url) == (
        "Reuters",
        "https://www.reuters.com/world/harbour-strike-2022-09-21/",
    )
    assert doc.outlet_basis is not None and doc.outlet_basis.startswith("web address")
    assert "2022" not in doc.text


def test_metadata_url_gives_the_outlet_when_metadata_names_none() -> None:
    meta = Metadata(url="https://www.harbour-gazette.co.uk/news/strike-123")
    doc = build_document(STORY, source="records.jsonl#7", meta=meta)
    assert doc.outlet == "harbour-gazette.co.uk"


def test_metadata_outlet_wins_over_the_address() -> None:
    meta = Metadata(url="https://www.reuters.com/x", outlet="The Harbour Gazette")
    doc = build_document(STORY, source="records.jsonl#7", meta=meta)
    assert (doc.outlet, doc.outlet_basis) == ("The Harbour Gazette", "metadata")


def test_a_notice_naming_the_site_beats_a_name_made_from_an_unknown_domain() -> None:
    raw = "https://www.hg-online.co.uk/news/strike-123\n" + STORY + "© 2022 The Harbour Gazette\n"
    doc = build_document(raw, source="strike.txt")
    assert doc.outlet == "The Harbour Gazette"


def test_a_known_host_beats_a_notice() -> None:
    raw = "https://www.reuters.com/world/strike\n" + STORY + "© 2022 Harbour Syndication Ltd\n"
    doc = build_document(raw, source="strike.txt")
    assert doc.outlet == "Reuters"


@pytest.mark.parametrize("notice", ["Copyright 2022", "© 2022", "Copyright © 2021, 2022"])
def test_a_notice_naming_only_years_names_no_outlet(notice: str) -> None:
    doc = build_document(STORY + notice + "\n", source="strike.txt")
    assert doc.outlet is None


@pytest.mark.parametrize("credit", ["AFP", "REUTERS", "AFP, REUTERS", "- Reuters", "(AP)"])
def test_a_credit_line_closing_the_report_names_the_agency(credit: str) -> None:
    raw = STORY + "The union meets again on Friday.\n" + credit + "\n"
    doc = build_document(raw, source="strike.txt")
    assert doc.agency in ("AFP", "Reuters", "AP")
    assert doc.outlet == doc.agency
    assert doc.outlet_basis is not None and "credit line" in doc.outlet_basis
    assert "publishing site is not named" in doc.outlet_basis


def test_a_line_of_other_capitals_is_no_credit_line() -> None:
    doc = build_document(STORY + "UPDATE\n", source="strike.txt")
    assert doc.outlet is None and doc.agency is None


def test_a_named_site_keeps_the_outlet_and_the_credit_line_gives_the_agency() -> None:
    raw = "https://www.harbour-gazette.co.uk/news/strike-123\n" + STORY + "AFP\n"
    doc = build_document(raw, source="strike.txt")
    assert (doc.outlet, doc.agency) == ("harbour-gazette.co.uk", "AFP")


def test_a_chinese_source_tag_names_the_outlet_and_is_not_in_the_title() -> None:
    raw = "（港报讯）港口工人罢工进入第三天。\n工会说，约400名码头工人星期二没有上班。\n"
    doc = build_document(raw, source="strike.txt")
    assert doc.outlet == "港报"
    assert doc.outlet_basis is not None and doc.outlet_basis.startswith("source tag")
    assert doc.title == "港口工人罢工进入第三天。"
