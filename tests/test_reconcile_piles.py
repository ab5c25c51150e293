"""Small multi-report piles, written for these tests: one quantity however outlets word it.

Each pile is analysed once, as a user would (``analyze`` on its files), and its figure
groups read as an analyst would: every wording of one toll in one group, other counts
apart.
"""

from __future__ import annotations

import pytest

from test_reconcile_helpers import analysed, measure_home
from triangulate.model import Report

FIRE = {
    "coast.txt": (
        "Factory fire kills 12 in Porto\n\n"
        "PORTO, Portugal, March 4, 2031 - A fire tore through a textile factory in Porto on "
        "Tuesday, killing 12 people and injuring 30, fire officials said.\n\n"
        "The blaze started in a storeroom shortly after the morning shift began, the "
        "officials said.\n"
    ),
    "valley.txt": (
        "Twelve dead in Porto factory blaze\n\nMarch 4, 2031\n\n"
        "Twelve persons died and 30 were hurt when a blaze swept through a textile plant in "
        "Porto on Tuesday, the city's fire service said.\n\n"
        "Firefighters needed four hours to bring the flames under control.\n"
    ),
    "hill.txt": (
        "Porto fire toll rises to 15\n\nMarch 5, 2031\n\n"
        "The death toll from Tuesday's factory fire in Porto rose to 15 on Wednesday, "
        "officials said, after three of the injured died in hospital.\n\n"
        "Thirty-two people were injured in the fire, the officials added.\n"
    ),
    "metro.txt": (
        "Portugal mourns factory fire victims\n\n"
        "LISBON, March 5, 2031 - Fifteen lives were lost in the Porto factory fire, "
        "Portugal's interior ministry said on Wednesday, and 32 people were wounded.\n\n"
        "The ministry said the factory had passed a safety inspection last year.\n"
    ),
}
QUAKE = {
    "a.txt": (
        "Earthquake hits eastern Turkey\n\n"
        "VAN, Turkey, June 10, 2031 - A 5.8-magnitude earthquake struck the village of Ozalp "
        "in Van province on Monday, killing four people and injuring 25, the governor said.\n\n"
        "A 30-year-old shepherd was among the dead. In 2019 a quake in the same province "
        "killed 11 people.\n"
    ),
    "b.txt": (
        "Four dead as quake shakes Van\n\nJune 10, 2031\n\n"
        "Four people were killed and 25 were hurt when a strong earthquake shook Van "
        "province in eastern Turkey on Monday, officials said.\n"
    ),
    "c.txt": (
        "Turkey quake toll climbs to six\n\nJune 11, 2031\n\n"
        "The number of dead from Monday's earthquake in Van province rose to six on Tuesday "
        "after rescuers pulled two bodies from a collapsed barn in Ozalp.\n\n"
        "The quake injured 27 people, the disaster agency said.\n"
    ),
}

SHOOTING = {
    "a.txt": (
        "Gunman kills two at Dayton insurance office\n\n"
        "DAYTON, Ohio, April 8, 2031 - A former employee opened fire at an insurance office in "
        "Dayton on Tuesday, killing two people and wounding three others before turning the "
        "gun on himself, police said.\n\n"
        "The two victims were a manager and a receptionist, police said. Three workers were "
        "taken to hospital.\n"
    ),
    "b.txt": (
        "Three dead in Dayton office shooting\n\nApril 8, 2031\n\n"
        "Three people, including the gunman, died after a shooting at a Dayton insurance "
        "firm on Tuesday, officials said. Three more were wounded.\n"
    ),
    "c.txt": (
        "Dayton shooting: victims named\n\nApril 9, 2031\n\n"
        "Police on Wednesday named the two employees killed in Tuesday's shooting at a "
        "Dayton insurance office. Three co-workers who were shot remain in hospital, one in "
        "critical condition.\n"
    ),
}

