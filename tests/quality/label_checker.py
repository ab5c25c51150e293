"""Rules that flag a group label a person would not write.

A group's label is a short phrase built from its reports' words ("people killed in
Torvald, 5 May 2019", "passing yards (Brandt)"). Each rule here is a rule of how a person
writes such a phrase, checked against the words of the reports the group's claims are in:

- ``word_not_in_texts``: a content word neither the group's reports nor the small fixed
  vocabulary labels are built with (:data:`LABEL_WORDS`) write, in any inflection;
- ``names_run_together``: two names written side by side with no connector ("Hawks
  Kelvara Owls"): a run of capitalised words no report writes as one run;
- ``not_a_place``: the words after "in" are no place the reports name as one: no entity of
  a place's type (GPE, LOC, FAC) nor a country, a name the reports write only inside a
  longer name (a division's "South" of "Western South"), one opening with an
  organisation's initials (a league's division "WFL South"), a piece of a person's name
  the reports write more often ("Varga" of "Ada Varga"), or a team (a capitalised plural
  a report writes after "the", "the Hawks");
- ``bad_inflection``: a word the reports never write, made by a rule of inflection where
  English has none: the plural of an already-plural or non-count noun ("mans", "peoples",
  "eaches"), the past of an irregular verb by "-ed" ("doed", "haved");
- ``name_lowercased``: a name the reports write only with a capital, written in lower case
  ("sundays");
- ``repeated_word``: one content word written twice ("arrests in Dalby arrests");
- ``holder_not_a_name``: a statistic's or a record's holder in brackets that is a pronoun
  or a contraction ("wins (They're)"), which names no one;
- ``bare_figure``: a label that is a quoted figure alone ("'10' (what it counts is not
  said)"): nothing of what the figure counts, which the words around it may tell.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from triangulate.model import Document, Entity, Group, Report
from triangulate.reconcile.places import _kind as place_kind


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


LABEL_WORDS = _set(
    """
    a an the of in at on by for from with and or to who what how it is not said happened them
    someone did something many has share counts count sum money percent duration length area
    magnitude distance population people killed wounded injured arrested rescued displaced left
    protesting present board sent scene held gunpoint overpowered treated hospital fled missing
    homeless remaining attacked charged convicted earlier event look alikes children parent
    via figure over time long
    game points winning losing leading trailing tied score record wins losses yards passing
    rushing receiving return scrimmage purpose completions pass attempts play poll margin error
    jury deliberated turnout support voters voted shots fired prison term times hit gunfire
    rounds loaded speed vehicle limit chase fall weight person charges possible degree volume
    mass temperature majority city blocks side one casualties victims killed injured destroyed
    age death since marriage move size change lasted so measures
    """
)
"""The words labels are built with beside their reports' own: the names of quantities,
states, sports statistics and the notes a label may carry."""
_MONTHS = _set(
    "january february march april may june july august september october november december"
)
_NO_PLURAL = frozenset(
    {"people", "men", "women", "children", "police", "staff", "each", "mice", "feet", "teeth"}
    | {"geese", "personnel", "cattle", "clergy", "every", "plus", "more", "most", "less"}
)
"""Words with no plural by "-s": already plural, or counted by no plural at all."""
_IRREGULAR_SINGULARS = frozenset({"man", "woman", "child", "person", "foot", "tooth", "mouse"})
"""Nouns whose plural is another word, never one made by "-s"."""
_IRREGULAR_VERBS = _set(
    """
    do have go be make take give get see come run say tell win lose hold keep find lead leave
    put set throw sell buy bring fight catch teach think feel meet pay send spend build lend hear
    stand mean sit begin break choose drive eat fall fly forget grow hide know ride ring rise
    shake shoot sing sink speak steal strike swim wake wear write bite blow draw drink feed
    """
)
"""Verbs whose past is no "-ed" form."""
_VERB_FORMS = {
    "done": {"do", "did", "does", "doing"},
    "had": {"have", "has", "having"},
    "made": {"make", "makes", "making"},
    "taken": {"take", "took", "takes", "taking"},
    "given": {"give", "gave", "gives", "giving"},
    "gone": {"go", "went", "goes", "going"},
    "won": {"win", "wins", "winning"},
    "lost": {"lose", "loses", "losing"},
    "shot": {"shoot", "shoots", "shooting"},
}
"""An irregular verb's participle, which a label may write of any form its reports use."""
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_CAPS_RUN = re.compile(r"(?:[A-Z][\w.'&-]*)(?:\s+[A-Z][\w.'&-]*)+")
_NUMBER_WORDS = _set(
    "one two three four five six seven eight nine ten eleven twelve twenty hundred thousand "
    "million billion dozen dozens hundreds thousands millions"
)
_BARE = re.compile(
    r"^'(?:about |some |nearly |over |more than |at least |up to )?"
    r"[\d.,]+(?:\s*(?:million|billion|m|bn))?'"
    r"|^'(?:" + "|".join(sorted(_NUMBER_WORDS)) + r")'",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"(?:he|she|it|they|we|you|i|him|her|them|us)(?:'(?:s|re|ve|ll|d|m))?", re.IGNORECASE
)
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_IN_PLACE = re.compile(r" (?:in|at) ([A-Z0-9][^,()]*?)(?:,| \(|$)")


