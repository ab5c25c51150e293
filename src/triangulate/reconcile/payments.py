"""What a sum of money is: who raised it, who was fined it and by whom, whose price target
it is, who spent it, what it pays for.

Money in the news is many sums under one noun: a campaign's haul and a rival's, a fine one
regulator sets and another's, two analysts' price targets, a period's spending, a payment
for one purpose (``topics.money_purpose``) and another's. Each reader names the party or
purpose a sum is of, and the rules set sums of different ones apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from triangulate.model import Claim, Document
from triangulate.reconcile.holders import Names, holder, holder_key, same_holder, titled
from triangulate.reconcile.intervals import Interval
from triangulate.reconcile.splits import Keyed, Split, apart_by, split_groups, who_gives
from triangulate.reconcile.statements import sentence_span
from triangulate.reconcile.topics import SINGLE_PURPOSES, money_purpose
from triangulate.reconcile.wording import singular

# Words of raising money right before a sum, within its clause: "raised $12 million",
# "raising about $228 million", "a fundraising haul of $5 million".
_RAISING = re.compile(r"\b(?:raised|raising|raises|raise|fundraising|fund-raising|haul)\b", re.I)
_RAISED_BEFORE = re.compile(_RAISING.pattern + r"[^\d$\u20ac\u00a3,;.]{0,30}$", re.IGNORECASE)


def _raised(claim: Claim, documents: Mapping[str, Document]) -> bool:
    """Whether a figure is a sum raised, by the words of raising right before it."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None or claim.figure.kind != "money":
        return False
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    return _RAISED_BEFORE.search(doc.text[max(begin, claim.start - 60) : claim.start]) is not None


# Kinds of body that raise money, each its own: a candidate's campaign, a committee or a
# party, and a PAC backing the candidate raise and report separate sums.
_RAISER_KINDS = frozenset(
    {
        *("campaign", "campaigns", "pac", "pacs", "committee", "committees", "party"),
        *("fund", "funds", "foundation", "group", "groups", "union", "charity", "network"),
    }
)


def _raiser_subject(claim: Claim, documents: Mapping[str, Document]) -> tuple[str, str]:
    """The words before a sum raised's verb of raising in its sentence, as written, and the
    kinds of raising body they name (``_RAISER_KINDS``, joined): "A super PAC backing
    Calder" names a PAC, "Calder's campaign" a campaign, "She" none."""
    doc = documents.get(claim.doc)
    if doc is None:
        return "", ""
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    verbs = list(_RAISING.finditer(doc.text, begin, claim.start))
    if not verbs:
        return "", ""
    subject = " ".join(doc.text[begin : verbs[-1].start()].split())
    kinds = sorted({w for w in re.findall(r"[a-z]+", subject.casefold()) if w in _RAISER_KINDS})
    return subject, "+".join(singular(k) for k in kinds)


def raisers_apart(
    read: Sequence[tuple[Claim, Interval]],
    documents: Mapping[str, Document],
    names: Names | None,
) -> Split | None:
    """A measure of sums raised (:func:`_raised`) whose reports name the raiser of some
    (:func:`~.holders.holder`) and not of others, or name no raiser but different kinds of raising
    body (``_RAISER_KINDS``). A sum raised is one campaign's or one fund's: a sum whose
    raiser its sentence does not name may be another candidate's haul ("she has raised $33
    million" beside "raising about $228 million" told of him), so it is no rival of a named
    raiser's sum; and a candidate's campaign and a super PAC backing the candidate raise two
    sums. Sums of one named raiser, or of one kind of body named alike, still dispute."""
    if not read or not all(_raised(c, documents) for c, _ in read):
        return None
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, found in read:
        key = holder(claim, documents, names) or ""
        if not key:
            key = "#" + _raiser_subject(claim, documents)[1]
        same = next(
            (k for k in groups if k[:1] != "#" and key[:1] != "#" and same_holder(k, key)), key
        )
        groups.setdefault(same, []).append((claim, found))
    if len(groups) < 2 or not any(k[:1] == "#" for k in groups):
        return None

    def raiser(key: str, claim: Claim) -> str:
        if key[:1] != "#":
            return titled(claim, key, documents)
        subject = _raiser_subject(claim, documents)[0]
        return f"what its report calls {subject!r}" if subject else "a raiser it does not name"

    def reason(one: Keyed, two: Keyed) -> str:
        said = [f"{who_gives(c, documents)} raised by {raiser(k, c)}" for k, c in (one, two)]
        return f"{said[0]} and {said[1]}, so these may be two raisers' sums, not one in dispute"

    return split_groups(groups, reason)