WORKPLACE = {
    "a.txt": (
        "Two dead in Leeds bakery shooting\n\n"
        "LEEDS, England, May 2, 2031 - A suspended worker shot three co - workers at a bakery "
        "in Leeds on Friday, killing two of them, police said.\n"
    ),
    "b.txt": (
        "Leeds bakery gunwoman charged\n\nMay 3, 2031\n\n"
        "The woman who killed two colleagues at a Leeds bakery on Friday was charged on "
        "Saturday. The three victims had complained about her to managers, police said.\n"
    ),
    "c.txt": (
        "Bakery shooting: what we know\n\nMay 3, 2031\n\n"
        "Police said the woman shot and killed two co-workers in the bakery's break room in "
        "Leeds on Friday and wounded a third.\n"
    ),
}
MARKET = {
    "a.txt": (
        "Gunman kills one at Tours market\n\n"
        "TOURS, France, June 1, 2031 - One man was killed and four people were injured when a "
        "gunman opened fire at a market in Tours on Sunday, police said.\n"
    ),
    "b.txt": (
        "Tours market shooting\n\nJune 1, 2031\n\n"
        "One person died and four were hurt in a shooting at a market in Tours on Sunday, the "
        "city's mayor said. The four injured people (two women among them) were taken to "
        "hospital.\n"
    ),
    "c.txt": (
        "Tours shooting: four wounded named\n\nJune 2, 2031\n\n"
        "The shooting at a market in Tours on Sunday wounded four people, two women and two "
        "men, police said on Monday.\n"
    ),
}
LOAN = {
    "a.txt": (
        "Lisbon agrees rescue loan\n\n"
        "LISBON, May 3, 2031 - Portugal agreed a 78 billion euro rescue loan with the European "
        "Union on Tuesday, officials said. The port authority was fined US$4.5 million.\n"
    ),
    # A page whose encoding lost the euro and pound signs, as scraped pages often do.
    "b.txt": (
        "Portugal bailout agreed\n\nMay 3, 2031\n\n"
        "Portugal agreed an \ufffd78 billion ($112 billion) rescue loan with the European "
        "Union on Tuesday. It plans to cut 9 billion euros (\ufffd7.7 billion) from spending. "
        "The port authority must pay a $4.5 million fine.\n"
    ),
    "c.txt": (
        "Portugal to cut spending\n\nMay 4, 2031\n\n"
        "Portugal will cut 9 billion euros from spending next year, the finance minister "
        "said.\n"
    ),
}
GAME = {
    "a.txt": (
        "Hawks beat Owls in Denver\n\nMay 2, 2031\n\n"
        "Maria Lopez scored 24 points and Ana Ruiz added 18 points as the Hawks beat the Owls "
        "in Denver on Saturday. Lopez also had 11 rebounds.\n"
    ),
    "b.txt": (
        "Lopez leads Hawks past Owls\n\nMay 3, 2031\n\n"
        "Maria Lopez had 24 points for the Hawks in Denver on Saturday, and Ana Ruiz scored 16 "
        "points. Lopez is averaging 19 points a game this season.\n"
    ),
}

OFFICE = {
    "a.txt": (
        "Gunman opens fire at Tulsa office\n\n"
        "TULSA, Oklahoma, May 5, 2031 - A gunman opened fire at an insurance office in Tulsa "
        "on Monday, killing two people and wounding three others, police said.\n\n"
        "The gunman was arrested at the scene.\n"
    ),
    "b.txt": (
        "Toll rises in Tulsa office shooting\n\nMay 6, 2031\n\n"
        "Three of the five people shot at a Tulsa insurance office on Monday have died, "
        "police said on Tuesday. A woman wounded in the attack died overnight in hospital.\n"
    ),
    "d.txt": (
        "Two found dead at Tulsa office\n\nMay 5, 2031\n\n"
        "Police found two people shot and killed inside a Tulsa insurance office on "
        "Monday.\n"
    ),
    "c.txt": (
        "Tulsa office shooting\n\nMay 7, 2031\n\n"
        "Three of the people shot in Monday's attack at an insurance office in Tulsa have "
        "died, police said. Two of the wounded remain in hospital.\n"
    ),
}
PLANT = {
    "a.txt": (
        "Worker kills three colleagues\n\n"
        "TULSA, Oklahoma, May 2, 2031 - A man shot and killed three of the workers at a Tulsa "
        "printing plant on Monday and wounded two others before he was arrested, police "
        "said.\n"
    ),
    "b.txt": (
        "Three dead in Tulsa plant shooting\n\nMay 2, 2031\n\n"
        "A fired employee opened fire at a printing plant in Tulsa on Monday. The gunman "
        "killed three of the plant's workers, officials said.\n"
    ),
}

FERRY = {
    "a.txt": (
        "Ferry sinks off Cebu\n\n"
        "CEBU, Philippines, June 3, 2031 - A ferry capsized off Cebu on Tuesday, killing 12 "
        "passengers, the coast guard said.\n\n"
        "Forty passengers were rescued. Rescuers said 12 had died and eight were missing.\n"
    ),
    "b.txt": (
        "Cebu ferry toll\n\nJune 4, 2031\n\n"
        "The death toll from Tuesday's ferry sinking off Cebu rose to 14 on Wednesday, the "
        "coast guard said. Six remain missing. Some 40 were rescued.\n"
    ),
}

