"""The PolNeAR attribution scorer on an invented article with hand-made relations."""

from __future__ import annotations

import json
from pathlib import Path

from test_reconcile_helpers import doc, figure_claim
from triangulate.evaluate.attribution import (
    GoldRelation,
    GoldSpan,
    Judged,
    PolnearDoc,
    is_reporting,
    load_polnear,
    same_name,
    score_claims,
)

TEXT = (
    "Mayor Ada Brandt said 40 boats sank. "
    "She said 12 piers broke. "
    "The council believes 9 roads flooded. "
    "Crews cleared 7 drains."
)


def _span(text: str, nth: int = 0) -> GoldSpan:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return GoldSpan(start=start, end=start + len(text), text=text)


GOLD = PolnearDoc(
    id="a",
    split="dev",
    publisher="",
    published=None,
    title="",
    text=TEXT,
    relations=(
        GoldRelation(
            source=_span("Mayor Ada Brandt"), cue=_span("said"), content=_span("40 boats sank")
        ),
        GoldRelation(source=_span("She"), cue=_span("said", 1), content=_span("12 piers broke")),
        GoldRelation(
            source=_span("The council"), cue=_span("believes"), content=_span("9 roads flooded")
        ),
    ),
)
DOC = doc("a", TEXT, "North Wire")


def test_evaluate_attribution_judges_names_pronouns_and_the_outside() -> None:
    claims = [
        figure_claim(DOC, "40 boats", low=40, high=40, speaker="Ada Brandt"),
        # "She" is right when the claim names the person she refers to.
        figure_claim(DOC, "12 piers", low=12, high=12, speaker="Brandt"),
        # A stance, not a reporting verb; the speaker is wrong.
        figure_claim(DOC, "9 roads", low=9, high=9, speaker="Crews"),
        # Outside every content span, a named speaker is a false attribution.
        figure_claim(DOC, "7 drains", low=7, high=7, speaker="Ada Brandt"),
    ]
    score = score_claims([DOC], claims, {"a": GOLD})
    assert [(j.text, j.right, j.reporting) for j in score.judged] == [
        ("40 boats", True, True),
        ("12 piers", True, True),
        ("9 roads", False, False),
    ]
    assert score.reporting == 1.0
    assert abs(score.overall - 2 / 3) < 1e-9
    assert score.outside == 1 and score.false_attributions == 1.0


def test_evaluate_attribution_missing_speaker_is_wrong_and_text_may_differ() -> None:
    # The report's text differs from the corpus by a few characters before the claim.
    ours = doc("a", "Mayor  Ada Brandt said 40 boats sank. " + TEXT[37:], "North Wire")
    claims = [figure_claim(ours, "40 boats", low=40, high=40)]
    score = score_claims([ours], claims, {"a": GOLD})
    assert [(j.text, j.right, j.source) for j in score.judged] == [
        ("40 boats", False, "Mayor Ada Brandt")
    ]


def test_evaluate_attribution_reporting_cues_and_names() -> None:
    assert is_reporting(GOLD.relations[0])
    assert not is_reporting(GOLD.relations[2])
    assert same_name("Reyes", "Tomas Reyes") and same_name("Tomas J. Reyes", "Reyes")
    assert not same_name("Ada Reyes", "Tomas Reyes")
    # Courtesy titles, possessives and ages say nothing of who is named.
    assert same_name("Tomas Reyes", "Mr. Reyes") and same_name("Tomas Reyes", "Reyes’s")
    assert same_name("Tomas Reyes", "Reyes, 58,")
    assert same_name("Tomas Reyes", "Reyes, at the port authority,")
    assert not same_name("Tomas Reyes", "Mr. Brandt") and not same_name("Mr.", "Mr. Reyes")
    assert not same_name("Reyes's lawyers", "Reyes")


def test_an_office_before_a_name_is_compared_with_it_and_without_it() -> None:
    assert same_name("Professor Reyes", "Tomas Reyes")
    assert same_name("Tomas Reyes", "Sen. Tomas Reyes")
    assert same_name("Governor Reyes", "the governor")
    assert not same_name("Professor Reyes", "Ada Brandt")
    assert not same_name("Professor Reyes", "Professor Brandt")
    assert not same_name("the senator", "the governor")


