"""Echoes and independence: a relayed source counts once, with evidence in words."""

from __future__ import annotations

from test_reconcile_helpers import TORVALD, doc, figure_claim
from triangulate.reconcile import reconcile
from triangulate.reconcile.echoes import find_echoes

RELAY_A = doc(
    "ra", "A Quarry Radio source said 70 gunmen hold the granary, with blue flags.", "Paper A"
)
RELAY_B = doc(
    "rb",
    "About 70 gunmen hold the granary, a source told Quarry Radio, waving blue flags.",
    "Paper B",
)
OTHER = doc("ot", "An army officer said 200 gunmen hold the town.", "Paper C")


def _claims() -> list:  # type: ignore[type-arg]
    kw = dict(measure="gunmen remaining in Torvald", counted="gunmen", qualifiers=("hold",))
    return [
        figure_claim(
            RELAY_A,
            "70 gunmen",
            low=70,
            high=70,
            speaker="A Quarry Radio source",
            anonymous=True,
            via=("Quarry Radio",),
            **kw,
        ),
        figure_claim(
            RELAY_B,
            "About 70 gunmen",
            low=70,
            high=70,
            hedge="about",
            speaker="a source",
            anonymous=True,
            via=("Quarry  radio",),
            **kw,
        ),
        figure_claim(OTHER, "200 gunmen", low=200, high=200, speaker="An army officer", **kw),
    ]


def test_echoes_shared_relay_is_found_with_evidence() -> None:
    claims = _claims()
    (echo,) = find_echoes([RELAY_A, RELAY_B, OTHER], claims)
    assert echo.upstream == "Quarry  radio" or echo.upstream == "Quarry Radio"
    assert echo.docs == ("ra", "rb")
    assert "relay" in echo.evidence and "granary" in echo.evidence


def test_echoes_relayed_source_counts_once() -> None:
    out = reconcile([RELAY_A, RELAY_B, OTHER], [TORVALD], _claims())
    (group,) = [g for g in out.groups if len(g.claims) == 3]
    assert group.independent_sources == 2
    assert group.verdict == "conflict"


def test_echoes_citing_another_outlet() -> None:
    first = doc("f1", "Doctors at the clinic counted 41 dead.", "Harbour Voice")
    second = doc("f2", "Some 41 died, according to doctors quoted by Harbour Voice.", "Big Daily")
    claims = [
        figure_claim(first, "41 dead", low=41, high=41),
        figure_claim(second, "41 died", low=41, high=41),
    ]
    echoes = find_echoes([first, second], claims)
    assert [e.upstream for e in echoes] == ["Harbour Voice"]
    assert "quoted by Harbour Voice" in echoes[0].evidence
    (group,) = reconcile([first, second], [TORVALD], claims).groups
    assert group.independent_sources == 1


def test_echoes_copied_text_by_shingles() -> None:
    shared = "the ferry capsized near the northern pier shortly after the evening bells rang"
    first = doc("c1", f"Witnesses said {shared} twice. Then {shared} again.", "Wire One")
    second = doc("c2", f"Locals told us {shared} and more.", "Reprint Site")
    echoes = find_echoes([first, second], [])
    assert len(echoes) == 1
    assert "runs of 6" in echoes[0].evidence


def test_echoes_merge_only_their_copies() -> None:
    # Paper B copies Wire One's passage (its own unattributed figure is Wire One's), but
    # the army officer Paper B quotes elsewhere stays a source of his own.
    shared = "the ferry capsized near the northern pier shortly after the evening bells rang"
    first = doc("w1", f"Wire One reports {shared}; 12 people drowned there.", "Wire One")
    second = doc(
        "w2",
        f"We learn {shared}; 12 people drowned there. An army officer said 15 people drowned.",
        "Paper B",
    )
    third = doc("w3", "A harbour pilot said 12 people drowned.", "Paper C")
    kw = dict(measure="people drowned in Torvald", counted="people", qualifiers=("drowned",))
    claims = [
        figure_claim(first, "12 people", low=12, high=12, **kw),  # type: ignore[arg-type]
        figure_claim(second, "12 people", low=12, high=12, **kw),  # type: ignore[arg-type]
        figure_claim(second, "15 people", low=15, high=15, speaker="An army officer", **kw),  # type: ignore[arg-type]
        figure_claim(third, "12 people", low=12, high=12, speaker="harbour pilot", **kw),  # type: ignore[arg-type]
    ]
    out = reconcile([first, second, third], [TORVALD], claims)
    assert [e.upstream for e in out.echoes] == ["Wire One"]
    (group,) = [g for g in out.groups if len(g.claims) == 4]
    # Wire One (with Paper B's copy), the army officer, the harbour pilot.
    assert group.independent_sources == 3


