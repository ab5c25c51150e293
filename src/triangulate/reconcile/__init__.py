"""Cross-checking one story: groups of claims with verdicts, and echoes of one source.

The cascade, top to bottom:

1. :func:`~.echoes.read_echoes` finds reports that relay one upstream source or copy text;
2. :class:`~.sources.Upstreams` merges each claim's upstream with those echoes (weighed
   with the claims near a copied passage), so an echo counts once;
3. figures: :func:`~.places.read_places` and :func:`~.forces.read_forces` read how the
   story's places nest and which groups are parts of which; :func:`~.topics.topic_of`
   reads what each figure measures, :func:`~.groups.measures` and
   :func:`~.groups.families` group them (money converted in brackets joins the amount it
   converts, and so does a sum another report converts at a rate the story's reports
   give), and :func:`~.verdicts.judge` gives each measure its verdict; a family of
   look-alike measures gets a ``scope_differs`` group of its own, and a source whose own
   figure changed inside a conflicting measure gets an ``update`` group; each measure is
   labelled from its reports' words (:func:`_label`);
4. assertions: :func:`~.statements.threads` groups them and
   :func:`~.statements.judge_thread` gives each thread its verdict.

A claim is in exactly one measure or thread group; the ``scope_differs`` and ``update``
groups built on top of them repeat its id, and ``related`` links the groups both ways.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, chain, pairwise

from triangulate.claims.figures import PAST_PARTICIPLES
from triangulate.claims.titles import cities
from triangulate.model import Claim, Document, Echo, Entity, Figure, Group
from triangulate.reconcile.ages import AGE_AT_DEATH, age_label, dead_told_apart, is_age
from triangulate.reconcile.ballots import SHARE_OF_TURNOUT, turnouts_as_told
from triangulate.reconcile.echoes import read_echoes
from triangulate.reconcile.forces import read_forces
from triangulate.reconcile.groups import Family, families, measures, ordered
from triangulate.reconcile.holders import Names
from triangulate.reconcile.intervals import describe_said, shows_unit
from triangulate.reconcile.matches import team_aliases
from triangulate.reconcile.payments import disputed_by_rate
from triangulate.reconcile.places import Places, read_places
from triangulate.reconcile.places import _kind as place_kind
from triangulate.reconcile.polls import SUPPORT, held_shares, supported
from triangulate.reconcile.sources import Upstreams, publisher
from triangulate.reconcile.spellings import one_spelling
from triangulate.reconcile.splits import Split, dated, published, said_value
from triangulate.reconcile.statements import (
    conflict_core,
    frame_of,
    judge_thread,
    place_index,
    quote,
    sentence_span,
    threads,
)
from triangulate.reconcile.stats import statistic_label
from triangulate.reconcile.times import timed_label
from triangulate.reconcile.topics import _PURPOSES as PURPOSE_WORDS
from triangulate.reconcile.topics import (
    MARGIN_OF_ERROR,
    PARENT_CHILDREN,
    PERSON_TIME,
    PERSONS,
    PRESENT,
    QUIET,
    RUNNING,
    UNSAID,
    Topic,
    actors_of,
    counts_running,
    damage_as_told,
    groups_named_in_story,
    groups_named_once,
    name_words,
    olds_of_changes,
    restated,
    roles_told_as_people,
    states_in,
    things_named_before,
    tolls_raised,
    topic_of,
    votes_apart,
)
from triangulate.reconcile.verdicts import (
    CHANGING,
    Judgement,
    Series,
    discordant_split,
    hidden_dispute,
    judge,
    listing,
    not_compared,
    orders_apart,
    split,
    split_series,
)
from triangulate.reconcile.verdicts import _single_sentence as single_sentence
from triangulate.reconcile.wording import speaks, their
from triangulate.resolve.acronyms import unshout
from triangulate.timeline.infer import apart_from_dated

__all__ = ["Reconciled", "reconcile"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Reconciled:
    """What cross-checking one story produced."""

    groups: tuple[Group, ...]
    echoes: tuple[Echo, ...]


def reconcile(
    documents: Sequence[Document], entities: Sequence[Entity], claims: Sequence[Claim]
) -> Reconciled:
    """Cross-check the claims of one story.

    Args:
        documents: The story's reports.
        entities: The story's resolved entities (place types and names).
        claims: The claims of those reports.

    Returns:
        Groups of claims with verdicts, and echoes, both in a stable order that does not
        depend on the order of the inputs.
    """
    docs = {d.id: d for d in documents}
    by_id = {e.id: e for e in entities}
    claims = ordered(claims)
    echoes = read_echoes(sorted(documents, key=lambda d: d.id), claims)
    upstreams = Upstreams(claims, docs, echoes.weighed, entities)
    groups = [
        *_figure_groups(claims, docs, by_id, upstreams),
        *_assertion_groups(claims, docs, by_id, upstreams),
    ]
    # Every explanation reads as one sentence, starting with a capital.
    groups = [_capitalised(g) for g in groups]
    groups.sort(key=lambda g: (g.kind != "figure", g.label, g.id))
    return Reconciled(groups=tuple(groups), echoes=echoes.shown)


def _capitalised(group: Group) -> Group:
    """The group with its explanation starting with a capital (itself when it does), but
    for a first word a name writes in its own way: a site's domain ("thenational.ae
    gives ..."), a brand with a capital inside ("eBay")."""
    first = group.explanation.split(" ", 1)[0]
    if _OWN_CASE.search(first):
        return group
    explanation = group.explanation[:1].upper() + group.explanation[1:]
    return group if explanation == group.explanation else replace(group, explanation=explanation)


_OWN_CASE = re.compile(r"\w\.[a-z]{2,}\b|^[a-z]+[A-Z]")
"""A first word written in its own case: a domain, a brand with an inner capital."""
_ROLE_ORDER = {"measure": "0", "thread": "0", "update": "1", "scope": "2"}
"""The digit after "g" in a group id: a claim's own group (its measure or thread) sorts
before the ``update`` and ``scope_differs`` groups built on top of it, so the first group
holding a claim, by id, is its own."""


def group_id(kind: str, role: str, claims: Sequence[str]) -> str:
    """A stable id from the group's kind, role and sorted claim ids (see ``_ROLE_ORDER``)."""
    digest = hashlib.sha256(f"{kind}:{role}:{','.join(sorted(claims))}".encode()).hexdigest()
    return f"g{_ROLE_ORDER.get(role, '3')}{digest[:11]}"


def _figure_groups(
    claims: Sequence[Claim],
    docs: Mapping[str, Document],
    entities: Mapping[str, Entity],
    upstreams: Upstreams,
) -> list[Group]:
    figures = [c for c in claims if c.figure is not None and c.figure.parts_of is None]
    figures = _currencies_read(figures, docs)
    places = read_places(docs.values(), list(entities.values()))
    occasions = _Occasions(docs, entities.values(), places)
    converted = _conversions(figures, docs, occasions)
    conversion_claims = {c.id: c for c in figures if c.id in converted}
    figures = [c for c in figures if c.id not in converted]
    names = name_words(entities.values())
    forces = read_forces(docs.values(), list(entities.values()))
    actors = actors_of(entities.values())
    topics = {
        c.id: topic_of(c, docs.get(c.doc), entities, places, names, forces, actors) for c in figures
    }
    topics = _team_by_city(_one_team(topics, docs), entities)
    # Things a bare number counts first: they may be what tells damage from destruction.
    topics = votes_apart(figures, things_named_before(figures, _one_day_of_crowds(topics), docs))
    topics = groups_named_once(figures, damage_as_told(figures, topics))
    topics = groups_named_in_story(figures, one_spelling(figures, topics, entities))
    topics = roles_told_as_people(figures, topics)
    holders = Names.of(entities.values())
    topics = held_shares(figures, turnouts_as_told(figures, topics, docs), docs, holders)
    topics = tolls_raised(figures, dead_told_apart(figures, topics), docs)
    topics = counts_running(figures, topics, docs)
    topics = olds_of_changes(figures, topics, docs)
    # Sums of one ransom or one party's fine told in two currencies, disagreeing at the
    # story's own rate, join the group of the sum they dispute (see ``disputed_by_rate``).
    disputed = disputed_by_rate(
        figures,
        {k: t.purpose for k, t in topics.items()},
        _story_rates(converted, [*figures, *conversion_claims.values()]),
        docs,
        occasions.apart,
        RATE_TOLERANCE,
    )
    if disputed:
        # A sum that converts the disputed one ("£1.2 million ($1.9 million)") follows it.
        converted = _to_amounts({**converted, **{k: v[0] for k, v in disputed.items()}})
        conversion_claims = {
            **conversion_claims,
            **{c.id: c for c in figures if c.id in disputed},
        }
        figures = [c for c in figures if c.id not in disputed]
    other_event = apart_from_dated(tuple(docs.values()))
    out: list[Group] = []
    verdicts = _Verdicts(upstreams, docs)
    for family in families(measures(figures, topics), topics):
        family = _unmixed(family, topics, docs, upstreams, holders, other_event, verdicts)
        family = _orders_apart(family, topics, docs)
        made = [
            _measure_groups(
                m,
                topics,
                docs,
                entities,
                upstreams,
                converted,
                conversion_claims,
                verdicts,
                disputed,
            )
            for m in family.measures
        ]
        if len(family.measures) > 1:
            overlay = _scope_group(family, topics, entities, upstreams, docs)
            heads = [g[0] for g in made]
            made = [[replace(g[0], related=(*g[0].related, overlay.id)), *g[1:]] for g in made]
            out.append(replace(overlay, related=tuple(h.id for h in heads)))
        for group_list in made:
            out.extend(group_list)
    return _died_of_wounds(out, {c.id: c for c in figures}, topics, docs)


def _one_team(topics: dict[str, Topic], docs: Mapping[str, Document]) -> dict[str, Topic]:
    """A side of a score or a record held by a team named by its city alone is the team's
    whose full name a report of the pile gives with that city ("Orvel (11-4)" and
    "the Hawks (11-4)" when a report writes "the Orvel Hawks"): one team's record
    (:func:`~.matches.team_aliases`). So is a team of a game: "the 27-20 win over Dalby"
    and "the Hawks beat the Owls 27-20" tell one game when a report writes "the Dalby
    Owls"."""
    held = {t.holder for t in topics.values() if t.kind == "score" and t.holder}
    played = {team for t in topics.values() if t.game is not None for team in t.game.teams}
    aliases = team_aliases(held | played, (d.text for d in docs.values()))
    if not aliases:
        return topics
    out = {}
    for k, t in topics.items():
        if t.kind == "score" and t.holder in aliases:
            t = replace(t, holder=aliases[t.holder])
        if t.game is not None and t.game.teams & aliases.keys():
            teams = frozenset(aliases.get(team, team) for team in t.game.teams)
            if len(teams) == 2:
                t = replace(t, game=replace(t.game, teams=teams, named=t.game.named | teams))
        out[k] = t
    return out


def _team_by_city(topics: dict[str, Topic], entities: Mapping[str, Entity]) -> dict[str, Topic]:
    """A game's statistic held by a team named by its city alone ("Orvel" in "Brandt
    guides Orvel to eighth straight win") is the team's whose full name opens with that
    city ("the Orvel Hawks") when the story's statistics are held by one such team only."""
    held = {t.holder for t in topics.values() if t.statistic and t.holder}
    names = {h: entities[h] for h in held if h in entities}
    aliases: dict[str, str] = {}
    for city, entity in names.items():
        if entity.type not in {"GPE", "LOC"}:
            continue
        teams = [
            other
            for other, named in names.items()
            if other != city
            and named.type not in {"GPE", "LOC", "PERSON"}
            and named.name.lower().startswith(entity.name.lower() + " ")
        ]
        if len(teams) == 1:
            aliases[city] = teams[0]
    if not aliases:
        return topics
    return {
        k: replace(t, holder=aliases[t.holder]) if t.statistic and t.holder in aliases else t
        for k, t in topics.items()
    }


def _died_of_wounds(
    groups: list[Group],
    claims: Mapping[str, Claim],
    topics: Mapping[str, Topic],
    docs: Mapping[str, Document],
) -> list[Group]:
    """The groups, an injured count that fell between two report days by no more than the
    story's death toll rose between them called an update, not a conflict: the wounded
    who died leave the injured ("two wounded" on Tuesday, "one wounded" on Thursday, when
    the toll rose from two to three). Only exact values of reports of known days decide (a
    toll's "at least 12" read as 12, the count known so far)."""
    tolls = [
        _by_day(g, claims, docs, floors=True)
        for g in groups
        if g.kind == "figure" and g.verdict == "update" and _state_of(g, topics) == "killed"
    ]
    out = []
    for group in groups:
        days = (
            _by_day(group, claims, docs)
            if group.kind == "figure"
            and group.verdict == "conflict"
            and _state_of(group, topics) == "injured"
            else {}
        )
        fell = _fall(days)
        if fell is not None:
            first, last, drop = fell
            rise = next((r for toll in tolls if (r := _rise(toll, first, last)) >= drop), None)
            if rise is not None:
                group = replace(
                    group,
                    verdict="update",
                    explanation=(
                        f"the injured fell from {_num(days[first])} {dated(first, '')} to "
                        f"{_num(days[last])} {dated(last, '')} as the death toll rose by "
                        f"{_num(rise)}: those who died of their wounds are no longer counted "
                        f"as injured; the latest is {_num(days[last])}."
                    ),
                )
        out.append(group)
    return out


def _state_of(group: Group, topics: Mapping[str, Topic]) -> str | None:
    """The one state every figure of a group is read in, or None when they differ."""
    states = {topics[c].state for c in group.claims if c in topics}
    return states.pop() if len(states) == 1 else None


def _by_day(
    group: Group,
    claims: Mapping[str, Claim],
    docs: Mapping[str, Document],
    *,
    floors: bool = False,
) -> dict[str, float]:
    """Report day -> the one exact value the group's figures give that day; empty when a
    figure is hedged, of no known day, or a day's figures differ. With ``floors``, "at
    least 12" is read as 12, the count known so far (a toll's, to see how much it rose)."""
    hedges = {"exact", "at_least"} if floors else {"exact"}
    out: dict[str, float] = {}
    for cid in group.claims:
        claim = claims.get(cid)
        figure = claim.figure if claim is not None else None
        if claim is None or figure is None or figure.hedge not in hedges or figure.vague:
            return {}
        if figure.hedge == "at_least":
            figure = replace(figure, high=figure.low)
        day = published(claim, docs)
        if not day or figure.low is None or figure.low != figure.high:
            return {}
        if out.setdefault(day, figure.low) != figure.low:
            return {}
    return out


