"""A body described by its kind ("the company said") is the body the report names before
it, not one source for every report that writes the same words."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from test_reconcile_helpers import TORVALD, analysed, doc, figure_claim
from triangulate.model import Claim, Document, Entity, Mention, Speaker
from triangulate.reconcile import reconcile
from triangulate.reconcile.bodies import described_kind
from triangulate.reconcile.sources import Upstreams

HURT = dict(measure="drivers injured in Torvald", counted="drivers", qualifiers=("hurt",))


def body(entity_id: str, name: str, *named: tuple[Document, str], kind: str = "ORG") -> Entity:
    """An organisation with a mention at the first occurrence of each phrase."""
    mentions = tuple(
        Mention(
            doc=d.id,
            start=d.text.index(phrase),
            end=d.text.index(phrase) + len(phrase),
            text=phrase,
            label=kind,
        )
        for d, phrase in named
    )
    return Entity(id=entity_id, name=name, type=kind, aliases=(name,), mentions=mentions)  # type: ignore[arg-type]


def hurt(report: Document, phrase: str, value: int, speaker: str, **kw: object) -> Claim:
    """A count of injured drivers said by ``speaker``."""
    return figure_claim(report, phrase, low=value, high=value, speaker=speaker, **HURT, **kw)  # type: ignore[arg-type]


def said_by_entity(claim: Claim, entity: Entity) -> Claim:
    """The claim with its named speaker resolved to the entity."""
    assert claim.said_by is not None
    return replace(claim, said_by=replace(claim.said_by, entity=entity.id))


def sources(claims: list[Claim], reports: list[Document], entities: list[Entity]) -> Upstreams:
    return Upstreams(claims, {d.id: d for d in reports}, entities=entities)


def test_the_company_of_two_reports_about_two_companies_is_two_sources() -> None:
    a = doc(
        "a",
        "Harlow Motors Corp. recalled 4,000 cars on Monday. The company said 12 drivers were hurt.",
        "Coast Post",
    )
    b = doc(
        "b",
        "Vantor Trucks Inc. recalled 900 trucks on Monday. The company said 12 drivers were hurt.",
        "Valley News",
    )
    harlow = body("e-harlow", "Harlow Motors Corp.", (a, "Harlow Motors Corp."))
    vantor = body("e-vantor", "Vantor Trucks Inc.", (b, "Vantor Trucks Inc."))
    claims = [hurt(a, "12 drivers", 12, "company"), hurt(b, "12 drivers", 12, "company")]
    found = sources(claims, [a, b], [harlow, vantor])
    assert found.count(c.id for c in claims) == 2
    assert found.names(c.id for c in claims) == ("Harlow Motors Corp.", "Vantor Trucks Inc.")


def test_the_company_and_its_name_in_another_report_are_one_source() -> None:
    a = doc(
        "a",
        "Harlow Motors Corp. recalled 4,000 cars on Monday. The company said 12 drivers were hurt.",
        "Coast Post",
    )
    b = doc("b", "Harlow Motors said 12 drivers were hurt by the brake fault.", "Valley News")
    harlow = body("e-harlow", "Harlow Motors Corp.", (a, "Harlow Motors Corp."), (b, "Harlow"))
    claims = [
        hurt(a, "12 drivers", 12, "company"),
        said_by_entity(hurt(b, "12 drivers", 12, "Harlow Motors"), harlow),
    ]
    assert sources(claims, [a, b], [harlow]).count(c.id for c in claims) == 1
    # Without the story's names, nothing ties "the company" to Harlow Motors.
    assert sources(claims, [a, b], []).count(c.id for c in claims) == 2


def test_the_one_company_the_story_names_is_the_company_of_a_report_that_names_none() -> None:
    a = doc("a", "Harlow Motors Corp. said 12 drivers were hurt by the brake fault.", "Coast Post")
    b = doc("b", "Cars were recalled on Monday. The company said 12 drivers were hurt.", "Hill")
    harlow = body("e-harlow", "Harlow Motors Corp.", (a, "Harlow Motors Corp."))
    claims = [
        said_by_entity(hurt(a, "12 drivers", 12, "Harlow Motors Corp."), harlow),
        hurt(b, "12 drivers", 12, "company"),
    ]
    assert sources(claims, [a, b], [harlow]).count(c.id for c in claims) == 1


def test_a_company_left_unclear_is_a_source_of_its_report_alone() -> None:
    # Two companies in one sentence: "the company" after them may be either.
    a = doc(
        "a",
        "Harlow Motors Corp. sued Vantor Trucks Inc. on Monday. The company said 12 drivers "
        "were hurt.",
        "Coast Post",
    )
    b = doc("b", "Cars were recalled on Monday. The company said 12 drivers were hurt.", "Hill")
    c = doc("c", "Vantor Trucks Inc. said on Monday that 12 drivers were hurt.", "Valley News")
    harlow = body("e-harlow", "Harlow Motors Corp.", (a, "Harlow Motors Corp."))
    vantor = body(
        "e-vantor", "Vantor Trucks Inc.", (a, "Vantor Trucks Inc."), (c, "Vantor Trucks Inc.")
    )
    claims = [
        hurt(a, "12 drivers", 12, "company"),
        hurt(b, "12 drivers", 12, "company"),
        said_by_entity(hurt(c, "12 drivers", 12, "Vantor Trucks Inc."), vantor),
    ]
    found = sources(claims, [a, b, c], [harlow, vantor])
    # Neither report's "the company" is Vantor's, nor are the two one company.
    assert found.count(c.id for c in claims) == 3


def test_the_reports_words_make_a_name_a_company() -> None:
    a = doc(
        "a",
        "Shares of carmaker Harlow Motors fell on Monday. The company said 12 drivers were hurt.",
        "Coast Post",
    )
    b = doc(
        "b",
        "Vantor Trucks, a freight company based in Torvald, recalled 900 trucks. The company "
        "said 15 drivers were hurt.",
        "Valley News",
    )
    harlow = body("e-harlow", "Harlow Motors", (a, "Harlow Motors"))
    vantor = body("e-vantor", "Vantor Trucks", (b, "Vantor Trucks"))
    claims = [hurt(a, "12 drivers", 12, "company"), hurt(b, "15 drivers", 15, "company")]
    found = sources(claims, [a, b], [harlow, vantor])
    assert found.names(c.id for c in claims) == ("Harlow Motors", "Vantor Trucks")


def test_a_narrower_description_refers_only_to_a_body_it_fits() -> None:
    a = doc(
        "a",
        "The Ministry of Health opened a clinic on Monday. The health ministry said 12 "
        "drivers were hurt.",
        "Coast Post",
    )
    b = doc("b", "The finance ministry said 12 drivers were hurt.", "Hill")
    c = doc("c", "The finance ministry said 12 drivers were hurt on Monday.", "Valley News")
    health = body("e-health", "Ministry of Health", (a, "Ministry of Health"))
    claims = [
        hurt(a, "12 drivers", 12, "health ministry"),
        hurt(b, "12 drivers", 12, "finance ministry"),
        hurt(c, "12 drivers", 12, "finance ministry"),
    ]
    found = sources(claims, [a, b, c], [health])
    assert found.name(claims[0].id) == "Ministry of Health"
    # The finance ministry is not the health ministry: kept as written, one unnamed body.
    assert found.root(claims[1].id) == found.root(claims[2].id) != found.root(claims[0].id)


def test_a_body_no_report_names_stays_one_unnamed_body() -> None:
    one = doc("r1", "The monitor said 70 people died, Acme Corp. said.", "North Wire")
    two = doc("r2", "The monitor said 70 people died.", "South Wire")
    acme = body("e-acme", "Acme Corp.", (one, "Acme Corp."))
    claims = [
        figure_claim(one, "70 people", low=70, high=70, speaker="monitor"),
        figure_claim(two, "70 people", low=70, high=70, speaker="monitor"),
    ]
    assert sources(claims, [one, two], [acme]).count(c.id for c in claims) == 1


def test_police_are_the_police_force_their_report_names() -> None:
    a = doc(
        "a",
        "The Torvald Police Department closed the road. Police said 12 drivers were hurt.",
        "Coast Post",
    )
    b = doc("b", "The Torvald Police Department said 12 drivers were hurt.", "Valley News")
    c = doc("c", "Police said 12 drivers were hurt in Torvald.", "Hill Daily")
    force = body(
        "e-police",
        "Torvald Police Department",
        (a, "Torvald Police Department"),
        (b, "Torvald Police Department"),
    )
    claims = [
        hurt(a, "12 drivers", 12, "Police", anonymous=True),
        said_by_entity(hurt(b, "12 drivers", 12, "Torvald Police Department"), force),
        hurt(c, "12 drivers", 12, "Police", anonymous=True),
    ]
    found = sources(claims, [a, b, c], [force])
    assert found.root(claims[0].id) == found.root(claims[1].id)
    # Unnamed police in a report that names no force stay an unnamed source of its outlet.
    assert found.count(c.id for c in claims) == 2


def test_what_describes_no_single_body_is_no_kind_of_body() -> None:
    assert described_kind(Speaker(name="company")) == "company"
    assert described_kind(Speaker(name="state-run airline")) == "airline"
    assert described_kind(Speaker(name="Iran's seismologic center")) == "centre"
    assert described_kind(Speaker(name="unions")) is None
    assert described_kind(Speaker(name="governor")) is None
    assert described_kind(Speaker(name="Harlow Motors")) is None
    assert described_kind(Speaker(name="company", entity="e-harlow")) is None


def test_two_outlets_describing_two_companies_are_no_misquote() -> None:
    # One source giving one figure at one time in two outlets would make one outlet wrong;
    # two companies' sales are not one source's figure.
    a = doc(
        "a",
        "Harlow Motors Corp. posted results on Thursday. The company said it sold 4,100 cars.",
        "Coast Post",
        "2031-07-24",
    )
    b = doc(
        "b",
        "Vantor Motors Inc. posted results on Thursday. The company said it sold 5,300 cars.",
        "Valley News",
        "2031-07-24",
    )
    harlow = body("e-harlow", "Harlow Motors Corp.", (a, "Harlow Motors Corp."))
    vantor = body("e-vantor", "Vantor Motors Inc.", (b, "Vantor Motors Inc."))
    kw = dict(measure="cars sold", counted="cars", qualifiers=("sold",), speaker="company")
    claims = [
        figure_claim(a, "4,100 cars", low=4100, high=4100, **kw),  # type: ignore[arg-type]
        figure_claim(b, "5,300 cars", low=5300, high=5300, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([a, b], [TORVALD, harlow, vantor], claims).groups
    for group in groups:
        assert "misreports" not in group.explanation, group.explanation
    # Where both figures stand together, they are two sources' and no conflict: the two
    # companies hold different figures.
    together = [g for g in groups if {c.id for c in claims} <= set(g.claims)]
    assert together
    for group in together:
        assert group.independent_sources == 2
        assert group.verdict != "conflict", group.explanation


def test_analysed_reports_tell_two_companies_apart_and_one_company_by_two_names(
    tmp_path: Path,
) -> None:
    head = "Brake fault forces recalls\n\nTORVALD, May 4 ({}) - "
    report = analysed(
        tmp_path / "pile",
        {
            "a.txt": head.format("Coast Post") + "Harlow Motors Corp. recalled 4,000 cars on "
            "Monday after a brake fault injured drivers in Torvald. The company said 12 drivers "
            "were hurt in crashes linked to the fault.\n",
            "b.txt": head.format("Valley News") + "Vantor Trucks Inc. recalled 900 trucks on "
            "Monday after a brake fault injured drivers in Torvald. The company said 15 drivers "
            "were hurt in crashes linked to the fault.\n",
            "c.txt": head.format("Hill Daily") + "Harlow Motors said on Monday that 12 drivers "
            "were hurt in crashes linked to a brake fault in Torvald, and recalled 4,000 cars.\n",
        },
    )
    docs = {d.id: d for d in report.documents}
    found = Upstreams(report.claims, docs, report.echoes, report.entities)
    by_source = {
        (docs[c.doc].source.rsplit("/", 1)[-1], found.root(c.id))
        for c in report.claims
        if c.figure is not None and c.figure.counted == "drivers"
    }
    roots = {name: root for name, root in by_source}
    assert len(by_source) == 3, by_source
    assert roots["a.txt"] == roots["c.txt"] != roots["b.txt"]


def test_a_statement_its_body_issued_is_one_source_with_the_body() -> None:
    # "The statement said ..." after the navy issued it: the navy's word, not a second
    # source beside the navy; a statement no body is known to have issued stays apart.
    a = doc(
        "s1",
        "The Orvel navy said five boats attacked. The statement said two boats fled.",
        "Post",
    )
    b = doc("s2", "The statement said two boats fled.", "Times")
    navy = figure_claim(a, "five boats", low=5, high=5, speaker="Orvel navy")
    navy = replace(navy, said_by=Speaker(name="Orvel navy", entity="e-navy"))
    issued = figure_claim(a, "two boats", low=2, high=2)
    issued = replace(issued, said_by=Speaker(name="The statement", anonymous=True, entity="e-navy"))
    loose = figure_claim(b, "two boats", low=2, high=2)
    loose = replace(loose, said_by=Speaker(name="The statement", anonymous=True))
    up = Upstreams([navy, issued, loose], {a.id: a, b.id: b})
    assert up.count([navy.id, issued.id]) == 1
    assert up.count([navy.id, loose.id]) == 2
