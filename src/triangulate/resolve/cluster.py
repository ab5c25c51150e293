"""Group name forms into entities: an explicit cascade of merge rules.

Each distinct *form* (see ``names``) is a node. The rules below link nodes, one stage at a
time, each stage reading a snapshot of the clusters the earlier stages left, so the result
never depends on the order of the input:

1. same spelling-blind key (Raqqa = Al-Raqqah = Raqa);
2. guarded fuzzy keys (Tabqa = Tabaqa; Syria Democratic Forces = Syrian Democratic Forces);
3. the acronym table (IS = ISIS = Daesh = Islamic State);
4. acronyms the text defines ("Syrian Democratic Forces (SDF)", "Daesh, the Arabic
   acronym for IS");
5. initials of a multi-word name in the same story (Raqa Civil Council = RCC);
6. short forms: a surname ("Dillon") or the start of an organisation's name ("Ford" for
   "Ford Motor Company", never "Airbus" for the model "Airbus A380"), only when
   unambiguous in the story (never a conference, foundation or other institution named
   after it); a market index by its brand ("the Dow", "the Nikkei"); then any one-word name
   that ends exactly one longer non-place name ("Sukanya" for "INS Sukanya");
7. Arabic-script names beside (or strongly keyed to) a Latin name.

What is never done: merging names that only share a word. Raqqa, the Raqqa Civil Council,
Raqqa24 and Raqqa province have different keys, and short forms only reach people and
organisations, never a place.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from triangulate.model import Document, EntityType, Mention
from triangulate.resolve import acronyms
from triangulate.resolve.acronyms import ALIAS_LABEL, Span
from triangulate.resolve.arabic import arabic_runs, arabic_skeleton, has_arabic
from triangulate.resolve.names import (
    NameKey,
    acronym_letters,
    at_most_one_edit,
    corporate_core,
    demonym_variant,
    fold,
    initials,
    inserted_vowel,
    is_acronym,
    name_key,
    names_institution,
    person_core,
    strip_descriptors,
    strip_titles,
)
from triangulate.resolve.shapes import is_index, is_model_name, model_designator
from triangulate.resolve.types import (
    ORG_WORDS,
    PLACES,
    as_votes,
    compatible,
    cue_counts,
    decide_type,
    is_person_like,
    looks_like_toponym,
)

# Proper-noun runs the NER model did not tag: they may join an entity, never make one.
CANDIDATE_LABEL = "PROPN"

# Labels the rules give, not the proposer: they cast no type vote.
_RULE_LABELS = frozenset({ALIAS_LABEL, CANDIDATE_LABEL})
_SPAN_ORDER = attrgetter("doc", "start", "end")

_QUOTES = re.compile(r"[\"“”«»„‟‹›]|(?<!\w)['‘’`]|['‘’`](?!\w)")


@dataclass(frozen=True, slots=True, kw_only=True)
class Node:
    """One distinct name form with everything the rules need to know about it."""

    form: str
    mentions: tuple[Mention, ...]
    labels: tuple[tuple[str, int], ...]
    cues: tuple[tuple[EntityType, int], ...]
    key: NameKey
    acronym: bool
    row: int | None
    type: EntityType
    publisher: bool = False
    candidate: bool = False

    @property
    def docs(self) -> frozenset[str]:
        """The documents this form appears in."""
        return frozenset(m.doc for m in self.mentions)


@dataclass(frozen=True, slots=True, kw_only=True)
class Cluster:
    """Nodes found to name one thing, with the mentions attached to them by later rules."""

    nodes: tuple[Node, ...]
    extra: tuple[Mention, ...]
    type: EntityType
    row: int | None


def form_of(mention: Mention) -> str:
    """The comparable form of a mention: no quotes, titles or trailing descriptors."""
    return _form(mention.text, person=mention.label == "PERSON")


@lru_cache(maxsize=1 << 13)
def _form(surface: str, *, person: bool) -> str:
    """``form_of`` a mention's text. (A pure function: cached.)"""
    text = " ".join(_QUOTES.sub(" ", surface).split())
    text = strip_titles(text, person=person)
    return strip_descriptors(text) or text


