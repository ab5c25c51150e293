"""Statements as sentences a person would write: key findings and group values."""

from __future__ import annotations

import dataclasses
from io import StringIO

from rich.console import Console

from triangulate.cli.summary import print_summary
from triangulate.model import (
    Assertion,
    Claim,
    Document,
    Entity,
    Group,
    Mention,
    Published,
    Report,
    Speaker,
    Story,
)
from triangulate.report.claims_text import headline_case, statement_text, word_casing
from triangulate.report.digest import digest, short_name, source_name
from triangulate.report.html import render_html
from triangulate.report.markdown import render_markdown

TEXTS = {
    "d1": (
        "Harbour blaze kills crew\n"
        "A boiler explosion aboard the ferry Saltmarsh killed four crew members, the UN "
        "maritime office said on Monday. Inspector Ruth Calder said the boiler was old. "
        "She ordered the fleet held in port."
    ),
    "d2": (
        "FOUR CREW MEMBERS HAVE DIED\n"
        "Officials in Portwell said four crew members died when the boiler burst. "
        "The UN maritime office sent divers."
    ),
}


OUTLETS = {"d1": "Coast Ledger", "d2": "Bay Wire"}


def _doc(doc_id: str) -> Document:
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        title=None,
        outlet=OUTLETS[doc_id],
        text=TEXTS[doc_id],
        sha256="",
        published=Published.unknown(),
    )


def _claim(
    claim_id: str, doc: str, passage: str, subject: str | None, obj: str | None, nth: int = 0
) -> Claim:
    text = TEXTS[doc]
    start = -1
    for _ in range(nth + 1):
        start = text.index(passage, start + 1)
    return Claim(
        id=claim_id,
        kind="assertion",
        doc=doc,
        start=start,
        end=start + len(passage),
        text=passage,
        assertion=Assertion(subject=subject, predicate="kill", object=obj),
        outlet=OUTLETS[doc],
    )


def test_a_statement_without_its_subject_reaches_back_to_its_sentence() -> None:
    claim = _claim("c1", "d1", "killed four crew members", None, "four crew members")
    assert statement_text(claim, TEXTS["d1"]) == (
        "A boiler explosion aboard the ferry Saltmarsh killed four crew members"
    )
    # Without the text to find the subject in, the passage is quoted as a part.
    assert statement_text(claim) == "“…killed four crew members”"


def test_a_statement_in_headline_capitals_is_cased_down_keeping_names() -> None:
    claim = _claim("c2", "d2", "FOUR CREW MEMBERS HAVE DIED", None, "FOUR CREW MEMBERS")
    casing = word_casing(TEXTS.values())
    assert statement_text(claim, TEXTS["d2"], casing=casing) == "Four crew members have died"
    assert headline_case("UN DIVERS REACH SALTMARSH", casing) == "UN divers reach Saltmarsh"
    assert headline_case("Blaze Kills Crew On Saltmarsh Ferry", casing) == (
        "Blaze kills crew on Saltmarsh ferry"
    )
    assert headline_case("The boiler was old") == "The boiler was old"


def test_a_pronoun_subject_is_replaced_by_the_name_it_stands_for() -> None:
    claim = _claim("c3", "d1", "She ordered the fleet held in port", "She", "the fleet")
    assert statement_text(claim, TEXTS["d1"], referent="Ruth Calder") == (
        "[Ruth Calder] ordered the fleet held in port"
    )


