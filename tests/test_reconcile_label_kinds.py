"""Labels keep the words that name the kind of thing counted and never end a quotation
inside a noun phrase: a compound's first noun ("police stations"), a vehicle never
wounded, a magazine's "Us" no place, "a four-time nominee" counted as times, a possessive
or a list of modifiers run on to their noun."""

from __future__ import annotations

import pytest

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.model import Entity, Mention
from triangulate.reconcile import reconcile


def _entity(eid: str, name: str, kind: str, text: str, doc_id: str = "a") -> Entity:
    """An entity named at each place ``text`` writes its name."""
    at = [i for i in range(len(text)) if text.startswith(name, i)]
    mentions = tuple(
        Mention(doc=doc_id, start=i, end=i + len(name), text=name, label=kind) for i in at
    )
    return Entity(id=eid, name=name, type=kind, aliases=(name,), mentions=mentions)  # type: ignore[arg-type]


def _label(text: str, phrase: str, measure: str, counted: str | None, **kw: object) -> str:
    a = doc("a", text, "North")
    claim = figure_claim(a, phrase, measure=measure, counted=counted, **kw)  # type: ignore[arg-type]
    (group,) = reconcile([a], [], [claim]).groups
    return group.label


@pytest.mark.parametrize(
    ("text", "phrase", "measure", "counted", "label"),
    [
        # The measure kept only the last noun; the reports name the kind with the first.
        ("Youths attacked dozens of police stations in Orvel on Sunday.",
         "dozens of police stations", "stations", "police stations", "police stations"),
        ("Crews sent six fire engines to the blaze in Orvel.", "six fire engines",
         "engines", "fire engines", "fire engines"),
    ],
)  # fmt: skip
def test_label_kinds_a_compound_keeps_the_noun_that_names_the_kind(
    text: str, phrase: str, measure: str, counted: str, label: str
) -> None:
    found = _label(text, phrase, measure, counted, low=6, high=6, qualifiers=())
    assert found.startswith(label), found


@pytest.mark.parametrize(
    ("text", "phrase", "measure", "counted", "left_out"),
    [
        # A word joined by a hyphen to the one before it is a piece of a compound, never
        # a kind of its own ("late-term regulations" are no "term regulations").
        ("They issued two late-term regulations in Orvel.", "two late-term regulations",
         "regulations", "term regulations", "term regulations"),
        # A word of an amount ("a 14 week strike") is no kind either.
        ("They held a 14 week strike in Orvel.", "14 week strike", "strikes",
         "week strike", "week"),
    ],
)  # fmt: skip
def test_label_kinds_a_size_before_the_noun_is_no_kind(
    text: str, phrase: str, measure: str, counted: str, left_out: str
) -> None:
    found = _label(text, phrase, measure, counted, low=1, high=1, qualifiers=())
    assert left_out not in found, found


def test_label_kinds_a_vehicle_is_never_wounded() -> None:
    # "Two helicopters were evacuating the injured": the helicopters are counted, not hurt.
    found = _label(
        "Two helicopters were evacuating injured from Orvel, Varga said.",
        "Two helicopters",
        "helicopters wounded",
        "helicopters",
        low=2,
        high=2,
        qualifiers=("evacuating", "injured"),
    )
    assert found.startswith("helicopters"), found
    assert "wounded" not in found


def test_label_kinds_a_state_that_repeats_its_noun_is_said_once() -> None:
    found = _label(
        "Tomas Reyes had three stab wounds, police in Orvel said.",
        "three stab wounds",
        "wounds wounded",
        "stab wounds",
        low=3,
        high=3,
        qualifiers=(),
    )
    assert "wounds wounded" not in found, found
    assert found.startswith("stab wounds"), found


def test_label_kinds_a_pronoun_with_a_capital_is_no_place() -> None:
    # "Us Weekly": the tagger's country "Us" is a magazine's name; "US" stays a place.
    text = "Ada Brandt has made 20 movies since 2001, her agent told Us. She is resting."
    us = _entity("e-us", "Us", "GPE", text)
    a = doc("a", text, "North")
    claim = figure_claim(a, "20 movies", low=20, high=20, measure="movies in Us",
                         counted="movies", qualifiers=("made",), where=us.id)  # fmt: skip
    (group,) = reconcile([a], [us], [claim]).groups
    assert " in Us" not in group.label, group.label
    assert group.label.startswith("movies")


def test_label_kinds_a_number_time_noun_counts_times() -> None:
    # "a four time Oscar nominee" is one nominee, nominated four times.
    found = _label(
        "Ada Brandt, the four time Oscar nominee, joined the cast.",
        "four time Oscar nominee",
        "time Oscar nominees",
        "nominee",
        low=4,
        high=4,
        qualifiers=("Oscar",),
    )
    assert found.startswith("times Oscar nominee"), found


