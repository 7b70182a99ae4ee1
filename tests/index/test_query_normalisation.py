"""Query normalisation: texting forms, phone numbers in any punctuation, synonym phrases."""

from __future__ import annotations

from dataclasses import replace

import pytest

from index.analysis import text_analyzer
from index.codes import phone_terms, phone_token
from index.search import Searcher
from index.synonyms import load_lexicon
from index.text import words
from tests.index.conftest import good_front, searcher_over


def _informal(text: str) -> str:
    return " ".join(load_lexicon().normalise_informal(words(text)))


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("wen is my check in", "when is my check in"),
        ("wat is isap", "what is isap"),
        ("hw do i know", "how do i know"),
        ("can u get ur passport", "can you get your passport"),
        ("cant go bc im sick", "cant go because im sick"),
        ("cant get thru", "cant get through"),
        ("dnd es mi cita", "donde es mi cita"),
        ("k es isap", "que es isap"),
    ],
)
def test_informal_words_are_written_out(typed: str, meant: str) -> None:
    assert _informal(typed) == meant


def test_were_means_where_only_where_a_question_word_fits() -> None:
    assert _informal("were is my check in") == "where is my check in"
    assert _informal("were do i go") == "where do i go"
    assert _informal("when and were") == "when and where"
    # The verb stays a verb.
    assert _informal("we were told to report") == "we were told to report"
    assert _informal("they were in detention") == "they were in detention"


def test_informal_words_are_not_suggested_as_corrections(searcher: Searcher) -> None:
    r = searcher.search("were is my cita")
    assert r.suggestion is None
    assert r.hits[0].id == "know-my-check-in"


@pytest.mark.parametrize(
    ("typed", "token"),
    [
        ("18883514024", "8883514024"),
        ("8883514024", "8883514024"),
        ("1-888-351-4024", "8883514024"),
        ("1 (888) 351 4024", "8883514024"),
        ("888.351.4024", "8883514024"),
        ("call +1 888 351-4024 now", "8883514024"),
    ],
)
def test_phone_numbers_in_any_punctuation_give_one_token(typed: str, token: str) -> None:
    found = phone_terms(words(typed))
    assert [t for _, _, t in found] == [token]


def test_phone_terms_span_the_number_words() -> None:
    assert phone_terms(words("call 1 (833) 383 1465 today")) == [(1, 5, "8333831465")]
    assert phone_terms(words("60 days in 2029")) == []
    assert phone_token(["123", "45"]) is None


def test_index_holds_a_digits_token_beside_the_parts() -> None:
    toks = [t.text for t in text_analyzer()("Call 1-888-351-4024 or (833) 383-1465.")]
    assert "8883514024" in toks and "8333831465" in toks
    assert "888" in toks and "4024" in toks


@pytest.mark.parametrize("query", ["18883514024", "888 351 4024", "(888) 351-4024", "888.351.4024"])
def test_phone_number_typed_as_digits_finds_its_article(searcher: Searcher, query: str) -> None:
    assert searcher.search(query).hits[0].id == "know-my-check-in"


@pytest.mark.parametrize(
    ("query", "synonym"),
    [
        ("nobody is picking up", "answer"),  # inflected: "pick up"
        ("how to take it off", "remove"),  # little words between: "take off"
        ("take pictures of the site", "screenshot"),  # a little word left out: "take a picture"
        ("cant get thru to them", "reach"),  # informal word, then the phrase "get through"
    ],
)
def test_multi_word_synonyms_match_inflections_and_gaps(
    searcher: Searcher, query: str, synonym: str
) -> None:
    terms = searcher.search(query).terms
    assert synonym in terms, terms


def test_phrase_of_little_words_needs_all_its_words(searcher: Searcher) -> None:
    # "no se si" (not sure if) must not fire on a lone "no".
    assert "sure" not in searcher.search("no appointments").terms


def test_spanish_conjugations_reach_listed_verbs(searcher: Searcher) -> None:
    # The table lists "reagendar" and "apuntar"; other forms find them by their Spanish stem.
    assert "reschedule" in searcher.search("reagendo mi cita").terms
    assert "record" in searcher.search("apunte las llamadas").terms
    # An English word of the index keeps its own meaning ("program" is not "programar").
    assert "schedule" not in searcher.search("isap program").terms


