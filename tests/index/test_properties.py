"""Property tests: no string of any kind makes search, completion or the JSON CLI fail."""

from __future__ import annotations

import io
import json
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.__main__ import main
from index.search import Searcher

# Words the index knows, operators and odd characters: arbitrary strings rarely hit real words.
_PIECES = st.sampled_from(
    [
        "passport",
        "cita",
        "ice",
        "AND",
        "OR",
        "NOT",
        '"',
        "(",
        ")",
        "[",
        "]",
        "*",
        "~",
        ":",
        "^",
        "\\",
        "\x00",
        "\ud800",
        "\U0001f600",
        "\u200b",
        "\u0301",
        "title:",
        "-",
        "'",
        "  ",
        "grillete",
        "ankle",
        "monitr",
        "ñ",
        "İ",
        "ß",
        "\t",
        "\n",
    ]
)
QUERIES = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=30).map(" ".join),
    st.text(alphabet=st.characters(codec=None, categories=None), max_size=60),
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=QUERIES, limit=st.integers(min_value=-5, max_value=200))
def test_search_never_raises(searcher: Searcher, query: str, limit: int) -> None:
    r = searcher.search(query, limit=limit)
    assert r.query == query
    assert len(r.hits) <= max(1, min(limit, 100))
    for h in r.hits:
        assert isinstance(h.score, float)
        assert "<script" not in h.snippet


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=QUERIES, limit=st.integers(min_value=-5, max_value=60))
def test_complete_never_raises(searcher: Searcher, text: str, limit: int) -> None:
    out = searcher.complete(text, limit=limit)
    assert isinstance(out, list) and len(out) <= max(0, limit)
    assert all(isinstance(w, str) and w for w in out)


@pytest.fixture(scope="module")
def many_queries() -> list[str]:
    """Thousands of arbitrary one-line queries drawn from the strategy (deterministically)."""
    out: list[str] = []

    @settings(
        max_examples=2000,
        database=None,
        derandomize=True,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(QUERIES)
    def collect(q: str) -> None:
        out.append(q)

    collect()
    return out


def test_json_cli_answers_every_line(
    many_queries: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # One query per line: line breaks inside a query would split it, as they would for a script.
    lines = [q.replace("\n", " ").replace("\r", " ") for q in many_queries]
    # Internal errors must escape: the CLI must not need its safety net here.
    monkeypatch.setenv("CHECKIN_HELP_DEBUG", "1")
    assert len(lines) >= 1000
    stdin = io.StringIO("".join(q + "\n" for q in lines))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["search", "--stdin", "--json", "--limit", "3"]) == 0
    out_lines = capsys.readouterr().out.split("\n")
    assert out_lines[-1] == ""
    out_lines = out_lines[:-1]
    assert len(out_lines) == len(lines)
    for q, line in zip(lines, out_lines, strict=True):
        record = json.loads(line)
        assert record["query"] == q
        assert set(record) >= {"query", "hits", "suggestion"}
        for hit in record["hits"]:
            assert set(hit) == {"id", "title", "summary", "snippet", "score"}