def _report() -> Report:
    claims = (
        _claim("c1", "d1", "killed four crew members", None, "four crew members"),
        _claim("c2", "d2", "FOUR CREW MEMBERS HAVE DIED", None, "FOUR CREW MEMBERS"),
        _claim("c3", "d1", "She ordered the fleet held in port", "She", "the fleet"),
    )
    group = Group(
        id="g1",
        label="kill: four crew members",
        kind="assertion",
        claims=("c1", "c2"),
        verdict="agree",
        explanation="both reports say so",
        independent_sources=2,
        sources=("Coast Ledger", "Bay Wire"),
    )
    calder = TEXTS["d1"].index("Ruth Calder")
    person = Entity(
        id="e1",
        name="Ruth Calder",
        type="PERSON",
        aliases=(),
        mentions=(
            Mention(
                doc="d1",
                start=calder,
                end=calder + len("Ruth Calder"),
                text="Ruth Calder",
                label="PERSON",
            ),
        ),
    )
    return Report(
        format="triangulate/report@1",
        created="2031-01-01T00:00:00Z",
        inputs=(),
        documents=(_doc("d1"), _doc("d2")),
        stories=(Story(id="s-d1", label="Saltmarsh, Portwell", docs=("d1", "d2")),),
        entities=(person,),
        claims=claims,
        groups=(group,),
        echoes=(),
        timeline=(),
        summary=(),
    )


def test_key_findings_read_as_sentences_in_every_renderer() -> None:
    report = _report()
    view = digest(report)
    [finding] = view.established
    # The same who-did-what is one voice, in the words of its first report.
    [voice] = finding.voices
    assert voice.value == "A boiler explosion aboard the ferry Saltmarsh killed four crew members"
    assert voice.speakers == ("Coast Ledger", "Bay Wire")
    assert view.value(report.claims[1]) == "Four crew members have died"
    assert view.value(report.claims[2]) == "[Ruth Calder] ordered the fleet held in port"
    html = render_html(report)
    markdown = render_markdown(report)
    # The terminal lists contested groups with each of their statements.
    contested = dataclasses.replace(
        report, groups=(dataclasses.replace(report.groups[0], verdict="conflict"),)
    )
    out = StringIO()
    print_summary(contested, Console(file=out, width=200, color_system=None))
    for shown in (html, markdown, out.getvalue()):
        assert "Four crew members have died" in shown
    for shown in (html, markdown, out.getvalue()):
        assert "killed four crew members" in shown
        assert "— kill" not in shown


def test_a_he_or_she_is_left_alone_when_two_people_could_be_meant() -> None:
    report = _report()
    other = dataclasses.replace(
        report.entities[0],
        id="e2",
        name="Omar Feld",
        mentions=(
            Mention(doc="d1", start=0, end=7, text="Harbour", label="PERSON"),
            dataclasses.replace(report.entities[0].mentions[0], text="Omar Feld"),
        ),
    )
    view = digest(dataclasses.replace(report, entities=(*report.entities, other)))
    assert view.value(report.claims[2]).startswith("She ordered")


def test_a_finding_label_in_headline_capitals_is_cased_down() -> None:
    report = _report()
    shouted = dataclasses.replace(report.groups[0], label="kill: FOUR CREW MEMBERS")
    view = digest(dataclasses.replace(report, groups=(shouted,)))
    [finding] = view.established
    assert finding.what == "kill: four crew members"
    assert "kill: four crew members" in render_markdown(
        dataclasses.replace(report, groups=(shouted,))
    )


def test_a_report_without_an_outlet_gives_its_values_under_its_title_in_quotes() -> None:
    report = _report()
    untitled = dataclasses.replace(report.documents[1], outlet=None, title="Crew lost at sea")
    claims = tuple(
        dataclasses.replace(c, outlet=None) if c.doc == "d2" else c for c in report.claims
    )
    view = digest(
        dataclasses.replace(report, documents=(report.documents[0], untitled), claims=claims)
    )
    [finding] = view.established
    assert finding.voices[0].speakers == ("Coast Ledger", "“Crew lost at sea”")


def test_a_statement_reaching_back_to_a_report_s_first_sentence_leaves_its_dateline_out() -> None:
    text = "PORT ADA (Bay Wire) – Officials said two divers died near the wreck."
    start = text.index("two divers died")
    claim = Claim(
        id="c9",
        kind="assertion",
        doc="d9",
        start=start,
        end=start + len("two divers died"),
        text="two divers died",
        assertion=Assertion(subject=None, predicate="kill", object="two divers"),
    )
    assert statement_text(claim, text) == "Officials said two divers died"


