"""More cues and contents of attribution: what a finding shows when the parser splits it,
checked on hand-built parses where the English model's slip is the point, and on invented
sentences parsed with the real model. Every sentence is invented for these tests."""

from __future__ import annotations

import hashlib

import pytest

from test_claims_attribution import said
from triangulate.claims.attribution import attribute, source_of
from triangulate.claims.attribution.text import without_possessive
from triangulate.claims.entity_index import EntityIndex
from triangulate.model import Document, Published, Speaker
from triangulate.nlp.tokens import Token, Tree

# One word of a hand-built parse: text, lemma, coarse tag, fine tag, label, head index.
Word = tuple[str, str, str, str, str, int]


def _hand(words: list[Word]) -> tuple[Document, Tree]:
    """A document of the words joined by spaces, and the parse given for them."""
    text = " ".join(w[0] for w in words)
    tokens, at = [], 0
    for i, (word, lemma, pos, tag, dep, head) in enumerate(words):
        tokens.append(
            Token(
                i=i,
                start=at,
                end=at + len(word),
                text=word,
                lemma=lemma,
                pos=pos,
                tag=tag,
                dep=dep,
                head=head,
                ent="",
                sent=0,
            )
        )
        at += len(word) + 1
    digest = hashlib.sha256(text.encode()).hexdigest()
    document = Document(
        id="d" + digest[:8],
        source="invented.txt",
        title=None,
        outlet=None,
        text=text,
        sha256=digest,
        published=Published.unknown(),
        agency=None,
    )
    return document, Tree(tokens)


def _said_hand(words: list[Word], figure: str) -> Speaker | None:
    document, tree = _hand(words)
    found = attribute(document, tree, EntityIndex((), document.id))
    start = document.text.index(figure)
    return source_of(document, found, start, start + len(figure))[0]


# "The survey shows a 62-32 divide , and 34 percent agree they should pay the toll .",
# with the last clause hung on "shows" as its complement, as the parser does when a
# finding runs on.
SPLIT_FINDING: list[Word] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("survey", "survey", "NOUN", "NN", "nsubj", 2),
    ("shows", "show", "VERB", "VBZ", "ROOT", 2),
    ("a", "a", "DET", "DT", "det", 5),
    ("62-32", "62-32", "NUM", "CD", "nummod", 5),
    ("divide", "divide", "NOUN", "NN", "dobj", 2),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("and", "and", "CCONJ", "CC", "cc", 2),
    ("34", "34", "NUM", "CD", "nummod", 9),
    ("percent", "percent", "NOUN", "NN", "nsubj", 10),
    ("agree", "agree", "VERB", "VBP", "conj", 2),
    ("they", "they", "PRON", "PRP", "nsubj", 13),
    ("should", "should", "AUX", "MD", "aux", 13),
    ("pay", "pay", "VERB", "VB", "ccomp", 2),
    ("the", "the", "DET", "DT", "det", 15),
    ("toll", "toll", "NOUN", "NN", "dobj", 13),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_claims_attribution_a_finding_shows_its_object_and_what_follows() -> None:
    for figure in ("62-32 divide", "34 percent"):
        speaker = _said_hand(SPLIT_FINDING, figure)
        assert speaker is not None and "survey" in speaker.name, figure


def test_claims_attribution_a_finding_without_a_number_keeps_its_clause() -> None:
    # With no count in the object ("shows a divide"), only the clause is the finding:
    # the object may be the reporter's gloss.
    words = [
        w if w[0] != "62-32" else ("deep", "deep", "ADJ", "JJ", "amod", 5) for w in SPLIT_FINDING
    ]
    assert _said_hand(words, "34 percent") is None
    speaker = _said_hand(words, "the toll")
    assert speaker is not None and "survey" in speaker.name


def test_claims_attribution_which_she_said_is_the_speakers_not_the_antecedents() -> None:
    # "..., which she said cost ...": the relative word is the subject of what was said.
    text = (
        "Mayor Dana Reyes spoke on Monday about the closure of the pier, which she said "
        "cost the city 400 jobs."
    )
    speaker, _ = said(text, "400 jobs")
    assert speaker is not None and speaker.name == "Dana Reyes"


def test_claims_attribution_which_they_say_never_makes_the_antecedent_speak() -> None:
    text = (
        "Dock workers met on Monday. They are angry about the closure of the pier, which "
        "they say cost the city 400 jobs."
    )
    speaker, _ = said(text, "400 jobs")
    assert speaker is None or speaker.name != "closure"


