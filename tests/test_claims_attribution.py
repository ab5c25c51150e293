"""``attribute`` and ``source_of`` on sentences parsed with the real English model.

Every sentence here is invented for these tests; the people, outlets and places are
made up.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triangulate.claims.attribution import Attribution, Covering, attribute, cue_forms, source_of
from triangulate.claims.attribution.lexicon import parse_lexicon
from triangulate.claims.entity_index import EntityIndex
from triangulate.model import Document, Entity, Published, Speaker
from triangulate.nlp import spacy_model
from triangulate.nlp.tokens import Tree


def make_doc(text: str, *, agency: str | None = None, outlet: str | None = None) -> Document:
    return Document(
        id="d" + hashlib.sha256(text.encode()).hexdigest()[:8],
        source="invented.txt",
        title=None,
        outlet=outlet,
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        published=Published.unknown(),
        agency=agency,
    )


@lru_cache(maxsize=256)
def _parse(text: str) -> tuple[Tree, tuple[Entity, ...]]:
    """One parse per text for the whole module; entities are one per distinct surface form,
    people where the tagger says so and organisations otherwise."""
    doc_id = "d" + hashlib.sha256(text.encode()).hexdigest()[:8]
    parsed = next(spacy_model.parse([(doc_id, text)]))
    by_text: dict[str, list] = {}  # type: ignore[type-arg]
    for m in parsed.mentions:
        by_text.setdefault(m.text, []).append(m)
    entities = tuple(
        Entity(
            id=f"e{n}",
            name=surface,
            type="PERSON" if ms[0].label == "PERSON" else "ORG",
            aliases=(surface,),
            mentions=tuple(ms),
        )
        for n, (surface, ms) in enumerate(sorted(by_text.items()))
    )
    return Tree(parsed.tokens), entities


def run(text: str, *, agency: str | None = None) -> tuple[Document, tuple[Attribution, ...]]:
    document = make_doc(text, agency=agency)
    tree, entities = _parse(text)
    return document, attribute(document, tree, EntityIndex(entities, document.id))


def said(text: str, figure: str, *, agency: str | None = None, nth: int = 0):  # type: ignore[no-untyped-def]
    """``source_of`` for the ``nth`` occurrence of ``figure`` in ``text``."""
    document, found = run(text, agency=agency)
    start = -1
    for _ in range(nth + 1):
        start = text.index(figure, start + 1)
    return source_of(document, found, start, start + len(figure))


def check_spans(text: str, found: tuple[Attribution, ...]) -> None:
    for a in found:
        assert 0 <= a.start < a.end <= len(text)
        s = a.speaker
        if s.start is not None or s.end is not None:
            assert s.start is not None and s.end is not None
            assert 0 <= s.start < s.end <= len(text)


# -- named speakers, roles and relays --------------------------------------------------


def test_claims_attribution_appositive_role_and_listener_relay() -> None:
    text = (
        "Maria Okafor, spokeswoman for the Delta Relief Alliance, told AFP that 340 "
        "families had been moved to the stadium."
    )
    speaker, via = said(text, "340")
    assert speaker is not None
    assert speaker.name == "Maria Okafor"
    assert speaker.role is not None and "spokeswoman for the Delta Relief Alliance" in speaker.role
    assert not speaker.anonymous
    assert speaker.start is not None and speaker.end is not None
    assert text[speaker.start : speaker.end] == "Maria Okafor"
    assert via == ("AFP",)
    _, found = run(text)
    assert [a.cue for a in found] == ["tell"]
    assert text[found[0].start : found[0].end].startswith("340 families")


def test_claims_attribution_role_before_the_name() -> None:
    text = "Harbour spokesman Daniel Brandt said that 27 cranes were damaged by the storm."
    speaker, via = said(text, "27")
    assert speaker is not None
    assert speaker.name == "Daniel Brandt"
    assert speaker.role == "Harbour spokesman"
    assert via == ()


def test_claims_attribution_inverted_said_after_quote() -> None:
    text = "“The bridge will reopen after 45 days of repairs,” said port director Elena Varga."
    speaker, _ = said(text, "45")
    assert speaker is not None
    assert speaker.name == "Elena Varga"
    assert speaker.role == "port director"


def test_claims_attribution_organisation_speaker() -> None:
    text = "The United Nations estimates that 5,000 people are sleeping in the open."
    speaker, _ = said(text, "5,000")
    assert speaker is not None
    assert speaker.name == "United Nations"
    assert not speaker.anonymous
    _, found = run(text)
    assert found[0].cue == "estimate"


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        ("The Water Board reported that 40 wells had run dry.", "report"),
        ("The Water Board documented that 40 wells had run dry.", "document"),
        ("The Water Board estimated that 40 wells had run dry.", "estimate"),
        ("The Water Board tweeted that 40 wells had run dry.", "tweet"),
        ("The Water Board announced that 40 wells had run dry.", "announce"),
        ("The Water Board confirmed that 40 wells had run dry.", "confirm"),
        ("The Water Board wrote on Twitter that 40 wells had run dry.", "write"),
    ],
)
def test_claims_attribution_reporting_verbs(sentence: str, lemma: str) -> None:
    speaker, _ = said(sentence, "40")
    assert speaker is not None
    assert "Water Board" in speaker.name
    _, found = run(sentence)
    assert [a.cue for a in found] == [lemma]
    assert not found[0].hedged


def test_claims_attribution_documented_object_is_content() -> None:
    text = "The Water Board documented the loss of 40 wells in the district."
    speaker, _ = said(text, "40")
    assert speaker is not None and "Water Board" in speaker.name


def test_claims_attribution_weak_verb_needs_a_clause() -> None:
    # "add" reports speech only with a clause: here it reports nothing.
    text = "The heavy rains added 30 centimetres to the river level."
    assert said(text, "30") == (None, ())


# -- "according to" ----------------------------------------------------------------------


def test_claims_attribution_according_to_name() -> None:
    text = "According to the Harbour Authority, 12 ships were damaged in the storm."
    speaker, _ = said(text, "12")
    assert speaker is not None and speaker.name == "Harbour Authority"
    _, found = run(text)
    assert found[0].cue == "according to"


def test_claims_attribution_according_to_estimates_of() -> None:
    text = "According to estimates of the Coastal Survey Institute, 900 homes were flooded."
    speaker, _ = said(text, "900")
    assert speaker is not None
    assert speaker.name == "Coastal Survey Institute"


def test_claims_attribution_according_to_a_plan_is_no_source() -> None:
    text = "According to the plan, 300 workers will return on Monday."
    assert said(text, "300") == (None, ())


# -- anonymous sources -------------------------------------------------------------------


def test_claims_attribution_official_sources_say() -> None:
    text = "Official sources say that 75 people were arrested overnight."
    speaker, via = said(text, "75")
    assert speaker is not None and speaker.anonymous
    assert "sources" in speaker.name.lower()
    assert via == ()


def test_claims_attribution_activists_say_and_no_carry_over() -> None:
    text = "Activists say 100 houses burned in the village. Nearly 2,000 people fled the area."
    speaker, _ = said(text, "100")
    assert speaker is not None and speaker.anonymous and speaker.name == "Activists"
    # The next sentence has no cue of its own: the outlet states it.
    assert said(text, "2,000") == (None, ())


def test_claims_attribution_source_told_outlet() -> None:
    text = "A source in the port told Radio Meridian that 30 trucks arrived on Friday."
    speaker, via = said(text, "30")
    assert speaker is not None and speaker.anonymous
    assert speaker.name == "A source in the port"
    assert via == ("Radio Meridian",)


@pytest.mark.parametrize(
    "text",
    [
        "A Valley24 source said that 80 fighters remain in the old town.",
        "Valley 24’s source said that 80 fighters remain in the old town.",
    ],
)
def test_claims_attribution_outlet_source_relays(text: str) -> None:
    speaker, via = said(text, "80")
    assert speaker is not None and speaker.anonymous
    assert "source" in speaker.name
    assert [v.replace(" ", "") for v in via] == ["Valley24"]


def test_claims_attribution_description_of_unnamed_person() -> None:
    text = "One of the farmers who have left the valley says that 200 cattle died."
    speaker, _ = said(text, "200")
    assert speaker is not None and speaker.anonymous
    assert speaker.name == "One of the farmers who have left the valley"


def test_claims_attribution_nested_relay() -> None:
    text = "Radio Meridian reported that a police source said 16 cars were burned."
    speaker, via = said(text, "16")
    assert speaker is not None and speaker.anonymous
    assert "source" in speaker.name
    assert via == ("Radio Meridian",)


# -- quotes ------------------------------------------------------------------------------


def test_claims_attribution_quote_over_several_sentences() -> None:
    text = (
        "Tomas Lind said, “The dam held through the night. We counted 14 breaches in the "
        "levee.”\n\nThe river fell by 20 centimetres on Sunday."
    )
    speaker, _ = said(text, "14")
    assert speaker is not None and speaker.name == "Tomas Lind"
    _, found = run(text)
    quote = [a for a in found if a.cue == "quote"]
    assert len(quote) == 1
    assert text[quote[0].start : quote[0].end].startswith("The dam held")
    assert text[quote[0].start : quote[0].end].endswith("in the levee.")
    assert said(text, "20") == (None, ())


def test_claims_attribution_quote_over_paragraphs() -> None:
    text = (
        "“We moved 50 families before the water came,” Tomas Lind said.\n\n"
        "“Another 22 boats are still out on the lake.”\n\n"
        "The lake covers 40 square kilometres."
    )
    speaker, _ = said(text, "50")
    assert speaker is not None and speaker.name == "Tomas Lind"
    carried, _ = said(text, "22")
    assert carried is not None and carried.name == "Tomas Lind"
    assert carried.start is None and carried.end is None
    assert said(text, "40") == (None, ())


def test_claims_attribution_open_quote_runs_on_into_next_paragraph() -> None:
    # No closing mark at the first paragraph's end; the next opens with a quote mark.
    text = (
        "Tomas Lind said: “We moved 50 families before the water came.\n\n"
        "“Another 22 boats are still out on the lake.”"
    )
    speaker, _ = said(text, "22")
    assert speaker is not None and speaker.name == "Tomas Lind"
    _, found = run(text)
    assert [a.cue for a in found] == ["colon"]


def test_claims_attribution_quote_followed_by_pronoun() -> None:
    text = (
        "Grace Mbeki, head of the relief committee, said the camp was full. "
        "“We have 600 tents and need 900 more,” she said."
    )
    speaker, _ = said(text, "600")
    assert speaker is not None and speaker.name == "Grace Mbeki"
    assert speaker.start is None


def test_claims_attribution_single_curly_quotes_with_apostrophe() -> None:
    text = "A resident said, ‘We can’t plant anything; 60 acres are under water.’"
    speaker, _ = said(text, "60")
    assert speaker is not None and speaker.anonymous and "resident" in speaker.name
    _, found = run(text)
    quote = [a for a in found if a.cue == "quote"]
    assert len(quote) == 1
    assert (
        text[quote[0].start : quote[0].end] == "We can’t plant anything; 60 acres are under water."
    )


def test_claims_attribution_scare_quotes_are_not_sources() -> None:
    text = "The army called it a “temporary measure” that affects 70 villages."
    assert said(text, "70") == (None, ())


def test_claims_attribution_colon_without_quote_marks() -> None:
    text = "Officials in the district office said: 45 roads remain closed."
    speaker, _ = said(text, "45")
    assert speaker is not None and speaker.anonymous
    _, found = run(text)
    assert found[0].cue == "colon"


def test_claims_attribution_quote_then_speaker_and_an_adjunct() -> None:
    # "'...!' X said to loud cheers.": to whom, when and where do not hide the speaker,
    # nor the quote that continues in the next paragraph.
    text = (
        "Standing beside the sheriff, Tomas Reyes spoke about the storm.\n\n"
        '"We will rebuild the port!" he said to an enormous cheer.\n\n'
        '"And the state will pay for it! All 40 piers. They will pay."'
    )
    speaker, _ = said(text, "rebuild")
    assert speaker is not None and speaker.name == "Tomas Reyes"
    speaker, _ = said(text, "40 piers")
    assert speaker is not None and speaker.name == "Tomas Reyes"
    # A number after the verb is what was said, not an adjunct.
    _, found = run('"We will rebuild," Tomas Reyes said of the 40 piers.')
    assert found and all(f.speaker.name == "Tomas Reyes" for f in found)


def test_claims_attribution_closing_records_show_tagged_as_a_noun() -> None:
    # The tagger may read a closing "records show." as a noun phrase; the sentence is
    # still what the records show.
    text = (
        "A firm called Harbor Works gave $5,000 to the fund on June 27, 2014, campaign "
        "finance records show."
    )
    speaker, _ = said(text, "$5,000")
    assert speaker is not None and speaker.name == "campaign finance records"
    # A noun "show" that closes no such phrase reports nothing.
    assert said("Reyes gave $5,000 to the harbor arts show.", "$5,000") == (None, ())


def test_claims_attribution_closing_singular_verb_tagged_as_a_noun() -> None:
    # "..., the document states." and "..., an autopsy shows.": the tagger may take the
    # verb's "-s" for a plural noun's (and "autopsy" for an adjective); the sentence is
    # still what the document states.
    text = "Sick leave becomes available after 1 year of service, the document states."
    speaker, _ = said(text, "1 year")
    assert speaker is not None and speaker.name == "the document"
    text = "The man died of 3 gunshot wounds, an autopsy shows."
    speaker, _ = said(text, "3 gunshot")
    assert speaker is not None and speaker.name == "an autopsy"
    # A plural noun that is no verb reports nothing.
    assert said("Reyes won 3 of the swing states.", "3") == (None, ())
    # Set into a quotation, after the comma inside it, as "the document says" is.
    text = 'A clerk gave us a list. "Sick leave," the document states, begins "after 1 year."'
    speaker, _ = said(text, "1 year")
    assert speaker is not None and speaker.name == "the document"


def test_claims_attribution_a_share_split_off_the_clause_stays_in_it() -> None:
    # The parser may hang "about half of ..." on "said"; it is still the clause's subject.
    text = "The budget office said about half of the higher deficit reflected revenue losses."
    speaker, _ = said(text, "about half")
    assert speaker is not None and speaker.name == "budget office"
    _, found = run(text)
    assert [text[a.start : a.end] for a in found] == [
        "about half of the higher deficit reflected revenue losses"
    ]


def test_claims_attribution_a_part_of_a_group_is_no_pronoun() -> None:
    text = "Some of Brandt’s longtime allies said they have come to accept his 12 new positions."
    speaker, _ = said(text, "12 new")
    assert speaker is not None and speaker.anonymous
    assert speaker.name == "Some of Brandt’s longtime allies"


def test_claims_attribution_shares_answering_stay_in_the_finding() -> None:
    # "while 37 percent say ..." inside a poll's finding is more of the finding, not a
    # clause with a speaker of its own that ends it.
    text = (
        "The Gazette poll also finds that, while 37 percent of voters say Reyes is to "
        "blame for the delays, 39 percent blame the board."
    )
    speaker, _ = said(text, "39 percent")
    assert speaker is not None and "Gazette" in speaker.name


# -- continuation ------------------------------------------------------------------------


CONTINUED = (
    "A source in the port told Radio Meridian that 30 trucks arrived on Friday. "
    "The source added that 12 more trucks were expected. "
    "According to the source, 8 cranes were working. "
    "He said that 5 ships had left."
)


def test_claims_attribution_definite_description_carries_speaker_and_relay() -> None:
    _, found = run(CONTINUED)
    speaker, via = said(CONTINUED, "12")
    assert speaker is not None and speaker.anonymous
    assert speaker.name == "A source in the port"
    assert via == ("Radio Meridian",)
    assert speaker.start is not None and speaker.end is not None
    assert CONTINUED[speaker.start : speaker.end] == "The source"
    covering = [a for a in found if a.start <= CONTINUED.index("12") < a.end]
    assert covering and covering[0].cue == "carried"


def test_claims_attribution_according_to_the_source_carries() -> None:
    speaker, via = said(CONTINUED, "8")
    assert speaker is not None and speaker.name == "A source in the port"
    assert via == ("Radio Meridian",)


def test_claims_attribution_pronoun_carries_without_span() -> None:
    speaker, via = said(CONTINUED, "5")
    assert speaker is not None and speaker.name == "A source in the port"
    assert speaker.start is None and speaker.end is None
    assert via == ("Radio Meridian",)


def test_claims_attribution_pronoun_prefers_person_over_organisation() -> None:
    text = (
        "The Water Board said that 40 wells had run dry. "
        "Its director, Paul Renard, said that 9 pumps were broken. "
        "He added that 3 engineers were sent."
    )
    speaker, _ = said(text, "3 engineers")
    assert speaker is not None and speaker.name == "Paul Renard"


# -- hedges ------------------------------------------------------------------------------


def test_claims_attribution_claimed_is_hedged() -> None:
    _, found = run("The rebel group claimed that 50 soldiers had surrendered.")
    assert [(a.cue, a.hedged) for a in found] == [("claim", True)]


def test_claims_attribution_reportedly_without_speaker() -> None:
    # A hedge word marks the writer's distance from what the report states; it names no
    # source, so the statement stays the report's own, hedged.
    text = "The convoy reportedly carried 40 tonnes of flour."
    assert said(text, "40") == (None, ())
    _, found = run(text)
    assert [(a.cue, a.hedged, a.own) for a in found] == [("reportedly", True, True)]


def test_claims_attribution_it_was_said_is_hedged() -> None:
    _, found = run("It was said that 70 buses were waiting at the border.")
    assert len(found) == 1
    assert found[0].hedged and found[0].speaker.anonymous


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("It was estimated that some 300 families had left the valley.", "300"),
        ("It has been revealed that the two guards were named in four lawsuits.", "four"),
        ("It was reported that 12 boats sank in the harbour.", "12"),
    ],
)
def test_claims_attribution_impersonal_report_names_no_source(text: str, figure: str) -> None:
    # A passive report with no one reporting ("it was estimated that") is the writer
    # hedging their own statement: no one is credited with the figure, and it stays hedged.
    assert said(text, figure) == (None, ())
    _, found = run(text)
    assert [(a.hedged, a.own) for a in found] == [(True, True)]


@pytest.mark.parametrize(
    "text",
    [
        "The Water Board said it was estimated that 40 wells had run dry.",
        "It was estimated that 40 wells had run dry, the Water Board said.",
    ],
)
def test_claims_attribution_impersonal_report_in_a_speakers_words(text: str) -> None:
    # Inside a named speaker's words the impersonal report is their hedge: the figure
    # stays theirs, hedged.
    speaker, _ = said(text, "40")
    assert speaker is not None and speaker.name == "Water Board"
    _, found = run(text)
    assert [(a.speaker.name, a.hedged) for a in found] == [("Water Board", True)]


def test_claims_attribution_plain_report_is_not_hedged() -> None:
    _, found = run("The Water Board said that 40 wells had run dry.")
    assert [a.hedged for a in found] == [False]


# -- dateline agency ---------------------------------------------------------------------


AGENCY_STORY = (
    "Floods cut the valley road on Monday and 300 homes lost power. "
    "Maria Okafor, a relief coordinator, said that 90 families were moved. "
    "Ivan Petrov, the mayor, told AFP that 12 schools were closed. "
    "Carlos Mendes, a police officer, told Reuters that 4 people were missing."
)


def test_claims_attribution_dateline_agency_for_the_outlets_own_words() -> None:
    assert said(AGENCY_STORY, "300", agency="AFP") == (None, ("AFP",))
    assert said(AGENCY_STORY, "300") == (None, ())


def test_claims_attribution_dateline_agency_appended_to_speaker() -> None:
    speaker, via = said(AGENCY_STORY, "90", agency="AFP")
    assert speaker is not None and speaker.name == "Maria Okafor"
    assert via == ("AFP",)


def test_claims_attribution_dateline_agency_not_repeated() -> None:
    speaker, via = said(AGENCY_STORY, "12", agency="AFP")
    assert speaker is not None and speaker.name == "Ivan Petrov"
    assert via == ("AFP",)


def test_claims_attribution_other_relay_overrides_dateline_agency() -> None:
    speaker, via = said(AGENCY_STORY, "4 people", agency="AFP")
    assert speaker is not None and speaker.name == "Carlos Mendes"
    assert via == ("Reuters",)


def test_claims_attribution_source_of_picks_innermost() -> None:
    outer_speaker = Speaker(name="Outer Org")
    inner_speaker = Speaker(name="Inner Person")
    document = make_doc("x" * 100, agency="AFP")
    found = (
        Attribution(start=0, end=100, speaker=outer_speaker, via=(), cue="say", hedged=False),
        Attribution(
            start=20, end=40, speaker=inner_speaker, via=("Radio X",), cue="say", hedged=False
        ),
    )
    assert source_of(document, found, 25, 30) == (inner_speaker, ("Radio X",))
    assert source_of(document, found, 50, 55) == (outer_speaker, ("AFP",))
    # A span crossing the inner attribution's end belongs to the outer one only.
    assert source_of(document, found, 35, 45) == (outer_speaker, ("AFP",))


# -- properties --------------------------------------------------------------------------

WORDS = st.sampled_from(
    [
        "said",
        "told",
        "according",
        "to",
        "the",
        "source",
        "he",
        "she",
        "added",
        "Reuters",
        "Maria",
        "Okafor",
        "reportedly",
        "12",
        "“",
        "”",
        "‘",
        "’",
        '"',
        ":",
        ",",
        ".",
        "\n\n",
        "that",
        "activists",
        "estimates",
        "of",
        "it",
        "was",
    ]
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.one_of(
        st.lists(WORDS, max_size=40).map(" ".join),
        st.text(max_size=120),
    )
)
def test_claims_attribution_never_raises_and_spans_stay_inside(text: str) -> None:
    document, found = run(text, agency="AFP")
    check_spans(text, found)
    for a in found:
        speaker, via = source_of(document, found, a.start, a.end)
        if a.own:
            # The report's own statement (a lone hedge word) credits no one.
            assert speaker is None and via == ("AFP",)
            continue
        assert speaker is not None
        # The dateline agency closes every chain, unless the speaker is the agency.
        assert via or speaker.name.replace(" ", "").lower() == "afp"


# -- constructions that news uses everywhere -----------------------------------------------


def test_claims_attribution_dateline_place_is_not_the_speaker() -> None:
    text = (
        "Port Arlen – A nurse at the district clinic told Radio Meridian that 35 patients "
        "were moved overnight."
    )
    speaker, via = said(text, "35")
    assert speaker is not None and speaker.anonymous
    assert speaker.name.startswith("A nurse")
    assert "Port Arlen" not in speaker.name
    assert via == ("Radio Meridian",)


def test_claims_attribution_relative_clause_is_not_part_of_the_name() -> None:
    text = (
        "A source at the port told Radio Meridian that 30 trucks arrived on Friday. "
        "The source, who spoke on condition of anonymity because officials were told to stay "
        "silent, said that 12 more trucks were turned back."
    )
    speaker, via = said(text, "12")
    assert speaker is not None and speaker.anonymous
    assert speaker.start is not None and speaker.end is not None
    assert text[speaker.start : speaker.end] == "The source"
    assert speaker.name == "A source at the port"
    assert via == ("Radio Meridian",)


def test_claims_attribution_relative_clause_inside_the_phrase_is_not_part_of_the_name() -> None:
    # A comment set off by commas on a word inside the speaker's phrase (the body the
    # speakers work for) describes it; it names no one and holds no part of the name.
    text = (
        "Executives for Kelvara Foods, which generated more than $30 billion in revenue "
        "last year, said 40 plants would close."
    )
    speaker, _ = said(text, "40")
    assert speaker is not None and speaker.name == "Executives for Kelvara Foods"
    assert said(text, "$30 billion") == (None, ())


def test_claims_attribution_long_apposition_without_a_name() -> None:
    text = (
        "A source at the port told Radio Meridian that 30 trucks arrived. "
        "The source, a clerk in the customs office, said 18 containers were missing."
    )
    speaker, via = said(text, "18")
    assert speaker is not None and speaker.anonymous
    assert speaker.name == "A source at the port"
    assert via == ("Radio Meridian",)


@pytest.mark.parametrize("participle", ["quoted by", "cited by"])
def test_claims_attribution_according_to_source_quoted_by_outlet(participle: str) -> None:
    text = (
        f"Some 90 boats sank in the harbour, according to a port source {participle} the "
        "regional broadcaster Radio Meridian."
    )
    speaker, via = said(text, "90")
    assert speaker is not None and speaker.anonymous
    assert speaker.name == "a port source"
    assert via == ("Radio Meridian",)


def test_claims_attribution_relative_clause_in_report_stays_with_speaker() -> None:
    text = (
        "A source at the port told Radio Meridian that 30 trucks arrived. "
        "The source said the customs office had not counted cargo seized at the northern "
        "quay, which explains why the official tally of 25 is too low."
    )
    speaker, via = said(text, "25")
    assert speaker is not None and speaker.anonymous
    assert speaker.name == "A source at the port"
    assert via == ("Radio Meridian",)


def test_claims_attribution_negated_report_is_no_attribution() -> None:
    text = "The Harbour Authority did not confirm that 40 ships were damaged."
    assert said(text, "40") == (None, ())


def test_claims_attribution_citing_makes_cited_the_speaker() -> None:
    text = (
        "The Harbour Authority said at least 26 sailors were missing, citing the Coast "
        "Guard, while a local fishermen's union put the number between 30 and 40."
    )
    speaker, via = said(text, "26")
    assert speaker is not None and not speaker.anonymous
    assert speaker.name == "Coast Guard"
    assert via == ("Harbour Authority",)
    other, other_via = said(text, "between 30 and 40")
    assert other is not None and other.anonymous
    assert other.name.startswith("a local fishermen")
    assert other_via == ()


def test_claims_attribution_citing_after_the_reporting_verb() -> None:
    text = "Some 26 sailors were missing, the Harbour Authority said, citing the Coast Guard."
    speaker, via = said(text, "26")
    assert speaker is not None and speaker.name == "Coast Guard"
    assert via == ("Harbour Authority",)


def test_claims_attribution_according_to_inside_a_statement_relays() -> None:
    text = "The Harbour Authority said that, according to the Coast Guard, 26 sailors were missing."
    speaker, via = said(text, "26")
    assert speaker is not None and speaker.name == "Coast Guard"
    assert via == ("Harbour Authority",)


@pytest.mark.parametrize(
    "text",
    [
        "A local aid group put the number of damaged homes at 400.",
        "A local aid group puts damaged homes at about 400.",
    ],
)
def test_claims_attribution_put_at_is_a_report(text: str) -> None:
    speaker, _ = said(text, "400")
    assert speaker is not None and speaker.anonymous
    assert "aid group" in speaker.name


def test_claims_attribution_put_at_risk_is_no_report() -> None:
    text = "The storm put 400 homes at risk of flooding."
    assert said(text, "400") == (None, ())


@pytest.mark.parametrize(
    "sentence",
    [
        "The Water Board registered 40 wells that had run dry.",
        "The Water Board recorded 40 wells that had run dry.",
        "The Water Board counted 40 wells that had run dry.",
    ],
)
def test_claims_attribution_counting_verbs(sentence: str) -> None:
    speaker, _ = said(sentence, "40")
    assert speaker is not None and "Water Board" in speaker.name


def test_claims_attribution_appeal_for_an_amount() -> None:
    text = (
        "The Red Lantern Fund appealed for $3 million for the valley, where officials say "
        "800 homes were lost."
    )
    speaker, _ = said(text, "$3 million")
    assert speaker is not None and speaker.name == "Red Lantern Fund"
    officials, via = said(text, "800")
    assert officials is not None and officials.anonymous
    assert via == ()


def run_by(text: str, outlet: str) -> tuple[Document, tuple[Attribution, ...]]:
    document = make_doc(text, outlet=outlet)
    tree, entities = _parse(text)
    return document, attribute(document, tree, EntityIndex(entities, document.id))


def said_by_outlet(text: str, figure: str, outlet: str):  # type: ignore[no-untyped-def]
    document, found = run_by(text, outlet)
    start = text.index(figure)
    return source_of(document, found, start, start + len(figure))


@pytest.mark.parametrize(
    "text",
    [
        "Our volunteers have counted 85 collapsed houses in the lower town.",
        "We have recorded 85 collapsed houses in the lower town.",
        "The Lakeside Rescue Network has registered 85 collapsed houses in the lower town.",
        "Since the storm began, the network has recorded 85 collapsed houses in the town.",
    ],
)
def test_claims_attribution_outlet_speaking_for_itself(text: str) -> None:
    assert said_by_outlet(text, "85", "Lakeside Rescue Network") == (None, ())


def test_claims_attribution_other_body_is_not_the_outlet() -> None:
    text = "The Water Board has recorded 85 collapsed houses in the lower town."
    speaker, _ = said_by_outlet(text, "85", "Lakeside Rescue Network")
    assert speaker is not None and "Water Board" in speaker.name


def test_claims_attribution_first_person_inside_a_quote_is_the_quoted_speaker() -> None:
    text = "“Our crews have counted 85 collapsed houses,” said Tomas Lind."
    speaker, _ = said_by_outlet(text, "85", "Lakeside Rescue Network")
    assert speaker is not None and speaker.name == "Tomas Lind"


def test_claims_attribution_headline_colon_names_the_source() -> None:
    text = (
        "Radio Meridian source: harbour toll near 30 as storm eases\n\n"
        "A source at the port told Radio Meridian that 30 sailors were missing."
    )
    speaker, via = said_by_outlet(text, "near 30", "Radio Meridian")
    assert speaker is not None and speaker.anonymous
    assert speaker.name == "Radio Meridian source"
    assert via == ("Radio Meridian",)


def test_claims_attribution_headline_colon_without_a_source() -> None:
    text = "Storm update: harbour toll near 30 as winds ease\n\nThe storm eased on Monday."
    assert said(text, "near 30") == (None, ())


def test_claims_attribution_headline_with_puts() -> None:
    text = "Port source puts storm losses at about 30 boats\n\nThe storm eased on Monday."
    speaker, via = said(text, "about 30")
    assert speaker is not None and speaker.anonymous
    assert speaker.name == "Port source"
    assert via == ()


def test_claims_attribution_role_repeating_the_name_is_none() -> None:
    text = "Officials say 70 roads are closed."
    speaker, _ = said(text, "70")
    assert speaker is not None and speaker.anonymous
    assert speaker.name == "Officials"
    assert speaker.role is None


def test_claims_attribution_stance_verb_gives_pronouns_their_speaker() -> None:
    text = (
        "A source at the port told Radio Meridian that 30 trucks arrived. "
        "Paul Renard, the harbour master, rejected that account. "
        "“We logged 14 trucks, no more,” he said."
    )
    speaker, _ = said(text, "14")
    assert speaker is not None and speaker.name == "Paul Renard"


# -- a speaker named after the whole clause ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures", "name"),
    [
        (
            "A bus that left the depot at dawn crashed into a wall and injured 14 passengers "
            "and 3 cyclists, the city transport authority said on Friday.",
            ("14", "3 cyclists"),
            "city transport authority",
        ),
        (
            "A landslide that buried the mountain road on Sunday destroyed 6 farms and cut "
            "off 2 villages, the district council said in a statement on Monday.",
            ("6", "2 villages"),
            "district council",
        ),
        (
            "A ferry carrying 200 passengers ran aground and lost 40 cars, said the coast guard.",
            ("200", "40"),
            "coast guard",
        ),
    ],
)
def test_claims_attribution_post_posed_speaker_takes_the_whole_clause(
    text: str, figures: tuple[str, ...], name: str
) -> None:
    for figure in figures:
        speaker, via = said(text, figure, agency="AFP")
        assert speaker is not None, figure
        assert speaker.name == name and not speaker.anonymous
        assert via == ("AFP",)


@pytest.mark.parametrize(
    ("text", "figures", "name"),
    [
        (
            "Flood at Dunmore mine traps at least 12, officials say\n\n"
            "DUNMORE, Norvania (AFP) – Water that poured into a coal mine near Dunmore on "
            "Friday trapped at least 12 miners and forced 40 others to flee, the regional "
            "mining authority said on Saturday.",
            ("at least 12 miners", "40"),
            "regional mining authority",
        ),
        (
            "Bridge collapse in Oranto kills 5, officials say\n\n"
            "ORANTO (AFP) – A bridge that spanned the river in Oranto collapsed on Wednesday "
            "and killed five drivers and injured 11 pedestrians, the city council said on "
            "Thursday.",
            ("five", "11"),
            "city council",
        ),
    ],
)
def test_claims_attribution_post_posed_speaker_however_the_verb_is_parsed(
    text: str, figures: tuple[str, ...], name: str
) -> None:
    # The parser runs the headline into the first sentence and hangs "said" on the
    # headline's verb: the clause before ", X said" is still X's, from after the dateline.
    for figure in figures:
        speaker, via = said(text, figure, agency="AFP")
        assert speaker is not None and speaker.name == name, figure
        assert via == ("AFP",)
    _, found = run(text, agency="AFP")
    body = [a for a in found if a.speaker.name == name]
    assert len(body) == 1
    assert text[body[0].start : body[0].end].split()[0] in {"Water", "A"}


@pytest.mark.parametrize(
    "text",
    [
        "While the mayor says 40 shops were looted, the traders' guild said on Monday that "
        "the true number was 90.",
        # A number right after the verb is its content, however the parser hangs it.
        "While the mayor says there are 40 looted shops, the traders' guild said there 90 "
        "of them, mostly bakeries.",
    ],
)
def test_claims_attribution_post_posed_speaker_never_swallows_another_speaker(
    text: str,
) -> None:
    mayor, _ = said(text, "40")
    assert mayor is not None and mayor.name == "mayor"
    guild, _ = said(text, "90")
    assert guild is not None and "guild" in guild.name


# -- headlines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Fire at Oranto paint factory kills at least 7, officials say\n\n"
            "ORANTO, Norvania (AFP) – The factory had been inspected in May.",
            "at least 7",
        ),
        (
            "Storm floods 300 homes in Lakeside, officials said\n\n"
            "LAKESIDE (AFP) – The river burst its banks on Sunday, the county council said.",
            "300",
        ),
    ],
)
def test_claims_attribution_headline_with_trailing_speaker(text: str, figure: str) -> None:
    speaker, via = said(text, figure, agency="AFP")
    assert speaker is not None and speaker.anonymous and speaker.name == "officials"
    assert via == ("AFP",)


def test_claims_attribution_headline_speaker_stays_on_its_line() -> None:
    text = (
        "Storm floods 300 homes in Lakeside, officials say\n\n"
        "A storm flooded 70 farms on Sunday, the county council said."
    )
    speaker, _ = said(text, "70")
    assert speaker is not None and speaker.name == "county council"


# -- "X said, according to Y" --------------------------------------------------------------


def test_claims_attribution_according_to_after_a_speaker_is_a_relay() -> None:
    text = (
        "Two bridges that carried 4,000 cars a day collapsed in the flood, the county "
        "council said, according to Radio Meridian."
    )
    for figure in ("Two bridges", "4,000"):
        speaker, via = said(text, figure)
        assert speaker is not None and speaker.name == "county council"
        assert via == ("Radio Meridian",)
    _, found = run(text)
    assert [a.cue for a in found] == ["say"]


def test_claims_attribution_according_to_after_a_speaker_replaces_the_agency() -> None:
    text = "At least 8 fishermen drowned off the cape, the navy said, according to Radio Meridian."
    speaker, via = said(text, "8", agency="AFP")
    assert speaker is not None and speaker.name == "navy"
    assert via == ("Radio Meridian",)


def test_claims_attribution_according_to_before_a_clause_is_still_the_speaker() -> None:
    text = "According to Radio Meridian, 8 fishermen drowned off the cape."
    speaker, via = said(text, "8")
    assert speaker is not None and speaker.name == "Radio Meridian"
    assert via == ()


# -- unnamed collectives -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Local media reported that 12 boats sank in the bay.", "Local media"),
        ("State media said 70 people were arrested at the border.", "State media"),
        ("The local press reported that 12 boats sank in the bay.", "The local press"),
        ("Witnesses said 30 tanks had entered the town.", "Witnesses"),
        ("Eyewitnesses said 30 tanks had entered the town.", "Eyewitnesses"),
        ("Residents said that 40 houses burned overnight.", "Residents"),
        ("Activists say 200 protesters were detained.", "Activists"),
        ("Security sources said 5 soldiers died in the ambush.", "Security sources"),
        ("According to state television, 40 buses were burned.", "state television"),
    ],
)
def test_claims_attribution_unnamed_collectives_are_anonymous(text: str, name: str) -> None:
    figure = next(w for w in text.split() if w[0].isdigit())
    speaker, via = said(text, figure)
    assert speaker is not None
    assert speaker.anonymous
    assert speaker.name == name
    assert via == ()


def test_claims_attribution_named_media_outlet_is_not_anonymous() -> None:
    text = "Meridian Press reported that 12 boats sank in the bay."
    speaker, _ = said(text, "12")
    assert speaker is not None and not speaker.anonymous
    assert speaker.name == "Meridian Press"


# -- title lines run into the body -------------------------------------------------------


TITLED = [
    (
        "Statement on the Oranto bridge collapse\n\n"
        "The Dockers Guild counts 30 of its members injured after the Oranto bridge "
        "collapse, more than the city has admitted. Four members are still in hospital.",
        "Dockers Guild",
    ),
    (
        "Statement on the Kessel mine flood\n\n"
        "The Miners Federation counts 30 of its members missing after the Kessel mine "
        "flood, more than any official figure so far.",
        "Miners Federation",
    ),
    (
        "Statement on the Dunmore silo fire\n\n"
        "The Farmers Alliance counts 30 of its members dead after the fire.",
        "Farmers Alliance",
    ),
]


@pytest.mark.parametrize(("text", "name"), TITLED)
def test_claims_attribution_title_line_is_never_the_speaker(text: str, name: str) -> None:
    # The parser runs the title into the sentence, even as its subject: the speaker is
    # the subject on the verb's own line.
    speaker, via = said(text, "30")
    assert speaker is not None and speaker.name == name
    assert not speaker.anonymous
    assert via == ()


@pytest.mark.parametrize(("text", "name"), TITLED)
def test_claims_attribution_title_line_over_the_outlets_own_count(text: str, name: str) -> None:
    assert said_by_outlet(text, "30", name) == (None, ())


def test_claims_attribution_speaker_phrase_stops_at_a_line_break() -> None:
    text = "Notes from the valley\n\nThe Water Board said 40 wells had run dry."
    _, found = run(text)
    assert [a.speaker.name for a in found] == ["Water Board"]
    check_spans(text, found)


# -- the word tables ---------------------------------------------------------------------


def test_claims_attribution_cue_forms_list_every_inflection() -> None:
    forms = cue_forms()
    for word in ("said", "says", "told", "according", "reportedly", "argued", "wrote", "found"):
        assert word in forms, word
    assert "the" not in forms and "council" not in forms


def test_claims_attribution_lexicon_names_a_bad_line() -> None:
    with pytest.raises(ValueError, match="line 2"):
        parse_lexicon("reporting\tsay\nverbs\tshout\n")


# -- a claim that quotes its attribution whole --------------------------------------------


def test_claims_attribution_claim_holding_its_own_cue() -> None:
    text = "Mayor Lina Ortez said the bridge would reopen within 30 days."
    whole = "Mayor Lina Ortez said the bridge would reopen within 30 days"
    speaker, _ = said(text, whole)
    assert speaker is not None and "Lina Ortez" in speaker.name


def test_claims_attribution_source_of_takes_a_claim_quoting_the_cue() -> None:
    speaker = Speaker(name="Lina Ortez", start=0, end=10)
    document = make_doc("x" * 100)
    found = (
        Attribution(
            start=16,
            end=60,
            speaker=speaker,
            via=(),
            cue="say",
            hedged=False,
            cue_start=0,
            cue_end=15,
        ),
    )
    assert source_of(document, found, 0, 60) == (speaker, ())
    # Most of this span lies outside the content: it is not the speaker's.
    assert source_of(document, found, 0, 100) == (None, ())


# -- pronouns ----------------------------------------------------------------------------


def test_claims_attribution_pronoun_finds_the_person_named_before() -> None:
    text = (
        "Senator Ada Brandt toured the flooded valley on Monday. "
        "She said that 40 farms had been lost."
    )
    speaker, _ = said(text, "40")
    assert speaker is not None and "Brandt" in speaker.name
    assert speaker.start is None and not speaker.anonymous


def test_claims_attribution_pronoun_prefers_the_subject_named_since_the_last_speaker() -> None:
    text = (
        "The Water Board said that 40 wells had run dry. "
        "Governor Tomas Reyes visited the valley on Tuesday. "
        "He said that 12 pumps were broken."
    )
    speaker, _ = said(text, "12")
    assert speaker is not None and "Reyes" in speaker.name


def test_claims_attribution_pronoun_keeps_the_speaker_over_a_name_in_his_words() -> None:
    text = (
        "Governor Tomas Reyes said that Ada Brandt had cut 40 jobs. "
        "He added that 12 pumps were broken."
    )
    speaker, _ = said(text, "12")
    assert speaker is not None and "Reyes" in speaker.name


# -- documents as speakers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "name", "anonymous"),
    [
        (
            "A poll of 900 valley residents found that 62 percent want the dam rebuilt.",
            "62 percent",
            "A poll of 900 valley residents",
            True,
        ),
        (
            "According to a Meridian Research poll, 62 percent want the dam rebuilt.",
            "62 percent",
            "Meridian Research",
            False,
        ),
        (
            "Harbour Authority records show that 40 ships were damaged in the storm.",
            "40",
            "Harbour Authority",
            False,
        ),
        (
            "The ferry carried 310 passengers, according to the results of an inquiry.",
            "310",
            "the results of an inquiry",
            True,
        ),
    ],
)
def test_claims_attribution_documents_speak(
    text: str, figure: str, name: str, anonymous: bool
) -> None:
    speaker, _ = said(text, figure)
    assert speaker is not None and speaker.name == name
    assert speaker.anonymous is anonymous


def test_claims_attribution_according_to_after_its_clause_reaches_the_sentence_start() -> None:
    text = "Ortez leads Brandt by 40 delegates, according to a tally by the Harbour Gazette."
    speaker, _ = said(text, "40")
    assert speaker is not None and speaker.name == "Harbour Gazette"


# -- subjectless verbs, bare speakers after a quote, "as X reported" ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reyes was quoted as saying that 20 boats had sunk.",
        "Tomas Reyes visited the port and said that 20 boats had sunk.",
        "Tomas Reyes pivoted to arguing that 20 boats had sunk.",
    ],
)
def test_claims_attribution_subjectless_verb_speaks_for_its_governor(text: str) -> None:
    speaker, _ = said(text, "20")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_subjectless_verb_without_a_clause_reports_nothing() -> None:
    text = "Tomas Reyes won the mayoral race, claiming 41 percent of the vote."
    assert said(text, "41 percent") == (None, ())


def test_claims_attribution_quote_then_a_bare_speaker_sentence() -> None:
    text = "“We lost 30 boats in one night.” Tomas Reyes said."
    speaker, _ = said(text, "30")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_as_x_reported() -> None:
    text = "As the Harbour Gazette reported, 30 boats sank in the bay overnight."
    speaker, _ = said(text, "30")
    assert speaker is not None and speaker.name == "Harbour Gazette"


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reyes responded: “We have 40 boats left.”",
        "Tomas Reyes argued that 40 boats were enough for the harbour.",
    ],
)
def test_claims_attribution_more_verbs_of_saying(text: str) -> None:
    speaker, _ = said(text, "40")
    assert speaker is not None and speaker.name == "Tomas Reyes"


# -- what is not content ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Tomas Reyes told 3,000 supporters in Lakeside that the dam would hold.", "3,000"),
        ("Tomas Reyes wrote to his 5,000 followers that the dam would hold.", "5,000"),
        ("The council declared war on the 30 illegal dumps in the valley.", "30"),
        ("Seventy percent said the mayor had cut 12 bus lines.", "12"),
        ("Tomas Reyes: 1,769.\n\nAda Brandt: 1,501.", "1,769"),
    ],
)
def test_claims_attribution_frames_and_tallies_are_nobody_s_statement(
    text: str, figure: str
) -> None:
    assert said(text, figure) == (None, ())


def test_claims_attribution_share_of_a_group_is_an_anonymous_speaker() -> None:
    text = "Half of the residents said the mayor had cut 12 bus lines."
    speaker, _ = said(text, "12")
    assert speaker is not None and speaker.anonymous
    assert speaker.name.startswith("Half of the residents")


def test_claims_attribution_age_is_no_role() -> None:
    speaker, _ = said("Paulo Reyes, 58, said that 30 boats sank.", "30")
    assert speaker is not None and speaker.name == "Paulo Reyes" and speaker.role is None


def test_claims_attribution_quote_closed_by_slip_ends_there() -> None:
    text = "Tomas Reyes tweeted: “Rebuild the dam now.’ He was in the valley when 30 homes flooded."
    assert said(text, "30") == (None, ())


def test_claims_attribution_quote_inside_a_quote_does_not_close_it() -> None:
    text = (
        "“Well, my brother told me, ‘we counted 12 boats.’ Then we counted 30 more,” "
        "Tomas Reyes said."
    )
    speaker, _ = said(text, "30")
    assert speaker is not None and speaker.name == "Tomas Reyes"


@pytest.mark.parametrize(
    "text",
    [
        # Quote marks typed as two grave accents and two apostrophes, as in plain ASCII text.
        "``The dam held,'' Tomas Reyes said. ``We lost 30 boats in one night.''",
        # A long speaker sentence between two quotes of the same speaker.
        "“The dam held,” said Sen. Tomas Reyes (D-Lakeside), a backer of the harbour bill "
        "since its first reading. “We lost 30 boats in one night.”",
        # A paragraph that ends with a colon introduces the quote opening the next one.
        "Tomas Reyes said that, given the size of the storm, the harbour did all it could:"
        "\n\n“We lost 30 boats in one night.”",
    ],
)
def test_claims_attribution_quote_goes_on_with_its_speaker(text: str) -> None:
    speaker, _ = said(text, "30")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_speaker_after_a_quote_is_not_a_subject_inside_it() -> None:
    text = "“We asked for help, but they sent only 4 pumps,” Tomas Reyes said."
    speaker, _ = said(text, "4 pumps")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_speaker_the_parser_left_without_a_verb() -> None:
    text = "As part of his plea, Paulo Reyes, 58, said that 30 boats sank in the bay."
    speaker, _ = said(text, "30")
    assert speaker is not None and speaker.name == "Paulo Reyes"


def test_claims_attribution_according_to_data() -> None:
    speaker, _ = said("Lakeside had two floods in 2014, according to the county data.", "two")
    assert speaker is not None and speaker.name.endswith("county data")


@pytest.mark.parametrize(
    "text",
    [
        "The two towns, Tomas Reyes said on Tuesday, now have 30 ferries.",
        "The two towns have lost their bridge, Tomas Reyes said, but now have 30 ferries.",
    ],
)
def test_claims_attribution_speaker_set_off_inside_the_sentence(text: str) -> None:
    speaker, _ = said(text, "30")
    assert speaker is not None and speaker.name == "Tomas Reyes"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("As the Delta study noted, 30 boats sank in the bay.", "Delta"),
        ("The towns have 30 ferries, Tomas Reyes noted.", "Tomas Reyes"),
    ],
)
def test_claims_attribution_weak_verb_after_its_clause_or_with_as(text: str, name: str) -> None:
    speaker, _ = said(text, "30")
    assert speaker is not None and speaker.name == name
    assert said("The storm added 30 boats to the toll.", "30") == (None, ())


def test_claims_attribution_claim_running_on_into_its_speaker() -> None:
    text = '"She will not fix the boats because she is part of the council," Reyes said.'
    document, found = run(text)
    start, end = text.index("she is part"), text.index("Reyes") + len("Reyes")
    speaker, _ = source_of(document, found, start, end)
    assert speaker is not None and speaker.name == "Reyes"
    # Running on past the speaker into the next sentence is not the speaker's.
    text += " Then 30 boats sank."
    document, found = run(text)
    speaker, _ = source_of(document, found, text.index("she is part"), text.index("30") + 2)
    assert speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Pollsters agree - Tomas Reyes: “One lesson was simple. Two pollsters called late.”",
        "GAZETTE - Tomas Reyes: “The count found 20 states leaning one way. Two are open.”",
    ],
)
def test_claims_attribution_roundup_credit_before_a_quote(text: str) -> None:
    speaker, _ = said(text, "Two")
    assert speaker is not None and speaker.name == "Tomas Reyes"
    # The quotation is the content, not the source note after it.
    credit = "Pollsters agree - Tomas Reyes: “Two pollsters called late.” [Gazette, 12 May.]"
    assert said(credit, "12") == (None, ())
    # Without a quotation after the colon, a dash and a name are no credit.
    assert said("It was close - Reyes: two states to one.", "two") == (None, ())


@pytest.mark.parametrize(
    "text",
    [
        "As Tomas Reyes put it, the harbour does a better job with 30 boats.",
        "As Professor Tomas Reyes put it: “The harbour does a better job with 30 boats.”",
    ],
)
def test_claims_attribution_as_x_put_it(text: str) -> None:
    speaker, _ = said(text, "30")
    assert speaker is not None and speaker.name == "Tomas Reyes"
    assert said("Tomas Reyes put it in the shed with 30 boats.", "30") == (None, ())


def test_claims_attribution_covering_index_finds_holding_and_overlapping_spans() -> None:
    index = Covering([(0, 50), (10, 20), (30, 40), (60, 70)])
    assert index.around(12, 18) == [0, 1]
    assert index.overlapping(35, 65) == [0, 2, 3]
    assert index.overlapping(50, 60) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ada Brandt believes the port will need 30 new cranes.",
        "Mayor Ada Brandt has promised to buy 30 new cranes for the port.",
        "Mayor Ada Brandt called for 30 new cranes at the port.",
        "Mayor Ada Brandt blamed 30 broken cranes for the delays.",
    ],
)
def test_claims_attribution_thought_or_position_is_its_holder_s(text: str) -> None:
    speaker, _ = said(text, "30")
    assert speaker is not None and speaker.name == "Ada Brandt"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A label given in words: "called X 'Y'", "called X a Y".
        ('Mayor Ada Brandt called the storm that sank 30 boats "a warning to us all."', "30"),
        ("Mayor Ada Brandt called the 30 new cranes a waste of money.", "30"),
        # A "for ... to" clause: what is called for.
        ("Mayor Ada Brandt has called for the fee, now $30 a day, to be cut.", "$30"),
        # A request: "asked X to ...", "asked for ...".
        ("Mayor Ada Brandt has asked the port board to buy 30 new cranes.", "30"),
        ("Mayor Ada Brandt asked for 30 new cranes to be bought by June.", "30"),
        # What one points to as evidence, and what one points out.
        ("As proof, Mayor Ada Brandt pointed to the 30 cranes idle at the port.", "30"),
        ("Mayor Ada Brandt pointed out that 30 cranes stand idle.", "30"),
        # What one cites as a reason or as evidence.
        ("Mayor Ada Brandt cited 30 idle cranes as the cause of the delays.", "30"),
    ],
)
def test_claims_attribution_labels_and_requests_are_their_maker_s(text: str, figure: str) -> None:
    speaker, _ = said(text, figure)
    assert speaker is not None and speaker.name == "Ada Brandt"


@pytest.mark.parametrize(
    "text",
    [
        # Asking a number of questions, or people who asked, make no request reported.
        "Mayor Ada Brandt asked 30 questions at the hearing.",
        "Mayor Ada Brandt pointed the camera at 30 idle cranes.",
        "The report, which cited 30 idle cranes, came out on Monday.",
        "Workers who asked for 30 new cranes marched to the port.",
        # A relative clause after a label is the reporter's description.
        "The board called it a “stopgap” that covers 30 cranes.",
    ],
)
def test_claims_attribution_no_label_or_request(text: str) -> None:
    assert said(text, "30") == (None, ())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A thought another speaker reports stays that speaker's word.
        ("Tomas Reyes said Mayor Ada Brandt wants 30 new cranes.", "Tomas Reyes"),
        # So does a quotation's.
        ('"Ada Brandt wants 30 new cranes," Tomas Reyes said.', "Tomas Reyes"),
    ],
)
def test_claims_attribution_reported_thought_stays_with_the_reporter(text: str, name: str) -> None:
    speaker, _ = said(text, "30")
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        # The writer's or the reader's own mind, a dummy subject, a subject who is no
        # one, an action rather than a position, a relative clause saying who is meant.
        "I think the port will need 30 new cranes.",
        "It seems the port will need 30 new cranes.",
        "The storm threatens to sink 30 boats in the bay.",
        "The harbour board called off a deal for 30 new cranes.",
        "The harbour board called a vote for 30 May on new cranes.",
        "Workers who want 30 new cranes marched to the port.",
    ],
)
def test_claims_attribution_no_thinker_no_attribution(text: str) -> None:
    assert said(text, "30") == (None, ())


def test_claims_attribution_cue_forms_leave_out_thoughts() -> None:
    # Thoughts and positions attribute only within their own sentence: the quick look
    # before the parse need not keep a sentence for them.
    forms = cue_forms()
    assert "believes" not in forms and "urged" not in forms
    assert "said" in forms


def test_claims_attribution_percentages_answering_a_poll_are_the_poll_s() -> None:
    # A percentage of people answering names no speaker of its own.
    assert said("Sixty percent of voters said the mayor had cut 12 bus lines.", "12") == (
        None,
        (),
    )
    # Nor does "most" or "many" alone, a poll's answer more often than a speaker.
    assert said("Most said the mayor had cut 12 bus lines.", "12") == (None, ())
    text = "According to the Gazette poll, 60 percent of voters said 12 bus lines were cut."
    speaker, _ = said(text, "12")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_thought_is_its_complement_only() -> None:
    text = "Mayor Ada Brandt proposed 12 new cranes, but the council refused 30 of them."
    speaker, _ = said(text, "12")
    assert speaker is not None and speaker.name == "Ada Brandt"
    # The clause set beside the position is not the mayor's.
    assert said(text, "30") == (None, ())


def test_claims_attribution_belief_after_its_clause() -> None:
    speaker, _ = said("The port will reopen with 30 cranes, Mayor Ada Brandt believes.", "30")
    assert speaker is not None and speaker.name == "Ada Brandt"
    # A position holds what follows it, not the clause before it.
    text = "Just after the storm hit 30 boats, Mayor Ada Brandt was calling for calm."
    assert said(text, "30") == (None, ())


def test_claims_attribution_forecast_position_is_no_one_s() -> None:
    # The writer's forecast of a position ("will oppose") is not one anyone holds.
    assert said("Ada Brandt will criticize the plan for 30 new cranes.", "30") == (None, ())
    speaker, _ = said("Ada Brandt criticized the plan for 30 new cranes.", "30")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_according_to_an_average() -> None:
    text = "Ada Brandt leads by 12 points, according to the Gazette polling average."
    speaker, _ = said(text, "12")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_reporter_s_closing_background_is_not_the_speaker_s() -> None:
    text = (
        "Mayor Ada Brandt said the ferry plan was not to blame for the flooding in "
        "Lakeside, where 300 homes remain empty."
    )
    assert said(text, "300") == (None, ())
    speaker, _ = said(text, "ferry plan")
    assert speaker is not None and speaker.name == "Ada Brandt"
    # Inside her quotation the same clause is hers.
    quoted = 'Ada Brandt said: "The plan failed in Lakeside, where 300 homes remain empty."'
    speaker, _ = said(quoted, "300")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_how_it_was_said_is_the_reporter_s() -> None:
    text = (
        '"We will not close the port," Ada Brandt said.\n\n'
        "Ms. Brandt said, holding up 40 unpaid invoices. "
    )
    assert said(text, "40") == (None, ())
    # A finding goes on after a participle: "the poll showed ..., earning ...".
    poll = "A Gazette poll showed Reyes ahead, earning 51 percent of the vote."
    speaker, _ = said(poll, "51 percent")
    assert speaker is not None and "Gazette" in speaker.name


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brandt refused to say that 40 ships were damaged.",
        "Ada Brandt declined to confirm that 40 ships were damaged.",
        "Neither side would say that 40 ships were damaged.",
        "No official said that 40 ships were damaged.",
    ],
)
def test_claims_attribution_words_left_unsaid_are_no_one_s(text: str) -> None:
    assert said(text, "40") == (None, ())


def test_claims_attribution_words_naming_the_speaker_are_the_reporter_s() -> None:
    text = "The port will reopen in May, according to three officials briefed on the talks."
    assert said(text, "three officials") == (None, ())
    speaker, _ = said(text, "May")
    assert speaker is not None and speaker.name == "three officials briefed on the talks"


def test_claims_attribution_speaker_never_stands_in_his_quotation() -> None:
    text = (
        '"Very fine captain, very fine captain this woman," Brandt, the Lakeside mayor and '
        "current favourite in the port district by a wide margin after winning the spring "
        "vote, said when Reyes asked her about the 40 boats."
    )
    speaker, _ = said(text, "fine captain")
    assert speaker is not None and speaker.name == "Brandt"


def test_claims_attribution_telling_a_story_reports_nothing_before_it() -> None:
    text = "On the third day of his 40-day tour of the coast, Tomas Reyes told a joke."
    assert said(text, "40-day") == (None, ())
    text = "On the third day of the tour, 40 boats sank, Tomas Reyes told reporters."
    speaker, _ = said(text, "40 boats")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_a_position_s_condition_is_the_reporter_s() -> None:
    text = (
        "Ada Brandt is planning to leave the council and seek the mayor's office if "
        "Tomas Reyes gives up his 12-year seat."
    )
    assert said(text, "12-year") == (None, ())
    speaker, _ = said(text, "mayor's office")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_wish_for_someone_is_no_position() -> None:
    text = "The only hope left is for the council to oppose the plan for 40 new cranes."
    assert said(text, "40") == (None, ())


def test_claims_attribution_a_position_inside_a_claim_is_the_claimant_s() -> None:
    text = "It echoed the union's earlier claim that Reyes wanted to close 12 of the port's docks."
    speaker, _ = said(text, "12")
    assert speaker is None or speaker.name != "Reyes"


def test_claims_attribution_reporter_s_closing_gloss_is_not_the_speaker_s() -> None:
    text = (
        "Mayor Ada Brandt said the new levy would cost Lakeside its old ferry, the only "
        "link for the island's 3,000 residents."
    )
    assert said(text, "3,000") == (None, ())
    speaker, _ = said(text, "new levy")
    assert speaker is not None and speaker.name == "Ada Brandt"
    # A finding's list goes on in appositions: "Reyes at 40 percent, Brandt at 9".
    poll = "The Gazette poll showed Reyes ahead with 40 percent, Brandt at a distant 9 percent."
    speaker, _ = said(poll, "9 percent")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_page_markup_is_no_speaker() -> None:
    text = 'The <tweet author="@Gazette"> said that 40 ships had left the port.'
    speaker, _ = said(text, "40 ships")
    assert speaker is None or ("<" not in speaker.name and '="' not in speaker.name)


def test_claims_attribution_sentence_opening_in_a_poll() -> None:
    text = "In a Gazette poll released Monday, 50 percent of respondents chose the mayor."
    speaker, _ = said(text, "50 percent")
    assert speaker is not None and speaker.name == "Gazette"
    # A date before the survey says when it was taken, not whose it is.
    speaker, _ = said("In Monday's poll, 39 percent of voters backed the mayor.", "39")
    assert speaker is not None and speaker.name != "Monday"
    # Elsewhere "in the poll" only says where a figure stands.
    assert said("Fifteen percent of voters in the poll were undecided.", "Fifteen") == (None, ())


def test_claims_attribution_opening_poll_credits_what_follows_it() -> None:
    text = (
        "In head-to-head contests, Reyes would beat Brandt but lose to Okafor.\n\n"
        "In a Harbour Gazette poll released Monday, 50 percent of respondents chose "
        "Reyes while 40 percent chose Brandt."
    )
    speaker, _ = said(text, "40 percent")
    assert speaker is not None and "Gazette" in speaker.name
    _, found = run(text)
    poll = [a for a in found if a.cue == "in"]
    assert poll and all(text[a.start : a.end].startswith("50 percent") for a in poll)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("About 9 p.m., according to a police timeline, 12 guards left.", "12", "timeline"),
        ("The club has 34 members, according to the website.", "34", "website"),
        ("Three men sold the pier, according to a lawsuit filed in Lakeside.", "Three", "lawsuit"),
    ],
)
def test_claims_attribution_according_to_records(text: str, figure: str, source: str) -> None:
    speaker, _ = said(text, figure)
    assert speaker is not None and source in speaker.name


def test_claims_attribution_survey_nouns_are_cue_forms() -> None:
    assert {"poll", "polls", "survey", "surveys"} <= cue_forms()


def test_claims_attribution_a_count_of_people_names_no_one() -> None:
    assert said("One in three say the city spent $40 million on roads.", "$40 million") == (
        None,
        (),
    )
    # A number that names whom it counts still does.
    speaker, _ = said("One of the lawyers said the city spent $40 million on roads.", "$40")
    assert speaker is not None and speaker.name == "One of the lawyers"


def test_claims_attribution_a_date_does_not_own_a_survey() -> None:
    text = "About 46 percent of voters back the mayor, according to a February survey."
    speaker, _ = said(text, "46 percent")
    assert speaker is not None and speaker.name != "February" and "survey" in speaker.name


def test_claims_attribution_a_time_before_the_verb_is_no_speaker() -> None:
    # The parser takes "Brandt, who ..." for a clause of "said" and leaves the verb
    # without a subject: "last week" says when it was said, not who said it.
    text = (
        "Brandt, who supported Sen. Tomas Reyes, R-Texas, and virulently opposed Ferris "
        "during the Republican presidential primaries, last week said Ferris was seeking "
        "to start a rebellion."
    )
    _, found = run(text)
    assert all("week" not in a.speaker.name for a in found)
    assert said(text, "Sen. Tomas Reyes")[0] is None


def test_claims_attribution_a_word_of_the_verb_s_clause_is_no_speaker() -> None:
    # Parsed with "spoke" as the clause of "said": "the private session" is no speaker
    # of the words before it.
    text = (
        "One delegate, who like others spoke on the condition of anonymity to discuss the "
        "private session, said the message was that 40 members would vote."
    )
    assert said(text, "One delegate")[0] is None


def test_claims_attribution_reporter_s_aside_between_dashes() -> None:
    text = (
        "Reyes said the mayor had phoned council members - there are 12, two from each "
        "of the city's six wards - but said the result was still open."
    )
    assert said(text, "12")[0] is None
    assert said(text, "six wards")[0] is None
    speaker, _ = said(text, "the mayor had phoned council members")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_an_aside_that_the_clause_goes_on_after_stays_the_speaker_s() -> None:
    text = (
        "Brandt noted that the harbour's fleet - about 30 boats in May - already falls "
        "short of the 45 the port needs."
    )
    speaker, _ = said(text, "about 30 boats")
    assert speaker is not None and speaker.name == "Brandt"


def test_claims_attribution_the_writer_s_own_quoted_words_are_the_outlet_s() -> None:
    text = (
        "My mother looked at the letter for a long time.\n\n"
        '"We will need 300 dollars before the winter," I said.'
    )
    assert said(text, "300 dollars") == (None, ())


def test_claims_attribution_a_colon_introduces_its_quotation_only() -> None:
    text = (
        'Reyes said: "We never moved more than 40 containers a day," but in fact the '
        "port moved 65 containers a day that spring."
    )
    speaker, _ = said(text, "40 containers")
    assert speaker is not None and speaker.name == "Reyes"
    assert said(text, "65 containers")[0] is None


def test_claims_attribution_pronoun_showing_data_is_no_earlier_speaker() -> None:
    text = (
        "Reyes has long argued that the port favours its largest shippers. But when the "
        "tonnage figures were revised in June, they showed that the three largest "
        "shippers moved 58 percent of the cargo."
    )
    assert said(text, "58 percent")[0] is None


def test_claims_attribution_reporter_s_lead_in_to_a_quotation() -> None:
    text = (
        "The harbour trust is now asking donors for $8,000 to repaint the old lighthouse: "
        "''Give the coast its light back,'' the appeal on its website says."
    )
    assert said(text, "$8,000")[0] is None
    speaker, _ = said(text, "Give the coast its light back")
    assert speaker is not None and "appeal" in speaker.name


def test_claims_attribution_it_should_be_noted_is_the_writer_s() -> None:
    text = (
        "It should be noted that two of the institute's fellows advised the mayor's "
        "campaign last year."
    )
    assert said(text, "two of the institute's fellows") == (None, ())


def test_claims_attribution_reporter_s_clause_joined_after_a_dash() -> None:
    text = (
        "Dock workers insist the strike is winning support - and the council is holding "
        "talks on a plan to hire 40 inspectors after the collapse of the north pier."
    )
    assert said(text, "40 inspectors")[0] is None
    speaker, _ = said(text, "the strike is winning support")
    assert speaker is not None and "workers" in speaker.name


def test_claims_attribution_a_statement_saying_is_its_issuer_s() -> None:
    text = "The dock workers' union issued a statement saying that 40 members had been fired."
    speaker, _ = said(text, "40 members")
    assert speaker is not None and "union" in speaker.name


def test_claims_attribution_quote_resumes_after_abbreviations() -> None:
    # "U.S." and "N.H." end no sentence: the second quotation is still the speaker's.
    text = (
        '"The ferry is late again," said Ada Brandt of Dover, N.H., at a "No-Frills" fair '
        'near the U.S. Navy yard. "Some 30 boats wait in the bay every morning."'
    )
    speaker, _ = said(text, "Some 30 boats")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_said_name_who_parsed_as_a_later_subject() -> None:
    text = (
        "''The port needs 40 more cranes,'' said Tomas Reyes, who ran the harbour board "
        "for a decade yet backed the strike."
    )
    speaker, _ = said(text, "40 more cranes")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_said_then_a_clause_is_no_inverted_speaker() -> None:
    text = (
        "One docker, who like others asked not to be named, said the message was that "
        "the strike would last 30 days."
    )
    speaker, _ = said(text, "30 days")
    assert speaker is None or "message" not in speaker.name


def test_claims_attribution_according_to_unnamed_lawyers() -> None:
    text = (
        "Of the rest, at least 12 families have won stays of eviction, according to "
        "lawyers with the Harbour Tenants Project."
    )
    speaker, _ = said(text, "at least 12 families")
    assert speaker is not None and speaker.anonymous and "lawyers" in speaker.name


def test_claims_attribution_parenthetical_speaker_who_speaks_again_in_the_tail() -> None:
    text = (
        "Ada Brandt runs the ferry office. Despite the new boats, she noted, traffic fell "
        "to 30 crossings a day, which she said was the lowest in years."
    )
    speaker, _ = said(text, "30 crossings a day")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_poll_found_that_read_as_a_participle() -> None:
    text = (
        "A Harbour Gazette poll found last week that Reyes would beat Brandt 46 to 40 "
        "percent in a runoff."
    )
    speaker, _ = said(text, "46 to 40 percent")
    assert speaker is not None and "Harbour Gazette" in speaker.name


def test_claims_attribution_a_finding_goes_on_with_its_figures() -> None:
    text = (
        "The vote took place as a new poll showed Reyes moving ahead of Brandt in Lakeside, "
        "32%-25%, while Lind was at 18%."
    )
    speaker, _ = said(text, "18%")
    assert speaker is not None and "poll" in speaker.name


def test_claims_attribution_a_finding_stops_before_another_speaker() -> None:
    text = (
        "A new poll showed Reyes ahead in Lakeside, while Brandt said she had 30 "
        "volunteers at work."
    )
    speaker, _ = said(text, "30 volunteers")
    assert speaker is None or "poll" not in speaker.name


def test_claims_attribution_a_place_that_recorded_a_toll_reports_nothing() -> None:
    text = (
        "The mayor met the families of young victims in a city that has recorded more than "
        "400 homicides this year."
    )
    assert said(text, "more than 400 homicides")[0] is None


@pytest.mark.parametrize("closer", ['"', "“"])
def test_claims_attribution_curly_quote_closed_by_slip_after_a_comma(closer: str) -> None:
    text = (
        f"“The ferry is late again,{closer} said Ada Brandt, a harbour pilot. “Some 30 boats "
        "wait in the bay every morning.”"
    )
    first, _ = said(text, "The ferry is late again")
    assert first is not None and first.name == "Ada Brandt"
    speaker, _ = said(text, "Some 30 boats")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_adding_after_a_quotation_is_the_quoted_speaker_s() -> None:
    text = (
        "Ada Brandt spoke on Sunday. She stated, “When I look at this, a lack of dredging "
        "by the port would have closed the bay,” adding, “I think maybe 40 boats ran "
        "aground last year.”"
    )
    speaker, _ = said(text, "40 boats")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_quote_paragraph_goes_on_with_reported_speech_before() -> None:
    text = (
        "Ada Brandt said the ferry would not be cut, whatever the council decides.\n\n"
        "“That is because this town, home to 4,000 commuters, needs it every day.”\n\n"
        "The council meets on Monday to decide on 12 routes."
    )
    speaker, _ = said(text, "4,000 commuters")
    assert speaker is not None and speaker.name == "Ada Brandt"
    assert said(text, "12 routes")[0] is None


def test_claims_attribution_quote_paragraph_after_another_quote_is_not_carried_past_it() -> None:
    text = (
        "Ada Brandt said the ferry would not be cut.\n\n"
        "“We will see,” Tomas Reyes replied.\n\n"
        "“The town has 4,000 commuters.”"
    )
    speaker, _ = said(text, "4,000 commuters")
    assert speaker is None or speaker.name != "Ada Brandt"


# -- gender of pronouns, positions in asides and participles --------------------------


def test_claims_attribution_she_passes_over_a_man_named_since() -> None:
    text = (
        "Ada Brandt, the harbour director, met Peter Lowe on Monday. "
        "Lowe toured the docks with the union. "
        "She said that 40 cranes were idle."
    )
    speaker, _ = said(text, "40")
    assert speaker is not None and "Brandt" in speaker.name


def test_claims_attribution_he_passes_over_a_woman_marked_by_title() -> None:
    text = (
        "Mr. Lowe spoke to the council on Monday. "
        "Ms. Brandt toured the docks with the union. "
        "He said that 40 cranes were idle."
    )
    speaker, _ = said(text, "40")
    assert speaker is not None and "Lowe" in speaker.name


def test_claims_attribution_pronoun_of_unknown_gender_takes_the_latest_name() -> None:
    text = (
        "Ada Brandt spoke to the council on Monday. "
        "Kim Okafor toured the docks with the union. "
        "She said that 40 cranes were idle."
    )
    speaker, _ = said(text, "40")
    assert speaker is not None and "Okafor" in speaker.name


def test_claims_attribution_position_in_a_relative_aside_after_a_name() -> None:
    text = "Senator Peter Lowe, who has vowed to cut 300 jobs at the port, arrived on Monday."
    speaker, _ = said(text, "300")
    assert speaker is not None and "Lowe" in speaker.name


def test_claims_attribution_position_in_a_restrictive_relative_names_no_one() -> None:
    text = "Senators who have vowed to cut 300 jobs at the port arrived on Monday."
    speaker, _ = said(text, "300")
    assert speaker is None


def test_claims_attribution_pledge_is_a_position() -> None:
    text = "Governor Ada Brandt pledged to build 40 new schools in the valley."
    speaker, _ = said(text, "40")
    assert speaker is not None and "Brandt" in speaker.name


def test_claims_attribution_position_in_a_participle_is_its_subjects() -> None:
    text = "Governor Ada Brandt toured the valley on Monday, promising to rebuild 40 farms."
    speaker, _ = said(text, "40")
    assert speaker is not None and "Brandt" in speaker.name


def test_claims_attribution_campaign_may_take_a_position() -> None:
    text = "The Brandt campaign vowed on Monday to raise $5 million before the primary."
    speaker, _ = said(text, "$5 million")
    assert speaker is not None and "campaign" in speaker.name


def test_claims_attribution_time_line_is_no_part_of_the_cue() -> None:
    text = (
        "2:14 p.m.\n\n"
        "Governor Ada Brandt says she met the union leaders and asked them to end the strike."
    )
    document, found = run(text)
    start = text.index("Governor")
    end = text.index(" to end")
    speaker, _ = source_of(document, found, start, end)
    assert speaker is not None and "Brandt" in speaker.name


def test_claims_attribution_colon_ending_a_line_introduces_the_block_below() -> None:
    text = (
        "The harbour board published its review on Monday.\n\n"
        "Ada Brandt, the board's director, argued that:\n\n"
        "Only 40 of the 90 cranes can still be used, and the rest need new motors.\n\n"
        "The port reopened on Tuesday with 12 ships."
    )
    speaker, _ = said(text, "40")
    assert speaker is not None and "Brandt" in speaker.name
    assert said(text, "12")[0] is None


def test_claims_attribution_quote_after_when_and_where_it_was_said() -> None:
    text = 'As Ada Brandt said last week in the harbour town, "The port will need 40 new cranes."'
    speaker, _ = said(text, "40")
    assert speaker is not None and "Brandt" in speaker.name
    _, found = run(text)
    assert [a.cue for a in found] == ["quote"]


def test_claims_attribution_claim_running_from_speaker_into_quote() -> None:
    text = 'The debate ran late. Ada Brandt asked, "Will the port need 40 new cranes by June?"'
    document, found = run(text)
    start = text.index("Ada Brandt")
    end = text.index(" by June")
    speaker, _ = source_of(document, found, start, end)
    assert speaker is not None and "Brandt" in speaker.name


def test_claims_attribution_share_answering_is_no_speaker_before_according_to() -> None:
    text = (
        "Nearly three in four say they would buy goods made in the valley, but those "
        "goods cost 20 percent more, according to the survey."
    )
    speaker, _ = said(text, "three in four")
    assert speaker is not None and speaker.name == "the survey"


@pytest.mark.parametrize(
    "text",
    [
        "As reported by the Harbour Gazette, the mayor signed at least two port deals.",
        "The mayor signed at least two port deals, as reported by the Harbour Gazette.",
    ],
)
def test_claims_attribution_as_reported_by(text: str) -> None:
    speaker, _ = said(text, "two")
    assert speaker is not None and speaker.name == "Harbour Gazette"


@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        # A source and a bare "show" set off by commas mid-sentence, tagged as a noun.
        (
            "During the same month, county records show, the ferry sailed roughly 216 hours.",
            "216 hours",
            "county records",
        ),
        # A "with" phrase after a speaker who closes a clause goes on with what was said.
        (
            "The two towns are now tied, the new poll shows, with each at 40 percent.",
            "40 percent",
            "the new poll",
        ),
        (
            "The toll rose to 30 on Monday, harbor officials said, with 12 more people missing.",
            "12 more",
            "harbor officials",
        ),
        # So does an infinitive after the speaker: the whole sentence is what was said.
        (
            "Crews laid 50,000 feet of cable, Ada Reyes said, to make sure ships can dock.",
            "50,000 feet",
            "Ada Reyes",
        ),
    ],
)
def test_claims_attribution_speaker_set_off_mid_sentence(text: str, figure: str, name: str) -> None:
    got, _ = said(text, figure)
    assert got is not None and got.name == name


def test_claims_attribution_with_tail_stops_at_the_sentence() -> None:
    text = "The toll rose to 30, officials said. With 12 more people missing, crews worked on."
    assert said(text, "12 more")[0] is None


@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        # The one asked does not speak the question put to them.
        ("Asked whether he would close 3 piers, Tomas Reyes said he would not.", "3 piers", None),
        ("Asked on Monday whether 3 piers would close, Mrs. Brandt said no.", "3 piers", None),
        # A named asker does.
        (
            "Asked by a reporter whether 3 piers would close, Tomas Reyes said no.",
            "3 piers",
            "a reporter",
        ),
        # So does what a named asker asked about, and no date before it.
        (
            "Asked by Ada Brandt on Thursday about closing 3 piers, Tomas Reyes said no.",
            "3 piers",
            "Ada Brandt",
        ),
        ("Asked about the 3 piers, Tomas Reyes said nothing.", "3 piers", None),
        # The answer stays the speaker's, and an active "asked" is the asker's request.
        ("Asked whether 3 piers would close, Tomas Reyes said 2 would.", "2 would", "Tomas Reyes"),
        ("Tomas Reyes asked the council to close 3 piers.", "3 piers", "Tomas Reyes"),
    ],
)
def test_claims_attribution_asked_question_is_not_the_answerers(
    text: str, figure: str, name: str | None
) -> None:
    got, _ = said(text, figure)
    assert (got.name if got else None) == name


def test_claims_attribution_copy_of_a_document_is_the_document() -> None:
    text = "Reyes threatened a lawsuit over 3 piers, according to a copy of the letter."
    got, _ = said(text, "3 piers")
    assert got is not None and got.name == "the letter"
    # A copy of something that is no document names no source.
    assert said("Reyes made a copy of the plan for 3 piers.", "3 piers")[0] is None


def test_claims_attribution_according_to_in_brackets_credits_only_them() -> None:
    text = (
        "Overwhelmingly coastal towns like Lakeside (93 percent of homes there in 2012 were "
        "flooded, according to county records), Ames (93 percent), Brook (79 percent) and "
        "Dale (86 percent) top the list."
    )
    got, _ = said(text, "93 percent")
    assert got is not None and got.name == "county records"
    assert said(text, "79 percent")[0] is None and said(text, "86 percent")[0] is None
    # Brackets holding nothing but the phrase credit the sentence before them.
    got, _ = said("Reyes leads by 271 delegates (according to a count by the Gazette).", "271")
    assert got is not None and got.name == "Gazette"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ('"How many piers have we lost? Is it two? Three?" Ada Brandt asks.', "Three"),
        ('"Compare that to the 3 piers we lost," Ada Brandt urged.', "3 piers"),
    ],
)
def test_claims_attribution_quote_before_a_speech_act(text: str, figure: str) -> None:
    got, _ = said(text, figure)
    assert got is not None and got.name == "Ada Brandt"


def test_claims_attribution_the_one_asked_is_not_the_request() -> None:
    # Who is asked is the writer's narration; what is asked for is the asker's.
    text = "In a letter, Ada Brandt asked 40 port workers to buy 30 new cranes."
    assert said(text, "40 port workers")[0] is None
    got, _ = said(text, "30 new cranes")
    assert got is not None and got.name == "Ada Brandt"


def test_claims_attribution_asks_without_a_quote_reports_nothing() -> None:
    assert said("The 3 piers closed on Monday. Ada Brandt asked why.", "3 piers")[0] is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # The parser hangs the phrase on a later verb; the sentence after the comma is X's.
        (
            "According to the Harbor Press, 571 of the 714 delegates — a group made up of "
            "party leaders — have pledged to back Reyes.",
            "571",
        ),
        # A clause after a semicolon is still the opening phrase's.
        (
            "According to the Harbor Press, 24% of voters put jobs first; 66% of those "
            "voters chose Reyes.",
            "66%",
        ),
    ],
)
def test_claims_attribution_according_to_opening_a_sentence_credits_all_of_it(
    text: str, figure: str
) -> None:
    got, _ = said(text, figure)
    assert got is not None and got.name == "Harbor Press"


def test_claims_attribution_according_to_opening_stops_at_the_sentence() -> None:
    text = "According to the Harbor Press, 3 piers closed. Crews cleared 7 drains."
    assert said(text, "7 drains")[0] is None


def test_claims_attribution_share_in_a_relative_clause_is_the_findings() -> None:
    text = "A Gazette poll shows Reyes with 47 percent versus Brandt, who has 44 percent."
    got, _ = said(text, "44 percent")
    assert got is not None and got.name == "Gazette"
    # After a verb of saying, such a clause stays a comment.
    assert (
        said("Reyes said the port lost 3 ships, which had 40 percent of the cargo.", "40 percent")[
            0
        ]
        is None
    )


def test_claims_attribution_according_to_opening_skips_the_sources_description() -> None:
    text = (
        "According to Ada Brandt, a close friend of the mayor who left in 2010, the port "
        "lost 3 ships."
    )
    got, _ = said(text, "3 ships")
    assert got is not None and got.name == "Ada Brandt"
    # The description of the source is not what the source said.
    assert said(text, "2010")[0] is None


def test_attribution_a_demonstrative_or_a_face_names_no_speaker() -> None:
    # what "all this" points to is the writer's reasoning, not a source
    text = (
        "All this and more in the mayor's record indicate that if the council is courting "
        "the port's 12,000 workers, it is doing so badly."
    )
    assert said(text, "12,000")[0] is None
    # a face speaking is a figure of speech
    text = (
        "The family has lived in Lakeside for three months, and though they speak little "
        "English, their smiles said they were glad to be there."
    )
    assert said(text, "three months")[0] is None
    # both ways: a face of the campaign named beside it is a person
    text = "The face of the campaign, Ada Brandt, said 40 people had joined."
    speaker, _ = said(text, "40 people")
    assert speaker is not None and speaker.name == "Ada Brandt"
    # both ways: a word for people after the demonstrative still speaks
    text = "This newspaper reported that 40 people died in the flood."
    speaker, _ = said(text, "40 people")
    assert speaker is not None and "newspaper" in speaker.name


def test_attribution_a_name_heading_a_section_of_the_writer_is_no_speaker() -> None:
    text = (
        "The plan would cost billions.\n\n"
        "Ada Brandt: Student loans Some big ideas do come to pass. So assume for the moment "
        "that the plan becomes law. There will still be families with incomes above "
        "$125,000 who need to borrow."
    )
    assert said(text, "$125,000")[0] is None
    # both ways: a headline's source before a colon keeps its claims
    text = "The council met on Monday.\n\nPort source: toll near 30 as 12 ships sink"
    speaker, _ = said(text, "12 ships")
    assert speaker is not None and speaker.name == "Port source"


def test_attribution_a_speaker_set_off_in_a_sentence_with_quoted_words_takes_it_all() -> None:
    # words quoted later in the sentence are part of it, not a quotation "said" opens
    text = (
        'Mayor Tomas Reyes, Brandt said, had served for "a thousand years" and passed "400 bills."'
    )
    for figure in ("a thousand years", "400 bills"):
        speaker, _ = said(text, figure)
        assert speaker is not None and speaker.name == "Brandt", figure
    # both ways: a quotation right after the verb is the quoted speaker's own words
    text = 'Brandt said on Monday, "40 ships are due."'
    speaker, _ = said(text, "40 ships")
    assert speaker is not None and speaker.name == "Brandt"


def test_attribution_a_clause_joined_after_a_speaker_set_off_goes_on_with_the_content() -> None:
    text = (
        "The council opened the shelter to help in times of flood, a spokeswoman said on "
        "Saturday, and it has opened it five times in the last year."
    )
    speaker, _ = said(text, "five times")
    assert speaker is not None and speaker.name == "a spokeswoman"
    # both ways: a speaker closing the sentence credits nothing after it
    text = "The council opened the shelter, a spokeswoman said. It has 40 beds."
    assert said(text, "40 beds")[0] is None


def test_attribution_quoted_as_saying_is_the_quoted_speaker_through_the_quoter() -> None:
    text = "The Lakeside Gazette quoted Tomas Reyes as saying that 300 people had died."
    speaker, via = said(text, "300 people")
    assert speaker is not None and speaker.name == "Tomas Reyes"
    assert via == ("Lakeside Gazette",)
    # both ways: "was quoted as saying" has the quoted speaker as its subject
    text = "Tomas Reyes was quoted as saying that 300 people had died."
    speaker, via = said(text, "300 people")
    assert speaker is not None and speaker.name == "Tomas Reyes" and via == ()


def test_attribution_a_poll_by_makers_joined_by_a_slash_is_theirs_together() -> None:
    text = "Reyes leads by 6 points, according to a Lakeside Gazette/Norvania News poll."
    speaker, _ = said(text, "6 points")
    assert speaker is not None and speaker.name == "Lakeside Gazette/Norvania News"
    assert speaker.role == "poll"
    # both ways: a poll with one maker is still that maker's
    text = "Reyes leads by 6 points, according to a Lakeside Gazette poll."
    speaker, _ = said(text, "6 points")
    assert speaker is not None and speaker.name == "Lakeside Gazette"


def test_attribution_a_figure_given_in_one_survey_after_its_clause_is_the_survey_s() -> None:
    text = "Reyes was at 25 percent support in the latest Gazette poll, up eight points."
    speaker, _ = said(text, "25 percent support")
    assert speaker is not None and speaker.name == "Gazette"
    # what follows the survey is the writer's gloss on the finding
    assert said(text, "eight points")[0] is None
    # both ways: the polls at large credit no one
    assert said("Reyes leads Brandt by 12 points in the polls.", "12 points")[0] is None


def test_attribution_a_quotation_split_by_its_speaker_is_the_speaker_s_on_both_sides() -> None:
    # the parser hangs "said" in the quotation when its first part is no clause
    text = (
        '"The big issue," Reyes said, "is whether the port can stay above the 2.2 percent average."'
    )
    speaker, _ = said(text, "2.2 percent")
    assert speaker is not None and speaker.name == "Reyes"
    # both ways: a quotation of the next sentence, with a speaker of its own, is not his
    text = '"The big issue," Reyes said. "We lost 40 ships," Brandt said.'
    speaker, _ = said(text, "40 ships")
    assert speaker is not None and speaker.name == "Brandt"


def test_attribution_a_name_written_with_a_capital_inside_is_a_name_whatever_its_tag() -> None:
    # the tagger takes "HarbourWatch" for a plural common noun
    text = (
        "Reyes got more than 13 million votes - 13.3 million to be exact, according to "
        "HarbourWatch."
    )
    speaker, _ = said(text, "13.3 million")
    assert speaker is not None and speaker.name == "HarbourWatch"
    # both ways: "according to" a plain word for a deal names no one
    text = "Reyes got more than 13 million votes, according to the deal."
    assert said(text, "13 million")[0] is None


def test_attribution_according_to_after_a_closed_clause_credits_that_clause() -> None:
    # the parser hangs the phrase on the relative clause after its object
    text = (
        "Next month, Reyes holds a 10-point lead in Lakeside, according to the Gazette "
        "average of polls, where 475 delegates will be at stake."
    )
    speaker, _ = said(text, "10-point lead")
    assert speaker is not None and "Gazette" in speaker.name
    # both ways: inside a statement, the phrase credits what follows it
    text = "Reyes said that, according to the port authority, 26 sailors were missing."
    speaker, _ = said(text, "26 sailors")
    assert speaker is not None and "port authority" in speaker.name


def test_attribution_a_headline_opening_with_a_survey_is_the_survey_s() -> None:
    text = "Poll: 3 harbour races are tight\n\nCandidates are locked in a race in Lakeside."
    speaker, _ = said(text, "3 harbour races")
    assert speaker is not None and speaker.name == "Poll"
    # both ways: a headline opening with a meeting is the writer's
    text = "Council meeting: 40 residents attend\n\nThe council met on Monday."
    assert said(text, "40 residents")[0] is None


def test_attribution_a_kind_of_record_before_it_is_no_owner() -> None:
    text = "State public records show the county spent $4 million on the pier."
    speaker, _ = said(text, "$4 million")
    assert speaker is not None and speaker.name == "State public records"
    # both ways: an owner with "'s" is still the owner
    text = "The army's figures show 40 people died."
    speaker, _ = said(text, "40 people")
    assert speaker is not None and speaker.name == "army"


def test_attribution_a_name_set_off_after_a_description_is_the_speaker() -> None:
    # the parser hangs the name on "Mr. Reyes", whom it cannot be
    text = (
        "One pastor supporting Mr. Reyes, Tomas Ortiz of Harbour Church in Lakeside, said "
        "he had made more than 150 phone calls."
    )
    speaker, _ = said(text, "150 phone calls")
    assert speaker is not None and speaker.name == "Tomas Ortiz"
    assert speaker.role is not None and "pastor" in speaker.role
    # both ways: a description with no name set off stays the speaker
    text = "One pastor supporting Mr. Reyes said he had made more than 150 phone calls."
    speaker, _ = said(text, "150 phone calls")
    assert speaker is not None and "pastor" in speaker.name


def test_attribution_a_verb_of_saying_tagged_as_a_noun_after_a_name_with_a_clause() -> None:
    # the tagger reads "Reyes estimates" as a noun phrase; a "that" clause makes it a verb
    text = "Reyes estimates that he spent between $45 million and $50 million on the pier."
    speaker, _ = said(text, "$45 million and $50 million")
    assert speaker is not None and speaker.name == "Reyes"
    # both ways: the estimates as a thing credit nothing
    text = "The Reyes estimates of 40 ships were wrong."
    assert said(text, "40 ships")[0] is None


def test_attribution_proponents_and_opponents_are_people_who_may_hold_a_position() -> None:
    text = "Proponents like Mr. Reyes urged the council to raise the levy to about $51,000."
    speaker, _ = said(text, "about $51,000")
    assert speaker is not None and "Proponents" in speaker.name
    # both ways: a thing before "urged" holds no position
    text = "The storm urged the council to raise the levy to about $51,000."
    assert said(text, "about $51,000")[0] is None


def test_attribution_a_weak_verb_after_a_quotation_ending_its_sentence_and_he_outside_it() -> None:
    # "wrote" after a quotation closed by "!", and "he" is never a name inside the quote
    text = (
        "The port welcomed Mr. Tomas Reyes on Monday.\n\n"
        '"Peter Ortiz lost 40 ships. A pathetic figure!" he wrote.'
    )
    speaker, _ = said(text, "40 ships")
    assert speaker is not None and speaker.name == "Tomas Reyes"
    # both ways: a weak verb with a thing as its subject reports nothing
    assert said("The storm added 40 ships to the toll.", "40 ships")[0] is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            '"The port is open," Reyes said, speaking to reporters for seven minutes outside.',
            "seven minutes",
        ),
        ('"The port is open," Reyes said, speaking at a rally of 3,000 people.', "3,000 people"),
    ],
)
def test_claims_attribution_participle_of_saying_after_the_speaker_is_manner(
    text: str, figure: str
) -> None:
    # How the words came out ("speaking to reporters for seven minutes") is the reporter's.
    assert said(text, figure)[0] is None
    assert said(text, "The port is open")[0] is not None


@pytest.mark.parametrize(
    "text",
    [
        '"The port is open," Reyes said, adding that 30 ferries had sailed.',
        '"The port is open," Reyes said, referring to the 30 ferries that sailed.',
        '"The port is open," Reyes said, noting the 30 ferries that sailed.',
    ],
)
def test_claims_attribution_participle_with_words_of_its_own_stays_content(text: str) -> None:
    speaker, _ = said(text, "30 ferries")
    assert speaker is not None and speaker.name == "Reyes"
