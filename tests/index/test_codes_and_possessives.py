"""Form codes and web addresses however they are typed; possessives with any apostrophe."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.analysis import CLOCK_WORD, text_analyzer
from index.build import build_index
from index.codes import join_typed_codes, joined_tokens
from index.search import Searcher
from index.text import word_key, words
from tests.index.conftest import good_front, write_article


def _tokens(text: str) -> list[str]:
    return [t.text for t in text_analyzer()(text)]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("a Notice to Report (Form I-385).", ["i385"]),
        ("Form I-220A or I\u2011220B", ["i220a", "i220b"]),
        ("go to https://checkin.ice.gov/ now", ["checkinicegov"]),
        ("acis.eoir.justice.gov", ["aciseoirjusticegov"]),
        ("www.asylumadvocacy.org", ["wwwasylumadvocacyorg", "asylumadvocacyorg"]),
        # Not codes or addresses: a sentence's end, "U.S.", a phone number, words and numbers.
        ("the U.S. government. Then call 1-888-351-4024 within 60 days", []),
        ("I 385 and e.g. this", []),
    ],
)
def test_joined_tokens_of_codes_and_addresses(text: str, joined: list[str]) -> None:
    assert [token for _, token in joined_tokens(text)] == joined


def test_index_keeps_the_parts_and_adds_the_joined_token() -> None:
    toks = _tokens("Form I-385 at checkin.ice.gov")
    assert {"form", "385", "i385", "checkin", "ice", "gov", "checkinicegov"} <= set(toks)


@pytest.mark.parametrize(
    "typed",
    ["i385", "i-385", "i 385", "I385", "form I-385"],
)
def test_a_typed_code_joins_however_it_is_punctuated(typed: str) -> None:
    assert "i385" in join_typed_codes(words(typed), {"i385"})


@pytest.mark.parametrize(
    "typed",
    [
        "checkin.ice.gov",
        "checkin ice gov",
        "checkinicegov",
        "www.checkin.ice.gov",
        "check in ice gov",
    ],
)
def test_a_typed_address_joins_however_it_is_punctuated(typed: str) -> None:
    assert "checkinicegov" in join_typed_codes(words(typed), {"checkinicegov"})


def test_words_that_join_into_nothing_known_stay_apart() -> None:
    assert join_typed_codes(["i", "60", "days"], {"i385"}) == ["i", "60", "days"]


@pytest.mark.parametrize("typed", ["i385", "i-385", "i 385", "form i385", "what is form I 385"])
def test_a_form_code_finds_its_articles(searcher: Searcher, typed: str) -> None:
    top = searcher.search(typed).hits[0].id
    assert top in {"told-to-report", "know-my-check-in"}


@pytest.mark.parametrize(
    "typed", ["checkin.ice.gov", "checkin ice gov", "checkinicegov", "https://checkin.ice.gov"]
)
def test_a_web_address_finds_its_article(searcher: Searcher, typed: str) -> None:
    assert searcher.search(typed).hits[0].id == "cannot-attend-check-in"


@pytest.mark.parametrize(
    "typed",
    [
        "officer\u2019s",
        "officer's",
        "officer\u00b4s",
        "officer`s",
        "officer\u2018s",
        "OFFICER\u2019S",
    ],
)
def test_a_possessive_s_is_dropped_whatever_the_apostrophe(typed: str) -> None:
    assert words(typed) == ["officer"]


def test_possessive_plural_and_bare_forms_share_a_key() -> None:
    keys = {word_key(w) for w in words("officer\u2019s officer's officers officers\u2019")}
    assert len(keys) == 1
    assert words("ICE\u2019s ICE's") == ["ice", "ice"]


def test_contractions_join_whatever_the_apostrophe() -> None:
    assert words("don\u00b4t can\u2019t won`t") == ["dont", "cant", "wont"]


def test_curly_possessive_in_the_index_matches_a_plain_query() -> None:
    plain = _tokens("officers phone number")
    curly = _tokens("officer\u2019s phone number")
    assert plain[0] in curly or set(curly) <= set(plain)


@pytest.mark.parametrize(
    "typed",
    [
        "i dont have my officers phone number",
        "dont have my officer's phone number",
        "i don\u2019t have my officer\u2019s phone number",
    ],
)
def test_a_phrase_of_one_answers_text_wins_across_little_words(
    searcher: Searcher, typed: str
) -> None:
    # The text says "If you do not have your ICE officer\u2019s phone number": "my" and "ICE"
    # between the words, a curly possessive, still make a run of three content words.
    assert searcher.search(typed).hits[0].id == "cannot-attend-check-in"


def test_longer_runs_of_the_text_count_more() -> None:
    from index.search import body_run_bonus

    bonuses = [body_run_bonus(n) for n in range(0, 7)]
    assert bonuses[0] == bonuses[1] == 1.0
    assert bonuses[2] < bonuses[3] < bonuses[4] <= bonuses[5] <= bonuses[6]
    assert bonuses[3] - bonuses[2] > bonuses[2] - bonuses[1]


@pytest.mark.parametrize(
    "typed",
    [
        "do i need to check in",
        "do i have got to check in",
        "i must check in",
        "do i gotta check in",
    ],
)
def test_ways_of_saying_have_to_match_phrases_alike(typed: str) -> None:
    from index.text import phrase_keys

    assert phrase_keys(words(typed))[-4:] == phrase_keys(words("do i have to check in"))[-4:]


def test_phrase_keys_leave_other_words_alone() -> None:
    from index.text import phrase_keys

    assert phrase_keys(words("i need a new passport")) == [
        word_key(w) for w in words("i need a new passport")
    ]


def test_a_spoken_dot_joins_an_address() -> None:
    assert join_typed_codes(words("checkin dot ice dot gov"), {"checkinicegov"}) == [
        "checkinicegov"
    ]
    assert join_typed_codes(words("a dot"), {"checkinicegov"}) == ["a", "dot"]


def test_officer_is_not_office() -> None:
    from index.text import stems

    assert set(stems("officer")) == set(stems("officers")) == set(stems("officer's"[:-2]))
    assert not set(stems("officer")) & set(stems("office"))


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Saturdays, 9:30 am to 1:30 pm", 2),
        ("from 5 p.m. until 8 P.M.", 2),
        ("10:00 a.m.", 1),
        # Not times: "I am", "pm" after a year; "4 a m" reads as "4 a.m.".
        ("I am here at 2026 pm", 0),
        ("room 4 a m", 1),
    ],
)
def test_clock_times_add_the_clock_word(text: str, times: int) -> None:
    # A page's hours written as times are found by questions of hours through this word.
    assert _tokens(text).count(word_key(CLOCK_WORD)) == times


def test_an_answer_giving_its_hours_as_times_is_found_by_a_question_of_hours(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    write_article(
        folder,
        "a.md",
        good_front("sessions", title="When and where are the sessions held?", keywords="x"),
        "At our office on Linden Street: Tuesdays, 5:30 pm to 8:30 pm.",
    )
    write_article(
        folder,
        "b.md",
        good_front("bring", title="What should I bring on the day?", keywords="x", order="2"),
        "Your passport and any letter about your case; give yourself time to find the office.",
    )
    searcher = Searcher.open(build_index(folder, tmp_path / "ix").path)
    for query in ("what time are you open", "a que hora abren"):
        assert searcher.search(query, limit=2).hits[0].id == "sessions", query
