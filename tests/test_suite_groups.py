"""The suite's own layout on several cores: each test file's tests run on one worker.

Module-wide analyses (a pile analysed once for all the tests of a file) are only shared
when pytest-xdist keeps a file's tests together; it does so by the group each test is
marked with in ``conftest.py``, read when the tests are collected. A group marked too late
is silently ignored and every test becomes a group of its own.
"""

from __future__ import annotations

import pytest


def test_every_test_carries_its_group_when_the_suite_runs_on_several_workers(
    request: pytest.FixtureRequest,
) -> None:
    # pytest-xdist sets this option on its workers only, when the run hands out groups.
    if not getattr(request.config.option, "loadgroup", False):
        pytest.skip("the suite runs in one process: no groups to hand out")
    items = request.session.items
    ungrouped = [item.nodeid for item in items if "@" not in item.nodeid]
    assert not ungrouped, f"{len(ungrouped)} tests reach the workers with no group: {ungrouped[:3]}"
    groups = {item.nodeid.rpartition("@")[2] for item in items}
    files = {item.nodeid.split("::")[0] for item in items}
    # One group per file, the open-news conflicts file split by corpus: never one per test.
    assert len(files) <= len(groups) < len(items)
