"""A span's line: the bounds the figure reader cuts a sentence to and the entity
cleanup reads a headline from."""

from __future__ import annotations

import random

from triangulate.nlp.sentences import line_bounds as _line_of


def _scan(text: str, start: int, end: int) -> tuple[int, int]:
    stop = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if stop < 0 else stop


def test_a_figure_line_is_bounded_by_the_breaks_around_it() -> None:
    text = "Flood in Brenna\n12 homes lost\n\nAbout 40 people moved"
    assert _line_of(text, 16, 18) == (16, 29)  # "12" on the second line
    assert _line_of(text, 37, 39) == (31, len(text))  # "40" on the last, no break after
    assert _line_of(text, 0, 5) == (0, 15)  # the headline
    assert _line_of("One line, 7 figures", 10, 11) == (0, 19)


def test_a_figure_line_matches_a_scan_for_the_nearest_breaks() -> None:
    pick = random.Random(7)
    for _ in range(2000):
        text = "".join(pick.choice("ab \n") for _ in range(pick.randint(0, 30)))
        start = pick.randint(0, len(text))
        end = pick.randint(start, len(text))
        assert _line_of(text, start, end) == _scan(text, start, end), (text, start, end)
