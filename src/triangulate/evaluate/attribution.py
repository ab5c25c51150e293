"""Who said it, scored against PolNeAR (Newell, Margolin and Ruths, LREC 2018).

PolNeAR marks, in US political news, every attribution relation: who (``source``) said
or believed what (``content``), signalled by which words (``cue``). ``load_polnear``
reads the corpus as JSON lines (``doc_id``, ``split``, ``publisher``, ``published``,
``title``, ``text`` and ``attributions`` with ``[start, end, text]`` spans).

``score_claims`` judges the ``said_by`` of a report's figure and assertion claims:

- **Which relation.** Claim offsets are mapped onto the corpus text first (ingest may
  change a few characters; the two texts are aligned). A claim lies in a relation when
  at least half of its characters fall inside the relation's content span; it is judged
  against the innermost such relation (the shortest content span). A claim that touches
  no content span at all is *outside*; one that only grazes a span is neither. The
  corpus gives a discontinuous content from its first to its last character: when a
  content span holds its own cue ("'...,' X told CBS on Tuesday, when ..., 'But ...'"),
  the words from the quotation before the cue to the one after it are not content.
- **Right speaker.** The relation's source is right when the claim's speaker has the
  same span (its words overlap the source's words), or the same name (the content words
  of one name, reduced to a rough singular, all occur in the other: "Reyes" and "Tomas
  Reyes", "Ada Brandt" and "Ada Brandt, executive director of ..."; courtesy titles,
  possessive endings and numbers are no content words, so "Mr. Reyes", "Reyes's" and
  "Reyes, 58," all name Tomas Reyes; an office or rank before a name is compared with it
  and without it, so "Professor Reyes" names him too; a source with a description after a
  comma is also compared by the words before it, "Reyes, at the port authority,").
  A pronoun source is right when the speaker names what the pronoun refers to, found from
  the corpus text and annotations alone, never from the system. For "he" and "she" (and
  their other cases) that is a person named before it, whether an annotated source or a
  name in the text outside every quotation and annotated content (what someone is
  reported to say names who is talked about, not who talks): a name after a courtesy
  title or an office ("Mr. Reyes", "Sen. Ada Varga"), a name from a given name of the
  reader's table on ("Tomas Brandt" in "Senate Majority Leader Tomas Brandt"), and
  a lone last name of someone so named or named as a source. Of the agreeing persons, the
  last sentence that names one counts, and in it the first named (the sentence's subject:
  "Brandt thanked Reyes and Varga. '...,' he said" is Brandt), leaving out those named after
  a pronoun of the same sex in that sentence, which carries on someone named before ("He
  praised the deal of Torvald, who he said ..." is not Torvald), and passing over a name in
  the possessive, which is no subject ("Brandt's aide, Ann Roe, said ..."). A pronoun
  in a phrase that opens its sentence looks ahead to the subject named right after the
  phrase's comma ("In her speech, Ada Brandt said ..."; a name inside the phrase is not it).
  A sentence ends at a paragraph break and at a stop, except after an initial or a title
  or office written short ("Mr.", "Govs."; "... to be president." ends one); a reflexive
  after a name ("Mr. Reyes himself") leaves it a name. For "they" and "it", the
  nearest annotated source before it that is not a pronoun and agrees with it. When the
  referent is a description ("the Ohio governor"), the nearest agreeing name before the
  pronoun counts too, and so does the name the description itself refers back to, found
  as for "he" and "she" at the description (the first named in the last sentence naming
  an agreeing person before it). "He" and "she" agree with a person: a name or a person's
  description ("the mayor", "a spokeswoman"), never a body, a document, a poll or
  several people, and of the same sex when the source's words or the article show it
  (a courtesy title, "Mrs. Reyes"; a given name in the fixed table of the reader's
  ``given-names.tsv``, read as data, "Ada Reyes"; a noun, "spokesman"; for a bare last
  name, another mention of it in the article with a title or given name). "They" agrees
  with several ("officials", "Reyes and Brandt", "Republicans", "many") or a body ("the
  campaign", "the FBI"); "it" with a body, a document, a poll or a thing, never a
  person. A lone name the article gives no sex for ("Gallup") may be a person or a
  body. When no source before the pronoun agrees, the nearest one counts. For
  "who", "which", "that", the phrase right before it (the speaker's last name word is
  one of the eight words before the pronoun in its sentence); for "I", "we" and their
  other cases, the source of the relation whose content holds the pronoun (a quotation's
  speaker), or, outside every content, the outlet itself, for which the right answer is
  no speaker. A pronoun with nothing to resolve it to is left out, as is "you", which
  refers to no one the text names. A relation without a source ("it is expected",
  "reportedly") is right when the claim names no one, or an anonymous source.
- **Reporting verbs.** ``REPORTING_CUES`` are the surface forms of verbs of saying and
  reporting (say, tell, add, report, announce, show, find, write, ...) and "according":
  a relation whose cue holds one of them is a reporting-verb relation. The corpus also
  counts thoughts, wishes and stances ("Reyes believes", "Brandt wants"); those count
  in the overall score only.
- **False attributions.** Claims outside every content span that name a speaker, as a
  share of all claims outside.

The PolNeAR data is research data kept outside the project (``../shared/data``).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any

from triangulate.evaluate.claims import singular
from triangulate.model import Claim, Document, Speaker


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldSpan:
    """A span of the corpus text (a discontinuous span is given first to last)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldRelation:
    """One annotated attribution; ``source`` is None where the text names none."""

    source: GoldSpan | None
    cue: GoldSpan | None
    content: GoldSpan