TORNADO = {
    "a.txt": (
        "Tornado hits Moore\n\n"
        "MOORE, Oklahoma, June 3, 2031 - A tornado tore through Moore on Tuesday, damaging 200 "
        "homes, officials said.\n"
    ),
    "b.txt": (
        "Moore tornado\n\nJune 4, 2031\n\n"
        "The tornado damaged about 200 houses in Moore on Tuesday.\n"
    ),
    "c.txt": (
        "Moore counts the cost\n\nJune 4, 2031\n\n"
        "Officials in Moore said 30 homes were destroyed and about 200 damaged when the "
        "tornado struck on Tuesday.\n"
    ),
}
VILLAGES = {
    "a.txt": (
        "Quake hits Kerman villages\n\n"
        "KERMAN, Iran, March 2, 2031 - A strong earthquake levelled five villages in Kerman "
        "province on Monday, the governor said.\n"
    ),
    "b.txt": (
        "Kerman quake\n\nMarch 2, 2031\n\n"
        "Seven villages were damaged when the earthquake struck Kerman province on Monday, "
        "the Red Crescent said.\n"
    ),
}

STORM = {
    "a.txt": (
        "Tornado hits Moore\n\n"
        "MOORE, Oklahoma, June 3, 2031 - A tornado tore through Moore on Tuesday, damaging 200 "
        "homes, officials said.\n"
    ),
    "b.txt": (
        "Moore tornado\n\nJune 4, 2031\n\n"
        "The tornado damaged about 200 houses in Moore on Tuesday. Thirty were flattened.\n"
    ),
    "c.txt": (
        "Moore\n\nJune 4, 2031\n\n"
        "The tornado destroyed 30 homes in Moore on Tuesday, officials said.\n"
    ),
    "d.txt": (
        "Moore businesses\n\nJune 4, 2031\n\n"
        "The tornado damaged 200 homes and 12 shops in Moore on Tuesday. Five were destroyed.\n"
    ),
}

DAYTON = {
    "a.txt": (
        "Gunman kills two at Dayton plant\n\n"
        "DAYTON, Ohio, April 8, 2031 - A former employee shot four people at a Dayton auto "
        "parts plant on Tuesday, killing two of them, before police shot him dead, officials "
        "said.\n"
    ),
    "b.txt": (
        "Third victim dies after Dayton plant shooting\n\nApril 9, 2031\n\n"
        "A man wounded in Tuesday's shooting at a Dayton auto parts plant died on Wednesday, "
        "bringing the death toll to three, police said.\n"
    ),
}

WOUNDS = {
    "a.txt": (
        "Gunman kills two at Akron store\n\n"
        "AKRON, Ohio, April 8, 2031 - A gunman opened fire at a hardware store in Akron on "
        "Tuesday, killing two people and wounding two others, police said.\n"
    ),
    "b.txt": (
        "Akron store shooting\n\nApril 10, 2031\n\n"
        "Three people died and one was wounded when a gunman opened fire at a hardware store "
        "in Akron on Tuesday, police said.\n"
    ),
}
# A toll first told "at least": the count known so far.
MARKET_BLAST = {
    "a.txt": (
        "Market blast in Peshawar\n\n"
        "PESHAWAR, Pakistan, March 2, 2031 - A bomb exploded in a crowded market in Peshawar "
        "on Sunday, killing at least 12 people and wounding 30 others, police said.\n"
    ),
    "b.txt": (
        "Peshawar toll rises\n\nMarch 3, 2031\n\n"
        "The death toll from Sunday's market bombing in Peshawar rose to 14 on Monday, "
        "officials said. Twenty-eight people remain wounded, a hospital spokesman said.\n"
    ),
}
# The same reports, but the toll does not rise and another source gives the later count:
# one wounded against two is a dispute.
UNEXPLAINED = {
    "a.txt": WOUNDS["a.txt"],
    "b.txt": (
        "Akron mayor speaks\n\nApril 10, 2031\n\n"
        "The mayor of Akron, Dan Horrigan, told reporters on Thursday that two people were "
        "killed in Tuesday's attack on the hardware store and one was wounded.\n"
    ),
}

FLINT = {
    "a.txt": (
        "Shooting at Flint office\n\n"
        "FLINT, Michigan, March 3, 2031 - A man shot and killed two people at a Flint "
        "insurance office on Monday, police said.\n"
    ),
    "b.txt": (
        "Flint office shooting\n\nMarch 4, 2031\n\n"
        "The gunman who opened fire at an insurance office in Flint on Monday killed two of "
        "the office workers, police said. A third worker died on Wednesday.\n"
    ),
    "c.txt": (
        "Flint toll rises\n\nMarch 5, 2031\n\n"
        "The death toll from Monday's shooting at a Flint insurance office rose to three on "
        "Wednesday, police said.\n"
    ),
}

