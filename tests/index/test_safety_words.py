"""Words of someone in danger reach the page's answer for it, in five languages: thinking of
ending one's life finds the crisis answer (fear of being harmed by others, "they will kill me if
I go back", does not), and being hit at home finds the domestic violence answer (a knock at the
door, "me bate na porta", stays ICE at the door). The other urgent needs too: a body in danger
(not breathing, bleeding, chest pain, an overdose, a pregnancy bleeding) finds the page's
emergency answer, crying and hearing voices find counseling (not the suicide answer), a partner's
threats find the domestic violence answer, forced work finds a trafficking answer (ICE keeping a
passport stays the built-in answer), a relative taken finds the detained family member answer,
and nowhere to sleep or nothing to eat find shelter and food."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
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
    # Someone else (eleventh session): "my husband says he wants to die".
    "mi esposo dice que se quiere morir",
    "meu marido diz que quer morrer",
    "mon mari dit qu il veut mourir",
    "mari m di li vle mouri",
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


def _installed(page: Path, tmp: Path) -> Iterator[Any]:
    """The built-in FAQ with `page` installed as a pack, closed after the module's tests."""
    lib = _eval_library(page, tmp)
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from _installed(DATA / "clinic13-faq.html", tmp_path_factory.mktemp("crisis"))


@pytest.mark.parametrize("query", SAID)
def test_thinking_of_ending_ones_life_finds_the_crisis_answer_first(library, query) -> None:
    assert library.search(query).hits[0].title == CRISIS


@pytest.fixture(scope="module")
def youth_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    # clinic23 (a program for unaccompanied minors) words its crisis answer otherwise, beside
    # an answer on seeing a doctor and getting health insurance.
    yield from _installed(DATA / "clinic23-faq.html", tmp_path_factory.mktemp("youth"))


@pytest.mark.parametrize("query", SAID)
def test_the_crisis_answer_comes_first_however_a_page_words_it(youth_page, query) -> None:
    # Not "mental health": "health" alone found the health insurance answer first.
    title = "I am thinking about hurting myself. Who can I call right now?"
    titles = [h.title for h in youth_page.search(query).hits]
    if query == "my son says he wants to end his life":
        # A parent's words: "Is counseling private?" comes first, by a hair, then this.
        assert titles.index(title) == 1
    else:
        assert titles[0] == title


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


# clinic4 (a welcome centre) has a medical emergency answer; clinic13 says what to do for chest
# pain, trouble breathing or heavy bleeding in its after-hours answer.
MEDICAL_EMERGENCY = "What do I do in a medical emergency?"
AFTER_HOURS = "What should I do if I get sick at night or on the weekend?"
EMERGENCY_PLAN = "How can I make an emergency plan for my family?"

BODY_IN_DANGER = (
    "my baby is not breathing",
    "my child stopped breathing",
    "he is bleeding a lot",
    "chest pain",
    "my friend overdosed",
    "i am pregnant and bleeding",
    "mi bebe no respira",
    "estoy embarazada y sangrando",
    "meu bebe nao respira",
    "gravida sangrando",
    "mon bebe ne respire pas",
    "enceinte et je saigne",
    "tibebe a pa respire",
    "m ansent m ap senyen",
    "i cant breathe",
    "he had a seizure",
    "heart attack",
    "my water broke",
    "se me rompio la fuente",
    "a bolsa estourou",
    "j ai perdu les eaux",
    "dlo a pete",
)

BODY_IN_DANGER_AT_A_HEALTH_CENTRE = (
    "chest pain",
    "my friend overdosed",
    "estoy embarazada y sangrando",
    "esta sangrando muito",
    "il saigne beaucoup",
    "li ap senyen anpil",
)


@pytest.fixture(scope="module")
def welcome_centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from _installed(DATA / "clinic4-faq.html", tmp_path_factory.mktemp("welcome"))


@pytest.mark.parametrize("query", BODY_IN_DANGER)
def test_a_body_in_danger_finds_the_medical_emergency_answer(welcome_centre, query) -> None:
    assert welcome_centre.search(query).hits[0].title == MEDICAL_EMERGENCY


@pytest.mark.parametrize("query", BODY_IN_DANGER_AT_A_HEALTH_CENTRE)
def test_a_body_in_danger_finds_where_a_health_centre_says_call_911(library, query) -> None:
    assert library.search(query).hits[0].title == AFTER_HOURS


@pytest.mark.parametrize(
    ("query", "title"),
    [
        (
            "i take pills for diabetes",
            "I have diabetes or high blood pressure. Can I get regular care here?",
        ),
        ("i am pregnant where can i get care", "I am pregnant. Where can I get care?"),
    ],
)
def test_everyday_health_questions_are_no_emergency(library, query, title) -> None:
    assert library.search(query).hits[0].title == title


def test_an_emergency_plan_is_still_an_emergency_plan(tmp_path) -> None:
    lib = _eval_library(DATA / "clinic11-faq.html", tmp_path)
    try:
        assert lib.search("i want to make an emergency plan").hits[0].title == EMERGENCY_PLAN
    finally:
        lib.close()


SAD = "I feel sad, worried or cannot sleep. Can I talk to someone?"
YOUNG_COUNSELING = "Is there counseling for children and teenagers?"

