"""The attribution reader's word tables as written in ``attribution/lexicon.tsv``.

Read here, outside the attribution package, so that the sentence pre-check
(``claims.precheck``) can list the cue words without importing the reader: a pool's
worker process imports the pre-check and nothing else of the claim readers, and the
reader's package (its rules, and the modules of ingest and name resolution it imports)
cost that process 8 MiB of memory of its own. ``claims.attribution.lexicon`` gives the
same names, with the reader's other word lists.
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
    source = resources.files("triangulate.claims").joinpath("attribution").joinpath(TABLE_FILE)
    return parse_lexicon(source.read_text(encoding="utf-8"))


def table(name: str) -> frozenset[str]:
    """The words of one table of the packaged lexicon."""
    return _lexicon()[0][name]


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
    speech = frozenset().union(
        *(table(name) for name in ("citing", "reporting", "weak", "evidence", "valuing"))
    )
    speech |= table("appeal") | table("stance")
    # A survey gives its results "in" it ("In a Gazette poll, 60 percent ...").
    words = set(speech | table("hedge") | {"according"} | table("survey"))
    words |= {noun + "s" for noun in table("survey") if not noun.endswith(("s", "ing"))}
    for word in speech:
        words |= forms.get(word, frozenset())
    return frozenset(words)