TRIAL = {
    "c.txt": (
        "Carver extradited\n\nMay 3, 2031\n\n"
        "John Carver arrived in Britain on Thursday. He could face life in prison if "
        "convicted on all three charges.\n"
    ),
    "d.txt": (
        "Carver in court\n\nMay 4, 2031\n\n"
        "John Carver faces three counts of murder and two counts of assault, prosecutors "
        "said.\n"
    ),
}

HOMELESS = {
    "a.txt": (
        "Quake kills 10 in eastern Turkey\n\n"
        "VAN, Turkey, June 10, 2031 - A strong earthquake struck Van province on Monday, "
        "killing at least 10 people, officials said. About 500 people were left homeless, "
        "the disaster agency said.\n"
    ),
    "b.txt": (
        "Van quake\n\nJune 11, 2031\n\n"
        "Some 600 people are homeless after Monday's quake in Van province. About 1,200 "
        "buildings were damaged, 150 of them destroyed.\n"
    ),
}

BOMBING = {
    "a.txt": (
        "Bus bombing in Kabul\n\n"
        "KABUL, Afghanistan, Sept 4, 2031 - A suicide bomber attacked a bus in Kabul on "
        "Wednesday, killing 15 people, officials said.\n"
    ),
    "b.txt": (
        "Kabul toll\n\nSept 5, 2031\n\n"
        "The number of people killed in Wednesday's bus bombing in Kabul rose to 17, "
        "officials said on Thursday.\n"
    ),
}

CAMPS = {
    "a.txt": (
        "Floods kill 23 in Kerala\n\n"
        "KOCHI, India, Aug 10, 2031 - Floods have killed 23 people in Kerala since Tuesday, "
        "officials said. More than 50,000 people have been moved to relief camps.\n"
    ),
    "b.txt": (
        "Kerala flood toll climbs\n\nAug 11, 2031\n\n"
        "The death toll from floods in Kerala has climbed to 29, officials said. About "
        "60,000 people are in relief camps.\n"
    ),
    "c.txt": (
        "India floods\n\nAug 11, 2031\n\n"
        "At least 29 people have died in floods in Kerala this week. Some 60,000 people "
        "have taken shelter in schools and churches.\n"
    ),
}

ARRESTS = {
    "a.txt": (
        "Thousands march in Santiago\n\n"
        "SANTIAGO, Chile, Oct 19, 2031 - Tens of thousands of people marched through Santiago "
        "on Saturday against a rise in metro fares. Police arrested 308 people, the interior "
        "minister said.\n"
    ),
    "b.txt": (
        "Santiago unrest\n\nOct 21, 2031\n\n"
        "The number of people arrested since the protests began on Saturday has risen to 450, "
        "the government said on Monday.\n"
    ),
}

# Sums of money a story tells of, each for its own purpose: what a report says a sum is
# for makes it the quantity it is.
BRIBES = {
    "a.txt": (
        "Contractor sentenced in Navy bribery case\n\n"
        "SAN DIEGO, Sept 21, 2031 - Leonard Francis pleaded guilty to offering more than "
        "US$500,000 in bribes to Navy officials. Prosecutors said the company overcharged the "
        "Navy by at least US$35 million for servicing ships.\n"
    ),
    "b.txt": (
        "Navy contractor sentenced\n\n"
        "SAN DIEGO, Sept 22, 2031 - Francis gave more than US$600,000 to officers over a "
        "decade, court papers show. His firm billed the Navy as much as US$35 million in fake "
        "charges.\n"
    ),
    "c.txt": (
        "Navy contractor convicted\n\n"
        "MANILA, Philippines, Sept 23, 2031 - Francis admitted offering more than $500,000 in "
        "bribes to US Navy officers, the court in San Diego heard.\n"
    ),
}
COURT = {
    "a.txt": (
        "Chemical firm fined over river spill\n\n"
        "DENVER, Colorado, Aug 12, 2031 - A federal judge fined Apex Chemicals $2 million on "
        "Tuesday over a spill into the Platte River and ordered it to pay $2 million in damages "
        "to farmers downstream, court papers showed.\n"
    ),
    "b.txt": (
        "Apex must pay farmers\n\nAug 13, 2031\n\n"
        "Apex Chemicals was ordered to pay a $2 million fine, the court said.\n"
    ),
}
KIDNAP = {
    "a.txt": (
        "Kidnapped engineer freed\n\n"
        "LAGOS, Nigeria, May 3, 2031 - The family of a British engineer paid a ransom of "
        "$1 million for his release, police said. The oil company offered a reward of $50,000 "
        "for information on the gang.\n"
    ),
    "b.txt": (
        "British hostage home after 40 days\n\n"
        "LONDON, May 6, 2031 - A British oil engineer held for 40 days in the Niger Delta "
        "returned home on Friday. His brother, Tom Clark, told reporters the family had paid a "
        "$2 million ransom to the gang.\n"
    ),
}


