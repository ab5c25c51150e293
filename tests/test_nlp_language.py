"""Languages: each report's language identified, and only supported languages analysed."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

import triangulate
from triangulate.model import Language
from triangulate.nlp import spacy_model
from triangulate.nlp.language import UNDETERMINED, identify
from triangulate.nlp.languages import ENGLISH, SUPPORTED, analysed_in
from triangulate.nlp.spacy_model import Parsed
from triangulate.report import json_report

ENGLISH_REPORT = (
    "Factory fire injures thirty in Johor\n"
    "Thirty people were injured when a fire broke out at a furniture factory in Johor "
    "on Tuesday afternoon, the police said.\n"
    "A fire service spokesman said the blaze was put out after two hours and that "
    "about 120 workers had been evacuated.\n"
)
MALAY_REPORT = (
    "Kebakaran kilang perabot di Johor, 30 orang cedera\n"
    "Seramai 30 orang cedera dalam kebakaran di sebuah kilang perabot di Johor pada "
    "jam 2.30 petang semalam, kata polis.\n"
    "Jurucakap bomba berkata api berjaya dipadamkan selepas dua jam dan kira-kira 120 "
    "pekerja telah dipindahkan dari bangunan itu.\n"
)
CHINESE_REPORT = (
    "柔佛家具厂发生火灾 30人受伤\n"
    "警方说，柔佛一家家具厂昨天下午2时30分发生火灾，造成30人受伤。\n"
    "消防发言人说，大火在两个小时后被扑灭，约120名工人已被疏散。\n"
)


@pytest.mark.parametrize(
    ("text", "code"),
    [(ENGLISH_REPORT, "en"), (MALAY_REPORT, "ms"), (CHINESE_REPORT, "zh")],
)
def test_identify_tells_english_malay_and_chinese_apart(text: str, code: str) -> None:
    found = identify(text)
    assert found.code == code
    assert found.reliable
    assert 50 <= found.share <= 100


@pytest.mark.parametrize("text", ["", "x", "12 345", "\x00\x01\x7f"])
def test_identify_says_undetermined_when_the_text_cannot_tell(text: str) -> None:
    assert identify(text).code == UNDETERMINED


def test_identify_reads_text_with_control_characters_and_lone_surrogates() -> None:
    text = ENGLISH_REPORT.replace("\n", "\x0b\n", 1) + "\ud800"
    assert identify(text).code == "en"


def test_registry_analyses_english_and_undetermined_text_only() -> None:
    assert SUPPORTED == {"en": ENGLISH}
    assert ENGLISH.model == spacy_model.MODEL_PACKAGE
    assert analysed_in(None) is ENGLISH
    assert analysed_in(Language(code=UNDETERMINED, name="undetermined")) is ENGLISH
    assert analysed_in(Language(code="en", name="English", share=99, reliable=True)) is ENGLISH
    assert analysed_in(Language(code="ms", name="Malay", share=99, reliable=True)) is None


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "a-english.txt").write_text(ENGLISH_REPORT, encoding="utf-8")
    (folder / "b-malay.txt").write_text(MALAY_REPORT, encoding="utf-8")
    (folder / "c-chinese.txt").write_text(CHINESE_REPORT, encoding="utf-8")
    parsed: list[str] = []
    return folder, parsed


def _spy(seen: list[str]):  # type: ignore[no-untyped-def]
    def parse(pairs: Sequence[tuple[str, str]]) -> Iterable[Parsed]:
        seen.extend(doc for doc, _ in pairs)
        return spacy_model.parse(pairs)

    return parse


def test_reports_in_other_languages_are_listed_but_never_analysed(
    mixed: tuple[Path, list[str]], tmp_path: Path, validate_report
) -> None:
    folder, parsed = mixed
    report = triangulate.analyze([folder], parser=_spy(parsed))
    by_name = {Path(d.source).name: d for d in report.documents}
    english, malay, chinese = (
        by_name[n] for n in ("a-english.txt", "b-malay.txt", "c-chinese.txt")
    )
    assert [d.language.code for d in (english, malay, chinese) if d.language] == ["en", "ms", "zh"]
    # Only the English report goes through the English model.
    assert parsed == [english.id]
    others = {malay.id, chinese.id}
    assert not [c for c in report.claims if c.doc in others], "'2.30 petang' is not a figure"
    assert not [m for e in report.entities for m in e.mentions if m.doc in others]
    assert not [c for s in report.summary for c in s.citations if c.doc in others]
    assert [c for c in report.claims if c.doc == english.id], "the English report is analysed"
    # Every report is still listed in a story.
    assert {d for s in report.stories for d in s.docs} == {english.id, *others}

    out = tmp_path / "mixed.json"
    triangulate.write(report, out)
    data = json.loads(out.read_text("utf-8"))
    validate_report(data)
    docs = {Path(d["source"]).name: d for d in data["documents"]}
    assert docs["a-english.txt"]["not_analysed"] is None
    assert docs["b-malay.txt"]["language"]["code"] == "ms"
    assert docs["b-malay.txt"]["language"]["name"] == "Malay"
    assert docs["b-malay.txt"]["not_analysed"]["parts"] == ["entities", "claims", "summary"]
    assert "Malay" in docs["b-malay.txt"]["not_analysed"]["reason"]
    assert "English" in docs["c-chinese.txt"]["not_analysed"]["reason"]
    # The JSON report reads back with the languages it was written with.
    back = json_report.from_dict(data)
    assert [d.language for d in back.documents] == [d.language for d in report.documents]


def test_a_story_of_other_languages_only_is_labelled_by_its_title(tmp_path: Path) -> None:
    (tmp_path / "malay.txt").write_text(MALAY_REPORT, encoding="utf-8")
    report = triangulate.analyze([tmp_path])
    assert [s.label for s in report.stories] == [
        "Kebakaran kilang perabot di Johor, 30 orang cedera"
    ]
    assert report.claims == () and report.entities == ()
