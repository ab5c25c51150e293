"""An entity named in several stories of a database: its API record and page list each."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="pip install -e '.[web]'")

from test_collect import CONCERT
from triangulate.collect import analyze_into
from triangulate.store import open_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from triangulate.web import create_app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "khan-sabil"


def test_entity_api_and_page_list_every_story_naming_it(tmp_path: Path) -> None:
    db = tmp_path / "pile.db"
    concert = tmp_path / "concert.txt"
    concert.write_text(CONCERT, encoding="utf-8")
    with open_store(db) as store:
        analyze_into(store, str(EXAMPLES))
        analyze_into(store, str(concert))
        stories = store.stories()
        ids = {
            e.id for e in store.load_report().entities if e.name == "Wadi Hamra Relief Committee"
        }
    assert len(stories) == 2 and len(ids) == 1
    entity = ids.pop()
    with TestClient(
        create_app(str(db)), raise_server_exceptions=False, base_url="http://127.0.0.1"
    ) as client:
        data = client.get(f"/api/entities/{entity}").json()
        assert {s["id"] for s in data["stories"]} == {s.id for s in stories}
        page = client.get(f"/entities/{entity}").text
    for story in stories:
        assert story.id in page
