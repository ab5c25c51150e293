"""The attribution reader's word tables, read once from ``lexicon.tsv``.

The open word classes (reporting verbs, words for people, bodies, documents, outlets)
are data in ``lexicon.tsv`` (read by ``claims.lexicon``); the closed classes a grammar
fixes (pronouns, determiners, relative words, dependency and entity labels) are constants
here.
"""

from __future__ import annotations

from triangulate.claims.lexicon import TABLE_FILE as TABLE_FILE
from triangulate.claims.lexicon import TABLES as TABLES
from triangulate.claims.lexicon import cue_forms as cue_forms
from triangulate.claims.lexicon import forms_of as forms_of
from triangulate.claims.lexicon import parse_lexicon as parse_lexicon
from triangulate.claims.lexicon import table as table

REPORTING_VERBS = table("reporting")
VALUING_VERBS = table("valuing")
STANCE_VERBS = table("stance")
APPEAL_VERBS = table("appeal")
BELIEF_VERBS = table("belief")
ADVOCACY_VERBS = table("advocacy")
ATTACK_VERBS = table("attack")
REQUEST_VERBS = table("request")
RELEASE_VERBS = table("release")
TOPIC_VERBS = table("topic")
POSITION_NOUNS = table("position")
ACT_NOUNS = table("act")
MIND_ADJECTIVES = table("mind")
CITING_VERBS = table("citing")
WEAK_VERBS = table("weak")
EVIDENCE_VERBS = table("evidence")
FINDING_VERBS = table("finding")
HEDGE_VERBS = table("hedge-verb")
HEDGE_ADVERBS = table("hedge")
PERSON_NOUNS = table("person")
ROLE_NOUNS = table("role")
COLLECTIVE_NOUNS = table("collective")
DOC_NOUNS = table("document")
MEASURE_NOUNS = table("measure")
MEDIA_WORDS = table("media")
CONTACT_VERBS = table("contact")
BODY_NOUNS = table("body")
SHARE_WORDS = table("share")
SURVEY_NOUNS = table("survey")

# Every verb that may report, whatever it needs around it to do so.
ALL_VERBS = (
    REPORTING_VERBS | WEAK_VERBS | EVIDENCE_VERBS | VALUING_VERBS | APPEAL_VERBS | STANCE_VERBS
)
# Verbs of thought, intention, public position and talk about something: what their
# subject thinks, wants, stands for or spoke of, read only within their own sentence.
STANDING_VERBS = (
    BELIEF_VERBS | ADVOCACY_VERBS | ATTACK_VERBS | REQUEST_VERBS | TOPIC_VERBS | RELEASE_VERBS
)
# Lemmas the reader reads as cues ("according" aside).
CUE_LEMMAS = (
    CITING_VERBS
    | ALL_VERBS
    | STANDING_VERBS
    | FINDING_VERBS
    | POSITION_NOUNS
    | ACT_NOUNS
    | MIND_ADJECTIVES
)

# Share words that count answers: "72 percent of voters said ..." is a poll's result.
PERCENTS = frozenset({"percent", "percentage", "pct"})
# Words that make a speaker the writer of the report itself ("our teams", "we").
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it"})
RELATIVE_WORDS = frozenset({"who", "which", "that"})
DEFINITE = frozenset({"the", "this", "that"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
# Dependents a post-posed reporting verb may have after it (", X said on Tuesday in a
# statement, adding ..."): adjuncts, never content; those with a number (not a date) are
# content the parser hung there.
POST_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "punct", "advcl", "agent", "cc"})
# The speaker of an impersonal report ("it was said that ...").
UNNAMED = "unnamed sources"
