"""What a poll's figure is of: its margin of error, the poll it comes from, a bar to reach,
a speaker's audience, more besides, a rank, a side of a pair, the group asked, the screen.

A share is one poll's answer to one question among those it asked: shares of two polls,
two groups asked or two screens ("likely voters", "adults") are two quantities, and a
margin of sampling error is never a share.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from triangulate.model import Claim, Document
from triangulate.reconcile import ballots
from triangulate.reconcile.holders import Names, holder, titled
from triangulate.reconcile.intervals import Interval, number
from triangulate.reconcile.kinds import ADDED_BEFORE
from triangulate.reconcile.sources import normalise
from triangulate.reconcile.splits import (
    WORD,
    Keyed,
    Split,
    numbers_in,
    published,
    split_by,
    split_groups,
    who_gives,
)
from triangulate.reconcile.statements import sentence_span
from triangulate.reconcile.topics import Topic
from triangulate.reconcile.wording import singular

# A poll's margin of sampling error, right before its number: "a margin of error of plus or
# minus 2.4 percentage points", "the margin of sampling error is plus or minus three
# percentage points for all voters", "margin of error of 4.1", "plus or minus 3 points".
_ERROR_MARGIN_BEFORE = re.compile(
    r"(?:\b(?:margins?\s+of\s+(?:sampling\s+)?error|error\s+margins?|sampling\s+error)"
    r"(?:\s+(?:is|was|of|at|about|roughly|approximately|around|overall))*\s*,?\s*"
    r"(?:(?:plus\s+or\s+)?minus|\+/-|±)?|\bplus\s+or(?:\s+minus)?|\+/-|±)\s*$",
    re.IGNORECASE,
)


def error_margin(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a figure is a poll's margin of sampling error ("an overall margin of error
    of plus or minus 2.4 percentage points", "margin of error of 4.1"): the precision of
    the poll that report tells of, never a share, a lead or a count to weigh against
    another figure, nor the same poll's precision as another report's poll."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    numbers = numbers_in(doc.text, claim.start, claim.end)
    if not numbers:
        return False
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    at = numbers[0][0]
    return _ERROR_MARGIN_BEFORE.search(doc.text[max(begin, at - 80) : at]) is not None


_AS_MARGIN = " as a poll's margin of error"


def _margin_told(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """Which poll a margin of error is of, when its report names the poll and who gives
    the margin, and is of a known day: "the Marlow Research poll ... has a margin of error
    of 3 percentage points, the firm said" on 7 October. A pollster's two polls of one day
    are told apart by their populations and places elsewhere; without a name, a speaker
    or a day, the margin is of the poll its own report tells of. None when not so told."""
    poll, speaker = poll_named(claim, documents), claim.said_by
    day = published(claim, documents)
    if not poll or speaker is None or speaker.anonymous or not day:
        return None
    return f"of the {' '.join(sorted(poll))} poll from {normalise(speaker.name)} on {day}"


def error_margins_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing polls' margins of sampling error (:func:`error_margin`) with other
    figures, or with another report's margin: "plus or minus 2.4 percentage points" of one
    poll against a share, or against "a margin of error of 3 percentage points" of another
    poll. A margin of error says how precise one poll is, not what anyone polled. Reports
    of one day giving the margin of one poll they name from one speaker they name (:func:`
    _margin_told`) tell the same poll's margin, and stay together to be weighed."""

    def key(claim: Claim) -> str:
        if not error_margin(claim, documents):
            return ""
        return f"margin of error {_margin_told(claim, documents) or 'in ' + claim.doc}"

    def reason(*pair: Keyed) -> str:
        said = [
            f"{who_gives(claim, documents)}{_AS_MARGIN if margin else ''}" for margin, claim in pair
        ]
        return (
            f"{said[0]} and {said[1]}: a margin of sampling error is the precision of the "
            "poll one report tells of, not one quantity in dispute"
        )

    return split_by(read, key, reason)


