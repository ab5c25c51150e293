"""Claims as flat rows (CSV or JSON Lines), in the spirit of ACLED/UCDP event tables.

One row per claim. ``date`` is when the claim says the event happened, else the report's
publication date; ``date_basis`` says which: ``event`` (the claim's own time), or the
publication date's basis (``metadata``, ``dateline``, ``inferred`` from the story's other
reports), empty when there is no date. ``place`` is the name of the claim's place entity;
``actors`` are the resolved names of an assertion's subject and object, or of a figure's
speaker, joined by "; ". ``relay`` is the chain between speaker and outlet, nearest to the
speaker first.

In CSV, a text cell that starts with ``=``, ``+``, ``-``, ``@`` or a tab gets a leading
apostrophe, so a spreadsheet shows it as text instead of running it as a formula (report
text is third-party text: "=HYPERLINK(...)" must stay words), and a carriage return is a
line break (``\\n``, as ingest reads it), which the CSV quotes: a bare one would end the row.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal, TextIO

if TYPE_CHECKING:
    from triangulate.store.base import Store

EXPORT_COLUMNS: tuple[str, ...] = (
    "story",
    "date",
    "date_basis",
    "place",
    "actors",
    "kind",
    "measure",
    "low",
    "high",
    "hedge",
    "unit",
    "speaker",
    "relay",
    "outlet",
    "group",
    "verdict",
    "independent_sources",
    "doc",
    "claim",
    "text",
)

ExportFormat = Literal["csv", "jsonl"]


def export_claims(store: Store, fmt: ExportFormat, out: TextIO) -> int:
    """Write every stored claim as one flat row.

    Args:
        store: The store to read.
        fmt: ``"csv"`` (a header, then one line per claim; empty cells for nothing) or
            ``"jsonl"`` (one JSON object per line; null for nothing).
        out: Where to write (open it with ``newline=""`` for CSV).

    Returns:
        How many claims were written.

    Raises:
        ValueError: An unknown format.
    """
    if fmt not in ("csv", "jsonl"):
        raise ValueError(f"unknown export format {fmt!r}: use 'csv' or 'jsonl'")
    count = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(EXPORT_COLUMNS)
        for row in flat_rows(store):
            writer.writerow([_cell(row[c]) for c in EXPORT_COLUMNS])
            count += 1
    else:
        for row in flat_rows(store):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def flat_rows(store: Store) -> Iterator[dict[str, Any]]:
    """The export rows, columns in ``EXPORT_COLUMNS`` order."""
    bases = {
        r["id"]: r["published_basis"]
        for r in store.read("SELECT id, published_basis FROM documents")
    }
    for row in store.claim_rows():
        basis: str | None
        if row["when_start"]:
            basis = "event"
        else:
            basis = bases.get(row["doc"]) if row["published"] else None
        yield {
            "story": row["story"],
            "date": row["when_start"] or row["published"],
            "date_basis": basis,
            "place": row["place"],
            "actors": _actors(row),
            "kind": row["kind"],
            "measure": row["measure"],
            "low": _number(row["low"]),
            "high": _number(row["high"]),
            "hedge": row["hedge"],
            "unit": row["unit"],
            "speaker": row["speaker"],
            "relay": row["relay"],
            "outlet": row["outlet"],
            "group": row["group_label"],
            "verdict": row["verdict"],
            "independent_sources": row["independent_sources"],
            "doc": row["doc"],
            "claim": row["claim"],
            "text": row["text"],
        }


_FORMULA_STARTS = ("=", "+", "-", "@", "\t")


def _cell(value: Any) -> Any:
    """A CSV cell: nothing as empty, text a spreadsheet would run as a formula as text."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _actors(row: dict[str, Any]) -> str | None:
    """Resolved names of who acts in the claim: subject and object, else the speaker."""
    if row["kind"] == "assertion":
        names = [row["subject_name"] or row["subject"], row["object_name"] or row["object"]]
    else:
        names = [row["speaker_name"]]
    unique = list(dict.fromkeys(n for n in names if n))
    return "; ".join(unique) or None


def _number(value: Any) -> Any:
    """Whole numbers as integers ("8000", not "8000.0"), as in the JSON report."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