_ENDINGS = (
    *(("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", "")),
    *(("ing", ""), ("ing", "e"), ("ves", "f"), ("ves", "fe")),
)
_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "people": "person"}


def _bases(word: str) -> set[str]:
    """The forms a word may be an inflection of: itself, and without an ending of number,
    tense or possession ("crowds" -> "crowd", "blazes" -> "blaze", "dated" -> "date")."""
    w = word.casefold().removesuffix("'s").removesuffix("'")
    out = {w, _IRREGULAR.get(w, w)}
    for end, put in _ENDINGS:
        if w.endswith(end) and len(w) > len(end) + 2:
            out.add(w[: -len(end)] + put)
    return out


def _stem(word: str) -> str:
    """A word without its ending of number, tense or possession, for matching forms."""
    w = word.casefold().removesuffix("'s").removesuffix("'")
    for end, put in (("ies", "y"), ("ves", "f"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh")):
        if w.endswith(end) and len(w) > len(end) + 2:
            return w[: -len(end)] + put
    for end in ("ing", "ed", "es", "s", "d"):
        if w.endswith(end) and len(w) > len(end) + 2 and not w.endswith("ss"):
            return w[: -len(end)].removesuffix("e")
    return w.removesuffix("e") if len(w) > 3 else w


def _plain(label: str, *, notes: bool = True) -> str:
    """The label without what is not its own words: a quoted passage, a whole group's
    note ("and look-alikes", "'s figure over time"), and with ``notes`` its bracketed
    notes (a time, a holder, a unit)."""
    label = re.sub(r": .*'s figure over time$", "", label)
    label = re.sub(r"^'.*' \(", "(", label)
    label = label.replace(" (and look-alikes)", "")
    return re.sub(r"\s*\([^()]*\)", "", label) if notes else label


def _texts(group: Group, report: Report) -> list[str]:
    claims = {c.id: c for c in report.claims}
    docs = {d.id: d for d in report.documents}
    ids = dict.fromkeys(claims[c].doc for c in group.claims if c in claims)
    return [f"{docs[i].title or ''}\n{docs[i].text}" for i in ids if i in docs]


def _written(texts: Sequence[str]) -> tuple[set[str], set[str], set[str], set[str]]:
    """The words the texts write (lower-cased), their stems, those written with a capital
    away from a sentence's start, and those written in lower case."""
    words: set[str] = set()
    capital: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for m in _WORD.finditer(text):
            w = m.group(0)
            words.add(w.casefold())
            if w[0].islower():
                lower.add(w.casefold())
            elif not re.search(r"(?:^|[.!?\"\n]\s*)$", text[max(0, m.start() - 3) : m.start()]):
                capital.add(w.casefold())
    return words, {b for w in words for b in _bases(w)}, capital, lower


def _inside_longer(name: str, texts: Sequence[str]) -> bool:
    """Whether every time the texts write a name it is a piece of a longer one: a
    capitalised word right before or after it ("Western South", "Dalby Hawks")."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    found = [(t, m) for t in texts for m in pattern.finditer(t)]
    if not found:
        return False
    for text, m in found:
        before = re.search(r"([A-Z][\w.'&-]*) $", text[max(0, m.start() - 30) : m.start()])
        after = re.match(r" (?:(?:of|and|for) )?([A-Z][\w'&-]*)", text[m.end() : m.end() + 30])
        opening = (
            before is not None
            and re.search(
                r"(?:^|[.!?\"\n]\s*)$",
                text[
                    max(0, m.start() - len(before.group(0)) - 3) : m.start() - len(before.group(0))
                ],
            )
            is not None
            and before.group(1) in {"The", "In", "At", "From", "For", "On", "By"}
        )
        if (before is None or opening) and after is None:
            return False
    return True


def _team(name: str, texts: Sequence[str], places: frozenset[str]) -> bool:
    """Whether a name's last word is a team's: a capitalised plural a report writes after
    "the" on its own ("the Hawks"), which no place's name is."""
    last = name.split()[-1]
    if not re.fullmatch(r"[A-Z][a-z]+s", last) or last.casefold() in places:
        return False
    alone = re.compile(rf"\b[Tt]he {re.escape(last)}\b(?!\s+(?:of\b|[A-Z]))")
    return any(alone.search(t) for t in texts)


def not_a_place(place: str, entities: Sequence[Entity], texts: Sequence[str]) -> bool:
    """Whether the words after "in" name no place: see the module's ``not_a_place``."""
    places = frozenset(
        n.casefold() for e in entities if e.type in {"GPE", "LOC"} for n in (e.name, *e.aliases)
    )
    # "Kerman province", "Mary region": a place's name with the kind of place after it.
    bare = re.sub(r"(?: (?:province|region|state|county|district|city|island))+$", "", place)
    names = {place.casefold(), bare.casefold()}
    types = {e.type for e in entities for n in (e.name, *e.aliases) if n.casefold() in names}
    if not types & _PLACE_TYPES and place_kind(bare) != "country":
        return True
    bodies = {
        n
        for e in entities
        if e.type == "ORG"
        for n in (e.name, *e.aliases)
        if len(n) > 1 and n.isupper() and n.isalpha()
    }
    if "GPE" not in types and any(place.startswith(f"{b} ") for b in bodies):
        return True  # a league's division ("WFL South"), a body's branch
    if place_kind(bare) != "country":
        words = set(place.split())
        mine = sum(len(e.mentions) for e in entities if e.name.casefold() in names)
        people = [
            len(e.mentions)
            for e in entities
            if e.type == "PERSON" and words <= set(e.name.split()) and e.name != place
        ]
        if people and max(people) > mine:
            return True  # "Varga" of "Ada Varga", tagged once as a place
    return _inside_longer(place, texts) or _team(place, texts, places)


def label_failures(
    label: str, texts: Sequence[str], entities: Sequence[Entity], story: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """What a label writes that a person would not, as (rule, detail) pairs: ``texts``
    are the reports of the group's claims, ``story`` all reports of the pile (where the
    place a story happened in may be named), ``entities`` the pile's."""
    out: list[tuple[str, str]] = []
    if _BARE.match(label):
        out.append(("bare_figure", label))
    # An entity's name is the pile's own name for what its reports write ("United States"
    # of "US"): its words are the reports' words too.
    named = [e.name for e in entities]
    for holder in re.findall(r"\(([^()]*)\)", label):
        if _PRONOUN.fullmatch(holder):
            out.append(("holder_not_a_name", holder))
    words, stems, capital, _ = _written([*texts, *named])
    lower = _written(story)[3] if story else _written(texts)[3]
    plain = _plain(label)
    content: list[str] = []
    for m in _WORD.finditer(plain):
        word = m.group(0)
        low = word.casefold().removesuffix("'s")
        if low in LABEL_WORDS or low in _MONTHS or low in _NUMBER_WORDS or len(low) < 2:
            continue
        content.append(low)
        parts = low.split("-")
        if low not in words and any(
            (p.endswith("s") and (p[:-1] in _IRREGULAR_SINGULARS or p[:-1] in _NO_PLURAL))
            or (p.endswith("es") and p[:-2] in _NO_PLURAL)
            or (p.endswith("ed") and (p[:-2] in _IRREGULAR_VERBS or p[:-1] in _IRREGULAR_VERBS))
            for p in parts
        ):
            out.append(("bad_inflection", word))
        elif (
            low not in words and not _bases(low) & stems and not _VERB_FORMS.get(low, set()) & words
        ):
            out.append(("word_not_in_texts", word))
        elif word[0].islower() and _bases(low) & capital and not _bases(low) & lower:
            out.append(("name_lowercased", word))
    repeated = [w for w, n in Counter(_stem(w) for w in content).items() if n > 1]
    out.extend(("repeated_word", w) for w in repeated)
    # A name runs on only within a line: a headline's last words and the next line's first
    # are two names.
    joined = [
        re.sub(r"[ \t]+", " ", t) for t in [*texts, *(a for e in entities for a in e.aliases)]
    ]
    for m in _CAPS_RUN.finditer(plain):
        run = m.group(0)
        if m.start() == 0 and run.split()[0] in {"The", "A", "An"}:
            run = run.split(" ", 1)[1]
            if " " not in run:
                continue
        if not any(run in t for t in joined):
            out.append(("names_run_together", run))
    for m in _IN_PLACE.finditer(_plain(label, notes=False)):
        if not_a_place(m.group(1), entities, [*texts, *story]):
            out.append(("not_a_place", m.group(1)))
    return out


def report_failures(report: Report) -> list[tuple[str, str, str]]:
    """Every label failure of a report's figure groups, as (rule, label, detail)."""
    out = []
    for group in report.groups:
        if group.kind != "figure":
            continue
        texts = _texts(group, report)
        story = [d.text for d in report.documents]
        for rule, detail in label_failures(group.label, texts, report.entities, story):
            out.append((rule, group.label, detail))
    return out


def counted(reports: Iterable[Report]) -> Counter[str]:
    """Label failures of reports, counted by rule."""
    found: Counter[str] = Counter()
    for report in reports:
        found.update(rule for rule, _, _ in report_failures(report))
    return found


def documents_of(report: Report) -> Mapping[str, Document]:
    """A report's documents by id."""
    return {d.id: d for d in report.documents}
