"""Searcher behaviour: relevance basics, typos, synonyms, suggestions, snippets, completion."""

from __future__ import annotations

import re

import pytest

from index.build import BuildInfo
from index.search import MAX_QUERY_WORDS, Searcher, clean_query, highlight_snippet
from index.spelling import damerau_distance, sounds_like
from index.text import fold_for_search, stems, word_terms


def _top(searcher: Searcher, query: str) -> str | None:
    hits = searcher.search(query).hits
    return hits[0].id if hits else None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("passport", "ice-took-passport"),
        ("reschedule", "cannot-attend-check-in"),
        ("ankle monitor", "ankle-monitor"),
        ("what is isap", "what-is-ice-isap"),
    ],
)
def test_plain_queries(searcher: Searcher, query: str, expected: str) -> None:
    assert _top(searcher, query) == expected


def test_accents_are_folded_before_stemming() -> None:
    assert word_terms(fold_for_search("Información")) == word_terms("informacion")
    assert fold_for_search("DETENCIÓN ñandú") == "detencion nandu"


def test_english_and_spanish_stems() -> None:
    assert "passport" in stems("passports")
    assert stems("grilletes")[-1] == stems("grillete")[-1]
    assert word_terms("the") == frozenset() and word_terms("para") == frozenset()


def test_damerau_counts_a_transposition_as_one_edit() -> None:
    assert damerau_distance("passprot", "passport") == 1
    assert damerau_distance("teh", "the") == 1
    assert damerau_distance("kitten", "sitting") == 3
    assert damerau_distance("a", "abcdefgh", limit=2) == 3


def test_a_word_spelt_by_sound_is_the_real_word() -> None:
    real = {"phone", "photo", "clinic", "fine", "one"}
    # "fone" is one edit from "fine" and "one", but it is "phone" written as it sounds.
    assert sounds_like("fone", real) == "phone"
    assert sounds_like("foto", real) == "photo"
    assert sounds_like("klinik", real) == "clinic"
    assert sounds_like("fone", {"fine"}) is None  # only a real word written another way


def test_phone_typed_by_sound_finds_the_phone_answer(searcher: Searcher) -> None:
    r = searcher.search("new fone number")
    assert r.suggestion == "new phone number"


def test_typos_are_corrected_with_a_suggestion(searcher: Searcher) -> None:
    r = searcher.search("pasport removd")
    assert r.suggestion is not None and "passport" in r.suggestion
    assert r.hits[0].id == "ice-took-passport"
    r = searcher.search("ankle monitr")
    assert r.hits[0].id == "ankle-monitor"
    assert searcher.search("passport").suggestion is None


def test_keyword_misspellings_are_suggested_as_real_words(searcher: Searcher) -> None:
    # "braclet" is in the keywords on purpose (people type it); the suggestion is the real word.
    r = searcher.search("ankel braclet")
    assert r.suggestion == "ankle bracelet"
    assert r.hits[0].id == "ankle-monitor"


def test_inflections_are_not_corrections(searcher: Searcher) -> None:
    assert searcher.search("weeks dates appointments").suggestion is None


def test_question_words_in_other_languages(searcher: Searcher) -> None:
    # "donde" asks "where", as the title "... and where it will be?" does.
    assert _top(searcher, "donde esta mi check in") == "know-my-check-in"
    assert _top(searcher, "onde e meu check in") == "know-my-check-in"
    assert _top(searcher, "kote check in mwen") == "know-my-check-in"


def test_corrected_words_are_highlight_terms(searcher: Searcher) -> None:
    r = searcher.search("pasprot")
    assert "passport" in r.terms


def test_curated_synonyms(searcher: Searcher) -> None:
    assert _top(searcher, "la migra") == "what-is-ice-isap"
    assert _top(searcher, "brazalete") == "ankle-monitor"


def test_coordination_prefers_more_matched_words(searcher: Searcher) -> None:
    both = searcher.search("passport consulate").hits
    assert both[0].id == "ice-took-passport"
    assert all(h.score <= both[0].score for h in both)


def test_nothing_matches_gives_closest_articles(searcher: Searcher) -> None:
    r = searcher.search("zzqqxx vvbbnn")
    assert r.closest is True
    assert r.hits, "a real question never gets an empty answer"
    assert searcher.search("passport").closest is False


def test_empty_and_wordless_queries_have_no_hits(searcher: Searcher) -> None:
    for q in ("", "   ", "?!", "\U0001f600\U0001f600", "\x00\x01"):
        r = searcher.search(q)
        assert r.hits == [] and r.closest is False and r.query == q


