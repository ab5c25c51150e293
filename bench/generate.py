"""Realistic streams of news reports about many invented events, deterministic by seed.

Each event (a fire, flood, storm, earthquake, explosion, protest or strike in an invented
town) is reported by several invented outlets, the way a real feed covers it:

- a wire story with a dateline and agency credit ("DORVALE, Peru (MPA) –"),
- syndicated near-copies of that wire story under other mastheads (new headline, a
  paragraph dropped, a credit line added),
- a local outlet's own report with a hospital or organiser source and a different,
  usually higher, figure, spelling the town and people its own way (transliterations),
- echoes: a national outlet relaying the local outlet's source ("according to a source
  quoted by Sabil Now"), repeating its figure,
- monitor or NGO statements with ranges ("between 55 and 70"), and later updates
  ("the toll rose to 48").

Figures come hedged ("at least", "about", "more than", "nearly", "up to", "dozens") and
attributed ("X told Y", "according to ...", "said in a statement"). Every report has a
publication date; the text says the event's day as a weekday.

    python bench/generate.py FOLDER [--reports N] [--seed S]

writes ``N`` reports into FOLDER: most as ``.txt`` files (headline, blank line, body), the
rest as ``.jsonl`` files of several records each with outlet, title and publication date.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

Report = tuple[str, str, dict[str, Any]]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
START = date(2026, 1, 5)

COUNTRIES = (
    ("Syria", "province"),
    ("Iraq", "governorate"),
    ("Yemen", "governorate"),
    ("Lebanon", "district"),
    ("Nigeria", "state"),
    ("Bangladesh", "division"),
    ("Peru", "region"),
    ("Pakistan", "province"),
    ("Kenya", "county"),
    ("Indonesia", "province"),
    ("Sudan", "state"),
    ("Philippines", "province"),
)
ONSETS = ("k", "kh", "m", "s", "t", "d", "r", "b", "z", "n", "h", "q", "f", "j", "l", "sh")
VOWELS = ("a", "i", "u", "e", "o", "a", "i")
CODAS = ("r", "n", "l", "m", "s", "b", "d", "t", "q", "h", "")

FIRST_NAMES = (
    ("Mohammed", "Muhammad", "Mohamed"),
    ("Hussein", "Husayn", "Hussain"),
    ("Abdullah", "Abdallah"),
    ("Youssef", "Yusuf", "Yousef"),
    ("Leila", "Layla", "Laila"),
    ("Karim", "Kareem"),
    ("Omar", "Umar"),
    ("Fatima", "Fatma"),
    ("Ahmed", "Ahmad"),
    ("Nour", "Noor"),
    ("Grace", "Grace"),
    ("Daniel", "Daniel"),
    ("Amina", "Aminah"),
    ("Rashid", "Rasheed"),
    ("Sani", "Sani"),
    ("Maria", "Maria"),
    ("Jose", "José"),
    ("Tariq", "Tarek", "Tareq"),
)
LAST_NAMES = (
    ("Mansour", "Mansur"),
    ("Haddad", "Hadad"),
    ("al-Khatib", "Al Khateeb", "Khatib"),
    ("Qureshi", "Kureishi"),
    ("Ibrahim", "Ibraheem"),
    ("Okonkwo", "Okonkwo"),
    ("Rahman", "Rehman"),
    ("al-Hashimi", "Al-Hashemi"),
    ("Suleiman", "Sulaiman", "Sleiman"),
    ("Quispe", "Quispe"),
    ("Otieno", "Otieno"),
    ("Nasser", "Nasir"),
    ("Chowdhury", "Choudhury", "Chaudhry"),
    ("Abubakar", "Abu Bakr"),
    ("Santos", "Santos"),
    ("Darwish", "Derwish"),
)

AGENCIES = (
    ("Meridian Press Agency", "MPA"),
    ("Continental Wire", "CW"),
    ("Global News Service", "GNS"),
)
NATIONAL = (
    "The Daily Ledger",
    "The Northern Courier",
    "Morning Standard",
    "The Evening Herald",
    "World Desk Review",
    "The Coastal Times",
    "Capital Gazette",
    "The Frontier Post Online",
)
MONITORS = (
    ("Civilian Harm Observatory", "CHO"),
    ("Relief Coordination Network", "RCN"),
    ("Open Casualty Registry", "OCR"),
)
LOCAL_SUFFIXES = ("Now", "24", "Today", "Voice", "Online", "Post")


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of event: what happens, who counts, and what is counted."""

    name: str
    noun: str
    happened: tuple[str, ...]
    official: tuple[str, ...]
    local_source: tuple[str, ...]
    count: str
    count_verb: str
    second: str
    second_verb: str
    background: tuple[str, ...]


