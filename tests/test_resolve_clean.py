"""Mention cleanup keeps ``text == document.text[start:end]`` while trimming debris."""

from __future__ import annotations

from triangulate.model import Document, Mention, Published
from triangulate.resolve.clean import clean_mentions, drop_position_capitals


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


def test_resolve_clean_a_count_run_into_a_name_is_no_part_of_it() -> None:
    # the tagger runs a count in words into the name before it; a name capitalises its own
    assert _clean("Guards shot Dray eleven times.", "Dray eleven", "PERSON") == ["Dray"]
    assert _clean("It hit Port Veran twenty times.", "Port Veran twenty", "GPE") == ["Port Veran"]
    assert _clean("They watched Ocean's Eleven.", "Ocean's Eleven", "WORK_OF_ART") == [
        "Ocean's Eleven"
    ]


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


def test_resolve_clean_a_number_sign_is_no_part_of_a_name() -> None:
    text = "The foreman, Juror No. 7, said the panel agreed.\n"
    assert _clean(text, "Juror No.", label="PERSON") == []
    assert _clean("Gate No 3 was shut.", "Gate No", label="FAC") == []
    assert _clean("Harbour Gate No 3 was shut.", "Harbour Gate No", label="FAC") == ["Harbour Gate"]
    # "No" not before a number stays: a name may end in it.
    assert _clean("They sang Dr No loudly.", "Dr No", label="WORK_OF_ART") == ["Dr No"]


def _spans(text: str, *spans: str) -> list[Mention]:
    out = []
    for span in spans:
        start = text.index(span)
        out.append(Mention(doc="d", start=start, end=start + len(span), text=span, label="ORG"))
    return out


def test_capitals_owed_to_where_words_stand_make_no_name() -> None:
    text = (
        "TANKER DRIVER HELD AFTER DOCK FIRE\n"
        "A tanker driver was held after a fire at the dock.\n"
        "Riot police were called. The riot ended by noon.\n"
        "BREAKING - 2 DEAD in Kessow blast, the NTSB says; two dead were named.\n"
        "Officials at the IMF and the NATO desk in Kessow said little.\n"
        "http: / / www. example. org / nato / story\n"
    )
    mentions = _spans(text, "TANKER DRIVER", "Riot", "DEAD", "NTSB", "IMF", "Kessow", "NATO")
    kept = drop_position_capitals({"d": _doc(text)}, mentions)
    assert [m.text for m in kept] == ["NTSB", "IMF", "Kessow", "NATO"]


def test_a_name_written_only_where_capitals_are_owed_stays() -> None:
    # "Brannock" opens every sentence it is in, but the story never writes it in lower
    # case; "Harbour Bank" is shouted, and "harbour" is a word, but "bank" never is.
    text = "HARBOUR BANK SHUT\nBrannock said the harbour was calm.\nBrannock left at noon.\n"
    mentions = _spans(text, "HARBOUR BANK", "Brannock")
    kept = drop_position_capitals({"d": _doc(text)}, mentions)
    assert [m.text for m in kept] == ["HARBOUR BANK", "Brannock"]
    # A word the story writes as a name mid-sentence keeps its first-word mention too.
    text = "Rose said the tide rose. Police thanked Rose.\n"
    kept = drop_position_capitals({"d": _doc(text)}, _spans(text, "Rose"))
    assert [m.text for m in kept] == ["Rose"]


def test_resolve_clean_a_page_stamp_line_names_nothing() -> None:
    stamp = "Harbour strike ends\nUpdated Tue 5 Mar 2031, 9: 03am AEST\nDockers in Tarn went back."
    assert _clean(stamp, "Updated", label="PERSON") == []
    assert _clean(stamp, "AEST") == []
    # The same words in the report's sentences are names as before.
    assert _clean(stamp, "Tarn", label="GPE") == ["Tarn"]


def test_resolve_clean_a_zone_after_a_clock_time_names_nothing() -> None:
    text = "Crews were called at 06: 00 BST and left by 7pm EDT. The BBC filmed it."
    assert _clean(text, "BST") == []
    assert _clean(text, "EDT") == []
    # Capitals after anything but a clock time are still names.
    assert _clean(text, "BBC") == ["BBC"]
    assert _clean("Talks in 2031 UN halls began.", "UN") == ["UN"]
    assert _clean("Staff of 10 UN agencies left.", "UN") == ["UN"]


def _cleaned(text: str, span: str, label: str = "FAC") -> list[tuple[str, str]]:
    start = text.index(span)
    mention = Mention(doc="d", start=start, end=start + len(span), text=span, label=label)
    return [(m.text, m.label) for m in clean_mentions({"d": _doc(text)}, [mention])]


def test_a_territory_its_office_and_the_holder_tagged_as_one_name_are_a_place_and_a_person() -> (
    None
):
    text = "“Two people were hurt,” Orvel Governor Ada Varga told the agency."
    assert _cleaned(text, "Orvel Governor Ada Varga") == [("Orvel", "GPE"), ("Ada Varga", "PERSON")]
    text = "The roof fell in, Port Dalby Mayor Tomas Brandt said."
    assert _cleaned(text, "Port Dalby Mayor Tomas Brandt", "ORG") == [
        ("Port Dalby", "GPE"),
        ("Tomas Brandt", "PERSON"),
    ]
    text = "Kelvara Lt. Gov. Ana Reyes signed it."
    assert _cleaned(text, "Kelvara Lt. Gov. Ana Reyes") == [
        ("Kelvara", "GPE"),
        ("Ana Reyes", "PERSON"),
    ]


def test_an_office_with_no_place_before_it_or_no_full_name_after_it_stays_one_span() -> None:
    # The title is no place ("Governor Ada Varga"), a surname alone may be a building's
    # name ("the Orvel Mayor Brandt Hall"), and an office in an organisation's name stays.
    text = "Governor Ada Varga spoke at Orvel Mayor Brandt and at the Dalby Sheriff Office."
    assert _cleaned(text, "Governor Ada Varga", "PERSON") == [("Governor Ada Varga", "PERSON")]
    assert _cleaned(text, "Orvel Mayor Brandt") == [("Orvel Mayor Brandt", "FAC")]
    assert _cleaned(text, "Dalby Sheriff Office", "ORG") == [("Dalby Sheriff Office", "ORG")]
    text = "They met at the Orvel Mayor Brandt Hall."
    assert _cleaned(text, "Orvel Mayor Brandt Hall") == [("Orvel Mayor Brandt Hall", "FAC")]