# One damage estimate, each report with its own hedge, one of them naming the dollar.
CHAPEL = {
    "a.txt": (
        "Fire guts hillside chapel\n\n"
        "SALEM, Oregon, Oct 8, 2031 - Fire gutted a wooden chapel on a hill above Salem on "
        "Friday night. Damage was put at about US$2 million, the fire chief said.\n"
    ),
    "b.txt": (
        "Chapel blaze was arson, chief says\n\nOct 9, 2031\n\n"
        "The fire that gutted a Salem chapel on Friday caused an estimated $2 million in "
        "damage and was set on purpose, the fire chief said on Saturday.\n"
    ),
    "c.txt": (
        "Salem chapel fire\n\nOct 9, 2031\n\n"
        "Friday's chapel fire in Salem caused more than $2 million in damage, the pastor "
        "said. No one was hurt.\n"
    ),
}


@pytest.fixture(scope="module")
def piles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Report]:
    root = tmp_path_factory.mktemp("piles")
    return {
        "fire": analysed(root / "fire", FIRE),
        "quake": analysed(root / "quake", QUAKE),
        "shooting": analysed(root / "shooting", SHOOTING),
        "workplace": analysed(root / "workplace", WORKPLACE),
        "market": analysed(root / "market", MARKET),
        "loan": analysed(root / "loan", LOAN),
        "chapel": analysed(root / "chapel", CHAPEL),
        "game": analysed(root / "game", GAME),
        "office": analysed(root / "office", OFFICE),
        "plant": analysed(root / "plant", PLANT),
        "ferry": analysed(root / "ferry", FERRY),
        "tornado": analysed(root / "tornado", TORNADO),
        "villages": analysed(root / "villages", VILLAGES),
        "storm": analysed(root / "storm", STORM),
        "dayton": analysed(root / "dayton", DAYTON),
        "wounds": analysed(root / "wounds", WOUNDS),
        "unexplained": analysed(root / "unexplained", UNEXPLAINED),
        "flint": analysed(root / "flint", FLINT),
        "trial": analysed(root / "trial", TRIAL),
        "homeless": analysed(root / "homeless", HOMELESS),
        "bombing": analysed(root / "bombing", BOMBING),
        "camps": analysed(root / "camps", CAMPS),
        "arrests": analysed(root / "arrests", ARRESTS),
        "market_blast": analysed(root / "market_blast", MARKET_BLAST),
        "bribes": analysed(root / "bribes", BRIBES),
        "court": analysed(root / "court", COURT),
        "kidnap": analysed(root / "kidnap", KIDNAP),
    }


def test_piles_one_toll_however_outlets_word_it(piles: dict[str, Report]) -> None:
    fire = piles["fire"]
    killed = measure_home(fire, "12 people", "coast.txt")
    for phrase, doc in (
        ("Twelve persons", "valley.txt"),
        ("Twelve dead", "valley.txt"),  # a headline
        ("12", "coast.txt"),  # the headline "Factory fire kills 12 in Porto"
        ("15", "hill.txt"),  # "the death toll ... rose to 15"
        ("Fifteen lives", "metro.txt"),
    ):
        assert measure_home(fire, phrase, doc).id == killed.id, phrase
    # Those of the injured who later died are a part, never the whole toll.
    assert measure_home(fire, "three", "hill.txt").id != killed.id
    assert killed.verdict == "update"


def test_piles_one_injury_count_active_and_passive(piles: dict[str, Report]) -> None:
    fire, quake = piles["fire"], piles["quake"]
    hurt = measure_home(fire, "30", "valley.txt")  # "30 were hurt"
    for phrase, doc in (
        ("30", "coast.txt"),  # "injuring 30"
        ("Thirty-two people", "hill.txt"),
        ("32 people", "metro.txt"),  # "were wounded"
    ):
        assert measure_home(fire, phrase, doc).id == hurt.id, phrase
    assert measure_home(quake, "25", "a.txt").id == measure_home(quake, "27 people", "c.txt").id


def test_piles_a_place_at_two_levels_and_an_earlier_event(piles: dict[str, Report]) -> None:
    quake = piles["quake"]
    killed = measure_home(quake, "four people", "a.txt")  # in the village of Ozalp, Van province
    assert measure_home(quake, "Four people", "b.txt").id == killed.id  # in Van province
    assert measure_home(quake, "six", "c.txt").id == killed.id  # "the number of dead rose to six"
    # The 2019 quake's toll is another event's.
    assert measure_home(quake, "11 people", "a.txt").id != killed.id
    assert killed.verdict == "update"


