"""Turn clusters into ``Entity`` records: canonical name, aliases, stable id."""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence

from triangulate.model import Entity, Mention
from triangulate.resolve import acronyms
from triangulate.resolve.arabic import has_arabic
from triangulate.resolve.cluster import Cluster, Node

# Adjectives that describe a body rather than name it: a form ending in one ("Indian
# Naval") was cut before its noun ("Indian Naval Services").
DESCRIBING = frozenset(
    (
        *("naval", "military", "federal", "national", "royal", "civil", "municipal"),
        *("presidential", "provincial", "regional", "judicial", "international", "central"),
    )
)
_PLACE_TYPES = frozenset({"GPE", "LOC"})
# A form led by a courtesy title names a person with the title ("Ms Nelly Marrero"): never
# the name of what a bare word of it names.
_TITLES = frozenset(("mr", "mrs", "ms", "mdm", "madam", "dr", "prof", "sir", "lawyer"))


def short_reference(form: str, forms: Collection[str], kind: str) -> bool:
    """Whether a form is a short reference to a longer form of the same entity rather than
    its name: a form cut before its noun ("Indian Naval" of "Indian Naval Services"), or,
    for anything but a person or a place, the bare head of a longer name ("Club" of
    "Bloomington Sam's Club", "Bank" of "West Coast Bank", "Navy" of "Indian Navy")."""
    words = form.split()
    if not words:
        return False
    for other in forms:
        longer = other.split()
        if len(longer) <= len(words) or longer[0].casefold().rstrip(".") in _TITLES:
            continue
        if words[-1].casefold() in DESCRIBING and longer[: len(words)] == words:
            return True
        if (
            len(words) == 1
            and kind != "PERSON"
            and kind not in _PLACE_TYPES
            and longer[-1] == words[0]
        ):
            return True
    return False


def _name_rank(node: Node, canonical: str | None, person: bool, short: bool) -> tuple[object, ...]:
    """How good a form is as the entity's name; larger is better.

    Names the NER model proposed beat untagged proper-noun runs; full forms beat
    acronyms; the table's canonical spelling wins when the story uses
    it; a person's full name beats a bare surname, and a longer name a short reference
    to it (``short_reference``); then the form used in the most documents, then the most
    often; ties go to the shorter, plainer spelling.
    """
    return (
        not node.candidate,
        not node.acronym,
        not has_arabic(node.form),
        node.form == canonical,
        not person or len(node.form.split()) >= 2,
        not short,
        len(node.docs),
        len(node.mentions),
        -len(node.form),
        -sum(ch in "-'’" for ch in node.form),
    )


def canonical_name(found: Cluster, capitals: Collection[str] = ()) -> str:
    """The most informative common form of a cluster (see ``_name_rank``); a form only
    ever written in capitals is cased as a name (``acronyms.unshout``), keeping the
    ``capitals`` the reports write in mixed-case text ("IMF")."""
    canonical = acronyms.table()[found.row].name if found.row is not None else None
    person = found.type == "PERSON"
    forms = [n.form for n in found.nodes if not n.candidate and not n.acronym]
    ranked = [
        (_name_rank(n, canonical, person, short_reference(n.form, forms, found.type)), n.form)
        for n in found.nodes
    ]
    best = max(rank for rank, _ in ranked)
    # Equal ranks mean equal lengths: the alphabetically first of those forms.
    name = min(form for rank, form in ranked if rank == best)
    letters = sum(map(str.isalpha, name))
    # Only ever written in capitals, as a dateline writes its place ("KOBANE" -> "Kobane")
    # or a headline a name ("MARFIN EGNATIA BANK" -> "Marfin Egnatia Bank"). Shorter forms
    # stay: they are the acronyms places go by ("UAE", "USSR"), and one word of up to six
    # capitals names an organisation as an acronym does ("UNICEF").
    if (
        name.isupper()
        and letters >= 5
        and (found.type in {"GPE", "LOC"} or len(name.split()) > 1 or letters > 6)
    ):
        return acronyms.unshout(name, capitals)
    return name


def entity_id(kind: str, name: str, first: Mention) -> str:
    """An id from content: type, name and where the entity is first mentioned."""
    seed = "\x1f".join((kind, name, first.doc, str(first.start), str(first.end)))
    return "e" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]


def to_entity(
    found: Cluster, extra: Sequence[Mention] = (), *, capitals: Collection[str] = ()
) -> Entity:
    """Build the record for one cluster, with any further mentions found for it
    (``capitals``: see :func:`canonical_name`)."""
    spans = {(m.doc, m.start, m.end): m for n in found.nodes for m in n.mentions}
    for mention in (*found.extra, *extra):
        spans.setdefault((mention.doc, mention.start, mention.end), mention)
    mentions = tuple(spans[key] for key in sorted(spans))
    name = canonical_name(found, capitals)
    return Entity(
        id=entity_id(found.type, name, mentions[0]),
        name=name,
        type=found.type,
        aliases=tuple(sorted({m.text for m in mentions})),
        mentions=mentions,
    )