# "The city built the pier , Ada Brandt , a spokeswoman for Reyes , said on Monday , and
# it has opened it 14 times .", with the speaker hung as a second object of "built" and
# "said" as a second predicate, as the parser reads a speaker set in between commas.
INSERTED_SPEAKER: list[Word] = [
    ("The", "the", "DET", "DT", "det", 1),
    ("city", "city", "NOUN", "NN", "nsubj", 2),
    ("built", "build", "VERB", "VBD", "ROOT", 2),
    ("the", "the", "DET", "DT", "det", 4),
    ("pier", "pier", "NOUN", "NN", "dobj", 2),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("Ada", "Ada", "PROPN", "NNP", "compound", 7),
    ("Brandt", "Brandt", "PROPN", "NNP", "dobj", 2),
    (",", ",", "PUNCT", ",", "punct", 7),
    ("a", "a", "DET", "DT", "det", 10),
    ("spokeswoman", "spokeswoman", "NOUN", "NN", "appos", 7),
    ("for", "for", "ADP", "IN", "prep", 10),
    ("Reyes", "Reyes", "PROPN", "NNP", "pobj", 11),
    (",", ",", "PUNCT", ",", "punct", 7),
    ("said", "say", "VERB", "VBD", "conj", 2),
    ("on", "on", "ADP", "IN", "prep", 14),
    ("Monday", "Monday", "PROPN", "NNP", "pobj", 15),
    (",", ",", "PUNCT", ",", "punct", 14),
    ("and", "and", "CCONJ", "CC", "cc", 14),
    ("it", "it", "PRON", "PRP", "nsubj", 21),
    ("has", "have", "AUX", "VBZ", "aux", 21),
    ("opened", "open", "VERB", "VBN", "conj", 14),
    ("it", "it", "PRON", "PRP", "dobj", 21),
    ("14", "14", "NUM", "CD", "nummod", 24),
    ("times", "time", "NOUN", "NNS", "npadvmod", 21),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def test_claims_attribution_a_speaker_set_in_between_commas_speaks() -> None:
    # The whole phrase speaks, not the name inside the role ("for Reyes").
    for figure in ("the pier", "14 times"):
        speaker = _said_hand(INSERTED_SPEAKER, figure)
        assert speaker is not None and speaker.name == "Ada Brandt", figure


def test_claims_attribution_a_second_predicate_after_an_object_reports_nothing() -> None:
    # "The city built the pier, and said ..." with no speaker set off before "said":
    # the object of another verb is no speaker.
    words = [w for k, w in enumerate(INSERTED_SPEAKER) if k not in range(5, 14)]
    words = [
        (t, lemma, pos, tag, dep, head if head < 5 else head - 9)
        for t, lemma, pos, tag, dep, head in words
    ]
    assert _said_hand(words, "14 times") is None


STUDY = (
    "In a recent study, three economists at Lakeside College found that the trade deal "
    "cost the region 2 million jobs."
)


def test_claims_attribution_in_a_study_its_authors_find() -> None:
    # The economists found it; the study is where, not a relay between them and us.
    speaker, via = said(STUDY, "2 million jobs")
    assert speaker is not None and speaker.name.startswith("three economists")
    assert via == ()


def test_claims_attribution_in_a_study_the_authors_names_are_not_the_studys() -> None:
    assert said(STUDY, "three economists") == (None, ())


def test_claims_attribution_in_a_poll_a_share_answering_is_still_the_polls() -> None:
    text = "In a Gazette poll released Monday, 60 percent of voters said the toll should go."
    speaker, _ = said(text, "60 percent")
    assert speaker is not None and speaker.name == "Gazette"


def test_claims_attribution_a_count_out_of_ten_answering_a_poll_is_the_polls() -> None:
    # "Six in 10 voters" is a share of those asked, as "60 percent of voters" is.
    text = (
        "According to the Gazette poll, six in 10 voters say the council should pick from 12 names."
    )
    speaker, _ = said(text, "12 names")
    assert speaker is not None and speaker.name == "Gazette"


def test_claims_attribution_what_a_poll_shows_goes_on_past_a_colon() -> None:
    # The figures after the colon spell out what the poll shows; the share answering in
    # them is no speaker of its own.
    text = (
        "A fresh Gazette poll shows how hard it will be to deny Reyes the seat if he gets "
        "close to 1,237 votes: six in 10 voters say the council should pick from 12 names."
    )
    speaker, _ = said(text, "12 names")
    assert speaker is not None and speaker.name == "Gazette"


def test_claims_attribution_past_a_colon_a_named_speaker_is_still_the_speaker() -> None:
    # After the colon someone named speaks for themselves: the poll does not take it.
    text = (
        "A fresh Gazette poll shows how hard it will be to deny Reyes the seat: his aide "
        "Ada Lind says 40 council members will back him."
    )
    speaker, _ = said(text, "40 council members")
    assert speaker is not None and speaker.name == "Ada Lind"


def test_claims_attribution_saying_after_a_dash_is_the_sentences_subjects() -> None:
    # "— saying ..." closes the sentence: the mayor says it, not the port authority the
    # parser hung the participle on ("accusations that the port authority is ...").
    text = (
        "Mayor Dana Reyes dismissed Tomas Ortiz’ accusations that the port authority is "
        "breaking state law through its lease with the city — saying the union had turned "
        "down 40 offers."
    )
    speaker, via = said(text, "40 offers")
    assert speaker is not None and speaker.name == "Dana Reyes"
    assert via == ()


def test_claims_attribution_a_possessed_claim_is_its_possessors() -> None:
    text = (
        "Mayor Dana Reyes spoke on Monday. Reyes's claim that the port lost 400 jobs drew "
        "an angry answer."
    )
    speaker, _ = said(text, "400 jobs")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_a_possessed_goal_stops_before_the_reporters_gloss() -> None:
    text = (
        "Mayor Dana Reyes spoke on Monday. Her goal of $1 billion - a sum that would "
        "require the city to raise $250 million a month - looks out of reach."
    )
    speaker, _ = said(text, "$1 billion")
    assert speaker is not None and speaker.name == "Dana Reyes"
    assert said(text, "$250 million") == (None, ())


def test_claims_attribution_a_claim_dismissed_by_another_is_the_dismissers_words() -> None:
    text = "The union dismissed Mayor Dana Reyes's claim that the port lost 400 jobs."
    speaker, _ = said(text, "400 jobs")
    assert speaker is not None and speaker.name == "union"


def test_claims_attribution_a_claim_set_against_another_report_is_its_possessors() -> None:
    # "Despite" sets the claim against what the firms say; it is no part of it.
    text = (
        "Despite Mayor Dana Reyes's claim that the port lost 400 jobs, the firms put the "
        "losses far lower."
    )
    speaker, _ = said(text, "400 jobs")
    assert speaker is not None and speaker.name == "Dana Reyes"


def test_claims_attribution_a_things_possessed_figure_is_no_position() -> None:
    text = "The bridge's toll of $5 rose last year, and the port's share of 40 percent fell."
    assert said(text, "$5") == (None, ())
    assert said(text, "40 percent") == (None, ())


def test_claims_attribution_a_possessive_name_is_the_bare_name() -> None:
    assert without_possessive("Donald Trump's") == "Donald Trump"
    assert without_possessive("Reyes’") == "Reyes"
    assert without_possessive("Reyes") == "Reyes"


@pytest.mark.parametrize(
    ("text", "figure", "who"),
    [
        (
            "Mayor Dana Reyes is confident that the port will reopen with 400 jobs.",
            "400 jobs",
            "Dana Reyes",
        ),
        (
            "Dock workers remain hopeful that the port will add 400 jobs this year.",
            "400 jobs",
            "Dock workers",
        ),
        (
            "Mayor Dana Reyes is eager to open the new pier with 400 berths.",
            "400 berths",
            "Dana Reyes",
        ),
    ],
)
def test_claims_attribution_a_state_of_mind_is_its_subjects(
    text: str, figure: str, who: str
) -> None:
    speaker, _ = said(text, figure)
    assert speaker is not None and speaker.name == who


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # What Reyes is not confident of is no view of hers.
        ("Mayor Dana Reyes is not confident that the port will reopen with 400 jobs.", "400 jobs"),
        # A pier has no mind: "certain to" is the writer's forecast.
        ("The new pier is certain to draw 400 boats this summer.", "400 boats"),
    ],
)
def test_claims_attribution_no_mind_no_view(text: str, figure: str) -> None:
    assert said(text, figure) == (None, ())