def test_piles_a_toll_counting_the_attacker_is_not_the_victims_toll(
    piles: dict[str, Report],
) -> None:
    shooting = piles["shooting"]
    victims = measure_home(shooting, "two people", "a.txt")
    assert measure_home(shooting, "two employees", "c.txt").id == victims.id
    # "Three people, including the gunman, died": a look-alike, never a conflict with 2.
    assert measure_home(shooting, "Three people", "b.txt").id != victims.id
    # "taken to hospital" and "remain in hospital": one count of those in hospital.
    hospital = measure_home(shooting, "Three workers", "a.txt")
    assert measure_home(shooting, "Three co-workers", "c.txt").id == hospital.id


def test_piles_those_shot_are_the_victims_and_not_the_dead(piles: dict[str, Report]) -> None:
    workplace = piles["workplace"]
    # "shot three co-workers, killing two of them": the three were shot, two of them died.
    shot = measure_home(workplace, "three co - workers", "a.txt")
    assert measure_home(workplace, "three victims", "b.txt").id == shot.id
    killed = measure_home(workplace, "two of them", "a.txt")
    assert killed.id != shot.id
    # "shot and killed two co-workers" says the harm itself.
    assert measure_home(workplace, "two co-workers", "c.txt").id == killed.id
    assert measure_home(workplace, "two colleagues", "b.txt").id == killed.id
    assert "conflict" not in {shot.verdict, killed.verdict}
    assert " co " not in f" {shot.label} "


def test_piles_a_man_killed_is_one_person_killed_but_two_women_are_a_part(
    piles: dict[str, Report],
) -> None:
    market = piles["market"]
    killed = measure_home(market, "One man", "a.txt")
    assert measure_home(market, "One person", "b.txt").id == killed.id
    hurt = measure_home(market, "four people", "a.txt")
    assert measure_home(market, "four", "b.txt").id == hurt.id
    assert measure_home(market, "four people", "c.txt").id == hurt.id
    # Two women among four injured are a part of the injured, never the whole.
    assert measure_home(market, "two women", "c.txt").id != hurt.id
    assert "conflict" not in {killed.verdict, hurt.verdict}


def test_piles_a_sum_whose_currency_a_report_leaves_unread_joins_the_same_sum(
    piles: dict[str, Report],
) -> None:
    loan = piles["loan"]
    euros = measure_home(loan, "78 billion euro", "a.txt")
    # The sign lost: a bare number converted in brackets is the sum the story gives.
    assert measure_home(loan, "78 billion", "b.txt").id == euros.id
    assert measure_home(loan, "$112 billion", "b.txt").id == euros.id
    # A sum converted into a currency whose sign was lost is that sum.
    assert (
        measure_home(loan, "7.7 billion", "b.txt").id
        == measure_home(loan, "9 billion euros", "c.txt").id
    )
    # "$" of no named country is the one dollar the story gives the same sum in.
    assert (
        measure_home(loan, "$4.5 million", "b.txt").id
        == measure_home(loan, "US$4.5 million", "a.txt").id
    )


def test_piles_a_hedged_sum_in_dollars_of_no_country_joins_the_named_dollar_sum(
    piles: dict[str, Report],
) -> None:
    chapel = piles["chapel"]
    named = measure_home(chapel, "about US$2 million", "a.txt")
    # "an estimated $2 million", "more than $2 million": the one estimate the story gives in
    # US dollars ("about US$2 million"), each report with its own hedge.
    assert measure_home(chapel, "an estimated $2 million", "b.txt").id == named.id
    assert measure_home(chapel, "more than $2 million", "c.txt").id == named.id
    assert named.verdict != "conflict"


def test_piles_a_statistic_belongs_to_its_player_and_is_never_set_against_another(
    piles: dict[str, Report],
) -> None:
    game = piles["game"]
    lopez = measure_home(game, "24 points", "a.txt")
    assert measure_home(game, "24 points", "b.txt").id == lopez.id
    assert measure_home(game, "18 points", "a.txt").id != lopez.id
    # Whose points, or which game's, is too loosely told to call two values a conflict.
    points = [g for g in game.groups if g.kind == "figure" and "point" in g.label]
    assert points
    assert "conflict" not in {g.verdict for g in points}


def test_piles_the_dead_among_all_those_shot_are_the_whole_toll(piles: dict[str, Report]) -> None:
    office = piles["office"]
    killed = measure_home(office, "two people", "a.txt")
    # "Three of the five people shot have died": the toll rose from two to three.
    assert measure_home(office, "Three", "b.txt").id == killed.id
    assert measure_home(office, "Three of the people", "c.txt").id == killed.id
    assert killed.verdict == "update"
    # The five shot are the casualties, never a toll of the dead.
    assert measure_home(office, "five people", "b.txt").id != killed.id
    # "two people shot and killed": the dead, not those shot.
    assert measure_home(office, "two people", "d.txt").id == killed.id


