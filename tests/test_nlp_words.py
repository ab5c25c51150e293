"""may_hold: a quick "no" before a case-blind search, never a wrong one."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from triangulate.nlp.words import may_hold

WORDS = ("rose", "went up", "copyright")
PATTERN = re.compile("|".join(map(re.escape, WORDS)), re.IGNORECASE)


def test_may_hold_says_no_only_for_plain_text_without_the_words() -> None:
    assert not may_hold("The toll was 40 on Monday.", WORDS)
    assert may_hold("The toll ROSE to 40.", WORDS)
    assert may_hold("The toll Went Up to 40.", WORDS)
    # Outside ASCII, case folding has surprises ("ſ" matches "s"): always search.
    assert may_hold("The toll roſe to 40.", WORDS)
    assert PATTERN.search("The toll roſe to 40.")


@given(st.text(alphabet=st.sampled_from("roseROSEwntupWNTUPcyigh ſıİK.")))
def test_may_hold_is_true_whenever_the_pattern_matches(text: str) -> None:
    if PATTERN.search(text):
        assert may_hold(text, WORDS)


def test_letters_lowered_tells_unless_a_letter_folds_to_another() -> None:
    from triangulate.nlp.words import letters_lowered

    assert letters_lowered("The TOLL rose") == "the toll rose"
    # Quotes and accents change no ASCII letter: the test still tells.
    assert letters_lowered("“Café” TOLL") == "“café” toll"
    # "ſ" matches "s" and "ı" matches "i" in a case-blind pattern, though neither lower-cases
    # to it: no test.
    assert letters_lowered("The toll roſe") is None
    assert letters_lowered("Thırd") is None
