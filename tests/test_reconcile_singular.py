"""One spelling rule for a noun's singular, shared by every reading that compares nouns.

Statements, sources and verdicts compare head nouns ("witnesses" told by one report, "a
witness" by another). When each kept its own rule, "parties" and "a party" were two heads
in one reading and one in another, and "taxis" lost its s in one only.
"""

from __future__ import annotations

import pytest

from triangulate.reconcile import statements
from triangulate.reconcile.sources import kind_of_unnamed
from triangulate.reconcile.wording import singular


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("officials", "official"),
        ("Witnesses", "witness"),
        ("witness", "witness"),
        ("parties", "party"),
        ("churches", "church"),
        ("boxes", "box"),
        ("businesses", "business"),
        ("business", "business"),
        ("losses", "loss"),
        ("press", "press"),
        ("virus", "virus"),
        ("news", "news"),
        ("taxis", "taxi"),
        ("bus", "bus"),
        ("gas", "gas"),
    ],
)
def test_singular_by_spelling(word: str, expected: str) -> None:
    assert singular(word) == expected


def test_a_noun_and_its_plural_are_one_head_in_every_reading() -> None:
    assert statements._head("a party") == statements._head("the parties") == "party"
    assert kind_of_unnamed("A witness") == kind_of_unnamed("Witnesses") == "witness"
    assert kind_of_unnamed("the press") == "press"
