"""Searcher speed-ups that must not change a result: the correction filter, prepared snippets."""

from __future__ import annotations

import pytest

from index.analysis import damerau_distance
from index.search import Searcher


def _brute_force(searcher: Searcher, word: str, text_only: bool) -> str | None:
    """`Searcher._correct` without its letter filter: the distance to every candidate."""
    if len(word) < 3 or any(c.isdigit() for c in word):
        return None
    limit = 1 if len(word) <= 6 else 2
    best_key = None
    best = None
    for length in range(len(word) - limit, len(word) + limit + 1):
        for cand in searcher._by_length.get(length, ()):
            if text_only and not (cand in searcher._text_vocab or cand in searcher._synonym_words):
                continue
            d = damerau_distance(word, cand, limit)
            if d > limit:
                continue
            df, tf = searcher._frequency(cand)
            key = (d, 0 if cand[0] == word[0] else 1, -df, -tf, cand)
            if best_key is None or key < best_key:
                best_key, best = key, cand
    return best


@pytest.mark.parametrize(
    "word",
    [
        "anck",
        "anckl",
        "anckle",
        "monitt",
        "monitto",
        "monittor",
        "passpo",
        "paspo",
        "pasport",
        "chek",
        "chec",
        "ise",
        "wat",
        "contestan",
        "tobiyera",
        "apointment",
        "offcier",
        "deportacion",
        "imigration",
        "teh",
        "aaaa",
        "xyzzy",
        "telefno",
    ],
)
def test_correction_matches_brute_force(searcher: Searcher, word: str) -> None:
    for text_only in (False, True):
        assert searcher._correct(word, text_only) == _brute_force(searcher, word, text_only)


def test_prepared_snippets_change_no_result(built_index) -> None:
    """Sentences prepared in idle time give the very same hits and snippets as lazily made."""
    queries = ["n", "no me con", "ICE took my passpo", "anckle monitto", "cita muy lejos"]
    with Searcher.open(built_index.path) as lazy:
        expected = [lazy.search(q) for q in queries]
    with Searcher.open(built_index.path) as prepared:
        prepared.prepare_snippets()
        assert prepared._sentences_cache.get(0) is not None
        assert [prepared.search(q) for q in queries] == expected