def test_stop_word_only_question_still_answers(searcher: Searcher) -> None:
    r = searcher.search("what can i do")
    assert r.hits


def test_limit_is_respected(searcher: Searcher) -> None:
    assert len(searcher.search("ice", limit=3).hits) == 3
    assert len(searcher.search("ice", limit=1).hits) == 1
    assert len(searcher.search("ice", limit=0).hits) == 1


def test_snippet_is_escaped_and_marks_matches(searcher: Searcher) -> None:
    hit = searcher.search("passports").hits[0]
    assert '<b class="match">passport</b>' in hit.snippet
    stripped = re.sub(r'</?b( class="match")?>', "", hit.snippet)
    assert "<" not in stripped and ">" not in stripped
    assert len(stripped) <= 240


def test_snippet_escapes_html_in_text() -> None:
    out = highlight_snippet('Use <script>alert("passport")</script> & more', {"passport"})
    assert (
        out == 'Use &lt;script&gt;alert("<b class="match">passport</b>")&lt;/script&gt; &amp; more'
    )


def test_snippet_trims_long_sentences_around_the_match() -> None:
    text = ("word " * 100) + "passport " + ("more " * 100)
    out = highlight_snippet(text, {"passport"}, max_chars=100)
    assert '<b class="match">passport</b>' in out
    assert out.startswith("\u2026") and out.endswith("\u2026")
    assert len(out) < 140


def test_titles_are_plain_text(searcher: Searcher) -> None:
    for hit in searcher.search("ice", limit=20).hits:
        assert "<" not in hit.title and "<" not in hit.summary


def test_complete_last_word_by_frequency(searcher: Searcher) -> None:
    assert searcher.complete("pass")[0] == "passport"
    assert searcher.complete("my pass")[0] == "passport"
    assert all(w.startswith("app") for w in searcher.complete("APP"))
    assert len(searcher.complete("a", limit=3)) == 3
    assert searcher.complete("passport ") == []
    assert searcher.complete("") == []
    assert searcher.complete("zzzzq") == []


def test_query_is_capped() -> None:
    assert len(clean_query("x" * 50_000)) <= 2000
    assert clean_query("a\x00b\ud800c\u200bd") == "a b c d"


def test_huge_query_is_fast_and_answers(searcher: Searcher) -> None:
    q = " ".join(["passport"] + [f"word{i}" for i in range(5000)])
    r = searcher.search(q)
    assert r.hits
    assert len(r.terms) <= MAX_QUERY_WORDS * 4


@pytest.mark.parametrize(
    "query",
    [
        "I can NOT OR will not go",
        '"unbalanced quote',
        "(((brackets]]",
        "AND OR NOT",
        "pass* ~2 title:ice ^3 field:",
        "\\ / | ; \"' `",
        "\ud800 lone surrogate \udfff",
        "\x00 nul and \x07 bell",
        "\U0001f9b6\U0001f4f1 emoji ankle",
        "x" * 12_000,
        " ".join(["cita"] * 3000),
    ],
)
def test_hostile_inputs_never_raise(searcher: Searcher, query: str) -> None:
    r = searcher.search(query)
    assert isinstance(r.hits, list)
    assert isinstance(searcher.complete(query), list)


def test_hostile_input_tests_can_fail(searcher: Searcher, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' Searcher lets a bug escape, so the tests above fail when search breaks."""

    def broken(*args: object) -> None:
        raise RuntimeError("search is broken")

    monkeypatch.setattr(searcher, "_search", broken)
    monkeypatch.setattr(searcher, "_complete", broken)
    with pytest.raises(RuntimeError):
        searcher.search("passport")
    with pytest.raises(RuntimeError):
        searcher.complete("pass")


def test_the_app_searcher_swallows_errors(
    built_index: BuildInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without debug a bug gives an empty answer, never a crash of the search box."""
    monkeypatch.delenv("CHECKIN_HELP_DEBUG", raising=False)
    with Searcher.open(built_index.path) as app_searcher:

        def broken(*args: object) -> None:
            raise RuntimeError("search is broken")

        monkeypatch.setattr(app_searcher, "_search", broken)
        monkeypatch.setattr(app_searcher, "_complete", broken)
        assert app_searcher.search("passport").hits == []
        assert app_searcher.complete("pass") == []


def test_searcher_is_reused_and_caches_are_bounded(searcher: Searcher) -> None:
    for i in range(50):
        searcher.search(f"unknownword{i} passport")
    assert searcher.search("passport").hits[0].id == "ice-took-passport"
