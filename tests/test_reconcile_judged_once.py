"""Each measure of a story is judged once, and its group carries that verdict."""

from __future__ import annotations

import pytest

import triangulate.reconcile as reconcile_module
from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.reconcile import reconcile
from triangulate.reconcile.verdicts import judge


def _counted_judge(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """Record the claim ids of every measure the reconciler judges."""
    calls: list[tuple[str, ...]] = []

    def counted(claims, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(tuple(c.id for c in claims))
        return judge(claims, *args, **kwargs)

    monkeypatch.setattr(reconcile_module, "judge", counted)
    return calls


def test_a_conflicting_toll_is_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted_judge(monkeypatch)
    a = doc("a", "Officials said 40 people were killed in Torvald.", "Coast Post")
    b = doc("b", "Medics said 90 people were killed in Torvald.", "Valley News")
    claims = [
        figure_claim(a, "40 people", low=40, high=40, speaker="Officials"),
        figure_claim(b, "90 people", low=90, high=90, speaker="Medics"),
    ]
    groups = reconcile([a, b], [TORVALD], claims).groups
    assert [g.verdict for g in groups if g.kind == "figure"] == ["conflict"]
    assert len(calls) == len(set(calls))


def test_an_agreeing_count_is_judged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted_judge(monkeypatch)
    a = doc("a", "Officials said 612 people were killed in Torvald.", "Coast Post")
    b = doc("b", "In all, 600 people were killed in Torvald.", "Valley News")
    claims = [
        figure_claim(a, "612 people", low=612, high=612, speaker="Officials"),
        figure_claim(b, "600 people", low=600, high=600),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.verdict == "agree"
    assert calls == [tuple(c.id for c in claims)]
