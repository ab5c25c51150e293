"""Who speaks a quotation that follows its speaker's sentence, and who the subject of a
reporting verb is when the parser gives it two or none. Every sentence is invented for
these tests."""

from __future__ import annotations

from dataclasses import replace

from test_claims_attribution import _parse, make_doc, said
from triangulate.claims.attribution import attribute, source_of
from triangulate.claims.entity_index import EntityIndex
from triangulate.nlp.tokens import Tree


def test_claims_attribution_quote_after_said_in_a_statement_is_the_speakers() -> None:
    # "X said in a statement." followed by a quotation: the statement's words.
    text = (
        "Ada Brandt, the director of the port authority, said in a statement. "
        '"There are no cranes to repair. The strike involved more than 1,700 dockers."'
    )
    speaker, _ = said(text, "1,700 dockers")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_quote_after_reported_words_goes_on_with_their_speaker() -> None:
    text = (
        "In May, Tomas Reyes said that 40 wells would be dug. "
        '"That adds up to 90 wells over two years."'
    )
    speaker, _ = said(text, "90 wells")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_quote_after_another_sentence_is_not_the_speakers() -> None:
    # A sentence of the reporter's own between them breaks the link.
    text = (
        "In May, Tomas Reyes said that 40 wells would be dug. The rains came late. "
        '"That adds up to 90 wells over two years."'
    )
    speaker, _ = said(text, "90 wells")
    assert speaker is None


def test_claims_attribution_quote_naming_its_own_speaker_keeps_it() -> None:
    text = (
        "In May, Tomas Reyes said that 40 wells would be dug. "
        '"That adds up to 90 wells over two years," Ada Brandt said.'
    )
    speaker, _ = said(text, "90 wells")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_quote_goes_on_after_a_quoted_phrase_and_its_verb() -> None:
    # "'...' in the council, he said in an interview. '...'": the second quotation goes
    # on with the speaker of the first.
    text = (
        "Tomas Reyes, a pastor, runs a shelter in Lakeside.\n\n"
        '"The politics are just so blatant" in the council, he said in an interview. '
        '"They took all those $5 donations from old ladies, and what do they show for it?"'
    )
    speaker, _ = said(text, "$5 donations")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_relative_word_beside_a_speaker_is_no_speaker() -> None:
    # "..., which they say left ...": "which" is the subject of the reported clause,
    # "they" the speaker.
    text = (
        "Republicans are attacking the governor. They are also focused on the "
        "withdrawal of troops from the coast, which they say left 300 towns unguarded."
    )
    speaker, _ = said(text, "300 towns")
    assert speaker is not None and speaker.name == "Republicans"


def test_claims_attribution_relative_word_alone_names_its_antecedent() -> None:
    text = "The report cites Ada Brandt, who said that 300 towns were unguarded."
    speaker, _ = said(text, "300 towns")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_speaker_described_by_a_relative_clause_before_the_verb() -> None:
    # Parsed with "said" left without a subject: the noun right before it belongs to the
    # relative clause describing the speaker, never the speaker itself.
    text = (
        "Although there is no such overlap with Brandt's team, a White House official who "
        'spoke anonymously to discuss internal strategy said Wednesday, "Certainly there '
        'are 12 discussions between the White House and the Brandt campaign."'
    )
    speaker, _ = said(text, "12 discussions")
    assert speaker is not None and speaker.name.startswith("a White House official")


def test_claims_attribution_it_names_the_document_the_sentence_before_is_about() -> None:
    # "it stated" after a sentence about a memo, with no speaker before: the memo's.
    text = (
        "The harbor panel met on Thursday.\n\n"
        "A memo from the panel seemed aimed at bolstering the inquiry.\n\n"
        '"So far, 59 of the 75 witnesses had never been interviewed," it stated.'
    )
    speaker, _ = said(text, "75 witnesses")
    assert speaker is not None and "panel" in speaker.name


def test_claims_attribution_it_names_no_one_after_a_sentence_about_no_document() -> None:
    text = (
        "The harbor panel met on Thursday.\n\n"
        "The rains seemed heavier than in any year before.\n\n"
        '"So far, 59 of the 75 wells are full," it stated.'
    )
    speaker, _ = said(text, "75 wells")
    assert speaker is None or "rain" not in speaker.name