KINDS = (
    Kind(
        "fire",
        "fire",
        (
            "a fire swept through the {site} in {town}",
            "fire broke out at the {site} in {town}",
        ),
        ("fire service spokesman", "civil defence spokesman", "provincial fire chief"),
        ("a doctor at the town's main hospital", "a nurse at the {town} general hospital"),
        "people",
        "were killed",
        "people",
        "injured",
        (
            "The cause of the fire was not yet known. Investigators were examining the wiring.",
            "Traders said the {site} had no working fire exits.",
        ),
    ),
    Kind(
        "flood",
        "flood",
        (
            "flash floods tore through the lower districts of {town}",
            "the river burst its banks and flooded much of {town}",
        ),
        ("civil defence spokesman", "disaster management agency spokesman"),
        ("a volunteer with the {town} rescue committee", "a doctor at the {town} hospital"),
        "people",
        "died",
        "people",
        "displaced",
        (
            "Heavy rain had been falling across the {region} for a week.",
            "Engineers had warned that the embankment needed urgent repairs.",
        ),
    ),
    Kind(
        "storm",
        "storm",
        (
            "a powerful storm battered {town} and nearby villages",
            "a cyclone made landfall near {town}",
        ),
        ("meteorological office spokesman", "disaster agency spokesman"),
        ("a local council member in {town}", "a volunteer coordinator in {town}"),
        "people",
        "were killed",
        "homes",
        "destroyed",
        (
            "Power was cut across the {region} and several roads were blocked by fallen trees.",
            "Fishermen had been told to stay in port since the weekend.",
        ),
    ),
    Kind(
        "earthquake",
        "earthquake",
        (
            "an earthquake struck {town} before dawn",
            "a strong earthquake shook {town} and the surrounding {region}",
        ),
        ("seismological centre spokesman", "interior ministry spokesman"),
        ("a rescuer working in {town}", "a surgeon at the {town} field hospital"),
        "people",
        "were killed",
        "buildings",
        "collapsed",
        (
            "The quake had a magnitude of {magnitude}, according to the seismological centre.",
            "Aftershocks continued through the night, sending residents into the streets.",
        ),
    ),
    Kind(
        "explosion",
        "explosion",
        (
            "an explosion tore through the {site} in {town}",
            "a blast ripped through the {site} in {town}",
        ),
        ("police spokesman", "interior ministry spokesman"),
        ("a hospital official in {town}", "a witness who works near the {site}"),
        "people",
        "were killed",
        "people",
        "wounded",
        (
            "Police cordoned off the area and said the cause was under investigation.",
            "Windows were shattered several streets away from the {site}.",
        ),
    ),
    Kind(
        "protest",
        "protest",
        (
            "protesters marched through central {town} against the rise in fuel prices",
            "crowds gathered in {town} to demand the release of detained students",
        ),
        ("police spokesman", "interior ministry spokesman"),
        ("an organiser of the march", "a spokeswoman for the protest committee"),
        "protesters",
        "took part",
        "people",
        "arrested",
        (
            "It was the largest demonstration in {town} since the elections.",
            "Shops along the main avenue stayed closed for the day.",
        ),
    ),
    Kind(
        "strike",
        "strike",
        (
            "workers at the {site} in {town} walked out over unpaid wages",
            "a strike shut down the {site} in {town}",
        ),
        ("labour ministry spokesman", "management spokesman"),
        ("a union representative in {town}", "a shop steward at the {site}"),
        "workers",
        "joined the strike",
        "shifts",
        "cancelled",
        (
            "Talks between the union and the management broke down last month.",
            "The {site} is the largest employer in the {region}.",
        ),
    ),
)
SITES = (
    "central market",
    "textile factory",
    "fuel depot",
    "cement works",
    "bus station",
    "port warehouse",
    "steel mill",
    "grain silo",
)