class _Links:
    """Union-find over node indices; the smaller index is always the root."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, left: int, right: int) -> None:
        a, b = self.find(left), self.find(right)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for item in range(len(self.parent)):
            found[self.find(item)].append(item)
        return [found[root] for root in sorted(found)]


def build_nodes(documents: Mapping[str, Document], mentions: Sequence[Mention]) -> tuple[Node, ...]:
    """One node per distinct form, sorted by form."""
    by_form: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        form = form_of(mention)
        if form:
            by_form[form].append(mention)
    # The publishers and wire agencies of the documents themselves are organisations,
    # whatever the proposer called their names ("Sabil Now" as a work of art).
    publishers = {
        fold(name) for doc in documents.values() for name in (doc.outlet, doc.agency) if name
    }
    nodes: list[Node] = []
    for form in sorted(by_form):
        members = tuple(sorted(by_form[form], key=_SPAN_ORDER))
        labels: Counter[str] = Counter(m.label for m in members if m.label not in _RULE_LABELS)
        place = organisation = person = 0
        for mention in members:
            votes = cue_counts(documents[mention.doc].text, mention.start, mention.end)
            place += votes[0]
            organisation += votes[1]
            person += votes[2]
        cues = as_votes(place, organisation, person)
        row = acronyms.table_row(form)
        table_type = acronyms.table()[row].type if row is not None else None
        publisher = fold(form) in publishers
        if table_type is None and publisher:
            table_type = "ORG"
        # A toponym word ("Al Jisr", "Khan Sabil") outweighs a PERSON label on the form.
        person = is_person_like(labels) and not looks_like_toponym(form)
        # "Apple Inc." is keyed as "Apple", "NPD Group" as the acronym "NPD".
        core = form if person else corporate_core(form)
        nodes.append(
            Node(
                form=form,
                mentions=members,
                labels=tuple(sorted(labels.items())),
                cues=tuple(sorted(cues.items())),
                key=name_key(core, person=person),
                acronym=is_acronym(core),
                row=row,
                type=decide_type(labels, cues, (form,), table_type),
                publisher=publisher,
                candidate=all(m.label == CANDIDATE_LABEL for m in members),
            )
        )
    return tuple(nodes)


def _link_keys(nodes: Sequence[Node], links: _Links) -> None:
    """Stage 1: the same key (acronyms: the same letters)."""
    groups: dict[tuple[str, bool, str], list[int]] = defaultdict(list)
    for index, node in enumerate(nodes):
        if node.acronym:
            groups[("acronym", False, acronym_letters(corporate_core(node.form)))].append(index)
        elif node.key.consonants > 0 and not has_arabic(node.form):
            groups[("key", node.type == "NORP", node.key.joined)].append(index)
    for members in groups.values():
        for other in members[1:]:
            links.union(members[0], other)


def _fuzzy(left: Node, right: Node) -> bool:
    """Stage 2 test: an inserted vowel or a demonym ending, between compatible types."""
    if left.candidate or right.candidate:
        return False
    if left.acronym or right.acronym or left.key.digits != right.key.digits:
        return False
    if min(left.key.consonants, right.key.consonants) < 3:
        return False
    if not compatible(left.type, right.type, strict=True):
        return False
    a, b = left.key.joined, right.key.joined
    if inserted_vowel(a, b) or inserted_vowel(b, a):
        return True
    return demonym_variant(left.key.tokens, right.key.tokens)


def _link_fuzzy(nodes: Sequence[Node], links: _Links) -> None:
    """Stage 2: guarded fuzzy keys."""
    # Only nodes that pass ``_fuzzy``'s tests of one node alone are paired, each with those
    # of the same numbers and a key as long or a letter longer: the pairs it can accept, in
    # the same order, without trying the many it must refuse.
    fit = [
        index
        for index, node in enumerate(nodes)
        if not node.candidate and not node.acronym and node.key.consonants >= 3
    ]
    by_length: dict[tuple[int, tuple[str, ...]], list[int]] = defaultdict(list)
    for index in fit:
        key = nodes[index].key
        by_length[(len(key.joined), key.digits)].append(index)
    pairs: list[tuple[int, int]] = []
    for index in fit:
        node = nodes[index]
        size, digits = len(node.key.joined), node.key.digits
        same = [other for other in by_length.get((size, digits), ()) if other > index]
        for other in same + by_length.get((size + 1, digits), []):
            if _fuzzy(node, nodes[other]):
                pairs.append((index, other))
    for left, right in pairs:
        links.union(left, right)


def _link_table(nodes: Sequence[Node], links: _Links) -> None:
    """Stage 3: forms on one line of the acronym table."""
    first: dict[int, int] = {}
    for index, node in enumerate(nodes):
        if node.row is None:
            continue
        if node.row in first:
            links.union(first[node.row], index)
        else:
            first[node.row] = index


def _link_spans(
    pairs: Iterable[tuple[Span, Span]], span_node: Mapping[Span, int], links: _Links
) -> None:
    """Stage 4: pairs of spans the text says name one thing."""
    for left, right in pairs:
        a, b = span_node.get(left), span_node.get(right)
        if a is not None and b is not None:
            links.union(a, b)


def _link_initials(nodes: Sequence[Node], links: _Links) -> None:
    """Stage 5: an acronym and the one multi-word name in the story it abbreviates."""
    spelled: dict[str, set[int]] = defaultdict(set)
    for index, node in enumerate(nodes):
        if not node.acronym and not node.candidate:
            for letters in initials(node.form):
                spelled[letters].add(links.find(index))
    pairs: list[tuple[int, int]] = []
    for index, node in enumerate(nodes):
        if node.acronym:
            roots = spelled.get(acronym_letters(node.form), set())
            if len(roots) == 1:
                pairs.append((index, next(iter(roots))))
    for left, right in pairs:
        links.union(left, right)


# The type of a cluster, by its member node indices in order: the later stages ask again
# for the many clusters they did not change.
_TypeMemo = dict[tuple[int, ...], EntityType]


def _cluster_types(nodes: Sequence[Node], links: _Links, memo: _TypeMemo) -> dict[int, EntityType]:
    """The type each current cluster would get, by root."""
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(nodes)):
        members[links.find(index)].append(index)
    return {root: _memo_type(nodes, group, memo) for root, group in members.items()}


def _memo_type(nodes: Sequence[Node], group: Sequence[int], memo: _TypeMemo) -> EntityType:
    """``_type_of`` the nodes at ``group`` (indices in order), remembered in ``memo``."""
    key = tuple(group)
    kind = memo.get(key)
    if kind is None:
        kind = memo[key] = _type_of([nodes[i] for i in key])
    return kind


def _type_of(group: Sequence[Node]) -> EntityType:
    """Vote over a cluster. The longest forms' labels count double: the proposer labels
    "Ryan Dillon" better than a bare "Dillon"."""
    group = [node for node in group if not node.candidate] or list(group)
    labels: Counter[str] = Counter()
    cues: Counter[EntityType] = Counter()
    longest = max(len(node.form.split()) for node in group)
    for node in group:
        weight = 2 if longest > 1 and len(node.form.split()) == longest else 1
        for label, count in node.labels:
            labels[label] += count * weight
        for kind, votes in node.cues:
            cues[kind] += votes
    row = _row_of(group)
    table_type = acronyms.table()[row].type if row is not None else None
    if table_type is None and any(node.publisher for node in group):
        table_type = "ORG"
    return decide_type(labels, cues, (n.form for n in group), table_type)


def _row_of(group: Sequence[Node]) -> int | None:
    """The table line of a cluster: the one most of its mentions point to."""
    rows: Counter[int] = Counter()
    for node in group:
        if node.row is not None:
            rows[node.row] += len(node.mentions)
    if not rows:
        return None
    best = max(rows.values())
    return min(row for row, count in rows.items() if count == best)


def _pick(candidates: Mapping[int, int]) -> int | None:
    """The one candidate cluster (root -> mentions) a short form can mean.

    Unambiguous means one candidate, or one used at least three times as often as all
    the others together ("Jackson" is Vincent Jackson, named 19 times, not the one
    stray "WR Jackson").
    """
    if len(candidates) == 1:
        return next(iter(candidates))
    ranked = sorted(candidates.items(), key=lambda item: (-item[1], item[0]))
    rest = sum(count for _, count in ranked[1:])
    return ranked[0][0] if ranked and ranked[0][1] >= 3 * rest else None


def _dominant(candidates: Mapping[int, tuple[str, int]]) -> list[int]:
    """Clusters (root -> (next word, mentions)) sharing the word that clearly leads.

    Candidates are grouped by the word after the short form, plural or not ("Ford Motor
    Company", "Ford Motors"); a group wins when it has three times the mentions of all
    the others together.
    """
    groups: dict[str, list[int]] = defaultdict(list)
    sizes: Counter[str] = Counter()
    for root, (word, size) in candidates.items():
        stem = word[:-1] if word.endswith("s") and len(word) > 3 else word
        groups[stem].append(root)
        sizes[stem] += size
    ranked = sorted(sizes.items(), key=lambda item: (-item[1], item[0]))
    if not ranked:
        return []
    rest = sum(size for _, size in ranked[1:])
    return sorted(groups[ranked[0][0]]) if ranked[0][1] >= 3 * rest else []


@dataclass(frozen=True, slots=True)
class _ShortForms:
    """What stage 6 reads from the nodes' forms alone, read once for both of its passes.

    Per node: its folded words (a person's core), its folded corporate core, and that core
    after a leading country. And the only longer names a node can pair with: those whose
    words end with its words, whose core starts with its core, or that hold an
    organisation word after the first.
    """

    words: list[tuple[str, ...]]
    cores: list[tuple[str, ...]]
    domestic: list[tuple[str, ...]]
    ending: dict[tuple[str, ...], list[int]]
    starting: dict[tuple[str, ...], list[int]]
    holding: dict[str, list[int]]


def _short_forms(nodes: Sequence[Node]) -> _ShortForms:
    """The forms stage 6 compares (see ``_ShortForms``)."""
    words = [tuple(fold(w) for w in person_core(n.form.split())) for n in nodes]
    cores = [tuple(fold(w) for w in corporate_core(n.form).split()) for n in nodes]
    # A government body named with its country first ("U.S. Treasury Department") is
    # called without it ("the Treasury"): its core after the country counts too.
    domestic = [_after_country(n.form) for n in nodes]
    ending: dict[tuple[str, ...], list[int]] = defaultdict(list)
    starting: dict[tuple[str, ...], list[int]] = defaultdict(list)
    holding: dict[str, list[int]] = defaultdict(list)
    for other, long in enumerate(nodes):
        if long.acronym or long.candidate:
            continue
        theirs = words[other]
        if len(theirs) >= 2:
            for size in range(1, len(theirs)):
                ending[theirs[-size:]].append(other)
        for their_core in {cores[other], domestic[other]}:
            for size in range(len(their_core)):
                starting[their_core[:size]].append(other)
        for word in dict.fromkeys(theirs[1:]):
            if word in ORG_WORDS:
                holding[word].append(other)
    return _ShortForms(words, cores, domestic, dict(ending), dict(starting), dict(holding))


def _link_short_forms(
    nodes: Sequence[Node], links: _Links, memo: _TypeMemo, forms: _ShortForms
) -> None:
    """Stage 6: surnames of people and leading words of organisations.

    A bare surname links to the one person in the story whose name ends with it, unless
    the text calls it a place. An organisation's short form links to the one
    organisation whose name starts with it (a word that could be either links to
    neither); when several do, to those that share the
    next word and have three times the mentions of all others ("Ford" is Ford Motor
    Company, not the one mention of Ford Australia). A market index is named the same
    way by its brand ("the Dow" for the Dow Jones Industrial Average, "the FTSE" for the
    FTSE 100), whatever type the proposer gave it. A generic organisation word inside
    one organisation's name ("the Observatory", "the Committee") links to it; a proper
    name inside it does not ("Hamra" is not the Wadi Hamra Relief Committee). Places
    never take part: Raqqa is not the Raqqa Civil Council.
    """
    types = _cluster_types(nodes, links, memo)
    words, cores, domestic = forms.words, forms.cores, forms.domestic
    ending, starting, holding = forms.ending, forms.starting, forms.holding
    # Links change only after the loop (pairs are joined at the end): roots are fixed here.
    roots = [links.find(index) for index in range(len(nodes))]
    pairs: list[tuple[int, int]] = []
    for index, node in enumerate(nodes):
        if node.acronym:
            continue
        root = roots[index]
        kind = types[root]
        placed = dict(node.cues).get("GPE", 0) >= 2
        people: dict[int, int] = {}
        starts: dict[int, tuple[str, int]] = {}
        inner: dict[int, int] = {}
        mine = words[index]
        near = {*ending.get(mine, ()), *starting.get(cores[index], ())}
        if len(mine) == 1:
            near.update(holding.get(mine[0], ()))
        for other in sorted(near):
            long = nodes[other]
            other_root = roots[other]
            if other_root == root or long.acronym or long.candidate:
                continue
            other_kind = types[other_root]
            size = len(long.mentions)
            theirs = words[other]
            if (
                other_kind == "PERSON"
                and kind != "NORP"
                and not placed
                and len(theirs) >= 2
                and len(mine) < len(theirs)
                and theirs[-len(mine) :] == mine
            ):
                people[other_root] = people.get(other_root, 0) + size
            if kind in {"ORG", "PERSON", "OTHER"} and (other_kind == "ORG" or is_index(long.form)):
                core, their_core = cores[index], cores[other]
                if their_core[: len(core)] != core:
                    their_core = domestic[other]
                if (
                    len(core) < len(their_core)
                    and their_core[: len(core)] == core
                    and not is_model_name(long.form)
                    and not names_institution(long.form)
                ):
                    # A maker's name is not its model ("Airbus" is not the "Airbus A380"),
                    # nor a company its conference ("Apple Worldwide Developers Conference").
                    word, count = starts.get(other_root, (their_core[len(core)], 0))
                    starts[other_root] = (word, count + size)
                elif (
                    kind == "ORG"
                    and len(mine) == 1
                    and mine[0] in ORG_WORDS
                    and mine[0] in theirs[1:]
                ):
                    inner[other_root] = inner.get(other_root, 0) + size
        # A word that ends a person's name and starts an organisation's is ambiguous.
        target = _pick(people) if not starts else None
        if target is not None:
            pairs.append((index, target))
        elif starts:
            pairs.extend((index, found) for found in _dominant(starts))
        else:
            target = _pick(inner)
            if target is not None:
                pairs.append((index, target))
    for left, right in pairs:
        links.union(left, right)


def _after_country(form: str) -> tuple[str, ...]:
    """The folded core of a name after a leading country the acronym table lists ("U.S.
    Treasury Department" -> treasury department); the whole core without one."""
    core = corporate_core(form).split()
    row = acronyms.table_row(core[0]) if len(core) >= 3 else None
    if row is not None and acronyms.table()[row].type == "GPE":
        core = core[1:]
    return tuple(fold(w) for w in core)


def _link_last_words(nodes: Sequence[Node], links: _Links, memo: _TypeMemo) -> None:
    """Stage 6b: a one-word name and the one longer name in the story that ends with it.

    "Sukanya" is the "INS Sukanya", "Chargers" the "San Diego Chargers", whatever types
    the proposer gave them, when one cluster holds (nearly) all the longer names ending
    in that word (see ``_pick``); never a model ("iPhone" is not the "3G iPhone"), except
    by its designator alone ("A380" is the "Airbus A380", "Nano" the "iPod nano").
    Places and nationalities never take part on either side ("Korea" is not "North
    Korea"), nor a word the text calls a place. A one-word person name links to the one
    person whose full name starts with it, unless it also ends some person's name.
    """
    types = _cluster_types(nodes, links, memo)
    last: dict[str, dict[int, int]] = defaultdict(dict)
    # A model named by its designator alone ("the A380", "the Nano"): the word is the
    # model, not the product or maker before it.
    designators: dict[str, dict[int, int]] = defaultdict(dict)
    for index, node in enumerate(nodes):
        tokens = node.form.split()
        root = links.find(index)
        designator = None if node.acronym or node.candidate else model_designator(node.form)
        if designator is not None:
            found = designators[fold(designator)]
            found[root] = found.get(root, 0) + len(node.mentions)
        if node.acronym or node.candidate or len(tokens) < 2 or is_model_name(node.form):
            continue
        if types[root] in PLACES or types[root] == "NORP":
            continue
        # A company by the last word before its legal form: "Opel" of "Adam Opel GmbH".
        core = corporate_core(node.form).split()
        word = fold(core[-1] if len(core) >= 2 else tokens[-1])
        last[word][root] = last[word].get(root, 0) + len(node.mentions)
    # A bare given name tagged as a person ("Craig" for Craig Zadan), when exactly one
    # person in the story has it and no person's name ends with it.
    given: dict[str, set[int]] = defaultdict(set)
    surnames: set[str] = set()
    for index, node in enumerate(nodes):
        tokens = node.form.split()
        if types[links.find(index)] == "PERSON" and not node.candidate and len(tokens) >= 2:
            surnames.add(fold(tokens[-1]))
            given[fold(tokens[0])].add(links.find(index))
    pairs: list[tuple[int, int]] = []
    for index, node in enumerate(nodes):
        tokens = node.form.split()
        root = links.find(index)
        word = fold(tokens[0])
        people = given.get(word, set()) - {root}
        if (
            len(tokens) == 1
            and types[root] == "PERSON"
            and len(people) == 1
            and word not in surnames
        ):
            pairs.append((index, next(iter(people))))
            continue
        if node.acronym or len(tokens) != 1 or types[root] in PLACES or types[root] == "NORP":
            continue
        if dict(node.cues).get("GPE", 0) >= 2:
            continue
        found = {r: n for r, n in last.get(fold(tokens[0]), {}).items() if r != root}
        if not found:
            found = {r: n for r, n in designators.get(fold(tokens[0]), {}).items() if r != root}
        target = _pick(found) if found else None
        if target is not None:
            pairs.append((index, target))
    for left, right in pairs:
        links.union(left, right)


_OPEN = re.compile(r"\s*[(（]\s*$")
_CLOSE = re.compile(r"\s*[)）]")
_NON_SPACE = re.compile(r"\S+")


def _arabic_attachments(
    documents: Mapping[str, Document],
    nodes: Sequence[Node],
    span_node: Mapping[Span, int],
    links: _Links,
) -> list[tuple[Mention, int]]:
    """Stage 7: Arabic-script names matched to a Latin node.

    Beside a Latin name in brackets (either way round), a skeleton one edit away is
    enough; elsewhere the skeleton must be identical, at least four symbols long, and
    point to one cluster only.
    """
    by_skeleton: dict[str, set[int]] = defaultdict(set)
    for index, node in enumerate(nodes):
        if not node.acronym and not has_arabic(node.form) and len(node.key.skeleton) >= 4:
            by_skeleton[node.key.skeleton].add(links.find(index))
    spans_by_doc: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for (doc, start, end), index in span_node.items():
        spans_by_doc[doc].append((start, end, index))
    found: list[tuple[Mention, int]] = []
    for doc_id in sorted(documents):
        text = documents[doc_id].text
        if not has_arabic(text):
            continue
        spans = sorted(spans_by_doc.get(doc_id, []))
        for run in arabic_runs(text):
            if any(s < run.end and run.start < e for s, e, _ in spans):
                continue
            target = _beside(text, run.start, run.end, spans, nodes, run.skeleton)
            if target is not None:
                found.append((_alias(doc_id, text, run.start, run.end), target))
                continue
            found.extend(_keyed_windows(doc_id, text, run.start, run.text, by_skeleton))
    return found


def _beside(
    text: str,
    start: int,
    end: int,
    spans: Sequence[tuple[int, int, int]],
    nodes: Sequence[Node],
    skeleton: str,
) -> int | None:
    """The Latin node an Arabic run stands in brackets after (or before), if it matches."""
    for s, e, index in spans:
        before_run = e <= start and _OPEN.match(text[e:start]) and _CLOSE.match(text, end)
        after_run = (
            end <= s
            and _OPEN.match(text[end:s])
            and _CLOSE.match(text, e)
            and text[max(0, start - 2) : start].strip() in {"", "(", "（"}
        )
        if not (before_run or after_run):
            continue
        latin = nodes[index].key.skeleton
        if latin == skeleton or (len(latin) >= 4 and at_most_one_edit(latin, skeleton)):
            return index
    return None


def _keyed_windows(
    doc_id: str, text: str, offset: int, run: str, by_skeleton: Mapping[str, set[int]]
) -> list[tuple[Mention, int]]:
    """Word windows of an Arabic run whose skeleton names exactly one cluster."""
    tokens = [(m.start(), m.end()) for m in _NON_SPACE.finditer(run)]
    found: list[tuple[Mention, int]] = []
    taken: list[tuple[int, int]] = []
    for width in range(min(4, len(tokens)), 0, -1):
        for first in range(len(tokens) - width + 1):
            start, end = tokens[first][0], tokens[first + width - 1][1]
            if any(s < end and start < e for s, e in taken):
                continue
            roots = by_skeleton.get(arabic_skeleton(run[start:end]), set())
            if len(roots) == 1:
                taken.append((start, end))
                mention = _alias(doc_id, text, offset + start, offset + end)
                found.append((mention, next(iter(roots))))
    return found


def _alias(doc_id: str, text: str, start: int, end: int) -> Mention:
    return Mention(doc=doc_id, start=start, end=end, text=text[start:end], label=ALIAS_LABEL)


def build_clusters(
    documents: Mapping[str, Document],
    mentions: Sequence[Mention],
    span_pairs: Sequence[tuple[Span, Span]],
) -> tuple[Cluster, ...]:
    """Run the cascade over cleaned mentions.

    Args:
        documents: Documents by id.
        mentions: Cleaned mentions (see ``clean.clean_mentions``), with any spans the
            acronym definitions added.
        span_pairs: Spans the text itself says name one thing (acronym definitions).

    Returns:
        Clusters in a deterministic order (by their first node's form).
    """
    nodes = build_nodes(documents, mentions)
    span_node: dict[Span, int] = {}
    for index, node in enumerate(nodes):
        for mention in node.mentions:
            span_node[(mention.doc, mention.start, mention.end)] = index
    links = _Links(len(nodes))
    memo: _TypeMemo = {}
    _link_keys(nodes, links)
    _link_fuzzy(nodes, links)
    _link_table(nodes, links)
    _link_spans(span_pairs, span_node, links)
    _link_initials(nodes, links)
    # Twice: a short form's candidates may themselves be joined by the first pass
    # ("Syrian Observatory" into the full name), which can make "Observatory" unambiguous.
    forms = _short_forms(nodes)
    _link_short_forms(nodes, links, memo, forms)
    _link_short_forms(nodes, links, memo, forms)
    _link_last_words(nodes, links, memo)
    attached: dict[int, list[Mention]] = defaultdict(list)
    for mention, index in _arabic_attachments(documents, nodes, span_node, links):
        attached[links.find(index)].append(mention)
    clusters: list[Cluster] = []
    for group in links.groups():
        members = tuple(nodes[i] for i in group)
        if all(node.candidate for node in members):
            continue
        extra = tuple(sorted(attached.get(group[0], []), key=lambda m: (m.doc, m.start)))
        clusters.append(
            Cluster(
                nodes=members,
                extra=extra,
                type=_memo_type(nodes, group, memo),
                row=_row_of(members),
            )
        )
    return tuple(clusters)
