"""Junk lines are cut with a reason, article prose is never cut, and nothing is lost."""

from __future__ import annotations

import pytest

from triangulate.ingest.clean import classify_line, clean, is_stamp_line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Leave a comment", "comment prompt"),
        ("Leave a Reply", "comment prompt"),
        ('Be the first to comment on "Harbour strike enters third day"', "comment prompt"),
        ("Your email address will not be published.", "comment prompt"),
        ("Comments", "comment prompt"),
        ("12 Comments", "comment prompt"),
        ("Related Articles", "related links"),
        ("Related Posts you may like", "related links"),
        ("You might also like", "related links"),
        ("Read more:", "related links"),
        ("Be Social", "share/subscribe"),
        ("Share this", "share/subscribe"),
        ("Share on Facebook", "share/subscribe"),
        ("Follow us on Twitter", "share/subscribe"),
        ("Subscribe to our newsletter", "share/subscribe"),
        ("Dockers gather at the Tarn gate. (Photo: ANA LEVI/Example Wire)", "photo credit"),
        ("Dockers gather at the Tarn gate – Reuters", "photo credit"),
        ("Photo: Ana Levi", "photo credit"),
        ("Dockers gather at the gate (AFP/Getty Images)", "photo credit"),
        ("error: Content is protected !!", "copy-protection notice"),
        ("Copying is forbidden from Example Courier", "copy-protection notice"),
        ("error: النسخ ممنوع من المثال24", "copy-protection notice"),
        ("© 2019 Example Courier. All rights reserved.", "copyright notice"),
        ("BY", "byline"),
        ("https://news.example.org/2021/03/04/harbour-strike-123", "URL line"),
        ("http: / / www. example. org / world / 2010 / 05 / 05 / harbour - strike", "URL line"),
        ("URL: www.example.org/local/4412", "URL line"),
        ("http: / / www. example - post. com / photo - 0412. jpg, 0, 5920311. photo", "URL line"),
        ("By Ana Levi", "byline"),
        ("By Ana Levi and Tom Reyes", "byline"),
        ("Written by Editorial Board", "byline"),
        ("(Reporting by Ana Levi; Editing by Tom Reyes)", "byline"),
        ("-", "junk line"),
        ("a", "junk line"),
        ("•", "junk line"),
        ("Language / اللغة العربية", "language switch"),
        ("English | Français", "language switch"),
        ("Home » News » Europe", "navigation"),
        ("Skip to content", "navigation"),
        ("Tue, 5 Mar 2019 - 14:10 GMT", "metadata line"),
        ("Published: March 5, 2019 at 2:10 pm", "metadata line"),
        ("Updated 2019-03-05 14:10 UTC", "metadata line"),
        ("4 min read", "metadata line"),
        ("Share this", "share/subscribe"),
        ("Tags: harbour, strike, Tarn", "tags"),
    ],
)
def test_junk_line_is_cut_with_its_reason(line: str, reason: str) -> None:
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Dockers in Tarn stayed away from the harbour for a third day on Tuesday, the union said.",
        "By Wednesday, more than 400 workers had joined the strike at the Tarn gate.",
        "By then the ferries had stopped running.",
        "Comments from the port authority were not available.",
        "Share prices of the shipping firm fell 4 percent on the news.",
        "Related talks are due to begin in Ostra next week.",
        "Home owners near the harbour said they heard the protest all night.",
        "The union's leader, Ana Levi, said: “We will not go back without a deal.”",
        "The strike began on 5 March 2019 and has cost the port millions.",
        "Subscribers to the harbour's ferry pass will get refunds, officials said.",
        "He said the deal was “dead” – Reuters could not confirm that independently.",
    ],
)
def test_article_prose_is_never_cut(line: str) -> None:
    assert classify_line(line) is None


def test_kept_text_and_cuts_give_back_every_line() -> None:
    text = "\n".join(
        [
            "Harbour strike enters third day",
            "",
            "By Ana Levi",
            "Tue, 5 Mar 2019 - 14:10 GMT",
            "",
            "Dockers in Tarn stayed away from the harbour for a third day, the union said.",
            "Dockers gather at the Tarn gate. (Photo: ANA LEVI/Example Wire)",
            "",
            "",
            "The port authority said ferries to Mirel would resume on Thursday.",
            "",
            "Share this",
            "Leave a comment",
        ]
    )
    cleaned = clean(text)
    lines = text.split("\n")
    kept_text_lines = [line for line in cleaned.text.split("\n") if line.strip()]
    assert len(kept_text_lines) == len(cleaned.kept_lines)
    rebuilt = {n: line for n, line in zip(cleaned.kept_lines, kept_text_lines, strict=True)}
    rebuilt.update({cut.line: cut.text for cut in cleaned.cuts})
    expected = {n: line for n, line in enumerate(lines, start=1) if line.strip()}
    assert rebuilt == expected
    assert [(c.line, c.reason) for c in cleaned.cuts] == [
        (3, "byline"),
        (4, "metadata line"),
        (7, "photo credit"),
        (12, "share/subscribe"),
        (13, "comment prompt"),
    ]


