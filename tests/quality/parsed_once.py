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

When the suite runs on several cores (pytest-xdist), each worker is a process of its own,
and the piles of one corpus land on different workers: the packed parses are also written
to a folder all workers of the run share (``share``, in pytest's base temporary folder), so
a report parsed by one worker is read back, not parsed again, by the others.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterator, Sequence
from pathlib import Path

from triangulate.claims.precheck import may_hold_claim
from triangulate.nlp import spacy_model
from triangulate.nlp.spacy_model import PackedParse, Parsed

# Documents per parse, as the in-process parser batches them.
BATCH = 32


class ParsedOnce:
    """A parser for ``analyze(parser=...)`` that parses each (id, text) pair once."""

    def __init__(self, folder: Path | None = None) -> None:
        self._kept: dict[tuple[str, str], PackedParse] = {}
        self._folder = folder
        self.parsed = 0  # how many reports were parsed, not taken from what is kept

    def share(self, folder: Path) -> None:
        """Keep packed parses in ``folder`` too, for the other processes of one run."""
        folder.mkdir(parents=True, exist_ok=True)
        self._folder = folder

    def __call__(self, pairs: Sequence[tuple[str, str]]) -> Iterator[Parsed]:
        missing = [p for p in dict.fromkeys(pairs) if p not in self._kept and not self._read(p)]
        for block in spacy_model.blocks(missing, BATCH):
            for pair, packed in zip(
                block, spacy_model.parse_packed(block, select=may_hold_claim), strict=True
            ):
                self._kept[pair] = packed
                self._write(pair, packed)
        self.parsed += len(missing)
        return (spacy_model.unpack(self._kept[pair], pair[1]) for pair in pairs)

    def _path(self, pair: tuple[str, str]) -> Path | None:
        """Where a report's packed parse is shared: named by the model, its id and text."""
        if self._folder is None:
            return None
        key = hashlib.sha256()
        for part in (spacy_model.MODEL_PACKAGE, *pair):
            key.update(part.encode("utf-8") + b"\0")
        return self._folder / f"{key.hexdigest()}.pickle"

    def _read(self, pair: tuple[str, str]) -> bool:
        """Take a parse another process shared; False when none is there yet."""
        path = self._path(pair)
        if path is None or not path.exists():
            return False
        self._kept[pair] = pickle.loads(path.read_bytes())
        return True

    def _write(self, pair: tuple[str, str], packed: PackedParse) -> None:
        """Share a parse: written whole under another name, then renamed, so that a
        process reading at the same time finds either nothing or the whole parse."""
        path = self._path(pair)
        if path is None:
            return
        part = path.with_name(f"{path.name}.{os.getpid()}")
        part.write_bytes(pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(part, path)


# The one parser of the quality run (shared between processes by ``conftest.py``).
PARSED_ONCE = ParsedOnce()
