"""Find who-did-what statements in a parsed report, with polarity and modality.

``find_assertions`` reads a document's dependency tree and returns the key statements of
an analyst's brief ("the US rejected the deal", "no evacuation took place"), each traced
to the characters of its clause. Predicates are normalised through the synonym sets in
``predicates.tsv``; everything else is a general rule over the parse, listed here.

Predicates
==========

Patterns are lemmas; a multi-word pattern names its head first and then words found
below it in the parse (particle, preposition, object, attribute).

==========  =========================================================================
canonical   patterns (verbs, then nominal forms)
==========  =========================================================================
reject      reject, refuse, turn down, decline, rule out, oppose, veto, block;
            rejection, refusal, veto
agree       agree, accept, approve, sign, endorse, reach deal, reach agreement,
            strike deal, be part of, be party to; agreement, approval, acceptance
leave       leave, evacuate, withdraw, depart, get out, exit, retreat, pull out, flee,
            escape, escort out; evacuation, withdrawal, departure, exit, retreat,
            escape, pullout
kill        kill, slay, die (subject is the one killed); killing, death
control     control, hold (place object), take (place object), take control, capture,
            seize, recapture, retake; control, capture
besiege     besiege, surround, encircle; siege
negotiate   negotiate, hold talks, hold negotiations, mediate, discuss; negotiation,
            talks, discussion, mediation
attack      attack, strike, bomb, shell, target, launch airstrikes/strikes/attacks;
            attack, airstrike, strike, bombardment, shelling, bombing
surrender   surrender, hand over, give up, turn over, cede; surrender, handover
demand      demand, ask, call on, call for, urge, insist, appeal; demand
guarantee   guarantee, pledge, promise, ensure, vow; guarantee
threaten    threaten; threat
==========  =========================================================================

Negated meanings: the base predicate is kept and the polarity set, so "would not be part
of the deal" is ``agree``/negated and "did not leave" is ``leave``/negated. Lexical
refusals (refuse, reject, decline, turn down, rule out, oppose) are ``reject``/affirmed;
the clause they refuse ("refused to pledge safety") is their object and is not
returned again as a statement of its own.

Arguments
=========

- subject: the agent: ``nsubj``; the "by" phrase of a passive (a passive without one has
  subject None and the patient as object); the controller of an infinitive ("X refused
  to leave", "allowed Y to leave" -> Y, "Y were allowed to leave" -> Y); the subject of
  the first conjunct for a conjunct without one (but the reporter's for a conjunct in
  the reporting verb's form after a reported modal clause: "X said a convoy would leave
  but ruled out Y" -> X ruled out); the noun a relative or participle
  clause modifies ("fighters who left", "those departing the city", "areas controlled
  by X" -> object "areas", subject X). A pronoun subject ("it", "he", "they") of a clause
  reported by "X said ..." is X, when number and person allow.
- object: the direct object; the complement of the pattern's preposition ("call on X",
  "be part of X"); "from"/"out of" for leaving ("withdraw from Raqqa" -> "Raqqa"), "on"
  and "against" for attacks, "with"/"on"/"about"/"over" for talks and agreements, "to"
  and "for" for demands; the refused, demanded, promised or threatened clause; for a
  relative clause that lacks one, the noun it modifies ("something we would not be part
  of": the subject of the copula when that noun is its attribute). For "die", the
  subject becomes the object.
- Noun phrases are kept whole with their conjuncts ("SDF and the coalition") and
  participle modifiers, without relative clauses, appositions or bracketed asides, and
  never across a line break.
- Entities: the argument's head is linked when it is inside a name mention; else the
  first name found through its compounds, possessor or "of"/"between" complement
  ("members of the IS" -> IS; "IS fighters" -> IS), never through adjectives
  ("US-backed forces" is not the US).

Nominal forms
=============

A noun from the table is a statement when the parse gives it an actor: a possessor
("X's withdrawal from Y"), a "by" phrase ("the rejection of the deal by X"), a name
compound ("ISIS withdrawal"), "between" parties (talks, agreements), an "of" phrase that
holds the subject of an intransitive noun ("the departure of the fighters") or an
organisation acting ("the rejection of an agency", "the airstrikes of the coalition"; a
state acts only in decisions, and "the evacuation of the town" has the town as object);
or when it is the subject of an occurrence verb ("take place", "happen", "begin", "be
under way", "be carried out": affirmed; "be postponed", "be delayed", "be cancelled":
negated); or when it is the subject of a verb that gives its topic ("the talks focused on
X", "the talks were about X", "the negotiations are for X": affirmed, with X as object);
or the object of a support verb ("X held talks with Y", "X conducted
airstrikes"), whose subject it takes. A support verb in the passive with its noun as
subject ("the talks would be held", "an attack was launched on X") is an occurrence of
that noun's event; the verb's object prepositions may give its object ("held with X"),
never a day, nor for a decision a place after "on" ("held on the island").
A nominal inside another statement's object ("ruled out the exit of ...") is left to
that statement.

Polarity and modality
=====================

- negated: "not", "n't", "never" on the verb or on the verb that governs an infinitive
  ("has not been able to take"); "failed to", "unable to"; "without" before the verb; a
  subject or object with "no" ("no evacuation took place", "reached no deal"); a second
  conjunct after "or" under a negation ("would not be part of or agree with").
- modality, strongest first: "denied" for the content of "deny"; "alleged" for
  "allegedly"/"purportedly"/"supposedly", an argument marked "alleged"/"purported", or
  the content of "claim"/"allege"/"accuse"; "reported" for "reportedly" and "it was
  said/reported that", "is said to"; "expected" for will/would/shall/may/might/should/
  must, conditions ("if", "unless", "in case"), purpose and plan infinitives ("was
  supposed to", "is expected to", "plan to", "prepare to", "allowed to") and "planned"
  nominals; "asserted" otherwise. Infinitives under implicative verbs (manage, begin,
  start, continue, able, force) keep the governing verb's modality.

Selection
=========

A statement is returned when its predicate is in the table and its subject or object
is linked to a resolved entity (one of ``focus`` when focus is given), contains a
mention of one, or is headed by a concrete actor or object noun (``CONCRETE_NOUNS``:
fighters, civilians, convoy, deal, city, ...); a nominal event with an occurrence verb
counts as concrete. Skipped: sentences ending in "?", lines that open with an imperative
("Leave a comment", "Be the first to comment on ..."), statements whose arguments are
both missing or are bare first/second person pronouns with nothing concrete, refusals
to comment ("declined to comment") and duplicates within a sentence.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from triangulate.claims.entity_index import EntityIndex
from triangulate.model import Document
from triangulate.model.claim import Assertion, Modality, Polarity
from triangulate.nlp.tokens import Token, Tree

TABLE_FILE = "predicates.tsv"


def _words(text: str) -> frozenset[str]:
    """A word set written as running text, so long lists stay readable."""
    return frozenset(text.split())


CONDITIONS = frozenset({"verb", "noun", "place", "patient", "intransitive"})

# Nouns that name the actors, groups, places and agreements conflict and disaster reports
# are about; a subject or object headed by one is concrete enough for a brief.
CONCRETE_NOUNS = _words(
    """
    fighter militant jihadist civilian convoy troop soldier force army militia rebel
    insurgent resident family people refugee group coalition government regime police
    official commander leader elder dignitary authority council agency military party
    side member gunman hostage prisoner child woman man worker volunteer bus vehicle
    jet aircraft warplane drone plane tank artillery
    deal agreement ceasefire truce accord plan condition negotiation talk city town
    village area district neighbourhood neighborhood territory province region country
    camp base position stronghold border bridge dam hospital school shelter
    """
)
# Head nouns that can hold a place ("90 percent of the city" reaches "city").
PLACE_NOUNS = _words(
    """
    city town village area district neighbourhood neighborhood territory province
    region country camp base position stronghold border bridge dam airport road
    street quarter suburb outskirts countryside center centre capital enclave pocket
    """
)
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Nouns for institutions: "the rejection of an agency" names the one who rejects.
INSTITUTION_NOUNS = _words(
    """
    agency government coalition army military ministry council committee state
    organization organisation authority authorities administration militia group
    command office leadership
    """
)
INSTITUTION_TYPES = frozenset({"ORG", "NORP", "PERSON"})

# Verbs whose infinitive complement happened when they did ("managed to leave").
IMPLICATIVE = frozenset(
    {"manage", "begin", "start", "continue", "able", "force", "compel", "succeed", "keep"}
)
NEGATIVE_GOVERNORS = frozenset({"fail", "unable"})
ALLEGING = frozenset({"claim", "allege", "accuse"})
REPORTING = frozenset(
    {"say", "announce", "tell", "state", "add", "claim", "report", "confirm", "insist", "warn"}
)
EXPECTING_AUX = frozenset({"will", "would", "shall", "'ll", "wo", "'d", "may", "might", "should"})
EXPECTING_AUX |= {"must"}
MODAL_AUX = frozenset({"can", "could", "ca"})
ALLEGED_ADVERBS = frozenset({"allegedly", "purportedly", "supposedly", "apparently"})
ALLEGED_ADJECTIVES = frozenset({"alleged", "purported", "supposed"})
PLANNED_ADJECTIVES = frozenset({"planned", "proposed", "expected", "future", "possible"})
RANKS: tuple[Modality, ...] = ("denied", "alleged", "reported", "expected")
CONDITION_MARKS = frozenset({"if", "unless"})
# Words that make a refusal a refusal to speak, not to act ("declined to comment").
SPEECH = frozenset(
    {"comment", "speak", "say", "elaborate", "answer", "respond", "name", "identify", "talk"}
)
OCCUR_VERBS = frozenset({"happen", "occur", "begin", "start", "proceed", "continue", "resume"})
OCCUR_PASSIVE = frozenset({"carry", "conduct", "hold", "complete", "implement", "launch"})
STOP_PASSIVE = frozenset({"postpone", "delay", "cancel", "suspend", "halt", "stop", "stall"})
# Verbs that give what an event is about ("the talks focused on X", "the talks were about
# X"): they take its being under way for granted. Verb lemma -> the preposition of its topic.
TOPIC_VERBS: dict[str, frozenset[str]] = {
    "focus": frozenset({"on", "upon"}),
    "center": frozenset({"on", "around"}),
    "centre": frozenset({"on", "around"}),
    "concentrate": frozenset({"on"}),
    "revolve": frozenset({"around"}),
    "be": frozenset({"about", "for", "over"}),
}
SUPPORT_VERBS = frozenset(
    {"hold", "conduct", "launch", "carry", "wage", "lead", "stage", "resume", "mount"}
)
FIRST_SECOND = frozenset({"i", "we", "you", "me", "us"})
THIRD_PRONOUNS = frozenset({"it", "he", "she", "they"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
NO_WORDS = frozenset({"no", "nobody", "none", "nothing", "neither"})
# Prepositions whose complement carries the object, by canonical predicate.
OBJECT_PREPS: dict[str, tuple[str, ...]] = {
    "leave": ("from", "out"),
    "attack": ("on", "against"),
    "negotiate": ("on", "over", "about", "with"),
    "agree": ("to", "on", "with", "over"),
    "demand": ("for", "from"),
    "surrender": ("to",),
    "reject": (),
    "kill": (),
    "control": (),
    "besiege": (),
    "guarantee": ("for",),
    "threaten": (),
}
# Nominals of decisions take their actor in "of" ("the rejection of an agency"); those of
# movement and force take what they affect ("the evacuation of the town").
DECISIONS = frozenset({"reject", "agree", "demand", "guarantee", "threaten", "negotiate"})
# Predicates whose object may be a whole clause ("refused to pledge safety").
CLAUSE_OBJECTS = frozenset({"reject", "agree", "demand", "guarantee", "threaten", "negotiate"})
# Dependents cut from a noun phrase argument: asides that are not the phrase itself.
CUT_DEPS = frozenset({"relcl", "appos", "parataxis", "advcl", "dep"})
BREAKS = frozenset({"–", "—", ":", ";", "(", ")", "[", "]"})
# Parts of speech a predicate's head word can have (see _Reader._match).
HEAD_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Pattern:
    """One line of the predicate table: a canonical name, its lemmas, its conditions."""

    canonical: str
    words: tuple[str, ...]
    conditions: frozenset[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class AssertionSpan:
    """A statement found in a document: its clause span, content and predicate token.

    ``start``/``end`` cover the clause from subject through object inside one sentence;
    ``verb`` is the token index of the predicate's verb (or noun, for a nominal form).
    """

    start: int
    end: int
    assertion: Assertion
    verb: int


def parse_table(text: str) -> tuple[Pattern, ...]:
    """Read the table format ``canonical<TAB>pattern[<TAB>conditions]``; ``#`` comments."""
    rows: list[Pattern] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise ValueError(f"{TABLE_FILE}: need canonical and pattern in line {line!r}")
        conditions = frozenset(c.strip() for c in ",".join(cells[2:]).split(",") if c.strip())
        unknown = conditions - CONDITIONS
        if unknown:
            raise ValueError(f"{TABLE_FILE}: unknown condition {sorted(unknown)} in {line!r}")
        rows.append(
            Pattern(
                canonical=cells[0], words=tuple(cells[1].lower().split()), conditions=conditions
            )
        )
    return tuple(rows)


