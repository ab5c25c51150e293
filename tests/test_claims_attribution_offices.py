"""Speakers named by an office ("the sheriff", "the county coroner"): one person, whom a
later "he" or "she" goes on about, and the holder a report named after the title before
("Sheriff X said ... The sheriff said ..."). Every sentence is invented for these tests;
the people are made up."""

from __future__ import annotations

from test_claims_attribution import said


def test_claims_attribution_she_goes_on_about_the_office_holder() -> None:
    text = (
        "The county sheriff said 12 people were hurt in the fire.\n"
        "Later she said 4 of them were still in hospital."
    )
    speaker, _ = said(text, "4 of them")
    assert speaker is not None and speaker.name == "county sheriff"


def test_claims_attribution_he_goes_on_about_the_latest_office_holder() -> None:
    # Two offices speak in turn: "he" is the coroner, who spoke last, not the sheriff.
    text = (
        "The sheriff said 12 people were hurt. The coroner said 3 people died.\n"
        "He added that 2 of the dead were children."
    )
    speaker, _ = said(text, "2 of the dead")
    assert speaker is not None and speaker.name == "coroner"


def test_claims_attribution_a_body_is_no_he() -> None:
    # A body that speaks is no "he": nothing before is a person, so no one is credited.
    text = (
        "The port authority said 12 ships were stuck at sea.\n"
        "He said 4 of them would dock on Friday."
    )
    speaker, _ = said(text, "4 of them")
    assert speaker is None


def test_claims_attribution_the_bare_title_is_the_holder_named_before() -> None:
    text = (
        "Sheriff Tomas Ekwueme said 12 people were hurt in the fire.\n"
        "The sheriff said 4 of them were still in hospital."
    )
    speaker, _ = said(text, "4 of them")
    assert speaker is not None and speaker.name == "Tomas Ekwueme"


def test_claims_attribution_she_is_the_person_named_before_her_office() -> None:
    # "The Lakeside senator" calls the senator just named by her office: "she" goes on
    # about that person, by name.
    text = (
        "Sen. Ada Okafor spoke first on Tuesday.\n"
        '"We need 12 more ships," the Lakeside senator said. "We lost 4 of them," she said.'
    )
    speaker, _ = said(text, "4 of them")
    assert speaker is not None and speaker.name == "Ada Okafor"


def test_claims_attribution_the_bare_title_is_the_holder_named_with_a_short_title() -> None:
    # News copy writes the office short before the name ("Gov.", "Sen."); "the governor"
    # later is still that person.
    text = (
        "Gov. Ada Varga said the Dalby port would reopen in May.\n"
        "The port will hire 40 new workers, the governor said."
    )
    speaker, _ = said(text, "40 new workers")
    assert speaker is not None and speaker.name == "Ada Varga"


def test_claims_attribution_the_bare_title_is_the_holder_named_in_passing() -> None:
    # The holder need not have spoken before: named with the title, the office is theirs.
    text = (
        "Gov. Ada Varga toured the Dalby port on Tuesday.\n"
        "The port will hire 40 new workers, the governor said."
    )
    speaker, _ = said(text, "40 new workers")
    assert speaker is not None and speaker.name == "Ada Varga"


def test_claims_attribution_the_bare_title_takes_no_other_office() -> None:
    # A mayor named before is no governor: the governor stays unnamed.
    text = (
        "Mayor Tomas Brandt toured the Dalby port on Tuesday.\n"
        "The port will hire 40 new workers, the governor said."
    )
    speaker, _ = said(text, "40 new workers")
    assert speaker is not None and speaker.name == "governor"


def test_claims_attribution_two_titles_joined_by_and_are_one_persons() -> None:
    # "businessman and blogger" are both titles of the one person named after them.
    text = (
        "The port will hire 40 new workers next year, said Orvel businessman and blogger Ann Roe."
    )
    speaker, _ = said(text, "40 new workers")
    assert speaker is not None and speaker.name == "Ann Roe"
    assert speaker.role == "Orvel businessman and blogger"


def test_claims_attribution_an_office_with_an_article_and_a_name_are_two() -> None:
    # "The mayor and Ann Roe" are two people; the first named still speaks first.
    text = "The mayor and Ann Roe said the port will hire 40 new workers."
    speaker, _ = said(text, "40 new workers")
    assert speaker is not None and speaker.name != "Ann Roe"


def test_claims_attribution_the_bare_title_is_not_a_holder_named_before_another() -> None:
    # Someone else named since the senator: "the senator" may be that other person, so
    # no one is taken for it.
    text = (
        "Sen. Tomas Brandt toured the Dalby port on Tuesday.\n"
        "Ada Varga met the dock workers later.\n"
        "The port will hire 40 new workers, the senator said."
    )
    speaker, _ = said(text, "40 new workers")
    assert speaker is not None and speaker.name == "senator"
