"""BM25 scores of query groups from the Whoosh postings (the first stage of `index.ranking`).

Per field with field boosts (title and keywords over body, curated keywords capped), the best
alternative of a group fully and the others a little, summed over the query's groups.
"""

from __future__ import annotations

import bisect
import math
from array import array
from itertools import compress
from typing import Any

from index.lru import LRU
from index.postings import postings
from index.query import QueryGroup
from index.schema import FIELD_BOOSTS, SEARCH_FIELDS
from index.snippets import ArticleText
from index.vocabulary import Vocabulary

# BM25 parameters. Small documents: a little less length normalisation than usual.
K1 = 1.2
FIELD_B = {"title": 0.5, "keywords": 0.3, "summary": 0.5, "body": 0.6}
# Curated keywords are a boost, not a monopoly: a term's keyword score is at most
# KEYWORD_SHARE of its score in the article's own text (title, summary, body), or
# KEYWORD_ONLY_CAP when only the keywords hold it (a word once in a body scores about 1, in a
# title about 3). So one pack's long keyword lists cannot outweigh another pack's text.
KEYWORD_SHARE = 0.75
KEYWORD_ONLY_CAP = 5.0
# Within a group, the best alternative counts fully and the others a little.
GROUP_TIEBREAK = 0.15
# In an index of at least PRUNE_MIN_DOCS articles, a group held by at least COMMON_GROUP_SHARE
# of them (and COMMON_GROUP_MIN_DF) only adds to articles that a rarer group of the query
# found: an article holding none of the query's specific words cannot be the answer.
PRUNE_MIN_DOCS = 1000
COMMON_GROUP_SHARE = 0.1
COMMON_GROUP_MIN_DF = 100


