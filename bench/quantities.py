"""What the figure reader's first half costs: ``find_quantities`` and ``passed_over``.

Measured in one process, on the same texts: one regex pass over every run of digits (the
floor: no reader of numbers can be cheaper than finding them), ``find_quantities`` and
``passed_over``. Printed as a table with each one's ratio to the floor; the best of several
repeats is kept for each.

    .venv/bin/python bench/quantities.py [FOLDER ...] [--repeat N] [--reports N]

Without a folder it reads a generated stream of news reports (``bench/generate.py``).
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

from triangulate.claims.quantities import find_quantities, passed_over
from triangulate.ingest import ingest

_DIGITS = re.compile(r"[0-9]+")


def best_of(repeat: int, job: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs of ``job``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def _generated(n: int) -> list[str]:
    import importlib.util
    import sys

    path = Path(__file__).resolve().parent / "generate.py"
    spec = importlib.util.spec_from_file_location("bench_generate", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return [text for _, text, _ in module.generate(n, seed=7)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reports", type=int, default=400)
    args = parser.parse_args()
    corpora = [(f.name, [d.text for d in ingest([str(f)]).documents]) for f in args.folders]
    if not corpora:
        corpora = [(f"generated ({args.reports})", _generated(args.reports))]

    header = ("texts", "docs", "chars", "digits s", "find s", "ratio", "passed s", "ratio")
    print("{:<18} {:>5} {:>9} {:>9} {:>8} {:>6} {:>9} {:>6}".format(*header))
    for name, texts in corpora:
        floor = best_of(args.repeat, lambda t=texts: [list(_DIGITS.finditer(x)) for x in t])
        found = best_of(args.repeat, lambda t=texts: [find_quantities(x) for x in t])
        passed = best_of(args.repeat, lambda t=texts: [passed_over(x) for x in t])
        chars = sum(len(t) for t in texts)
        print(
            f"{name:<18} {len(texts):>5} {chars:>9} {floor:>9.4f} {found:>8.3f} "
            f"{found / floor:>6.0f} {passed:>9.3f} {passed / floor:>6.0f}"
        )


if __name__ == "__main__":
    main()
