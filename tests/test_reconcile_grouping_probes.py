"""Small invented piles of wire reports where outlets word one quantity differently: each
pile's mentions of that quantity must land in one group, however the count is phrased
(killed, dead, died, death toll, lost their lives; injured, wounded, hurt; detained,
arrested; evacuated, displaced), hedged ("at least", "some", "nearly"), written (digits or
words), placed (a city, its province, or "the blast") or set in the sentence (subject,
object, a headline, a "toll rose to" clause, a parenthesis). Where two sources give two
values at one time the group is a conflict. Look-alikes stay apart: killed and injured,
passengers and crew, a town's toll and the region's, two events of one kind."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from test_reconcile_helpers import analysed
from triangulate.evaluate.grouping import measure_of
from triangulate.model import Report

# A mention: (report stem, context in which braces mark the figure: "killed {12} people").
Mention = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Pile:
    """Reports, the mentions of one quantity (``one``), pairs that must stay ``apart``, and
    whether the quantity's group must be a conflict."""

    name: str
    reports: dict[str, str]
    one: tuple[Mention, ...] = ()
    apart: tuple[tuple[Mention, Mention], ...] = ()
    conflict: bool = False


def _r(**reports: tuple[str, str, str]) -> dict[str, str]:
    """Reports by outlet stem, each (headline, date line, body)."""
    return {
        f"{stem}.txt": f"{head}\n\n{date}\n\n{body}\n"
        for stem, (head, date, body) in reports.items()
    }


D = "June 3, 2031"