# A poll named by its taker right before the word: "A University of New Hampshire poll",
# "the latest Rasmussen Reports poll", "the 50-state poll", "the CBS/Times survey"; or right
# after it: "polls by Quinnipiac University", "a survey from Monmouth".
_POLL_NAME_BEFORE = re.compile(
    r"((?:\b[A-Z][\w&.'-]*|\b\d+-[a-z]+)(?:(?:\s+(?:of|and)\s+|[\s/-]+)(?:[A-Z][\w&.'-]*))*)"
    r"\s+(?:(?:new|latest|recent|national|statewide|online|telephone|tracking|final|early)\s+)?"
    r"(?:[Pp]olls?|survey)\b"
)
_POLL_NAME_AFTER = re.compile(
    r"\b(?:[Pp]olls?|surveys?)\s+(?:(?:conducted|released|taken)\s+)?(?:by|from)\s+(?:the\s+)?"
    r"([A-Z][\w&.'-]*(?:(?:\s+of\s+|[\s/-]+)[A-Z][\w&.'-]*)*)"
)
# Words of a poll's name that name no one poll taker.
_POLL_NAME_PLAIN = frozenset(
    re.findall(
        r"\w+",
        "a an and the of this that new latest recent national state university college poll "
        "polls survey news reports institute center centre research group inc",
    )
)


# A possessive before a poll's name says when or whose it is ("Wednesday's Quinnipiac poll").
# A word's possessive ending, left out of a poll's name (named apart from :data:`_POSSESSIVE`,
# the possessor before a figure, which :func:`~.holders.holder` reads).
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def _poll_words(name: str) -> frozenset[str]:
    """The words of a poll's name that tell one taker from another: "University of New
    Hampshire" gives {"hampshire"}, "Monmouth University" {"monmouth"}, "Wednesday's
    Quinnipiac" {"quinnipiac"}."""
    words = re.findall(r"[\w&'\u2019-]+", name.lower())
    return frozenset(
        w for w in words if w not in _POLL_NAME_PLAIN and not _POSSESSIVE_END.search(w)
    )


def poll_named(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str]:
    """The poll a report's share or lead in points comes from, as the words of its name
    (:func:`_poll_words`): the poll the report names nearest the figure, before or after
    it ("Clinton earned 42 percent, Johnson 11 percent. The Monmouth poll also suggests");
    empty for a figure of no share or lead, or a report naming no poll."""
    doc, figure = documents.get(claim.doc), claim.figure
    if doc is None or figure is None:
        return frozenset()
    if figure.unit != "percent" and not re.search(r"\bpoints?\b", claim.text):
        return frozenset()
    # A poll its own sentence names is the figure's, however near a headline's poll is.
    begin, finish = sentence_span(doc.text, claim.start, claim.end)
    named = [
        (
            not (begin <= start and end <= finish),
            max(start - claim.end, claim.start - end, 0),
            words,
        )
        for start, end, words in _polls_in(doc.text)
    ]
    return min(named, key=lambda n: n[:2])[2] if named else frozenset()


