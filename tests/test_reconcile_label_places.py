"""Labels a person would write: "in" followed by a place only, a figure counting nothing
named quoted with the words around it, and no two sides run together before a noun."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from test_reconcile_helpers import TORVALD, analysed, doc, figure_claim
from triangulate.model import Entity, Mention
from triangulate.reconcile import is_place, reconcile


def _entity(eid: str, name: str, kind: str, text: str, doc_id: str = "a") -> Entity:
    """An entity named at each place ``text`` writes its name."""
    at = [i for i in range(len(text)) if text.startswith(name, i)]
    mentions = tuple(
        Mention(doc=doc_id, start=i, end=i + len(name), text=name, label=kind) for i in at
    )
    return Entity(id=eid, name=name, type=kind, aliases=(name,), mentions=mentions)  # type: ignore[arg-type]


def test_labels_never_place_a_count_in_a_division_s_name() -> None:
    # "Western South" is a division; the tagger's "South" in it is no region the catches
    # were made in.
    text = "Tomas Brandt had 12 catches as the Hawks won the Western South title."
    a = doc("a", text, "North")
    south = _entity("e-south", "South", "LOC", text)
    claim = figure_claim(a, "12 catches", low=12, high=12, measure="catches in South",
                         counted="catches", qualifiers=(), where=south.id)  # fmt: skip
    (group,) = reconcile([a], [south], [claim]).groups
    assert group.label == "catches"


def test_labels_never_place_a_count_in_a_team() -> None:
    # "the Dalby Hawks" is a team the reports also call "the Hawks": no place.
    text = "The Dalby Hawks scored in all four quarters, and the Hawks won 27-20."
    a = doc("a", text, "North")
    hawks = _entity("e-hawks", "Dalby Hawks", "FAC", text)
    claim = figure_claim(a, "all four quarters", low=4, high=4,
                         measure="quarters in Dalby Hawks", counted="quarters", qualifiers=(),
                         where=hawks.id)  # fmt: skip
    (group,) = reconcile([a], [hawks], [claim]).groups
    assert group.label == "quarters"


def test_a_place_written_on_its_own_is_a_place_and_one_only_in_longer_names_is_not() -> None:
    text = "Fans drove from Kelvara to Orvel Stadium. In Kelvara, shops closed."
    docs = {"a": doc("a", text, "North")}
    kelvara = _entity("e-k", "Kelvara", "GPE", text)
    orvel = _entity("e-o", "Orvel", "GPE", text)
    entities = {e.id: e for e in (kelvara, orvel, TORVALD)}
    assert is_place("Kelvara", entities, docs)
    assert not is_place("Orvel", entities, docs)  # only in "Orvel Stadium"
    assert is_place("Torvald", entities, docs)  # named nowhere here: nothing says it is not
    person = Entity(id="e-v", name="Ada Varga", type="PERSON", aliases=("Ada Varga",),
                    mentions=())  # fmt: skip
    assert not is_place("Ada Varga", {**entities, person.id: person}, docs)


def test_labels_never_place_a_count_in_a_broadcaster() -> None:
    # "told NY1": a station's letters and channel number, tagged as a place, are none
    text = "Two officers were killed in Kelvara, Ada Varga told KVR7 on Sunday."
    a = doc("a", text, "North")
    station = _entity("e-s", "KVR7", "GPE", text)
    claim = figure_claim(a, "Two officers", low=2, high=2, measure="officers killed in KVR7",
                         counted="officers", qualifiers=("killed",), where=station.id)  # fmt: skip
    (group,) = reconcile([a], [station], [claim]).groups
    assert group.label == "officers killed"


def test_labels_a_place_the_reports_name_stays() -> None:
    text = "Officials said 12 people died in Kelvara on Sunday."
    a = doc("a", text, "North")
    kelvara = _entity("e-k", "Kelvara", "GPE", text)
    claim = figure_claim(a, "12 people", low=12, high=12, measure="people killed in Kelvara",
                         where=kelvara.id)  # fmt: skip
    (group,) = reconcile([a], [kelvara], [claim]).groups
    assert group.label == "people killed in Kelvara"


def test_labels_quote_a_bare_figure_with_the_words_of_its_clause() -> None:
    # "'10'" tells a reader nothing: the words around it in its clause say what it is.
    a = doc("a", "After a punt, the Owls advanced from their 10 to the Hawks 17.", "North")
    claim = figure_claim(a, "10", low=10, high=10, measure="unknown", counted="",
                         qualifiers=())  # fmt: skip
    (group,) = reconcile([a], [TORVALD], [claim]).groups
    assert group.label == "'advanced from their 10 to the Hawks 17' (what it counts is not said)"


def test_labels_quote_an_age_with_the_name_before_it() -> None:
    # "Tomas Brandt, 49, escaped": a figure alone in its clause takes the words before it.
    a = doc("a", "Tomas Brandt, 49, escaped from a van in Dalby.", "North")
    claim = figure_claim(a, "49", low=49, high=49, measure="unknown", counted="",
                         qualifiers=())  # fmt: skip
    (group,) = reconcile([a], [TORVALD], [claim]).groups
    assert group.label == "'Tomas Brandt, 49' (what it counts is not said)"


def test_labels_a_figure_that_names_what_it_counts_is_quoted_as_written() -> None:
    a = doc("a", "Medics found three bodies near Dalby.", "North")
    claim = figure_claim(a, "three bodies", low=3, high=3, measure="bodies",
                         counted="bodies", qualifiers=())  # fmt: skip
    (group,) = reconcile([a], [TORVALD], [claim]).groups
    assert "three bodies" in group.label


def test_labels_never_name_a_pronoun_as_a_record_s_holder() -> None:
    a = doc("a", "They're 9-4 after the win over the Owls.", "North")
    claim = figure_claim(a, "9", low=9, high=9, measure="wins (They're)", counted="wins",
                         qualifiers=("They're",))  # fmt: skip
    (group,) = reconcile([a], [TORVALD], [claim]).groups
    assert group.label == "wins"


GAME = {
    "a.txt": "Hawks clinch WFL South title\n\nKELVARA (AP) - Tomas Brandt threw three touchdown "
    "passes and the Kelvara Hawks beat the Orvel Owls 31-24 on Sunday night to clinch the "
    "WFL South.\nThe Hawks (12-3) won again. Brandt completed 24 of 31 passes for 312 yards. "
    "Ada Varga had 8 catches in the WFL South opener.",
    "b.txt": "Brandt leads Hawks past Owls\n\nThe Kelvara Hawks beat the Orvel Owls 31-24 on "
    "Sunday to win the WFL South.\nTomas Brandt threw for 312 yards. Ada Varga caught 8 "
    "passes.",
}


def test_labels_of_a_game_name_no_division_as_a_place_and_one_side_per_count(
    tmp_path: Path,
) -> None:
    # "WFL South" is the league's division, which opens with the league's name: no place a
    # count is in. Each side of the result names the game by one side, and a record its
    # team.
    report = analysed(tmp_path / "pile", GAME)
    labels = sorted(g.label for g in report.groups if g.kind == "figure")
    assert not [label for label in labels if "South" in label], labels
    assert "catches" in labels
    assert "winning points, game with Orvel Owls" in labels
    assert "wins (Hawks)" in labels


def test_labels_quote_a_word_standing_for_what_it_counts() -> None:
    # "Each was fined": "each" names nothing counted, and "eaches" is no word.
    a = doc("a", "Three men were charged, and each was fined in Dalby.", "North")
    claim = figure_claim(a, "each", low=1, high=1, measure="eaches", counted="eaches",
                         qualifiers=())  # fmt: skip
    (group,) = reconcile([a], [TORVALD], [claim]).groups
    assert group.label == "'each was fined in Dalby' (what it counts is not said)"


def test_labels_case_a_name_as_the_reports_write_it() -> None:
    # The reports write "Sundays" only with a capital: a label never lowers it.
    a = doc("a", "The Hawks have lost on four Sundays at home. They play on Sundays.", "North")
    claim = figure_claim(a, "four Sundays", low=4, high=4, measure="sundays",
                         counted="sundays", qualifiers=())  # fmt: skip
    (group,) = reconcile([a], [TORVALD], [claim]).groups
    assert group.label.startswith("Sundays")


def test_labels_never_place_a_count_in_a_person_s_name() -> None:
    # "vintage Varga": the tagger's one place "Varga" is Ada Varga, whom the reports name
    # more often; neither her touchdowns nor a sum are in her.
    text = (
        "Ada Varga threw four touchdowns. It was vintage Varga. Ada Varga later said the "
        "team paid $2 million. Ada Varga smiled."
    )
    a = doc("a", text, "North")
    varga = Entity(id="e-v", name="Ada Varga", type="PERSON", aliases=("Ada Varga",),
                   mentions=_entity("e-v", "Ada Varga", "PERSON", text).mentions)  # fmt: skip
    at = text.index("Varga.")
    once = Mention(doc="a", start=at, end=at + 5, text="Varga", label="LOC")
    place = Entity(id="e-p", name="Varga", type="LOC", aliases=("Varga",), mentions=(once,))
    touchdowns = figure_claim(a, "four touchdowns", low=4, high=4, measure="touchdowns in Varga",
                              counted="touchdowns", qualifiers=(), where=place.id)  # fmt: skip
    money = figure_claim(a, "$2 million", low=2e6, high=2e6, measure="sum of money (USD)",
                         counted="money", qualifiers=(), where=place.id, kind="money",
                         unit="USD")  # fmt: skip
    labels = sorted(g.label for g in reconcile([a], [varga, place], [touchdowns, money]).groups)
    assert labels == ["sum of money (USD)", "touchdowns"]


def test_labels_place_a_count_of_cities_in_the_city_s_country() -> None:
    # A count of cities lies in no one city: the country CLDR places the city in, when the
    # story names it, else no place.
    text = "Protests spread from Lisbon to a dozen other cities across Portugal, Varga said."
    a = doc("a", text, "North")
    lisbon = _entity("e-l", "Lisbon", "GPE", text)
    portugal = _entity("e-p", "Portugal", "GPE", text)
    claim = figure_claim(a, "a dozen other cities", low=12, high=12, measure="cities in Lisbon",
                         counted="cities", qualifiers=(), where=lisbon.id)  # fmt: skip
    (group,) = reconcile([a], [lisbon, portugal], [claim]).groups
    assert group.label == "cities in Portugal"
    (alone,) = reconcile([a], [lisbon], [claim]).groups
    assert alone.label == "cities"


def test_labels_name_a_majority_s_size_not_a_count_of_majorities() -> None:
    text = "The Orvel Party holds a majority of 160 seats in Dalby's parliament."
    a = doc("a", text, "North")
    dalby = _entity("e-d", "Dalby", "GPE", text)
    claim = figure_claim(a, "160", low=160, high=160, measure="majorities in Dalby",
                         counted="majority", qualifiers=("hold",), where=dalby.id)  # fmt: skip
    (group,) = reconcile([a], [dalby], [claim]).groups
    assert group.label == "size of the majority in Dalby"


def test_labels_quote_a_figure_s_own_clause_without_its_link_or_conversion() -> None:
    # The words before a conjunction or a verb of speech are another clause's; a
    # conversion in brackets is left out, an ellipsis where it stood; a passage never
    # opens on "to" or "it".
    cases = {
        "Tallis said 30 of the 80 hurt remained in hospital.": ("30", "'30 of the 80 hurt'"),
        "Some are housed and another 2,000 are waiting.": ("2,000", "'another 2,000 are waiting'"),
        "Ada Reyes earns 900 (Dh4,275) a month.": ("900", "'Ada Reyes earns 900 … a month'"),
        "They borrow at 3 and then lend it to us for 5.": ("5", "'lend it to us for 5'"),
        # ... a relative pronoun after it opens another clause: the quotation ends there
        "Varga put the toll at 20,000 which is the ministry's count.": (
            "20,000", "'put the toll at 20,000'"),
        "Brandt counted 400 and the rest fled to Orvel.": ("400", "'Brandt counted 400'"),
    }  # fmt: skip
    for text, (figure, quoted) in cases.items():
        a = doc("a", text, "North")
        claim = figure_claim(a, figure, low=1, high=1, measure="unknown", counted="",
                             qualifiers=())  # fmt: skip
        (group,) = reconcile([a], [TORVALD], [claim]).groups
        assert group.label == f"{quoted} (what it counts is not said)", text


def test_labels_name_a_market_s_move_not_a_share_of_its_stocks() -> None:
    text = "Stocks in Dalby closed down 3.9 percent as Orvel's bank failed."
    a = doc("a", text, "North")
    dalby = _entity("e-d", "Dalby", "GPE", text)
    claim = figure_claim(a, "3.9 percent", low=3.9, high=3.9, measure="percent of stocks in Dalby",
                         counted="stocks", qualifiers=("closed",), where=dalby.id)  # fmt: skip
    (group,) = reconcile([a], [dalby], [claim]).groups
    assert group.label == "percent change in stocks in Dalby"
    held = replace(claim, figure=replace(claim.figure, qualifiers=("held",)))
    (group,) = reconcile([a], [dalby], [held]).groups
    assert group.label == "percent of stocks in Dalby"


def test_labels_write_a_compound_before_the_noun_whole() -> None:
    # "late-regulations" joins a piece of "late-term" to the noun: written as reported.
    a = doc("a", "The Orvel council issued two late-term regulations on Thursday.", "North")
    claim = figure_claim(a, "two late-term regulations", low=2, high=2,
                         measure="late-regulations", counted="regulations",
                         qualifiers=())  # fmt: skip
    (group,) = reconcile([a], [TORVALD], [claim]).groups
    assert group.label == "late-term regulations"


def test_labels_never_place_a_count_in_a_lawmaker_s_party_and_state() -> None:
    text = "Rep. Ada Reyes, D-Wash., said it was one last awful thing."
    a = doc("a", text, "North")
    tag = _entity("e-t", "D-Wash", "GPE", text)
    claim = figure_claim(a, "one last awful thing", low=1, high=1,
                         measure="last awful things in D-Wash", counted="things",
                         qualifiers=(), where=tag.id)  # fmt: skip
    (group,) = reconcile([a], [tag], [claim]).groups
    assert group.label == "last awful things"
