"""Whose share a percentage is: of which whole, held by whom, in answer to what.

A percentage qualifying a noun of its own ("a 92 percent rating", "6 percent of the
profits") beside another is a share of another thing; "95 percent of an investor's
emissions" is a rule of thumb, no figure of one whole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from triangulate.model import Claim, Document
from triangulate.reconcile.intervals import Interval
from triangulate.reconcile.members import answer, narrowed_whole
from triangulate.reconcile.payments import NO_SPENDER
from triangulate.reconcile.sets import sharing_words
from triangulate.reconcile.splits import Keyed, Split, numbers_in, split_by, split_groups, who_gives
from triangulate.reconcile.statements import sentence_span

# A share told with the part it is of as its clause's subject: "Hispanics make up 17
# percent of the population", "Voters under 30 accounted for 19 percent of the turnout".
_MAKES_UP = re.compile(
    r"((?:[\w'\u2019-]+\s+){1,4}?)(?:make|makes|made|making|account|accounts|"
    r"accounted)\s+(?:up|for)\s+(?:(?:about|nearly|almost|some|roughly|around|over|"
    r"just|only|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
_PART_STOPS = frozenset({"the", "a", "an", "who", "which", "that", "now", "still", "together"})


def share_holder(claim: Claim, documents: Mapping[str, Document]) -> frozenset[str] | None:
    """The words of the part a percentage is the share of, when its clause's subject makes
    it up ("Black Americans make up 13 percent": {"black", "americans"}); None when the
    share is told otherwise or its subject is a pronoun."""
    words = frozenset(re.findall(r"[a-z][\w'\u2019-]*", _made_up_by(claim, documents).lower()))
    words -= _PART_STOPS
    return None if not words or words <= NO_SPENDER else words


def _made_up_by(claim: Claim, documents: Mapping[str, Document]) -> str:
    """The subject making up a percentage, as written ("Black Americans"); "" if none."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or figure.unit != "percent" or doc is None:
        return ""
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    before = re.split(r"[,;:()\u2014]", doc.text[max(begin, claim.start - 80) : claim.start])[-1]
    found = _MAKES_UP.search(before)
    return " ".join(found.group(1).split()) if found else ""


def share_holders_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares that different parts make up (:func:`share_holder`):
    "Hispanics make up 17 percent of the population" in one report, "Black Americans make
    up 13 percent" in another. A share is one quantity only with the part it measures, so
    two parts whose words share none are two quantities, not one in dispute."""

    def reason(one: Keyed, two: Keyed) -> str:
        return (
            f'{who_gives(one[1], documents)} as the share "{_made_up_by(one[1], documents)}" '
            f'make up and {who_gives(two[1], documents)} as the share "'
            f'{_made_up_by(two[1], documents)}" make up: shares of different parts, not one '
            "quantity in dispute"
        )

    def words_of(claim: Claim) -> frozenset[str] | None:
        return share_holder(claim, documents)

    return split_groups(sharing_words(read, words_of), reason)


def answers_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares of those asked that count answers sharing no word
    (:func:`.members.answer`): "61 percent of Democrats say they are satisfied with their
    choices" in one report, "44 percent of Democrats say they would vote for Clinton" in
    another. Two questions' answers are two quantities, even from one survey; shares
    whose answers share a word ("back Smith", "would vote for Smith") may dispute, and a
    share that is no clause's subject is left to dispute any."""

    def reason(one: Keyed, two: Keyed) -> str:
        said = [f'{who_gives(claim, documents)} for "{key}"' for key, claim in (one, two)]
        return (
            f"{said[0]} and {said[1]}: shares of those asked giving different answers, to "
            "different questions, not one quantity in dispute"
        )

    return split_groups(sharing_words(read, lambda claim: answer(claim, documents)), reason)


