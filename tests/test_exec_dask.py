"""Parsing on a real local Dask cluster gives exactly the in-process records, in order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("distributed")

from triangulate.claims.precheck import may_hold_claim
from triangulate.exec import parse_documents
from triangulate.exec.dask_runner import local_cluster, parse_on_cluster
from triangulate.nlp import spacy_model

PLACES = ["Dorvale", "Kesrin", "Al-Maharra", "Port Olenko", "Tirzah Bay"]
TEXTS = [
    "DORVALE (Meridian Press) – At least {n} people were killed when fire swept through a "
    "market in {place} on Monday, civil defence spokesman Omar Haddad told Meridian Press.",
    "Floodwater forced about {n},000 residents of {place} from their homes, according to "
    "the regional governor, Leila Mansour.\n\nShe said between 20 and 30 villages were cut off.",
    "Police put the crowd in central {place} at {n},500, while organisers said more than "
    "{n}0,000 people marched against the fuel price rise.",
    "Dockers in {place} began a {n}-day strike on Tuesday. The union said 1,{n}00 members "
    "had walked out; the port authority said fewer than 400 had.",
]


def _pairs() -> list[tuple[str, str]]:
    pairs = []
    for i in range(20):
        text = TEXTS[i % len(TEXTS)].format(n=i + 3, place=PLACES[i % len(PLACES)])
        pairs.append((f"doc-{i:02d}", text))
    pairs.insert(7, ("empty", ""))
    return pairs


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with local_cluster(2) as address:
        yield address


def test_exec_dask_two_workers_equal_local(scheduler: str) -> None:
    pairs = _pairs()
    expected = list(spacy_model.parse(pairs, select=may_hold_claim))
    got = list(parse_documents(pairs, scheduler=scheduler, batch_size=3))
    assert [p.doc for p in got] == [doc for doc, _ in pairs]
    assert got == expected


def test_exec_dask_window_of_one_keeps_order(scheduler: str) -> None:
    pairs = _pairs()
    got = list(parse_on_cluster(pairs, scheduler=scheduler, batch_size=2, in_flight=1))
    assert got == list(spacy_model.parse(pairs, select=may_hold_claim))


def test_exec_dask_empty_input_starts_nothing() -> None:
    assert list(parse_documents([], workers=2)) == []


def test_exec_dask_workers_option_starts_its_own_cluster() -> None:
    pairs = _pairs()[:5]
    expected = list(spacy_model.parse(pairs, select=may_hold_claim))
    assert list(parse_documents(pairs, workers=1)) == expected
