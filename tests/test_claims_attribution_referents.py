"""Who a reporting verb's speaker is when the text refers back to them: quotations whose
marks do not match, pronouns, and speakers named after their verb. Every sentence is
invented for these tests; the people and places are made up."""

from __future__ import annotations

from dataclasses import replace

from test_claims_attribution import _parse, make_doc, said
from triangulate.claims.attribution import attribute, source_of
from triangulate.claims.attribution.context import read_context
from triangulate.claims.attribution.quotes import quotes
from triangulate.claims.attribution.records import Found, Source
from triangulate.claims.attribution.text import quote_spans
from triangulate.claims.entity_index import EntityIndex
from triangulate.model import Speaker
from triangulate.nlp.tokens import Tree


def _quoted(text: str) -> list[str]:
    return [text[inner:end] for _, inner, end, _ in quote_spans(text)]


def test_claims_attribution_straight_quote_closed_by_a_curly_mark() -> None:
    # Text pasted from two sources opens a quotation with a straight mark and closes it
    # with a curly one; the curly mark after the comma still closes it.
    text = (
        '"The port lost 40 cranes in the storm,” said Daniel Brandt, a harbour official. '
        '"He is wrong about the cost." The mayor spoke later.'
    )
    assert _quoted(text) == ["The port lost 40 cranes in the storm,", "He is wrong about the cost."]
    speaker, _ = said(text, "40 cranes")
    assert speaker is not None and speaker.name == "Daniel Brandt"


def test_claims_attribution_curly_mark_inside_a_straight_quote_closes_nothing() -> None:
    # A curly pair inside a straight quotation is a quotation inside it.
    text = '"They called it “the best deal,” and it cost 40 jobs," said Daniel Brandt.'
    assert _quoted(text)[0] == "They called it “the best deal,” and it cost 40 jobs,"


def test_claims_attribution_he_after_a_scene_setting_clause_is_its_subject() -> None:
    # "When Okafor held rallies, he was met by crowds": the sentence is about Okafor, who
    # spoke after it, not about the speaker quoted before.
    text = (
        "Daniel Brandt told reporters that 30 schools were closing. "
        "When Peter Okafor held rallies in the north, he was met by thousands of farmers. "
        '"We will dig 40 new wells," he said.'
    )
    speaker, _ = said(text, "40 new wells")
    assert speaker is not None and speaker.name == "Peter Okafor"


def test_claims_attribution_he_after_a_main_clause_keeps_its_subject() -> None:
    # A main clause's subject stays the referent: the rule above is for a sentence whose
    # main clause names no one.
    text = (
        "Daniel Brandt told reporters that 30 schools were closing. "
        "When Peter Okafor held rallies in the north, Brandt was met by his farmers. "
        '"We will dig 40 new wells," he said.'
    )
    speaker, _ = said(text, "40 new wells")
    assert speaker is not None and speaker.name.endswith("Brandt")


def test_claims_attribution_he_refers_to_the_owner_of_what_a_sentence_is_about() -> None:
    text = (
        "Daniel Brandt told reporters that 30 schools were closing. "
        "One of Peter Okafor's sharpest attacks came in May, when he told farmers that "
        "40 wells were dry."
    )
    speaker, _ = said(text, "40 wells")
    assert speaker is not None and speaker.name.startswith("Peter Okafor")


def test_claims_attribution_he_never_refers_to_a_body_owning_the_subject() -> None:
    text = (
        "Daniel Brandt told reporters that 30 schools were closing. "
        "The Okafor Foundation's biggest gift came in May, when he told farmers that "
        "40 wells were dry."
    )
    speaker, _ = said(text, "40 wells")
    assert speaker is not None and speaker.name == "Daniel Brandt"


def test_claims_attribution_it_goes_on_with_a_document_across_a_run_of_clauses() -> None:
    # "the report notes A, it lists B, and it says C": the later verbs carry on the
    # report, whichever clause the parser hangs on which.
    text = (
        "The United States asked for the review in May. "
        "For instance, the report notes the ministry inspects 2,000 of the 7,000 farms, "
        "it lists steps taken to test the water, and it says inspectors have closed "
        "40 wells."
    )
    speaker, _ = said(text, "40 wells")
    assert speaker is not None and speaker.name == "the report"


