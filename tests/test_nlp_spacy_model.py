"""The spaCy adapter: offsets into the full text, long texts in pieces, one result per doc."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from triangulate.nlp import spacy_model


@given(st.text(max_size=2000), st.integers(min_value=5, max_value=400))
def test_chunks_cover_the_text_exactly(text: str, size: int) -> None:
    original = spacy_model.MAX_CHUNK
    spacy_model.MAX_CHUNK = size
    try:
        pieces = list(spacy_model._chunks(text))
    finally:
        spacy_model.MAX_CHUNK = original
    assert "".join(p for _, p in pieces) == text
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert all(len(p) <= size for _, p in pieces)


def test_parse_keeps_offsets_across_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spacy_model, "MAX_CHUNK", 60)
    text = "Mayor Ana Ruiz opened the bridge.\n\n" * 4 + "Later, Ivo Marin visited Split."
    docs = [("a", text), ("empty", ""), ("b", "Paris is quiet.")]
    results = list(spacy_model.parse(docs))
    assert [r.doc for r in results] == ["a", "empty", "b"]
    for mention in results[0].mentions:
        assert text[mention.start : mention.end] == mention.text
    assert "Ivo Marin" in {m.text for m in results[0].mentions}
    assert results[1].mentions == () and results[1].sentences == ()
    assert len(results[0].sentences) == 5


def test_parse_proposes_names_not_numbers() -> None:
    (result,) = spacy_model.parse(
        [("a", "Colonel Ryan Dillon said 400 people left Paris on Monday.")]
    )
    assert {m.label for m in result.mentions} <= spacy_model.NAME_LABELS
    assert "400" not in {m.text for m in result.mentions}
    assert "Ryan Dillon" in {m.text for m in result.mentions}


def test_parse_reads_only_selected_sentences_but_finds_names_everywhere() -> None:
    text = "John Smith opened the new bridge in Dorvale on Friday.\nThe union said 40 workers left."
    (result,) = spacy_model.parse([("a", text)], select=lambda s: "said" in s)
    assert len(result.sentences) == 2
    first = [t for t in result.tokens if t.sent == 0]
    second = [t for t in result.tokens if t.sent == 1]
    # The sentence the test drops is tokenised and its names found, but not parsed.
    assert all(t.dep == "" and t.head == t.i and t.lemma == "" for t in first)
    assert {"John Smith", "Dorvale"} <= {m.text for m in result.mentions}
    # The kept one is parsed as a whole, its heads inside it.
    assert {t.dep for t in second} >= {"nsubj", "ROOT"}
    assert {result.tokens[t.head].sent for t in second} == {1}
    assert any(t.lemma == "say" for t in second)


def test_parse_selected_everything_is_the_full_parse_but_for_sentence_bounds() -> None:
    text = "The union said 40 workers left the Kesrin mill on Monday."
    (full,) = spacy_model.parse([("a", text)])
    (kept,) = spacy_model.parse([("a", text)], select=lambda s: True)
    assert [(t.text, t.dep, t.head, t.lemma) for t in kept.tokens] == [
        (t.text, t.dep, t.head, t.lemma) for t in full.tokens
    ]


def test_parse_keeps_a_whole_line_when_one_of_its_sentences_is_kept() -> None:
    text = "John Smith opened the new bridge on Friday. The union said 40 workers left."
    (result,) = spacy_model.parse([("a", text)], select=lambda s: "said" in s)
    assert all(t.dep for t in result.tokens)  # the line's first sentence is parsed too


def test_chunks_cut_between_words_when_a_paragraph_is_too_long(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(spacy_model, "MAX_CHUNK", 50)
    text = "Rescuers reached the valley road at dawn and kept going north " * 5
    pieces = list(spacy_model._chunks(text))
    assert len(pieces) > 1
    for offset, piece in pieces[:-1]:
        assert piece.endswith(" "), piece  # never inside a word
        assert text[offset : offset + len(piece)] == piece


def test_batches_hold_a_bounded_amount_of_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spacy_model, "BATCH_CHARS", 100)
    pieces = ["x" * 40] * 5 + ["y" * 250] + ["z" * 10] * 40
    batches = list(spacy_model._batched(pieces, 32))
    assert [p for b in batches for p in b] == pieces
    assert all(len(b) <= 32 for b in batches)
    # A piece over the budget goes alone; every other batch keeps within it.
    assert all(sum(map(len, b)) <= 100 or len(b) == 1 for b in batches)
    assert ["y" * 250] in batches
    # A smaller budget given (a pool worker's) holds the same way.
    smaller = list(spacy_model._batched(pieces, 32, 50))
    assert [p for b in smaller for p in b] == pieces
    assert all(sum(map(len, b)) <= 50 or len(b) == 1 for b in smaller)
    assert len(smaller) > len(batches)


def test_a_run_on_sentence_is_cut_into_bounded_sentences() -> None:
    places = ["Dorvale", "Kessan", "Brenna", "Oskel"]
    items = [f"{n * 7 % 900 + 2} homes in {places[n % 4]}" for n in range(220)]
    text = "Officials said that " + " and ".join(items) + " were hit."
    (result,) = spacy_model.parse([("a", text)])
    assert len(result.tokens) > 3 * spacy_model.MAX_SENTENCE
    sizes: dict[int, int] = {}
    for tok in result.tokens:
        sizes[tok.sent] = sizes.get(tok.sent, 0) + 1
        # A head never lies in another sentence.
        assert result.tokens[tok.head].sent == tok.sent
    assert len(sizes) > 1
    assert max(sizes.values()) <= spacy_model.MAX_SENTENCE
    for sentence in result.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)


def test_ordinary_sentences_are_parsed_as_the_model_reads_them() -> None:
    text = "Floods hit Dorvale on Monday. At least 40 people died, officials said."
    (result,) = spacy_model.parse([("a", text)])
    assert [text[s.start : s.end] for s in result.sentences] == [
        "Floods hit Dorvale on Monday.",
        "At least 40 people died, officials said.",
    ]


@pytest.mark.parametrize("keep", [True, False], ids=["parsed", "dropped"])
def test_a_run_on_sentence_is_cut_when_only_what_is_read_is_parsed(keep: bool) -> None:
    places = ["Dorvale", "Kessan", "Brenna", "Oskel"]
    items = [f"homes in {places[n % 4]} and barns near the river" for n in range(120)]
    text = "Rain fell.\nWe saw " + ", ".join(items) + " under water.\nThe road closed."
    (result,) = spacy_model.parse([("a", text)], select=lambda s: keep and len(s) > 100)
    assert len(result.tokens) > 3 * spacy_model.MAX_SENTENCE
    sizes: dict[int, int] = {}
    for tok in result.tokens:
        sizes[tok.sent] = sizes.get(tok.sent, 0) + 1
        assert result.tokens[tok.head].sent == tok.sent
    assert max(sizes.values()) <= spacy_model.MAX_SENTENCE
    assert len(sizes) == len(result.sentences) > 4
    parsed = [t for t in result.tokens if t.dep]
    assert bool(parsed) is keep
    for sentence in result.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)


def test_cached_lemmas_are_the_lemmatizers_own() -> None:
    text = (
        "The mayors said two bridges were closing. She is running; they ran and had been "
        "told the best routes were flooded. Officials didn't say whether the geese left."
    )
    nlp = spacy_model.load()
    expected = [t.lemma_ for t in nlp(text)]
    spacy_model._LEMMAS.clear()
    for _ in range(2):  # asked of the lemmatizer, then read from the cache
        (full,) = spacy_model.parse([("a", text)])
        (kept,) = spacy_model.parse([("a", text)], select=lambda s: True)
        assert [t.lemma for t in full.tokens] == expected
        assert [t.lemma for t in kept.tokens] == expected
    assert spacy_model._LEMMAS


def test_cached_attribute_rules_give_what_the_ruler_gives() -> None:
    # One-token rules (tags, determiners, spaces) and rules over two tokens ("gon na",
    # "there is", "let 's"), each read twice: asked of the ruler, then from the cache.
    text = (
        "We ain't gonna wait, y'all said. Let's go: there is  a  bridge, and there were "
        "two.\n\n  Gotta see what that means; nothing gets done if it got lost."
    )
    nlp = spacy_model.load()
    expected = [(t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_) for t in nlp(text)]
    rules = spacy_model._rules(nlp)
    rules._forget()
    for _ in range(2):
        doc = nlp(text, disable=["attribute_ruler", "lemmatizer"])
        got = spacy_model._finish(nlp, doc)
        assert [(t.pos_, t.tag_, t.dep_, str(t.morph), t.lemma_) for t in got] == expected
        (full,) = spacy_model.parse([("a", text)])
        assert [(t.pos, t.tag, t.dep, t.lemma) for t in full.tokens] == [
            e[:3] + e[4:] for e in expected
        ]
    assert rules.rows


def test_words_the_attribute_rules_do_not_name_share_their_keys() -> None:
    # Many distinct nouns and verbs, and words the rules test with a regular expression
    # ("nothin'", "nuthin'"): the tokens are ruled as the ruler rules them, and the cache
    # learns far fewer keys than there are distinct words.
    text = (
        "Farmers, bakers, pilots, nurses, welders, tailors, masons, plumbers, miners, "
        "clerks, cooks, teachers, porters, weavers, potters and drivers marched past "
        "granaries, bakeries, hangars, clinics, foundries, mills, docks, barns, sheds, "
        "kilns, quarries and depots. They got nothin' "
        "and nuthin' changed, y' know, but nothing was lost and ain't nobody gonna stop."
    )
    nlp = spacy_model.load()
    expected = [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in nlp(text)]
    rules = spacy_model._rules(nlp)
    rules._forget()
    rules.word_keys.clear()
    doc = spacy_model._finish(nlp, nlp(text, disable=["attribute_ruler", "lemmatizer"]))
    assert [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in doc] == expected
    words = {(t.lower_, t.tag_) for t in doc}
    assert len(rules.rows) < 0.6 * len(words)  # one key per distinct word and tag before
    # A word a rule names keeps its own key; one it does not stands as the expressions
    # it matches.
    strings = nlp.vocab.strings
    assert rules._word_key(strings.add("gon")) == strings.add("gon")
    assert rules._word_key(strings.add("granaries")) == rules._word_key(strings.add("pilots"))
    assert rules._word_key(strings.add("nothin'")) != rules._word_key(strings.add("pilots"))


def test_lemmatizer_word_lists_as_sets_give_the_same_lemmas() -> None:
    text = "The geese were fleeing; analyses showed the oxen had outrun the wolves twice."
    nlp = spacy_model.load()
    lemmatizer = nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in table.values())
    doc = nlp(text, disable=["lemmatizer"])
    lemmatizer.cache.clear()
    with_sets = [lemmatizer.rule_lemmatize(t) for t in doc]
    kept = dict(table.items())
    try:
        for key, words in kept.items():
            table[key] = sorted(words)  # lists, as the package ships them
        lemmatizer.cache.clear()
        assert [lemmatizer.rule_lemmatize(t) for t in doc] == with_sets
    finally:
        for key, words in kept.items():
            table[key] = words
        lemmatizer.cache.clear()


def test_nothing_is_spent_on_skipping_when_every_line_is_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Flood toll rises\n\nThe mayor said 12 bridges closed.\nPolice said roads were shut."
    (full,) = spacy_model.parse([("a", text)])

    def no_split(*args: object, **kwargs: object) -> None:
        raise AssertionError("the sentence splitter ran although every line is kept")

    monkeypatch.setattr(spacy_model, "_read_some", no_split)
    (kept,) = spacy_model.parse([("a", text)], select=lambda s: bool(s.strip()))
    assert kept == full


def test_a_piece_that_would_drop_little_is_parsed_whole() -> None:
    # Skipping one short line would cost more than parsing it.
    text = (
        "Rain all week.\nThe mayor said 12 bridges closed after the river rose overnight, "
        "and police said the roads into the old town would stay shut until Friday."
    )
    (full,) = spacy_model.parse([("a", text)])
    (kept,) = spacy_model.parse([("a", text)], select=lambda s: "said" in s)
    assert kept == full
    assert all(t.dep for t in kept.tokens if t.end <= len("Rain all week."))


def test_blocks_hold_a_few_documents_or_characters_and_keep_the_order() -> None:
    docs = [("a", "x" * 30), ("b", "x" * 30), ("c", "x" * 50), ("d", "x"), ("e", "x" * 5)]
    got = [[d for d, _ in block] for block in spacy_model.blocks(docs, 3, chars=60)]
    # "c" would take the first block past 60 characters, so it starts the next one.
    assert got == [["a", "b"], ["c", "d", "e"]]
    assert [[d for d, _ in b] for b in spacy_model.blocks(docs, 2, chars=1000)] == [
        ["a", "b"],
        ["c", "d"],
        ["e"],
    ]
    # A document longer than a block is a block of its own.
    assert [[d for d, _ in b] for b in spacy_model.blocks(docs, 5, chars=10)] == [
        ["a"],
        ["b"],
        ["c"],
        ["d", "e"],
    ]


def test_loaded_model_is_out_of_the_cyclic_collectors_sight() -> None:
    import gc

    nlp = spacy_model.load()
    # Frozen: the collector's full passes no longer walk the model's objects.
    assert gc.get_freeze_count() > 0
    assert not any(found is nlp for found in gc.get_objects())
    assert not any(found is nlp.vocab for found in gc.get_objects())


def test_the_saved_tokenizer_is_read_over_a_bare_one_and_tokenizes_as_spacys_own() -> None:
    import spacy

    nlp = spacy_model.load()
    # Built with no rules, so that the package's rules are compiled once, not twice.
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == spacy_model.BARE_TOKENIZER
    own = spacy.load(spacy_model.MODEL_PACKAGE, exclude=list(nlp.pipe_names)).tokenizer
    # With the abbreviated titles kept whole (``ABBREVIATIONS``) as on the loaded one.
    for word in spacy_model.ABBREVIATIONS:
        own.add_special_case(word, [{spacy.symbols.ORTH: word}])
    # Its rules, prefixes, suffixes, infixes and patterns (not the strings parsed so far).
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == own.to_bytes(exclude=["vocab"])
    text = "Officials didn't say: U.S. troops (e.g. 1,200) left at 5 p.m. https://x.org/a?b=1 :)"
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in own(text)]


def test_the_registries_find_each_groups_entry_points_once_and_the_same() -> None:
    import importlib.metadata

    import catalogue

    spacy_model.load()
    kept = catalogue.AVAILABLE_ENTRY_POINTS
    everything = importlib.metadata.entry_points()
    for group in ("spacy_architectures", "spacy_factories", "thinc_layers", "console_scripts"):
        found = kept.select(group=group)
        assert list(found) == list(everything.select(group=group))
        assert kept.select(group=group) is found  # kept, not selected again
    # Any other question goes to the original list.
    assert list(kept.select(name="pytest")) == list(everything.select(name="pytest"))
    assert kept.groups == everything.groups
    spacy_model._entry_points_by_group()  # as a second load does: the one wrapper stays
    assert catalogue.AVAILABLE_ENTRY_POINTS is kept


def test_packed_columns_are_32_bit_where_every_value_fits() -> None:
    import numpy as np

    text = "Rescuers in Port Aven said 40 people were missing after the ferry sank on Monday."
    (packed,) = spacy_model.parse_packed([("a", text)])
    for columns in (packed.tokens, packed.sentences, packed.mentions, packed.proper_nouns):
        assert columns.dtype == np.int32
    assert spacy_model.unpack(packed, text) == next(spacy_model.parse([("a", text)]))
    large = np.array([[0, 2**31]], dtype=np.int64)
    assert spacy_model._compact(large).dtype == np.int64
    assert spacy_model._compact(large).tolist() == [[0, 2**31]]


def _held_probe(seen: list[bool]) -> object:
    """A sequence of two thinc layers: the first's gradient function holds an array, the
    second records in ``seen`` whether that array is still held when it runs."""
    import weakref

    import numpy as np
    from thinc.api import Model, chain

    class Held(np.ndarray):  # a subclass, so that it can be watched by weak reference
        pass

    watched: list[weakref.ref[Held]] = []

    def first(model: object, X: object, is_train: bool) -> tuple[object, object]:
        work = np.zeros(1000).view(Held)
        watched.append(weakref.ref(work))
        return X, lambda dY: work

    def second(model: object, X: object, is_train: bool) -> tuple[object, object]:
        seen.append(watched[-1]() is not None)
        return X, lambda dY: dY

    return chain(Model("first", first), Model("second", second))


def test_a_predicting_layer_sequence_drops_each_layers_work_once_read() -> None:
    import numpy as np

    seen: list[bool] = []
    model = _held_probe(seen)
    model.predict(np.zeros(3))  # type: ignore[attr-defined]
    assert seen == [True]  # thinc's own sequence keeps it for a gradient
    assert spacy_model.predict_without_keeping(model) == 1
    model.predict(np.zeros(3))  # type: ignore[attr-defined]
    assert seen == [True, False]  # dropped before the next layer runs
    # Training still keeps what the gradient needs.
    _, backprop = model.begin_update(np.zeros(3))  # type: ignore[attr-defined]
    assert seen == [True, False, True]
    assert backprop(np.zeros(3)) is not None


def test_the_loaded_models_layer_sequences_keep_nothing_when_predicting() -> None:
    nlp = spacy_model.load()
    models = [getattr(c, "model", None) for _, c in nlp.pipeline]
    assert sum(spacy_model.predict_without_keeping(m) for m in models if m is not None) == 0


ENTITY_TEXT = (
    "Tomas Brandt met Ada Varga in Kelvara on Monday. "
    "the two sides then went over the plan again and again, and nobody in the room could "
    "say how long the talks would go on or what would be left of the plan at the end. "
    "it was late and the room was cold, and the last of the aides had long since gone. "
    "Reyes said the Hawks would back the deal. "
    "the deal was not what anyone in the room had hoped for, but it was a deal. "
    "Torvald left for Orvel by train."
)


def test_entities_of_the_sentences_that_can_hold_one_are_a_whole_readings() -> None:
    """The recogniser reads a run of sentences with no name only at its edges, and finds
    the same entities everywhere else as when it reads every token."""
    nlp = spacy_model.load()
    whole = nlp(ENTITY_TEXT)
    plan = spacy_model._entity_plan(whole, spacy_model._entity_context(nlp))
    assert plan is not None and plan[0] is not None and len(plan[0]) < len(whole)
    (result,) = spacy_model.parse([("a", ENTITY_TEXT)])
    expected = [
        (e.start_char, e.end_char, e.label_)
        for e in whole.ents
        if e.label_ in spacy_model.NAME_LABELS
    ]
    assert [(m.start, m.end, m.label) for m in result.mentions] == expected
    assert {m.text for m in result.mentions} >= {"Tomas Brandt", "Ada Varga", "Kelvara"}
    kept = {t.i: t.ent for t in result.tokens}
    assert all(kept[t.i] == t.ent_type_ for t in whole if t.ent_type_)


def test_no_entity_is_found_in_a_sentence_that_cannot_hold_one() -> None:
    text = "the ref walked off. Ada Varga said the Owls had won."
    (result,) = spacy_model.parse([("a", text)])
    assert all(t.ent == "" for t in result.tokens if t.sent == 0)
    assert "Ada Varga" in {m.text for m in result.mentions}


def test_the_recognisers_context_is_read_from_the_pipeline() -> None:
    # Four window layers of one token either side (the English pipeline's own).
    assert spacy_model._entity_context(spacy_model.load()) == 4


GREEDY_TEXTS = [
    "Tomas Brandt told reporters in Kelvara on Monday that the Hawks had signed Ada Varga.",
    "",
    "The Owls lost 3-1 to the Foxes. Reyes, who scored twice, said the win was deserved.",
    "Torvald Dalby, 54, led the Orvel council from 2011 until last March.",
]


@pytest.mark.parametrize("name", ["ner", "parser"])
def test_the_greedy_loop_with_the_lock_held_chooses_spacys_own_moves(name: str) -> None:
    """Moves chosen step by step from Python give what the component's own pipe gives."""
    from spacy import attrs

    nlp = spacy_model.load()
    component = nlp.get_pipe(name)
    wanted = (
        [attrs.ENT_IOB, attrs.ENT_TYPE]
        if name == "ner"
        else [attrs.HEAD, attrs.DEP, attrs.SENT_START]
    )

    def ready() -> list[object]:
        docs = [nlp.make_doc(text) for text in GREEDY_TEXTS]
        if name == "parser":
            docs = list(nlp.get_pipe("tok2vec").pipe(docs))
        return docs

    theirs = list(component.pipe(ready(), batch_size=3))
    ours = spacy_model.transition_pipe(component, ready(), 3)
    assert [d.to_array(wanted).tolist() for d in ours] == [
        d.to_array(wanted).tolist() for d in theirs
    ]
    assert any(len(d.ents) for d in ours) or name == "parser"


