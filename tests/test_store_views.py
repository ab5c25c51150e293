"""The SQL views and the flat claim export, on both databases."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from store_fixtures import raw_rows, sample_report
from triangulate.store import EXPORT_COLUMNS, export_claims, open_store, save_report

pytest_plugins = ["store_fixtures"]


def _saved(target: str) -> None:
    with open_store(target) as store:
        save_report(store, sample_report())


def test_store_view_claims_with_sources(store_target: str) -> None:
    _saved(store_target)
    found = raw_rows(
        store_target,
        "SELECT claim, story, title, outlet, published, speaker, relay, place, verdict, "
        "independent_sources FROM claims_with_sources ORDER BY claim",
    )
    assert found == [
        (
            "c1",
            "s1",
            "Fighters «remain» in Raqqa",
            "Agence Exemple",
            "2017-10-11",
            "a council official",
            "the agency > AFP",
            "Raqqa",
            "conflict",
            2,
        ),
        ("c2", "s1", "Fighters «remain» in Raqqa", "Agence Exemple", "2017-10-11", None, None,
         None, "agree", 1),
        ("c3", "s1", None, None, "2017-10", "Officials", None, "Raqqa", "conflict", 2),
        ("c4", "s1", None, None, "2017-10", "Islamic State", None, None, "agree", 1),
        ("c5", "s2", "Report dC", "Outlet", None, "A monitor", "Monitor", "Raqqa", "single", 1),
    ]  # fmt: skip


def test_store_view_conflicts(store_target: str) -> None:
    _saved(store_target)
    found = raw_rows(
        store_target,
        "SELECT group_label, verdict, explanation, independent_sources, claim, outlet, low, high "
        "FROM conflicts ORDER BY claim",
    )
    explanation = "Reports disagree: up to 8,000 vs 600–700."
    assert found == [
        ("fighters remaining in Raqqa", "conflict", explanation, 2, "c1", "Agence Exemple",
         None, 8000.0),
        ("fighters remaining in Raqqa", "conflict", explanation, 2, "c3", None, 600.0, 700.5),
    ]  # fmt: skip


def test_store_export_csv(store_target: str) -> None:
    _saved(store_target)
    out = io.StringIO(newline="")
    with open_store(store_target) as store:
        assert export_claims(store, "csv", out) == 5
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(table[0]) == EXPORT_COLUMNS
    first = table[0]
    assert first["claim"] == "c1"
    assert first["date"] == "2017-10-10"  # the event's day, not the report's
    assert first["date_basis"] == "event"
    assert first["place"] == "Raqqa"
    assert first["low"] == ""
    assert first["high"] == "8000"
    assert first["hedge"] == "at_most"
    assert first["relay"] == "the agency > AFP"
    assert first["verdict"] == "conflict"
    assert first["independent_sources"] == "2"
    assert first["text"] == "Up to 8,000 fighters remain in al-Raqqah"
    by_claim = {row["claim"]: row for row in table}
    assert by_claim["c2"]["actors"] == "the coalition; the deal"
    assert by_claim["c4"]["actors"] == "Islamic State; the coalition"
    assert by_claim["c4"]["speaker"] == "Islamic State"
    assert by_claim["c5"]["date"] == ""  # no event time and no publication date
    assert by_claim["c5"]["date_basis"] == ""
    assert by_claim["c3"]["date"] == "2017-10"  # publication month when no event time
    assert by_claim["c3"]["date_basis"] == "inferred"  # and that month was inferred
    assert (by_claim["c2"]["date"], by_claim["c2"]["date_basis"]) == ("2017-10-11", "metadata")
    assert by_claim["c3"]["high"] == "700.5"


def test_store_export_jsonl(store_target: str) -> None:
    _saved(store_target)
    out = io.StringIO()
    with open_store(store_target) as store:
        assert export_claims(store, "jsonl", out) == 5
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [tuple(r) for r in rows] == [EXPORT_COLUMNS] * 5
    assert rows[0]["low"] is None
    assert rows[0]["high"] == 8000
    assert rows[4]["text"] == "4,000 casualties in الرقة"
    assert rows[4]["place"] == "Raqqa"


def test_store_export_unknown_format(tmp_path: Path) -> None:
    with open_store(f"{tmp_path}/x.db") as store, pytest.raises(ValueError, match="jsonl"):
        export_claims(store, "xml", io.StringIO())  # type: ignore[arg-type]


class _OneRow:
    """A store holding one claim row whose text cells start like spreadsheet formulas."""

    def read(self, sql: str, params: object = ()) -> list[dict[str, object]]:
        return []

    def claim_rows(self):  # type: ignore[no-untyped-def]
        row = dict.fromkeys(
            (
                "story", "when_start", "published", "place", "kind", "measure", "low", "high",
                "hedge", "unit", "speaker", "relay", "outlet", "group_label", "verdict",
                "independent_sources", "doc", "claim", "text", "subject", "subject_name",
                "object", "object_name", "speaker_name",
            )
        )  # fmt: skip
        row.update(
            story="s1",
            kind="figure",
            claim="c1",
            doc="d1",
            text='=HYPERLINK("http://example.invalid","click")',
            measure="-5 fighters",
            outlet="+44 Radio",
            speaker="@someone",
            speaker_name="@someone",
            relay="\tTabbed",
            group_label="\rreturned",
            low=-5.0,
            high=12.0,
        )
        yield row


def test_store_export_csv_cells_never_start_a_formula() -> None:
    out = io.StringIO(newline="")
    export_claims(_OneRow(), "csv", out)  # type: ignore[arg-type]
    (row,) = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    assert row["text"] == '\'=HYPERLINK("http://example.invalid","click")'
    assert row["measure"] == "'-5 fighters"
    assert row["outlet"] == "'+44 Radio"
    assert row["speaker"] == "'@someone"
    assert row["actors"] == "'@someone"
    assert row["relay"] == "'\tTabbed"
    assert row["group"] == "\nreturned"  # a line break, quoted: the row stays whole
    # Numbers stay numbers: a negative value is not a formula.
    assert row["low"] == "-5" and row["high"] == "12"
    # JSON Lines is read by programs, not spreadsheets: as stored.
    lines = io.StringIO()
    export_claims(_OneRow(), "jsonl", lines)  # type: ignore[arg-type]
    assert json.loads(lines.getvalue())["text"].startswith("=HYPERLINK")
