"""Bytes to text: refuse binary files, find the encoding, normalise newlines and Unicode.

The cascade, read top to bottom: byte-order marks; binary signatures and NUL bytes
(BOM-less UTF-16 is recognised by its pattern of zero bytes); strict UTF-8; UTF-8 with a few
broken bytes (replaced, and said so); cp1252 when the result reads like text; then line by
line, for a file pasted together from several sources: each line as UTF-8, else as cp1252
when that reads like text, else as UTF-8 with its broken bytes replaced, all of it counted
in the note. Only what still reads like noise (more than one character in ten replaced) or holds
binary control characters is refused, with a reason.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from triangulate.ingest.rejected import Rejected

# Leading bytes of common binary formats, with a name a person recognises.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh91AY&SY", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3\x03", "MP3 audio"),
    (b"ID3\x04", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"{\\rtf", "RTF document"),
)
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)
# Characters cp1252 text really uses beyond ASCII: letters, and this punctuation.
_CP1252_PUNCT = frozenset("“”‘’–—…€£¥©®°«»·•´¨¡¿§¶ªº×÷½¼¾±µ¢™ ")
# Unicode's control characters (category Cc: U+0000-U+001F, U+007F-U+009F) except the
# ones text files legitimately carry (tab, line feed, vertical tab, form feed, return).
_STRAY_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A UTF-8 file with more broken bytes than this is not UTF-8 with a few typos.
_MAX_BROKEN_UTF8 = 0.01
# Read line by line, text with more replaced characters than this share is noise.
_MAX_REPLACED_LINES = 0.1


@dataclass(frozen=True, slots=True, kw_only=True)
class Decoded:
    """Text read from bytes, and how.

    Attributes:
        text: NFC text with ``\\n`` newlines.
        encoding: The encoding used, as a person would name it.
        note: Something the user should know (bytes replaced), or None.
    """

    text: str
    encoding: str
    note: str | None = None


def normalize(text: str) -> str:
    """NFC text with ``\\r\\n`` and lone ``\\r`` turned into ``\\n``.

    Args:
        text: Any text.

    Returns:
        The same text, normalised; nothing else is changed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def sniff_binary(raw: bytes) -> str | None:
    """The name of the binary format ``raw`` starts with, or None.

    Args:
        raw: The first bytes of a file (a few hundred are enough).

    Returns:
        A name such as "PNG image", or None when no signature matches.
    """
    for magic, name in MAGIC:
        # A signature of plain letters ("OggS") could start a text file: want a NUL too.
        if raw.startswith(magic) and (not magic.isascii() or not magic.isalpha() or b"\x00" in raw):
            return name
    return None


