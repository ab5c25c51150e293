"""Story splitting and the incremental story index, on hand-written reports."""

from __future__ import annotations

import json
import random
from dataclasses import replace

import pytest

from triangulate.cluster import StoryIndex, split_stories
from triangulate.model import Document, Language, Published


def doc(doc_id: str, text: str, date: str | None = None) -> Document:
    published = (
        Published(date=date, precision="day", basis="metadata") if date else Published.unknown()
    )
    return Document(
        id=doc_id, source=doc_id, title=None, outlet=None, text=text, sha256="", published=published
    )


FLOOD = (
    "Floodwater from the Vell river swept through Marrowvale on Sunday, and the mayor of "
    "Marrowvale, Petra Osk, said 140 homes were under water in 2031.",
    "In Marrowvale the Vell burst its banks after three days of rain; Petra Osk asked the "
    "Lunen Red Cross for boats as 140 homes flooded.",
    "Rescuers from the Lunen Red Cross pulled families from roofs in Marrowvale, where the "
    "Vell river flood reached 140 homes, mayor Petra Osk said.",
)
ELECTION = (
    "Voters in Kestria chose Dario Fenwick as president in the 2031 runoff, the Kestrian "
    "electoral board announced, with Fenwick taking 54 percent.",
    "Dario Fenwick won the Kestria presidential runoff with 54 percent, defeating Alma Reyes, "
    "according to the Kestrian electoral board.",
    "Alma Reyes conceded to Dario Fenwick after the Kestria runoff; the electoral board put "
    "Fenwick at 54 percent.",
)
BRIDGE = (
    "The Tolbrook bridge over the Sarn collapsed at dawn, and engineers from Holm Transit "
    "blamed corroded cables, the Tolbrook council said.",
    "Holm Transit engineers said corroded cables brought down the Tolbrook bridge across "
    "the Sarn; the Tolbrook council closed the road.",
)


def pile() -> list[Document]:
    docs = [doc(f"flood-{i}", t) for i, t in enumerate(FLOOD)]
    docs += [doc(f"vote-{i}", t) for i, t in enumerate(ELECTION)]
    docs += [doc(f"bridge-{i}", t) for i, t in enumerate(BRIDGE)]
    return docs


def groups(stories: object) -> set[frozenset[str]]:
    return {frozenset(s.docs) for s in stories}  # type: ignore[attr-defined]


EXPECTED = {
    frozenset({"flood-0", "flood-1", "flood-2"}),
    frozenset({"vote-0", "vote-1", "vote-2"}),
    frozenset({"bridge-0", "bridge-1"}),
}


def test_cluster_split_stories_finds_events() -> None:
    assert groups(split_stories(pile())) == EXPECTED


def test_cluster_story_ids_and_labels() -> None:
    stories = {s.id: s for s in split_stories(pile())}
    assert set(stories) == {"s-flood-0", "s-vote-0", "s-bridge-0"}
    assert "Marrowvale" in stories["s-flood-0"].label
    assert "Dario Fenwick" in stories["s-vote-0"].label


def test_cluster_story_id_is_earliest_dated_report() -> None:
    docs = [doc("a", FLOOD[0], "2031-05-03"), doc("b", FLOOD[1], "2031-05-01")]
    docs.append(doc("c", FLOOD[2]))
    (story,) = split_stories(docs)
    assert story.id == "s-b"
    assert story.docs == ("b", "a", "c")


def test_cluster_names_from_ner_are_used() -> None:
    docs = pile()
    names = {d.id: ["Marrowvale", "Petra Osk"] for d in docs if d.id.startswith("flood")}
    assert groups(split_stories(docs, names)) == EXPECTED


def test_cluster_order_does_not_matter() -> None:
    docs = pile()
    expected = split_stories(docs)
    for seed in range(5):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        assert split_stories(shuffled) == expected


def test_cluster_two_batches_equal_one() -> None:
    docs = pile()
    once = StoryIndex()
    once.add(docs)
    twice = StoryIndex()
    first = twice.add(docs[::2])
    assert set(first) == {d.id for d in docs[::2]}
    twice.add(docs[1::2])
    assert twice.stories() == once.stories()
    assert twice.assignments() == once.assignments()


