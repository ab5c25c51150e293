"""What people died of, after a disaster: a toll of a disease or of heat is no toll of the
disaster itself, and the two are never set against each other.

One invented pile of flood reports, analysed once as a user would.
"""

from __future__ import annotations

import pytest

from test_reconcile_helpers import analysed, measure_home
from triangulate.model import Report

FLOODS = {
    "a.txt": (
        "Floods kill 1,200 in Kelvara\n\n"
        "ORVEL, Kelvara, September 12, 2031 - Floods that swept through southern Kelvara "
        "have killed 1,200 people since June, the disaster agency said on Friday.\n\n"
        "At least 40 people have died of cholera and diarrhoea in the relief camps, health "
        "officials said.\n"
    ),
    "b.txt": (
        "Disease deaths rise in Kelvara flood camps\n\nSeptember 13, 2031\n\n"
        "Seven people died of malaria and gastroenteritis on Friday in the flood-hit "
        "province of Orvel, the provincial health department said, taking the toll from "
        "such causes to 47.\n\n"
        "The death toll from the floods themselves stands at 1,200, the disaster agency "
        "said.\n"
    ),
    "c.txt": (
        "Kelvara flood toll reaches 1,250\n\nSeptember 14, 2031\n\n"
        "The floods have now killed 1,250 people, the disaster agency said on Sunday.\n\n"
        "Heatstroke has killed 12 people in the crowded camps of Orvel since Friday, "
        "Dr Ada Tallis of the provincial health department said.\n"
    ),
    "d.txt": (
        "Kelvara mourns its dead\n\nSeptember 14, 2031\n\n"
        "The number of dead has risen to 1,250, the interior ministry said on Sunday.\n"
    ),
}
# A toll that names no cause and fits neither the flood's nor the disease's value.
UNFIT = {
    "e.txt": (
        "Kelvara aid appeal\n\nSeptember 14, 2031\n\n"
        "Some 600 people have died, a Varga Relief spokesman said on Sunday.\n"
    ),
}


@pytest.fixture(scope="module")
def floods(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return analysed(tmp_path_factory.mktemp("causes") / "floods", FLOODS)


@pytest.fixture(scope="module")
def unfit(tmp_path_factory: pytest.TempPathFactory) -> Report:
    pile = {name: text for name, text in FLOODS.items() if name != "d.txt"}
    return analysed(tmp_path_factory.mktemp("causes") / "unfit", pile | UNFIT)


def test_deaths_from_a_disease_are_no_part_of_the_flood_s_toll(floods: Report) -> None:
    toll = measure_home(floods, "1,250 people", "c.txt")
    assert measure_home(floods, "1,200", "b.txt").id == toll.id
    # A toll that names no cause may be of any: the flood's, by its value.
    assert measure_home(floods, "1,250", "d.txt").id == toll.id
    for phrase, doc in (("At least 40 people", "a.txt"), ("47", "b.txt")):
        assert measure_home(floods, phrase, doc).id != toll.id
    # Two tolls of two causes are no dispute: 47 beside 1,250 is not called a conflict.
    assert all(g.verdict != "conflict" for g in floods.groups if g.kind == "figure")


def test_the_disease_toll_is_one_count_and_heat_s_another(floods: Report) -> None:
    disease = measure_home(floods, "47", "b.txt")
    assert measure_home(floods, "At least 40 people", "a.txt").id == disease.id
    # Those heat killed are no count of the disease's dead, of one day or all days.
    heat = measure_home(floods, "12 people", "c.txt")
    others = {("Seven people", "b.txt"), ("47", "b.txt"), ("1,250 people", "c.txt")}
    assert heat.id not in {measure_home(floods, phrase, doc).id for phrase, doc in others}


def test_a_toll_naming_no_cause_joins_neither_toll_its_value_does_not_fit(unfit: Report) -> None:
    # "Some 600 people have died" may be the flood's toll or the cholera's: neither's
    # value, so it is no update of the disease's 47 nor a conflict with the flood's 1,250.
    alone = measure_home(unfit, "Some 600 people", "e.txt")
    assert alone.verdict == "single"
    for phrase, doc in (("47", "b.txt"), ("1,250 people", "c.txt"), ("1,200", "b.txt")):
        assert measure_home(unfit, phrase, doc).id != alone.id


@pytest.fixture(scope="module")
def camps(tmp_path_factory: pytest.TempPathFactory) -> Report:
    pile = {
        "f.txt": (
            "Cholera in Kelvara camps\n\nSeptember 15, 2031\n\n"
            "Cholera has killed 47 people in flood camps in Orvel, health officials said.\n"
        ),
    }
    return analysed(tmp_path_factory.mktemp("causes") / "camps", FLOODS | pile)


def test_a_camp_named_by_the_disaster_tells_no_cause(camps: Report) -> None:
    # "in flood camps" says where the dead were, not that the flood killed them: the
    # cholera's 47, one count with the disease toll, never the flood's
    disease = measure_home(camps, "47", "b.txt")
    assert measure_home(camps, "47 people", "f.txt").id == disease.id
    assert (
        measure_home(camps, "47 people", "f.txt").id
        != measure_home(camps, "1,250 people", "c.txt").id
    )
