"""Which forces, groups or operations the story's reports make parts of one another.

A toll of one unit's fighters and a toll of the force it belongs to look alike but are not
one quantity. Reports say which unit belongs to which in a few fixed ways, read between two
organisation or group mentions (ORG, NORP) of one sentence:

========================================================  =================================
written                                                   read as
========================================================  =================================
"the Euphrates Wrath forces, which is composed of the     Euphrates Wrath and the SDF are
SDF ..."; "X, made up of Y"; "X, consisting of Y"         linked (one holds the other)
"X, part of Y"; "X, a unit of Y"; "X, which includes Y";  linked
"X, an alliance of Y", "X, led by Y"
========================================================  =================================

Links go both ways: the cross-check only needs to know that two names are not strangers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from triangulate.model import Document, Entity, Mention

# The words between a group and the first group it is said to hold or belong to.
_JOINS = re.compile(
    r"^[\s,\"'“”‘’)]*(?:(?:which|who|that)\s+)?(?:(?:is|are|was|were)\s+)?(?:(?:itself|also|"
    r"mainly|largely)\s+)?(?:composed\s+of|made\s+up\s+of|formed\s+(?:of|by)|part\s+of|"
    r"consists?\s+of|consisting\s+of|comprising|comprises|includes?|including|an?\s+"
    r"(?:unit|wing|branch|alliance|coalition|member)\s+of|led\s+by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The words between two items of the list that follows.
_NEXT_ITEM = re.compile(r"^\s*,?\s*(?:and\s+|or\s+)?(?:the\s+)?$", re.IGNORECASE)
_GROUPS = frozenset({"ORG", "NORP"})
_GAP = 200
_QUOTES = "\"'“”‘’"


def names_of(entity: Entity) -> frozenset[str]:
    """An entity's names as the cross-check compares them: lower case, quotes dropped."""
    return frozenset(
        " ".join(n.strip(_QUOTES).lower().split()) for n in (entity.name, *entity.aliases)
    )


def read_forces(
    documents: Iterable[Document], entities: Sequence[Entity]
) -> Mapping[str, frozenset[str]]:
    """Each group name -> the names of the groups the reports link it to (table above).

    Args:
        documents: The story's reports.
        entities: Its resolved entities.

    Returns:
        Lower-cased names (every alias) mapped to the names they are linked to.
    """
    texts = {d.id: d.text for d in documents}
    by_doc: dict[str, list[tuple[Mention, Entity]]] = {}
    for entity in entities:
        if entity.type in _GROUPS:
            for mention in entity.mentions:
                by_doc.setdefault(mention.doc, []).append((mention, entity))
    links: dict[str, set[str]] = {}
    for doc, found in by_doc.items():
        text = texts.get(doc, "")
        found.sort(key=lambda pair: pair[0].start)
        for n, (first, one) in enumerate(found):
            last = first
            for second, other in found[n + 1 :]:
                if second.start - last.end > _GAP:
                    break
                between = text[last.end : second.start]
                pattern = _JOINS if last is first else _NEXT_ITEM
                if not pattern.match(between):
                    break
                last = second
                if other.id == one.id:
                    continue
                for a in names_of(one):
                    for b in names_of(other):
                        links.setdefault(a, set()).add(b)
                        links.setdefault(b, set()).add(a)
    return {name: frozenset(linked) for name, linked in links.items()}