def _fall(days: Mapping[str, float]) -> tuple[str, str, float] | None:
    """(first day, last day, how much the value fell) when the values only fall."""
    ordered_days = sorted(days)
    values = [days[d] for d in ordered_days]
    if len(values) < 2 or any(b > a for a, b in pairwise(values)) or values[-1] >= values[0]:
        return None
    return ordered_days[0], ordered_days[-1], values[0] - values[-1]


def _rise(toll: Mapping[str, float], first: str, last: str) -> float:
    """How much a toll rose from its value on or before ``first`` to its value on or before
    ``last`` (0 when it gives none)."""
    before = [toll[d] for d in sorted(toll) if d <= first]
    until = [toll[d] for d in sorted(toll) if d <= last]
    return until[-1] - before[-1] if before and until else 0.0


def _num(value: float) -> str:
    return f"{value:g}"


def _one_day_of_crowds(topics: dict[str, Topic]) -> dict[str, Topic]:
    """The topics, a crowd in an undated report given the day of the story's gathering when
    the crowds its reports date (two or more) are all of one day: a story that dates all its
    gatherings to one day tells of that day's, and a report of no date gives its crowd no
    other."""

    def crowd(t: Topic) -> bool:
        return t.state == "protesting" and t.population == "people"

    dated = [t.event for t in topics.values() if crowd(t) and t.event is not None]
    days = set(dated)
    if len(days) != 1 or len(dated) < 2:
        # One dated crowd says little of the others: riots run for days.
        return topics
    ((first, last),) = days
    if first != last:
        return topics
    return {
        cid: replace(t, reported=(first, first))
        if crowd(t) and t.event is None and t.reported is None
        else t
        for cid, t in topics.items()
    }


def _unmixed(
    family: Family,
    topics: Mapping[str, Topic],
    docs: Mapping[str, Document],
    upstreams: Upstreams,
    holders: Names | None = None,
    other_event: frozenset[str] = frozenset(),
    verdicts: _Verdicts | None = None,
) -> Family:
    """The family with each measure whose conflict is not one quantity in dispute split by
    event (:func:`_events_apart`) or by value (:func:`~.verdicts.split`), and the reasons
    for it added."""
    found: list[tuple[Claim, ...]] = []
    reasons = list(family.reasons)
    pending = list(family.measures)
    verdict = verdicts or _Verdicts(upstreams, docs)
    while pending:
        measure = pending.pop(0)
        parts = None
        judged = verdict(measure, **_kinds(_lead(measure, topics)))
        if judged.verdict == "conflict":
            parts = _events_apart(measure, other_event, docs) or split(
                measure, upstreams, docs, holders
            )
        elif judged.verdict == "update":
            parts = split_series(measure, docs, holders)
        elif judged.verdict == "agree":
            parts = hidden_dispute(
                measure, upstreams, docs, holders, **_kinds(_lead(measure, topics))
            ) or discordant_split(measure, upstreams, docs, **_kinds(_lead(measure, topics)))
        if parts is None or len(parts.parts) < 2:
            found.append(measure)
            continue
        pending[:0] = parts.parts
        if parts.reason not in reasons:
            reasons.append(parts.reason)
    if len(found) == len(family.measures):
        return family
    return Family(measures=tuple(found), reasons=tuple(reasons))


def _events_apart(
    measure: Sequence[Claim], other_event: frozenset[str], docs: Mapping[str, Document]
) -> Split | None:
    """The measure split into the figures of the undated reports that tell another event
    than the story's dated reports (``timeline.infer.apart_from_dated``) and the rest: a
    pile can hold two events of one kind (two pirate captures years apart), and one
    event's count is no rival of the other's. None when one side is empty."""
    theirs = tuple(c for c in measure if c.doc in other_event)
    rest = tuple(c for c in measure if c.doc not in other_event)
    if not theirs or not rest:
        return None
    named = ", ".join(sorted({publisher(c, docs) for c in theirs})[:3])
    reason = (
        f"the figures of {named} belong to another event than those of the dated reports: "
        "those reports carry no day of their own and name other ships, places and people"
    )
    return Split(parts=(rest, theirs), reason=reason)


def _lead(measure: Sequence[Claim], topics: Mapping[str, Topic]) -> Topic:
    """The topic a measure is read by: its first figure's that says what befell those it
    counts, else its first figure's that says they were there, or its first figure's."""
    said = (topics[c.id] for c in measure if topics[c.id].state not in QUIET)
    there = (topics[c.id] for c in measure if topics[c.id].state == PRESENT)
    return next(chain(said, there), topics[measure[0].id])


def _orders_apart(
    family: Family, topics: Mapping[str, Topic], docs: Mapping[str, Document]
) -> Family:
    """The family, a vague count of another order than the numbers its measure agrees on
    set apart as a measure of its own ("several hundred" protesters beside 10,000: another
    crowd, or the crowd at another time), with the reason said.

    A count that rises or falls as a story goes on (a toll, the missing) keeps its vague
    counts: "dozens" killed before "112" is the toll at an earlier hour, one quantity.
    """
    measures: list[tuple[Claim, ...]] = []
    reasons = list(family.reasons)
    for measure in family.measures:
        moving = any(_kinds(_lead(measure, topics)).values())
        apart = {c.id for c in not_compared(measure, docs)[0]} if not moving else set()
        kept = tuple(c for c in measure if c.id not in apart)
        if not apart or not kept:
            measures.append(measure)
            continue
        measures += [kept, tuple(c for c in measure if c.id in apart)]
        reasons.append(orders_apart(measure, docs))
    return Family(measures=tuple(measures), reasons=tuple(reasons))


class _Verdicts:
    """:func:`~.verdicts.judge` on one story's measures, each measure judged once.

    A measure is judged when it is checked for a mix of quantities (``_unmixed``) and
    again when its group is written (``_measure_groups``); the verdict depends only on its
    claims, the story's sources and documents, and how the measure moves, so the second
    asks for the first's answer. Measures are told apart by their claims' identities, in
    order (each kept with its answer, so no identity is reused while it is kept).
    """

    def __init__(self, upstreams: Upstreams, docs: Mapping[str, Document]) -> None:
        self.upstreams = upstreams
        self.docs = docs
        self.judged: dict[
            tuple[tuple[int, ...], bool, bool], tuple[Sequence[Claim], Judgement]
        ] = {}

    def __call__(self, measure: Sequence[Claim], *, running: bool, changing: bool) -> Judgement:
        key = (tuple(id(c) for c in measure), running, changing)
        kept = self.judged.get(key)
        if kept is None:
            judged = judge(measure, self.upstreams, self.docs, running=running, changing=changing)
            kept = self.judged[key] = (tuple(measure), judged)
        return kept[1]


def _kinds(topic: Topic) -> dict[str, bool]:
    """How a measure moves over time: a running count (a toll) rises; a count of people in
    a state they leave (the missing) may move either way (:func:`~.verdicts.judge`)."""
    return {
        "running": topic.state in RUNNING,
        "changing": topic.state in CHANGING,
    }


def _conversions(
    figures: Sequence[Claim],
    docs: Mapping[str, Document],
    occasions: _Occasions | None = None,
) -> dict[str, str]:
    """Money or a length given in brackets in another unit right after an amount: its
    conversion.

    "110 billion euros ($143 billion)", "1,150 kilometres (700 miles)": the dollars are
    the euros converted, the miles the kilometres, the same quantity in another unit. A
    conversion joins its amount's group, but its value (in another unit) never decides a
    verdict. A sum given apart from the amount converts it at a rate the story gives (see
    ``_converted_by_rate``) only when told of the same occasion (``occasions``).
    """
    out: dict[str, str] = {}
    by_doc: dict[tuple[str, str], list[Claim]] = {}
    for claim in figures:
        if claim.figure is not None and claim.figure.kind in _CONVERTED:
            by_doc.setdefault((claim.doc, claim.figure.kind), []).append(claim)
    for (doc_id, _), found in by_doc.items():
        doc = docs.get(doc_id)
        if doc is None:
            continue
        found.sort(key=lambda c: (c.start, c.end))
        for first, second in pairwise(found):
            assert first.figure is not None and second.figure is not None
            if first.figure.unit == second.figure.unit or first.id in out:
                continue
            if _CONVERSION.match(doc.text[first.start : second.start]):
                out[second.id] = first.id
    out.update(_converted_by_rate(figures, out, occasions))
    return _to_amounts(out)


def _to_amounts(converted: Mapping[str, str]) -> dict[str, str]:
    """Each conversion pointed at the amount its chain of conversions ends in: "two million
    Euros" converts a report's "$2.6 million", itself the story's "2 million euros"
    converted (see ``_converted_by_rate``); a conversion whose chain turns back on itself
    is none."""
    out: dict[str, str] = {}
    for conversion, amount in converted.items():
        seen = {conversion}
        while amount in converted and amount not in seen:
            seen.add(amount)
            amount = converted[amount]
        if amount not in seen:
            out[conversion] = amount
    return out


def _currencies_read(figures: Sequence[Claim], docs: Mapping[str, Document]) -> list[Claim]:
    """Sums whose currency a report leaves unread, given the currency the story's other
    reports give the same sum in.

    - A bare number converted in brackets into a sum of money ("a 110 billion ($158
      billion) bailout", its currency sign lost to the page's encoding) is itself a sum.
    - A bare number right after a sign the page's encoding lost ("? 110bn in loans") is a
      sum.
    - A sum with no currency written ("a deal worth 22.4bn", unit "¤") is in the one
      currency the story's reports give the same sum in, with the same hedge.
    - A sum in dollars of no named country ("$1.29") is in the one dollar currency that the
      story's reports give the same value in ("US$1.29"), with the same hedge ("more than
      $500,000" is "more than US$500,000"); failing that, in the one currency the story
      gives that number in under any hedge, when it is a dollar ("an estimated $1 million"
      beside "US$1 million").

    Either takes the currency only when exactly one currency gives that value in the story
    (a sum is repeated as written from report to report); otherwise it is left as read.
    """
    given: dict[tuple[str, float], set[str]] = {}
    # Each number the story gives a sum in, whatever the hedge, with its currencies.
    numbers: dict[float, set[str]] = {}
    for claim in figures:
        written = _sum_as_written(claim)
        number = _one_sum(claim)
        unit = claim.figure.unit if claim.figure is not None else None
        if number is None or unit is None or unit in ("$", _UNREAD):
            continue
        numbers.setdefault(number, set()).add(unit)
        if written is not None:
            given.setdefault(written, set()).add(unit)

    def only(
        value: float | None, fits: re.Pattern[str] | None = None, hedge: str = "exact"
    ) -> str | None:
        units = set(given.get((hedge, value), set())) if value else set()
        if fits is not None:
            units = {u for u in units if fits.match(u)}
        return next(iter(units)) if len(units) == 1 else None

    read: dict[str, Claim] = {}
    by_doc: dict[str, list[Claim]] = {}
    for claim in figures:
        by_doc.setdefault(claim.doc, []).append(claim)
    for doc_id, found in by_doc.items():
        doc = docs.get(doc_id)
        found = sorted(found, key=lambda c: (c.start, c.end))
        for first, second in pairwise(found):
            a, b = read.get(first.id, first).figure, second.figure
            if doc is None or a is None or b is None:
                continue
            if not _CONVERSION.match(doc.text[first.start : second.start]):
                continue
            if a.kind == "money" and _bare(b):
                # "30bn euros (£25.7bn)", the pound sign lost: the sum converted.
                read[second.id] = replace(
                    second, figure=replace(b, kind="money", unit=_UNREAD, currency=None)
                )
            elif b.kind == "money" and _bare(a):
                unit = only(float(a.low))  # type: ignore[arg-type]
                if unit is not None:
                    read[first.id] = replace(
                        first, figure=replace(a, kind="money", unit=unit, currency=unit)
                    )
    for claim in figures:
        figure, doc = claim.figure, docs.get(claim.doc)
        if claim.id in read or figure is None or doc is None or not _bare(figure):
            continue
        if _LOST_SIGN.search(doc.text[max(0, claim.start - 12) : claim.start]):
            # "agreeing a ? 110 billion bailout": the sign right before the number lost to
            # the page's encoding, the sum is in the one currency the story gives it in.
            unit = only(float(figure.low))  # type: ignore[arg-type]
            if unit is not None:
                read[claim.id] = replace(
                    claim, figure=replace(figure, kind="money", unit=unit, currency=unit)
                )
    for claim in figures:
        figure = claim.figure
        if figure is not None and figure.kind == "money" and figure.unit == _UNREAD:
            # "a deal worth 22.4bn", no currency written: the one currency the story's reports
            # give that sum in, with the same hedge
            written = _sum_as_written(claim)
            unit = only(written[1], None, written[0]) if written is not None else None
            if unit is not None:
                read[claim.id] = replace(claim, figure=replace(figure, unit=unit, currency=unit))
            continue
        if figure is None or figure.kind != "money" or figure.unit != "$":
            continue
        written = _sum_as_written(claim)
        unit = only(written[1], _DOLLARS, written[0]) if written is not None else None
        if unit is None:
            # "an estimated $1 million", "more than $1 million" beside "US$1 million": the
            # story's reports repeat one estimate, each with its own hedge; the number is in
            # the one dollar currency that gives it, whatever the hedge.
            unit = _one_dollar(numbers.get(_one_sum(claim) or 0.0, set()))
        if unit is not None:
            read[claim.id] = replace(claim, figure=replace(figure, unit=unit, currency=unit))
    return [read.get(c.id, c) for c in figures]


_LOST_SIGN = re.compile(
    r"(?:\ufffd|\b(?:a|an|the|of|for|to|and|or|by|about|some|than|over|under|from|with|at|"
    r"worth|cost|costs|pay|paid|raise|raised|spend|spent|lend|lent|borrow|borrowed)\s?\?)\s?$",
    re.IGNORECASE,
)
"""A currency sign a page's encoding lost right before a number, where a sum follows a word
("agreeing an? 110bn", "for? 110bn"): not a question ending a sentence ("Why? 78")."""
_UNREAD = "¤"
"""The currency of a converted sum whose sign the report's text has lost."""


