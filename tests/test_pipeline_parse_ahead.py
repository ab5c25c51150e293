"""Stories are analysed as their own documents come back from the parser, not a group's,
and the pool gives the same report over many groups."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from triangulate import analyze, pipeline
from triangulate.collect import analyze_into
from triangulate.exec import LocalParser
from triangulate.ingest import ingest
from triangulate.model import Story
from triangulate.nlp.spacy_model import Parsed
from triangulate.pipeline import analyse_stories, parse_in_process
from triangulate.report.json_report import dumps
from triangulate.store import open_store

REPORTS = {
    "a.txt": "Police in Harlow said 14 people were hurt when a bus left the road on Monday.",
    "b.txt": "The Corbin council voted to close two libraries, its chairman told reporters.",
    "c.txt": "About 200 residents of Velden were moved after the river rose, officials said.",
}


def test_first_story_is_analysed_before_the_group_is_parsed(tmp_path: Path) -> None:
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    documents = ingest([str(tmp_path)]).documents
    by_id = {d.id: d for d in documents}
    # One story per report: all three are in one group of the parser.
    stories = [Story(id=f"s{n}", label="", docs=(d.id,)) for n, d in enumerate(documents)]
    handed: list[str] = []

    def parser(pairs: Sequence[tuple[str, str]]) -> Iterator[Parsed]:
        for one in parse_in_process(pairs):
            handed.append(one.doc)
            yield one

    parts = analyse_stories(stories, lambda ids: [by_id[d] for d in ids], parser=parser)
    first = next(parts)
    assert first.documents[0].id == documents[0].id
    assert handed == [documents[0].id]  # the other two are not asked for yet
    rest = list(parts)
    assert [p.story.id for p in rest] == ["s1", "s2"]
    assert handed == [d.id for d in documents]
    assert any(c.doc == documents[0].id for c in first.claims)


def test_pool_over_many_groups_gives_the_one_process_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(pipeline, "PARSE_BATCH", 1)  # each story a group of its own
    when = datetime(2024, 5, 1, tzinfo=UTC)
    one = dumps(analyze(tmp_path, parser=LocalParser(1), created=when))
    with LocalParser(2, min_chars=1) as parser:
        pooled = dumps(analyze(tmp_path, parser=parser, created=when))
        assert parser.started
    assert pooled == one
    assert '"kind": "figure"' in one


GERMAN = (
    "Die Polizei in Harlow sagte, dass der Bus am Montag von der Straße abkam und "
    "dass vierzehn Menschen verletzt wurden."
)


@pytest.mark.parametrize("database", [False, True], ids=["analyze", "database"])
def test_analyze_tells_the_parser_what_it_will_parse_before_sorting_stories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database: bool
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "d.txt").write_text(GERMAN, encoding="utf-8")
    events: list[tuple[str, int]] = []
    sort = pipeline.StoryIndex.add

    def add(index: pipeline.StoryIndex, documents: Sequence[object]) -> None:
        events.append(("stories", 0))
        sort(index, documents)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline.StoryIndex, "add", add)

    class Expecting:
        def expect(self, chars: int) -> None:
            events.append(("expect", chars))

        def __call__(self, pairs: Sequence[tuple[str, str]]) -> Iterator[Parsed]:
            return parse_in_process(pairs)

    if database:  # a web job or a watch round: the pool starts while the index sorts
        with open_store(tmp_path / "pile.db") as store:
            analyze_into(store, folder, parser=Expecting())
        # Before the stories are sorted, and only the reports in a language it reads.
        assert events == [("expect", sum(len(t) for t in REPORTS.values())), ("stories", 0)]
        return

    def progress(stage: str, done: int, total: int | None) -> None:
        if stage == "read":
            events.append((stage, done))

    analyze(folder, parser=Expecting(), progress=progress)
    # As each report is read (the work so far), and before the stories are sorted; only
    # the reports in a language it reads.
    sizes = [len(t) for t in REPORTS.values()]
    assert events == [
        ("read", 1),
        ("expect", sizes[0]),
        ("read", 2),
        ("expect", sizes[0] + sizes[1]),
        ("read", 3),
        ("expect", sum(sizes)),
        ("read", 4),
        ("expect", sum(sizes)),
        ("stories", 0),
    ]


def test_pool_parses_the_first_stories_reports_while_the_pile_is_sorted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    when = datetime(2024, 5, 1, tzinfo=UTC)
    one = analyze(tmp_path, parser=LocalParser(1), created=when)
    monkeypatch.setattr(pipeline, "PARSE_AHEAD_SHARE", 0.7)  # two of the three reports
    events: list[tuple[str, list[str]]] = []
    sort = pipeline.StoryIndex.add
    real_ahead = LocalParser.ahead

    def add(index: pipeline.StoryIndex, documents: Sequence[object]) -> None:
        events.append(("stories", []))
        sort(index, documents)  # type: ignore[arg-type]

    def ahead(parser: LocalParser, pairs: Sequence[tuple[str, str]]) -> None:
        events.append(("ahead", [doc for doc, _ in pairs]))
        real_ahead(parser, pairs)

    monkeypatch.setattr(pipeline.StoryIndex, "add", add)
    monkeypatch.setattr(LocalParser, "ahead", ahead)
    with LocalParser(2, min_chars=1) as parser:
        pooled = analyze(tmp_path, parser=parser, created=when)
    # Before sorting, the reports of the first stories, in the order they will be asked for.
    first = [story.docs[0] for story in one.stories[:2]]
    assert events == [("ahead", first), ("stories", [])]
    assert dumps(pooled) == dumps(one)
    assert any(c.doc in first for c in one.claims)
