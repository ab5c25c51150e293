"""The attribution reader's word tables, read once from ``lexicon.tsv``.

The open word classes (reporting verbs, words for people, bodies, documents, outlets)
are data in ``lexicon.tsv``; the closed classes a grammar fixes (pronouns, determiners,
relative words, dependency and entity labels) are constants here.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

TABLE_FILE = "lexicon.tsv"
TABLES = frozenset(
    {
        "reporting",
        "valuing",
        "stance",
        "appeal",
        "belief",
        "advocacy",
        "attack",
        "request",
        "release",
        "topic",
        "position",
        "act",
        "mind",
        "citing",
        "weak",
        "evidence",
        "finding",
        "hedge-verb",
        "hedge",
        "person",
        "collective",
        "document",
        "measure",
        "media",
        "contact",
        "body",
        "share",
        "survey",
        "role",
    }
)


def parse_lexicon(text: str) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Tables and surface forms from the text of a lexicon file.

    Returns:
        ``(tables, forms)``: each table's words, and each word's other surface forms.

    Raises:
        ValueError: A line with an unknown table or without a word, naming the line.
    """
    tables: dict[str, set[str]] = {name: set() for name in TABLES}
    forms: dict[str, set[str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or not cells[1].strip() or cells[0] not in TABLES:
            raise ValueError(f"{TABLE_FILE}, line {number}: expected TABLE<tab>WORD: {line!r}")
        word = cells[1].strip().lower()
        tables[cells[0]].add(word)
        if len(cells) > 2 and cells[2].strip():
            more = {f.strip().lower() for f in cells[2].split(",") if f.strip()}
            forms.setdefault(word, set()).update(more)
    return (
        {name: frozenset(words) for name, words in tables.items()},
        {word: frozenset(more) for word, more in forms.items()},
    )


def forms_of(words: frozenset[str]) -> frozenset[str]:
    """The other surface forms the lexicon lists for the words, in lower case."""
    forms = _lexicon()[1]
    return frozenset(f for word in words for f in forms.get(word, ()))


@lru_cache(maxsize=1)
def _lexicon() -> tuple[Mapping[str, frozenset[str]], Mapping[str, frozenset[str]]]:
    source = resources.files("triangulate.claims.attribution").joinpath(TABLE_FILE)
    return parse_lexicon(source.read_text(encoding="utf-8"))


def table(name: str) -> frozenset[str]:
    """The words of one table of the packaged lexicon."""
    return _lexicon()[0][name]


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


@lru_cache(maxsize=1)
def cue_forms() -> frozenset[str]:
    """Every surface form, in lower case, of a word that can open an attribution.

    The verbs of every cue table of speech with their inflections, "according" (of
    "according to"), the survey nouns (results "in a poll") and the hedge adverbs.
    Verbs of thought, intention and public position (``STANDING_VERBS``) are left out:
    they attribute only a clause, infinitive or object in their own sentence, which a
    figure or predicate there has the parser read anyway, and they carry no speaker
    into later sentences. Besides these, only quotation marks (a quote goes on with the
    previous quote's speaker) and colons (a headline naming its source) open an
    attribution: a sentence with none of them holds no cue, though it may lie in the
    content of a cue in another sentence.
    """
    _, forms = _lexicon()
    speech = CITING_VERBS | ALL_VERBS
    # A survey gives its results "in" it ("In a Gazette poll, 60 percent ...").
    words = set(speech | HEDGE_ADVERBS | {"according"} | SURVEY_NOUNS)
    words |= {noun + "s" for noun in SURVEY_NOUNS if not noun.endswith(("s", "ing"))}
    for word in speech:
        words |= forms.get(word, frozenset())
    return frozenset(words)