@pytest.mark.parametrize(
    ("text", "phrase", "counted", "quoted"),
    [
        # A possessive and its noun: the count above one is of the deputies.
        ("They came with dozens of sheriff's deputies and friends.", "dozens of sheriff",
         "sheriff", "'dozens of sheriff's deputies'"),
        # A list of modifiers runs on to its noun.
        ("It was signed by 50 environmental, business and church groups in Orvel.",
         "50 environmental", "environmental",
         "'50 environmental, business and church groups'"),
        # A bracket left open is closed as the report closes it.
        ("Several of them did, not just one [person.] It was wild.", "one [person",
         "person", "'one [person]'"),
        # A quotation never ends on a word that leads on to a noun.
        ("He fired just one shot from his. 38 - caliber revolver.", "one shot from",
         "shot", "'one shot'"),
    ],
)  # fmt: skip
def test_label_kinds_a_quotation_never_stops_inside_a_noun_phrase(
    text: str, phrase: str, counted: str, quoted: str
) -> None:
    found = _label(
        text,
        phrase,
        "shots" if counted == "shot" else "people",
        counted,
        low=2 if "dozens" in phrase else 50,
        high=None,
        qualifiers=(),
    )
    assert found.startswith(quoted), found


def test_label_kinds_look_alikes_say_in_plain_words_why_they_differ() -> None:
    # "two other people died" beside "five people died": one counts only more besides
    # those told before, said as an analyst says it, never "beyond the ones already
    # counted".
    a = doc("a", "Two other people died in Torvald on Monday, police said.", "Coast Post")
    b = doc("b", "Five people died in Torvald on Monday.", "Valley News")
    claims = [
        figure_claim(a, "Two other people", low=2, high=2, qualifiers=("died",)),
        figure_claim(b, "Five people", low=5, high=5, qualifiers=("died",)),
    ]
    (alike,) = [
        g for g in reconcile([a, b], [TORVALD], claims).groups if g.verdict == "scope_differs"
    ]
    assert "one counts only further ones ('other', 'another'), the other all" in (
        alike.explanation
    ), alike.explanation
    assert "already counted" not in alike.explanation


def test_label_kinds_a_newspaper_is_no_place() -> None:
    text = "Visitors face 7 days of monitoring, the Orvel Morning Post reported."
    post = _entity("e-p", "Orvel Morning Post", "GPE", text)
    a = doc("a", text, "North")
    claim = figure_claim(a, "7 days", low=7, high=7, measure="duration of monitoring in "
                         "Orvel Morning Post", counted="days", qualifiers=(), where=post.id,
                         kind="duration", unit="day")  # fmt: skip
    (group,) = reconcile([a], [post], [claim]).groups
    assert "Post" not in group.label, group.label


def test_label_kinds_a_quoted_figure_says_what_its_kind_leaves_unsaid() -> None:
    # "three years" counts nothing: what lasted so long is what is not said.
    text = "It took three years, Tomas Varga said in Orvel."
    a = doc("a", text, "North")
    claim = figure_claim(a, "three years", low=3, high=3, measure="eaches", counted="eaches",
                         qualifiers=(), kind="duration", unit="year")  # fmt: skip
    (group,) = reconcile([a], [], [claim]).groups
    assert group.label.endswith("(what lasted so long is not said)"), group.label


def test_label_kinds_basis_points_are_no_share() -> None:
    # "12.5 basis points" is how far a rate moved, never a share of a whole.
    text = "The bank raised its rate by 12.5 basis points, Ada Reyes said in Orvel."
    a = doc("a", text, "North")
    claim = figure_claim(a, "12.5 basis points", low=12.5, high=12.5, measure="eaches",
                         counted="eaches", qualifiers=(), kind="percent",
                         unit="basis_point")  # fmt: skip
    (group,) = reconcile([a], [], [claim]).groups
    assert "share" not in group.label, group.label
    assert group.label.endswith("(what it measures is not said)"), group.label


def test_label_kinds_a_running_total_beside_one_act_is_said_in_plain_words() -> None:
    # "So far ... 19 rifles" beside "nine rifles were seized": a running total and the
    # count of one act, said as a sentence an analyst writes, never "X vs Y".
    a = doc("a", "So far, the navy has confiscated 19 rifles in Torvald.", "Coast Post")
    b = doc("b", "Nine rifles were seized in Torvald on Monday.", "Valley News")
    kw: dict[str, object] = dict(measure="rifles in Torvald", counted="rifles", qualifiers=())
    claims = [
        figure_claim(a, "19 rifles", low=19, high=19, **kw),  # type: ignore[arg-type]
        figure_claim(b, "Nine rifles", low=9, high=9, **kw),  # type: ignore[arg-type]
    ]
    (alike,) = [
        g for g in reconcile([a, b], [TORVALD], claims).groups if g.verdict == "scope_differs"
    ]
    assert "one is a running total so far, the other the count of one act" in (alike.explanation), (
        alike.explanation
    )
    assert " vs " not in alike.explanation
