"""The time since a change in someone's life ("was married two weeks ago", "moved back to
Orvel six weeks ago") is a figure of its own, which reports of one story give and dispute;
every other "<duration> ago / before / earlier" stays a time reference."""

from __future__ import annotations

import pytest

from triangulate import analyze
from triangulate.model import Report


def _figures(tmp_path_factory: pytest.TempPathFactory, texts: dict[str, str]) -> Report:
    tmp = tmp_path_factory.mktemp("since")
    for name, text in texts.items():
        (tmp / name).write_text(text)
    return analyze(sorted(str(tmp / name) for name in texts))


def _since(report: Report) -> list[tuple[str, str]]:
    return sorted(
        (c.text, c.figure.measure)
        for c in report.claims
        if c.figure is not None and c.figure.measure.startswith("time since")
    )


@pytest.fixture(scope="module")
def wedding(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return _figures(
        tmp_path_factory,
        {
            "a.txt": (
                "Deputy shot dead in Dalby\n\nJune 3, 2031\n\n"
                "DALBY - Deputy Tomas Brandt, 31, was shot dead on Friday while on patrol, "
                "the sheriff said.\nBrandt was married two weeks ago to Ada Varga.\n"
            ),
            "b.txt": (
                "Dalby deputy killed\n\nJune 3, 2031\n\n"
                "Tomas Brandt, a deputy for nine years, was killed on Friday in Dalby.\n"
                "He had married three weeks before the shooting, his family said.\n"
            ),
        },
    )


def test_two_reports_times_since_one_wedding_conflict(wedding: Report) -> None:
    assert _since(wedding) == [
        ("three weeks", "time since marriage"),
        ("two weeks", "time since marriage"),
    ]
    ids = {c.id for c in wedding.claims if c.figure and c.figure.measure.startswith("time")}
    homes = [g for g in wedding.groups if g.kind == "figure" and ids <= set(g.claims)]
    assert [g.verdict for g in homes] == ["conflict"]


def test_a_move_and_a_return_are_two_measures(tmp_path_factory: pytest.TempPathFactory) -> None:
    report = _figures(
        tmp_path_factory,
        {
            "a.txt": (
                "Ada Tallis moved to Corran four years ago.\nShe returned to her home town "
                "with Tomas Reyes 12 weeks ago.\n"
            ),
            "b.txt": "Ada Tallis and Tomas Reyes had moved back to Orvel around six weeks ago.\n",
        },
    )
    assert _since(report) == [
        ("12 weeks", "time since return"),
        ("around six weeks", "time since return"),
        ("four years", "time since move"),
    ]
    returns = {c.id for c in report.claims if c.figure and c.figure.measure.endswith("return")}
    homes = [g for g in report.groups if g.kind == "figure" and returns & set(g.claims)]
    assert [g.verdict for g in homes] == ["conflict"]


@pytest.mark.parametrize(
    "text",
    [
        # no change in one's life: the time of an act, a time reference
        "Police moved in two hours earlier and arrested Tomas Varga in Dalby.",
        "The soldiers returned fire ten minutes earlier, the army said.",
        # ... nor is being moved by others
        "Tomas Varga was moved to a hospital in Dalby two hours earlier, police said.",
        "Ada Brandt, who replaced Tomas Varga three weeks ago, said the plan was sound.",
        "Varga said he had seen Ada Brandt three weeks ago in Orvel.",
        # "later" and "after" count forward from the change, no time since it
        "Ada Brandt married Tomas Varga in Orvel and moved to Dalby two years later.",
    ],
)
def test_other_times_ago_are_no_figures(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    assert _since(_figures(tmp_path_factory, {"a.txt": text})) == []
