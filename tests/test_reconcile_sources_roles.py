"""A person described by a role ("the governor said") is the person of that role the
report names before it, not one source for every report that writes the same words."""

from __future__ import annotations

from pathlib import Path

from test_reconcile_helpers import analysed, doc, figure_claim
from test_reconcile_sources_bodies import said_by_entity, sources
from triangulate.model import Claim, Document, Entity, Mention, Speaker
from triangulate.reconcile.roles import described_role
from triangulate.reconcile.sources import Upstreams

FLOOD = dict(measure="people killed in Merrow", counted="people", qualifiers=("killed",))


def person(entity_id: str, name: str, *named: tuple[Document, str]) -> Entity:
    """A person with a mention at the first occurrence of each phrase."""
    mentions = tuple(
        Mention(
            doc=d.id,
            start=d.text.index(phrase),
            end=d.text.index(phrase) + len(phrase),
            text=phrase,
            label="PERSON",
        )
        for d, phrase in named
    )
    return Entity(id=entity_id, name=name, type="PERSON", aliases=(name,), mentions=mentions)


def killed(report: Document, phrase: str, value: int, speaker: str, **kw: object) -> Claim:
    """A death toll said by ``speaker`` (the claim's speaker starts where its words do)."""
    claim = figure_claim(report, phrase, low=value, high=value, speaker=speaker, **FLOOD, **kw)  # type: ignore[arg-type]
    assert claim.said_by is not None
    return claim


def test_the_governor_of_two_reports_naming_two_governors_is_two_sources() -> None:
    a = doc(
        "a",
        "Governor Ada Lind toured Merrow on Monday. The governor said 40 people were killed.",
        "Coast Post",
    )
    b = doc(
        "b",
        "Tomas Vey, the province's governor, flew to Brant. The governor said 40 people "
        "were killed.",
        "Valley News",
    )
    lind = person("e-lind", "Ada Lind", (a, "Ada Lind"))
    vey = person("e-vey", "Tomas Vey", (b, "Tomas Vey"))
    claims = [killed(a, "40 people", 40, "governor"), killed(b, "40 people", 40, "governor")]
    found = sources(claims, [a, b], [lind, vey])
    assert found.count(c.id for c in claims) == 2
    assert found.names(c.id for c in claims) == ("Ada Lind", "Tomas Vey")
    # Without the story's names, the two governors are one source, as before.
    assert sources(claims, [a, b], []).count(c.id for c in claims) == 1


def test_the_governor_and_her_name_in_another_report_are_one_source() -> None:
    a = doc(
        "a",
        "Governor Ada Lind toured Merrow on Monday. The governor said 40 people were killed.",
        "Coast Post",
    )
    b = doc("b", "Ada Lind said on Monday that 40 people were killed in Merrow.", "Valley News")
    lind = person("e-lind", "Ada Lind", (a, "Ada Lind"), (b, "Ada Lind"))
    claims = [
        killed(a, "40 people", 40, "governor"),
        said_by_entity(killed(b, "40 people", 40, "Ada Lind"), lind),
    ]
    found = sources(claims, [a, b], [lind])
    assert found.count(c.id for c in claims) == 1
    assert found.name(claims[0].id) == "Ada Lind"


def test_the_governor_is_the_one_named_last_before_not_the_first() -> None:
    a = doc(
        "a",
        "Former governor Bo Tam criticised the dam. Governor Ada Lind toured Merrow on "
        "Monday. The governor said 40 people were killed.",
        "Coast Post",
    )
    lind = person("e-lind", "Ada Lind", (a, "Ada Lind"))
    tam = person("e-tam", "Bo Tam", (a, "Bo Tam"))
    claims = [killed(a, "40 people", 40, "governor")]
    assert sources(claims, [a], [tam, lind]).name(claims[0].id) == "Ada Lind"


