"""False attributions: the reporter's own words beside a report, credited to no one.
Every sentence is invented for these tests."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_false_reporters_measure_after_a_finding() -> None:
    # "about 2,000 more than officials expected" measures the finding against the
    # reporter's yardstick: the estimates did not say it.
    text = (
        "The county's early estimates show that 8,000 residents voted on Saturday, about "
        "2,000 more than most officials had expected."
    )
    speaker, _ = said(text, "8,000 residents")
    assert speaker is not None and "county" in speaker.name
    assert said(text, "about 2,000") == (None, ())


def test_claims_attribution_false_a_share_of_another_count_after_a_finding() -> None:
    text = (
        "Early ratings data suggest the station drew about 3 million viewers, less than half "
        "of the 7 million viewers for the mayoral debate last week."
    )
    speaker, _ = said(text, "about 3 million viewers")
    assert speaker is not None and "data" in speaker.name
    assert said(text, "7 million viewers") == (None, ())


def test_claims_attribution_false_a_finding_keeps_its_own_other_figure() -> None:
    # "versus ..." sets one share of the same poll against another: still the poll's.
    text = (
        "A Gazette poll found that residents backed the bridge by about three to one, versus "
        "about two to one among commuters."
    )
    speaker, _ = said(text, "about two to one")
    assert speaker is not None and "Gazette" in speaker.name
