"""The story's timeline: its events in order, each an interval of days with its claims.

Event time is the time a claim is *about* (``Claim.when``, anchored on the report's
publication day when the claims were read), never the day the report came out. Rules:

1. **Which claims.** Only claims with a ``when`` that has a start or an end. Claims with no
   time are left out of the timeline (they stay in ``claims`` and ``groups``): placing them
   on the day of the report would mix report time into event time.
2. **Same event.** Two dated claims tell the same event when their intervals overlap (an
   open end overlaps everything on its side), both intervals are short (at most
   ``SHORT_DAYS`` days) or the very same, and either they are in one group, or they are
   figures of the same measure, or assertions with the same predicate and polarity. The
   length condition keeps a four-month toll apart from a two-week one (even when a group
   holds both) and stops long windows from chaining unrelated events together. Events are
   the connected sets of that relation.
3. **Interval.** The days every claim of the event allows (the intersection of their
   intervals); when they share none, the span of all of them. The precision is that of the
   claim with the narrowest interval (the finest, on a tie).
4. **Label.** Built from the claims, not copied from the text: an assertion as subject,
   verb and object ("Governor's office did not announce the evacuation"), a figure as its
   measure and value with its hedge and speaker ("people killed: about 60 (hospital
   source)"). The label the most claims of the event share comes first; a second, different
   one is added after a semicolon. An assertion without a subject is labelled with its own
   words, cut to ``LABEL_SIZE`` characters.
5. **Order.** By start day, then end day (an open start sorts by its end, an open end last
   among equal starts), then label, so the same claims always give the same timeline.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from triangulate.model import Claim, Document, Figure, Group, TimelineEntry, When
from triangulate.reconcile.intervals import describe, unit_value

LABEL_SIZE = 90
# Intervals up to this many days long are "short": one event's day, night or few days.
SHORT_DAYS = 3

_RANK = {"day": 0, "month": 1, "year": 2}
_IRREGULAR = {
    *(("begin", "began"), ("break", "broke"), ("bring", "brought"), ("build", "built")),
    *(("come", "came"), ("do", "did"), ("fall", "fell"), ("fight", "fought"), ("find", "found")),
    *(("flee", "fled"), ("get", "got"), ("give", "gave"), ("go", "went"), ("hold", "held")),
    *(("keep", "kept"), ("leave", "left"), ("lose", "lost"), ("make", "made"), ("meet", "met")),
    *(("put", "put"), ("run", "ran"), ("say", "said"), ("see", "saw"), ("send", "sent")),
    *(("set", "set"), ("take", "took"), ("tell", "told"), ("win", "won"), ("write", "wrote")),
    *(("shut", "shut"), ("cut", "cut"), ("hit", "hit"), ("seek", "sought"), ("lead", "led")),
}
_PAST = dict(_IRREGULAR)
# Verbs that double their last consonant in the past.
_PAST.update({v: v + v[-1] + "ed" for v in ("control", "plan", "stop", "ban", "admit", "commit")})
_PAST.update({v: v + v[-1] + "ed" for v in ("drop", "ship", "grab", "trap", "submit", "rob")})


def build_timeline(
    documents: Sequence[Document], claims: Sequence[Claim], groups: Sequence[Group] = ()
) -> tuple[TimelineEntry, ...]:
    """The story's events in time order.

    Args:
        documents: The story's reports (their order orders each entry's ``docs``).
        claims: Every claim of the story; those without a time are left out.
        groups: Groups of claims about the same thing, if reconciled; claims of one group
            with overlapping times become one event.

    Returns:
        Entries ordered by start (see the module's rules), each with ``start <= end`` where
        both are known, and its claims and documents in document order.
    """
    doc_rank = {d.id: n for n, d in enumerate(documents)}
    dated = sorted(
        (c for c in claims if c.when is not None and (c.when.start or c.when.end)),
        key=lambda c: (doc_rank.get(c.doc, len(doc_rank)), c.doc, c.start, c.end, c.id),
    )
    group_of: dict[str, set[str]] = {}
    for group in groups:
        for claim_id in group.claims:
            group_of.setdefault(claim_id, set()).add(group.id)
    parent = list(range(len(dated)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(dated):
        for j in range(i + 1, len(dated)):
            b = dated[j]
            if _overlap(_when(a), _when(b)) and _same_event(a, b, group_of):
                parent[root(j)] = root(i)
    events: dict[int, list[Claim]] = {}
    for i, claim in enumerate(dated):
        events.setdefault(root(i), []).append(claim)
    entries = [_entry(members, doc_rank) for members in events.values()]
    return tuple(sorted(entries, key=_order))


def _when(claim: Claim) -> When:
    assert claim.when is not None  # only dated claims reach here
    return claim.when


def _overlap(a: When, b: When) -> bool:
    """Whether two intervals share a day; an open end reaches as far as it may."""
    a_start, a_end = a.start or "0000", a.end or "9999"
    b_start, b_end = b.start or "0000", b.end or "9999"
    return a_start <= b_end and b_start <= a_end


def _same_event(a: Claim, b: Claim, group_of: dict[str, set[str]]) -> bool:
    """One group, or the same figure measure, or the same predicate and polarity."""
    wa, wb = _when(a), _when(b)
    if not ((wa.start, wa.end) == (wb.start, wb.end) or (_short(wa) and _short(wb))):
        return False
    if group_of.get(a.id, set()) & group_of.get(b.id, set()):
        return True
    if a.figure is not None and b.figure is not None:
        return a.figure.measure == b.figure.measure
    if a.assertion is not None and b.assertion is not None:
        return (a.assertion.predicate, a.assertion.polarity) == (
            b.assertion.predicate,
            b.assertion.polarity,
        )
    return False


def _short(when: When) -> bool:
    """A closed interval of at most ``SHORT_DAYS`` days."""
    if not when.start or not when.end:
        return False
    try:
        days = (dt.date.fromisoformat(when.end) - dt.date.fromisoformat(when.start)).days
    except ValueError:
        return False
    return days <= SHORT_DAYS


def _entry(members: Sequence[Claim], doc_rank: dict[str, int]) -> TimelineEntry:
    """One event: interval, precision, label, claims and documents."""
    whens = [_when(c) for c in members]
    starts = [w.start for w in whens if w.start]
    ends = [w.end for w in whens if w.end]
    start = max(starts) if starts else None
    end = min(ends) if ends else None
    if start and end and start > end:
        # No day that every claim allows: fall back on the span of them all.
        start, end = min(starts), max(ends)
    narrowest = min(whens, key=_width)
    labels = Counter(label_claim(c) for c in members)
    ranked = sorted(labels, key=lambda label: (-labels[label], _first(label, members)))
    label = "; ".join(ranked[:2])
    docs = sorted({c.doc for c in members}, key=lambda d: (doc_rank.get(d, len(doc_rank)), d))
    return TimelineEntry(
        start=start,
        end=end,
        precision=narrowest.precision,
        label=label,
        claims=tuple(c.id for c in members),
        docs=tuple(docs),
    )


def _width(when: When) -> tuple[int, int, str]:
    """Sort key for how narrow an interval is: closed before open, then precision."""
    open_ends = (when.start is None) + (when.end is None)
    span = f"{when.start or ''}{when.end or ''}"
    return open_ends, _RANK.get(when.precision or "year", 2), span


def _first(label: str, members: Sequence[Claim]) -> int:
    """Position of the first claim with this label, to break ties the same way each time."""
    return next(n for n, c in enumerate(members) if label_claim(c) == label)


def _order(entry: TimelineEntry) -> tuple[str, str, str]:
    return entry.start or entry.end or "", entry.end or "9999", entry.label


def label_claim(claim: Claim) -> str:
    """A short readable label for one claim, built from its fields.

    Args:
        claim: A figure or an assertion.

    Returns:
        "Subject verb-ed object" for an assertion (negated: "did not", expected:
        "expected to"), "measure: value (speaker)" for a figure; the claim's own words, cut
        to ``LABEL_SIZE`` characters, when there is no subject or measure to build from.
    """
    if claim.figure is not None and claim.figure.measure:
        figure = claim.figure
        speaker = f" ({claim.said_by.name})" if claim.said_by and claim.said_by.name else ""
        return _capital(f"{figure.measure}: {_value(figure)}") + (
            speaker if len(speaker) < 50 else ""
        )
    assertion = claim.assertion
    if assertion is None or not assertion.subject:
        return _capital(_clip(claim.text))
    verb = _verb(assertion.predicate, assertion.polarity, assertion.modality)
    parts = [assertion.subject, verb, assertion.object or ""]
    label = " ".join(p.strip() for p in parts if p and p.strip())
    if assertion.modality == "alleged":
        label += " (alleged)"
    return _capital(_clip(label))


def _verb(lemma: str, polarity: str, modality: str) -> str:
    """The predicate as a verb phrase in the past, negated or expected as the claim says."""
    if polarity == "negated":
        return f"did not {lemma}"
    if modality == "expected":
        return f"expected to {lemma}"
    if modality == "denied":
        return f"denied to {lemma}"
    head, _, rest = lemma.partition(" ")
    return " ".join(p for p in (_past(head), rest) if p)


def _past(verb: str) -> str:
    """The simple past of an English verb: irregular ones listed, others by the usual rule."""
    if verb in _PAST:
        return _PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _value(figure: Figure) -> str:
    """A figure's value as every view writes it, with its hedge and unit
    (:func:`~triangulate.reconcile.intervals.describe`); a vague one as its floor."""
    if figure.hedge == "vague":
        low = figure.low
        return f"at least {unit_value(low, figure)} (vague)" if low is not None else "unknown"
    if figure.low is None and figure.high is None:
        return "unknown"
    return describe(figure)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_SIZE else text[: LABEL_SIZE - 1].rstrip(" ,;") + "…"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