def test_claims_attribution_a_statement_calling_for_is_its_issuers_position() -> None:
    text = "Hours later, Mayor Dana Reyes issued a statement calling for 400 more officers."
    speaker, _ = said(text, "400 more officers")
    assert speaker is not None and speaker.name == "Dana Reyes"


def test_claims_attribution_a_resolution_condemning_is_its_bodys_position() -> None:
    text = (
        "The Lakeside City Council on Wednesday approved a resolution condemning the "
        "mayor's decision to close 40 schools."
    )
    speaker, _ = said(text, "40 schools")
    assert speaker is not None and speaker.name == "Lakeside City Council"


def test_claims_attribution_what_an_office_projects_is_its_figure() -> None:
    text = (
        "The Lakeside budget office projected that the new pier will cost the city "
        "$40 million over a decade."
    )
    speaker, _ = said(text, "$40 million")
    assert speaker is not None and speaker.name == "Lakeside budget office"


def test_claims_attribution_a_forecast_number_is_the_forecasters() -> None:
    speaker, _ = said(
        "Economists at the Lakeside Bank predict 40,000 new jobs next year.", "40,000"
    )
    assert speaker is not None and speaker.name.startswith("Economists")


def test_claims_attribution_a_forecast_of_no_number_needs_a_clause() -> None:
    # "predicted victory" names what was foreseen, no figure of the forecaster's.
    text = "Mayor Dana Reyes predicted victory in the race for the 40 seats of the council."
    assert said(text, "40 seats") == (None, ())