@dataclass(frozen=True, slots=True, kw_only=True)
class PolnearDoc:
    """One annotated article."""

    id: str
    split: str
    publisher: str
    published: str | None
    title: str
    text: str
    relations: tuple[GoldRelation, ...]


def _span(value: Any) -> GoldSpan | None:
    if not value:
        return None
    start, end, text = value
    return GoldSpan(start=int(start), end=int(end), text=str(text))


def load_polnear(path: Path, *, split: str | None = None) -> tuple[PolnearDoc, ...]:
    """Read ``polnear.jsonl``; only the articles of ``split`` when given.

    Relations without a content span (a handful) are left out: no claim can lie in them.
    """
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            if split is not None and row["split"] != split:
                continue
            relations = []
            for rel in row["attributions"]:
                content = _span(rel.get("content"))
                if content is None:
                    continue
                relations.append(
                    GoldRelation(
                        source=_span(rel.get("source")), cue=_span(rel.get("cue")), content=content
                    )
                )
            out.append(
                PolnearDoc(
                    id=str(row["doc_id"]),
                    split=str(row["split"]),
                    publisher=str(row.get("publisher", "")),
                    published=row.get("published"),
                    title=str(row.get("title", "")),
                    text=str(row["text"]),
                    relations=tuple(relations),
                )
            )
    return tuple(out)


def _forms(*lemmas: str) -> frozenset[str]:
    """Regular inflections of verbs ("say" -> says, sayed, saying), plus the lemmas."""
    out: set[str] = set()
    for lemma in lemmas:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        if lemma.endswith("y") and lemma[-2] not in "aeiou":
            third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
        elif lemma.endswith(("s", "sh", "ch", "x")):
            third, past = lemma + "es", lemma + "ed"
        else:
            third, past = lemma + "s", stem + "ed"
        out |= {lemma, third, past, stem + "ing"}
    return frozenset(out)


# Verbs of saying and reporting, as the cue words of a relation; fixed here, apart from
# the reader's own tables, so that the population scored never moves with the system.
REPORTING_CUES = _forms(
    "say",
    "tell",
    "add",
    "state",
    "declare",
    "announce",
    "report",
    "claim",
    "assert",
    "confirm",
    "deny",
    "insist",
    "argue",
    "explain",
    "note",
    "write",
    "tweet",
    "post",
    "warn",
    "acknowledge",
    "admit",
    "reveal",
    "reply",
    "respond",
    "recall",
    "testify",
    "estimate",
    "show",
    "find",
    "indicate",
    "quote",
    "cite",
) | {"said", "told", "wrote", "written", "shown", "found", "according"}

PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their", "it"})
RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
FIRST = frozenset({"i", "me", "my", "we", "us", "our"})
SECOND = frozenset({"you", "your"})
_PRONOUNS = PERSONAL | RELATIVE | FIRST | SECOND
_STOP = frozenset(
    {"a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "and", "or", "'s", "s", "’s"}
)
_WORDS = re.compile(r"[\w’'-]+")
_SENTENCE = re.compile(r"[.!?\n]")


def _words(text: str) -> list[str]:
    return [singular(w) for w in _WORDS.findall(text.lower()) if w not in _STOP]


# Courtesy titles, which say how a person is addressed, not who: "Mr. Reyes" is the
# "Tomas Reyes" named before.
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def _name_words(text: str) -> set[str]:
    """The content words of a name: without courtesy titles, numbers and a possessive
    ending on the last word ("Mr. Reyes", "Reyes's", "Reyes, 58," are all "reyes"; in
    "Reyes's lawyers" the possessive names someone else)."""
    words = _WORDS.findall(text.lower())
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    return {
        singular(w)
        for w in words
        if w and w not in _STOP and w not in _TITLES and not any(c.isdigit() for c in w)
    }


def is_reporting(relation: GoldRelation) -> bool:
    """Whether the relation's cue holds a verb of saying or reporting, or "according"."""
    if relation.cue is None:
        return False
    return any(w in REPORTING_CUES for w in _WORDS.findall(relation.cue.text.lower()))


# Offices and ranks written before a name ("Sen. Reyes", "Professor Ada Brandt"): before
# a name they say which post the person holds, not who; alone ("the senator") they are
# the description itself, so a name is compared both with them and without. Words that
# also open names of bodies ("Justice Department", "General Motors", "Vice News") are left
# out: without them, such a body would share its last word with every other.
_OFFICES = frozenset(
    {
        "president",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "lt",
        "mayor",
        "secretary",
        "judge",
        "professor",
        "prof",
        "gen",
        "col",
        "capt",
        "sgt",
        "detective",
        "rev",
        "speaker",
        "chairman",
        "chairwoman",
        "commissioner",
        "ambassador",
        "minister",
        "prime",
        "sheriff",
    }
)

# What may stand before a name and is no part of it: offices, ranks, articles.
_BEFORE_NAME = _OFFICES | _STOP


def _without_office(text: str) -> str:
    """The name with the offices and ranks written before it left out ("Sen. Ada Brandt"
    -> "Ada Brandt"); the text itself when nothing but the office is left."""
    words = list(_WORDS.finditer(text))
    first = 0
    while first < len(words) and words[first].group().lower() in _BEFORE_NAME:
        first += 1
    if first == 0 or first == len(words):
        return text
    return text[words[first].start() :]


def same_name(name: str, gold: str) -> bool:
    """The content words of one name all occur in the other (either way round).

    Courtesy titles, possessive endings and numbers are no content words ("Mr. Reyes"
    is "Tomas Reyes"); an office or rank before a name is compared with it and without
    it ("Professor Reyes" is "Tomas Reyes", "Governor Reyes" is "the governor"); a gold
    source with a description set off by a comma is also compared by the words before
    the comma ("Reyes, at the port authority," is "Tomas Reyes").
    """
    forms = {gold, gold.split(",")[0]}
    golds = [b for b in (_name_words(f) for f in forms | {_without_office(f) for f in forms}) if b]
    for ours in {name, _without_office(name)}:
        a = _name_words(ours)
        if a and any(a <= b or b <= a for b in golds):
            return True
    return False


# -- offsets ---------------------------------------------------------------------------


class OffsetMap:
    """Maps offsets in a document's text onto the corpus text it was read from."""

    def __init__(self, ours: str, gold: str) -> None:
        self._same = ours == gold
        self._blocks: list[tuple[int, int, int]] = []
        if not self._same:
            matcher = SequenceMatcher(None, ours, gold, autojunk=False)
            self._blocks = [tuple(b) for b in matcher.get_matching_blocks() if b[2]]  # type: ignore[misc]

    def __call__(self, at: int) -> int:
        """The corpus offset of ``at`` (the nearest aligned character's)."""
        if self._same:
            return at
        best = 0
        for a, b, size in self._blocks:
            if a <= at < a + size:
                return b + at - a
            if a + size <= at:
                best = b + size + (at - a - size)
            else:
                break
        return best


# -- judging ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Judged:
    """One claim lying in a relation, and whether its speaker is the relation's source.

    ``start``/``end`` are the claim's offsets in the corpus text.
    """

    doc: str
    claim: str
    start: int
    end: int
    text: str
    said_by: str | None
    source: str | None
    referent: str | None
    cue: str | None
    reporting: bool
    right: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class AttributionScore:
    """Counts over every claim scored, with the judged claims for a reader to inspect."""

    judged: tuple[Judged, ...] = ()
    left_out: int = 0
    outside: int = 0
    outside_named: tuple[tuple[str, str, str], ...] = field(default=())

    @property
    def overall(self) -> float:
        """Share of claims in a relation whose speaker is right."""
        return _share(sum(j.right for j in self.judged), len(self.judged))

    @property
    def reporting(self) -> float:
        """The same, over relations whose cue is a reporting verb."""
        rows = [j for j in self.judged if j.reporting]
        return _share(sum(j.right for j in rows), len(rows))

    @property
    def reporting_count(self) -> int:
        """How many claims lie in reporting-verb relations."""
        return sum(j.reporting for j in self.judged)

    @property
    def false_attributions(self) -> float:
        """Share of claims outside every relation that name a speaker."""
        return _share(len(self.outside_named), self.outside)


def _share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def score_claims(
    documents: Iterable[Document], claims: Iterable[Claim], gold: Mapping[str, PolnearDoc]
) -> AttributionScore:
    """Judge every figure and assertion claim of the documents found in ``gold``.

    Documents are matched to the gold by id (a JSON record's ``id`` is its document's).
    """
    by_doc: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.kind in {"figure", "assertion"}:
            by_doc.setdefault(claim.doc, []).append(claim)
    judged: list[Judged] = []
    left_out = outside = 0
    named: list[tuple[str, str, str]] = []
    for document in documents:
        article = gold.get(document.id)
        if article is None:
            continue
        to_gold = OffsetMap(document.text, article.text)
        referents = _Referents(article)
        for claim in sorted(by_doc.get(document.id, ()), key=lambda c: (c.start, c.end)):
            start, end = to_gold(claim.start), to_gold(claim.end)
            relation, touched = _relation(article, start, end)
            if relation is None:
                if not touched:
                    outside += 1
                    if claim.said_by is not None:
                        named.append((document.id, claim.text, claim.said_by.name))
                continue
            verdict = _judge(claim.said_by, relation, referents, to_gold)
            if verdict is None:
                left_out += 1
                continue
            right, referent = verdict
            judged.append(
                Judged(
                    doc=document.id,
                    claim=claim.id,
                    start=start,
                    end=end,
                    text=claim.text,
                    said_by=claim.said_by.name if claim.said_by else None,
                    source=relation.source.text if relation.source else None,
                    referent=referent,
                    cue=relation.cue.text if relation.cue else None,
                    reporting=is_reporting(relation),
                    right=right,
                )
            )
    return AttributionScore(
        judged=tuple(judged), left_out=left_out, outside=outside, outside_named=tuple(named)
    )


def _relation(article: PolnearDoc, start: int, end: int) -> tuple[GoldRelation | None, bool]:
    """The innermost relation holding at least half the span, and whether any is touched."""
    size = max(end - start, 1)
    holding = []
    touched = False
    for rel in article.relations:
        overlap = _overlap(start, end, rel.content.start, rel.content.end)
        if overlap > 0:
            touched = True
            gap = _frame(article.text, rel)
            if gap is not None:
                overlap -= _overlap(start, end, *gap)
            if 2 * overlap >= size:
                holding.append(rel)
    if not holding:
        return None, touched
    return min(holding, key=lambda r: (r.content.end - r.content.start, r.content.start)), True


def _overlap(a: int, b: int, c: int, d: int) -> int:
    return max(0, min(b, d) - max(a, c))


_CLOSERS = ("”", '"', "’", "''")
_OPENERS = ("“", '"', "‘", "''", "``")


def _frame(text: str, rel: GoldRelation) -> tuple[int, int] | None:
    """The words between the parts of a discontinuous content, if the content is one.

    The corpus gives a discontinuous content from its first to its last character, so
    "'...,' X told CBS on Tuesday, when ..., 'But ...'" seems to hold the words that
    attribute it. When the content span holds its own cue, the stretch from the last
    closing quote mark before the cue and its source to the first opening mark after
    them (or just the cue and source, without quote marks) is not content.
    """
    content, cue = rel.content, rel.cue
    if cue is None or not (content.start <= cue.start and cue.end <= content.end):
        return None
    lo, hi = cue.start, cue.end
    source = rel.source
    if source is not None and content.start <= source.start and source.end <= content.end:
        lo, hi = min(lo, source.start), max(hi, source.end)
    closes = [k + len(q) for q in _CLOSERS if (k := text.rfind(q, content.start, lo)) >= 0]
    opens = [k for k in (text.find(q, hi, content.end) for q in _OPENERS) if k >= 0]
    return (max(closes) if closes else lo), (min(opens) if opens else hi)


# -- what a pronoun may refer to -------------------------------------------------------


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The kinds of referent each personal pronoun agrees with: "he" and "she" a person,
# "they" several people or a body, "it" a body, a document or a thing. A lone name the
# article gives no sex for ("Reyes", "Gallup") may be a person or a body.
_AGREES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("he", "him", "his"), frozenset({"person", "name"})),
    **dict.fromkeys(("she", "her", "hers"), frozenset({"person", "name"})),
    **dict.fromkeys(("they", "them", "their"), frozenset({"plural", "body"})),
    "it": frozenset({"body", "thing", "name"}),
}
_PRONOUN_GENDER = {
    **dict.fromkeys(("he", "him", "his"), "male"),
    **dict.fromkeys(("she", "her", "hers"), "female"),
}
_TITLE_GENDER = {"mr": "male", "sir": "male", "mrs": "female", "ms": "female", "miss": "female"}
_TITLE_GENDER.update(dame="female")
# Nouns that name a person, some with the person's sex; heads of a source description.
_PERSON_NOUNS = _set(
    """adviser advisor aide analyst anchor attorney author ceo chair chief commentator
    commissioner congressman congresswoman consultant correspondent critic director
    economist editor employee executive expert founder friend governor head host judge
    justice lawmaker lawyer leader manager mayor member minister nominee official
    operative organizer person pollster president professor prosecutor reporter
    representative researcher secretary senator source speaker spokesman spokesperson
    spokeswoman strategist supporter treasurer candidate chairman chairwoman
    businessman businesswoman man woman mother father wife husband son daughter brother
    sister actor actress front-runner frontrunner mogul neurosurgeon narrator billionaire
    ambassador general officer activist voter user widow donor scientist columnist
    writer worker resident owner veteran student teacher doctor historian scholar pastor
    sheriff detective agent investigator contributor hopeful contender challenger
    incumbent rival opponent ally volunteer fan partner deputy commander admiral pundit
    blogger journalist counsel staffer citizen immigrant scientist chancellor premier
    superintendent republican democrat independent conservative liberal one another
    someone anyone marathoner"""
)
# Reflexive pronouns after a name stress it ("Mr. Reyes himself"): no description.
_REFLEXIVES = _set("himself herself themselves itself")
# Words for several people at once.
_PLURAL_WORDS = _set(
    """people many some others those both most several few all everyone none police
    staff public media crowd audience men women children"""
)
_NOT_PLURAL = frozenset({"this", "his", "its", "us", "news", "analysis", "thesis"})
_QUANTIFIERS = _set("many some most several few all both thousands hundreds dozens millions")
_NOUN_GENDER = {
    **dict.fromkeys(
        _set("congressman spokesman chairman businessman man father husband son brother actor"),
        "male",
    ),
    **dict.fromkeys(
        _set("""congresswoman spokeswoman chairwoman businesswoman woman mother wife daughter
        sister actress widow"""),
        "female",
    ),
}
# Heads that name a body (which speaks as "it" or "they") or a document, count or thing.
_BODY_NOUNS = _set(
    """administration agency association board bureau camp campaign center centre
    commission committee company congress corporation council court department firm
    foundation fund government group house institute journal league ministry network news
    newspaper office organization organisation pac paper party police post press
    project senate service station team times union university watch"""
)
_THING_NOUNS = _set(
    """ad analysis article average book data document email figures filing letter memo
    message poll polling record records release report result results review statement
    study survey tweet video website"""
)
_GIVEN_NAMES = Path(__file__).resolve().parents[1] / "claims" / "attribution" / "given-names.tsv"