def test_claims_attribution_a_speaker_reported_by_an_earlier_verb_stays_reported() -> None:
    # "Brandt said Reyes noted ...": Reyes speaks only in Brandt's words, so the
    # reporter's "he" goes on with Brandt.
    text = (
        "Daniel Brandt said Tomas Reyes noted the figures were wrong. "
        "He added that 40 wells were dry."
    )
    speaker, _ = said(text, "40 wells")
    assert speaker is not None and speaker.name == "Daniel Brandt"


def _said_with_one_family(text: str, figure: str, family: str, name: str):  # type: ignore[no-untyped-def]
    """``source_of`` for ``figure`` when the entity linker took every person of the
    ``family`` name for one entity called ``name``."""
    document = make_doc(text)
    tree, entities = _parse(text)
    kin = [e for e in entities if e.type == "PERSON" and family in e.name]
    merged = replace(
        kin[0],
        name=name,
        aliases=tuple(e.name for e in kin),
        mentions=tuple(m for e in kin for m in e.mentions),
    )
    rest = tuple(e for e in entities if e not in kin)
    found = attribute(document, tree, EntityIndex((merged, *rest), document.id))
    start = text.index(figure)
    return source_of(document, found, start, start + len(figure))


def test_claims_attribution_pronoun_names_the_family_member_the_text_names() -> None:
    # Two people of one family taken for one entity: "she" refers to the one the text
    # names, by the name it gives her.
    text = (
        "Peter Okafor spoke in Lakeside on Monday. "
        "Ada Okafor toured the valley on Tuesday. "
        '"We counted 40 dry wells," she said.'
    )
    speaker, _ = _said_with_one_family(text, "40 dry wells", "Okafor", "Peter Okafor")
    assert speaker is not None and speaker.name == "Ada Okafor"


def test_claims_attribution_pronoun_names_a_person_by_the_entity_name() -> None:
    # "Mr. Okafor" and "Peter J. Okafor" are the entity's own person.
    text = (
        "Peter J. Okafor spoke in Lakeside on Monday. "
        "Mr. Okafor toured the valley on Tuesday. "
        '"We counted 40 dry wells," he said.'
    )
    speaker, _ = _said_with_one_family(text, "40 dry wells", "Okafor", "Peter Okafor")
    assert speaker is not None and speaker.name == "Peter Okafor"


def test_claims_attribution_another_is_one_more_unnamed_speaker() -> None:
    # "One farmer said ... Yet another said ...": a second unnamed farmer, not the first
    # speaker carried on.
    text = (
        'One farmer in Lakeside said, "We lost 30 goats." '
        'Yet another said, "The valley has 40 dry wells."'
    )
    speaker, _ = said(text, "40 dry wells")
    assert speaker is not None and speaker.anonymous
    assert speaker.name.lower() == "another"


def test_claims_attribution_another_as_a_listener_names_no_speaker() -> None:
    text = "Tomas Reyes told another that 40 wells were dry."
    speaker, _ = said(text, "40 wells")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_he_under_a_main_clause_acting_on_a_person_is_that_person() -> None:
    # The main clause's subject is no person; the person it acts on is who "he" in the
    # clause under it refers to.
    text = (
        "Daniel Brandt spoke in Lakeside on Monday. "
        "The storm left Peter Okafor alone on the stage, so much so that he told the "
        "crowd that 40 wells were dry."
    )
    speaker, _ = said(text, "40 wells")
    assert speaker is not None and speaker.name == "Peter Okafor"


def test_claims_attribution_he_under_a_main_clause_with_a_person_subject_is_its_subject() -> None:
    text = (
        "Daniel Brandt spoke in Lakeside on Monday. "
        "Tomas Reyes left Peter Okafor alone on the stage, so much so that he told the "
        "crowd that 40 wells were dry."
    )
    speaker, _ = said(text, "40 wells")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def _quote_read(text: str, speaker_at: str) -> list[tuple[str, str]]:
    """(cue, quoted text) of what ``quotes`` makes of ``text`` when the only cue found is
    a "told" whose speaker the reader named from ``speaker_at`` on, its content the first
    quotation (as the parser gives it when it cuts a description "Fight for $15 ..." in
    two)."""
    document = make_doc(text)
    tree, entities = _parse(text)
    ctx = read_context(document, tree, EntityIndex(entities, document.id))
    _, inner, end, _ = ctx.quotes[0]
    at = text.index(speaker_at)
    source = Source(
        speaker=Speaker(name="Ada Brandt", start=at, end=at + 10),
        via=(),
        head="brandt",
        person=True,
        plural=False,
    )
    told = Found(
        attribution=source.credit((inner, end), cue="tell", hedged=False),
        source=source,
        cue_start=at,
        cue_end=text.index("Radio North") + 11,
        verb=True,
    )
    return [
        (f.attribution.cue, text[f.attribution.start : f.attribution.end])
        for f in quotes(ctx, [told])
    ]