@pytest.mark.parametrize(
    ("text", "figure", "forecaster"),
    [
        # A range forecast: "between" two numbers.
        (
            "Economists at the Orvel Bank predict between two and four more rate rises "
            "next year, depending on growth.",
            "between two and four more rate rises",
            "Economists",
        ),
        # A measure of a counted thing.
        (
            "Dalby election officials are expecting a record turnout of more than 4 million "
            "voters.",
            "more than 4 million voters",
            "Dalby election officials",
        ),
        # A rise counted by its modifier.
        ("Tomas Varga predicted a 12 percent rise in fares.", "12 percent rise", "Tomas Varga"),
        # A number expected, as one predicted.
        ("The Corran port authority expects 40 more ships this year.", "40 more ships", "Corran"),
    ],
)
def test_claims_attribution_a_forecast_range_or_measure_is_the_forecasters(
    text: str, figure: str, forecaster: str
) -> None:
    speaker, _ = said(text, figure)
    assert speaker is not None and forecaster in speaker.name


def test_claims_attribution_an_expectation_of_no_number_is_no_forecast() -> None:
    # What is expected with no number ("expects a hard game") gives no figure of the team's.
    text = "The Tallis team expects a hard game against the 3 top sides of the league."
    assert said(text, "3 top sides") == (None, ())


def test_claims_attribution_lobbying_for_something_is_a_position() -> None:
    text = "Tomas Varga has been lobbying for several of his plans, including a $15 minimum wage."
    speaker, _ = said(text, "$15 minimum wage")
    assert speaker is not None and speaker.name == "Tomas Varga"


def test_claims_attribution_paid_to_lobby_is_no_position() -> None:
    # Lobbying as paid work, with nothing asked for, states no one's position.
    text = "The Dalby group paid the Orvel Partners $1.13 million to lobby Congress."
    assert said(text, "$1.13 million") == (None, ())


def test_claims_attribution_ads_attacking_someone_hold_that_position() -> None:
    # No issuer is given: the ads themselves attack.
    text = (
        "More than $800,000 was spent on ads attacking Mayor Dana Reyes over the 40 closed schools."
    )
    speaker, _ = said(text, "40 closed schools")
    assert speaker is not None and speaker.name == "ads"
    assert said(text, "$800,000") == (None, ())


def test_claims_attribution_put_at_a_number_hung_inside_the_object() -> None:
    text = (
        "Initial estimates put the total number of ballots that were mailed to voters "
        "last year at about 55,000 pages."
    )
    speaker, _ = said(text, "55,000")
    assert speaker is not None and speaker.name == "Initial estimates"


def test_claims_attribution_put_at_no_number_values_nothing() -> None:
    text = "The storm put the 40 boats that sailed from the harbor at risk of sinking."
    assert said(text, "40 boats") == (None, ())


def test_claims_attribution_what_a_banner_reads_after_a_colon_is_its() -> None:
    text = "The banner over the gate of the pier reads: “Reyes cut 40 jobs from this port.”"
    speaker, _ = said(text, "40 jobs")
    assert speaker is not None and speaker.name == "banner"


