"""Shared fixtures: paths to ../shared and the project's own example reports."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RAQQA = SHARED / "examples" / "raqqa-2017"
MEANTIME = SHARED / "data" / "meantime-dev"
ECBPLUS = SHARED / "data" / "ecbplus-dev"
MMDS = SHARED / "data" / "mmds-dev"
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
def mmds_dir() -> Path:
    return _need(MMDS)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def validate_report():  # type: ignore[no-untyped-def]
    """A function that checks report data against the shipped JSON Schema and the offsets rule."""
    import jsonschema

    from triangulate.report.schema import report_schema

    validator = jsonschema.Draft202012Validator(
        report_schema(), format_checker=jsonschema.FormatChecker()
    )

    def check(data: dict) -> None:  # type: ignore[type-arg]
        errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
        assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])
        texts = {d["id"]: d["text"] for d in data["documents"]}
        assert len(texts) == len(data["documents"]), "document ids must be unique"
        for entity in data["entities"]:
            for m in entity["mentions"]:
                assert 0 <= m["start"] < m["end"] <= len(texts[m["doc"]])
                assert texts[m["doc"]][m["start"] : m["end"]] in entity["aliases"]
        for story in data["stories"]:
            assert set(story["docs"]) <= set(texts)

    return check


@pytest.fixture(scope="session")
def raqqa_prepared(raqqa_dir: Path):  # type: ignore[no-untyped-def]
    """The five Raqqa reports read, parsed and resolved as ``analyze`` does.

    Returns ``(prepared, by_file)``: the ``Prepared`` record and a mapping from each
    file name to its ``Document``.
    """
    from triangulate.ingest import ingest
    from triangulate.pipeline import prepare

    ingested = ingest([str(raqqa_dir)])
    by_file = {Path(d.source).name: d for d in ingested.documents}
    return prepare(ingested.documents), by_file


def pytest_configure(config: pytest.Config) -> None:
    """Let the workers take the test groups in the order ``pytest_collection_modifyitems``
    gives them, heaviest first, rather than pytest-xdist's order by number of tests (which
    puts the quality piles, few tests each, last)."""
    if hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False


def _group(item: pytest.Item) -> str:
    """The xdist group of a test: its file; the open-news conflicts file by corpus."""
    group = item.nodeid.split("::")[0]
    if group.endswith("test_quality_open_news_conflicts.py"):
        callspec = getattr(item, "callspec", None)
        if callspec is not None:
            group += "::" + callspec.id.split("-")[0]
    return group


# The open-news conflicts corpora, the longest groups of the suite, by the seconds their
# piles took to analyse in a whole run of the suite on two workers of a quiet 2-core
# machine (the two MEANTIME corpora, under 6 s each, in their order by size; only the
# order matters): handed out first, the longest first.
OPEN_NEWS_SECONDS = {
    "polnear_half_held": 147,
    "polnear_half": 147,
    "ecbplus_all": 95,
    "polnear": 43,
    "polnear_quarters": 42,
    "ecbplus_topics": 37,
    "mmds": 33,
    "polnear_months_held": 26,
    "polnear_months": 25,
    "ecbplus": 13,
    "meantime_held": 5,
    "meantime": 4,
}


def _weight(
    group: str, heavy: set[str], sizes: dict[str, int], first: dict[str, int]
) -> tuple[int, int, int]:
    """Where a group goes in the order the workers take them: the open-news corpora by
    their time, then the other quality files (on real data), then the other files by their
    number of tests, most first; ties in the order collected."""
    corpus = group.partition("::")[2]
    if corpus in OPEN_NEWS_SECONDS:
        return 0, -OPEN_NEWS_SECONDS[corpus], first[group]
    if group in heavy:
        return 1, 0, first[group]
    return 2, -sizes[group], first[group]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Keep each test file on one worker when the suite runs on several cores (pytest-xdist,
    ``--dist loadgroup``), so a file's module-scoped analyses run once; the open-news
    conflicts file, a third of the suite's time, is split by corpus instead, each corpus's
    piles analysed on one worker.

    The groups are handed out heaviest first (the quality tests on real data, then files
    by their number of tests), so that no long group starts when the other workers have
    nothing left and the workers finish together.

    It runs before pytest-xdist's own hook of the same name, which reads the groups off the
    markers (and silently leaves every test a group of its own when they come later: each
    worker then set up the same module-wide analyses again)."""
    groups = {item: _group(item) for item in items}
    sizes: dict[str, int] = {}
    heavy: set[str] = set()
    for item, group in groups.items():
        sizes[group] = sizes.get(group, 0) + 1
        if item.get_closest_marker("quality") is not None:
            heavy.add(group)
    first = {group: n for n, group in enumerate(dict.fromkeys(groups.values()))}
    items.sort(key=lambda item: _weight(groups[item], heavy, sizes, first))
    for item in items:
        item.add_marker(pytest.mark.xdist_group(groups[item]))
