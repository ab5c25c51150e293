"""Shared fixtures: paths to ../shared and the project's own example reports."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RAQQA = SHARED / "examples" / "raqqa-2017"
MEANTIME = SHARED / "data" / "meantime-dev"
ECBPLUS = SHARED / "data" / "ecbplus-dev"
EXAMPLES = ROOT / "examples"
ARTIFACTS = ROOT / "test-artifacts"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not there: run the tests from a clone with ../shared beside it")
    return path


@pytest.fixture(scope="session")
def raqqa_dir() -> Path:
    return _need(RAQQA)


@pytest.fixture(scope="session")
def meantime_dir() -> Path:
    return _need(MEANTIME)


@pytest.fixture(scope="session")
def ecbplus_dir() -> Path:
    return _need(ECBPLUS)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