def test_claims_attribution_a_name_is_not_the_group_it_named_before() -> None:
    # "Reyes allies" spoke first; "Reyes" later is Reyes himself, not his allies.
    text = (
        "Reyes allies said on Monday that 12 offices had opened. "
        "Reyes has said that his fortune is worth $10 billion."
    )
    speaker, _ = said(text, "$10 billion")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_a_name_is_not_the_campaign_it_named_before() -> None:
    text = (
        "The Reyes campaign said on Monday that 12 offices had opened. "
        "Reyes estimates that his fortune is worth $10 billion."
    )
    speaker, _ = said(text, "$10 billion")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_a_later_last_name_keeps_the_full_name() -> None:
    # The full name given first is still kept for a later last name alone.
    text = (
        "Tomas Reyes said on Monday that 12 offices had opened. "
        "Reyes estimates that his fortune is worth $10 billion."
    )
    speaker, _ = said(text, "$10 billion")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_quote_after_a_post_posed_speaker_goes_on_with_it() -> None:
    # "..., wrote the Gazette. '...'": the verb and its speaker end the sentence; the
    # quotation after them is the same speaker's.
    text = (
        "The port will reopen in May, wrote the Lakeside Gazette. "
        '"There are 40 cranes ready to work."'
    )
    speaker, _ = said(text, "40 cranes")
    assert speaker is not None and speaker.name == "Lakeside Gazette"


def test_claims_attribution_quote_after_a_post_posed_speaker_and_a_sentence_is_not() -> None:
    text = (
        "The port will reopen in May, wrote the Lakeside Gazette. The rains came late. "
        '"There are 40 cranes ready to work."'
    )
    speaker, _ = said(text, "40 cranes")
    assert speaker is None


def test_claims_attribution_quote_after_a_colon_the_speakers_sentence_runs_on_to() -> None:
    text = (
        "Tomas Reyes said yes and took the opportunity to stand up for the dockers: "
        '"For far too long, the port has failed them. No other worker has been asked to '
        'give up 12 holidays."'
    )
    speaker, _ = said(text, "12 holidays")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_quote_after_a_colon_of_another_subject_is_not_the_speakers() -> None:
    text = (
        "Tomas Reyes said yes, and then the crowd of dockers chanted a song: "
        '"For far too long, the port has failed them. No other worker has been asked to '
        'give up 12 holidays."'
    )
    speaker, _ = said(text, "12 holidays")
    assert speaker is None or speaker.name != "Tomas Reyes"


def test_claims_attribution_a_verb_inside_the_quotation_does_not_stop_it_going_on() -> None:
    # "The government is alleging ..." is the lawyer's own words, not another speaker.
    text = (
        "Tomas Reyes, the farmer's attorney, argues that his client never urged violence. "
        '"The government is alleging that his 12 radio calls were provoking violence."'
    )
    speaker, _ = said(text, "12 radio calls")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_a_speaker_after_the_quotation_still_stops_it() -> None:
    text = (
        "Tomas Reyes, the farmer's attorney, argues that his client never urged violence. "
        '"The calls were about 12 dry wells," Ada Brandt said.'
    )
    speaker, _ = said(text, "12 dry wells")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_quote_the_reported_words_run_into_is_the_speakers() -> None:
    # "As Reyes explained, ..., '...'": the words run on into the quotation, which goes
    # on over several sentences.
    text = (
        "As harbor master Tomas Reyes explained, three fees were put off in the deal, "
        'costing the port $35 million, "which sounds like a lot of money. But the port '
        'will still earn $203 million less than was projected."'
    )
    speaker, _ = said(text, "$203 million")
    assert speaker is not None and speaker.name == "Tomas Reyes"


def test_claims_attribution_quote_after_the_speakers_sentence_ended_is_not_run_into() -> None:
    text = (
        "As harbor master Tomas Reyes explained, three fees were put off in the deal. "
        'The rains came late, the port lost $35 million, "which sounds like a lot of '
        'money. But the port will still earn $203 million less than was projected."'
    )
    speaker, _ = said(text, "$203 million")
    assert speaker is None or speaker.name != "Tomas Reyes"


def test_claims_attribution_name_set_after_a_role_of_a_place_is_the_speaker() -> None:
    # "quoted the head of X's zone, Aram Vesko, as saying": the name in apposition
    # names the person the role describes, even where the parser hangs it on "zone".
    for role in ("head of Tarnby's customs zone", "governor of Tarnby province"):
        text = (
            f"The agency quoted the {role}, Aram Vesko, as saying the storm caused damage "
            "of 54 million dollars."
        )
        speaker, _ = said(text, "54 million")
        assert speaker is not None and speaker.name == "Aram Vesko", role
        assert speaker.role == role


def test_claims_attribution_dateline_with_a_date_is_no_part_of_the_speaker() -> None:
    # "TORVALD, May 4 - Harlow Motors said": the place, the day and the dash are the
    # dateline; the speaker starts after the dash.
    for dash in ("-", "--", "\u2013", "\u2014"):
        text = f"TORVALD, May 4 {dash} Harlow Motors said on Tuesday its sales rose 4 percent."
        speaker, _ = said(text, "4 percent")
        assert speaker is not None and speaker.name == "Harlow Motors", dash


