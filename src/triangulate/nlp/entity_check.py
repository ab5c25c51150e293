"""Which sentences can hold an entity the analysis reads: a quick test on the words.

The entity recogniser is the costliest part of the parse, and it runs on every token. But
English writes a name with a capital letter, so a sentence with no capital letter (the
first word aside, when it is a word that is never a name) holds no name; and the other
entities the analysis reads (dates and times, which the claim readers tell from figures)
need a digit, a number word or a word of time. ``may_hold_entity`` says, from the words
alone, whether a sentence can hold any of them; the spaCy adapter finds entities only in
the sentences it keeps (``spacy_model._recognise``), and none in the others.

A sentence is kept when it holds:

==========================================  ===========================================
what                                        why
==========================================  ===========================================
a digit                                     dates, times and amounts in figures
                                            ("2019", "5pm", "$3m")
a word with a capital letter, or with a     names ("Tomas Brandt", "the Hawks", "NATO",
letter that has no case, but the first      "eBay"); a script without case cannot be
word when it is a function word ("The",     told apart
"He", "But") and the pronoun "I"
a number word (``claims.precheck``'s) or    dates, times and counts in words
an ordinal                                  ("two weeks", "a dozen", "first")
a word of time (``TIME_WORDS``)             dates and times in words ("yesterday",
                                            "last week", "this morning", "recent years")
==========================================  ===========================================

A sentence that fails the test loses no entity the analysis reads; what the recogniser
finds in such a sentence is mostly a common word taken for a name ("the ref" as an
organisation).
"""

from __future__ import annotations

import re

from triangulate.claims.precheck import NUMBER_WORDS


def _words(text: str) -> frozenset[str]:
    """A word set written as running text, so long lists stay readable."""
    return frozenset(text.split())


# Words that open a sentence with a capital letter and are never a name, nor the start of
# one that has no other capital ("The Hague" has one): articles, pronouns, determiners,
# conjunctions, prepositions and sentence adverbs (not "May" nor "Will": a month, a name).
OPENERS = _words(
    """
    a an the this that these those there here it its he him his she her hers they them
    their theirs we us our ours i me my mine you your yours one some any many much most
    more less few all both each every either neither no none nothing not nor another such
    what which who whom whose why how where when whenever while whilst as if unless
    because since until though although even yet so and but or then thus also still now
    after before during despite without within with by from for of to at in on into onto
    over under about above below among between against through across behind beyond
    besides instead however meanwhile moreover furthermore nevertheless nonetheless
    otherwise therefore indeed perhaps maybe only just once again yes do does did is are
    was were be been has have had can could would shall should might must let
    other others
    """
)
# Words of time that date a phrase without a digit or a number word ("yesterday", "last
# week", "the past decade", "this morning", "recent years", "annual").
TIME_WORDS = _words(
    """
    yesterday today tonight tomorrow now morning mornings afternoon afternoons evening
    evenings night nights overnight midnight noon day days week weeks weekend weekends
    fortnight month months year years decade decades century centuries millennium hour
    hours minute minutes second seconds ago season seasons spring summer summers autumn
    fall winter winters annual annually daily weekly monthly yearly quarterly era age
    ages dawn dusk lately recently period term terms
    """
)
ORDINALS = _words(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    twentieth hundredth thousandth millionth last next
    """
)
_KEEPING = NUMBER_WORDS | TIME_WORDS | ORDINALS

_DIGIT = re.compile(r"\d")
# A run of letters (an apostrophe or a hyphen splits a word: "I'm" gives "I" and "m").
_LETTERS = re.compile(r"[^\W\d_]+")


def may_hold_entity(sentence: str) -> bool:
    """False only when the sentence cannot hold an entity the analysis reads.

    Args:
        sentence: The sentence's text.

    Returns:
        True when it holds a digit, a word with a capital letter or a letter without case
        (but an opening function word, and "I"), a number word, an ordinal or a word of
        time (see the module docstring).
    """
    if _DIGIT.search(sentence):
        return True
    words = _LETTERS.findall(sentence)
    for n, word in enumerate(words):
        if word.islower() or word == "I":
            continue
        if n == 0 and (len(word) == 1 or word[1:].islower()) and word.lower() in OPENERS:
            continue
        return True
    return not _KEEPING.isdisjoint(w.lower() for w in words)
