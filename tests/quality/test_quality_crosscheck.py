"""Cross-check quality: conflicts, echoes and independent sources against hand-made gold.

Raqqa (``tests/gold/raqqa_crosscheck.json``): gold claim ids are mapped to system claims
(figures by their number, assertions by their verb). A gold conflict group is *found* when
one system conflict group holds system claims matched to at least two of its gold claims
from different independent sources; a system conflict group is *correct* when its claims
that are matched to gold (at least one) all lie in one gold conflict group.

Khan Sabil (``examples/khan-sabil``, invented to exercise every verdict): the checks follow
what each report was written to say.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest
from parsed_once import PARSED_ONCE

from triangulate import analyze
from triangulate.evaluate.claims import gold_items, match
from triangulate.model import Claim, Report
from triangulate.reconcile import Reconciled, reconcile
from triangulate.reconcile.intervals import all_agree, interval_of
from triangulate.reconcile.sources import normalise

GOLD = Path(__file__).resolve().parent.parent / "gold"
BASELINE = Path(__file__).resolve().parent / "baseline.json"

pytestmark = pytest.mark.quality


def _floor(name: str) -> float:
    return float(json.loads(BASELINE.read_text(encoding="utf-8"))[name])


def _load(name: str) -> Mapping:  # type: ignore[type-arg]
    return json.loads((GOLD / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def raqqa(raqqa_dir: Path) -> tuple[Report, Reconciled, dict[str, Claim]]:
    report = analyze(raqqa_dir, parser=PARSED_ONCE)
    out = reconcile(report.documents, report.entities, report.claims)
    mapped: dict[str, Claim] = {}
    for section, part, gold_file in (
        ("figures", "number", "raqqa_figures.json"),
        ("assertions", "verb", "raqqa_assertions.json"),
    ):
        gold = gold_items(report, _load(gold_file), section, part)
        kind = "figure" if section == "figures" else "assertion"
        found = match(gold, [c for c in report.claims if c.kind == kind])
        mapped.update({gold[n].item["id"]: claim for n, claim in found.items()})
    return report, out, mapped


@pytest.fixture(scope="module")
def khan_sabil(examples_dir: Path) -> tuple[Report, Reconciled, dict[str, Claim]]:
    report = analyze(examples_dir / "khan-sabil", parser=PARSED_ONCE)
    out = reconcile(report.documents, report.entities, report.claims)
    gold = gold_items(report, _load("khan_sabil_figures.json"), "figures", "number")
    found = match(gold, [c for c in report.claims if c.kind == "figure"])
    return report, out, {gold[n].item["id"]: c for n, c in found.items()}


def _conflict_scores(
    out: Reconciled, mapped: Mapping[str, Claim]
) -> tuple[float, float, list[str], list[str]]:
    gold_groups = _load("raqqa_crosscheck.json")["groups"]
    gold_of = {cid: g for g in gold_groups for cid in g["claims"]}
    system_to_gold = {claim.id: gid for gid, claim in mapped.items()}
    roots = _roots(out)
    conflicts = [g for g in out.groups if g.verdict == "conflict"]
    found = []
    for gold in (g for g in gold_groups if g["verdict"] == "conflict"):
        for group in conflicts:
            hits = [
                mapped[c] for c in gold["claims"] if c in mapped and mapped[c].id in group.claims
            ]
            if len({roots.get(c.id, c.id) for c in hits}) >= 2:
                found.append(gold["id"])
                break
    correct = []
    for group in conflicts:
        golds = [gold_of.get(system_to_gold[c]) for c in group.claims if c in system_to_gold]
        ids = {g["id"] if g else None for g in golds}
        if golds and len(ids) == 1 and golds[0] and golds[0]["verdict"] == "conflict":
            correct.append(group.label)
    total = sum(1 for g in gold_groups if g["verdict"] == "conflict")
    precision = len(correct) / len(conflicts) if conflicts else 0.0
    recall = len(found) / total if total else 0.0
    return precision, recall, found, [g.label for g in conflicts if g.label not in correct]


def _roots(out: Reconciled) -> dict[str, str]:
    """Each claim's independent source, read back from the groups' source counting."""
    roots: dict[str, str] = {}
    for group in out.groups:
        for claim in group.claims:
            roots.setdefault(claim, claim)
    return roots


def _false_conflicts(out: Reconciled, claims: Mapping[str, Claim]) -> list[str]:
    """Figure groups called conflict whose values all share one value under the tolerance."""
    wrong = []
    for group in out.groups:
        if group.verdict != "conflict" or group.kind != "figure":
            continue
        intervals = [
            i
            for c in group.claims
            if (f := claims[c].figure) is not None and (i := interval_of(f)) is not None
        ]
        if all_agree(intervals):
            wrong.append(group.label)
    return wrong


def test_crosscheck_raqqa_conflicts(
    raqqa: tuple[Report, Reconciled, dict[str, Claim]], record_property: pytest.RecordProperty
) -> None:
    _, out, mapped = raqqa
    precision, recall, found, wrong = _conflict_scores(out, mapped)
    record_property("conflicts", f"P={precision:.3f} R={recall:.3f} found={found} wrong={wrong}")
    assert recall >= _floor("raqqa_conflict_recall"), found
    assert precision >= _floor("raqqa_conflict_precision"), wrong


@pytest.mark.parametrize("story", ["raqqa", "khan_sabil"])
def test_crosscheck_no_false_conflicts(story: str, request: pytest.FixtureRequest) -> None:
    report, out, _ = request.getfixturevalue(story)
    claims = {c.id: c for c in report.claims}
    assert _false_conflicts(out, claims) == []


def test_crosscheck_raqqa_echo_of_raqqa24(
    raqqa: tuple[Report, Reconciled, dict[str, Claim]],
) -> None:
    _, out, mapped = raqqa
    echoes = [e for e in out.echoes if normalise(e.upstream) == "raqqa24"]
    assert len(echoes) == 1
    echo = echoes[0]
    assert {mapped["001-f10"].doc, mapped["002-f02"].doc} <= set(echo.docs)
    assert {mapped["001-f10"].id, mapped["002-f02"].id} <= set(echo.claims)
    assert "Raqqa24" in echo.evidence


def test_crosscheck_raqqa_independent_sources(
    raqqa: tuple[Report, Reconciled, dict[str, Claim]], record_property: pytest.RecordProperty
) -> None:
    _, out, mapped = raqqa
    right, total, wrong = 0, 0, []
    for gold in _load("raqqa_crosscheck.json")["groups"]:
        ids = {mapped[c].id for c in gold["claims"] if c in mapped}
        if len(ids) < 2:
            continue
        # The system group holding most of the gold group's claims stands for it.
        best = max(out.groups, key=lambda g: (len(ids & set(g.claims)), -len(g.claims), g.id))
        if len(ids & set(best.claims)) < 2:
            continue
        total += 1
        if best.independent_sources == gold["independent_sources"]:
            right += 1
        else:
            wrong.append((gold["id"], best.independent_sources, gold["independent_sources"]))
    share = right / total if total else 0.0
    record_property("independent", f"{right}/{total} wrong={wrong}")
    assert share >= _floor("raqqa_independent_sources_accuracy"), wrong
    # The headline case: two outlets relaying Raqqa24's source count once in g01.
    g01 = {mapped[c].id for c in ("001-f09", "001-f10", "002-f02", "003-f05")}
    holder = next(g for g in out.groups if g01 <= set(g.claims) and g.verdict == "conflict")
    assert holder.independent_sources == 3


def test_crosscheck_raqqa_shares_of_the_city_differ_by_points(
    raqqa: tuple[Report, Reconciled, dict[str, Claim]],
) -> None:
    # "around 80" and "around 90" percent of the city held: ten points apart, a difference.
    _, out, mapped = raqqa
    eighty, ninety = mapped["001-f03"], mapped["003-f01"]
    (group,) = [g for g in out.groups if {eighty.id, ninety.id} <= set(g.claims)]
    assert group.verdict == "conflict", group.explanation
    assert "percentage points" in group.explanation


def test_crosscheck_raqqa_unit_toll_and_force_casualties_are_scope_differs(
    raqqa: tuple[Report, Reconciled, dict[str, Claim]],
) -> None:
    # SOHR's 624 Euphrates Wrath fighters killed against the SDF's "more than 4000
    # casualties": the text makes the SDF part of that force, and casualties are not deaths.
    _, out, mapped = raqqa
    unit, force = mapped["000-f18"], mapped["002-f01"]
    (group,) = [g for g in out.groups if {unit.id, force.id} <= set(g.claims)]
    assert group.verdict == "scope_differs"
    assert "casualties" in group.explanation and "Euphrates Wrath" in group.explanation


def _holding(out: Reconciled, verdict: str, *claims: Claim) -> list[str]:
    return [
        g.id for g in out.groups if g.verdict == verdict and all(c.id in g.claims for c in claims)
    ]


def test_crosscheck_khan_sabil_every_verdict(
    khan_sabil: tuple[Report, Reconciled, dict[str, Claim]],
) -> None:
    _, out, _ = khan_sabil
    assert {g.verdict for g in out.groups} == {
        "agree",
        "conflict",
        "scope_differs",
        "update",
        "single",
    }


def test_crosscheck_khan_sabil_designed_cases(
    khan_sabil: tuple[Report, Reconciled, dict[str, Claim]],
) -> None:
    report, out, gold = khan_sabil
    # The Northern Ledger relays the Sabil Now hospital source.
    ledger = gold["ks4-f02"].doc
    sabil = gold["ks3-f02"].doc
    assert any(
        normalise(e.upstream) == "sabilnow" and {ledger, sabil} <= set(e.docs) for e in out.echoes
    )
    # The Civil Defence's 43, then 48 two days later: an update, not a conflict.
    assert _holding(out, "update", gold["ks1-f01"], gold["ks4-f06"])
    # The hospital's ~60 against the official 43: a conflict.
    assert _holding(out, "conflict", gold["ks3-f02"], gold["ks1-f01"])
    # 71 deaths since late February across the province: a different scope.
    assert _holding(out, "scope_differs", gold["ks2-f05"], gold["ks1-f01"])
    # The Al-Jisr evacuation: did not take place on Tuesday, families left on Thursday.
    leave = [c for c in report.claims if c.assertion and c.assertion.predicate == "leave"]
    negated = [c for c in leave if c.assertion and c.assertion.polarity == "negated"]
    affirmed = [c for c in leave if c.assertion and c.assertion.polarity == "affirmed"]
    assert any(
        g.verdict == "update"
        and any(c.id in g.claims for c in negated)
        and any(c.id in g.claims for c in affirmed)
        for g in out.groups
        if g.kind == "assertion"
    )


def test_crosscheck_is_deterministic(
    raqqa: tuple[Report, Reconciled, dict[str, Claim]],
) -> None:
    report, out, _ = raqqa
    again = reconcile(
        list(reversed(report.documents)),
        list(reversed(report.entities)),
        list(reversed(report.claims)),
    )
    assert again == out
