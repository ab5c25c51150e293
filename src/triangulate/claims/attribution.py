"""Who a report says each stretch of its text comes from, and through whom.

``attribute`` reads one parsed document and returns its attributions: spans of text the
report attributes to a speaker, with the relay chain between that speaker and the outlet.
``source_of`` then answers, for any claim span, the ``said_by`` and ``via`` of the
report's JSON contract.

The rules work over the dependency parse and the cue-word tables below; nothing here
knows any particular report.

Cue words
---------

============================  =========================================================
Cue (``Attribution.cue``)     Found as
============================  =========================================================
reporting verb lemma          ``REPORTING_VERBS`` with a subject ("X said that ...",
                              "said director X", "X, who told AFP ...", "X counts 14 of
                              its members dead", "adding that" takes its governing
                              verb's subject; a speaker after the clause: see Content
                              below); ``WEAK_VERBS`` ("add", "write", "note", ...) only
                              with a clause, a colon or a quote as content;
                              ``EVIDENCE_VERBS`` ("show", "indicate") only with a
                              document noun as subject ("the army's figures show");
                              ``VALUING_VERBS`` ("put the toll at 60", "puts
                              deaths between 55 and 70") only with an object and
                              "at"/"between" a number; ``APPEAL_VERBS`` ("appealed for
                              $3 million"): the amount asked for; ``STANCE_VERBS``
                              ("rejected that account") only with an active subject.
                              A negated verb ("did not confirm") reports nothing, nor
                              does a weak verb whose relative subject is a fact ("...,
                              which explains why")
``CITING_VERBS`` lemma        "Y said ..., citing X" / "quoting X": X is the speaker of
                              what Y said and Y its relay (so is "according to X"
                              inside Y's statement)
``"according to"``            "according to X", "according to estimates of X"; right
                              after a speaker named after its clause ("..., Y said,
                              according to X") X is Y's relay, not a speaker
``"quote"``                   a quotation whose speaker is named right before or after
                              it ("X said, '...'", "'...,' X said")
``"colon"``                   a quotation or clause introduced by a colon ("X said:
                              ..."), or a headline opening with a source and a colon
                              ("Port source: toll near 30 ..."): a few words, no verb
                              or number, ending in a word for people or a name
``"carried"``                 the speaker comes from an earlier sentence: a pronoun, a
                              definite description matching an earlier speaker ("the
                              source", "the spokesman"), or a paragraph that is a quote
                              continuing the previous paragraph's quote
hedge adverb                  ``HEDGE_ADVERBS`` ("reportedly", "allegedly") with no other
                              cue around: an anonymous, hedged attribution
============================  =========================================================

``hedged`` is set by ``HEDGE_VERBS`` ("claim", "allege"), by a hedge adverb in the
content, and by impersonal passives ("it was said that").

Speakers: a dateline opening the paragraph ("Lakeside – A nurse told ...") is never
the speaker; the noun phrase after the dash is. Nor is a speaker taken across a line
break: a title line the parser ran into the first sentence ("Statement on the fire" over
"The union counts ...") is cut from the subject's phrase, and a subject on another line
gives way to the noun phrase on the verb's own line. A relative clause set off by commas
("The source, who asked not to be named, said") and an apposition without a name only
describe the speaker, who is named by the head phrase.
The subject (or the object of "according to") is read as a name with a role
(appositive "X, spokeswoman for Y", or the words before the name "Coalition spokesman
Colonel X"; title-like proper nouns next to the name are dropped from the role); as an
anonymous source when its head is a word for people (``PERSON_NOUNS``: "source",
"activists", "witnesses", "one of the civilians") or an unnamed collective
(``COLLECTIVE_NOUNS``: "local media", "state television"), named as written (a common
noun for people that the tagger took for an entity is still no name); as the owner of a
document noun (``DOC_NOUNS``: "the coalition's strike releases", "estimates of the UN");
as an anonymous body when it names none ("a local relief group", "aid groups"); otherwise
as an organisation ("the US military"). A role that only repeats the name is no role.

The outlet itself: a first-person speaker (``FIRST_PERSON``: "we", "our teams") outside a
quotation, or one that names the document's outlet (loosely: without "the", its acronym,
or "the committee" for "X Relief Committee"), makes an ``own`` attribution: the outlet
states the content itself and ``source_of`` gives no speaker.

Content: a speaker named after the clause (", X said on Tuesday.", ", said X.", a
headline's ", officials say") reports the whole stretch from the sentence's start (never
before its line or a dateline) to the comma, relative clauses and conjoined verbs
included, however the parser hung the verb; so it is only when the verb has no content
after it, just adjuncts (``POST_ADJUNCTS``, with no number outside a date) or a relay, and
no other speaker stands in the stretch. A clause with a reporting verb and a speaker of
its own ("..., while Y put the toll at ...", "... and Y said ...") is not the first
speaker's; an object content stops before a comma-led relative clause (", which ..."),
which belongs to the enclosing speaker.

Relays (``via``, nearest to the speaker first): the listener of "tell" or of "to X" after
a reporting verb when it is a name ("told AFP"), an outlet named as a source's channel ("a
Raqqa24 source": a name that looks like a media outlet, or that the document uses as a
listener or reporter elsewhere, or the document's own outlet), the agent of "contacted by
X", "quoted by X" or "cited by X" in the speaker's phrase ("a source quoted by the news
site X" names X), "as reported by X" after the verb, "according to X" right after a
speaker named after its clause ("..., the service said, according to X"), the speaker who
cites the source ("Y said ..., citing X"), and the speaker of an attribution whose content
holds this one ("Y reported that X said ...").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from operator import attrgetter

from triangulate.claims.entity_index import EntityIndex
from triangulate.model import Document, Speaker
from triangulate.nlp.tokens import Token, Tree

# Verbs whose subject is a source and whose clause or object is what the source says.
REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "report",
        "estimate",
        "announce",
        "claim",
        "confirm",
        "document",
        "tweet",
        "state",
        "allege",
        "record",
        "count",
        "reveal",
        "assert",
        "register",
        "told",  # lemmatiser slips on "told" in headlines
    }
)
# Verbs that put a value on something ("X put the toll at 60", "puts deaths between 55
# and 70"): reports only with an object and "at"/"between" followed by a number.
VALUING_VERBS = frozenset({"put", "place", "peg"})
# Verbs taking a stance on what others said ("X rejected that account"): they report only
# with an active subject, which later pronouns may then refer to ("..., he said").
STANCE_VERBS = frozenset({"reject", "dispute"})
# Verbs of asking for an amount ("X appealed for $12 million"): the "for" phrase is the
# speaker's figure, and nothing else in the sentence is.
APPEAL_VERBS = frozenset({"appeal", "request", "pledge"})
# Participles that make their object the original speaker of a statement someone else
# makes ("the office said ..., citing X": X said it, the office relays it).
CITING_VERBS = frozenset({"cite", "quote"})
# Verbs that report speech only when they take a clause, a colon or a quote ("he added
# that ..."), since "the strikes added to the toll" reports nothing.
WEAK_VERBS = frozenset(
    {"add", "write", "note", "explain", "clarify", "stress", "warn", "insist", "post", "publish"}
)
# Verbs for which a document is the source ("the figures show ...").
EVIDENCE_VERBS = frozenset({"show", "indicate", "suggest"})
# Verbs that mark what they report as unconfirmed.
HEDGE_VERBS = frozenset({"claim", "allege"})
HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
# Head nouns of unnamed people: a speaker with such a head and no name is anonymous.
PERSON_NOUNS = frozenset(
    {
        "source",
        "official",
        "activist",
        "resident",
        "witness",
        "civilian",
        "person",
        "people",
        "one",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "diplomat",
        "commander",
        "fighter",
        "member",
        "insider",
        "doctor",
        "medic",
        "local",
        "man",
        "woman",
        "survivor",
        "refugee",
        "journalist",
        "correspondent",
        "officer",
        "soldier",
        "leader",
        "elder",
        "volunteer",
        "worker",
        "aide",
        "eyewitness",
        "bystander",
        "onlooker",
        "rescuer",
        "relative",
        "neighbour",
        "neighbor",
    }
)
# Dependents a post-posed reporting verb may have after it (", X said on Tuesday in a
# statement, adding ..."): adjuncts, never content; those with a number (not a date) are
# content the parser hung there.
POST_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "punct", "advcl", "agent", "cc"})
# Head nouns of unnamed collectives that are not people ("local media", "state media",
# "the press"): a speaker with such a head and no name is anonymous, named as written.
COLLECTIVE_NOUNS = frozenset({"media", "medium", "press", "television", "tv"})
# Nouns for statements and records: their owner is the speaker ("the UN's estimates").
DOC_NOUNS = frozenset(
    {
        "estimate",
        "figure",
        "report",
        "release",
        "statement",
        "data",
        "record",
        "count",
        "tally",
        "tweet",
        "post",
        "document",
        "survey",
        "assessment",
        "bulletin",
        "communique",
        "briefing",
        "announcement",
        "reports",
    }
)
# Last words of outlet names; a proper name ending so, or holding a digit, is a channel.
MEDIA_WORDS = frozenset(
    {
        "news",
        "tv",
        "radio",
        "press",
        "agency",
        "times",
        "post",
        "channel",
        "network",
        "media",
        "television",
        "gazette",
        "herald",
        "journal",
        "telegraph",
        "tribune",
        "daily",
        "online",
        "wire",
    }
)
# Participles in a speaker's phrase whose agent passed the words on ("contacted by AFP",
# "quoted by X", "cited by X", "as reported by X").
CONTACT_VERBS = frozenset({"contact", "interview", "reach", "quote", "cite", "report"})
# Words that make a speaker the writer of the report itself ("our teams", "we").
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
# Head nouns of bodies that can speak for themselves ("a local relief group"): a
# relative "which" may refer to them as a speaker ("the office, which said ...").
BODY_NOUNS = frozenset(
    {
        "group",
        "office",
        "agency",
        "ministry",
        "committee",
        "council",
        "organisation",
        "organization",
        "authority",
        "department",
        "government",
        "army",
        "military",
        "coalition",
        "monitor",
        "observatory",
        "charity",
        "team",
        "body",
        "hospital",
        "police",
        "administration",
        "directorate",
        "commission",
        "network",
        "alliance",
        "movement",
        "force",
        "forces",
        "union",
    }
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it"})
RELATIVE_WORDS = frozenset({"who", "which", "that"})
DEFINITE = frozenset({"the", "this", "that"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
UNNAMED = "unnamed sources"

_SENTENCE_END = re.compile(r"[.!?\n]")
# A dateline opening a paragraph: a place in capitalised words, maybe ", Country" and an
# agency in brackets, then a dash ("KOBANE, Syria (AFP) – ", "Lakeside – ").
_DATELINE = re.compile(
    r"[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3}(?:,\s*[A-Z][^()\n–—:,]{0,30}?)?"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[–—]+|\s-{1,2})\s+"
)
# A headline naming its source before a colon ("Port source: 30 ships ...").
_HEAD_COLON = re.compile(r"([^:\n]{1,60}?)\s*:\s+\S")
_QUOTE_GAP = re.compile(r"^[ \t\xa0,:–—-]*$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """A stretch of a document that the report attributes to a source.

    ``start``/``end`` is the attributed content (the reported clause, the quote, or the
    sentence); ``via`` the relay chain between speaker and outlet, nearest to the speaker
    first; ``cue`` how it was found (see the module's cue table); ``hedged`` whether the
    attribution marks the content as unconfirmed; ``own`` whether the speaker is the
    outlet itself ("our teams", "the committee" on the committee's own page), so the
    content is the outlet's own statement.
    """

    start: int
    end: int
    speaker: Speaker
    via: tuple[str, ...]
    cue: str
    hedged: bool
    own: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class _Source:
    """A speaker as found, with what later references need to match it."""

    speaker: Speaker
    via: tuple[str, ...]
    head: str
    person: bool
    plural: bool
    own: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class _Found:
    """An attribution with where its cue words lie (for quotes and nesting)."""

    attribution: Attribution
    source: _Source
    cue_start: int
    cue_end: int
    verb: bool
    verb_at: int = -1


def attribute(document: Document, tree: Tree, entities: EntityIndex) -> tuple[Attribution, ...]:
    """Every attribution in one document, in text order.

    Args:
        document: The document the tree was parsed from.
        tree: Its parse.
        entities: Its resolved mentions, for speakers' and relays' entity ids and names.

    Returns:
        The attributions; their spans and speakers' spans lie inside ``document.text``.
    """
    reader = _Reader(document, tree, entities)
    return tuple(
        sorted(
            (f.attribution for f in reader.read()),
            key=lambda a: (a.start, a.end, a.cue),
        )
    )


class Covering:
    """Spans sorted by start, asked which of them cover a span (by bisection, not a scan).

    Built once for a document's attributions, it answers for every claim of the document.
    """

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = tuple(spans)
        self._order = sorted(range(len(self._spans)), key=lambda k: self._spans[k][0])
        self._starts = [self._spans[k][0] for k in self._order]
        # The furthest end among the spans starting at or before each one: no span before
        # a point where that falls short of a claim's end covers the claim.
        self._reach = list(accumulate((self._spans[k][1] for k in self._order), max))

    def around(self, start: int, end: int) -> list[int]:
        """Positions of the spans holding [start, end), in the order given."""
        found = []
        k = bisect_right(self._starts, start) - 1
        while k >= 0 and self._reach[k] >= end:
            position = self._order[k]
            if self._spans[position][1] >= end:
                found.append(position)
            k -= 1
        return sorted(found)


def source_of(
    document: Document,
    attributions: Sequence[Attribution],
    start: int,
    end: int,
    *,
    covering: Covering | None = None,
) -> tuple[Speaker | None, tuple[str, ...]]:
    """The ``said_by`` and ``via`` of a claim at ``[start, end)``.

    The innermost attribution covering the span gives the speaker and relays. The
    document's dateline agency is the last relay for the whole report, unless the
    attribution already names a relay (a different one, as "told Reuters" in an AFP
    report, or the agency itself).

    Args:
        document: The claim's document.
        attributions: ``attribute``'s result for it.
        start: The claim's first character.
        end: One past its last character.
        covering: ``Covering`` of the attributions' spans, when asked for many claims.

    Returns:
        ``(speaker, via)``; ``(None, (agency,))`` or ``(None, ())`` when nothing covers it
        or the outlet states it itself.
    """
    agency = (document.agency or "").strip()
    if covering is None:
        covering = Covering([(a.start, a.end) for a in attributions])
    around = [attributions[k] for k in covering.around(start, end)]
    if not around:
        return None, ((agency,) if agency else ())
    best = min(around, key=lambda a: (a.end - a.start, a.cue == "carried"))
    if best.own:
        return None, ((agency,) if agency else ())
    via = best.via
    if agency and not via and _norm(best.speaker.name) != _norm(agency):
        via = (agency,)
    return best.speaker, via


class _Reader:
    """One pass over a document: cues in text order, then quotes, then nested relays."""

    def __init__(self, document: Document, tree: Tree, entities: EntityIndex) -> None:
        self.text = document.text
        self.outlet = (document.outlet or "").strip()
        self.tree = tree
        self.entities = entities
        self.history: list[_Source] = []
        # Where each paragraph's dateline ends, by paragraph start (see _dateline_end).
        self.datelines: dict[int, int | None] = {}
        # The outlet's name as compared with speakers' names (see _as_outlet).
        bare_outlet = _without_det(self.outlet)
        self.outlet_key = _norm(bare_outlet)
        self.outlet_words: list[str] = _LETTERS.findall(bare_outlet)
        # Every token's lower-case lemma and word, read once for the passes over all tokens.
        self.lemmas: list[str] = list(map(str.lower, map(_LEMMA, tree.tokens)))
        words: list[str] = list(map(str.lower, map(_TEXT, tree.tokens)))
        # Most reports hold no hedge adverb at all; then no attribution needs a look for one.
        self.has_hedges = not HEDGE_ADVERBS.isdisjoint(words)
        # The tokens ``_cue`` can read as a cue; the rest are passed over unread.
        self.cue_at = {i for i, lemma in enumerate(self.lemmas) if lemma in _CUE_LEMMAS}
        self.cue_at.update(i for i, word in enumerate(words) if word == "according")
        self.channels = self._channels()
        # "according to" phrases read as relays of a verb before them, not as speakers.
        self.relays: set[int] = set()

    # -- the cascade -------------------------------------------------------------------

    def read(self) -> list[_Found]:
        """Cues sentence by sentence, then quotes, then relays through outer attributions."""
        found: list[_Found] = []
        # Headline colons are read from the text: the parser often runs a headline into
        # the next paragraph, but each still takes its place in the speakers' history.
        pending = self._headline_colons()

        def reach(start: int) -> None:
            """Take in the headline colons that start by ``start``."""
            while pending and pending[0].cue_start <= start:
                head = pending.pop(0)
                found.append(head)
                self.history.append(head.source)

        for s in range(self.tree.sentence_count()):
            sentence = self.tree.sentence(s)
            for tok in sentence:
                if tok.i not in self.cue_at:
                    continue
                reach(tok.start)
                item = self._cue(tok, found)
                if item is not None:
                    found.append(item)
                    self.history.append(item.source)
            if sentence:
                reach(sentence[-1].start)
            if self.has_hedges:
                found.extend(self._hedges(sentence, found))
        found.extend(pending)
        found = self._quotes(found)
        return _nest(found)

    def _cue(self, tok: Token, found: Sequence[_Found]) -> _Found | None:
        if tok.lower == "according" and self._to_object(tok) is not None:
            # Already read as a relay of the speaker before it ("X said, according to Y").
            return None if tok.i in self.relays else self._according(tok)
        lemma = tok.lemma.lower()
        if lemma in CITING_VERBS and tok.tag == "VBG":
            return self._citing(tok, found)
        if tok.pos in {"VERB", "AUX"} and lemma in _ALL_VERBS:
            return self._verb(tok, found)
        return None

    # -- reporting verbs ---------------------------------------------------------------

    def _verb(self, verb: Token, found: Sequence[_Found]) -> _Found | None:
        lemma = verb.lemma.lower()
        kids = self.tree.children(verb)
        subjects = self._subjects(verb, kids)
        dateline = self._dateline_end(verb)
        if dateline is not None and len(subjects) > 1:
            # "Lakeside – A nurse told ...", parsed with two subjects: not the dateline's.
            subjects = [k for k in subjects if self.tree.span(k)[1] > dateline] or subjects
        subject = subjects[0] if subjects else None
        passive = next((k for k in kids if k.dep == "nsubjpass"), None)
        agent = next((k for k in kids if k.dep == "agent"), None)
        impersonal = False
        if subject is None and agent is not None:
            subject = next((k for k in self.tree.children(agent) if k.dep == "pobj"), None)
        if subject is None and passive is not None and passive.lower in {"it", "this"}:
            impersonal = True
        if any(k.dep == "neg" for k in kids):
            # "X did not confirm that ...": what X did not say is not X's.
            return None
        if subject is not None and subject.lower in RELATIVE_WORDS and verb.dep == "relcl":
            subject = self.tree.head(verb)
            if lemma in WEAK_VERBS | EVIDENCE_VERBS and not self._can_speak(subject):
                # "..., which explains why ...": the antecedent is a fact, not a source.
                return None
        listener = self._listener(verb, kids)
        stretch = self._post_posed(verb, kids, subject) if subject is not None else None
        post_posed = stretch is not None
        content = self._verb_content(verb, kids, subject, listener, stretch)
        if agent is not None and passive is not None and not impersonal:
            # "The position was confirmed by X": what X confirmed is the passive subject.
            content = self._clip(*self.tree.span(passive), verb.start)
        if content is None or not self._reports(verb, lemma, kids, subject, content):
            return None
        if impersonal:
            source = self._unnamed()
            carried = False
        elif subject is not None:
            got = self._speaker(subject, exclude=verb)
            if got is None:
                return None
            source, carried = got
        else:
            inherited = self._inherit(verb, found)
            if inherited is None:
                return None
            source, carried = inherited, False
        via = source.via
        if listener is not None:
            via = (self._name_of(listener),)
        for kid in kids:
            # "..., as reported by X": X passed the words on.
            if kid.dep == "advcl" and kid.lemma.lower() in CONTACT_VERBS:
                via = _joined(via, self._agents(kid))
        relay = self._according_after(verb, subject) if post_posed else None
        relayed = self._to_object(relay) if relay is not None else None
        if relay is not None and relayed is not None:
            # "..., the service said, according to X": X reports that the service said it.
            self.relays.add(relay.i)
            via = _joined(via, (self._relay_name(relayed),))
        hedged = impersonal or lemma in HEDGE_VERBS or self._hedge_in(verb, content)
        cue = "carried" if carried else ("colon" if self._colon_after(verb) else lemma)
        cue_tokens = [verb.start, verb.end]
        if subject is not None and not impersonal:
            cue_tokens += list(self.tree.span(subject))
        if listener is not None:
            cue_tokens.append(self.tree.span(listener)[1])
        if via != source.via:
            source = replace(source, via=via)
        return _Found(
            attribution=Attribution(
                start=content[0],
                end=content[1],
                speaker=source.speaker,
                via=via,
                cue=cue,
                hedged=hedged,
                own=source.own,
            ),
            source=source,
            cue_start=min(cue_tokens),
            cue_end=max(cue_tokens),
            verb=True,
            verb_at=verb.i,
        )

    def _subjects(self, verb: Token, kids: Sequence[Token]) -> list[Token]:
        """The verb's subjects, never taken across a line break.

        A title line the parser ran into the next paragraph ("Statement on the fire" over
        "The union counts ...") may hang as a second subject, or hold the real subject in
        its subtree: the subject is the phrase in the verb's own paragraph.
        """
        para = _paragraph(self.text, verb.start)
        out: list[Token] = []
        for kid in kids:
            if kid.dep not in {"nsubj", "csubj"}:
                continue
            if _paragraph(self.text, kid.start) == para:
                out.append(kid)
                continue
            inside = [
                t
                for t in self.tree.subtree(kid)
                if _paragraph(self.text, t.start) == para and t.pos not in {"PUNCT", "SPACE"}
            ]
            ids = {t.i for t in inside}
            roots = [t for t in inside if t.head not in ids and t.pos in {"NOUN", "PROPN", "PRON"}]
            out.extend(roots[:1])
        return out

    def _reports(
        self,
        verb: Token,
        lemma: str,
        kids: Sequence[Token],
        subject: Token | None,
        content: tuple[int, int],
    ) -> bool:
        """Whether this use of the verb reports what someone says (see the cue table)."""
        clause = any(k.dep in {"ccomp", "parataxis"} for k in kids)
        if lemma in REPORTING_VERBS:
            return True
        if lemma in VALUING_VERBS:
            return self._valued(verb, kids)
        if lemma in APPEAL_VERBS or lemma in STANCE_VERBS:
            return subject is not None and not any(k.dep == "nsubjpass" for k in kids)
        if lemma in EVIDENCE_VERBS:
            return clause or (subject is not None and subject.lemma.lower() in DOC_NOUNS)
        # Weak verbs: a clause, a colon or a quote right after.
        return clause or self._colon_after(verb) or self._quote_follows(verb)

    def _verb_content(
        self,
        verb: Token,
        kids: Sequence[Token],
        subject: Token | None,
        listener: Token | None,
        stretch: tuple[int, int] | None,
    ) -> tuple[int, int] | None:
        """The reported content: a clause before the verb ("..., X said"), else what follows.

        ``stretch`` is what ``_post_posed`` found for the verb and its subject.
        """
        skip: set[int] = set()
        for tok in (subject, listener):
            # A relative clause's antecedent holds the verb: skip only the verb's own words.
            if tok is not None and tok.i not in {a.i for a in self.tree.ancestors(verb)}:
                skip.update(t.i for t in self.tree.subtree(tok))
        if listener is not None and listener.dep == "pobj":
            skip.add(listener.head)
        if verb.lemma.lower() in APPEAL_VERBS:
            # "appealed for $12 million": the amount asked for, and nothing around it.
            asked = next((k for k in kids if k.dep == "prep" and k.lower == "for"), None)
            amount = None
            if asked is not None:
                amount = next((k for k in self.tree.children(asked) if k.dep == "pobj"), None)
            if amount is None:
                return None
            return self._clip(*self._span_without_clauses(amount), verb.start)
        if stretch is not None:
            return self._clip(*stretch, verb.start)
        para_start = self.text.rfind("\n", 0, verb.start) + 1
        # A clause before the verb ("..., X said"); the parser sometimes hangs the previous
        # paragraph's last clause here, which is not this verb's content.
        before = [
            k
            for k in kids
            if k.dep in {"ccomp", "parataxis"} and k.i < verb.i and k.start >= para_start
        ]
        if before:
            first, last = self.tree.span(before[0])
            return self._clip(first, last, verb.start)
        after = [
            t
            for t in self.tree.subtree(verb)
            if t.i > verb.i and t.i not in skip and t.pos not in {"PUNCT", "SPACE"}
        ]
        # A clause with a speaker of its own ("..., while Y put the toll at ...", "... and Y
        # said ...") is set beside this one by the reporter: the content stops before it.
        # A content that is the verb's object (no clause) stops before a comment on it
        # (", which ..."), which is the enclosing speaker's or the reporter's.
        clause = any(k.dep in {"ccomp", "parataxis"} for k in kids)
        cut = min(
            (
                self.tree.subtree(t)[0].i
                for t in after
                if self._own_clause(t) or (not clause and self._comment(t))
            ),
            default=None,
        )
        if cut is not None:
            after = [t for t in after if t.i < cut]
            while after and (after[-1].dep == "cc" or after[-1].pos in {"PUNCT", "SPACE"}):
                after.pop()
        # The complementiser is the report's wording, not the speaker's content.
        while after and after[0].dep == "mark" and after[0].lower == "that":
            after.pop(0)
        if after:
            return self._clip(after[0].start, after[-1].end, verb.start)
        # A sentence-final "..., X reported." whose clause the parser did not attach: the
        # content is the sentence up to the speaker.
        sentence = self.tree.sentence(verb.sent)
        lead = self.tree.span(subject)[0] if subject is not None else verb.start
        if lead <= sentence[0].start or verb.i != _last_word_token(sentence):
            return None
        return self._clip(sentence[0].start, lead, verb.start)

    def _post_posed(
        self, verb: Token, kids: Sequence[Token], subject: Token
    ) -> tuple[int, int] | None:
        """The stretch a speaker named after it reports: "[...], X said [on Tuesday]."

        The speaker and verb follow a comma ("..., X said", "..., said X") and the verb
        has no content of its own after it, only adjuncts ("on Tuesday", "in a
        statement") or a relay ("according to Y"). The content is then everything from
        the sentence's start (never before its line or a dateline) to that comma, however
        the parser hung the verb: relative clauses and conjoined verbs included.
        """
        if verb.dep == "relcl" or subject.lower in RELATIVE_WORDS:
            return None
        para = _paragraph(self.text, verb.start)
        first, last = self.tree.subtree(subject)[0], self.tree.subtree(subject)[-1]
        if last.i < verb.i:
            between = self.tree.tokens[last.i + 1 : verb.i]
            if any(t.head != verb.i or t.dep not in {"aux", "advmod"} for t in between):
                return None
            lead = first
        elif first.i == verb.i + 1:
            lead = verb  # "..., said the ministry"
        else:
            return None
        lemma = verb.lemma.lower()
        for kid in kids:
            if kid.i <= verb.i or kid.pos == "SPACE" or kid.i == subject.i:
                continue
            if _paragraph(self.text, kid.start) != para:
                continue  # a title line's verb with the next paragraph hung on it
            if lemma in {"tell", "told"} and kid.dep in {"dobj", "dative"}:
                continue  # the listener of "told Reuters"
            if kid.dep not in POST_ADJUNCTS or (kid.dep != "advcl" and self._counts(kid)):
                return None
        if self._colon_after(verb) or self._quote_follows(verb):
            return None
        k = lead.i - 1
        comma = False
        while k >= 0 and self.tree[k].pos == "PUNCT" and self.tree[k].text not in {".", "!", "?"}:
            comma = comma or "," in self.tree[k].text
            k -= 1
        if not comma or k < 0:
            return None
        start = max(self.tree.sentence(verb.sent)[0].start, para)
        dateline = self._dateline_end(verb)
        if dateline is not None:
            start = max(start, dateline)
        end = self.tree[k].end
        if start >= end:
            return None
        for tok in self.tree.at(start, end):
            # Another speaker inside the stretch ("While X say ..., Y said ..."): the
            # reporter sets two statements side by side; leave it to the parse.
            if tok.lemma.lower() in REPORTING_VERBS and any(
                c.dep == "nsubj" and c.lower not in RELATIVE_WORDS for c in self.tree.children(tok)
            ):
                return None
        return start, end

    def _counts(self, tok: Token) -> bool:
        """Whether a phrase holds a number that is not part of a date or time."""
        return any(
            (t.pos == "NUM" or any(map(str.isdigit, t.text))) and t.ent not in {"DATE", "TIME"}
            for t in self.tree.subtree(tok)
        )

    def _according_after(self, verb: Token, subject: Token | None) -> Token | None:
        """An "according to Y" right after a post-posed verb and its adjuncts."""
        after = verb.i
        if subject is not None and subject.i > verb.i:
            after = self.tree.subtree(subject)[-1].i
        adjuncts = {t.i for t in self.tree.subtree(verb)}
        tokens = self.tree.tokens
        # By index: a slice would copy the rest of a long report for each verb.
        for k in range(after + 1, len(tokens)):
            tok = tokens[k]
            if tok.sent != verb.sent or tok.pos == "SPACE":
                return None
            if tok.lower == "according":
                return tok if self._to_object(tok) is not None else None
            if tok.pos != "PUNCT" and tok.i not in adjuncts:
                return None
        return None

    def _relay_name(self, obj: Token) -> str:
        """The relay an "according to" names: "according to the agency X" names X."""
        named = obj if self._is_name(obj) else self._name_beside(obj)
        if named is not None:
            return self._name_of(named)
        start, end = self._trimmed(self._phrase(obj, None))
        return self.text[start:end]

    def _valued(self, verb: Token, kids: Sequence[Token]) -> bool:
        """Whether "put"/"place" values something: an object, then "at"/"between" a number."""
        if not any(k.dep == "dobj" for k in kids):
            return False
        for prep in kids:
            if prep.dep != "prep" or prep.lower not in {"at", "between"}:
                continue
            # The number may hang elsewhere in a bad parse; it follows the preposition.
            for nxt in self.tree.tokens[prep.i + 1 : prep.i + 4]:
                if nxt.pos == "NUM" or any(map(str.isdigit, nxt.text)):
                    return True
                if nxt.pos not in {"ADV", "ADJ", "ADP", "SYM"}:
                    break
        return False

    def _own_clause(self, tok: Token) -> bool:
        """A clause beside another that has a reporting verb and a speaker of its own."""
        if tok.dep not in {"advcl", "conj"} or tok.pos not in {"VERB", "AUX"}:
            return False
        lemma = tok.lemma.lower()
        kids = self.tree.children(tok)
        if lemma in VALUING_VERBS:
            if not self._valued(tok, kids):
                return False
        elif lemma not in REPORTING_VERBS | APPEAL_VERBS:
            return False
        return any(k.dep == "nsubj" and k.lower not in RELATIVE_WORDS for k in kids)

    def _comment(self, tok: Token) -> bool:
        """A relative clause set off by a comma: a comment on what precedes it."""
        if tok.dep != "relcl" or tok.i == 0:
            return False
        first = self.tree.subtree(tok)[0]
        return first.i > 0 and self.tree[first.i - 1].text == ","

    def _span_without_clauses(self, head: Token) -> tuple[int, int]:
        """The head's subtree up to its first comma-led relative clause."""
        toks = list(self.tree.subtree(head))
        cut = min((self.tree.subtree(t)[0].i for t in toks if self._comment(t)), default=None)
        if cut is not None:
            toks = [t for t in toks if t.i < cut]
        return toks[0].start, toks[-1].end

    def _can_speak(self, tok: Token) -> bool:
        """Whether a noun may be a source: a name, a pronoun, a person, body or document."""
        if tok.pos == "PRON" or self._is_name(tok):
            return True
        return tok.lemma.lower() in PERSON_NOUNS | DOC_NOUNS | BODY_NOUNS

    def _listener(self, verb: Token, kids: Sequence[Token]) -> Token | None:
        """Who the words were said to, when that is a name ("told AFP", "confirmed to X")."""
        for kid in kids:
            if kid.dep in {"dobj", "dative"} and verb.lemma.lower() in {"tell", "told"}:
                return kid if self._is_name(kid) else None
            if kid.dep in {"prep", "dative"} and kid.lower == "to" and kid.i > verb.i:
                obj = next((k for k in self.tree.children(kid) if k.dep == "pobj"), None)
                if obj is not None and self._is_name(obj):
                    return obj
        return None

    def _inherit(self, verb: Token, found: Sequence[_Found]) -> _Source | None:
        """A subjectless reporting verb ("..., adding that") speaks for its governing verb."""
        if verb.dep not in {"advcl", "conj", "xcomp"}:
            return None
        head = self.tree.head(verb)
        for item in reversed(found):
            if item.verb and item.cue_start <= head.start < item.cue_end + 1:
                return item.source
        return None

    # -- "citing X" ----------------------------------------------------------------------

    def _citing(self, tok: Token, found: Sequence[_Found]) -> _Found | None:
        """ "Y said ..., citing X": X is the speaker of what Y said, and Y its relay."""
        obj = next((k for k in self.tree.children(tok) if k.dep in {"dobj", "pobj"}), None)
        if obj is None:
            return None
        above = {a.i for a in self.tree.ancestors(tok)}
        hosts = [f for f in found if f.verb and f.verb_at in above]
        if not hosts:
            return None
        host = max(hosts, key=lambda f: f.verb_at)
        got = self._speaker(obj, exclude=None, strict=True)
        if got is None:
            return None
        source, carried = got
        content: tuple[int, int] | None = (host.attribution.start, host.attribution.end)
        clause = self.tree.head(tok)
        if clause.i != host.verb_at:
            # Cited inside the reported clause: the clause without the citing phrase and
            # without clauses that have speakers of their own.
            skip = {t.i for t in self.tree.subtree(tok)}
            for t in self.tree.subtree(clause):
                if t.i != clause.i and self._own_clause(t):
                    skip.update(x.i for x in self.tree.subtree(t))
            side = [
                t
                for t in self.tree.subtree(clause)
                if t.i not in skip
                and (t.i < tok.i if clause.i < tok.i else t.i > tok.i)
                and t.pos not in {"PUNCT", "SPACE"}
            ]
            while side and side[0].dep == "mark" and side[0].lower == "that":
                side.pop(0)
            content = self._clip(side[0].start, side[-1].end, tok.start) if side else None
        if content is None:
            return None
        host_speaker = host.attribution.speaker
        relays = host.attribution.via if host.attribution.own else (host_speaker.name,)
        via = _joined(source.via, _joined(relays, host.attribution.via))
        source = replace(source, via=via)
        return _Found(
            attribution=Attribution(
                start=content[0],
                end=content[1],
                speaker=source.speaker,
                via=via,
                cue="carried" if carried else tok.lemma.lower(),
                hedged=host.attribution.hedged,
                own=source.own,
            ),
            source=source,
            cue_start=tok.start,
            cue_end=self.tree.span(obj)[1],
            verb=False,
        )

    # -- headline colons ---------------------------------------------------------------

    def _headline_colons(self) -> list[_Found]:
        """ "Port source: 30 ships ..." — a paragraph opening with a source and a colon.

        The words before the colon must be a short noun phrase without a verb or a number
        whose head is a word for people (anonymous) or a person's or body's name.
        """
        out: list[_Found] = []
        for match in _head_colon_matches(self.text):
            start, end = match.span(1)
            if not _opens_paragraph(self.text, start):
                continue
            words = [t for t in self.tree.at(start, end) if t.pos not in {"PUNCT", "SPACE"}]
            if not 0 < len(words) <= 5 or words[0].start != start:
                continue
            if any(t.pos in {"VERB", "AUX", "NUM"} or any(map(str.isdigit, t.text)) for t in words):
                continue
            last = words[-1]
            if last.lemma.lower() in PERSON_NOUNS or last.lower in PERSON_NOUNS:
                before = words[:-1]
                via: tuple[str, ...] = ()
                if before and before[0].text[:1].isupper():
                    name = self.text[before[0].start : before[-1].end]
                    if self._channel_name(name):
                        via = (name,)
                source = _Source(
                    speaker=Speaker(
                        name=self.text[start:end], anonymous=True, start=start, end=end
                    ),
                    via=via,
                    head=last.lemma.lower(),
                    person=True,
                    plural=last.tag in {"NNS", "NNPS"},
                )
            elif all(self._is_name(t) for t in words) and last.ent in {"PERSON", "ORG"}:
                source = self._as_outlet(self._named(last, words, role_tokens=None), None)
            else:
                continue
            line_end = self.text.find("\n", end)
            content = _strip(
                self.text, match.end() - 1, len(self.text) if line_end < 0 else line_end
            )
            if content[0] >= content[1]:
                continue
            out.append(
                _Found(
                    attribution=Attribution(
                        start=content[0],
                        end=content[1],
                        speaker=source.speaker,
                        via=source.via,
                        cue="colon",
                        hedged=False,
                        own=source.own,
                    ),
                    source=source,
                    cue_start=start,
                    cue_end=match.end() - 1,
                    verb=False,
                )
            )
        return out

    # -- "according to" ----------------------------------------------------------------

    def _to_object(self, according: Token) -> Token | None:
        for to in self.tree.children(according):
            if to.lower == "to":
                return next((k for k in self.tree.children(to) if k.dep == "pobj"), None)
        return None

    def _according(self, according: Token) -> _Found | None:
        obj = self._to_object(according)
        if obj is None:
            return None
        got = self._speaker(obj, exclude=None, strict=True)
        if got is None:
            return None
        source, carried = got
        clause = self.tree.head(according)
        for up in [clause, *self.tree.ancestors(clause)]:
            clause = up
            if up.pos in {"VERB", "AUX"}:
                break
        obj_start, obj_end = self.tree.span(obj)
        words = [
            t
            for t in self.tree.subtree(clause)
            if t.pos not in {"PUNCT", "SPACE"} and not (t.dep == "mark" and t.lower == "that")
        ]
        first, last = words[0].start, words[-1].end
        if first == according.start and obj_end < last:
            # "that, according to X, 26 sailors ...": inside another's statement the
            # content is what X said, after the cue.
            first = obj_end
        content = self._clip(first, last, according.start)
        if content is None:
            return None
        return _Found(
            attribution=Attribution(
                start=content[0],
                end=content[1],
                speaker=source.speaker,
                via=source.via,
                cue="carried" if carried else "according to",
                hedged=self._hedge_in(clause, content),
                own=source.own,
            ),
            source=source,
            cue_start=according.start,
            cue_end=obj_end if obj_end > obj_start else according.end,
            verb=False,
        )

    # -- speakers ----------------------------------------------------------------------

    def _speaker(
        self, head: Token, *, exclude: Token | None, strict: bool = False
    ) -> tuple[_Source, bool] | None:
        """The speaker a noun phrase names or describes, and whether it was carried over.

        ``strict`` refuses phrases that name no source at all ("according to the deal").
        The writer of the report ("we", "our teams", the outlet's own name) is the
        outlet speaking for itself.
        """
        if head.lower in FIRST_PERSON or any(
            k.dep == "poss" and k.lower in FIRST_PERSON for k in self.tree.children(head)
        ):
            return self._own_source(), False
        if head.tag in {"PRP", "PRP$"} or head.pos == "PRON":
            resolved = self._pronoun(head)
            return None if resolved is None else (resolved, True)
        dateline = self._dateline_end(head)
        if dateline is not None and head.start < dateline:
            # "Lakeside – A source in the port told ...": the place is the dateline; the
            # speaker is the noun phrase after the dash, which the parser hangs on it.
            after = [
                t
                for t in self.tree.subtree(head)
                if t.start >= dateline and t.pos not in {"PUNCT", "SPACE"}
            ]
            ids = {t.i for t in after}
            roots = [t for t in after if t.head not in ids and t.pos in {"NOUN", "PROPN", "PRON"}]
            return self._speaker(roots[0], exclude=exclude, strict=strict) if roots else None
        got = self._described(head, exclude=exclude, strict=strict)
        if got is None:
            return None
        source, carried = got
        if not source.own:
            source = self._as_outlet(source, head)
        return source, carried

    def _described(
        self, head: Token, *, exclude: Token | None, strict: bool
    ) -> tuple[_Source, bool] | None:
        """The speaker a (non-pronoun) noun phrase names or describes (see ``_speaker``)."""
        phrase = self._phrase(head, exclude)
        if not phrase:
            return None
        lemma = head.lemma.lower()
        appos = next((k for k in self.tree.children(head) if k.dep == "appos"), None)
        if appos is not None and appos.i not in {t.i for t in phrase}:
            appos = None
        if appos is not None and not self._is_name(head) and not self._is_name(appos):
            # "The source, a nurse at the clinic, said": no name on either side, so the
            # head phrase names the speaker and the apposition only describes it.
            cut = {t.i for t in self.tree.subtree(appos)}
            phrase = [t for t in phrase if t.i not in cut]
            while phrase and phrase[-1].pos in {"PUNCT", "SPACE"}:
                phrase.pop()
            appos = None
        if appos is None and not self._is_name(head):
            appos = self._stray_name(head, phrase)
            if appos is not None:
                role_side = [t for t in phrase if t.i != appos.i]
                return self._named(appos, [appos], role_tokens=role_side), False
        if appos is not None:
            return self._apposed(head, appos, phrase), False
        if self._is_name(head):
            return self._named(head, phrase, role_tokens=None), False
        if lemma in DOC_NOUNS:
            owner = self._owner(head)
            if owner is not None:
                got = self._speaker(owner, exclude=None)
                if got is not None:
                    source, carried = got
                    role = self._words(
                        [
                            t
                            for t in phrase
                            if t.i not in {x.i for x in self.tree.subtree(owner)}
                            and t.dep not in {"det", "case", "punct"}
                            and t.lower != "of"
                        ]
                    )
                    if source.speaker.role is None and role:
                        speaker = replace(source.speaker, role=role)
                        source = replace(source, speaker=speaker)
                    return source, carried
        definite = self._definite(head, phrase)
        if definite is not None:
            return definite, True
        if lemma in PERSON_NOUNS or lemma in DOC_NOUNS or lemma in COLLECTIVE_NOUNS:
            return self._anonymous(head, phrase), False
        if strict and lemma not in BODY_NOUNS:
            return None
        if not any(t.pos == "PROPN" for t in phrase) and (
            phrase[0].lower in {"a", "an"} or (phrase[0].i == head.i and head.tag == "NNS")
        ):
            # "a local relief group", "aid groups": a body the report does not name.
            return self._anonymous(head, phrase), False
        # An organisation is named by its head and the words before it ("the US-led
        # coalition"); what follows describes it ("backing the assault").
        start, end = self._trimmed([t for t in phrase if t.i <= head.i])
        return (
            _Source(
                speaker=Speaker(
                    name=self.text[start:end],
                    entity=self._entity(head),
                    anonymous=False,
                    start=start,
                    end=end,
                ),
                via=(),
                head=lemma,
                person=False,
                plural=head.tag in {"NNS", "NNPS"},
            ),
            False,
        )

    def _stray_name(self, head: Token, phrase: Sequence[Token]) -> Token | None:
        """A name right after a descriptive noun that the parser left unattached.

        "monitor Airwars" is sometimes parsed with "Airwars" hanging off the clause; the
        name next to the description is still the speaker's.
        """
        last = phrase[-1]
        if last.i + 1 >= len(self.tree) or last.i != head.i:
            # Only a name right after the speaker's own head noun: after "quoted by the
            # news site" a stray name is the site's.
            return None
        nxt = self.tree[last.i + 1]
        if nxt.sent != last.sent or not self._is_name(nxt) or nxt.dep not in {"dep", "npadvmod"}:
            return None
        if self.tree.head(nxt).pos == "VERB" and self.tree.head(nxt).lemma.lower() in _ALL_VERBS:
            return None
        return nxt

    def _apposed(self, head: Token, appos: Token, phrase: Sequence[Token]) -> _Source:
        """An appositive pair ("X, spokeswoman for Y"): a name on one side, a role on the other."""
        appos_ids = {t.i for t in self.tree.subtree(appos)}
        head_side = [t for t in phrase if t.i not in appos_ids]
        appos_side = [t for t in phrase if t.i in appos_ids]
        if self._is_name(appos) and not self._is_name(head):
            source = self._named(appos, appos_side, role_tokens=head_side)
        else:
            source = self._named(head, head_side, role_tokens=appos_side)
        return source

    def _named(
        self, head: Token, phrase: Sequence[Token], *, role_tokens: Sequence[Token] | None
    ) -> _Source:
        """A named speaker: the name run around the head, the rest of the phrase its role."""
        run = self._name_run(head, phrase)
        start, end = run[0].start, run[-1].end
        before = [t for t in phrase if t.end <= start and t.pos not in {"PUNCT", "SPACE"}]
        # Proper nouns glued to the name but outside its entity are titles ("Colonel"),
        # dropped when a common noun still says the role ("Coalition spokesman"); a
        # role of proper nouns only ("Interior Secretary") is kept whole, a bare title
        # ("Colonel") is no role.
        titled = list(before)
        while before and before[-1].pos == "PROPN" and not before[-1].ent and head.ent:
            before.pop()
        if before and not any(t.pos == "NOUN" for t in before):
            before = titled
        words = role_tokens if role_tokens is not None else before
        role: str | None = self._words([t for t in words if not (t.dep == "det" and t is words[0])])
        entity = self._entity(head)
        name = self.text[start:end]
        person = head.ent == "PERSON"
        for earlier in reversed(self.history):
            same = entity is not None and earlier.speaker.entity == entity
            # A later, shorter mention ("Dillon") keeps the full name and role given first.
            if (same or _words_in(name, earlier.speaker.name)) and not earlier.speaker.anonymous:
                role = role or earlier.speaker.role
                if _words_in(name, earlier.speaker.name):
                    name = earlier.speaker.name
                person = person or earlier.person
                break
        if role and any(w in PERSON_NOUNS for w in role.lower().split()):
            person = True
        return _Source(
            speaker=Speaker(
                name=name,
                entity=entity,
                role=role or None,
                anonymous=False,
                start=start,
                end=end,
            ),
            via=self._contacts(phrase),
            head=head.lemma.lower(),
            person=person,
            plural=head.tag == "NNPS",
        )

    def _anonymous(self, head: Token, phrase: Sequence[Token]) -> _Source:
        """An unnamed source ("official sources", "a Raqqa24 source") with its channel."""
        via = self._contacts(phrase)
        # "a hospital source quoted by X" is named without the words that say who relayed it.
        relayed = {
            t.i
            for tok in phrase
            if tok.dep in {"acl", "relcl"}
            and tok.lemma.lower() in CONTACT_VERBS
            and tok.head == head.i
            for t in self.tree.subtree(tok)
        }
        named = [t for t in phrase if t.i not in relayed]
        while len(named) > 1 and named[-1].pos in {"PUNCT", "SPACE"}:
            named.pop()
        start, end = self._trimmed(named, keep_det=True)
        role: str | None = self._words([t for t in named if t.dep != "det"]) or None
        if role is not None and _norm(role) == _norm(_without_det(self.text[start:end])):
            role = None  # "officials" is no role of "officials"
        for kid in self.tree.children(head):
            if kid.dep in {"compound", "poss", "nmod"} and kid.i < head.i and self._is_name(kid):
                name = self._name_of(kid)
                if self._is_channel(kid, name):
                    via = (name, *via)
        return _Source(
            speaker=Speaker(
                name=self.text[start:end],
                role=role,
                anonymous=True,
                start=start,
                end=end,
            ),
            via=via,
            head=head.lemma.lower(),
            person=True,
            plural=head.tag in {"NNS", "NNPS"},
        )

    def _unnamed(self) -> _Source:
        return _Source(
            speaker=Speaker(name=UNNAMED, anonymous=True),
            via=(),
            head="source",
            person=False,
            plural=True,
        )

    def _pronoun(self, pron: Token) -> _Source | None:
        """The most recent compatible speaker: people for he/she, groups for they/it."""
        word = pron.lower
        for earlier in reversed(self.history):
            if earlier.speaker.name == UNNAMED:
                continue
            if word in PERSON_PRONOUNS and earlier.person and not earlier.plural:
                return self._carry(earlier, None)
            if word in GROUP_PRONOUNS and (earlier.plural or not earlier.person):
                return self._carry(earlier, None)
        return None

    def _definite(self, head: Token, phrase: Sequence[Token]) -> _Source | None:
        """An earlier speaker a definite description ("the source", "the spokesman") refers to."""
        det = phrase[0]
        if det.lower not in DEFINITE or det.dep != "det":
            return None
        if any(t.pos == "PROPN" for t in phrase):
            return None
        lemma = head.lemma.lower()
        for earlier in reversed(self.history):
            # The description must name the same kind: the earlier head noun, or the last
            # word of its name or role ("the spokesman" for "Coalition spokesman X").
            ends = {_last_word(earlier.speaker.name), _last_word(earlier.speaker.role or "")}
            if earlier.head == lemma or lemma in ends or head.lower in ends:
                start, end = self._trimmed(phrase, keep_det=True)
                return self._carry(earlier, (start, end))
        return None

    def _carry(self, earlier: _Source, span: tuple[int, int] | None) -> _Source:
        start, end = span if span else (None, None)
        return replace(earlier, speaker=replace(earlier.speaker, start=start, end=end))

    def _owner(self, noun: Token) -> Token | None:
        """Whose statement a document noun is: "X's estimates", "estimates of X", "UN report"."""
        for kid in self.tree.children(noun):
            if kid.dep in {"poss", "nmod"} and kid.i < noun.i:
                return kid
            if kid.dep == "prep" and kid.lower in {"of", "by", "from"}:
                obj = next((k for k in self.tree.children(kid) if k.dep == "pobj"), None)
                if obj is not None:
                    return obj
        for kid in self.tree.children(noun):
            if kid.dep == "compound" and self._is_name(kid):
                return kid
        return None

    def _contacts(self, phrase: Sequence[Token]) -> tuple[str, ...]:
        """Relays named inside the speaker's phrase: "fighters contacted by AFP"."""
        out: tuple[str, ...] = ()
        for tok in phrase:
            if tok.lemma.lower() in CONTACT_VERBS and tok.dep in {"acl", "relcl"}:
                out = _joined(out, self._agents(tok))
        return out

    def _agents(self, participle: Token) -> tuple[str, ...]:
        """The names in "by X" of a participle; "by the news site X" names X."""
        out: list[str] = []
        for agent in self.tree.children(participle):
            if agent.dep != "agent":
                continue
            for obj in self.tree.children(agent):
                if obj.dep != "pobj":
                    continue
                name = obj if self._is_name(obj) else self._name_beside(obj)
                if name is not None:
                    out.append(self._name_of(name))
        return tuple(out)

    def _name_beside(self, noun: Token) -> Token | None:
        """The name a descriptive noun introduces ("the news site X"), apposed or stray."""
        for kid in self.tree.children(noun):
            if kid.dep == "appos" and self._is_name(kid):
                return kid
        last = self.tree.subtree(noun)[-1]
        if last.i + 1 < len(self.tree):
            nxt = self.tree[last.i + 1]
            if nxt.sent == last.sent and self._is_name(nxt) and nxt.dep in {"npadvmod", "dep"}:
                return nxt
        return None

    # -- the outlet itself ---------------------------------------------------------------

    def _own_source(self) -> _Source:
        """The outlet speaking for itself."""
        return _Source(
            speaker=Speaker(name=self.outlet or "the outlet"),
            via=(),
            head="outlet",
            person=False,
            plural=True,
            own=True,
        )

    def _as_outlet(self, source: _Source, head: Token | None) -> _Source:
        """The source, marked as the outlet itself when it names or describes the outlet.

        Compared loosely: the same name without "the", its acronym, or a definite
        description by the outlet's last word ("the committee" for "X Relief Committee").
        """
        if not self.outlet or source.speaker.anonymous:
            return source
        outlet = self.outlet_key
        words = self.outlet_words
        names = [source.speaker.name]
        entity = self.entities.at(head.start, head.end) if head is not None else None
        if entity is not None:
            names += [entity.name, *entity.aliases]
        for name in names:
            bare = _without_det(name)
            if _norm(bare) == outlet or (
                bare.isupper() and len(words) > 1 and bare == "".join(w[0] for w in words)
            ):
                return replace(source, own=True)
        if (
            head is not None
            and words
            and head.lower == words[-1].lower()
            and head.pos == "NOUN"
            and any(k.dep == "det" and k.lower in DEFINITE for k in self.tree.children(head))
        ):
            return replace(source, own=True)
        return source

    def _channel_name(self, name: str) -> bool:
        """Whether a name looks like a media outlet, is used as one, or is the outlet."""
        words = _ALNUM.findall(name)
        if any(map(str.isdigit, name)) or (words and words[-1].lower() in MEDIA_WORDS):
            return True
        if self.outlet and _norm(_without_det(name)) == self.outlet_key:
            return True
        return _norm(name) in self.channels

    def _dateline_end(self, tok: Token) -> int | None:
        """Where the dateline opening the token's paragraph ends, if it opens with one."""
        para_start = self.text.rfind("\n", 0, tok.start) + 1
        if para_start not in self.datelines:
            match = _DATELINE.match(self.text, para_start)
            self.datelines[para_start] = match.end() if match is not None else None
        return self.datelines[para_start]

    # -- quotes ------------------------------------------------------------------------

    def _quotes(self, found: list[_Found]) -> list[_Found]:
        """Quotations get the speaker named next to them, or the previous quote's speaker."""
        out = list(found)
        drop: set[int] = set()
        last_quote: _Found | None = None
        for open_at, inner_start, inner_end, close_at in _quote_spans(self.text):
            for n, other in enumerate(found):
                # "We counted ..." inside a quotation is the quoted speaker's "we".
                if other.attribution.own and inner_start <= other.cue_start < inner_end:
                    drop.add(n)
            start, end = _strip(self.text, inner_start, inner_end)
            if end <= start:
                continue
            item = self._quote_speaker(found, open_at, close_at)
            cue = "quote"
            if item is not None:
                gap = self.text[item.cue_end : open_at] if item.cue_end <= open_at else ""
                cue = "colon" if gap.rstrip().endswith(":") else "quote"
                for n, other in enumerate(found):
                    a = other.attribution
                    if other is item and open_at - 2 <= a.start and a.end <= close_at + 2:
                        drop.add(n)
                source = item.source
            elif last_quote is not None and self._continues(last_quote.cue_end, open_at):
                source = self._carry(last_quote.source, None)
                cue = "carried"
            else:
                continue
            attribution = Attribution(
                start=start,
                end=end,
                speaker=source.speaker,
                via=source.via,
                cue=cue,
                hedged=item.attribution.hedged if item is not None else False,
            )
            last_quote = _Found(
                attribution=attribution,
                source=source,
                cue_start=open_at,
                cue_end=close_at,
                verb=False,
            )
            out.append(last_quote)
        return [f for n, f in enumerate(out) if n not in drop]

    def _continues(self, previous_end: int, open_at: int) -> bool:
        """Whether a quote goes on with the previous quote's speaker.

        So it does when it opens the next paragraph, or follows in the same paragraph
        after no more than the sentence that named the speaker ("'...,' X said. '...'").
        """
        if _opens_paragraph(self.text, open_at):
            return _previous_paragraph(self.text, open_at) <= previous_end
        gap = self.text[previous_end:open_at]
        return "\n" not in gap and len(gap) <= 80 and len(_SENTENCE_END.findall(gap)) <= 1

    def _quote_speaker(self, found: Sequence[_Found], open_at: int, close_at: int) -> _Found | None:
        """The reporting verb introducing the quote ("X said, '") or following it ("', X said")."""
        best: tuple[int, _Found] | None = None
        for item in found:
            if not item.verb or open_at <= item.cue_start < close_at:
                continue
            if item.cue_end <= open_at:
                gap = self.text[item.cue_end : open_at]
                # A few words at most ("said in a statement:"), never a sentence end.
                if _SENTENCE_END.search(gap) or len(gap.split()) > 4:
                    continue
            elif item.cue_start >= close_at:
                gap = self.text[close_at : item.cue_start]
                if not _QUOTE_GAP.match(gap):
                    continue
            else:
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), item)
        return best[1] if best else None

    def _quote_follows(self, verb: Token) -> bool:
        rest = self.text[verb.end : verb.end + 40]
        return bool(_QUOTE_AFTER.match(rest))

    # -- hedges ------------------------------------------------------------------------

    def _hedges(self, sentence: Sequence[Token], found: list[_Found]) -> list[_Found]:
        """Hedge adverbs mark the attribution around them, or make an anonymous one."""
        out: list[_Found] = []
        for tok in sentence:
            if tok.lower not in HEDGE_ADVERBS:
                continue
            covering = [
                n
                for n, f in enumerate(found)
                if f.attribution.start <= tok.start < f.attribution.end
            ]
            if covering:
                n = min(
                    covering, key=lambda k: found[k].attribution.end - found[k].attribution.start
                )
                found[n] = replace(found[n], attribution=replace(found[n].attribution, hedged=True))
                continue
            clause = self.tree.head(tok)
            first, last = self.tree.span(clause)
            content = self._clip(first, last, tok.start)
            if content is None:
                continue
            source = self._unnamed()
            out.append(
                _Found(
                    attribution=Attribution(
                        start=content[0],
                        end=content[1],
                        speaker=source.speaker,
                        via=(),
                        cue=tok.lower,
                        hedged=True,
                    ),
                    source=source,
                    cue_start=tok.start,
                    cue_end=tok.end,
                    verb=False,
                )
            )
        return out

    def _hedge_in(self, tok: Token, content: tuple[int, int]) -> bool:
        """A hedge adverb on the verb or inside the content."""
        if not self.has_hedges:
            return False
        if any(k.lower in HEDGE_ADVERBS for k in self.tree.children(tok)):
            return True
        return any(t.lower in HEDGE_ADVERBS for t in self.tree.at(*content))

    # -- names -------------------------------------------------------------------------

    def _is_name(self, tok: Token) -> bool:
        """A proper noun, or a common noun tagged as an entity that is not a word for people."""
        if tok.pos == "PROPN":
            return True
        if tok.lemma.lower() in PERSON_NOUNS | COLLECTIVE_NOUNS:
            return False  # a tagger's slip: "Eyewitnesses" is no place
        return tok.ent in NAME_LABELS and tok.pos in {"NOUN", "NUM"}

    def _name_run(self, head: Token, phrase: Sequence[Token]) -> list[Token]:
        """The contiguous proper-name words around the head (its entity, when tagged)."""
        ids = {t.i: t for t in phrase}
        run = [head]
        i = head.i - 1
        while i in ids and self._in_name(ids[i], head, left=True):
            run.insert(0, ids[i])
            i -= 1
        i = head.i + 1
        while i in ids and self._in_name(ids[i], head, left=False):
            run.append(ids[i])
            i += 1
        while len(run) > 1 and run[0].pos in {"PUNCT", "SPACE", "PART"}:
            run.pop(0)
        return run

    def _in_name(self, tok: Token, head: Token, *, left: bool) -> bool:
        if tok.pos in {"DET", "SPACE"}:
            return False
        if head.ent and tok.ent == head.ent:
            return True
        if head.ent == "PERSON":
            # Untagged proper nouns before a person's name are titles ("Colonel").
            return False
        if not left:
            # An untagged name goes on with its own words ("Valley 24"), not a new entity.
            return not head.ent and tok.pos in {"PROPN", "NUM"}
        return tok.pos in {"PROPN", "NUM"} or (tok.pos == "PUNCT" and tok.text == "-")

    def _name_of(self, tok: Token) -> str:
        """A relay's name: the resolved entity's canonical name, else the words as written."""
        entity = self.entities.at(tok.start, tok.end)
        if entity is not None:
            return entity.name
        run = self._name_run(tok, self.tree.subtree(tok))
        return self.text[run[0].start : run[-1].end]

    def _entity(self, tok: Token) -> str | None:
        entity = self.entities.at(tok.start, tok.end)
        return entity.id if entity is not None else None

    def _is_channel(self, tok: Token, name: str) -> bool:
        """Whether a name modifying a source is the outlet it spoke through."""
        return self._channel_name(name) or _norm(self.text[tok.start : tok.end]) in self.channels

    def _channels(self) -> frozenset[str]:
        """Names the document uses as listeners ("told X") or reporters ("X reported")."""
        out: set[str] = set()
        for tok, lemma in zip(self.tree.tokens, self.lemmas, strict=True):
            if lemma in {"tell", "told"}:
                for kid in self.tree.children(tok):
                    if kid.dep in {"dobj", "dative"} and self._is_name(kid):
                        out.add(_norm(self._name_of(kid)))
                        out.add(_norm(kid.text))
            if lemma in {"report", "tweet", "publish", "broadcast", "post"}:
                for kid in self.tree.children(tok):
                    if kid.dep == "nsubj" and self._is_name(kid):
                        out.add(_norm(self._name_of(kid)))
                        out.add(_norm(kid.text))
        return frozenset(out)

    # -- spans -------------------------------------------------------------------------

    def _phrase(self, head: Token, exclude: Token | None) -> list[Token]:
        """The head's subtree, without the branch holding the reporting verb."""
        # Only a verb inside the phrase (a relative clause) is cut out of it.
        above: set[int] = set()
        if exclude is not None and head.i in {a.i for a in self.tree.ancestors(exclude)}:
            above = self._above(exclude)
        out = []
        para = _paragraph(self.text, head.start)
        for tok in self.tree.subtree(head):
            if tok.i in above and tok.i != head.i:
                continue
            if _paragraph(self.text, tok.start) != para:
                continue  # a speaker's phrase never runs across a line break
            out.append(tok)
        if exclude is not None and exclude.dep == "relcl" and exclude.head == head.i:
            cut = {t.i for t in self.tree.subtree(exclude)}
            out = [t for t in out if t.i not in cut]
        for kid in self.tree.children(head):
            # "The source, who asked not to be named, said": a relative clause set off by
            # commas describes the speaker; the speaker is named without it.
            if kid.dep == "relcl" and self._comment(kid):
                cut = {t.i for t in self.tree.subtree(kid)}
                out = [t for t in out if t.i not in cut]
        while out and out[-1].pos in {"PUNCT", "SPACE"}:
            out.pop()
        while out and out[0].pos in {"PUNCT", "SPACE"}:
            out.pop(0)
        return out

    def _above(self, tok: Token) -> set[int]:
        """The token and every token of its subtree."""
        return {t.i for t in self.tree.subtree(tok)}

    def _trimmed(self, phrase: Sequence[Token], *, keep_det: bool = False) -> tuple[int, int]:
        toks = list(phrase)
        if not keep_det and len(toks) > 1 and toks[0].dep == "det":
            toks.pop(0)
        return toks[0].start, toks[-1].end

    def _words(self, tokens: Sequence[Token]) -> str:
        """Tokens' text joined as written between the first and last, or ""."""
        toks = [t for t in tokens if t.pos not in {"PUNCT", "SPACE"} or t.text == "-"]
        if not toks:
            return ""
        return " ".join(self.text[toks[0].start : toks[-1].end].split())

    def _colon_after(self, verb: Token) -> bool:
        rest = self.text[verb.end : verb.end + 60]
        match = _COLON_AFTER.match(rest)
        return match is not None and len(match.group(0).split()) <= 5

    def _clip(self, start: int, end: int, anchor: int) -> tuple[int, int] | None:
        """The span cut to the anchor's paragraph and stripped; None when nothing is left."""
        para_start = self.text.rfind("\n", 0, anchor) + 1
        para_end = self.text.find("\n", anchor)
        if para_end < 0:
            para_end = len(self.text)
        start, end = _strip(self.text, max(start, para_start), min(end, para_end))
        return (start, end) if start < end else None


_ALL_VERBS = (
    REPORTING_VERBS | WEAK_VERBS | EVIDENCE_VERBS | VALUING_VERBS | APPEAL_VERBS | STANCE_VERBS
)
# Lemmas ``_Reader._cue`` reads as cues ("according" aside).
_CUE_LEMMAS = CITING_VERBS | _ALL_VERBS
_LEMMA = attrgetter("lemma")
_TEXT = attrgetter("text")


def _nest(found: list[_Found]) -> list[_Found]:
    """Attributions inside another's content relay through that outer speaker."""
    out = []
    covering = Covering([(o.attribution.start, o.attribution.end) for o in found])
    for item in found:
        outer = [
            o
            for o in (found[k] for k in covering.around(item.cue_start, item.cue_end))
            if o is not item
            and o.attribution.speaker.name != UNNAMED
            and not o.attribution.own
            and o.attribution.cue not in HEDGE_ADVERBS
            and not _same(o.attribution.speaker, item.attribution.speaker)
        ]
        if not outer or item.attribution.speaker.name == UNNAMED:
            out.append(item)
            continue
        host = min(outer, key=lambda o: o.attribution.end - o.attribution.start)
        via = list(item.attribution.via)
        for name in (host.attribution.speaker.name, *host.attribution.via):
            if _norm(name) not in {_norm(v) for v in via}:
                via.append(name)
        out.append(replace(item, attribution=replace(item.attribution, via=tuple(via))))
    return out


def _last_word_token(sentence: Sequence[Token]) -> int:
    """Index of the sentence's last token that is not punctuation or space."""
    words = [t.i for t in sentence if t.pos not in {"PUNCT", "SPACE"}]
    return words[-1] if words else -1


def _same(a: Speaker, b: Speaker) -> bool:
    if a.entity is not None and a.entity == b.entity:
        return True
    return _norm(a.name) == _norm(b.name)


def _quote_spans(text: str) -> Iterable[tuple[int, int, int, int]]:
    """(open mark, inner start, inner end, end after the close mark) of each quotation.

    A quote left open at a paragraph's end goes on only when the next paragraph opens
    with a quote mark (the newspaper convention for quotes over several paragraphs);
    otherwise it ends with its paragraph.
    """
    closers = {"“": "”", "‘": "’", '"': '"'}
    i = 0
    n = len(text)
    while i < n:
        # Only quote marks and line breaks matter: jump from one to the next.
        mark = _OPEN_MARK.search(text, i)
        if mark is None:
            return
        i = mark.start()
        ch = text[i]
        if not _opens(text, i):
            i += 1
            continue
        close = closers[ch]
        stops = _QUOTE_STOPS[close]
        j = i + 1
        while True:
            stop = stops.search(text, j)
            if stop is None:
                yield i, i + 1, n, n
                i = n
                break
            j = stop.start()
            c = text[j]
            if c == close and (close != "’" or _closes_single(text, j)):
                yield i, i + 1, j, j + 1
                i = j + 1
                break
            if c == "\n":
                k = j
                while k < n and text[k].isspace():
                    k += 1
                if k < n and text[k] == ch:
                    j = k + 1
                    continue
                yield i, i + 1, j, j
                i = j
                break
            j += 1


_OPEN_MARK = re.compile('[“‘"]')
# What ends a quotation opened by each mark's closer: the closer or a line break.
_QUOTE_STOPS = {close: re.compile(f"[{close}\n]") for close in ("”", "’", '"')}


def _opens(text: str, i: int) -> bool:
    """Whether a quote mark at ``i`` opens a quotation (not an apostrophe or a closer)."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    if ch == '"':
        return not before.isalnum() and before not in ".,;:!?"
    if ch == "‘":
        return not before.isalnum()
    return True


def _closes_single(text: str, j: int) -> bool:
    """A ’ closes a quotation unless a letter follows it (an apostrophe: "IS’s", "don’t")."""
    after = text[j + 1] if j + 1 < len(text) else " "
    return not after.isalnum()


def _paragraph(text: str, at: int) -> int:
    """Where the line holding ``at`` starts (paragraphs and title lines alike)."""
    return text.rfind("\n", 0, at) + 1


def _head_colon_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_HEAD_COLON.finditer(text)``, tried only near colons.

    Every match ends its first group at most 60 characters (and the white space after
    them) before a colon, so positions farther from the next colon are skipped unread.
    """
    pos = 0
    while True:
        colon = text.find(":", pos)
        if colon < 0:
            return
        k = colon
        while k > pos and text[k - 1].isspace():
            k -= 1
        for at in range(max(pos, k - 60), colon):
            match = _HEAD_COLON.match(text, at)
            if match is not None:
                yield match
                pos = match.end()
                break
        else:
            pos = colon + 1


def _opens_paragraph(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip()


def _previous_paragraph(text: str, at: int) -> int:
    """Where the paragraph before the one holding ``at`` starts."""
    line_start = text.rfind("\n", 0, at)
    k = line_start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return text.rfind("\n", 0, k) + 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding white space and quote marks."""
    junk = ' \t\r\n\xa0“”"‘’,'
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def _joined(first: tuple[str, ...], more: Iterable[str]) -> tuple[str, ...]:
    """The relay chain ``first`` followed by the names of ``more`` it does not hold yet."""
    out = list(first)
    for name in more:
        if _norm(name) not in {_norm(v) for v in out}:
            out.append(name)
    return tuple(out)


_LEADING_DET = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"\w+")
_LETTERS = re.compile(r"[A-Za-z]+")
_ALNUM = re.compile(r"[A-Za-z0-9]+")
# A quote mark a few words after a verb; a colon a few words after it.
_QUOTE_AFTER = re.compile(r"^[^.!?\n]{0,30}?[,:]?\s*[“\"‘]")
_COLON_AFTER = re.compile(r"^[^.!?\n“”\"‘]{0,40}?:")


def _without_det(name: str) -> str:
    """A name without a leading article ("The Northern Ledger" -> "Northern Ledger")."""
    return _LEADING_DET.sub("", name.strip())


def _norm(name: str) -> str:
    return _NON_WORD.sub("", name.lower())


def _last_word(text: str) -> str:
    words = _WORD.findall(text.lower())
    return words[-1] if words else ""


def _words_in(short: str, long: str) -> bool:
    """Whether every word of ``short`` is a word of ``long`` (surname vs full name)."""
    a = set(_WORD.findall(short.lower()))
    b = set(_WORD.findall(long.lower()))
    return bool(a) and a <= b and a != b
