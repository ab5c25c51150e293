"""Guards against false attributions: text inside or beside an attributed sentence that
the reporter wrote, not the speaker. Every sentence is invented for these tests."""

from __future__ import annotations

from dataclasses import replace

from test_claims_attribution import _parse, make_doc, run, said
from triangulate.claims.attribution import attribute, covering
from triangulate.claims.entity_index import EntityIndex
from triangulate.nlp.tokens import Tree


def _hedged(text: str, words: str) -> bool:
    """Whether a hedged attribution holds ``words`` (a hedge word alone credits no one,
    so only its attribution's span shows what it marks)."""
    _, found = run(text)
    start = text.index(words)
    return any(a.hedged and a.start <= start and start + len(words) <= a.end for a in found)


def test_claims_attribution_guards_reporters_yardstick_after_a_figure() -> None:
    # The analysts' forecast the reporter sets the figure against is not the company's.
    text = (
        "Lakeside Ferries reported earnings of $2.15 a share, well above the $1.90 that "
        "analysts had expected."
    )
    speaker, _ = said(text, "$2.15")
    assert speaker is not None and "Lakeside Ferries" in speaker.name
    assert said(text, "$1.90") == (None, ())


def test_claims_attribution_guards_compared_with_another_count() -> None:
    text = (
        "The agency says it has found more than 1,200 wrecks in the bay, compared with the "
        "navy's 870."
    )
    speaker, _ = said(text, "more than 1,200 wrecks")
    assert speaker is not None and "agency" in speaker.name
    assert said(text, "870") == (None, ())


def test_claims_attribution_guards_a_change_stays_the_speakers() -> None:
    # "up ... from ..." is how the speaker gave the figure: still the speaker's.
    text = "The port said it handled 40,000 containers in May, up 12 percent from April."
    speaker, _ = said(text, "12 percent")
    assert speaker is not None and "port" in speaker.name


def test_claims_attribution_guards_a_poll_keeps_its_comparison() -> None:
    # A finding's comparison is the finding's own.
    text = (
        "A Gazette poll found 61 percent of residents back the bridge, compared with 48 "
        "percent in March."
    )
    speaker, _ = said(text, "48 percent")
    assert speaker is not None and "Gazette" in speaker.name


def test_claims_attribution_guards_words_naming_the_speaker_are_the_reporters() -> None:
    # The figure stands in the words that introduce who warned, not in the warning.
    text = (
        "Last month, a group of 14 harbor pilots at the Lakeside Maritime Institute warned "
        "of a new kind of fraud in the port, arguing that the channel was unsafe."
    )
    assert said(text, "14 harbor pilots") == (None, ())


def test_claims_attribution_guards_gloss_after_a_credited_source() -> None:
    # After "according to X," a phrase with no clause glosses the figure or the source.
    text = (
        "The ferry line earned about $40 million last year, according to public filings, a "
        "large sum for a company with 12 boats."
    )
    speaker, _ = said(text, "about $40 million")
    assert speaker is not None and speaker.name == "public filings"
    assert said(text, "12 boats") == (None, ())
    text = (
        "The port will stay shut until spring, according to members of the Harbor Council, "
        "a panel of captains from the three northern ports."
    )
    assert said(text, "three northern ports") == (None, ())


def test_claims_attribution_guards_statement_going_on_after_a_credited_source() -> None:
    # A participle or the object still missing goes on with what the source says.
    text = "Reyes gave his blessing, according to court papers, becoming a 40 percent owner."
    speaker, _ = said(text, "40 percent")
    assert speaker is not None and speaker.name == "court papers"
    text = "The line receives, according to one report, $12 million in subsidies from the city."
    speaker, _ = said(text, "$12 million")
    assert speaker is not None and speaker.name == "one report"


def test_claims_attribution_guards_a_measured_number_shows_a_finding() -> None:
    # "The number shows" gives a finding as "the figures show" does.
    text = "The headline number shows Reyes ahead of Brandt by 4 points, 48 to 44 percent."
    speaker, _ = said(text, "4 points")
    assert speaker is not None and "number" in speaker.name
    # Still a count of people, not a document that has an owner.
    speaker, _ = said("A number of officials said the port would reopen with 40 ships.", "40 ships")
    assert speaker is not None and speaker.name == "A number of officials"


def test_claims_attribution_guards_subject_after_a_credited_source_is_the_statement() -> None:
    text = "About 9 p.m., according to a police timeline, 12 guards left."
    speaker, _ = said(text, "12")
    assert speaker is not None and "timeline" in speaker.name


def test_claims_attribution_guards_a_position_set_beside_a_statement() -> None:
    # A "while" clause beside a statement is the reporter's, so its pledge is Reyes's own.
    text = (
        "While Reyes has pledged to build 40 new docks, Brandt suggested that the port "
        "would have to wait."
    )
    speaker, _ = said(text, "40 new docks")
    assert speaker is not None and speaker.name == "Reyes"
    # Inside what Brandt said, the mayor's wish is still Brandt's report.
    text = "Brandt said that while the mayor wants 40 new docks, the port cannot pay for them."
    speaker, _ = said(text, "40 new docks")
    assert speaker is not None and speaker.name == "Brandt"


