"""General helps for pages nobody tuned the search for (issue 16, sixth session).

- A question put to the organisation ("can you help me", "ustedes le pasan mis datos",
  "vocês vão contar", "eske nou bay...") prefers the answers whose titles speak of it: "your
  services", or the organisation's own name taken from the pack's source ("the Alliance",
  "Casa Emmaus", "the clinic" of "... Money Clinic").
- A Spanish, Portuguese or French word that no table or dictionary has reaches the English
  word of the same Latin or Greek root that some article holds ("evaluacion" -> "evaluation",
  "terapia" -> "therapy").
- A word written with a hyphen ("Wi-Fi", "walk-in") is found as people type it, joined.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.build import names_publisher
from index.codes import hyphen_words
from index.content import Article, load_library
from index.search import Searcher
from index.synonyms import SynonymTables, load_lexicon
from index.translate import cognates, foreign_word
from tests.conftest import CONTENT_DIR
from tests.index.conftest import builtin_plus, made_article

ALLIANCE = "Lakeport Domestic Workers Alliance, \u201cFrequently asked questions\u201d"
MONEY_CLINIC = "Casa Abierta Tax & Money Clinic, Riverbend, \u201cFrequently asked questions\u201d"
OFFICE = "Port Ellery Office of New Americans, \u201cFrequently asked questions\u201d"


def _from(source: str, title: str) -> Article:
    return dataclasses.replace(made_article("x", title, "Some answer text."), source=source)


@pytest.mark.parametrize(
    ("source", "title", "names"),
    [
        (ALLIANCE, "Can the Alliance speak to my employer for me?", True),
        (ALLIANCE, "What is the minimum wage for nannies?", False),
        (MONEY_CLINIC, "Will the clinic share my information with immigration?", True),
        # "Tax" is in the name, but "the tax deadline" is no name of the clinic.
        (MONEY_CLINIC, "When is the tax deadline, and what happens if I miss it?", False),
        (OFFICE, "Who can use the Office of New Americans, and does it cost anything?", True),
        (OFFICE, "Can the office translate my birth certificate?", True),
        # Acronyms are agencies, not the publisher ("LGBTQ+", "ICE").
        (
            "Lantern House LGBTQ+ Asylum Project, \u201cFAQ\u201d",
            "Will you tell anyone that I am LGBTQ+?",
            False,
        ),
        (
            "Lantern House LGBTQ+ Asylum Project, \u201cFAQ\u201d",
            "Can someone from Lantern House come with me to my ICE check-in?",
            True,
        ),
    ],
)
def test_a_title_names_its_publisher(source: str, title: str, names: bool) -> None:
    assert names_publisher(_from(source, title)) is names


def test_no_built_in_title_names_its_publisher() -> None:
    assert not [a.title for a in load_library(CONTENT_DIR).articles if names_publisher(a)]


CENTER = "Harbor Newcomer Center, \u201cFrequently asked questions\u201d"


def _centre(article_id: str, title: str, body: str) -> Article:
    """An article of the Harbor Newcomer Center's pack."""
    return dataclasses.replace(made_article(article_id, title, body), source=CENTER)


SHARE_OURS = _centre(
    "center-privacy",
    "Will the center share my information with immigration?",
    "We keep what you tell us private. We do not give your information to immigration "
    "or the police unless a judge orders it.",
)
SHARE_IRS = _centre(
    "irs-privacy",
    "Does the IRS give my information to immigration?",
    "The law limits when the tax agency may share taxpayer information with immigration "
    "agencies. Ask a lawyer about recent changes.",
)


@pytest.fixture(scope="module")
def center(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Searcher]:
    searcher = builtin_plus(tmp_path_factory.mktemp("center"), [SHARE_OURS, SHARE_IRS])
    yield searcher
    searcher.close()


@pytest.mark.parametrize(
    "query",
    [
        "ustedes le pasan mis datos a migracion",
        "voces vao passar minhas informacoes pra imigracao",
        "eske nou bay imigrasyon enfomasyon mwen",
        "est ce que vous donnez mes informations a l immigration",
    ],
)
def test_a_question_put_to_the_organisation_finds_its_answer(center: Searcher, query: str) -> None:
    hits = center.search(query, limit=3).hits
    assert hits and hits[0].id == "center-privacy", [h.id for h in hits]


FORMS_OURS = _centre(
    "center-forms",
    "Can the center help me fill out forms?",
    "Volunteers sit with you on Tuesdays and help with school, benefit and housing forms.",
)
FORMS_SCHOOL = _centre(
    "school-forms",
    "Can the school help me fill out forms?",
    "Ask the school office for the family liaison, who helps with enrollment and meal forms.",
)


def test_an_english_question_put_to_you_finds_the_organisations_answer(tmp_path: Path) -> None:
    with builtin_plus(tmp_path, [FORMS_SCHOOL, FORMS_OURS]) as searcher:
        hits = searcher.search("can you help me fill out forms", limit=3).hits
        assert hits and hits[0].id == "center-forms", [h.id for h in hits]
        hits = searcher.search("can the school help me fill out forms", limit=3).hits
        assert hits and hits[0].id == "school-forms", [h.id for h in hits]


