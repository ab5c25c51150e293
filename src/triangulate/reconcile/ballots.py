"""What a count of an election, a poll or a legislature's vote is of, read from its sentence.

Campaign and legislative news gives many counts under one noun that are no one quantity:

- **a chamber's votes**: the votes or members of the House and those of the Senate are
  counts of two bodies ("The House passed the bill with 232 votes", "The Senate passed it
  with 61 votes"), never one count in dispute;
- **a side of a vote**: those who voted for a bill and those who voted against it ("232
  lawmakers voted for the bill", "196 voted against it") are the two sides of one vote;
- **the nation and a state**: a share told "nationally" or "nationwide" is of the whole
  country's voters, and a share told of one state is of a part of them;
- **a count still coming in**: votes told "with 40 percent of precincts reporting" are the
  count so far, expected to grow as the rest report, so a later, higher count is the same
  count updated, not a rival.

Each reading is a small pure function of one figure and its sentence; the verdict rules
set figures apart (or read a count so far) from what they return.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from triangulate.model import Claim, Document
from triangulate.reconcile.statements import sentence_span
from triangulate.reconcile.topics import Topic

# The chambers of a legislature a report names, each as one key: "the House of
# Representatives", "the lower house", "the Senate", "the state Assembly".
_CHAMBERS = (
    ("house", r"House(?:\s+of\s+(?:Representatives|Commons|Delegates))?|lower\s+(?:house|chamber)"),
    ("senate", r"Senate|upper\s+(?:house|chamber)|House\s+of\s+Lords"),
    ("assembly", r"(?:State\s+|National\s+|General\s+)?Assembly"),
)
_CHAMBER = re.compile(
    r"\b(?:the|The|in|In)\s+(?:(?:U\.S\.|US|state|full|whole|Republican-(?:led|controlled)|"
    r"Democratic-(?:led|controlled))\s+)?(?:"
    + "|".join(f"(?P<{key}>{words})" for key, words in _CHAMBERS)
    + r")\b"
)
# The nouns of a chamber's count: its votes, seats and members.
_CHAMBER_COUNTED = frozenset(
    {
        *("votes", "vote", "seats", "seat", "lawmakers", "legislators", "members"),
        *("senators", "representatives", "congressmen", "congresswomen", "delegates"),
        *("republicans", "democrats", "ayes", "nays", "yeas"),
    }
)


def chamber(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The one chamber of a legislature whose votes, seats or members a count is of, named
    in its sentence ("The Senate passed the bill with 61 votes" -> "senate", "In the House,
    232 lawmakers voted" -> "house"); None for a count of other things, or a sentence that
    names no chamber or two ("passed the House 232-196 and the Senate 61-39")."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or doc is None or (figure.counted or "").lower() not in _CHAMBER_COUNTED:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    named = {
        key
        for found in _CHAMBER.finditer(doc.text, begin, end)
        for key, _ in _CHAMBERS
        if found.group(key)
    }
    return named.pop() if len(named) == 1 else None


# The side a count of votes or voters is on, told right after it ("232 lawmakers voted for
# the bill", "196 voted against", "61 votes in favor", "39 opposed").
_SIDE_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}?(?:(?:voted|votes?|voting|cast\s+(?:their\s+)?votes?)\s+)?"
    r"(?P<side>for|in\s+favou?r|yes|against|no|opposed|in\s+opposition)\b",
    re.IGNORECASE,
)
_SIDE_KEYS = {"for": "for", "yes": "for", "against": "against", "no": "against"}


def vote_side(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """Which side of a vote a count of votes or voters is on, told right after its noun:
    "for" ("232 lawmakers voted for the bill", "61 votes in favor") or "against" ("196
    voted against it", "39 opposed"); None for a count told with no side ("passed with 232
    votes": the winning side, but said of no side) or a count of other things."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or doc is None or (figure.counted or "").lower() not in _CHAMBER_COUNTED:
        return None
    found = _SIDE_AFTER.match(doc.text, claim.end)
    if found is None:
        return None
    # "in favor" and "in favour" are one side; so are "opposed" and "in opposition".
    side = found.group("side").lower()
    if side.startswith("in fav"):
        return "for"
    if side in {"opposed", "in opposition"} or side.startswith("in opp"):
        return "against"
    # "votes for Calder" is a candidate's tally, not a side of a bill's vote: only a count
    # told as voting ("voted for") or a bare "for"/"against" after lawmakers is a side.
    if side == "for" and not re.search(r"\bvot", found.group(0), re.IGNORECASE):
        return None
    return _SIDE_KEYS.get(side)


# The whole country as a poll's or a count's scope: "nationally", "nationwide", "across the
# country", "a national poll", "voters across the nation".
_NATION = re.compile(
    r"\b(?:nationally|nationwide|nation-wide|across\s+the\s+(?:country|nation|United\s+States)|"
    r"national\s+(?:polls?|surveys?|average|vote|popular\s+vote))\b",
    re.IGNORECASE,
)


def nationwide(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a share is told of the whole country ("Nationally, Calder has 41 percent",
    "41 percent in a national poll"), not of one state or city; only a percentage, whose
    whole a place word scopes."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or doc is None or figure.kind != "percent":
        return False
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    return _NATION.search(doc.text, begin, end) is not None


def scope_place(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """Whether a share's whole is the nation or a place in it: "nation" when told nationally
    (:func:`nationwide`), "place" when its report places it ("52 percent in Ohio"), None
    when neither is said. Two places are not told apart here: only the nation against a
    place is, as a share of the whole country is never one state's."""
    if nationwide(claim, documents):
        return "nation"
    figure = claim.figure
    if figure is None or figure.kind != "percent" or claim.where is None:
        return None
    return "place"


# A count told while it is still being counted: "with 40 percent of precincts reporting",
# "with 95% of the vote counted", "with most ballots tallied", "as returns came in".
_STILL_COUNTING = re.compile(
    r"\bwith\s+(?:(?:about|nearly|almost|over|more\s+than|just|some)\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s*cent)|half|most|a\s+(?:third|quarter)|"
    r"two-thirds|three-quarters)\s+(?:of\s+)?(?:the\s+|all\s+)?"
    r"(?:precincts?|votes?|ballots?|returns|districts?|counties)\s+"
    r"(?:reporting|reported|counted|tallied|in)\b|"
    r"\bas\s+(?:returns|results)\s+(?:came|come|were\s+coming|are\s+coming)\s+in\b",
    re.IGNORECASE,
)


def still_counting(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a count's sentence tells it as it stood with only part of the vote
    in ("With 40 percent of precincts reporting, Calder had 12,400 votes"): a count so far,
    never one told "with all precincts reporting" or "with 100 percent of the vote
    counted", which is the final count."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if doc is None or figure is None or figure.kind != "count":
        return False
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    for found in _STILL_COUNTING.finditer(doc.text, begin, end):
        share = re.search(r"(\d+(?:\.\d+)?)", found.group(0))
        if share is None or float(share.group(1)) < 100:
            return True
    return False


# Turnout, the share of voters who voted, told of its own noun: "turnout was 61 percent",
# "turnout in the mayoral election reached 61 percent", "voter turnout of about 61 percent",
# "turnout among voters under 30 was 35 percent" (the words up to the number).
_HEDGE_WORDS = (
    r"(?:(?:about|nearly|almost|roughly|around|some|just|over|under|only|an?|estimated|"
    r"more\s+than|less\s+than|fewer\s+than)\s+)*"
)
_TURNOUT_BEFORE = re.compile(
    r"\bturnout\b(?P<among>\s+among\s+[^,;:]{1,60}?)?(?:\s+(?:in|at|for|of)\s+[^,;:]{1,80}?)?"
    r"\s+(?:was|is|has\s+been|had\s+been|reached|hit|topped|neared|stood\s+at|stands\s+at|"
    r"came\s+in\s+at|came\s+to|rose\s+to|climbed\s+to|fell\s+to|dropped\s+to|of|at)\s+"
    + _HEDGE_WORDS
    + r"$",
    re.IGNORECASE,
)
# From the number on: "61 percent turnout", "61% turnout".
_TURNOUT_AFTER = re.compile(r"[\d.,]+\s*(?:%|percent|per\s*cent)\s*(?:voter\s+)?turnout\b", re.I)
# From the number on: "61 percent of registered voters cast ballots", "61 percent of voters
# turned out": the share of voters who voted, never a side ("voted for Calder", "cast
# ballots for her").
_OF_VOTERS = re.compile(
    r"[\d.,]+\s*(?:%|percent|per\s*cent)\s+of\s+(?:the\s+|all\s+)?(?:(?P<base>registered|"
    r"eligible|voting-age)\s+)?(?:voters|electorate)\s+(?:have\s+|had\s+|has\s+)?"
    r"(?:voted|cast\s+(?:their\s+|a\s+)?ballots?|turned\s+out|went\s+to\s+the\s+polls)\b"
    r"(?!\s+(?:for|against|to|in\s+favou?r|yes|no)\b)",
    re.IGNORECASE,
)
# From the number on: a group's share of those who voted, "19 percent of the turnout", "53
# percent of those who voted"; the group is the clause's subject ("voters under 30 were",
# "women made up").
_OF_TURNOUT = re.compile(
    r"[\d.,]+\s*(?:%|percent|per\s*cent)\s+of\s+(?:the\s+)?(?:turnout|(?:those|voters|people)"
    r"\s+who\s+(?:voted|turned\s+out|cast\s+(?:a\s+|their\s+)?ballots?))\b",
    re.IGNORECASE,
)
_GROUP_BEFORE = re.compile(
    r"(?:^|[,;:]\s*)(?:the\s+)?(?P<group>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,4}?)\s+"
    r"(?:were|was|are|is|made\s+up|make\s+up|makes\s+up|accounted\s+for|account\s+for|"
    r"comprised|represented|formed)\s+" + _HEDGE_WORDS + r"$",
    re.IGNORECASE,
)


SHARE_OF_TURNOUT = "share of the turnout"
# Subjects that name no group: "that was 19 percent of the turnout".
_NO_GROUP = frozenset({"that", "this", "it", "they", "which", "those", "these", "he", "she"})


def turnout(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """What a percentage says of turnout, the share of voters who voted: "turnout" for the
    turnout itself, however told ("turnout was 61 percent", "a 61 percent turnout", "61
    percent of registered voters cast ballots"; "turnout of eligible voters" when its base
    is those eligible, not those registered); "turnout among voters under 30" for a group's
    own turnout; "share of the turnout of voters under 30" for a group's share of those
    who voted ("voters under 30 were 19 percent of the turnout"): a share OF the turnout
    is how much of it one group made up, never the turnout ("share of the turnout" alone
    when the clause names no group). None for other figures."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or doc is None or figure.unit != "percent":
        return None
    digits = re.search(r"\d", claim.text)
    if digits is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    at = claim.start + digits.start()
    # The words before the number, a hedge inside the figure's own words too ("about 61").
    before = doc.text[max(begin, at - 160) : at]
    if _OF_TURNOUT.match(doc.text, at, end):
        group = _GROUP_BEFORE.search(before)
        if group is None or group.group("group").lower() in _NO_GROUP:
            return SHARE_OF_TURNOUT
        return f"share of the turnout of {' '.join(group.group('group').lower().split())}"
    told = _TURNOUT_BEFORE.search(before)
    if told is not None:
        among = told.group("among")
        return f"turnout among {' '.join(among.split()[1:]).lower()}" if among else "turnout"
    if _TURNOUT_AFTER.match(doc.text, at, end):
        return "turnout"
    voters = _OF_VOTERS.match(doc.text, at, end)
    if voters is not None:
        base = (voters.group("base") or "").lower()
        return "turnout of eligible voters" if base in {"eligible", "voting-age"} else "turnout"
    return None


VOTED = "people who voted"
ELECTORATE = "people eligible to vote"
# From the end of a count of people on: those eligible or registered to vote, the
# electorate ("2.5 million people were eligible to vote", "the 2.5 million people eligible
# cast their votes", "voters registered to vote"), whatever some of them then did.
_ELIGIBLE_AFTER = re.compile(
    r"\s+(?:(?:who|that)\s+)?(?:(?:are|were|is|was|will\s+be|have\s+been|had\s+been)\s+)?"
    r"(?:eligible|registered|entitled)\s+(?:to\s+(?:vote|cast)\b|(?:have\s+|had\s+)?(?:cast|voted)\b)",
    re.IGNORECASE,
)
_ELIGIBLE_IN = re.compile(r"\b(?:eligible|registered|voting-age)\s+voters\b|\belectorate\b", re.I)
# From the end of a count of people on, past an aside set off by commas: those who voted,
# the turnout told as a count ("2.44 million people, some 88 percent of the electorate,
# cast their ballots", "1.2 million voters went to the polls"), never a side ("voted for")
# nor a crowd ("3,000 people turned out for the rally").
_VOTED_AFTER = re.compile(
    r"(?:\s*,[^,;()]{1,160},)?(?:\s+(?:who|that))?(?:\s+(?:have|had|has|already|reportedly))*"
    r"\s+(?:(?:voted|cast\s+(?:their\s+|a\s+|his\s+or\s+her\s+)?(?:ballots?|votes?))\b"
    r"(?!\s+(?:for|against|to|in\s+favou?r|yes|no)\b)|turned\s+out\s+to\s+vote\b|"
    r"went\s+to\s+the\s+polls\b)",
    re.IGNORECASE,
)


def voters_counted(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """What a count of people says of an election's voters: :data:`ELECTORATE` for those
    eligible or registered to vote ("2.5 million eligible voters", "2.5 million people
    were eligible to vote"), :data:`VOTED` for those who cast a ballot ("2.44 million
    people cast their ballots"): the turnout and the electorate are two quantities,
    however close their values. None for other counts."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or doc is None or figure.kind != "count" or figure.unit == "percent":
        return None
    _, end = sentence_span(doc.text, claim.start, claim.end)
    if _ELIGIBLE_IN.search(claim.text) or _ELIGIBLE_AFTER.match(doc.text, claim.end, end):
        return ELECTORATE
    if _VOTED_AFTER.match(doc.text, claim.end, end):
        return VOTED
    return None


def turnouts_as_told(
    claims: Sequence[Claim], topics: Mapping[str, Topic], documents: Mapping[str, Document]
) -> dict[str, Topic]:
    """The topics, each percentage of turnout read as :func:`turnout` says: the turnout one
    measure however a report tells it ("turnout was 61 percent", "61 percent of registered
    voters cast ballots"), a group's own turnout and a group's share of those who voted
    each a measure of its own. A share of the turnout whose group is not named is of no
    group another report names: its own measure, never compared."""
    out = dict(topics)
    for claim in claims:
        topic = topics.get(claim.id)
        key = (turnout(claim, documents) or voters_counted(claim, documents)) if topic else None
        if topic is None or key is None:
            continue
        if key == SHARE_OF_TURNOUT:
            key = f"{key} ({claim.id})"
        out[claim.id] = replace(topic, population=key)
    return out