def _one_sum(claim: Claim) -> float | None:
    """The one sum a money figure gives, whatever its hedge ("an estimated $1 million",
    "more than $1 million", "below $1.29" are each one sum); a range gives none."""
    figure = claim.figure
    if figure is None or figure.high not in {None, figure.low}:
        return None
    return _money_value(claim)


def _one_dollar(units: set[str]) -> str | None:
    """The currency of a number the story gives in one currency only, a dollar
    (``_DOLLARS``); None when it gives the number in none, in several, or not in dollars."""
    if len(units) != 1 or not _DOLLARS.match(next(iter(units))):
        return None
    return next(iter(units))


def _exact_sum(claim: Claim) -> float | None:
    """The one sum a money figure gives exactly ("$160 million", not "at least $160
    million" or "$140 million to $160 million")."""
    figure = claim.figure
    return _one_sum(claim) if figure is not None and figure.hedge == "exact" else None


def _sum_as_written(claim: Claim) -> tuple[str, float] | None:
    """A money figure's hedge and its one value, as a report repeating another writes it:
    "$160 million" is ("exact", 160e6), "more than $500,000" ("at_least", 500e3); a range
    gives none."""
    figure = claim.figure
    if figure is None or figure.hedge not in {"exact", "at_least"}:
        return None
    value = _one_sum(claim)
    return None if value is None else (figure.hedge, value)


def _bare(figure: Figure) -> bool:
    """Whether a figure is a bare number: a count of nothing named (at most a sign no
    longer readable, "?" or "\ufffd" where a page's encoding lost "€")."""
    counted = figure.counted or ""
    return (
        figure.kind == "count" and figure.low is not None and not any(c.isalpha() for c in counted)
    )


RATE_TOLERANCE = 0.05
"""How far a sum may lie from an amount converted at a rate the story's reports give."""


def _converted_by_rate(
    figures: Sequence[Claim], found: Mapping[str, str], occasions: _Occasions | None = None
) -> dict[str, str]:
    """Sums in another currency that convert an amount at a rate the story's own reports
    give.

    A report that writes "110 billion euros ($141 billion)" gives the rate its sums were
    converted at; another report's "$143 billion" is then the same amount converted by
    another desk, not a sum of its own. A sum joins the amount it converts when its value,
    at a rate some report gave between the two currencies, lies within
    ``RATE_TOLERANCE`` of it (desks convert at different days' rates and round). A sum in
    dollars of no named country ("$") takes the rates of every dollar. An amount in the
    same report wins over one in another.

    A conversion converts an amount, never another conversion: a sum taken as an amount
    (one that another sum converts) is no conversion itself, and a sum already taken as a
    conversion is no amount; else a chain of them (or two sums each converting the other,
    "$2.6 million" and "2 million euros" in two reports) would join no group at all.

    One currency is the story's own when its reports convert amounts from it more often
    than from any other ("2 million euros ($2.6 million)" in most, "$2.6 million (two
    million Euros)" in one): a report's amount in another currency that converts one of
    the story's own at a given rate is then that amount converted, brackets or none.

    Away from its brackets a sum converts an amount only when told of the same occasion:
    a report of a theft in one city that recalls "a $2.5 million necklace" stolen in
    another town, or months before, tells another theft, whatever its value at the rate
    (see ``_Occasions``). A report that gives the amount itself converts its own, never
    another report's: its sum of another occasion is no conversion at all.
    """
    by_id = {c.id: c for c in figures}
    rates: dict[tuple[str, str], list[float]] = {}
    for conversion, converts in found.items():
        a, b = by_id[converts].figure, by_id[conversion].figure
        if a is None or b is None or a.kind != "money" or a.unit is None or b.unit is None:
            continue
        if a.low and b.low:
            rates.setdefault((a.unit, b.unit), []).append(b.low / a.low)
    if not rates:
        return {}
    targets = set(found.values())
    amounts = [c for c in figures if c.id not in found and _money_value(c) is not None]
    own = _own_currency([by_id[t] for t in targets])
    out: dict[str, str] = {}
    for claim in amounts:
        unit, value = claim.figure.unit, _money_value(claim)  # type: ignore[union-attr]
        amount_of_own = claim.id in targets
        if amount_of_own and (own is None or unit == own):
            continue  # an amount another sum converts: never itself a conversion
        matches = []
        for (home, there), given in sorted(rates.items()):
            if not _same_money(there, unit) or home == unit or (amount_of_own and home != own):
                continue
            for amount in amounts:
                if (
                    amount.figure is None
                    or amount.figure.unit != home
                    or amount.id == claim.id
                    or amount.id in out
                ):
                    continue
                worth = _money_value(amount)
                if (
                    worth
                    and value
                    and any(abs(value / (worth * rate) - 1) <= RATE_TOLERANCE for rate in given)
                ):
                    matches.append(amount)
        matches = _same_occasion(claim, matches, occasions)
        if matches:
            best = min(matches, key=lambda m: (m.doc != claim.doc, m.doc, m.start, m.id))
            out[claim.id] = best.id
            targets.add(best.id)
    return out


def _same_occasion(
    claim: Claim, matches: Sequence[Claim], occasions: _Occasions | None
) -> list[Claim]:
    """The amounts a sum may convert, of those its value fits at a rate: a report that
    gives such an amount itself converts its own (another report's is never the one it
    meant), and only one told of the sum's own occasion (``_Occasions``)."""
    own = [m for m in matches if m.doc == claim.doc]
    kept = own or matches
    if occasions is None:
        return list(kept)
    return [m for m in kept if not occasions.apart(claim, m)]


_SCENE_SENTENCES = 3
"""How many of a report's first sentences naming a place may tell its scene."""


class _Occasions:
    """Which occasion a sum is told of, to keep a conversion by rate to its own amount.

    A report of one event often recalls others like it, each with its own sum ("Days later
    a $2.5 million necklace was lifted at a party in a resort town"): a sum that happens to
    lie near another's value at the story's rate converts it only when told of the same
    occasion. Two sums are of different occasions when

    - the conversion's sentence names a place and the amount is told of places that none
      of its places overlaps (the same place, one inside the other, another name of it), the
      amount's places being those its sentence names, or else its report's own scene (its
      headline, dateline or lead); each side read at its finest level, so that "Sirte,
      Libya" is no place of a Tripoli theft through the country both lie in; or
    - both are dated and their days do not overlap ("In July" against "on Monday").

    A sum whose sentence names no place and no day is told of its report's own occasion,
    and so is never set apart by this.
    """

    def __init__(self, docs: Mapping[str, Document], entities: Iterable[Entity], places: Places):
        self._docs = docs
        self._places = places
        # Each report's place mentions (a country, a city, a region), in text order.
        self._named: dict[str, list[tuple[int, int, str]]] = {}
        for entity in entities:
            if entity.type not in ("GPE", "LOC"):
                continue
            for mention in entity.mentions:
                self._named.setdefault(mention.doc, []).append(
                    (mention.start, mention.end, entity.id)
                )
        for found in self._named.values():
            found.sort()

    def apart(self, conversion: Claim, amount: Claim) -> bool:
        """Whether ``conversion`` is told of another occasion than ``amount``."""
        return self._dated_apart(conversion, amount) or self._placed_apart(conversion, amount)

    def _placed_apart(self, conversion: Claim, amount: Claim) -> bool:
        told = self._finest(self._in_sentence(conversion.doc, conversion.start, conversion.end))
        if not told:
            return False
        there = self._finest(self._in_sentence(amount.doc, amount.start, amount.end))
        there = there or self._scene_of(amount.doc)
        return bool(there) and not any(self._overlap(a, b) for a in told for b in there)

    def _in_sentence(self, doc_id: str, start: int, end: int) -> frozenset[str]:
        """The places named in the sentence around ``start``-``end`` of a report."""
        doc = self._docs.get(doc_id)
        if doc is None:
            return frozenset()
        begin, stop = sentence_span(doc.text, start, end)
        return frozenset(
            place for s, e, place in self._named.get(doc_id, ()) if s >= begin and e <= stop
        )

    def _scene_of(self, doc_id: str) -> frozenset[str]:
        """A report's own scene: the places of its first sentences to name one, down to the
        first that names a place holding none of the story's others (a headline's "Libya hit
        by jewel theft" is refined by its lead's "in central Tripoli")."""
        doc = self._docs.get(doc_id)
        if doc is None:
            return frozenset()
        found: set[str] = set()
        after, read = 0, 0
        for start, end, _ in self._named.get(doc_id, ()):
            if start < after or read == _SCENE_SENTENCES:
                continue
            found |= self._in_sentence(doc_id, start, end)
            after, read = sentence_span(doc.text, start, end)[1], read + 1
            if any(not self._holds(place) for place in found):
                break
        return self._finest(frozenset(found))

    def _holds(self, place: str) -> bool:
        """Whether some place of the story is read as inside this one."""
        return any(place in outer for outer in self._places.inside.values())

    def _finest(self, places: frozenset[str]) -> frozenset[str]:
        """The places of a set that hold none of the others: "Paris" of "Paris, France"."""
        inside = self._places.inside
        return frozenset(
            p for p in places if not any(p in inside.get(q, ()) for q in places if q != p)
        )

    def _overlap(self, one: str, two: str) -> bool:
        return (
            one == two
            or two in self._places.overlapping(one)
            or two in self._places.named_otherwise(one)
        )

    @staticmethod
    def _dated_apart(one: Claim, two: Claim) -> bool:
        a, b = one.when, two.when
        if a is None or b is None:
            return False
        days = [day for day in (a.start, a.end, b.start, b.end) if day and len(day) == 10]
        if len(days) < 4:
            return False  # an open or partial interval sets nothing apart
        # Whole ISO days compare as text; a month or a year spans its days.
        a_start, a_end, b_start, b_end = days
        return a_end < b_start or b_end < a_start


def _own_currency(amounts: Sequence[Claim]) -> str | None:
    """The currency the story's reports convert sums from most often (the amounts before
    their conversions in brackets), when one does more often than any other."""
    counts = Counter(
        c.figure.unit for c in amounts if c.figure is not None and c.figure.kind == "money"
    ).most_common(2)
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def _money_value(claim: Claim) -> float | None:
    """The sum a money figure states (its one number), if it states one."""
    figure = claim.figure
    if figure is None or figure.kind != "money" or figure.unit is None:
        return None
    value = figure.low if figure.low is not None else figure.high
    return float(value) if value else None


_DOLLARS = re.compile(r"^(?:\$|[A-Z]{2}D)$")


def _same_money(rated: str, unit: str | None) -> bool:
    """Whether a sum's currency takes a rate given for ``rated``: the same currency, or a
    dollar of no named country ("$") for any dollar."""
    if unit is None:
        return False
    return rated == unit or (unit == "$" and bool(_DOLLARS.match(rated)))


_CONVERTED = frozenset({"money", "length"})
_CONVERSION = re.compile(
    r"^[^()\n]{1,40}\(\s*(?:about|around|some|roughly|approximately|nearly|or)?\s*[?\ufffd]*$",
    re.IGNORECASE,
)


def _measure_groups(
    measure: Sequence[Claim],
    topics: Mapping[str, Topic],
    docs: Mapping[str, Document],
    entities: Mapping[str, Entity],
    upstreams: Upstreams,
    converted: Mapping[str, str] | None = None,
    conversion_claims: Mapping[str, Claim] | None = None,
    verdicts: _Verdicts | None = None,
    disputed: Mapping[str, tuple[str, float]] | None = None,
) -> list[Group]:
    inside = {c.id for c in measure}
    conversions = sorted(b for b, a in (converted or {}).items() if a in inside)
    ids = (*(c.id for c in measure), *conversions)
    verdict = verdicts or _Verdicts(upstreams, docs)
    judgement = verdict(measure, **_kinds(_lead(measure, topics)))
    label = timed_label(_label(measure, topics, entities, docs), measure, docs)
    known = conversion_claims or {}
    against = [known[c] for c in conversions if c in known and c in (disputed or {})]
    explanation = _with_conversions(
        judgement.verdict,
        judgement.explanation,
        measure,
        [known[c] for c in conversions if c in known and c not in (disputed or {})],
        upstreams,
    )
    if against:
        judgement = replace(judgement, verdict="conflict", updates=())
        explanation = _disputed_explanation(measure, against, disputed or {}, upstreams)
    main = Group(
        id=group_id("figure", "measure", ids),
        label=label,
        kind="figure",
        claims=ids,
        verdict=judgement.verdict,
        explanation=explanation,
        range=judgement.range,
        # The lowest credible value is a toll's, as casualty recorders give it: one
        # person's age at death has no lower reading to prefer, only the reports' values.
        conservative=None if all(is_age(c) for c in measure) else judgement.conservative,
        independent_sources=upstreams.count(ids),
        sources=upstreams.names(ids),
    )
    if judgement.verdict != "conflict":
        return [main]
    extra = [_update_group(s, label, upstreams) for s in judgement.updates]
    main = replace(main, related=tuple(g.id for g in extra))
    return [main, *(replace(g, related=(main.id,)) for g in extra)]


def _with_conversions(
    verdict: str,
    explanation: str,
    measure: Sequence[Claim],
    conversions: Sequence[Claim],
    upstreams: Upstreams,
) -> str:
    """An explanation that counts the sources of the conversions a group holds.

    A conversion (the amount in another currency or unit) joins its amount's group after
    the verdict, which its value never decides; but when another source gives it ("£88m"
    beside "€103 million"), the amount no longer rests on one source alone. A ``single``
    figure is then told as what each source gives, as written ("i24news.tv gives 103
    million euros; BBC gives £88m"), never "Only i24news.tv gives this figure"; another
    verdict's explanation is kept and the converting sources are named after it (so is a
    single figure's, past its first sentence). When the conversions come from the amount's
    own sources the explanation is unchanged."""
    own = {upstreams.root(c.id) for c in measure}
    if not conversions or all(upstreams.root(c.id) in own for c in conversions):
        return explanation
    first = single_sentence(measure, upstreams)
    if verdict == "single" and explanation.startswith(first):
        sides = _given_as_written([*measure, *conversions], {c.id for c in conversions}, upstreams)
        sources = upstreams.count(c.id for c in [*measure, *conversions])
        return (
            f"One amount, given by {sources} independent sources, some converting it into "
            f"another currency or unit: {listing(sides)}.{explanation[len(first) :]}"
        )
    others = [c for c in conversions if upstreams.root(c.id) not in own]
    sides = _given_as_written(others, {c.id for c in others}, upstreams)
    return f"{explanation} Converted into another currency or unit: {listing(sides)}."


