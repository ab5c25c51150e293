"""Guards against false attributions: text inside or beside an attributed sentence that
the reporter wrote, not the speaker. Every sentence is invented for these tests."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_guards_reporters_yardstick_after_a_figure() -> None:
    # The analysts' forecast the reporter sets the figure against is not the company's.
    text = (
        "Lakeside Ferries reported earnings of $2.15 a share, well above the $1.90 that "
        "analysts had expected."
    )
    speaker, _ = said(text, "$2.15")
    assert speaker is not None and "Lakeside Ferries" in speaker.name
    assert said(text, "$1.90") == (None, ())


def test_claims_attribution_guards_compared_with_another_count() -> None:
    text = (
        "The agency says it has found more than 1,200 wrecks in the bay, compared with the "
        "navy's 870."
    )
    speaker, _ = said(text, "more than 1,200 wrecks")
    assert speaker is not None and "agency" in speaker.name
    assert said(text, "870") == (None, ())


def test_claims_attribution_guards_a_change_stays_the_speakers() -> None:
    # "up ... from ..." is how the speaker gave the figure: still the speaker's.
    text = "The port said it handled 40,000 containers in May, up 12 percent from April."
    speaker, _ = said(text, "12 percent")
    assert speaker is not None and "port" in speaker.name


def test_claims_attribution_guards_a_poll_keeps_its_comparison() -> None:
    # A finding's comparison is the finding's own.
    text = (
        "A Gazette poll found 61 percent of residents back the bridge, compared with 48 "
        "percent in March."
    )
    speaker, _ = said(text, "48 percent")
    assert speaker is not None and "Gazette" in speaker.name
