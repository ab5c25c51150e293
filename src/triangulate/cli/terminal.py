"""Report text made safe to print on a terminal.

Report fields are third-party text: a title, an outlet or a file name can hold escape
sequences that a terminal would obey (clear the screen, retitle the window, hide text,
fake a link) or bidirectional overrides that reorder what is shown. ``printable`` writes
each such character as a visible escape (``\\x1b``, ``\\u202e``) instead; line breaks and
tabs stay. Everything the command line prints from a report goes through it.
"""

from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional embeddings,
# overrides and isolates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """The text with every character a terminal would obey written as a visible escape.

    Args:
        text: Any text from a report (a title, a name, a path, a reason).

    Returns:
        The same text when it holds no such character.
    """
    return _UNSAFE.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
