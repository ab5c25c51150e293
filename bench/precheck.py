"""How much of a pile the pre-check lets the parse skip, and why it keeps what it keeps.

The spaCy adapter runs the tagger and the dependency parser only on the lines of a piece
that ``claims.precheck.may_hold_claim`` keeps, and only in a piece whose dropped lines hold
at least ``SKIP_PAYS`` of its characters (below that, finding what to skip costs more than
skipping saves); tokens, sentence bounds and entities are found everywhere. For each
corpus (as ``bench/overhead.py`` builds them; the texts ``analyze`` parses, by language)
this prints:

- the lines with a word or sign in them, and the share of their characters each rule of
  the pre-check keeps (the first that holds, in the order of its docstring: a digit, a
  quotation mark, a colon, a number word, a form of a cue word, a predicate word, every
  word of a predicate pattern) or that none keeps;
- with ``--claims``, for each rule, the share of characters on kept lines in which the
  analysis reads no claim (``analyze`` with the default parser; a line a claim's span
  touches holds one): what a tighter test could at most leave out, before what the
  attribution reader needs of those lines (quotes, speakers carried to the next sentence);
- the pieces that parse only their kept lines, and the share of characters they skip.

    .venv/bin/python bench/precheck.py [--claims] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from functools import cache
from pathlib import Path

from overhead import corpora

from triangulate.claims import precheck
from triangulate.claims.precheck import may_hold_claim
from triangulate.ingest import ingest
from triangulate.nlp import spacy_model
from triangulate.nlp.languages import language_of
from triangulate.nlp.words import case_key

# The rules of the pre-check, in the order of its docstring's table.
RULES = (
    "digit",
    "quotation mark",
    "colon",
    "number word",
    "cue word",
    "predicate word",
    "predicate pattern",
)


@cache
def _cue_forms() -> frozenset[str]:
    """Every form of every cue word (the pre-check's own forms)."""
    return frozenset(form for word in precheck.cue_words() for form in precheck.forms(word))


def rule(line: str) -> str | None:
    """The first rule of the pre-check that keeps ``line``, or None when none does."""
    if precheck._DIGIT.search(line):
        return "digit"
    if not precheck._QUOTES.isdisjoint(line):
        return "colon" if precheck._QUOTES.isdisjoint(line.replace(":", "")) else "quotation mark"
    words = set(precheck._WORD.findall(case_key(line)))
    if not words.isdisjoint(precheck.NUMBER_WORDS):
        return "number word"
    if not words.isdisjoint(_cue_forms()):
        return "cue word"
    if not words.isdisjoint(precheck._single_words()):
        return "predicate word"
    starts = precheck._patterns_by_first_form()
    if any(precheck._all_present(words, p) for w in words & starts.keys() for p in starts[w]):
        return "predicate pattern"
    return None


def _lines(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` with a word or sign in them, with their offsets."""
    out = []
    start = 0
    for line in text.split("\n"):
        if line and not line.isspace():
            out.append((start, line))
        start += len(line) + 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=["mmds-dev", "polnear-dev"])
    parser.add_argument("--claims", action="store_true", help="also run analyze (slower)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="triangulate-precheck-") as tmp:
        found = corpora(Path(tmp), 0)
        for name in args.only:
            folder = found[name]
            # The reports analyze parses: those in a language it reads.
            documents = [d for d in ingest([str(folder)]).documents if language_of(d) is not None]
            spans: dict[str, list[tuple[int, int]]] = {}
            if args.claims:
                from triangulate.exec import LocalParser
                from triangulate.pipeline import analyze

                with LocalParser() as pool:
                    report = analyze(folder, parser=pool)
                for claim in report.claims:
                    spans.setdefault(claim.doc, []).append((claim.start, claim.end))
            chars: Counter[str | None] = Counter()
            unread: Counter[str | None] = Counter()
            lines = 0
            for doc in documents:
                for start, line in _lines(doc.text):
                    why = rule(line)
                    assert (why is not None) == may_hold_claim(line), line
                    lines += 1
                    chars[why] += len(line)
                    end = start + len(line)
                    if not any(s < end and e > start for s, e in spans.get(doc.id, ())):
                        unread[why] += len(line)
            total = sum(chars.values()) or 1
            print(f"{name}: {len(documents)} reports parsed, {lines:,} lines, {total:,} chars")
            for why in (*RULES, None):
                share = f"  {why or 'kept by none':<18} {chars[why] / total:6.1%} of chars"
                if args.claims:
                    share += f", {unread[why] / total:6.1%} on lines holding no claim"
                print(share)
            pieces = skipping = skipped = text = 0
            for doc in documents:
                for _, piece in spacy_model._chunks(doc.text):
                    _, dropped = spacy_model._kept_line_spans(piece, may_hold_claim)
                    pieces += 1
                    text += len(piece)
                    if dropped and dropped >= spacy_model.SKIP_PAYS * len(piece):
                        skipping += 1
                        skipped += dropped
            print(
                f"  pieces parsing only their kept lines: {skipping} of {pieces}, "
                f"skipping {skipped / max(text, 1):.1%} of the characters",
                flush=True,
            )


if __name__ == "__main__":
    main()
