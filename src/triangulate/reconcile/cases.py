"""The stages of a case people are counted at: arrested, charged, convicted.

Those arrested are not all charged, and those charged are not all convicted: counts of
different stages are no one count in dispute, and bare "others" of two reports are whoever
each sentence sets them beside.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from triangulate.model import Claim, Document
from triangulate.reconcile.intervals import Interval
from triangulate.reconcile.kinds import bare_others
from triangulate.reconcile.splits import Split, claims_of, disputing_pair, who_gives

# The stages of a case people are counted at: those arrested are not all charged, and
# those charged are not all convicted.
_STAGES = (
    ("arrested", re.compile(r"\b(?:arrest(?:ed|s)?|detain(?:ed|ees)?|detentions?|rounded\s+up)\b")),
    ("charged", re.compile(r"\b(?:charged|charges|accused|indicted|prosecuted)\b")),
    ("convicted", re.compile(r"\b(?:convicted|found\s+guilty|sentenced)\b")),
)


def case_stage(claim: Claim) -> str | None:
    """The stage of a case a count of people is at, when its own words name exactly one:
    ``arrested`` ("12 arrested", "detained"), ``charged`` ("charged", "accused",
    "indicted") or ``convicted`` ("convicted", "found guilty", "sentenced")."""
    figure = claim.figure
    if figure is None or figure.kind != "count":
        return None
    words = " ".join((claim.text, *figure.qualifiers)).lower()
    found = {name for name, pattern in _STAGES if pattern.search(words)}
    return found.pop() if len(found) == 1 else None


def others_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure with figures of bare "others" (:func:`~.kinds.bare_others`): "the injury of two
    others" in one report and "caring for seven others" in another. Who the others are is
    said only by what each sentence sets them beside, so each report's are its own, never in
    dispute with another report's count."""
    parts: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        bare = claim.figure is not None and bare_others(claim.figure)
        parts.setdefault(claim.doc if bare else "", []).append((claim, found))
    if disputing_pair(parts) is None:
        return None
    first = next(c for key, items in sorted(parts.items()) if key for c, _ in items)
    reason = (
        f"{who_gives(first, documents)} "
        '"others": who they are is '
        "said only by what its sentence sets them beside, so they are not one quantity "
        "in dispute with another report's"
    )
    return Split(parts=claims_of(parts), reason=reason)


def stages_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing people counted at different stages of a case (:func:`case_stage`):
    "two youths charged with the murder" and "three teens arrested". Not everyone arrested
    is charged, nor everyone charged convicted, so the counts differ without disputing
    each other."""
    stages: dict[str, list[tuple[Claim, Interval]]] = {}
    loose: list[Claim] = []
    for claim, found in read:
        stage = case_stage(claim)
        if stage is None:
            loose.append(claim)
        else:
            stages.setdefault(stage, []).append((claim, found))
    pair = disputing_pair(stages)
    if pair is None:
        return None
    (stage_a, first), (stage_b, second) = pair
    reason = (
        f"{who_gives(first, documents)} {stage_a} and "
        f"{who_gives(second, documents)} {stage_b}: people are "
        "counted at different stages of a case, not one quantity in dispute"
    )
    return Split(parts=claims_of(stages) + ((tuple(loose),) if loose else ()), reason=reason)
