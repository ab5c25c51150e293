"""What someone talks about is theirs to report: "X discussed the plan", "X talked about
the toll" give what X spoke of, as "X said ..." gives what X said. Talk that says only
when or why someone spoke, talk refused, and talk another reports give nothing. Every
sentence is invented for these tests."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_what_a_senator_discussed_is_hers() -> None:
    text = "Senator Dana Reyes discussed a $40 million plan to deepen the harbor."
    speaker, _ = said(text, "$40 million")
    assert speaker is not None and speaker.name == "Dana Reyes"


def test_claims_attribution_what_a_mayor_talked_about_is_his() -> None:
    text = "Mayor Tom Okafor talked about the 12 families who lost their homes in the fire."
    speaker, _ = said(text, "12 families")
    assert speaker is not None and speaker.name == "Tom Okafor"


def test_claims_attribution_what_a_governor_spoke_of_is_hers() -> None:
    text = "Governor Ana Lindqvist spoke of 300 new jobs at the plant."
    speaker, _ = said(text, "300 new jobs")
    assert speaker is not None and "Lindqvist" in speaker.name


def test_claims_attribution_when_someone_spoke_attributes_nothing() -> None:
    text = "Senator Dana Reyes spoke on Tuesday, and 300 people gathered at the harbor."
    assert said(text, "300 people") == (None, ())


def test_claims_attribution_why_someone_spoke_attributes_nothing() -> None:
    text = "Senator Dana Reyes spoke to accept the award while 400 guests cheered."
    assert said(text, "400 guests") == (None, ())


def test_claims_attribution_talk_refused_attributes_nothing() -> None:
    text = "Senator Dana Reyes declined to discuss the $40 million plan for the harbor."
    assert said(text, "$40 million") == (None, ())


def test_claims_attribution_talk_forecast_attributes_nothing() -> None:
    # A modal makes it the writer's forecast of what will be talked about.
    text = "Senator Dana Reyes will discuss the $40 million plan for the harbor."
    assert said(text, "$40 million") == (None, ())