def test_evaluate_attribution_loads_a_split(tmp_path: Path) -> None:
    rows = [
        {
            "doc_id": "a",
            "split": "dev",
            "text": TEXT,
            "attributions": [
                {
                    "source": [0, 16, "Mayor Ada Brandt"],
                    "cue": [17, 21, "said"],
                    "content": [22, 35, "40 boats sank"],
                },
                {"source": None, "cue": [17, 21, "said"], "content": None},
            ],
        },
        {"doc_id": "b", "split": "train", "text": "x", "attributions": []},
    ]
    path = tmp_path / "polnear.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (article,) = load_polnear(path, split="dev")
    assert article.id == "a" and len(article.relations) == 1
    assert article.relations[0].content.text == TEXT[22:35]


def _article(text: str, *relations: tuple[str, str, str]) -> PolnearDoc:
    """An invented article; each relation is (source, cue, content), found in order."""
    made, at = [], 0
    for source, cue, content in relations:
        spans = []
        for part in (source, cue, content):
            start = text.index(part, at)
            spans.append(GoldSpan(start=start, end=start + len(part), text=part))
            at = start + len(part)
        made.append(GoldRelation(source=spans[0], cue=spans[1], content=spans[2]))
    return PolnearDoc(
        id="p",
        split="dev",
        publisher="",
        published=None,
        title="",
        text=text,
        relations=tuple(made),
    )


def _judge_pronoun(text: str, speaker: str, claim: str, *relations: tuple[str, str, str]) -> Judged:
    article = _article(text, *relations)
    document = doc("p", text, "North Wire")
    score = score_claims(
        [document], [figure_claim(document, claim, low=1, high=1, speaker=speaker)], {"p": article}
    )
    (judged,) = score.judged
    return judged


def test_evaluate_attribution_he_and_she_skip_bodies_documents_and_plurals() -> None:
    # The nearest source before "She" is a body, then a poll: neither can be "she".
    text = (
        "Mayor Ada Brandt said 40 boats sank. The port authority said 3 cranes fell. "
        "A harbour poll showed 60 percent worry. She said 12 piers broke."
    )
    relations = (
        ("Mayor Ada Brandt", "said", "40 boats sank"),
        ("The port authority", "said", "3 cranes fell"),
        ("A harbour poll", "showed", "60 percent worry"),
        ("She", "said", "12 piers broke"),
    )
    judged = _judge_pronoun(text, "Ada Brandt", "12 piers", *relations)
    assert judged.right and judged.referent == "Mayor Ada Brandt"
    # The body is no longer taken for "she".
    assert not _judge_pronoun(text, "The port authority", "12 piers", *relations).right


def test_evaluate_attribution_pronouns_agree_in_sex_by_title_or_given_name() -> None:
    text = (
        "Mr. Reyes said 40 boats sank. Ada Brandt said 3 cranes fell. "
        "He said 12 piers broke. Later, Brandt said 5 roads closed. She added 9 more did."
    )
    relations = (
        ("Mr. Reyes", "said", "40 boats sank"),
        ("Ada Brandt", "said", "3 cranes fell"),
        ("He", "said", "12 piers broke"),
        ("Brandt", "said", "5 roads closed"),
        ("She", "added", "9 more did"),
    )
    assert _judge_pronoun(text, "Reyes", "12 piers", *relations).right
    assert not _judge_pronoun(text, "Ada Brandt", "12 piers", *relations).right
    # A bare last name takes its sex from the article's other mentions of it.
    text = (
        "Peter Reyes and Ada Brandt met on Monday. Brandt said 3 cranes fell. "
        "Reyes said 40 boats sank. She said 12 piers broke."
    )
    relations = (
        ("Brandt", "said", "3 cranes fell"),
        ("Reyes", "said", "40 boats sank"),
        ("She", "said", "12 piers broke"),
    )
    assert _judge_pronoun(text, "Ada Brandt", "12 piers", *relations).right
    assert not _judge_pronoun(text, "Reyes", "12 piers", *relations).right


def test_evaluate_attribution_they_and_it_agree_in_number_and_kind() -> None:
    text = (
        "Two port officials said 40 boats sank. The harbour board said 3 cranes fell. "
        "Ada Brandt said 7 ships left. They said 12 piers broke. It said 9 roads closed."
    )
    relations = (
        ("Two port officials", "said", "40 boats sank"),
        ("The harbour board", "said", "3 cranes fell"),
        ("Ada Brandt", "said", "7 ships left"),
        ("They", "said", "12 piers broke"),
        ("It", "said", "9 roads closed"),
    )
    # "They" is the board (a body), the nearest that can be several; "it" never a person.
    assert _judge_pronoun(text, "The harbour board", "12 piers", *relations).right
    assert _judge_pronoun(text, "The harbour board", "9 roads", *relations).right
    assert not _judge_pronoun(text, "Ada Brandt", "9 roads", *relations).right


