"""A player's games: games played, missed, or missed for one cause.

Games one player missed are no count of another's, nor of the games he played, and a total
("missed 10 total games") beside the games one cause made him miss is a whole and its part.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from triangulate.model import Claim, Document
from triangulate.reconcile.intervals import Interval
from triangulate.reconcile.kinds import amount_kind
from triangulate.reconcile.sets import ANCHOR_STOPS, sharing_words
from triangulate.reconcile.splits import WORD, Keyed, Split, parted, split_groups, who_gives
from triangulate.reconcile.statements import sentence_span
from triangulate.reconcile.things import CAPITALIZED
from triangulate.reconcile.wording import singular

# Words telling a count as all of its kind ("10 total games", "12 in all"), and words
# right after a count that give the one cause it is counted for ("nine games because of
# the injury"): the first is a whole, the second only the part of it one cause made.
_ALL_TOLD = re.compile(r"\b(?:total|in\s+all|overall|altogether|combined)\b", re.IGNORECASE)
_ONE_CAUSE = re.compile(
    r"[^.;:!?,]{0,40}?\b(?:because\s+of|due\s+to|owing\s+to|on\s+account\s+of|"
    r"as\s+a\s+result\s+of)\s+(?:the|a|an|his|her|its|their|this|that)\s+[\w'-]+",
    re.IGNORECASE,
)


def _whole_told(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a figure's own words, or those right around it, tell it as a total."""
    doc = documents.get(claim.doc)
    if doc is None:
        return False
    around = doc.text[max(0, claim.start - 12) : claim.end + 10]
    return _ALL_TOLD.search(around) is not None


def _one_cause(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The figure with the words after it giving the one cause it is counted for ("nine
    games this season because of the injury"), or None."""
    doc = documents.get(claim.doc)
    if doc is None or _whole_told(claim, documents):
        return None
    found = _ONE_CAUSE.match(doc.text, claim.end, min(len(doc.text), claim.end + 60))
    return None if found is None else " ".join(doc.text[claim.start : found.end()].split())


def causes_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure giving a total ("missed 10 total games this season") and a lower count of
    absences told for one cause ("missed nine games because of the injury"): a player, a
    worker or a pupil is absent for more than one cause, so the second counts only what
    that cause made, a part of the whole, not the whole in dispute. Any other count told
    with its cause ("40 were arrested because of the violence") may be all of them: a
    total above it disputes it."""
    wholes = [(c, i) for c, i in read if _whole_told(c, documents)]
    if not wholes:
        return None
    for claim, found in read:
        cause = _one_cause(claim, documents)
        if cause is None or amount_kind(claim, documents) != "missed":
            continue
        above = [(c, i) for c, i in wholes if found.high < i.low]
        if not above:
            continue
        whole = above[0][0]
        reason = (
            f"{who_gives(whole, documents)} in all and {who_gives(claim, documents)} "
            f'for one cause ("{cause}"), so these count a whole and the '
            "part one cause made, not one quantity in dispute"
        )
        return Split(parts=parted([c for c, _ in read], [found, above[0][1]]), reason=reason)
    return None


# Nouns of a count of games, and the verbs before it that say what a player did in them:
# "missed four games", "will sit out the final two games"; "played in just 10 games",
# "limited him to only six games".
_GAME_NOUNS = frozenset({"game", "match"})
_GAME_ACTS = (
    ("missed", re.compile(r"\b(?:missed|missing|sat\s+out|skipped|suspended|banned)\b", re.I)),
    ("to miss", re.compile(r"\b(?:miss|misses|sit\s+out|skip|skips)\b", re.IGNORECASE)),
    (
        "played",
        re.compile(
            r"\b(?:play(?:ed|s|ing)?|appear(?:ed|s)?|start(?:ed|s)?|limited\s+\w+\s+to)\b",
            re.IGNORECASE,
        ),
    ),
)


def game_act(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """What a player did in the games a count counts, by the nearest verb before the
    number in its clause (:data:`_GAME_ACTS`); "" for a count of games whose clause names
    no such act ("was very effective for a couple of games"), None for a count of
    anything else."""
    figure, doc = claim.figure, documents.get(claim.doc)
    if doc is None or figure is None or figure.kind != "count" or not figure.counted:
        return None
    if singular(figure.counted.split()[-1].casefold()) not in _GAME_NOUNS:
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    clause = re.split(
        r"[,;:()\u2014\u2013]|\s-\s", doc.text[max(begin, claim.start - 60) : claim.start]
    )
    last = {
        act: max((m.end() for m in verb.finditer(clause[-1])), default=-1)
        for act, verb in _GAME_ACTS
    }
    act = max(last, key=lambda a: last[a])
    return act if last[act] >= 0 else ""


def games_played(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """What a player did in the games a count counts, and who, from its sentence: the
    act the nearest verb before the number in its clause names (``missed``: "missed four
    games", "will miss the final two games"; ``played``: "played in just 10 games") and
    the names its sentence holds ("Bush", "Thomas"), as "act: name name". None for a
    count of anything but games, or one whose clause names no such act or sentence no
    name."""
    act, doc = game_act(claim, documents), documents.get(claim.doc)
    if not act or doc is None:
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    own = {w.casefold() for w in WORD.findall(claim.text)}
    told = doc.text[begin : claim.start] + " " + doc.text[claim.end : end]
    names = _names_in(told, own)
    if not names and begin > 1:
        # "He missed four games": the player is the one the sentence before names.
        before, _ = sentence_span(doc.text, begin - 2, begin - 1)
        names = _names_in(doc.text[before:begin], own)
    return f"{act}: {' '.join(sorted(names))}" if names else None


def _names_in(text: str, own: set[str]) -> set[str]:
    """The capitalized words of a text but those of any clause and a figure's own."""
    return {
        low
        for w in CAPITALIZED.findall(text)
        if (low := w.casefold()) not in ANCHOR_STOPS and low not in own
    }


def games_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure mixing counts of games that different players missed or played, or that
    one player missed and played (:func:`games_played`): "Bush ... missed four games"
    in one report, "Thomas missed nine games this season" in another; "played in just 10
    games" and "will miss the final two games". A count of games is one quantity only
    with its player and what he did in them: the games one player missed are no count of
    another's, nor of those he played, and two such counts are not one quantity in
    dispute. Counts of one act whose sentences share a name stay together; a count
    telling no act ("was effective for a couple of games") is none of them."""
    acts: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        told = games_played(claim, documents)
        if told is not None:
            acts.setdefault(told.split(":")[0], []).append((claim, found))
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for act, items in sorted(acts.items()):

        def names(claim: Claim) -> frozenset[str] | None:
            told = games_played(claim, documents)
            return frozenset(told.split(": ")[1].split()) if told else None

        for key, part in sharing_words(items, names).items():
            groups[f"{act}: {key}"] = part
    # Games a player did something else in ("effective for a couple of games") are some
    # of the games he played, never a count of games played or missed: apart from those
    # counts, and left to dispute each other.
    other = [(c, found) for c, found in read if game_act(c, documents) == ""]
    if other and groups:
        groups["no act told"] = other

    def reason(one: Keyed, two: Keyed) -> str:
        said = [
            f'{who_gives(claim, documents)} for "{claim.text}" ({key})' for key, claim in (one, two)
        ]
        return (
            f"{said[0]} and {said[1]}: games different players missed or played, one "
            "player's games missed and played, or games he did something else in, are "
            "different counts, not one quantity in dispute"
        )

    return split_groups(groups, reason)