def test_claims_attribution_quote_goes_to_the_verb_after_a_long_description() -> None:
    # The speaker's description between the quotation and the verb ("Water for All
    # organizing director") does not part the quotation from who said it, nor the
    # quotation that goes on after.
    text = (
        '"Farmers have to choose between their goats and their children," Water for All '
        "organizing director Ada Brandt told Radio North. "
        '"They need 40 new wells by May."'
    )
    read = _quote_read(text, "director Ada")
    assert ("quote", "Farmers have to choose between their goats and their children") in read
    assert ("carried", "They need 40 new wells by May.") in read


def test_claims_attribution_quote_ended_by_a_full_stop_is_no_later_verbs() -> None:
    text = (
        '"Farmers have to choose between their goats and their children." Water for All '
        "organizing director Ada Brandt told Radio North. "
        '"They need 40 new wells by May."'
    )
    read = _quote_read(text, "director Ada")
    assert all(cue not in {"quote", "carried"} for cue, _ in read)


def test_claims_attribution_quote_closed_by_a_full_stop_is_not_the_next_verbs() -> None:
    text = (
        '"Farmers have 40 dry wells." Water for All organizing director Ada Brandt told '
        "Radio North that 12 pumps had failed."
    )
    speaker, _ = said(text, "40 dry wells")
    assert speaker is None or speaker.name != "Ada Brandt"


def test_claims_attribution_quote_goes_on_past_the_same_speakers_own_cue() -> None:
    # "'...,' Brandt said, pointing out that ... '...'": the words between are Brandt's
    # too, so the next quotation is still hers.
    text = (
        '"We need 12 new pumps," Ada Brandt said in a telephone interview on Monday, '
        "pointing out that the valley had lost most of its wells during the long dry "
        'summer of the year before. "Farmers have 40 dry wells."'
    )
    speaker, _ = said(text, "40 dry wells")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_quote_stops_at_another_speakers_cue() -> None:
    text = (
        '"We need 12 new pumps," Ada Brandt said in a telephone interview on Monday, '
        "while Tomas Reyes argued that the valley had lost most of its wells during the "
        'long dry summer of the year before. "Farmers have 40 dry wells."'
    )
    speaker, _ = said(text, "40 dry wells")
    assert speaker is None or speaker.name != "Ada Brandt"


def test_claims_attribution_he_after_she_in_one_sentence_is_the_other_person() -> None:
    # "she" carries on Kelly Okafor, whose sex the text does not give; "he" in the same
    # sentence is someone else, the other person it names.
    text = (
        "Kelly Okafor said on Monday that the valley had 30 dry wells. "
        "For that she drew the ire of Jordan Brandt, and he said that 40 wells were fine."
    )
    speaker, _ = said(text, "40 wells")
    assert speaker is not None and speaker.name == "Jordan Brandt"


def test_claims_attribution_he_without_she_goes_on_with_the_speaker() -> None:
    text = (
        "Kelly Okafor said on Monday that the valley had 30 dry wells. "
        "On Monday he toured Jordan Brandt's farm, and he said that 40 wells were fine."
    )
    speaker, _ = said(text, "40 wells")
    assert speaker is not None and speaker.name == "Kelly Okafor"


def test_claims_attribution_claim_running_on_into_the_speaker_after_a_quote() -> None:
    # A claim taken with the words that attribute it after the quotation ('"...,"
    # Brandt insisted') is still the quotation's.
    text = (
        "The mayor spoke first. "
        '"We have 40 dry wells and 12 broken pumps in the valley," Ada Brandt insisted.'
    )
    speaker, _ = said(text, '40 dry wells and 12 broken pumps in the valley," Ada Brandt insisted')
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_claim_running_on_past_a_quote_into_other_words() -> None:
    # The speaker named before the quotation: words after it are no part of it.
    text = (
        "The mayor spoke first. Ada Brandt said: "
        '"We have 40 dry wells and 12 broken pumps in the valley," and the mayor left.'
    )
    claim = '40 dry wells and 12 broken pumps in the valley," and the mayor left'
    speaker, _ = said(text, claim)
    assert speaker is None