def _bomless_utf16(raw: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when zero bytes fall where ASCII text in UTF-16 puts them."""
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    pairs = len(sample) // 2
    odd_zero = sum(1 for b in sample[1::2] if b == 0)
    even_zero = sum(1 for b in sample[0::2] if b == 0)
    if odd_zero >= 0.6 * pairs and even_zero <= 0.05 * pairs:
        return "utf-16-le"
    if even_zero >= 0.6 * pairs and odd_zero <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _has_stray_controls(text: str) -> bool:
    """True when the text holds control characters no text file uses."""
    return _STRAY_CONTROL.search(text) is not None


def _plausible_cp1252(text: str) -> bool:
    """True when cp1252-decoded bytes read like Western text, not like noise or mojibake."""
    if _has_stray_controls(text):
        return False
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return True
    high = [ch for ch in visible if ord(ch) > 127]
    if len(high) > 0.3 * len(visible):
        return False
    wordy = sum(1 for ch in high if ch.isalpha() or ch in _CP1252_PUNCT)
    if wordy < 0.8 * len(high):
        return False
    # UTF-8 read as cp1252 leaves "Ã©"/"â€™" pairs; real cp1252 text rarely has them.
    mojibake = text.count("Ã") + text.count("â€")
    return mojibake <= 0.2 * len(high)


def _decode_with(raw: bytes, codec: str, label: str) -> Decoded:
    """Decode with a known codec, refusing text that turns out to hold binary controls."""
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise Rejected(
            "failed",
            f"cannot decode: it starts like {label} but has an invalid byte at {exc.start}",
        ) from None
    if _has_stray_controls(text):
        raise Rejected("skipped", f"binary file (control characters after decoding as {label})")
    return Decoded(text=normalize(text.removeprefix("\ufeff")), encoding=label)


def decode(raw: bytes) -> Decoded:
    """Turn the bytes of a file into normalised text.

    Args:
        raw: The whole file.

    Returns:
        The decoded text and the encoding used.

    Raises:
        Rejected: The bytes are empty, binary, or in no encoding this function accepts;
            its status and reason say which.
    """
    if not raw:
        raise Rejected("skipped", "empty file")
    for bom, codec, label in _BOMS:
        if raw.startswith(bom):
            return _decode_with(raw[len(bom) :], codec, label)
    kind = sniff_binary(raw[:1024])
    if kind is not None:
        raise Rejected("skipped", f"binary file (looks like {kind})")
    if b"\x00" in raw:
        utf16 = _bomless_utf16(raw)
        if utf16 is None:
            raise Rejected("skipped", "binary file (contains NUL bytes)")
        label = "UTF-16 LE (no BOM)" if utf16.endswith("le") else "UTF-16 BE (no BOM)"
        return _decode_with(raw, utf16, label)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _has_stray_controls(text):
            raise Rejected("skipped", "binary file (contains control characters)")
        return Decoded(text=normalize(text), encoding="UTF-8")
    return _decode_legacy(raw)


def _decode_legacy(raw: bytes) -> Decoded:
    """UTF-8 with a few broken bytes, else cp1252 if plausible, else refuse."""
    loose = raw.decode("utf-8", errors="replace")
    broken = loose.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for ch in loose if ord(ch) > 127 and ch != "\ufffd")
    if multibyte >= 5 * broken and broken <= _MAX_BROKEN_UTF8 * len(loose):
        if _has_stray_controls(loose):
            raise Rejected("skipped", "binary file (contains control characters)")
        plural = "s" if broken != 1 else ""
        note = f"UTF-8 with {broken} invalid byte sequence{plural}, replaced with U+FFFD"
        return Decoded(text=normalize(loose), encoding="UTF-8", note=note)
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible_cp1252(text):
        return Decoded(text=normalize(text), encoding="cp1252", note="decoded as cp1252")
    return _decode_lines(raw)


def _decode_lines(raw: bytes) -> Decoded:
    """Each line as UTF-8, else as cp1252 when it reads like text, else as UTF-8 with its
    broken bytes replaced; refused when that leaves noise or binary controls."""
    parts: list[str] = []
    legacy = broken = 0
    for line in raw.splitlines(keepends=True):
        try:
            parts.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        try:
            single = line.decode("cp1252")
        except UnicodeDecodeError:
            single = ""
        if single and _plausible_cp1252(single):
            parts.append(single)
            legacy += 1
            continue
        loose = line.decode("utf-8", errors="replace")
        broken += loose.count("\ufffd") - line.decode("utf-8", errors="ignore").count("\ufffd")
        parts.append(loose)
    text = "".join(parts)
    visible = sum(1 for ch in text if not ch.isspace())
    if _has_stray_controls(text) or broken > _MAX_REPLACED_LINES * max(visible, 1):
        raise Rejected(
            "failed", "cannot decode: not UTF-8/UTF-16 and not a plausible single-byte encoding"
        )
    said = []
    if legacy:
        said.append(f"{legacy} line{'s' if legacy != 1 else ''} decoded as cp1252")
    if broken:
        plural = "s" if broken != 1 else ""
        said.append(f"{broken} invalid byte sequence{plural} replaced with U+FFFD")
    note = "UTF-8 with " + " and ".join(said)
    return Decoded(text=normalize(text), encoding="UTF-8 and cp1252", note=note)