MIND_IN_CRISIS = (
    "i cant stop crying",
    "i hear voices",
    "no puedo dejar de llorar",
    "escucho voces",
    "nao paro de chorar",
    "ouco vozes",
    "je n arrete pas de pleurer",
    "j entends des voix",
    "m pa ka sispann kriye",
    "m tande vwa",
)


@pytest.mark.parametrize("query", MIND_IN_CRISIS)
def test_crying_or_hearing_voices_finds_counseling_not_the_suicide_answer(library, query) -> None:
    assert library.search(query).hits[0].title in (SAD, YOUNG_COUNSELING)


PARTNER_THREATENS = (
    "my husband threatens me",
    "mi esposo me amenaza",
    "meu marido me ameaca",
    "mon mari me menace",
    "mari m menase m",
)


@pytest.mark.parametrize("query", PARTNER_THREATENS)
def test_a_partners_threats_find_the_domestic_violence_answer(library, query) -> None:
    assert library.search(query).hits[0].title == AT_HOME


SHELTER_TONIGHT = "I have nowhere to sleep tonight. Where can I go?"
FOOD = "Where can I get food this week?"


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("nos echaron a la calle", SHELTER_TONIGHT),
        ("we are sleeping outside in the cold", SHELTER_TONIGHT),
        ("no tengo nada que comer", FOOD),
        ("nous n avons rien a manger", FOOD),
        ("nou pa gen manje", FOOD),
    ],
)
def test_nowhere_to_sleep_or_nothing_to_eat_finds_shelter_or_food(
    welcome_centre, query, title
) -> None:
    assert welcome_centre.search(query).hits[0].title == title


# A workers' page with a trafficking answer beside unpaid wages (written for this test).
WORKERS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FAQ | Eastside Workers Center</title></head>
<body><main><h1>Frequently asked questions</h1>
<h3>My employer did not pay me. How do I get my wages?</h3>
<p>Write down the dates and hours you worked. We help workers file a wage claim with the state
labor department, whatever their immigration status.</p>
<h3>Someone controls my work, keeps my documents or says I owe a debt. Is that trafficking?</h3>
<p>If an employer or recruiter forces you to work through threats, keeps your passport or ID,
or says you must work to pay a debt, that may be human trafficking or forced labor. Call the
National Human Trafficking Hotline. Help is free and confidential.</p>
<h3>What should I do if the police stop me?</h3>
<p>Stay calm and say you wish to remain silent.</p>
</main></body></html>
"""
TRAFFICKING = (
    "Someone controls my work, keeps my documents or says I owe a debt. Is that trafficking?"
)
ICE_KEPT_PASSPORT = "ICE took my passport. Can I get a new one?"


@pytest.fixture(scope="module")
def workers_centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    tmp = tmp_path_factory.mktemp("workers")
    page = tmp / "workers-faq.html"
    page.write_text(WORKERS_PAGE, encoding="utf-8")
    yield from _installed(page, tmp)


FORCED_WORK = (
    "i am forced to work",
    "debt bondage",
    "me obligan a trabajar",
    "me obrigam a trabalhar",
    "on me force a travailler",
    "yo fose m travay",
)

PASSPORT_KEPT = (
    "they took my passport",
    "me quitaron el pasaporte",
    "ils ont pris mon passeport",
    "yo pran paspo m",
)


@pytest.mark.parametrize("query", FORCED_WORK)
def test_forced_work_finds_the_trafficking_answer(workers_centre, query) -> None:
    assert workers_centre.search(query).hits[0].title == TRAFFICKING


@pytest.mark.parametrize("query", PASSPORT_KEPT)
def test_a_passport_taken_alone_is_still_the_built_in_answer(workers_centre, query) -> None:
    assert workers_centre.search(query).hits[0].title == ICE_KEPT_PASSPORT


def test_urgent_phrases_are_whole_and_mean_the_need() -> None:
    synonyms = load_lexicon().synonyms
    assert "breathing" in synonyms[_key("ne respire pas")]
    assert "trafficking" in synonyms[_key("me obligan a trabajar")]
    assert "domestic" in synonyms[_key("mon mari me menace")]
    assert "sexual" in synonyms[_key("me estupraram")]
    assert "sexual" in synonyms[_key("yo vyole m")]
    # Taking a passport says nothing of forced work: no trafficking in it.
    assert "trafficking" not in synonyms.get(_key("me quitaron el pasaporte"), ())


# clinic17 (a workers' centre) has an answer for finding a relative ICE detained.
FAMILY_DETAINED = "A family member was detained by ICE. How do I find them?"

RELATIVE_TAKEN = (
    "se llevaron a mi esposo",
    "levaram meu filho",
    "prenderam meu marido",
    "ils ont arrete mon mari",
    "ils ont pris mon mari",
    "yo pran mari m",
    "yo pran pitit gason m",
)


@pytest.fixture(scope="module")
def day_labor_centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from _installed(DATA / "clinic17-faq.html", tmp_path_factory.mktemp("detained"))


@pytest.mark.parametrize("query", RELATIVE_TAKEN)
def test_a_relative_taken_finds_the_detained_family_member_answer(day_labor_centre, query) -> None:
    assert day_labor_centre.search(query).hits[0].title == FAMILY_DETAINED