@lru_cache(maxsize=1)
def table() -> tuple[Pattern, ...]:
    """The packaged predicate table."""
    source = resources.files("triangulate.claims").joinpath(TABLE_FILE)
    return parse_table(source.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _by_head() -> dict[str, tuple[Pattern, ...]]:
    """Patterns by their first lemma, longest first so "take control" beats "take"."""
    index: dict[str, list[Pattern]] = {}
    for row in table():
        index.setdefault(row.words[0], []).append(row)
    return {k: tuple(sorted(v, key=lambda p: -len(p.words))) for k, v in index.items()}


def find_assertions(
    document: Document, tree: Tree, entities: EntityIndex, *, focus: Collection[str] = ()
) -> tuple[AssertionSpan, ...]:
    """Find the key who-did-what statements of one document.

    Args:
        document: The document whose ``text`` the tree's offsets point into.
        tree: The document's parse.
        entities: The resolved entity mentions of this document.
        focus: Entity ids of the story's main actors and places; when given, only links
            to these entities select a statement (concrete nouns still do).

    Returns:
        The statements in text order, each with a clean span inside one sentence.
    """
    return _Reader(document, tree, entities, frozenset(focus)).run()


@dataclass(frozen=True, slots=True)
class _Arg:
    """An argument: its head token and the token range [first, last) of its words."""

    head: Token
    first: int
    last: int
    clause: bool = False


@dataclass(frozen=True, slots=True)
class _Found:
    span: AssertionSpan
    subj: _Arg | None
    obj: _Arg | None
    nominal: bool = False
    event: bool = False


class _Reader:
    """One pass over one document; holds only the inputs and indexes derived from them."""

    def __init__(
        self, document: Document, tree: Tree, entities: EntityIndex, focus: frozenset[str]
    ) -> None:
        self.text = document.text
        self.tree = tree
        self.entities = entities
        self.focus = focus
        self.segment = self._segments()
        self.matches: dict[int, tuple[Pattern, tuple[int, ...]]] = {}
        self.by_head = _by_head()

    # -- structure -------------------------------------------------------------------

    def _segments(self) -> tuple[int, ...]:
        """A segment number per token: sentences cut at line breaks.

        The parser runs a headline into the next paragraph when no full stop ends it, so
        a line break is a hard boundary no argument may cross.
        """
        out: list[int] = []
        number = 0
        previous = -1
        for tok in self.tree.tokens:
            if tok.sent != previous:
                number += 1
                previous = tok.sent
            out.append(number)
            if "\n" in tok.text:
                number += 1
        return tuple(out)

    def kids(self, tok: Token, *deps: str) -> list[Token]:
        """Children of ``tok`` with one of ``deps`` in the same segment."""
        seg = self.segment[tok.i]
        return [c for c in self.tree.children(tok) if c.dep in deps and self.segment[c.i] == seg]

    def kid(self, tok: Token, *deps: str) -> Token | None:
        """The first child with one of ``deps``, if any."""
        found = self.kids(tok, *deps)
        return found[0] if found else None

    def head(self, tok: Token) -> Token | None:
        """The head of ``tok`` when it is in the same segment (None for a root)."""
        if tok.head == tok.i or self.segment[tok.head] != self.segment[tok.i]:
            return None
        return self.tree[tok.head]

    def pobj(self, prep: Token) -> Token | None:
        """The complement of a preposition, through "out of" and "away from"."""
        found = self.kid(prep, "pobj", "pcomp")
        if found is None:
            inner = self.kid(prep, "prep")
            return self.pobj(inner) if inner is not None else None
        return found

    def prep_object(self, tok: Token, preps: Sequence[str]) -> Token | None:
        """The complement of the first of ``tok``'s prepositions listed in ``preps``."""
        for prep in self.kids(tok, "prep", "prt", "dative", "agent"):
            if prep.lower in preps:
                found = self.pobj(prep)
                if found is not None:
                    return found
        return None

    # -- run -------------------------------------------------------------------------

    def run(self) -> tuple[AssertionSpan, ...]:
        skip = self._skipped_segments()
        segment = self.segment
        for tok in self.tree.tokens:
            if tok.pos not in HEAD_POS or segment[tok.i] in skip:
                continue
            match = self._match(tok)
            if match is not None:
                self.matches[tok.i] = match
        consumed = {i for _, used in self.matches.values() for i in used[1:]}
        found: list[_Found] = []
        for i, (pattern, used) in sorted(self.matches.items()):
            if i in consumed:
                continue
            tok = self.tree[i]
            item = (
                self._nominal(tok, pattern)
                if tok.pos in ("NOUN", "PROPN")
                else self._verbal(tok, pattern, used)
            )
            if item is not None:
                found.append(item)
        return tuple(f.span for f in self._select(found))

    def _skipped_segments(self) -> set[int]:
        """Segments that are questions or open with an imperative (site furniture)."""
        # Per segment, only its last token and its first word matter (blank tokens aside).
        last: dict[int, Token] = {}
        first_word: dict[int, Token] = {}
        segment = self.segment
        for tok in self.tree.tokens:
            if tok.text.strip():
                seg = segment[tok.i]
                last[seg] = tok
                if seg not in first_word and tok.pos not in ("PUNCT", "SPACE"):
                    first_word[seg] = tok
        skip: set[int] = set()
        for seg, end in last.items():
            first = first_word.get(seg)
            if end.text == "?" or first is None:
                skip.add(seg)
                continue
            if (
                first.tag == "VB"
                and first.dep == "ROOT"
                and not self.kids(first, "nsubj", "nsubjpass", "aux")
            ):
                skip.add(seg)
        return skip

    # -- matching --------------------------------------------------------------------

    def _lemma(self, tok: Token) -> str:
        lemma = tok.lemma.lower()
        # Title-case headline words are tagged as proper nouns and keep their plural.
        if tok.pos == "PROPN" and lemma not in self.by_head and lemma.endswith("s"):
            return lemma[:-1]
        return lemma

    def _match(self, tok: Token) -> tuple[Pattern, tuple[int, ...]] | None:
        is_verb = tok.pos in ("VERB", "AUX")
        is_noun = tok.pos in ("NOUN", "PROPN")
        if not (is_verb or is_noun):
            return None
        for pattern in self.by_head.get(self._lemma(tok), ()):
            if "noun" in pattern.conditions and not is_noun:
                continue
            if ("verb" in pattern.conditions or len(pattern.words) > 1) and not is_verb:
                continue
            if is_noun and tok.dep == "compound":
                continue  # "the withdrawal deal" is about a deal, not a withdrawal
            used = self._rest(tok, pattern.words[1:])
            if used is not None:
                return pattern, (tok.i, *used)
        return None

    def _rest(self, tok: Token, words: Sequence[str]) -> tuple[int, ...] | None:
        """Token indexes matching the pattern's later words below ``tok``, or None."""
        used: list[int] = []
        anchor = tok
        for word in words:
            nxt = None
            for child in self.kids(
                anchor, "prt", "prep", "dobj", "attr", "advmod", "acomp", "pobj", "compound"
            ):
                if self._lemma(child) == word or child.lower == word:
                    nxt = child
                    break
            if nxt is None and anchor is tok:
                # "the deal reached", "an agreement was reached": the noun is above or
                # the passive subject.
                up = self.head(tok)
                if up is not None and tok.dep in ("acl", "relcl") and self._lemma(up) == word:
                    nxt = up
                for sub in self.kids(tok, "nsubjpass"):
                    if self._lemma(sub) == word:
                        nxt = sub
            if nxt is None:
                return None
            used.append(nxt.i)
            anchor = nxt
        return tuple(used)

    # -- verbs -----------------------------------------------------------------------

    def _verbal(self, verb: Token, pattern: Pattern, used: tuple[int, ...]) -> _Found | None:
        canonical = pattern.canonical
        governor = self._governor(verb)
        complement = verb.dep == "xcomp" or (verb.dep == "ccomp" and self._infinitive(verb))
        if complement and governor is not None and governor.i in self.matches:
            return None  # the governing predicate holds this clause as its object
        subject, patient = self._subject(verb, 0)
        if (
            patient is not None
            and patient.i in used[1:]
            and patient.i in self.matches
            and self._occurrence(verb, passive=True) is not None
        ):
            # "the talks would be held": the pattern's own noun is the passive subject, so
            # the statement is that the event takes place, read from the noun.
            return self._nominal(patient, self.matches[patient.i][0])
        subject = self._antecedent(verb, subject)
        last = self.tree[used[-1]]
        obj: _Arg | None = None
        if patient is not None:
            obj = self._np(patient, verb)
        if obj is None and len(used) > 1 and last.dep == "prep":
            obj = self._np_of(self.pobj(last), verb)
        if obj is None and len(used) > 1 and last.pos in ("NOUN", "PROPN") and last.i != verb.i:
            preps = ("of", "with", "on", "over", "about", "to")
            obj = self._np_of(self.prep_object(last, preps), verb)
        if obj is None:
            dobj = self.kid(verb, "dobj")
            if dobj is not None and dobj.i not in used:
                obj = self._np(dobj, verb)
        if obj is None and canonical in CLAUSE_OBJECTS:
            clause = self.kid(verb, "xcomp", "ccomp")
            obj = self._clause(clause) if clause is not None else None
        if obj is None:
            obj = self._np_of(self.prep_object(verb, OBJECT_PREPS.get(canonical, ())), verb)
        if obj is None and verb.dep == "relcl" and subject is not self.head(verb):
            obj = self._relative_object(verb)
        if "patient" in pattern.conditions:
            obj = obj or (self._np(subject, verb) if subject is not None else None)
            subject = None
        if (
            canonical == "leave"
            and self.kid(verb, "dobj") is not None
            and any(p.lower == "with" for p in self.kids(verb, "prep"))
        ):
            return None  # "leave X with Y" is causing a state, not departing
        if "place" in pattern.conditions and (obj is None or not self._is_place(obj)):
            return None
        if obj is not None and (obj.head.lemma.lower() in SPEECH or self._speech_clause(obj)):
            return None
        subj = self._np(subject, verb) if subject is not None else None
        polarity: Polarity = "negated" if self._negated(verb) else "affirmed"
        if self._no_argument(subj) or self._no_argument(obj):
            polarity = "negated"
        modality = self._modality(verb, (subj, obj))
        return self._build(verb, [verb.i, *used], subj, obj, canonical, polarity, modality)

    def _governor(self, verb: Token) -> Token | None:
        """The verb an infinitive depends on, through adjectives ("able to", "willing to")."""
        up = self.head(verb)
        if up is not None and up.pos == "ADJ" and up.dep == "acomp":
            return self.head(up) if up.lemma.lower() not in IMPLICATIVE | NEGATIVE_GOVERNORS else up
        return up

    def _subject(self, verb: Token, depth: int) -> tuple[Token | None, Token | None]:
        """(agent, patient) of a verb, inherited from the clause that controls it."""
        if depth > 8:
            return None, None
        subj = self._nearest_subject(verb, "nsubj")
        patient = self._nearest_subject(verb, "nsubjpass")
        if patient is not None:
            agent = self.kid(verb, "agent")
            subj = self.pobj(agent) if agent is not None else None
        up = self.head(verb)
        if up is not None and verb.dep == "relcl" and up.pos in ("NOUN", "PROPN", "PRON"):
            if subj is not None and subj.lower in RELATIVE:
                subj = up
            if patient is not None and patient.lower in RELATIVE:
                patient = up
        if subj is not None or patient is not None or up is None:
            return subj, patient
        passive = bool(self.kids(verb, "auxpass"))
        reporter = self._reporter_conjunct(verb)
        if reporter is not None:
            return self._nearest_subject(reporter, "nsubj"), None
        if verb.dep == "conj":
            s, p = self._subject(up, depth + 1)
            if passive or (verb.tag == "VBN" and p is not None and not self.kids(verb, "aux")):
                return (self.pobj(a) if (a := self.kid(verb, "agent")) else None), p or s
            return (s if s is not None else p), None
        if verb.dep == "xcomp":
            gov = self._governor(verb) or up
            controller = self.kid(gov, "dobj")
            if controller is None:
                s, p = self._subject(gov, depth + 1)
                controller = p if p is not None else s
            return (None, controller) if passive else (controller, None)
        if verb.dep == "advcl" and (verb.tag in ("VBG", "VBN") or self._infinitive(verb)):
            s, p = self._subject(up, depth + 1)
            return (s if s is not None else p), None
        if verb.dep == "acl":
            if verb.tag == "VBN":
                agent = self.kid(verb, "agent")
                return (self.pobj(agent) if agent is not None else None), up
            if verb.tag == "VBG":
                return up, None
        # "a push to recapture the city": the one pushing recaptures
        if verb.dep in ("acl", "relcl") and self._infinitive(verb) and up.dep == "dobj":
            owner = self.head(up)
            if owner is not None:
                s, _ = self._subject(owner, depth + 1)
                return s, None
        return None, None

    def _reporter_conjunct(self, verb: Token) -> Token | None:
        """The reporting verb a conjunct of a reported clause goes on from, or None.

        In "X said a convoy would leave but ruled out Y" the parser hangs "ruled" on
        "leave", yet it is X's second act: a conjunct with no subject or auxiliary of its
        own, in the reporting verb's own finite form ("said ... ruled", "says ... rejects"),
        after a reported verb under a modal ("would leave", "will leave"), shares the
        reporter's subject, not the reported clause's. After a reported verb of the same
        form ("said the fighters left ... and reached") the subject stays the reported one.
        """
        up = self.head(verb)
        if verb.dep != "conj" or up is None or up.dep != "ccomp":
            return None
        say = self.head(up)
        if say is None or say.lemma.lower() not in REPORTING or self.kids(say, "auxpass"):
            return None
        if self.kids(verb, "nsubj", "nsubjpass", "aux", "auxpass"):
            return None
        finite = ("VBD", "VBZ", "VBP")
        if verb.tag not in finite or verb.tag != say.tag or up.tag != "VB":
            return None
        if not any(a.lower in EXPECTING_AUX | MODAL_AUX for a in self.kids(up, "aux")):
            return None
        if self._nearest_subject(say, "nsubj") is None or not say.i < up.i < verb.i:
            return None
        return say

    def _nearest_subject(self, verb: Token, dep: str) -> Token | None:
        """The subject not cut off by a colon ("Sources: X agreed" -> X)."""
        for cand in reversed(self.kids(verb, dep)):
            low, high = sorted((cand.i, verb.i))
            if not any(self.tree[i].text == ":" for i in range(low + 1, high)):
                return cand
        return None

    def _infinitive(self, verb: Token) -> bool:
        return any(c.lower == "to" and c.dep == "aux" for c in self.tree.children(verb))

    def _antecedent(self, verb: Token, subject: Token | None) -> Token | None:
        """The named speaker a pronoun subject stands for in "X said it would ..."."""
        if subject is None or subject.lower not in THIRD_PRONOUNS:
            return subject
        clause: Token | None = verb
        while clause is not None and clause.dep in ("conj", "xcomp", "advcl"):
            clause = self.head(clause)
        if clause is None or clause.dep != "ccomp":
            return subject
        say = self.head(clause)
        if say is None or say.lemma.lower() not in REPORTING:
            return subject
        speaker = self.kid(say, "nsubj")
        if speaker is None or speaker.pos == "PRON":
            return subject
        plural = speaker.tag in ("NNS", "NNPS") or bool(self.kids(speaker, "conj"))
        person = speaker.ent == "PERSON"
        fits = {
            "it": not plural and not person,
            "they": plural or not person,
            "he": person,
            "she": person,
        }[subject.lower]
        return speaker if fits else subject

    def _relative_object(self, verb: Token) -> _Arg | None:
        """The noun a relative clause modifies, through a copula ("X is something we ...")."""
        noun = self.head(verb)
        if noun is None:
            return None
        if noun.dep == "attr":
            copula = self.head(noun)
            if copula is not None and copula.lemma == "be":
                subj = self.kid(copula, "nsubj")
                if subj is not None:
                    return self._np(subj)
        return self._np(noun)

    # -- nouns -----------------------------------------------------------------------

    def _nominal(self, noun: Token, pattern: Pattern) -> _Found | None:
        canonical = pattern.canonical
        intransitive = "intransitive" in pattern.conditions or "patient" in pattern.conditions
        by = self.prep_object(noun, ("by",))
        of_first = self.prep_object(noun, ("of",))
        if by is None and of_first is not None:
            # "the rejection of the plan by X": the parser often hangs "by" on the plan
            by = self.prep_object(of_first, ("by",))
        subject = by
        if subject is None:
            subject = self.kid(noun, "poss")
        if subject is None:
            for comp in self.kids(noun, "compound"):
                if comp.pos == "PROPN" or self.entities.at(comp.start, comp.end) is not None:
                    subject = comp
        if subject is None and canonical in ("negotiate", "agree"):
            subject = self.prep_object(noun, ("between",))
            up = self.head(noun)
            if subject is None and up is not None and noun.dep in ("nsubj", "nsubjpass"):
                subject = self.prep_object(up, ("between",))  # "talks took place between"
        of = self.prep_object(noun, ("of",))
        obj: Token | None = None
        if of is not None:
            acting = (
                by is None and canonical not in ("leave", "kill") and self._acting(of, canonical)
            )
            if subject is None and (intransitive or acting):
                subject = of
            else:
                obj = of
        if obj is None:
            obj = self.prep_object(noun, OBJECT_PREPS.get(canonical, ()))
        if "patient" in pattern.conditions:
            obj, subject = obj or subject, None
        head = self.head(noun)
        event = False
        polarity: Polarity = (
            "negated" if self._no_argument(_Arg(noun, noun.i, noun.i + 1)) else "affirmed"
        )
        cue = noun
        used = [noun.i]
        if head is not None and noun.dep in ("nsubj", "nsubjpass"):
            occurs = self._occurrence(head, passive=noun.dep == "nsubjpass")
            if occurs is not None:
                event = True
                cue = head
                used.extend(occurs)
                if self._negated(head) or head.lemma.lower() in STOP_PASSIVE:
                    polarity = "negated"
                if obj is None:
                    obj = self._event_object(head, canonical)
        if head is not None and not event and noun.dep in ("nsubj", "nsubjpass"):
            topic = self._topic(head)
            if topic is not None:
                # "the talks were focused on X": the talks took place, and X is their topic
                event = True
                cue = head
                used.extend((head.i, topic.i))
                if obj is None:
                    obj = self.pobj(topic)
        if head is not None and noun.dep == "dobj" and head.lemma.lower() in SUPPORT_VERBS:
            s, _ = self._subject(head, 0)
            if s is not None and subject is None:
                subject = self._antecedent(head, s)
                cue = head
                used.append(head.i)
                if self._negated(head):
                    polarity = "negated"
        if not event and cue is noun and subject is None:
            return None
        subj = self._np(subject) if subject is not None else None
        # The "by" phrase is the actor, never part of the object it may hang on.
        agent_prep = self.tree[by.head] if by is not None else None
        objarg = self._np(obj, agent_prep) if obj is not None else None
        modality = self._modality(cue, (subj, objarg))
        if cue is noun and not event and modality == "asserted":
            modality = self._nominal_modality(noun)
        if any(c.lower in ALLEGED_ADJECTIVES for c in self.kids(noun, "amod")):
            modality = "alleged"
        found = self._build(noun, used, subj, objarg, canonical, polarity, modality)
        if found is None:
            return None
        return _Found(span=found.span, subj=found.subj, obj=found.obj, nominal=True, event=event)

    def _occurrence(self, verb: Token, *, passive: bool) -> list[int] | None:
        """Token indexes of an occurrence verb phrase for a nominal subject, or None."""
        lemma = verb.lemma.lower()
        if lemma == "take":
            place = self.kid(verb, "dobj")
            return [verb.i, place.i] if place is not None and place.lower == "place" else None
        if lemma == "go" and any(c.lower == "ahead" for c in self.kids(verb, "advmod")):
            return [verb.i]
        if lemma == "be":
            for prep in self.kids(verb, "prep"):
                if prep.lower == "under":
                    return [verb.i, prep.i]
            for adv in self.kids(verb, "advmod", "acomp"):
                if adv.lower in ("underway", "under"):
                    return [verb.i, adv.i]
            return None
        if lemma in OCCUR_VERBS and not passive:
            return [verb.i]
        if passive and (lemma in OCCUR_PASSIVE or lemma in STOP_PASSIVE):
            return [verb.i]
        if lemma == "stall":
            return [verb.i]
        return None

    def _event_object(self, verb: Token, canonical: str) -> Token | None:
        """The object an occurrence verb carries for its event ("talks were held with X").

        A day is no object, nor is a place after "on" for a decision: that is where the
        talks were held ("held on the island"), not what they were about.
        """
        preps = OBJECT_PREPS.get(canonical, ())
        for prep in self.kids(verb, "prep"):
            found = self.pobj(prep) if prep.lower in preps else None
            if found is None or found.ent in ("DATE", "TIME"):
                continue
            if (
                prep.lower == "on"
                and canonical in DECISIONS
                and self._is_place(_Arg(found, found.i, found.i + 1))
            ):
                continue
            return found
        return None

    def _topic(self, verb: Token) -> Token | None:
        """The preposition that gives an event's topic after its verb ("focused on"), or None."""
        preps = TOPIC_VERBS.get(verb.lemma.lower())
        if preps is None:
            return None
        for prep in self.kids(verb, "prep"):
            found = self.pobj(prep)
            if prep.lower in preps and found is not None and found.ent not in ("DATE", "TIME"):
                return prep
        return None

    def _acting(self, tok: Token, canonical: str) -> bool:
        """Whether an "of" complement names an organisation or person that acts.

        A state acts in a decision ("the rejection of Turkey") but is the target of
        force ("the shelling of Aleppo").
        """
        if tok.lemma.lower() in INSTITUTION_NOUNS:
            return True
        entity = self.entities.at(tok.start, tok.end)
        if entity is None:
            return False
        return entity.type in INSTITUTION_TYPES or (entity.type == "GPE" and canonical in DECISIONS)

    def _nominal_modality(self, noun: Token) -> Modality:
        """A nominal that names a plan, or sits under a verb of planning, is expected."""
        if any(c.lower in PLANNED_ADJECTIVES for c in self.kids(noun, "amod")):
            return "expected"
        up = self.head(noun)
        if up is not None and up.pos in ("VERB", "AUX") and noun.dep == "dobj":
            lemma = up.lemma.lower()
            if lemma in ("allow", "permit", "plan", "prepare", "propose", "discuss", "demand"):
                return "expected"
            return self._modality(up, ())
        return "asserted"

    # -- polarity and modality -------------------------------------------------------

    def _no_argument(self, arg: _Arg | None) -> bool:
        if arg is None or arg.clause:
            return False
        if arg.head.lower in NO_WORDS:
            return True
        return any(c.lower == "no" for c in self.kids(arg.head, "det"))

    def _negated(self, verb: Token) -> bool:
        negated = False
        cur: Token | None = verb
        depth = 0
        while cur is not None and depth < 8:
            depth += 1
            if any(
                c.dep == "neg" or c.lower in ("never", "not")
                for c in self.kids(cur, "neg", "advmod")
            ):
                negated = not negated
            up = self.head(cur)
            if up is not None and cur.dep in ("pcomp",) and up.lower == "without":
                negated = not negated
            if cur.dep == "conj" and up is not None:
                if self.kid(cur, "nsubj", "nsubjpass") is None and any(
                    c.lower in ("or", "nor") for c in self.kids(up, "cc")
                ):
                    cur = up
                    continue
                break
            if cur.dep != "xcomp" or up is None:
                break
            gov = up
            if gov.pos == "ADJ":
                if gov.lemma.lower() in NEGATIVE_GOVERNORS:
                    negated = not negated
                cur = self.head(gov) if gov.dep == "acomp" else gov
                continue
            if gov.lemma.lower() in NEGATIVE_GOVERNORS:
                negated = not negated
            cur = gov
        return negated

    def _modality(self, verb: Token, args: Sequence[_Arg | None]) -> Modality:
        found: set[Modality] = set()
        for arg in args:
            if (
                arg is not None
                and not arg.clause
                and any(c.lower in ALLEGED_ADJECTIVES for c in self.kids(arg.head, "amod"))
            ):
                found.add("alleged")
        cur: Token | None = verb
        depth = 0
        while cur is not None and depth < 8:
            depth += 1
            found |= self._own_cues(cur)
            up = self.head(cur)
            if up is None:
                break
            lemma = up.lemma.lower()
            if cur.dep == "conj":
                reporter = self._reporter_conjunct(cur)
                if reporter is not None:
                    cur = reporter
                    continue
                if self.kid(cur, "aux", "nsubj", "nsubjpass") is None:
                    cur = up
                    continue
                break
            if cur.dep == "xcomp" or (cur.dep == "ccomp" and self._infinitive(cur)):
                gov = self.head(up) if up.pos == "ADJ" and up.dep == "acomp" else up
                if lemma == "deny":
                    found.add("denied")
                elif lemma in ALLEGING:
                    found.add("alleged")
                elif lemma in ("say", "report", "believe") and self.kids(up, "auxpass"):
                    found.add("reported")
                elif lemma not in IMPLICATIVE | NEGATIVE_GOVERNORS:
                    found.add("expected")
                cur = gov
                continue
            if cur.dep == "ccomp":
                if lemma == "deny":
                    found.add("denied")
                elif lemma in ALLEGING:
                    found.add("alleged")
                elif lemma in ("say", "report") and self.kids(up, "auxpass"):
                    found.add("reported")
                break
            if cur.dep in ("advcl", "acl") and self._infinitive(cur):
                found.add("expected")
            break
        for rank in RANKS:
            if rank in found:
                return rank
        return "asserted"

    def _own_cues(self, verb: Token) -> set[Modality]:
        """Modality cues among a verb's own dependents."""
        cues: set[Modality] = set()
        for child in self.tree.children(verb):
            word = child.lower
            if child.dep == "aux" and word in EXPECTING_AUX:
                cues.add("expected")
            elif child.dep == "advmod" and word in ALLEGED_ADVERBS:
                cues.add("alleged")
            elif child.dep == "advmod" and word == "reportedly":
                cues.add("reported")
            elif child.dep == "mark" and word in CONDITION_MARKS:
                cues.add("expected")
            elif child.dep == "prep" and word == "in" and verb.dep == "advcl":
                case = self.pobj(child)
                if case is not None and case.lower in ("case", "event"):
                    cues.add("expected")
        return cues

    # -- arguments -------------------------------------------------------------------

    def _np(self, head: Token, avoid: Token | None = None) -> _Arg | None:
        """A noun phrase argument: the head's subtree without asides, inside its segment.

        ``avoid`` is the predicate: a phrase never contains its own predicate ("areas
        controlled by X" as the object of "controlled" is "areas").
        """
        seg = self.segment[head.i]
        cut: set[int] = set()
        for tok in self.tree.subtree(head):
            if tok.i == head.i:
                continue
            if tok.dep in CUT_DEPS or (avoid is not None and tok.i == avoid.i):
                cut.update(t.i for t in self.tree.subtree(tok))
            elif tok.dep == "case" and tok.head == head.i:
                # the possessive ending of the argument itself ("the militia's withdrawal")
                cut.update(t.i for t in self.tree.subtree(tok))
            if tok.text in BREAKS:
                cut.add(tok.i)
        first = last = head.i
        while (
            first - 1 >= 0
            and self.segment[first - 1] == seg
            and self.tree[first - 1].i not in cut
            and self._within(self.tree[first - 1], head)
        ):
            first -= 1
        while (
            last + 1 < len(self.tree)
            and self.segment[last + 1] == seg
            and last + 1 not in cut
            and self._within(self.tree[last + 1], head)
        ):
            last += 1
        return self._trim(_Arg(head, first, last + 1))

    def _np_of(self, head: Token | None, avoid: Token) -> _Arg | None:
        """A noun phrase argument, unless it is missing or a time ("on Wednesday")."""
        if head is None or head.ent in ("DATE", "TIME"):
            return None
        return self._np(head, avoid)

    def _within(self, tok: Token, head: Token) -> bool:
        return tok.i == head.i or any(a.i == head.i for a in self.tree.ancestors(tok))

    def _clause(self, verb: Token) -> _Arg | None:
        """A clause argument: the clause without its "to"/"that" and trailing asides."""
        arg = self._np(verb)
        if arg is None:
            return None
        first = arg.first
        while first < arg.last and self.tree[first].lower in ("to", "that"):
            first += 1
        if first >= arg.last:
            return None
        return self._trim(_Arg(verb, first, arg.last, clause=True))

    def _trim(self, arg: _Arg) -> _Arg | None:
        first, last = arg.first, arg.last
        while first < last and not self._wordy(self.tree[first]):
            first += 1
        while last > first and not self._wordy(self.tree[last - 1]):
            last -= 1
        if first >= last:
            return None
        return _Arg(arg.head, first, last, arg.clause)

    @staticmethod
    def _wordy(tok: Token) -> bool:
        return tok.pos not in ("PUNCT", "SPACE") and bool(tok.text.strip())

    def _surface(self, arg: _Arg | None) -> str | None:
        if arg is None:
            return None
        return self.text[self.tree[arg.first].start : self.tree[arg.last - 1].end]

    def _is_place(self, arg: _Arg) -> bool:
        for tok in self._chain(arg.head):
            if tok.lemma.lower() in PLACE_NOUNS:
                return True
            entity = self.entities.at(tok.start, tok.end)
            if entity is not None and entity.type in PLACE_TYPES:
                return True
        return False

    def _speech_clause(self, arg: _Arg) -> bool:
        return arg.clause and arg.head.lemma.lower() in SPEECH

    def _chain(self, head: Token) -> Iterator[Token]:
        """The head, then the words that can name what it is: compounds, possessor, of."""
        queue = [head]
        seen = {head.i}
        while queue:
            tok = queue.pop(0)
            yield tok
            for child in self.tree.children(tok):
                nxt: Token | None = None
                if child.dep in ("compound", "poss", "nmod", "conj"):
                    nxt = child
                elif child.dep == "prep" and child.lower in ("of", "between"):
                    nxt = self.pobj(child)
                if (
                    nxt is not None
                    and nxt.i not in seen
                    and self.segment[nxt.i] == self.segment[head.i]
                ):
                    seen.add(nxt.i)
                    queue.append(nxt)

    def _entity(self, arg: _Arg | None) -> str | None:
        if arg is None or arg.clause:
            return None
        for tok in self._chain(arg.head):
            if tok.pos in ("PRON", "DET"):
                continue
            entity = self.entities.at(tok.start, tok.end)
            if entity is not None:
                return entity.id
        return None

    # -- assembly --------------------------------------------------------------------

    def _build(
        self,
        cue: Token,
        used: Sequence[int],
        subj: _Arg | None,
        obj: _Arg | None,
        canonical: str,
        polarity: Polarity,
        modality: Modality,
    ) -> _Found | None:
        seg = self.segment[cue.i]
        if subj is not None and self.segment[subj.head.i] != seg:
            subj = None
        if obj is not None and self.segment[obj.head.i] != seg:
            obj = None
        indexes = [i for i in used if self.segment[i] == seg]
        for arg in (subj, obj):
            if arg is not None:
                indexes.extend((arg.first, arg.last - 1))
        first, last = min(indexes), max(indexes)
        assertion = Assertion(
            subject=self._surface(subj),
            predicate=canonical,
            object=self._surface(obj),
            polarity=polarity,
            modality=modality,
            subject_entity=self._entity(subj),
            object_entity=self._entity(obj),
        )
        span = AssertionSpan(
            start=self.tree[first].start, end=self.tree[last].end, assertion=assertion, verb=cue.i
        )
        return _Found(span=span, subj=subj, obj=obj)

    def _select(self, found: Sequence[_Found]) -> list[_Found]:
        """Keep the statements a brief needs: linked, concrete, not generic, not repeated."""
        # A nominal inside another statement's object is its content ("ruled out the exit
        # of X", "the talks were about the exit of X"); inside an argument with the same
        # predicate it repeats it.
        inside = [
            (arg.first, arg.last, f.span.assertion.predicate, arg is f.obj)
            for f in found
            for arg in (f.subj, f.obj)
            if arg is not None and (not f.nominal or (f.event and arg is f.obj))
        ]
        kept: list[_Found] = []
        seen: set[tuple[object, ...]] = set()
        for item in found:
            span = item.span
            if item.nominal and any(
                a <= span.verb < b and (is_obj or pred == span.assertion.predicate)
                for a, b, pred, is_obj in inside
            ):
                continue
            if not self._worth(item):
                continue
            a = span.assertion
            key = (
                self.tree[span.verb].sent,
                a.predicate,
                a.subject,
                a.object,
                a.polarity,
                a.modality,
            )
            if key in seen:
                continue
            seen.add(key)
            kept.append(item)
        # "would not be part of or agree with the deal": a conjunct that lost its object
        # to the other conjunct says the same thing.
        full = {
            (self.tree[f.span.verb].sent, *self._gist(f.span.assertion))
            for f in kept
            if f.span.assertion.object is not None
        }
        kept = [
            f
            for f in kept
            if f.span.assertion.object is not None
            or (self.tree[f.span.verb].sent, *self._gist(f.span.assertion)) not in full
        ]
        kept.sort(key=lambda f: (f.span.start, f.span.verb))
        return kept

    @staticmethod
    def _gist(a: Assertion) -> tuple[str, str | None, str, str]:
        return a.predicate, a.subject, a.polarity, a.modality

    def _worth(self, item: _Found) -> bool:
        """Whether a statement names the story's actors, places or concrete things."""
        if item.event:
            return True
        args = [arg for arg in (item.subj, item.obj) if arg is not None]
        if not args:
            return False
        a = item.span.assertion
        linked = {e for e in (a.subject_entity, a.object_entity) if e is not None}
        if self.focus:
            linked &= self.focus
        if linked:
            return True
        for arg in args:
            if self._surface(arg) in FIRST_SECOND:
                continue
            start, end = self.tree[arg.first].start, self.tree[arg.last - 1].end
            if any(
                not self.focus or e.id in self.focus for _, e in self.entities.within(start, end)
            ):
                return True
            if arg.clause or arg.head.pos not in ("NOUN", "PROPN"):
                continue
            for tok in self._chain(arg.head):
                lemma = self._lemma(tok)
                if tok.pos == "NOUN" and (lemma in CONCRETE_NOUNS or lemma in _by_head()):
                    return True
        return False
