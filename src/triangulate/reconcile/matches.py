"""Which game a side of a score or a player's statistic is of.

A game is known by its two sides: a result names both ("the Orvel Hawks beat the Dalby
Owls 65-53", "the Owls lost to the Hawks 65-55"), so two reports' results naming the same
two teams are one game's, whichever team each names first, and their winning points are
one quantity however the reports differ on it. A report of one game tells its players'
lines of that game: "Brandt scored 30 points", "had 12 rebounds" in a report whose only
result is the Hawks' over the Owls are Brandt's points and rebounds in that game. A
season's average ("averaging 15.5 points per game") is no game's total, and a line told of
a part of the game ("13 points in the first half"), a season or a career is none of the
game's whole.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from triangulate.claims.quantities import result_sides, without_possessive
from triangulate.ingest.dates import WEEKDAYS
from triangulate.model import Claim, Document
from triangulate.reconcile.statements import sentence_span


@dataclass(frozen=True, slots=True, kw_only=True)
class Game:
    """A game as a report tells it: its two teams (:func:`team_key`), the day it was played
    when the report says ("on Saturday", "last night"), and the day of the report."""

    teams: frozenset[str]
    named: frozenset[str] = frozenset()
    """Every word of the two teams' names as the report gives them ("creighton" and
    "bluejays" of "Creighton Bluejays"), lowered and without a possessive ending."""
    day: int | None = None
    """The day's ordinal (:meth:`datetime.date.toordinal`), or None when unsaid."""
    reported: int | None = None
    """The ordinal of the day the report was published, or None when unknown."""

    def same(self, other: Game) -> bool:
        """Whether two reports' games are one: a team plays one game a day, so two games
        sharing a team are one ("the Owls beat Dalby" and "Orvel beat Dalby" name
        one game's winner two ways) unless their days differ. A result is news the day of
        the game or the next: a report that says no day tells a game of its own day or the
        day before, and two such reports more than a day apart tell two games."""
        if not self.teams & other.teams and not (
            self.teams & other.named or other.teams & self.named
        ):
            # "Orvel" of one report is the "Orvel Hawks" of another: a team named by its
            # city alone is the team whose full name holds that city
            return False
        if self.day is not None and other.day is not None:
            return self.day == other.day
        if self.day is None and other.day is None:
            if self.reported is None or other.reported is None:
                return True
            return abs(self.reported - other.reported) <= 1
        told, untold = (self, other) if self.day is not None else (other, self)
        assert told.day is not None
        return untold.reported is None or 0 <= untold.reported - told.day <= 1


# "76ers", "49ers": a team named by a number and "-ers"
_NUMBERED_TEAM = re.compile(r"[0-9]*([0-9])ers")
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def team_key(name: str) -> str | None:
    """A team as reports name it ("Orvel 76ers", "the 76ers", "the Sixers'"): the
    name's last word, which a team keeps when a report drops its city, lowered and without
    a possessive ending; a team named by a number is the team its nickname names ("76ers"
    and "Sixers", "49ers" and "Niners"). None for an empty name."""
    words = name.split()
    if not words:
        return None
    word = without_possessive(words[-1].lower())
    numbered = _NUMBERED_TEAM.fullmatch(word)
    if numbered:
        # reports shorten a team named by a number to its last digit's word: "the Sixers"
        word = _DIGIT_WORDS[int(numbered.group(1))].removesuffix("e") + "ers"
    elif word in _SHARED_LAST and len(words) > 1:
        # "Indiana State" and "Iowa State", "Leeds United" and "Dalby United": a word many
        # teams end on names none of them alone
        word = f"{without_possessive(words[-2].lower())} {word}"
    return word


def team_aliases(holders: Iterable[str], texts: Iterable[str]) -> dict[str, str]:
    """A team a report names by its city alone, keyed as its full name is: a team is named
    by its city ("Orvel (11-4)"), its nickname ("the Hawks (11-4)") or both, and a
    report of the pile naming both together ("the Orvel Hawks") tells that the city
    and the nickname are one team, the two written on one line ("... out against Owls"
    ending a headline and "Orvel Hawks guard ..." opening the next line name two teams).
    Returns each city's key (:func:`team_key`) -> the full name's key, for the keys among
    ``holders`` only."""
    keys = sorted(set(holders))
    found: dict[str, str] = {}
    if len(keys) < 2:
        return found
    for text in texts:
        for city in keys:
            for nickname in keys:
                if city == nickname or city in found:
                    continue
                # on one line: a headline's last word and the next line's first are no name
                both = re.search(rf"\b{re.escape(city)}[ \t]+{re.escape(nickname)}\b", text, re.I)
                if both is not None and both.group(0)[:1].isupper():
                    found[city] = nickname
    for short in keys:
        # "the Jags" for the Jaguars, "the Pats" for the Patriots: a nickname cut short is
        # the one nickname of the pile it opens, its plural kept.
        stem = short.removesuffix("s")
        if short in found or stem == short or len(stem) < 3 or " " in short:
            continue
        longer = [
            k for k in keys if k.endswith("s") and len(k) > len(short) + 1 and k.startswith(stem)
        ]
        if len(longer) == 1:
            found[short] = longer[0]
    return found


