"""One reading of a figure's range everywhere: a group's verdict, its splits, its summary's
citations and its echo and copy checks all read a figure from its words and the word its
report tells it with ("nearly 100", "just 100 people", "the crowd neared 100"), so none of
them allows what another rules out."""

from __future__ import annotations

from dataclasses import replace

from test_reconcile_helpers import doc, figure_claim
from triangulate.model import Claim, Document, Entity, Figure, Group
from triangulate.reconcile import reconcile
from triangulate.reconcile.echoes import _same_value as echo_same_value
from triangulate.reconcile.intervals import Interval, figure_range, told_words, tolerance
from triangulate.reconcile.sources import _copies, _Readings
from triangulate.reconcile.splits import reach_of
from triangulate.summarize.select import _same_value, _supports

VARGA = Entity(id="e-varga", name="Varga", type="GPE", aliases=("Varga",), mentions=())
KW = {"measure": "people marching in Varga", "counted": "people", "qualifiers": ()}


def _claim(text: str, phrase: str, value: float, hedge: str = "exact") -> tuple[Document, Claim]:
    report = doc("r-" + phrase.replace(" ", "-"), text, "Orvel Daily")
    found = figure_claim(report, phrase, low=value, high=value, hedge=hedge, **KW)  # type: ignore[arg-type]
    return report, found


JUST = "Organisers said just 100 people marched in Varga on Sunday."
NEARED = "The crowd in Varga neared 100 people on Sunday."
MORE = "Police said 104 people marched in Varga on Sunday."


def test_a_figures_range_takes_the_word_its_report_tells_it_with() -> None:
    report, claim = _claim(JUST, "100 people", 100)
    docs = {report.id: report}
    assert told_words(claim, docs) == "just 100 people"
    assert figure_range(claim, docs) == Interval(95, 100)
    # without its report, only its own words: a round 100 allows its rounding either side
    assert figure_range(claim) == Interval(95, 105)

    # a verb of coming close to a mark is no ceiling: "neared 100" is about 100
    report, claim = _claim(NEARED, "100 people", 100, "about")
    assert figure_range(claim, {report.id: report}) == Interval(90, 110)
    assert figure_range(claim) == Interval(90, 110)


def test_a_summary_citation_backs_a_figure_only_within_what_the_verdict_allows() -> None:
    # The citation check reads "just 100" as its verdict does, no more than 100: 104 never
    # backs it, while a plain "100" (rounded) allows 104.
    just, just_claim = _claim(JUST, "100 people", 100)
    more, more_claim = _claim(MORE, "104 people", 104)
    assert just_claim.figure is not None and more_claim.figure is not None
    assert not _same_value(just_claim.figure, more_claim.figure, "just 100 people", "104")
    assert _same_value(just_claim.figure, more_claim.figure, "100 people", "104")
    group = Group(
        id="g1",
        kind="figure",
        label="people marching in Varga",
        claims=(),
        verdict="conflict",
        explanation="",
    )
    docs = {just.id: just, more.id: more}
    assert not _supports(just_claim, more_claim, group, docs)
    assert _supports(just_claim, more_claim, group)  # its own words alone: a rounded 100


def test_a_summary_citation_reads_a_bound_told_close_below_its_number_as_its_verdict() -> None:
    under = Figure(
        measure="people marching in Varga",
        counted="people",
        qualifiers=(),
        low=None,
        high=100,
        hedge="at_most",
        unit=None,
    )
    more = replace(under, low=104, high=104, hedge="exact")
    near = replace(under, low=95, high=95, hedge="exact")
    # "just under 100" states 90 to 100, as its verdict reads it: never 104
    assert not _same_value(under, more, "just under 100 people", "104 people")
    assert _same_value(under, near, "just under 100 people", "95 people")


def test_an_echo_and_a_copy_give_one_value_only_when_the_verdict_allows_it() -> None:
    just, just_claim = _claim(JUST, "100 people", 100)
    more, more_claim = _claim(MORE, "104 people", 104)
    docs = {just.id: just, more.id: more}
    assert not echo_same_value(just_claim, more_claim, docs)
    assert not _copies(just_claim, more_claim, _Readings(docs))
    # the same figure told plainly ("100 people") allows 104 as its rounding
    plain = replace(just, text="Organisers said 100 people marched in Varga on Sunday.")
    docs = {plain.id: plain, more.id: more}
    plain_claim = replace(just_claim, start=plain.text.index("100 people"))
    plain_claim = replace(plain_claim, end=plain_claim.start + len("100 people"))
    assert echo_same_value(plain_claim, more_claim, docs)
    assert _copies(plain_claim, more_claim, _Readings(docs))


def test_a_split_reads_a_figure_as_its_verdict_does() -> None:
    just, claim = _claim(JUST, "100 people", 100)
    assert reach_of(claim, {just.id: just}) == Interval(95, 100)
    assert reach_of(claim) == Interval(95, 105)


def _group(first: str, phrase: str, hedge: str, value: float, own: float = 100) -> Group:
    one = doc("t1", first, "North Wire")
    two = doc("t2", f"Police said {value:g} people marched in Varga on Sunday.", "Dalby Post")
    low = None if hedge == "at_most" else own
    claims = [
        figure_claim(one, phrase, low=low, high=own, hedge=hedge, **KW),  # type: ignore[arg-type]
        figure_claim(two, f"{value:g} people", low=value, high=value, **KW),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([one, two], [VARGA], claims).groups
    return group


def test_an_explanation_names_no_about_when_no_figure_says_it() -> None:
    group = _group(
        "Organisers said 47 people marched in Varga on Sunday.", "47 people", "exact", 52, 47
    )
    assert group.verdict == "conflict", group.explanation
    assert "'about'" not in group.explanation, group.explanation
    assert "plus or minus" not in group.explanation, group.explanation
    assert "cannot both be true as given" in group.explanation, group.explanation
    # a figure said "about" is still named
    group = _group("About 100 people marched in Varga on Sunday.", "About 100 people", "about", 130)
    assert "reading 'about' as plus or minus 10 percent" in group.explanation, group.explanation


def test_tolerance_names_only_the_hedges_the_figures_use() -> None:
    exact = Figure(
        measure="people marching in Varga",
        counted="people",
        qualifiers=(),
        low=47,
        high=47,
        hedge="exact",
        unit=None,
    )
    assert tolerance([exact, replace(exact, low=52, high=52)]) == "reading each value as given"
    share = replace(exact, unit="percent", kind="percent")
    assert tolerance([share]) == "reading an exact share as rounded"


def test_a_figure_read_close_below_for_its_verb_is_never_shown_as_about() -> None:
    group = _group(NEARED, "100 people", "about", 104)
    assert group.verdict == "agree", group.explanation
    assert "about 100" not in group.explanation, group.explanation
    assert "close to 100" in group.explanation, group.explanation


def test_a_figure_capped_by_the_word_before_it_is_shown_with_that_word() -> None:
    group = _group(JUST, "100 people", "exact", 104)
    assert group.verdict == "conflict", group.explanation
    assert "just 100" in group.explanation, group.explanation
