"""A pile of reports about several events: sorted into stories, each cross-checked alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from triangulate import analyze
from triangulate.model import Report

DATA = Path(__file__).resolve().parent / "data" / "port-veran"


@pytest.fixture(scope="module")
def pile(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Report:
    folder = tmp_path_factory.mktemp("pile")
    shutil.copytree(examples_dir / "khan-sabil", folder / "khan-sabil")
    shutil.copytree(DATA, folder / "port-veran")
    # A syndicated copy: the wire report again with its last line dropped and one word changed.
    wire = (DATA / "01_wire.txt").read_text(encoding="utf-8")
    copy = wire.rsplit("\n\n", 1)[0].replace("fought the blaze", "battled the blaze")
    (folder / "port-veran" / "05_syndicated.txt").write_text(copy, encoding="utf-8")
    return analyze(folder)


def test_pile_is_sorted_into_one_story_per_event(pile: Report) -> None:
    assert len(pile.stories) == 2
    by_source = {d.id: d.source for d in pile.documents}
    for story in pile.stories:
        folders = {Path(by_source[d]).parent.name for d in story.docs}
        assert len(folders) == 1, story
    assert sorted(len(s.docs) for s in pile.stories) == [5, 6]
    assert {d for s in pile.stories for d in s.docs} == set(by_source)


def test_each_story_is_cross_checked_on_its_own(pile: Report, validate_report) -> None:  # type: ignore[no-untyped-def]
    from triangulate.report.json_report import to_dict

    story_of = {d: s.id for s in pile.stories for d in s.docs}
    doc_of = {c.id: c.doc for c in pile.claims}
    for group in pile.groups:
        assert len({story_of[doc_of[c]] for c in group.claims}) == 1, group.label
    for entity in pile.entities:
        assert len({story_of[m.doc] for m in entity.mentions}) == 1, entity.name
    validate_report(to_dict(pile))


def test_near_duplicate_is_marked_and_not_counted_twice(pile: Report) -> None:
    by_source = {Path(d.source).name: d.id for d in pile.documents}
    copy, original = by_source["05_syndicated.txt"], by_source["01_wire.txt"]
    marked = [e for e in pile.echoes if {copy, original} <= set(e.docs)]
    assert len(marked) == 1
    assert "near-duplicate" in marked[0].evidence or "copies" in marked[0].evidence
    # The firefighters figure now appears in two reports, from one source.
    doc_of = {c.id: c.doc for c in pile.claims}
    for group in pile.groups:
        docs = {doc_of[c] for c in group.claims}
        if docs == {copy, original}:
            assert group.independent_sources == 1, group.label
