"""Verdicts on figures that share a noun but not a scope: whose figure each is, a total
beside a count for one cause, and counts of two occasions."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, doc, entity_in, figure_claim
from triangulate.model import Document, Entity, Group, When
from triangulate.reconcile import reconcile
from triangulate.reconcile.holders import Names


def _by_verdict(groups: tuple[Group, ...], verdict: str) -> list[Group]:
    return [g for g in groups if g.verdict == verdict]


def _person(name: str, *docs: Document) -> Entity:
    """A person named in the given reports (each mention where the text first names them)."""
    texts = ((d.id, d.text) for d in docs)
    return entity_in(name, *texts, kind="PERSON", every=False, entity_id=f"e-{name}")


SEASONS = dict(measure="seasons", counted="seasons", qualifiers=())


def test_scopes_a_figure_in_an_opening_phrase_is_the_main_clauses_subjects() -> None:
    # "In five seasons as head coach, Lind recorded ...": the seasons are Lind's, and
    # Berg's seven seasons as an assistant are another man's, not a dispute.
    one = doc("s1", "Anders Berg also spent seven seasons as an assistant coach.", "Bay")
    two = doc(
        "s2",
        "Overall, in five seasons as head coach, Tomas Lind recorded a mark of 182-158.",
        "Coast Post",
    )
    claims = [
        figure_claim(one, "seven seasons", low=7, high=7, **SEASONS),  # type: ignore[arg-type]
        figure_claim(two, "five seasons", low=5, high=5, **SEASONS),  # type: ignore[arg-type]
    ]
    people = [_person("Anders Berg", one), _person("Tomas Lind", two)]
    groups = reconcile([one, two], [TORVALD, *people], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "Coast Post gives 5 for Tomas Lind" in scope.explanation
    # A name after the phrase that only tells of the figure is its source: still a dispute.
    two = doc(
        "s3",
        "Overall, in five seasons as head coach, Tomas Lind said, the club lost money.",
        "Coast Post",
    )
    claims[1] = figure_claim(two, "five seasons", low=5, high=5, **SEASONS)  # type: ignore[arg-type]
    people = [_person("Anders Berg", one), _person("Tomas Lind", two)]
    groups = reconcile([one, two], [TORVALD, *people], claims).groups
    assert _by_verdict(groups, "conflict")


def test_scopes_he_never_stands_for_a_name_in_lower_case() -> None:
    # A title misread as a person ("a Tony Award") is not whom "he" stands for: the
    # person named before it is. Both reports give Hugh Jackman's count: a dispute.
    kw = dict(measure="times", counted="times", qualifiers=())
    one = doc(
        "t1",
        "Hugh Jackman sang on stage.\nHe won a Tony Award in 2004.\n"
        "He presided over the ceremony three times.",
        "Bay",
    )
    two = doc("t2", "Hugh Jackman presided over the ceremony eight times.", "Coast Post")
    claims = [
        figure_claim(one, "three times", low=3, high=3, **kw),  # type: ignore[arg-type]
        figure_claim(two, "eight times", low=8, high=8, **kw),  # type: ignore[arg-type]
    ]
    people = [
        entity_in("Hugh Jackman", ("t1", one.text), ("t2", two.text), kind="PERSON"),
        _person("a Tony Award", one),
    ]
    (group,) = reconcile([one, two], [TORVALD, *people], claims).groups
    assert group.verdict == "conflict", group.explanation
    # Another man's count, held by a verb of presiding, is his own: no dispute.
    two = doc("t3", "Billy Crystal presided over the ceremony eight times.", "Coast Post")
    claims[1] = figure_claim(two, "eight times", low=8, high=8, **kw)  # type: ignore[arg-type]
    people = [_person("Hugh Jackman", one), _person("Billy Crystal", two)]
    groups = reconcile([one, two], [TORVALD, *people], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "for Hugh Jackman" in scope.explanation


GAMES = dict(measure="games", counted="games", qualifiers=())


def test_scopes_a_count_for_one_cause_is_a_part_of_a_total() -> None:
    whole = doc("m1", "But he missed 10 total games this season.", "Bay")
    part = doc("m2", "Lind missed nine games this season because of the injury.", "Coast Post")
    claims = [
        figure_claim(whole, "10 total games", low=10, high=10, **GAMES),  # type: ignore[arg-type]
        figure_claim(part, "nine games", low=9, high=9, **GAMES),  # type: ignore[arg-type]
    ]
    groups = reconcile([whole, part], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "Bay gives 10 in all" in scope.explanation
    assert '("nine games this season because of the injury")' in scope.explanation
    # Two counts that neither tells as a total nor for one cause are one in dispute.
    plain = doc("m3", "But he missed 10 games this season.", "Bay")
    claims[0] = figure_claim(plain, "10 games", low=10, high=10, **GAMES)  # type: ignore[arg-type]
    (group,) = reconcile([plain, part], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation
    # A part can never exceed its whole: a cause's count above the total disputes it.
    more = doc("m4", "Lind missed 12 games this season because of the injury.", "Coast Post")
    claims = [
        figure_claim(whole, "10 total games", low=10, high=10, **GAMES),  # type: ignore[arg-type]
        figure_claim(more, "12 games", low=12, high=12, **GAMES),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([whole, more], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation
    # A count of anything but absences told with its cause may be all of them: a dispute.
    total = doc("m5", "A total of 46 people were arrested.", "Bay")
    cause = doc("m6", "Police said 40 people were arrested because of the violence.", "Post")
    kw = dict(measure="people arrested", counted="people", qualifiers=("arrested",))
    claims = [
        figure_claim(total, "46 people", low=46, high=46, **kw),  # type: ignore[arg-type]
        figure_claim(cause, "40 people", low=40, high=40, speaker="Police", **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([total, cause], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


ARRESTS = dict(counted="arrests", qualifiers=(), measure="arrests in Torvald")
WEDNESDAY = When(start="2032-06-16", end="2032-06-16", precision="day", text="on Wednesday night")


def test_scopes_a_count_told_before_the_day_another_is_dated_to_is_of_another_occasion() -> None:
    # A report out on the Monday cannot count Wednesday night's arrests: its one arrest is
    # another night's, neither an earlier stage of the 46 nor a dispute with them.
    monday = doc("o1", "Police said there was one arrest at the vigil.", "Bay", "2032-06-14")
    later = doc("o2", "There were 46 arrests on Wednesday night.", "Coast Post", "2032-06-17")
    claims = [
        figure_claim(monday, "one arrest", low=1, high=1, **ARRESTS),  # type: ignore[arg-type]
        figure_claim(later, "46 arrests", low=46, high=46, when=WEDNESDAY, **ARRESTS),  # type: ignore[arg-type]
    ]
    groups = reconcile([monday, later], [TORVALD], claims).groups
    assert not _by_verdict(groups, "update") and not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "counts of two occasions" in scope.explanation
    assert '("on Wednesday night", 2032-06-16)' in scope.explanation
    # Told on that Wednesday, the lower count may be the night's count before it grew.
    same = doc("o3", "Police said there was one arrest at the vigil.", "Bay", "2032-06-16")
    claims[0] = figure_claim(same, "one arrest", low=1, high=1, **ARRESTS)  # type: ignore[arg-type]
    (group,) = reconcile([same, later], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    # A dated count tied to those before it is a running total: the count rose.
    total = doc(
        "o4", "On Wednesday night police made more, bringing the total to 46 arrests.", "Post",
        "2032-06-17",
    )  # fmt: skip
    claims = [
        figure_claim(monday, "one arrest", low=1, high=1, **ARRESTS),  # type: ignore[arg-type]
        figure_claim(total, "46 arrests", low=46, high=46, when=WEDNESDAY, **ARRESTS),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([monday, total], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation


def test_scopes_a_day_the_count_was_told_on_or_stood_by_is_no_occasion_of_its_own() -> None:
    # "The ministry said on Wednesday" dates the telling, and "by Wednesday" the stand of a
    # running count: the Monday report's lower count is that count before it grew.
    monday = doc("d1", "Police said there was one arrest at the vigil.", "Bay", "2032-06-14")
    claims = [figure_claim(monday, "one arrest", low=1, high=1, **ARRESTS)]  # type: ignore[arg-type]
    for n, (text, words) in enumerate(
        (
            ("There were 46 arrests, the ministry said on Wednesday night.", "on Wednesday night"),
            ("There were 46 arrests by Wednesday night.", "by Wednesday night"),
        )
    ):
        later = doc(f"d{n + 2}", text, "Coast Post", "2032-06-17")
        told = When(start="2032-06-16", end="2032-06-16", precision="day", text=words)
        dated = figure_claim(later, "46 arrests", low=46, high=46, when=told, **ARRESTS)  # type: ignore[arg-type]
        (group,) = reconcile([monday, later], [TORVALD], [*claims, dated]).groups
        assert group.verdict == "update", (text, group.explanation)


def test_scopes_a_count_so_far_of_no_known_day_is_no_stage_of_a_dated_count() -> None:
    # "At this point there was one arrest" in a report of no known day: when the dated
    # count's sentence tells of several nights, nothing places it on Wednesday night, so it
    # is not read as that night's count before it grew.
    early = doc("q1", "At this point there was one arrest, police said.", "Bay")
    later = doc(
        "q2",
        "After a Monday vigil and a second protest the next night, there were 46 arrests on "
        "Wednesday night.",
        "Coast Post",
        "2032-06-17",
    )
    claims = [
        figure_claim(early, "one arrest", low=1, high=1, **ARRESTS),  # type: ignore[arg-type]
        figure_claim(later, "46 arrests", low=46, high=46, when=WEDNESDAY, **ARRESTS),  # type: ignore[arg-type]
    ]
    groups = reconcile([early, later], [TORVALD], claims).groups
    assert not _by_verdict(groups, "update") and not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "as it stood at one hour of a report of no known day" in scope.explanation
    # A story of one occasion: the count so far grows into that night's count.
    one = doc("q3", "There were 46 arrests on Wednesday night.", "Coast Post", "2032-06-17")
    claims[1] = figure_claim(one, "46 arrests", low=46, high=46, when=WEDNESDAY, **ARRESTS)  # type: ignore[arg-type]
    (group,) = reconcile([early, one], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation
    # A higher count of no single day is what a count so far grows into: the count rose.
    undated = doc("q4", "There were 46 arrests in all the unrest.", "Coast Post", "2032-06-17")
    claims[1] = figure_claim(undated, "46 arrests", low=46, high=46, **ARRESTS)  # type: ignore[arg-type]
    (group,) = reconcile([early, undated], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation


OPERATIONS = dict(measure="operations", counted="operations", qualifiers=())


def test_scopes_the_other_few_are_the_rest_of_a_set_not_the_whole() -> None:
    # "While two of them fled, operations were carried out on the other three": the three
    # are the boats left of a set, not the patrol's five operations in dispute.
    rest = doc(
        "r1", "Two boats fled, and boarding operations were carried out on the other three.", "Bay"
    )
    whole = doc("r2", "The warship has carried out five operations there.", "Coast Post")
    claims = [
        figure_claim(rest, "three", low=3, high=3, **OPERATIONS),  # type: ignore[arg-type]
        figure_claim(whole, "five operations", low=5, high=5, **OPERATIONS),  # type: ignore[arg-type]
    ]
    groups = reconcile([rest, whole], [TORVALD], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert 'Bay gives 3 as the rest of a set ("the other three")' in scope.explanation
    # Told as a count of its own, three operations dispute five.
    own = doc("r3", "Boarding operations were carried out on three occasions.", "Bay")
    claims[0] = figure_claim(own, "three", low=3, high=3, **OPERATIONS)  # type: ignore[arg-type]
    (group,) = reconcile([own, whole], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation
    # A rest another report gives as a count of its own is that count told two ways: the
    # rest stays with it, whatever the larger figure beside them.
    plain = doc("r4", "Officials said three operations were carried out.", "Post")
    claims = [
        figure_claim(rest, "three", low=3, high=3, **OPERATIONS),  # type: ignore[arg-type]
        figure_claim(plain, "three operations", low=3, high=3, **OPERATIONS),  # type: ignore[arg-type]
        figure_claim(whole, "five operations", low=5, high=5, **OPERATIONS),  # type: ignore[arg-type]
    ]
    groups = reconcile([rest, plain, whole], [TORVALD], claims).groups
    (told,) = [g for g in groups if claims[0].id in g.claims and g.verdict != "scope_differs"]
    assert claims[1].id in told.claims, [(g.verdict, g.claims) for g in groups]


PASSES = dict(measure="length of pass", counted="pass", qualifiers=(), kind="length", unit="yard")


def test_scopes_a_play_is_the_one_who_made_it() -> None:
    # "An 80-yard pass by the Jaguars" and "Luck found Wayne for a seven-yard pass" are
    # two teams' plays, not one pass measured two ways.
    by = doc("y1", "The loss came on that 80 yard touchdown pass by the Jaguars late on.", "Bay")
    found = doc(
        "y2", "Rookie Andrew Luck found Reggie Wayne for a seven-yard touchdown pass.", "Post"
    )
    claims = [
        figure_claim(by, "80 yard touchdown pass", low=80, high=80, **PASSES),  # type: ignore[arg-type]
        figure_claim(found, "seven-yard touchdown pass", low=7, high=7, **PASSES),  # type: ignore[arg-type]
    ]
    people = [
        _person("Andrew Luck", found),
        _person("Reggie Wayne", found),
        entity_in("Jaguars", ("y1", by.text), kind="ORG"),
    ]
    groups = reconcile([by, found], [TORVALD, *people], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "Bay gives 80 for Jaguars" in scope.explanation
    assert "Post gives 7 for Andrew Luck" in scope.explanation
    # A measurement "by" its teller is the teller's figure, not a play: a dispute, whether
    # its noun is one of measuring or it is a bare number.
    one = doc("y3", "The club cited an 80 yard estimate by Opta for the pass.", "Bay")
    two = doc("y4", "The club cited a seven yard estimate by Stats Inc for the pass.", "Post")
    claims = [
        figure_claim(one, "80 yard estimate", low=80, high=80, **PASSES),  # type: ignore[arg-type]
        figure_claim(two, "seven yard estimate", low=7, high=7, **PASSES),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation
    one = doc("y5", "The pass measured 80 by Opta.", "Bay")
    two = doc("y6", "The pass measured 7 by Stats Inc.", "Post")
    claims = [
        figure_claim(one, "80", low=80, high=80, **PASSES),  # type: ignore[arg-type]
        figure_claim(two, "7", low=7, high=7, **PASSES),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([one, two], [TORVALD], claims).groups
    assert group.verdict == "conflict", group.explanation


def test_scopes_a_day_after_by_is_no_maker_of_a_figure() -> None:
    # "20 deaths by Friday" and "31 deaths by Sunday" tell one toll by two days: the count
    # rose, no two makers' figures.
    kw = dict(counted="deaths", qualifiers=("killed",))
    friday = doc("b1", "There were 20 deaths by Friday in Torvald.", "Bay", "2032-06-18")
    sunday = doc("b2", "There were 31 deaths by Sunday in Torvald.", "Coast Post", "2032-06-20")
    claims = [
        figure_claim(friday, "20 deaths", low=20, high=20, **kw),  # type: ignore[arg-type]
        figure_claim(sunday, "31 deaths", low=31, high=31, **kw),  # type: ignore[arg-type]
    ]
    (group,) = reconcile([friday, sunday], [TORVALD], claims).groups
    assert group.verdict == "update", group.explanation


TIMES = dict(measure="times", counted="times", qualifiers=())


def test_scopes_he_stands_for_the_man_a_run_of_sentences_tells_of() -> None:
    # "He" is never a name after "an" ("an Oscar") nor one opening a quoted title
    # ("``Kate and Leopold''"): both reports give Hugh Jackman's count, a dispute.
    one = doc(
        "j1",
        "Hugh Jackman sang on stage.\nHe was nominated for an Oscar.\n"
        "He starred in ``Kate and Leopold.''\nHe presided over the ceremony three times.",
        "Bay",
    )
    two = doc("j2", "Hugh Jackman presided over the ceremony eight times.", "Coast Post")
    claims = [
        figure_claim(one, "three times", low=3, high=3, **TIMES),  # type: ignore[arg-type]
        figure_claim(two, "eight times", low=8, high=8, **TIMES),  # type: ignore[arg-type]
    ]
    people = [
        entity_in("Hugh Jackman", ("j1", one.text), ("j2", two.text), kind="PERSON"),
        _person("Oscar", one),
        _person("Kate", one),
    ]
    (group,) = reconcile([one, two], [TORVALD, *people], claims).groups
    assert group.verdict == "conflict", group.explanation
    # A run of sentences opening with "he" tells of the man named before the run, however
    # long it is; and "that" after a preposition points to a thing ("over that ceremony"),
    # opening no clause: another man's count is his own, no dispute.
    filler = "".join(f"He sang song number {n} of the night to a full house.\n" for n in range(9))
    one = doc(
        "j3",
        f"Hugh Jackman came on stage.\n{filler}He presided over that ceremony three times.",
        "Bay",
    )
    two = doc("j4", "Billy Crystal presided over that ceremony eight times.", "Coast Post")
    claims = [
        figure_claim(one, "three times", low=3, high=3, **TIMES),  # type: ignore[arg-type]
        figure_claim(two, "eight times", low=8, high=8, **TIMES),  # type: ignore[arg-type]
    ]
    people = [_person("Hugh Jackman", one), _person("Billy Crystal", two)]
    groups = reconcile([one, two], [TORVALD, *people], claims).groups
    assert not _by_verdict(groups, "conflict")
    (scope,) = _by_verdict(groups, "scope_differs")
    assert "for hugh jackman" in scope.explanation.lower()
    assert "for Billy Crystal" in scope.explanation


def test_scopes_a_name_after_a_closing_quote_mark_is_a_person() -> None:
    # 'It was easy." Cheeks played ...': the quote mark closes the quote before the name;
    # only one the name follows at once ('"Kate and Leopold"') opens a title.
    text = 'Brown said: "It was not easy. "\nCheeks played here. He coached seven seasons.'
    cheeks = entity_in("Cheeks", ("k1", text), kind="PERSON")
    names = Names.of([cheeks])
    assert names.person_before("k1", text.index("He coached"), text=text) == "Cheeks"
    title = 'He starred in "Kate and Leopold." He coached seven seasons.'
    kate = entity_in("Kate", ("k2", title), kind="PERSON")
    names = Names.of([kate])
    assert names.person_before("k2", title.index("He coached"), text=title) is None
