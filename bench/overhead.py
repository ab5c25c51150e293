"""How much the whole analysis costs beyond the spaCy model it runs.

Measured in one process, on the same texts: loading the model, a bare ``nlp.pipe`` over
the texts (the floor: no analysis can be cheaper than parsing), and ``analyze`` on the same
folder (reading, parsing, resolving, claims, cross-checking, timeline, summary). Printed as
a table with the ratio analyze / bare parse; the best of several repeats is kept for each.

    .venv/bin/python bench/overhead.py [FOLDER ...] [--repeat N]

Without a folder it uses ../shared/examples/raqqa-2017 and the project's example story.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from triangulate import analyze
from triangulate.ingest import ingest
from triangulate.nlp import spacy_model

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT.parent / "shared" / "examples" / "raqqa-2017", ROOT / "examples" / "khan-sabil"]


def best_of(repeat: int, job) -> float:  # type: ignore[no-untyped-def]
    """The fastest of ``repeat`` runs of ``job``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folders = args.folders or [f for f in DEFAULT if f.exists()]

    start = time.perf_counter()
    nlp = spacy_model.load()
    load = time.perf_counter() - start
    print(f"model load: {load:.2f} s (once per process, not counted below)\n")
    header = ("folder", "docs", "chars", "bare parse s", "analyze s", "ratio")
    print("{:<16} {:>5} {:>8} {:>13} {:>10} {:>6}".format(*header))
    for folder in folders:
        texts = [d.text for d in ingest([str(folder)]).documents]
        bare = best_of(args.repeat, lambda t=texts: list(nlp.pipe(t)))
        full = best_of(args.repeat, lambda f=folder: analyze(f))
        chars = sum(len(t) for t in texts)
        print(
            f"{folder.name:<16} {len(texts):>5} {chars:>8} {bare:>13.3f} {full:>10.3f} "
            f"{full / bare:>6.2f}"
        )


if __name__ == "__main__":
    main()
