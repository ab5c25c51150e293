"""The quality run's parses, shared by the processes of one run (see ``parsed_once``)."""

from __future__ import annotations

import os

import pytest
from parsed_once import PARSED_ONCE


@pytest.fixture(scope="session", autouse=True)
def _share_parses(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Point the one parser at a folder of the run's base temporary folder: each
    pytest-xdist worker has a base folder of its own inside the run's, so the workers
    share the folder above theirs."""
    base = tmp_path_factory.getbasetemp()
    run = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    PARSED_ONCE.share(run / "parsed-reports")