def _disputed_explanation(
    measure: Sequence[Claim],
    against: Sequence[Claim],
    disputed: Mapping[str, tuple[str, float]],
    upstreams: Upstreams,
) -> str:
    """Why a sum and one told in another currency disagree: each source's sum as written,
    and the other currency's at the rate the story's own reports give ("Valley News gives
    £910,000, about $1.4 million at the rate the reports give")."""
    sides = _given_as_written(measure, set(), upstreams)
    unit = next((c.figure.unit for c in measure if c.figure is not None and c.figure.unit), "")
    others = []
    for claim in against:
        there = disputed[claim.id][1]
        others.append(
            f"{upstreams.name(claim.id)} gives {claim.text}, about {_sum_text(there, unit)} "
            "at the rate the reports give"
        )
    return (
        "One sum told in two currencies that disagree at the rate the story's own reports "
        f"give: {listing([*sides, *others])}."
    )


def _sum_text(value: float, unit: str) -> str:
    """A sum in round words: "$1.4 million", "EUR 910,000"."""
    size, word = next(
        ((n, w) for n, w in ((1e9, "billion"), (1e6, "million")) if value >= n), (1.0, "")
    )
    if word:
        said = f"{value / size:.1f}".removesuffix(".0") + f" {word}"
    else:
        said = f"{round(value, -3 if value >= 10_000 else 0):,.0f}"
    return f"{unit}{said}" if len(unit) == 1 else f"{unit} {said}"


def _story_rates(
    converted: Mapping[str, str], claims: Sequence[Claim]
) -> dict[tuple[str, str], list[float]]:
    """The rates the story's reports give between currencies: each sum converted (its
    amount's currency, the conversion's) and how many of the conversion's currency one of
    the amount's is worth."""
    by_id = {c.id: c for c in claims}
    rates: dict[tuple[str, str], list[float]] = {}
    for conversion, amount in converted.items():
        a, b = by_id.get(amount), by_id.get(conversion)
        if a is None or b is None:
            continue
        one, two = _money_value(a), _money_value(b)
        home = a.figure.unit if a.figure is not None else None
        there = b.figure.unit if b.figure is not None else None
        if one and two and home and there and home != there:
            rates.setdefault((home, there), []).append(two / one)
    return rates


def _given_as_written(
    claims: Sequence[Claim], conversions: set[str], upstreams: Upstreams
) -> list[str]:
    """Who gives a converted amount and what, one clause per independent source: "BBC gives
    £88m (Valley Courier reports it)"; a source's own conversion of its amount is in brackets
    after it ("103 million euros (£88m)"), and the outlets that carry it are named."""
    by_root: dict[str, list[Claim]] = {}
    for claim in claims:
        by_root.setdefault(upstreams.root(claim.id), []).append(claim)
    names = {
        root: min((upstreams.name(c.id) for c in told), key=lambda n: (len(n), n))
        for root, told in by_root.items()
    }
    out = []
    for root, told in by_root.items():
        amounts = _values_written([c for c in told if c.id not in conversions], names[root])
        converted = [
            v
            for v in _values_written([c for c in told if c.id in conversions], names[root])
            if v not in amounts
        ]
        said = listing(amounts) or listing(converted)
        if amounts and converted:
            said = f"{said} ({', '.join(converted)})"
        outlets = sorted(
            {c.outlet for c in told if c.outlet and not any(c.outlet in n for n in names.values())}
        )
        carried = ""
        if outlets:
            them = (
                f"{', '.join(outlets[:-1])} and {outlets[-1]}" if len(outlets) > 1 else outlets[0]
            )
            carried = f" ({them} report{'' if len(outlets) > 1 else 's'} it)"
        out.append(f"{speaks(names[root], 'give')} {said}{carried}")
    return out


def _values_written(claims: Sequence[Claim], name: str) -> list[str]:
    """Each value the claims give once, as written: by the source's own outlet when it
    writes it, else by the first report carrying it ("103 million euros", not beside it
    "€103 million" from a report relaying the same figure)."""
    ordered = sorted(claims, key=lambda c: not (c.outlet and c.outlet in name))
    out: dict[str, str] = {}
    for claim in ordered:
        out.setdefault(said_value(claim), _written(claim))
    return list(out.values())


_WRITTEN = re.compile(
    r"(?:(?:about|around|some|nearly|almost|at least|more than|over|up to)\s+)?"
    r"(?:US\$|[A-Z]{1,2}\$|[$€£¥]|euros?\s?)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"(?:-?(?:bn|mn|m|b|k)\b|[\s-](?:million|billion|trillion|thousand)\b)?"
    r"(?:\s(?:euros?|dollars?|pounds?(?: sterling)?|yen|yuan|francs?|rupees?|metres?|meters?"
    r"|kilometres?|kilometers?|km|miles?|feet|foot|yards?)\b)?",
    re.IGNORECASE,
)
"""An amount as a report writes it at the start of its claim: "£88m", "$137-million",
"103 million euros", "about 600 metres"."""
_CUT_NUMBER = re.compile(
    r"\s?[,.\-\u2013]?\s?(?:\d|(?:million|billion|trillion|thousand|bn|mn|m|b)\b)", re.I
)
_HEDGE_WRITTEN = re.compile(
    r"(?:about|around|some|nearly|almost|at least|more than|over|up to)\s", re.I
)


def _written(claim: Claim) -> str:
    """A figure's value as its report writes it ("£88m"), or as a reader says it with its
    unit ("2,000 foot") when the claim's words do not start with the whole value, or leave
    out a hedge the figure has."""
    figure = claim.figure
    found = _WRITTEN.match(claim.text)
    hedged = figure is not None and figure.hedge not in {"exact"}
    if (
        found is not None
        and not _CUT_NUMBER.match(claim.text[found.end() :])
        and (not hedged or _HEDGE_WRITTEN.match(found.group(0)))
    ):
        return found.group(0).strip()
    value = said_value(claim)
    if figure is None or not figure.unit or figure.kind == "duration" or shows_unit(figure):
        return value  # the value already says its unit: "about $2,000", "600 m"
    return f"{value} {figure.unit}"


def _update_group(series: Series, label: str, upstreams: Upstreams) -> Group:
    points = [*series.earlier, *series.current, series.latest]
    ids = tuple(sorted({c.id for p in points for c in p.claims}))
    old, new = series.superseded[0], series.latest
    old_claim, new_claim = old.claims[0], new.claims[0]
    assert old_claim.figure is not None and new_claim.figure is not None
    was = describe_said(old_claim.figure, old_claim.text)
    now = describe_said(new_claim.figure, new_claim.text)
    values = [c.figure.low for p in points for c in p.claims if c.figure and c.figure.low]
    name = upstreams.name(new_claim.id)
    return Group(
        id=group_id("figure", "update", ids),
        label=f"{label}: {name}'s figure over time",
        kind="figure",
        claims=ids,
        verdict="update",
        explanation=(
            f"{name} gave {was} and then {now} "
            f"in one report {dated(new.date, '')}, an update by the same source and not a "
            "conflict.".replace("  ", " ")
            if old_claim.doc == new_claim.doc
            else f"{name} revised {their(name)} figure from {was} "
            f"{dated(old.date, 'in an earlier report')} to {now} "
            f"{dated(new.date, 'in a later report')}, an update by the same source and not a "
            "conflict."
        ),
        range=(min(values), max(values)) if values else None,
        conservative=None if is_age(new_claim) else new_claim.figure.low,
        independent_sources=1,
        sources=(name,),
    )


def _latest_told(measure: Sequence[Claim], docs: Mapping[str, Document]) -> Claim:
    """The figure a list of look-alikes shows for a measure: the one of its latest dated
    report (a running count's value as it stands, not one a later report superseded), the
    first of that report; the measure's first figure when no report is dated."""
    days = {c.id: day for c in measure if (day := published(c, docs))}
    if not days:
        return measure[0]
    last = max(days.values())
    return next(c for c in measure if days.get(c.id) == last)


def _scope_group(
    family: Family,
    topics: Mapping[str, Topic],
    entities: Mapping[str, Entity],
    upstreams: Upstreams,
    docs: Mapping[str, Document] | None = None,
) -> Group:
    ids = tuple(c.id for m in family.measures for c in m)
    sides = []
    for measure in family.measures[:3]:
        first = _latest_told(measure, docs or {})
        assert first.figure is not None
        sides.append(
            f"{speaks(upstreams.name(first.id), 'give')} {said_value(first)} for "
            f"{_label(measure, topics, entities, docs)}"
        )
    more = len(family.measures) - len(sides)
    if more > 0:
        sides.append(f"{more} more measure{'s' if more > 1 else ''}")
    listed = listing(sides)
    reasons = "; ".join(family.reasons) or "their scope differs"
    label = _label(family.measures[0], topics, entities, docs)
    return Group(
        id=group_id("figure", "scope", ids),
        label=f"{label} (and look-alikes)",
        kind="figure",
        claims=ids,
        verdict="scope_differs",
        explanation=(f"{listed}, which look alike but do not measure the same thing: {reasons}."),
        range=None,
        conservative=None,
        independent_sources=upstreams.count(ids),
        sources=upstreams.names(ids),
    )


_STATE_WORDS = {
    "killed": "killed",
    "injured": "injured",
    "missing": "missing",
    "hospitalised": "treated in hospital",
    "arrested": "arrested",
    "rescued": "rescued",
    "displaced": "displaced",
    "left": "who left",
    "protesting": "protesting",
    "casualties": "killed or injured",
    "attacking": "who attacked",
    "present": "present",
    "aboard": "on board",
    "responding": "sent to the scene",
    "overpowered": "held at gunpoint or overpowered",
}
"""States said of people, as a label adds them when a measure's words leave them out."""


