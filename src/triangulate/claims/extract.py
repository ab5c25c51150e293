"""Claims of one document: its figures and key assertions, each with speaker, relay and time.

The cascade, top to bottom:

1. ``attribute`` finds who the report says each stretch of text comes from;
2. ``read_figures`` reads every reported quantity with what it counts, its place and scope;
3. ``find_assertions`` picks the who-did-what statements about the story's main actors;
4. each figure and assertion gets the source covering its span (``source_of``: speaker,
   relay chain, the dateline agency as the last relay), the outlet that published the
   document, and its time anchored on the document's publication day.

An assertion the outlet relays from a speaker is ``reported`` unless its own wording says
more (expected, alleged, denied); one whose attribution marks it unconfirmed
("reportedly", "claimed") is ``alleged``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from triangulate.claims.assertions import AssertionSpan, find_assertions
from triangulate.claims.attribution import Attribution, Covering, attribute, source_of
from triangulate.claims.attribution import covering as covering_of
from triangulate.claims.entity_index import EntityIndex
from triangulate.claims.figures import FigureSpan, read_figures
from triangulate.model import Claim, ClaimKind, Document, Entity, When
from triangulate.nlp.tokens import Token, Tree
from triangulate.timeline.anchor import anchor

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
TIME_LABELS = frozenset({"DATE", "TIME"})


def extract_claims(
    document: Document,
    tree: Tree,
    entities: Sequence[Entity],
    *,
    focus: Collection[str] = (),
) -> tuple[Claim, ...]:
    """Every figure and key assertion of one document, in text order.

    Args:
        document: The document, as ingested.
        tree: Its parse (``Prepared.trees[document.id]``).
        entities: The resolved entities of the story (mentions in other documents are
            ignored here).
        focus: Entity ids of the story's main actors; assertions are kept when they are
            about them.

    Returns:
        The claims; ``text`` of each equals ``document.text[start:end]``.
    """
    index = EntityIndex(entities, document.id)
    attributions = attribute(document, tree, index)
    covering = Covering([(a.start, a.end) for a in attributions])
    reference = reference_day(document)
    figures = read_figures(document, tree, index)
    ids = [claim_id(document.id, "figure", f.start, f.end) for f in figures]
    claims = [
        _figure_claim(document, f, ids[n], ids, attributions, covering, reference)
        for n, f in enumerate(figures)
    ]
    types = {e.id: e.type for e in entities}
    for found in find_assertions(document, tree, index, focus=focus):
        claims.append(
            _assertion_claim(document, tree, index, types, found, attributions, covering, reference)
        )
    return tuple(sorted(claims, key=lambda c: (c.start, c.end, c.kind)))


def claim_id(doc: str, kind: ClaimKind, start: int, end: int) -> str:
    """A stable id from the document, the kind and the span (the same inputs give the same id)."""
    digest = hashlib.sha256(f"{doc}:{kind}:{start}:{end}".encode()).hexdigest()[:12]
    return f"c{digest}"


def reference_day(document: Document) -> dt.date | None:
    """The day relative time phrases in the document count from: its publication day."""
    pub = document.published
    if pub.date is None or pub.precision != "day":
        return None
    try:
        return dt.date.fromisoformat(pub.date[:10])
    except ValueError:
        return None


def _figure_claim(
    document: Document,
    found: FigureSpan,
    claim: str,
    ids: Sequence[str],
    attributions: Sequence[Attribution],
    covering: Covering,
    reference: dt.date | None,
) -> Claim:
    said_by, via = source_of(document, attributions, found.start, found.end, covering=covering)
    figure = found.figure
    if found.parent is not None:
        figure = replace(figure, parts_of=ids[found.parent])
    when = anchor(figure.scope, reference) if figure.scope else None
    return Claim(
        id=claim,
        kind="figure",
        doc=document.id,
        start=found.start,
        end=found.end,
        text=document.text[found.start : found.end],
        figure=figure,
        said_by=said_by,
        via=via,
        outlet=document.outlet,
        when=when,
        where=found.place,
    )


def _assertion_claim(
    document: Document,
    tree: Tree,
    index: EntityIndex,
    types: Mapping[str, str],
    found: AssertionSpan,
    attributions: Sequence[Attribution],
    covering: Covering,
    reference: dt.date | None,
) -> Claim:
    said_by, via = source_of(document, attributions, found.start, found.end, covering=covering)
    assertion = found.assertion
    around = covering_of(attributions, found.start, found.end, index=covering)
    if assertion.modality == "asserted" and around is not None and around.hedged:
        assertion = replace(assertion, modality="alleged")
    elif assertion.modality == "asserted" and said_by is not None:
        assertion = replace(assertion, modality="reported")
    return Claim(
        id=claim_id(document.id, "assertion", found.start, found.end),
        kind="assertion",
        doc=document.id,
        start=found.start,
        end=found.end,
        text=document.text[found.start : found.end],
        assertion=assertion,
        said_by=said_by,
        via=via,
        outlet=document.outlet,
        when=_clause_time(document, tree, found.verb, reference),
        where=_place(index, types, found),
    )


def _clause_time(
    document: Document, tree: Tree, verb: int, reference: dt.date | None
) -> When | None:
    """The date or time expression that modifies the statement's verb, anchored."""
    if not 0 <= verb < len(tree):
        return None
    head = tree[verb]
    times = [
        t
        for t in tree.sentence(head.sent)
        if t.ent in TIME_LABELS and (t.i == verb or any(a.i == verb for a in tree.ancestors(t)))
    ]
    if not times:
        return None
    runs: list[list[Token]] = []
    for tok in times:
        if runs and tok.i == runs[-1][-1].i + 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    # The expression nearest the verb: a clause rarely has two, and the nearest is its own.
    run = min(runs, key=lambda r: min(abs(t.i - verb) for t in r))
    start, end = run[0].start, run[-1].end
    return anchor(document.text[start:end], reference)


def _place(index: EntityIndex, types: Mapping[str, str], found: AssertionSpan) -> str | None:
    """The place the statement is about: its object when a place, else a place it names."""
    a = found.assertion
    if a.object_entity and types.get(a.object_entity) in PLACE_TYPES:
        return a.object_entity
    for _, entity in index.within(found.start, found.end):
        if entity.type in PLACE_TYPES:
            return entity.id
    return None


def story_focus(entities: Sequence[Entity], docs: Collection[str]) -> frozenset[str]:
    """The story's main actors and places: named in at least two of its reports.

    With a single report, the names it repeats stand in for the story's main actors.
    """
    spread_needed = 2 if len(docs) > 1 else 1
    focus = set()
    for entity in entities:
        in_docs = {m.doc for m in entity.mentions if m.doc in docs}
        mentions = sum(1 for m in entity.mentions if m.doc in docs)
        if len(in_docs) >= spread_needed and (len(docs) > 1 or mentions >= 2):
            focus.add(entity.id)
    return frozenset(focus)