# Last words that many teams' names share, so that they name no one team alone: a state
# university's "State", a club's "United", "City", "Town", "County" or "Athletic".
_SHARED_LAST = frozenset(
    {"state", "united", "city", "town", "county", "athletic", "college", "university", "tech"}
)


# Words of an election in a result's sentence ("beat Lind 55-45 in the Kelvara
# primary"): a share of votes in one of many contests held on one day, no game's points.
_ELECTION = re.compile(
    r"\b(?:primar(?:y|ies)|caucus\w*|election\w*|electoral|precincts?|delegates?|ballots?|"
    r"votes?|voters?|polls?|polling)\b",
    re.IGNORECASE,
)


def _result_teams(text: str, start: int, end: int) -> frozenset[str] | None:
    """The two teams of the result one of whose numbers is ``text[start:end]``
    (:func:`_teams`), unless its sentence tells an election."""
    begin, stop = sentence_span(text, start, end)
    if _ELECTION.search(text, begin, stop):
        return None
    return _teams(result_sides(text, start, end))


def _named(text: str, start: int, end: int) -> frozenset[str]:
    """Every word of the names of the two sides of the result at ``text[start:end]``."""
    sides = result_sides(text, start, end) or ()
    words = [[without_possessive(w.lower()) for w in side.split()] for side in sides]
    # each word and each two words running ("indiana state" of "Indiana State Sycamores"),
    # as :func:`team_key` may key a team by two
    return frozenset(w for side in words for w in side) | frozenset(
        f"{one} {two}" for side in words for one, two in pairwise(side)
    )


def _teams(sides: tuple[str, str] | None) -> frozenset[str] | None:
    """The two teams of a result's sides, as :func:`team_key` names them; None unless two."""
    if sides is None:
        return None
    keys = frozenset(k for k in map(team_key, sides) if k)
    return keys if len(keys) == 2 else None


def game_of_side(claim: Claim, document: Document | None) -> Game | None:
    """The game a side of a result is of, or None for a record's side, a score of a game
    going on, or a result naming one side only."""
    figure = claim.figure
    if document is None or figure is None or figure.kind != "score":
        return None
    if "points" not in (figure.unit or figure.counted or ""):
        return None  # wins and losses: a record, no game
    teams = _result_teams(document.text, claim.start, claim.end)
    if teams is None:
        return None
    return Game(
        teams=teams,
        named=_named(document.text, claim.start, claim.end),
        day=_game_day(document, claim.start),
        reported=_reported(document),
    )


_DAY_TOLD = re.compile(
    rf"\b(?:(?P<weekday>{'|'.join(WEEKDAYS)})|(?P<last>last\s+night|yesterday)|"
    r"(?P<today>tonight|today))\b",
    re.IGNORECASE,
)


_PAIR_FROM = re.compile(r"[0-9]+\s?[-–]\s?[0-9]+")
_CLAUSE_BREAK = re.compile(r"[,;:()]")


def _day_near(text: str, at: int) -> re.Match[str] | None:
    """The day told beside a result's numbers at ``at``, in its clause: "Friday night's
    88-72 loss", "beat Dalby 65-53 on Friday"; a day told further on ("..., moving them
    along to Saturday's semifinals") is another game's."""
    begin, end = sentence_span(text, at, at + 1)
    pair = _PAIR_FROM.match(text, at)
    after = pair.end() if pair else at
    stop = _CLAUSE_BREAK.search(text, after, min(end, after + 30))
    near = _DAY_TOLD.search(text, after, stop.start() if stop else min(end, after + 30))
    if near is not None:
        return near
    opens = max(begin, at - 60)
    found = list(_DAY_TOLD.finditer(text, opens, at))
    return found[-1] if found else None


def _reported(document: Document) -> int | None:
    """The ordinal of the day a report was published, or None when not known to the day."""
    published = document.published.date
    if published is None or len(published) != 10:
        return None
    try:
        return dt.date.fromisoformat(published).toordinal()
    except ValueError:
        return None


