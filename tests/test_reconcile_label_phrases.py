"""Group labels are short phrases a person would write: a statement cut where a clause
ends, figures written as a person writes them, a measure named by what it counts."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, assertion_claim, doc, figure_claim
from triangulate.reconcile import reconcile

_LONG = (
    "The harbour master expressed shock at the flooding and vowed to bring the engineers "
    "responsible before the council next week."
)


def _statement_label(text: str, phrase: str, *, subject: str, predicate: str, obj: str) -> str:
    a = doc("a", text, "North")
    b = doc("b", text, "South")
    claims = [
        assertion_claim(d, phrase, subject=subject, predicate=predicate, obj=obj) for d in (a, b)
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    return group.label


def test_label_phrases_a_long_statement_is_cut_where_its_clause_ends() -> None:
    label = _statement_label(
        _LONG, _LONG[:-1], subject="The harbour master", predicate="express", obj="shock"
    )
    assert label == "The harbour master expressed shock at the flooding"


def test_label_phrases_a_statement_is_cut_before_a_phrase_never_inside_a_list() -> None:
    text = (
        "The storm damaged the roofs of the school and the library in the old town of "
        "Torvald near the river."
    )
    label = _statement_label(
        text, text[:-1], subject="The storm", predicate="damage", obj="the roofs"
    )
    # Never "... of the school" with the library lost to an "and" inside the object.
    assert label == "The storm damaged the roofs of the school and the library"
    assert not label.endswith("...")


def test_label_phrases_a_tokenised_text_s_figures_are_written_whole() -> None:
    text = (
        "A 6. 7 - strength quake killed more than 26, 000 people in the southeastern "
        "region of Torvald."
    )
    label = _statement_label(
        text, text[:-1], subject="A quake", predicate="kill", obj="more than 26, 000 people"
    )
    assert label == "A 6.7-strength quake killed more than 26,000 people"


def test_label_phrases_a_day_and_a_count_after_a_month_stay_apart() -> None:
    from triangulate.reconcile import mended

    assert mended("On May 5, 300 people marched") == "On May 5, 300 people marched"
    assert mended("a 6 - foot - 9, 260 - pound forward") == "a 6-foot-9, 260-pound forward"
    assert mended("in 2005 - the year of the flood") == "in 2005 - the year of the flood"


def test_label_phrases_a_tokenised_compound_is_joined_never_a_dash() -> None:
    from triangulate.reconcile import mended

    assert mended("two co - workers") == "two co-workers"
    assert mended("Sixteen - year - old Lena") == "Sixteen-year-old Lena"
    assert mended("a fire - bomb attack") == "a fire-bomb attack"
    assert mended("five young men - sons of a baker") == "five young men - sons of a baker"
    assert mended("they lost it all - the house") == "they lost it all - the house"


def _measure_label(*sentences: tuple[str, str], measure: str, counted: str, **kw: object) -> str:
    """The label of one measure given by one report per (text, figure phrase) pair."""
    docs = [doc(f"d{i}", text, f"Outlet {i}") for i, (text, _) in enumerate(sentences)]
    claims = [
        figure_claim(
            d, phrase, low=1, high=1, measure=measure, counted=counted, qualifiers=(), **kw
        )  # type: ignore[arg-type]
        for d, (_, phrase) in zip(docs, sentences, strict=True)
    ]
    groups = reconcile(docs, [TORVALD], claims).groups
    return next(g.label for g in groups if g.kind == "figure" and g.verdict != "scope_differs")


def test_label_phrases_a_bare_noun_takes_the_act_its_reports_write() -> None:
    label = _measure_label(
        ("The ministry received nearly 2,000 letters on the plan.", "nearly 2,000 letters"),
        ("The ministry has received nearly 2,000 letters since May.", "nearly 2,000 letters"),
        measure="letters",
        counted="letters",
    )
    assert label == "letters received"


def test_label_phrases_a_passive_s_verb_is_no_act_of_the_counted_thing() -> None:
    label = _measure_label(
        ("The driver was arrested three streets away at dawn.", "three streets"),
        ("The driver was arrested three streets away, police said.", "three streets"),
        measure="streets",
        counted="streets",
    )
    assert label == "streets"


def test_label_phrases_a_share_names_the_whole_its_words_give() -> None:
    label = _measure_label(
        ("A poll found 64 percent of voters backed the plan.", "64 percent of voters"),
        measure="percent of unknown",
        counted="percent",
        kind="percent",
        unit="percent",
    )
    assert label == "percent of voters"
    nameless = _measure_label(
        ("Support stood at 64 percent in the poll.", "64 percent"),
        measure="percent of unknown",
        counted="percent",
        kind="percent",
        unit="percent",
    )
    assert nameless == "'64 percent' (what it is a share of is not said)"


def test_label_phrases_a_place_the_counted_words_name_is_not_said_twice() -> None:
    label = _measure_label(
        ("The Torvald Rovers won 40 games in the cup.", "40 games"),
        measure="Torvald Rovers games in Torvald",
        counted="games",
        where=TORVALD.id,
    )
    assert label == "Torvald Rovers games"


def test_label_phrases_a_quake_s_size_is_named_once() -> None:
    label = _measure_label(
        ("Seismologists put its strength at magnitude 5.4.", "5.4"),
        measure="magnitude of strength",
        counted="magnitude",
        kind="magnitude",
        unit="magnitude",
    )
    assert label == "magnitude"


def test_label_phrases_a_piece_of_a_place_s_name_counts_nothing() -> None:
    label = _measure_label(
        ("North Torvald lost 3 of its last 5 matches.", "3"),
        measure="Torvald in North Torvald",
        counted="matches",
        where=TORVALD.id,
    )
    # quoted with the words of its clause: a number alone tells nothing of what it is
    assert label == "'North Torvald lost 3 of its last 5' (what it counts is not said)"


def test_label_phrases_a_length_from_a_place_is_a_distance_from_it() -> None:
    label = _measure_label(
        ("The paper, based 55 miles (90 km) north of Torvald, said so.", "55 miles"),
        measure="length of paper in Torvald",
        counted="length",
        kind="length",
        unit="mile",
    )
    assert label == "distance from Torvald"


def test_label_phrases_a_statement_never_ends_on_a_preposition() -> None:
    text = "Police were called by neighbours at breakfast time on Sunday."
    label = _statement_label(
        text,
        "Police were called by neighbours at breakfast time on",
        subject="neighbours",
        predicate="call",
        obj="Police",
    )
    assert label == "Police were called by neighbours at breakfast time"


def test_label_phrases_a_place_its_reports_give_is_not_said_twice() -> None:
    text = "Seismologists in Torvald said the Torvald quake measured magnitude 5.4."
    docs = [doc(f"d{i}", text, f"Outlet {i}") for i in range(2)]
    claims = [
        figure_claim(d, "5.4", low=5.4, high=5.4, measure="magnitude of Torvald quake in north",
                     counted="magnitude", qualifiers=(), where=TORVALD.id, kind="magnitude",
                     unit="magnitude")
        for d in docs
    ]  # fmt: skip
    (group,) = reconcile(docs, [TORVALD], claims).groups
    # Never "magnitude of Torvald quake in Torvald".
    assert group.label == "magnitude of Torvald quake"


def test_label_phrases_a_cut_keeps_half_its_room_before_a_shorter_phrase() -> None:
    text = (
        "tough budget cuts demanded by the harbour guild and the northern ministry in "
        "exchange for the loans"
    )
    label = _statement_label(
        text, text, subject="the harbour guild", predicate="demand", obj="budget cuts"
    )
    assert label == "tough budget cuts demanded by the harbour guild"


def test_label_phrases_a_count_of_countries_lies_in_no_one_country() -> None:
    from test_reconcile_helpers import entity_in

    text = "Delegates from 25 countries met in Greece on Monday."
    greece = entity_in("Greece", ("d0", text), ("d1", text), every=False)
    docs = [doc(f"d{i}", text, f"Outlet {i}") for i in range(2)]
    claims = [
        figure_claim(d, "25 countries", low=25, high=25, measure="countries",
                     counted="countries", qualifiers=(), where=greece.id)
        for d in docs
    ]  # fmt: skip
    (group,) = reconcile(docs, [greece], claims).groups
    assert group.label == "countries"


def test_label_phrases_a_hyphen_spaced_only_after_is_joined() -> None:
    from triangulate.reconcile import mended

    # "IS- held": a tokenised text left a space after the hyphen of one compound.
    assert mended("the remaining Orvel- held areas") == "the remaining Orvel-held areas"
    # A prefix shared by two words keeps its hyphen alone.
    assert mended("pre- and post-war Dalby") == "pre- and post-war Dalby"
