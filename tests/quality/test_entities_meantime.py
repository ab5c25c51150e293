"""Entity quality on MEANTIME: B-cubed F1 over named mentions of cross-document chains.

Two ways of running the real pipeline are scored on the same gold:

- *per topic*: spaCy over every document, then ``resolve`` once per topic (a topic is one
  story), the score the project has had from the start;
- *whole corpus*: each MEANTIME corpus (``apple``, ``gm``: 30 articles each) run as a
  user's pile: sorted into stories by the story index, each story resolved, entities
  linked across stories with pile-wide ids (``resolve.pile``). A thing named in several
  stories is one entity only if the linking finds it.

``apple`` is the development corpus (its errors may be read while writing rules); ``gm``
is held out (only scored). Gold mentions are aligned to system mentions by character
overlap; a gold mention nothing overlaps is a cluster of its own. Two baselines are
scored on the same gold in the same test: exact string match and last-token match. Both
ways share one parse of the corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triangulate.evaluate import Score, load_docs, load_mentions, named_meantime
from triangulate.evaluate.align import align_to_entities, gold_clusters
from triangulate.evaluate.bcubed import bcubed
from triangulate.evaluate.entities import cached_parser, entity_scores, resolve_corpus

BASELINE = Path(__file__).resolve().parent / "baseline.json"
CORPORA = {"apple": "development", "gm": "held_out"}

pytestmark = pytest.mark.quality


@pytest.fixture(scope="module")
def scores(meantime_dir: Path) -> dict[str, Score]:
    docs = load_docs(meantime_dir)
    gold = named_meantime(load_mentions(meantime_dir))
    parser = cached_parser()
    found = entity_scores(docs, gold, parser=parser)
    for corpus in CORPORA:
        mine = [d for d in docs if d.topic == corpus]
        truth = [m for m in gold if m.topic == corpus]
        entities = resolve_corpus(mine, parser=parser)
        found[f"corpus_{corpus}"] = bcubed(gold_clusters(truth), align_to_entities(truth, entities))
        found[f"topic_{corpus}"] = entity_scores(mine, truth, parser=parser)["system"]
    return found


def _floors() -> dict[str, float]:
    data: dict[str, float] = json.loads(BASELINE.read_text(encoding="utf-8"))
    return data


def test_entities_meantime_beats_baselines_and_floor(
    scores: dict[str, Score], record_property: pytest.RecordProperty
) -> None:
    floor = _floors()["meantime_entities_bcubed_f1"]
    for name, score in scores.items():
        record_property(name, f"P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
    system = scores["system"].f1
    assert system > scores["exact"].f1
    assert system > scores["last_token"].f1
    assert system >= floor


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_entities_meantime_whole_corpus_floor(corpus: str, scores: dict[str, Score]) -> None:
    floor = _floors()[f"meantime_{corpus}_corpus_entities_bcubed_f1"]
    assert scores[f"corpus_{corpus}"].f1 >= floor
