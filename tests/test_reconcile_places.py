"""How a story's places nest, and what that does to grouping (invented wording)."""

from __future__ import annotations

from test_reconcile_helpers import doc, entity_in, figure_claim
from triangulate.model import Entity, When
from triangulate.reconcile import reconcile
from triangulate.reconcile.places import read_places
from triangulate.reconcile.topics import topic_of


def _place(name: str, *docs_and_texts: tuple[str, str], kind: str = "GPE") -> Entity:
    return entity_in(name, *docs_and_texts, kind=kind)


TEXT = (
    "The quake hit Orvel island in southern Kelvara on Sunday. Brennick, a town in "
    "Saltmarsh province, was spared. Crowds gathered in Dunmore, Lisk and Pell."
)
DOC = doc("t", TEXT, "Wire")


def test_places_read_nesting_from_how_reports_write_it() -> None:
    orvel, kelvara = _place("Orvel", ("t", TEXT)), _place("Kelvara", ("t", TEXT))
    brennick, salt = _place("Brennick", ("t", TEXT)), _place("Saltmarsh province", ("t", TEXT))
    dunmore, lisk = _place("Dunmore", ("t", TEXT)), _place("Lisk", ("t", TEXT))
    places = read_places([DOC], [orvel, kelvara, brennick, salt, dunmore, lisk])
    assert kelvara.id in places.inside[orvel.id]
    assert salt.id in places.inside[brennick.id]
    # Items of a list are never read as one inside the other.
    assert lisk.id not in places.overlapping(dunmore.id)
    assert orvel.id not in places.overlapping(brennick.id)


def test_places_a_name_with_a_kind_of_place_added_is_the_same_scene() -> None:
    text = "Orvel Island was hit. On Orvel, houses fell."
    one, two = _place("Orvel Island", ("o", text)), _place("Orvel", ("o", text))
    places = read_places([doc("o", text, "Wire")], [one, two])
    assert two.id in places.overlapping(one.id)


def test_places_a_place_named_by_another_s_name_and_more_words_lies_inside_it() -> None:
    text = "Windows rattled in Lisk Harbour Park. Offices in Lisk emptied. Lisker was calm."
    park, lisk = _place("Lisk Harbour Park", ("o", text)), _place("Lisk", ("o", text))
    other = _place("Lisker", ("o", text))
    places = read_places([doc("o", text, "Wire")], [park, lisk, other])
    assert lisk.id in places.inside[park.id]
    assert park.id not in places.inside.get(lisk.id, frozenset())
    # A name is matched by whole words: "Lisker" is no part of Lisk.
    assert lisk.id not in places.inside.get(other.id, frozenset())


def test_places_the_story_country_holds_the_towns_no_report_places() -> None:
    text = "Three people died in Athens. Greece mourned. Greece's leaders met."
    athens, greece = _place("Athens", ("g", text)), _place("Greece", ("g", text))
    places = read_places([doc("g", text, "Wire")], [athens, greece])
    assert greece.id in places.inside[athens.id]


def test_grouping_one_toll_named_at_two_levels_is_one_measure() -> None:
    a = doc("a", "Medics said 10 people died on Orvel island in southern Kelvara.", "North")
    b = doc("b", "Officials said 10 people died in Kelvara.", "South")
    c = doc("c", "Officials said 25 people died in Kelvara.", "East")
    orvel = _place("Orvel", ("a", a.text))
    kelvara = _place("Kelvara", ("a", a.text), ("b", b.text), ("c", c.text))
    claims = [
        figure_claim(a, "10 people", low=10, high=10, where=orvel.id, speaker="Medics"),
        figure_claim(b, "10 people", low=10, high=10, where=kelvara.id, speaker="Officials"),
        figure_claim(c, "25 people", low=25, high=25, where=kelvara.id, speaker="Governor"),
    ]
    groups = reconcile([a, b, c], [orvel, kelvara], claims).groups
    both = [g for g in groups if {claims[0].id, claims[1].id} <= set(g.claims)]
    assert both and both[0].verdict != "scope_differs"
    # The island's 10 and the country's 25 may be a part and its whole: never a conflict.
    assert not any(
        g.verdict == "conflict" and {claims[0].id, claims[2].id} <= set(g.claims) for g in groups
    )


