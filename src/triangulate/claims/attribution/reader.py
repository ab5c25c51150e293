"""The reading cascade: cues in text order, then quotes, then relays through outer speakers."""

from __future__ import annotations

from triangulate.claims.attribution.asides import asides, parenthesised
from triangulate.claims.attribution.context import Context, Seen
from triangulate.claims.attribution.cues import (
    cue,
    document_leads,
    headline_colons,
    headline_credits,
    hedges,
    impersonal_within,
)
from triangulate.claims.attribution.identities import identities
from triangulate.claims.attribution.lexicon import STANDING_VERBS
from triangulate.claims.attribution.quotes import quotes
from triangulate.claims.attribution.records import Found
from triangulate.claims.attribution.relays import nest
from triangulate.claims.attribution.results import survey_results


def read(ctx: Context) -> list[Found]:
    """Every attribution of the document, in the order its cues were read.

    Cues are read sentence by sentence, each with the speakers seen before it; headline
    colons are read from the text (the parser often runs a headline into the next
    paragraph), with a headline's credit after a closing colon ("...: Police"), and take
    their place among the speakers where they stand; so are the
    documents that lead into a quotation ("Transcript as follows:"). Quotations
    then get their speakers, a survey's standings run on over the sentences that go on
    placing the people it named (``results``), a report set in parentheses keeps to them,
    attributions inside another's content relay through that outer speaker, and the
    reporter's asides and identifications of people in reported clauses are the
    outlet's.
    """
    found: list[Found] = []
    seen = Seen()
    pending = sorted(headline_colons(ctx) + headline_credits(ctx), key=lambda f: f.cue_start)
    for s in range(ctx.tree.sentence_count()):
        sentence = ctx.tree.sentence(s)
        for tok in sentence:
            if tok.i not in ctx.cue_at:
                continue
            seen = _reach(pending, tok.start, found, seen)
            item = cue(ctx, seen, tok, found)
            if item is not None:
                found.append(item)
                if ctx.lemmas[tok.i] not in STANDING_VERBS:
                    # A thought or position is read only where a claim stands (see
                    # ``cue_forms``), so it introduces no speaker for later references.
                    seen = seen.adding(item.source, item.cue_start, relay_at=item.relay_at)
        if sentence:
            seen = _reach(pending, sentence[-1].start, found, seen)
        if ctx.has_hedges:
            found = hedges(ctx, sentence, found)
    found = impersonal_within(found)
    found.extend(pending)
    found.extend(document_leads(ctx))
    found, apart = parenthesised(ctx.text, survey_results(ctx, quotes(ctx, found)))
    return identities(ctx, asides(ctx, nest(found, ctx.quotes, apart)))


def _reach(pending: list[Found], start: int, found: list[Found], seen: Seen) -> Seen:
    """Move the headline colons that start by ``start`` from ``pending`` to ``found``."""
    while pending and pending[0].cue_start <= start:
        head = pending.pop(0)
        found.append(head)
        seen = seen.adding(head.source, head.cue_start)
    return seen
