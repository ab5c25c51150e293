"""The pre-check keeps every sentence a claim reader could read, and only those."""

from __future__ import annotations

import pytest

from triangulate.claims.precheck import cue_words, forms, may_hold_claim


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers pulled 14 people from the rubble.",  # digits
        "Nearly two hundred families were moved.",  # number words
        "Dozens of houses were flooded.",  # vague amount
        "About half the town lost power.",  # fraction
        "Several guards were hurt.",  # vague amount
        "A pair of gunmen fled.",  # a pair
        "Police are investigating a double homicide.",  # the killing of two
        "The mayor said the bridge would reopen.",  # irregular cue form
        "The council, according to local radio, met late.",  # cue phrase
        "The road was reportedly washed away.",  # hedge adverb
        "Residents told the Valley Gazette that the water rose quickly.",
        "“We have nothing left,” a farmer whispered.",  # quotation mark
        "Statement from the harbour office: the quay is closed.",  # colon
        "The union rejected the offer.",  # predicate
        "The company pulled its drivers out of the valley.",  # multi-word predicate
        "Both sides reached a deal after midnight.",  # multi-word predicate
        "The evacuation went on through the night.",  # nominal predicate
        "The guards fled before dawn.",  # irregular predicate form
        "THE GOVERNOR CONFIRMED THE CLOSURE.",  # any case
    ],
)
def test_precheck_keeps_sentences_a_reader_can_use(sentence: str) -> None:
    assert may_hold_claim(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The weather was mild and the market opened late.",
        "Photographs of the old harbour hang in the town hall.",
        "The part arrived on the morning train.",  # one word of "be part of" only
        "Heavy rain is expected across the coast.",
        "",
    ],
)
def test_precheck_drops_sentences_no_reader_can_use(sentence: str) -> None:
    assert not may_hold_claim(sentence)


def test_precheck_forms_cover_regular_and_irregular_inflections() -> None:
    assert {"says", "said", "saying"} <= forms("say")
    assert {"carried", "carries", "carrying"} <= forms("carry")
    assert {"stopped", "stopping"} <= forms("stop")
    assert {"estimated", "estimating", "estimates"} <= forms("estimate")
    assert {"dying", "died"} <= forms("die")


def test_precheck_cue_words_are_the_attribution_readers() -> None:
    from triangulate.claims.attribution import cue_forms

    assert cue_words() >= cue_forms()
    assert {"said", "told", "according", "reportedly", "citing"} <= cue_words()


def test_precheck_pattern_index_agrees_with_trying_every_pattern() -> None:
    import random

    from triangulate.claims import precheck

    patterns = precheck._multi_word_patterns()
    vocabulary = sorted({form for pattern in patterns for forms_ in pattern for form in forms_})
    vocabulary += ["harbour", "ferry", "board", "late", "week", "river", "the", "a"]
    rng = random.Random(11)
    kept = 0
    for _ in range(3000):
        words = rng.sample(vocabulary, rng.randrange(1, 6))
        # Only the multi-word step is compared: no digit, quote or single keeping word.
        if not set(words).isdisjoint(precheck._single_words()):
            continue
        sentence = " ".join(words) + "."
        expected = any(precheck._all_present(set(words), p) for p in patterns)
        assert may_hold_claim(sentence) == expected, sentence
        kept += expected
    assert kept > 20