def test_claims_attribution_guards_speaker_mid_sentence_before_a_run_on_parse() -> None:
    # The parser may run a sentence on into the next one, a quotation; the full stop
    # still ends what the speaker set in the middle of the first one reports.
    text = (
        "The only problem, Ms. Okafor said, is that her pay is one-third less than at the "
        "mill. ''I think it will be hard to find a job,'' Ms. Okafor said."
    )
    tree, entities = _parse(text)
    roots = [t for t in tree.tokens if t.dep == "ROOT"]
    assert len(roots) == 2
    first, second = roots
    merged = Tree(
        [
            replace(
                t,
                sent=0,
                head=second.i if t.i == first.i else t.head,
                dep="ccomp" if t.i == first.i else t.dep,
            )
            for t in tree.tokens
        ]
    )
    document = make_doc(text)
    found = attribute(document, merged, EntityIndex(entities, document.id))
    start = text.index("one-third")
    held = covering(found, start, start + len("one-third"))
    assert held is not None and held.speaker.name == "Okafor"
    assert text[held.start : held.end].endswith("at the mill")


def test_claims_attribution_guards_purpose_of_a_position_is_part_of_it() -> None:
    text = "The ferry company agreed to pay $3 million to settle claims with 40 towns."
    speaker, _ = said(text, "40 towns")
    assert speaker is not None and speaker.name == "ferry company"
    # A condition set around the position is still the reporter's frame.
    assert said("Reyes plans to run for the seat if Brandt leaves after 12 years.", "12 years") == (
        None,
        (),
    )


def test_claims_attribution_guards_other_people_answering_beside_a_share() -> None:
    # "..., while nine in 10 said ..." is other people answering, not the first share's.
    text = (
        "About four out of 10 voters said life for the next generation would be worse, "
        "while nine in 10 said they thought the ferry favors the wealthy."
    )
    assert said(text, "nine in 10") == (None, ())
    # Inside a poll's finding, the shares stay the poll's.
    text = (
        "The Gazette poll finds that, while 37 percent say the ferry is too slow, 39 "
        "percent blame the mayor."
    )
    speaker, _ = said(text, "37 percent")
    assert speaker is not None and speaker.name == "Gazette"


def test_claims_attribution_guards_others_wanting_beside_those_who_answered() -> None:
    # "..., while 95 members favored Varga": a count or share of others wanting or
    # favouring something is other people answering, not the first group's statement.
    text = (
        "Last July, the union polled members online: 1,409 teachers said they wanted to "
        "endorse Reyes, while 95 members favored Varga."
    )
    assert said(text, "95") == (None, ())
    text = (
        "In each of the five states, about half of voters say they prefer a candidate who "
        "is an outsider, while about 4 in 10 want one with political experience."
    )
    assert said(text, "4 in 10") == (None, ())
    # A clause beside the statement with no counted people in it stays the speaker's.
    text = "Reyes said the port would reopen on Monday, while the airport stayed shut for 12 days."
    speaker, _ = said(text, "12 days")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_guards_a_hedge_stops_before_a_condition() -> None:
    text = (
        "But Brandt has been on a poaching mission, reportedly winning over 40 delegates to "
        "stop Reyes at the convention if he does not secure the 1,237 delegates needed to win."
    )
    assert _hedged(text, "40 delegates")
    assert not _hedged(text, "1,237 delegates")
    assert said(text, "40 delegates") == (None, ())


def test_claims_attribution_guards_a_hedge_stops_before_a_description_of_a_place() -> None:
    text = (
        "The loophole is how Ada Brandt was able to obtain the gun she allegedly used to "
        "kill nine people in last year's shooting at the historic Lakeside Baptist Church, "
        "a few blocks from the debate venue in the town's historic downtown."
    )
    assert _hedged(text, "nine people")
    assert not _hedged(text, "a few blocks from the debate venue")


def test_claims_attribution_guards_an_opening_scene_is_the_reporters() -> None:
    text = (
        "Bound together by 2,000 years of trade and sharing a 300-mile border, the two "
        'towns, Reyes said, now have a "golden opportunity" to build 40 docks.'
    )
    assert said(text, "2,000 years") == (None, ())
    speaker, _ = said(text, "40 docks")
    assert speaker is not None and speaker.name == "Reyes"
    # A reason the speaker cites still is the speaker's.
    speaker, _ = said("Citing 40 closed docks, the port, Reyes said, will stay shut.", "40")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_guards_what_was_promised_past_a_day_and_a_place() -> None:
    # The parser takes the day for the object and the infinitive for a purpose.
    text = (
        'Reyes promised Sunday at a Lakeside rally to end "the wasteful $18 million ferry subsidy."'
    )
    speaker, _ = said(text, "$18 million")
    assert speaker is not None and speaker.name == "Reyes"


def test_claims_attribution_guards_coordinated_positions_share_the_subject() -> None:
    text = "Ada Brandt defended the mayor and refused to repudiate the plan to close 12 piers."
    speaker, _ = said(text, "12 piers")
    assert speaker is not None and speaker.name == "Ada Brandt"
    # An act coordinated with another is no position: "confirmed" here is the council's vote.
    text = "Democrats controlled the council and had confirmed 68 new piers by this point."
    assert said(text, "68 new piers") == (None, ())


def test_claims_attribution_guards_a_places_record_is_the_reporters_background() -> None:
    text = (
        "Reyes said he meets with families of young victims in a city that has recorded "
        "more than 400 homicides this year."
    )
    assert said(text, "more than 400 homicides") == (None, ())