def test_the_one_governor_the_story_names_is_the_governor_of_a_report_naming_none() -> None:
    a = doc("a", "Governor Ada Lind said 40 people were killed in Merrow.", "Coast Post")
    b = doc("b", "Rescuers dug through mud. The governor said 40 people were killed.", "Hill")
    lind = person("e-lind", "Ada Lind", (a, "Ada Lind"))
    claims = [
        said_by_entity(killed(a, "40 people", 40, "Ada Lind"), lind),
        killed(b, "40 people", 40, "governor"),
    ]
    assert sources(claims, [a, b], [lind]).count(c.id for c in claims) == 1


def test_a_governor_left_unclear_is_a_source_of_its_report_alone() -> None:
    a = doc("a", "Governor Ada Lind said 40 people were killed in Merrow.", "Coast Post")
    b = doc("b", "Governor Tomas Vey said 40 people were killed in Brant.", "Valley News")
    c = doc("c", "Rescuers dug through mud. The governor said 40 people were killed.", "Hill")
    d = doc("d", "Roads were closed. The governor said 40 people were killed.", "North Wire")
    lind = person("e-lind", "Ada Lind", (a, "Ada Lind"))
    vey = person("e-vey", "Tomas Vey", (b, "Tomas Vey"))
    claims = [
        said_by_entity(killed(a, "40 people", 40, "Ada Lind"), lind),
        said_by_entity(killed(b, "40 people", 40, "Tomas Vey"), vey),
        killed(c, "40 people", 40, "governor"),
        killed(d, "40 people", 40, "governor"),
    ]
    # The story has two governors: neither unnamed one is either, nor are they one.
    assert sources(claims, [a, b, c, d], [lind, vey]).count(c.id for c in claims) == 4


def test_a_narrower_role_refers_only_to_a_person_it_fits() -> None:
    a = doc(
        "a",
        "Fire Chief Bo Tam led the rescue. The police chief said 40 people were killed.",
        "Coast Post",
    )
    b = doc(
        "b",
        "Police Chief Ada Lind closed the bridge. The police chief said 40 people were killed.",
        "Valley News",
    )
    tam = person("e-tam", "Bo Tam", (a, "Bo Tam"))
    lind = person("e-lind", "Ada Lind", (b, "Ada Lind"))
    claims = [
        killed(a, "40 people", 40, "police chief"),
        killed(b, "40 people", 40, "police chief"),
    ]
    found = sources(claims, [a, b], [tam, lind])
    # The fire chief is no police chief: the one police chief the story names is meant.
    assert found.names(c.id for c in claims) == ("Ada Lind",)


def test_what_describes_no_role_is_no_role() -> None:
    assert described_role(Speaker(name="governor")) == "governor"
    assert described_role(Speaker(name="province's governor")) == "governor"
    assert described_role(Speaker(name="spokeswoman", anonymous=True)) == "spokesperson"
    assert described_role(Speaker(name="governors")) is None
    assert described_role(Speaker(name="Ada Lind")) is None
    assert described_role(Speaker(name="company")) is None
    assert described_role(Speaker(name="governor", entity="e-lind")) is None


def test_analysed_reports_tell_two_governors_apart(tmp_path: Path) -> None:
    head = "Floods hit the coast\n\nMERROW, May 4 ({}) - "
    report = analysed(
        tmp_path / "pile",
        {
            "a.txt": head.format("Coast Post") + "Governor Ada Lind visited the flooded town "
            "of Merrow on Monday. At least 40 people were killed in the floods, the governor "
            "said.\n",
            "b.txt": head.format("Valley News") + "Rescuers searched the valley on Monday. "
            "Tomas Vey, the province's governor, spoke to reporters in Brant. The governor "
            "said on Tuesday that 55 bodies had been recovered from the river.\n",
        },
    )
    docs = {d.id: d for d in report.documents}
    found = Upstreams(report.claims, docs, report.echoes, report.entities)
    named = {found.name(c.id) for c in report.claims if c.figure is not None}
    assert named == {"Ada Lind", "Tomas Vey"}, named
