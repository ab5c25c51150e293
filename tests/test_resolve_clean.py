"""Mention cleanup keeps ``text == document.text[start:end]`` while trimming debris."""

from __future__ import annotations

from triangulate.model import Document, Mention, Published
from triangulate.resolve.clean import clean_mentions


def _doc(text: str) -> Document:
    return Document(
        id="d",
        source="d",
        title=None,
        outlet=None,
        text=text,
        sha256="",
        published=Published.unknown(),
    )


def _clean(text: str, span: str, label: str = "ORG", nth: int = 0) -> list[str]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    mention = Mention(doc="d", start=start, end=start + len(span), text=span, label=label)
    out = clean_mentions({"d": _doc(text)}, [mention])
    for found in out:
        assert text[found.start : found.end] == found.text
    return [m.text for m in out]


def test_resolve_clean_trims_articles_quotes_possessives() -> None:
    assert _clean("Fighters of the “Harvest Front” left.", "the “Harvest Front") == [
        "Harvest Front"
    ]
    assert _clean("The Tabqa Civil Council’s office shut.", "The Tabqa Civil Council’s") == [
        "Tabqa Civil Council"
    ]
    assert _clean("He wrote to Tabqa 24's desk.", "Tabqa 24's") == ["Tabqa 24"]
    assert _clean("They met the U.S. envoy, Ms Roe.", "U.S.") == ["U.S."]
    assert _clean("They met in Manbij.", "Manbij.") == ["Manbij"]


def test_resolve_clean_drops_junk() -> None:
    assert _clean("They said -- nothing.", "--") == []
    assert _clean("the fighters left.", "fighters") == []


def test_resolve_clean_splits_at_line_breaks() -> None:
    assert _clean("Talks in Manbij\n\nBEIRUT (Wire) - ok", "Manbij\n\nBEIRUT") == [
        "Manbij",
        "BEIRUT",
    ]


def test_resolve_clean_cuts_a_headline_at_the_dash_before_a_count() -> None:
    # A headline's dash before "2 Dead" joins two clauses: the count is never part of a
    # name (it is a figure), while a spaced-out model number stays in its name.
    headline = "Harbour Crane Collapse Follow - Up - 2 Dead, 5 Hurt"
    found = _clean(headline, "Follow - Up - 2 Dead")
    assert not any("2" in name for name in found)
    assert _clean("The MiG - 29 flew low.", "MiG - 29") == ["MiG - 29"]
    assert _clean("Prices at Wal - Mart fell.", "Wal - Mart") == ["Wal - Mart"]


def test_resolve_clean_pulls_in_province_and_name_heads() -> None:
    assert _clean("Fighting in Homs province went on.", "Homs", "GPE") == ["Homs province"]
    assert _clean("The Islamic State fighters left.", "Islamic", "NORP") == ["Islamic State"]


def test_resolve_clean_ignores_mentions_that_do_not_match_their_text() -> None:
    bad = Mention(doc="d", start=0, end=4, text="Nope", label="ORG")
    missing = Mention(doc="x", start=0, end=4, text="Some", label="ORG")
    assert clean_mentions({"d": _doc("Some text")}, [bad, missing]) == ()


def test_resolve_clean_a_headline_span_holding_two_known_names_of_one_length_keeps_the_first() -> (
    None
):
    # "Maria" and "Lopez" are both named alone in the body; the headline span holds both.
    # The cut never depends on the order names were collected in (a set's order changes
    # with the interpreter's hash seed): of equal length, the first in the span wins.
    from triangulate.resolve.clean import _known_inside

    span = "Worried About Maria Lopez"
    assert _known_inside(span, True, ["Maria", "Lopez"]) == (14, 19)
    assert _known_inside(span, True, ["Lopez", "Maria"]) == (14, 19)
    # A longer known name still wins over a shorter one wherever it sits.
    assert _known_inside(span, True, ["Maria", "About Maria"]) == (8, 19)