def test_grouping_a_few_apart_at_the_scene_s_two_levels_is_one_toll_in_dispute() -> None:
    a = doc("a", "Medics said two people were hurt on Orvel island in southern Kelvara.", "North")
    b = doc("b", "Officials said five people were hurt in Kelvara.", "South")
    orvel = _place("Orvel", ("a", a.text))
    kelvara = _place("Kelvara", ("a", a.text), ("b", b.text))
    claims = [
        figure_claim(a, "two people", low=2, high=2, where=orvel.id, speaker="Medics"),
        figure_claim(b, "five people", low=5, high=5, where=kelvara.id, speaker="Officials"),
    ]
    groups = reconcile([a, b], [orvel, kelvara], claims).groups
    # Two and five lie more than twice apart, but a few hurt is too few to leave a part out.
    assert any(g.verdict == "conflict" and {c.id for c in claims} <= set(g.claims) for g in groups)


def test_grouping_tolls_of_events_months_apart_are_never_compared() -> None:
    a = doc("a", "A quake killed 612 people in February.", "North", "2031-11-28")
    b = doc("b", "The quake killed 10 people on Sunday.", "South", "2031-11-28")
    claims = [
        figure_claim(
            a,
            "612 people",
            low=612,
            high=612,
            when=When(start="2031-02-01", end="2031-02-28", precision="month"),
        ),
        figure_claim(
            b,
            "10 people",
            low=10,
            high=10,
            when=When(start="2031-11-27", end="2031-11-27", precision="day"),
        ),
    ]
    groups = reconcile([a, b], [], claims).groups
    assert all(len(g.claims) == 1 for g in groups)


def test_grouping_a_number_counting_a_name_or_nothing_is_never_compared() -> None:
    a = doc("a", "Updated 28 Nov at 09 GMT.", "North")
    b = doc("b", "Posted at 11 GMT by the desk.", "South")
    claims = [
        figure_claim(a, "09 GMT", low=9, high=9, measure="GMT", counted="GMT", qualifiers=()),
        figure_claim(b, "11 GMT", low=11, high=11, measure="GMT", counted="GMT", qualifiers=()),
    ]
    groups = reconcile([a, b], [], claims).groups
    assert [g.verdict for g in groups] == ["single", "single"]


def test_forces_a_unit_the_text_puts_inside_a_force_only_looks_alike() -> None:
    from triangulate.reconcile.forces import read_forces

    text = (
        "Monitors said 600 fighters of the Blue Storm were killed. Blue Storm, which is "
        "composed of the North Guard and the Hill Brigade, holds the valley. Officials said "
        "the North Guard have taken more than 3000 casualties."
    )
    d = doc("f", text, "Monitor")
    storm = _place("Blue Storm", ("f", text), kind="ORG")
    guard = _place("North Guard", ("f", text), kind="ORG")
    hill = _place("Hill Brigade", ("f", text), kind="ORG")
    forces = read_forces([d], [storm, guard, hill])
    assert "north guard" in forces["blue storm"] and "hill brigade" in forces["blue storm"]
    assert "hill brigade" not in forces.get("north guard", ())
    claims = [
        figure_claim(
            d,
            "600 fighters of the Blue Storm",
            low=600,
            high=600,
            measure="Blue Storm fighters killed",
            counted="fighters",
        ),
        figure_claim(
            d,
            "more than 3000 casualties",
            low=3000,
            high=None,
            hedge="at_least",
            measure="casualties",
            counted="casualties",
            qualifiers=(),
        ),
    ]
    groups = reconcile([d], [storm, guard, hill], claims).groups
    (scope,) = [g for g in groups if g.verdict == "scope_differs"]
    assert "parts of one another" in scope.explanation
    assert not [g for g in groups if g.verdict == "conflict"]


def test_places_a_facility_is_in_the_story_country_never_in_another() -> None:
    a = doc("a", "Greece said 1,000 people were housed at the Old Mill camp.", "North")
    b = doc("b", "In Greece, officials said 1,000 people were housed.", "East")
    c = doc("c", "A quake in China left 500,000 people homeless.", "South")
    greece = _place("Greece", ("a", a.text), ("b", b.text))
    mill = _place("Old Mill", ("a", a.text), kind="FAC")
    china = _place("China", ("c", c.text))
    kw = dict(measure="people displaced", qualifiers=("homeless",))
    claims = [
        figure_claim(a, "1,000 people", low=1000, high=1000, where=mill.id, **kw),  # type: ignore[arg-type]
        figure_claim(c, "500,000 people", low=5e5, high=5e5, where=china.id, **kw),  # type: ignore[arg-type]
    ]
    groups = reconcile([a, b, c], [greece, mill, china], claims).groups
    assert not [g for g in groups if g.verdict == "conflict"]
    assert all(len(g.claims) == 1 for g in groups if g.verdict != "scope_differs")