def test_cluster_state_round_trips_and_continues() -> None:
    docs = pile()
    index = StoryIndex()
    index.add(docs[:5])
    restored = StoryIndex.from_state(json.loads(json.dumps(index.to_state())))
    assert restored.stories() == index.stories()
    assert restored.to_state() == index.to_state()
    assigned = restored.add(docs[5:])
    index.add(docs[5:])
    assert restored.stories() == index.stories()
    assert assigned["vote-2"] == "s-vote-0"


def test_cluster_add_joins_existing_story() -> None:
    index = StoryIndex()
    index.add(pile()[:6])
    assigned = index.add(
        [doc("late", "Petra Osk said the Vell flood in Marrowvale hit 140 homes.")]
    )
    assert assigned == {"late": "s-flood-0"}


def test_cluster_rejects_repeated_ids() -> None:
    index = StoryIndex()
    index.add(pile()[:2])
    with pytest.raises(ValueError, match="already"):
        index.add(pile()[:1])
    with pytest.raises(ValueError, match="unique"):
        index.add([doc("x", "one"), doc("x", "two")])
    with pytest.raises(ValueError, match="format"):
        StoryIndex.from_state({"format": "other"})


def test_cluster_near_duplicate_joins_its_original() -> None:
    copy = doc("copy", FLOOD[0] + " Updated at noon.", "2031-05-04")
    original = doc("orig", FLOOD[0], "2031-05-03")
    index = StoryIndex()
    index.add([*pile()[3:], original, copy])
    (dup,) = index.near_duplicates()
    assert (dup.doc, dup.duplicate_of) == ("copy", "orig")
    assert index.assignments()["copy"] == index.assignments()["orig"]


def test_cluster_with_threshold_recuts_without_changing_the_original() -> None:
    index = StoryIndex()
    index.add(pile())
    merged = index.with_threshold(0.0)
    assert len(merged.stories()) <= len(index.stories())
    assert groups(index.stories()) == EXPECTED
    assert index.with_threshold(index.threshold).stories() == index.stories()


def test_cluster_empty_inputs() -> None:
    assert split_stories([]) == ()
    index = StoryIndex()
    assert index.add([]) == {}
    (story,) = split_stories([doc("blank", "")])
    assert story.docs == ("blank",)


def test_small_pile_about_one_event_stays_one_story() -> None:
    # Four reports of one fire, one of which names only the company, not the town: in so
    # small a pile plain IDF would call the shared names common and split the story.
    from pathlib import Path

    from triangulate.ingest import ingest

    folder = Path(__file__).resolve().parent / "data" / "port-veran"
    stories = split_stories(ingest([str(folder)]).documents)
    assert len(stories) == 1
    assert len(stories[0].docs) == 4


def test_cluster_cohesion_keeps_two_tight_groups_apart() -> None:
    from triangulate.cluster.linkage import average_linkage

    tight = {("a1", "a2"): 0.6, ("b1", "b2"): 0.6}
    cross = {(a, b): 0.2 for a in ("a1", "a2") for b in ("b1", "b2")}
    edges = {**tight, **cross}
    nodes = ["a1", "a2", "b1", "b2"]
    assert len(average_linkage(nodes, edges, 0.1)) == 1
    apart = average_linkage(nodes, edges, 0.1, cohesion=0.55)
    assert apart == [("a1", "a2"), ("b1", "b2")]
    # A single report still joins a tight group it resembles only loosely.
    lone = {("a1", "a2"): 0.6, ("a1", "c"): 0.2, ("a2", "c"): 0.2}
    assert average_linkage(["a1", "a2", "c"], lone, 0.1, cohesion=0.55) == [("a1", "a2", "c")]


def test_cluster_copies_of_one_report_are_no_tight_group_of_their_own() -> None:
    from triangulate.cluster.linkage import average_linkage

    # Three reports alike at 0.5; one wire text printed twice (alike at 1), loosely like them.
    edges = {("a1", "a2"): 0.5, ("a1", "a3"): 0.5, ("a2", "a3"): 0.5, ("w1", "w2"): 1.0}
    edges |= {(a, w): 0.2 for a in ("a1", "a2", "a3") for w in ("w1", "w2")}
    nodes = ["a1", "a2", "a3", "w1", "w2"]
    apart = average_linkage(nodes, edges, 0.1, cohesion=0.55)
    assert apart == [("a1", "a2", "a3"), ("w1", "w2")]
    together = average_linkage(nodes, edges, 0.1, cohesion=0.55, copies=[("w1", "w2")])
    assert together == [("a1", "a2", "a3", "w1", "w2")]
    # Two reports that are no copies of each other still make a tight group.
    assert average_linkage(nodes, edges, 0.1, cohesion=0.55, copies=[("a1", "a2")]) == apart


