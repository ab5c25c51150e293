"""Which person a speaker described by a role is: "the governor", "the police chief".

A report names a person once with the role they hold and then describes them by it:
"Governor Ada Lind ... the governor said", "Ada Lind, the province's governor, ... the
governor said". A definite role description refers to the person of that role the report
named most recently before it, as a description of a body refers to the body
(:mod:`.bodies`, whose table of cases this follows): two reports' "the governor" may be
two governors, and one report's "the governor" may be another report's "Ada Lind". A named
person holds a role when the report's words say so right next to the name: a title before
it ("Governor Ada Lind", "police chief Ada Lind"), a word after it, or an apposition ("Ada
Lind, the province's governor, ..."); the roles are those of ``roles.tsv``. Words before a
description's head narrow the role ("the police chief" is no fire chief).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from triangulate.model import Document, Entity, Speaker
from triangulate.nlp.words import word_table
from triangulate.reconcile.bodies import Bodies, described_kind

ROLES = word_table(Path(__file__).parent / "roles.tsv")


def described_role(speaker: Speaker | None) -> str | None:
    """The role a speaker is described by, when the report describes rather than names
    them ("governor", "province's governor", "police chief"), else None."""
    return described_kind(speaker, ROLES)


def people(documents: Mapping[str, Document], entities: Iterable[Entity]) -> Bodies:
    """The people each report names with a role, in text order (a title before a name
    may be capitalised: "Governor Ada Lind")."""
    return Bodies(documents, entities, types=frozenset({"PERSON"}), table=ROLES, titles=True)
