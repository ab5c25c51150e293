"""What a count counts: a set picked out by its size, members of a collection, a set a
defining phrase names, a repeated act, a list's items, several holders' sum.

"The three Republican candidates" in one report and "the 13 major Republican candidates" in
another each name a set the report chose; two such sizes are two sets, not one count in
dispute.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from triangulate.claims.numwords import NUMBER_WORDS
from triangulate.model import Claim, Document
from triangulate.reconcile.intervals import Interval
from triangulate.reconcile.members import act as act_done
from triangulate.reconcile.members import befell, categories, span, stake_in
from triangulate.reconcile.splits import (
    WORD,
    Keyed,
    Split,
    numbers_in,
    split_by,
    split_groups,
    value_clusters,
    who_gives,
    word_after,
)
from triangulate.reconcile.statements import sentence_span
from triangulate.reconcile.wording import singular

# Words that make a count the size of a set its report has picked out: a definite
# determiner or a possessor before the number ("the three candidates", "all three",
# "our two countries", "POLITICO's five things"), a ranking word between them allowed.
_PICKED = re.compile(
    r"(?:\b(?:the|these|those|our|their|its|his|her|my|your|all|both)|\w['\u2019]s|s['\u2019])"
    r"\s+(?:(?:first|last|remaining|other|only|top|leading|major|main)\s+)?$",
    re.IGNORECASE,
)


def picked_set(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a count is the size of a set its report picked out rather than a tally it
    reports: "the three Republican candidates" (those it has just named), "all three
    candidates", "our two countries", "POLITICO's five things to watch". Such a number
    describes the report's own choice of members; a count of those something befell
    ("the 12 killed") is a tally whatever its determiner, and is never read so."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or doc is None or figure.kind != "count" or figure.hedge != "exact":
        return False
    if befell(claim):
        return False
    numbers = numbers_in(doc.text, claim.start, claim.end)
    if not numbers:
        return False
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    at = numbers[0][0]
    return _PICKED.search(doc.text[max(begin, at - 40) : at]) is not None


def picked_sets_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure two of whose values are each the size of a set a report picked out
    (:func:`picked_set`): "the three Republican candidates" giving paid speeches in one
    report, "the 13 major Republican candidates" in another; "all three candidates" and
    "the two Democratic candidates". Each report names a set of its own choosing by its
    size: two such sizes are two sets sharing a noun, not one quantity in dispute. One
    picked set against a plain count is left alone: "the five boats" may be the same
    boats another report counts as three."""
    clusters = value_clusters(read)
    picked = [
        found
        for _, members in clusters
        if (found := next((c for c in members if picked_set(c, documents)), None)) is not None
    ]
    if len(picked) < 2:
        return None
    one, other = picked[:2]
    reason = (
        f'{who_gives(one, documents)} as the size of a set its report picked out ("{one.text}") '
        f'and {who_gives(other, documents)} as the size of another ("{other.text}"): different '
        "sets sharing a noun, not one quantity in dispute"
    )
    return Split(parts=tuple(tuple(m) for _, m in clusters), reason=reason)


# Nouns for the members of a standing collection: the states or countries there are, the
# candidates in a field, a party's delegates, the elections of a history. A count of them
# is the size of one set only with what is said of its members ("states that vote on
# March 1", "delegates won", "candidates remaining"): the noun alone counts no set.
_MEMBER_NOUNS = frozenset(
    {
        "state",
        "country",
        "nation",
        "province",
        "county",
        "territory",
        "candidate",
        "contender",
        "delegate",
        "superdelegate",
        "elector",
        "election",
        "primary",
        "caucus",
        "contest",
    }
)