def test_naming_another_agency_still_finds_that_agencys_answer(center: Searcher) -> None:
    hits = center.search("does the irs give my information to immigration", limit=3).hits
    assert hits and hits[0].id == "irs-privacy", [h.id for h in hits]


@pytest.mark.parametrize(
    ("word", "lang", "english"),
    [
        ("evaluacion", "es", "evaluation"),
        ("orientacao", "pt", "orientation"),
        ("terapia", "es", "therapy"),
        ("psicologico", "es", "psychological"),
        ("identidade", "pt", "identity"),
        ("securite", "fr", "security"),
        ("medicale", "fr", "medical"),
        ("minimo", "es", "minimum"),
        ("semestre", "es", "semester"),
        ("registro", "es", "register"),
        ("ministre", "fr", "minister"),
        ("responsavel", "pt", "responsible"),
        ("vulneravel", "pt", "vulnerable"),
        ("possivel", "pt", "possible"),
    ],
)
def test_cognates_reach_the_english_word_of_the_same_root(
    word: str, lang: str, english: str
) -> None:
    assert english in cognates(word, lang, lambda w: w == english)


def test_cognates_are_only_words_some_article_holds() -> None:
    assert cognates("evaluacion", "es", lambda w: False) == ()
    assert cognates("evaluacion", "es", lambda w: w == "evaluations") == ()


def test_a_word_no_dictionary_has_is_searched_as_its_cognate() -> None:
    tables = SynonymTables.make()
    found = foreign_word("evaluacion", "es", tables, lambda w: w == "evaluation")
    assert found is not None and "evaluation" in found.english


def test_a_spanish_evaluation_query_finds_a_pages_evaluation_answer(tmp_path: Path) -> None:
    evaluation = made_article(
        "evaluation",
        "What is a psychological evaluation for asylum?",
        "A psychologist meets you two or three times and writes a report for your lawyer.",
    )
    counseling = made_article(
        "counseling",
        "How do I start counseling?",
        "Call us to meet a counselor. Counseling is free and private.",
    )
    with builtin_plus(tmp_path, [evaluation, counseling]) as searcher:
        hits = searcher.search("cuanto dura la evaluacion", limit=3).hits
        assert hits and hits[0].id == "evaluation", [h.id for h in hits]
        # Creole "evalyasyon" reaches it through French, not "corrected" into a table word
        # one letter away ("evakyasyon", evacuation).
        alts = {a for g in searcher._parser.parse("eske m ka fe evalyasyon").groups for a in g.alts}
        assert "evaluation" in alts and "evakyasyon" not in alts, sorted(alts)


def test_hyphen_words_are_joined() -> None:
    text = "Connect to the Wi-Fi at walk-in hours; form I-385; 2-3 days; one-day course."
    assert [w for _, w in hyphen_words(text)] == ["wifi", "walkin", "oneday"]


def test_a_hyphenated_word_is_found_typed_joined(tmp_path: Path) -> None:
    wifi = made_article(
        "wifi",
        "How do I connect to the library's Wi-Fi?",
        "Choose the network named Library-Guest. You do not need a password.",
    )
    days = made_article(
        "days-off",
        "Do I have the right to a day off every week?",
        "You have the right to one day of rest each week. We also run a one-day course.",
    )
    with builtin_plus(tmp_path, [wifi, days]) as searcher:
        hits = searcher.search("kijan pou m konekte sou wifi a", limit=3).hits
        assert hits and hits[0].id == "wifi", [h.id for h in hits]
        # "one day" typed apart stays two words (the page's "one-day" is no compound of the
        # query's words).
        groups = [g.label for g in searcher._parser.parse("dont i get one day off").groups]
        assert "oneday" not in groups, groups


@pytest.mark.parametrize(
    ("typed", "english"),
    [
        ("ahorita", "now"),
        ("kounye", "now"),
        ("maintenant", "now"),
        ("despues", "after"),
        ("depois", "after"),
        ("apre", "after"),
        ("antes", "before"),
        ("aqui", "here"),
    ],
)
def test_little_words_of_time_and_place_count_as_the_titles_words(typed: str, english: str) -> None:
    """The question-word bonus reads them as English: "despues del refugio" asks a title
    "... housing after the shelter?", "ahorita" a title "... in danger right now?"."""
    assert load_lexicon().question_words[typed] == english


def test_a_french_phrase_for_now_counts_as_now() -> None:
    assert load_lexicon().question_phrases[("ce", "moment")] == "now"


JOIN_LATE = made_article(
    "join-late",
    "Can I join a class after the term has started?",
    "Yes, in the first three weeks of a term, if a seat is open. Ask at the front desk.",
)
WHEN_START = made_article(
    "when-start",
    "When does registration open, and when do new classes start?",
    "Registration opens two weeks before each term. New classes start in September, January "
    "and April.",
)


@pytest.mark.parametrize(
    "query",
    [
        "da pra entrar no curso depois que ja comecou",
        "puedo entrar a la clase despues que empezo",
        "je peux rentrer dans le cours apres le debut",
    ],
)
def test_after_asks_the_question_whose_title_says_after(tmp_path: Path, query: str) -> None:
    with builtin_plus(tmp_path, [JOIN_LATE, WHEN_START]) as searcher:
        assert searcher.search(query).hits[0].id == "join-late"