def _game_day(document: Document, at: int) -> int | None:
    """The day a result's clause says its game was played, counted back from its report's
    day ("on Saturday": the last Saturday by then; "last night": the day before); None when
    the clause names no day or the report's day is unknown."""
    day = _reported(document)
    if day is None:
        return None
    reported = dt.date.fromordinal(day)
    told = _day_near(document.text, at)
    if told is None:
        return None
    if told.group("weekday"):
        back = (reported.weekday() - WEEKDAYS.index(told.group("weekday").lower())) % 7
    else:
        back = 1 if told.group("last") else 0
    return reported.toordinal() - back


# Two numbers joined as a score ("65-53", "65 - 53")
_PAIR = re.compile(r"(?<![\w.,-])([0-9]{1,3})\s?[-–]\s?([0-9]{1,3})(?![\w-])")


@lru_cache(maxsize=512)
def _teams_told(text: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """The results a report states, in order: where each starts and its two teams."""
    found = []
    for pair in _PAIR.finditer(text):
        teams = _result_teams(text, pair.start(1), pair.end(1))
        if teams is not None:
            found.append((pair.start(), teams))
    return tuple(found)


# The verb of a player's line in a game, right before the number, and the mark the line
# set ("scored 30 points", "also had 12 rebounds", "added a career-high 14 points",
# "pulled down 10 rebounds").
_LINE_TOLD = re.compile(
    r"\s+(?:also\s+|again\s+)?(?:scored|had|added|grabbed|pulled\s+down|finished\s+with|"
    r"contributed|collected|tallied|dished\s+out|handed\s+out|poured\s+in|chipped\s+in"
    r"(?:\s+with)?|recorded)\s+(?:(?:a|an|his|her)\s+)?"
    r"(?:(?:game|team|season|career|personal)[\s-]high\s+)?",
    re.IGNORECASE,
)
# Words telling a line of a part of a game, a season, a career or an average: "13 points
# in the first half", "22 points this season", "2,129 career points", "per game".
_NOT_THE_GAME_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:per|a)\s+(?:game|contest|outing|night)\b|[^.;]{0,30}?\b(?:half|"
    r"quarter|period|overtime|stretch|run|span|season|career|straight|unanswered|during|"
    r"since|this\s+year)\b|\s*(?:ppg|rpg|apg)\b",
    re.IGNORECASE,
)
_NOT_THE_GAME_BEFORE = re.compile(
    r"\b(?:averag\w*|first-half|second-half|half|season|career|all|of\s+(?:his|her))\b[^.;]*$",
    re.IGNORECASE,
)


def told_line(between: str) -> bool:
    """Whether the words between a name and a number tell the named player's line in a
    game: only the verb of a line, with a word of repeating ("Brandt also had 12
    rebounds", "Varga added a career-high 14 points")."""
    return _LINE_TOLD.fullmatch(between) is not None


def average_told(text: str, start: int, end: int) -> bool:
    """Whether a player's figure is a season's average ("averaging 15.5 points per game",
    "15.9 ppg"), no game's total."""
    return bool(
        _AVERAGING.search(text, max(0, start - 40), start) or _PER_GAME.match(text, end, end + 30)
    )


_AVERAGING = re.compile(r"\baverag\w*\b[^.;]*$", re.IGNORECASE)
_PER_GAME = re.compile(
    r"[^.;]{0,20}?\b(?:(?:per|a)\s+(?:game|contest|outing|night)|ppg|rpg|apg)\b", re.IGNORECASE
)


def game_of_line(claim: Claim, document: Document | None, named_at: int | None) -> Game | None:
    """The game a player's line is of: the game whose result its report tells first, when a
    verb of a game's line comes right before the number with the player named right before
    it ("Brandt scored 30 points"; the name ends at ``named_at``) and nothing tells it of a
    part of the game, a season, a career or an average; else None."""
    if document is None or claim.figure is None or claim.figure.kind != "count":
        return None
    text = document.text
    opens = max(text.rfind(". ", max(0, claim.start - 200), claim.start) + 1, 0)
    if named_at is None or not told_line(text[named_at : claim.start]):
        return None  # whose line it is, the name right before the verb, is not told
    if (
        _NOT_THE_GAME_AFTER.match(text, claim.end, claim.end + 60)
        or _NOT_THE_GAME_BEFORE.search(text, max(opens, claim.start - 40), claim.end)
        or average_told(text, claim.start, claim.end)
    ):
        return None
    # A report leads with its game's result and tells that game's lines after it or
    # beside it ("Brandt scored 30 points as the Hawks beat the Owls 65-53"); a result told
    # later is another game's, recalled or told aside.
    games = _teams_told(text)
    if not games:
        return None
    start, teams = games[0]
    return Game(teams=teams, day=_game_day(document, start), reported=_reported(document))
