"""How the cost of one report grows with its size: 100 KB, 200 KB, 400 KB and 1 MB.

Two kinds of report, each written by this script (invented text, deterministic):

- ``sentences``: short sentences that each carry a figure ("At least 42 people were
  killed in Dorvale on Tuesday, the Civil Defence said."), hedged, attributed, with a
  place or a "the town" in most, in paragraphs of one to a dozen sentences;
- ``one-sentence``: the same kind of figures run together into one sentence with no
  stop ("Officials said that 866 homes in Kessan and 43 families in Brenna and ...").

Each report is analysed in a fresh process the way ``triangulate analyze FILE -o
report.json`` does it (``pipeline.stream`` with the streamed JSON writer); the model is
loaded before the clock starts. Printed for each: the wall time, the CPU time of the
process (user and system: on a machine shared with other work it moves far less than the
wall time), the peak resident memory of the process and the peak above the memory held
once the model was loaded, and for each the ratio per doubling of the size against the
size before (for 400 KB -> 1 MB, 2.5 times the size, the ratio is taken to the power
1 / log2 2.5). Linear growth gives 2 per doubling; the target is at most 2.2.

    python bench/size.py [--sizes 100 200 400 1000] [--kinds sentences one-sentence]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

TARGET = 2.2

PLACES = ("Dorvale", "Kessan", "Marrow Hill", "Tal Qasir", "Brenna", "Oskel")
SPEAKERS = (
    "the Civil Defence said",
    "a hospital source said",
    "the governor's office said",
    "local officials told reporters",
    "according to the Red Crescent",
    "police said",
)
COUNTED = (
    "people were killed",
    "people were injured",
    "homes were destroyed",
    "families were displaced",
    "trucks of aid arrived",
    "fighters surrendered",
    "bodies were recovered",
)
HEDGES = ("At least {}", "About {}", "More than {}", "Nearly {}", "Up to {}", "{}")
DAYS = ("on Monday", "on Tuesday", "on Wednesday", "overnight", "since the flood", "")


def _sentence(rng: random.Random) -> str:
    """One short sentence carrying a figure."""
    number = f"{rng.randint(2, 950):,}"
    if rng.random() < 0.15:
        value = f"Between {number} and {rng.randint(960, 2000):,}"
    else:
        value = rng.choice(HEDGES).format(number)
    where = rng.random()
    place = f" in {rng.choice(PLACES)}" if where < 0.5 else " in the town" if where < 0.7 else ""
    day = rng.choice(DAYS)
    when = f" {day}" if day else ""
    return f"{value} {rng.choice(COUNTED)}{place}{when}, {rng.choice(SPEAKERS)}."


def _sentences(rng: random.Random) -> Iterator[str]:
    """Paragraphs of one to a dozen short figure sentences, each ending in a blank line."""
    while True:
        count = rng.choice((1, 2, 3, 4, 6, 8, 12))
        yield " ".join(_sentence(rng) for _ in range(count)) + "\n\n"


def _one_sentence(rng: random.Random) -> Iterator[str]:
    """Figures joined by "and" into one sentence (the caller closes it)."""
    yield "Officials said that "
    while True:
        place = rng.choice(PLACES)
        thing = rng.choice(("homes", "families", "people", "trucks", "schools"))
        yield f"{rng.randint(2, 950):,} {thing} in {place} and "


def write_report(folder: Path, kind: str, size: int, seed: int = 0) -> Path:
    """A report of about ``size`` bytes of the given kind, as a plain-text file."""
    rng = random.Random(seed)
    parts = ["Flood toll rises across the valley\n\n"]
    held = len(parts[0])
    pieces = _sentences(rng) if kind == "sentences" else _one_sentence(rng)
    for piece in pieces:
        if held + len(piece) > size - 20:
            break
        parts.append(piece)
        held += len(piece)
    text = "".join(parts)
    if kind != "sentences":
        text = text.removesuffix(" and ") + " were hit.\n"
    path = folder / f"{kind}-{size}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _rss_mib() -> float:
    """This process's peak resident set so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    """User and system CPU time of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(path: Path) -> None:
    """Analyse one report as ``analyze FILE -o report.json`` does; print a JSON line."""
    from triangulate.nlp import spacy_model
    from triangulate.pipeline import stream
    from triangulate.report.stream import write_json

    spacy_model.load()
    loaded = _rss_mib()
    start, cpu = time.perf_counter(), _cpu_seconds()
    with tempfile.TemporaryDirectory(prefix="triangulate-size-out-") as out:
        run = stream(path)
        written = write_json(Path(out) / "report.json", run.inputs, run.documents, run.parts)
    seconds = time.perf_counter() - start
    status = [record.status for record in run.inputs]
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu": _cpu_seconds() - cpu,
                "loaded_mib": loaded,
                "peak_mib": _rss_mib(),
                "documents": written.documents,
                "status": status,
            }
        )
    )


def measure(path: Path) -> dict[str, float]:
    """Run ``child`` in a fresh interpreter and read its JSON line."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def per_doubling(ratio: float, growth: float) -> float:
    """A ratio for ``growth`` times the size, expressed per doubling of the size."""
    return float(ratio ** (1 / math.log2(growth)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 400, 1000])
    parser.add_argument("--kinds", nargs="+", default=["sentences", "one-sentence"])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child))
        return

    rows = []
    with tempfile.TemporaryDirectory(prefix="triangulate-size-") as tmp:
        for kind in args.kinds:
            for size in args.sizes:
                path = write_report(Path(tmp), kind, size * 1000)
                result = measure(path)
                rows.append((kind, size, result))
                print(f"measured {kind} {size} KB: {result['seconds']:.1f} s", file=sys.stderr)

    print(
        f"\n{'report':<13} {'size':>7} {'wall s':>7} {'x/dbl':>6} {'CPU s':>7} {'x/dbl':>6} "
        f"{'peak MiB':>9} {'over model':>11} {'x/dbl':>6}"
    )
    worst = {"wall": 0.0, "cpu": 0.0, "memory": 0.0}
    previous: tuple[str, int, dict[str, float]] | None = None
    for kind, size, result in rows:
        above = result["peak_mib"] - result["loaded_mib"]
        ratios = {"wall": "", "cpu": "", "memory": ""}
        if previous is not None and previous[0] == kind:
            growth = size / previous[1]
            before = previous[2]
            found = {
                "wall": per_doubling(result["seconds"] / before["seconds"], growth),
                "cpu": per_doubling(result["cpu"] / before["cpu"], growth),
                "memory": per_doubling(above / (before["peak_mib"] - before["loaded_mib"]), growth),
            }
            for name, value in found.items():
                worst[name] = max(worst[name], value)
                ratios[name] = f"{value:.2f}"
        print(
            f"{kind:<13} {size:>5}KB {result['seconds']:>7.1f} {ratios['wall']:>6} "
            f"{result['cpu']:>7.1f} {ratios['cpu']:>6} {result['peak_mib']:>9.0f} "
            f"{above:>11.0f} {ratios['memory']:>6}"
        )
        previous = (kind, size, result)
    for name, value in worst.items():
        verdict = "ok" if value <= TARGET else "OVER TARGET"
        print(f"worst {name} ratio per doubling: {value:.2f} (target <= {TARGET}: {verdict})")


if __name__ == "__main__":
    main()