def test_a_passage_starting_with_which_or_its_reaches_back_or_is_quoted() -> None:
    text = "The ferry line signed with Dunmore, which Portwell had courted for years."
    start = text.index("which Portwell")
    end = start + len("which Portwell had courted")
    claim = Claim(
        id="c10",
        kind="assertion",
        doc="d10",
        start=start,
        end=end,
        text=text[start:end],
        assertion=Assertion(subject="Portwell", predicate="negotiate", object="which"),
    )
    assert statement_text(claim, text) == (
        "The ferry line signed with Dunmore, which Portwell had courted"
    )
    assert statement_text(claim) == "“…which Portwell had courted”"


def test_a_short_title_cased_headline_is_cased_down() -> None:
    casing = word_casing(["A diver was killed when the crane fell."])
    assert headline_case("Diver Killed", casing) == "Diver killed"


def test_a_label_word_capitalised_only_by_its_headline_is_cased_down() -> None:
    casing = word_casing(["A diver was killed near Portwell."])
    assert headline_case("kill: Diver", casing, capital=False) == "kill: diver"
    assert headline_case("divers in Portwell", casing, capital=False) == "divers in Portwell"


def test_the_terminal_names_the_report_a_value_comes_from_when_no_outlet_is_known() -> None:
    report = _report()
    titled = dataclasses.replace(report.documents[1], outlet=None, title="Crew lost at sea")
    claims = tuple(
        dataclasses.replace(c, outlet=None) if c.doc == "d2" else c for c in report.claims
    )
    group = dataclasses.replace(report.groups[0], verdict="conflict")
    contested = dataclasses.replace(
        report, documents=(report.documents[0], titled), claims=claims, groups=(group,)
    )
    out = StringIO()
    print_summary(contested, Console(file=out, width=200, color_system=None))
    assert "Four crew members have died — “Crew lost at sea”" in out.getvalue()
    assert "the report itself" not in out.getvalue()


def test_a_cut_title_ends_its_last_word_then_the_ellipsis() -> None:
    doc = dataclasses.replace(_doc("d1"), outlet=None, title="Crews search the bay at night")
    assert short_name(doc, 14) == "Crews search…"
    assert source_name(doc, 16) == "“Crews search…”"


def test_a_name_read_in_a_headline_does_not_stand_for_a_pronoun() -> None:
    text = "Skipper Held After Crash\nHe steered the ferry onto the rocks."
    doc = dataclasses.replace(_doc("d1"), text=text)
    start = text.index("He steered")
    claim = Claim(
        id="c20",
        kind="assertion",
        doc="d1",
        start=start,
        end=len(text) - 1,
        text=text[start:-1],
        assertion=Assertion(subject="He", predicate="steer", object="the ferry"),
    )
    headline = Entity(
        id="e9",
        name="Skipper Held",
        type="PERSON",
        aliases=(),
        mentions=(Mention(doc="d1", start=0, end=12, text="Skipper Held", label="PERSON"),),
    )
    report = dataclasses.replace(
        _report(), documents=(doc,), claims=(claim,), groups=(), entities=(headline,)
    )
    assert digest(report).value(claim) == "He steered the ferry onto the rocks"


def test_one_speaker_written_with_and_without_a_capital_is_named_once() -> None:
    report = _report()
    speakers = (Speaker(name="A harbour official"), Speaker(name="a harbour official"))
    claims = tuple(
        dataclasses.replace(c, said_by=speakers[i]) if c.id in ("c1", "c2") else c
        for i, c in enumerate(report.claims)
    )
    view = digest(dataclasses.replace(report, claims=claims))
    [finding] = view.established
    assert finding.voices[0].speakers == ("a harbour official",)