def test_claims_attribution_reading_letters_reports_nothing() -> None:
    assert said("Mayor Dana Reyes reads the 40 letters she gets each week.", "40 letters") == (
        None,
        (),
    )


def test_claims_attribution_the_condition_of_a_threat_is_part_of_it() -> None:
    text = "Mayor Dana Reyes threatened to close the pier unless the union accepts 40 layoffs."
    speaker, _ = said(text, "40 layoffs")
    assert speaker is not None and speaker.name == "Dana Reyes"


def test_claims_attribution_the_condition_of_a_plan_is_the_reporters_frame() -> None:
    # A plan is no threat: "if ..." sets it in a frame; the number is the union's.
    text = "Mayor Dana Reyes plans to close the pier if the union rejects 40 layoffs."
    speaker, _ = said(text, "40 layoffs")
    assert speaker is None or speaker.name != "Dana Reyes"


# "Reyes called the 40-berth pact “ insanity ” .", with the quoted label read as the
# object's head and the pact as its modifier.
LABEL_AS_OBJECT: list[Word] = [
    ("Reyes", "Reyes", "PROPN", "NNP", "nsubj", 1),
    ("called", "call", "VERB", "VBD", "ROOT", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("40-berth", "40-berth", "ADJ", "JJ", "amod", 4),
    ("pact", "pact", "NOUN", "NN", "nmod", 6),
    ("“", "“", "PUNCT", "``", "punct", 6),
    ("insanity", "insanity", "NOUN", "NN", "dobj", 1),
    ("”", "”", "PUNCT", "''", "punct", 6),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_claims_attribution_a_quoted_label_read_as_the_object_is_still_a_label() -> None:
    speaker = _said_hand(LABEL_AS_OBJECT, "40-berth pact")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_calling_without_a_label_states_nothing() -> None:
    words = [w for w in LABEL_AS_OBJECT if w[0] not in {"“", "”"}]
    words = [
        (t, lemma, pos, tag, dep, {6: 5, 8: 6}.get(head, head))
        for t, lemma, pos, tag, dep, head in words
    ]
    assert _said_hand(words, "40-berth pact") is None


# "Reyes spoke , noting that at one point he trailed by 50 points .", with "that" read
# as a preposition and the clause hung inside its phrase.
THAT_AS_PREPOSITION: list[Word] = [
    ("Reyes", "Reyes", "PROPN", "NNP", "nsubj", 1),
    ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("noting", "note", "VERB", "VBG", "advcl", 1),
    ("that", "that", "SCONJ", "IN", "prep", 3),
    ("at", "at", "ADP", "IN", "prep", 4),
    ("one", "one", "NUM", "CD", "nummod", 7),
    ("point", "point", "NOUN", "NN", "pobj", 5),
    ("he", "he", "PRON", "PRP", "nsubj", 9),
    ("trailed", "trail", "VERB", "VBD", "relcl", 7),
    ("by", "by", "ADP", "IN", "prep", 9),
    ("50", "50", "NUM", "CD", "nummod", 12),
    ("points", "point", "NOUN", "NNS", "pobj", 10),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_claims_attribution_noting_that_read_as_a_preposition_still_reports() -> None:
    speaker = _said_hand(THAT_AS_PREPOSITION, "50 points")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_noting_that_figure_reports_no_clause() -> None:
    # "that" as a determiner ("noting that point") opens no clause.
    words = [
        ("that", "that", "DET", "DT", "det", 7) if w[0] == "that" else w
        for w in THAT_AS_PREPOSITION
    ]
    words = [
        (t, le, p, tg, "dobj" if t == "point" else d, 3 if t == "point" else h)
        for t, le, p, tg, d, h in words
    ]
    assert _said_hand(words, "50 points") is None


@pytest.mark.parametrize("verb", ["quipped", "joked", "retorted", "cautioned", "mused"])
def test_claims_attribution_a_verb_of_the_manner_of_saying_after_a_quotation(verb: str) -> None:
    text = f'"It will cost 40 million dollars to fix the docks," Ada Brandt {verb}.'
    speaker, _ = said(text, "40 million dollars")
    assert speaker is not None and speaker.name == "Ada Brandt"


def test_claims_attribution_a_verb_of_the_manner_of_saying_alone_reports_nothing() -> None:
    text = "Tomas Reyes joked about the 12 cranes at the port."
    assert said(text, "12 cranes") == (None, ())
