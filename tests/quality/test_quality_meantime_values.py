"""Figure recall and precision on MEANTIME's annotated values (quantities, money, percentages).

MEANTIME marks the value expressions in its news articles (``tag == "VALUE"``). The real
pipeline runs over each topic as one story; a gold value is found when a figure claim
overlaps it, and a figure claim is right when it overlaps a gold value (precision is a
lower bound: a figure the annotators left unmarked counts against it). MEANTIME also marks
ages ("Jobs, aged 55"), which triangulate reads and keeps apart from figures: a value is
*read* when it is found as a figure or passed over as an age (``passed_over``), and both
recalls are pinned. quantulum3 is scored on the same spans in the same test.

A third recall counts only the gold values that are figures as the project defines them:
recall *of figures* leaves out the gold values that are ages or ordinals, told by a rule on
the gold span's own text and the words right around it, never by what triangulate read
there (``_age_or_ordinal``):

- an age: the span followed by "-year-old", "years old" or "years of age" ("a 15-year-old",
  "55 years old"), preceded by "aged" or "the age of" ("dies aged 56", "at the age of 56"),
  or set off by commas or brackets right after a capitalised name ("Papermaster, 49,",
  "Lim (57)");
- an ordinal: the span is an ordinal word or digits with an ordinal suffix ("fifth",
  "5th", "21st").

The plain recall (every gold value) is printed and pinned beside it and keeps its meaning.

Rules were written reading the ``apple`` topic only; ``gm`` is held out. Floors are pinned
for each and for both together.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
from parsed_once import PARSED_ONCE

from triangulate.claims.quantities import passed_over
from triangulate.evaluate import GoldMention, load_docs, load_mentions
from triangulate.evaluate.peers import quantulum_quantities
from triangulate.model import Document, Published, Story
from triangulate.pipeline import find_claims, prepare

BASELINE = Path(__file__).resolve().parent / "baseline.json"
DEVELOPMENT = ("apple",)

pytestmark = pytest.mark.quality

Spans = Mapping[str, Sequence[tuple[int, int]]]


# The rule of the module docstring, read on the gold span and the words around it.
_AGE_AFTER_RE = re.compile(r"\s?-?\s?(?:years?|yrs?)\s?-?\s?(?:old\b|of\s+age\b)", re.IGNORECASE)
_AGE_BEFORE_RE = re.compile(r"\b(?:aged|age\s+of)\s+$", re.IGNORECASE)
_NAME_BEFORE_RE = re.compile(r"\b[A-Z][\w'’.-]*[a-z]\s?(?:,|\()\s?$")
_SET_OFF_AFTER_RE = re.compile(r"\s?[,)]")
_ORDINAL_RE = re.compile(
    r"(?:[0-9]+\s?(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth)",
    re.IGNORECASE,
)


def _age_or_ordinal(text: str, start: int, end: int) -> bool:
    """Whether the gold value at ``text[start:end]`` is an age or an ordinal (docstring)."""
    span = text[start:end].strip()
    if _ORDINAL_RE.fullmatch(span):
        return True
    before = text[max(0, start - 40) : start]
    if _AGE_AFTER_RE.match(text, end) or _AGE_BEFORE_RE.search(before):
        return True
    return bool(
        span.isdigit() and _NAME_BEFORE_RE.search(before) and _SET_OFF_AFTER_RE.match(text, end)
    )


def _floor(name: str) -> float:
    return float(json.loads(BASELINE.read_text(encoding="utf-8"))[name])


@pytest.fixture(scope="module")
def read(
    meantime_dir: Path,
) -> tuple[list[GoldMention], dict[str, str], Spans, Spans, Spans, list[GoldMention]]:
    """Gold values, each document's topic, our figure spans, quantulum3's, our ages, and the
    gold values that are figures (no age, no ordinal)."""
    docs = load_docs(meantime_dir)
    values = [m for m in load_mentions(meantime_dir) if m.tag == "VALUE"]
    assert len(values) > 100
    text_of = {d.id: d.text for d in docs}
    figures = [v for v in values if not _age_or_ordinal(text_of[v.doc], v.start, v.end)]
    topics: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        topics[d.topic].append(
            Document(
                id=d.id,
                source=d.id,
                title=None,
                outlet=None,
                text=d.text,
                sha256="",
                published=Published.unknown(),
            )
        )
    ours: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for topic, documents in topics.items():
        story = Story(id=topic, label=topic, docs=tuple(d.id for d in documents))
        for claim in find_claims(prepare(documents, parse=PARSED_ONCE), [story]):
            if claim.kind == "figure":
                ours[claim.doc].append((claim.start, claim.end))
    peer = {d.id: [(q.start, q.end) for q in quantulum_quantities(d.text)] for d in docs}
    ages = {
        d.id: [(p.start, p.end) for p in passed_over(d.text) if p.reason == "age"] for d in docs
    }
    return values, {d.id: d.topic for d in docs}, ours, peer, ages, figures


def _scores(
    values: Sequence[GoldMention], spans: Spans, docs: set[str]
) -> tuple[float, float, int]:
    """Recall over the gold values, precision over the spans, in the given documents."""
    gold = [v for v in values if v.doc in docs]
    hits = sum(any(s < v.end and e > v.start for s, e in spans.get(v.doc, ())) for v in gold)
    found = [(doc, s, e) for doc in docs for s, e in spans.get(doc, ())]
    right = sum(any(s < v.end and e > v.start for v in gold if v.doc == doc) for doc, s, e in found)
    return hits / len(gold), (right / len(found) if found else 0.0), len(gold)


@pytest.mark.parametrize("half", ["development", "held_out", "all"])
def test_meantime_values_are_found_as_figures(
    half: str,
    read: tuple[list[GoldMention], dict[str, str], Spans, Spans, Spans, list[GoldMention]],
    record_property: pytest.RecordProperty,
) -> None:
    values, topic_of, ours, peer, ages, figures = read
    docs = {
        doc
        for doc, topic in topic_of.items()
        if half == "all" or (topic in DEVELOPMENT) == (half == "development")
    }
    recall, precision, n = _scores(values, ours, docs)
    peer_recall, peer_precision, _ = _scores(values, peer, docs)
    with_ages = {d: [*ours.get(d, ()), *ages.get(d, ())] for d in docs}
    read_recall, _, _ = _scores(values, with_ages, docs)
    figure_recall, _, n_figures = _scores(figures, ours, docs)
    peer_figure_recall, _, _ = _scores(figures, peer, docs)
    record_property(
        "ours",
        f"recall={recall:.3f} read={read_recall:.3f} precision={precision:.3f} n={n}; "
        f"recall of figures={figure_recall:.3f} n={n_figures}",
    )
    record_property(
        "quantulum3",
        f"recall={peer_recall:.3f} precision={peer_precision:.3f}; "
        f"recall of figures={peer_figure_recall:.3f}",
    )
    suffix = "" if half == "all" else f"_{half}"
    assert recall >= _floor(f"meantime{suffix}_value_recall")
    assert read_recall >= _floor(f"meantime{suffix}_value_read_recall")
    assert precision >= _floor(f"meantime{suffix}_value_precision")
    assert figure_recall >= _floor(f"meantime{suffix}_figure_value_recall")


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("Papermaster, [49], had left the firm.", True),
        ("Jobs, aged [55], has taken leave.", True),
        ("He died at the age of [56], his family said.", True),
        ("a [15]-year-old boy", True),
        ("He is [30] years old.", True),
        ("the [5th] generation iPod", True),
        ("the [fifth] generation iPod", True),
        # figures, even beside a name or a comma
        ("It costs [$199] in the US.", False),
        ("Apple sold [500], the firm said.", False),
        ("On the 30GB iPod, [75] hours of video", False),
    ],
)
def test_meantime_figure_values_leave_out_ages_and_ordinals(text: str, left_out: bool) -> None:
    start, end = text.index("["), text.index("]") - 1
    plain = text.replace("[", "").replace("]", "")
    assert _age_or_ordinal(plain, start, end) is left_out