def test_claims_attribution_speaker_named_after_a_parenthetical_said() -> None:
    # "And Reyes, said Okafor, who ..., does not forget": Okafor is who the writer makes
    # the speaker, and the "he" after goes on with him.
    text = (
        "Daniel Brandt spoke first on Monday. "
        "And the mayor, said Peter Okafor, who knows him well, does not forget. "
        '"We counted 40 dry wells," he said.'
    )
    speaker, _ = said(text, "40 dry wells")
    assert speaker is not None and speaker.name == "Peter Okafor"


def test_claims_attribution_name_after_said_without_a_comma_is_what_was_said() -> None:
    text = (
        'Daniel Brandt said Peter Okafor had left the valley. "We counted 40 dry wells," he said.'
    )
    speaker, _ = said(text, "40 dry wells")
    assert speaker is not None and speaker.name == "Daniel Brandt"


def test_claims_attribution_she_passes_over_a_man_known_by_a_short_given_name() -> None:
    # A given name is the only sign of sex here: "Tad" is a man's, "Loretta" a woman's,
    # so "she" goes back past the last speaker to the woman who opened the hearing.
    text = (
        "Loretta Brandt opened the hearing in Lakeside on Monday. "
        "Tad Okafor said the port lost 12 cranes. "
        '"We counted 40 dry wells," she said.'
    )
    speaker, _ = said(text, "40 dry wells")
    assert speaker is not None and speaker.name == "Loretta Brandt"


def test_claims_attribution_she_passes_over_a_man_named_with_a_role() -> None:
    # The same with a nickname ("Robby") and a role after the name that gives no sex.
    text = (
        "Shonda Reyes chaired the water board until May. "
        "Robby Lowe, the harbour chief, told reporters the dam leaked. "
        '"The valley needs 30 new pumps," she said.'
    )
    speaker, _ = said(text, "30 new pumps")
    assert speaker is not None and speaker.name == "Shonda Reyes"


def test_claims_attribution_he_passes_over_a_woman_known_by_her_given_name() -> None:
    text = (
        "Tad Okafor opened the hearing in Lakeside on Monday. "
        "Loretta Brandt said the port lost 12 cranes. "
        '"We counted 40 dry wells," he said.'
    )
    speaker, _ = said(text, "40 dry wells")
    assert speaker is not None and speaker.name == "Tad Okafor"


def test_claims_attribution_they_refers_to_names_joined_as_a_subject() -> None:
    # "Reyes and Brandt wrote a review. In it, they conclude ...": "they" are the two
    # named together, not a body or a speaker read before them.
    text = (
        "The Orvel Harbour Trust said the port was busy. "
        "Tomas Reyes and Ada Brandt wrote a review of 300 court cases. "
        "In it, they conclude that 12 of the cases were decided wrongly."
    )
    speaker, _ = said(text, "12 of the cases")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_it_under_a_document_subject_is_that_document() -> None:
    # "The report makes no mention of ..., though it does state ...": "it" is the
    # document its own sentence opens with, not the speaker read before.
    text = (
        "Tallis said the port was closed. "
        "The port report makes no mention of the 14 ships, though it does state that "
        "30 crew members were hurt."
    )
    speaker, _ = said(text, "30 crew members")
    assert speaker is not None and speaker.name == "The port report"


def test_claims_attribution_it_never_refers_to_a_chairman() -> None:
    # "The chairman" is a man, whom "it" never refers to: "it" goes back to the body.
    text = (
        "The Orvel council met on Monday. The chairman said the budget was tight. "
        "It said 40 jobs would go."
    )
    speaker, _ = said(text, "40 jobs")
    assert speaker is not None and speaker.name == "The Orvel council"


def test_claims_attribution_he_refers_to_a_surname_the_tagger_missed() -> None:
    # The tagger names "Reyes" a person once and misses him at the head of a later
    # sentence: that sentence is still about Reyes, whom "he" goes on about.
    text = (
        "Tomas Reyes spoke in Lakeside on Monday. Tad Okafor said the port was busy. "
        "Reyes sometimes seems fixated on the harbour. "
        "If the city can build a harbour, he observed, it can build 12 more."
    )
    tree, entities = _parse(text)
    missed = text.index("Reyes sometimes")
    tree = Tree([replace(t, ent="") if t.start == missed else t for t in tree.tokens])
    entities = tuple(
        replace(e, mentions=tuple(m for m in e.mentions if m.start != missed)) for e in entities
    )
    document = make_doc(text)
    found = attribute(document, tree, EntityIndex(entities, document.id))
    start = text.index("12 more")
    speaker, _ = source_of(document, found, start, start + len("12 more"))
    assert speaker is not None and speaker.name == "Tomas Reyes"
