"""The fast scoring path (merged groups, flat per-article sums) gives exactly the straightforward
computation's scores and rankings, on every benchmark query.

The reference below is the plain way: per group, every alternative's postings merged in a
dictionary (best fully, the others at GROUP_TIEBREAK), summed per article group by group; in a
large index a common group adds only to the articles the rarer groups found.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator

import pytest

import index.scoring as scoring
from benchmarks.bench_search import _prefixes, _queries
from index.query import QueryGroup
from index.ranking import Ranker
from index.scoring import TermScorer
from index.search import Searcher

QUERIES = _queries()
TYPED = QUERIES + _prefixes(QUERIES)[:400]


def _group(
    alts: list[tuple[array[int], array[float], float]], keep: set[int] | None
) -> dict[int, tuple[float, float]]:
    """One group's score per article: the best alternative, and the others' sum."""
    best: dict[int, float] = {}
    rest: dict[int, float] = {}
    for docs, values, mult in alts:
        for doc, v in zip(docs, values, strict=True):
            if keep is not None and doc not in keep:
                continue
            sv = mult * v
            if doc not in best:
                best[doc] = sv
            elif sv > best[doc]:
                rest[doc] = rest.get(doc, 0.0) + best[doc]
                best[doc] = sv
            else:
                rest[doc] = rest.get(doc, 0.0) + sv
    return {d: (v, rest.get(d, 0.0)) for d, v in best.items()}


def reference_score(
    self: TermScorer,
    groups: list[QueryGroup],
    text_only: bool = False,
    only: list[int] | None = None,
) -> tuple[dict[int, float], dict[int, int]]:
    """BM25 summed over groups, the plain way (same contract as TermScorer._score)."""
    weighted = [(gi, self._weighted_alts(g, text_only)) for gi, g in enumerate(groups)]
    weighted = [(gi, alts) for gi, alts in weighted if alts]
    n = self._ndocs
    common_df = (
        max(scoring.COMMON_GROUP_MIN_DF, int(n * scoring.COMMON_GROUP_SHARE))
        if n >= scoring.PRUNE_MIN_DOCS
        else n + 1
    )
    keep = set(only) if only is not None else None
    rare = [
        (gi, a)
        for gi, a in weighted
        if keep is not None or max(len(d) for d, _, _ in a) < common_df
    ]
    common = [(gi, a) for gi, a in weighted if (gi, a) not in rare]
    if not rare:
        rare, common = common, []
    totals: dict[int, float] = {}
    matched: dict[int, int] = {}

    def add(
        gi: int, alts: list[tuple[array[int], array[float], float]], k: set[int] | None
    ) -> None:
        for doc, (v, others) in _group(alts, k).items():
            # The best alternative fully, the others a little (summed in this order).
            if len(alts) == 1:
                totals[doc] = totals.get(doc, 0.0) + v
            else:
                totals[doc] = totals.get(doc, 0.0) + v + scoring.GROUP_TIEBREAK * others
            matched[doc] = matched.get(doc, 0) | 1 << gi

    for gi, alts in rare:
        add(gi, alts, keep)
    found = set(totals)
    for gi, alts in common:
        add(gi, alts, found)
    return totals, matched


@pytest.fixture()
def ranker(searcher: Searcher) -> Iterator[Ranker]:
    """The session searcher's ranker with its caches emptied before and after."""
    searcher._ranker._term_cache.clear()
    yield searcher._ranker
    searcher._ranker._term_cache.clear()


def _check_scores(searcher: Searcher, ranker: Ranker) -> int:
    """Compare the fast and plain scores on every typed query; the number of groups seen."""
    seen = 0
    every = list(range(0, ranker._ndocs, 3))
    for query in TYPED:
        groups = searcher._parser.parse(query).groups
        seen += len(groups)
        assert ranker._score(groups) == reference_score(ranker, groups), query
        for text_only in (False, True):
            fast = ranker._score(groups, text_only, every)
            assert fast == reference_score(ranker, groups, text_only, every), query
    return seen


def test_fast_scores_equal_the_plain_sums(searcher: Searcher, ranker: Ranker) -> None:
    assert _check_scores(searcher, ranker) > len(TYPED)
    # Twice: the second time from the cached merged groups.
    _check_scores(searcher, ranker)


def test_fast_scores_equal_the_plain_sums_with_common_groups(
    searcher: Searcher, ranker: Ranker, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As in a large index: groups held by many articles only add to what rarer groups found.
    monkeypatch.setattr(scoring, "PRUNE_MIN_DOCS", 0)
    monkeypatch.setattr(scoring, "COMMON_GROUP_MIN_DF", 5)
    monkeypatch.setattr(scoring, "COMMON_GROUP_SHARE", 0.05)
    _check_scores(searcher, ranker)


def test_rankings_equal_the_plain_computation(
    searcher: Searcher, ranker: Ranker, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = [searcher._parser.parse(q) for q in TYPED]
    fast = [ranker.rank(p.groups, p.words) for p in parsed if p.groups]
    monkeypatch.setattr(Ranker, "_score", reference_score)
    plain = [ranker.rank(p.groups, p.words) for p in parsed if p.groups]
    assert len(fast) > len(QUERIES) // 2
    assert fast == plain
