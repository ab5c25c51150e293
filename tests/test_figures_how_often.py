"""How often a harm befell someone, said in one word ("shot him twice", "shot once"), is a
figure measured by the act, as "shot eleven times" is ("times shot"); any other act ("Varga
did it twice", "said, twice, that", "won twice") gives no figure."""

from __future__ import annotations

import pytest

from triangulate import analyze
from triangulate.model import Report


def _report(tmp_path_factory: pytest.TempPathFactory, text: str) -> Report:
    tmp = tmp_path_factory.mktemp("often")
    (tmp / "a.txt").write_text(text)
    return analyze([str(tmp / "a.txt")])


def _figures(report: Report) -> list[tuple[str, float | None, str]]:
    return [(c.text, c.figure.low, c.figure.measure) for c in report.claims if c.figure]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "act"),
    [
        ("Tomas Varga was shot twice in the chest on Monday, police said.", "twice", 2, "shot"),
        ("Reyes shot the Orvel clerk once in the head and fled.", "once", 1, "shot"),
    ],
)
def test_how_often_in_one_word_is_measured_by_the_act(
    tmp_path_factory: pytest.TempPathFactory, text: str, phrase: str, value: float, act: str
) -> None:
    found = _figures(_report(tmp_path_factory, text))
    assert [(said, low) for said, low, _ in found] == [(phrase, value)]
    assert found[0][2].startswith(f"times {act}")


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brandt said Varga did it twice in Orvel.",
        "Tallis said, twice, that he would go back to work in Dalby.",
        "Reyes proved the Orvel pollsters wrong, winning twice in a row.",
    ],
)
def test_how_often_another_act_was_done_gives_no_figure(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    found = _figures(_report(tmp_path_factory, text))
    assert [f for f in found if f[0] == "twice"] == []
