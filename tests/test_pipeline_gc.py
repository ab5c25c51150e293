"""The analysis collects garbage less often while a story is analysed, and puts it back."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import triangulate.pipeline as pipeline


def test_collections_are_fewer_during_a_story_and_restored_after(
    examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    real = pipeline.analyse_story

    def watching(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.get_threshold())
        if len(seen) == 1:
            raise RuntimeError("a story failed")
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse_story", watching)
    with pytest.raises(RuntimeError, match="a story failed"):
        pipeline.analyze(examples_dir / "khan-sabil")
    assert gc.get_threshold() == before  # put back even when a story fails
    report = pipeline.analyze(examples_dir / "khan-sabil")
    assert report.stories
    assert gc.get_threshold() == before
    assert seen and all(t[0] == pipeline.YOUNG_COLLECTION_EVERY for t in seen)
    assert all(t[1:] == before[1:] for t in seen)
