"""The Arabic-script key: it must meet the Latin key of the same name."""

from __future__ import annotations

import pytest

from triangulate.resolve.arabic import arabic_runs, arabic_skeleton, has_arabic
from triangulate.resolve.names import name_key


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("دير الزور 24", "Deir Ezzor 24"),
        ("ديرالزور24", "Deir ez-Zor 24"),
        ("الطبقة", "Tabqa"),
        ("البوكمال", "Al-Bukamal"),
        ("عين عيسى", "Ain Issa"),
        ("الرقة", "Raqqa"),
        ("منبج", "Manbij"),
    ],
)
def test_resolve_arabic_skeleton_meets_latin(arabic: str, latin: str) -> None:
    assert arabic_skeleton(arabic) == name_key(latin).skeleton


def test_resolve_arabic_runs_have_offsets() -> None:
    text = "The outlet Tabqa 24 (الطبقة 24) said so."
    runs = list(arabic_runs(text))
    assert len(runs) == 1
    assert text[runs[0].start : runs[0].end] == runs[0].text == "الطبقة 24"
    assert has_arabic(text) and not has_arabic("Tabqa")
