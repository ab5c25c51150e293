"""Labels name what a figure counts by the words its reports write: a sum by the word
its reports use for it, a class of people by the noun the reports give them, a prefix by
the act it opens, and a list of names sharing their kind as no place."""

from __future__ import annotations

from test_reconcile_helpers import doc, figure_claim
from triangulate.model import Entity, Mention
from triangulate.reconcile import is_place, reconcile


def _entity(eid: str, name: str, kind: str, text: str, doc_id: str = "a") -> Entity:
    """An entity named at each place ``text`` writes its name."""
    at = [i for i in range(len(text)) if text.startswith(name, i)]
    mentions = tuple(
        Mention(doc=doc_id, start=i, end=i + len(name), text=name, label=kind) for i in at
    )
    return Entity(id=eid, name=name, type=kind, aliases=(name,), mentions=mentions)  # type: ignore[arg-type]


def test_label_nouns_a_sum_lost_is_named_as_its_report_writes_it() -> None:
    text = '"In May alone, they lost $300,000," said Tomas Brandt of the Kelvara dairy.'
    a = doc("a", text, "North")
    kelvara = _entity("e-k", "Kelvara", "GPE", text)
    claim = figure_claim(a, "$300,000", low=300000, high=300000,
                         measure="money lost in Kelvara (USD)", counted="lose",
                         qualifiers=(), where=kelvara.id, kind="money",
                         unit="USD")  # fmt: skip
    (group,) = reconcile([a], [kelvara], [claim]).groups
    # never "damage or loss": one sum is named by the one word its report uses
    assert group.label.startswith("money lost in Kelvara (USD)")


def test_label_nouns_residents_are_never_renamed_civilians() -> None:
    first = "Sixty residents were moved from their homes in Orvel after the fire."
    second = "Sixty local residents had to leave their homes in Orvel overnight."
    a, b = doc("a", first, "North"), doc("b", second, "South")
    orvel = _entity("e-o", "Orvel", "GPE", first)
    claims = [
        figure_claim(
            d,
            phrase,
            low=60,
            high=60,
            measure="civilians fled from Orvel",
            counted="residents",
            qualifiers=("moved",),
            where=orvel.id,
        )
        for d, phrase in ((a, "Sixty residents"), (b, "Sixty local residents"))
    ]
    groups = reconcile([a, b], [orvel], claims).groups
    (label,) = {g.label for g in groups if g.kind == "figure"}
    assert "civilians" not in label
    assert label.startswith("residents")


def test_label_nouns_a_class_word_a_report_writes_stays() -> None:
    text = "Sixty civilians were moved from their homes in Orvel after the fire."
    a = doc("a", text, "North")
    orvel = _entity("e-o", "Orvel", "GPE", text)
    claim = figure_claim(a, "Sixty civilians", low=60, high=60,
                         measure="civilians fled from Orvel", counted="civilians",
                         qualifiers=("moved",), where=orvel.id)  # fmt: skip
    (group,) = reconcile([a], [orvel], [claim]).groups
    assert group.label.startswith("civilians")


def test_label_nouns_a_prefix_counts_those_who_did_the_act_it_opens() -> None:
    text = "Ada Varga and Tomas Brandt met in Dalby. The two co - founded the Dalby club."
    a = doc("a", text, "North")
    claim = figure_claim(a, "two co", low=2, high=2, measure="cos", counted="co",
                         qualifiers=("founded",))  # fmt: skip
    (group,) = reconcile([a], [], [claim]).groups
    assert group.label == "people who co-founded"


def test_label_nouns_a_list_of_names_sharing_their_kind_is_no_place() -> None:
    text = "The clinic was hit by both Hurricanes Kelvara and Orvel, and by a flood."
    docs = {"a": doc("a", text, "North")}
    storms = _entity("e-h", "Hurricanes Kelvara", "FAC", text)
    assert not is_place("Hurricanes Kelvara", {storms.id: storms}, docs)
    other = "The Hawks played at Kelvara Park and Dalby in one week."
    park = _entity("e-p", "Kelvara Park", "FAC", other)
    assert is_place("Kelvara Park", {park.id: park}, {"a": doc("a", other, "North")})
    claim = figure_claim(docs["a"], "a flood", low=1, high=1,
                         measure="floods in Hurricanes Kelvara", counted="floods",
                         qualifiers=(), where=storms.id)  # fmt: skip
    (group,) = reconcile([docs["a"]], [storms], [claim]).groups
    assert "Hurricanes" not in group.label


def test_label_nouns_places_counted_by_whom_they_serve_are_named_with_them() -> None:
    # "sheltering families in three schools": the schools counted are those sheltering
    # families, never "schools" alone; places counted with no such service stay bare.
    text = "The Dalby committee said it was sheltering families in three schools."
    plain = "The Dalby committee said three schools were closed."
    labels = []
    for words in (text, plain):
        a = doc("a", words, "North")
        claim = figure_claim(
            a, "three schools", low=3, high=3, measure="schools", counted="schools",
            qualifiers=(), speaker="Dalby committee",
        )  # fmt: skip
        (group,) = reconcile([a], [], [claim]).groups
        labels.append(group.label)
    assert labels[0] == "schools sheltering families", labels
    assert not labels[1].startswith("schools sheltering"), labels
