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
                              "said director X", "X, who told AFP ...", "adding that"
                              takes its governing verb's subject); ``WEAK_VERBS`` ("add",
                              "write", "note", ...) only with a clause, a colon or a quote
                              as content; ``EVIDENCE_VERBS`` ("show", "indicate") only
                              with a document noun as subject ("the army's figures show")
``"according to"``            "according to X", "according to estimates of X"
``"quote"``                   a quotation whose speaker is named right before or after
                              it ("X said, '...'", "'...,' X said")
``"colon"``                   a quotation or clause introduced by a colon ("X said: ...")
``"carried"``                 the speaker comes from an earlier sentence: a pronoun, a
                              definite description matching an earlier speaker ("the
                              source", "the spokesman"), or a paragraph that is a quote
                              continuing the previous paragraph's quote
hedge adverb                  ``HEDGE_ADVERBS`` ("reportedly", "allegedly") with no other
                              cue around: an anonymous, hedged attribution
============================  =========================================================

``hedged`` is set by ``HEDGE_VERBS`` ("claim", "allege"), by a hedge adverb in the
content, and by impersonal passives ("it was said that").

Speakers: the subject (or the object of "according to") is read as a name with a role
(appositive "X, spokeswoman for Y", or the words before the name "Coalition spokesman
Colonel X"; title-like proper nouns next to the name are dropped from the role); as an
anonymous source when its head is a word for people (``PERSON_NOUNS``: "source",
"activists", "one of the civilians"); as the owner of a document noun (``DOC_NOUNS``: "the
coalition's strike releases", "estimates of the UN"); otherwise as an organisation
("the US military").

Relays (``via``, nearest to the speaker first): the listener of "tell" or of "to X" after
a reporting verb when it is a name ("told AFP"), an outlet named as a source's channel ("a
Raqqa24 source": a name that looks like a media outlet, or that the document uses as a
listener or reporter elsewhere), the agent of "contacted by X" in the speaker's phrase,
and the speaker of an attribution whose content holds this one ("Y reported that X
said ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

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
        "told",  # lemmatiser slips on "told" in headlines
    }
)
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
    }
)
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
# Participles in a speaker's phrase whose agent passed the words on ("contacted by AFP").
CONTACT_VERBS = frozenset({"contact", "interview", "reach", "quote", "cite"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it"})
RELATIVE_WORDS = frozenset({"who", "which", "that"})
DEFINITE = frozenset({"the", "this", "that"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
UNNAMED = "unnamed sources"

_SENTENCE_END = re.compile(r"[.!?\n]")
_QUOTE_GAP = re.compile(r"^[ \t\xa0,:–—-]*$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """A stretch of a document that the report attributes to a source.

    ``start``/``end`` is the attributed content (the reported clause, the quote, or the
    sentence); ``via`` the relay chain between speaker and outlet, nearest to the speaker
    first; ``cue`` how it was found (see the module's cue table); ``hedged`` whether the
    attribution marks the content as unconfirmed.
    """

    start: int
    end: int
    speaker: Speaker
    via: tuple[str, ...]
    cue: str
    hedged: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class _Source:
    """A speaker as found, with what later references need to match it."""

    speaker: Speaker
    via: tuple[str, ...]
    head: str
    person: bool
    plural: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class _Found:
    """An attribution with where its cue words lie (for quotes and nesting)."""

    attribution: Attribution
    source: _Source
    cue_start: int
    cue_end: int
    verb: bool


def attribute(document: Document, tree: Tree, entities: EntityIndex) -> tuple[Attribution, ...]:
    """Every attribution in one document, in text order.

    Args:
        document: The document the tree was parsed from.
        tree: Its parse.
        entities: Its resolved mentions, for speakers' and relays' entity ids and names.

    Returns:
        The attributions; their spans and speakers' spans lie inside ``document.text``.
    """
    reader = _Reader(document.text, tree, entities)
    return tuple(
        sorted(
            (f.attribution for f in reader.read()),
            key=lambda a: (a.start, a.end, a.cue),
        )
    )


def source_of(
    document: Document, attributions: Sequence[Attribution], start: int, end: int
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

    Returns:
        ``(speaker, via)``; ``(None, (agency,))`` or ``(None, ())`` when nothing covers it.
    """
    agency = (document.agency or "").strip()
    around = [a for a in attributions if a.start <= start and end <= a.end]
    if not around:
        return None, ((agency,) if agency else ())
    best = min(around, key=lambda a: (a.end - a.start, a.cue == "carried"))
    via = best.via
    if agency and not via and _norm(best.speaker.name) != _norm(agency):
        via = (agency,)
    return best.speaker, via


class _Reader:
    """One pass over a document: cues in text order, then quotes, then nested relays."""

    def __init__(self, text: str, tree: Tree, entities: EntityIndex) -> None:
        self.text = text
        self.tree = tree
        self.entities = entities
        self.history: list[_Source] = []
        self.channels = self._channels()

    # -- the cascade -------------------------------------------------------------------

    def read(self) -> list[_Found]:
        """Cues sentence by sentence, then quotes, then relays through outer attributions."""
        found: list[_Found] = []
        for s in range(self.tree.sentence_count()):
            for tok in self.tree.sentence(s):
                item = self._cue(tok, found)
                if item is not None:
                    found.append(item)
                    self.history.append(item.source)
            found.extend(self._hedges(self.tree.sentence(s), found))
        found = self._quotes(found)
        return _nest(found)

    def _cue(self, tok: Token, found: Sequence[_Found]) -> _Found | None:
        if tok.lower == "according" and self._to_object(tok) is not None:
            return self._according(tok)
        if tok.pos in {"VERB", "AUX"} and tok.lemma.lower() in _ALL_VERBS:
            return self._verb(tok, found)
        return None

    # -- reporting verbs ---------------------------------------------------------------

    def _verb(self, verb: Token, found: Sequence[_Found]) -> _Found | None:
        lemma = verb.lemma.lower()
        kids = self.tree.children(verb)
        subject = next((k for k in kids if k.dep in {"nsubj", "csubj"}), None)
        passive = next((k for k in kids if k.dep == "nsubjpass"), None)
        agent = next((k for k in kids if k.dep == "agent"), None)
        impersonal = False
        if subject is None and agent is not None:
            subject = next((k for k in self.tree.children(agent) if k.dep == "pobj"), None)
        if subject is None and passive is not None and passive.lower in {"it", "this"}:
            impersonal = True
        if subject is not None and subject.lower in RELATIVE_WORDS and verb.dep == "relcl":
            subject = self.tree.head(verb)
        listener = self._listener(verb, kids)
        content = self._verb_content(verb, kids, subject, listener)
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
        hedged = impersonal or lemma in HEDGE_VERBS or self._hedge_in(verb, content)
        cue = "carried" if carried else ("colon" if self._colon_after(verb) else lemma)
        cue_tokens = [verb.start, verb.end]
        if subject is not None and not impersonal:
            cue_tokens += list(self.tree.span(subject))
        if listener is not None:
            cue_tokens.append(self.tree.span(listener)[1])
        source = replace(source, via=via)
        return _Found(
            attribution=Attribution(
                start=content[0],
                end=content[1],
                speaker=source.speaker,
                via=via,
                cue=cue,
                hedged=hedged,
            ),
            source=source,
            cue_start=min(cue_tokens),
            cue_end=max(cue_tokens),
            verb=True,
        )

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
    ) -> tuple[int, int] | None:
        """The reported content: a clause before the verb ("..., X said"), else what follows."""
        skip: set[int] = set()
        for tok in (subject, listener):
            # A relative clause's antecedent holds the verb: skip only the verb's own words.
            if tok is not None and tok.i not in {a.i for a in self.tree.ancestors(verb)}:
                skip.update(t.i for t in self.tree.subtree(tok))
        if listener is not None and listener.dep == "pobj":
            skip.add(listener.head)
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
        first, last = self.tree.span(clause)
        content = self._clip(first, last, according.start)
        if content is None:
            return None
        obj_start, obj_end = self.tree.span(obj)
        return _Found(
            attribution=Attribution(
                start=content[0],
                end=content[1],
                speaker=source.speaker,
                via=source.via,
                cue="carried" if carried else "according to",
                hedged=self._hedge_in(clause, content),
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
        """
        if head.tag in {"PRP", "PRP$"} or head.pos == "PRON":
            resolved = self._pronoun(head)
            return None if resolved is None else (resolved, True)
        phrase = self._phrase(head, exclude)
        if not phrase:
            return None
        lemma = head.lemma.lower()
        appos = next((k for k in self.tree.children(head) if k.dep == "appos"), None)
        if appos is not None and appos.i not in {t.i for t in phrase}:
            appos = None
        if appos is None and not self._is_name(head):
            appos = self._stray_name(phrase)
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
        if lemma in PERSON_NOUNS or lemma in DOC_NOUNS:
            return self._anonymous(head, phrase), False
        if strict:
            return None
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

    def _stray_name(self, phrase: Sequence[Token]) -> Token | None:
        """A name right after a descriptive noun that the parser left unattached.

        "monitor Airwars" is sometimes parsed with "Airwars" hanging off the clause; the
        name next to the description is still the speaker's.
        """
        last = phrase[-1]
        if last.i + 1 >= len(self.tree):
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
        start, end = self._trimmed(phrase, keep_det=True)
        via = self._contacts(phrase)
        for kid in self.tree.children(head):
            if kid.dep in {"compound", "poss", "nmod"} and kid.i < head.i and self._is_name(kid):
                name = self._name_of(kid)
                if self._is_channel(kid, name):
                    via = (name, *via)
        return _Source(
            speaker=Speaker(
                name=self.text[start:end],
                role=self._words([t for t in phrase if t.dep != "det"]) or None,
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
        out: list[str] = []
        for tok in phrase:
            if tok.lemma.lower() in CONTACT_VERBS and tok.dep in {"acl", "relcl"}:
                for agent in self.tree.children(tok):
                    if agent.dep != "agent":
                        continue
                    for obj in self.tree.children(agent):
                        if obj.dep == "pobj" and self._is_name(obj):
                            out.append(self._name_of(obj))
        return tuple(out)

    # -- quotes ------------------------------------------------------------------------

    def _quotes(self, found: list[_Found]) -> list[_Found]:
        """Quotations get the speaker named next to them, or the previous quote's speaker."""
        out = list(found)
        drop: set[int] = set()
        last_quote: _Found | None = None
        for open_at, inner_start, inner_end, close_at in _quote_spans(self.text):
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
        return bool(re.match(r"^[^.!?\n]{0,30}?[,:]?\s*[“\"‘]", rest))

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
        if any(k.lower in HEDGE_ADVERBS for k in self.tree.children(tok)):
            return True
        return any(t.lower in HEDGE_ADVERBS for t in self.tree.at(*content))

    # -- names -------------------------------------------------------------------------

    def _is_name(self, tok: Token) -> bool:
        return tok.pos == "PROPN" or (tok.ent in NAME_LABELS and tok.pos in {"NOUN", "NUM"})

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
        words = re.findall(r"[A-Za-z0-9]+", name)
        if any(c.isdigit() for c in name) or (words and words[-1].lower() in MEDIA_WORDS):
            return True
        return _norm(name) in self.channels or _norm(self.text[tok.start : tok.end]) in (
            self.channels
        )

    def _channels(self) -> frozenset[str]:
        """Names the document uses as listeners ("told X") or reporters ("X reported")."""
        out: set[str] = set()
        for tok in self.tree.tokens:
            lemma = tok.lemma.lower()
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
        for tok in self.tree.subtree(head):
            if tok.i in above and tok.i != head.i:
                continue
            out.append(tok)
        if exclude is not None and exclude.dep == "relcl" and exclude.head == head.i:
            cut = {t.i for t in self.tree.subtree(exclude)}
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
        match = re.match(r"^[^.!?\n“”\"‘]{0,40}?:", rest)
        return match is not None and len(match.group(0).split()) <= 5

    def _clip(self, start: int, end: int, anchor: int) -> tuple[int, int] | None:
        """The span cut to the anchor's paragraph and stripped; None when nothing is left."""
        para_start = self.text.rfind("\n", 0, anchor) + 1
        para_end = self.text.find("\n", anchor)
        if para_end < 0:
            para_end = len(self.text)
        start, end = _strip(self.text, max(start, para_start), min(end, para_end))
        return (start, end) if start < end else None


_ALL_VERBS = REPORTING_VERBS | WEAK_VERBS | EVIDENCE_VERBS


def _nest(found: list[_Found]) -> list[_Found]:
    """Attributions inside another's content relay through that outer speaker."""
    out = []
    for item in found:
        outer = [
            o
            for o in found
            if o is not item
            and o.attribution.start <= item.cue_start
            and item.cue_end <= o.attribution.end
            and o.attribution.speaker.name != UNNAMED
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
        ch = text[i]
        if ch not in closers or not _opens(text, i):
            i += 1
            continue
        close = closers[ch]
        j = i + 1
        while j < n:
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
        else:
            yield i, i + 1, n, n
            i = n


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


def _norm(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower())


def _last_word(text: str) -> str:
    words = re.findall(r"\w+", text.lower())
    return words[-1] if words else ""


def _words_in(short: str, long: str) -> bool:
    """Whether every word of ``short`` is a word of ``long`` (surname vs full name)."""
    a = set(re.findall(r"\w+", short.lower()))
    b = set(re.findall(r"\w+", long.lower()))
    return bool(a) and a <= b and a != b
