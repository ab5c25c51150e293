"""The quality run's one parse per report changes no analysis (see ``parsed_once``)."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from parsed_once import BATCH, ParsedOnce

from triangulate import analyze
from triangulate.claims.precheck import may_hold_claim
from triangulate.nlp import spacy_model
from triangulate.report.json_report import dumps

pytestmark = pytest.mark.quality

WHEN = datetime(2031, 3, 4, 5, 6, 7, tzinfo=UTC)


def _same(a: spacy_model.PackedParse, b: spacy_model.PackedParse) -> bool:
    columns = ("tokens", "sentences", "mentions", "proper_nouns")
    return a.strings == b.strings and all(
        np.array_equal(getattr(a, c), getattr(b, c)) for c in columns
    )


def test_a_reports_parse_does_not_depend_on_the_reports_beside_it(ecbplus_dir: Path) -> None:
    """Sixty real reports parsed in batches of 32 in file order, then shuffled in batches
    of 7: every report's packed parse is the same."""
    lines = (ecbplus_dir / "docs.jsonl").read_text(encoding="utf-8").splitlines()[:60]
    docs = [(d["doc_id"], d["text"]) for d in map(json.loads, lines)]
    first = {
        p.doc: p
        for block in spacy_model.blocks(docs, BATCH)
        for p in spacy_model.parse_packed(block, select=may_hold_claim)
    }
    shuffled = docs[:]
    random.Random(7).shuffle(shuffled)
    second = {
        p.doc: p
        for block in spacy_model.blocks(shuffled, 7)
        for p in spacy_model.parse_packed(block, select=may_hold_claim)
    }
    assert first.keys() == second.keys() and len(first) == 60
    assert [d for d in first if not _same(first[d], second[d])] == []


def test_analysis_with_kept_parses_is_byte_identical(examples_dir: Path, raqqa_dir: Path) -> None:
    """Two piles sharing reports: the second parses only its new reports, and both reports
    are the bytes a plain analysis writes."""
    examples = sorted(str(p) for p in (examples_dir / "khan-sabil").iterdir())
    raqqa = sorted(str(p) for p in raqqa_dir.iterdir())
    parser = ParsedOnce()
    alone = analyze(examples, created=WHEN, parser=parser)
    parsed_alone = parser.parsed
    both = analyze([*raqqa, *examples], created=WHEN, parser=parser)
    assert parsed_alone == len(alone.documents) > 0
    assert parser.parsed - parsed_alone == len(both.documents) - len(alone.documents) > 0
    assert dumps(alone) == dumps(analyze(examples, created=WHEN))
    assert dumps(both) == dumps(analyze([*raqqa, *examples], created=WHEN))


def test_a_parse_shared_by_one_process_is_read_back_by_another(
    examples_dir: Path, tmp_path: Path
) -> None:
    """Two parsers sharing a folder, as two workers of one run: the second parses nothing
    and its analysis is the bytes of a plain analysis."""
    examples = sorted(str(p) for p in (examples_dir / "khan-sabil").iterdir())
    first, second = ParsedOnce(), ParsedOnce()
    first.share(tmp_path)
    second.share(tmp_path)
    analyze(examples, created=WHEN, parser=first)
    shared = analyze(examples, created=WHEN, parser=second)
    assert first.parsed == len(shared.documents) > 0
    assert second.parsed == 0
    assert dumps(shared) == dumps(analyze(examples, created=WHEN))