@lru_cache(maxsize=1)
def _given_names() -> Mapping[str, str]:
    """The fixed table of given names by sex (data of the reader's package, read as data)."""
    out: dict[str, str] = {}
    for line in _GIVEN_NAMES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            gender, name = line.split("\t")
            out[name.strip()] = gender.strip()
    return out


_HEAD_END = re.compile(r"[,(]|\s(?:of|at|for|from|who|with|in|on|to)\s")


def _person_noun(word: str) -> bool:
    """Whether a lower-case word names a person ("spokeswoman", "economist")."""
    return word in _PERSON_NOUNS or (word.endswith("ist") and len(word) > 5)


# A run of capitalised words ("Senate Majority Leader Tomas Brandt", "Mr. Reyes’s",
# "John “Tig” Tiegen"); a word ending in a full stop ends it unless the word is a title,
# an office or an initial ("Mr.", "Sen.", "P."), since the stop then ends a sentence.
_RUN = re.compile(
    r"(?<![\w’'])[A-Z][\w’'-]*\.?(?:[ \t]+(?:[A-Z][\w’'-]*\.?|[“\"][A-Z][\w’'-]*[”\"]))*"
)
_RUN_WORD = re.compile(r"\S+")
# Quotations within a paragraph: names inside them are what a speaker talks about, not
# who speaks, so "“Reyes is weak,” he said" does not make "he" Reyes.
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|``[^\n]*?''|''[^\n]*?''")
# Where a sentence ends: a stop (and a closing quote mark) before a capital or an opening
# quote mark, or a line break; a stop after a title or an initial ends no sentence.
_SENTENCE_END = re.compile(r"[.!?][\"”’']*\s+(?=[\"“‘'A-Z])|\n")
_ADDRESS = _TITLES | _OFFICES
# The titles and offices written short, after which a full stop ends no sentence ("Sen.
# Reyes", "Govs. Reyes and Brandt"); after a word written out ("... to be president.") or
# at a paragraph break, it does.
_SHORT_ADDRESS = _set("mr mrs ms dr sen rep gov lt prof gen col capt sgt rev")
# The pronouns of one sex, which carry on a person named before them.
_CHAIN = {
    "male": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b"),
    "female": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b"),
}