def test_piles_some_of_an_owners_people_count_the_people_not_the_owner(
    piles: dict[str, Report],
) -> None:
    plant = piles["plant"]
    killed = measure_home(plant, "three of the workers", "a.txt")
    # "three of the plant's workers": the workers are counted, not the plant.
    assert measure_home(plant, "three of the plant", "b.txt").id == killed.id


def test_piles_a_bare_number_is_read_by_its_own_verb_after_it(piles: dict[str, Report]) -> None:
    ferry = piles["ferry"]
    # "12 had died and eight were missing": the eight are missing, not dead.
    missing = measure_home(ferry, "eight", "a.txt")
    assert missing.id != measure_home(ferry, "12 passengers", "a.txt").id
    assert measure_home(ferry, "Six", "b.txt").id == missing.id  # "Six remain missing"
    assert missing.label.startswith("people missing")
    # "Some 40 were rescued": people, the forty passengers rescued.
    assert (
        measure_home(ferry, "Some 40", "b.txt").id
        == measure_home(ferry, "Forty passengers", "a.txt").id
    )


def test_piles_things_destroyed_are_apart_from_things_damaged_when_a_report_says_both(
    piles: dict[str, Report],
) -> None:
    tornado = piles["tornado"]
    damaged = measure_home(tornado, "200 homes", "a.txt")
    assert measure_home(tornado, "about 200 houses", "b.txt").id == damaged.id
    # "30 homes were destroyed and about 200 damaged": the 200 are homes, damaged.
    assert measure_home(tornado, "about 200 damaged", "c.txt").id == damaged.id
    destroyed = measure_home(tornado, "30 homes", "c.txt")
    assert destroyed.id != damaged.id
    assert "conflict" not in {damaged.verdict, destroyed.verdict}


def test_piles_damaged_and_destroyed_are_one_count_when_no_report_tells_them_apart(
    piles: dict[str, Report],
) -> None:
    villages = piles["villages"]
    # "levelled five villages", "seven villages were damaged": sources disagree on one count.
    hit = measure_home(villages, "five villages", "a.txt")
    assert measure_home(villages, "Seven villages", "b.txt").id == hit.id


def test_piles_a_bare_number_counts_the_one_kind_of_thing_named_just_before(
    piles: dict[str, Report],
) -> None:
    storm = piles["storm"]
    destroyed = measure_home(storm, "30 homes", "c.txt")
    # "... damaged about 200 houses. Thirty were flattened.": thirty houses destroyed.
    assert measure_home(storm, "Thirty", "b.txt").id == destroyed.id
    damaged = measure_home(storm, "200 homes", "a.txt")
    assert damaged.id != destroyed.id
    assert "conflict" not in {damaged.verdict, destroyed.verdict}
    # Homes and shops counted just before: which the five are is not said.
    assert measure_home(storm, "Five", "d.txt").id not in {damaged.id, destroyed.id}


def test_piles_those_killed_of_all_those_shot_are_the_toll_a_later_report_raises(
    piles: dict[str, Report],
) -> None:
    dayton = piles["dayton"]
    # "shot four people, killing two of them", then "bringing the death toll to three".
    killed = measure_home(dayton, "two of them", "a.txt")
    assert measure_home(dayton, "three", "b.txt").id == killed.id
    assert killed.verdict == "update"
    assert measure_home(dayton, "four people", "a.txt").id != killed.id


def test_piles_the_injured_falling_as_the_toll_rises_is_an_update_not_a_conflict(
    piles: dict[str, Report],
) -> None:
    wounds = piles["wounds"]
    injured = measure_home(wounds, "two others", "a.txt")
    assert measure_home(wounds, "one", "b.txt").id == injured.id
    assert injured.verdict == "update"
    assert "died of their wounds" in injured.explanation
    assert measure_home(wounds, "two people", "a.txt").verdict == "update"  # the toll, 2 -> 3
    # A toll first given as "at least 12" rose by two when the wounded fell from 30 to 28.
    blast = piles["market_blast"]
    assert measure_home(blast, "30 others", "a.txt").verdict == "update"
    # With no death to explain it, two wounded against one is a conflict.
    unexplained = piles["unexplained"]
    assert measure_home(unexplained, "two others", "a.txt").verdict == "conflict"


def test_piles_those_of_a_staff_a_harm_befell_are_all_it_befell(piles: dict[str, Report]) -> None:
    flint = piles["flint"]
    # "killed two of the office workers": the toll, which a later report raises to three.
    killed = measure_home(flint, "two of the office workers", "b.txt")
    assert measure_home(flint, "two people", "a.txt").id == killed.id
    assert measure_home(flint, "three", "c.txt").id == killed.id
    assert killed.verdict == "update"


