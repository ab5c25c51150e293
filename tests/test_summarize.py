"""The cited extractive summary, on hand-made reports, claims, groups and echoes."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from triangulate.model import (
    Assertion,
    Claim,
    Document,
    Echo,
    Figure,
    Group,
    Hedge,
    Published,
    Speaker,
    When,
)
from triangulate.nlp.sentences import split_sentences
from triangulate.summarize import summarize
from triangulate.summarize.select import _same_value, is_furniture

HARBOUR = (
    "Storm closes Port Alder harbour\n\n"
    "The harbour office said about 300 passengers were stranded at Port Alder on Monday.\n\n"
    "The ferry company cancelled every crossing until the pier is repaired.\n\n"
    "A crane operator said the repairs would take at least two weeks to finish.\n\n"
    "Leave a comment"
)
VOLUNTEERS = (
    "Volunteers count stranded travellers\n\n"
    "Volunteers at the terminal counted 450 passengers stranded at Port Alder by Monday night.\n\n"
    "The ferry company cancelled all crossings from the port, the volunteers said.\n\n"
    "(Photo: a volunteer hands out blankets in the terminal.)"
)
WIRE_COPY = (
    "Ferry crossings cancelled after storm\n\n"
    "The ferry company cancelled every crossing until the pier is repaired, its manager said.\n\n"
    "Local bakeries handed out bread to families waiting in the terminal overnight."
)


def _doc(doc_id: str, text: str, day: str) -> Document:
    title = text.split("\n", 1)[0]
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        title=title,
        outlet=None,
        text=text,
        sha256="0" * 64,
        published=Published(date=day, precision="day", basis="metadata"),
    )


DOCS = (
    _doc("h", HARBOUR, "2031-05-13"),
    _doc("v", VOLUNTEERS, "2031-05-13"),
    _doc("w", WIRE_COPY, "2031-05-14"),
)


def _span(doc: Document, words: str) -> tuple[int, int]:
    start = doc.text.index(words)
    return start, start + len(words)


_HARBOUR_OFFICE = Speaker(name="harbour office")
_MONDAY = When(start="2031-05-12", end="2031-05-12", precision="day")


def _figure(
    claim_id: str,
    doc: Document,
    words: str,
    value: float,
    *,
    measure: str = "passengers stranded at Port Alder",
    counted: str | None = "passengers",
    hedge: Hedge = "about",
    unit: str | None = None,
    kind: str = "count",
    said_by: Speaker | None = _HARBOUR_OFFICE,
    when: When | None = _MONDAY,
) -> Claim:
    """A figure claim on the words of a report: by default the harbour office's count of
    stranded passengers on Monday; a floor ("at least") has no ceiling."""
    start, end = _span(doc, words)
    return Claim(
        id=claim_id,
        kind="figure",
        doc=doc.id,
        start=start,
        end=end,
        text=words,
        figure=Figure(
            measure=measure,
            counted=counted,
            qualifiers=(),
            low=value,
            high=None if hedge == "at_least" else value,
            hedge=hedge,
            unit=unit,
            kind=kind,
        ),
        said_by=said_by,
        when=when,
    )


def _assertion(claim_id: str, doc: Document, words: str) -> Claim:
    start, end = _span(doc, words)
    return Claim(
        id=claim_id,
        kind="assertion",
        doc=doc.id,
        start=start,
        end=end,
        text=words,
        assertion=Assertion(subject="The ferry company", predicate="cancel", object="crossing"),
    )


H, V, W = DOCS
CLAIMS = (
    _figure("f1", H, "about 300 passengers", 300),
    _figure("f2", V, "450 passengers", 450),
    _assertion("a1", H, "The ferry company cancelled every crossing"),
    _assertion("a2", V, "The ferry company cancelled all crossings"),
    _assertion("a3", W, "The ferry company cancelled every crossing"),
)
GROUPS = (
    Group(
        id="g-stranded",
        label="passengers stranded",
        kind="figure",
        claims=("f1", "f2"),
        verdict="conflict",
        explanation="The harbour office says about 300, volunteers 450.",
        range=(300, 450),
        independent_sources=2,
    ),
    Group(
        id="g-cancel",
        label="ferry company cancels crossings",
        kind="assertion",
        claims=("a1", "a2", "a3"),
        verdict="agree",
        explanation="All three reports say so.",
        independent_sources=2,
    ),
)
ECHOES = (Echo(upstream="harbour wire", docs=("h", "w"), claims=("a1", "a3"), evidence="same"),)


def _statement(
    cid: str, doc: Document, words: str, told: tuple[str, str, str], polarity: str, who: str
) -> Claim:
    """A statement (subject, predicate, object) the words of ``doc`` make, as ``who`` says."""
    start, end = _span(doc, words)
    subject, predicate, what = told
    return Claim(
        id=cid, kind="assertion", doc=doc.id, start=start, end=end, text=words,
        assertion=Assertion(
            subject=subject, predicate=predicate, object=what,
            polarity=polarity,  # type: ignore[arg-type]
        ),
        said_by=Speaker(name=who),
    )  # fmt: skip


def _group(gid: str, ids: tuple[str, ...], verdict: str) -> Group:
    """A figure group of two independent sources, labelled by its id."""
    return Group(
        id=gid,
        label=gid,
        kind="figure",
        claims=ids,
        verdict=verdict,  # type: ignore[arg-type]
        explanation="",
        independent_sources=2,
    )


def test_summarize_cites_every_supporting_report_and_marks_contested() -> None:
    out = summarize(DOCS, CLAIMS, GROUPS, ECHOES, size=(2, 4))
    texts = [s.text for s in out]
    assert 2 <= len(out) <= 4
    cancel = [s for s in out if "g-cancel" in s.groups]
    assert len(cancel) == 1, "one piece of information is said once"
    cited_docs = {c.doc for c in cancel[0].citations}
    assert cited_docs == {"h", "v", "w"}
    stranded = [s for s in out if "g-stranded" in s.groups]
    assert stranded and all(s.contested for s in stranded)
    # In a conflict, a report giving another value does not support the sentence.
    for sentence in stranded:
        assert len({c.doc for c in sentence.citations}) == 1
    assert not any("Leave a comment" in t or "Photo" in t for t in texts)
    assert H.title not in texts


def test_summarize_quotes_its_documents_exactly() -> None:
    by_id = {d.id: d for d in DOCS}
    for sentence in summarize(DOCS, CLAIMS, GROUPS, ECHOES):
        first = sentence.citations[0]
        assert by_id[first.doc].text[first.start : first.end] == sentence.text
        for citation in sentence.citations:
            span = (citation.start, citation.end)
            assert span in split_sentences(by_id[citation.doc].text)


def test_summarize_uses_caller_sentences_cut_at_line_breaks() -> None:
    # A parse that runs the headline into the first paragraph.
    _, end = _span(H, "about 300 passengers were stranded at Port Alder on Monday.")
    spans = [("h", 0, end), ("v", 0, len(V.text)), ("w", 0, len(W.text)), ("zz", 0, 5)]
    out = summarize(DOCS, CLAIMS, GROUPS, ECHOES, sentences=spans, size=(1, 3))
    assert out
    for sentence in out:
        assert "\n" not in sentence.text


def test_summarize_fills_with_leads_when_claims_run_out() -> None:
    out = summarize(DOCS, (), (), (), size=(3, 5))
    assert len(out) == 3
    assert all(not s.contested and len(s.citations) == 1 for s in out)


def test_summarize_furniture() -> None:
    assert is_furniture("Leave a comment")
    assert is_furniture("Storm Closes Port Alder Harbour As Ferries Stop.")
    assert is_furniture("Written by the newsroom staff on the coast desk.")
    assert not is_furniture("The harbour office said about 300 passengers were stranded.")
    # A sentence cut inside brackets by a stop in a number is a broken piece.
    assert is_furniture("The council is trying to cut 30m crowns (about 2.")
    assert not is_furniture("The council is trying to cut 30m crowns (about 2.5m euros).")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="Ab .\n'!?", max_size=120), min_size=1, max_size=3))
def test_summarize_citations_inside_documents(texts: list[str]) -> None:
    docs = [_doc(f"d{n}", text or ".", "2031-05-13") for n, text in enumerate(texts)]
    for sentence in summarize(docs, (), (), ()):
        for citation in sentence.citations:
            doc = next(d for d in docs if d.id == citation.doc)
            assert 0 <= citation.start < citation.end <= len(doc.text)
    for doc in docs:
        for start, end in split_sentences(doc.text):
            assert 0 <= start < end <= len(doc.text)
            assert doc.text[start:end].strip() == doc.text[start:end]


def test_summarize_says_what_contests_a_point() -> None:
    out = summarize(DOCS, CLAIMS, GROUPS, ECHOES, size=(2, 4))
    (stranded,) = [s for s in out if "g-stranded" in s.groups]
    assert "passengers stranded" in stranded.contest
    assert "about 300 (harbour office)" in stranded.contest and "about 450" in stranded.contest
    assert all(s.contest == "" for s in out if not s.contested)


def test_summarize_look_alikes_and_other_values_back_nothing() -> None:
    # The same two figures as look-alikes (scope_differs), and as an agreeing group whose
    # values still differ: neither cites the other report for the sentence's number.
    for verdict in ("scope_differs", "agree"):
        group = Group(
            id="g-stranded",
            label="passengers stranded",
            kind="figure",
            claims=("f1", "f2"),
            verdict=verdict,  # type: ignore[arg-type]
            explanation="",
        )
        out = summarize(DOCS, CLAIMS, (group, GROUPS[1]), ECHOES, size=(2, 4))
        for sentence in out:
            if "g-stranded" in sentence.groups:
                assert len({c.doc for c in sentence.citations}) == 1, verdict


def test_summarize_a_bound_backs_only_its_own_number() -> None:
    from triangulate.summarize.select import _same_value

    def figure(low: float | None, high: float | None, hedge: str) -> Figure:
        return Figure(
            measure="people injured",
            counted="people",
            qualifiers=(),
            low=low,
            high=high,
            hedge=hedge,  # type: ignore[arg-type]
            unit=None,
            vague=hedge == "vague",
        )

    # "at least 2" and "at least 70" can both hold, but they do not state one figure.
    assert not _same_value(figure(2, None, "at_least"), figure(70, None, "at_least"))
    assert _same_value(figure(48, None, "at_least"), figure(48, 48, "exact"))
    # "thousands" never backs 1,000; "hundreds" backs 350.
    assert not _same_value(figure(2000, None, "vague"), figure(1000, 1000, "exact"))
    assert _same_value(figure(200, None, "vague"), figure(350, 350, "exact"))
    # "more than 50" never states 47, though 47 is about 50; "fewer than 50" never 53.
    assert not _same_value(figure(50, None, "at_least"), figure(47, 47, "exact"))
    assert not _same_value(figure(None, 50, "at_most"), figure(53, 53, "exact"))
    assert _same_value(figure(50, None, "at_least"), figure(52, 52, "exact"))


def test_summarize_a_sum_backs_only_the_same_sum() -> None:
    from triangulate.summarize.select import _same_value

    def money(value: float) -> Figure:
        return Figure(
            measure="rescue (USD)", counted="rescue", qualifiers=(), low=value, high=value,
            hedge="exact", unit="USD", vague=False, kind="money",
        )  # fmt: skip

    assert _same_value(money(52e9), money(52e9))
    assert not _same_value(money(52e9), money(53e9))


def test_summarize_contest_names_the_report_of_a_figure_nobody_is_said_to_give() -> None:
    # A figure in a report's own words, with no outlet known: the note names the report.
    bare = tuple(replace(c, said_by=None) for c in CLAIMS)
    out = summarize(DOCS, bare, GROUPS, ECHOES, size=(2, 4))
    (stranded,) = [s for s in out if "g-stranded" in s.groups]
    assert "about 450 (the report 'Volunteers count stranded travellers')" in stranded.contest
    assert "unnamed" not in stranded.contest


def test_summarize_an_update_note_lists_the_values_in_the_order_reported() -> None:
    # The volunteers' report came a day before the harbour office's: 450, then about 300.
    docs = (DOCS[0], replace(DOCS[1], published=replace(DOCS[1].published, date="2031-05-12")))
    groups = (replace(GROUPS[0], verdict="update"), GROUPS[1])
    out = summarize(docs, CLAIMS, groups, ECHOES, size=(2, 4))
    (stranded,) = [s for s in out if "g-stranded" in s.groups]
    assert stranded.contest == (
        "updated on passengers stranded: about 450 (harbour office), then about 300 "
        "(harbour office), the latest"
    )


def test_summarize_a_growing_span_is_listed_from_the_shortest_to_the_longest() -> None:
    # A span of something still going on grows as time passes: whatever the days its
    # reports were given, the longest is the latest.
    docs = (DOCS[0], replace(DOCS[1], published=replace(DOCS[1].published, date="2031-05-12")))
    spans = []
    for claim, days in zip(CLAIMS[:2], (5, 8), strict=True):
        assert claim.figure is not None
        figure = replace(
            claim.figure, kind="duration", unit="day", low=days, high=days, hedge="exact"
        )
        spans.append(replace(claim, figure=figure))
    groups = (replace(GROUPS[0], verdict="update"), GROUPS[1])
    out = summarize(docs, (*spans, *CLAIMS[2:]), groups, ECHOES, size=(2, 4))
    (stranded,) = [s for s in out if "g-stranded" in s.groups]
    note = stranded.contest
    assert note.startswith("updated on passengers stranded: 5 days ("), note
    assert ", then 8 days (" in note and note.endswith("the latest"), note


def test_summarize_never_leads_with_an_earlier_event_told_as_background() -> None:
    p = _doc(
        "p",
        "Storm strands travellers at Port Alder\n\n"
        "In March, a storm at Port Alder stranded 900 passengers, sinking 12 boats.\n\n"
        "The harbour office said about 300 passengers were stranded at Port Alder on Monday.",
        "2031-05-13",
    )
    q = _doc(
        "q",
        "Port Alder stranded again\n\n"
        "In March, the last big storm stranded 900 passengers, sinking 12 boats there.\n\n"
        "Volunteers counted 450 passengers stranded at Port Alder by Monday night.",
        "2031-05-13",
    )
    earlier = dict(when=None, said_by=None)
    claims = (
        replace(_figure("m1", p, "900 passengers", 900), **earlier),  # type: ignore[arg-type]
        replace(_figure("m2", q, "900 passengers", 900), **earlier),  # type: ignore[arg-type]
        replace(_figure("b1", p, "12 boats", 12), **earlier),  # type: ignore[arg-type]
        replace(_figure("b2", q, "12 boats", 12), **earlier),  # type: ignore[arg-type]
        _figure("n1", p, "about 300 passengers", 300),
        _figure("n2", q, "450 passengers", 450),
    )

    groups = (
        _group("g-march", ("m1", "m2"), "agree"),
        _group("g-boats", ("b1", "b2"), "agree"),
        _group("g-now", ("n1", "n2"), "conflict"),
    )
    out = summarize((p, q), claims, groups, (), size=(2, 4))
    # The March storm's sentence covers most, but it is background: told, never the lead.
    assert out[0].text.startswith("The harbour office said about 300 passengers")
    assert any(s.text.startswith("In March") for s in out)


def test_summarize_leads_with_a_tolls_latest_value_never_one_since_updated() -> None:
    # The first report's sentence tells two quantities and would be taken first; its toll
    # rose in the next day's report, which leads in its place.
    first = _doc(
        "d1",
        "Blast at Port Alder depot\n\n"
        "Police said 10 people were killed and 30 injured in the depot blast.\n\n"
        "The depot stays closed while inspectors check the tanks.",
        "2031-05-13",
    )
    later = _doc(
        "d2",
        "Port Alder blast toll rises\n\n"
        "The death toll from the depot blast rose to 14, police said.\n\n"
        "Thirty people remain in hospital with burns, a nurse said.",
        "2031-05-14",
    )
    claims = (
        _figure("k1", first, "10 people", 10),
        _figure("k2", later, "14", 14),
        _figure("i1", first, "30 injured", 30),
        _figure("i2", later, "Thirty people", 30),
    )

    groups = (_group("killed", ("k1", "k2"), "update"), _group("hurt", ("i1", "i2"), "agree"))
    out = summarize((first, later), claims, groups, (), size=(2, 4))
    assert "rose to 14" in out[0].text, [s.text for s in out]
    assert any("10 people were killed" in s.text for s in out)


def _length(value: float, unit: str, measure: str, counted: str) -> Figure:
    """An exact length of time, as the figure reader gives it."""
    return Figure(
        measure=measure,
        counted=counted,
        qualifiers=(),
        low=value,
        high=value,
        hedge="exact",
        unit=unit,
        kind="duration",
    )


def test_summary_a_length_of_time_states_another_only_within_the_about_tolerance() -> None:
    def days(value: float, unit: str = "day") -> Figure:
        return _length(value, unit, "duration of unrest", "riots")

    # "A week" and "eight days" may be one unrest's length, but one passage does not state
    # the other's figure; "a week" states "seven days".
    assert not _same_value(days(1, "week"), days(8))
    assert _same_value(days(1, "week"), days(7))


def test_summary_an_age_at_death_states_only_the_same_age() -> None:
    def age(value: float) -> Figure:
        return _length(value, "year", "age at death", "years")

    # "He was 78." is no passage stating "died at 77": the two are the reports' dispute.
    assert not _same_value(age(77), age(78))
    assert _same_value(age(77), age(77))


UNREST = {
    "p": (
        "Unrest in Orvel\n\n"
        "About 70 people were hurt in three days of unrest in Orvel, police said.\n\n"
        "Shops stayed shut across the old town on Tuesday.",
        "2031-05-13",
    ),
    "m": (
        "Orvel clashes\n\n"
        "Medics said 90 people were hurt in the Orvel unrest, now in its second day.\n\n"
        "Hospitals in the region asked for blood donors.",
        "2031-05-12",
    ),
    "r": (
        "Orvel unrest goes on\n\n"
        "The unrest in Orvel went on for a fourth day on Wednesday, residents said.\n\n"
        "Buses did not run in the north of the town.",
        "2031-05-14",
    ),
}


def _unrest(hurt_verdict: str) -> str:
    """The note of the summary sentence led by "About 70 people were hurt", whose days of
    unrest are an update of three reports and whose hurt are ``hurt_verdict``."""
    docs = {k: _doc(k, text, day) for k, (text, day) in UNREST.items()}

    def figure(cid: str, doc: str, words: str, value: float, kind: str, who: str) -> Claim:
        span = kind == "duration"
        return _figure(
            cid,
            docs[doc],
            words,
            value,
            measure="unrest" if span else "people hurt",
            counted=None if span else "people",
            hedge="about" if words.startswith("About") else "exact",
            unit="day" if span else None,
            kind=kind,
            said_by=Speaker(name=who),
            when=None,
        )

    claims = (
        figure("h1", "p", "About 70 people", 70, "count", "police"),
        figure("d1", "p", "three days", 3, "duration", "police"),
        figure("h2", "m", "90 people", 90, "count", "medics"),
        figure("d2", "m", "second day", 2, "duration", "medics"),
        figure("d3", "r", "fourth day", 4, "duration", "residents"),
    )
    groups = (
        _group("people hurt in Orvel", ("h2", "h1"), hurt_verdict),
        _group("how long the unrest lasted", ("d2", "d1", "d3"), "update"),
    )
    out = summarize(tuple(docs.values()), claims, groups, (), size=(3, 6))
    (led,) = [s for s in out if s.text.startswith("About 70 people were hurt")]
    assert led.contested
    return led.contest


def test_summarize_a_note_speaks_of_the_figure_a_sentence_states_first() -> None:
    # "About 70 people were hurt in three days of unrest": the hurt are contested, and so
    # is the unrest's length, told in passing; the note is of the hurt, the sentence's own
    # value first, with who gives each.
    note = _unrest("conflict")
    assert note == "sources differ on people hurt in Orvel: about 70 (police); 90 (medics)"
    note = _unrest("update")
    assert note.startswith("updated on people hurt in Orvel: "), note
    assert "90 (medics)" in note and "about 70 (police)" in note


def test_summarize_a_note_of_a_figure_told_in_passing_says_the_lead_is_not_contested() -> None:
    note = _unrest("agree")
    assert note.startswith("updated on how long the unrest lasted: 2 days (medics)"), note
    assert note.endswith("; its 'About 70 people' is not contested"), note


def _sum(cid: str, doc: Document, words: str, value: float, unit: str, hedge: Hedge) -> Claim:
    """A sum of money the studio says a film grossed."""
    return _figure(
        cid,
        doc,
        words,
        value,
        measure=f"money grossed ({unit})",
        counted=None,
        hedge=hedge,
        unit=unit,
        kind="money",
        said_by=Speaker(name="the studio"),
        when=None,
    )


def test_summarize_never_sets_two_currencies_against_each_other() -> None:
    # "£10m ($13m)" then "£12m": the dollars convert the first sum, so the note tells the
    # takings rising from 10 to 12 million pounds, never 10, then 13, then 12
    first = _doc(
        "a",
        "Orvel Nights opens\n\nOrvel Nights has grossed £10m ($13m) so far, the studio said.",
        "2031-06-03",
    )
    later = _doc(
        "b",
        "Orvel Nights takings\n\nOrvel Nights has grossed about £12m to date, the studio said.",
        "2031-06-09",
    )
    claims = (
        _sum("a1", first, "£10m", 10e6, "GBP", "exact"),
        _sum("a2", first, "$13m", 13e6, "$", "exact"),
        _sum("b1", later, "about £12m", 12e6, "GBP", "about"),
    )
    group = _group("money grossed (GBP)", ("a1", "b1", "a2"), "update")
    out = summarize((first, later), claims, (group,), (), size=(1, 3))
    notes = {s.contest for s in out if s.contested}
    assert notes == {
        "updated on money grossed (GBP): £10 million (the studio), then about £12 million "
        "(the studio), the latest"
    }
    # nor does a sum in another currency back a sentence's sum, whatever its hedge
    assert claims[2].figure is not None and claims[1].figure is not None
    pounds = replace(claims[2].figure, low=13e6, high=13e6)
    assert not _same_value(pounds, replace(claims[1].figure, hedge="about"))
    assert _same_value(pounds, replace(pounds, hedge="exact"))
    dollars = replace(claims[1].figure, hedge="about")
    assert _same_value(dollars, replace(dollars, unit="USD"))


def test_summarize_weighs_no_time_until_an_event() -> None:
    """The time until an event ("with ten minutes left") orders what a sentence tells: it
    brings no piece of its own, so two reports agreeing on it never pull a sentence in
    before a figure of the story."""
    a = _doc(
        "a",
        "Skipper found in Dalby\n\n"
        "About 300 passengers were stranded at Port Alder on Monday, the harbour office said.\n\n"
        "Coastguards found the missing skipper with ten minutes left before high tide.",
        "2031-05-13",
    )
    b = _doc(
        "b",
        "Dalby skipper found\n\n"
        "Coastguards reached the skipper of the Orvel ferry with ten minutes left.",
        "2031-05-13",
    )
    passengers = replace(_figure("f1", a, "About 300 passengers", 300), said_by=None)

    def left(claim_id: str, doc: Document) -> Claim:
        figure = _length(10, "minute", "time left", "time left")
        claim = _figure(claim_id, doc, "ten minutes", 10)
        return replace(claim, figure=figure, said_by=None, when=None)

    claims = (passengers, left("t1", a), left("t2", b))
    groups = (_group("g-left", ("t1", "t2"), "agree"),)
    summary = summarize((a, b), claims, groups, (), size=(1, 1))
    assert [s.text for s in summary] == [
        "About 300 passengers were stranded at Port Alder on Monday, the harbour office said."
    ]


def _toll(cid: str, doc: Document, words: str, low: float, hedge: Hedge, who: Speaker) -> Claim:
    """A death toll as ``who`` gives it."""
    return _figure(
        cid,
        doc,
        words,
        low,
        measure="people killed",
        counted="people",
        hedge=hedge,
        said_by=who,
        when=None,
    )


def _dalby_reports() -> tuple[Document, Document, Document]:
    return (
        _doc("d1", "Flood in Dalby\n\nThe Civil Guard said 40 people were killed in Dalby.",
             "2031-07-01"),
        _doc("d2", "Dalby toll rises\n\nThe Civil Guard said at least 46 people were killed.",
             "2031-07-03"),
        _doc("d3", "Medics in Dalby\n\nMedics said 60 people were killed in the flood.",
             "2031-07-02"),
    )  # fmt: skip


def test_summarize_a_source_that_revised_itself_is_one_voice_in_time_order() -> None:
    # The Civil Guard gave 40, then at least 46 in a later report: the note names it once,
    # its values in the order it gave them, beside the medics who contest both.
    d1, d2, d3 = _dalby_reports()
    guard, medics = Speaker(name="Civil Guard"), Speaker(name="medics")
    claims = (
        _toll("t2", d2, "at least 46 people", 46, "at_least", guard),
        _toll("t1", d1, "40 people", 40, "exact", guard),
        _toll("t3", d3, "60 people", 60, "exact", medics),
    )
    group = _group("people killed in Dalby", ("t2", "t1", "t3"), "conflict")
    out = summarize((d1, d2, d3), claims, (group,), (), size=(1, 3))
    notes = {s.contest for s in out if s.contested}
    assert "sources differ on people killed in Dalby: 40, then at least 46 (Civil Guard)" in {
        n.split(";")[0] for n in notes
    }, notes
    assert all(n.count("Civil Guard") == 1 and "60 (medics)" in n for n in notes), notes


def test_summarize_a_revised_number_repeated_under_another_hedge_is_said_once() -> None:
    # The Civil Guard said 40, then 46, then "at least 46": the note tells the change from
    # 40 to 46, not a third value that repeats 46.
    d1, d2, d3 = _dalby_reports()
    d4 = _doc("d4", "Dalby toll\n\nThe Civil Guard said 46 people were killed.", "2031-07-02")
    guard, medics = Speaker(name="Civil Guard"), Speaker(name="medics")
    claims = (
        _toll("t1", d1, "40 people", 40, "exact", guard),
        _toll("t4", d4, "46 people", 46, "exact", guard),
        _toll("t2", d2, "at least 46 people", 46, "at_least", guard),
        _toll("t3", d3, "60 people", 60, "exact", medics),
    )
    group = _group("people killed in Dalby", ("t1", "t4", "t2", "t3"), "conflict")
    out = summarize((d1, d2, d3, d4), claims, (group,), (), size=(1, 3))
    notes = {s.contest for s in out if s.contested}
    assert notes and all("40, then 46 (Civil Guard)" in n for n in notes), notes
    assert all("at least 46" not in n for n in notes), notes


def test_summarize_unnamed_sources_of_one_description_stay_apart() -> None:
    # Two unnamed officials are not known to be one person: no "then" joins their values.
    d1, d2, d3 = _dalby_reports()
    unnamed = Speaker(name="an official", anonymous=True)
    claims = (
        _toll("t1", d1, "40 people", 40, "exact", unnamed),
        _toll("t2", d2, "at least 46 people", 46, "at_least", unnamed),
        _toll("t3", d3, "60 people", 60, "exact", Speaker(name="medics")),
    )
    group = _group("people killed in Dalby", ("t1", "t2", "t3"), "conflict")
    out = summarize((d1, d2, d3), claims, (group,), (), size=(1, 3))
    notes = {s.contest for s in out if s.contested}
    assert notes and all(", then" not in n for n in notes), notes


def test_summarize_an_unnamed_source_is_described_in_small_letters_inside_a_note() -> None:
    # "A source at the hospital" opens the speaker's phrase in its report; inside the note
    # it is a description in a sentence, not a name: "(a source at the hospital, via ...)".
    d1, d2, d3 = _dalby_reports()
    unnamed = Speaker(name="A source at the hospital", anonymous=True)
    claims = (
        _toll("t1", d1, "40 people", 40, "exact", Speaker(name="Civil Guard")),
        _toll("t3", d3, "60 people", 60, "exact", unnamed),
    )
    group = _group("people killed in Dalby", ("t1", "t3"), "conflict")
    out = summarize((d1, d2, d3), claims, (group,), (), size=(1, 3))
    notes = {s.contest for s in out if s.contested}
    assert notes and all("60 (a source at the hospital, via " in n for n in notes), notes


def _denied_then_made(
    texts: tuple[str, str], told: tuple[str, str, str], words: tuple[str, str], label: str
) -> tuple[tuple[Document, ...], tuple[Claim, ...], Group]:
    """A statement Tallis denies in one report and Corran makes in a report two days later
    (``texts`` and the statement's ``words`` in each), grouped as an update under ``label``."""
    early, late = _doc("e", texts[0], "2031-05-12"), _doc("l", texts[1], "2031-05-14")
    claims = (
        _statement("n", early, words[0], told, "negated", "Tallis"),
        _statement("y", late, words[1], told, "affirmed", "Corran"),
    )
    group = replace(_group("g", ("n", "y"), "update"), kind="assertion", label=label)
    return (early, late), claims, group


def _contests(docs: tuple[Document, ...], claims: tuple[Claim, ...], group: Group) -> set[str]:
    out = summarize(docs, claims, (group,), (), size=(1, 2))
    return {s.contest for s in out if s.contested}


def test_summarize_a_statement_denied_then_made_reads_as_who_said_yes_and_no() -> None:
    docs, claims, group = _denied_then_made(
        (
            "Ferries in Orvel\n\nThe ferry company did not cancel the crossings.",
            "Crossings off\n\nThe ferry company cancelled the crossings on Tuesday.",
        ),
        ("The ferry company", "cancel", "crossings"),
        (
            "The ferry company did not cancel the crossings",
            "The ferry company cancelled the crossings",
        ),
        "The ferry company cancelled the crossings",
    )
    notes = _contests(docs, claims, group)
    assert notes == {
        "updated on whether the ferry company cancelled the crossings: no (Tallis), then "
        "yes (Corran), the latest"
    }, notes


def test_summarize_an_update_on_a_subject_and_infinitive_reads_with_a_finite_verb() -> None:
    docs, claims, group = _denied_then_made(
        (
            "Talks\n\nThe council did not allow families held in Orvel to leave.",
            "Out\n\nThe council allowed families held in Orvel to leave the town.",
        ),
        ("families held in Orvel", "leave", "the town"),
        ("families held in Orvel to leave", "families held in Orvel to leave the town"),
        "families held in Orvel to leave the town",
    )
    notes = _contests(docs, claims, group)
    assert notes == {
        "updated on whether families held in Orvel may leave the town: no (Tallis), then "
        "yes (Corran), the latest"
    }, notes
    named = replace(group, label="the departure of families from Orvel")
    notes = _contests(docs, claims, named)
    assert notes == {
        "updated on the departure of families from Orvel: no (Tallis), then yes (Corran), "
        "the latest"
    }, notes
