"""One quantity that reports place two ways stays one group (invented wording): a prison
term set where each report is datelined, and a city named after its country's possessive
("in Kelvara's Orvel")."""

from __future__ import annotations

from pathlib import Path

from test_reconcile_helpers import analysed, measure_home

D = "June 3, 2031"


def _report(head: str, body: str) -> str:
    return f"{head}\n\n{D}\n\n{body}\n"


def test_a_prison_term_is_one_quantity_wherever_its_reports_are_set(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "r",
        {
            "a.txt": _report(
                "Former aide dies",
                "BILTON, Orvel (AP) - Tomas Varga, a former aide to the governor, has died. "
                "Varga served four and a half months in federal prison for his role in the "
                "bribery scandal.",
            ),
            "b.txt": _report(
                "Varga dead",
                "DALBY (Reuters) - Tomas Varga, the governor's former aide, died in Dalby on "
                "Monday. He served five months in prison for obstructing justice.",
            ),
        },
    )
    one = measure_home(report, "four and a half months", "a.txt")
    other = measure_home(report, "five months", "b.txt")
    assert one.id == other.id
    # Two values of one man's term: the reports disagree.
    assert one.verdict == "conflict"


def test_two_men_s_prison_terms_set_in_two_places_stay_apart(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "r",
        {
            "a.txt": _report(
                "Former aide dies",
                "BILTON, Orvel (AP) - Tomas Varga, a former aide to the governor, has died. "
                "Varga served four and a half months in federal prison for his role in the "
                "bribery scandal.",
            ),
            "b.txt": _report(
                "Reyes dead",
                "DALBY (Reuters) - Corran Reyes, the governor's former driver, died in Dalby "
                "on Monday. Reyes served five months in prison for obstructing justice.",
            ),
        },
    )
    one = measure_home(report, "four and a half months", "a.txt")
    other = measure_home(report, "five months", "b.txt")
    assert one.id != other.id
    assert "conflict" not in {one.verdict, other.verdict}


def test_a_city_named_after_its_country_s_possessive_is_the_figure_s_place(
    tmp_path: Path,
) -> None:
    report = analysed(
        tmp_path / "r",
        {
            "a.txt": _report(
                "Blast kills 12",
                "A car bomb killed 12 people in Kelvara's Orvel on Sunday, officials said.",
            ),
            "b.txt": _report(
                "Car bomb in Orvel",
                "A car bomb killed 14 people in the city of Orvel in northern Kelvara on "
                "Sunday, medics said.",
            ),
            "c.txt": _report(
                "Orvel bombing",
                "A car bomb killed 12 people in Kelvara's northern city of Orvel on Sunday, "
                "police said.",
            ),
        },
    )
    group = measure_home(report, "12 people", "a.txt")
    assert group.id == measure_home(report, "14 people", "b.txt").id
    assert group.id == measure_home(report, "12 people", "c.txt").id
    assert "Orvel" in group.label
    assert "Kelvara" not in group.label
    assert group.verdict == "conflict"


def test_a_country_s_possessive_before_no_place_still_places_in_the_country(
    tmp_path: Path,
) -> None:
    report = analysed(
        tmp_path / "r",
        {
            "a.txt": _report(
                "Shelling",
                "Shelling killed 30 people in Kelvara's war with Dalby last year, officials said.",
            ),
        },
    )
    assert "in Kelvara" in measure_home(report, "30 people", "a.txt").label


def test_time_served_after_a_sentence_is_the_prison_term(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "r",
        {
            "a.txt": _report(
                "Former aide dies",
                "BILTON, Orvel (AP) - Tomas Varga, a former aide to the governor, has died. "
                "Varga served four and a half months in federal prison for his role in the "
                "bribery scandal.",
            ),
            "b.txt": _report(
                "Varga dead",
                "DALBY (Reuters) - Tomas Varga, the governor's former aide, died on Monday.\n"
                "He pleaded guilty to bribery and was sentenced to one to three years.\n"
                "He served 136 days.",
            ),
        },
    )
    one = measure_home(report, "four and a half months", "a.txt")
    assert one.id == measure_home(report, "136 days", "b.txt").id


def test_time_served_in_a_post_is_no_prison_term(tmp_path: Path) -> None:
    report = analysed(
        tmp_path / "r",
        {
            "a.txt": _report(
                "Former aide dies",
                "BILTON, Orvel (AP) - Tomas Varga, a former aide to the governor, has died. "
                "Varga served four and a half months in federal prison for his role in the "
                "bribery scandal.",
            ),
            "b.txt": _report(
                "Varga dead",
                "DALBY (Reuters) - Tomas Varga, the governor's former aide, died on Monday.\n\n"
                "He served 136 days as the governor's aide.",
            ),
        },
    )
    one = measure_home(report, "four and a half months", "a.txt")
    assert one.id != measure_home(report, "136 days", "b.txt").id