def test_echoes_a_site_named_by_its_address_and_by_its_name_is_one_source() -> None:
    # One site's two reports: one names the site in its text, the other is shown by its
    # web address; with a third outlet they are two independent sources, not three.
    named = doc("s1", "The Harbour Voice learned that 41 died.", "Harbour Voice")
    address = doc("s2", "Some 41 died in the flood.", "theharbourvoice.co.uk")
    other = doc("s3", "Doctors counted 41 dead.", "Big Daily")
    claims = [
        figure_claim(named, "41 died", low=41, high=41),
        figure_claim(address, "41 died", low=41, high=41),
        figure_claim(other, "41 dead", low=41, high=41),
    ]
    (group,) = reconcile([named, address, other], [TORVALD], claims).groups
    assert group.independent_sources == 2


def test_echoes_unnamed_sources_of_one_kind_count_once_of_two_kinds_twice() -> None:
    text = (
        "An official said 300 people were evacuated from Torvald. Another official said "
        "300 people left. Police said 300 people were evacuated. Organisers of the shelter "
        "said 300 people arrived."
    )
    d = doc("u", text, "Paper U")
    kw = dict(measure="people evacuated in Torvald", counted="people", qualifiers=("evacuated",))
    claims = [
        figure_claim(d, phrase, low=300, high=300, speaker=who, anonymous=True, **kw)  # type: ignore[arg-type]
        for phrase, who in [
            ("300 people were evacuated from", "An official"),
            ("300 people left", "Another official"),
            ("300 people were evacuated.", "Police"),
            ("300 people arrived", "Organisers of the shelter"),
        ]
    ]
    out = reconcile([d], [TORVALD], claims)
    (group,) = [g for g in out.groups if len(g.claims) == 4]
    # Two officials a reader cannot tell apart are one source; police and organisers are
    # two more.
    assert group.independent_sources == 3


def test_two_writers_on_one_blogging_platform_are_two_sources() -> None:
    # "valleynotes.blogspot.com" and "tarnwatch.blogspot.com" are two writers, not one
    # outlet "blogspot"; one blog read under two country domains is still one writer
    first = doc("b1", "The fire chief counted 12 engines at the mill.", "valleynotes.blogspot.com")
    second = doc("b2", "Twelve engines fought the mill fire, we saw.", "tarnwatch.blogspot.com")
    again = doc("b3", "Engines at the mill: 12, said the chief.", "valleynotes.blogspot.com")
    claims = [
        figure_claim(first, "12 engines", low=12, high=12),
        figure_claim(second, "Twelve engines", low=12, high=12),
    ]
    (group,) = reconcile([first, second], [TORVALD], claims).groups
    assert group.independent_sources == 2
    claims = [
        figure_claim(first, "12 engines", low=12, high=12),
        figure_claim(again, "12", low=12, high=12),
    ]
    (group,) = reconcile([first, again], [TORVALD], claims).groups
    assert group.independent_sources == 1


def test_echoes_of_copied_text_list_only_the_copied_claims() -> None:
    # Paper B copies Wire One's sentence with its toll; the 15 an army officer gives right
    # after it, and Wire One's own 9 missing just before it, are told in each report's own
    # words: the echo lists the two copies of "12 people", not every figure near them.
    shared = "the ferry capsized near the northern pier shortly after the evening bells rang"
    first = doc(
        "w1", f"Nine were missing. Wire One reports {shared}; 12 people drowned.", "Wire One"
    )
    second = doc(
        "w2", f"We learn {shared}; 12 people drowned. An army officer said 15 drowned.", "Paper B"
    )
    kw = dict(measure="people drowned in Torvald", counted="people", qualifiers=("drowned",))
    claims = [
        figure_claim(first, "Nine", low=9, high=9, **kw),  # type: ignore[arg-type]
        figure_claim(first, "12 people", low=12, high=12, **kw),  # type: ignore[arg-type]
        figure_claim(second, "12 people", low=12, high=12, **kw),  # type: ignore[arg-type]
        figure_claim(second, "15", low=15, high=15, speaker="An army officer", **kw),  # type: ignore[arg-type]
    ]
    (echo,) = find_echoes([first, second], claims)
    copied = {c.id for c in claims if c.text == "12 people"}
    assert set(echo.claims) == copied
    # The report shows the same list; the officer's 15 stays a source of its own.
    out = reconcile([first, second], [TORVALD], claims)
    assert [set(e.claims) for e in out.echoes] == [copied]
    (group,) = [g for g in out.groups if len(g.claims) == 4]
    assert group.independent_sources == 2