def _label(
    measure: Sequence[Claim],
    topics: Mapping[str, Topic],
    entities: Mapping[str, Entity],
    docs: Mapping[str, Document] | None = None,
) -> str:
    """What the measure counts, as a person writes it, built from the reports' words.

    The measure most claims give, preferring one that names the state counted; the state,
    the force and the place added when its words leave them out; the event's day or month
    when its figures are dated to one; a bare noun with the act its reports write it with
    ("comments received"). A figure that counts nothing nameable, or a share of nothing
    named, is labelled by its own words.
    """
    counts = Counter(c.figure.measure for c in measure if c.figure is not None)
    topic = _lead(measure, topics)
    populations = [topics[c.id].population for c in measure if c.id in topics]
    if topic.state == UNSAID:
        return f"'{_passage(measure[0], docs or {})}' (what happened to them is not said)"
    if "(" in topic.population and topic.population.endswith(")"):
        if topic.population.split(" (")[0] in PERSONS:
            return f"'{_passage(measure[0], docs or {})}' (what happened to them is not said)"
        return f"'{_passage(measure[0], docs or {})}' ({_what_unsaid(measure[0])})"

    def score(text: str) -> tuple[int, int, int, int, str]:
        has_state = topic.state != "other" and topic.state[:4] in text
        nameless = _is_nameless(text)
        return (int(nameless), -int(has_state), -counts[text], len(text), text)

    stat = statistic_label(measure, topic, topics, entities, docs or {})
    if stat is not None:
        # "passing yards (Brandt)": a player's statistic, named by what it is and whose.
        return stat
    if topic.population == "money":
        return _money_label(measure, topics, entities, docs or {})
    place = entities.get(topic.place or "")
    if topic.population == "distance":
        # A distance is measured from its reference point ("35 miles southwest of X").
        return f"distance from {place.name}" if place is not None else "distance"
    if topic.population == MARGIN_OF_ERROR:
        return "a poll's margin of error"
    if topic.population.startswith(("turnout", SHARE_OF_TURNOUT)):
        return _vote_share_label(measure, topics, entities, docs or {})
    held = (
        supported(measure, docs or {}, Names.of(entities.values()))
        if topic.population == SUPPORT
        else ""
    )
    if held:
        # "Calder has 44 percent", "Calder leads with 48 percent": her support in a poll.
        return _vote_share_label(measure, topics, entities, docs or {}, held)
    if topic.population == "deliberation" and topic.kind == "duration":
        return "how long the jury deliberated"
    if topic.population == AGE_AT_DEATH:
        # "age at death of Tomas Brandt": whose the reports make it (:mod:`.ages`).
        return age_label(measure, topics, docs or {}, actors_of(entities.values()))
    if topic.population == PERSON_TIME:
        return f"'{_passage(measure[0], docs or {})}' (how long someone did something)"
    if topic.population == PARENT_CHILDREN:
        return f"'{_passage(measure[0], docs or {})}' (how many children a parent has)"
    crime = next((p for p in populations if p.startswith(_CHARGES_NAMED)), None)
    if crime is not None:
        # "three charges" beside "three counts of murder": the charges named by their crime.
        return crime
    if topic.population in _OWN_NAMES or topic.population.startswith(_OWN_NAMED):
        # Shots fired, prison terms, charges, how far someone was dragged and how fast a
        # car went are written many ways ("11 rounds", "fired eleven times", "a 25-year
        # sentence", "four murder charges", "the car dragged him 20 feet"): named as the
        # quantity itself.
        return topic.population
    if topic.state == "living" and topic.population in PERSONS:
        # How many live in a place ("home to 100,000 people", "a city of 2 million") is its
        # population, never "people in X" beside a toll.
        return f"population of {place.name}" if place is not None else "population"
    best = _times_over(_compounded(_own_noun(min(counts, key=score), measure), measure), measure)
    if _SHARE_OF_NOTHING.search(best):
        # "percent of unknown in X": a share of the whole its reports' words name ("83.3
        # percent of Greeks"), else of a whole never named.
        whole = _whole(measure)
        if whole is None:
            return f"'{_passage(measure[0], docs or {})}' (what it is a share of is not said)"
        best = best.replace("unknown", whole, 1)
    moved = _MOVED.match(best)
    if moved and all(_MOVES.intersection(_qualifiers(c)) for c in measure):
        # "stocks closed down 3.9 percent", "prices rose 5 percent": no share of the
        # stocks but how far they moved.
        best = f"percent change in {best[moved.end() :]}"
    origin = _origin(measure, docs or {}) if best.startswith("length of ") else None
    if origin is not None:
        # "55 miles north of San Francisco": a distance from the place it is measured from,
        # never the length of whatever noun the sentence held ("length of newspaper").
        return f"distance from {origin}"
    # "magnitude of strength": two words for one quantity, named once.
    best = _ONE_QUANTITY.sub(r"\1", best)
    kept = _unrepeated(best)
    if kept is None:
        # "Orleans in New Orleans": the counted noun is a piece of the place's own name.
        return f"'{_passage(measure[0], docs or {})}' ({_what_unsaid(measure[0])})"
    best = kept
    if _DETERMINERS.fullmatch(best.partition(" in ")[0]):
        # "eaches in X" of "each was fined": a word that stands for what it counts names
        # nothing a reader would know.
        return f"'{_passage(measure[0], docs or {})}' ({_what_unsaid(measure[0])})"
    if topic.place is None and " in " in best and all(topics[c.id].place is None for c in measure):
        # A measure that has no place of its own (a shock's size, its aftershocks) is named
        # by the place most of its reports give, or by none when they differ.
        named = {
            (c.doc, entities[c.where].name)
            for c in measure
            if c.where and c.where in entities and not topics[c.id].unplaced
        }
        where = Counter(name for _, name in named).most_common(2)
        head = best.partition(" in ")[0]
        common = len(where) == 1 or (len(where) > 1 and where[0][1] > where[1][1])
        best = f"{head} in {where[0][0]}" if where and common else head
    if topic.population in _SPELLS and not _SPELLS[topic.population].search(best):
        # How long the unrest or the shaking lasted, carried by a place or a pronoun ("For
        # four days, Greece ...", "the ground shook for a minute"): named as what lasted.
        head, sep, tail = best.partition(" in ")
        best = f"duration of {topic.population}{sep}{tail}"
    if _is_nameless(best):
        # Every report gives a bare number ("attended by 200,000"): name what the topic
        # says it counts.
        noun = "people" if topic.population in PERSONS else topic.population
        best = noun + best[len(_NAMELESS) - 1 :]
    # "two helicopters were evacuating the injured": a vehicle or a building counted is
    # never a person, whatever state the sentence gave the people around it.
    machine = _MACHINE.search(_PEOPLE_STATES.sub("", best.partition(" in ")[0])) is not None
    people = topic.population in PERSONS and topic.population != "bodies" and not machine
    best = _fitting_states(best, people=topic.population in PERSONS and not machine)
    act = None if topic.population in PERSONS or len(measure) < 2 else _act(measure, docs or {})
    head, sep, tail = best.partition(" in ")
    if act and _BARE_NOUNS.fullmatch(head) and not states_in(head):
        # "comments", "points": what was done with them, as most reports write it.
        best = f"{head} {act}{sep}{tail}"
    served = (
        _serving(measure, docs or {})
        if not act and topic.population not in PERSONS and _BARE_NOUNS.fullmatch(head)
        else None
    )
    if served:
        # "sheltering families in three schools": places counted by those they serve are
        # named with them ("schools sheltering families"), not as "schools" alone.
        best = f"{head} {served}{sep}{tail}"
    state = _STATE_WORDS.get(topic.state) if people else None
    stages = {topics[c.id].stage for c in measure if c.id in topics}
    if state and len(stages) == 1 and None not in stages:
        # Those held in a case are named at the stage every report counts them at: "men
        # charged", "defendants convicted", never "arrested" for those only accused.
        state = stages.pop()
    if state and topic.state not in states_in(best):
        head, sep, tail = best.partition(" in ")
        if topic.state == "casualties" and _HARMED.search(head):
            pass  # "people shot", "victims", "casualties": the words say what befell them
        elif states_in(head):
            # The words name a state the count is not read in ("people fled from X" of
            # those displaced): the state it counts replaces it, never joins it.
            best = f"{restated(head, state)}{sep}{tail}"
        else:
            best = f"{head} {state}{sep}{tail}"
    missing = sorted(n for n in topic.affiliation if n not in best.lower())
    if len(missing) == 1 and _GAME_WITH not in best:
        # "Owls fans": the one side those counted belong to. Two sides named before the
        # noun run together ("Hawks Owls fans"), and a side of a game's result already
        # names the game it is of: neither is added.
        texts = [c.figure.measure for c in measure if c.figure is not None]
        best = f"{as_written(missing[0], texts)} {best}"
    if place is not None and place.name not in best and " in " not in best:
        best = f"{best} in {place.name}"
    # A place most reports give, added above, that the counted words already name.
    best = _unrepeated(best) or best
    best = _placed(best, entities, docs or {})
    best = _cased(best, measure, docs or {})
    # "wins (They're)": a pronoun read as a record's holder names no one.
    best = _PRONOUN_HOLDER.sub("", best)
    head, sep, tail = best.partition(" in ")
    if sep and head.split()[-1] in _NATIONS and place_kind(tail) == "country":
        # "countries in Greece": a count of countries lies in no one country; the place
        # is where the report was set, not what holds them.
        best = head
    elif sep and head.split()[-1] in _TOWNS and tail.split(",")[0].casefold() in cities():
        # "cities in Athens": a count of cities lies in no one city; the cities are the
        # country's when a name of the story is the one country CLDR places the city in
        # ("cities in Greece"), else no place is named.
        lands = cities()[tail.split(",")[0].casefold()]
        country = next((e.name for e in entities.values() if e.name.casefold() in lands), None)
        best = f"{head} in {country}" if country else head
    head, sep, tail = best.partition(" in ")
    if head in _SIZED:
        # "majorities in Greece" of "a majority of 160", "a one-seat majority": a majority
        # is no thing counted; the figure is its size.
        best = f"size of the {_SIZED[head]}{sep}{tail}"
    if _PARTY_AND_STATE.fullmatch(tail):
        # "in D-Wash": a lawmaker's party and state written after the name, no place.
        best = head
    best = _HYPHEN_CUT.sub(lambda m: _compound(m, measure), best)
    # "wounds wounded": a state that only repeats its noun says nothing more.
    best = _STATE_OF_ITSELF.sub(r"\1", best)
    day = _event_day(measure, topics)
    return f"{best}, {day}" if day else best


_STATE_OF_ITSELF = re.compile(r"\b((\w{3,}?)s) \2ed\b")
"""A plural noun and a state made of its own stem ("wounds wounded")."""
_PARTY_AND_STATE = re.compile(r"[DRI]-[A-Z][a-z]{1,12}\.?")
"""A lawmaker's party and state as news writes them after the name ("D-Wash.")."""
_HYPHEN_CUT = re.compile(r"\b([a-z]+)-([a-z]{3,})\b")


def _compound(match: re.Match[str], measure: Sequence[Claim]) -> str:
    """A counted noun joined to the piece of a compound before it ("late-regulations" of
    "two late-term regulations") written as the reports write it ("late-term
    regulations"); a hyphenated word the reports write ("co-workers") stays."""
    first, noun = match.groups()
    written = re.compile(rf"\b{re.escape(first)} ?- ?(\w+) {re.escape(noun)}\b", re.IGNORECASE)
    for claim in measure:
        found = written.search(claim.text)
        if found is not None and found.group(1).casefold() != noun.casefold():
            return f"{first}-{found.group(1)} {noun}"
    return match.group(0)


_CLASS_NOUNS = {"civilians": ("civilian", "resident", "citizen", "inhabitant")}
"""Nouns a measure names a class of counted people by, and the nouns of it reports write."""
_BOUND_PREFIXES = frozenset({"co", "ex", "non", "pre", "re", "anti", "self", "vice", "sub"})
"""Prefixes a report writes before a hyphen ("co-founded", "ex-wife"): no noun of their own."""


def _own_noun(best: str, measure: Sequence[Claim]) -> str:
    """A measure's noun as its reports write it.

    A class a measure names those counted by ("civilians" of "60 residents") is written
    as the noun of it most of the reports use ("residents"), unless one of them writes the
    class's own word. A prefix read as the counted noun ("the two co-founded" read as two
    "cos") names no one: those counted are the people who did what it opens ("people who
    co-founded")."""
    head, sep, tail = best.partition(" in ")
    words = head.split()
    counted = [c.figure.counted.lower() for c in measure if c.figure and c.figure.counted]
    for i, word in enumerate(words):
        kinds = _CLASS_NOUNS.get(word)
        if kinds is None or any(n.removesuffix("s") == kinds[0] for n in counted):
            continue
        told = Counter(n for n in counted if n.endswith("s") and n.removesuffix("s") in kinds)
        if told:
            words[i] = min(told, key=lambda n: (-told[n], n))
    prefix = words[0].removesuffix("s") if words else ""
    done = [
        q
        for c in measure
        if c.figure is not None
        for q in c.figure.qualifiers[:1]
        if re.fullmatch(r"[a-z]+ed", q)
    ]
    if prefix in _BOUND_PREFIXES and len(words) == 1 and done:
        words = ["people", "who", f"{prefix}-{done[0]}"]
    return " ".join(words) + sep + tail


_NOT_A_KIND = re.compile(
    r"(?:\d.*|dozens?|scores?|hundreds?|thousands?|millions?|billions?|percent|per|cent|"
    r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|"
    r"(?:kilo|centi|milli)?(?:metres?|meters?)|km|miles?|yards?|feet|foot|inch(?:es)?|"
    r"pounds?|tons?|tonnes?|acres?|points?|seats?|persons?|storey|story|magnitude|degrees?|"
    r"[kmgt]?(?:hz|b|w|wh)|mph|kph)",
    re.IGNORECASE,
)
"""Words before a counted noun that give a size or an amount ("a 14-week strike", "a
two-dozen crowd", "a 5 percent margin"), never the kind of thing counted."""


def _compounded(best: str, measure: Sequence[Claim]) -> str:
    """A label's counted noun with the nouns its reports write before it to name its kind
    ("police stations", "fire engines", "murder charges"), when the measure lost them
    ("stations in Athens" of "dozens of police stations"). A word joined by a hyphen to what
    is before it ("late-term", "a 100-person crowd") or one giving a size or an amount
    ("year", "dozen") is no kind."""
    head, sep, tail = best.partition(" in ")
    words = head.split()
    lowered = [w.lower().removesuffix("s") for w in words]
    kinds: Counter[tuple[int, tuple[str, ...]]] = Counter()
    for claim in measure:
        counted = (claim.figure.counted or "").split() if claim.figure is not None else []
        # A name's or an acronym's own capitals stay ("TV", "PowerPC"); a capital opening
        # a sentence goes.
        before = tuple(w if any(c.isupper() for c in w[1:]) else w.lower() for w in counted[:-1])
        noun = counted[-1].lower().removesuffix("s") if counted else ""
        if (
            not before
            or noun not in lowered
            or {b.lower() for b in before} & {w.lower() for w in words}
        ):
            continue
        if any(_NOT_A_KIND.fullmatch(w) or not _KIND_WORD.fullmatch(w) for w in before):
            continue
        written = re.search(
            rf"(\S?)\s*\b{re.escape(' '.join(counted))}\b", claim.text, re.IGNORECASE
        )
        if written is not None and written.group(1) != "-":
            kinds[(lowered.index(noun), before)] += 1
    if not kinds:
        return best
    (at, before), _ = kinds.most_common(1)[0]
    return " ".join([*words[:at], *before, *words[at:]]) + sep + tail


_KIND_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)*|[A-Z]+|[A-Za-z]+[A-Z][A-Za-z]*")
"""A word that may name a kind: a word of letters ("police", "TV", "PowerPC"), never a
sign, a letter alone or a piece of a number ("%", "C" of "1.5C")."""


_TIMES_OVER = re.compile(r"^\S+(?:\s*-\s*|\s+)time\s+\S", re.IGNORECASE)
"""A number joined to "time" before a noun: "a four-time Oscar nominee", "three time
champion"."""


def _times_over(best: str, measure: Sequence[Claim]) -> str:
    """ "time Oscar nominees" of "a four-time Oscar nominee": the number counts how many
    times one was what the noun says, so the label is "times Oscar nominee"."""
    head, sep, tail = best.partition(" in ")
    words = head.split()
    if len(words) < 2 or words[0] != "time" or not words[-1].endswith("s"):
        return best
    if not all(_TIMES_OVER.match(c.text) for c in measure):
        return best
    return " ".join(["times", *words[1:-1], words[-1].removesuffix("s")]) + sep + tail


_DETERMINERS = re.compile(
    r"(?:each|every|either|neither|both|all|any|some|none|one)(?:e?s)?", re.IGNORECASE
)
"""Words that stand for what a figure counts without naming it, as a measure may pluralise
them ("eaches")."""
_PRONOUN_HOLDER = re.compile(
    r" \((?:he|she|it|they|we|you|him|her|them|us)(?:'(?:s|re|ve|ll|d))?\)", re.IGNORECASE
)
"""A holder in brackets that is a pronoun or its contraction, which names no one."""
_GAME_WITH = ", game with "
"""How a side of a game's result names the game (``claims.figures``)."""
_SENTENCE_OPENERS = frozenset(
    {
        *("The", "In", "At", "On", "For", "From", "By", "A", "An", "But", "And", "When", "After"),
        *("Before", "Yesterday", "Today", "Meanwhile", "While", "Since", "As", "Then", "Near"),
        *("Outside", "Inside", "Across", "Around", "Downtown", "Of", "To", "With", "Into"),
    }
)
"""Capitalised words before a name that open a sentence or a phrase, never a piece of it."""
_TEAM_WORD = re.compile(r"[A-Z][a-z]+s")


def _piece_of_a_name(text: str, start: int, end: int) -> bool:
    """Whether a name written at ``text[start:end]`` is a piece of a longer one: a
    capitalised word right before it ("Western South") or right after it ("Dalby
    Stadium", "Orvel Ave."), or "and" joining two more ("Kelvara Fish and Wildlife
    Service"). A word that opens a sentence ("In Dalby") is no piece of the name."""
    before = re.search(r"\b([A-Z][\w.'&-]*) $", text[max(0, start - 30) : start])
    after = re.match(r" (?:[A-Z][\w'&-]*|and [A-Z][\w'&-]* [A-Z][\w'&-]*)", text[end : end + 40])
    opener = before is not None and before.group(1) in _SENTENCE_OPENERS
    return (
        (before is not None and not opener)
        or after is not None
        or _shared_kind(text[start:end], text[end : end + 40])
    )


def _shared_kind(name: str, after: str) -> bool:
    """Whether a name opens a list of names that share their kind, written once as a
    plural before them ("Hurricanes Orvel and Dalby", "Lakes Tallis and Corran"): each
    name of the list is a piece of it, and the first is no place of its own."""
    first, _, rest = name.partition(" ")
    plural = bool(rest) and _TEAM_WORD.fullmatch(first) is not None and not first.endswith("ss")
    return plural and re.match(r" (?:and|or) [A-Z][\w'&-]*", after) is not None