class TermScorer:
    """BM25 of query groups over one index's articles (term statistics cached, bounded)."""

    def __init__(self, reader: Any, vocabulary: Vocabulary, text: ArticleText) -> None:
        self._reader = reader
        self._v = vocabulary
        self._text = text
        self._ndocs = vocabulary.ndocs
        self._avg = {
            f: (reader.field_length(f) / self._ndocs if self._ndocs else 1.0) or 1.0
            for f in SEARCH_FIELDS
        }
        self._norm_cache: dict[str, array[float]] = {}
        self._term_cache = LRU(4096)
        # Merged groups (kept apart: a query's groups must not push out its terms).
        self._group_cache = LRU(256)
        self._plain: frozenset[int] | None = None
        self._titles: dict[int, list[tuple[str, ...]]] | None = None
        self._title_sets: dict[int, frozenset[str]] | None = None
        self._own_cost_docs: frozenset[int] | None = None

    # -- term statistics ----------------------------------------------------------------------

    def prepare(self) -> None:
        """Work out now what the first search would (the fields' length normalisation)."""
        for f in SEARCH_FIELDS:
            self._norms(f)

    def _norms(self, fieldname: str) -> array[float]:
        """Per article, BM25's length normalisation K1 * (1 - b + b * length / average) of a
        field (all articles at once, on the first search that needs the field)."""
        norms = self._norm_cache.get(fieldname)
        if norms is None:
            b = FIELD_B[fieldname]
            avg = self._avg[fieldname]
            length = self._reader.doc_field_length
            norms = self._norm_cache[fieldname] = array(
                "d",
                (
                    K1 * (1 - b + b * (length(d, fieldname, 0) or 0) / avg)
                    for d in range(self._ndocs)
                ),
            )
        return norms

    def _term_scores(self, term: str, text_only: bool = False) -> tuple[array[int], array[float]]:
        """Per article, the term's BM25 tf part summed over the fields with their boosts (cached;
        without the curated keywords if `text_only`).

        Multiplied by the term's IDF and the alternative's weight at query time; caching this
        makes repeated words (as-you-type) cost one pass over their articles. Kept as two flat
        arrays (article numbers, values): the garbage collector never has to walk them.
        """
        key = ("text", term) if text_only else term
        cached = self._term_cache.get(key)
        if cached is not None:
            return cached
        scores: dict[int, float] = {}
        curated: dict[int, float] = {}
        for f in SEARCH_FIELDS:
            if (f, term) not in self._reader:
                continue
            norms = self._norms(f)
            scale = FIELD_BOOSTS[f] * (K1 + 1)
            into = curated if f == "keywords" else scores
            get = into.get
            docs, tfs = postings(self._reader, f, term)
            for doc, tf in zip(docs, tfs, strict=True):
                into[doc] = get(doc, 0.0) + scale * tf / (tf + norms[doc])
        # The text alone (one walk of the postings makes both).
        docs = sorted(scores)
        text = (array("i", docs), array("d", (scores[d] for d in docs)))
        self._term_cache.put(("text", term), text)
        for doc, v in curated.items():
            # Curated keywords are a boost, not a monopoly: bounded by what the article's own
            # text says of the word, and by a small floor when only the keywords hold it.
            own = scores.get(doc, 0.0)
            scores[doc] = own + min(v, max(KEYWORD_SHARE * own, KEYWORD_ONLY_CAP))
        docs = sorted(scores)
        full = (array("i", docs), array("d", (scores[d] for d in docs)))
        self._term_cache.put(term, full)
        return text if text_only else full

    def _title_docs(self, term: str) -> frozenset[int]:
        """The articles whose title holds the term (cached)."""
        key = ("title", term)
        cached = self._term_cache.get(key)
        if cached is None:
            docs = (
                frozenset(self._reader.postings("title", term).all_ids())
                if key in self._reader
                else frozenset()
            )
            cached = self._term_cache.put(key, docs)
        return cached

    def _title_masks(self, groups: list[QueryGroup]) -> dict[int, int]:
        """Per article, a bit mask of the groups some alternative of which its title holds."""
        masks: dict[int, int] = {}
        for gi, g in enumerate(groups):
            for term in g.alts:
                for doc in self._title_docs(term):
                    masks[doc] = masks.get(doc, 0) | 1 << gi
        return masks

    def _df(self, term: str) -> int:
        """Number of articles holding the term in any searched field."""
        return len(self._term_scores(term)[0])

    def _idf(self, term: str) -> float:
        """Probabilistic IDF: near zero for a word in every article ("ice"), high for rare ones."""
        n = self._df(term)
        return math.log(1.0 + (self._ndocs - n + 0.5) / (n + 0.5))

    def _group_df(self, g: QueryGroup) -> int:
        """How many articles hold any alternative of the group."""
        return max((self._df(t) for t in g.alts), default=0)

    def _group_weight(self, g: QueryGroup, typed_cap: bool = False) -> float:
        """How much a group matters for coordination: its most specific alternative's IDF.

        Only alternatives some article holds count: a form no article has (a Spanish stem of
        an English word) would otherwise look like the rarest word of all. With `typed_cap`,
        the word as typed counts no rarer than its translations, as in scoring.
        """
        if typed_cap:
            return max((idf for _, _, idf in self._weighted_alts(g)), default=0.0)
        return max((self._idf(t) * w for t, w in g.alts.items() if self._df(t)), default=0.0)

    # -- scoring ----------------------------------------------------------------------------

    def _score(
        self, groups: list[QueryGroup], text_only: bool = False, only: list[int] | None = None
    ) -> tuple[dict[int, float], dict[int, int]]:
        """BM25 per group (best alternative + a little of the rest), summed over groups (for
        the `only` articles, sorted, if given).

        Also returns, per article, a bit mask of the groups it matched. In a large index, a
        group most articles hold adds only to the articles some rarer group found (see
        COMMON_GROUP_SHARE): scoring does not walk thousands of postings of "ice" or "check".
        Sums go into flat per-article lists (faster than dictionaries), group by group in the
        query's order, so every article's score is the same sum of the same numbers.
        """
        # Per group: its largest DF and its merged postings if cached (else its alternatives).
        entries: list[tuple[int, int, _Merged | None, list[_Alt]]] = []
        for gi, g in enumerate(groups):
            hit = self._cached_group(g, text_only)
            if hit is not None:
                if hit[0] is not None:
                    entries.append((gi, hit[0][0], hit[0], []))
                continue
            alts = self._weighted_alts(g, text_only)
            if alts:
                entries.append((gi, max(len(d) for d, _, _ in alts), None, alts))
        n = self._ndocs
        tot = [0.0] * n
        msk = [0] * n
        if only is not None:
            wanted = bytearray(n)
            for doc in only:
                wanted[doc] = 1
            for gi, _, m, alts in entries:
                # Not cached: merged over the wanted articles only.
                m = m or _merge([_pick(a, only, wanted) for a in alts], n)
                _accumulate(tot, msk, 1 << gi, m, only, wanted)
            return _collect(tot, msk)
        common_df = (
            max(COMMON_GROUP_MIN_DF, int(self._ndocs * COMMON_GROUP_SHARE))
            if self._ndocs >= PRUNE_MIN_DOCS
            else self._ndocs + 1
        )
        rare = [e for e in entries if e[1] < common_df]
        common = [e for e in entries if e[1] >= common_df]
        if not rare:
            rare, common = common, []
        for gi, _, m, alts in rare:
            if m is None:
                m = _merge(alts, n)
                key = ("group", text_only, GROUP_TIEBREAK, tuple(groups[gi].alts.items()))
                self._group_cache.put(key, (m,))
            _accumulate(tot, msk, 1 << gi, m)
        if common:
            found = bytearray(1 if x else 0 for x in msk)
            candidates = list(compress(range(n), found))
            for gi, _, m, alts in common:
                m = m or _merge([_pick(a, candidates, found) for a in alts], n)
                _accumulate(tot, msk, 1 << gi, m, candidates, found)
        return _collect(tot, msk)

    def _cached_group(self, g: QueryGroup, text_only: bool) -> tuple[_Merged | None] | None:
        """The group's merged postings if cached, as a 1-tuple (None: not cached)."""
        cached = self._group_cache.get(("group", text_only, GROUP_TIEBREAK, tuple(g.alts.items())))
        terms = self._term_cache
        if cached is not None and all((("text", t) if text_only else t) in terms for t in g.alts):
            # (Only while the term cache still holds its terms: clearing it clears this.)
            return cached
        return None

    def _weighted_alts(
        self, g: QueryGroup, text_only: bool = False
    ) -> list[tuple[array[int], array[float], float]]:
        """A group's alternatives some article holds: (articles, tf parts, IDF x weight)."""
        alts = []
        # The word as typed counts no rarer than its best translation or synonym (as in
        # structured cross-language queries): a Spanish word found only in one pack's
        # curated keywords must not outweigh its common English translation in another
        # pack's text just because few articles hold that form.
        top = max(g.alts.values(), default=0.0)
        others = [self._idf(t) for t, w in g.alts.items() if w < top and self._df(t)]
        cap = max(others) if others else None
        for term, weight in g.alts.items():
            docs, values = self._term_scores(term, text_only)
            if docs:
                idf = self._idf(term)
                if cap is not None and weight == top and idf > cap:
                    idf = cap
                alts.append((docs, values, idf * weight))
        return alts


