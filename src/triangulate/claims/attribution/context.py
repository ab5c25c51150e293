"""What the attribution reader reads from (``Context``) and what it has read (``Seen``).

``Context`` is fixed for a document: its text, outlet, parse and entities, and what is
derived from them once (lower-case lemmas, the tokens that may be cues, the names the
document uses as channels). ``Seen`` is the record of the speakers introduced so far, in
text order, which later references ("the source added", "he said") resolve against; the
reader passes it along explicitly and a new one is made for each speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter

from triangulate.claims.attribution.gender import Gender, genders
from triangulate.claims.attribution.lexicon import (
    BODY_NOUNS,
    CUE_LEMMAS,
    HEDGE_ADVERBS,
    PERSON_NOUNS,
    REPORTING_VERBS,
    SURVEY_NOUNS,
)
from triangulate.claims.attribution.records import Source
from triangulate.claims.attribution.text import LETTERS, name_words, norm, quote_spans, without_det
from triangulate.claims.entity_index import EntityIndex
from triangulate.model import Document, Entity
from triangulate.nlp.tokens import Token, Tree

_LEMMA = attrgetter("lemma")
# Forms the lemmatiser takes for another verb's: "hopes", "hoped" and "hoping" are forms
# of "hope" (those of "hop" double the p: "hops", "hopped", "hopping"), but the tagger
# reads them as "hop", so that "Cruz hopes to win 40 delegates" states no aim.
_LEMMA_SLIPS = {
    ("hopes", "hop"): "hope",
    ("hoped", "hop"): "hope",
    ("hoping", "hop"): "hope",
    ("lambasts", "lambast"): "lambaste",
    ("lambasted", "lambast"): "lambaste",
    ("lambasting", "lambast"): "lambaste",
}
_SLIP_LEMMAS = frozenset(lemma for _, lemma in _LEMMA_SLIPS)
_TEXT = attrgetter("text")


@dataclass(frozen=True, slots=True, kw_only=True)
class Named:
    """A name of a person or body in the text, for pronouns that may refer back to it.

    ``subject`` says whether it is the subject of a main clause ("Reyes spoke in
    Lakeside") or the speaker named after a reporting verb set off by a comma ("And the
    mayor, said Reyes, ..."), where a later "he" or "it" most often looks for its
    referent.
    """

    start: int
    end: int
    entity: Entity
    subject: bool
    # A name the sentence is about though not its main clause's subject: the subject of
    # a clause that leads into a main clause carrying it on as "he" ("When Reyes held
    # rallies, he was met by crowds"), or the owner of the main clause's subject ("One of
    # Reyes's attacks came in May"); a pronoun looks to it when no main clause's subject
    # came since the last speaker.
    scene: bool = False
    # A person's name whatever the tagger took it for: set beside a word for a person
    # ("A professor of economics, Ada Brandt, ...") or opening with one as a title
    # ("Professor Brandt"); "he" and "she" may refer to it.
    person: bool = False
    # The first of several names joined by "and" as a main clause's subject ("Reyes and
    # Brandt wrote a review"): "they" may refer to them, as to a body.
    joint: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """One document as the reader sees it; built once by ``read_context``.

    ``datelines`` memoises, by paragraph start, where the dateline opening the paragraph
    ends (see ``spans.dateline_end``); it is a cache, never read for anything else.
    """

    text: str
    outlet: str
    tree: Tree
    entities: EntityIndex
    # The outlet's name as compared with speakers' names (see ``speakers.as_outlet``).
    outlet_key: str
    outlet_words: tuple[str, ...]
    # Every token's lower-case lemma.
    lemmas: tuple[str, ...]
    # Most reports hold no hedge adverb at all; then no attribution needs a look for one.
    has_hedges: bool
    # The tokens ``cues.cue`` can read as a cue; the rest are passed over unread.
    cue_at: frozenset[int]
    # Names the document uses as listeners ("told X") or reporters ("X reported").
    channels: frozenset[str] = frozenset()
    # Names of people and bodies, in text order (see ``Named``).
    names: tuple[Named, ...] = ()
    # Every quotation: (open mark, inner start, inner end, end after the close mark).
    quotes: tuple[tuple[int, int, int, int], ...] = ()
    # The words of each person's full name (lower case, as ``text.words_in`` reads
    # them), for telling a last name the tagger took for a body ("Ebeling").
    people: tuple[frozenset[str], ...] = ()
    # The gender of each person named, by entity id, where the text gives it (``gender``).
    genders: Mapping[str, Gender] = field(default_factory=dict)
    datelines: dict[int, int | None] = field(default_factory=dict)


def relemmatised(tree: Tree) -> Tree:
    """``tree`` with the lemmas of the forms the lemmatiser is known to misread put right.

    Done once here, so that every reading of a token's lemma sees the right verb.
    """
    fixed: dict[int, str] = {}
    for k, tok in enumerate(tree.tokens):
        # Most lemmas are no misread one's: a look at the lemma alone passes them over.
        if tok.lemma.lower() in _SLIP_LEMMAS:
            lemma = _LEMMA_SLIPS.get((tok.lower, tok.lemma.lower()))
            if lemma is not None:
                fixed[k] = lemma
    if not fixed:
        return tree
    # Only the misread tokens are new records; the rest are the very tokens of ``tree``.
    return Tree(
        [replace(tok, lemma=fixed[k]) if k in fixed else tok for k, tok in enumerate(tree.tokens)]
    )


def read_context(document: Document, tree: Tree, entities: EntityIndex) -> Context:
    """The reader's view of one parsed document."""
    # Imported here: ``names`` reads the context it helps build.
    from triangulate.claims.attribution.names import channels_of

    outlet = (document.outlet or "").strip()
    bare_outlet = without_det(outlet)
    if document.agency and norm(bare_outlet) == norm(without_det(document.agency)):
        # Known only from a wire dateline ("WASHINGTON (AP) -"): the agency wrote the
        # report but whoever published it is not named, so a mention of the agency
        # ("according to a count by the AP") is the agency as a source, not the
        # publisher speaking for itself.
        bare_outlet = ""
    tree = relemmatised(tree)
    lemmas = tuple(map(str.lower, map(_LEMMA, tree.tokens)))
    words = list(map(str.lower, map(_TEXT, tree.tokens)))
    cue_at = {i for i, lemma in enumerate(lemmas) if lemma in CUE_LEMMAS or lemma in SURVEY_NOUNS}
    cue_at.update(i for i, word in enumerate(words) if word in {"according", "by"})
    ctx = Context(
        text=document.text,
        outlet=outlet,
        tree=tree,
        entities=entities,
        outlet_key=norm(bare_outlet),
        outlet_words=tuple(LETTERS.findall(bare_outlet)),
        lemmas=lemmas,
        has_hedges=not HEDGE_ADVERBS.isdisjoint(words),
        cue_at=frozenset(cue_at),
    )
    names = _names(tree, entities, document.text)
    return replace(
        ctx,
        channels=channels_of(ctx),
        names=names,
        people=tuple({name_words(n.entity.name) for n in names if n.entity.type == "PERSON"}),
        quotes=tuple(quote_spans(document.text)),
        genders=genders(document.text, entities),
    )


# Entity types a pronoun may refer to.
_REFERRED = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _names(tree: Tree, entities: EntityIndex, text: str) -> tuple[Named, ...]:
    """The document's names of people and bodies, each marked when a main clause's subject."""
    out = []
    found = [(m.start, m.end, entity) for m, entity in entities.within(0, len(text))]
    for start, end, entity in sorted([*found, *_untagged(tree, found)], key=lambda f: f[0]):
        if entity.type not in _REFERRED:
            continue
        last = tree.at(end - 1, end)
        subject = scene = joint = False
        if last and last[-1].pos == "ADJ":
            continue  # "Democratic" in "a Democratic senator" names no one to refer to
        if last and len(last) == 1 and last[-1].pos in {"PRON", "DET"}:
            continue  # "That left Reyes ...": a pronoun the tagger took for a name
        if last:
            head = last[-1]
            while head.dep == "appos" and tree.head(head).i != head.i:
                # "Mr. Reyes's campaign chairman, Tomas Brandt, dismissed ...": a name
                # set beside the subject is the subject.
                head = tree.head(head)
            verb = tree.head(head)
            subject = head.dep in {"nsubj", "nsubjpass"} and (
                verb.dep == "ROOT" or (verb.dep == "conj" and tree.head(verb).dep == "ROOT")
            )
            scene = (
                _leads_in(tree, head, verb)
                or _owns_subject(tree, head)
                or (entity.type == "PERSON" and _under_impersonal(tree, head, verb))
            )
            subject = subject or _inverted_speaker(tree, start)
            joint = subject and _joined(tree, head)
        person = (
            entity.type == "PERSON"
            or _titled(text, start, entity.name)
            or _beside_person(tree, last)
        )
        out.append(
            Named(
                start=start,
                end=end,
                entity=entity,
                subject=subject,
                scene=scene,
                person=person,
                joint=joint,
            )
        )
    return tuple(out)


def _untagged(
    tree: Tree, found: Sequence[tuple[int, int, Entity]]
) -> list[tuple[int, int, Entity]]:
    """Mentions of a person by the surname the tagger took for that person's elsewhere
    but missed here ("Reyes sometimes seems fixated on the port. ... he observed"): the
    same capitalised word standing alone, not inside another mention, where it ends the
    mentions of exactly one person."""
    surnames: dict[str, set[str]] = {}
    by_id: dict[str, Entity] = {}
    for start, end, entity in found:
        if entity.type != "PERSON":
            continue
        words = tree.at(start, end)
        if words and words[-1].pos == "PROPN" and words[-1].text[:1].isupper():
            surnames.setdefault(words[-1].text, set()).add(entity.id)
            by_id[entity.id] = entity
    if not surnames:
        return []
    covered = sorted((start, end) for start, end, _ in found)
    starts = [start for start, _ in covered]
    out = []
    tokens = tree.tokens
    for k, tok in enumerate(tokens):
        ids = surnames.get(tok.text)
        if not ids or len(ids) != 1 or tok.pos not in {"PROPN", "NOUN"} or tok.ent:
            continue  # (the tagger may take a surname for a plural noun: "Reyes")
        k_at = bisect_left(starts, tok.end)
        if k_at > 0 and covered[k_at - 1][1] > tok.start:
            continue
        before = tokens[k - 1] if k > 0 else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if (before is not None and before.pos == "PROPN") or (
            after is not None and after.pos == "PROPN"
        ):
            continue  # part of a longer name ("Reyes Tower", "Ada Reyes")
        out.append((tok.start, tok.end, by_id[next(iter(ids))]))
    return out


def _joined(tree: Tree, head: Token) -> bool:
    """Whether a name is joined by "and" to another name ("Reyes and Brandt", "Professors
    Varga and Dalby"): together they are several, whom "they" refers to."""
    kids = tree.children(head)
    return any(k.dep == "cc" and k.lower == "and" for k in kids) and any(
        k.dep == "conj" and k.pos == "PROPN" for k in kids
    )


def _titled(text: str, start: int, name: str) -> bool:
    """Whether a name opens with, or follows, a capitalised word for a person used as a
    title ("Professor Brandt", "Coach Reyes"): a person's name, not a body's."""
    words = name.split()
    if len(words) in {2, 3} and words[0].lower() in PERSON_NOUNS and words[1][:1].isupper():
        return True
    before = _TITLE_WORD.search(text, max(0, start - 24), start)
    return before is not None and before.group(1).lower() in PERSON_NOUNS


# A capitalised word right before a name, which may be a title ("Professor Brandt").
_TITLE_WORD = re.compile(r"\b([A-Z][a-z]+)[ \xa0]+$")


def _beside_person(tree: Tree, tokens: Sequence[Token]) -> bool:
    """Whether a name is set beside a word for a person, as its apposition ("A professor
    of economics at the university, Ada Brandt, ...") or with one as its own ("Ada
    Brandt, a professor at the university"): the name is that person's."""
    if not tokens:
        return False
    name = tokens[-1]
    head = tree.head(name)
    if name.dep == "appos" and head.i != name.i and head.lemma.lower() in PERSON_NOUNS:
        return True
    return any(
        t.dep == "appos" and tree.head(t).i == name.i and t.lemma.lower() in PERSON_NOUNS
        for t in tree.sentence(name.sent)
    )


def _inverted_speaker(tree: Tree, start: int) -> bool:
    """Whether a name follows a reporting verb set off by a comma ("And Reyes, said
    Brandt, who ..., does not forget"): the writer names the speaker there, whatever
    clause the parser hangs the name on."""
    first = tree.at(start, start + 1)
    if not first or first[0].i < 2:
        return False
    verb, comma = tree[first[0].i - 1], tree[first[0].i - 2]
    return (
        verb.lemma.lower() in REPORTING_VERBS and verb.tag in {"VBD", "VBZ"} and comma.text == ","
    )


def _leads_in(tree: Tree, name: Token, verb: Token) -> bool:
    """Whether a name is the subject of a clause leading into the rest of its sentence,
    which carries it on with "he" or "she" as a subject: "When Reyes held rallies, he
    was met by crowds" is about Reyes; "Though Reyes has lived here for years, rents have
    doubled" is not. (The parser often hangs the leading clause on the wrong verb, so
    any later subject pronoun of the sentence counts.)"""
    if name.dep not in {"nsubj", "nsubjpass"} or verb.dep != "advcl":
        return False
    if tree.head(verb).i < verb.i:
        return False  # "Brandt left after Reyes spoke": a clause after its verb leads nothing
    return any(
        t.dep in {"nsubj", "nsubjpass"} and t.lower in {"he", "she"} and t.head != verb.i
        for t in tree.sentence(name.sent)
        if t.i > verb.i
    )


def _under_impersonal(tree: Tree, name: Token, verb: Token) -> bool:
    """Whether a name is the subject of a clause that completes a main clause about no
    person: "That is what Reyes has threatened to do" and "The plan is one that Reyes
    drew up" are about Reyes, whom a "he" after them carries on. Not the subject of a
    clause someone's statement holds ("the affidavit said that Reyes had seen ..."),
    which is part of their words, nor of a clause that only sets the scene ("Though
    Reyes has lived here for years, rents have doubled")."""
    if name.dep not in {"nsubj", "nsubjpass"} or verb.dep not in {"ccomp", "relcl"}:
        return False
    if verb.dep == "ccomp" and tree.head(verb).lemma.lower() in REPORTING_VERBS:
        return False
    root = tree[tree.sentence(name.sent)[0].i]
    while root.head != root.i:
        root = tree.head(root)
    main = [k for k in tree.children(root) if k.dep in {"nsubj", "nsubjpass", "expl"}]
    return bool(main) and all(
        k.pos == "NOUN" or k.lower in {"that", "this", "it", "there"} for k in main
    )


def _owns_subject(tree: Tree, name: Token) -> bool:
    """Whether a name owns what a main clause is about: "One of Reyes's attacks came in
    May, when he ..." is about Reyes's attacks, and so about Reyes."""
    if name.dep == "case":
        name = tree.head(name)  # the mention "Reyes's" ends on its "'s"
    if name.dep != "poss" or name.lemma.lower() in BODY_NOUNS:
        return False  # "the Reyes Foundation's gift" is about a body's act
    tok = tree.head(name)
    while tok.dep in {"pobj", "prep"} and tree.head(tok).i != tok.i:
        tok = tree.head(tok)
    return (
        tok.dep in {"nsubj", "nsubjpass"}
        and tok.pos in {"NOUN", "NUM", "PRON"}
        and tree.head(tok).dep == "ROOT"
    )


@dataclass(frozen=True, slots=True)
class Seen:
    """What the reader has read so far: speakers in reading order, relays taken.

    ``relays`` are the "according to" tokens already read as a relay of a speaker before
    them ("..., X said, according to Y"), so they make no attribution of their own.
    """

    speakers: tuple[Source, ...] = ()
    relays: frozenset[int] = frozenset()
    # Where each speaker was named or referred to (its cue's first character).
    places: tuple[int, ...] = ()

    def adding(self, source: Source, at: int, *, relay_at: int = -1) -> Seen:
        """This record with one more speaker, named at ``at`` (and the relay its cue took)."""
        relays = self.relays | {relay_at} if relay_at >= 0 else self.relays
        return Seen((*self.speakers, source), relays, (*self.places, at))
