"""Held-out checks of search on clinic pages nobody tuned it for (issue 16).

Each page is a fictional clinic's FAQ with queries in five languages, written on 2026-11-30 by
an engineer who never saw the search code or the other sets, and imported as a pack beside the
built-in FAQ, as `eval-search --with-pack` does. Top-1 / top-3 measured that day:

- `clinic2` (Riverside Immigrant Legal Aid, 160 queries): 0.406 / 0.688 before the day's search
  work, 0.731 / 0.856 after the first three rounds (still blind). The brief of the fourth round
  quoted a few of its missed words as examples, so its later figure, 0.812 / 0.925, is not a
  blind one.
- `clinic3` (St. Brigid Welcome House, 150 queries), written after all the day's search work
  and measured once: 0.433 / 0.720 with the code of that morning, 0.713 / 0.853 with the
  evening's (English 0.58, Spanish 0.725, Creole 0.80, Portuguese 0.80, French 0.85).

Floors sit a little below the last figures, so a regression fails; they are no targets (the
issue asks for 0.80 / 0.92 and no language under 0.70 top-1).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.commands.search import _eval_library
from index.evaluate import Score, read_queries
from tests.index.conftest import DATA

# (page, queries, {lang: (top-1 floor, top-3 floor)}); "all" is every query.
SETS = {
    "clinic2": {
        "all": (0.77, 0.88),
        "en": (0.73, 0.85),
        "es": (0.70, 0.85),
        "ht": (0.70, 0.80),
        "pt": (0.75, 0.90),
        "fr": (0.80, 0.90),
    },
    "clinic3": {
        "all": (0.67, 0.80),
        "en": (0.50, 0.70),
        "es": (0.65, 0.75),
        "ht": (0.70, 0.85),
        "pt": (0.70, 0.90),
        "fr": (0.75, 0.80),
    },
}
COUNTS = {
    "clinic2": {"en": 60, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic3": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
}


def _files(name: str) -> tuple[Path, Path]:
    return DATA / f"{name}-faq.html", DATA / f"{name}-queries.tsv"


@pytest.fixture(scope="module", params=sorted(SETS))
def scores(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """(set name, {lang or "all": Score}) over the built-in pack plus the page as a pack."""
    name = request.param
    page, queries = _files(name)
    library: Any = _eval_library(page, tmp_path_factory.mktemp(name))
    try:
        by_title = {a.title: a.id for a in library.content.articles}
        out: dict[str, Score] = {}
        for row in read_queries(queries):
            wanted = {by_title[t] for t in row.answers}
            ids = [h.id for h in library.search(row.query, limit=10).hits]
            rank = next((n for n, i in enumerate(ids, 1) if i in wanted), None)
            for key in (row.lang, "all"):
                out.setdefault(key, Score()).add(rank)
    finally:
        library.close()
    return name, out


@pytest.mark.parametrize("name", sorted(SETS))
def test_each_set_has_every_language(name: str) -> None:
    langs = [q.lang for q in read_queries(_files(name)[1])]
    assert {lang: langs.count(lang) for lang in set(langs)} == COUNTS[name]


def test_held_out_clinic_queries(scores: Any) -> None:
    name, by_lang = scores
    low = []
    for lang, (top1, top3) in SETS[name].items():
        score = by_lang[lang]
        if score.top1 / score.n < top1 or score.top3 / score.n < top3:
            low.append(f"{lang}: {score.line()}")
    assert not low, f"{name}: " + "; ".join(low)
