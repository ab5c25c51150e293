"""Where a report names another source in a note of its own: a parenthesis giving another
account, a document that leads its sentence, a headline line. Every sentence is invented
for these tests; the people, places and bodies are made up."""

from __future__ import annotations

from test_claims_attribution import run, said
from triangulate.claims.attribution.asides import parenthesised
from triangulate.claims.attribution.records import Attribution, Found, Source
from triangulate.model import Speaker


def test_claims_attribution_a_parenthesis_naming_another_source_is_its_own_report() -> None:
    # The parenthesis is the reporter's note of the Post's account: the police gave
    # none of it, and the Post relays nothing through the police.
    text = "Police said no one was injured (the Kelvara Post says three people were injured)."
    speaker, via = said(text, "no one")
    assert speaker is not None and speaker.name == "Police" and via == ()
    speaker, via = said(text, "three")
    assert speaker is not None and speaker.name == "Kelvara Post" and via == ()
    text = "Police said 2 people were injured (according to the Kelvara Post, 5 were hurt)."
    speaker, via = said(text, "2 people")
    assert speaker is not None and speaker.name == "Police" and via == ()
    speaker, via = said(text, "5 were")
    assert speaker is not None and speaker.name == "Kelvara Post" and via == ()
    # Set mid-sentence, the outer speaker still relays nothing to the parenthesis.
    text = "Reyes said 2 cars burned (the Kelvara Post reported 6 cars burned) and 4 vans."
    speaker, via = said(text, "6 cars")
    assert speaker is not None and speaker.name == "Kelvara Post" and via == ()


def test_claims_attribution_a_parenthesis_with_only_a_source_credits_the_clause() -> None:
    # "(according to police)" with no words of its own credits the clause before it.
    speaker, _ = said("The toll rose to 12 (according to police).", "12")
    assert speaker is not None and speaker.name == "police"


def test_claims_attribution_a_bracketed_speaker_credits_the_clause_before_it() -> None:
    # "(Dalby police said)" names who told the clause: its content is the clause alone.
    text = "The toll in Orvel rose to 12 (Dalby police said)."
    _, found = run(text)
    credit = next(a for a in found if a.speaker.name == "Dalby police")
    assert text[credit.start : credit.end] == "The toll in Orvel rose to 12"
    speaker, via = said(text, "12")
    assert speaker is not None and speaker.name == "Dalby police" and via == ()
    # After a reported clause the figure is the bracketed source's, relayed by the
    # reporter who cites it; the reporter relays through nobody.
    text = "Reyes said the toll in Orvel rose to 12 (Dalby police said)."
    speaker, via = said(text, "12")
    assert speaker is not None and speaker.name == "Dalby police" and via == ("Reyes",)
    _, found = run(text)
    reyes = next(a for a in found if a.speaker.name == "Reyes")
    assert reyes.via == ()
    credit = next(a for a in found if a.speaker.name == "Dalby police")
    assert text[credit.start : credit.end] == "the toll in Orvel rose to 12"


def test_claims_attribution_a_bracketed_speaker_mid_sentence_or_a_pronoun() -> None:
    # Set before the rest of the sentence, the bracket still credits its clause.
    text = "Reyes said the toll in Orvel rose to 12 (Dalby police said), and roads were shut."
    speaker, via = said(text, "12")
    assert speaker is not None and speaker.name == "Dalby police" and via == ("Reyes",)
    # "(she said)" names the speaker the report gave before.
    text = "Ada Varga reached Orvel on Monday. The toll there rose to 12 (she said)."
    _, found = run(text)
    credit = next(a for a in found if a.speaker.name == "Ada Varga")
    assert text[credit.start : credit.end] == "The toll there rose to 12"


def test_claims_attribution_a_bracketed_according_to_credits_the_clause_before_it() -> None:
    # "(according to Dalby police)" credits the clause as "(Dalby police said)" does.
    text = "The toll in Orvel rose to 12 (according to Dalby police)."
    _, found = run(text)
    credit = next(a for a in found if a.speaker.name == "Dalby police")
    assert text[credit.start : credit.end] == "The toll in Orvel rose to 12"
    # After a reported clause: the source's, relayed by the reporter who cites it.
    text = "Reyes said the toll in Orvel rose to 12 (according to Dalby police)."
    speaker, via = said(text, "12")
    assert speaker is not None and speaker.name == "Dalby police" and via == ("Reyes",)
    _, found = run(text)
    credit = next(a for a in found if a.speaker.name == "Dalby police")
    assert text[credit.start : credit.end] == "the toll in Orvel rose to 12"
    assert next(a for a in found if a.speaker.name == "Reyes").via == ()


