"""Which members of a kind a count or share counts, as the words around it say.

Four readings, each a key by which :mod:`.verdicts` splits a measure whose values are
not one quantity in dispute:

- :func:`category`: the category a count files its things under ("listed as
  endangered"), a part of all things of the kind;
- :func:`answer`: the answer a share of those asked counts ("say they would vote for
  Moss"), one question's;
- :func:`act`: what was done with the things counted ("released 3,000 emails",
  "deleted 31,000 emails"), one act's set;
- :func:`narrowed_whole`: the words narrowing the whole a share is of ("40 percent of
  the evangelical vote"), a part of those the plain noun names.

A count of things of a kind that exist in any number (species, voters, workers, members)
is the size of one set only with the words that say which of them it counts. A report
that names a category of the kind ("1,009 species listed as endangered", "2.1 million
voters registered as Democrats", "300 workers classified as contractors") counts the
things in that category: a part of all of them. Set beside a count of the same noun
naming no category ("the law protects 1,400 species"), or naming another ("listed as
threatened"), it is a part against its whole or two parts, never one quantity in
dispute; two counts naming the same category still dispute each other.

A category that is a state something befalls ("listed as missing", "registered as
dead") names the story's own toll, not a part of a kind: such counts are never read so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from triangulate.model import Claim, Document
from triangulate.nlp.words import word_table
from triangulate.reconcile.statements import sentence_span
from triangulate.reconcile.topics import states_in
from triangulate.reconcile.wording import singular

# Verbs that file a thing of a kind under a category, then "as" and the category's words:
# "listed as endangered", "registered as Democrats", "classified as contractors".
_FILED_AS = re.compile(
    r"\b(?:listed|classified|registered|designated|certified|recogni[sz]ed|enrolled|"
    r"categori[sz]ed|rated)[ \t]+as[ \t]+((?:[A-Za-z][\w'-]*[ \t]*){1,4})",
    re.IGNORECASE,
)
# Words that end a category's name: a preposition or clause word starts what follows it
# ("listed as endangered under the Act", "registered as Democrats in Ohio").
_CATEGORY_ENDS = frozenset(
    {
        *("under", "by", "in", "on", "at", "for", "with", "from", "since", "to", "of"),
        *("that", "which", "who", "and", "but", "than", "as", "after", "before", "during"),
        *("last", "this", "is", "are", "was", "were", "has", "have", "had", "said", "says"),
        *("can", "could", "will", "would", "may", "might", "must", "should", "do", "did"),
        *("does", "not", "be", "been", "now", "so", "far", "yet", "when", "while", "if"),
    }
)
# Words inside a category's name that join its parts or pick none ("endangered or
# threatened", "a candidate"): left out of the name compared.
_JOINING = frozenset({"or", "a", "an", "the", "either", "both", "nor"})
# How far after the counted noun, within the count's clause, a category may be named:
# "1,009 species in the United States listed as endangered".
_REACH = 60
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")


def _after_noun(claim: Claim, doc: Document) -> str:
    """The words after a count's noun, within its clause and :data:`_REACH` characters."""
    _, end = sentence_span(doc.text, claim.start, claim.end)
    counted = claim.figure.counted if claim.figure is not None else None
    start = claim.start
    if counted:
        noun = re.compile(rf"\b{re.escape(counted.split()[-1])}\b", re.IGNORECASE)
        found = noun.search(doc.text, claim.start, end)
        start = found.end() if found is not None else claim.end
    tail = doc.text[start : min(end, start + _REACH)]
    return _CLAUSE_BREAK.split(tail, maxsplit=1)[0]


