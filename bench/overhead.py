"""What the whole analysis costs against a bare spaCy parse of the same texts.

For each corpus, in one run of this script, the best of ``--repeat`` runs of:

- **bare**: spaCy's own ``spacy.load`` of the same model and ``nlp.pipe`` over the texts
  in one process, at batch size 32 (faster here than spaCy's default of 1000, so the
  stricter floor): the full pipeline on every sentence, as anyone would run it;
- **bare, numpy BLAS**: the same full parse with the model as the adapter loads it
  (matrix products through numpy's BLAS on one thread) - not a way to run triangulate,
  only to show how much of the gain below comes from that;
- **--jobs 1**: ``analyze`` in this process (reading, stories, parsing only what the claim
  readers read, entities, claims, cross-check, timeline, summary), the model loaded
  beforehand as for the bare parse;
- **default**: ``analyze`` as the command runs it, on a pool of one worker process per
  core when the pile pays for it, the workers' start and model loads included.

Ratios are against the bare parse of the same run: wall-clock, and CPU time of every
process (this one and its workers), which other work on the machine disturbs less; on
an idle machine with N cores the default's wall-clock is about its CPU time over N.
Corpora: ``../shared/data/mmds-dev``
(209 articles in English, Malay and Chinese), the dev split of
``../shared/data/polnear-dev`` (84 articles), and ``--generated N`` reports from
``bench/generate.py`` (300 by default). The load average is printed before and after each
corpus: the machine's other work slows the pool most, so read figures from a quiet run.

    .venv/bin/python bench/overhead.py [--repeat N] [--generated N] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from generate import write_corpus

from triangulate import analyze
from triangulate.exec import LocalParser, available_cores
from triangulate.ingest import ingest
from triangulate.nlp import spacy_model

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def _cpu() -> float:
    """CPU seconds used by this process and its finished children so far: the pool's
    first worker is a child of this process, and the workers it forked are its children,
    so all of them count once the pool is closed."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def best_of(repeat: int, job: Callable[[], object]) -> tuple[float, float]:
    """The fastest of ``repeat`` runs of ``job``: (wall seconds, CPU seconds of all processes)."""
    walls, cpus = [], []
    for _ in range(repeat):
        cpu = _cpu()
        start = time.perf_counter()
        job()
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
    return min(walls), min(cpus)


def _jsonl(target: Path, records: list[dict[str, str]]) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as out:
        for record in records:
            # Escaped: a raw control character would make the file read as binary.
            out.write(json.dumps(record) + "\n")
    return target.parent


def corpora(tmp: Path, generated: int) -> dict[str, Path]:
    """The corpora as folders ``analyze`` reads (records rewritten as JSON Lines in ``tmp``)."""
    found: dict[str, Path] = {}
    mmds = SHARED / "mmds-dev" / "docs.jsonl"
    if mmds.exists():
        rows = [json.loads(line) for line in mmds.read_text(encoding="utf-8").splitlines()]
        records = [{"id": r["doc_id"], "title": r["title"], "text": r["text"]} for r in rows]
        found["mmds-dev"] = _jsonl(tmp / "mmds" / "docs.jsonl", records)
    polnear = SHARED / "polnear-dev" / "polnear.jsonl"
    if polnear.exists():
        rows = [json.loads(line) for line in polnear.read_text(encoding="utf-8").splitlines()]
        records = [
            {
                "id": r["doc_id"],
                "title": r["title"],
                "text": r["text"],
                "outlet": r["publisher"],
                "published": r["published"],
            }
            for r in rows
            if r["split"] == "dev"
        ]
        found["polnear-dev"] = _jsonl(tmp / "polnear" / "dev.jsonl", records)
    if generated:
        found[f"generated-{generated}"] = write_corpus(tmp / "generated", generated, 0)
    return found


def _load() -> str:
    one = os.getloadavg()[0]
    return f"{one:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--generated", type=int, default=300)
    parser.add_argument("--only", nargs="*", help="measure only these corpora, by name")
    args = parser.parse_args()

    import spacy

    start = time.perf_counter()
    bare_nlp = spacy.load(spacy_model.MODEL_PACKAGE)
    load = time.perf_counter() - start
    ours = spacy_model.load()
    cores = available_cores()
    print(
        f"{cores} cores; model load {load:.2f} s (once per process, not counted below except "
        "in the default column, whose worker processes load it)\n"
    )
    line = "{:<15} {:>5} {:>9} | {:>7} {:>7} {:>7} {:>7} | {:>6} {:>6} {:>7} | {:>6} {:>6} | {}"
    print("wall-clock seconds (best of the repeats) and, after them, CPU seconds of every process")
    print(
        line.format(
            "corpus",
            "docs",
            "chars",
            "bare",
            "numpy",
            "jobs1",
            "default",
            "numpy/",
            "jobs1/",
            "default/",
            "jobs1/",
            "all/",
            "load before->after",
        )
    )
    print(
        line.format(
            "", "", "", "wall", "wall", "wall", "wall", "bare", "bare", "bare", "bare", "bare", ""
        )
    )
    print(line.format("", "", "", "", "", "", "", "wall", "wall", "wall", "CPU", "CPU", ""))
    with tempfile.TemporaryDirectory(prefix="triangulate-overhead-") as tmp:
        for name, folder in corpora(Path(tmp), args.generated).items():
            if args.only and name not in args.only:
                continue
            before = _load()
            texts = [d.text for d in ingest([str(folder)]).documents]
            bare = best_of(args.repeat, lambda t=texts: list(bare_nlp.pipe(t, batch_size=32)))

            def numpy_blas(t: list[str] = texts) -> None:
                with spacy_model._one_blas_thread():
                    list(ours.pipe(t, batch_size=32))

            numpy_s = best_of(args.repeat, numpy_blas)
            one = best_of(args.repeat, lambda f=folder: analyze(f, parser=LocalParser(1)))

            def default(f: Path = folder) -> None:
                with LocalParser() as pool:
                    analyze(f, parser=pool)

            every = best_of(args.repeat, default)
            chars = sum(len(t) for t in texts)
            print(
                line.format(
                    name,
                    len(texts),
                    chars,
                    f"{bare[0]:.2f}",
                    f"{numpy_s[0]:.2f}",
                    f"{one[0]:.2f}",
                    f"{every[0]:.2f}",
                    f"{numpy_s[0] / bare[0]:.2f}",
                    f"{one[0] / bare[0]:.2f}",
                    f"{every[0] / bare[0]:.2f}",
                    f"{one[1] / bare[1]:.2f}",
                    f"{every[1] / bare[1]:.2f}",
                    f"{before}->{_load()}",
                ),
                flush=True,
            )


if __name__ == "__main__":
    main()
