"""Words of someone thinking of ending their life reach a page's crisis answer, in five
languages, while fear of being harmed by others ("they will kill me if I go back") does not."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desktop.commands.search import _eval_library
from index.synonyms import _key, load_lexicon
from tests.index.conftest import DATA

# clinic13 (a community health centre) has a crisis answer beside a safety-at-home answer.
CRISIS = "What should I do if I or someone I love is thinking about suicide?"

SAID = (
    "i want to die",
    "i dont want to live anymore",
    "my son says he wants to end his life",
    "thinking of hurting myself",
    "quiero morirme",
    "ya no quiero vivir",
    "pienso en matarme",
    "m vle mouri",
    "m pa vle viv anko",
    "m ap panse touye tet mwen",
    "quero morrer",
    "nao quero mais viver",
    "penso em me matar",
    "je veux mourir",
    "je ne veux plus vivre",
    "j ai envie de me tuer",
)

FEAR_OF_HARM = (
    "they will kill me if i go back",
    "me van a matar si regreso",
    "vao me matar se eu voltar",
    "ils vont me tuer si je rentre",
    "yo pral touye m si m retounen",
    "my husband died",
    "mi esposo murio",
    "i want to live with my sister",
    "quiero vivir con mi hermana",
    "je veux vivre avec ma soeur",
)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    lib = _eval_library(DATA / "clinic13-faq.html", tmp_path_factory.mktemp("crisis"))
    yield lib
    lib.close()


@pytest.mark.parametrize("query", SAID)
def test_thinking_of_ending_ones_life_finds_the_crisis_answer_first(library, query) -> None:
    assert library.search(query).hits[0].title == CRISIS


@pytest.mark.parametrize("query", FEAR_OF_HARM)
def test_fear_of_harm_or_a_death_is_no_crisis_query(library, query) -> None:
    assert library.search(query).hits[0].title != CRISIS


def test_a_phrase_marked_whole_is_kept_though_each_word_has_an_entry() -> None:
    synonyms = load_lexicon().synonyms
    # Creole "vle" (want) and "mouri" (death, dead) have entries of their own ...
    assert synonyms[_key("vle")] and synonyms[_key("mouri")]
    # ... yet the phrase marked "=" is one entry, and it means ending one's life.
    assert "suicide" in synonyms[_key("m vle mouri")]
    assert "suicide" in synonyms[_key("je veux mourir")]
    # Unmarked, a phrase of such words is searched word by word (docs/SEARCH.md).
    assert _key("me matar") not in synonyms
