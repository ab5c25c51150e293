"""Every encoding a report arrives in reads as the same clean, NFC, \\n-separated text."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from triangulate.ingest import ingest
from triangulate.ingest.decode import decode
from triangulate.ingest.rejected import Rejected

# Curly quotes, a dash, accents and the euro sign: all in cp1252, all outside ASCII.
TEXT = "Café owners in Oréa said “the damage is huge” – about €2,000 a shop.\n"


def _read(tmp_path: Path, raw: bytes, name: str = "report.txt") -> tuple[str | None, str]:
    """The ingested text (None if none) and the input's status."""
    path = tmp_path / name
    path.write_bytes(raw)
    result = ingest([str(path)])
    doc = result.documents[0] if result.documents else None
    return (doc.text if doc else None), result.inputs[0].status


@pytest.mark.parametrize(
    ("label", "raw"),
    [
        ("utf-8", TEXT.encode("utf-8")),
        ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
        ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")),
        ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
        ("utf-16 LE without BOM", TEXT.encode("utf-16-le")),
        ("utf-32 with BOM", codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le")),
        ("cp1252", TEXT.encode("cp1252")),
    ],
)
def test_each_encoding_gives_the_same_text(tmp_path: Path, label: str, raw: bytes) -> None:
    text, status = _read(tmp_path, raw)
    assert status == "ok", label
    assert text == TEXT.strip(), label


def test_cp1252_is_said_in_the_input_record(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    (record,) = ingest([str(path)]).inputs
    assert record.reason == "decoded as cp1252"


def test_utf8_with_a_stray_byte_is_utf8_and_says_so() -> None:
    raw = ("Ωmega “quoted” ünïcode text with many accents éèà. " * 4).encode("utf-8") + b"\xff"
    decoded = decode(raw)
    assert decoded.encoding == "UTF-8"
    assert decoded.text.endswith("\ufffd")
    assert decoded.note == "UTF-8 with 1 invalid byte sequence, replaced with U+FFFD"


def test_bytes_in_no_plausible_encoding_fail_with_reason(tmp_path: Path) -> None:
    # Mostly high bytes: not UTF-8, and as cp1252 it would be a jumble of symbols.
    raw = bytes(range(0xA0, 0x100)) * 3
    text, status = _read(tmp_path, raw)
    assert (text, status) == (None, "failed")
    record = ingest([str(tmp_path / "report.txt")]).inputs[0]
    assert record.reason == (
        "cannot decode: not UTF-8/UTF-16 and not a plausible single-byte encoding"
    )


def test_undefined_cp1252_bytes_fail() -> None:
    with pytest.raises(Rejected) as caught:
        decode(b"Plain words \x81\x8d\x8f\x90\x9d and more words")
    assert caught.value.status == "failed"


def test_decomposed_text_becomes_nfc(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Résumé of the Oréa flood.")
    assert nfd != unicodedata.normalize("NFC", nfd)
    text, _ = _read(tmp_path, nfd.encode("utf-8"))
    assert text == "Résumé of the Oréa flood."


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_newlines_become_newline(tmp_path: Path, newline: str) -> None:
    raw = newline.join(["Title line", "", "First paragraph.", "", "Second."]).encode("utf-8")
    text, _ = _read(tmp_path, raw)
    assert text == "Title line\n\nFirst paragraph.\n\nSecond."


def test_curly_quotes_are_kept(tmp_path: Path) -> None:
    text, _ = _read(tmp_path, "He said ‘no’ and “never”.".encode())
    assert text == "He said ‘no’ and “never”."


def test_lines_in_utf8_and_cp1252_are_each_decoded(tmp_path: Path) -> None:
    raw = (
        "Flood in Köln\n\n".encode()
        + "Café owners said 12 homes flooded.\n".encode("cp1252")
        + "Über 30 people were rescued.\n".encode()
    )
    decoded = decode(raw)
    assert decoded.text == (
        "Flood in Köln\n\nCafé owners said 12 homes flooded.\nÜber 30 people were rescued.\n"
    )
    assert decoded.note == "UTF-8 with 1 line decoded as cp1252"
    text, status = _read(tmp_path, raw)
    assert status == "ok" and text is not None and "Café" in text


def test_one_bad_byte_in_ascii_text_is_replaced_and_counted() -> None:
    # 0x81 is neither UTF-8 nor a cp1252 character.
    decoded = decode(b"Flood update\n\nAt least 12 people died in Dorvale\x81 on Monday.\n")
    assert decoded.text == "Flood update\n\nAt least 12 people died in Dorvale\ufffd on Monday.\n"
    assert decoded.note == "UTF-8 with 1 invalid byte sequence replaced with U+FFFD"


def test_lone_surrogate_escaped_in_json_becomes_a_replacement_character(
    tmp_path: Path,
) -> None:
    path = tmp_path / "record.json"
    path.write_text(
        '{"id": "r1", "title": "Flood \\udc00", "text": "Floods hit Dorvale \\ud800 on '
        'Monday. At least 40 people died, officials said."}',
        encoding="utf-8",
    )
    result = ingest([str(path)])
    (record,) = result.inputs
    (doc,) = result.documents
    assert record.status == "ok", record.reason
    assert "Dorvale \ufffd on Monday" in doc.text
    assert doc.title == "Flood \ufffd"
    doc.text.encode("utf-8")