# A fine's words around its sum, within its clause: the party fined and the body that
# fined it ("A federal judge fined Skyline Airways $1.2 million", "Skyline Airways was
# fined $2 million", "a $3 million fine against Skyline Airways", "ordered Skyline Airways
# to pay a $2 million fine").
_NAME = r"((?:[A-Z][\w.&'-]*\s+)*[A-Z][\w.&'-]*)"
_FINED_BEFORE = (
    re.compile(rf"\bfined\s+{_NAME}\s+(?:(?:about|nearly|almost|some|over|more\s+than)\s+)?$"),
    re.compile(rf"{_NAME}\s+(?:was|were|has\s+been|had\s+been|is|will\s+be)\s+fined\s+$"),
    re.compile(rf"{_NAME}\s+(?:\w+\s+)?to\s+pay\s+(?:a\s+)?$"),
)
_FINED_AFTER = re.compile(
    rf"^(?:\s+(?:civil\s+)?(?:fine|fines|penalty|penalties))?\s+(?:against|on|for|from)\s+{_NAME}"
)
_FINE_WORD = re.compile(r"\b(?:fined|fines?|penalty|penalties)\b", re.IGNORECASE)
_FINING = re.compile(r"([A-Za-z][\w.-]*)\s+(?:has\s+|had\s+)?fined\s+$")


def _fine_parties(claim: Claim, documents: Mapping[str, Document]) -> tuple[str, str] | None:
    """The party a fine's sum is imposed on and the body imposing it, each as a lower-case
    key ("" when its clause does not say), read from the words of fining around the sum;
    None when no word of fining stands beside the sum (it is no fine)."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None or claim.figure.kind != "money":
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    before = re.split(r"[;:]", doc.text[max(begin, claim.start - 80) : claim.start])[-1]
    after = doc.text[claim.end : min(end, claim.end + 60)]
    near = before[-50:] + claim.text + after[:30]
    if _FINE_WORD.search(near) is None:
        return None
    party = next((m.group(1) for p in _FINED_BEFORE if (m := p.search(before))), None)
    if party is None and (then := _FINED_AFTER.match(after)) is not None:
        party = then.group(1)
    fining = _FINING.search(before[: before.rfind(party)] if party else before)
    body = fining.group(1).casefold() if fining else ""
    return holder_key(party) or "", body


def fines_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure of fines (``purposes.tsv``: one such sum an event has) whose sums are not
    all told of one party by one body. A fine is one party's, imposed once by one body
    ("A federal judge fined Skyline Airways $1.2 million"): two reports' sums for it
    dispute each other. But a story may tell of many fines: one whose party its clause
    does not name may be another party's, one imposed on another party is another fine,
    and two bodies ("regulators", "the judge") fining one party impose two fines."""
    if len(read) < 2:
        return None
    found = {c.id: _fine_parties(c, documents) for c, _ in read}
    if all(f is None for f in found.values()):
        return None
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    bodies: dict[str, str] = {}
    for claim, item in read:
        # A sum no word of fining stands beside is read as a fine of no named party.
        party, body = found[claim.id] or ("", "")
        key = next((k for k in groups if party and k[:1] != "#" and same_holder(k, party)), "")
        if not party:
            key = "#" + claim.id
        elif not key:
            key = party
        elif body and bodies.get(key) and bodies[key] != body:
            key = party + "#" + body
        if body:
            bodies.setdefault(key, body)
        groups.setdefault(key, []).append((claim, item))
    if len(groups) < 2:
        return None

    def fined(key: str, claim: Claim) -> str:
        party = key.split("#")[0]
        return titled(claim, party, documents) if party else "a party it does not name"

    def reason(one: Keyed, two: Keyed) -> str:
        said = [f"{who_gives(c, documents)} as a fine on {fined(k, c)}" for k, c in (one, two)]
        return f"{said[0]} and {said[1]}, so these may be two fines, not one in dispute"

    return split_groups(groups, reason)