_FUNCTION_WORDS = frozenset(
    {
        *("us", "we", "me", "it", "he", "she", "they", "them", "him", "her", "you", "i"),
        *("the", "a", "an", "and", "or", "but", "if", "so", "no", "as", "at", "in", "on"),
        *("to", "of", "by", "up", "this", "that", "these", "those", "who", "what", "all"),
    }
)
"""Pronouns and words of grammar, which a tagger may take for a place when a capital
opens them ("Us" of a magazine's name)."""


_PUBLICATION_WORDS = frozenset(
    {
        *("Post", "Times", "Herald", "Journal", "Tribune", "Gazette", "Telegraph"),
        *("Chronicle", "Observer", "Weekly", "Magazine", "Courier", "Inquirer", "Examiner"),
    }
)
"""Words a newspaper's or a magazine's name ends with: a name ending so is no place."""


_STATION = re.compile(r"\b[A-Z]{2,5}[0-9]{1,2}\b")
"""A broadcaster's name as its letters and channel number ("NY1", "KTLA5")."""


def is_place(name: str, entities: Mapping[str, Entity], docs: Mapping[str, Document]) -> bool:
    """Whether a name a label puts after "in" is a place as the reports write it.

    False for a name the reports tag as no place (a person, an organisation), a piece of
    a person's name they write more often ("Varga" of "Ada Varga", tagged once as a place
    in "vintage Varga"), one that opens with an organisation's initials (a league's
    division "WFL South"), one they write only as a piece of a longer name (a division's
    "South" of "Western South", the "Texas" of "Texas Stadium", the "Orvel" of "Orvel
    Ave."), and a team's name (one ending in a capitalised plural the reports write alone
    after "the": "the Dalby Hawks", "the Hawks"), a publication's name ("the Orvel Morning
    Post") and a pronoun or a word of grammar with a capital ("Us" of a magazine). True for
    a name no entity has, which nothing says is not one.
    """
    if name.lower() in _FUNCTION_WORDS and not name.isupper():
        # "Us" (a magazine's "Us Weekly", tagged as the country): a pronoun or a word of
        # grammar with a capital is no place; the country is written "US".
        return False
    if _STATION.search(name):
        # "told NY1", "KTLA5 reported": a broadcaster named by its letters and channel
        # number, which a tagger may take for a place, never is one.
        return False
    if len(name.split()) > 1 and name.split()[-1] in _PUBLICATION_WORDS:
        # "the South China Morning Post", "Us Weekly": a publication, never a place.
        return False
    index = _Index.of(entities)
    found = index.named.get(name.casefold(), [])
    if not found:
        return True
    if not any(e.type in {"GPE", "LOC", "FAC"} for e in found):
        return False
    if not any(e.type == "GPE" for e in found) and name.partition(" ")[0] in index.initials:
        return False
    if place_kind(name) != "country":
        words = set(name.split())
        people = [n for person, n in index.people if words <= person and person != words]
        if people and max(people) > sum(len(e.mentions) for e in found):
            return False
    mentions = [m for e in found for m in e.mentions if m.doc in docs]
    if mentions and all(_piece_of_a_name(docs[m.doc].text, m.start, m.end) for m in mentions):
        return False
    last = name.split()[-1]
    if any(e.type in {"GPE", "LOC"} for e in found) or not _TEAM_WORD.fullmatch(last):
        return True
    alone = re.compile(rf"\b[Tt]he {re.escape(last)}\b(?!\s+(?:of\b|[A-Z]))")
    return not any(alone.search(d.text) for d in docs.values())


@dataclass(frozen=True, slots=True, kw_only=True)
class _Index:
    """A pile's entities as :func:`is_place` reads them: by each name and alias (lower
    case), people's names as sets of words with how often each is written, and the
    initials organisations go by ("WFL")."""

    entities: Mapping[str, Entity]
    named: Mapping[str, list[Entity]]
    people: tuple[tuple[frozenset[str], int], ...]
    initials: frozenset[str]

    @staticmethod
    def of(entities: Mapping[str, Entity]) -> _Index:
        """The index of ``entities``, built once for the labels of one pile."""
        cached = next(iter(_INDEXED), None)
        if cached is not None and cached.entities is entities:
            return cached
        named: dict[str, list[Entity]] = {}
        for entity in entities.values():
            for n in {x.casefold() for x in (entity.name, *entity.aliases)}:
                named.setdefault(n, []).append(entity)
        index = _Index(
            entities=entities,
            named=named,
            people=tuple(
                (frozenset(e.name.split()), len(e.mentions))
                for e in entities.values()
                if e.type == "PERSON"
            ),
            initials=frozenset(
                n
                for e in entities.values()
                if e.type == "ORG"
                for n in (e.name, *e.aliases)
                if len(n) > 1 and n.isupper() and n.isalpha()
            ),
        )
        _INDEXED[:] = [index]
        return index


_INDEXED: list[_Index] = []
"""The index of the pile whose labels were built last, kept for its next label: a pile's
entities are one mapping for all its labels, never changed."""


def _cased(label: str, measure: Sequence[Claim], docs: Mapping[str, Document]) -> str:
    """The label's words before "in" cased as its reports write them: a word they write
    only with a capital, away from a sentence's start, is a name ("Sundays", "Sixers"),
    never lower-cased."""
    head, sep, tail = label.partition(" in ")
    casings = [_casings(docs[d].text) for d in dict.fromkeys(c.doc for c in measure) if d in docs]
    words = []
    for word in head.split(" "):
        if len(word) < 3 or not word.isalpha() or not word.islower():
            words.append(word)
            continue
        seen = [c[f] for c in casings for f in {word, word.removesuffix("s")} if f in c]
        named = bool(seen) and all(capital for capital in seen)
        words.append(word[:1].upper() + word[1:] if named else word)
    return " ".join(words) + sep + tail


_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")
"""A word of letters, not part of a longer run of letters, digits or hyphens."""


@lru_cache(maxsize=256)
def _casings(text: str) -> Mapping[str, bool]:
    """How a report writes each of its words, by the word in lower case: True when every
    time it is written away from a sentence's, quote's or line's start and outside a
    headline's capitals it opens with a capital, else False; words written only at such
    starts are left out. One pass over the text, shared by all the labels of its pile."""
    casings: dict[str, bool] = {}
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if not _title_cased(text, start):
            for m in _WORD.finditer(text, start, end):
                if _OPENS.search(text, max(0, m.start() - 4), m.start()):
                    continue
                word = m.group(0)
                key = word.lower()
                casings[key] = casings.get(key, True) and word[:1].isupper()
        start = end + 1
    return casings


def _title_cased(text: str, at: int) -> bool:
    """Whether the line holding ``text[at]`` capitalises most of its words, as a headline
    does, whose capitals name nothing."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = re.findall(r"[A-Za-z]+", text[start : end if end >= 0 else len(text)])
    return len(words) > 2 and 2 * sum(w[0].isupper() for w in words) > len(words)


_OPENS = re.compile(r"(?:^|[.!?:\"\u201c\n]\s*|\W\s*[\"\u201c(])$")
"""Where a word opens a sentence, a quote or a line, with a capital of no name."""


def _placed(label: str, entities: Mapping[str, Entity], docs: Mapping[str, Document]) -> str:
    """The label without a last "in X" whose X is no place (:func:`is_place`): "catches
    in South" of a division's "Western South" is "catches", never a count in a region."""
    head, sep, tail = label.rpartition(" in ")
    if not sep or not tail[:1].isupper() or not head:
        return label
    return label if is_place(tail, entities, docs) else head


_CLAUSE_CUT = re.compile(r"[,.;:!?\n\"\u201c\u201d()\u2014]|\s-\s")
_LEADING_ON = frozenset(
    {
        *("the", "a", "an", "to", "of", "for", "with", "if", "and", "or", "like", "by", "at"),
        *("in", "on", "be", "that", "which", "who", "it", "its", "their", "his", "her", "as"),
    }
)
"""Words that lead on to others: a quoted passage never ends on one."""
_CLAUSE_LINKS = frozenset(
    {
        *("and", "but", "or", "who", "which", "whom", "whose", "while", "whereas"),
        *("said", "says", "told", "tells", "stated", "added"),
    }
)
"""Words that open a figure's own clause: a conjunction, a relative pronoun, a verb of
speech (the words before it are another clause's)."""
_ASIDE_AFTER = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
"""A bracketed aside right after a figure: its conversion ("(Dh4,275)", "(190 miles)"),
which a label quoting the words after it leaves out."""
_FIGURE_ONLY = re.compile(
    r"(?:about |some |nearly |over |more than |at least |up to )?"
    r"(?:[\d.,\s]+(?:million|billion|m|bn)?|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|twenty|dozens|scores|tens|hundreds|thousands|millions|billions|"
    r"each|both|all|none)",
    re.IGNORECASE,
)


_UNSAID_OF_KIND = {
    "count": "what it counts is not said",
    "percent": "what it is a share of is not said",
    "money": "what the sum is for is not said",
    "duration": "what lasted so long is not said",
}
"""What a figure of each kind leaves unsaid when its words name nothing: a count what it
counts, a share its whole, a sum its purpose, a duration what lasted."""


def _what_unsaid(claim: Claim) -> str:
    """The note a quoted figure's label carries, by the figure's kind ("'three years' (what
    lasted so long is not said)", never "what it counts" of a length of time); a length, a
    mass or another measure "what it measures"."""
    kind = claim.figure.kind if claim.figure is not None else "count"
    if kind in {"score", "tally"}:
        kind = "count"
    if claim.figure is not None and claim.figure.unit in {"basis_point", "percentage_point"}:
        kind = "measure"  # "12.5 basis points" is a move, no share of a whole
    return _UNSAID_OF_KIND.get(kind, "what it measures is not said")


_POSSESSED = re.compile(r"['\u2019]s\s+[A-Za-z][\w-]*")
"""A possessive and its noun right after a figure's words ("dozens of sheriff" + "'s
deputies"): the noun phrase goes on."""
_LIST_ON = re.compile(
    r"(?:,\s*[A-Za-z][\w-]*)+,?\s+(?:and|or)\s+[^,.;:!?()\[\]\n]{1,60}?"
    r"(?=\s+(?:in|on|at|of|for|from|to|that|who|which|were|was|are|is|have|has|had)\b"
    r"|\s*[,.;:!?()\n]|$)"
)
"""A list of modifiers after a figure's last word, up to its noun ("50 environmental" +
", business and religious groups")."""
_PLURAL_OF_ITS_OWN = frozenset(
    {"people", "police", "staff", "crew", "personnel", "children", "men", "women", "cattle"}
)
"""Plural nouns that do not end in "s"."""
_ENDS_NOTHING = frozenset({*_LEADING_ON, "from", "into", "onto", "over", "than", "per"})
"""Words a quoted phrase never ends on: they lead on to a noun ("one shot from")."""


def _phrase_ended(claim: Claim, text: str) -> str:
    """A figure's words run on to the end of their noun phrase when the reader's words
    stop inside it: a bracket left open ("one [person" + "]"), a possessive and its noun
    ("dozens of sheriff" + "'s deputies"), a list of modifiers up to its noun ("50
    environmental" + ", business and religious groups": a count above one written with a
    singular word names its noun later); and never end on a word that leads on ("one shot
    from" -> "one shot")."""
    words = claim.text
    after = text[claim.end : claim.end + 120]
    for opening, closing in ("[]", "()"):
        if words.count(opening) > words.count(closing) and closing in after[:40]:
            inside = after[: after.index(closing)].rstrip(".,;:!? ")
            return f"{words}{inside}{closing}"
    figure = claim.figure
    last = words.split()[-1] if words.split() else ""
    many = figure is not None and figure.kind == "count" and (figure.low or 0) > 1
    if (
        many
        and last.isalpha()
        and last.islower()
        and not last.endswith("s")
        and last not in _PLURAL_OF_ITS_OWN
    ):
        # A count above one written with a singular word: the noun comes later.
        owned = _POSSESSED.match(after)
        if owned is not None:
            return words + owned.group(0)
        listed = _LIST_ON.match(after)
        if listed is not None:
            return words + listed.group(0)
    kept = words.split()
    # "3 ft 6 in": a unit after its number ends nothing.
    while (
        len(kept) > 2
        and kept[-1].casefold() in _ENDS_NOTHING
        and not re.fullmatch(r"[\d.,]+", kept[-2])
    ):
        kept.pop()
    return " ".join(kept) if len(kept) < len(words.split()) else words


def _clause_after(text: str, before: Sequence[str]) -> list[str]:
    """The words a quotation takes after a bare figure: up to four of its clause, ending
    where another clause opens when words ``before`` it say what it is ("put the toll at
    20,000 which is the ...": a relative pronoun, a conjunction, a verb of speech, whose
    words are another clause's), never on a word that leads on."""
    words = _CLAUSE_CUT.split(text)[0].split()
    link = next((i for i, w in enumerate(words) if w.casefold() in _CLAUSE_LINKS), len(words))
    after = (words[:link] if before else words)[:4]
    while after and after[-1].casefold() in _LEADING_ON:
        after.pop()
    return after


def _passage(claim: Claim, docs: Mapping[str, Document]) -> str:
    """A figure's words as a label quotes them: the figure alone when its words name
    something ("three bodies"), else with the words around it in its clause, up to three
    before and four after ("advanced from their 10 to the Owls 17"), never ending on a
    word that leads on to others ("to", "the"): a number alone ("'10'") tells a reader
    nothing of what it is. A figure alone in its clause ("Ada Varga, 49, said") takes the
    words before it on its line, or after it when it opens the line."""
    document = docs.get(claim.doc)
    if document is None:
        return mended(claim.text)
    if not _FIGURE_ONLY.fullmatch(claim.text.strip()):
        return mended(_phrase_ended(claim, document.text))
    text = document.text
    window = text[max(0, claim.start - 80) : claim.start]
    clause = _CLAUSE_CUT.split(window)[-1].split()
    # "and another 2,000", "who earns 900", "He said 30": the words of the figure's own
    # clause begin after the link or the speech verb that opens it.
    links = [i for i, word in enumerate(clause) if word.casefold() in _CLAUSE_LINKS]
    clause = clause[links[-1] + 1 :] if links else clause
    before = clause[-3:]
    while before and len(before) < len(clause) and before[0].casefold() in _LEADING_ON:
        # "to us for 5": a passage never opens on a word that leads on from the one
        # before it; it goes back to the verb ("lend it to us for 5").
        before = clause[-len(before) - 1 :]
    # "900 (Dh4,275) a month": a conversion in brackets after the figure is left out, and
    # an ellipsis marks where, so the quotation stays true to the words ("900 … a month").
    aside = _ASIDE_AFTER.match(text, claim.end)
    rest = claim.end if aside is None else aside.end()
    kept = [] if aside is None else ["…"]
    after = _clause_after(text[rest : rest + 80], before)
    if not before and not after:
        # "Ada Varga, 49, said": the words before it on its line, or else after it.
        before = window.rpartition("\n")[2].split()[-3:]
        if not before:
            after = text[claim.end : claim.end + 80].partition("\n")[0].split()[:4]
    return mended(" ".join([*before, claim.text, *(kept if after else ()), *after]))


