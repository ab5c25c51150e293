"""Grouping assertions into threads, and the verdict on each thread.

Two assertions are in one thread when they have the same predicate and compatible
subject, object and place: each of subject and object is shared (a common content word
outside the generic heads below, or the same entity) or missing on one side, the places
are equal or one is missing, and at least one of the three is positively shared. A
missing object is read from the sentence's words for the story's central things (a deal,
an exit). For predicates whose agent is exclusive ("reject", "block", "veto") the subjects
may differ: who rejected the deal is the question. Nor need the subjects of talks
("negotiate") be shared when their objects are ("talks between the government and the
rebels", "elders were leading discussions"): talks have several parties and mediators, and
each report names some; objects each naming a thing of their own, none shared, are two
sets of talks. A report restates one exit as "withdraws", "the departure of" or "were
evacuated", and one set of talks as "negotiations", "talks" or "discussions": the words of
each kind are one object word. Statements of leaving stay apart when one names only
fighters as those who leave and the other only civilians ("700 civilians had been
evacuated", "the departure of the militia's fighters"), or when they name two different
things left ("the convoy left Dalby", "the convoy withdrew from Torvald"). A statement
joins a thread when it is compatible with every statement already there and positively
shares subject, object or place with at least one: "SDF controls" (no object) joins "the
Syrian Democratic Forces control 90 percent of the city" and "They hold 90 percent of the
city" through the first, though it shares nothing with the pronoun of the second.

Verdicts, top to bottom, counting only pairs from different independent sources:

=============  ==========================================================================
conflict       opposite polarity, both statements of fact naming what was done to
               (not "Sanders endorsed" against "hadn't endorsed") by one actor named
               (not two reports' "he"), no order in event time;
               or, for an exclusive-agent predicate, different agents of one act
               (never a noun a participle describes, "ads opposing Bush") (one
               thing acted on: not two objects each "a bill", nor objects of different
               head nouns, "establishment Republicans" and "the notion that ...")
update         opposite polarity where one is a plan (modality expected) or the later
               statement's event time starts after the earlier one's ends
agree          two or more independent sources, same polarity
single         one independent source
=============  ==========================================================================
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from triangulate.model import Assertion, Claim, Document, Entity, Verdict
from triangulate.nlp.sentences import SENTENCE_BREAK
from triangulate.reconcile.sources import Upstreams, publisher
from triangulate.reconcile.wording import singular, speaks

EXCLUSIVE = frozenset({"reject", "block", "veto"})
# Predicates of an act with several parties: one report names the sides at the table, another
# the mediators leading the talks, and both tell of one set of talks.
PARTIES = frozenset({"negotiate"})
_CLASSES = {
    "deal": (
        "deal",
        "agreement",
        "accord",
        "negotiation",
        "negotiations",
        "negotiate",
        "negotiating",
        "negotiated",
        "talks",
        "discussions",
        "truce",
        "treaty",
        "party",
        "part",
    ),
    "exit": (
        "evacuation",
        "evacuate",
        "evacuated",
        "evacuations",
        "exit",
        "exits",
        "departure",
        "withdrawal",
        "withdraw",
        "withdraws",
        "withdrew",
        "withdrawn",
        "pullout",
        "retreat",
        "convoy",
        "passage",
    ),
}
# Who moves, for a statement of leaving: armed men and the people they leave among are two
# movements, however one report's words for the fighters and the other's for the
# civilians sit beside the same group's name ("civilians trapped by the militia", "the
# militia's fighters").
_MOVES = frozenset({"leave"})
_ARMED = frozenset(
    {
        "fighters",
        "fighter",
        "militants",
        "militant",
        "jihadists",
        "jihadist",
        "gunmen",
        "insurgents",
        "insurgent",
        "combatants",
        "rebels",
        "troops",
        "soldiers",
        "members",
        "commanders",
    }
)
_UNARMED = frozenset(
    {
        "civilians",
        "civilian",
        "residents",
        "resident",
        "people",
        "citizens",
        "refugees",
        "inhabitants",
        "villagers",
        "displaced",
    }
)
_GENERIC = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "all",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "any",
        "some",
        "fighters",
        "fighter",
        "people",
        "civilians",
        "civilian",
        "members",
        "member",
        "family",
        "families",
        "forces",
        "force",
        "group",
        "groups",
        "party",
        "parties",
        "side",
        "sides",
        "city",
        "town",
        "it",
        "they",
        "them",
        "who",
        "which",
        "would",
        "be",
        "been",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "not",
        "no",
        # Courtesy titles: "Mr. Brown" and "Mr. Coleman" share a form of address, not a man.
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)
# Personal pronouns: a subject shared only through one of them names no actor.
_PRONOUNS = frozenset({"he", "she", "him", "i", "me", "we", "us", "you"})
_CLASS_WORDS = tuple((name, frozenset(members)) for name, members in _CLASSES.items())
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_TOKEN = re.compile(r"\w+")
# A sentence is read at most this far either side of a claim. News sentences run to a few
# hundred characters; text with no sentence break for longer is a pasted list or table,
# and reading all of it for each claim in it would make a report's cost grow with the
# square of its size.
SENTENCE_REACH = 2_000
_NAME_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Frame:
    """The comparable parts of one assertion."""

    predicate: str
    subject: frozenset[str]
    object: frozenset[str]
    place: str | None
    # For a statement of leaving: "armed" or "unarmed" when its words name only fighters
    # or only civilians as those who leave, else None.
    movers: str | None = None
    # For a statement of leaving: the entity it names as left ("a convoy left Torvald").
    left: str | None = None


# Place mentions of each report, sorted: (starts, (start, end, entity id) for each).
PlaceIndex = Mapping[str, tuple[list[int], list[tuple[int, int, str]]]]


def place_index(entities: Mapping[str, Entity]) -> PlaceIndex:
    """The place mentions of each report, for ``frame_of`` to find a sentence's places."""
    by_doc: dict[str, list[tuple[int, int, str]]] = {}
    for entity in entities.values():
        if entity.type in _PLACES:
            for m in entity.mentions:
                by_doc.setdefault(m.doc, []).append((m.start, m.end, entity.id))
    out = {}
    for doc, found in by_doc.items():
        found.sort()
        out[doc] = ([start for start, _, _ in found], found)
    return out