def test_places_the_scene_is_the_most_specific_place_most_reports_name() -> None:
    one = "The quake hit Orvel island in southern Kelvara. Pell was spared."
    two = "Houses fell on Orvel, in Kelvara."
    orvel = _place("Orvel", ("a", one), ("b", two))
    kelvara = _place("Kelvara", ("a", one), ("b", two))
    pell = _place("Pell", ("a", one))
    places = read_places([doc("a", one, "Wire"), doc("b", two, "Post")], [orvel, kelvara, pell])
    assert places.at_scene(orvel.id) and places.at_scene(kelvara.id)
    assert not places.at_scene(pell.id)


def test_places_one_word_ending_one_longer_name_is_that_place_named_short() -> None:
    text = "The Amber Sea island shook. Ships in the Sea stayed out. North Vale and South Vale met."
    sea, short = (
        _place("Amber Sea", ("s", text), kind="LOC"),
        _place("Sea", ("s", text), kind="LOC"),
    )
    vale = _place("Vale", ("s", text), kind="LOC")
    north, south = _place("North Vale", ("s", text)), _place("South Vale", ("s", text))
    places = read_places([doc("s", text, "Wire")], [sea, short, vale, north, south])
    assert short.id in places.overlapping(sea.id)
    # Two longer names end with it: it names neither.
    assert vale.id not in places.overlapping(north.id)


def test_places_a_region_of_a_country_a_country_and_a_sea_never_nest_wrongly() -> None:
    text = (
        "The quake hit Orvel in southern Iran. It was felt across the Gulf in Oman. "
        "Officials in Iran said 10 died; Iran asked for no help."
    )
    orvel, iran = _place("Orvel", ("t", text), kind="LOC"), _place("Iran", ("t", text))
    south = _place("southern Iran", ("t", text))
    gulf, oman = _place("Gulf", ("t", text), kind="LOC"), _place("Oman", ("t", text))
    places = read_places([doc("t", text, "Wire")], [orvel, iran, south, gulf, oman])
    # "southern Iran" is a part of Iran, not Iran named long.
    assert iran.id in places.inside[south.id]
    assert iran.id in places.inside[orvel.id]
    # A sea "in" a country is where something was felt, and a country lies in no other.
    assert oman.id not in places.inside.get(gulf.id, frozenset())
    assert oman.id not in places.inside.get(iran.id, frozenset())


def test_places_a_city_s_outskirts_and_boroughs_lie_in_its_area() -> None:
    text = (
        "Shots rang out in Marlow, a Brennick suburb, on Monday. The office in Tove, just "
        "outside Brennick, closed. A car hit a man in the Brennick borough of Fenn."
    )
    marlow, brennick = _place("Marlow", ("s", text)), _place("Brennick", ("s", text))
    tove, fenn = _place("Tove", ("s", text)), _place("Fenn", ("s", text))
    places = read_places([doc("s", text, "Wire")], [marlow, brennick, tove, fenn])
    for town in (marlow, tove, fenn):
        assert brennick.id in places.inside[town.id]
    # "near" says where, not what holds it.
    near = "The office in Tove, near Brennick, closed."
    tove, brennick = _place("Tove", ("n", near)), _place("Brennick", ("n", near))
    assert not read_places([doc("n", near, "Wire")], [tove, brennick]).inside


def test_places_a_country_s_name_written_inside_a_place_names_a_town_there() -> None:
    text = "A driver hit a man in Jamaica, Fenn, on Sunday. Fenn police searched Fenn."
    town, fenn = _place("Jamaica", ("j", text)), _place("Fenn", ("j", text))
    places = read_places([doc("j", text, "Wire")], [town, fenn])
    assert fenn.id in places.inside[town.id]
    # The town is not the story's country: it holds nothing.
    assert town.id not in places.inside.get(fenn.id, frozenset())
    assert not places.home


def test_places_an_apposition_may_say_how_many_live_in_the_smaller_place() -> None:
    text = "The quake flattened Brennick, a town of about 12, 000 people in Saltmarsh province."
    brennick, salt = _place("Brennick", ("p", text)), _place("Saltmarsh province", ("p", text))
    places = read_places([doc("p", text, "Wire")], [brennick, salt])
    assert salt.id in places.inside[brennick.id]
    # A count that is no population still says nothing of nesting.
    other = "Rescuers reached Brennick, a town hit by 40 aftershocks in Saltmarsh province."
    brennick, salt = _place("Brennick", ("q", other)), _place("Saltmarsh province", ("q", other))
    assert not read_places([doc("q", other, "Wire")], [brennick, salt]).inside


