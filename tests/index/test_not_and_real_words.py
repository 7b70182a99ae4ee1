"""Words read as their own language and as real words (issue 16, eighth session).

- "Not" in the five languages, as the query's own language reads it: "el patrón no me pagó",
  "bos la pa peye m" ask the question whose title says "did not pay", not the one whose title
  says "paid". Portuguese "no" ("in the") and Spanish "pa" ("para") are no "not".
- A real English word is no misspelling: "deported", written in a built-in article's
  keywords, is not searched as the text's "reported".
- An English word of an English query keeps its English stem only, not a Spanish stem that is
  another English word ("care" is not "car", "shower" not "show").
- The past forms of English verbs that no stemmer reaches are their present ("paid" is "pay",
  "broke" is "break"), in the index and in queries.
- "Removal" (deportation) is not stemmed like "removed" (a monitor taken off).
- Little words the lexicon says say nothing ("hago", "puedo") are no content of a phrase: a
  keyword "que hago" is no phrase a query repeats.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.commands.search import _eval_library
from index.langid import says_not
from index.phrases import little_keys, longest_common_run
from index.search import Searcher
from index.text import IRREGULAR_PAST, stems, word_key, words

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("query", "negated"),
    [
        ("el patron no me pago la semana", True),
        ("bos la pa peye m", True),
        ("o patrao nao me pagou", True),
        ("il m a pas paye", True),
        ("guy never paid me", True),
        ("he didn't pay me", True),
        ("An employer did not pay me. What can I do?", True),
        # Portuguese "no" is "in the"; Spanish "pa" is "para".
        ("preciso ir no ice fazer check in", False),
        ("me dieron cita con ICE pa 2031 es normal", False),
        ("My boss paid me with a check that bounced", False),
    ],
)
def test_not_is_read_in_the_querys_own_language(query: str, negated: bool) -> None:
    assert says_not(words(query)) is negated


def _page_library(name: str, factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The built-in pack plus a held-out clinic page as a pack, closed after the module."""
    library = _eval_library(DATA / f"{name}-faq.html", factory.mktemp(name))
    yield library
    library.close()


@pytest.fixture(scope="module")
def farmworker_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The built-in pack plus a farmworker program's page (a held-out clinic page)."""
    yield from _page_library("clinic24", tmp_path_factory)


@pytest.mark.parametrize(
    "query",
    [
        # Without "not", "How much must I be paid if I am paid by the bucket..." and "Can the
        # crew leader charge me for rides..." came first.
        "o empreiteiro nao pagou minhas horas",
        "bos la pa peye m tout lajan m",
    ],
)
def test_a_query_that_says_not_asks_the_title_that_says_not(
    farmworker_page: Any, query: str
) -> None:
    hits = farmworker_page.search(query, limit=3).hits
    assert hits and hits[0].id.endswith("wage-theft"), [h.id for h in hits]


def test_a_query_without_not_still_finds_the_other_titles(farmworker_page: Any) -> None:
    hits = farmworker_page.search("how much they pay by the bucket", limit=3).hits
    assert hits and hits[0].id.endswith("minimum-wage"), [h.id for h in hits]


def _alts(searcher: Searcher, query: str, label: str) -> dict[str, float]:
    groups = {g.label: g.alts for g in searcher._parser.parse(query).groups}
    return groups[label]


def test_a_real_word_of_the_keywords_is_no_misspelling(farmworker_page: Any) -> None:
    # A built-in article lists "deported" among its keywords; no article's text says it, and
    # the built-in text says "reported".
    searcher = farmworker_page._searcher
    alts = _alts(searcher, "who takes care of my kids if i get deported", "deported")
    assert "report" not in alts, alts
    assert "deport" in alts, alts


@pytest.mark.parametrize(
    ("query", "word", "not_meant"),
    [
        ("who takes care of my kids", "care", "car"),
        ("is there somewhere to shower", "shower", "show"),
    ],
)
def test_an_english_word_keeps_its_english_stem_only(
    searcher: Searcher, query: str, word: str, not_meant: str
) -> None:
    alts = _alts(searcher, query, word)
    assert not_meant not in alts, alts


def test_a_spanish_stem_of_the_same_english_word_is_kept(searcher: Searcher) -> None:
    # "nights" has the stems "night" and "nights": the same word, both kept.
    assert set(_alts(searcher, "how many nights can we stay", "nights")) >= {"night", "nights"}


@pytest.mark.parametrize(
    ("past", "present"),
    [
        ("paid", "pay"),
        ("broke", "break"),
        ("broken", "breaks"),
        ("stolen", "steal"),
        ("took", "take"),
    ],
)
def test_an_irregular_past_is_its_present(past: str, present: str) -> None:
    assert stems(past) == stems(present)[:1]


@pytest.mark.parametrize(
    # Forms that are other words too, or words of another language, are left alone.
    "word",
    ["saw", "felt", "shot", "heard", "ate", "chose", "sang", "met"],
)
def test_ambiguous_past_forms_are_left_alone(word: str) -> None:
    assert word not in IRREGULAR_PAST


@pytest.fixture(scope="module")
def workers_center(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The built-in pack plus a day laborers' center's page (a held-out clinic page)."""
    yield from _page_library("clinic49", tmp_path_factory)


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        # "broke" is the title's "breaks"; "paid" the title's "pay".
        ("drill broke when i use it", "tool-damage"),
        ("guy never paid me for 3 days of roofing", "not-paid"),
    ],
)
def test_a_past_form_finds_the_title_in_the_present(
    workers_center: Any, query: str, wanted: str
) -> None:
    hits = workers_center.search(query, limit=3).hits
    assert hits and hits[0].id.endswith(wanted), [h.id for h in hits]


def test_removal_is_deportation_not_a_monitor_taken_off() -> None:
    assert stems("removal") == stems("removals") == ("removal",)
    assert stems("removal")[0] != stems("removed")[0]


def test_deport_does_not_find_a_monitor_removed(tmp_path_factory: pytest.TempPathFactory) -> None:
    # "deport" is also searched as "removal"; stemmed "remov", it found "How can I get it
    # removed?" (the built-in ankle monitor answer) first.
    library = _eval_library(DATA / "clinic47-faq.html", tmp_path_factory.mktemp("clinic47"))
    try:
        hits = library.search("they going deport him tomorow pls help", limit=3).hits
    finally:
        library.close()
    assert hits and hits[0].id.endswith("deportation"), [h.id for h in hits]


def test_little_words_are_no_content_of_a_phrase() -> None:
    # "que hago" (what do I do), a keyword phrase of one built-in answer, is every Spanish
    # "what do I do"; "hago" says nothing (`drop_words`).
    assert word_key("hago") in little_keys()
    assert longest_common_run(["que", word_key("hago")], ("que", word_key("hago"))) == (0, 0)
    assert longest_common_run(["que", "esquina"], ("que", "esquina")) == (2, 1)


def test_a_little_word_phrase_does_not_pull_a_query_to_a_built_in_answer(
    workers_center: Any,
) -> None:
    hits = workers_center.search("llego la migra a la esquina que hago", limit=3).hits
    assert hits and hits[0].id.endswith("ice-corner"), [h.id for h in hits]