def test_evaluate_attribution_pronoun_falls_back_to_the_nearest_source() -> None:
    # No source before "She" can be a woman: the nearest one counts, as before.
    text = "The port authority said 3 cranes fell. She said 12 piers broke."
    relations = (("The port authority", "said", "3 cranes fell"), ("She", "said", "12 piers broke"))
    assert _judge_pronoun(text, "The port authority", "12 piers", *relations).right


def test_evaluate_attribution_he_may_refer_to_a_person_named_without_a_cue() -> None:
    # Reyes is named but says nothing on his own: "He" is still Reyes, not Brandt.
    text = (
        "Tomas Brandt said 40 boats sank. Later, Peter Reyes toured the docks. "
        "He said 12 piers broke."
    )
    relations = (("Tomas Brandt", "said", "40 boats sank"), ("He", "said", "12 piers broke"))
    judged = _judge_pronoun(text, "Reyes", "12 piers", *relations)
    assert judged.right and judged.referent == "Peter Reyes"
    assert not _judge_pronoun(text, "Tomas Brandt", "12 piers", *relations).right
    # With no one else named, the annotated source is still the referent.
    text = "Tomas Brandt said 40 boats sank. He said 12 piers broke."
    assert _judge_pronoun(text, "Brandt", "12 piers", *relations).right


def test_evaluate_attribution_he_is_the_first_person_of_the_last_sentence_naming_one() -> None:
    # The subject of the sentence, not the last name in it; a name inside a quotation
    # is someone talked about.
    text = (
        "Mr. Brandt said 40 boats sank. Peter Reyes thanked Sen. Tomas Ortiz on Monday. "
        "“Ortiz was right,” he said, adding that 12 piers broke."
    )
    relations = (
        ("Mr. Brandt", "said", "40 boats sank"),
        ("he", "said, adding", "12 piers broke"),
    )
    judged = _judge_pronoun(text, "Peter Reyes", "12 piers", *relations)
    assert judged.right and judged.referent == "Peter Reyes"
    assert not _judge_pronoun(text, "Tomas Ortiz", "12 piers", *relations).right


def test_evaluate_attribution_a_name_after_a_pronoun_of_the_same_sex_is_skipped() -> None:
    # "He" opens the sentence, so the later "he" carries it on: not Ortiz, named after it.
    text = "Peter Reyes said 40 boats sank. He praised Mr. Ortiz, who he said saw 12 piers break."
    relations = (("Peter Reyes", "said", "40 boats sank"), ("he", "said", "saw 12 piers break"))
    assert _judge_pronoun(text, "Reyes", "12 piers", *relations).right
    assert not _judge_pronoun(text, "Ortiz", "12 piers", *relations).right


def test_evaluate_attribution_a_description_refers_back_to_the_name_before_it() -> None:
    # "he" is "the Lakeside senator", which is Reyes, named before the description;
    # Ortiz, named after it, is only the nearest name before the pronoun.
    text = (
        "Peter Reyes said 40 boats sank. The Lakeside senator, who thanked Sen. Tomas "
        "Ortiz, said 3 cranes fell. Later he said the port rebuilt 12 piers."
    )
    relations = (
        ("Peter Reyes", "said", "40 boats sank"),
        ("The Lakeside senator", "said", "3 cranes fell"),
        ("he", "said", "the port rebuilt 12 piers"),
    )
    assert _judge_pronoun(text, "Reyes", "12 piers", *relations).right
    # both ways: the nearest name before the pronoun still counts too
    assert _judge_pronoun(text, "Tomas Ortiz", "12 piers", *relations).right
    assert not _judge_pronoun(text, "Ada Brandt", "12 piers", *relations).right


