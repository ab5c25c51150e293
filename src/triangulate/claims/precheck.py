"""Which sentences the claim readers can use: a quick test on the text, before the parse.

The dependency parse is the costliest thing the claim readers need, and they read claims
only from sentences that can hold one. ``may_hold_claim`` says, from the words alone,
whether a sentence can. The spaCy adapter asks it of each line of a text (a line that
holds such a sentence holds its words too, so whatever a sentence keeps its line keeps)
and parses only the lines it keeps (tokens, sentence bounds and entities are found
everywhere); a text whose every line it keeps is parsed as a whole, with nothing spent on
the test's account but the test. It is conservative: it keeps a
sentence whenever any reader could start from one of its words, and a kept sentence
that holds no claim costs only time.

A sentence is kept when it holds, in any case:

=====================================  ==================================================
what                                   why
=====================================  ==================================================
a digit                                figures ("43", "1,114", "80%", "$5m")
a number word (``NUMBER_WORDS``)       figures in words ("two", "a dozen", "dozens",
                                       "tens of thousands", "half", "a third", "several",
                                       "a pair", "a triple murder", Malay "lima")
a quotation mark or a colon            quotes and colons that attribute ("X said: ...",
                                       a quote running over several sentences)
a form of a cue word                   who said it: the verbs, adverbs and phrases the
                                       attribution reader starts from ("said", "told",
                                       "according to", "citing", "reportedly")
every word of a predicate pattern,     who did what: a pattern of ``predicates.tsv``
each in some form                      ("rejected", "pulled ... out", "reached a deal",
                                       "evacuation", "talks")
=====================================  ==================================================

Forms of a word: the word as written, its regular inflections (-s, -es, -ed, -d, -ing;
y to -ies and -ied; a final e dropped before -ing and -ed; a final consonant doubled) and
the irregular forms in ``IRREGULAR``. The cue words are the attribution reader's own
(``claims.lexicon.cue_forms``, in ``cue_words``), the predicates the assertion reader's
table.

A sentence that fails the test loses nothing a reader would have found in it, with one
exception the readers accept: a pronoun or a description carried from a sentence with no
cue, number or predicate at all ("The hospital's director spoke to us." before "He said
40 had died.") has no speaker there to carry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from triangulate.claims.lexicon import cue_forms
from triangulate.nlp.words import case_key


def _words(text: str) -> frozenset[str]:
    """A word set written as running text, so long lists stay readable."""
    return frozenset(text.split())


# Number words the figure reader reads (its grammar and its vague amounts and fractions).
NUMBER_WORDS = _words(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred hundreds thousand thousands million millions billion billions
    trillion trillions dozen dozens score scores handful tens half halves third thirds
    quarter quarters fourth fourths fifth fifths sixth sixths seventh sevenths eighth eighths
    ninth ninths tenth tenths several couple pair trio few double triple quadruple quintuple
    dua tiga empat lima enam tujuh lapan sembilan sepuluh sebelas seratus seribu
    """
)
# Phrases of attribution that are not verbs.
CUE_PHRASES = frozenset({"according"})
# Irregular forms of the verbs in the cue and predicate lists (lemma: forms).
IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "hold": ("held",),
    "take": ("took", "taken"),
    "leave": ("left",),
    "strike": ("struck", "stricken"),
    "give": ("gave", "given"),
    "get": ("got", "gotten"),
    "flee": ("fled",),
    "slay": ("slew", "slain"),
    "withdraw": ("withdrew", "withdrawn"),
    "put": ("put",),
    "be": ("is", "are", "was", "were", "been", "being", "am", "'s", "'re"),
    "seek": ("sought",),
    "bring": ("brought",),
    "make": ("made",),
    "lead": ("led",),
    "shoot": ("shot",),
    "fight": ("fought",),
    "die": ("died", "dying", "dies", "dead"),
    "deal": ("deals", "dealt"),
    "talk": ("talks",),
    "escape": ("escapes", "escaped", "escaping"),
}

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# The quotation marks the attribution reader opens and closes quotes with ("’" is left
# out: it is far more often an apostrophe, and a quote it closes was opened by "‘").
_QUOTES = frozenset('"“”‘:')
_DIGIT = re.compile(r"\d")


def cue_words() -> frozenset[str]:
    """Every surface form of a word the attribution reader starts from (its own list)."""
    return cue_forms() | CUE_PHRASES


def forms(lemma: str) -> frozenset[str]:
    """The word and its regular and irregular inflections, in lower case."""
    word = lemma.lower()
    out = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("y"):
        out |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith("e"):
        out |= {word[:-1] + "ing", word[:-1] + "ed"}
    if word.endswith("ie"):
        out.add(word[:-2] + "ying")
    if len(word) > 2 and word[-1] not in "aeiouwxy":
        out |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    out.update(IRREGULAR.get(word, ()))
    return frozenset(out)


@cache
def _single_words() -> frozenset[str]:
    """Words any one of which keeps a sentence: number words and cue forms."""
    words: set[str] = set(NUMBER_WORDS)
    for word in cue_words():
        words |= forms(word)
    for pattern in _predicate_patterns():
        if len(pattern) == 1:
            words |= forms(pattern[0])
    return frozenset(words)


@cache
def _multi_word_patterns() -> tuple[tuple[frozenset[str], ...], ...]:
    """Predicate patterns of several words, each word as its set of forms."""
    return tuple(
        tuple(forms(word) for word in pattern)
        for pattern in _predicate_patterns()
        if len(pattern) > 1
    )


@cache
def _predicate_patterns() -> tuple[tuple[str, ...], ...]:
    """The patterns of the assertion reader's predicate table, as word tuples."""
    table = resources.files("triangulate.claims").joinpath("predicates.tsv")
    patterns = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) >= 2:
            patterns.append(tuple(columns[1].lower().split()))
    return tuple(patterns)


def may_hold_claim(sentence: str) -> bool:
    """False only when no claim reader can read a claim from this sentence.

    Args:
        sentence: The sentence's text (or a line of several sentences).

    Returns:
        True when it holds a digit, a number word, a quotation mark or colon, a form of a
        cue word, or every word of a predicate pattern (see the module docstring).
    """
    if _DIGIT.search(sentence) or not _QUOTES.isdisjoint(sentence):
        return True
    words = set(_WORD.findall(case_key(sentence)))
    if not words.isdisjoint(_single_words()):
        return True
    starts = _patterns_by_first_form()
    return any(
        _all_present(words, pattern) for word in words & starts.keys() for pattern in starts[word]
    )


@cache
def _patterns_by_first_form() -> dict[str, tuple[tuple[frozenset[str], ...], ...]]:
    """The multi-word patterns by each form of their first word: a sentence can hold only
    those whose first word's form it holds."""
    index: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for pattern in _multi_word_patterns():
        for form in pattern[0]:
            index.setdefault(form, []).append(pattern)
    return {form: tuple(patterns) for form, patterns in index.items()}


def _all_present(words: set[str], pattern: Iterable[frozenset[str]]) -> bool:
    """Whether some form of every word of the pattern is among the words."""
    return all(not words.isdisjoint(word_forms) for word_forms in pattern)