def test_grouping_a_place_s_old_english_name_and_its_local_name_are_one_place() -> None:
    a = doc("a", "Police said 20,000 people marched in Bombay on Monday.", "North")
    b = doc("b", "Organisers said 50,000 people marched in Mumbai on Monday.", "South")
    old, local = _place("Bombay", ("a", a.text)), _place("Mumbai", ("b", b.text))
    claims = [
        figure_claim(a, "20,000 people", low=20000, high=20000, where=old.id, speaker="Police"),
        figure_claim(b, "50,000 people", low=50000, high=50000, where=local.id, speaker="Org"),
    ]
    places = read_places([a, b], [old, local])
    assert places.named_otherwise(old.id) == {local.id}
    groups = reconcile([a, b], [old, local], claims).groups
    both = [g for g in groups if {c.id for c in claims} <= set(g.claims)]
    assert both and both[0].verdict != "scope_differs"
    # Two different places are never one by their names alone.
    other = _place("Pune", ("b", b.text))
    assert not read_places([a, b], [old, other]).named_otherwise(old.id)


def test_topics_a_place_named_only_in_a_speaker_s_title_is_not_the_figure_s() -> None:
    texts = {
        "a": "The governor of Orvel province said 50 people were injured.",
        "b": "Orvel Gov. Dana Weir said 50 people were injured.",
        "c": "The quake hit Orvel province. Its governor said 50 people were injured.",
        "d": "The Orvel mayor said 50 people were injured in Orvel on Sunday.",
    }
    seats = {}
    for name, text in texts.items():
        report = doc(name, text, "Wire")
        orvel = _place("Orvel province" if "province" in text else "Orvel", (name, text))
        claim = figure_claim(
            report,
            "50 people",
            low=50,
            high=50,
            measure="people injured",
            qualifiers=("injured",),
            where=orvel.id,
        )
        seats[name] = topic_of(claim, report, {orvel.id: orvel}).place
    # The office's seat alone says whose words these are, not where the 50 were hurt.
    assert seats["a"] is None and seats["b"] is None
    # A place the reports also name as the scene stays the figure's place.
    assert seats["c"] is not None and seats["d"] is not None


def test_topics_an_outlet_a_person_or_a_likened_place_is_not_where_a_figure_was() -> None:
    texts = {
        "outlet": "A poll in Dunmore daily found 60 percent of voters angry.",
        "person": "Governor Dana Weir said 300 people were sheltering in tents.",
        "apposed": "Dana Weir, the governor of the island, said 300 people were in tents.",
        "likened": "The square looks like downtown Kelvara, and 300 people were in tents.",
        "role": "'We will stay,' said protester Dana Weir, one of 300 people in tents.",
        "place": "In Dunmore, 300 people were sheltering in tents, the daily said.",
    }
    name = {"outlet": "Dunmore", "place": "Dunmore", "likened": "Kelvara"}
    places = {}
    for key, text in texts.items():
        report = doc(key, text, "Wire")
        where = _place(name.get(key, "Dana Weir"), (key, text), kind="GPE")
        phrase = "60 percent" if key == "outlet" else "300 people"
        claim = figure_claim(
            report, phrase, low=60, high=60, measure=f"people in {where.name}", where=where.id
        )
        places[key] = topic_of(claim, report, {where.id: where}).place
    assert places["outlet"] is None and places["person"] is None
    assert places["apposed"] is None and places["likened"] is None and places["role"] is None
    assert places["place"] is not None


def test_labels_never_name_a_person_as_the_place() -> None:
    text = "Governor Dana Weir said 300 people were sheltering in tents."
    report = doc("p", text, "Wire")
    person = _place("Dana Weir", ("p", text))
    claim = figure_claim(
        report,
        "300 people",
        low=300,
        high=300,
        measure="people displaced in Dana Weir",
        qualifiers=("sheltering",),
        where=person.id,
    )
    groups = reconcile([report], [person], [claim]).groups
    assert groups and all("Dana Weir" not in g.label for g in groups)


