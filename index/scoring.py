"""BM25 scores of query groups from the Whoosh postings (the first stage of `index.ranking`).

Per field with field boosts (title and keywords over body, curated keywords capped), the best
alternative of a group fully and the others a little, summed over the query's groups.
"""

from __future__ import annotations

import bisect
import math
from array import array
from typing import Any

from index.lru import LRU
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
        self._plain: frozenset[int] | None = None
        self._titles: dict[int, list[tuple[str, ...]]] | None = None

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
            for doc, tf in self._reader.postings(f, term).items_as("weight"):
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
        """
        totals: dict[int, float] = {}
        matched: dict[int, int] = {}
        weighted = [(gi, self._weighted_alts(g, text_only)) for gi, g in enumerate(groups)]
        weighted = [(gi, alts) for gi, alts in weighted if alts]
        common_df = (
            max(COMMON_GROUP_MIN_DF, int(self._ndocs * COMMON_GROUP_SHARE))
            if self._ndocs >= PRUNE_MIN_DOCS
            else self._ndocs + 1
        )
        if only is not None:
            for gi, alts in weighted:
                self._add_group(totals, matched, 1 << gi, alts, only)
            return totals, matched
        dfs = {gi: max(len(docs) for docs, _, _ in alts) for gi, alts in weighted}
        rare = [(gi, alts) for gi, alts in weighted if dfs[gi] < common_df]
        common = [(gi, alts) for gi, alts in weighted if dfs[gi] >= common_df]
        if not rare:
            rare, common = common, []
        for gi, alts in rare:
            self._add_group(totals, matched, 1 << gi, alts)
        if common:
            candidates = sorted(totals)
            for gi, alts in common:
                self._add_group(totals, matched, 1 << gi, alts, candidates)
        return totals, matched

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

    @staticmethod
    def _add_group(
        totals: dict[int, float],
        matched: dict[int, int],
        bit: int,
        alts: list[tuple[array[int], array[float], float]],
        only: list[int] | None = None,
    ) -> None:
        """Add one group's scores (to the `only` articles, sorted, if given)."""
        if only is not None:
            # Keep the candidates' postings: look each candidate up in the sorted postings, or
            # walk the postings when they are not much longer than the candidates.
            picked = []
            wanted = set(only) if any(len(d) < 4 * len(only) for d, _, _ in alts) else set()
            for docs, values, mult in alts:
                n = len(docs)
                if n < 4 * len(only):
                    pairs = [(d, v) for d, v in zip(docs, values, strict=True) if d in wanted]
                else:
                    pairs = []
                    for doc in only:
                        i = bisect.bisect_left(docs, doc)
                        if i < n and docs[i] == doc:
                            pairs.append((doc, values[i]))
                picked.append(([d for d, _ in pairs], [v for _, v in pairs], mult))
            alts = picked  # type: ignore[assignment]
        get_total = totals.get
        get_mask = matched.get
        if len(alts) == 1:
            docs, values, mult = alts[0]
            for doc, v in zip(docs, values, strict=True):
                totals[doc] = get_total(doc, 0.0) + mult * v
                matched[doc] = get_mask(doc, 0) | bit
            return
        best: dict[int, float] = {}
        rest: dict[int, float] = {}
        for docs, values, mult in alts:
            for doc, v in zip(docs, values, strict=True):
                sv = mult * v
                old = best.get(doc)
                if old is None:
                    best[doc] = sv
                elif sv > old:
                    best[doc] = sv
                    rest[doc] = rest.get(doc, 0.0) + old
                else:
                    rest[doc] = rest.get(doc, 0.0) + sv
        for doc, v in best.items():
            totals[doc] = get_total(doc, 0.0) + v + GROUP_TIEBREAK * rest.get(doc, 0.0)
            matched[doc] = get_mask(doc, 0) | bit