@lru_cache(maxsize=256)
def _polls_in(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Every poll a report names (:data:`_POLL_NAME_BEFORE`, :data:`_POLL_NAME_AFTER`),
    where, and the words of its name: read once per report, not once per figure."""
    found = []
    for pattern in (_POLL_NAME_BEFORE, _POLL_NAME_AFTER):
        for match in pattern.finditer(text):
            words = _poll_words(match.group(1))
            if words:
                found.append((match.start(), match.end(), words))
    return tuple(found)


SUPPORT = "support"
"""What a candidate's share in a poll measures: "44 percent support", "has 44 percent"."""
# A sentence that tells of a poll: "in the Acme poll", "a survey released on Tuesday".
_POLL_WORD = re.compile(r"\b(?:polls?|polling|surveys?|pollsters?)\b", re.IGNORECASE)


def held_shares(
    claims: Sequence[Claim],
    topics: Mapping[str, Topic],
    documents: Mapping[str, Document],
    names: Names,
) -> dict[str, Topic]:
    """The topics, a share of support held by a name read as that name's support, one
    measure whatever verb says it is held: "Calder has 44 percent support", "Calder has
    44 percent in the Acme poll" and "Calder leads with 48 percent in the Acme poll" all
    tell the share of those asked who back Calder, one measure of support, as "44 percent
    support" is. Candidates (:func:`~.holders.held_apart`), polls (:func:`polls_apart`),
    groups asked and screens are told apart by the verdicts; a bare "44 percent" of a
    person read alone is nobody's measure and is never compared.

    A share is read so when its holder is named through a verb of having (:func:`~.holders.
    holder`) and it is a percentage of no noun (or "of" the holder: the tagger's reading of
    the name as the thing counted) whose sentence tells of a poll the report names
    (:func:`poll_named`). A lead "by 4 points" is a gap, never a share.

    Args:
        claims: The story's figure claims.
        topics: Their topics by claim id.
        documents: The story's reports by id.
        names: Where the reports name those who can hold a figure.
    """
    out = dict(topics)
    for claim in claims:
        topic, figure = topics.get(claim.id), claim.figure
        if topic is None or figure is None or figure.unit != "percent":
            continue
        # A figure's own unknown is written "unknown (<claim id>)", a name's "brandt (...)".
        read = topic.population.split(" (")[0]
        if " " in read or read == SUPPORT:
            continue  # a noun of more words than a name's one ("share of voters")
        key = holder(claim, documents, names)
        if key is None:
            continue
        # The tagger's reading of the name as the noun counted, made singular ("Moss" as
        # "mos").
        named = read == "unknown" or any(read in (w, singular(w), w[:-1]) for w in key.split())
        if named and _poll_sentence(claim, documents) and poll_named(claim, documents):
            # Support is no territory a name "has" or "holds": no state of control.
            out[claim.id] = replace(topic, population=SUPPORT, state="other")
    return out


def supported(measure: Sequence[Claim], documents: Mapping[str, Document], names: Names) -> str:
    """The one holder whose support a measure's shares all tell (:func:`held_shares`), as
    the reports write the name ("Calder"), or "" when they tell none or several."""
    keys = {holder(claim, documents, names) for claim in measure}
    surnames = {key.split()[-1] for key in keys if key}
    if len(surnames) != 1 or None in keys:
        return ""
    return titled(measure[0], surnames.pop(), documents)


def _poll_sentence(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a figure's sentence tells of a poll (:data:`_POLL_WORD`)."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    return _POLL_WORD.search(doc.text, begin, end) is not None


def polls_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares or leads that reports give from polls named differently
    (:func:`poll_named`): Clinton's "8-point lead" in a University of New Hampshire poll
    and "a three-point lead" in the 50-state poll, 11 percent in the Monmouth poll and 6
    percent in the Rasmussen Reports poll. A share is one poll's answer to one question and
    a lead one poll's gap: two polls' figures are two quantities. Names sharing a word
    ("Monmouth" and "Monmouth University") are one poll; where a figure's report names no
    poll, which poll it is from is unknown and nothing is set apart."""
    keys: list[frozenset[str]] = []
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        words = poll_named(claim, documents)
        if not words:
            return None
        key = next((k for k in keys if k & words), None)
        if key is None:
            keys.append(words)
            key = words
        groups.setdefault(" ".join(sorted(key)), []).append((claim, found))
    if len(groups) < 2:
        return None

    def reason(one: Keyed, two: Keyed) -> str:
        (_, first), (_, second) = one, two
        return (
            f"{who_gives(first, documents)} and {who_gives(second, documents)} from polls named "
            "differently: a share or a lead is one poll's, so these are two quantities, not "
            "one in dispute"
        )

    return split_groups(groups, reason)


# When a poll asked its questions, told after the poll: "a Marlow poll taken Sept. 10-13",
# "conducted Sept. 28 to Oct. 2", "fielded from Oct. 1 through Oct. 4".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_FIELDED = re.compile(
    r"\b(?:taken|conducted|done|carried\s+out|fielded|in\s+the\s+field)\s+"
    r"(?:(?:from|on|between|over)\s+)?"
    rf"(?P<when>{_MONTH}\s+\d{{1,2}}(?:\s*(?:-|\u2013|to|and|through)\s*(?:{_MONTH}\s+)?\d{{1,2}})?)"
)

_MONTH_END = re.compile(rf"\b{_MONTH}\s*$")


def field_period(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The days a poll asked its questions, as its share's sentence tells them ("a Marlow
    poll taken Sept. 10-13" -> "sep 10-13"), or None when it tells none."""
    doc = claim.figure and documents.get(claim.doc)
    if not doc:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    for _ in range(3):
        # "taken Sept. 28 to Oct. 2": a month's shortened name is no sentence's end.
        if end >= len(doc.text) or not _MONTH_END.search(doc.text, begin, end):
            break
        end = max(end + 1, sentence_span(doc.text, end + 1, end + 1)[1])
    found = _FIELDED.search(doc.text, begin, end)
    if found is None:
        return None
    when = re.sub(r"\s*(?:-|\u2013|\bto\b|\band\b|\bthrough\b)\s*", "-", found.group("when"))
    return re.sub(r"([a-z]{3})[a-z]*\.?", r"\1", when.lower())


def field_periods_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares of polls asked over different days (:func:`field_period`):
    Moss's 41 percent "in a Marlow poll taken Sept. 10-13" and 46 percent "in a Marlow poll
    taken Sept. 28 to Oct. 2". One pollster's two polls are two quantities, as two
    pollsters' are; a share whose sentence tells no days joins neither."""

    def reason(one: Keyed, two: Keyed) -> str:
        return (
            f"{who_gives(one[1], documents)} from a poll taken {one[0]} and "
            f"{who_gives(two[1], documents)} from one taken {two[0]}: two polls, not one "
            "quantity in dispute"
        )

    return split_by(read, lambda claim: field_period(claim, documents), reason)


def ballots_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts of two chambers, two sides of a vote, or a share told
    nationally and one told of a place (:mod:`.ballots`): each is another quantity."""
    readings: tuple[tuple[Callable[[Claim], str | None], str], ...] = (
        (lambda c: ballots.chamber(c, documents), "of two chambers of a legislature"),
        (lambda c: ballots.vote_side(c, documents), "on two sides of a vote"),
        (lambda c: ballots.scope_place(c, documents), "of the nation and of one place in it"),
    )
    for key, words in readings:

        def reason(one: Keyed, two: Keyed, words: str = words) -> str:
            (_, first), (_, second) = one, two
            return (
                f"{who_gives(first, documents)} and {who_gives(second, documents)} {words}, so "
                "these are two quantities, not one in dispute"
            )

        found = split_by(read, key, reason)
        if found is not None:
            return found
    return None


# A number a rule or a goal sets, not a count of what is: "until 55 countries have
# ratified it", "needs 1,237 delegates", "must win 1,237 delegates", "the 1,237 delegates
# needed to clinch".
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:until|unless|once|needs?|required|requires|require|"
    r"(?:must|needs?\s+to|has\s+to|have\s+to)\s+(?:win|reach|get|secure|earn|gather|amass))\s+"
    r"(?:(?:at\s+least|the|a|an|all|just|only)\s+)?$",
    re.IGNORECASE,
)
_THRESHOLD_AFTER = re.compile(
    r"^\s+(?:[a-z][\w'-]*\s+){0,2}?(?:needed|required|necessary)\s+(?:to|for)\s+(?!be\b)",
    re.IGNORECASE,
)


def threshold(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a figure is a number a rule or a goal sets rather than a count of what is:
    "will not take effect until 55 countries have ratified it", "needs 1,237 delegates",
    "a candidate must win 1,237 delegates", "the 1,237 delegates needed to clinch the
    nomination" (never "20 people needed to be rescued": a count of those in need)."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    numbers = numbers_in(doc.text, claim.start, claim.end)
    if not numbers:
        return False
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    at, stop = numbers[0][0], numbers[-1][1]
    return (
        _THRESHOLD_BEFORE.search(doc.text[max(begin, at - 40) : at]) is not None
        or _THRESHOLD_AFTER.match(doc.text[stop : min(end, stop + 80)]) is not None
    )


def thresholds_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing numbers a rule or a goal sets (:func:`threshold`) with counts of
    what is: "55 countries" a treaty needs against "our two countries", "the 1,237
    delegates needed" against "1,265 delegates" a scenario gives. A bar to reach is not
    how many there are."""

    def reason(one: Keyed, two: Keyed) -> str:
        (_, first), (_, second) = one, two
        return (
            f"{who_gives(first, documents)} as a number to reach and "
            f"{who_gives(second, documents)} as a count: a bar and a tally, not one quantity in "
            "dispute"
        )

    return split_by(read, lambda claim: "bar" if threshold(claim, documents) else "count", reason)


# "Spoke in front of a crowd of about 230", "told an audience of 1,000", "before a packed
# crowd of 500": the count of those who came to hear the one who speaks.
_AUDIENCE_BEFORE = re.compile(
    r"\b(?:in\s+front\s+of|before|addressed|told|to)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?"
    r"(?:crowd|audience)\s+of\s+(?:(?:about|some|nearly|almost|roughly|around|more\s+than|"
    r"over)\s+)?$",
    re.IGNORECASE,
)


def audience_of(claim: Claim, documents: Mapping[str, Document], names: Names) -> str | None:
    """Whom a crowd told of as an audience came to hear: the person its sentence names
    last before the words "in front of a crowd of", "told an audience of" ("Trump is taking
    questions ... in front of a crowd of about 230 people": Trump), else the name that
    opens the sentence, whatever type the pile's names read it as (a candidate whose name
    is also a company's is still the one the crowd came to hear); None for a count told
    otherwise or with no one named."""
    doc = documents.get(claim.doc)
    if doc is None:
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    found = _AUDIENCE_BEFORE.search(doc.text, max(begin, claim.start - 80), claim.start)
    if found is None:
        return None
    person = names.person_before(
        claim.doc, found.start(), reach=found.start() - begin, text=doc.text
    )
    if person is not None:
        return person
    for start, _, name, kind in names.spans.get(claim.doc, ()):
        if begin <= start < found.start() and not doc.text[begin:start].strip():
            return name if kind in _SPEAKERS else None
    return None


# The kinds of name that can speak to a crowd: a person, or a body a name-tagger read a
# person's name as (a band, a campaign, a candidate sharing a company's name).
_SPEAKERS = frozenset({"PERSON", "ORG"})


def audiences_apart(
    read: Sequence[tuple[Claim, Interval]],
    documents: Mapping[str, Document],
    names: Names | None,
) -> Split | None:
    """A measure holding the audiences of different speakers (:func:`audience_of`): "about
    230 people" in front of whom Trump took questions and "about 1,000 people" Rubio spoke
    to. A crowd gathered to hear one speaker is that speaker's event: two speakers'
    audiences are two gatherings, not one crowd in dispute. Two counts of one speaker's
    audience are compared."""
    if names is None:
        return None

    def key(claim: Claim) -> str | None:
        # A speaker named in full in one report and by surname in another is one speaker.
        heard = audience_of(claim, documents, names)
        return None if not heard else heard.split()[-1].lower()

    def reason(one: Keyed, two: Keyed) -> str:
        (_, first), (_, second) = one, two
        return (
            f"{who_gives(first, documents)} as the audience of "
            f"{audience_of(first, documents, names)} and {who_gives(second, documents)} as the "
            f"audience of {audience_of(second, documents, names)}: two gatherings, not one "
            "crowd in dispute"
        )

    return split_by(read, key, reason)


def added(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a count is told as more besides those already counted ("tracks an additional
    500 family fortunes", "a further 20,000 joined the protests in the second city")."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    return ADDED_BEFORE.search(doc.text[max(0, claim.start - 60) : claim.start]) is not None


def added_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure holding a count told as more besides those already counted (:func:`added`)
    whose value no other report's count meets: "an additional 500 billionaire family
    fortunes" beside "2,400 billionaires". What is added is neither the whole nor the
    count it adds to. Another report giving the same value ("20,000 in the second city")
    counts the same added set, and the two are left together."""
    extra = [(c, i) for c, i in read if added(c, documents)]
    if not extra or len(extra) == len(read):
        return None
    rest = [(c, i) for c, i in read if not added(c, documents)]
    for claim, found in extra:
        if any(j.meets(found) and c.doc != claim.doc for c, j in rest):
            return None
    one, other = extra[0][0], rest[0][0]
    reason = (
        f"{who_gives(one, documents)} as a count of more besides those already counted and "
        f"{who_gives(other, documents)} as a count of its own, so these are different "
        "quantities, not one in dispute"
    )
    return Split(parts=(tuple(c for c, _ in extra), tuple(c for c, _ in rest)), reason=reason)


# Words that narrow a count to the foremost of its kind: "the 13 major candidates", "three
# key states", "the five leading contenders".
_RANKS = frozenset(
    {"major", "leading", "top", "main", "key", "serious", "prominent", "viable", "principal"}
)


def ranked(claim: Claim) -> bool:
    """Whether a count is narrowed to the foremost of its kind ("13 major Republican
    candidates", "three key states"): a word of rank before its noun or among its
    qualifiers."""
    figure = claim.figure
    if figure is None or figure.kind != "count" or not figure.counted:
        return False
    noun = figure.counted.split()[-1].lower()
    words = [w.lower() for w in WORD.findall(claim.text)]
    before = words[: words.index(noun)] if noun in words else words
    return any(w in _RANKS for w in (*before, *(q.lower() for q in figure.qualifiers)))


def ranked_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure whose counts narrowed to the foremost of their kind (:func:`ranked`) all
    lie below its counts not so narrowed: "the 13 major Republican candidates" and "some
    14 candidates still in the race", "three key states" and "45 states where open carry
    is law". The foremost of a kind are a part of it, so a larger count of the whole is
    no dispute; a part counted above the whole is, and is left alone."""
    top = [(c, i) for c, i in read if ranked(c)]
    rest = [(c, i) for c, i in read if not ranked(c)]
    if not top or not rest or max(i.low for _, i in top) >= min(i.high for _, i in rest):
        return None
    if all(i.meets(j) for _, i in top for _, j in rest):
        return None
    part, whole = top[0][0], rest[0][0]
    reason = (
        f'{who_gives(part, documents)} of the foremost of a kind ("{part.text}") and '
        f'{who_gives(whole, documents)} of all of it ("{whole.text}"): a part and its whole, '
        "not one quantity in dispute"
    )
    return Split(parts=(tuple(c for c, _ in top), tuple(c for c, _ in rest)), reason=reason)


# Two shares set side by side, the larger first: "leads 50 percent to 44 percent", "(58
# percent to 40 percent)", "50 to 48 percent". Written the larger first they are two sides
# of one race or question, not a range ("95 to 97 percent" rises) nor a change ("fell from
# 50 to 44 percent").
_PAIR = re.compile(
    r"(?<![\w.,])(\d+(?:\.\d+)?)[ \t]*(?:%|percent|per[ \t]*cent)?[ \t]+to[ \t]+"
    r"(\d+(?:\.\d+)?)(?![\w.,]*\d)",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom[ \t]+$", re.IGNORECASE)


def pair_side(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """Which side of two shares set side by side a percentage is, with the other side's
    value ("second beside 50" for the 44 of "leads 50 percent to 44 percent"), or None
    when it is told alone, as a range or as a change (:data:`_PAIR`)."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or doc is None or figure.kind != "percent":
        return None
    numbers = numbers_in(doc.text, claim.start, claim.end)
    if not numbers:
        return None
    at = numbers[0][0]
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    for found in _PAIR.finditer(doc.text, begin, end):
        first, second = float(found.group(1)), float(found.group(2))
        if first <= second or _FROM.search(doc.text, begin, found.start()):
            continue
        if found.start(1) == at:
            return f"first beside {number(second)}"
        if found.start(2) == at:
            return f"second beside {number(first)}"
    return None


def pair_sides_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares told as sides of different pairs (:func:`pair_side`): the
    18 percent of "favourable 50 percent to 18 percent" and the 40 percent of "won 58
    percent to 40 percent", or Sanders' 44 of "Clinton leads 50 percent to 44 percent"
    and Clinton's 50 of "50 to 48 percent". A share is of one side of one race: the
    leader's and the runner-up's are two quantities, and two runners-up of races whose
    leaders differ are of two races. The same side beside one value (two reports of one
    poll, "52 to 44" and "50 to 44") is one quantity and may be in dispute."""

    def reason(one: Keyed, two: Keyed) -> str:
        (side_a, first), (side_b, second) = one, two
        return (
            f"{who_gives(first, documents)} as the {side_a.replace(' beside ', ' side beside ')} "
            f"and {who_gives(second, documents)} as the "
            f"{side_b.replace(' beside ', ' side beside ')}: sides of different pairs, not "
            "one quantity in dispute"
        )

    return split_by(read, lambda claim: pair_side(claim, documents), reason)


# The part of those asked a poll's share is told of: "among men", "among likely voters in
# the primary" (up to the first word that ends the group), "from Latino voters".
_AMONG = re.compile(
    r"\bamong\s+((?:[A-Za-z][\w'\u2019-]*\s+){0,3}?[A-Za-z][\w'\u2019-]*)"
    r"(?=\s*(?:[^\w\s-]|$)|\s+(?:by|in|who|to|and|with|for|at|on|than|while|but|compared|"
    r"from|of|that|is|are|was|were|has|have|had|back|backed|support|supported)\b)",
    re.IGNORECASE,
)
_FROM_VOTERS = re.compile(
    r"\bfrom\s+((?:[A-Za-z][\w'\u2019-]*\s+){0,2}(?:voters|supporters|respondents|adults|"
    r"men|women|residents|members))\b",
    re.IGNORECASE,
)
# Words that say which of those asked in other words: "likely voters" and "voters" are one
# group as a report may name it.
_GROUP_SKIPS = frozenset({"the", "all", "likely", "registered", "those", "people", "voters"})


def polled_group(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str]:
    """The part of those asked a percentage is a share among, as the words nearest it in
    its sentence name it ("among men", "among African-American voters", "support from
    Latino voters"): its words, lower-cased, without those any group of voters may be
    named with ("likely", "registered", "voters"); empty when its sentence names none."""
    words = re.findall(r"[\w'\u2019-]+", polled_words(claim, documents).lower())
    kept = frozenset(w for w in words if w not in _GROUP_SKIPS)
    return kept or frozenset({"voters"} if words else ())


def polled_words(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The words naming the group a percentage is a share among, as written; "" if none."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or figure.unit != "percent" or doc is None:
        return ""
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    found = [*_AMONG.finditer(doc.text, begin, end), *_FROM_VOTERS.finditer(doc.text, begin, end)]
    if not found:
        return ""
    nearest = min(found, key=lambda m: min(abs(m.start() - claim.start), abs(m.end() - claim.end)))
    return " ".join(nearest.group(1).split())


def polled_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares among different parts of those asked (:func:`polled_group`):
    "68 percent" of Latino voters in one report, "49%" among men in another; "zero percent
    support among African-American voters" against a share its sentence gives no group. A
    share's sub-population is part of what it measures: a share among one group says
    nothing of a share among another, or among all asked. Groups one of which names the
    other in fewer words ("voters", "likely voters") may be one."""
    groups: list[tuple[frozenset[str], list[tuple[Claim, Interval]]]] = []
    for claim, found in read:
        key = polled_group(claim, documents)
        for known, items in groups:
            if key == known or (key and known and (key <= known or known <= key)):
                items.append((claim, found))
                break
        else:
            groups.append((key, [(claim, found)]))
    if len(groups) < 2 or not any(key for key, _ in groups):
        return None
    keyed = {" ".join(sorted(key)) or "(all asked)": items for key, items in groups}

    def reason(*pair: Keyed) -> str:
        said = [
            f"{who_gives(claim, documents)} as a share "
            + (f"among {words}" if (words := polled_words(claim, documents)) else "of all asked")
            for _, claim in pair
        ]
        return (
            f"{said[0]} and {said[1]}: shares of different groups of those asked, not one "
            "quantity in dispute"
        )

    return split_groups(keyed, reason)


# The screen a poll puts those asked through, as its "among ..." words name it: pollsters
# report one poll's shares among registered voters and among likely voters (or all
# adults) side by side.
_SCREENS = {"likely": "likely voters", "registered": "registered voters", "adults": "adults"}


def poll_screen(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """Those asked a poll's share is told among when its words name a screen ("among
    likely voters", "among registered voters", "among all adults"); None when they name
    none ("among voters", "among women") or two."""
    words = set(re.findall(r"[a-z]+", polled_words(claim, documents).lower()))
    named = {screen for word, screen in _SCREENS.items() if word in words}
    return named.pop() if len(named) == 1 else None


def screens_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing one poll's shares among those it screens differently
    (:func:`poll_screen`): "46 percent among likely voters" in one report, "42 percent
    among registered voters" in another. A pollster reports both from one survey and they
    differ by design: fewer people pass the likely-voter screen, so the two are shares of
    different populations, not one quantity in dispute. A share naming no screen joins
    neither."""

    def reason(one: Keyed, two: Keyed) -> str:
        return (
            f"{who_gives(one[1], documents)} among {one[0]} and {who_gives(two[1], documents)} "
            f"among {two[0]}: shares of differently screened populations of one poll, not "
            "one quantity in dispute"
        )

    return split_by(read, lambda claim: poll_screen(claim, documents), reason)
