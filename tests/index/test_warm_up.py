"""Searcher.warm_up: what the first searches would read is read in idle time instead."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from index import dictionaries, langid, synonyms, thesaurus
from index.build import VOCABULARY_FILE, BuildInfo, build_index
from index.search import Searcher
from index.vocabulary import lexicon_words
from tests.index.conftest import CONTENT_DIR

# The tables read on first need, module-wide (each an lru_cache).
LOADERS: tuple[Callable[..., Any], ...] = (
    synonyms.load_lexicon,
    langid.frequencies,
    langid.creole_words,
    langid._table_words,
    dictionaries.load_dictionary,
    dictionaries._by_prefix,
    dictionaries.stop_words,
    dictionaries._french_by_skeleton,
    thesaurus._table,
    thesaurus._everyday,
    thesaurus.everyday_typed_words,
)

# A first query in each language, and typos (the speller's common English words).
FIRST_QUERIES = (
    "i cant go to my check in",
    "no puedo ir a mi cita",
    "m pa ka al nan randevou a",
    "nao posso ir no meu check in",
    "je ne peux pas aller au rendez-vous",
    "ankle braclet",
    "sombody took my pasport",
)


def _misses() -> dict[str, int]:
    return {f.__qualname__: f.cache_info().misses for f in LOADERS}  # type: ignore[attr-defined]


def test_after_warm_up_no_first_search_reads_a_table(built_index: BuildInfo) -> None:
    for f in LOADERS:
        f.cache_clear()  # type: ignore[attr-defined]
    with Searcher.open(built_index.path, debug=True) as searcher:
        searcher.warm_up()
        loaded = _misses()
        assert all(loaded.values()), loaded  # every table was read by the warm-up
        for query in FIRST_QUERIES:
            assert searcher.search(query).hits
        assert _misses() == loaded  # and no search had to read one


def test_without_warm_up_the_first_search_reads_them(built_index: BuildInfo) -> None:
    for f in LOADERS:
        f.cache_clear()  # type: ignore[attr-defined]
    with Searcher.open(built_index.path, debug=True) as searcher:
        searcher.search(FIRST_QUERIES[0])
    assert langid.frequencies.cache_info().misses  # what the warm-up saves the first key press


def test_warm_up_of_a_closed_searcher_never_raises(built_index: BuildInfo) -> None:
    searcher = Searcher.open(built_index.path, debug=False)
    searcher.close()
    searcher.warm_up()  # a pack change closed it while the warm-up waited: nothing happens


def test_opening_an_index_reads_no_word_table(built_index: BuildInfo) -> None:
    synonyms.load_lexicon.cache_clear()
    with Searcher.open(built_index.path, debug=True) as searcher:
        # Start-up waits for Whoosh and the index's own vocabulary only (~30 ms, not ~170).
        assert synonyms.load_lexicon.cache_info().misses == 0
        assert "abogado" in searcher.vocabulary.synonym_words  # stored by the build
        assert searcher.search("necesito un abogado").hits  # the first search reads them
    assert synonyms.load_lexicon.cache_info().misses == 1


def test_the_stored_fingerprint_is_the_data_files_digest() -> None:
    assert synonyms.source_digest() == synonyms.load_lexicon().fingerprint()


def test_an_index_built_with_other_tables_reads_the_current_ones(tmp_path) -> None:
    info = build_index(CONTENT_DIR, tmp_path / "ix")
    sidecar = info.path / VOCABULARY_FILE
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    data["synonym_tables"]["fingerprint"] = "made-from-older-tables"
    data["synonym_words"] = ["oldword"]
    sidecar.write_text(json.dumps(data), encoding="utf-8")
    with Searcher.open(info.path, debug=True) as searcher:
        assert searcher.vocabulary.synonym_words == lexicon_words()
        assert searcher.search("necesito un abogado").hits
