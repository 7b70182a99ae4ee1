"""Words of someone in danger reach the page's answer for it, in five languages: thinking of
ending one's life finds the crisis answer (fear of being harmed by others, "they will kill me if
I go back", does not), and being hit at home finds the domestic violence answer (a knock at the
door, "me bate na porta", stays ICE at the door)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desktop.commands.search import _eval_library
from index.synonyms import _key, load_lexicon
from tests.index.conftest import DATA

# clinic13 (a community health centre) has a crisis answer beside a safety-at-home answer.
CRISIS = "What should I do if I or someone I love is thinking about suicide?"
AT_HOME = "Someone in my home hurts me or threatens me. Where can I get help?"
ICE_AT_HOME = "What should I do if ICE comes to my home?"

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


HIT_AT_HOME = (
    "my husband hits me",
    "my boyfriend beats me",
    "mi esposo me pega",
    "mi pareja me golpea",
    "mari m bat mwen",
    "meu marido me bate",
    "meu companheiro me agride",
    "mon mari me frappe",
    "mon copain me bat",
)

KNOCK_AT_THE_DOOR = (
    "someone is knocking at my door",
    "alguem bate na porta",
    "on frappe a la porte",
    "yon moun ap frape pot la",
)


@pytest.mark.parametrize("query", HIT_AT_HOME)
def test_being_hit_at_home_finds_the_domestic_violence_answer(library, query) -> None:
    assert library.search(query).hits[0].title == AT_HOME


@pytest.mark.parametrize("query", KNOCK_AT_THE_DOOR)
def test_a_knock_at_the_door_is_still_ice_at_the_door(library, query) -> None:
    assert library.search(query).hits[0].title == ICE_AT_HOME


def test_a_phrase_marked_whole_is_kept_though_each_word_has_an_entry() -> None:
    synonyms = load_lexicon().synonyms
    # Creole "vle" (want) and "mouri" (death, dead) have entries of their own ...
    assert synonyms[_key("vle")] and synonyms[_key("mouri")]
    # ... yet the phrase marked "=" is one entry, and it means ending one's life.
    assert "suicide" in synonyms[_key("m vle mouri")]
    assert "suicide" in synonyms[_key("je veux mourir")]
    # Unmarked, a phrase of such words is searched word by word (docs/SEARCH.md).
    assert _key("me matar") not in synonyms