# A price target's words before its sum: the analyst opening the clause with a verb of
# setting it and the company whose shares it prices ("Brenner Securities raised its price
# target on Quillon Systems to $180").
_ANALYST = re.compile(
    rf"^\s*(?:(?:Analysts?|Strategists?)\s+at\s+)?{_NAME}\s+(?:\w+\s+){{0,2}}?"
    r"(?:raised|raises|cut|cuts|lowered|lowers|boosted|boosts|trimmed|trims|reduced|reduces|"
    r"increased|increases|set|sets|has|had|kept|keeps|maintained|maintains|reiterated)\b"
    r"[^.;:]{0,30}?\bprice\s+target"
)
_TARGET_OF = re.compile(
    rf"\bprice\s+target\s+(?:on|for)\s+(?:[a-z][\w-]*\s+){{0,2}}{_NAME}[^.;:$]{{0,30}}$"
)


def _target_parties(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The analyst and the company of a price target's sum, as one lower-case key
    ("brenner securities>quillon systems"), when its clause names both; None otherwise (it
    may be another analyst's, or no price target at all)."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None or claim.figure.kind != "money":
        return None
    begin, _ = sentence_span(doc.text, claim.start, claim.end)
    before = doc.text[begin : claim.start]
    analyst = _ANALYST.match(before)
    company = _TARGET_OF.search(before)
    if analyst is None or company is None:
        return None
    return f"{holder_key(analyst.group(1))}>{holder_key(company.group(1))}"


def targets_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure of price targets (``purposes.tsv``: an analyst sets one at a time) whose
    sums are not all told of one analyst's target on one company's shares. Two reports'
    sums for that target dispute each other; another analyst's, another company's, and one
    whose clause names neither are other sums."""

    def target(key: str, claim: Claim) -> str:
        if key[:1] == "#":
            return "a price target whose analyst or company it does not name"
        analyst, company = key.split(">")
        said = f"{titled(claim, analyst, documents)}'s price target on "
        return said + titled(claim, company, documents)

    def reason(one: Keyed, two: Keyed) -> str:
        said = [f"{who_gives(c, documents)} as {target(k, c)}" for k, c in (one, two)]
        return f"{said[0]} and {said[1]}, so these may be two targets, not one in dispute"

    return apart_by(read, lambda c: _target_parties(c, documents), reason)


# A sum spent: the spender, the words opening its clause before "spent", and what the
# sum was spent on and when, the words after it up to the clause's end ("Brandt's
# campaign spent $9 million in the first quarter, a filing showed").
_SPENT = re.compile(r"\b(?:has\s+|had\s+|have\s+)?spent\s+(?:(?:about|nearly|some|over)\s+)?$")
_PERIOD_WORD = re.compile(
    r"\b(?:quarter|half|month|week|year|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d{4})\b",
    re.IGNORECASE,
)
NO_SPENDER = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that"})


def _spending(claim: Claim, documents: Mapping[str, Document]) -> str | None:
    """The spender of a sum spent and what and when it was spent on, as one lower-case key
    ("brandt's campaign>in the first quarter"), when its clause names the spender and a
    period; None otherwise (it may be another spender's sum, or a total of no period)."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None or claim.figure.kind != "money":
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    before = doc.text[begin : claim.start]
    verb = _SPENT.search(before)
    if verb is None:
        return None
    spender = " ".join(before[: verb.start()].split()).casefold()
    rest = re.split(r"[,;:]", doc.text[claim.end : end])[0]
    what = " ".join(rest.split()).casefold().rstrip(".")
    if not spender or spender in NO_SPENDER or "," in spender or not _PERIOD_WORD.search(what):
        return None
    return f"{spender}>{what}"


def spenders_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure of sums spent (``purposes.tsv``: a spender reports one for a period) whose
    sums are not all told of one spender, spending on one thing in one period, in the same
    words. One campaign's spending in one quarter is one sum: two reports' sizes of it
    dispute each other. Another spender's sum, one spent on something else or in another
    period, and one whose clause names no spender or no period are other sums."""

    def spent(key: str, claim: Claim) -> str:
        if key[:1] == "#":
            return "spent by a spender or in a period it does not name"
        spender, what = key.split(">")
        return f"spent by {titled(claim, spender, documents)} {what}"

    def reason(one: Keyed, two: Keyed) -> str:
        said = [f"{who_gives(c, documents)} {spent(k, c)}" for k, c in (one, two)]
        return f"{said[0]} and {said[1]}, so these may be two sums spent, not one in dispute"

    return apart_by(read, lambda c: _spending(c, documents), reason)


# Purposes of a sum a plaintiff, a holder, a company or a buyer gives once for one thing
# (``purposes.tsv``), and the words of its clause that say whose sum it is.
_PAYMENTS = frozenset(
    {
        *("damages sought", "damages awarded", "cash on hand", "net income"),
        *("earnings per share", "purchase price"),
    }
)
_HEDGE = r"(?:(?:about|nearly|almost|some|roughly|around|over|more\s+than|at\s+least)\s+)?"
_SEEKER = re.compile(
    r"(?P<who>[^,;:]+?)\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:been\s+)?"
    r"(?:seeking|seeks|seek|sought|asking\s+for|asks\s+for|asked\s+for|demanding)\s+"
    rf"(?:damages\s+of\s+)?{_HEDGE}$"
)
_SUED = re.compile(rf"^(?:in\s+damages\s+)?(?:from|against)\s+{_NAME}")
# Whom damages are awarded: "Reyes was awarded", "in damages to Reyes".
_AWARDEE = re.compile(
    rf"{_NAME}\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+awarded\s+"
    rf"(?:damages\s+of\s+)?{_HEDGE}$"
)
_AWARDED_TO = re.compile(rf"^(?:in\s+damages\s+)?to\s+{_NAME}")
# Who is to pay them: "ordered Varga to pay", "Varga was ordered to pay", "Varga must pay".
_PAYER = re.compile(
    rf"{_NAME}\s+(?:(?:was|were|has\s+been|had\s+been|is|will\s+be)\s+ordered\s+)?"
    rf"(?:to|must|will)\s+pay\s+{_HEDGE}$"
)
_HOLDER_HAD = re.compile(
    r"(?P<who>[^,;:]+?)\s+(?:had|has|have|held|holds|reported|ended\s+(?:\w+\s+){0,3}with)\s+"
    rf"(?:cash\s+on\s+hand\s+of\s+)?{_HEDGE}$"
)
_ON_DATE = re.compile(
    r"^(?:in\s+)?(?:cash\s+)?(?:on\s+hand|in\s+the\s+bank)\s+"
    r"(?:at\s+the\s+end\s+of|as\s+of|on)\s+(?P<when>[^,;.]+)"
)
_EARNER = re.compile(
    rf"{_NAME}\s+(?:earned|reported|posted|recorded|booked|had|made)\s+"
    r"(?:[a-z][\w-]*\s+){0,4}$"
)
_PERIOD = re.compile(
    r"^(?:(?:a|per)\s+share\s+)?(?:in\s+net\s+(?:income|profit)\s+)?(?:in|for)\s+"
    r"(?:the\s+|its\s+)?(?P<when>(?:(?:first|second|third|fourth|fiscal|\d{4})[\s-]+){1,3}"
    r"(?:quarter|half|year)(?:\s+of\s+\d{4})?|\d{4})\b"
)
_ADJUSTED = re.compile(
    r"\b(?:excluding|adjusted|non-gaap|before\s+(?:one-time\s+|special\s+)?items|"
    r"one-time\s+items|special\s+items)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(r"\b(?:including|gaap)\b", re.IGNORECASE)
_BUYER = re.compile(
    rf"{_NAME}\s+(?:has\s+|had\s+)?(?:agreed\s+(?:on\s+\w+\s+)?to\s+|will\s+|is\s+|"
    r"plans\s+to\s+|would\s+)?(?:buy|acquire|buying|acquiring)\s+(?:[a-z][\w-]*\s+){0,3}"
    rf"{_NAME}\s+for\s+{_HEDGE}$"
)
_SUM_HEAD = re.compile(
    r"^(?:\s*(?:million|billion|trillion|thousand|bn|mln|cents?|dollars?|euros?|pounds?)\b)*\s*",
    re.IGNORECASE,
)
_NO_HOLDER = frozenset({*NO_SPENDER, "the company", "the campaign", "the firm", "the group"})


def payment_of(claim: Claim, documents: Mapping[str, Document]) -> tuple[str, str] | None:
    """A sum's purpose, when it is one a holder gives once for one thing (``_PAYMENTS``),
    and whose sum its clause says it is, as one lower-case key:
    the plaintiff and the party sued for damages sought ("the pilots' union>skyline
    airways"), the party awarded damages and, when named, the one ordered to pay them,
    the holder and the date of cash on hand, the company, the period and the
    basis (adjusted, reported or none said) of net income or earnings per share, the buyer,
    the company bought and the basis (a share or in all) of a purchase price. The key is
    "" when the clause does not name them all (the sum may be another's); None when the
    sum is of no such purpose."""
    doc = documents.get(claim.doc)
    if doc is None or claim.figure is None or claim.figure.kind != "money":
        return None
    begin, end = sentence_span(doc.text, claim.start, claim.end)
    before = re.split(r"[;:(]|\s[-\u2013\u2014]\s", doc.text[begin : claim.start])[-1]
    digits = [m.end() for m in re.finditer(r"\d", claim.text)]
    after = claim.text[digits[-1] if digits else len(claim.text) :] + doc.text[claim.end : end]
    after = " ".join(_SUM_HEAD.sub("", after, count=1).split())
    clause_after = re.split(r"[,;:]", doc.text[claim.end : end])[0]
    purpose = money_purpose("", claim.text, before, clause_after)
    if purpose not in _PAYMENTS:
        return None
    clause = re.split(r",", before)[-1]
    found: list[str | None] = []
    if purpose == "damages sought":
        who, sued = _SEEKER.search(clause), _SUED.match(after)
        found = [
            _subject(who.group("who") if who else None),
            holder_key(sued.group(1) if sued else None),
        ]
    elif purpose == "damages awarded":
        # The party awarded them must be named; the one ordered to pay, when named, too.
        payee, to, payer = _AWARDEE.search(clause), _AWARDED_TO.match(after), _PAYER.search(clause)
        awarded = payee.group(1) if payee else to.group(1) if to else None
        found = [holder_key(awarded.rstrip(".") if awarded else None)]
        if payer is not None:
            found.append(holder_key(payer.group(1).rstrip(".")))
    elif purpose == "cash on hand":
        who, when = _HOLDER_HAD.search(clause), _ON_DATE.match(after)
        found = [
            _subject(who.group("who") if who else None),
            holder_key(when.group("when") if when else None),
        ]
    elif purpose == "purchase price":
        buyer = _BUYER.search(clause)
        basis = "a share" if re.match(r"(?:a|per)\s+share\b", after) else "in all"
        found = [
            holder_key(buyer.group(1) if buyer else None),
            holder_key(buyer.group(2) if buyer else None),
        ]
        found.append(basis)
    else:
        company, when = _EARNER.search(clause), _PERIOD.match(after)
        sentence = doc.text[begin:end]
        basis = "adjusted" if _ADJUSTED.search(sentence) else ""
        basis = basis or ("reported" if _REPORTED.search(sentence) else "no basis said")
        found = [
            holder_key(company.group(1) if company else None),
            holder_key(when.group("when") if when else None),
            basis,
        ]
    if not all(found):
        return purpose, ""
    return purpose, ">".join([purpose, *(f for f in found if f)])


def _subject(words: str | None) -> str | None:
    """A clause's subject as a lower-case key, None when it names nobody (a pronoun, "the
    company": whose it is lies in another sentence)."""
    key = holder_key(words)
    return key if key and key not in _NO_HOLDER else None


def payments_apart(
    read: Sequence[tuple[Claim, Interval]], documents: Mapping[str, Document]
) -> Split | None:
    """A measure holding a sum a holder gives once for one thing (:func:`payment_of`: damages
    sought in one suit, damages awarded one party, cash on hand at one date, a company's net
    income or earnings per share in one period, one price for one company bought) whose sums
    are not all told of one such thing. Two reports' sums for it dispute each other; one
    whose clause names another holder, date, period, basis or party, or does not name them,
    is another sum."""
    found = {c.id: payment_of(c, documents) for c, _ in read}
    if len(read) < 2 or all(f is None for f in found.values()):
        return None
    groups: dict[str, list[tuple[Claim, Interval]]] = {}
    for claim, item in read:
        # Sums of no such purpose stay together, as they were before any was read.
        payment = found[claim.id]
        key = "~" if payment is None else payment[1] or "#" + claim.id
        groups.setdefault(key, []).append((claim, item))
    if len(groups) < 2:
        return None

    def what(key: str, claim: Claim) -> str:
        payment = found[claim.id]
        if payment is None:
            return f"{who_gives(claim, documents)} as a sum of no such purpose"
        if key[:1] == "#":
            return (
                f"{who_gives(claim, documents)} as {payment[0]} of a holder, a party or a time "
                "its clause does not name"
            )
        told = [titled(claim, part, documents) for part in key.split(">")[1:]]
        return f"{who_gives(claim, documents)} as {payment[0]} ({'; '.join(told)})"

    def reason(one: Keyed, two: Keyed) -> str:
        return f"{what(*one)} and {what(*two)}, so these may be two sums, not one in dispute"

    return split_groups(groups, reason)


# Purposes of which an event has one sum and no reader here names a party (a kidnapping's
# ransom, one bail): two reports' sums for it are one sum, in whatever currency.
_ONE_SUM_OF_EVENT = frozenset({"ransom", "bail"})


def one_payment(a: Claim, b: Claim, purpose: str, documents: Mapping[str, Document]) -> bool:
    """Whether two sums of one purpose of which a holder gives one sum for one thing are
    told of the same holder and thing: the same ransom or bail; a fine of one party named
    in both (by one body, when both name it); one analyst's target for one company; damages
    one plaintiff seeks of one party, one holder's cash on hand at one date, one company's
    net income or earnings for one period, one buyer's price for one company. A sum whose
    clause leaves any of these unnamed may be another's."""
    if purpose in _ONE_SUM_OF_EVENT:
        return True
    if purpose == "fine":
        one, two = _fine_parties(a, documents), _fine_parties(b, documents)
        if one is None or two is None or not one[0] or not two[0]:
            return False
        return same_holder(one[0], two[0]) and not (one[1] and two[1] and one[1] != two[1])
    if purpose == "target":
        target = _target_parties(a, documents)
        return target is not None and target == _target_parties(b, documents)
    if purpose in _PAYMENTS:
        told = payment_of(a, documents)
        return told is not None and bool(told[1]) and told == payment_of(b, documents)
    return False


def disputed_by_rate(
    figures: Sequence[Claim],
    purposes: Mapping[str, str | None],
    rates: Mapping[tuple[str, str], Sequence[float]],
    documents: Mapping[str, Document],
    apart: Callable[[Claim, Claim], bool],
    tolerance: float,
) -> dict[str, tuple[str, float]]:
    """Sums of one purpose an event has one sum for (a ransom, bail, one party's fine: see
    :func:`one_payment`) told in two currencies whose values disagree at a rate the story's
    own reports give ("2 million euros ($2.6 million)"): one sum in dispute, never two.

    Each such sum in another currency than the one most of that purpose's sums are told in
    is taken, by the id of the first sum of that currency it disputes, with its value at the
    rate (the middle of the rates the reports give). It is taken only when the story gives
    a rate between the two currencies (never a table of rates), when its value lies beyond
    ``tolerance`` of every such sum at that rate (one that lies within converts it), when
    its report gives no sum of that purpose in the other currency (a report's two sums are
    its own two), and when both are told of one occasion (``apart``) and one holder. A sum
    of a purpose an event may have several of ("loans", "aid", a reward) is never taken.
    """
    by_purpose: dict[str, list[Claim]] = {}
    for claim in figures:
        purpose = purposes.get(claim.id)
        figure = claim.figure
        if (
            purpose in SINGLE_PURPOSES
            and figure is not None
            and figure.kind == "money"
            and figure.unit
            and _sum_of(claim) is not None
        ):
            by_purpose.setdefault(purpose, []).append(claim)
    out: dict[str, tuple[str, float]] = {}
    for purpose, sums in sorted(by_purpose.items()):
        told = Counter(c.figure.unit for c in sums if c.figure is not None)
        if len(told) < 2:
            continue
        home = min(told, key=lambda u: (-told[u], u or ""))
        amounts = sorted(
            (c for c in sums if c.figure is not None and c.figure.unit == home),
            key=lambda c: (c.doc, c.start, c.id),
        )
        for claim in sorted(sums, key=lambda c: (c.doc, c.start, c.id)):
            unit = claim.figure.unit if claim.figure is not None else None
            rate = _rate(rates, home, unit)
            value = _sum_of(claim)
            if unit == home or rate is None or value is None:
                continue
            if any(a.doc == claim.doc for a in amounts):
                continue
            there = value / rate
            fits = [
                a
                for a in amounts
                if not apart(claim, a) and one_payment(claim, a, purpose, documents)
            ]
            if not fits or any(abs(there / (_sum_of(a) or there) - 1) <= tolerance for a in fits):
                continue
            out[claim.id] = (fits[0].id, there)
    return out


def _sum_of(claim: Claim) -> float | None:
    """The one number a sum states."""
    figure = claim.figure
    if figure is None:
        return None
    value = figure.low if figure.low is not None else figure.high
    return float(value) if value else None


def _rate(
    rates: Mapping[tuple[str, str], Sequence[float]], home: str | None, unit: str | None
) -> float | None:
    """How many of ``unit`` one of ``home`` is worth, by the rates the story's reports give
    (the middle one), either way round; a dollar of no named country takes any dollar's."""
    if home is None or unit is None:
        return None
    given: list[float] = []
    for (one, two), values in rates.items():
        if _takes(one, home) and _takes(two, unit):
            given.extend(values)
        elif _takes(one, unit) and _takes(two, home):
            given.extend(1 / v for v in values if v)
    if not given:
        return None
    given.sort()
    return given[len(given) // 2]


_DOLLAR = re.compile(r"^(?:\$|[A-Z]{2}D)$")


def _takes(rated: str, unit: str) -> bool:
    """Whether a currency takes a rate given for ``rated``: the same currency, or a dollar
    of no named country ("$") for any dollar (or any dollar for it)."""
    if rated == unit:
        return True
    return "$" in (rated, unit) and bool(_DOLLAR.match(rated)) and bool(_DOLLAR.match(unit))