def frame_of(
    claim: Claim,
    document: Document | None,
    entities: Mapping[str, Entity],
    places: PlaceIndex | None = None,
) -> Frame:
    """The frame of an assertion claim: its words, entities and place.

    Args:
        claim: An assertion claim.
        document: Its document (for the sentence around it).
        entities: Entities by id.
        places: ``place_index(entities)``, when the caller frames many claims.

    Returns:
        Its frame.
    """
    a = claim.assertion
    assert a is not None, "frame_of takes assertion claims"
    subject = _words(a.subject) | ({f"e:{a.subject_entity}"} if a.subject_entity else set())
    obj = _words(a.object) | ({f"e:{a.object_entity}"} if a.object_entity else set())
    obj |= _classes(claim.text)
    span = _sentence(claim, document)
    if not obj:
        obj = _classes(document.text[span[0] : span[1]] if document else claim.text)
    if places is None:
        places = place_index(entities)
    place = claim.where or (
        _sentence_place(claim, span, places, document.text) if document else None
    )
    movers = _movers(f"{a.subject or ''} {a.object or ''}") if a.predicate in _MOVES else None
    return Frame(
        predicate=a.predicate,
        subject=frozenset(subject),
        object=frozenset(obj),
        place=place,
        movers=movers,
        left=a.object_entity if a.predicate in _MOVES else None,
    )


def _movers(text: str) -> str | None:
    """Who leaves, from a statement's subject and object: "armed" when they name only
    fighters, "unarmed" when only civilians (the people evacuated of "700 civilians had
    been evacuated" are its object), None when both or neither."""
    words = {w.lower() for w in _TOKEN.findall(text)}
    armed, unarmed = not words.isdisjoint(_ARMED), not words.isdisjoint(_UNARMED)
    if armed == unarmed:
        return None
    return "armed" if armed else "unarmed"


def linked(a: Frame, b: Frame) -> bool:
    """Whether two assertions belong to one thread (the rule in the module docstring)."""
    return compatible(a, b) and shared(a, b)