def test_a_repeated_word_counts_once(searcher: Searcher) -> None:
    once = searcher.search("way later")
    assert searcher.search("way way later") == replace(once, query="way way later")


@pytest.mark.parametrize(
    "query",
    [
        "how long do i have to wear the monitor",  # not "year"
        "mi hijo esta enfermo",  # not "hizo"
        "released from detention and monitored",  # an inflection, not "monitoreo"
        "me van a deportar",  # a keyword word, not "reportar"
        "i got a paper at the border",  # not "get"
    ],
)
def test_did_you_mean_leaves_real_words_alone(searcher: Searcher, query: str) -> None:
    assert searcher.search(query).suggestion is None


def test_did_you_mean_still_fixes_misspellings(searcher: Searcher) -> None:
    assert searcher.search("wen is my apointment").suggestion == "when is my appointment"


@pytest.mark.parametrize(
    ("query", "age"),
    [
        ("my son is 15 can he join", True),
        ("can my 13 year old walk home", True),
        ("mi hijo tiene 14 puede entrar al programa", True),
        ("meu filho tem 15 anos pode participar", True),
        ("pitit mwen gen 16 an eske li ka antre", True),
        ("mon fils a 17 ans il peut participer", True),
        ("is there a team for my 16 yo", True),
        ("my son is 7 can he play", True),  # a child's age, however young
        ("pitit mwen gen 8 an eske li ka jwe", True),
        ("tengo 2 hijos", False),  # how many children, not an age
        ("my son has 2 appointments", False),
        ("the class is 2 hours", False),
        ("tiene 15 dias para pagar", False),
        ("i came 2 years ago", False),
        ("room 14 on the second floor", False),
    ],
)
def test_an_age_in_a_query_also_searches_age(searcher: Searcher, query: str, age: bool) -> None:
    """A query that gives a person's age asks who may come: a page says "ages 13 to 19"."""
    alts = {a for g in searcher._parser.parse(query).groups for a in g.alts}
    assert ("age" in alts) is age


@pytest.fixture(scope="module")
def children_searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    """One article about children."""
    return searcher_over(
        tmp_path_factory.mktemp("children"),
        {
            "a.md": (
                good_front("children", title="Can my child come with me?", keywords="children"),
                "Children of any age may come with a parent.",
            )
        },
    )


@pytest.mark.parametrize(
    ("query", "child"),
    [
        ("my son is sick", True),
        ("can my son come with me", True),
        ("cuando son los partidos", False),  # Spanish "son" is "they are"
        ("los documentos son falsos", False),
    ],
)
def test_an_english_son_is_a_child_not_a_spanish_little_word(
    children_searcher: Searcher, query: str, child: bool
) -> None:
    """The index drops "son" as a Spanish little word; in an English query it is a child."""
    alts = {a for g in children_searcher._parser.parse(query).groups for a in g.alts}
    assert ("child" in alts) is child


@pytest.mark.parametrize(
    ("query", "income", "year"),
    [
        ("i make 2000 a month is too much for free help", True, False),
        ("je gagne 3000 par mois c trop", True, False),
        ("gano 1500 al mes puedo aplicar", True, False),
        ("insurance quote 2000 a month", False, False),  # paid, not earned; and no year
        ("my appointment is in 2029", False, True),
        ("my son is 15 can he join", False, False),
    ],
)
def test_a_sum_earned_searches_income_and_is_no_year(
    searcher: Searcher, query: str, income: bool, year: bool
) -> None:
    """A sum earned ("i make 2000 a month") asks about an income limit, not the year 2000."""
    alts = {a for g in searcher._parser.parse(query).groups for a in g.alts}
    assert ("income" in alts or "incom" in alts) is income
    assert ("year" in alts) is year


@pytest.mark.parametrize(
    "query", ["❶", "my son is ❷", "mi hijo tiene ² anos", "i make ❶❶❶❶ a month"]
)
def test_digits_of_other_scripts_are_no_numbers(searcher: Searcher, query: str) -> None:
    """`str.isdigit` holds for "❶" and "²", which `int` cannot read: searched, never raised."""
    searcher.search(query)