@dataclass(slots=True)
class Event:
    """One invented event and the facts its reports vary around."""

    id: str
    kind: Kind
    town: tuple[str, ...]  # canonical spelling first, then transliterations
    region: str
    country: str
    unit: str
    site: str
    day: date
    official: int
    local: int
    second: int
    magnitude: str
    spokesman: tuple[str, ...]  # spellings of the official's name
    spokesman_role: str
    local_role: str
    local_outlet: str
    reports: int = 0
    wire: list[str] = field(default_factory=list)


def _syllable(rng: random.Random) -> str:
    return rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)


def _town(rng: random.Random, used: set[str]) -> tuple[str, ...]:
    """A new town name and its spelling variants (al- prefix, long vowels, q/k, -ah)."""
    while True:
        base = "".join(_syllable(rng) for _ in range(rng.choice((2, 2, 3)))).capitalize()
        if len(base) >= 5 and base not in used:
            break
    used.add(base)
    stem = base.lower()
    variants = [base]
    if rng.random() < 0.4:
        variants.append("Al-" + base)
        variants.append("al-" + stem.capitalize())
    swaps = (("q", "k"), ("ou", "u"), ("i", "ee"), ("u", "oo"), ("kh", "k"), ("sh", "ch"))
    for old, new in swaps:
        if old in stem:
            variants.append(stem.replace(old, new, 1).capitalize())
            break
    if stem.endswith("a"):
        variants.append(base + "h")
    return tuple(dict.fromkeys(variants))


def _person(rng: random.Random) -> tuple[str, ...]:
    """A person's name in its spellings, each a (first, last) variant combination."""
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    spellings = [f"{first[0]} {last[0]}"]
    spellings += [f"{f} {la}" for f in first[1:] for la in last[:1]]
    spellings += [f"{first[0]} {la}" for la in last[1:]]
    return tuple(dict.fromkeys(spellings))


def _upper1(text: str) -> str:
    """The text with its first letter in upper case (unlike str.capitalize, keeps the rest)."""
    return text[:1].upper() + text[1:]


def _link(kind: Kind) -> str:
    """How the count joins the event: deaths happen when, crowds gather as."""
    return "as" if kind.name in ("protest", "strike") else "when"


def _number(n: int) -> str:
    return f"{n:,}"


def _hedged(rng: random.Random, n: int, *, exact_ok: bool = True) -> str:
    """A figure as a reporter writes it: exact, hedged, rounded, a range or a word."""
    style = rng.choice(("exact", "least", "about", "more", "nearly", "range", "upto", "words"))
    if style == "exact" and exact_ok:
        return _number(n)
    if style == "least":
        return f"at least {_number(n)}"
    if style == "about":
        return f"about {_number(_round(n))}"
    if style == "more":
        return f"more than {_number(max(1, _round(n, down=True)))}"
    if style == "nearly":
        return f"nearly {_number(_round(n, up=True))}"
    if style == "range":
        low = max(1, _round(n, down=True))
        return f"between {_number(low)} and {_number(max(low + 5, _round(int(n * 1.25), up=True)))}"
    if style == "upto":
        return f"up to {_number(_round(n, up=True))}"
    if 24 <= n < 100:
        return "dozens of"
    if 200 <= n < 1000:
        return "hundreds of"
    if 2000 <= n < 10_000:
        return "thousands of"
    return f"at least {_number(n)}"


