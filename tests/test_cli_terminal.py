"""What the command line prints from a report can never drive the terminal."""

from __future__ import annotations

import dataclasses
import io

from rich.console import Console

from test_report_html import hand_report
from triangulate.cli.summary import print_input_tally, print_summary
from triangulate.cli.terminal import printable
from triangulate.model import InputRecord

# Clear the screen, retitle the window, a CSI in its one-byte C1 form, a right-to-left override.
HOSTILE = "Ferry \x1b[2J\x1b]0;owned\x07 sinks \x9b31m\u202egnikaerb"


def test_printable_writes_controls_as_visible_escapes() -> None:
    assert printable(HOSTILE) == ("Ferry \\x1b[2J\\x1b]0;owned\\x07 sinks \\x9b31m\\u202egnikaerb")
    assert printable("Lake Orvan: 40 dead\n\tsaid police, «Ébène» 🚢") == (
        "Lake Orvan: 40 dead\n\tsaid police, «Ébène» 🚢"
    )


def _printed(job) -> str:  # type: ignore[no-untyped-def]
    buffer = io.StringIO()
    # A real terminal as far as Rich knows, without colour, so any escape is the report's.
    console = Console(file=buffer, force_terminal=True, color_system=None, width=200)
    job(console)
    return buffer.getvalue()


def test_cli_summary_prints_no_escape_from_report_fields() -> None:
    report = hand_report()
    doc = dataclasses.replace(report.documents[0], title=HOSTILE, outlet=HOSTILE)
    entity = dataclasses.replace(report.entities[0], name=HOSTILE, aliases=(HOSTILE,))
    group = dataclasses.replace(report.groups[0], label=HOSTILE)
    sentence = dataclasses.replace(report.summary[0], text=HOSTILE)
    story = dataclasses.replace(report.stories[0], label=HOSTILE)
    report = dataclasses.replace(
        report,
        documents=(doc, *report.documents[1:]),
        entities=(entity, *report.entities[1:]),
        groups=(group, *report.groups[1:]),
        summary=(sentence, *report.summary[1:]),
        stories=(story,),
        inputs=(InputRecord(path=HOSTILE, status="failed", reason=HOSTILE),),
    )
    text = _printed(lambda console: print_summary(report, console))
    for control in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert control not in text
    assert "\\x1b]0;owned" in text


def test_cli_input_tally_prints_no_escape_from_paths() -> None:
    inputs = [InputRecord(path=f"/in/{HOSTILE}.txt", status="skipped", reason="empty file")]
    text = _printed(lambda console: print_input_tally(inputs, console))
    assert "\x1b" not in text and "\\x1b[2J" in text