def test_a_batch_of_many_pieces_is_parsed_as_spacys_own_loop_parses_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The dependency parser's moves chosen from Python (a batch of many pieces) give the
    same parse, byte for byte, as its compiled loop."""
    docs = [(str(n), text) for n, text in enumerate(GREEDY_TEXTS * 3)]

    def packed() -> list[tuple[object, ...]]:
        return [
            (p.doc, p.strings, p.tokens.tobytes(), p.sentences.tobytes(), p.mentions.tobytes())
            for p in spacy_model.parse_packed(docs)
        ]

    monkeypatch.setattr(spacy_model, "PARSER_LOOP_FROM", len(docs) + 1)
    compiled = packed()
    monkeypatch.setattr(spacy_model, "PARSER_LOOP_FROM", 1)
    assert packed() == compiled


def test_a_component_without_the_parser_internals_the_own_loop_reads_runs_as_spacy_runs_it() -> (
    None
):
    """A spaCy build whose parser lacks what the Python loop reads still parses: its own
    ``predict`` chooses the moves."""

    class Plain:
        def __init__(self) -> None:
            self.cfg: dict[str, int] = {}

        def predict(self, docs: list[str]) -> list[str]:
            return [f"state of {doc}" for doc in docs]

    assert spacy_model._greedy(Plain(), ["ab", "cd"]) == ["state of ab", "state of cd"]


def test_an_abbreviated_title_keeps_its_stop_and_its_name_in_one_sentence() -> None:
    # "Sgt." and "Sens." read as one word each, as "Sen." and "Gov." do: the stop before
    # the name ends no sentence, so the speaker and the name stay together.
    text = "The bridge was closed, said Dalby police Sgt. Ada Orvel. She said 14 were hurt."
    parsed = next(spacy_model.parse([("d", text)]))
    words = [t.text for t in parsed.tokens]
    assert "Sgt." in words
    bounds = [text[s.start : s.end] for s in parsed.sentences]
    assert bounds[0].endswith("Sgt. Ada Orvel.")
    text = "Sens. Ada Varga and Tomas Brandt said the bill would cost $40 million."
    parsed = next(spacy_model.parse([("d", text)]))
    assert parsed.tokens[0].text == "Sens."
    assert len(parsed.sentences) == 1