def test_evaluate_attribution_a_pronoun_in_an_opening_phrase_looks_ahead_to_the_subject() -> None:
    # "her" in "In her speech" is Ada Brandt, named right after the comma; the "she"
    # that follows is Brandt too, not Mrs. Ortiz before her.
    text = (
        "Mrs. Ortiz said 40 boats sank. In her speech on Monday, Ada Brandt thanked the "
        "crews. She said 12 piers broke."
    )
    relations = (("Mrs. Ortiz", "said", "40 boats sank"), ("She", "said", "12 piers broke"))
    judged = _judge_pronoun(text, "Ada Brandt", "12 piers", *relations)
    assert judged.right and judged.referent == "Ada Brandt"
    assert not _judge_pronoun(text, "Ortiz", "12 piers", *relations).right
    # A woman named inside the opening phrase is not its subject.
    text = (
        "Mrs. Kim said 40 boats sank. When she met Mrs. Ortiz on Monday, Ada Brandt "
        "toured the docks. She said 12 piers broke."
    )
    relations = (("Mrs. Kim", "said", "40 boats sank"), ("She", "said", "12 piers broke"))
    assert _judge_pronoun(text, "Ada Brandt", "12 piers", *relations).right
    assert not _judge_pronoun(text, "Ortiz", "12 piers", *relations).right
    # A pronoun that opens the sentence carries on someone named before: no look ahead.
    text = (
        "Ada Brandt said 40 boats sank. She praised Mrs. Ortiz, Mrs. Kim and the crews. "
        "She said 12 piers broke."
    )
    relations = (("Ada Brandt", "said", "40 boats sank"), ("She", "said", "12 piers broke"))
    assert _judge_pronoun(text, "Ada Brandt", "12 piers", *relations).right
    assert not _judge_pronoun(text, "Ortiz", "12 piers", *relations).right


def test_evaluate_attribution_a_name_in_the_possessive_is_not_the_subject() -> None:
    # "Mr. Reyes’s aide, Peter Brandt, ..." is about the aide: "he" is Brandt.
    text = (
        "Mr. Ortiz said 40 boats sank. Mr. Reyes’s aide, Peter Brandt, toured the docks "
        "on Monday. He said 12 piers broke."
    )
    relations = (("Mr. Ortiz", "said", "40 boats sank"), ("He", "said", "12 piers broke"))
    judged = _judge_pronoun(text, "Peter Brandt", "12 piers", *relations)
    assert judged.right and judged.referent == "Peter Brandt"
    assert not _judge_pronoun(text, "Reyes", "12 piers", *relations).right


def test_evaluate_attribution_sentences_end_after_an_office_written_out() -> None:
    # "president." ends a sentence (and a paragraph break always does): the last
    # sentence naming a man is "Peter Reyes backs him.", so "he" is Reyes.
    for gap in (" ", "\n\n"):
        text = (
            f"Mr. Ortiz said 40 boats sank. John Brandt wants to be president.{gap}"
            "Peter Reyes backs him. “The port will recover,” he said, adding that 12 piers broke."
        )
        relations = (
            ("Mr. Ortiz", "said", "40 boats sank"),
            ("he", "said, adding", "12 piers broke"),
        )
        judged = _judge_pronoun(text, "Reyes", "12 piers", *relations)
        assert judged.right and judged.referent == "Peter Reyes"
        assert not _judge_pronoun(text, "John Brandt", "12 piers", *relations).right


def test_evaluate_attribution_a_plural_title_written_short_ends_no_sentence() -> None:
    # "Govs." is an office before two names, not the end of a sentence: the sentence
    # naming men last is Reyes's, and Reyes is its subject.
    text = (
        "Mr. Ortiz said 40 boats sank. Peter Reyes praised Govs. John Brandt and Paul Kim. "
        "He said 12 piers broke."
    )
    relations = (("Mr. Ortiz", "said", "40 boats sank"), ("He", "said", "12 piers broke"))
    judged = _judge_pronoun(text, "Reyes", "12 piers", *relations)
    assert judged.right and judged.referent == "Peter Reyes"
    assert not _judge_pronoun(text, "John Brandt", "12 piers", *relations).right


def test_evaluate_attribution_a_reflexive_after_a_name_is_no_description() -> None:
    # "Mr. Reyes himself" is a man named, who "he" may be.
    text = (
        "Mr. Ortiz said 40 boats sank. Mr. Reyes himself said 3 cranes fell. "
        "“The port will recover,” he said, adding that 12 piers broke."
    )
    relations = (
        ("Mr. Ortiz", "said", "40 boats sank"),
        ("Mr. Reyes himself", "said", "3 cranes fell"),
        ("he", "said, adding", "12 piers broke"),
    )
    judged = _judge_pronoun(text, "Reyes", "12 piers", *relations)
    assert judged.right and judged.referent == "Mr. Reyes himself"
    assert not _judge_pronoun(text, "Ortiz", "12 piers", *relations).right