def test_claims_attribution_dateline_without_a_date_is_no_part_of_the_speaker() -> None:
    text = "TORVALD - Harlow Motors said on Tuesday its sales rose 4 percent in April."
    speaker, _ = said(text, "4 percent")
    assert speaker is not None and speaker.name == "Harlow Motors"


def test_claims_attribution_dateline_before_a_body_is_no_part_of_its_name() -> None:
    text = "BRENNICK, Oct 12 - The port authority said on Tuesday 40 ships were waiting."
    speaker, _ = said(text, "40 ships")
    assert speaker is not None and speaker.name == "port authority"


def test_claims_attribution_speaker_after_an_abbreviated_title_is_the_named_person() -> None:
    # "Sgt." and "Sens." end no sentence: the name after the title is the speaker.
    text = "The bridge was closed, said Dalby police Sgt. Ada Orvel. She said 14 people were hurt."
    speaker, _ = said(text, "14 people")
    assert speaker is not None and speaker.name == "Ada Orvel"
    text = "Sens. Ada Varga and Tomas Brandt said the bill would cost $40 million."
    speaker, _ = said(text, "$40 million")
    assert speaker is not None and speaker.name != "Sens"


def test_claims_attribution_possessed_role_is_the_named_holder() -> None:
    # A spokesman named once ("Tallis's spokesman, Ada Orvel") is meant by a later "her
    # spokesman" or "Tallis's spokesman"; the role must hold the same noun and owner.
    first = "Tallis's spokesman, Ada Orvel, said the fund lost $3 million last year.\n\n"
    for later in ("Her spokesman", "Tallis's spokesman"):
        text = first + f"The fund opened in 2010. {later} said the loss would be made up by 2025."
        speaker, _ = said(text, "2025")
        assert speaker is not None and speaker.name == "Ada Orvel", later
    text = (
        "Ada Orvel, a spokeswoman for Tallis, said the fund lost $3 million last year.\n\n"
        "The fund opened in 2010. Corran's spokeswoman said the loss would be made up by 2025."
    )
    speaker, _ = said(text, "2025")
    assert speaker is not None and speaker.name != "Ada Orvel"


def test_claims_attribution_according_to_a_family_or_an_agent() -> None:
    # Who tells a death's details: a family, an agent, a relative, credited by "according
    # to" as by "said".
    base = "Tomas Brandt, the Hawks' former coach, died Monday at 85, according to "
    for who in ("his family", "his agent", "his wife", "his son", "his publicist"):
        speaker, _ = said(base + who + ".", "85")
        assert speaker is not None and speaker.name == who, who


def test_claims_attribution_he_after_a_governor_tagged_as_a_place_is_the_governor() -> None:
    # A name after a person's office ("island governor Kasim Dalvaran") is a person's
    # even where the tagger took it for a building or a place: "he" after it is him, not
    # the man quoted before him.
    text = (
        '"All who need tents will have one by nightfall," the head of the relief service, '
        "Tomas Varga, told the radio. Orvel island governor Kasim Dalvaran told AFP that "
        'a total of 10 people had been killed. "Around 1,000 people are housed in tents," '
        "he said."
    )
    tree, entities = _parse(text)
    at = text.index("Kasim Dalvaran")
    span = (at, at + len("Kasim Dalvaran"))
    tokens = [replace(t, ent="FAC") if span[0] <= t.start and t.end <= span[1] else t for t in tree]
    misread = tuple(
        replace(e, type="FAC", mentions=tuple(replace(m, label="FAC") for m in e.mentions))
        if e.name == "Kasim Dalvaran"
        else e
        for e in entities
    )
    document = make_doc(text)
    found = attribute(document, Tree(tokens), EntityIndex(misread, document.id))
    start = text.index("1,000 people")
    speaker, _ = source_of(document, found, start, start + len("1,000 people"))
    assert speaker is not None and speaker.name == "Kasim Dalvaran"


def test_claims_attribution_the_statement_is_the_body_that_issued_it() -> None:
    # "the statement said" after the body spoke "in a statement", or issued one, is the
    # body's word: the description keeps its name and takes the body's entity.
    for text, own, figure in (
        (
            "The Orvel navy said in a statement that five boats had attacked the convoy. "
            "After a brief fight, two of them fled, the statement said.",
            "five boats",
            "two of them",
        ),
        (
            "The Orvel navy said on Monday that five boats had attacked the convoy. The "
            "Orvel navy issued a statement later. The statement said two of them fled.",
            "five boats",
            "two of them",
        ),
    ):
        body, _ = said(text, own)
        document, _ = said(text, figure)
        assert body is not None and body.entity is not None, text
        assert document is not None and document.name.lower() == "the statement"
        assert document.entity == body.entity, text


def test_claims_attribution_a_statement_no_one_issued_stays_the_statement() -> None:
    speaker, _ = said("The statement said 40 people had been hurt.", "40 people")
    assert speaker is not None and speaker.name == "The statement"
