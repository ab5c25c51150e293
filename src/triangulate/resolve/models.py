"""A product's bare name in a report about one of its models names that model.

News names a model in full once ("Apple unveiled the iPhone 3GS") and then calls it by
the product's name ("the new iPhone records video"). So in a report that names exactly
one model of a product, the product's bare name is that model; in a report naming two
models of it, or none, the bare name stays the product. Only products take part (a name
spelt as a brand, "iPhone", or typed as a product): a maker is never its model, so
"Airbus" in a report about the "Airbus A380" stays the company.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from triangulate.model import Entity, Mention
from triangulate.resolve.cluster import form_of
from triangulate.resolve.names import fold
from triangulate.resolve.shapes import is_brand_word, model_base


def _product(entity: Entity) -> bool:
    """An entity a model can be of: typed as a product or named as a brand."""
    words = entity.name.split()
    return entity.type == "OTHER" or (len(words) == 1 and is_brand_word(words[0]))


def models_in_reports(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """The entities with each report's bare product names moved to the one model it names.

    Entities keep their ids and order; one left without mentions is dropped.
    """
    # (document, folded product name) -> indices of the model entities named there.
    models: dict[tuple[str, str], set[int]] = defaultdict(set)
    for index, entity in enumerate(entities):
        for mention in entity.mentions:
            base = model_base(form_of(mention))
            if base is not None:
                models[(mention.doc, fold(base))].add(index)
    if not models:
        return tuple(entities)
    moved: dict[int, list[Mention]] = defaultdict(list)
    kept: dict[int, list[Mention]] = {}
    for index, entity in enumerate(entities):
        if not _product(entity):
            continue
        stay: list[Mention] = []
        for mention in entity.mentions:
            targets = models.get((mention.doc, fold(form_of(mention))), set()) - {index}
            if len(targets) == 1:
                moved[next(iter(targets))].append(mention)
            else:
                stay.append(mention)
        if len(stay) < len(entity.mentions):
            kept[index] = stay
    out: list[Entity] = []
    for index, entity in enumerate(entities):
        mentions = kept.get(index, list(entity.mentions)) + moved.get(index, [])
        if not mentions:
            continue
        if index in kept or index in moved:
            mentions.sort(key=lambda m: (m.doc, m.start, m.end))
            entity = replace(
                entity,
                mentions=tuple(mentions),
                aliases=tuple(sorted({m.text for m in mentions})),
            )
        out.append(entity)
    return tuple(out)