def _bare(word: str) -> str:
    """A run word without its full stop and possessive ending ("Brandt’s" -> "Brandt")."""
    return _POSSESSIVE.sub("", word.rstrip("."))


def _runs(text: str) -> Iterable[list[tuple[int, int, str]]]:
    """The capitalised runs of a text as (start, end, word) lists, cut at sentence stops."""
    for run in _RUN.finditer(text):
        words: list[tuple[int, int, str]] = []
        for w in _RUN_WORD.finditer(run.group()):
            word = w.group()
            start, end = run.start() + w.start(), run.start() + w.end()
            base = word.rstrip(".")
            if word.endswith(".") and len(base) > 1 and base.lower() not in _ADDRESS:
                words.append((start, end - 1, base))
                yield words
                words = []
            else:
                words.append((start, end, word))
        if words:
            yield words


# Capitalised words that end a name: days and months ("Ada Varga Tuesday"), and the
# pronouns and small words of a title-case headline ("Luis Reyes Tell You He").
_NOT_NAME = _set(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december he she it they we
    you i his her their our your the a an and or but of to in on at for by with from
    tell says said say will is are was"""
)


def _name_from(words: list[tuple[int, int, str]], k: int) -> list[tuple[int, int, str]]:
    """The name words of a run from its k-th word, a title, an office or a given name, on:
    the offices ("Prime Minister"), then at most three name words, up to a possessive
    ("Mr. Brandt’s TV-friendly" -> "Brandt") or a word that is no name ("Tuesday")."""
    at = k
    while at < len(words) and words[at][2].rstrip(".").lower() in _ADDRESS:
        at += 1
    name: list[tuple[int, int, str]] = []
    for word in words[at : at + 3 if at > k else k + 3]:
        if _bare(word[2]).lower() in _NOT_NAME or not word[2][:1].isupper():
            break
        name.append(word)
        if _POSSESSIVE.search(word[2]):
            break
    # A given name alone is no name ("Will", "Mark"); a title with a last name is one.
    return name if len(name) > (1 if at == k else 0) else []


@dataclass(frozen=True, slots=True)
class _Kind:
    """What a source names: a person (of a known sex or not), several, a body or a thing."""

    kind: str
    gender: str | None = None


class _Referents:
    """What each pronoun source of one article refers to, from the annotations alone."""

    def __init__(self, article: PolnearDoc) -> None:
        self.article = article
        self.given = _given_names()
        # Sources that are not pronouns, in text order.
        self.named = sorted(
            (
                r.source
                for r in article.relations
                if r.source is not None and r.source.text.strip().lower() not in _PRONOUNS
            ),
            key=lambda s: s.start,
        )
        self._kinds: dict[str, _Kind] = {}
        self._persons: list[GoldSpan] | None = None
        self._quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(article.text)]
        self._ends = [m.end() for m in _SENTENCE_END.finditer(article.text) if self._ends_at(m)]

    def _ends_at(self, stop: re.Match[str]) -> bool:
        """Whether a stop ends a sentence: always at a paragraph break, else not after a
        title or office written short, singular or plural, or an initial ("Mr.", "Govs.",
        "P."); a title written out ends one ("... wants to be president. He said")."""
        if "\n" in stop.group():
            return True
        word = re.search(r"(\w+)$", self.article.text[max(0, stop.start() - 12) : stop.start()])
        if not word:
            return True
        low = word.group(1).lower()
        short = low in _SHORT_ADDRESS or (low.endswith("s") and low[:-1] in _SHORT_ADDRESS)
        return len(low) > 1 and not short

    def _person(self, pronoun: str, at: int, agreeing: list[GoldSpan]) -> GoldSpan:
        """The person "he" or "she" at ``at`` refers to, among the agreeing mentions before
        it: the last sentence that names one, and in it the first one named (the subject,
        "Brandt also thanked Reyes and Varga. “…,” he said" is Brandt), leaving out those
        named after a pronoun of the same sex, which carries on a person named before
        ("He lambasted the deal negotiated by Torvald, who he noted …" is not Torvald)."""
        chain = _CHAIN[_PRONOUN_GENDER[pronoun]]
        by_sentence: dict[int, list[GoldSpan]] = {}
        for mention in agreeing:
            by_sentence.setdefault(self.sentence(mention.start), []).append(mention)
        for index in sorted(by_sentence, reverse=True):
            start = self._ends[index - 1] if index > 0 else 0
            mentions = by_sentence[index]
            first = at
            for found in chain.finditer(self.article.text, start, at):
                if any(q <= found.start() < r for q, r in self._quoted):
                    continue
                comma = self._ahead(start, found.start(), mentions)
                if comma < 0:
                    first = found.start()
                    break
                # The opening phrase names no subject: only those named from the comma on.
                mentions = [m for m in mentions if m.start > comma]
            kept = [m for m in mentions if m.start < first]
            if kept:
                # A name in the possessive modifies a noun and is not the subject
                # ("Reyes’s aide, Tomas Brandt, said ...").
                return next((m for m in kept if not self._possessive(m)), kept[0])
        return agreeing[-1]

    def _ahead(self, start: int, at: int, mentions: list[GoldSpan]) -> int:
        """Where the comma is after which the pronoun at ``at`` looks ahead to the
        subject named right after it, or -1: the pronoun lies in a phrase that opens
        its sentence (beginning at ``start``), not as its first word, and a mention
        follows the comma that closes the phrase ("In her speech, Ada Brandt said ...",
        "When he was mayor, Reyes ...")."""
        text = self.article.text
        opening = text[start:at].strip(" \t\"“‘'")
        comma = text.find(",", at)
        if not opening or comma < 0 or "," in text[start:at]:
            return -1
        follows = any(m.start > comma and not text[comma + 1 : m.start].strip() for m in mentions)
        return comma if follows else -1

    def _possessive(self, mention: GoldSpan) -> bool:
        """Whether a mention is in the possessive ("Reyes’s", "Reyes’", "Mr. Reyes's")."""
        after = self.article.text[mention.end : mention.end + 2]
        if after in {"'s", "’s"} or _POSSESSIVE.search(mention.text.rstrip()):
            return True
        # "Reyes’ aide", but not a closing quote mark ("... Reyes''").
        return after[:1] in {"'", "’"} and mention.text.endswith("s") and after[1:] != "'"

    def sentence(self, at: int) -> int:
        """The index of the sentence holding an offset."""
        return bisect_right(self._ends, at)

    def persons(self) -> list[GoldSpan]:
        """The annotated sources that are no pronoun and every person the article names
        outside quotations and annotated contents, in text order: a name after a title
        or an office ("Mr. Reyes", "Sen. Ada Varga"), a name from a given name on ("Tomas
        Brandt" in "Senate Majority Leader Tomas Brandt"), and a lone last name of
        someone so named or of a person named as a source ("Brandt", "Brandt’s")."""
        if self._persons is None:
            self._persons = self._find_persons()
        return self._persons

    def _find_persons(self) -> list[GoldSpan]:
        """The annotated sources and the persons named outside quotes and contents."""
        text = self.article.text
        quoted = self._quoted
        runs = list(_runs(text))
        found: list[tuple[int, int]] = []
        surnames: set[str] = set()
        for source in self.named:
            words = _WORDS.findall(source.text)
            person = self.kind(source.text).kind == "person"
            if person and len(words) > 1 and words[-1][:1].isupper():
                surnames.add(_bare(words[-1]))
        for words in runs:
            for k in range(len(words) - 1):
                low = words[k][2].rstrip(".").lower()
                if low in _ADDRESS or low in self.given:
                    name = _name_from(words, k)
                    if name:
                        last = name[-1]
                        found.append((words[k][0], last[0] + len(_bare(last[2]))))
                        surnames.add(_bare(last[2]))
                        break
        starts = {start for start, _ in found}
        for words in runs:
            if words[0][0] in starts or any(words[0][0] < s <= words[-1][0] for s in starts):
                continue
            last = words[-1]
            if _bare(last[2]) in surnames:
                found.append((last[0], last[0] + len(_bare(last[2]))))
        named = [(s.start, s.end) for s in self.named]
        said = [(r.content.start, r.content.end) for r in self.article.relations]
        out = [
            GoldSpan(start=a, end=b, text=text[a:b])
            for a, b in sorted(found)
            if not any(q <= a and b <= r for q, r in [*quoted, *said])
            and not any(a < r and q < b for q, r in named)
        ]
        return sorted([*self.named, *out], key=lambda s: s.start)

    def kind(self, text: str) -> _Kind:
        """What a non-pronoun source names, from its own words and the article's text."""
        if text not in self._kinds:
            self._kinds[text] = self._kind(text)
        return self._kinds[text]

    def _kind(self, text: str) -> _Kind:
        head_text, *more = _HEAD_END.split(text.strip(), maxsplit=1)
        kind = self._head_kind(head_text)
        rest = more[0].strip() if more else ""
        if kind.kind == "name" and rest.lower().startswith(("the ", "a ", "an ")):
            # "Xinhua, the official news agency," is what its description says it is.
            described = self._head_kind(rest)
            if described.kind in {"body", "thing", "person"}:
                return described
        return kind

    def _head_kind(self, phrase: str) -> _Kind:
        words = _WORDS.findall(_HEAD_END.split(phrase.strip(), maxsplit=1)[0])
        while words and words[-1].lower() in _REFLEXIVES:
            words.pop()  # "Mr. Reyes himself" is Mr. Reyes
        if not words:
            return _Kind("unknown")
        lower = [_POSSESSIVE.sub("", w.lower()) for w in words]
        head, last = lower[-1], words[-1]
        if any(c.isdigit() for c in head) or head in {"percent", "majority", "half"}:
            return _Kind("plural")  # "42%", "36 percent", "a majority" of those asked
        if (
            any(words[k + 1][:1].isupper() for k in range(1, len(words) - 1) if lower[k] == "and")
            or head in _PLURAL_WORDS
            or lower[0] in _QUANTIFIERS
            or (head.endswith("s") and _person_noun(head[:-1]))
        ):
            return _Kind("plural")  # "Reyes and Brandt", "two officials", "many"
        if head in _BODY_NOUNS:
            return _Kind("body")
        if head in _THING_NOUNS or (head.endswith("s") and head[:-1] in _THING_NOUNS):
            return _Kind("thing")
        if _person_noun(head):
            return _Kind("person", _NOUN_GENDER.get(head) or self._name_gender(words))
        if last[:1].islower():
            if head.endswith("s") and not head.endswith("ss") and head not in _NOT_PLURAL:
                return _Kind("plural")  # "voters", "some insiders"
            return _Kind("unknown")
        # A capitalised head: a name, an acronym, a title or a capitalised plural.
        gender = self._name_gender(words)
        if gender is not None:
            return _Kind("person", gender)  # "Mrs. Reyes", "Ada Reyes"
        described = [w for w, x in zip(lower, words, strict=True) if x[:1].islower()]
        if described and _person_noun(described[-1]):
            return _Kind("person")  # "party treasurer Tomas Reyes"
        if described and described[-1] in _BODY_NOUNS:
            return _Kind("body")  # "the rights organization Open Harbor"
        if last.isupper() and len(last) > 1:
            return _Kind("body")  # "the FBI"
        if len(words) == 1 and head.endswith(("ans", "ists", "crats", "als")):
            return _Kind("plural")  # "Republicans", "Democrats", "Liberals"
        if lower[0] == "the" and len(described) <= 1:
            return _Kind("body")  # "the White House", "The Harbor Trust"
        gender = self._text_gender(last)
        if len(words) > 1:
            return _Kind("person", gender)  # a full name, "Tomas Reyes"
        return _Kind("person", gender) if gender else _Kind("name")

    def _name_gender(self, words: list[str]) -> str | None:
        """The sex a name's courtesy title or given name gives ("Mrs. Reyes", "Ada
        Reyes"); a given name only counts before the last word ("Thomas" may be a last
        name)."""
        for k, word in enumerate(words):
            low = word.lower()
            if low in _TITLE_GENDER:
                return _TITLE_GENDER[low]
            if k < len(words) - 1 and word[:1].isupper() and low in self.given:
                return self.given[low]
        return None

    def _text_gender(self, surname: str) -> str | None:
        """The sex of whoever the article names with this last name, by title or given
        name ("Mrs. Reyes", "Ada Reyes"); None when unknown or when both are named."""
        surname = _POSSESSIVE.sub("", surname)
        pattern = re.compile(r"([A-Z][\w.]*)\s+(?:[A-Z]\.\s+)?" + re.escape(surname) + r"\b")
        found = set()
        for match in pattern.finditer(self.article.text):
            word = match.group(1).lower().rstrip(".")
            gender = _TITLE_GENDER.get(word) or self.given.get(word)
            if gender:
                found.add(gender)
        return found.pop() if len(found) == 1 else None

    def _agrees(self, pronoun: str, text: str) -> bool:
        kind = self.kind(text)
        if kind.kind not in _AGREES[pronoun]:
            return False
        wanted = _PRONOUN_GENDER.get(pronoun)
        return wanted is None or kind.gender in {None, wanted}

    def of(self, relation: GoldRelation, depth: int = 0) -> list[str] | None:
        """Names the relation's source may be given as; None for the outlet itself."""
        source = relation.source
        if source is None:
            return []
        word = source.text.strip().lower()
        if word not in _PRONOUNS:
            return [source.text]
        if word in PERSONAL:
            mentions = self.persons() if word in _PRONOUN_GENDER else self.named
            before = [s for s in mentions if s.end <= source.start]
            if not before:
                return []
            agreeing = [s for s in before if self._agrees(word, s.text)]
            if agreeing:
                before = agreeing
            chosen = before[-1]
            if agreeing and word in _PRONOUN_GENDER:
                chosen = self._person(word, source.start, agreeing)
            out = [chosen.text]
            if _described(out[0]):
                # "the Ohio governor" refers back to a name: the nearest one counts too,
                # and the one the description itself refers to, found as for "he" at
                # the description ("Ada Varga ... The Orvel Republican gave Brandt
                # some credit. '...,' he said" is Varga, not Brandt).
                names = [s.text for s in before if not _described(s.text)]
                out += names[-1:]
                if agreeing and word in _PRONOUN_GENDER:
                    earlier = [
                        s for s in agreeing if s.end <= chosen.start and not _described(s.text)
                    ]
                    if earlier:
                        out.append(self._person(word, chosen.start, earlier).text)
            return out
        if word in FIRST and depth < 5:
            holders = [
                r
                for r in self.article.relations
                if r is not relation
                and r.source is not None
                and r.content.start <= source.start
                and source.end <= r.content.end
            ]
            if not holders:
                return None
            holder = min(holders, key=lambda r: r.content.end - r.content.start)
            return self.of(holder, depth + 1)
        return []


def _described(text: str) -> bool:
    """Whether a source is a description ("the Ohio governor") rather than a name."""
    return any(
        w[:1].islower() and w not in _STOP and w not in _REFLEXIVES for w in _WORDS.findall(text)
    )


def _judge(
    said_by: Speaker | None,
    relation: GoldRelation,
    referents: _Referents,
    to_gold: OffsetMap,
) -> tuple[bool, str | None] | None:
    """(right, the referent judged against), or None for a relation left out."""
    source = relation.source
    if source is None:
        return (said_by is None or said_by.anonymous), None
    word = source.text.strip().lower()
    if word in SECOND:
        return None
    if said_by is not None and said_by.start is not None and said_by.end is not None:
        start, end = to_gold(said_by.start), to_gold(said_by.end)
        if start < source.end and source.start < end:
            return True, source.text
    if word in RELATIVE:
        text = referents.article.text
        window = max(0, source.start - 400)
        ends = [m.end() for m in _SENTENCE.finditer(text, window, source.start)]
        before = _words(text[ends[-1] if ends else window : source.start])[-8:]
        if said_by is None:
            return False, " ".join(before)
        name = _words(said_by.name)
        return bool(name) and name[-1] in before, " ".join(before)
    candidates = referents.of(relation)
    if candidates is None:
        return said_by is None, "the outlet"
    if not candidates:
        return None  # a pronoun with no named source before it: nothing to judge by
    if said_by is None:
        return False, candidates[0]
    return any(same_name(said_by.name, c) for c in candidates), candidates[0]
