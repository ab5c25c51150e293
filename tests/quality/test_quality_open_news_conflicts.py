"""Conflicts called on real news that no scored story holds, read by hand.

Each ECB+ dev sub-topic that is no crosscheck-dev story was analysed as one pile, as a user
would analyse a folder of reports, and every group called ``conflict`` or ``update`` was
read as a casualty recorder reads it: real (one quantity at one time given incompatible
values; for an update, values that time explains) or false (different quantities, scopes,
times, or a misread figure). ``tests/gold/open_news_conflicts.json`` keeps those judgments
with each group's members (report and quoted claim) and why. The judgments were read while
writing the verdict rules, so this is development data: it pins the share of called
conflicts that are real and guards the real ones against being lost.

Only the sub-topics with a judged group are analysed again (21 piles, about 17 s on two
cores). A called group is matched to the judged group it shares most members with; it is
right when that group was judged real and the called group holds two of its members with
different values. A called group that shares no member with a judged one is counted wrong:
nobody has read it.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from triangulate import analyze
from triangulate.model import Report

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT.parent / "shared" / "data" / "ecbplus-dev" / "docs.jsonl"
GOLD = ROOT / "tests" / "gold" / "open_news_conflicts.json"
BASELINE = Path(__file__).resolve().parent / "baseline.json"

pytestmark = pytest.mark.quality

Member = tuple[str, str, float | None, float | None]
Called = tuple[str, str, tuple[Member, ...]]


def _floor(name: str) -> float:
    return float(json.loads(BASELINE.read_text(encoding="utf-8"))[name])


def _members(report: Report, claim_ids: Sequence[str]) -> tuple[Member, ...]:
    claims = {c.id: c for c in report.claims}
    out = []
    for cid in claim_ids:
        claim = claims[cid]
        figure = claim.figure
        out.append(
            (claim.doc, claim.text, figure.low if figure else None, figure.high if figure else None)
        )
    return tuple(out)


@pytest.fixture(scope="module")
def judged() -> list[Mapping[str, Any]]:
    if not DOCS.exists():
        pytest.skip(f"{DOCS} is missing: run the tests from a clone with ../shared beside it")
    return list(json.loads(GOLD.read_text(encoding="utf-8"))["groups"])


@pytest.fixture(scope="module")
def called(judged: list[Mapping[str, Any]]) -> list[Called]:
    """Every conflict and update called on the judged sub-topics, analysed again."""
    wanted = {g["subtopic"] for g in judged}
    piles: dict[str, list[dict[str, str]]] = {}
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc["subtopic"] in wanted:
            piles.setdefault(doc["subtopic"], []).append({"id": doc["doc_id"], "text": doc["text"]})
    out: list[Called] = []
    with tempfile.TemporaryDirectory() as tmp:
        for subtopic in sorted(piles):
            path = Path(tmp) / f"{subtopic}.jsonl"
            path.write_text("".join(json.dumps(d) + "\n" for d in piles[subtopic]))
            report = analyze(path)
            out.extend(
                (subtopic, g.verdict, _members(report, g.claims))
                for g in report.groups
                if g.verdict in ("conflict", "update")
            )
    return out


def _key(member: Member) -> tuple[str, str]:
    return member[0], member[1]


def _gold_members(group: Mapping[str, Any]) -> dict[tuple[str, str], tuple[Any, Any]]:
    return {(m["doc"], m["quote"]): (m["low"], m["high"]) for m in group["members"]}


def _match(
    subtopic: str, members: Sequence[Member], judged: Sequence[Mapping[str, Any]]
) -> Mapping[str, Any] | None:
    """The judged group of the sub-topic sharing most members with a called one."""
    keys = {_key(m) for m in members}
    best, most = None, 0
    for group in judged:
        if group["subtopic"] != subtopic:
            continue
        shared = len(keys & _gold_members(group).keys())
        if shared > most:
            best, most = group, shared
    return best


def _differs(members: Sequence[Member], group: Mapping[str, Any]) -> bool:
    """Whether two of the called members that the judged group holds differ in value."""
    inside = _gold_members(group)
    values = {(m[2], m[3]) for m in members if _key(m) in inside}
    return len(values) >= 2 or (len(values) == 1 and group["members"][0]["low"] is None)


def _scores(
    called: Sequence[Called], judged: Sequence[Mapping[str, Any]], verdict: str
) -> tuple[int, int, int, int, list[str]]:
    """(right, called, judged real, judged real still called, what was called wrongly)."""
    right, wrong = 0, []
    kept: set[int] = set()
    chosen = [c for c in called if c[1] == verdict]
    for subtopic, _, members in chosen:
        group = _match(subtopic, members, judged)
        if group is not None and group["real"] and _differs(members, group):
            right += 1
            kept.add(id(group))
        else:
            why = group["why"] if group is not None else "not judged"
            wrong.append(f"{subtopic}: {why}")
    real = [g for g in judged if g["verdict"] == verdict and g["real"]]
    return right, len(chosen), len(real), sum(id(g) in kept for g in real), wrong


def test_open_news_conflicts_gold_is_well_formed(judged: list[Mapping[str, Any]]) -> None:
    assert {g["verdict"] for g in judged} == {"conflict", "update"}
    for group in judged:
        assert len(group["members"]) >= 2, group["label"]
        assert group["why"].strip(), group["label"]


@pytest.mark.parametrize("verdict", ["conflict", "update"])
def test_open_news_conflicts_precision_and_real_ones_kept(
    verdict: str,
    called: list[Called],
    judged: list[Mapping[str, Any]],
    record_property: pytest.RecordProperty,
) -> None:
    right, count, real, kept, wrong = _scores(called, judged, verdict)
    precision = right / count if count else 1.0
    record_property("precision", f"{precision:.3f} ({right} of {count})")
    record_property("real kept", f"{kept} of {real}")
    record_property("wrong", str(wrong))
    assert precision >= _floor(f"open_news_{verdict}_precision")
    assert kept / real >= _floor(f"open_news_real_{verdict}s_kept")
