"""A title won several times ("a four-time all-star", "a three - time champion") is a count
of that title, measured by it ("all-star titles"), never by "times" alone: the times one
was shot and the times one was named champion count apart."""

from __future__ import annotations

import pytest

from triangulate import analyze
from triangulate.model import Report


def _report(tmp_path_factory: pytest.TempPathFactory, text: str) -> Report:
    tmp = tmp_path_factory.mktemp("titles")
    (tmp / "a.txt").write_text(text)
    return analyze([str(tmp / "a.txt")])


@pytest.mark.parametrize(
    ("text", "phrase", "value", "title"),
    [
        ("Ada Brandt, a three-time champion, retired on Monday.", "three-time", 3, "champion"),
        ("Tomas Varga, a five-time world champion, won again.", "five-time", 5, "champion"),
    ],
)
def test_a_title_won_several_times_is_a_figure_of_that_title(
    tmp_path_factory: pytest.TempPathFactory, text: str, phrase: str, value: float, title: str
) -> None:
    report = _report(tmp_path_factory, text)
    found = [
        (c.text, c.figure.low, c.figure.measure) for c in report.claims if c.figure is not None
    ]
    assert len(found) == 1, found
    (said, low, measure) = found[0]
    assert (said, low) == (phrase, value)
    assert title in measure and "titles" in measure and not measure.startswith("times")


def test_a_one_time_payment_is_no_count(tmp_path_factory: pytest.TempPathFactory) -> None:
    report = _report(tmp_path_factory, "Reyes got a one-time payment from Orvel on Monday.")
    assert [c.text for c in report.claims if c.figure is not None] == []
