"""What reading a pile of many stories adds: language identification and entity linking.

Two measurements, each as a ratio against a baseline measured in the same run:

- language identification (``nlp.language.identify``) over generated reports, against a
  bare ``nlp.pipe`` of the spaCy model over the same reports (the floor of any analysis);
- linking each story's entities to the pile's (``resolve.pile.PileEntities``) for 1,000
  and for 10,000 stories of invented entities (names drawn from a shared pool, so most
  stories name some of the others' things): the time for 10x the stories, against 10.

    .venv/bin/python bench/pile.py [--reports N] [--stories N] [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate

from triangulate.model import Entity, EntityType, Mention
from triangulate.nlp import spacy_model
from triangulate.nlp.language import identify
from triangulate.resolve.cluster import _form
from triangulate.resolve.names import name_key
from triangulate.resolve.pile import PileEntities

KINDS: tuple[EntityType, ...] = ("PERSON", "ORG", "GPE")
SYLLABLES = ("ka", "ren", "vol", "mi", "dor", "sa", "tel", "bru", "an", "os", "li", "ver")


def best_of(repeat: int, job) -> float:  # type: ignore[no-untyped-def]
    """The fastest of ``repeat`` runs of ``job``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def stories_of_entities(count: int, seed: int) -> list[list[Entity]]:
    """``count`` stories of 8-20 entities each, drawn from a pool that grows with them."""
    rng = random.Random(seed)
    pool = [(f"{_word(rng)} {_word(rng)}", rng.choice(KINDS)) for _ in range(count * 4)]
    stories: list[list[Entity]] = []
    for number in range(count):
        chosen = rng.sample(pool, rng.randint(8, 20))
        entities = []
        for index, (name, kind) in enumerate(chosen):
            doc = f"d{number}"
            mention = Mention(
                doc=doc, start=index * 20, end=index * 20 + len(name), text=name, label=kind
            )
            entities.append(
                Entity(
                    id=f"e{number}-{index}",
                    name=name,
                    type=kind,
                    aliases=(name,),
                    mentions=(mention,),
                )
            )
        stories.append(entities)
    return stories


def link_all(stories: list[list[Entity]]) -> None:
    # Each run starts cold: the name caches would otherwise hold all of a small pile.
    name_key.cache_clear()
    _form.cache_clear()
    pile = PileEntities()
    for entities in stories:
        pile.link(entities)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    texts = [text for _, text, _ in generate(args.reports, seed=7)]
    nlp = spacy_model.load()
    bare = best_of(args.repeat, lambda: list(nlp.pipe(texts)))
    langid = best_of(args.repeat, lambda: [identify(t) for t in texts])
    print(
        f"{len(texts)} reports: bare parse {bare:.2f} s, language identification "
        f"{langid:.3f} s ({langid / bare:.1%} of the parse; "
        f"{1000 * langid / len(texts):.2f} ms a report)"
    )

    small = stories_of_entities(args.stories, seed=1)
    large = stories_of_entities(args.stories * 10, seed=2)
    t_small = best_of(args.repeat, lambda: link_all(small))
    t_large = best_of(args.repeat, lambda: link_all(large))
    entities = sum(len(s) for s in large)
    print(
        f"linking {args.stories:,} stories: {t_small:.3f} s; {args.stories * 10:,} stories "
        f"({entities:,} entities): {t_large:.3f} s; 10x the stories took "
        f"{t_large / t_small:.2f}x the time"
    )


if __name__ == "__main__":
    main()
