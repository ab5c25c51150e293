"""One count named by two nouns: the same distinctive number in two reports of a story."""

from __future__ import annotations

from test_reconcile_helpers import amount, doc, figure_claim, topic
from triangulate.model import Claim, Document
from triangulate.reconcile import reconcile
from triangulate.reconcile.nouns import DISTINCT_FLOOR, one_noun
from triangulate.reconcile.topics import HITS, UNSAID, Topic

A = doc("a", "The patrol detained 34 smugglers off Corran and 12 homes burned.", "Coast Post")
B = doc("b", "All 34 crewmen were taken to Dalby; 12 cars and 12 homes burned.", "Valley News")
C = doc("c", "Officers said 34 crewmen, not 40 crewmen, were aboard.", "Harbour Times")


def _count(d: Document, phrase: str, value: float, noun: str) -> Claim:
    return amount(d, phrase, value, counted=noun, measure=noun)


def _thing(noun: str, **changes: object) -> Topic:
    return topic(population=noun, state="other", **changes)


def test_one_noun_reads_a_distinct_number_with_the_other_reports_noun() -> None:
    a = _count(A, "34 smugglers", 34, "smugglers")
    b = _count(B, "34 crewmen", 34, "crewmen")
    c = _count(C, "34 crewmen", 34, "crewmen")
    topics = {a.id: _thing("smuggler"), b.id: _thing("crewman"), c.id: _thing("crewman")}
    out = one_noun([a, b, c], topics)
    # The noun most reports use is kept; the other report's count is read with it.
    assert out[a.id].population == "crewman"
    assert out[b.id] == topics[b.id]


def test_one_noun_leaves_small_numbers_apart() -> None:
    """Small numbers repeat by chance inside one story ("three boats", "three officers")."""
    a = _count(A, "34 smugglers", 3, "smugglers")
    b = _count(B, "34 crewmen", 3, "crewmen")
    topics = {a.id: _thing("smuggler"), b.id: _thing("crewman")}
    assert DISTINCT_FLOOR > 3
    assert one_noun([a, b], topics) == topics


def test_one_noun_never_when_one_report_gives_the_number_to_both_nouns() -> None:
    """ "12 cars and 12 homes burned": that report tells the two counts apart."""
    a = _count(A, "12 homes", 12, "homes")
    b_cars = _count(B, "12 cars", 12, "cars")
    b_homes = _count(B, "12 homes", 12, "homes")
    topics = {a.id: _thing("home"), b_cars.id: _thing("car"), b_homes.id: _thing("home")}
    assert one_noun([a, b_cars, b_homes], topics) == topics


def test_one_noun_keeps_what_a_rule_of_its_own_reads() -> None:
    """Hit "11 times" and "11 shots" fired are two counts that share a number."""
    a = _count(A, "34 smugglers", 11, "times")
    b = _count(B, "34 crewmen", 11, "shots")
    topics = {a.id: _thing(HITS), b.id: _thing("shots fired")}
    assert one_noun([a, b], topics) == topics


def test_one_noun_keeps_a_count_its_own_noun_disputes() -> None:
    """ "34 smugglers" beside another report's "40 smugglers": that dispute is the one to
    show, not a third report's "34 crewmen"."""
    d = doc("d", "Police said 40 smugglers were held.", "Harbour Times")
    a = _count(A, "34 smugglers", 34, "smugglers")
    b = _count(B, "34 crewmen", 34, "crewmen")
    c = _count(C, "34 crewmen", 34, "crewmen")
    held = _count(d, "40 smugglers", 40, "smugglers")
    topics = {
        a.id: _thing("smuggler"),
        b.id: _thing("crewman"),
        c.id: _thing("crewman"),
        held.id: _thing("smuggler"),
    }
    assert one_noun([a, b, c, held], topics) == topics
    # Without the dispute, the smugglers' 34 is read as the crewmen's.
    assert one_noun([a, b, c], topics)[a.id].population == "crewman"


def test_one_noun_reads_people_first_and_says_nothing_befell_them() -> None:
    """ "34 people were rescued", "34 crewmen": the crewmen are those people, of whom their
    own reports say nothing more."""
    a = _count(A, "34 smugglers", 34, "smugglers")
    b = _count(B, "34 crewmen", 34, "crewmen")
    c = _count(C, "34 crewmen", 34, "crewmen")
    topics = {
        a.id: topic(population="people", state="rescued"),
        b.id: _thing("crewman"),
        c.id: _thing("crewman"),
    }
    out = one_noun([a, b, c], topics)
    assert out[b.id].population == out[c.id].population == "people"
    assert out[b.id].state == UNSAID


def test_reconcile_one_count_two_nouns_is_one_group() -> None:
    a = doc("a", "The navy detained 34 smugglers near Corran on Monday.", "Coast Post")
    b = doc("b", "The boats had a total of 34 crewmen on board, officials said.", "Valley News")
    claims = [
        figure_claim(
            a,
            "34 smugglers",
            low=34,
            high=34,
            counted="smugglers",
            measure="smugglers",
            qualifiers=(),
        ),
        figure_claim(
            b,
            "34 crewmen",
            low=34,
            high=34,
            counted="crewmen",
            measure="crewmen",
            qualifiers=(),
        ),
    ]
    groups = [g for g in reconcile([a, b], [], claims).groups if g.kind == "figure"]
    assert len(groups) == 1
    assert len(groups[0].claims) == 2
