"""Parts of a kind and games of two acts: a count of things filed under a category
("species listed as endangered", "voters registered as Democrats") is a part of all
things of its kind, so it never disputes a count naming no category or another one,
while two counts of one category still dispute; a toll is never read so. Games a player
did something else in ("effective for two games") are no count of games played, while
two such counts still dispute. Shares answering two questions and counts of things two
acts were done with are two quantities, and so are shares of a whole and of a part
narrowed before its noun ("the evangelical vote"); one answer's, one act's or one
whole's still dispute."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, doc, figure_claim, share
from triangulate.model import Claim, Document
from triangulate.reconcile import reconcile
from triangulate.reconcile.games import game_act
from triangulate.reconcile.members import act, answer, categories, category, narrowed_whole


def _groups(documents: list[Document], claims: list[Claim]) -> list[tuple[str, str]]:
    return sorted(
        (g.verdict, g.explanation) for g in reconcile(documents, [TORVALD], claims).groups
    )


def _verdicts(documents: list[Document], claims: list[Claim]) -> list[str]:
    return [verdict for verdict, _ in _groups(documents, claims)]


def _count(
    document: Document, phrase: str, value: float, noun: str, said: tuple[str, ...]
) -> Claim:
    return figure_claim(
        document,
        phrase,
        low=value,
        high=value,
        measure=f"{noun} in Torvald",
        counted=noun,
        qualifiers=said,
    )


LISTED = "Today there are 1,009 species in Torvald listed as endangered under the Act."


def test_species_listed_in_one_category_are_a_part_of_all_species_protected() -> None:
    a = doc("a", LISTED, "Coast Post")
    b = doc("b", "The law protects 1,400 species in Torvald, the group said.", "Valley News")
    claims = [
        _count(a, "1,009 species", 1009, "species", ()),
        _count(b, "1,400 species", 1400, "species", ("protects",)),
    ]
    groups = _groups([a, b], claims)
    assert "conflict" not in [verdict for verdict, _ in groups]
    why = next(text for verdict, text in groups if verdict == "scope_differs")
    assert "(listed as endangered)" in why and "(no category named)" in why


def test_two_counts_of_one_category_still_dispute() -> None:
    a = doc("a", LISTED, "Coast Post")
    b = doc("b", "There are 1,400 species in Torvald listed as endangered.", "Valley News")
    claims = [
        _count(a, "1,009 species", 1009, "species", ()),
        _count(b, "1,400 species", 1400, "species", ()),
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_voters_registered_in_a_party_are_not_all_the_voters() -> None:
    a = doc("a", "Torvald has 2.1 million voters registered as Democrats.", "Coast Post")
    b = doc("b", "Torvald has 7.8 million voters, the secretary of state said.", "Valley News")
    c = doc("c", "Some 1.6 million voters registered as Republicans can vote.", "Hill Times")
    claims = [
        _count(a, "2.1 million voters", 2.1e6, "voters", ("has",)),
        _count(b, "7.8 million voters", 7.8e6, "voters", ("has",)),
        _count(c, "1.6 million voters", 1.6e6, "voters", ("vote",)),
    ]
    assert "conflict" not in _verdicts([a, b, c], claims)
    documents = {d.id: d for d in (a, b, c)}
    assert categories(claims, documents) == {
        claims[0].id: "democrat",
        claims[1].id: "",
        claims[2].id: "republican",
    }


def test_a_count_naming_the_category_before_its_noun_counts_the_same_part() -> None:
    a = doc("a", LISTED, "Coast Post")
    b = doc("b", "The Act covers 1,100 endangered species in Torvald.", "Valley News")
    claims = [
        _count(a, "1,009 species", 1009, "species", ()),
        _count(b, "1,100 endangered species", 1100, "species", ("endangered",)),
    ]
    assert set(categories(claims, {"a": a, "b": b}).values()) == {"endangered"}  # type: ignore[union-attr]


def test_a_state_is_no_category_and_a_toll_still_disputes() -> None:
    a = doc("a", "The gunman killed 12 people listed as missing in the attack.", "Coast Post")
    b = doc("b", "The gunman killed 18 people in the attack, officials said.", "Valley News")
    dead = dict(measure="people killed in Torvald", counted="people", qualifiers=("killed",))
    claims = [
        figure_claim(a, "12 people", low=12, high=12, **dead),  # type: ignore[arg-type]
        figure_claim(b, "18 people", low=18, high=18, **dead),  # type: ignore[arg-type]
    ]
    assert category(claims[0], {"a": a}) is None
    assert categories(claims, {"a": a, "b": b}) is None
    assert "conflict" in _verdicts([a, b], claims)


GAMES = dict(measure="games", counted="games", qualifiers=())


def test_games_a_player_did_something_else_in_are_no_count_of_games_played() -> None:
    a = doc("a", "The second-overall pick Moss played in just 10 games this year.", "Coast")
    b = doc("b", "He came back and was very effective for two games.", "Valley News")
    claims = [
        figure_claim(a, "10 games", low=10, high=10, **GAMES),  # type: ignore[arg-type]
        figure_claim(b, "two games", low=2, high=2, **GAMES),  # type: ignore[arg-type]
    ]
    assert "conflict" not in _verdicts([a, b], claims)
    assert (game_act(claims[0], {"a": a}), game_act(claims[1], {"b": b})) == ("played", "")


def test_games_no_act_is_told_for_still_dispute() -> None:
    a = doc("a", "He came back and was very effective for six games.", "Coast Post")
    b = doc("b", "He came back and was very effective for two games.", "Valley News")
    claims = [
        figure_claim(a, "six games", low=6, high=6, **GAMES),  # type: ignore[arg-type]
        figure_claim(b, "two games", low=2, high=2, **GAMES),  # type: ignore[arg-type]
    ]
    assert "conflict" in _verdicts([a, b], claims)


def test_shares_answering_two_questions_of_one_survey_are_two_quantities() -> None:
    a = doc("a", "The survey found 61 percent of Democrats say they are satisfied.", "Coast")
    b = doc("b", "The survey found 44 percent of Democrats say they would vote for Moss.", "Bay")
    claims = [
        share(a, "61 percent of Democrats", 61, of="Democrats"),
        share(b, "44 percent of Democrats", 44, of="Democrats"),
    ]
    groups = _groups([a, b], claims)
    assert "conflict" not in [verdict for verdict, _ in groups]
    why = next(text for verdict, text in groups if verdict == "scope_differs")
    assert 'for "satisfied"' in why and 'for "moss vote"' in why


def test_shares_backing_one_candidate_in_one_poll_still_dispute() -> None:
    a = doc("a", "In the Marist poll, 40 percent of Democrats back Moss.", "Coast Post")
    b = doc("b", "In the Marist poll, 46 percent of Democrats said they would back Moss.", "Bay")
    claims = [
        share(a, "40 percent of Democrats", 40, of="Democrats"),
        share(b, "46 percent of Democrats", 46, of="Democrats"),
    ]
    documents = {"a": a, "b": b}
    assert answer(claims[0], documents) == frozenset({"back", "moss"})
    assert answer(claims[1], documents) == frozenset({"back", "moss"})
    assert "conflict" in _verdicts([a, b], claims)


def test_a_share_that_is_no_clause_subject_names_no_answer() -> None:
    a = doc("a", "Moss leads with 46 percent in the Marist poll of Torvald voters.", "Coast")
    claim = share(a, "46 percent", 46, of="Democrats")
    assert answer(claim, {"a": a}) is None


def _emails(document: Document, phrase: str, value: float) -> Claim:
    return _count(document, phrase, value, "emails", ())


def test_emails_released_and_emails_deleted_are_two_sets() -> None:
    a = doc("a", "The State Department released 3,000 emails on Tuesday.", "Coast Post")
    b = doc("b", "Moss deleted some 31,000 emails she deemed personal, aides said.", "Bay")
    claims = [_emails(a, "3,000 emails", 3000), _emails(b, "31,000 emails", 31000)]
    documents = {"a": a, "b": b}
    assert (act(claims[0], documents), act(claims[1], documents)) == ("release", "delete")
    groups = _groups([a, b], claims)
    assert "conflict" not in [verdict for verdict, _ in groups]
    assert any("(delete)" in text and "(release)" in text for _, text in groups)


def test_emails_of_one_act_told_in_two_words_still_dispute() -> None:
    a = doc("a", "The State Department released 3,000 emails on Tuesday.", "Coast Post")
    b = doc("b", "The State Department published nearly 7,000 emails on Tuesday.", "Bay")
    claims = [_emails(a, "3,000 emails", 3000), _emails(b, "7,000 emails", 7000)]
    assert "conflict" in _verdicts([a, b], claims)


def test_a_verb_of_telling_names_no_act_and_a_toll_has_none() -> None:
    a = doc("a", "The ministry reported 300 emails on Tuesday.", "Coast Post")
    b = doc("b", "The gunman killed 12 people in the attack.", "Bay")
    told = _emails(a, "300 emails", 300)
    dead = figure_claim(b, "12 people", low=12, high=12)
    assert act(told, {"a": a}) is None
    assert act(dead, {"b": b}) is None


def test_a_share_of_a_narrowed_whole_is_another_population() -> None:
    a = doc("a", "Moss won 46 percent of the vote in Torvald on Tuesday.", "Coast Post")
    b = doc("b", "Moss won 40 percent of the evangelical vote in Torvald on Tuesday.", "Bay")
    claims = [
        share(a, "46 percent of the vote", 46, of="vote"),
        share(b, "40 percent of the evangelical vote", 40, of="vote"),
    ]
    groups = _groups([a, b], claims)
    assert "conflict" not in [verdict for verdict, _ in groups]
    assert any("(evangelical)" in text and "(the whole)" in text for _, text in groups)


def test_shares_of_one_whole_named_two_ways_still_dispute() -> None:
    a = doc("a", "Moss won 46 percent of the vote in Torvald on Tuesday.", "Coast Post")
    b = doc("b", "Moss won 40 percent of the popular vote in Torvald on Tuesday.", "Bay")
    claims = [
        share(a, "46 percent of the vote", 46, of="vote"),
        share(b, "40 percent of the popular vote", 40, of="vote"),
    ]
    assert narrowed_whole(claims[1], {"b": b}) == ""
    assert "conflict" in _verdicts([a, b], claims)