def compatible(a: Frame, b: Frame) -> bool:
    """Same predicate, and subject, object and place each shared or missing on one side."""
    if a.predicate != b.predicate:
        return False
    if a.place and b.place and a.place != b.place:
        return False
    if a.movers and b.movers and a.movers != b.movers:
        return False
    if a.left and b.left and a.left != b.left:
        return False
    subj_shared = bool(a.subject & b.subject)
    obj_shared = bool(a.object & b.object)
    subj_ok = subj_shared or not a.subject or not b.subject
    obj_ok = obj_shared or not a.object or not b.object
    if a.predicate in EXCLUSIVE and obj_shared:
        subj_ok = True
    if a.predicate in PARTIES and obj_shared and not _two_things(a.object, b.object):
        subj_ok = True
    return subj_ok and obj_ok


def _two_things(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two objects each name something in words of their own and share none of
    them: "talks on a wage contract" and "talks on the broadcast rights" are two sets of
    talks, though both are talks."""
    mine = {w for w in a if not w.startswith("class:")}
    theirs = {w for w in b if not w.startswith("class:")}
    return bool(mine and theirs) and mine.isdisjoint(theirs)


def shared(a: Frame, b: Frame) -> bool:
    """Whether subject, object or place is positively shared."""
    return bool(a.subject & b.subject or a.object & b.object) or (
        a.place is not None and a.place == b.place
    )


def threads(claims: Sequence[Claim], frames: Mapping[str, Frame]) -> list[tuple[Claim, ...]]:
    """Assertion claims in threads (complete linkage), only threads of two or more."""
    started: list[_Thread] = []
    # A claim joins the first thread, in the order they were started, that accepts it. Only
    # a thread of the same predicate (compatible) that shares a subject word, an object
    # word or the place (shared) can, so each claim is tried against those alone: the
    # threads listed under its predicate and those keys.
    sharing: dict[tuple[str, str, str], set[int]] = {}
    for claim in sorted(claims, key=lambda c: (c.doc, c.start, c.end, c.id)):
        mine = frames[claim.id]
        keys = _keys(mine)
        tried = sorted({n for key in keys for n in sharing.get(key, ())})
        taker = next((n for n in tried if started[n].accepts(mine)), None)
        if taker is None:
            taker = len(started)
            started.append(_Thread(claim, mine))
        else:
            started[taker].add(claim, mine)
        for key in keys:
            sharing.setdefault(key, set()).add(taker)
    return [tuple(t.claims) for t in started if len(t.claims) >= 2]


def _keys(frame: Frame) -> list[tuple[str, str, str]]:
    """What a frame can share with another of its predicate (see ``shared``)."""
    keys = [(frame.predicate, "subject", w) for w in frame.subject]
    keys += [(frame.predicate, "object", w) for w in frame.object]
    if frame.place is not None:
        keys.append((frame.predicate, "place", frame.place))
    return keys


class _Thread:
    """A thread being built: its claims, its distinct frames, and how many of those hold
    each subject word, object word and place, so that most claims are judged without
    visiting every frame (a long report states one thing many times)."""

    def __init__(self, claim: Claim, frame: Frame) -> None:
        self.claims: list[Claim] = []
        self.frames: dict[Frame, None] = {}
        self.places: Counter[str] = Counter()
        self.subjects: Counter[str] = Counter()
        self.objects: Counter[str] = Counter()
        self.with_subject = 0
        self.with_object = 0
        self.movers: set[str] = set()
        self.left: set[str] = set()
        self.add(claim, frame)

    def add(self, claim: Claim, frame: Frame) -> None:
        """Put a claim in the thread."""
        self.claims.append(claim)
        if frame in self.frames:
            return
        self.frames[frame] = None
        if frame.place is not None:
            self.places[frame.place] += 1
        if frame.movers is not None:
            self.movers.add(frame.movers)
        if frame.left is not None:
            self.left.add(frame.left)
        if frame.subject:
            self.with_subject += 1
            self.subjects.update(frame.subject)
        if frame.object:
            self.with_object += 1
            self.objects.update(frame.object)

    def accepts(self, mine: Frame) -> bool:
        """Whether a claim of the thread's predicate joins it: compatible with every frame
        and sharing something with at least one (module docstring)."""
        if not (
            any(w in self.subjects for w in mine.subject)
            or any(w in self.objects for w in mine.object)
            or (mine.place is not None and mine.place in self.places)
        ):
            return False
        if mine.place and any(p and p != mine.place for p in self.places):
            return False
        if mine.movers and any(m != mine.movers for m in self.movers):
            return False
        if mine.left and any(e != mine.left for e in self.left):
            return False
        subjects = _covers(mine.subject, self.subjects, self.with_subject)
        objects = _covers(mine.object, self.objects, self.with_object)
        if subjects and objects:
            return True
        if objects is False or (subjects is False and mine.predicate not in EXCLUSIVE | PARTIES):
            return False
        return all(compatible(mine, other) for other in self.frames)


def _covers(words: frozenset[str], counts: Counter[str], holders: int) -> bool | None:
    """Whether ``words`` share a word with every one of ``holders`` word sets counted in
    ``counts``: True, False, or None when only visiting the sets can say."""
    if not words or any(counts[w] == holders for w in words):
        return True  # one word in every set (or nothing to share)
    if sum(counts[w] for w in words) < holders:
        return False  # too few hits to reach every set
    return None


def conflict_core(
    thread: Sequence[Claim], frames: Mapping[str, Frame], pair: tuple[str, str]
) -> tuple[Claim, ...]:
    """The claims of a thread about the actors of a conflicting pair: the pair, and the
    claims whose subject shares a word or entity with either side."""
    actors = [frames[pair[0]].subject, frames[pair[1]].subject]
    return tuple(c for c in thread if c.id in pair or any(frames[c.id].subject & a for a in actors))


def judge_thread(
    thread: Sequence[Claim],
    frames: Mapping[str, Frame],
    upstreams: Upstreams,
    documents: Mapping[str, Document] | None = None,
) -> tuple[Verdict, str, tuple[str, str] | None]:
    """The verdict, its sentence and the deciding pair for one thread (module docstring).

    A negated statement is quoted with the word that negates it ("no evacuation took
    place", read from its document), so the sentence never says the opposite of the text.
    """

    # Imported here: the readings of revisions read sentences with this module's spans.
    from triangulate.reconcile.revisions import acted_apart, published_order

    def _quote(claim: Claim) -> str:
        return quote(claim, documents) + _where_said(claim, upstreams, documents)

    conflict: tuple[Claim, Claim] | None = None
    update: tuple[Claim, Claim] | None = None
    told_order = False
    agents: tuple[Claim, Claim] | None = None
    roots = [upstreams.root(c.id) for c in thread]
    # Pairs from one report are never counted, and a thread lists a report's statements
    # together: each statement is paired from the first one of another report after it.
    other_doc = list(range(1, len(thread) + 1))
    for n in range(len(thread) - 2, -1, -1):
        if thread[n + 1].doc == thread[n].doc:
            other_doc[n] = other_doc[n + 1]
    sides: dict[str, bool | None] = {}
    for n, x in enumerate(thread):
        for m in range(other_doc[n], len(thread)):
            y = thread[m]
            if roots[n] == roots[m] or x.doc == y.doc:
                continue
            ax, ay = x.assertion, y.assertion
            assert ax is not None and ay is not None
            if ax.polarity != ay.polarity:
                if acted_apart(x, y, documents or {}):
                    continue  # two actors' acts on one thing: no update, no dispute
                order = _order(x, y)
                if order is None:
                    # Whether this polarity's dates come first depends on the polarity alone.
                    if ax.polarity not in sides:
                        found = _sides_ordered(thread, x, y)
                        sides[ax.polarity] = None if found is None else found[0] is x
                    mine_first = sides[ax.polarity]
                    if mine_first is not None:
                        order = (x, y) if mine_first else (y, x)
                # A plan ("was supposed to leave") gives way to what happened; a refusal
                # worded as a future ("would not be part of") is a stance, not a plan.
                plan = any(a.modality == "expected" and a.polarity == "affirmed" for a in (ax, ay))
                if plan or order is not None:
                    if update is None:
                        order = order or published_order(x, y, documents or {})
                        update, told_order = order or (x, y), order is not None
                elif (frames[x.id].subject & frames[y.id].subject) - _PRONOUNS and (
                    _one_thing_said(frames[x.id], frames[y.id])
                ):
                    # Opposite statements conflict only about one named actor; with no
                    # actor named, they may be about different moments of one process.
                    # Two reports' "he" names nobody: each stands for whoever its own
                    # report named before.
                    conflict = conflict or (x, y)
            elif (
                ax.predicate in EXCLUSIVE
                and ax.polarity == "affirmed"
                and not described(x)
                and not described(y)
                and frames[x.id].subject
                and frames[y.id].subject
                and not frames[x.id].subject & frames[y.id].subject
                and one_thing_acted_on(ax, ay)
            ):
                agents = agents or (x, y)
    if conflict is not None:
        x, y = conflict
        return (
            "conflict",
            f"{speaks(_who(x, upstreams), 'say')} {_quote(x)}, but "
            f"{speaks(_who(y, upstreams), 'say')} {_quote(y)}: the same statement with "
            "opposite polarity.",
            (x.id, y.id),
        )
    if agents is not None:
        x, y = agents
        ax, ay = x.assertion, y.assertion
        assert ax is not None and ay is not None
        return (
            "conflict",
            f"{speaks(_who(x, upstreams), 'name')} {ax.subject} as the one who did it, saying "
            f"{_quote(x)}, while {speaks(_who(y, upstreams), 'name')} {ay.subject}, saying "
            f"{_quote(y)}: different agents of the same act.",
            (x.id, y.id),
        )
    if update is not None:
        x, y = update
        if not told_order:
            # A plan and what was done, with no time telling which came first: the
            # sentence never calls one of them the later.
            return (
                "update",
                f"{speaks(_who(x, upstreams), 'report')} {_quote(x)}, and "
                f"{speaks(_who(y, upstreams), 'report')} {_quote(y)}: one supersedes the "
                "other, though neither report's time says which came first.",
                (x.id, y.id),
            )
        return (
            "update",
            f"{speaks(_who(x, upstreams), 'report')} {_quote(x)}; later "
            f"{speaks(_who(y, upstreams), 'report')} {_quote(y)}: the later statement "
            "supersedes the earlier one.",
            (x.id, y.id),
        )
    if upstreams.count(c.id for c in thread) >= 2:
        # One statement per independent source, in thread order.
        counted = set(upstreams.counted(c.id for c in thread))
        told = [c for c in thread if c.id in counted]
        firsts = list({upstreams.root(c.id): c for c in reversed(told)}.values())[::-1]
        names = "; ".join(f"{_who(c, upstreams)}: {_quote(c)}" for c in firsts[:3])
        return "agree", f"Independent sources say the same: {names}.", None
    only = speaks(_who(thread[0], upstreams), "say")
    return "single", f"Only {only} this: {_quote(thread[0])}.", None


# Words that open what follows an object's head noun: "the notion that he was ...", "a
# bill on bathrooms", "the deal with the rebels".
_AFTER_HEAD = re.compile(
    r"\b(?:that|which|who|whom|whose|of|to|for|from|in|on|at|by|with|about|over|after|"
    r"before|against|under)\b",
    re.IGNORECASE,
)
_INDEFINITE = re.compile(r"^\s*(?:a|an|another|some|one)\b", re.IGNORECASE)
# An object named as like another, or as others of its kind ("similar changes", "such
# rules", "earlier bills"): things like the one told, never it.
_OTHERS_LIKE = re.compile(
    r"^\s*(?:the\s+)?(?:similar|such|other|earlier|previous|prior|past)\b", re.IGNORECASE
)


def _head(obj: str) -> str | None:
    """The head noun of an object as written: the last word before the words that tell
    more of it ("notion" of "the notion that he was part of the establishment",
    "republican" of "establishment Republicans"), lower-cased and without a plural s."""
    found = _AFTER_HEAD.search(obj)
    words = re.findall(r"[A-Za-z][\w'-]*", obj[: found.start()] if found else obj)
    if not words:
        return None
    return singular(words[-1])


def one_thing_acted_on(a: Assertion, b: Assertion) -> bool:
    """Whether two statements of an exclusive act ("reject", "veto") may be of one act on
    one thing, so that their different agents conflict. Two objects each introduced as
    one of a kind ("vetoed a bill", "had opposed a bill") are two things until a name or
    a definite word ties them; nor are objects of different head nouns one thing ("reject
    establishment Republicans", "rejected the notion that he was part of the
    establishment"), unless the nouns name one kind of thing ("the treaty", "the deal").
    An object left unsaid on either side is read from the sentence, as threads read it."""
    if not a.object or not b.object:
        return True
    if a.object_entity and a.object_entity == b.object_entity:
        return True
    if _INDEFINITE.match(a.object) and _INDEFINITE.match(b.object):
        return False
    if _OTHERS_LIKE.match(a.object) or _OTHERS_LIKE.match(b.object):
        # "Congress has opposed similar changes in the past", "Obama opposed the rule
        # changes": two acts on two things of one kind.
        return False
    one, two = _head(a.object), _head(b.object)
    if one is None or two is None or one == two:
        return True
    return any(
        all(h in members or h + "s" in members for h in (one, two)) for _, members in _CLASS_WORDS
    )


# A participle right after a noun, no verb between ("commercials exclusively opposing
# Bush", "ads attacking Cruz"), or a clause of "that" or "who" in the present telling
# which ones are meant ("voters that oppose Bush"; never "who rejected", "who have").
_DESCRIBING = re.compile(
    r"\s+(?:[a-z]+ly\s+)?[a-z]+ing\b|"
    r"\s+(?:that|who)\s+(?:[a-z]+ly\s+)?(?!(?:has|have|had|was|were|is|are|did|will|would)\b)"
    r"[a-z]+(?<!ed)\b"
)


def described(claim: Claim) -> bool:
    """Whether a statement is a noun described by a participle or a present clause
    ("commercials exclusively opposing Bush", "voters that oppose Bush"): it tells what
    the thing is about or which ones are meant, not that anyone did the act, so it names
    no agent of one (another report's "Bush was rejected by an electorate" is no rival
    account of who rejected him)."""
    a = claim.assertion
    if a is None or not a.subject:
        return False
    at = claim.text.find(a.subject)
    return at == 0 and _DESCRIBING.match(claim.text, len(a.subject)) is not None


def _one_thing_said(a: Frame, b: Frame) -> bool:
    """Whether both of two opposite statements of one actor name what the act was done
    to: "Sanders endorsed" and "Sanders, who hadn't endorsed" name nothing endorsed, and
    may be of two endorsements years apart; "the guild joined the deal" and "will never
    agree to a deal" are of one deal. An object read from the sentence's words for the
    story's central things (a deal, an exit) counts as named."""
    return bool(a.object and b.object)


def _sides_ordered(thread: Sequence[Claim], x: Claim, y: Claim) -> tuple[Claim, Claim] | None:
    """The pair in order when every dated statement of one polarity precedes the other's.

    A thread that follows one event lends its dates to statements that give none: a
    headline saying the families left belongs with the body's dated departure.
    """
    ax = x.assertion
    assert ax is not None
    mine = [c.when for c in thread if c.assertion and c.assertion.polarity == ax.polarity]
    theirs = [c.when for c in thread if c.assertion and c.assertion.polarity != ax.polarity]
    a = [(w.start or w.end, w.end or w.start) for w in mine if w and (w.start or w.end)]
    b = [(w.start or w.end, w.end or w.start) for w in theirs if w and (w.start or w.end)]
    if not a or not b:
        return None
    from triangulate.reconcile.revisions import ends_before

    if all(ends_before(str(e), str(s)) for _, e in a for s, _ in b):
        return x, y
    if all(ends_before(str(e), str(s)) for _, e in b for s, _ in a):
        return y, x
    return None


def _order(x: Claim, y: Claim) -> tuple[Claim, Claim] | None:
    """The two in event-time order when one's time ends before the other's starts."""
    if x.when is None or y.when is None:
        return None
    xs, xe = x.when.start or x.when.end, x.when.end or x.when.start
    ys, ye = y.when.start or y.when.end, y.when.end or y.when.start
    if xs is None or xe is None or ys is None or ye is None:
        return None
    from triangulate.reconcile.revisions import ends_before

    if ends_before(xe, ys):
        return x, y
    if ends_before(ye, xs):
        return y, x
    return None


def _who(claim: Claim, upstreams: Upstreams) -> str:
    return upstreams.name(claim.id)


def _where_said(
    claim: Claim, upstreams: Upstreams, documents: Mapping[str, Document] | None
) -> str:
    """Which report a statement quoted as it stands comes from, when its words alone would
    mislead: a headline ("in the headline of ..."), or a line set in capitals."""
    doc = (documents or {}).get(claim.doc)
    if doc is None:
        return ""
    begin = doc.text.rfind("\n", 0, claim.start) + 1
    end = doc.text.find("\n", claim.end)
    line = " ".join(doc.text[begin : end if end >= 0 else len(doc.text)].split())
    name = publisher(claim, documents or {})
    if doc.title and line == " ".join(doc.title.split()):
        return (
            " in its headline" if name == _who(claim, upstreams) else f" in the headline of {name}"
        )
    if claim.text.isupper():
        return f" (set in capitals in {name})"
    return ""


def quote(claim: Claim, documents: Mapping[str, Document] | None = None) -> str:
    """A statement quoted as its report says it, negation included."""
    text = claim.text
    negated = claim.assertion is not None and claim.assertion.polarity == "negated"
    if negated and not _NEGATION.search(text):
        doc = (documents or {}).get(claim.doc)
        before = doc.text[max(0, claim.start - 40) : claim.start] if doc else ""
        before = re.split(r"[.!?\n]", before)[-1]
        cues = list(_NEGATION.finditer(before))
        if cues:
            text = before[cues[-1].start() :] + text
    text = " ".join(text.split())
    if len(text) > 80:
        cue = list(_NEGATION.finditer(text))
        if negated and cue and cue[-1].start() > 60:
            # Keep the words that negate it: "evacuation of Al-Jisr ... did not take place".
            tail = text[max(cue[-1].start() - 12, 40) :].split(" ", 1)[-1]
            text = text[:36].rsplit(" ", 1)[0] + " ... " + tail
        else:
            text = text[:77].rsplit(" ", 1)[0] + "..."
    if negated and not _NEGATION.search(text):
        return f"it is not so that '{text}'"
    return f"'{text}'"


_NEGATION = re.compile(
    r"\b(?:no|not|never|neither|nor|without|none|nobody|nothing|cannot)\b|n['’]t\b", re.IGNORECASE
)


def _words(text: str | None) -> set[str]:
    words = {w.lower() for w in _NAME_WORD.findall(text or "")}
    return {w for w in words if w not in _GENERIC and len(w) > 1}


def _classes(text: str) -> set[str]:
    words = {w.lower() for w in _TOKEN.findall(text)}
    return {f"class:{name}" for name, members in _CLASS_WORDS if not words.isdisjoint(members)}


@lru_cache(maxsize=64)
def _breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the sentence breaks in a text, read once for all its claims."""
    found = [m.span() for m in SENTENCE_BREAK.finditer(text)]
    return tuple(s for s, _ in found), tuple(e for _, e in found)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: from the end of the last break before
    ``start`` (a break running past ``start`` ends there) to the first break from ``end``,
    reaching at most ``SENTENCE_REACH`` characters either side of the span.
    """
    begin, stop = _sentence_span(text, start, end)
    return max(begin, start - SENTENCE_REACH), min(stop, end + SENTENCE_REACH)


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``sentence_span`` without the reach."""
    starts, ends = _breaks(text)
    last = bisect_left(starts, start) - 1
    begin = min(ends[last], start) if last >= 0 else 0
    following = bisect_right(ends, end)
    if following == len(ends):
        return begin, len(text)
    if starts[following] >= end:
        return begin, starts[following]
    # ``end`` falls inside a break: a search from there reads the break as it starts there.
    after = SENTENCE_BREAK.search(text, end)
    return begin, after.start() if after is not None else len(text)


def _sentence(claim: Claim, document: Document | None) -> tuple[int, int]:
    """The offsets of the claim's sentence (the claim's own when there is no document)."""
    if document is None:
        return claim.start, claim.end
    return sentence_span(document.text, claim.start, claim.end)


# After a place's name, words that make it tell who backs or leads an actor, or where one
# is based ("the US-backed militia", "a Saudi-led coalition", "a London-based group"): no
# place where the statement happened.
_SPONSOR = re.compile(r"-(?:backed|led|based|funded|sponsored|allied|aligned)\b", re.IGNORECASE)


def _sentence_place(
    claim: Claim, sentence: tuple[int, int], places: PlaceIndex, text: str = ""
) -> str | None:
    """A place named in the claim's sentence (offsets ``sentence``), when only one is;
    a name that tells who backs or leads an actor ("US-backed") names no place."""
    start, end = sentence
    starts, mentions = places.get(claim.doc, ([], []))
    found: set[str] = set()
    for k in range(bisect_left(starts, start), len(mentions)):
        m_start, m_end, entity = mentions[k]
        if m_start > end:
            break
        if m_end <= end and not _SPONSOR.match(text, m_end):
            found.add(entity)
    return min(found) if len(found) == 1 else None