def wholes_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares of a whole narrowed by different words before its noun
    (:func:`.members.narrowed_whole`): "46 percent of the vote" and "40 percent of the
    evangelical vote". A share of a part of those the noun names is a share of another
    population, not one quantity in dispute; shares of one narrowed whole still
    dispute."""

    def reason(one: Keyed, two: Keyed) -> str:
        said = [
            f'{who_gives(claim, documents)} for "{claim.text}" ({key or "the whole"})'
            for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: shares of different populations, a whole and its "
            "part or two parts, not one quantity in dispute"
        )

    return split_by(read, lambda claim: narrowed_whole(claim, documents), reason)


# What a percentage is of: the whole its "of" phrase names ("5% of the film's profits":
# profits) or the noun it qualifies ("an 85 percent rating": rating).
_PERCENT_WORD = re.compile(r"^\s*(?:per\s*cent|percent|pc|%)", re.IGNORECASE)
SHARE_STOPS = frozenset(
    {
        "and", "or", "but", "that", "which", "who", "was", "were", "is", "are", "has", "have",
        "had", "in", "on", "at", "by", "for", "from", "to", "with", "between", "since",
        "after", "before", "than", "as", "across", "over", "under", "this", "its", "their",
        "will", "would", "could", "said", "says",
    }
)  # fmt: skip
_SHARE_SKIPS = frozenset({"the", "a", "an", "all", "of", "its", "their", "his", "her"})


def share_of(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The common noun a percentage is a share of ("of profit" of "6 percent of the
    profits") or qualifies ("rating" of "a 92 percent rating"), singular and lower-cased;
    None when the words after it name none, or name a place or a name (capitalised: "of
    the city" and "of Raqqa" may be one whole)."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or figure.unit != "percent" or doc is None:
        return None
    _, end = sentence_span(doc.text, claim.start, claim.end)
    rest = doc.text[claim.start : end]
    number = re.search(r"\d[\d.,\s]*", rest)  # "almost 90%", "5. 4 per cent"
    after = rest[number.end() :] if number else ""
    said = _PERCENT_WORD.match(after)
    if said is None:
        return None
    head: str | None = None
    of = False
    for word in re.findall(r"[A-Za-z'\u2019-]+|[^\sA-Za-z]", after[said.end() :])[:8]:
        bare = word.lower().removesuffix("'s").removesuffix("\u2019s")
        if not word[:1].isalpha() and word not in {'"', "'", "\u201c", "\u201d"}:
            break
        if bare in SHARE_STOPS:
            break
        of = of or (bare == "of" and head is None)
        if bare in _SHARE_SKIPS or not word[:1].isalpha():
            continue
        if word[:1].isupper():
            return None
        head = bare
    if head is None or len(head) < 3:
        return None
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return f"of {head}" if of else head


def _share_words(claim: Claim, whole: str, documents: Mapping[str, Document]) -> str:
    """The report's words from the percentage to the whole it names ("5% of the film's
    backend profits"), or the figure's own words when they cannot be found."""
    doc = documents.get(claim.doc)
    if doc is None:
        return claim.text
    _, end = sentence_span(doc.text, claim.start, claim.end)
    found = re.search(rf"\b{re.escape(whole)}\w*", doc.text[claim.start : end], re.IGNORECASE)
    if found is None:
        return claim.text
    return " ".join(doc.text[claim.start : claim.start + found.end()].split())


def shares_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing percentages of different things (:func:`share_of`): "5% of the
    film's profits" and "an 85 percent rating", "a 5 percent rise" and "a 9 percent
    stake". A share of one thing says nothing of a share of another, so the two are not
    one quantity in dispute."""

    def key(claim: Claim) -> str | None:
        whole = share_of(claim, documents)
        # Shares "of" two nouns may be of one whole named two ways ("of the city", "of the
        # town"; "of voters", "of the electorate"): only a share qualifying a noun of its
        # own ("a 92 percent rating", "a 5 percent rise") is set apart.
        return None if whole is None else "of" if whole.startswith("of ") else whole

    def said(claim: Claim) -> str:
        whole = (share_of(claim, documents) or "").removeprefix("of ")
        return f'{who_gives(claim, documents)} ("{_share_words(claim, whole, documents)}")'

    def reason(one: Keyed, two: Keyed) -> str:
        (_, first), (_, second) = one, two
        return (
            f"{said(first)} and {said(second)}: shares of different wholes, not one quantity "
            "in dispute"
        )

    return split_by(read, key, reason)


# What a share is "of", after its number and any second number of a range: "95 per cent to
# 97 per cent of an investor's emissions" (any one, "a"/"an"), "70 per cent of the fund's
# emissions" (one told of, "the", a possessive or a name).
_SHARE_OF_WHOLE = re.compile(
    r"[ \t]*(?:%|per[ \t]*cent|percent)(?:[ \t]+to[ \t]+\d[\d.,]*[ \t]*"
    r"(?:%|per[ \t]*cent|percent))?[ \t]+of[ \t]+(?:(an?)|the|its|their|his|her|"
    r"[A-Z][\w.'-]*['\u2019]s)\b"
)


def share_of_any(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """Whether a percentage is of a whole that any one of a kind has ("95 per cent to 97
    per cent of an investor's emissions": "any"), as a rule of thumb is, or of one whole
    the report tells of ("70 per cent of the fund's emissions": "one"); None when it is
    "of" nothing so read."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if figure is None or figure.kind != "percent" or doc is None:
        return None
    numbers = numbers_in(doc.text, claim.start, claim.end)
    if not numbers:
        return None
    found = _SHARE_OF_WHOLE.match(doc.text, numbers[0][1])
    if found is None:
        return None
    return "any" if found.group(1) else "one"


def any_and_one_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing shares of a whole any one of a kind has with shares of one whole a
    report tells of (:func:`share_of_any`): "scope 3 emissions make up 95 per cent to 97
    per cent of an investor's emissions" and "the 174 companies account for 70 per cent of
    the fund's emissions". A rule of thumb for any holder is no figure of one holder."""

    def reason(one: Keyed, two: Keyed) -> str:
        (kind_a, first), (kind_b, second) = one, two
        said = {"any": "of a whole any one of a kind has", "one": "of one whole told of"}
        return (
            f'{who_gives(first, documents)} as a share {said[kind_a]} ("{first.text}") and '
            f'{who_gives(second, documents)} as a share {said[kind_b]} ("{second.text}"): a '
            "rule of thumb and one holder's figure, not one quantity in dispute"
        )

    return split_by(read, lambda claim: share_of_any(claim, documents), reason)