def _vote_share_label(
    measure: Sequence[Claim],
    topics: Mapping[str, Topic],
    entities: Mapping[str, Entity],
    docs: Mapping[str, Document],
    held: str = "",
) -> str:
    """A label for turnout, a group's turnout or share of those who voted (never "percent
    of registered", :func:`~.ballots.turnout`), or the support of the one holder ``held``
    in a poll ("Calder has 44 percent": "percent support for Calder",
    :func:`~.polls.held_shares`), with its place and the event's day."""
    topic = _lead(measure, topics)
    named = topic.population.partition(" (")[0]
    if held:
        named = f"percent support for {held}"
    elif named.startswith(f"{SHARE_OF_TURNOUT} of "):
        named = f"{named[len(SHARE_OF_TURNOUT) + 4 :]} as a share of the turnout"
    spot = entities.get(topic.place or "")
    # A name the tagger took for a place ("Brandt") is the holder, no place of the share.
    spot = spot if spot is not None and spot.name not in named else None
    day = _event_day(measure, topics)
    return named + (f" in {spot.name}" if spot else "") + (f", {day}" if day else "")


_FROM_PLACE = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:to the\s+)?(?:north|south|east|west)"
    r"(?:[- ]?(?:north|south|east|west))?(?:ern)?\s+of\s+"
    r"((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)
"""A length's reference point written after it: "55 miles (90 km) north of San Francisco"."""


def _origin(measure: Sequence[Claim], docs: Mapping[str, Document]) -> str | None:
    """The place more than half of a measure's lengths are written as measured from, the
    same place for each: "60km south west of Bandar Abbas" -> "Bandar Abbas"."""
    places: Counter[str] = Counter()
    for claim in measure:
        document = docs.get(claim.doc)
        found = _FROM_PLACE.match(document.text, claim.end) if document is not None else None
        if found is not None:
            places[found.group(1)] += 1
    if len(places) != 1:
        return None
    ((place, n),) = places.items()
    return place if 2 * n > len(measure) else None


_NATIONS = frozenset({"countries", "nations"})
"""Counted things that are countries themselves, which no one country holds."""
_MOVED = re.compile(r"percent of (?=(?:stocks|shares|prices|markets|index|indexes|indices)\b)")
"""A percent of something traded or priced, which a figure gives the move of."""
_MOVES = frozenset(
    {
        *("closed", "plunged", "fell", "dropped", "rose", "gained", "lost", "slid"),
        *("climbed", "jumped", "tumbled", "surged", "sank", "slumped", "soared", "declined"),
        *("increased", "decreased", "eased", "edged", "plummeted", "rallied", "fallen"),
        *("risen", "down", "up"),
    }
)
"""Verbs news writes a price's or a market's move with."""


def _qualifiers(claim: Claim) -> set[str]:
    """A figure's qualifying words, lower-cased."""
    return {q.casefold() for q in (claim.figure.qualifiers if claim.figure else ())}


_TOWNS = frozenset({"cities", "towns"})
"""Counted things that are cities or towns themselves, which no one city holds."""
_SIZED = {"majorities": "majority", "minorities": "minority", "margins": "margin"}
"""Counted nouns a figure gives the size of, never a number of ("a majority of 160")."""
_ONE_QUANTITY = re.compile(r"^(magnitude) of (?:strength|intensity|size|power|magnitude)\b")
"""A quake's size named by two of its words, one repeating the other."""
_SHARE_OF_NOTHING = re.compile(r"^percent of unknown\b")
"""A share whose whole no report names."""
_BARE_NOUNS = re.compile(r"[a-z]+(?: [a-z]+)?s")
"""A counted thing named by a plural noun alone, with no act ("comments", "public comments")."""
_ACT_BEFORE = re.compile(
    r"\b([a-z]{3,}ed|won|lost|scored|made|took|sent|paid|gave|threw|caught|ran|sold|bought|"
    r"built|spent|raised|held|drew|fired|seized|stole|struck|hit|cut|shed|sank)\s+"
    r"(?:(?:nearly|about|around|almost|some|over|under|roughly|only|just|all|a further|"
    r"another|more than|less than|fewer than|at least|at most|up to|as many as)\s+)*$"
)
"""An act written just before a figure ("received nearly 235,000 comments")."""
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being|get|got|gets)\s+$", re.IGNORECASE)
_NOT_ACTS = frozenset({"needed", "averaged", "totaled", "totalled", "included", "exceeded"})
"""Verbs before a figure that say how it stands, not what was done with the things counted."""


_WHOLE = re.compile(r"\bper\s?cent(?:age)?\s+of\s+([A-Za-z][a-z]+)\b", re.IGNORECASE)
_NO_WHOLE = frozenset({"the", "those", "them", "all", "its", "their", "his", "her", "these"})
"""Words after "percent of" that leave the whole unnamed ("60 percent of those polled")."""


def _whole(measure: Sequence[Claim]) -> str | None:
    """What a share is of, as most of its figures' words name it ("83.3 percent of Greeks")."""
    wholes = Counter(
        m.group(1)
        for c in measure
        for m in _WHOLE.finditer(c.text)
        if m.group(1).lower() not in _NO_WHOLE
    )
    return wholes.most_common(1)[0][0] if wholes else None


def _act(measure: Sequence[Claim], docs: Mapping[str, Document]) -> str | None:
    """The act half or more of a measure's figures, and two at least, are written with and
    none other is: "received" of "received nearly 235,000 comments" and "has received
    300,000 comments"; never a passive's ("was arrested five buildings away")."""
    acts: Counter[str] = Counter()
    for claim in measure:
        document = docs.get(claim.doc)
        if document is None:
            continue
        found = _ACT_BEFORE.search(document.text, max(0, claim.start - 60), claim.start)
        if found is None or found.group(1) in _NOT_ACTS:
            continue
        # "was arrested five buildings away": a passive's figure is not what was acted on.
        if _PASSIVE.search(document.text, max(0, found.start() - 12), found.start()) is None:
            acts[found.group(1)] += 1
    if len(acts) != 1:
        return None
    ((act, n),) = acts.items()
    return PAST_PARTICIPLES.get(act, act) if n > 1 and 2 * n >= len(measure) else None


_SERVING = re.compile(
    r"\b((?:shelter|hous|host|treat|accommodat|feed|teach)ing)\s+"
    r"((?:[a-z]+ ){0,2}?[a-z]+)\s+(?:in|at|across)\s+$"
)
"""A place's service just before its count: "sheltering families in", "treating patients
at", "housing displaced people across"."""


def _serving(measure: Sequence[Claim], docs: Mapping[str, Document]) -> str | None:
    """The service every figure of a measure is told with, in the words of its first:
    "sheltering families" of "it was sheltering families in three schools". A service
    whose object holds a number, or that its figures tell in other words, names none."""
    found: set[str] = set()
    for claim in measure:
        document = docs.get(claim.doc)
        if document is None:
            return None
        before = document.text[max(0, claim.start - 50) : claim.start]
        hit = _SERVING.search(before)
        if hit is None:
            return None
        found.add(f"{hit.group(1)} {hit.group(2)}")
    return found.pop() if len(found) == 1 else None


def _unrepeated(label: str) -> str | None:
    """A measure's words without a place its head already names ("Port Verin Pilots games
    in Verin" -> "Port Verin Pilots games"); None when the head is only a piece of the
    place's own name ("Orleans in New Orleans"), a noun that counts nothing."""
    head, sep, tail = label.partition(" in ")
    if not sep:
        return label
    heads, tails = set(head.lower().split()), set(tail.lower().split())
    if heads <= tails and head[:1].isupper():
        return None
    return head if tails <= heads else label


def as_written(name: str, texts: Sequence[str]) -> str:
    """A name kept in lower case for comparing, cased as the reports write it.

    Each word takes the first form a text writes it in with a capital ("US", "al-Qaeda",
    "McAllister"), in a text that is not all capitals (a shouted headline says nothing of
    how a name is cased); a word no such text writes with a capital is cased as a name
    written in capitals is (:func:`~triangulate.resolve.acronyms.unshout`): "US National
    Hurricane Center", never "Us National Hurricane Center".
    """
    mixed = [t for t in texts if not t.isupper()]
    out: list[str] = []
    for word in name.split():
        pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", re.IGNORECASE)
        found = next(
            (m.group(0) for t in mixed for m in pattern.finditer(t) if m.group(0)[:1].isupper()),
            None,
        )
        out.append(found if found is not None else unshout(word.upper()))
    return " ".join(out)


_SPELLS = {
    "unrest": re.compile(
        r"\b(?:riots?|rioting|clashes|violence|unrest|disturbances|rebellion|uprising)\b"
    ),
    "shaking": re.compile(r"\b(?:quake|earthquake|tremor|temblor|aftershock|shaking)\b"),
}
"""What a label of how long the unrest or the shaking lasted must name."""
_OWN_NAMES = frozenset(
    {
        *("shots fired", "prison term", "possible prison term", "speed of the vehicle"),
        *("speed limit", "length of the chase", "length of the fall", "times hit by gunfire"),
        *("rounds loaded", "a person's weight"),
    }
)
_OWN_NAMED = ("charges of ", "distance ")
"""Quantities a label names by the topic, never by one report's words for them."""
_CHARGES_NAMED = "charges of "
"""Charges of a named crime: a measure holding one is labelled by it."""
_NAMELESS = "unknown "
"""How a figure's measure begins when the reader found no counted noun."""


def _is_nameless(measure: str) -> bool:
    """Whether a measure names no counted noun: "unknown in X", or "unknown" alone when no
    place is given either."""
    return measure.startswith(_NAMELESS) or measure == _NAMELESS.rstrip()


_MACHINE = re.compile(
    r"\b(?:helicopter|aircraft|plane|airplane|jet|drone|car|truck|lorry|bus|van|tank|"
    r"ambulance|train|boat|ship|vessel|ferry|skiff|building|house|home|school|shop|store|"
    r"bank|station|office|factory|plant|hospital|bridge|road)s?$",
    re.IGNORECASE,
)
"""A vehicle, a machine or a building as the last word of a label's head: what is counted
is a thing, never people killed, wounded or fled."""
# What befalls only people, and only things, as a measure's words say it.
_PEOPLE_STATES = re.compile(r"\s+(?:killed|wounded|fled)\b(\s+from\b)?")
_THING_STATES = re.compile(r"\s+destroyed\b")


# Words that say a harm befell those counted, dead or hurt ("people shot", "victims").
_HARMED = re.compile(r"\b(?:shot|struck|hit|victims?|casualt\w*|harmed)\b", re.IGNORECASE)


def _fitting_states(label: str, *, people: bool) -> str:
    """A label without a state its counted thing cannot be in: "helicopters wounded",
    "buildings fled from X" and "people destroyed" are words read from a sentence about
    something else."""
    if people:
        return _THING_STATES.sub("", label)
    return _PEOPLE_STATES.sub(lambda m: " in" if m.group(1) else "", label)


_MONEY_NOUNS = frozenset(
    {
        *("bailout", "loan", "loans", "package", "aid", "fund", "funds", "budget", "debt"),
        *("deficit", "savings", "cuts", "damage", "cost", "costs", "fine", "bill", "deal"),
        *("spending", "share", "contribution", "payment", "compensation", "ransom", "reward"),
        *("salary", "wage", "wages", "earnings", "revenue", "profit", "profits", "losses"),
        *("price", "investment", "grant", "donation", "donations", "appeal", "pledge"),
        *("rescue", "settlement", "bonus", "pension", "tax", "taxes", "bond", "bonds"),
    }
)
"""Nouns a report uses for what a sum of money is: the words a money label keeps."""


def _money_label(
    measure: Sequence[Claim],
    topics: Mapping[str, Topic],
    entities: Mapping[str, Entity],
    docs: Mapping[str, Document],
) -> str:
    """A sum of money by the noun most of its reports use for it ("bailout (EUR)"), else
    by what its reports say it is for ("bribes (USD)"), else "sum of money"; then its
    place (:func:`is_place`) and currency."""
    nouns = Counter(
        word
        for c in measure
        if c.figure is not None
        for word in re.findall(r"[a-z]+", (c.figure.counted or "").lower())[-1:]
        if word in _MONEY_NOUNS
    )
    topic = topics[measure[0].id]
    purposes = {topics[c.id].purpose for c in measure if c.id in topics} - {None}
    # What the sum is for ("bribes", "overcharge") when no noun of the table names it.
    purpose = purposes.pop() if len(purposes) == 1 else None
    what = min(nouns, key=lambda w: (-nouns[w], w)) if nouns else purpose or "sum of money"
    if not nouns and purpose is not None and " or " in purpose:
        what = _as_told(purpose, measure) or what
    place = entities.get(topic.place or "")
    if place is not None and not is_place(place.name, entities, docs):
        place = None  # "sum of money in Varga": a person's name read as a place
    unit = next((c.figure.unit for c in measure if c.figure is not None), None)
    label = f"{what} in {place.name}" if place is not None else what
    label = f"{label} ({unit})" if unit else label
    day = _event_day(measure, topics)
    return f"{label}, {day}" if day else label


def _as_told(purpose: str, measure: Sequence[Claim]) -> str | None:
    """A sum whose purpose is a pair of words for one kind ("damage or loss") as most of
    its reports' measures name it: their words before the place and the unit, when they
    end on a word of that purpose ("money lost", "losses"). A person names the one sum
    by the word the reports use, never by both."""
    told = Counter(
        head
        for c in measure
        if c.figure is not None
        for head in [c.figure.measure.partition(" in ")[0].partition(" (")[0].strip()]
        if head and PURPOSE_WORDS.get(head.split()[-1].lower(), ("",))[0] == purpose
    )
    return min(told, key=lambda h: (-told[h], h)) if told else None


