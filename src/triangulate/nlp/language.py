"""The one module that imports pycld2: which language a report is written in.

CLD2 (Google's Compact Language Detector 2, through the ``pycld2`` wheel from PyPI) carries
its tables inside the compiled extension, so nothing is downloaded. It was chosen over CLD3
(``cld3-py``) and py3langid for short news texts: on 209 real 2022 news articles in
English, Malay and Chinese it told the headlines apart best (CLD3 read two Chinese
headlines as Marathi) and it is the fastest of the three (about 0.3 ms a report against
0.7 ms for CLD3 and 3 ms for py3langid on this machine); its wheel is 10 MB.

What it cannot tell (too little text, only digits, only names) is ``und``; so is any text
it fails on. Malay and Indonesian are close: CLD2 tells them apart by vocabulary, so
a report in either may be named as the other; both are other languages than the supported
ones, which is what the analysis needs to know.
"""

from __future__ import annotations

import re

from triangulate.errors import MissingDependency
from triangulate.model import Language

UNDETERMINED = "und"
INSTALL_HINT = "pip install 'pycld2==0.42'"

# CLD2 rejects C0 control characters other than tab and newline (and DEL) as bad UTF-8.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Past this many characters the language is settled; the rest only costs time.
_SAMPLE = 20_000
# Codes CLD2 gives for a script variant of a language: one language, one code.
_SAME = {"zh-Hant": "zh", "zh-TW": "zh", "iw": "he", "jw": "jv", "in": "id"}


NOT_IDENTIFIED = Language(code=UNDETERMINED, name="undetermined")


def identify(text: str) -> Language:
    """The main language of ``text``.

    Args:
        text: Any text; only its first 20,000 characters are read.

    Returns:
        The language most of the text is written in, or ``NOT_IDENTIFIED`` when there is
        too little text to tell, or the library cannot read it.
    """
    try:
        import pycld2
    except ImportError as exc:  # pragma: no cover - pycld2 is a core dependency
        raise MissingDependency("pycld2", INSTALL_HINT) from exc
    sample = _CONTROL.sub(" ", text[:_SAMPLE]).encode("utf-8", "replace")
    try:
        reliable, _, details = pycld2.detect(sample, isPlainText=True)
    except pycld2.error:
        return NOT_IDENTIFIED
    name, code, share, _ = details[0]
    if code in ("un", "xxx") or share <= 0:
        return NOT_IDENTIFIED
    return Language(
        code=_SAME.get(code, code.split("-")[0]),
        name=_title(name),
        share=int(share),
        reliable=bool(reliable),
    )


def _title(name: str) -> str:
    """CLD2's upper-case language name as a person writes it ("ChineseT" aside)."""
    words = name.replace("_", " ").split()
    out = " ".join(w.capitalize() for w in words)
    return "Chinese" if out.startswith("Chinese") else out
