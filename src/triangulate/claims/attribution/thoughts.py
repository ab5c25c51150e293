"""What a thought does not hold: a bracketed clause of its own inside its content.

"Reyes is expecting a raise (he was given $3 million last year)": what Reyes expects is
the raise; the bracketed clause, with its own subject and verb, is the reporter's account
of the past deal (or, with a speaker of its own, that speaker's), not part of the
thought. A bracket with no clause of its own ("a raise (about $4 million)") stays in it.
"""

from __future__ import annotations

from triangulate.claims.attribution.context import Context
from triangulate.claims.attribution.lexicon import STANDING_VERBS
from triangulate.claims.attribution.spans import clip
from triangulate.nlp.tokens import Token


def without_aside(ctx: Context, verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """A thought's content cut before a bracketed clause of its own (see the module
    docstring); any other content as it is."""
    if verb.lemma.lower() not in STANDING_VERBS:
        return content
    start, end = content
    opening = ctx.text.find("(", start, end)
    if opening <= start or opening < verb.end:
        return content
    closing = ctx.text.find(")", opening, end)
    inside = ctx.tree.at(opening + 1, closing if closing >= 0 else end)
    within = {t.i for t in inside}
    if not any(t.dep in {"nsubj", "nsubjpass"} and t.head in within for t in inside):
        return content
    return clip(ctx, start, opening, verb.start) or content
