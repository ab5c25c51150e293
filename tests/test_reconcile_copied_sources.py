"""A copied passage credits its copied figures to one upstream, and only those: two reports
that share a sentence and then credit their own tolls to police and to the Red Cross give
two sources' tolls, which conflict."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from test_reconcile_helpers import TORVALD, analysed, doc, figure_claim
from triangulate.model import Claim, Document, Echo, Entity, Speaker
from triangulate.reconcile import reconcile
from triangulate.reconcile.sources import Upstreams

SHARED = (
    "The fire swept through the covered market in Torvald late on Tuesday and burned for "
    "several hours before crews from the coast brought it under control."
)
KILLED = dict(measure="people killed in Torvald", counted="people", qualifiers=("killed",))
HURT = dict(measure="people wounded in Torvald", counted="people", qualifiers=("wounded",))


def _police_and_red_cross() -> tuple[list[Document], list[Claim]]:
    """Two reports sharing the fire's passage; each then credits its own toll, police 12
    in one and the Red Cross 15 in the other, in one sentence each that also gives 30
    wounded in the same words."""
    ledger = doc(
        "ledger",
        f"{SHARED} Police said 12 people were killed and 30 were injured in the blaze.",
        "Orvel Ledger",
        "2031-03-03",
    )
    voice = doc(
        "voice",
        f"{SHARED} The Red Cross said 15 people were killed and 30 were injured in the blaze.",
        "Dalby Voice",
        "2031-03-03",
    )
    police = {"speaker": "Police", "anonymous": True}
    red_cross = {"speaker": "The Red Cross"}
    claims = [
        figure_claim(ledger, "12 people", low=12, high=12, **police, **KILLED),  # type: ignore[arg-type]
        figure_claim(ledger, "30", low=30, high=30, **police, **HURT),  # type: ignore[arg-type]
        figure_claim(voice, "15 people", low=15, high=15, **red_cross, **KILLED),  # type: ignore[arg-type]
        figure_claim(voice, "30", low=30, high=30, **red_cross, **HURT),  # type: ignore[arg-type]
    ]
    return [ledger, voice], claims


def _group(out, claim: Claim):  # type: ignore[no-untyped-def]
    """The figure group holding the claim."""
    (group,) = [g for g in out.groups if claim.id in g.claims]
    return group


def test_copied_sentence_keeps_police_and_red_cross_two_sources_of_conflicting_tolls() -> None:
    docs, claims = _police_and_red_cross()
    out = reconcile(docs, [TORVALD], claims)
    assert [e.docs for e in out.echoes] == [("ledger", "voice")]
    killed = _group(out, claims[0])
    assert killed.independent_sources == 2
    assert killed.verdict == "conflict", killed.explanation
    assert "12" in killed.explanation and "15" in killed.explanation


def test_copied_figure_is_one_upstream_but_its_sources_stay_apart() -> None:
    docs, claims = _police_and_red_cross()
    out = reconcile(docs, [TORVALD], claims)
    # "killed and 30 were injured in the blaze" is one run of words in both reports: the
    # copy of the wounded count is one statement, however the reports credit it.
    wounded = _group(out, claims[1])
    assert wounded.independent_sources == 1
    upstreams = Upstreams(claims, {d.id: d for d in docs}, out.echoes, [TORVALD])
    toll_police, hurt_police, toll_red_cross, hurt_red_cross = (c.id for c in claims)
    assert upstreams.root(hurt_police) == upstreams.root(hurt_red_cross)
    assert upstreams.root(toll_police) != upstreams.root(toll_red_cross)
    assert upstreams.count([toll_police, toll_red_cross, hurt_police, hurt_red_cross]) == 2


def test_figure_told_beside_the_copied_passage_is_each_report_own() -> None:
    # Both reports open on one passage, then each gives 30 wounded in words of its own:
    # police and the Red Cross agree, two sources, not one echoed.
    ledger = doc("l2", f"{SHARED} Police counted 30 wounded.", "Orvel Ledger")
    voice = doc("v2", f"{SHARED} The Red Cross treated 30 injured people.", "Dalby Voice")
    claims = [
        figure_claim(
            ledger, "30 wounded", low=30, high=30, speaker="Police", anonymous=True, **HURT
        ),  # type: ignore[arg-type]
        figure_claim(voice, "30 injured", low=30, high=30, speaker="The Red Cross", **HURT),  # type: ignore[arg-type]
    ]
    out = reconcile([ledger, voice], [TORVALD], claims)
    assert len(out.echoes) == 1
    (group,) = out.groups
    assert group.verdict == "agree"
    assert group.independent_sources == 2


def test_unnamed_sources_of_one_kind_in_a_copied_passage_are_one_source() -> None:
    # Two outlets relay one police statement: police behind either outlet are one source,
    # for the copied figure and for the police figure the second outlet adds.
    ledger = doc("l3", f"{SHARED} Police said 12 people were killed.", "Orvel Ledger")
    voice = doc(
        "v3",
        f"{SHARED} Police said 12 people were killed. Police later said 14 people died.",
        "Dalby Voice",
    )
    police = {"speaker": "Police", "anonymous": True}
    claims = [
        figure_claim(ledger, "12 people", low=12, high=12, **police, **KILLED),  # type: ignore[arg-type]
        figure_claim(voice, "12 people", low=12, high=12, **police, **KILLED),  # type: ignore[arg-type]
        figure_claim(voice, "14 people", low=14, high=14, **police, **KILLED),  # type: ignore[arg-type]
    ]
    out = reconcile([ledger, voice], [TORVALD], claims)
    upstreams = Upstreams(claims, {d.id: d for d in [ledger, voice]}, out.echoes, [TORVALD])
    assert upstreams.count(c.id for c in claims) == 1


def test_unnamed_source_beside_a_named_spokesman_is_one_source() -> None:
    # One report names the spokesman, the other copies his figure as "the officer's":
    # one source, for his other figures too.
    named = doc(
        "n1",
        f"{SHARED} Spokesman Tomas Brandt said 12 people were killed. Brandt said 40 were rescued.",
        "Orvel Ledger",
    )
    unnamed = doc("n2", f"{SHARED} The officer said 12 people were killed.", "Dalby Voice")
    brandt = Entity(
        id="e-brandt", name="Tomas Brandt", type="PERSON", aliases=("Brandt",), mentions=()
    )
    said = Speaker(name="Tomas Brandt", entity="e-brandt")
    claims = [
        replace(figure_claim(named, "12 people", low=12, high=12, **KILLED), said_by=said),  # type: ignore[arg-type]
        replace(figure_claim(named, "40 were", low=40, high=40), said_by=said),
        figure_claim(
            unnamed, "12 people", low=12, high=12, speaker="The officer", anonymous=True, **KILLED
        ),  # type: ignore[arg-type]
    ]
    docs = {d.id: d for d in [named, unnamed]}
    echo = Echo(
        upstream="Orvel Ledger",
        docs=("n1", "n2"),
        claims=(claims[0].id, claims[2].id),
        evidence="copied",
    )
    upstreams = Upstreams(claims, docs, [echo], [TORVALD, brandt])
    assert upstreams.count(c.id for c in claims) == 1


def test_copied_figure_of_an_untitled_outlet_is_the_earlier_report() -> None:
    # Two reports with no outlet: the echo names the earlier by its title, and the later
    # report's unattributed copy is the earlier report's figure, not the other way round.
    def titled(d: Document, title: str) -> Document:
        return replace(d, outlet=None, title=title)

    early = titled(doc("z1", SHARED, None, "2031-03-03"), "Market fire in Torvald")
    late = titled(doc("a2", SHARED, None, "2031-03-04"), "Torvald blaze")
    claims = [
        figure_claim(early, "several hours", low=3, high=3, **HURT),  # type: ignore[arg-type]
        figure_claim(late, "several hours", low=3, high=3, **HURT),  # type: ignore[arg-type]
    ]
    out = reconcile([early, late], [TORVALD], claims)
    assert [e.upstream for e in out.echoes] == ["Market fire in Torvald"]
    (group,) = out.groups
    assert group.independent_sources == 1
    assert "Market fire in Torvald" in group.explanation, group.explanation
    assert "Torvald blaze" not in group.explanation, group.explanation


def test_two_reports_sharing_a_sentence_show_two_sources_in_conflict(tmp_path: Path) -> None:
    texts = {
        "ledger.txt": "Market fire in Torvald\n\nMarch 3, 2031\n\n"
        f"{SHARED} Police said 12 people were killed and 30 were injured.\n",
        "voice.txt": "Torvald blaze\n\nMarch 3, 2031\n\n"
        f"{SHARED} The Red Cross said 15 people were killed and 30 were injured.\n",
    }
    report = analysed(tmp_path / "pile", texts)
    assert len(report.echoes) == 1
    killed = [g for g in report.groups if g.label.startswith("people killed")]
    assert killed, [g.label for g in report.groups]
    assert killed[0].independent_sources == 2
    assert killed[0].verdict == "conflict", killed[0].explanation