def said_of_members(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """What a count of members of a standing collection (:data:`_MEMBER_NOUNS`) says of
    them, as the set it counts: the qualifiers its own words do not hold before the noun
    (what is said of the members: "voted", "in play") and its time scope ("since 2000");
    when it has no qualifier at all, the words of its own clause ("Trump took _ on
    Tuesday": :func:`_clause_said`), and the claim's own id when even its clause says
    nothing ("Of the three states, ..."): it shares only the noun with any other count.
    None when it only narrows the noun ("13 major candidates", a part of all the
    candidates, is left to the reading of parts): such a count may be of any set, so it
    disputes any. "" for a count of anything else, and None for a figure of no count."""
    figure = claim.figure
    if figure is None or figure.kind != "count":
        return None
    if not figure.counted or singular(figure.counted.split()[-1]) not in _MEMBER_NOUNS:
        return ""
    text = claim.text.casefold()
    noun = text.find(figure.counted.casefold())
    before_noun = text[: noun if noun >= 0 else len(text)]
    said = sorted({q.casefold() for q in figure.qualifiers if q.casefold() not in before_noun})
    if said or figure.scope:
        return " / ".join([*said, (figure.scope or "").casefold()])
    if any(q.casefold() not in _DISTINCT for q in figure.qualifiers):
        return None
    return _clause_said(claim, documents) or claim.id


# Words before a noun that stress its members are many, not which: "57 different
# countries", "20 separate states" narrow the noun to no part of its whole.
_DISTINCT = frozenset({"different", "separate", "distinct", "individual", "various"})
# Words of a clause that say nothing of what is counted: articles, prepositions, linking
# words and the auxiliaries of any verb.
_CLAUSE_STOPS = frozenset(
    {
        *("a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and"),
        *("or", "but", "that", "which", "who", "these", "those", "this", "its", "their"),
        *("his", "her", "is", "are", "was", "were", "be", "been", "will", "would", "have"),
        *("has", "had", "it", "as", "than", "all", "some", "about", "nearly", "more"),
    }
)


def _clause_said(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The words a count's own clause says of what it counts, up to four either side of
    it within the clause's commas, colons and dashes, the number and noun left out;
    None when there are none."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    left = re.split(r"[,;:()\u2014\u2013]|\s-\s", doc.text[begin : claim.start])[-1]
    right = re.split(r"[,;:()\u2014\u2013]|\s-\s", doc.text[claim.end : end])[0]
    words = [
        w.casefold()
        for w in (*WORD.findall(left)[-4:], *WORD.findall(right)[:4])
        if w.casefold() not in _CLAUSE_STOPS and w.casefold() not in NUMBER_WORDS
    ]
    return " ".join(sorted(set(words))) or None


def members_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts of members of a standing collection that say different
    things of them (:func:`said_of_members`): the five states one candidate swept last
    Tuesday and the 11 states in play on Super Tuesday, the 2,383 delegates it takes to
    win and the 2,205 one candidate has, the four candidates remaining and the two who
    spoke at a convention. There are always so many states, delegates and candidates:
    which ones are counted is what the words around the number say, and two counts saying
    different things of them count two sets, not one quantity in dispute. A count of
    anything else (cables cut, ships held) is left to the other readings."""

    def reason(*pair: Keyed) -> str:
        said = []
        for key, claim in pair:
            told = (
                "a count of other things"
                if not key
                else "nothing said of them"
                if key == claim.id
                else f"said: {key.replace(' / ', ', ').strip(', ')}"
            )
            said.append(f'{who_gives(claim, documents)} for "{claim.text}" ({told})')
        return (
            f"{said[0]} and {said[1]}: counts of one collection's members that say different "
            "things of them are two sets sharing a noun, not one quantity in dispute"
        )

    return split_by(read, lambda claim: said_of_members(claim, documents), reason)


def narrowing(claim: Claim) -> frozenset[str] | None:
    """The words before its noun that narrow a count of a standing collection's members
    (:data:`_MEMBER_NOUNS`) to a part of it: "remaining" in "three remaining
    candidates", "viable" and "Republican" in "five viable Republican candidates". Its
    qualifiers that its own words hold before the noun, those that only stress the
    members are many ("20 different states") left out. None for a count of anything
    else, or one narrowed by no such word."""
    figure = claim.figure
    if figure is None or figure.kind != "count" or not figure.counted:
        return None
    if singular(figure.counted.split()[-1]) not in _MEMBER_NOUNS:
        return None
    text = claim.text.casefold()
    noun = text.find(figure.counted.casefold().split()[-1])
    before = set(WORD.findall(text[: noun if noun >= 0 else 0]))
    words = frozenset(
        low for q in figure.qualifiers if (low := q.casefold()) in before and low not in _DISTINCT
    )
    return words or None


# A parenthesis within a list of names ("Sen. Lindsey Graham (S.C.)"): what it tells is of
# one member, no member of its own.
_ASIDE = re.compile(r"\s*\([^()]*\)")
_CAPITAL = re.compile(r"\b[A-Z][a-z][\w'-]*")
_LIST_OPENS = re.compile(r"\s*(?:,|:|\u2014|\u2013|\s-\s)\s*(?=[A-Z])")


def named_members(
    claim: Claim, found: Interval, documents: Mapping[str, Document]
) -> frozenset[str] | None:
    """The names of the members a count of a standing collection's members
    (:data:`_MEMBER_NOUNS`) lists right after its noun, when it lists as many as it
    counts: "two longer-shot candidates, Sen. Ada Tallis and former governor Tomas Varga"
    counts those two, a part of the field named by its members, not the whole field. The
    last word of each member's name, or None for a count listing no such members."""
    figure = claim.figure
    if figure is None or figure.kind != "count" or not figure.counted:
        return None
    if singular(figure.counted.split()[-1]) not in _MEMBER_NOUNS:
        return None
    if found.low != found.high or not 2 <= found.low <= 9:
        return None
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    _, end = sentence_span(doc.text, claim.start, claim.end)
    opens = _LIST_OPENS.match(doc.text, claim.end, end)
    if opens is None:
        return None
    rest = _ASIDE.sub("", doc.text[opens.end() : end])
    last = re.search(r",?\s+and\s+", rest)
    if last is None:
        return None
    items = [*rest[: last.start()].split(","), re.split(r"[,;:]", rest[last.end() :])[0]]
    names = []
    for item in items:
        words = _CAPITAL.findall(item)
        if not words:
            return None
        names.append(words[-1].casefold())
    if len(names) != found.low:
        return None
    return frozenset(names)


def narrowed_members_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts of a standing collection's members narrowed by words
    before the noun (:func:`narrowing`) that are no one set: narrowed by different words
    ("five viable Republican candidates", "13 major Republican candidates", "three
    remaining candidates"), or by the same words in sentences sharing no race, place,
    holder or date ("the three remaining candidates" of a presidential primary in one
    report, "the four remaining candidates" for a governor's nomination in another).
    Which part of all the candidates, states or delegates a count counts is what its
    narrowing words and its sentence say: with either differing, two counts are two sets
    sharing a noun, not one quantity in dispute. A count naming as many members as it
    counts (:func:`named_members`) is narrowed to those members. Counts narrowed by
    nothing are left to the other readings."""
    keyed: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        words = narrowing(claim)
        named = named_members(claim, found, documents)
        if named is not None:
            words = frozenset({"named:", *named})
        if words is not None:
            keyed.setdefault(" ".join(sorted(words)), []).append((claim, found))
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for narrowed, items in sorted(keyed.items()):
        anchored = sharing_words(items, lambda claim: _anchor_of(claim, documents))
        for key, part in anchored.items():
            groups[f"{narrowed}: {key}"] = part

    def reason(one: Keyed, two: Keyed) -> str:
        said = [f'{who_gives(claim, documents)} for "{claim.text}"' for _, claim in (one, two)]
        return (
            f"{said[0]} and {said[1]}: counts of a collection's members narrowed by different "
            "words, or by the same words in sentences naming no race, place, holder or date in "
            "common, are two sets sharing a noun, not one quantity in dispute"
        )

    return split_groups(groups, reason)


def categories_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing a count of the things filed under a category ("1,009 species
    listed as endangered") with counts naming another category or none ("the law
    protects 1,400 species"): a part against its whole, or two parts
    (:func:`.members.categories`), not one quantity in dispute."""
    keys = categories([c for c, _ in read], documents)
    if keys is None:
        return None

    def reason(one: Keyed, two: Keyed) -> str:
        said = [
            f'{who_gives(claim, documents)} for "{claim.text}" '
            f"({f'listed as {key}' if key else 'no category named'})"
            for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: the things filed under one category are a part of "
            "all things of their kind, not one quantity in dispute with another category's "
            "count or with the whole"
        )

    return split_by(read, lambda claim: keys.get(claim.id), reason)


def _anchor_of(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str]:
    """A narrowed count's sentence words (:func:`_sentence_words`), or its own id when its
    report is missing: it then shares a set with none."""
    doc = documents.get(claim.doc)
    figure = claim.figure
    if doc is None or figure is None or not figure.counted:
        return frozenset({claim.id})
    return _sentence_words(claim, doc, figure.counted) or frozenset({claim.id})


# A phrase right after a counted noun that says which of those things are counted: a
# relative clause ("emails that were upgraded"), an of-phrase ("pages of messages"), a
# participle with its object ("e-mails provided by Clinton", "cables running across").
_DEFINING = re.compile(
    r"[ \t]+(?:that|which|who|whom|whose|of|[a-z][\w'-]*ed[ \t]+by|[a-z][\w'-]*ing[ \t]+(?:by|"
    r"across|to|from|through|in|on|at|with|for|into|over|under))\b",
    re.IGNORECASE,
)
_PHRASE_WORDS = 12  # words of a defining phrase read, its clause rarely naming more
_PHRASE_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s|$")
# Words of a defining phrase that name nothing: the clause words and the auxiliaries of
# any verb, and the words that only negate or time it.
_NAMING_STOPS = _CLAUSE_STOPS | frozenset(
    {"not", "now", "being", "also", "only", "just", "still", "whom", "whose", "they", "them"}
)


def _noun_end(claim: Claim, doc: Document) -> int:
    """Where a count's noun ends in its report, from the count on within its sentence; the
    sentence's end when the noun is not found (nothing then follows it)."""
    _, end = sentence_span(doc.text, claim.start, claim.end)
    counted = claim.figure.counted if claim.figure is not None else None
    if not counted:
        return end
    noun = re.compile(rf"\b{re.escape(counted.split()[-1])}\b", re.IGNORECASE)
    found = noun.search(doc.text, claim.start, end)
    return found.end() if found is not None else end


def named_set(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str] | None:
    """The words with which a count names the set it counts, right after its noun: a
    relative clause ("44 emails that were not included"), an of-phrase ("37 pages of
    messages"), a participle with its object ("55,000 pages of the e-mails provided by
    Clinton"), up to the clause's next comma or dash, each word in its singular. News
    counts things of a kind that exist in any number (emails, pages, cables) only by
    saying which: such a phrase is the set's name. None for a count naming nothing after
    its noun ("two boats", whose set is the story's own), for a count of those something
    befell ("12 people killed in the attack that ..."), whose set the story's event
    names, and for a figure of no count."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if doc is None or figure is None or figure.kind != "count" or not figure.counted:
        return None
    if befell(claim):
        return None
    _, end = sentence_span(doc.text, claim.start, claim.end)
    defining = _DEFINING.match(doc.text, _noun_end(claim, doc), end)
    if defining is None:
        return None
    stop = _PHRASE_END.search(doc.text, defining.end(), end)
    phrase = doc.text[defining.end() : stop.start() if stop else end]
    words = frozenset(
        singular(w)
        for w in WORD.findall(phrase)[:_PHRASE_WORDS]
        if w.casefold() not in _NAMING_STOPS and w.casefold() not in NUMBER_WORDS
    )
    return words or None


def named_sets_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts that each name their set after the noun
    (:func:`named_set`) in words the other's name does not share: "44 emails that were not
    included" in one report, "nearly 1,600 emails that have now been upgraded to
    confidential" in another; "37 pages of messages" and "55,000 pages of the e-mails
    provided by Clinton". A count names its set: two counts naming theirs differently are
    two sets sharing a noun, not one quantity in dispute. Counts sharing a word of their
    names ("comments received on the plan", "comments on the plan") stay together, and a
    count naming nothing after its noun is left to dispute any."""
    groups = sharing_words(read, lambda claim: named_set(claim, documents))

    def reason(one: Keyed, two: Keyed) -> str:
        said = [
            f'{who_gives(claim, documents)} for "{_set_phrase(claim, documents)}"'
            for _, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: counts naming different sets, sharing only a noun, not "
            "one quantity in dispute"
        )

    return split_groups(groups, reason)


def done_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts of things different acts were done with
    (:func:`.members.act`): "released 3,000 emails" in one report, "deleted 31,000
    emails" in another. What was done with them names the set: two acts' counts are two
    sets sharing a noun, not one quantity in dispute; counts of one act still dispute,
    and a count told with no act is left to dispute any."""

    def reason(one: Keyed, two: Keyed) -> str:
        said = [
            f'{who_gives(claim, documents)} for "{claim.text}" ({key})' for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: counts of things two different acts were done with, "
            "not one quantity in dispute"
        )

    return split_by(read, lambda claim: act_done(claim, documents), reason)


def spans_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing a tally over a span of years (:func:`.members.span`) with a count
    told over no span or over another: "3,500 lawsuits over three decades" in one report,
    "faces three lawsuits" in another. A decade's tally is not the count at one time, so
    the two share a noun, not one quantity in dispute; tallies over one span still
    dispute, as do counts told over none."""

    def reason(one: Keyed, two: Keyed) -> str:
        said = [
            f'{who_gives(claim, documents)} for "{claim.text}" '
            f"({'over ' + key if key and not key.startswith('since') else key or 'at one time'})"
            for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: a tally over a span of years and a count over another "
            "span or at one time, not one quantity in dispute"
        )

    if not any(span(claim, documents) for claim, _ in read):
        return None
    return split_by(read, lambda claim: span(claim, documents), reason)


def stakes_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing stakes in differently named things (:func:`.members.stake_in`): "a
    20 percent stake in Arvell" in one report, "a 51 percent stake in its finance arm" in
    another. Two holdings sharing the word "stake" are not one quantity in dispute; stakes
    whose objects share a word ("Arvell", "Arvell SpA") still dispute, and a share naming no
    object is left to dispute any."""

    def reason(one: Keyed, two: Keyed) -> str:
        said = [f'{who_gives(claim, documents)} for "{claim.text}"' for _, claim in (one, two)]
        return (
            f"{said[0]} and {said[1]}: stakes in two different things, not one quantity in dispute"
        )

    return split_groups(sharing_words(read, lambda claim: stake_in(claim, documents)), reason)


def sharing_words(
    read: Sequence[tuple[Claim, Interval]], words_of: Callable[[Claim], frozenset[str] | None]
) -> dict[str, list[tuple[Claim, Interval]]]:
    """The figures whose words (``words_of``; None joins no group) share a word with an
    earlier group's, in that group, keyed by the first words of the group."""
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    names: dict[str, frozenset[str]] = {}
    for claim, found in read:
        words = words_of(claim)
        if words is None:
            continue
        key = next((k for k, w in names.items() if w & words), None)
        if key is None:
            key = " ".join(sorted(words))
            names[key] = words
        else:
            names[key] = names[key] | words
        groups.setdefault(key, []).append((claim, found))
    return groups


# Nouns of a count of occasions: "mentioned Trump eight times", "on three occasions".
_OCCASION_NOUNS = frozenset({"time", "occasion"})


def repeated_act(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str] | None:
    """The words of the act a count of occasions counts ("retweeted 3,200 times", "eight
    times by name"): its own clause's words around it (:func:`_clause_said`), each in its
    singular. A count of times is how often one thing was done, and only the words around
    it say what: None for a count of anything else, or one whose clause says nothing."""
    figure = claim.figure
    if figure is None or figure.kind != "count" or not figure.counted:
        return None
    if singular(figure.counted.split()[-1]) not in _OCCASION_NOUNS:
        return None
    said = _clause_said(claim, documents)
    return frozenset(singular(w) for w in said.split()) if said else None


def acts_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts of how often different things were done
    (:func:`repeated_act`): "mentioned Trump eight times by name" in one report, "was
    retweeted 3,200 times" in another. A count of times is one quantity only with the act
    it counts: two counts whose clauses share no word count two acts, not one quantity in
    dispute."""

    def reason(one: Keyed, two: Keyed) -> str:
        said = [
            f'{who_gives(claim, documents)} for "{claim.text}" ({key})' for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: counts of how often two different things were done, "
            "not one quantity in dispute"
        )

    return split_groups(sharing_words(read, lambda claim: repeated_act(claim, documents)), reason)


# Words of a sentence that anchor no set: those of any clause, the pronouns, and the verbs
# of telling every report uses.
ANCHOR_STOPS = _NAMING_STOPS | frozenset(
    {
        *("he", "she", "him", "we", "us", "i", "you", "our", "my", "your", "there", "so"),
        *("said", "says", "say", "told", "tells", "according", "reported", "added", "can"),
        *("could", "should", "may", "might", "must", "do", "does", "did", "when", "what"),
        *("if", "then", "one", "many", "most", "other", "some", "any", "no", "even", "up"),
    }
)


def set_anchor(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str] | None:
    """The words of a count's sentence that could tie its set to another's: every word
    but the count's own (its number, its noun and the words before it), those of any
    clause and the verbs of telling, each in its singular. A count of things nothing
    befell is the size of one set only with what its sentence says of them: a holder, an
    act, a place, a date, a name. None for a count of those something befell (the story's
    event names their set) and for a figure of no count."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if doc is None or figure is None or figure.kind != "count" or not figure.counted:
        return None
    if befell(claim):
        return None
    return _sentence_words(claim, doc, figure.counted)


def _sentence_words(claim: Claim, doc: Document, counted: str) -> frozenset[str]:
    """The words of a count's sentence but the count's own (its number, its noun and the
    words before it), those of any clause and the verbs of telling, each in its
    singular: what could tie the set it counts to another's."""
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    own = {w.casefold() for w in WORD.findall(claim.text)}
    own |= {w.casefold() for w in WORD.findall(counted)}
    return frozenset(
        singular(w)
        for w in WORD.findall(doc.text[begin : claim.start] + " " + doc.text[claim.end : end])
        if (low := w.casefold()) not in own
        and low not in ANCHOR_STOPS
        and low not in NUMBER_WORDS
        and singular(low) not in {singular(o) for o in own}
    )


def unanchored_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts of things nothing befell whose sentences share no word but
    the counts' own (:func:`set_anchor`): "only three senators publicly endorsed him" in
    one report, "two GOP senators who are in tough re-election fights were the only
    vulnerable senators to attend" in another. A count names its set by what its sentence
    says: with no holder, act, place, date or name in common, two such counts share only
    a noun, not one quantity in dispute. Tolls and other counts of those something befell
    keep the story's event as their anchor and are never read so."""

    def reason(one: Keyed, two: Keyed) -> str:
        said = [f'{who_gives(claim, documents)} for "{claim.text}"' for _, claim in (one, two)]
        return (
            f"{said[0]} and {said[1]} in sentences sharing no holder, act, place, date or "
            "name: counts of different sets sharing a noun, not one quantity in dispute"
        )

    if not any(_relative(claim, documents) for claim, _ in read):
        return None
    return split_groups(sharing_words(read, lambda claim: set_anchor(claim, documents)), reason)


_RELATIVE = re.compile(r"[ \t]+(?:that|which|who|whom|whose)\b", re.IGNORECASE)


def _relative(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a count names its set by a relative clause right after its noun ("two GOP
    senators who are in tough re-election fights"), the plainest way a report says which
    of many things it counts."""
    doc = documents.get(claim.doc)
    if doc is None or not named_set(claim, documents):
        return False
    return _RELATIVE.match(doc.text, _noun_end(claim, doc)) is not None


def _set_phrase(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The count's words up to the end of the phrase naming its set, as its report writes
    them ("44 emails that were not included")."""
    doc = documents.get(claim.doc)
    if doc is None:
        return claim.text
    _, end = sentence_span(doc.text, claim.start, claim.end)
    stop = _PHRASE_END.search(doc.text, claim.end, end)
    return " ".join(doc.text[claim.start : max(claim.end, stop.start() if stop else end)].split())


# Nouns that name no kind of thing, only items of a list someone draws up: "5 things to
# watch", "three reasons to worry", "two ways out".
_LIST_NOUNS = frozenset(
    {"thing", "reason", "way", "takeaway", "lesson", "question", "moment", "fact", "tip"}
)


def list_count(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a count is of the items of a list rather than of things in the world: its
    noun, within three words after the number, names no kind ("nine ridiculous things he
    said", "5 things to watch", "about two things", "a couple of things")."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None:
        return False
    numbers = numbers_in(doc.text, claim.start, claim.end)
    # A vague amount ("a couple of things") is read from its own first words.
    start, reach = (numbers[0][1], 3) if numbers else (claim.start, 4)
    after = WORD.findall(doc.text, start, min(len(doc.text), start + 60))
    return any(singular(w) in _LIST_NOUNS for w in after[:reach])


def lists_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure whose every value counts items of a list (:func:`list_count`): "five
    things to watch" in one report, "they care about two things" in another. Whoever draws
    up a list chooses how long it is: two lengths are two lists, not one quantity in
    dispute."""
    clusters = value_clusters(read)
    if len(clusters) < 2 or not all(list_count(c, documents) for c, _ in read):
        return None
    one, other = clusters[0][1][0], clusters[1][1][0]
    reason = (
        f"{who_gives(one, documents)} and {who_gives(other, documents)} as the length of a list "
        f'("{one.text}", "{other.text}"): two lists, not one quantity in dispute'
    )
    return Split(parts=tuple(tuple(m) for _, m in clusters), reason=reason)


# A figure told as the sum of several holders' own: "took a combined 61 percent",
# "combined for 39 percent", "12 goals combined", "3 percent between them".
_COMBINED_BEFORE = re.compile(
    r"\bcombined(?:\s+(?:for|with|on))?\s+(?:(?:just|only|about|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
_COMBINED_AFTER = re.compile(r"^\s+(?:[a-z][\w'-]*\s+){0,2}?(?:combined|between\s+them)\b")


def combined(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a figure is told as the sum of several holders' own ("Cruz, Trump and
    Carson took a combined 61 percent", "everyone else combined for 39 percent")."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    numbers = numbers_in(doc.text, claim.start, claim.end)
    if not numbers:
        return False
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    at, stop = numbers[0][0], numbers[-1][1]
    after = doc.text[word_after(doc.text, stop) : min(end, stop + 60)]
    return (
        _COMBINED_BEFORE.search(doc.text[max(begin, at - 40) : at]) is not None
        or _COMBINED_AFTER.match(after) is not None
    )


def combined_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing figures told as the sum of several holders' (:func:`combined`)
    with figures not so told, or with sums another report tells: "the three took a
    combined 61 percent of the vote" and "Christie collected 7 percent of the vote", or
    "two former winners won just 3 percent between them". A sum of several is not any one
    of them, and each report sums holders of its own choosing."""

    def key(claim: Claim) -> str:
        return f"combined in {claim.doc}" if combined(claim, documents) else ""

    def reason(*pair: Keyed) -> str:
        said = [
            f"{who_gives(claim, documents)}{' as a sum of several' if summed else ''}"
            for summed, claim in pair
        ]
        return (
            f"{said[0]} and {said[1]}: a sum of holders one report chose is neither one "
            "holder's figure nor another report's sum, not one quantity in dispute"
        )

    return split_by(read, key, reason)