PILES: list[Pile] = [
    # --- killed, however worded -------------------------------------------------------
    Pile(
        "quake_headline_verb_and_toll",
        _r(
            a=(
                "Quake kills 12 in eastern Turkey",
                D,
                "VAN, Turkey (Reuters) - An earthquake killed 12 people in Van province on Monday, "
                "officials said.",
            ),
            b=(
                "Turkish quake toll",
                D,
                "At least 12 people died when a strong earthquake struck eastern Turkey on Monday, "
                "the disaster agency said.",
            ),
            c=(
                "Deadly quake",
                D,
                "The death toll from Monday's earthquake in Van stands at twelve, the governor "
                "said.",
            ),
        ),
        one=(
            ("a", "killed {12} people"),
            ("b", "At least {12} people died"),
            ("c", "stands at {twelve}"),
        ),
    ),
    Pile(
        "bus_crash_dead_and_fatalities",
        _r(
            a=(
                "Bus plunges into gorge",
                D,
                "KATHMANDU (AP) - A bus plunged into a gorge in western Nepal on Monday, leaving 9 "
                "dead, police said.",
            ),
            b=(
                "Nepal bus crash",
                D,
                "Police reported nine fatalities after a bus fell into a gorge in western Nepal on "
                "Monday.",
            ),
            c=(
                "Nine die in Nepal crash",
                D,
                "Nine passengers were killed when their bus left the road in western Nepal on "
                "Monday, police said.",
            ),
        ),
        one=(
            ("a", "leaving {9} dead"),
            ("b", "reported {nine} fatalities"),
            ("c", "{Nine} passengers were killed"),
        ),
    ),
    Pile(
        "ferry_lost_their_lives",
        _r(
            a=(
                "Ferry sinks",
                D,
                "DHAKA (AFP) - At least 30 people lost their lives when a ferry capsized on the "
                "Meghna river on Monday, officials said.",
            ),
            b=(
                "Bangladesh ferry",
                D,
                "A ferry capsized on the Meghna river on Monday, killing 30 people, police said.",
            ),
        ),
        one=(("a", "At least {30} people lost"), ("b", "killing {30} people")),
    ),
    Pile(
        "mine_bodies_recovered",
        _r(
            a=(
                "Mine blast",
                D,
                "BEIJING (Reuters) - Rescuers recovered 14 bodies from a flooded coal mine in "
                "Shanxi province on Monday, state media said.",
            ),
            b=(
                "China mine disaster",
                D,
                "Fourteen miners were killed when water flooded a coal mine in Shanxi on Monday, "
                "Xinhua said.",
            ),
        ),
        one=(("a", "recovered {14} bodies"), ("b", "{Fourteen} miners were killed")),
    ),
    Pile(
        "storm_left_dead_and_killed",
        _r(
            a=(
                "Storm lashes coast",
                D,
                "MANILA (AP) - Typhoon Lira left 20 dead across the central Philippines on Monday, "
                "the disaster agency said.",
            ),
            b=(
                "Typhoon toll",
                D,
                "Typhoon Lira killed 20 people in the central Philippines on Monday, officials "
                "said.",
            ),
            c=(
                "Philippines typhoon",
                D,
                "Twenty people died in the typhoon, officials said on Monday.",
            ),
        ),
        one=(("a", "left {20} dead"), ("b", "killed {20} people"), ("c", "{Twenty} people died")),
    ),
    Pile(
        "shooting_shot_dead",
        _r(
            a=(
                "Gunman kills nine",
                D,
                "DALLAS (Reuters) - A gunman shot dead nine people at a shopping mall in Dallas on "
                "Monday, police said.",
            ),
            b=(
                "Mall shooting",
                D,
                "Nine people were killed in a shooting at a Dallas shopping mall on Monday, police "
                "said.",
            ),
        ),
        one=(("a", "shot dead {nine} people"), ("b", "{Nine} people were killed")),
    ),
    Pile(
        "toll_rose_to",
        _r(
            a=(
                "Flood toll rises",
                D,
                "NAIROBI (AFP) - The death toll from floods in Kenya rose to 45 on Monday, the Red "
                "Cross said.",
            ),
            b=(
                "Kenya floods",
                D,
                "Floods have killed 45 people across Kenya, the Red Cross said on Monday.",
            ),
        ),
        one=(("a", "rose to {45}"), ("b", "killed {45} people")),
    ),
    Pile(
        "count_in_words_and_digits",
        _r(
            a=(
                "Train derails",
                D,
                "MUMBAI (Reuters) - Twenty-three people were killed when a train derailed near "
                "Mumbai on Monday, railway officials said.",
            ),
            b=(
                "India train crash",
                D,
                "A train derailed near Mumbai on Monday, killing 23 passengers, officials said.",
            ),
        ),
        one=(("a", "{Twenty-three} people were killed"), ("b", "killing {23} passengers")),
    ),
    Pile(
        "hedges_around_one_toll",
        _r(
            a=(
                "Landslide",
                D,
                "LIMA (AP) - At least 50 people were killed in a landslide in northern Peru on "
                "Monday, officials said.",
            ),
            b=(
                "Peru landslide",
                D,
                "Some 50 people died in a landslide in northern Peru on Monday, the fire service "
                "said.",
            ),
            c=(
                "Landslide buries village",
                D,
                "Nearly 50 people were killed when a landslide buried a village in northern Peru "
                "on Monday.",
            ),
            d=(
                "Peru toll",
                D,
                "About 50 people lost their lives in the landslide, police said on Monday.",
            ),
        ),
        one=(
            ("a", "At least {50} people"),
            ("b", "Some {50} people died"),
            ("c", "Nearly {50} people"),
            ("d", "About {50} people lost"),
        ),
    ),
    Pile(
        "city_and_its_province",
        _r(
            a=(
                "Blast in Kandahar",
                D,
                "KANDAHAR, Afghanistan (Reuters) - A suicide bomber killed seven people in "
                "Kandahar city on Monday, police said.",
            ),
            b=(
                "Afghan bombing",
                D,
                "Seven people were killed in a suicide bombing in Kandahar province on Monday, "
                "officials said.",
            ),
        ),
        one=(("a", "killed {seven} people"), ("b", "{Seven} people were killed")),
    ),
    Pile(
        "the_blast_unnamed_place",
        _r(
            a=(
                "Car bomb in Mosul",
                D,
                "MOSUL, Iraq (AP) - A car bomb killed 11 people at a market in Mosul on Monday, "
                "police said.",
            ),
            b=(
                "Iraq market bombing",
                D,
                "The blast killed 11 people and destroyed several shops, a police officer said on "
                "Monday.",
            ),
        ),
        one=(("a", "car bomb killed {11}"), ("b", "blast killed {11}")),
    ),
    Pile(
        "passengers_and_people_on_board",
        _r(
            a=(
                "Plane crash",
                D,
                "JAKARTA (Reuters) - All 62 passengers were killed when a plane crashed into the "
                "sea off Jakarta on Monday, officials said.",
            ),
            b=(
                "Indonesia air crash",
                D,
                "A passenger plane with 62 people on board crashed into the sea off Jakarta on "
                "Monday, killing everyone on board.",
            ),
        ),
        one=(("a", "All {62} passengers"), ("b", "with {62} people on board")),
    ),
    Pile(
        "pupils_and_students",
        _r(
            a=(
                "School fire",
                D,
                "NAIROBI (AFP) - A fire in a school dormitory killed eight pupils in Kisumu on "
                "Monday, police said.",
            ),
            b=(
                "Kenya school fire",
                D,
                "Eight students died in a dormitory fire at a school in Kisumu on Monday, police "
                "said.",
            ),
        ),
        one=(("a", "killed {eight} pupils"), ("b", "{Eight} students died")),
    ),
    Pile(
        "police_officers_and_policemen",
        _r(
            a=(
                "Ambush",
                D,
                "LAGOS (Reuters) - Gunmen killed four police officers in an ambush in Lagos on "
                "Monday, police said.",
            ),
            b=(
                "Nigeria ambush",
                D,
                "Four policemen were killed in an ambush in Lagos on Monday, a spokesman said.",
            ),
        ),
        one=(("a", "killed {four} police officers"), ("b", "{Four} policemen were killed")),
    ),
    Pile(
        "firefighters_and_firemen",
        _r(
            a=(
                "Warehouse fire",
                D,
                "MADRID (AP) - Five firefighters died fighting a warehouse fire in Madrid on "
                "Monday, officials said.",
            ),
            b=(
                "Madrid blaze",
                D,
                "A warehouse blaze in Madrid killed five firemen on Monday, the city said.",
            ),
        ),
        one=(("a", "{Five} firefighters died"), ("b", "killed {five} firemen")),
    ),
    Pile(
        "count_in_a_parenthesis",
        _r(
            a=(
                "Storm toll",
                D,
                "HAVANA (AFP) - The storm killed six people (four of them children) in western "
                "Cuba on Monday, state media said.",
            ),
            b=(
                "Cuba storm",
                D,
                "Six people were killed by the storm in western Cuba on Monday, officials said.",
            ),
        ),
        one=(("a", "killed {six} people"), ("b", "{Six} people were killed")),
    ),
    Pile(
        "dead_as_predicate",
        _r(
            a=(
                "Heatwave",
                D,
                "KARACHI (Reuters) - At least 60 people are dead after a heatwave in Karachi, "
                "hospital officials said on Monday.",
            ),
            b=(
                "Pakistan heat",
                D,
                "A heatwave has killed at least 60 people in Karachi, officials said on Monday.",
            ),
        ),
        one=(("a", "At least {60} people are dead"), ("b", "killed at least {60} people")),
    ),
    Pile(
        "claimed_lives_and_perished",
        _r(
            a=(
                "Bus crash",
                D,
                "LA PAZ (AP) - A bus crash in the Andes claimed the lives of 17 people on Monday, "
                "police said.",
            ),
            b=(
                "Bolivia crash",
                D,
                "Seventeen people perished when a bus plunged off a mountain road in Bolivia on "
                "Monday.",
            ),
        ),
        one=(("a", "lives of {17} people"), ("b", "{Seventeen} people perished")),
    ),
    Pile(
        "participle_without_noun",
        _r(
            a=(
                "Market bomb",
                D,
                "KARACHI (Reuters) - A bomb exploded at a market in Karachi on Monday, killing 13, "
                "police said.",
            ),
            b=(
                "Karachi blast",
                D,
                "Thirteen people died when a bomb went off at a Karachi market on Monday, police "
                "said.",
            ),
        ),
        one=(("a", "killing {13}"), ("b", "{Thirteen} people died")),
    ),
    Pile(
        "drowned_and_killed",
        _r(
            a=(
                "Flash floods",
                D,
                "ISTANBUL (AFP) - Three people drowned in flash floods in Istanbul on Monday, the "
                "governor said.",
            ),
            b=(
                "Istanbul floods",
                D,
                "Flash floods killed three people in Istanbul on Monday, officials said.",
            ),
        ),
        one=(("a", "{Three} people drowned"), ("b", "killed {three} people")),
    ),
    Pile(
        "left_dead_and_injured",
        _r(
            a=(
                "Attack",
                D,
                "MOGADISHU (Reuters) - The attack on a hotel in Mogadishu left 12 people dead and "
                "30 injured on Monday, police said.",
            ),
            b=(
                "Somalia hotel attack",
                D,
                "Twelve people were killed and 30 wounded in an attack on a Mogadishu hotel on "
                "Monday.",
            ),
        ),
        one=(("a", "left {12} people dead"), ("b", "{Twelve} people were killed")),
        apart=((("a", "and {30} injured"), ("b", "{Twelve} people")),),
    ),
    Pile(
        "toll_rises_across_days",
        _r(
            a=(
                "Quake toll",
                "June 2, 2031",
                "ISLAMABAD (Reuters) - An earthquake killed 12 people in northern Pakistan on "
                "Monday, officials said.",
            ),
            b=(
                "Quake toll rises",
                "June 4, 2031",
                "The death toll from Monday's earthquake in northern Pakistan rose to 18 on "
                "Wednesday, officials said.",
            ),
        ),
        one=(("a", "killed {12} people"), ("b", "rose to {18}")),
    ),
    Pile(
        "headline_counts",
        _r(
            a=(
                "Gunman kills nine at Dallas mall",
                D,
                "DALLAS (Reuters) - A gunman opened fire at a shopping mall in Dallas on Monday, "
                "killing nine people, police said.",
            ),
            b=(
                "Nine dead in Dallas mall shooting",
                D,
                "Nine people were killed when a gunman opened fire at a Dallas mall on Monday.",
            ),
        ),
        one=(
            ("a", "killing {nine} people"),
            ("b", "{Nine} people were killed"),
            ("b", "{Nine} dead in Dallas"),
            ("a", "Gunman kills {nine}"),
        ),
    ),
    Pile(
        "police_holding_and_arrested",
        _r(
            a=(
                "Raids",
                D,
                "BRUSSELS (AP) - Police are holding 15 suspects after raids in Brussels on Monday, "
                "prosecutors said.",
            ),
            b=(
                "Brussels raids",
                D,
                "Fifteen suspects were arrested in raids across Brussels on Monday, prosecutors "
                "said.",
            ),
        ),
        one=(("a", "holding {15} suspects"), ("b", "{Fifteen} suspects were arrested")),
    ),
    Pile(
        "rescued_and_pulled_alive",
        _r(
            a=(
                "Building collapse",
                D,
                "LAGOS (AFP) - Rescuers pulled 25 people alive from the rubble of a collapsed "
                "building in Lagos on Monday.",
            ),
            b=(
                "Lagos collapse",
                D,
                "Twenty-five people were rescued from a collapsed building in Lagos on Monday, "
                "officials said.",
            ),
        ),
        one=(("a", "pulled {25} people alive"), ("b", "{Twenty-five} people were rescued")),
    ),
    Pile(
        "a_dozen_and_twelve",
        _r(
            a=(
                "Avalanche",
                D,
                "KATHMANDU (Reuters) - An avalanche killed 12 climbers on Mount Manaslu on Monday, "
                "officials said.",
            ),
            b=(
                "Nepal avalanche",
                D,
                "A dozen climbers died in an avalanche on Mount Manaslu on Monday, officials said.",
            ),
        ),
        one=(("a", "killed {12} climbers"), ("b", "A {dozen} climbers died")),
    ),
    Pile(
        "children_among_the_dead",
        _r(
            a=(
                "Air strike",
                D,
                "SANAA (Reuters) - An air strike killed 20 people in Sanaa on Monday, including 8 "
                "children, medics said.",
            ),
            b=(
                "Yemen strike",
                D,
                "Twenty people were killed in an air strike on Sanaa on Monday, medics said.",
            ),
        ),
        one=(("a", "killed {20} people"), ("b", "{Twenty} people were killed")),
        apart=((("a", "including {8} children"), ("b", "{Twenty} people")),),
    ),
    Pile(
        "count_inside_a_parenthesis",
        _r(
            a=(
                "Floods in Kerala",
                D,
                "KOCHI, India (Reuters) - The number of dead (14, according to the state "
                "government) is expected to rise after floods in Kerala on Monday.",
            ),
            b=(
                "Kerala floods",
                D,
                "Floods killed 14 people in Kerala on Monday, the state government said.",
            ),
        ),
        one=(("a", "dead ({14},"), ("b", "killed {14} people")),
    ),
    Pile(
        "casualties_meaning_injured",
        _r(
            a=(
                "Train collision",
                D,
                "WARSAW (AP) - Two trains collided near Warsaw on Monday, causing 25 "
                "casualties, all of them injured, none seriously, police said.",
            ),
            b=(
                "Polish train crash",
                D,
                "Twenty-five people were injured when two trains collided near Warsaw on "
                "Monday, police said.",
            ),
        ),
        one=(("a", "causing {25} casualties"), ("b", "{Twenty-five} people were injured")),
    ),
    Pile(
        "confirmed_dead_and_bringing_the_toll",
        _r(
            a=(
                "Death toll climbs to 45",
                D,
                "DHAKA (Reuters) - Rescuers pulled more bodies from the collapsed factory on "
                "Monday, bringing the death toll to 45, police said.",
            ),
            b=(
                "Dhaka collapse",
                D,
                "Forty-five people have been confirmed dead in the factory collapse in Dhaka, "
                "police said on Monday.",
            ),
        ),
        one=(
            ("a", "toll to {45}"),
            ("b", "{Forty-five} people have been confirmed dead"),
            ("a", "climbs to {45}"),
        ),
    ),
    Pile(
        "injuring_others",
        _r(
            a=(
                "Bomb",
                D,
                "QUETTA, Pakistan (AP) - A bomb killed 10 people in Quetta on Monday, "
                "injuring at least 40 others, police said.",
            ),
            b=(
                "Quetta blast",
                D,
                "At least 40 people were wounded and 10 killed by a bomb in Quetta on Monday.",
            ),
        ),
        one=(("a", "at least {40} others"), ("b", "At least {40} people were wounded")),
        apart=((("a", "killed {10} people"), ("b", "At least {40} people")),),
    ),
    # --- injured, however worded -------------------------------------------------------
    Pile(
        "injured_wounded_hurt",
        _r(
            a=(
                "Bombing",
                D,
                "BAGHDAD (Reuters) - A bomb wounded 40 people in Baghdad on Monday, police said.",
            ),
            b=(
                "Iraq bomb",
                D,
                "Forty people were injured when a bomb exploded in Baghdad on Monday, officials "
                "said.",
            ),
            c=(
                "Baghdad blast",
                D,
                "The explosion hurt 40 people, a hospital official said on Monday.",
            ),
        ),
        one=(
            ("a", "wounded {40} people"),
            ("b", "{Forty} people were injured"),
            ("c", "hurt {40} people"),
        ),
    ),
    Pile(
        "hospitalised_and_injured",
        _r(
            a=(
                "Gas leak",
                D,
                "LONDON (AP) - Twenty-seven people were hospitalised after a gas leak at a factory "
                "in Leeds on Monday, police said.",
            ),
            b=(
                "Leeds leak",
                D,
                "A gas leak injured 27 people at a factory in Leeds on Monday, the fire service "
                "said.",
            ),
        ),
        one=(("a", "{Twenty-seven} people were hospitalised"), ("b", "injured {27} people")),
    ),
    Pile(
        "injured_dispute",
        _r(
            a=(
                "Stadium crush",
                D,
                "CAIRO (Reuters) - A crush at a stadium in Cairo injured 12 people on Monday, the "
                "health ministry said.",
            ),
            b=(
                "Egypt stadium",
                D,
                "Eighteen people were hurt in a crush at a Cairo stadium on Monday, a witness told "
                "AFP.",
            ),
        ),
        one=(("a", "injured {12} people"), ("b", "{Eighteen} people were hurt")),
        conflict=True,
    ),
    # --- missing, arrested, evacuated -------------------------------------------------
    Pile(
        "missing_and_unaccounted_for",
        _r(
            a=(
                "Boat missing",
                D,
                "ATHENS (AP) - Fifteen people are missing after a boat sank off Crete on Monday, "
                "the coast guard said.",
            ),
            b=(
                "Crete sinking",
                D,
                "Fifteen people remain unaccounted for after a boat sank off Crete on Monday, "
                "officials said.",
            ),
        ),
        one=(("a", "{Fifteen} people are missing"), ("b", "{Fifteen} people remain unaccounted")),
    ),
    Pile(
        "arrested_detained_custody",
        _r(
            a=(
                "Protest",
                D,
                "PARIS (Reuters) - Police arrested 80 people during a protest in Paris on Monday, "
                "the interior ministry said.",
            ),
            b=(
                "Paris protest",
                D,
                "Eighty protesters were detained in Paris on Monday, police said.",
            ),
            c=(
                "Clashes in Paris",
                D,
                "Some 80 people were taken into custody after clashes in Paris on Monday.",
            ),
        ),
        one=(
            ("a", "arrested {80} people"),
            ("b", "{Eighty} protesters were detained"),
            ("c", "Some {80} people were taken"),
        ),
    ),
    Pile(
        "arrests_dispute",
        _r(
            a=(
                "Riot",
                D,
                "ATHENS (Reuters) - Police arrested 30 people after a riot in Athens on Monday, "
                "police said.",
            ),
            b=(
                "Athens riot",
                D,
                "Police detained 45 people after rioting in Athens on Monday, organisers said.",
            ),
        ),
        one=(("a", "arrested {30} people"), ("b", "detained {45} people")),
        conflict=True,
    ),
    Pile(
        "evacuated_forced_from_homes_displaced",
        _r(
            a=(
                "Floods",
                D,
                "JAKARTA (AFP) - Floods forced 2,000 people from their homes in Jakarta on Monday, "
                "officials said.",
            ),
            b=(
                "Jakarta floods",
                D,
                "Some 2,000 residents were evacuated as floods hit Jakarta on Monday, the disaster "
                "agency said.",
            ),
            c=(
                "Indonesia flooding",
                D,
                "Flooding in Jakarta displaced 2,000 people on Monday, officials said.",
            ),
        ),
        one=(
            ("a", "forced {2,000} people"),
            ("b", "Some {2,000} residents"),
            ("c", "displaced {2,000} people"),
        ),
    ),
    Pile(
        "wildfire_evacuated_dispute",
        _r(
            a=(
                "Wildfire",
                D,
                "ATHENS (Reuters) - Firefighters evacuated 500 people from villages near Athens on "
                "Monday, the fire service said.",
            ),
            b=(
                "Greek wildfire",
                D,
                "About 800 people were evacuated from villages near Athens on Monday, the mayor "
                "said.",
            ),
        ),
        one=(("a", "evacuated {500} people"), ("b", "About {800} people")),
        conflict=True,
    ),
    Pile(
        "kidnapped_and_abducted",
        _r(
            a=(
                "School kidnapping",
                D,
                "ABUJA (Reuters) - Gunmen kidnapped 80 pupils from a school in Kaduna on "
                "Monday and killed two teachers, police said.",
            ),
            b=(
                "Nigeria abduction",
                D,
                "Eighty students were abducted from a Kaduna school on Monday, police said.",
            ),
        ),
        one=(("a", "kidnapped {80} pupils"), ("b", "{Eighty} students")),
        apart=((("a", "killed {two} teachers"), ("b", "{Eighty} students")),),
    ),
    # --- strikes, protests, trials, companies ------------------------------------------
    Pile(
        "strikers_worded_three_ways",
        _r(
            a=(
                "Port strike",
                D,
                "HAMBURG (Reuters) - Some 4,000 dock workers went on strike in Hamburg on Monday, "
                "the union said.",
            ),
            b=(
                "Hamburg strike",
                D,
                "About 4,000 port workers walked off the job in Hamburg on Monday, the union said.",
            ),
        ),
        one=(("a", "Some {4,000} dock workers"), ("b", "About {4,000} port workers")),
    ),
    Pile(
        "marchers_worded_two_ways",
        _r(
            a=(
                "March",
                D,
                "SANTIAGO (AP) - Some 10,000 people marched through Santiago on Monday, police "
                "said.",
            ),
            b=(
                "Chile protest",
                D,
                "About 10,000 protesters rallied in Santiago on Monday, police said.",
            ),
        ),
        one=(("a", "Some {10,000} people"), ("b", "About {10,000} protesters")),
    ),
    Pile(
        "protest_crowd_dispute",
        _r(
            a=(
                "March",
                D,
                "MADRID (Reuters) - Some 20,000 people marched in Madrid on Monday, police said.",
            ),
            b=("Madrid march", D, "Organisers said 100,000 people marched in Madrid on Monday."),
        ),
        one=(("a", "Some {20,000} people"), ("b", "said {100,000} people")),
        conflict=True,
    ),
    Pile(
        "convicted_defendants",
        _r(
            a=(
                "Verdict",
                D,
                "ANKARA (Reuters) - A court in Ankara convicted 12 defendants of plotting a coup "
                "on Monday, state media said.",
            ),
            b=(
                "Coup trial",
                D,
                "Twelve defendants were found guilty of plotting a coup by a court in Ankara on "
                "Monday.",
            ),
        ),
        one=(("a", "convicted {12} defendants"), ("b", "{Twelve} defendants were found")),
    ),
    Pile(
        "jobs_cut_worded_three_ways",
        _r(
            a=(
                "Layoffs",
                D,
                "DETROIT (Reuters) - Harlow Motors will cut 1,200 jobs at its Flint plant, the "
                "company said on Monday.",
            ),
            b=(
                "Harlow layoffs",
                D,
                "Harlow Motors will lay off 1,200 workers at its Flint plant, the company said on "
                "Monday.",
            ),
        ),
        one=(("a", "cut {1,200} jobs"), ("b", "lay off {1,200} workers")),
    ),
    Pile(
        "trapped_miners",
        _r(
            a=(
                "Mine collapse",
                D,
                "SANTIAGO (AP) - Thirty-three miners are trapped after a mine collapsed in "
                "northern Chile on Monday, officials said.",
            ),
            b=(
                "Chile mine",
                D,
                "A mine collapse in northern Chile trapped 33 workers underground on Monday, "
                "officials said.",
            ),
        ),
        one=(("a", "{Thirty-three} miners are trapped"), ("b", "trapped {33} workers")),
    ),
    # --- real disputes of one toll ------------------------------------------------------
    Pile(
        "toll_dispute_two_sources",
        _r(
            a=(
                "Blast",
                D,
                "KABUL (Reuters) - A suicide bomber killed 12 people at a mosque in Kabul on "
                "Monday, police said.",
            ),
            b=(
                "Kabul mosque",
                D,
                "Eighteen people were killed in a suicide attack on a mosque in Kabul on Monday, a "
                "hospital official said.",
            ),
        ),
        one=(("a", "killed {12} people"), ("b", "{Eighteen} people were killed")),
        conflict=True,
    ),
    Pile(
        "toll_dispute_dead_and_lost_lives",
        _r(
            a=(
                "Fire",
                D,
                "MANILA (AFP) - A fire at a factory in Manila left 31 dead on Monday, the fire "
                "bureau said.",
            ),
            b=(
                "Manila fire",
                D,
                "At least 38 workers lost their lives in a factory fire in Manila on Monday, a "
                "union said.",
            ),
        ),
        one=(("a", "left {31} dead"), ("b", "At least {38} workers")),
        conflict=True,
    ),
    # --- crimes and courts: terms, bail, shots, escapes, speeds --------------------------
    Pile(
        "prison_term",
        _r(
            a=(
                "Killer jailed",
                D,
                "BOSTON (AP) - A judge sentenced Ray Cole to 25 years in prison on Monday for "
                "killing a shopkeeper.",
            ),
            b=(
                "Cole sentenced",
                D,
                "Ray Cole received a 25-year prison sentence on Monday for the killing of a "
                "shopkeeper in Boston.",
            ),
        ),
        one=(("a", "to {25} years in prison"), ("b", "a {25}-year prison sentence")),
    ),
    Pile(
        "bail_set",
        _r(
            a=(
                "Bail set",
                D,
                "BOSTON (Reuters) - A judge set bail at $1 million for Ray Cole on Monday.",
            ),
            b=(
                "Cole held",
                D,
                "Ray Cole is being held on $1 million bail, prosecutors said on Monday.",
            ),
        ),
        one=(("a", "bail at {$1 million}"), ("b", "on {$1 million} bail")),
    ),
    Pile(
        "shots_fired",
        _r(
            a=(
                "Shooting",
                D,
                "DENVER (AP) - The gunman fired 20 shots inside the restaurant in Denver on "
                "Monday, police said.",
            ),
            b=(
                "Denver shooting",
                D,
                "Police said about 20 rounds were fired in the Denver restaurant on Monday.",
            ),
        ),
        one=(("a", "fired {20} shots"), ("b", "about {20} rounds")),
    ),
    Pile(
        "inmates_escaped",
        _r(
            a=(
                "Jailbreak",
                D,
                "AUSTIN, Texas (AP) - Seven inmates escaped from a prison near Austin on "
                "Monday, officials said.",
            ),
            b=(
                "Texas prison break",
                D,
                "Seven prisoners broke out of a prison near Austin on Monday, officials said.",
            ),
        ),
        one=(("a", "{Seven} inmates escaped"), ("b", "{Seven} prisoners broke out")),
    ),
    Pile(
        "speed_of_a_car",
        _r(
            a=(
                "Hit-and-run",
                D,
                "CHICAGO (AP) - The driver was going 90 mph when he struck a cyclist in "
                "Chicago on Monday, police said.",
            ),
            b=(
                "Chicago crash",
                D,
                "Police said the car was travelling at 90 miles per hour when it hit a cyclist "
                "in Chicago on Monday.",
            ),
        ),
        one=(("a", "going {90} mph"), ("b", "at {90} miles per hour")),
    ),
    Pile(
        "hostages_held",
        _r(
            a=(
                "Siege",
                D,
                "MANILA (Reuters) - Gunmen are holding 21 hostages in a bank in Manila, police "
                "said on Monday.",
            ),
            b=(
                "Manila bank siege",
                D,
                "Twenty-one people were taken hostage in a Manila bank on Monday, police said.",
            ),
        ),
        one=(("a", "holding {21} hostages"), ("b", "{Twenty-one} people were taken")),
    ),
    Pile(
        "shot_and_wounded",
        _r(
            a=(
                "Shooting",
                D,
                "MEMPHIS, Tenn. (AP) - A gunman shot four people outside a nightclub in Memphis "
                "on Monday, police said. All survived.",
            ),
            b=(
                "Memphis nightclub",
                D,
                "Four people were wounded in a shooting outside a Memphis nightclub on Monday, "
                "police said.",
            ),
        ),
        one=(("a", "shot {four} people"), ("b", "{Four} people were wounded")),
    ),
    Pile(
        "inmates_and_guards",
        _r(
            a=(
                "Prison riot",
                D,
                "CARACAS (AP) - A riot at a prison near Caracas killed 12 inmates and two "
                "guards on Monday, officials said.",
            ),
            b=(
                "Venezuela prison riot",
                D,
                "Twelve prisoners died in a riot at a prison near Caracas on Monday, "
                "officials said.",
            ),
        ),
        one=(("a", "killed {12} inmates"), ("b", "{Twelve} prisoners died")),
        apart=((("a", "and {two} guards"), ("b", "{Twelve} prisoners")),),
    ),
    Pile(
        "coworkers_and_employees",
        _r(
            a=(
                "Warehouse shooting",
                D,
                "RENO, Nev. (AP) - A fired worker shot dead three of his former co-workers at "
                "a warehouse in Reno on Monday, police said.",
            ),
            b=(
                "Reno shooting",
                D,
                "Three employees were killed at a Reno warehouse on Monday when a former "
                "worker opened fire, police said.",
            ),
        ),
        one=(("a", "shot dead {three} of his"), ("b", "{Three} employees were killed")),
    ),
    Pile(
        "victims_pronounced_dead",
        _r(
            a=(
                "Shooting",
                D,
                "TULSA, Okla. (Reuters) - A gunman killed three people at a church in Tulsa on "
                "Monday, police said.",
            ),
            b=(
                "Tulsa church shooting",
                D,
                "The three victims were pronounced dead at the scene of the Tulsa church "
                "shooting on Monday, police said.",
            ),
        ),
        one=(("a", "killed {three} people"), ("b", "The {three} victims")),
    ),
    # --- one event told over several days, its place at several levels ------------------
    Pile(
        "bar_shooting_told_over_three_days",
        _r(
            a=(
                "Three killed in Bronx bar shooting",
                "June 1, 2031",
                "NEW YORK (AP) - A gunman killed three people at a bar in the Bronx late on "
                "Saturday, police said.",
            ),
            b=(
                "Manhunt continues",
                "June 3, 2031",
                "Police are still searching for the man who shot dead three people at a New "
                "York bar on Saturday night.",
            ),
            c=(
                "Bar reopens",
                "June 5, 2031",
                "The Blue Moon bar, where a shooting left three dead last weekend, reopened on "
                "Thursday.",
            ),
        ),
        one=(
            ("a", "killed {three} people"),
            ("b", "shot dead {three} people"),
            ("c", "left {three} dead"),
        ),
    ),
    Pile(
        "two_bar_shootings_a_week_apart",
        _r(
            a=(
                "Three killed in Bronx bar shooting",
                "June 1, 2031",
                "NEW YORK (AP) - A gunman killed three people at a bar in the Bronx late on "
                "Saturday, police said.",
            ),
            b=(
                "Manhunt continues",
                "June 3, 2031",
                "Police are still searching for the man who shot dead three people at a New "
                "York bar on Saturday night.",
            ),
            c=(
                "Two killed in Bronx bar shooting",
                "June 8, 2031",
                "NEW YORK (Reuters) - Two men were shot dead at the Lucky Star lounge on Jerome "
                "Avenue in the Bronx on Saturday night, the NYPD's Chief Rita Alvarez said.",
            ),
            d=(
                "Suspect held",
                "June 11, 2031",
                "Detectives arrested Marco Ruiz, 24, on Tuesday over the killing of two men at "
                "the Lucky Star lounge on Jerome Avenue last weekend, Chief Rita Alvarez said.",
            ),
        ),
        one=(("a", "killed {three} people"), ("b", "shot dead {three} people")),
        apart=(
            (("a", "killed {three} people"), ("c", "{Two} men were shot dead")),
            (("b", "shot dead {three} people"), ("d", "killing of {two} men")),
        ),
    ),
    Pile(
        "place_at_neighbourhood_city_and_state",
        _r(
            a=(
                "Fire in Queens",
                D,
                "NEW YORK (Reuters) - A fire in an apartment building in Queens killed six "
                "people on Monday, the fire department said.",
            ),
            b=(
                "New York fire",
                D,
                "Six people died in an apartment fire in New York City on Monday, officials said.",
            ),
            c=(
                "Deadly blaze",
                D,
                "An apartment fire killed six people in New York on Monday, the governor said.",
            ),
        ),
        one=(
            ("a", "killed {six} people"),
            ("b", "{Six} people died"),
            ("c", "killed {six} people"),
        ),
    ),
    Pile(
        "toll_told_later_with_the_day",
        _r(
            a=(
                "Crash",
                "June 2, 2031",
                "LYON, France (AFP) - Four people were killed when a lorry hit a bus near Lyon "
                "on Monday, police said.",
            ),
            b=(
                "Lyon crash driver charged",
                "June 6, 2031",
                "The lorry driver was charged on Friday over Monday's crash near Lyon that "
                "killed four people.",
            ),
        ),
        one=(("a", "{Four} people were killed"), ("b", "killed {four} people")),
    ),
    Pile(
        "injured_then_one_died",
        _r(
            a=(
                "Stabbing",
                "June 2, 2031",
                "LEEDS, England (Reuters) - A man stabbed five people at a railway station in "
                "Leeds on Monday, police said.",
            ),
            b=(
                "Leeds station attack",
                "June 2, 2031",
                "Five people were stabbed at Leeds railway station on Monday, police said.",
            ),
        ),
        one=(("a", "stabbed {five} people"), ("b", "{Five} people were stabbed")),
    ),
    # --- other measures of one event: how long, how strong, how far, how much ----------
    Pile(
        "standoff_length",
        _r(
            a=(
                "Standoff ends",
                D,
                "PHOENIX (AP) - A gunman surrendered on Monday after a 12-hour standoff with "
                "police at a house in Phoenix.",
            ),
            b=(
                "Phoenix siege",
                D,
                "The standoff at a Phoenix house lasted 12 hours before the gunman gave "
                "himself up on Monday, police said.",
            ),
        ),
        one=(("a", "a {12}-hour standoff"), ("b", "lasted {12} hours")),
    ),
    Pile(
        "quake_magnitude",
        _r(
            a=(
                "Quake",
                D,
                "TOKYO (Reuters) - A magnitude 6.1 earthquake struck northern Japan on Monday, "
                "the meteorological agency said.",
            ),
            b=(
                "Japan quake",
                D,
                "A 6.1-magnitude quake hit northern Japan on Monday, officials said.",
            ),
        ),
        one=(("a", "magnitude {6.1} earthquake"), ("b", "A {6.1}-magnitude quake")),
    ),
    Pile(
        "ransom_demanded",
        _r(
            a=(
                "Kidnapping",
                D,
                "HOUSTON (AP) - Kidnappers demanded a $2 million ransom for a businessman "
                "seized in Houston on Monday, police said.",
            ),
            b=(
                "Houston kidnapping",
                D,
                "The kidnappers asked for a ransom of two million dollars, police said on Monday.",
            ),
        ),
        one=(("a", "a {$2 million} ransom"), ("b", "ransom of {two million dollars}")),
    ),
    Pile(
        "distance_from_the_epicentre",
        _r(
            a=(
                "Quake",
                D,
                "ANKARA (Reuters) - The quake's epicentre was 20 km (12 miles) north of Izmir, "
                "the agency said on Monday.",
            ),
            b=(
                "Turkey quake",
                D,
                "The epicentre lay about 20 kilometres north of Izmir, officials said on Monday.",
            ),
        ),
        one=(("a", "was {20} km"), ("b", "about {20} kilometres")),
    ),
    # --- vague amounts and spans, as wire reports give them -----------------------------
    Pile(
        "hundreds_several_hundred_a_few_hundred",
        _r(
            a=(
                "Clashes",
                D,
                "ATHENS (Reuters) - Hundreds of protesters clashed with police in central "
                "Athens on Monday, police said.",
            ),
            b=(
                "Athens clashes",
                D,
                "Several hundred protesters threw stones at police in central Athens on Monday.",
            ),
            c=(
                "Greek protest",
                D,
                "A few hundred youths fought riot police in central Athens on Monday, "
                "witnesses said.",
            ),
        ),
        one=(
            ("a", "{Hundreds} of protesters"),
            ("b", "{Several hundred} protesters"),
            ("c", "A {few hundred} youths"),
        ),
    ),
    Pile(
        "thousands_and_more_than_ten_thousand",
        _r(
            a=(
                "March",
                D,
                "ATHENS (AP) - Thousands of demonstrators marched through Athens on Monday, "
                "police said.",
            ),
            b=(
                "Athens march",
                D,
                "More than 10,000 people marched through Athens on Monday, police said.",
            ),
        ),
        one=(("a", "{Thousands} of demonstrators"), ("b", "More than {10,000} people")),
    ),
    Pile(
        "days_of_unrest_and_a_week",
        _r(
            a=(
                "Riots",
                "June 9, 2031",
                "ATHENS (Reuters) - Greece has been shaken by eight days of riots, police said "
                "on Monday.",
            ),
            b=(
                "Greek riots",
                "June 9, 2031",
                "The riots, now in their second week, have lasted more than a week, officials "
                "said on Monday.",
            ),
        ),
        one=(("a", "{eight} days of riots"), ("b", "{more than a week}")),
    ),
    Pile(
        "killed_and_injured",
        _r(
            a=(
                "Bombing",
                D,
                "PESHAWAR, Pakistan (Reuters) - A bomb killed 12 people and injured 40 in Peshawar "
                "on Monday, police said.",
            ),
            b=(
                "Peshawar blast",
                D,
                "Twelve people were killed and 40 wounded in a bombing in Peshawar on Monday, "
                "officials said.",
            ),
        ),
        one=(("a", "killed {12} people"), ("b", "{Twelve} people were killed")),
        apart=(
            (("a", "killed {12} people"), ("b", "and {40} wounded")),
            (("a", "injured {40}"), ("b", "{Twelve} people")),
        ),
    ),
    Pile(
        "killed_and_injured_headline",
        _r(
            a=(
                "Quake kills 8, injures 90",
                D,
                "LIMA (AP) - An earthquake killed eight people and injured 90 in southern Peru on "
                "Monday.",
            ),
            b=(
                "Peru quake",
                D,
                "Eight people died and 90 were hurt in an earthquake in southern Peru on Monday.",
            ),
        ),
        one=(("a", "killed {eight} people"), ("b", "{Eight} people died")),
        apart=((("a", "injured {90}"), ("b", "{Eight} people died")),),
    ),
    Pile(
        "passengers_and_crew",
        _r(
            a=(
                "Crash",
                D,
                "NAIROBI (Reuters) - The plane carried 150 passengers and six crew when it crashed "
                "near Nairobi on Monday, the airline said.",
            ),
            b=(
                "Kenya crash",
                D,
                "Six crew members were among those on board the plane that crashed near Nairobi on "
                "Monday.",
            ),
        ),
        one=(("a", "and {six} crew"), ("b", "{Six} crew members")),
        apart=((("a", "carried {150} passengers"), ("b", "{Six} crew members")),),
    ),
    Pile(
        "town_and_region",
        _r(
            a=(
                "Storm",
                D,
                "PARIS (AFP) - The storm killed 30 people across southern France on Monday, "
                "including four in Nice, officials said.",
            ),
            b=(
                "France storm",
                D,
                "Thirty people were killed by the storm in southern France on Monday, the interior "
                "ministry said.",
            ),
        ),
        one=(("a", "killed {30} people"), ("b", "{Thirty} people were killed")),
        apart=((("a", "including {four} in Nice"), ("b", "{Thirty} people")),),
    ),
    Pile(
        "two_quakes_two_years",
        _r(
            a=(
                "Quake hits Crete",
                D,
                "ATHENS (Reuters) - An earthquake killed 20 people on Crete on Monday. A quake on "
                "the island in 2005 killed 300 people.",
            ),
            b=(
                "Crete quake",
                D,
                "Twenty people were killed in an earthquake on Crete on Monday, officials said.",
            ),
        ),
        one=(("a", "killed {20} people"), ("b", "{Twenty} people were killed")),
        apart=((("a", "killed {300} people"), ("b", "{Twenty} people")),),
    ),
    Pile(
        "killed_and_missing",
        _r(
            a=(
                "Floods",
                D,
                "HANOI (AP) - Floods killed 10 people in central Vietnam on Monday and 15 are "
                "missing, officials said.",
            ),
            b=(
                "Vietnam floods",
                D,
                "Ten people died in floods in central Vietnam on Monday, while 15 remain missing.",
            ),
        ),
        one=(("a", "killed {10} people"), ("b", "{Ten} people died")),
        apart=(
            (("a", "and {15} are missing"), ("b", "{Ten} people died")),
            (("a", "killed {10} people"), ("b", "while {15} remain")),
        ),
    ),
    Pile(
        "arrested_and_officers_hurt",
        _r(
            a=(
                "Riot",
                D,
                "LONDON (Reuters) - Police arrested 20 people in London on Monday and 20 officers "
                "were hurt, police said.",
            ),
            b=(
                "London riot",
                D,
                "Twenty people were arrested after rioting in London on Monday, police said.",
            ),
        ),
        one=(("a", "arrested {20} people"), ("b", "{Twenty} people were arrested")),
        apart=((("a", "and {20} officers"), ("b", "{Twenty} people were arrested")),),
    ),
    Pile(
        "students_and_teachers",
        _r(
            a=(
                "School attack",
                D,
                "KANO, Nigeria (AP) - Gunmen killed 9 students and 2 teachers at a school in Kano "
                "on Monday, police said.",
            ),
            b=(
                "Nigeria school",
                D,
                "Nine students were killed in an attack on a school in Kano on Monday, police "
                "said.",
            ),
        ),
        one=(("a", "killed {9} students"), ("b", "{Nine} students were killed")),
        apart=((("a", "and {2} teachers"), ("b", "{Nine} students")),),
    ),
    Pile(
        "evacuated_and_homes_destroyed",
        _r(
            a=(
                "Wildfire",
                D,
                "SYDNEY (Reuters) - A wildfire destroyed 500 homes in New South Wales on Monday, "
                "officials said.",
            ),
            b=(
                "Australia fire",
                D,
                "Some 500 people were evacuated from their homes in New South Wales on Monday, "
                "officials said.",
            ),
        ),
        apart=((("a", "destroyed {500} homes"), ("b", "Some {500} people")),),
    ),
    Pile(
        "hundreds_of_bodies_and_a_toll",
        _r(
            a=(
                "Siege ends",
                D,
                "BEIRUT (Reuters) - More than 1,000 civilians have been killed in Homs, and "
                "hundreds of dead bodies are trapped under the rubble, rescuers said on Monday.",
            ),
            b=(
                "City toll",
                D,
                "More than 1,000 civilians were killed in the siege of Homs, a monitor said "
                "on Monday.",
            ),
        ),
        one=(("a", "More than {1,000} civilians"), ("b", "More than {1,000} civilians")),
        apart=((("a", "{hundreds} of dead bodies"), ("b", "More than {1,000} civilians")),),
    ),
    Pile(
        "bus_carrying_pilgrims_disputed",
        _r(
            a=(
                "Bus plunges into gorge",
                D,
                "SRINAGAR, India (Reuters) - A bus carrying 48 pilgrims plunged into a gorge on "
                "Tuesday, killing 12 of them, police said.",
            ),
            b=(
                "Pilgrim bus crash",
                D,
                "The bus, which was carrying 52 pilgrims, overturned near Srinagar on Tuesday and "
                "12 people died, officials said.",
            ),
        ),
        one=(("a", "carrying {48} pilgrims"), ("b", "carrying {52} pilgrims")),
        apart=(
            (("a", "carrying {48} pilgrims"), ("b", "{12} people died")),
            (("b", "carrying {52} pilgrims"), ("b", "{12} people died")),
        ),
        conflict=True,
    ),
    Pile(
        "ferry_carrying_passengers_and_the_rescued",
        _r(
            a=(
                "Ferry sinks",
                D,
                "DHAKA (AP) - A ferry carrying about 200 passengers sank in the Meghna river on "
                "Monday; 150 people were rescued, police said.",
            ),
            b=(
                "Ferry disaster",
                D,
                "A ferry carrying some 200 passengers capsized on Monday. Rescuers pulled 150 "
                "people from the water, officials said.",
            ),
        ),
        one=(("a", "carrying about {200} passengers"), ("b", "carrying some {200} passengers")),
        apart=((("a", "carrying about {200} passengers"), ("a", "{150} people were rescued")),),
    ),
    Pile(
        "the_accused_called_by_any_noun",
        _r(
            a=(
                "Two charged in school shooting",
                "April 10, 2031",
                "NEW YORK (AP) - Two local toughs charged with killing a mother outside a Bronx "
                "school went on trial on Wednesday.",
            ),
            b=(
                "Trial opens",
                "April 10, 2031",
                "Prosecutors on Wednesday opened the case against two accused gangbangers over "
                "the Bronx school shooting.",
            ),
            c=(
                "Bronx trial",
                "April 10, 2031",
                "The trial of two youths charged with murdering a Bronx mother in October 2029 "
                "began on Wednesday.",
            ),
            d=(
                "Bronx school killing",
                "April 10, 2031",
                "Two men accused of killing a Bronx mother outside a school in October 2029 remain "
                "in jail, their lawyer said on Wednesday.",
            ),
            e=(
                "Inquiry into the jail",
                "April 10, 2031",
                "A jury on Wednesday acquitted one of the two men accused of killing the mother. "
                "Inspectors found nine alleged breaches of the rules at the Bronx jail.",
            ),
        ),
        apart=(
            (("d", "{Two} men accused"), ("e", "{nine} alleged breaches")),
            (("d", "{Two} men accused"), ("e", "{one} of the two men")),
        ),
        one=(
            ("a", "{Two} local toughs charged"),
            ("b", "{two} accused gangbangers"),
            ("c", "{two} youths charged"),
            ("d", "{Two} men accused"),
        ),
    ),
    Pile(
        "the_accused_beside_more_arrested",
        _r(
            a=(
                "Arrests in school shooting",
                "April 10, 2031",
                "NEW YORK (AP) - Three teens were arrested on Tuesday over the shooting of a "
                "mother outside a Bronx school, police said.",
            ),
            b=(
                "Trial opens",
                "April 10, 2031",
                "Two youths charged with murdering the Bronx mother went on trial on Wednesday.",
            ),
            c=(
                "Bronx school killing",
                "April 10, 2031",
                "Two men accused of killing a Bronx mother outside a school remain in jail, "
                "their lawyer said on Wednesday.",
            ),
            d=(
                "Bronx trial",
                "April 10, 2031",
                "Two local toughs charged with killing the mother face life in prison if "
                "convicted, prosecutors said on Wednesday.",
            ),
        ),
        # Not everyone arrested is charged: the three arrested are another count than the
        # two on trial, and the two on trial one count however each report names them.
        one=(
            ("b", "{Two} youths charged"),
            ("c", "{Two} men accused"),
            ("d", "{Two} local toughs charged"),
        ),
        apart=((("a", "{Three} teens were arrested"), ("b", "{Two} youths charged")),),
    ),
    Pile(
        "those_fired_on_and_those_killed_among_them",
        _r(
            a=(
                "Plant shooting",
                D,
                "SPRINGTON (AP) - A gunman opened fire on four co-workers in a break room at "
                "the plant on Monday, killing two of them, police said.",
            ),
            b=(
                "Two dead at plant",
                D,
                "Two workers were killed in the shooting at the Springton plant on Monday, "
                "police said.",
            ),
        ),
        # The four fired on are not the dead: no conflict of four against two killed.
        one=(("a", "killing {two} of them"), ("b", "{Two} workers were killed")),
        apart=((("a", "on {four} co-workers"), ("b", "{Two} workers were killed")),),
    ),
    Pile(
        "a_killing_told_as_an_execution_of_some_of_them",
        _r(
            a=(
                "Plant killings",
                D,
                "SPRINGTON (AP) - A fired worker found her former supervisors in a break room "
                "at the Springton plant on Monday and executed two of them, police said.",
            ),
            b=(
                "Two dead at plant",
                D,
                "Two workers were killed in the shooting at the Springton plant on Monday, "
                "police said.",
            ),
        ),
        one=(("a", "executed {two} of them"), ("b", "{Two} workers were killed")),
    ),
    Pile(
        "some_of_them_killed_and_the_women_killed",
        _r(
            a=(
                "Trial opens in plant shooting",
                D,
                "SPRINGTON (AP) - The trial of a former worker accused of shooting three "
                "co-workers, killing two of them, starts on Monday, prosecutors said.",
            ),
            b=(
                "Plant killings",
                D,
                "SPRINGTON (AP) - A suspended worker found her foes in a break room at the "
                "Springton plant and executed two of them, police said.",
            ),
            c=(
                "Two women killed at plant",
                D,
                "Two women were killed and a man was wounded in the shooting at the Springton "
                "plant, police said.",
            ),
        ),
        # The harm right before "two of them" befell those two: the whole of the dead, told
        # as a part of those shot or found, and the women killed are those two.
        one=(
            ("a", "killing {two} of them"),
            ("b", "executed {two} of them"),
            ("c", "{Two} women were killed"),
        ),
        apart=((("a", "shooting {three} co-workers"), ("c", "{Two} women were killed")),),
    ),
    Pile(
        "bodies_found_are_the_dead",
        _r(
            a=(
                "Bodies found in apartment",
                D,
                "HALVERTON (AP) - The bodies of the two women were discovered in an apartment "
                "on Tuesday afternoon, police said.",
            ),
            b=(
                "Man charged",
                D,
                "HALVERTON (AP) - A Halverton man was charged on Wednesday with murdering two "
                "women, prosecutors said.",
            ),
            c=(
                "Deaths ruled homicides",
                D,
                "The deaths of two women found in a Halverton home have been ruled homicides, "
                "the medical examiner said.",
            ),
            d=(
                "Suspect held",
                D,
                "The Halverton man arrested on Tuesday on charges of double homicide killed "
                "his mother and his former girlfriend, prosecutors said.",
            ),
        ),
        # Bodies are the dead: "the bodies of two women" counts the two killed; so does a
        # "double homicide", even as the subject of the verb that tells the killing.
        one=(
            ("a", "bodies of the {two} women"),
            ("b", "murdering {two} women"),
            ("c", "deaths of {two} women"),
            ("d", "charges of {double} homicide"),
        ),
    ),
    Pile(
        "each_man_his_own_prison_term",
        _r(
            a=(
                "Brothers sentenced",
                D,
                "HALVERTON (AP) - A judge sentenced Aram Vesk to 25 years in prison on Monday "
                "in Halverton, prosecutors said. His brother Tomas Vesk was sentenced to 10 "
                "years in prison.",
            ),
            b=(
                "Two sentenced",
                D,
                "Aram Vesk was sentenced to 25 years in prison on Monday. Judge Lina Holt "
                "sentenced Tomas Vesk to 10 years in prison in Marlow.",
            ),
            c=(
                "Sentences",
                D,
                "Tomas Vesk received a 10-year sentence, while Aram Vesk will serve 25 years "
                "in prison, the court said.",
            ),
        ),
        # A term is the sentenced man's: two brothers' terms are never one quantity (no
        # conflict of 25 years against 10), wherever a report sets the sentencing.
        one=(
            ("a", "Vesk to {25} years"),
            ("b", "sentenced to {25} years"),
            ("c", "will serve {25} years"),
        ),
        apart=(
            (("a", "Vesk to {25} years"), ("a", "sentenced to {10}")),
            (("b", "sentenced to {25} years"), ("b", "Vesk to {10} years")),
            (("c", "a {10}-year sentence"), ("c", "will serve {25} years")),
        ),
    ),
    Pile(
        "one_mans_term_beside_a_name_that_only_describes_him",
        _r(
            a=(
                "Campaign aide dies",
                D,
                "Ivo Marsh, a senior Lorne Kaldor campaign aide who served a 4 1/2-month "
                "prison term for his role in the bribery affair, has died, his family said.",
            ),
            b=(
                "Marsh dies at 80",
                D,
                "Marsh pleaded guilty to obstruction in 1994. He served four months in "
                "federal prison.",
            ),
        ),
        # "Lorne Kaldor" only describes the aide: no one else's term, so the two reports'
        # values for the one man's term disagree.
        one=(("a", "served a {4 1/2}-month"), ("b", "served {four} months")),
        conflict=True,
    ),
    Pile(
        "raiders_told_by_their_deed",
        _r(
            a=(
                "Jewellery store raided",
                D,
                "HALVERTON (AFP) - Four men rammed their car into a jewellery store in central "
                "Halverton on Monday and made off with watches, police said.",
            ),
            b=(
                "Smash-and-grab in Halverton",
                D,
                "Four men smashed their car into the front window of a Halverton jewellery "
                "store on Monday, police said.",
            ),
            c=(
                "Halverton heist",
                D,
                "Four men robbed a jewellery store in Halverton on Monday, police said. Four "
                "employees were treated for shock.",
            ),
        ),
        # Those whose deed the sentence tells (ramming, robbing) are one count, the raiders,
        # in every report; the staff who suffered it are another.
        one=(
            ("a", "{Four} men rammed"),
            ("b", "{Four} men smashed"),
            ("c", "{Four} men robbed"),
        ),
        apart=((("c", "{Four} men robbed"), ("c", "{Four} employees")),),
    ),
    Pile(
        "two_bombings_two_days",
        _r(
            a=(
                "Bombing",
                "June 4, 2031",
                "BAGHDAD (Reuters) - A car bomb killed 15 people in Baghdad on Tuesday, police "
                "said. On Sunday a bomb in the city killed 7 people.",
            ),
            b=(
                "Baghdad bomb",
                "June 4, 2031",
                "Fifteen people were killed by a car bomb in Baghdad on Tuesday, police said.",
            ),
        ),
        one=(("a", "killed {15} people"), ("b", "{Fifteen} people were killed")),
        apart=((("a", "killed {7} people"), ("b", "{Fifteen} people")),),
    ),
]


