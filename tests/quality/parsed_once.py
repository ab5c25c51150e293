"""One parse of each real report for the whole quality run.

The quality tests analyse the same real reports many times over: a crosscheck story for
its groups, its figures and its explanations; an ECB+ report in its sub-topic, its topic
and the one pile of all topics; a PolNeAR article on its day, in its month, its quarter and
its half-year. What a pile changes is the analysis (stories, groups, verdicts), never a
report's parse: spaCy reads each report on its own, and a report's parse does not depend
on the reports parsed beside it in one batch (``test_parsed_once`` checks both). So the
tests hand ``analyze`` this parser, which parses a report the first time it is asked for
and keeps its compact packed form (integer columns, as a worker process sends it back) for
the next pile; the analysis itself runs in full every time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from triangulate.claims.precheck import may_hold_claim
from triangulate.nlp import spacy_model
from triangulate.nlp.spacy_model import PackedParse, Parsed

# Documents per parse, as the in-process parser batches them.
BATCH = 32


class ParsedOnce:
    """A parser for ``analyze(parser=...)`` that parses each (id, text) pair once."""

    def __init__(self) -> None:
        self._kept: dict[tuple[str, str], PackedParse] = {}
        self.parsed = 0  # how many reports were parsed, not taken from what is kept

    def __call__(self, pairs: Sequence[tuple[str, str]]) -> Iterator[Parsed]:
        missing = list(dict.fromkeys(p for p in pairs if p not in self._kept))
        for block in spacy_model.blocks(missing, BATCH):
            for pair, packed in zip(
                block, spacy_model.parse_packed(block, select=may_hold_claim), strict=True
            ):
                self._kept[pair] = packed
        self.parsed += len(missing)
        return (spacy_model.unpack(self._kept[pair], pair[1]) for pair in pairs)


# The one parser of the quality run.
PARSED_ONCE = ParsedOnce()
