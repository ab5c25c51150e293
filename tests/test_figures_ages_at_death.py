"""An age at death is a figure: the one age a report logs as a fact of the story.

Every other age (a witness's, an accused's, a relative's, "Lim, 57, said") stays passed over
as an age (test_claims_quantities).
"""

from __future__ import annotations

import pytest

from triangulate import analyze
from triangulate.claims.quantities import find_quantities, passed_over
from triangulate.model import Report


def _ages(text: str) -> list[str]:
    return [q.text for q in find_quantities(text) if q.age_at_death]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # the death, then the age as the next sentence's whole predicate
        ("Ada Brandt, the novelist, died on Sunday in Orvel.\nShe was 81.\n", "81"),
        ("Tomas Varga has died of heart failure. He was 77.", "77"),
        # ... two sentences after it, an initial's stop ending no sentence
        (
            "Ada Brandt died on Monday, officials said.\nShe was serving a term at the U. S. "
            "Medical Center in Dalby.\nShe was 81.",
            "81",
        ),
        # ... a title's stop before a name ending no sentence either
        (
            "The family of Tomas Brandt said on Monday that he had died at home. Dr. Ada "
            "Varga, his physician, confirmed it. He was 77.",
            "77",
        ),
        # ... a name the death's sentence names, and a source after it
        ("Tomas Varga was found dead at his home. Varga was 77, the Dalby Herald said.", "77"),
        # "died at", after the verb or its day; "at the age of"; "aged" after a few words
        ("The painter died at 88 in Lyon.", "88"),
        ("Varga died Monday at 77, his family said.", "77"),
        ("Ada Brandt died at the age of 90 after a short illness.", "90"),
        ("Tomas Varga, the former mayor of the town, died Tuesday at age 77 at home.", "77"),
        ("Ada Brandt died on Sunday in Orvel, her publisher said.\nShe was 81 years old.", "81"),
        ("Tomas Varga has died in jail, aged 77.", "77"),
        # a name, its age set off by commas, and the death right after it
        ("Corran Reyes, 45, died at the scene, police said.", "45"),
        ("Corran Reyes, 45, who died on Friday, was a teacher.", "45"),
        # ... or in a clause after it, "who was", the death its sentence's verb
        ("Ada Brandt, who was 81, died on Sunday in Orvel.", "81"),
        ("Tomas Varga, who was 77 and had been ill for years, has died.", "77"),
        # an obituary's title, the death told under it of the same name
        ("Ada 'Red' Brandt, 81, Novelist\nMay 2, 2031\nAda Brandt, who died Sunday, wrote.", "81"),
        # the age as a compound before the one who died, the death its verb
        ("The 81-year-old actress died on Sunday in Orvel.", "81"),
        ("Police said the 81-year-old died at home in Dalby.", "81"),
        ("Police said the 30-year-old man was found dead in Kelvara.", "30"),
    ],
)
def test_an_age_at_death_is_a_duration_in_years(text: str, age: str) -> None:
    assert _ages(text) == [age]
    found = next(q for q in find_quantities(text) if q.age_at_death)
    assert (found.kind, found.unit, found.low, found.high, found.hedge) == (
        "duration",
        "year",
        int(age),
        int(age),
        "exact",
    )
    assert text[found.start : found.end] == age
    # ... and no longer listed among the numbers passed over
    assert not any(p.start < found.end and found.start < p.end for p in passed_over(text))


@pytest.mark.parametrize(
    "text",
    [
        # the age of the living: a witness, an accused, a speaker
        "Corran Reyes, 45, said the man died at the scene.",
        "Corran Reyes, who was 45, said the man died at the scene.",
        "Tallis, 27, was charged with murder on Monday.",
        "The actor retired on Monday. He was 83.",
        "The actor retired on Monday. He was 83 years old.",
        "Friends said Okafor was 88. He had no children.",
        # a clock, a place's count, a number of things
        "Varga died at 12:45 p.m. on Thursday.",
        "Varga passed away at 6: 41pm this evening.",
        "Twelve people died at 3 hospitals in Dalby.",
        # "at" after a place may open a time; a title's age is left to the body's sentence
        "Varga died in prison at 3 after a fall.",
        "Novelist Ada Brandt Dies at 81",
        # a pronoun's "was" with no death told before it
        "The storm hit Orvel on Monday. It was 40.",
        # a compound age of one who lived, or of one beside the dead
        "The 19-year-old whose brother died spoke to Varga.",
        "The 45-year-old gunman shot dead two people in Orvel.",
        "The 45-year-old suspect said the victim died.",
        "The 27-year-old was charged after Tallis died.",
    ],
)
def test_other_numbers_beside_a_death_are_no_age_at_death(text: str) -> None:
    assert _ages(text) == []


def test_a_count_read_on_its_line_gives_way_to_the_age_at_death() -> None:
    text = "Tomas Varga was found dead at home. Varga was 77, the Dalby Herald said."
    assert [(q.text, q.kind) for q in find_quantities(text)] == [("77", "duration")]


@pytest.fixture(scope="module")
def obituary(tmp_path_factory: pytest.TempPathFactory) -> Report:
    tmp = tmp_path_factory.mktemp("ages")
    texts = {
        "a.txt": (
            "Novelist Ada Brandt dies\n\nMay 2, 2031\n\n"
            "ORVEL - Ada Brandt, whose novels of the Kelvara coast sold 12 million copies, "
            "died on Sunday at her home in Orvel, her publisher said.\nShe was 81.\n"
        ),
        "b.txt": (
            "Ada Brandt, novelist, dead\n\nMay 2, 2031\n\n"
            "Ada Brandt, the author of 30 novels, has died in Orvel, aged 81, the Dalby "
            "Herald reported.\n"
        ),
    }
    for name, text in texts.items():
        (tmp / name).write_text(text)
    return analyze(sorted(str(tmp / name) for name in texts))


def test_two_reports_of_one_age_at_death_agree(obituary: Report) -> None:
    claims = {c.id: c for c in obituary.claims}
    ages = [c for c in obituary.claims if c.figure is not None and c.figure.kind == "duration"]
    assert sorted((c.text, c.figure.measure) for c in ages if c.figure) == [
        ("81", "age at death"),
        ("81", "age at death"),
    ]
    homes = [g for g in obituary.groups if g.kind == "figure" and ages[0].id in g.claims]
    assert homes and all(ages[1].id in g.claims for g in homes)
    assert {g.verdict for g in homes} == {"agree"}
    # the age is nobody's count of novels or copies
    assert all(
        claims[c].figure.kind == "duration" for g in homes for c in g.claims if claims[c].figure
    )


def test_an_age_at_death_carries_the_speaker_its_sentence_gives(obituary: Report) -> None:
    said = {
        c.doc.split("/")[-1]: c.said_by.name if c.said_by else None
        for c in obituary.claims
        if c.figure is not None and c.figure.measure == "age at death"
    }
    assert sorted(said.values(), key=str) == ["Dalby Herald", None]