def _group_of(report: Report, stem: str, marked: str) -> str | None:
    """The measure group of the figure claim covering the marked number, None when none."""
    doc = next(d for d in report.documents if Path(d.source).stem == stem)
    context = marked.replace("{", "").replace("}", "")
    start = doc.text.index(context) + marked.index("{")
    covering = [
        c
        for c in report.claims
        if c.kind == "figure" and c.doc == doc.id and c.start <= start < c.end
    ]
    if not covering:
        return None
    claim = min(covering, key=lambda c: c.end - c.start)
    return measure_of(report.groups).get(claim.id)


# Piles the grouping does not yet get right, with why.
GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    "pile",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=GAPS[p.name]))
        if p.name in GAPS
        else p
        for p in PILES
    ],
    ids=[p.name for p in PILES],
)
def test_one_quantity_lands_in_one_group(tmp_path: Path, pile: Pile) -> None:
    report = analysed(tmp_path / "pile", pile.reports)
    if pile.one:
        homes = [_group_of(report, stem, marked) for stem, marked in pile.one]
        assert None not in homes and len(set(homes)) == 1, homes
    for (s1, m1), (s2, m2) in pile.apart:
        g1, g2 = _group_of(report, s1, m1), _group_of(report, s2, m2)
        assert g1 is None or g1 != g2, (m1, m2)
    if pile.conflict:
        home = _group_of(report, *pile.one[0])
        verdicts = {g.id: g.verdict for g in report.groups}
        assert home is not None and verdicts[home] == "conflict", verdicts.get(home or "")