# A group's merged postings: (largest DF of its alternatives, articles (sorted), best
# alternative's score per article, GROUP_TIEBREAK x the other alternatives' sum or None).
_Merged = tuple[int, "array[int]", "array[float]", "array[float] | None"]
# An alternative's postings: (articles, tf parts, IDF x weight).
_Alt = tuple["array[int]", "array[float]", float]


def _picked(docs: array[int], only: list[int], wanted: bytearray) -> list[int]:
    """Positions in sorted postings of the `only` articles (sorted, flagged in `wanted`): a walk
    of the postings when they are not much longer, else a binary search per candidate."""
    n = len(docs)
    if n < 4 * len(only):
        return [i for i, d in enumerate(docs) if wanted[d]]
    picked = []
    for doc in only:
        i = bisect.bisect_left(docs, doc)
        if i < n and docs[i] == doc:
            picked.append(i)
    return picked


def _pick(alt: _Alt, only: list[int], wanted: bytearray) -> _Alt:
    """An alternative's postings of the `only` articles (sorted, flagged in `wanted`)."""
    docs, values, mult = alt
    picked = _picked(docs, only, wanted)
    return array("i", [docs[i] for i in picked]), array("d", [values[i] for i in picked]), mult


def _merge(alts: list[_Alt], n: int) -> _Merged:
    """A group's alternatives (at least one) merged: the best per article fully,
    GROUP_TIEBREAK x the others."""
    if len(alts) == 1:
        docs, values, mult = alts[0]
        return (len(docs), docs, array("d", [mult * v for v in values]), None)
    # Flat per-article lists; every score is positive, so -1 marks "not yet seen".
    best = [-1.0] * n
    rest = [0.0] * n
    for docs, values, mult in alts:
        for doc, v in zip(docs, values, strict=True):
            sv = mult * v
            old = best[doc]
            if old < 0.0:
                best[doc] = sv
            elif sv > old:
                best[doc] = sv
                rest[doc] += old
            else:
                rest[doc] += sv
    order = [d for d, b in enumerate(best) if b >= 0.0]
    return (
        max(len(docs) for docs, _, _ in alts),
        array("i", order),
        array("d", [best[d] for d in order]),
        array("d", [GROUP_TIEBREAK * rest[d] for d in order]),
    )


def _accumulate(
    tot: list[float],
    msk: list[int],
    bit: int,
    merged: _Merged,
    only: list[int] | None = None,
    wanted: bytearray | None = None,
) -> None:
    """Add one group's scores to the per-article sums (to the `only` articles, sorted, with
    their flags in `wanted`, if given): the same additions, in the same order, as a sum per
    article in a dictionary."""
    _, docs, bests, ties = merged
    if only is not None and wanted is not None:
        picked = _picked(docs, only, wanted)
        docs = array("i", [docs[i] for i in picked])
        bests = array("d", [bests[i] for i in picked])
        ties = None if ties is None else array("d", [ties[i] for i in picked])
    if ties is None:
        for doc, v in zip(docs, bests, strict=True):
            tot[doc] += v
            msk[doc] |= bit
    else:
        for doc, v, t in zip(docs, bests, ties, strict=True):
            tot[doc] = tot[doc] + v + t
            msk[doc] |= bit


def _collect(tot: list[float], msk: list[int]) -> tuple[dict[int, float], dict[int, int]]:
    """The per-article sums and masks of the articles some group matched, as dictionaries."""
    docs = list(compress(range(len(msk)), msk))
    return {d: tot[d] for d in docs}, {d: msk[d] for d in docs}
