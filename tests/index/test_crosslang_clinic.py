"""Cross-language search on the dev sample: the clinic page (English) imported as a pack beside
the built-in FAQ, queried in English, Spanish, Haitian Creole, Portuguese and French.

Floors sit a little below the figures measured when the translation side was built (see
docs/SEARCH.md), so a regression fails; they are no targets. Two measures per language: the
right answer in the top 3 over both packs, and first among the clinic page's own answers
(which shows what translation finds, whatever the other pack's ranking does).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desktop.commands.search import _eval_library
from index.evaluate import EvalQuery, Score, read_queries
from tests.index.conftest import DATA

PAGE = DATA / "sample-clinic-faq.html"
QUERIES = DATA / "sample-clinic-queries.tsv"
# The language order the queries file states in its first line.
LANG_ORDER = [("en", 50), ("es", 40), ("ht", 20), ("pt", 15), ("fr", 15)]
# Measured: top-3 over both packs en .82, es .82, ht .90, pt .93, fr .93 (and with the
# fair-ranking work merged: .82, .88, 1.0, .93, .93).
TOP3_FLOOR = {"en": 0.75, "es": 0.75, "ht": 0.80, "pt": 0.80, "fr": 0.80}
# Measured: first among the page's answers en .78, es .78, ht .85, pt .80, fr .87 (merged:
# .76, .70, .80, .87, .87).
PAGE_TOP1_FLOOR = {"en": 0.70, "es": 0.65, "ht": 0.70, "pt": 0.70, "fr": 0.75}
# Measured with the keyword discount (built-in articles' keywords no longer pull the page's
# queries): top-1 over both packs en .76, es .775, ht .80, pt .87, fr .87 (.66, .60, .80, .87,
# .80 before); with the fourth round of issue 16 (everyday terms, negation phrases, the foreign
# keyword discount): .78, .775, .85, .93, .87.
BOTH_TOP1_FLOOR = {"en": 0.70, "es": 0.70, "ht": 0.80, "pt": 0.85, "fr": 0.80}


def _rows() -> list[EvalQuery]:
    rows = read_queries(QUERIES)
    langs = [lang for lang, n in LANG_ORDER for _ in range(n)]
    assert len(rows) == len(langs)
    return [EvalQuery(r.query, r.answers, lang) for r, lang in zip(rows, langs, strict=True)]


@pytest.fixture(scope="module")
def clinic_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The built-in pack plus the clinic page as a pack, in a temporary folder."""
    library = _eval_library(PAGE, tmp_path_factory.mktemp("clinic"))
    yield library
    library.close()


@pytest.fixture(scope="module")
def scores(clinic_library: Any) -> dict[str, tuple[Score, Score]]:
    """Per language: (rank over both packs, rank among the page's answers)."""
    by_title = {a.title: a.id for a in clinic_library.content.articles}
    page_ids = {a.id for a in clinic_library.content.articles if "--" in a.id}
    out: dict[str, tuple[Score, Score]] = {}
    for row in _rows():
        wanted = {by_title[t] for t in row.answers}
        assert wanted <= page_ids
        ids = [h.id for h in clinic_library.search(row.query, limit=20).hits]
        both, page = out.setdefault(row.lang, (Score(), Score()))
        for score, ranked in ((both, ids), (page, [i for i in ids if i in page_ids])):
            score.add(next((n for n, i in enumerate(ranked, 1) if i in wanted), None))
    return out


@pytest.mark.parametrize("lang", [lang for lang, _ in LANG_ORDER])
def test_clinic_queries_by_language(lang: str, scores: dict[str, tuple[Score, Score]]) -> None:
    both, page = scores[lang]
    assert both.top3 / both.n >= TOP3_FLOOR[lang], both.line()
    assert both.top1 / both.n >= BOTH_TOP1_FLOOR[lang], both.line()
    assert page.top1 / page.n >= PAGE_TOP1_FLOOR[lang], page.line()


def test_no_language_is_far_behind_english(scores: dict[str, tuple[Score, Score]]) -> None:
    # What translation finds among the page's answers stays near what English finds.
    english = scores["en"][1].top1 / scores["en"][1].n
    for lang, (_, page) in scores.items():
        assert page.top1 / page.n >= english - 0.2, (lang, page.line())


def test_blind_clinic_queries(clinic_library: Any) -> None:
    # Written before the keyword discount, as a blind check of it: 0.77 top-1 before, 0.97
    # after (29 of 30). A regression of more than two queries fails.
    rows = read_queries(DATA / "clinic" / "blind-queries.tsv")
    by_title = {a.title: a.id for a in clinic_library.content.articles}
    hits = [clinic_library.search(row.query, limit=1).hits for row in rows]
    right = [
        bool(h) and h[0].id in {by_title[t] for t in row.answers}
        for h, row in zip(hits, rows, strict=True)
    ]
    assert sum(right) >= 27, [row.query for row, ok in zip(rows, right, strict=True) if not ok]
