"""Traps and look-alike figures in real news that no scored data set holds.

``tests/gold/open_news_numbers.json`` locates, by character offsets into the texts in
``../shared/data`` (ECB+ topics that are no crosscheck-dev story, PolNeAR train articles,
MMDS dev), numbers a news reader meets: traps that are no figures (a page's address line,
ages of an audience, a team's record, a season, a position, a bulletin number, a date in
Malay, a helpline...) and figures that look like them ("$US1 million", "minus-20 degree",
"faces up to 75 years"), one or more of each form. They were found while writing the
rules, so this is development data: it guards each form against coming back. A trap is
taken when a quantity ``find_quantities`` reads overlaps it; a figure is kept when one
does. quantulum3 reads the same texts in the same test.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from triangulate.claims.quantities import find_quantities
from triangulate.evaluate.peers import quantulum_quantities

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
GOLD = ROOT / "tests" / "gold" / "open_news_numbers.json"
BASELINE = Path(__file__).resolve().parent / "baseline.json"
FILES = {
    "ecbplus": DATA / "ecbplus-dev" / "docs.jsonl",
    "polnear": DATA / "polnear-dev" / "polnear.jsonl",
    "mmds": DATA / "mmds-dev" / "docs.jsonl",
}

pytestmark = pytest.mark.quality

Spans = Callable[[str], Sequence[tuple[int, int]]]
_NUMBER_WORD_RE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|second)\b", re.IGNORECASE
)


def _floor(name: str) -> float:
    return float(json.loads(BASELINE.read_text(encoding="utf-8"))[name])


@pytest.fixture(scope="module")
def gold() -> tuple[list[Mapping[str, Any]], dict[tuple[str, str], str]]:
    """The located numbers, and the text of every document they sit in."""
    if not all(path.exists() for path in FILES.values()):
        pytest.skip(f"{DATA} is missing: run the tests from a clone with ../shared beside it")
    rows = json.loads(GOLD.read_text(encoding="utf-8"))["numbers"]
    wanted = {(r["corpus"], r["doc"]) for r in rows}
    texts = {}
    for corpus, path in FILES.items():
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            if (corpus, doc["doc_id"]) in wanted:
                texts[corpus, doc["doc_id"]] = doc["text"]
    assert wanted <= texts.keys()
    return rows, texts


def _taken(rows: Sequence[Mapping[str, Any]], texts: Mapping[tuple[str, str], str], spans: Spans):
    """The rows a quantity overlaps."""
    out = []
    for row in rows:
        text = texts[row["corpus"], row["doc"]]
        if any(s < row["end"] and e > row["start"] for s, e in spans(text)):
            out.append(row)
    return out


@cache
def _ours(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((q.start, q.end) for q in find_quantities(text))


def _peer_near(rows: Sequence[Mapping[str, Any]], texts: Mapping[tuple[str, str], str]) -> Spans:
    """quantulum3's quantities in a window of 300 characters around each number (reading
    whole articles with it would take most of a minute)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for row in rows:
        text = texts[row["corpus"], row["doc"]]
        lo = max(0, row["start"] - 300)
        window = text[lo : row["end"] + 300]
        found.setdefault(text, []).extend(
            (lo + q.start, lo + q.end) for q in quantulum_quantities(window)
        )
    return lambda text: found.get(text, ())


def test_open_news_gold_is_well_formed(
    gold: tuple[list[Mapping[str, Any]], dict[tuple[str, str], str]],
) -> None:
    rows, texts = gold
    assert {r["kind"] for r in rows} == {"trap", "figure"}
    for row in rows:
        quote = texts[row["corpus"], row["doc"]][row["start"] : row["end"]]
        assert any(c.isdigit() for c in quote) or _NUMBER_WORD_RE.search(quote), row


@pytest.mark.parametrize("kind", ["trap", "figure"])
def test_open_news_traps_avoided_and_figures_kept(
    kind: str,
    gold: tuple[list[Mapping[str, Any]], dict[tuple[str, str], str]],
    record_property: pytest.RecordProperty,
) -> None:
    rows, texts = gold
    chosen = [r for r in rows if r["kind"] == kind]
    ours = _taken(chosen, texts, _ours)
    peer = _taken(chosen, texts, _peer_near(chosen, texts))
    if kind == "trap":
        share, peer_share = 1 - len(ours) / len(chosen), 1 - len(peer) / len(chosen)
        name = "open_news_traps_avoided"
    else:
        share, peer_share = len(ours) / len(chosen), len(peer) / len(chosen)
        name = "open_news_figures_kept"
    record_property("ours", f"{share:.3f} of {len(chosen)}")
    record_property("quantulum3", f"{peer_share:.3f}")
    record_property("wrong", str([(r["doc"], r["why"]) for r in (ours if kind == "trap" else [])]))
    assert share >= _floor(name)
