"""Names the model misses or cuts short: market indices, product and aircraft models, brand
words, and spans running over a dateline's dash. Hand-built mentions, invented sentences."""

from __future__ import annotations

import pytest

from test_resolve_resolve import doc, entity_of, tag
from triangulate.model import Mention
from triangulate.resolve import resolve
from triangulate.resolve.clean import clean_mentions
from triangulate.resolve.shapes import extend_model, is_model_name


def propn(document, surface: str) -> Mention:  # type: ignore[no-untyped-def]
    start = document.text.index(surface)
    return Mention(
        doc=document.id, start=start, end=start + len(surface), text=surface, label="PROPN"
    )


def test_market_indices_the_model_leaves_untagged_are_entities() -> None:
    d = doc(
        "m",
        "The Dow Jones Industrial Average fell 2 percent on Monday, the Nasdaq Composite lost "
        "3 percent and the S&P 500 dropped 40 points, traders in Harlow said.",
    )
    mentions = tag(d, ("Harlow", "GPE"))
    candidates = [
        propn(d, "Dow Jones Industrial Average"),
        propn(d, "Nasdaq Composite"),
        propn(d, "S&P"),
    ]
    entities = resolve([d], mentions, candidates=candidates)
    names = {e.name: e.type for e in entities}
    assert names["Dow Jones Industrial Average"] == "OTHER"
    assert "Nasdaq Composite" in names
    assert "S&P 500" in names
    # A tagged piece of an index's name gives way to the whole name.
    inner = tag(d, ("Dow Jones", "ORG"), ("Harlow", "GPE"))
    again = resolve([d], inner, candidates=candidates)
    assert "Dow Jones" not in {e.name for e in again}


def test_an_index_brand_tagged_alone_takes_its_number() -> None:
    d = doc("f", "The FTSE 100 rose while the Nikkei fell in Tokyo.")
    entities = resolve([d], tag(d, ("FTSE", "ORG"), ("Nikkei", "ORG"), ("Tokyo", "GPE")))
    assert {e.name for e in entities} >= {"FTSE 100", "Nikkei"}


def test_a_maker_and_a_model_code_tagged_apart_are_one_model_name() -> None:
    d = doc(
        "a",
        "Airbus said the Airbus A380 would fly again. Boeing said its Boeing 747 fleet "
        "was grounded.",
    )
    text = d.text
    mentions = tag(d, ("Airbus", "ORG"), ("Airbus", "ORG"), ("A380", "PRODUCT"))
    mentions += tag(d, ("Boeing", "ORG"), ("Boeing", "ORG"))
    start = text.index("747")
    mentions.append(Mention(doc="a", start=start, end=start + 3, text="747", label="PRODUCT"))
    entities = resolve([d], mentions)
    model = entity_of(entities, "Airbus A380")
    maker = entity_of(entities, "Airbus")
    assert model.id != maker.id, "a maker is not its model"
    assert entity_of(entities, "Boeing 747").id != entity_of(entities, "Boeing").id


def test_brand_words_and_their_model_numbers_are_names() -> None:
    d = doc(
        "p",
        "Harlow Mobile cut the price of the iPhone 4 and the iPod nano, and said the "
        "eBay listing was wrong.",
    )
    candidates = [propn(d, "iPhone"), propn(d, "iPod"), propn(d, "eBay")]
    entities = resolve([d], tag(d, ("Harlow Mobile", "ORG")), candidates=candidates)
    assert {e.name for e in entities} >= {"iPhone 4", "iPod nano", "eBay", "Harlow Mobile"}


@pytest.mark.parametrize(
    ("text", "name", "label", "extended"),
    [
        ("Harlow hired 300 people.", "Harlow", "ORG", "Harlow"),
        ("Airbus delivered 40 jets in 2019.", "Airbus", "ORG", "Airbus"),
        ("The Airbus 2019 results were poor.", "Airbus", "ORG", "Airbus"),
        ("The iPhone 4.5 inch screen.", "iPhone", "PRODUCT", "iPhone"),
        ("The iPhone 3GS sold out.", "iPhone", "PRODUCT", "iPhone 3GS"),
        ("The Kestrel X5 sold out.", "Kestrel", "ORG", "Kestrel X5"),
        ("The Philadelphia 76ers won.", "Philadelphia", "GPE", "Philadelphia"),
    ],
)
def test_model_designators_only_follow_names_as_models_do(
    text: str, name: str, label: str, extended: str
) -> None:
    start = text.index(name)
    end = extend_model(text, start, start + len(name), label)
    assert text[start:end] == extended


def test_model_names() -> None:
    assert is_model_name("Airbus A380") and is_model_name("iPhone 4")
    assert is_model_name("iPod nano")
    assert not is_model_name("Ford Motor Company") and not is_model_name("Airbus 2019")
    assert not is_model_name("Airbus")


def test_a_span_over_a_dateline_dash_is_cut_in_two() -> None:
    d = doc("s", "SAN JOSE - Harlow Mobile said it would sell the Kestrel Pro - a phone.")
    m = tag(d, ("SAN JOSE - Harlow Mobile", "GPE"), ("Kestrel Pro - a", "ORG"))
    assert [x.text for x in clean_mentions({"s": d}, m)] == [
        "SAN JOSE",
        "Harlow Mobile",
        "Kestrel Pro",
    ]


def test_a_spaced_hyphen_inside_a_tokenized_name_stays() -> None:
    d = doc("t", "Jean - Paul Varenne spoke in Lyon.")
    m = tag(d, ("Jean - Paul Varenne", "PERSON"))
    assert [x.text for x in clean_mentions({"t": d}, m)] == ["Jean - Paul Varenne"]