def _event_day(measure: Sequence[Claim], topics: Mapping[str, Topic]) -> str | None:
    """The day (or month) the measure's dated figures share, as a reader writes it."""
    events = {topics[c.id].event for c in measure} - {None}
    if len(events) != 1:
        return None
    (event,) = events
    assert event is not None
    first, last = (dt.date.fromordinal(max(1, d)) for d in event)
    if first == last:
        return f"{first.day} {first:%B %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%B %Y}"
    return None


def _assertion_groups(
    claims: Sequence[Claim],
    docs: Mapping[str, Document],
    entities: Mapping[str, Entity],
    upstreams: Upstreams,
) -> list[Group]:
    every = [c for c in claims if c.assertion is not None]
    # What a guarantee or demand says ("would guarantee they would not be targeted") is not
    # asserted by itself: a statement nested inside another of a different predicate is
    # left to the outer one.
    # Only a statement of the same report can hold another.
    same_doc: dict[str, list[Claim]] = {}
    for claim in every:
        same_doc.setdefault(claim.doc, []).append(claim)
    held = {c.id for claims_of_doc in same_doc.values() for c in _held(claims_of_doc)}
    statements = [c for c in every if c.id not in held]
    places = place_index(entities)
    frames = {c.id: frame_of(c, docs.get(c.doc), entities, places) for c in statements}
    out = []
    pending = [tuple(t) for t in threads(statements, frames)]
    while pending:
        thread = pending.pop(0)
        verdict, why, pair = judge_thread(thread, frames, upstreams, docs)
        polarities = {c.assertion.polarity for c in thread if c.assertion is not None}
        if verdict in {"agree", "single"} and len(polarities) > 1:
            # Statements saying a thing and statements denying it, with no actor or time to
            # set them against each other: each side is a thread of its own, never "agree".
            for polarity in sorted(polarities):
                side = tuple(c for c in thread if c.assertion and c.assertion.polarity == polarity)
                if len(side) >= 2:
                    pending.append(side)
            continue
        if verdict == "conflict" and pair is not None:
            # A conflict is about its actors: the rest of the thread is judged on its own.
            core = conflict_core(thread, frames, pair)
            rest = tuple(c for c in thread if c not in core)
            if len(rest) >= 2:
                pending.append(rest)
            thread = core
        ids = tuple(c.id for c in thread)
        out.append(
            Group(
                id=group_id("assertion", "thread", ids),
                label=_thread_label(thread, docs),
                kind="assertion",
                claims=ids,
                verdict=verdict,
                explanation=why,
                independent_sources=upstreams.count(ids),
                sources=upstreams.names(ids),
            )
        )
    return out


def _held(claims: Sequence[Claim]) -> list[Claim]:
    """The statements of one report that another statement of it holds (``_nested``)."""
    by_start = sorted(claims, key=lambda c: c.start)
    starts = [c.start for c in by_start]
    # The furthest end of the statements starting at or before each one: no statement
    # before a point where that falls short of a claim's end can hold the claim.
    reach = list(accumulate((c.end for c in by_start), max))
    out = []
    for claim in claims:
        k = bisect_right(starts, claim.start) - 1
        while k >= 0 and reach[k] >= claim.end:
            if _nested(claim, by_start[k]):
                out.append(claim)
                break
            k -= 1
    return out


def _nested(inner: Claim, outer: Claim) -> bool:
    """Whether ``inner`` lies inside ``outer``'s span with a different predicate."""
    if inner.id == outer.id or inner.doc != outer.doc:
        return False
    if inner.assertion is None or outer.assertion is None:
        return False
    inside = outer.start <= inner.start and inner.end <= outer.end
    longer = (outer.end - outer.start) > (inner.end - inner.start)
    return inside and longer and inner.assertion.predicate != outer.assertion.predicate


def _thread_label(thread: Sequence[Claim], docs: Mapping[str, Document]) -> str:
    """The thread's statement as a report words it: subject, verb and object from the
    text of its most typical statement (the most common object and subject, a missing one
    never counted as shared; not a headline, in capitals or a report's title line, nor a
    clause opening on a relative pronoun, broken by a comma or holding characters its
    report garbled when another will do; the shortest of four words or more, or of three
    opening a sentence ("Three people died"), with a subject and an object), negation
    kept, at most ``LABEL_LENGTH`` characters."""
    # A missing subject or object is no subject the thread shares: "killed three people",
    # told five times without who killed them, never outranks the one report naming who.
    objects = Counter(_key(c.assertion.object) for c in thread if c.assertion)
    subjects = Counter(_key(c.assertion.subject) for c in thread if c.assertion)
    objects[""] = subjects[""] = 0
    affirmed = [c for c in thread if c.assertion and c.assertion.polarity == "affirmed"]

    def rank(claim: Claim) -> tuple[int, int, int, int, int, int, int, str]:
        a = claim.assertion
        assert a is not None
        text = " ".join(claim.text.split())
        return (
            text.isupper()
            or _in_headline(claim, docs.get(claim.doc))
            or _RELATIVE.match(text) is not None
            or "," in text
            or "\ufffd" in text,
            len(text.split()) < (3 if text[:1].isupper() else 4),
            -objects[_key(a.object)],
            -subjects[_key(a.subject)],
            not a.subject,
            not a.object,
            len(text),
            claim.id,
        )

    best = min(affirmed or thread, key=rank)
    # "officials from the council -- a body set up by the town -- were trying to ...": an
    # aside between two dashes is left out, never the statement cut at its first dash.
    text = _DASHED_ASIDE.sub(" ", mended(" ".join(best.text.split())))
    budget = LABEL_LENGTH
    while True:
        # The statement cut at a clause's end to fit, quoted as its report says it (negation
        # included, which may lengthen it): cut again until the quote fits.
        cut = clause_cut(text, budget)
        longer = clause_cut(text, budget + _ROOM_TO_FINISH)
        if _HANGING.search(cut) and not _HANGING.search(longer) and len(longer) <= 80:
            # "officials were trying": a verb waiting for its infinitive is never the end;
            # the statement runs on to the end of its next phrase when that is near.
            cut = longer
        # A statement's span that ends on a word waiting for its noun ("Police were called
        # by neighbours at breakfast time on") ends before it.
        bare = _DANGLING.sub("", cut)
        cut = bare if len(bare.split()) >= _FEWEST_WORDS else cut
        said = quote(replace(best, text=cut, end=best.start + len(cut)), docs)
        said = said[1:-1] if said.startswith("'") and said.endswith("'") else said
        if len(said) <= LABEL_LENGTH + _ROOM_TO_FINISH * (cut == longer) or budget <= 20:
            break
        budget -= len(said) - LABEL_LENGTH
    return mended(said)


_ROOM_TO_FINISH = 12
"""How many characters past ``LABEL_LENGTH`` a statement's label may run to finish a verb
left waiting for its infinitive."""
_DASHED_ASIDE = re.compile(r" (?:--|- -|–|—) [^–—]{1,120}? (?:--|- -|–|—) ")
"""An aside set between two dashes inside a statement."""
LABEL_LENGTH = 70
"""The most characters a statement thread's label runs to."""

# Where a clause or a phrase ends in a statement, strongest first: a comma or a dash, a
# clause opened by a conjunction or a relative word ("and vowed to ...", "a strike that
# ..."; "and" or "or" only before a verb or a pronoun, never inside a list: "men and
# women"), then a phrase opened by a preposition or an infinitive ("... people in the
# region").
_CLAUSE_BREAKS = (
    # A spaced hyphen is no dash in a tokenised text ("co - workers").
    re.compile(r"\s*[,;:]\s+|\s+\(|\s+(?:--|–|—)\s+"),
    re.compile(
        r"\s+(?=(?:(?:and|but|or)\s+(?:\w+ed|he|she|they|it|we|then|also|was|were|is|are|"
        r"has|have|had|said|says|told|vowed|left|took|made|gave|went|set|sent|won|lost)|"
        r"but|while|whereas|because|after|before|when|since|although|though|which|who|"
        r"whom|whose|that|where|amid|saying|including)\b)"
    ),
    re.compile(
        r"\s+(?=(?:in|on|at|to|with|for|from|by|into|near|over|under|during|against|"
        r"about|after|off|of)\b)"
    ),
    # Last of all, any "and" or "or": "killed a police officer and a state bomb squad ...".
    re.compile(r"\s+(?=(?:and|or)\b)"),
)
_DANGLING = re.compile(
    r"(?:\s+(?:on|at|in|of|to|by|for|with|from|into|the|a|an|and|or|but|that|its|their))+$",
    re.IGNORECASE,
)
"""Words a phrase cannot end on: a preposition, an article or a conjunction."""
_FEWEST_WORDS = 3
"""The fewest words a statement cut at a clause's end keeps."""
# A word a phrase cut after it leaves hanging: a verb waiting for its infinitive or its
# complement ("were made" before "to leave", "tried" before "to block").
_HANGING = re.compile(
    r"\b(?:made|set|tried|asked|agreed|wanted|been|be|is|are|was|were|am|get|got|has|have|"
    r"had|going|able|due|likely|expected|scheduled|poised|trying|seeking|hoping|planning)$",
    re.IGNORECASE,
)


def clause_cut(text: str, limit: int) -> str:
    """A statement cut to at most ``limit`` characters at the end of a clause or a phrase,
    never in the middle of one: "Papandreou expressed shock at the deaths and vowed to
    bring ..." -> "Papandreou expressed shock at the deaths". The latest break of the
    strongest kind that keeps half the room, else of the strongest kind that keeps a few
    words (of phrase breaks, one after a noun before one after a verb); a word boundary
    with "..." only when no clause or phrase ends in time."""
    if len(text) <= limit:
        return text
    strongest = None
    for breaks in _CLAUSE_BREAKS:
        ends = [m.start() for m in breaks.finditer(text) if m.start() <= limit]
        ends = [e for e in ends if len(text[:e].split()) >= _FEWEST_WORDS]
        if breaks is _CLAUSE_BREAKS[2]:
            ends = [e for e in ends if not _HANGING.search(text[:e])] or ends
        if not ends:
            continue
        if 2 * ends[-1] >= limit:
            # The strongest break keeping half the room or more: "tough budget cuts
            # demanded by the European Union", never "tough budget cuts demanded".
            return text[: ends[-1]].rstrip(" ,;:-")
        strongest = ends[-1] if strongest is None else strongest
    if strongest is not None:
        return text[:strongest].rstrip(" ,;:-")
    return text[: limit - 3].rsplit(" ", 1)[0] + "..."


# What opens a compound a tokenised text spaces apart: a few digits (never a year before a
# dash: "2005 - the year ..."), a number's word ("Sixteen - year - old"), or a word that
# news writes only joined to the next ("co - workers", "fire - bomb", "cold - blooded").
_NUMBER = (
    r"(?:(?<![\d,.])\d{1,3}(?:\.\d+)?|"
    r"\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|zero|half|co|ex|self|anti|non|pre|post|fire|"
    r"cold|well|all|year|day|week|month|hour|mile|foot|point|time|first|second|third)\b)"
)
_OPENS_CLAUSE = (
    r"(?:the|a|an|and|or|but|he|she|it|they|we|i|his|her|its|their|this|that|these|those|"
    r"which|who|as|to|in|on|at|for|with|from|by|not|no)\b"
)
# Figures as a tokenised text spaces them: "6. 7", "26, 000", "24 - hour", "6 - foot - 9".
_SPACED_FIGURES = (
    (re.compile(r"(?<![\d.,])(\d+)\. (\d+)(?![\d,.]?\d)"), r"\1.\2"),
    # Never a dash before a clause ("it all - the house, the car").
    (re.compile(_NUMBER + r"(?:-[a-z]+)* - (?=[a-z\d])(?!" + _OPENS_CLAUSE + r")"), r"\g<0>"),
    # A thousands group, never a figure after a hyphen ("6-foot-9, 260-pound").
    (re.compile(r"(?<![\d.,-])(\d{1,3}), (\d{3})(?!\d)"), r"\1,\2"),
)


def mended(label: str) -> str:
    """A label's figures written as a person writes them, never as a tokenised text spaces
    them: "A 6. 7 - strength quake" -> "A 6.7-strength quake", "26, 000" -> "26,000",
    "a five - boat attack" -> "a five-boat attack", "IS- held areas" -> "IS-held areas"; a
    day and a count after a month's name stay apart ("May 5, 300 people")."""
    decimal, compound, thousands = _SPACED_FIGURES
    label = decimal[0].sub(decimal[1], label)
    # "the remaining IS- held areas": a hyphen a tokenised text left a space after.
    label = _HALF_SPACED.sub(r"\1-\2", label)
    joined = None
    while joined != label:
        joined, label = label, compound[0].sub(lambda m: m.group(0).replace(" - ", "-"), label)
    return thousands[0].sub(
        lambda m: m.group(0) if _after_month(label, m) else m.expand(thousands[1]), label
    )


_HALF_SPACED = re.compile(r"\b([A-Za-z]{2,})- (?!(?:and|or|nor|to)\b)([a-z]{3,})\b")
"""A word and a hyphen joined to the next word by one space only after it ("IS- held"),
never a prefix shared by two words ("pre- and post-war")."""
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$"
)


def _after_month(text: str, match: re.Match[str]) -> bool:
    """Whether a figure follows a month's name: "May 5, 300 people" is a day and a count."""
    return _MONTH_BEFORE.search(text, 0, match.start()) is not None


def _in_headline(claim: Claim, document: Document | None) -> bool:
    """Whether a statement lies in its report's headline, the report's first line when that
    is its title ("Last families leave flooded district"): a headline's clipped words label
    a thread only when no sentence of a report will do."""
    if document is None or not document.title:
        return False
    first = document.text.lstrip()
    skipped = len(document.text) - len(first)
    line = first.split("\n", 1)[0]
    if " ".join(line.split()) != " ".join(document.title.split()):
        return False
    return claim.start < skipped + len(line)


_RELATIVE = re.compile(r"(?:which|who|whom|whose|that|what)\b", re.IGNORECASE)


def _key(words: str | None) -> str:
    return " ".join((words or "").lower().split())
