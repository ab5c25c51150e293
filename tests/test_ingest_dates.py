"""Publication date, outlet and agency read from invented datelines, notices and mentions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from triangulate.ingest import ingest
from triangulate.ingest.clean import clean
from triangulate.ingest.dateline import infer_published, published_from_text
from triangulate.ingest.dates import find_dates, parse_date
from triangulate.ingest.outlet import find_outlet
from triangulate.model.document import Document

BODY = "Dockers in Tarn stayed away from the harbour for a third day, the union said.\n"


def _doc(tmp_path: Path, text: str, name: str = "report.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (doc,) = ingest([str(path)]).documents
    return doc


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("until the 10th of October 2017", "2017-10-10"),
        ("on October 10, 2017 the", "2017-10-10"),
        ("seen 10 Oct 2017.", "2017-10-10"),
        ("frontline, Oct. 8, 2017.", "2017-10-08"),
        ("filed 2017-10-15 at noon", "2017-10-15"),
        ("since the 21st of September 2017,", "2017-09-21"),
        ("Sun, 15 Oct 2017 - 02:27 GMT", "2017-10-15"),
        ("on Sept 3 2018", "2018-09-03"),
    ],
)
def test_full_dates_in_many_styles(written: str, iso: str) -> None:
    (found,) = find_dates(written)
    assert found.date == dt.date.fromisoformat(iso)
    assert written[found.start : found.end] == found.surface


@pytest.mark.parametrize(
    "written", ["in October 2017", "on 31 June 2017", "on Tuesday", "at 10:30", "page 10 of 2017"]
)
def test_partial_or_impossible_dates_are_not_full_dates(written: str) -> None:
    assert find_dates(written) == ()


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Posted 11 / 27 / 2005 7: 21 AM", "2005-11-27"),  # a day over 12: month first
        ("Last updated 13: 26 14 / 09 / 2013", "2013-09-14"),  # day first
        ("Updated 4 / 9 / 2007 6: 04 PM ET", "2007-04-09"),  # a US zone: month first
        ("First posted 05 / 05 / 2010", "2010-05-05"),  # one day either way
    ],
)
def test_dates_in_figures_alone_when_day_and_month_can_be_told(written: str, iso: str) -> None:
    (found,) = find_dates(written)
    assert found.date == dt.date.fromisoformat(iso)
    assert written[found.start : found.end] == found.surface


@pytest.mark.parametrize(
    "written",
    [
        "Posted 4/9/2007 at noon",  # April or September: nothing tells
        "http: / / harbour. example / 2013 / 05 / 02 / strike /",  # an address's path
        "Tarn voted 3/4/2019x",
    ],
)
def test_dates_in_figures_whose_order_nothing_tells_are_not_read(written: str) -> None:
    assert find_dates(written) == ()


def test_a_text_s_other_dates_in_figures_settle_the_order_of_an_ambiguous_one() -> None:
    text = "Posted 4/9/2007. The strike began on 4/13/2007, the union said."
    assert [m.date for m in find_dates(text)] == [dt.date(2007, 4, 9), dt.date(2007, 4, 13)]
    # Two orders in one text settle nothing.
    mixed = "Posted 4/9/2007. It began on 4/13/2007 and ended on 14/4/2007."
    assert [m.date for m in find_dates(mixed)] == [dt.date(2007, 4, 13), dt.date(2007, 4, 14)]


def test_weekday_written_with_a_date_is_checked() -> None:
    right, wrong = find_dates("Sunday, 15 October 2017 and Monday, 15 October 2017")
    assert right.weekday_agrees
    assert not wrong.weekday_agrees


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-10-15", ("2017-10-15", "day")),
        ("2017-10-15T02:27:00+02:00", ("2017-10-15", "day")),
        ("2017-10", ("2017-10", "month")),
        ("2017", ("2017", "year")),
        ("15 October 2017", ("2017-10-15", "day")),
        ("soon", None),
        ("2017-13-01", None),
    ],
)
def test_metadata_dates(value: str, expected: tuple[str, str] | None) -> None:
    assert parse_date(value) == expected


def test_city_dash_date_dateline(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Harbour strike\n\nTARN – 5 March 2019: " + BODY)
    assert (doc.published.date, doc.published.precision, doc.published.basis) == (
        "2019-03-05",
        "day",
        "dateline",
    )
    assert doc.published.reason == "dateline 'TARN – 5 March 2019:'"


def test_timestamp_line_gives_the_date_and_is_cut(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Harbour strike\n\nTue, 5 Mar 2019 - 14:10 GMT\n\n" + BODY)
    assert doc.published.date == "2019-03-05"
    assert doc.published.basis == "dateline"
    assert doc.published.reason == "timestamp line 'Tue, 5 Mar 2019 - 14:10 GMT'"
    assert "14:10" not in doc.text
    assert [c.reason for c in doc.cuts] == ["metadata line"]


def test_a_page_stamp_spaced_out_dates_the_report_and_is_never_its_title(
    tmp_path: Path,
) -> None:
    doc = _doc(tmp_path, "Updated Tue 5 Mar 2019, 9: 03am AEST\nHarbour strike\n\n" + BODY)
    assert doc.published.date == "2019-03-05"
    assert doc.title == "Harbour strike"


def test_a_page_stamp_in_figures_alone_dates_the_report(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Harbour strike\nPosted 03 / 19 / 2019 7: 21 AM\n\n" + BODY)
    assert (doc.published.date, doc.published.precision) == ("2019-03-19", "day")
    assert "'Posted 03 / 19 / 2019'" in doc.published.reason


def test_the_day_a_report_s_url_files_it_under_dates_it_when_its_text_does_not(
    tmp_path: Path,
) -> None:
    # A spaced-out numeric stamp ("9 / 10 / 2019") reads either way round; the site's path
    # files the report under its day, year first.
    url = "http://www.harbour-news.example/local/2019/03/05/harbour-strike/"
    doc = _doc(tmp_path, f"{url}\n9 / 10 / 2019 @ 1: 19PM\nHarbour strike\n\n{BODY}")
    assert (doc.published.date, doc.published.precision) == ("2019-03-05", "day")
    assert doc.published.reason == "the day its URL files it under ('/2019/03/05')"
    # A dateline in the text wins over the path; a path with no day dates nothing.
    dated = _doc(tmp_path, f"{url}\nHarbour strike\n\nTARN – 7 March 2019: {BODY}")
    assert (dated.published.date, dated.published.basis) == ("2019-03-07", "dateline")
    bare = "http://www.harbour-news.example/2019/03/harbour-strike/"
    assert _doc(tmp_path, f"{bare}\nHarbour strike\n\n{BODY}").published.basis == "unknown"


def test_month_day_year_line(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Harbour strike\n\nMarch 5, 2019\n\n" + BODY)
    assert (doc.published.date, doc.published.basis) == ("2019-03-05", "dateline")


def test_agency_dateline_without_date(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Harbour strike\n\nTARN (AFP) – " + BODY)
    assert doc.agency == "AFP"
    assert doc.outlet == "AFP"
    assert doc.outlet_basis == "agency in the dateline (AFP); the publishing site is not named"
    assert doc.published.basis == "unknown"


def test_agency_with_a_named_site_keeps_the_site_as_outlet(tmp_path: Path) -> None:
    text = "Harbour strike\n\nTARN (Reuters) - " + BODY + "\n© 2019 Example Courier\n"
    doc = _doc(tmp_path, text)
    assert doc.agency == "Reuters"
    assert doc.outlet == "Example Courier"
    assert doc.outlet_basis == "copyright notice (line 5)"


def test_arabic_copy_notice_names_the_site_as_written(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Harbour strike\n\n" + BODY + "\nerror: النسخ ممنوع من المثال24\n")
    assert doc.outlet == "المثال24"
    assert doc.outlet_basis == "copy-protection notice (line 5)"


def test_english_copy_notice_names_the_site(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Harbour strike\n\n" + BODY + "\nCopying is forbidden from Tarn Today\n")
    assert doc.outlet == "Tarn Today"


def test_staff_byline_names_the_site(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Harbour strike\n\nBy Tarn Today Staff\n\n" + BODY)
    assert (doc.outlet, doc.outlet_basis) == ("Tarn Today", "staff byline (line 3)")


def test_no_outlet_anywhere(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Harbour strike\n\n" + BODY)
    assert doc.outlet is None
    assert doc.outlet_basis == "not stated in metadata or text"


def test_metadata_outlet_wins_over_text() -> None:
    text = "TARN (AFP) – " + BODY
    found = find_outlet(text.split("\n"), clean(text), metadata_outlet="Example Courier")
    assert (found.outlet, found.basis, found.agency) == ("Example Courier", "metadata", "AFP")


def test_inferred_from_latest_date_mentioned() -> None:
    text = (
        "Since the 5th of June 2017 until the 10th of October 2017, 40 boats sank.\n"
        "The count began on 21 September 2017, the monitor said on Wednesday."
    )
    published = infer_published(text)
    assert (published.date, published.precision, published.basis) == (
        "2017-10-10",
        "day",
        "inferred",
    )
    assert published.reason == (
        "not stated; latest date the report mentions is 2017-10-10 "
        "('until the 10th of October 2017'); published on or after it"
    )


def test_no_inference_when_weekday_and_date_disagree() -> None:
    published = infer_published("The vote on Monday, 15 October 2017 was delayed.")
    assert published.basis == "unknown"
    assert published.date is None
    assert published.reason is not None and "wrong weekday" in published.reason


def test_unknown_when_no_full_date() -> None:
    published = infer_published("The vote on Tuesday was delayed until June.")
    assert (published.basis, published.date) == ("unknown", None)
    assert (
        published.reason
        == "not stated; the report mentions no full date (it names weekdays: Tuesday)"
    )


def test_dates_in_cut_captions_are_not_used_for_inference() -> None:
    text = (
        "Title\n\nBoats in the bay at Tarn, Norland, 3 March 2019. (Photo: A. Levi/Wire)\n\n" + BODY
    )
    published = published_from_text(text.split("\n"), clean(text))
    assert published.basis == "unknown"


def test_dateline_wins_over_dates_in_the_body(tmp_path: Path) -> None:
    text = "TARN – 5 March 2019: The strike that began on 1 March 2019 goes on.\n"
    doc = _doc(tmp_path, text)
    assert (doc.published.date, doc.published.basis) == ("2019-03-05", "dateline")


def test_json_published_field_is_metadata(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        '{"text": "TARN – 5 March 2019: The strike goes on.", "published": "2019-03"}',
        "r.json",
    )
    assert (doc.published.date, doc.published.precision, doc.published.basis) == (
        "2019-03",
        "month",
        "metadata",
    )


def test_unreadable_json_published_falls_back_to_the_text(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        '{"text": "TARN – 5 March 2019: The strike goes on.", "published": "soon"}',
        "r.json",
    )
    assert (doc.published.date, doc.published.basis) == ("2019-03-05", "dateline")
    assert doc.published.reason is not None
    assert doc.published.reason.startswith("metadata date 'soon' not understood; dateline")


@pytest.mark.parametrize(
    ("head", "agency"),
    [
        ("TARN, Oct 15 (Reuters) - ", "Reuters"),
        ("TARN, Norland (AP) — ", "AP"),
        ("TARN (ANHA) - ", "ANHA"),
        ("Harbour (Analysis) – ", None),
        ("Harbour (UPDATE) – ", None),
        ("US-backed unions said ", None),
    ],
)
def test_agency_only_from_a_real_dateline(tmp_path: Path, head: str, agency: str | None) -> None:
    doc = _doc(tmp_path, head + BODY)
    assert doc.agency == agency


@pytest.mark.parametrize(
    ("notice", "outlet"),
    [
        ("© 2019 Example Courier. All rights reserved.", "Example Courier"),
        ("© 2019 Example Courier. Copying is not permitted.", "Example Courier"),
        ("Copyright 2015-2019 Tarn Today | All rights reserved", "Tarn Today"),
        ("(c) Example Courier", "Example Courier"),
    ],
)
def test_outlet_from_copyright_lines(tmp_path: Path, notice: str, outlet: str) -> None:
    doc = _doc(tmp_path, "Harbour strike\n\n" + BODY + "\n" + notice + "\n")
    assert doc.outlet == outlet


@pytest.mark.parametrize(
    ("written", "iso", "weekday"),
    [
        ("15 Auguſt 2017", "2017-08-15", None),
        ("Auguſt 15, 2017", "2017-08-15", None),
        ("Tueſday, 3 Jan 2017", "2017-01-03", 1),
        ("FRİDAY, 6 JANUARY 2017", "2017-01-06", 4),
    ],
)
def test_dates_with_letters_case_blind_matching_reads_as_others(
    written: str, iso: str, weekday: int | None
) -> None:
    # A long s or a Turkish i matches "s" or "i" in the case-blind date pattern; reading
    # the month or weekday must not then fail (it lost the whole report).
    (found,) = find_dates(written)
    assert (found.date.isoformat(), found.weekday) == (iso, weekday)


def test_a_report_with_an_odd_month_spelling_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Storm report\n\nPublished 15 Auguſt 2017\n\nThe storm killed 12 people, officials said.\n",
        encoding="utf-8",
    )
    read = ingest([str(tmp_path)])
    assert [i.status for i in read.inputs] == ["ok"]
    assert read.documents[0].published.date == "2017-08-15"


def test_a_date_in_a_sentence_about_what_is_to_come_is_no_lower_bound() -> None:
    from triangulate.ingest.dateline import infer_published

    text = (
        "Dockers at Port Alder walked out on 12 May 2031, the union said.\n"
        "The new contract will be signed on 30 June 2031, the port authority said."
    )
    pub = infer_published(text)
    assert (pub.basis, pub.date) == ("inferred", "2031-05-12")
    ahead = infer_published("Talks are scheduled to resume on 30 June 2031 in Port Alder.")
    assert (ahead.basis, ahead.date) == ("unknown", None)
    assert ahead.reason is not None and "to come" in ahead.reason
