"""Held-out checks of search on clinic pages nobody tuned it for (issue 16).

Each page is a fictional clinic's FAQ with 150 or 160 queries in five languages, written on
2026-11-30 by an engineer who never saw the search code or the other sets, and imported as a
pack beside the built-in FAQ, as `eval-search --with-pack` does. Top-1 / top-3, morning code
(a7da35b) -> evening code (the figures below, per language in each set's comment):

- `clinic2` (legal aid) 0.406 / 0.688 -> 0.887 / 0.969 and `clinic3` (welcome house) 0.433 /
  0.720 -> 0.927 / 0.960: written first, blind for a while, then tuned on.
- `clinic4` (welcome house) 0.627 / 0.767 -> 0.733 / 0.893 and `clinic5` (justice project)
  0.653 / 0.873 -> 0.713 / 0.913: blind (only overall figures looked at) until late in the
  second session, then their misses were read.
- `clinic6` (family shelter) 0.673 / 0.820 -> 0.773 / 0.900 and `clinic7` (library corner)
  0.827 / 0.933 -> 0.840 / 0.973: written as development sets.
- `clinic8` (diocesan legal office) 0.607 / 0.793 -> 0.707 / 0.860 and `clinic9` (welcome
  coalition) 0.620 / 0.807 -> 0.727 / 0.887: truly blind, measured once when the work was done.

Floors sit about one query per language below the last figures (a 20-query language moves in
steps of 0.05), so a regression fails; they are no targets (the issue asks for 0.80 / 0.92 and
no language under 0.70 top-1, which the blind sets do not reach yet).
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
    "clinic2": {  # measured en 0.867/0.933, all 0.887/0.969, es 0.875/0.975, ht 0.900/1.000, pt 0.900/1.000, fr 0.950/1.000
        "all": (0.80, 0.90),
        "en": (0.80, 0.85),
        "es": (0.80, 0.90),
        "ht": (0.85, 0.95),
        "pt": (0.85, 0.95),
        "fr": (0.90, 0.95),
    },
    "clinic3": {  # measured en 0.860/0.940, all 0.927/0.960, es 0.950/0.975, ht 0.900/0.900, pt 1.000/1.000, fr 1.000/1.000
        "all": (0.85, 0.90),
        "en": (0.80, 0.85),
        "es": (0.90, 0.90),
        "ht": (0.85, 0.85),
        "pt": (0.95, 0.95),
        "fr": (0.95, 0.95),
    },
    "clinic4": {  # measured en 0.680/0.880, all 0.733/0.893, es 0.775/0.875, ht 0.650/0.850, pt 0.800/1.000, fr 0.800/0.900
        "all": (0.65, 0.80),
        "en": (0.60, 0.80),
        "es": (0.70, 0.80),
        "ht": (0.60, 0.80),
        "pt": (0.75, 0.95),
        "fr": (0.75, 0.85),
    },
    "clinic5": {  # measured en 0.580/0.880, all 0.713/0.913, es 0.750/0.925, ht 0.750/0.900, pt 0.850/1.000, fr 0.800/0.900
        "all": (0.65, 0.85),
        "en": (0.50, 0.80),
        "es": (0.70, 0.85),
        "ht": (0.70, 0.85),
        "pt": (0.80, 0.95),
        "fr": (0.75, 0.85),
    },
    "clinic6": {  # measured en 0.760/0.900, all 0.773/0.900, es 0.725/0.850, ht 0.750/0.950, pt 0.800/0.900, fr 0.900/0.950
        "all": (0.70, 0.85),
        "en": (0.70, 0.85),
        "es": (0.65, 0.80),
        "ht": (0.70, 0.90),
        "pt": (0.75, 0.85),
        "fr": (0.85, 0.90),
    },
    "clinic7": {  # measured en 0.780/1.000, all 0.840/0.973, es 0.850/0.925, ht 0.900/1.000, pt 0.850/0.950, fr 0.900/1.000
        "all": (0.75, 0.90),
        "en": (0.70, 0.95),
        "es": (0.80, 0.85),
        "ht": (0.85, 0.95),
        "pt": (0.80, 0.90),
        "fr": (0.85, 0.95),
    },
    "clinic8": {  # measured en 0.640/0.820, all 0.707/0.860, es 0.750/0.875, ht 0.550/0.800, pt 0.850/0.900, fr 0.800/0.950
        "all": (0.65, 0.80),
        "en": (0.55, 0.75),
        "es": (0.70, 0.80),
        "ht": (0.50, 0.75),
        "pt": (0.80, 0.85),
        "fr": (0.75, 0.90),
    },
    "clinic9": {  # measured en 0.720/0.920, all 0.727/0.887, es 0.700/0.875, ht 0.750/0.950, pt 0.850/0.850, fr 0.650/0.800
        "all": (0.65, 0.80),
        "en": (0.65, 0.85),
        "es": (0.65, 0.80),
        "ht": (0.70, 0.90),
        "pt": (0.80, 0.80),
        "fr": (0.60, 0.75),
    },
}
COUNTS = {
    "clinic2": {"en": 60, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic3": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic4": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic5": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic6": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic7": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic8": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
    "clinic9": {"en": 50, "es": 40, "ht": 20, "pt": 20, "fr": 20},
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