def test_topics_a_count_of_villages_is_not_in_a_village_it_counts() -> None:
    text = "Rescuers reached the village of Tarn, one of 12 villages destroyed by the quake."
    report = doc("v", text, "Wire")
    tarn = _place("Tarn", ("v", text))
    claim = figure_claim(
        report,
        "12 villages",
        low=12,
        high=12,
        measure="villages destroyed in Tarn",
        counted="villages",
        qualifiers=("destroyed",),
        where=tarn.id,
    )
    assert topic_of(claim, report, {tarn.id: tarn}).place is None
    # A count of people there is still the village's.
    people = figure_claim(
        report, "12 villages", low=12, high=12, measure="people killed in Tarn", where=tarn.id
    )
    assert topic_of(people, report, {tarn.id: tarn}).place == tarn.id


def test_topics_a_place_in_the_name_of_one_quoted_is_a_seat_across_an_abbreviation() -> None:
    text = (
        "State radio quoted the relief office in Orvel province as saying 10 people died. "
        "Dunmore Gov. Dana Weir said 50 were injured."
    )
    report = doc("q", text, "Wire")
    orvel = _place("Orvel province", ("q", text))
    claim = figure_claim(
        report,
        "50",
        low=50,
        high=50,
        measure="people injured",
        counted=None,
        qualifiers=("injured",),
        where=orvel.id,
    )
    # The place names the office quoted, a sentence before; "Gov." ends no sentence.
    assert topic_of(claim, report, {orvel.id: orvel}).place is None


def test_places_a_report_s_dateline_holds_the_scene_its_reports_name() -> None:
    a = "Office shooting\nBrennick (Wire) - A gunman killed two people at an office on Monday."
    b = "Three people were killed at an office in Marlow on Monday."
    c = "The shooting in Marlow left three dead."
    brennick = _place("Brennick", ("a", a))
    marlow = _place("Marlow", ("b", b), ("c", c))
    docs = [doc("a", a, "Wire"), doc("b", b, "Post"), doc("c", c, "Daily")]
    places = read_places(docs, [brennick, marlow])
    # A report is filed from the city nearest the event: its dateline and the scene are
    # one scene at two levels, so the dateline's toll is compared with the scene's.
    assert brennick.id in places.inside[marlow.id]
    assert places.at_scene(brennick.id)
    claims = [
        figure_claim(docs[0], "two people", low=2, high=2, where=brennick.id),
        figure_claim(docs[1], "Three people", low=3, high=3, where=marlow.id),
    ]
    (group,) = reconcile(docs, [brennick, marlow], claims).groups
    assert group.verdict in {"conflict", "update"}


def test_places_a_place_named_mid_line_is_no_dateline() -> None:
    a = "Office shooting\nPolice in Brennick said a gunman killed two people on Monday."
    b = "Three people were killed at an office in Marlow on Monday."
    c = "The shooting in Marlow left three dead."
    brennick = _place("Brennick", ("a", a))
    marlow = _place("Marlow", ("b", b), ("c", c))
    docs = [doc("a", a, "Wire"), doc("b", b, "Post"), doc("c", c, "Daily")]
    places = read_places(docs, [brennick, marlow])
    assert brennick.id not in places.inside.get(marlow.id, frozenset())
    assert not places.at_scene(brennick.id)


def test_places_the_story_s_country_is_the_one_its_scene_lies_in() -> None:
    a = "Iran said its tanker was hit off Orvel, Oman. Iran protested, and Iran sent envoys."
    b = "Two sailors were hurt when the tanker was hit off Orvel, Oman, on Monday."
    c = "Two sailors were hurt, the ship's owner said."
    orvel = _place("Orvel", ("a", a), ("b", b))
    oman, iran = _place("Oman", ("a", a), ("b", b)), _place("Iran", ("a", a))
    docs = [doc("a", a, "Wire"), doc("b", b, "Post"), doc("c", c, "Daily")]
    places = read_places(docs, [orvel, oman, iran])
    # Iran is named most, but the scene lies in Oman: a figure there is the story's own.
    assert places.at_scene(orvel.id)
    assert places.at_home(orvel.id)
    assert oman.id in places.home
    # The country the event concerns is the scene named at its level, as a dateline is.
    assert iran.id in places.inside[orvel.id]
    assert places.at_scene(iran.id)
    claims = [
        figure_claim(docs[1], "Two sailors", low=2, high=2, where=orvel.id),
        figure_claim(docs[2], "Two sailors", low=2, high=2),
    ]
    groups = reconcile(docs, [orvel, oman, iran], claims).groups
    assert any({c.id for c in claims} <= set(g.claims) for g in groups)
