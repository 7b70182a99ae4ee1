"""Spelling correction as a person sees it ("did you mean"), and prepared snippets that change
no result."""

from __future__ import annotations

import pytest

from index.build import BuildInfo
from index.search import Searcher


@pytest.mark.parametrize(
    ("typed", "suggestion"),
    [
        ("anckle", "ankle"),
        ("monitto", "monitor"),
        ("monittor", "monitor"),
        ("pasport", "passport"),
        ("chek", "check"),
        ("ise", "ice"),
        ("tobiyera", "tobillera"),
        ("apointment", "appointment"),
        ("offcier", "officer"),
        ("imigration", "immigration"),
        ("deportacion", "deportation"),
        ("telefno", "telefon"),
        # Nothing close enough, or a word the index knows as typed: no suggestion.
        ("aaaa", None),
        ("xyzzy", None),
        ("anckl", None),
        ("contestan", None),
    ],
)
def test_did_you_mean(searcher: Searcher, typed: str, suggestion: str | None) -> None:
    assert searcher.search(typed).suggestion == suggestion


def test_prepared_snippets_change_no_result(built_index: BuildInfo) -> None:
    """Sentences prepared in idle time give the very same hits and snippets as lazily made."""
    queries = ["n", "no me con", "ICE took my passpo", "anckle monitto", "cita muy lejos"]
    with Searcher.open(built_index.path, debug=True) as lazy:
        expected = [lazy.search(q) for q in queries]
    with Searcher.open(built_index.path, debug=True) as prepared:
        prepared.prepare_snippets()
        assert [prepared.search(q) for q in queries] == expected
