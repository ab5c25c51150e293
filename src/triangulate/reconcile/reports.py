"""Whether the reports giving a measure's values tell one event.

Two reports of one event name many of the same people, places and bodies. A pile, and a
story sorted from it, may still hold reports that share only the names the whole story
gives: a campaign report and a fundraising report that both mention one state and one
candidate. A figure is disputed only by a report of the same event, so values given by
reports that share little beyond the story's common names are not one quantity in
dispute.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from triangulate.model import Claim, Document
from triangulate.reconcile.intervals import Interval
from triangulate.reconcile.members import befell
from triangulate.reconcile.splits import Keyed, Split, split_by, who_gives

# Two reports tell one event when the names they share weigh at least this share of the
# names the report naming less gives, each name weighed by how few of the story's reports
# give it (a name every report gives tells no report's event from another's). A story of
# fewer than ``FEW_REPORTS`` reports is too small to weigh names by.
SHARED_NAMES = 0.17
FEW_REPORTS = 6

# A capitalised word inside a sentence, after a word or a comma: a name ("the Halden").
_NAME_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][\w'-]+")


@lru_cache(maxsize=1024)
def names_in(text: str) -> frozenset[str]:
    """The names a report gives inside its sentences (a capitalised word after a word)."""
    return frozenset(m.group(0) for m in _NAME_INSIDE.finditer(text))


@lru_cache(maxsize=4)
def _weights(texts: tuple[str, ...]) -> Mapping[str, float]:
    """Each name of the story's reports weighed by how few of them give it."""
    given: dict[str, int] = {}
    for text in texts:
        for name in names_in(text):
            given[name] = given.get(name, 0) + 1
    return {name: math.log((len(texts) + 1) / count) for name, count in given.items()}


def one_event_told(one: Document, other: Document, story: Sequence[Document]) -> bool:
    """Whether two reports of a story may tell one event: the story is too small to
    weigh names by, or the names the two share weigh at least ``SHARED_NAMES`` of the
    names of the one whose names weigh less (:func:`_weights`)."""
    if len(story) < FEW_REPORTS:
        return True
    return _told_alike(one, other, _weights(tuple(doc.text for doc in story)))


def _told_alike(one: Document, other: Document, weight: Mapping[str, float]) -> bool:
    """Whether the names two reports share weigh at least ``SHARED_NAMES`` of the names of
    the one whose names weigh less, each name weighed by ``weight``."""
    mine, theirs = names_in(one.text), names_in(other.text)
    less = min(sum(weight.get(n, 0.0) for n in mine), sum(weight.get(n, 0.0) for n in theirs))
    shared = sum(weight.get(n, 0.0) for n in mine & theirs)
    return less <= 0.0 or shared >= SHARED_NAMES * less


def _joined(ids: Sequence[str], documents: Mapping[str, Document]) -> dict[str, str]:
    """Each report's first report (by id) among those joined to it by a chain of reports
    that may tell one event with the next."""
    if len(documents) < FEW_REPORTS:  # too small to weigh names by: one event
        return {doc: ids[0] for doc in ids}
    # The story's name weights are read once, not once for every pair of reports.
    weight = _weights(tuple(doc.text for doc in documents.values()))
    first = {doc: doc for doc in ids}

    def root(doc: str) -> str:
        while first[doc] != doc:
            doc = first[doc]
        return doc

    for n, one in enumerate(ids):
        for other in ids[n + 1 :]:
            a, b = root(one), root(other)
            if a != b and _told_alike(documents[one], documents[other], weight):
                first[max(a, b)] = min(a, b)
    return {doc: root(doc) for doc in ids}


def reports_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure whose values come from reports telling different events
    (:func:`one_event_told`): "$7 million in new cash raised" after one primary in one
    report, the party committees' "more than $287 million" raised by the end of a month in
    another, two reports of one campaign that share only its candidate's and its state's
    names. The reports are joined while any two of them may tell one event; values of reports
    left apart are not one quantity in dispute. Counts of those something befell (the
    killed, the arrested) keep the story's event as their anchor and are never read so."""
    if any(befell(claim) for claim, _ in read):
        return None
    ids = sorted({claim.doc for claim, _ in read if claim.doc in documents})
    if len(ids) < 2:
        return None
    event = _joined(ids, documents)
    if len(set(event.values())) < 2:
        return None

    def reason(one: Keyed, two: Keyed) -> str:
        return (
            f"{who_gives(one[1], documents)} and {who_gives(two[1], documents)} in reports "
            "that share few names beyond those every report of the story gives: reports of "
            "different events, not one quantity in dispute"
        )

    return split_by(read, lambda claim: event.get(claim.doc), reason)
