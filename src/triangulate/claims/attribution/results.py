"""A survey's standings, told over several sentences.

News reports give a poll's standings in a race as a run of short sentences, the poll
named only in the first: "According to the Gazette poll, Reyes and Ortiz each have 27
percent. Brandt trails them at 13 percent. Lane comes in at 9 percent." The later
sentences are the poll's findings as much as the first; nothing else in them says where
their shares come from. A sentence goes on with the standings when it follows, in the
same paragraph, one whose clause to its end a survey is credited with, places a person
named as its subject by a share ("13 percent", "9%", "4 points"), and holds no speaker,
cue or quotation of its own; the run stops at the first sentence that does not. A run
that has gone on past its first sentence to the end of its paragraph goes on into the
next paragraph on the same terms ("... Lane comes in at 9 percent.\n\nOrtiz and Dalby
are tied at 4 percent."). A share
or a place as the subject ("Some 22 percent stayed home", "The valley backed Brandt by 10
points in 2012") is as often the writer's own sum, an earlier result or a comparison, so
it ends the run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from triangulate.claims.attribution.context import Context
from triangulate.claims.attribution.covering import Covering
from triangulate.claims.attribution.lexicon import SURVEY_NOUNS
from triangulate.claims.attribution.records import Found
from triangulate.claims.attribution.spans import last_word_token
from triangulate.claims.attribution.text import paragraph

# A share as polls give it: a number with "percent", "%", or "points" after it.
_SHARE = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:%|percent\b|per\s+cent\b|(?:percentage\s+)?points?\b)",
    re.IGNORECASE,
)
_QUOTE_MARKS = re.compile("[“”\"‘]|''|``")


def survey_results(ctx: Context, found: Sequence[Found]) -> list[Found]:
    """``found`` with the sentences that go on with a survey's standings credited to it.

    Each attribution is looked at once, and each sentence after a survey's at most once
    per survey, so the work grows with the report, not with its square.
    """
    out = list(found)
    anchors = [(item, s) for item in found if (s := _survey_to_end(ctx, item)) is not None]
    if not anchors:
        return out
    covering = Covering([(f.attribution.start, f.attribution.end) for f in found])
    tree = ctx.tree
    taken: set[int] = set()  # sentences already going on with a survey's standings
    for anchor, s in anchors:
        line = paragraph(ctx.text, tree.sentence(s)[0].start)
        n = s + 1
        while n < tree.sentence_count():
            sentence = tree.sentence(n)
            last = last_word_token(sentence)
            if last < 0 or n in taken:
                break
            here = paragraph(ctx.text, sentence[0].start)
            if here != line:
                if n - 1 not in taken:
                    break
                # A run of standings that filled its paragraph to the end goes on into
                # the next one while it keeps placing people by shares.
                line = here
            start, end = sentence[0].start, tree[last].end
            if covering.overlapping(start, end) or not _more_results(ctx, start, end):
                # A sentence with a speaker of its own, or naming a survey again ("In
                # the same poll, ..."), has an attribution of its own already.
                break
            a = anchor.attribution
            out.append(replace(anchor, attribution=replace(a, start=start, end=end, cue="carried")))
            taken.add(n)
            n += 1
    return out


def _survey_to_end(ctx: Context, item: Found) -> int | None:
    """The sentence whose shares to its end ``item`` credits to a survey, if it does."""
    a = item.attribution
    if a.own or not _survey(ctx, item):
        return None
    first = ctx.tree.at(a.start, a.start + 1)
    if not first:
        return None
    sentence = ctx.tree.sentence(first[0].sent)
    last = last_word_token(sentence)
    if last < 0 or a.end < ctx.tree[last].end or not _SHARE.search(ctx.text, a.start, a.end):
        return None
    return first[0].sent


def _placed_person(ctx: Context, start: int, end: int) -> bool:
    """Whether the sentence's main clause has a person's name for its active subject
    ("Brandt trails them at 13 percent"): a standing in the race. A share as subject
    ("Some 22 percent said ...", "Among women, the figure is 75 percent") or a passive
    one ("Reyes was backed by 42 percent") is as often the writer's own sum or
    comparison; a tie is no passive ("Brandt and Lane are tied at 4 percent")."""
    for tok in ctx.tree.at(start, end):
        if tok.dep != "ROOT":
            continue
        # "Brandt and Lane are tied at 4 percent": a tie is a standing, though the
        # parser reads it as a passive.
        deps = {"nsubj", "nsubjpass"} if tok.lemma.lower() == "tie" else {"nsubj"}
        subject = next((k for k in ctx.tree.children(tok) if k.dep in deps), None)
        # The tagger often leaves a bare last name untyped ("Brandt"); a place or a
        # body ("Iowa", "the party") is no standing in a race.
        return subject is not None and subject.pos == "PROPN" and subject.ent in {"PERSON", ""}
    return False


def _survey(ctx: Context, item: Found) -> bool:
    """Whether the attribution's source is a survey, or the owner named with it ("the
    Gazette" of "according to a Gazette poll")."""
    if item.source.head in SURVEY_NOUNS:
        return True
    words = ctx.tree.at(item.cue_start, item.cue_end)
    return any(ctx.lemmas[t.i] in SURVEY_NOUNS for t in words)


def _more_results(ctx: Context, start: int, end: int) -> bool:
    """Whether the sentence at ``start``-``end`` places a person by a share, out of any
    quotation."""
    if not _SHARE.search(ctx.text, start, end) or _QUOTE_MARKS.search(ctx.text, start, end):
        return False
    return _placed_person(ctx, start, end)
