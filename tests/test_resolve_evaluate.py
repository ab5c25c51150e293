"""B-cubed, pairwise scores, gold loaders' name rule and mention alignment."""

from __future__ import annotations

import pytest

from triangulate.evaluate import (
    GoldMention,
    align_to_entities,
    bcubed,
    exact_string_baseline,
    last_token_baseline,
    pairwise,
)
from triangulate.evaluate.corpora import is_proper_name
from triangulate.model import Entity, Mention


def test_resolve_evaluate_bcubed_perfect_and_known_values() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    assert bcubed(gold, {"a": "x", "b": "x", "c": "y"}).f1 == 1.0
    # everything in one cluster: precision (2/3+2/3+1/3)/3 = 5/9, recall 1
    lumped = bcubed(gold, {"a": 0, "b": 0, "c": 0})
    assert lumped.precision == pytest.approx(5 / 9)
    assert lumped.recall == 1.0
    # all singletons: precision 1, recall (1/2+1/2+1)/3 = 2/3
    split = bcubed(gold, {"a": 0, "b": 1, "c": 2})
    assert (split.precision, split.recall) == (1.0, pytest.approx(2 / 3))
    assert split.f1 == pytest.approx(0.8)


def test_resolve_evaluate_bcubed_needs_same_items() -> None:
    with pytest.raises(ValueError):
        bcubed({"a": 1}, {"b": 1})
    assert bcubed({}, {}).f1 == 1.0


def test_resolve_evaluate_pairwise() -> None:
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    score = pairwise(gold, {"a": 0, "b": 0, "c": 0, "d": 3})
    # predicted pairs ab, ac, bc (1 right); gold pairs ab, cd (1 found)
    assert (score.precision, score.recall) == (pytest.approx(1 / 3), 0.5)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Tara Reid", True),
        ("the Gulf of Aden", True),
        ("U. S. Surgeon General", True),
        ("Woman", False),
        ("him", False),
        ("I'm", False),
        ("a Vancouver wholesaler", False),
    ],
)
def test_resolve_evaluate_proper_name_rule(text: str, named: bool) -> None:
    assert is_proper_name(text, frozenset({"woman"})) is named


def _gold(start: int, end: int, text: str, chain: str, head: str | None = None) -> GoldMention:
    return GoldMention(
        doc="d",
        topic="t",
        start=start,
        end=end,
        text=text,
        tag="ENTITY_MENTION",
        kind="entity",
        chain=chain,
        scope="cross",
        syntactic_type="NAM",
        head=head,
    )


def test_resolve_evaluate_alignment_prefers_the_head() -> None:
    # "U.S. automaker Zeta" overlaps a country mention and the company mention
    text = "U.S. automaker Zeta"
    country = Mention(doc="d", start=0, end=4, text="U.S.", label="GPE")
    company = Mention(doc="d", start=15, end=19, text="Zeta", label="ORG")
    entities = [
        Entity(id="e1", name="United States", type="GPE", aliases=("U.S.",), mentions=(country,)),
        Entity(id="e2", name="Zeta", type="ORG", aliases=("Zeta",), mentions=(company,)),
    ]
    gold = [_gold(0, len(text), text, "c1"), _gold(30, 34, "Omen", "c2")]
    aligned = align_to_entities(gold, entities)
    assert aligned[("d", 0, len(text))] == ("entity", "e2")
    assert aligned[("d", 30, 34)][0] == "alone"


def test_resolve_evaluate_baselines() -> None:
    gold = [_gold(0, 4, "Zeta", "c"), _gold(10, 19, "Zeta Corp", "c"), _gold(30, 34, "Zeta", "c")]
    exact = exact_string_baseline(gold)
    last = last_token_baseline(gold)
    assert exact[("d", 0, 4)] == exact[("d", 30, 34)] != exact[("d", 10, 19)]
    assert last[("d", 0, 4)] != last[("d", 10, 19)]
