"""Group labels are short phrases a person would write: a statement cut where a clause
ends, figures written as a person writes them, a measure named by what it counts."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, assertion_claim, doc
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