def test_piles_charges_of_no_named_crime_join_the_charges_naming_it(
    piles: dict[str, Report],
) -> None:
    trial = piles["trial"]
    murder = measure_home(trial, "three counts of murder", "d.txt")
    assert measure_home(trial, "three charges", "c.txt").id == murder.id
    assert murder.label == "charges of murder"
    assert measure_home(trial, "two counts of assault", "d.txt").id != murder.id


def test_piles_people_left_homeless_are_displaced_and_some_of_them_are_of_those_things(
    piles: dict[str, Report],
) -> None:
    homeless = piles["homeless"]
    # "were left homeless": the quake took their homes; they did not leave.
    displaced = measure_home(homeless, "About 500 people", "a.txt")
    assert measure_home(homeless, "Some 600 people", "b.txt").id == displaced.id
    assert displaced.label.startswith("people displaced")
    # "About 1,200 buildings were damaged, 150 of them destroyed": buildings destroyed.
    destroyed = measure_home(homeless, "150 of them", "b.txt")
    assert destroyed.label.startswith("buildings destroyed")
    assert destroyed.id != measure_home(homeless, "About 1,200 buildings", "b.txt").id


def test_piles_the_story_s_own_bombing_is_no_cause_setting_a_toll_apart(
    piles: dict[str, Report],
) -> None:
    bombing = piles["bombing"]
    # "killed in Wednesday's bus bombing" names the event: the toll rose from 15 to 17.
    killed = measure_home(bombing, "15 people", "a.txt")
    assert measure_home(bombing, "17", "b.txt").id == killed.id
    assert killed.verdict == "update"


def test_piles_people_in_relief_camps_or_shelter_are_the_displaced(
    piles: dict[str, Report],
) -> None:
    camps = piles["camps"]
    displaced = measure_home(camps, "More than 50,000 people", "a.txt")
    assert measure_home(camps, "About 60,000 people", "b.txt").id == displaced.id
    assert measure_home(camps, "Some 60,000 people", "c.txt").id == displaced.id  # "taken shelter"
    assert displaced.label.startswith("people displaced")
    assert displaced.id != measure_home(camps, "23 people", "a.txt").id


def test_piles_a_number_the_count_of_arrests_rises_to_is_that_count(
    piles: dict[str, Report],
) -> None:
    arrests = piles["arrests"]
    # "The number of people arrested since the protests began has risen to 450": arrests,
    # not a crowd, however near the word "protests" lies.
    arrested = measure_home(arrests, "308 people", "a.txt")
    assert measure_home(arrests, "450", "b.txt").id == arrested.id
    assert arrested.verdict == "update"


def test_piles_sums_paid_as_bribes_and_overcharged_are_two_quantities(
    piles: dict[str, Report],
) -> None:
    bribes = piles["bribes"]
    paid = measure_home(bribes, "more than US$500,000 in bribes", "a.txt")
    overcharged = measure_home(bribes, "at least US$35 million", "a.txt")
    # Two floors whose bounds can both hold are still two sums for two purposes.
    assert paid.id != overcharged.id
    assert paid.label.startswith("bribes")
    # A sum of no stated purpose near the bribes' floor is the bribes, an order of
    # magnitude below the overcharge's floor.
    assert measure_home(bribes, "more than US$600,000", "b.txt").id == paid.id
    # The same bribes as written ("more than $500,000") in a report set in another
    # country, their dollar the one the story gives that sum in.
    manila = measure_home(bribes, "more than $500,000 in bribes", "c.txt")
    assert manila.id == paid.id
    # What a company overcharged and the fake charges it billed are one kind of sum.
    assert measure_home(bribes, "as much as US$35 million", "b.txt").id == overcharged.id


def test_piles_a_fine_and_damages_of_one_value_are_two_sums(piles: dict[str, Report]) -> None:
    court = piles["court"]
    fine = measure_home(court, "$2 million fine", "b.txt")
    damages = measure_home(court, "$2 million in damages", "a.txt")
    assert fine.id != damages.id
    assert fine.label.startswith("fine") and damages.label.startswith("damage")


def test_piles_two_reports_of_one_ransom_with_two_values_conflict_beside_the_reward(
    piles: dict[str, Report],
) -> None:
    kidnap = piles["kidnap"]
    ransom = measure_home(kidnap, "$2 million ransom", "b.txt")
    assert measure_home(kidnap, "$1 million", "a.txt").id == ransom.id
    assert ransom.verdict == "conflict"
    assert measure_home(kidnap, "$50,000", "a.txt").id != ransom.id