def category(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str] | None:
    """The category a count files the members of its kind under, right after its noun
    ("1,009 species in the United States listed as endangered under the Act":
    {"endangered"}; "voters registered as Democrats": {"democrat"}), each word in its
    singular. None for a count naming no category, for a category that is a state
    something befalls ("listed as missing"), and for a figure of no count."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if doc is None or figure is None or figure.kind != "count" or not figure.counted:
        return None
    filed = _FILED_AS.search(_after_noun(claim, doc))
    if filed is None:
        return None
    words: list[str] = []
    for word in filed.group(1).split():
        if word.casefold() in _CATEGORY_ENDS:
            break
        if word.casefold() not in _JOINING:
            words.append(singular(word))
    if not words or states_in(" ".join(words)):
        return None
    return frozenset(words)


def categories(claims: Sequence[Claim], documents: Mapping[str, Document]) -> dict[str, str] | None:
    """Each count's category as a key (:func:`category`): the category's words, or, for a
    count naming none, "" (all things of its kind) unless its own words hold a category
    another count names ("1,009 endangered species" beside "species listed as
    endangered" counts the same part). A count of those something befell (a toll) has
    no key: the story's event names its set. None when no count names a category: then
    no count is a part by this reading."""
    named = {c.id: found for c in claims if (found := category(c, documents)) is not None}
    if not named:
        return None
    keys: dict[str, str] = {}
    for claim in claims:
        figure = claim.figure
        if figure is None or states_in(" ".join((figure.measure, *figure.qualifiers))):
            continue
        found = named.get(claim.id)
        if found is None:
            own = {singular(w) for w in re.findall(r"[A-Za-z][\w'-]*", claim.text)}
            found = next((words for words in named.values() if words <= own), frozenset())
        keys[claim.id] = " ".join(sorted(found))
    return keys


# A share of those asked is one quantity only with the answer it counts: "61 percent of
# Democrats say they are satisfied with their choices" and "44 percent of Democrats say
# they would vote for Moss" are answers to two questions, even in one survey. The
# answer is the clause the share is the subject of, read from the verb right after it
# (and after the "of" phrase naming who was asked).
_SHARE_OF = re.compile(
    r"^[ \t]*(?:per[ \t]*cent|percent|pc|%)?(?:[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?"
    r"(?:[A-Za-z][\w'\u2019-]*[ \t]+){0,3}?[A-Za-z][\w'\u2019-]*)?[ \t]+"
    r"(?=(?:say|says|said|think|thinks|thought|believe|believes|believed|back|backs|backed|"
    r"support|supports|supported|favor|favors|favored|favour|favours|favoured|approve|"
    r"approves|approved|disapprove|disapproves|disapproved|oppose|opposes|opposed|want|"
    r"wants|wanted|view|views|viewed|see|sees|saw|prefer|prefers|preferred|plan|plans|"
    r"planned|would|will|expect|expects|expected|trust|trusts|trusted|feel|feels|felt|"
    r"agree|agrees|agreed|disagree|disagrees|disagreed|consider|considers|considered|"
    r"rate|rates|rated|chose|choose|picked|pick|named|name|call|called|described|"
    r"describe|are|were|have|had)\b)",
    re.IGNORECASE,
)
# Words of an answer that say nothing of what was asked: those of any clause, telling,
# pronouns and auxiliaries.
_ANSWER_STOPS = frozenset(
    {
        *("a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and"),
        *("or", "but", "that", "which", "who", "these", "those", "this", "its", "their", "it"),
        *("his", "her", "is", "are", "was", "were", "be", "been", "will", "would", "have"),
        *("has", "had", "as", "than", "all", "some", "about", "more", "they", "them", "he"),
        *("she", "him", "we", "us", "i", "you", "say", "says", "said", "think", "thinks"),
        *("thought", "believe", "believes", "believed", "feel", "feels", "felt", "not", "do"),
        *("does", "did", "can", "could", "should", "may", "might", "if", "so", "very", "now"),
        *("poll", "polls", "survey", "surveys", "found", "finds", "shows", "showed", "new"),
    }
)
_ANSWER_WORDS = 10  # words of an answer read, its clause rarely naming more
_DIGITS = re.compile(r"\d(?:[\d.,]*\d)?")


def answer(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str] | None:
    """The words of the answer a share of those asked counts, from the clause it is the
    subject of ("46 percent of voters say they would vote for Moss": {"vote",
    "clinton"}), each in its singular, those of any clause and of telling left out. None
    for a figure of no percentage and for a share that is no clause's subject ("leads
    with 46 percent", "the support of 46 percent of Republicans, a poll found")."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if doc is None or figure is None or figure.unit != "percent":
        return None
    _, end = sentence_span(doc.text, claim.start, claim.end)
    digits = _DIGITS.search(claim.text)
    start = claim.start + (digits.end() if digits else len(claim.text))
    share = _SHARE_OF.match(doc.text[start:end])
    if share is None:
        return None
    clause = _CLAUSE_BREAK.split(doc.text[start + share.end() : end], maxsplit=1)[0]
    words = frozenset(
        singular(w)
        for w in re.findall(r"[A-Za-z][\w'\u2019-]*", clause)[:_ANSWER_WORDS]
        if w.casefold() not in _ANSWER_STOPS
    )
    return words or None


ACTS = word_table(Path(__file__).parent / "acts.tsv")
# Words between a verb and the count it governs that leave the verb its object: hedges,
# determiners and possessives ("released nearly 3,000", "deleted some 31,000", "received
# a total of 235,000").
_BETWEEN = (
    r"(?:(?:about|nearly|almost|some|roughly|around|approximately|over|just|only|the|all|"
    r"another|its|their|his|her|a|total|of|more|fewer|less|than|at|least|up|to|as|many|an|"
    r"estimated)[ \t]+)*"
)
_GOVERNED = re.compile(r"\b([a-z]+)[ \t]+" + _BETWEEN + r"$", re.IGNORECASE)


def befell(claim: Claim) -> bool:
    """Whether a figure counts those something befell ("12 killed", "40 people arrested"):
    an event's state in its words, its measure or its qualifiers. Such a count's set is the
    one the story's event makes, whatever else its sentence says of it."""
    figure = claim.figure
    return figure is not None and bool(
        states_in(" ".join((claim.text, figure.measure, *figure.qualifiers)))
    )


def act(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """What was done with the things a count counts, by the past-tense verb right before
    it ("the department released 3,000 emails": "release"; "she deleted 31,000 emails":
    "delete"), as :data:`ACTS` names it, or an -ed verb not listed by its form without
    -ed. A count of things nothing befell is the size of the set an act makes: the
    emails released and the emails deleted are two sets. None for a count governed by
    no such verb or by a verb of telling or counting ("reported 300", "topped 1,000"),
    for one of those something befell (its set is the story's event), and for a figure
    of no count."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if doc is None or figure is None or figure.kind != "count" or not figure.counted:
        return None
    if befell(claim):
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    before = _CLAUSE_BREAK.split(doc.text[max(begin, claim.start - 80) : claim.start])[-1]
    verb = _GOVERNED.search(before)
    if verb is None:
        return None
    form = verb.group(1).casefold()
    if form in ACTS:
        return None if ACTS[form] == "-" else ACTS[form]
    if len(form) > 4 and form.endswith("ed") and not states_in(form):
        return form[:-2]
    return None


# A share of a whole narrowed by words before its noun ("40 percent of the evangelical
# vote", "a third of Hispanic voters") is a share of a part of those the plain noun names
# ("46 percent of the vote"): another population, never the same share in dispute.
_OF_WHOLE = re.compile(
    r"^[ \t]*(?:per[ \t]*cent|percent|pc|%)[ \t]+of[ \t]+((?:[A-Za-z][\w'\u2019-]*[ \t]+){0,3})"
    r"([A-Za-z][\w'-]*)[ \t]*$",
    re.IGNORECASE,
)
# Words before a whole's noun that narrow it to no part: articles and possessives, and
# those naming the whole itself ("the popular vote", "all likely voters").
_WHOLE_SKIPS = frozenset(
    {
        *("the", "a", "an", "all", "its", "his", "her", "their", "our", "this", "that"),
        *("these", "those", "total", "overall", "entire", "whole", "popular", "likely"),
        *("registered", "eligible", "actual", "final", "current", "new", "adult"),
    }
)


def narrowed_whole(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The words narrowing the whole a share is "of", before the whole's noun ("40
    percent of the evangelical vote": "evangelical"; "46 percent of the vote": ""), each
    in its singular and lower-cased, those naming the whole itself left out. None for a
    figure of no percentage, and for a share whose own words end in no whole after
    "percent of"."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if doc is None or figure is None or figure.unit != "percent":
        return None
    digits = _DIGITS.search(claim.text)
    whole = _OF_WHOLE.match(claim.text[digits.end() :]) if digits is not None else None
    if whole is None:
        return None
    words = [w.removesuffix("'s").removesuffix("\u2019s") for w in whole.group(1).split()]
    return " ".join(sorted({singular(w) for w in words if w.casefold() not in _WHOLE_SKIPS}))


# A tally kept over a span of several years, told in the count's clause: "over three
# decades", "in the past 20 years", "since 1990", "over the years". A decade's or a
# century's tally is never a count at one time ("faces three lawsuits"), nor one over
# another span. A single year ("last year", "in the past year") is a period like a month's,
# left to the readings of dates.
_SPAN = re.compile(
    r"\b(?:(?:over|across|in|during|for|within|throughout)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:past|last|previous|preceding|next)[ \t]+)?"
    r"(?:(?P<number>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|several|many|few)[ \t]+)?"
    r"(?P<unit>years|decades?|centur(?:y|ies))"
    r"|since[ \t]+(?P<since>1[6-9]\d\d|20\d\d))\b(?![ \t]+ago\b)",
    re.IGNORECASE,
)
_SPAN_NUMBERS = {
    **{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7},
    **{"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15},
    **{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50},
}
_SPAN_YEARS = {"year": 1, "decade": 10, "century": 100}
# How far after the counted noun, within its clause, a span may be told: "40 miners have
# been killed at the mine in Wyoming over the past 20 years".
_SPAN_REACH = 100


def span(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The span of years a figure is tallied over, as words to compare ("30 years",
    "since 1990", "years" when the span's length is not said), read in its own clause
    after its noun, or in a clause opening its sentence before it ("Over three decades,
    the company has faced 3,500 lawsuits"); "" for a figure told over no such span. A
    tally over decades and a count at one time are two quantities sharing a noun. None
    for a claim holding no figure."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    counted = claim.figure.counted
    start = claim.end
    if counted:
        noun = re.compile(rf"\b{re.escape(counted.split()[-1])}\b", re.IGNORECASE)
        found = noun.search(doc.text, claim.start, end)
        start = found.end() if found is not None else claim.end
    after = _CLAUSE_BREAK.split(doc.text[start : min(end, start + _SPAN_REACH)], maxsplit=1)[0]
    opening = _CLAUSE_BREAK.split(doc.text[begin : claim.start], maxsplit=1)
    before = opening[0] if len(opening) > 1 else ""
    told = _SPAN.search(after) or _SPAN.search(before)
    if told is None:
        return ""
    if told.group("since"):
        return f"since {told.group('since')}"
    number = (told.group("number") or "").casefold()
    unit = told.group("unit").casefold()
    per = _SPAN_YEARS["century" if unit.startswith("centur") else unit.rstrip("s")]
    count = int(number) if number.isdigit() else _SPAN_NUMBERS.get(number)
    return "years" if count is None else f"{count * per} years"


# A share of ownership names what it is a share of right after its noun: "a 20 percent
# stake in Arvell", "its 49 percent holding in the finance arm", "a 5 percent interest in
# the mine". Stakes in two differently named things are two holdings, never one stake in
# dispute.
_STAKE_IN = re.compile(
    r"^[ \t]*(?:(?:voting|equity|controlling|ownership|minority|majority|remaining|direct)"
    r"[ \t]+)*(?:stake|holding|shareholding|interest|ownership)[ \t]+(?:in|of)[ \t]+"
    r"((?:[A-Za-z][\w'\u2019&.-]*[ \t]*){1,5})",
    re.IGNORECASE,
)
# Words that leave a stake's object its name: articles and possessives, dropped; and words
# that end it (what follows is another clause or the stake's price).
_STAKE_SKIPS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "own"})
_PERCENT = re.compile(r"per[ \t]*cent\b|percent\b|pc\b|%", re.IGNORECASE)
_STAKE_ENDS = _CATEGORY_ENDS | frozenset({"worth", "valued", "held", "owned", "it", "they"})


def stake_in(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str] | None:
    """The words naming what a share of ownership is a share of ("a 20 percent stake in
    Arvell": {"arvell"}; "a 49 percent stake in its finance arm": {"finance", "arm"}), read
    right after the figure, each in its singular and lower case. None for a figure that is
    no percentage of a stake, holding or interest."""
    doc, figure = documents.get(claim.doc), claim.figure
    if doc is None or figure is None or figure.unit != "percent":
        return None
    _, end = sentence_span(doc.text, claim.start, claim.end)
    # The figure's own words may hold the stake's noun ("20 percent stake"): read on from
    # the percent sign or word.
    sign = _PERCENT.search(doc.text, claim.start, claim.end)
    start = sign.end() if sign is not None else claim.end
    told = _STAKE_IN.match(_CLAUSE_BREAK.split(doc.text[start:end], maxsplit=1)[0])
    if told is None:
        return None
    words: list[str] = []
    for word in told.group(1).split():
        bare = word.strip(".").removesuffix("'s").removesuffix("\u2019s")
        if bare.casefold() in _STAKE_ENDS:
            break
        if bare and bare.casefold() not in _STAKE_SKIPS:
            words.append(singular(bare).casefold())
    return frozenset(words) or None