def test_paragraphs_are_separated_by_one_blank_line() -> None:
    text = "\n\nTitle\n\n\n\nFirst paragraph,\nstill the first.\n\nShare this\n\nSecond.\n\n"
    assert clean(text).text == "Title\n\nFirst paragraph,\nstill the first.\n\nSecond."


def test_one_paragraph_per_line_for_extracted_html() -> None:
    assert clean("Title\nFirst.\nSecond.", paragraph_per_line=True).text == (
        "Title\n\nFirst.\n\nSecond."
    )


def test_repeated_line_keeps_the_first_copy() -> None:
    quote = "“We will not go back without a deal,” the union leader said on the quay."
    cleaned = clean(f"Intro line here.\n\n{quote}\n\nMore text.\n\n{quote}")
    assert cleaned.text.count(quote) == 1
    assert [(c.line, c.reason) for c in cleaned.cuts] == [(7, "duplicate line")]


def test_repeated_caption_is_cut_both_times() -> None:
    caption = "Dockers march past the customs house in Tarn, Norland, March 4, 2019."
    text = f"Harbour strike\n\n{caption}\n\n{caption}\n\nDockers stayed away for a third day."
    cleaned = clean(text)
    assert caption not in cleaned.text
    assert [(c.line, c.reason) for c in cleaned.cuts] == [
        (3, "caption repeated"),
        (5, "caption repeated"),
    ]


def test_lone_count_after_comments_heading_is_cut() -> None:
    cleaned = clean("A story about the port.\n\nComments\n\n0\n\nLeave a Comment")
    assert [c.reason for c in cleaned.cuts] == ["comment prompt"] * 3


def test_lone_number_in_the_article_is_kept() -> None:
    cleaned = clean("Workers on strike:\n\n400\n\nThe union gave the figure.")
    assert cleaned.cuts == ()


def test_url_line_above_the_text_is_the_address_not_the_title() -> None:
    from triangulate.ingest.build import build_document

    raw = (
        "http: / / www. example. org / world / 2010 / 05 / 05 / harbour - strike - 2\n"
        "Harbour strike enters third day\n"
        "Some 400 dockers stayed away on Tuesday, the union said.\n"
    )
    doc = build_document(raw, source="strike.txt")
    assert doc.title == "Harbour strike enters third day"
    assert doc.url == "http://www.example.org/world/2010/05/05/harbour-strike-2"
    assert "2010" not in doc.text
    assert [c.reason for c in doc.cuts] == ["URL line"]


def test_address_inside_a_sentence_is_kept() -> None:
    line = "Details are at www.example.org, the union said on Tuesday."
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        # Page stamps as archives print them, the parts of a time or a date spaced out.
        "Updated 9: 06 AM",
        "Updated 3 / 14 / 2031 2: 05 PM",
        "Posted 3 / 14 / 2031 9: 12 AM",
        "Friday, Mar 14, 2031 | Updated 8: 52 PM EDT",
        "14 March 2031 Last updated at 11: 11 GMT",
        "updated 8: 41 p. m. EST, Fri March 14, 2031",
        "PUBLISHED: 16: 05 GMT, 14 March 2031 | UPDATED: 06: 55 GMT, 15 March 2031",
    ],
)
def test_a_page_stamp_is_a_stamp_kept_for_its_date_and_time(line: str) -> None:
    # The report's date and time of day are read from it in the text; its words make no
    # title and no name.
    assert is_stamp_line(line)
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "10.25",
        "Ferry strike enters day 3 on March 14",
        "Tarn 3,813,907 47.70 26,805,264 42.71",
        "Dockers walked out at 9: 06 AM, the union said.",
        "2031",
    ],
)
def test_numbers_headlines_and_table_rows_are_no_page_stamp(line: str) -> None:
    assert not is_stamp_line(line)
