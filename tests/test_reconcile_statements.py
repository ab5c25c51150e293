"""Assertion threads: different agents, opposite polarity, and updates over event time."""

from __future__ import annotations

from dataclasses import replace

from test_reconcile_helpers import TORVALD, assertion_claim, doc
from triangulate.model import Entity, Mention, Speaker, When
from triangulate.reconcile import reconcile


def _day(iso: str) -> When:
    return When(start=iso, end=iso, precision="day")


def test_statements_different_agents_of_a_rejection_conflict() -> None:
    a = doc("a", "The treaty was stalled by the rejection of a northern ministry.", "Post")
    b = doc("b", "The harbour guild refused to sign the treaty.", "Times")
    claims = [
        assertion_claim(
            a,
            "the rejection of a northern ministry",
            subject="a northern ministry",
            predicate="reject",
            obj=None,
            speaker="diplomats",
        ),
        assertion_claim(
            b,
            "The harbour guild refused to sign the treaty",
            subject="The harbour guild",
            predicate="reject",
            obj="the treaty",
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.verdict == "conflict"
    assert "northern ministry" in group.explanation and "harbour guild" in group.explanation


def test_statements_not_done_then_done_later_is_an_update() -> None:
    a = doc("a", "The evacuation of Torvald did not take place on Monday.", "Post", "2030-05-02")
    b = doc("b", "The last families left Torvald on Thursday night.", "Times", "2030-05-06")
    claims = [
        assertion_claim(
            a,
            "evacuation of Torvald did not take place",
            subject=None,
            predicate="leave",
            obj="Torvald",
            polarity="negated",
            when=_day("2030-04-29"),
            where="e-torvald",
        ),
        assertion_claim(
            b,
            "The last families left Torvald",
            subject="The last families",
            predicate="leave",
            obj=None,
            when=_day("2030-05-02"),
            where="e-torvald",
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.verdict == "update"


def test_statements_opposite_polarity_same_actor_conflicts() -> None:
    a = doc("a", "The guild joined the deal with the rebels.", "Post")
    b = doc("b", "We as a guild will never agree to a deal, a spokesman said.", "Times")
    claims = [
        assertion_claim(
            a, "The guild joined the deal", subject="The guild", predicate="agree", obj="the deal"
        ),
        assertion_claim(
            b,
            "We as a guild will never agree to a deal",
            subject="We as a guild",
            predicate="agree",
            obj="a deal",
            polarity="negated",
            speaker="spokesman",
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.verdict == "conflict"


def test_statements_a_thread_joins_through_one_shared_member() -> None:
    from test_reconcile_helpers import assertion_claim, doc
    from triangulate.reconcile import reconcile

    a = doc("sa", "The Harbour Guild holds most of the docks.", "Paper A")
    b = doc("sb", "They hold most of the docks, we hear.", "Paper B")
    c = doc("sc", "Officials say the Harbour Guild controls.", "Paper C")
    claims = [
        assertion_claim(
            a,
            "The Harbour Guild holds most of the docks",
            subject="The Harbour Guild",
            predicate="control",
            obj="most of the docks",
        ),
        assertion_claim(
            b,
            "They hold most of the docks",
            subject="They",
            predicate="control",
            obj="most of the docks",
        ),
        assertion_claim(
            c,
            "the Harbour Guild controls",
            subject="the Harbour Guild",
            predicate="control",
            obj=None,
        ),
    ]
    (group,) = reconcile([a, b, c], [], claims).groups
    assert len(group.claims) == 3 and group.verdict == "agree"


def test_statements_a_negated_statement_is_quoted_with_its_negation() -> None:
    # The claim's span leaves out the "no" before it: the explanation must not.
    a = doc("a", "Officials said no evacuation of Torvald took place.", "Post", "2030-05-02")
    b = doc("b", "The last families left Torvald on Thursday night.", "Times", "2030-05-06")
    claims = [
        assertion_claim(
            a,
            "evacuation of Torvald took place",
            subject=None,
            predicate="leave",
            obj="Torvald",
            polarity="negated",
            when=_day("2030-04-29"),
            where="e-torvald",
        ),
        assertion_claim(
            b,
            "The last families left Torvald",
            subject="The last families",
            predicate="leave",
            obj=None,
            when=_day("2030-05-02"),
            where="e-torvald",
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert "'no evacuation of Torvald took place'" in group.explanation


def test_statements_saying_and_denying_with_no_actor_are_never_one_agreeing_thread() -> None:
    # No actor is named on either side: the denials and the affirmations are two threads.
    docs = [
        doc("m1", "A deal was agreed on the ferry routes, officials said.", "Post"),
        doc("m2", "A deal was agreed on the ferry routes, the harbour said.", "Times"),
        doc("m3", "No deal was agreed on the ferry routes, a captain said.", "Herald"),
        doc("m4", "No deal was agreed on the ferry routes, a pilot said.", "Courier"),
    ]
    claims = [
        assertion_claim(
            d,
            "deal was agreed on the ferry routes",
            subject=None,
            predicate="agree",
            obj="deal",
            polarity="negated" if d.text.startswith("No") else "affirmed",
        )
        for d in docs
    ]
    groups = reconcile(docs, [TORVALD], claims).groups
    assert len(groups) == 2
    for group in groups:
        held = {c.assertion.polarity for c in claims if c.id in group.claims and c.assertion}
        assert len(held) == 1, group
    labels = sorted(g.label for g in groups)
    assert labels == [
        "No deal was agreed on the ferry routes",
        "deal was agreed on the ferry routes",
    ]


def test_statements_a_thread_is_labelled_by_its_words_never_by_a_relative_pronoun() -> None:
    a = doc("l1", "The guild, which signed the deal, left.", "Post")
    b = doc("l2", "The harbour guild signed the deal on Monday.", "Times")
    claims = [
        assertion_claim(a, "which signed the deal", subject="which", predicate="sign", obj="deal"),
        assertion_claim(
            b,
            "The harbour guild signed the deal",
            subject="The harbour guild",
            predicate="sign",
            obj="deal",
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.label == "The harbour guild signed the deal"


def test_statements_a_headline_is_quoted_as_written_and_named_as_a_headline() -> None:
    a = doc("c1", "GUILD SIGNS FERRY DEAL\nThe guild signed the ferry deal.", "Post")
    a = replace(a, title="GUILD SIGNS FERRY DEAL")
    b = doc("c2", "The harbour guild signed the ferry deal on Monday.", "Times")
    claims = [
        assertion_claim(a, "GUILD SIGNS FERRY DEAL", subject="GUILD", predicate="sign", obj="DEAL"),
        assertion_claim(
            b,
            "The harbour guild signed the ferry deal",
            subject="guild",
            predicate="sign",
            obj="deal",
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert "Post: 'GUILD SIGNS FERRY DEAL' in its headline" in group.explanation
    assert group.label == "The harbour guild signed the ferry deal"


def test_statements_a_thread_label_names_who_did_it_when_one_report_does() -> None:
    # Three reports tell the deed without its doer; the one naming the doer labels it.
    texts = ["The flood destroyed the old bridge.", *(["It destroyed the old bridge."] * 3)]
    docs = [doc(f"w{n}", text, f"Outlet {n}") for n, text in enumerate(texts)]
    claims = [
        assertion_claim(
            docs[0],
            "The flood destroyed the old bridge",
            subject="The flood",
            predicate="destroy",
            obj="the old bridge",
        ),
        *(
            assertion_claim(
                d,
                "destroyed the old bridge",
                subject=None,
                predicate="destroy",
                obj="the old bridge",
            )
            for d in docs[1:]
        ),
    ]
    (group,) = reconcile(docs, [TORVALD], claims).groups
    assert group.label == "The flood destroyed the old bridge"


def test_statements_a_label_keeps_cannot_as_its_negation() -> None:
    a = doc("x1", "The council cannot close the harbour.", "Post")
    b = doc("x2", "The council cannot close the harbour, its chair said.", "Times")
    claims = [
        assertion_claim(
            d,
            "The council cannot close the harbour",
            subject="The council",
            predicate="close",
            obj="the harbour",
            polarity="negated",
        )
        for d in (a, b)
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.label == "The council cannot close the harbour"


def test_statements_a_short_sentence_labels_a_thread_before_a_long_aside() -> None:
    short = [doc(f"s{n}", "Three sailors drowned.", f"Outlet {n}") for n in range(2)]
    long = doc("s9", "The minister mourned what she called the loss of three sailors.", "Post")
    claims = [
        *(
            assertion_claim(
                d, "Three sailors drowned", subject=None, predicate="kill", obj="Three sailors"
            )
            for d in short
        ),
        assertion_claim(
            long,
            "The minister mourned what she called the loss of three sailors",
            subject="The minister",
            predicate="kill",
            obj="the loss of three sailors",
        ),
    ]
    (group,) = reconcile([*short, long], [TORVALD], claims).groups
    assert group.label == "Three sailors drowned"


def test_statements_civilians_evacuated_stay_apart_from_fighters_leaving() -> None:
    # Fighters leaving a town and civilians evacuated from it are two movements, though
    # both name the same town and the same militia.
    a = doc("f1", "Fighters of the Varga militia left Torvald at dawn.", "Post")
    b = doc("f2", "The Varga militia withdrew from Torvald, elders said.", "Times")
    c = doc("f3", "At least 300 civilians had been evacuated from Torvald.", "Herald")
    claims = [
        assertion_claim(
            a,
            "Fighters of the Varga militia left Torvald",
            subject="Fighters of the Varga militia",
            predicate="leave",
            obj=None,
            where="e-torvald",
        ),
        assertion_claim(
            b,
            "The Varga militia withdrew from Torvald",
            subject="The Varga militia",
            predicate="leave",
            obj=None,
            where="e-torvald",
        ),
        assertion_claim(
            c,
            "At least 300 civilians had been evacuated",
            subject=None,
            predicate="leave",
            obj="At least 300 civilians",
            where="e-torvald",
        ),
    ]
    (group,) = reconcile([a, b, c], [TORVALD], claims).groups
    assert set(group.claims) == {claims[0].id, claims[1].id}


def test_statements_a_withdrawal_restates_a_departure() -> None:
    # "withdraws from Torvald" and "the departure of ... from the city" tell of one exit.
    a = doc("w1", "The Varga militia withdraws from Torvald", "Post")
    b = doc(
        "w2",
        "Elders announced the departure of the Varga militia's fighters from the city.",
        "Times",
    )
    claims = [
        assertion_claim(
            a,
            "The Varga militia withdraws from Torvald",
            subject="The Varga militia",
            predicate="leave",
            obj="Torvald",
        ),
        assertion_claim(
            b,
            "departure of the Varga militia's fighters from the city",
            subject="the Varga militia's fighters",
            predicate="leave",
            obj="the city",
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.verdict == "agree" and group.independent_sources == 2


def test_statements_leaving_two_named_places_are_two_departures() -> None:
    dalby = Entity(id="e-dalby", name="Dalby", type="GPE", aliases=("Dalby",), mentions=())
    a = doc("p1", "The Varga convoy withdrew from Dalby on Monday.", "Post")
    b = doc("p2", "The departure of the Varga convoy from Torvald was delayed.", "Times")
    claims = [
        assertion_claim(
            a,
            "The Varga convoy withdrew from Dalby",
            subject="The Varga convoy",
            predicate="leave",
            obj="Dalby",
        ),
        assertion_claim(
            b,
            "departure of the Varga convoy from Torvald",
            subject="the Varga convoy",
            predicate="leave",
            obj="Torvald",
        ),
    ]
    claims = [
        replace(c, assertion=replace(c.assertion, object_entity=e))  # type: ignore[arg-type]
        for c, e in zip(claims, ("e-dalby", "e-torvald"), strict=True)
    ]
    assert reconcile([a, b], [TORVALD, dalby], claims).groups == ()


def test_statements_talks_named_by_their_sides_or_their_mediators_are_one_thread() -> None:
    # One report names the sides at the table, another the elders leading the talks.
    a = doc("t1", "Talks between the Varga government and the rebels have begun.", "Post")
    b = doc("t2", "Elders of the Corran tribe were leading discussions, a witness said.", "Times")
    claims = [
        assertion_claim(
            a,
            "Talks between the Varga government and the rebels",
            subject="the Varga government and the rebels",
            predicate="negotiate",
            obj=None,
        ),
        assertion_claim(
            b,
            "Elders of the Corran tribe were leading discussions",
            subject="Elders of the Corran tribe",
            predicate="negotiate",
            obj=None,
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert group.verdict == "agree" and group.independent_sources == 2


def test_statements_talks_of_two_sides_on_two_named_things_stay_apart() -> None:
    a = doc("t3", "The harbour guild negotiated a wage contract with the Tallis shipyard.", "Post")
    b = doc("t4", "The Orvel league negotiated broadcast rights with a network.", "Times")
    claims = [
        assertion_claim(
            a,
            "The harbour guild negotiated a wage contract",
            subject="The harbour guild",
            predicate="negotiate",
            obj="a wage contract",
        ),
        assertion_claim(
            b,
            "The Orvel league negotiated broadcast rights",
            subject="The Orvel league",
            predicate="negotiate",
            obj="broadcast rights",
        ),
    ]
    assert reconcile([a, b], [TORVALD], claims).groups == ()


def test_statements_a_sponsor_named_before_an_actor_is_no_place_of_the_talks() -> None:
    # "the Varga-backed council" names who backs the council, not where the talks are:
    # the talks stay one thread with the report that places them in Torvald.
    a = doc("s1", "Officials of the Varga-backed council were trying to negotiate a truce.", "Post")
    b = doc("s2", "Negotiations on a truce in Torvald have started, elders said.", "Times")
    at = a.text.index("Varga")
    varga = Entity(
        id="e-varga",
        name="Varga",
        type="GPE",
        aliases=("Varga",),
        mentions=(Mention(doc="s1", start=at, end=at + 5, text="Varga", label="GPE"),),
    )
    claims = [
        assertion_claim(
            a,
            "Officials of the Varga-backed council were trying to negotiate a truce",
            subject="Officials of the Varga-backed council",
            predicate="negotiate",
            obj="a truce",
        ),
        assertion_claim(
            b,
            "Negotiations on a truce in Torvald have started",
            subject=None,
            predicate="negotiate",
            obj="a truce",
            where="e-torvald",
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD, varga], claims).groups
    assert set(group.claims) == {c.id for c in claims}


def test_statements_a_headline_over_its_quoted_source_adds_no_source() -> None:
    # The Post's headline retells what its lead credits to a spokesman: one source there,
    # and the Times, which quotes no one, speaks for itself.
    a = doc(
        "h1",
        "Varga militia withdraws from Torvald\n\nThe Varga militia withdrew from Torvald "
        "overnight, a spokesman for the Corran council said.",
        "Post",
    )
    b = doc("h2", "The Varga militia has withdrawn from Torvald.", "Times")
    claims = [
        assertion_claim(
            a,
            "Varga militia withdraws from Torvald",
            subject="Varga militia",
            predicate="leave",
            obj="Torvald",
        ),
        assertion_claim(
            a,
            "The Varga militia withdrew from Torvald",
            subject="The Varga militia",
            predicate="leave",
            obj="Torvald",
            speaker="a spokesman for the Corran council",
        ),
        assertion_claim(
            b,
            "The Varga militia has withdrawn from Torvald",
            subject="The Varga militia",
            predicate="leave",
            obj="Torvald",
        ),
    ]
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert len(group.claims) == 3
    assert group.independent_sources == 2
    assert len(group.sources) == 2 and not any(s == "Post" for s in group.sources)


def test_statements_a_statement_no_one_is_named_issuing_adds_no_source_beside_its_body() -> None:
    # "The statement said ..." beside the Corran council's own words in one report is most
    # likely the council's statement: no second source; the Times's words stay its own.
    a = doc(
        "b1",
        "The Corran council said the Varga militia withdrew from Torvald. The statement "
        "said the Varga militia had withdrawn from Torvald before dawn.",
        "Post",
    )
    b = doc("b2", "The Varga militia has withdrawn from Torvald.", "Times")
    claims = [
        assertion_claim(
            a,
            "the Varga militia withdrew from Torvald",
            subject="the Varga militia",
            predicate="leave",
            obj="Torvald",
            speaker="The Corran council",
        ),
        assertion_claim(
            a,
            "the Varga militia had withdrawn from Torvald",
            subject="the Varga militia",
            predicate="leave",
            obj="Torvald",
        ),
        assertion_claim(
            b,
            "The Varga militia has withdrawn from Torvald",
            subject="The Varga militia",
            predicate="leave",
            obj="Torvald",
        ),
    ]
    claims[1] = replace(claims[1], said_by=Speaker(name="The statement", anonymous=True))
    (group,) = reconcile([a, b], [TORVALD], claims).groups
    assert len(group.claims) == 3
    assert group.independent_sources == 2


def test_statements_a_label_leaves_out_an_aside_between_dashes() -> None:
    # The statement goes on after its aside: never cut to its subject at the first dash.
    said = "The Orvel council — a body the guild set up — closed the harbour"
    docs = [doc(f"d{n}", f"{said} on Monday.", f"Outlet {n}") for n in range(2)]
    claims = [
        assertion_claim(d, said, subject="The Orvel council", predicate="close", obj="the harbour")
        for d in docs
    ]
    (group,) = reconcile(docs, [TORVALD], claims).groups
    assert group.label == "The Orvel council closed the harbour"


def test_statements_a_label_never_ends_on_a_verb_waiting_for_its_infinitive() -> None:
    said = "officials from the Orvel council were trying to negotiate the safe passage of ferries"
    docs = [doc(f"d{n}", f"{said} on Monday.", f"Outlet {n}") for n in range(2)]
    claims = [
        assertion_claim(
            d,
            said,
            subject="officials from the Orvel council",
            predicate="negotiate",
            obj="the safe passage of ferries",
        )
        for d in docs
    ]
    (group,) = reconcile(docs, [TORVALD], claims).groups
    assert not group.label.endswith("trying"), group.label
    assert group.label.startswith("officials from the Orvel council were trying to ")