def test_claims_attribution_a_bracketed_speaker_with_a_time_is_still_a_credit() -> None:
    # "(Dalby police said on Monday)": when it was said adds nothing to the credit.
    text = "The toll in Orvel rose to 12 (Dalby police said on Monday)."
    _, found = run(text)
    credit = next(a for a in found if a.speaker.name == "Dalby police")
    assert text[credit.start : credit.end] == "The toll in Orvel rose to 12"
    text = "Reyes said the toll in Orvel rose to 12 (officials said late Tuesday)."
    speaker, via = said(text, "12")
    assert speaker is not None and speaker.name == "officials" and via == ("Reyes",)
    _, found = run(text)
    assert next(a for a in found if a.speaker.name == "Reyes").via == ()
    # A bracket with a clause of its own after the verb is no credit.
    text = "Reyes said 12 cars burned (the Kelvara Post reported 6 cars burned on Monday)."
    speaker, via = said(text, "6 cars")
    assert speaker is not None and speaker.name == "Kelvara Post" and via == ()


def test_claims_attribution_a_bracket_with_more_than_a_speaker_is_no_credit() -> None:
    # A parenthesis that says something of its own keeps to its parentheses.
    text = "Police said 2 cars burned (the Kelvara Post said 6 cars burned)."
    speaker, via = said(text, "2 cars")
    assert speaker is not None and speaker.name == "Police" and via == ()
    speaker, via = said(text, "6 cars")
    assert speaker is not None and speaker.name == "Kelvara Post" and via == ()


def test_claims_attribution_a_document_leading_its_sentence_speaks() -> None:
    # The tagger may take "autopsy" for an adjective of "shows"; the sentence is still
    # what the autopsy shows, as "..., an autopsy shows." is.
    text = "An autopsy shows that Tomas Brandt was hit 3 times."
    speaker, _ = said(text, "3 times")
    assert speaker is not None and speaker.name == "An autopsy"
    text = "In Kelvara, an autopsy shows that Ada Varga was hit 2 times."
    speaker, _ = said(text, "2 times")
    assert speaker is not None and speaker.name == "an autopsy"
    # A noun "show" reports nothing.
    assert said("A trade show that Reyes ran drew 3,000 people.", "3,000") == (None, ())


def test_claims_attribution_a_headline_demand_holds_only_its_own_line() -> None:
    # A headline with no full stop that the parser runs into the story: the demand is
    # "answers", and the toll after "as" is the outlet's own framing.
    text = (
        "Depot fire: residents demand answers as toll rises to 11\n\n"
        "The fire at the Kelvara depot broke out on Monday."
    )
    assert said(text, "11") == (None, ())
    # A headline whose verb reports a clause on its own line still reports it.
    text = (
        "Initial estimates indicate that 40 homes were lost\n\n"
        "The fire at the Kelvara depot broke out on Monday."
    )
    speaker, _ = said(text, "40 homes")
    assert speaker is not None and speaker.name == "Initial estimates"


def test_claims_attribution_a_parenthesis_keeps_its_words_after_a_misread_clause() -> None:
    # The parser may hang the clause before the parenthesis on its verb ("the crowd had
    # dispersed" as what the Gazette says): the Gazette's words are still those inside it.
    text = "The crowd had dispersed (the Kelvara Gazette says three people were injured)."
    cue_start = text.index("says")
    gazette = Speaker(name="Kelvara Gazette", entity=None, anonymous=False)
    source = Source(speaker=gazette, via=(), head="gazette", person=False, plural=False)
    misread = Attribution(
        start=0,
        end=text.index(" ("),
        speaker=gazette,
        via=(),
        cue="say",
        hedged=False,
        cue_start=cue_start,
        cue_end=cue_start + 4,
    )
    item = Found(
        attribution=misread, source=source, cue_start=cue_start, cue_end=cue_start + 4, verb=True
    )
    (got,), spans = parenthesised(text, [item])
    a = got.attribution
    assert text[a.start : a.end] == "three people were injured"
    assert spans == ((text.index("("), text.index(")")),)