def _round(n: int, *, up: bool = False, down: bool = False) -> int:
    step = 5 if n < 100 else 10 if n < 1000 else 100 if n < 10_000 else 1000
    if up:
        return -(-n // step) * step
    if down:
        return n // step * step
    return round(n / step) * step


def _count(n_text: str, noun: str) -> str:
    """'dozens of' + 'people' reads well; '43' + 'people' too."""
    return f"{n_text} {noun}"


def _day_words(event_day: date, published: date) -> str:
    lag = (published - event_day).days
    if lag == 0:
        return "on " + WEEKDAYS[event_day.weekday()]
    if lag < 6:
        return "on " + WEEKDAYS[event_day.weekday()]
    return f"on {event_day.day} {MONTHS[event_day.month - 1]}"


def _date_line(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _new_event(rng: random.Random, index: int, used: set[str]) -> Event:
    kind = rng.choice(KINDS)
    country, unit = rng.choice(COUNTRIES)
    town = _town(rng, used)
    region_name = "".join(_syllable(rng) for _ in range(2)).capitalize()
    day = START + timedelta(days=rng.randrange(0, 300))
    if kind.name in ("protest", "strike"):
        official = rng.choice((800, 1500, 2000, 3500, 5000, 12_000))
        local = official * rng.choice((2, 3, 5))
        second = rng.randrange(5, 120)
    else:
        official = rng.randrange(3, 90)
        local = official + rng.randrange(0, max(3, official // 2))
        second = official * rng.randrange(2, 6) + rng.randrange(0, 30)
        if kind.name == "flood":
            second = rng.choice((1200, 3400, 8000, 15_000))
        if kind.name == "storm":
            second = rng.randrange(100, 2500)
    suffix = rng.choice(LOCAL_SUFFIXES)
    return Event(
        id=f"ev{index:05d}",
        kind=kind,
        town=town,
        region=f"{region_name} {unit}",
        country=country,
        unit=unit,
        site=rng.choice(SITES),
        day=day,
        official=official,
        local=local,
        second=second,
        magnitude=f"{rng.uniform(4.8, 7.4):.1f}",
        spokesman=_person(rng),
        spokesman_role=rng.choice(kind.official),
        local_role=rng.choice(kind.local_source),
        local_outlet=f"{town[0]} {suffix}" if suffix != "24" else f"{town[0]}24",
    )


def _fill(text: str, event: Event, town: str) -> str:
    return text.format(town=town, site=event.site, region=event.region, magnitude=event.magnitude)


def _wire(rng: random.Random, event: Event, agency: tuple[str, str], published: date) -> str:
    name, short = agency
    kind = event.kind
    town = event.town[0]
    when = _day_words(event.day, published)
    what = _fill(rng.choice(kind.happened), event, town)
    speaker = event.spokesman[0]
    last = speaker.split(" ", 1)[1]
    figure = _hedged(rng, event.official)
    second = _hedged(rng, event.second)
    head = f"{_upper1(_count(figure, kind.count))} {kind.count_verb} as {kind.noun} hits {town}"
    paras = [
        f"{town.upper()}, {event.country} ({short}) – {_upper1(_count(figure, kind.count))} "
        f"{kind.count_verb} {when} {_link(kind)} {what}, officials said.",
        f"{_upper1(_count(second, kind.second))} were {kind.second_verb}, "
        f"{event.spokesman_role} {speaker} told {name}.",
        f'"We are still working and we expect the number to change," {_upper1(last)} said '
        "by telephone.",
        _fill(rng.choice(kind.background), event, town),
        f"The {event.region} authorities said they would publish a full account within days.",
    ]
    return head + "\n\n" + "\n\n".join(paras)


def _syndicated(rng: random.Random, wire: str, outlet: str, agency: tuple[str, str]) -> str:
    """A near-copy of a wire story under another masthead."""
    head, *paras = wire.split("\n\n")
    if len(paras) > 3 and rng.random() < 0.6:
        paras.pop(rng.randrange(2, len(paras)))
    words = head.split(" ")
    head = " ".join([*words[:-1], "town"]) if rng.random() < 0.3 else head
    credit = rng.choice((f"— {agency[1]}", f"Additional reporting by {agency[0]}.", ""))
    return "\n\n".join([head, *paras, credit]).strip() + f"\n\n{outlet}"


def _local(rng: random.Random, event: Event, published: date) -> str:
    kind = event.kind
    town = rng.choice(event.town)
    when = _day_words(event.day, published)
    what = _fill(rng.choice(kind.happened), event, town)
    source = _fill(event.local_role, event, town)
    figure = _hedged(rng, event.local)
    official = _hedged(rng, event.official)
    speaker = rng.choice(event.spokesman)
    head = f"{event.local_outlet} source: {kind.noun} toll near {_round(event.local)} in {town}"
    if kind.name in ("protest", "strike"):
        head = f"{event.local_outlet}: {_number(event.local)} {kind.count} in {town}, source says"
    paras = [
        f"{town} – {_upper1(source)} told {event.local_outlet} that "
        f"{_count(figure, kind.count)} {kind.count_verb} {when} {_link(kind)} {what}.",
        f"The figure is higher than the official count of {official} given by "
        f"{event.spokesman_role} {speaker}.",
        f"The source, who asked not to be named, said families were still searching for "
        f"relatives in the {event.region}.",
        f"According to the source, the authorities had stopped counting outside {town}.",
    ]
    return head + "\n\n" + "\n\n".join(paras)


def _echo(rng: random.Random, event: Event, outlet: str, published: date) -> str:
    """A national outlet relaying the local outlet's source, figure and all."""
    kind = event.kind
    town = rng.choice(event.town)
    when = _day_words(event.day, published)
    source = _fill(event.local_role, event, town)
    speaker = rng.choice(event.spokesman)
    head = f"Source disputes official {kind.noun} figures in {town}"
    paras = [
        f"{_upper1(_count(_number(event.local), kind.count))} {kind.count_verb} "
        f"in the {kind.noun} in {town} {when}, according to {source} quoted by the local "
        f"news site {event.local_outlet}.",
        f"{speaker}, the {event.spokesman_role}, rejected that account and said the official "
        f"figure of {_number(event.official)} was correct.",
        f'"Every case we know of is registered," {_upper1(speaker.split(" ", 1)[1])} told '
        f"{outlet}.",
    ]
    return head + "\n\n" + "\n\n".join(paras)


def _monitor(rng: random.Random, event: Event, monitor: tuple[str, str], published: date) -> str:
    kind = event.kind
    town = rng.choice(event.town)
    low = min(event.official, event.local)
    high = max(event.local, low + rng.randrange(3, 15))
    name, short = monitor
    head = f"Update: {kind.noun} in {town}, {event.country}"
    paras = [
        f"The {name} ({short}) said on {WEEKDAYS[published.weekday()]} it had documented "
        f"between {_number(low)} and {_number(high)} {kind.count} who {kind.count_verb} in "
        f"the {kind.noun} in {town}, in the {event.region}.",
        f"The {short} said its count rests on reports from families and local volunteers, "
        f"and that the official toll of {_number(event.official)} may not include people "
        f"found outside the town.",
        f"{_upper1(_count(_hedged(rng, event.second), kind.second))} were "
        f"{kind.second_verb}, the {short} said in a statement.",
    ]
    return head + "\n\n" + "\n\n".join(paras)


def _update(rng: random.Random, event: Event, agency: tuple[str, str], published: date) -> str:
    kind = event.kind
    town = event.town[0]
    risen = event.official + rng.randrange(2, 12)
    speaker = event.spokesman[0]
    head = f"{_upper1(kind.noun)} toll in {town} rises to {risen}"
    paras = [
        f"{town.upper()}, {event.country} ({agency[1]}) – The number of {kind.count} who "
        f"{kind.count_verb} in the {kind.noun} in {town} {_day_words(event.day, published)} "
        f"rose to {_number(risen)}, {event.spokesman_role} {speaker} said on "
        f"{WEEKDAYS[published.weekday()]}.",
        f"The earlier official figure was {_number(event.official)}.",
        f"{_upper1(speaker.split(' ', 1)[1])} told {agency[0]} that search teams would continue "
        f"working in the {event.region}.",
    ]
    return head + "\n\n" + "\n\n".join(paras)


def _reports_for(rng: random.Random, event: Event, n: int) -> Iterator[tuple[str, str, str, date]]:
    """(outlet, style, text, published) for ``n`` reports of one event, in the order they appear."""
    agency = rng.choice(AGENCIES)
    first = event.day + timedelta(days=rng.choice((0, 0, 1)))
    wire = _wire(rng, event, agency, first)
    plan = ["wire", "local", "syndicated", "echo", "monitor", "update", "syndicated", "local"]
    nationals = rng.sample(NATIONAL, k=min(len(NATIONAL), n))
    for i in range(n):
        style = plan[i] if i < len(plan) else rng.choice(("syndicated", "echo", "update"))
        published = first + timedelta(days=0 if style == "wire" else min(1 + i // 2, 5))
        outlet = nationals[i % len(nationals)]
        if style == "wire":
            yield agency[0], style, wire, published
        elif style == "syndicated":
            yield outlet, style, _syndicated(rng, wire, outlet, agency), published
        elif style == "local":
            yield event.local_outlet, style, _local(rng, event, published), published
        elif style == "echo":
            yield outlet, style, _echo(rng, event, outlet, published), published
        elif style == "monitor":
            monitor = rng.choice(MONITORS)
            yield monitor[0], style, _monitor(rng, event, monitor, published), published
        else:
            yield agency[0], style, _update(rng, event, agency, published), published


def generate(n_reports: int, *, seed: int) -> Iterator[Report]:
    """Yield ``n_reports`` reports of many invented events, deterministically by ``seed``.

    Args:
        n_reports: How many reports in all.
        seed: The random seed; the same seed and count give the same reports.

    Returns:
        ``(name, text, metadata)`` per report. ``name`` is a file stem, unique;
        ``metadata`` holds ``event``, ``kind``, ``outlet``, ``style`` and ``published``.
    """
    rng = random.Random(seed)
    used: set[str] = set()
    made = 0
    index = 0
    while made < n_reports:
        event = _new_event(rng, index, used)
        size = min(n_reports - made, rng.choice((3, 4, 5, 6, 6, 7, 8, 10)))
        for j, (outlet, style, text, published) in enumerate(_reports_for(rng, event, size)):
            meta = {
                "event": event.id,
                "kind": event.kind.name,
                "outlet": outlet,
                "style": style,
                "published": published.isoformat(),
            }
            yield f"{event.id}-{j:02d}", text, meta
        made += size
        index += 1


def write_corpus(folder: str | Path, n: int, seed: int, *, jsonl_share: float = 0.25) -> Path:
    """Write ``n`` generated reports into ``folder`` as .txt and .jsonl files.

    A ``.txt`` file holds one report (headline, blank line, body, and a date line so
    that the reader finds its publication date). About ``jsonl_share`` of the reports go
    into ``.jsonl`` files of up to 50 records each, with ``id``, ``title``, ``outlet``,
    ``published`` and ``text``.

    Args:
        folder: Where to write (created if needed).
        n: How many reports.
        seed: The generator's seed.
        jsonl_share: Fraction of reports written as JSONL records.

    Returns:
        The folder.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    pick = random.Random(seed + 1)
    batch: list[str] = []
    files = 0

    def flush() -> None:
        nonlocal files
        if batch:
            (out / f"feed-{files:05d}.jsonl").write_text("\n".join(batch) + "\n", "utf-8")
            files += 1
            batch.clear()

    for name, text, meta in generate(n, seed=seed):
        if pick.random() < jsonl_share:
            title = text.partition("\n\n")[0]
            record = {"id": name, "title": title, "outlet": meta["outlet"], "text": text}
            record["published"] = meta["published"]
            batch.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
            if len(batch) >= 50:
                flush()
        else:
            day = date.fromisoformat(meta["published"])
            title, _, body = text.partition("\n\n")
            page = f"{title}\n\n{meta['outlet']}\n{_date_line(day)}\n\n{body}\n"
            (out / f"{name}.txt").write_text(page, "utf-8")
    flush()
    return out


def main(argv: Sequence[str] | None = None) -> None:
    """Write a corpus from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    write_corpus(args.folder, args.reports, args.seed)
    print(f"wrote {args.reports} reports to {args.folder}")


if __name__ == "__main__":
    main()
