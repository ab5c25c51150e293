"""Names the model misses or cuts short: market indices, product and aircraft models, brand
words, and spans running over a dateline's dash. Hand-built mentions, invented sentences."""

from __future__ import annotations

import pytest

from test_resolve_resolve import doc, entity_of, last, tag, together
from triangulate.model import Mention
from triangulate.resolve import resolve
from triangulate.resolve.clean import clean_mentions
from triangulate.resolve.shapes import extend_model, is_model_name, model_base


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


def test_a_dash_after_a_name_of_several_words_is_punctuation() -> None:
    d = doc("u", "The suit was filed by a maker based in Port Laren - Kestrel Mobile.")
    m = tag(d, ("Port Laren - Kestrel Mobile", "GPE"))
    assert [x.text for x in clean_mentions({"u": d}, m)] == ["Port Laren", "Kestrel Mobile"]


def test_brand_words_are_spelt_exactly_and_never_a_nationality() -> None:
    d = doc(
        "b",
        "Harlow sold more of the zPod than of the zPad. Buyers of the zPod praised "
        "the zTunes service, and zTunes sales rose.",
    )
    mentions = tag(d, ("Harlow", "ORG"), ("zTunes", "NORP"), ("zTunes", "NORP"))
    candidates = [propn(d, "zPod"), propn(d, "zPad"), last(d, "zPod", "PROPN")]
    entities = resolve([d], mentions, candidates=candidates)
    # A vowel-blind key fits transliterations, not a brand's coined spelling.
    assert entity_of(entities, "zPod").id != entity_of(entities, "zPad").id
    assert entity_of(entities, "zTunes").type != "NORP"


def test_a_brands_store_is_the_brand_and_a_brand_is_one_name_with_its_store() -> None:
    d = doc(
        "s",
        "Songs bought on zTunes rose. The zTunes Music Store, renamed the zTunes Store, "
        "sold 300 albums.",
    )
    mentions = tag(d, ("zTunes", "NORP"), ("zTunes", "NORP"), ("Music Store", "PERSON"))
    mentions += tag(d, ("zTunes Store", "ORG"))
    entities = resolve([d], mentions)
    assert together(entities, "zTunes", "zTunes Music Store", "zTunes Store")
    assert "Music Store" not in {e.name for e in entities}


def test_a_model_code_before_a_product_is_the_code_after_it() -> None:
    d = doc(
        "g",
        "Harlow launched the 4G zPhone on Monday. The zPhone 4G costs less, and the "
        "60GB zPod was cut.",
    )
    mentions = tag(d, ("Harlow", "ORG"), ("zPhone 4G", "PRODUCT"), ("zPod", "PRODUCT"))
    candidates = [propn(d, "zPhone")]
    entities = resolve([d], mentions, candidates=candidates)
    assert together(entities, "4G zPhone", "zPhone 4G")
    # A capacity is not a model.
    assert "zPod" in {e.name for e in entities}
    assert is_model_name("4G zPhone") and not is_model_name("60GB zPod")
    assert model_base("4G zPhone") == model_base("zPhone 4G") == "zPhone"


def test_a_products_bare_name_in_a_report_about_one_model_is_that_model() -> None:
    one = doc(
        "r1",
        "Harlow unveiled the zPhone 5X on Monday. The new zPhone records video, and "
        "the zPhone 5X ships in May.",
    )
    two = doc("r2", "The zPhone 5X and the zPhone 6 went on sale. The zPhone sold well.")
    none = doc("r3", "Harlow said the zPhone had sold 40 million units since launch.")
    mentions = [*tag(one, ("Harlow", "ORG")), *tag(none, ("Harlow", "ORG"))]
    candidates = [
        Mention(doc=d.id, start=at, end=at + 6, text="zPhone", label="PROPN")
        for d in (one, two, none)
        for at in _starts(d.text, "zPhone")
    ]
    entities = resolve([one, two, none], mentions, candidates=candidates)
    model = entity_of(entities, "zPhone 5X")
    product = [e for e in entities if e.name == "zPhone"]
    assert len(product) == 1
    # In the report about one model its bare name is the model ...
    assert {(m.doc, m.text) for m in model.mentions} >= {("r1", "zPhone")}
    # ... in a report naming two models, or none, it stays the product.
    assert {m.doc for m in product[0].mentions} == {"r2", "r3"}
    # The maker is never its model.
    assert entity_of(entities, "Harlow").id != model.id


def _starts(text: str, word: str) -> list[int]:
    found: list[int] = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def test_a_capacity_before_a_product_does_not_hide_its_name() -> None:
    d = doc("c", "Harlow cut the price of the zPod. The 60GB zPod now costs less.")
    entities = resolve([d], tag(d, ("Harlow", "ORG"), ("zPod", "PRODUCT")))
    assert len(entity_of(entities, "zPod").mentions) == 2


def test_an_index_is_named_by_its_brand_and_its_head_in_any_case() -> None:
    d = doc(
        "i",
        "The Dow Jones Industrial Average slid 1 percent in Harlow trading. Later the "
        "Dow Jones industrial average recovered, and the Dow ended flat.",
    )
    mentions = tag(d, ("Dow", "ORG"), ("Harlow", "GPE"), ("Dow", "ORG"), ("Dow", "ORG"))
    candidates = [propn(d, "Dow Jones Industrial Average"), last(d, "Dow Jones", "PROPN")]
    entities = resolve([d], mentions, candidates=candidates)
    index = entity_of(entities, "Dow Jones Industrial Average")
    assert "Dow Jones industrial average" in index.aliases
    assert "Dow" in index.aliases


def test_an_index_brand_with_a_possessive_keeps_its_number() -> None:
    d = doc(
        "p",
        "The Standard & Poor's 500 index lost 2 percent, and Standard & Poor said its "
        "ratings stood. The S&P 500 ended lower.",
    )
    mentions = tag(d, ("Standard & Poor", "ORG"), ("Standard & Poor", "ORG"))
    entities = resolve([d], mentions, candidates=[propn(d, "S&P")])
    assert together(entities, "Standard & Poor's 500", "S&P 500")
    assert not together(entities, "Standard & Poor's 500", "Standard & Poor")


def test_a_model_named_by_its_designator_alone_is_the_model() -> None:
    d = doc(
        "d",
        "Airbus said the Airbus A380 had flown. The A380 carries 500 people, Airbus said.",
    )
    mentions = tag(d, ("Airbus", "ORG"), ("Airbus A380", "PRODUCT"), ("A380", "PRODUCT"))
    mentions += [last(d, "Airbus", "ORG")]
    entities = resolve([d], mentions)
    assert together(entities, "Airbus A380", "A380")
    assert not together(entities, "Airbus", "A380")