# A wire report of the flood, about the day after: it shares few words with the others.
FLOOD_WIRE = (
    "Schools in Marrowvale stayed shut on Monday as pumps worked through the night near the "
    "old mill, and the regional water office warned that the Vell could rise again before "
    "the weekend; shopkeepers stacked sandbags along the high street."
)


def test_cluster_a_wire_report_printed_twice_stays_in_its_event_story() -> None:
    docs = pile()
    docs += [doc("wire-a", FLOOD_WIRE), doc("wire-b", "From our desk. " + FLOOD_WIRE)]
    index = StoryIndex()
    index.add(docs)
    assert [(d.doc, d.duplicate_of) for d in index.near_duplicates()] == [("wire-b", "wire-a")]
    flood = {"flood-0", "flood-1", "flood-2", "wire-a", "wire-b"}
    assert frozenset(flood) in groups(index.stories())


MALAY = Language(code="ms", name="Malay", share=98, reliable=True)
ENGLISH = Language(code="en", name="English", share=98, reliable=True)
# A Malay report of the flood: the names and the number carry across, no word does.
FLOOD_MALAY = (
    "Banjir dari sungai Vell melanda Marrowvale pada hari Ahad, dan Datuk Bandar Petra Osk "
    "berkata 140 buah rumah ditenggelami air; Lunen Red Cross menghantar bot."
)
# A Malay report of something else that only shares a year and a number.
MARKET_MALAY = (
    "Harga sayur di pasar Kota Lamar naik pada 2031 kerana musim kemarau, kata peniaga, "
    "dan 140 gerai ditutup sementara."
)


def _in(language: Language, document: Document) -> Document:
    return replace(document, language=language)


def test_cluster_a_report_in_another_language_joins_its_event_by_names_and_numbers() -> None:
    docs = [_in(ENGLISH, d) for d in pile()]
    docs += [_in(MALAY, doc("flood-ms", FLOOD_MALAY)), _in(MALAY, doc("market-ms", MARKET_MALAY))]
    found = groups(split_stories(docs))
    assert frozenset({"flood-0", "flood-1", "flood-2", "flood-ms"}) in found
    assert frozenset({"market-ms"}) in found


def test_cluster_cross_language_similarity_needs_a_shared_name() -> None:
    from triangulate.cluster.features import cross_language_cosine, features, vector

    df = {f: 1 for text in (FLOOD[0], FLOOD_MALAY, MARKET_MALAY) for f in features(text)}
    flood, flood_ms, market_ms = (
        vector(features(t), df, 3) for t in (FLOOD[0], FLOOD_MALAY, MARKET_MALAY)
    )
    assert cross_language_cosine(flood, flood_ms) > 0.3
    assert cross_language_cosine(flood, market_ms) == 0.0


def test_cluster_state_keeps_each_report_language() -> None:
    index = StoryIndex()
    index.add([_in(MALAY, doc("flood-ms", FLOOD_MALAY))])
    back = StoryIndex.from_state(json.loads(json.dumps(index.to_state())))
    assert [d["language"] for d in back.to_state()["docs"]] == ["ms"]
    back.add([_in(ENGLISH, d) for d in pile()[:3]])
    assert frozenset({"flood-0", "flood-1", "flood-2", "flood-ms"}) in groups(back.stories())


def test_reports_sharing_many_rare_words_are_compared_once_per_pair() -> None:
    index = StoryIndex()
    index.add([doc(f"f{i}", text) for i, text in enumerate(FLOOD)])
    # Three reports, three pairs, however many rare words each pair shares.
    assert index.compared_pairs == 3
    index.add([doc("f3", FLOOD[0] + " " + FLOOD[1])])
    assert index.compared_pairs == 6
    assert len({index.assignments()[f"f{i}"] for i in range(4)}) == 1
