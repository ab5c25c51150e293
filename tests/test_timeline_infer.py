"""Publication dates inferred from the other reports of a story (hand-made reports)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from triangulate.model import Document, Published
from triangulate.timeline.infer import infer_dates


def _doc(doc_id: str, text: str, published: Published | None = None) -> Document:
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        title=None,
        outlet=None,
        text=text,
        sha256="0" * 64,
        published=published or Published.unknown(),
    )


def _dated(doc_id: str, text: str, day: str) -> Document:
    return _doc(doc_id, text, Published(date=day, precision="day", basis="metadata"))


# 2031-05-14 is a Wednesday.
WIRE = _dated(
    "wire",
    "The ferry service to Port Alder resumed on Wednesday after the storm.\n"
    "Harbour officials said the pier at Port Alder had been repaired on Monday.",
    "2031-05-14",
)


def test_timeline_infer_known_dates_unchanged() -> None:
    out = infer_dates([WIRE])
    assert out[0] is WIRE


def test_timeline_infer_weekdays_pick_the_week_nearest_the_dated_reports() -> None:
    blog = _doc(
        "blog",
        "Crews began clearing the flooded quay late Monday.\n"
        "By Tuesday morning the cranes were working again, a dock worker said.",
    )
    out = infer_dates([WIRE, blog])
    pub = out[1].published
    assert pub.basis == "inferred"
    assert pub.precision == "day"
    # Monday and Tuesday named: a Tuesday to a Sunday; the week of the wire, earliest day.
    assert pub.date == "2031-05-13"
    assert pub.reason is not None and "Monday, Tuesday" in pub.reason
    assert "2031-05-13 to 2031-05-18" in pub.reason
    # The range's last day is kept with the date.
    assert pub.latest == "2031-05-18"


def test_timeline_infer_shared_event_pins_a_relative_day() -> None:
    memo = _doc(
        "memo",
        "Volunteers say the repaired pier at Port Alder will reopen to ferry traffic tomorrow.",
    )
    wire = _dated(
        "wire2",
        "Ferry traffic returned to the repaired pier at Port Alder on Wednesday.",
        "2031-05-14",
    )
    out = infer_dates([wire, memo])
    pub = out[1].published
    assert pub.date == "2031-05-13"
    assert pub.reason is not None and "tomorrow" in pub.reason and "wire2.txt" in pub.reason


def test_timeline_infer_own_full_date_is_a_lower_bound() -> None:
    note = _doc("note", "The count covers arrivals until 3 March 2031 at the northern camp.")
    other = _dated("other", "The northern camp opened its gates again.", "2031-03-10")
    pub = infer_dates([other, note])[1].published
    assert pub.date == "2031-03-03"
    assert pub.reason is not None and "open" in pub.reason
    assert pub.latest is None  # nothing bounds it above


def test_timeline_infer_no_evidence_stays_unknown() -> None:
    vague = _doc("vague", "The camp remains crowded and supplies are short.")
    out = infer_dates([WIRE, vague])
    assert out[1] is vague


def test_timeline_infer_chains_through_an_inferred_report() -> None:
    first = _doc(
        "first",
        "The convoy of grain trucks reached Mirwell bridge early on Thursday.\n"
        "On Friday the mayor thanked the drivers.",
    )
    second = _doc(
        "second",
        "A convoy of grain trucks is expected at Mirwell bridge tomorrow, drivers say.",
    )
    anchor = _dated("anchor", "Grain prices fell in the market of Mirwell.", "2031-05-17")
    out = infer_dates([anchor, first, second])
    assert out[1].published.date == "2031-05-16"  # Friday, the week of the dated report
    assert out[2].published.date == "2031-05-14"  # the day before Thursday 15 May


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.text(max_size=200), min_size=1, max_size=4),
    day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 1, 1)),
)
def test_timeline_infer_never_raises_nor_changes_known_dates(
    texts: list[str], day: dt.date
) -> None:
    docs = [_dated("known", "On Tuesday the talks ended.", day.isoformat())]
    docs += [_doc(f"d{n}", text) for n, text in enumerate(texts)]
    out = infer_dates(docs)
    assert out[0] is docs[0]
    assert len(out) == len(docs)
    for doc in out[1:]:
        assert doc.published.basis in ("unknown", "inferred")
        if doc.published.date is not None:
            dt.date.fromisoformat(doc.published.date)


def test_timeline_infer_a_background_date_far_from_the_story_is_not_the_publication_day() -> None:
    # Ingest gave the note the latest date it mentions, from a crash seven years before.
    note = _doc(
        "note",
        "The ferry service to Port Alder resumed on Wednesday, harbour officials said.\n"
        "The pier was first built after the storm of 4 March 2024.",
        Published(date="2024-03-04", precision="day", basis="inferred", reason="mentions it"),
    )
    out = infer_dates([WIRE, note])
    pub = out[1].published
    assert pub.date != "2024-03-04"
    assert pub.basis == "inferred" and pub.date is not None and pub.date.startswith("2031-05")
    assert pub.reason is not None and "4 March 2024" in pub.reason and "set aside" in pub.reason


def test_timeline_infer_a_far_date_with_nothing_else_leaves_the_report_undated() -> None:
    note = _doc(
        "note",
        "The bridge replaces the span that collapsed on 4 March 2024.",
        Published(date="2024-03-04", precision="day", basis="inferred", reason="mentions it"),
    )
    other = _doc("other", "Traffic on the new bridge was light on 12 May 2031, officials said.")
    out = infer_dates([other, note])
    pub = out[1].published
    assert (pub.basis, pub.date) == ("unknown", None)
    assert pub.reason is not None and "2024-03-04" in pub.reason and "2031-05-12" in pub.reason
    # The other report's own date is near nothing else but stands: it has no other day to
    # be far from except the background one, and it is the later.
    assert out[0].published.basis in ("unknown", "inferred")


def test_timeline_infer_reports_agreeing_on_a_date_keep_it_as_a_bound() -> None:
    first = _doc(
        "first",
        "Crews reopened the bridge on 12 May 2031.",
        Published(date="2031-05-12", precision="day", basis="inferred", reason="mentions it"),
    )
    second = _doc(
        "second",
        "The bridge reopened on 12 May 2031, drivers said.",
        Published(date="2031-05-12", precision="day", basis="inferred", reason="mentions it"),
    )
    out = infer_dates([first, second])
    assert [d.published.date for d in out] == ["2031-05-12", "2031-05-12"]


TODAY = dt.date(2031, 12, 1)


def test_timeline_infer_a_day_named_as_today_takes_its_year_from_the_story() -> None:
    # 2031-05-14 is a Wednesday.
    note = _doc("note", "Harbour officials said today (May 14) that the ferry had resumed.")
    out = infer_dates([WIRE, note], today=TODAY)
    pub = out[1].published
    assert (pub.date, pub.basis) == ("2031-05-14", "inferred")
    assert pub.reason is not None and "today (May 14)" in pub.reason


def test_timeline_infer_a_weekday_with_its_day_month_dates_the_report_within_its_week() -> None:
    note = _doc(
        "note",
        "The pier at Port Alder reopened on Wednesday (May 14), when the first ferry "
        "berthed after the 2028 storm.",
    )
    pub = infer_dates([note], today=TODAY)[0].published
    assert (pub.date, pub.basis) == ("2031-05-14", "inferred")
    assert pub.reason is not None and "2031-05-14 to 2031-05-20" in pub.reason


def test_timeline_infer_a_date_every_report_recalls_is_not_their_day() -> None:
    # The sentencing report names its own day; two others only recall the accident.
    sentencing = _doc(
        "sentencing",
        "A builder was fined on Tuesday (Sep 16) over the fall of a worker at Tarn Quay. "
        "The worker fell from a ladder on Nov 7, 2027, the court heard.",
    )
    # Ingest gave each the latest date it mentions.
    ingested = Published(date="2027-11-07", precision="day", basis="inferred", reason="mentions it")
    first = _doc("first", "The worker fell from a ladder at Tarn Quay on Nov 7, 2027.", ingested)
    second = _doc(
        "second", "Prosecutors said the fall at Tarn Quay happened on 7 Nov 2027.", ingested
    )
    out = infer_dates([sentencing, first, second], today=TODAY)
    assert out[0].published.date == "2031-09-16"
    for doc in out[1:]:
        assert doc.published.date != "2027-11-07"
        assert doc.published.reason is not None and "recalls" in doc.published.reason


def test_timeline_infer_a_date_a_later_report_recalls_stays_near_a_stated_day() -> None:
    # An early report of an event and a later one that recalls it, in one story: the
    # early report's own date lies near a stated day, so it is not background.
    early = _doc("early", "The bridge at Kell collapsed on 12 May 2029, officials said.")
    stated = _dated("stated", "Crews cleared the Kell bridge on Friday.", "2029-05-18")
    later = _dated(
        "later",
        "Two years after the bridge at Kell collapsed on 12 May 2029, it reopened.",
        "2031-06-01",
    )
    pub = infer_dates([early, stated, later], today=TODAY)[0].published
    assert (pub.date, pub.basis) == ("2029-05-12", "inferred")


_RELATIVE_PIECES = (
    *[
        "today",
        "Tonight",
        "this",
        "morning",
        "AFTERNOON",
        "evening",
        "yesterday",
        "last",
        "night",
        "tomorrow",
    ],
    *[
        "three",
        "days",
        "ago",
        "a",
        "day",
        "Monday",
        "SUNDAY",
        "Fridays",
        "the",
        "of",
        "on",
        "said",
        "ſunday",
        "ınday",
    ],
)


@given(
    st.lists(
        st.tuples(st.sampled_from(_RELATIVE_PIECES), st.sampled_from((" ", "\xa0", ", ", "’ "))),
        max_size=6,
    )
)
def test_a_sentence_without_the_gates_words_names_no_relative_day(
    pieces: list[tuple[str, str]],
) -> None:
    from triangulate.timeline import infer

    sentence = "".join(word + sep for word, sep in pieces)
    if infer._RELATIVE.search(sentence):
        assert infer._may_be_relative(sentence)
