"""Scoring articles from the Whoosh postings for a parsed query.

BM25 per field with field boosts (title and keywords over body, curated keywords capped)
summed per group, then multiplied by

- a coordination factor: the share of the query's weight (IDF) the article matched;
- phrase bonuses (`index.phrases`): a run of the query's words in a title or keyword phrase
  (stop words count here; "need to", "must" are "have to"), or two or more content words in
  a row in a sentence of the text (little words between do not break the run; three or more
  count more, and more again when only one answer's text holds them);
- a question-word bonus: "when", "where", "donde"... shared with the title (the question
  words proper count double);
- a title bonus: the share of the query's weight found in the title;
- a prior: reference pages (overview, About) count less unless their whole title was typed.

An article whose title the query says almost word for word comes first. See "Ranking across
packs" in docs/SEARCH.md.
"""

from __future__ import annotations

import bisect
import heapq
import math
from array import array
from typing import Any

from index.lru import LRU
from index.phrases import (
    longest_common_run,
    near_titles,
    phrase_bonus,
    unordered_phrase_bonus,
)
from index.query import QueryGroup
from index.schema import FIELD_BOOSTS, SEARCH_FIELDS
from index.snippets import ArticleText
from index.text import STOP_WORDS, phrase_keys, word_key, word_terms
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
# When articles without a curated keyword list (fewer than CURATED_WORDS keyword words: a
# page's import gives its section name) match a query, what keywords (and keyword phrases)
# add to an article's score on its own text counts at KEYWORD_DISCOUNT: a clinic's page has
# no keywords, and the built-in pack's long lists (many in Spanish or Creole) must not decide
# against another pack's text that answers the query better.
CURATED_WORDS = 20
KEYWORD_DISCOUNT = 0.5
KEYWORD_COVER_POWER = 1.0
# Multiplier 1 + TITLE_COVER_BONUS * share ** TITLE_COVER_POWER, where share is the part of
# the query's weight (IDF) found in an article's title: the title says what an answer is about,
# whichever pack it comes from and whether or not anyone wrote keywords for it.
TITLE_COVER_BONUS = 0.5
TITLE_COVER_POWER = 0.5
# Within a group, the best alternative counts fully and the others a little.
GROUP_TIEBREAK = 0.15
# Reference pages (the overview, About) mention a little of everything: a lower prior stops
# them taking queries meant for one answer; their own words still find them.
REFERENCE_PRIOR = 0.4
# Final score = relevance * (coordination ** COORD_POWER) * prior.
COORD_POWER = 0.5
# Multiplier per extra content word of a run shared with a sentence of the text, and how many
# of the best results are checked for such runs.
BODY_RUN_BONUS = 0.25
# And per content word beyond two: a run of three content words is a phrase of that answer.
BODY_LONG_RUN_BONUS = 0.25
# A run of three or more content words that only one answer's text holds.
UNIQUE_RUN_BONUS = 1.3
# Multiplier per unit of title IDF of a little word shared with a title (see
# question_word_bonus).
QUESTION_WORD_BONUS = 0.15
# The same for the question words proper ("where", "when", "how"...): asking "where" says more
# about the answer wanted than sharing "is" or "my" with its title.
INTERROGATIVE_BONUS = 0.3
INTERROGATIVES = frozenset({"what", "when", "where", "how", "who", "which", "why"})
RERANK_DEPTH = 12
# In an index of at least PRUNE_MIN_DOCS articles, a group held by at least COMMON_GROUP_SHARE
# of them (and COMMON_GROUP_MIN_DF) only adds to articles that a rarer group of the query
# found: an article holding none of the query's specific words cannot be the answer.
PRUNE_MIN_DOCS = 1000
COMMON_GROUP_SHARE = 0.1
COMMON_GROUP_MIN_DF = 100


def body_run_bonus(run: int) -> float:
    """The multiplier for a run of `run` content words shared with a sentence of the text."""
    if run < 2:
        return 1.0
    return 1.0 + BODY_RUN_BONUS * min(run - 1, 3) + BODY_LONG_RUN_BONUS * min(run - 2, 2)


class Ranker:
    """Ranks one index's articles for query groups (term statistics cached, bounded)."""

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
            if (f, term) not in self._reader or (text_only and f == "keywords"):
                continue
            norms = self._norms(f)
            scale = FIELD_BOOSTS[f] * (K1 + 1)
            into = curated if f == "keywords" else scores
            get = into.get
            for doc, tf in self._reader.postings(f, term).items_as("weight"):
                into[doc] = get(doc, 0.0) + scale * tf / (tf + norms[doc])
        for doc, v in curated.items():
            # Curated keywords are a boost, not a monopoly: bounded by what the article's own
            # text says of the word, and by a small floor when only the keywords hold it.
            text = scores.get(doc, 0.0)
            scores[doc] = text + min(v, max(KEYWORD_SHARE * text, KEYWORD_ONLY_CAP))
        docs = sorted(scores)
        packed = (array("i", docs), array("d", (scores[d] for d in docs)))
        return self._term_cache.put(key, packed)

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

    def _group_weight(self, g: QueryGroup) -> float:
        """How much a group matters for coordination: its most specific alternative's IDF.

        Only alternatives some article holds count: a form no article has (a Spanish stem of
        an English word) would otherwise look like the rarest word of all.
        """
        return max((self._idf(t) * w for t, w in g.alts.items() if self._df(t)), default=0.0)

    # -- scoring ----------------------------------------------------------------------------

    def _score(
        self, groups: list[QueryGroup], text_only: bool = False
    ) -> tuple[dict[int, float], dict[int, int]]:
        """BM25 per group (best alternative + a little of the rest), summed over groups.

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

    def _uncurated(self) -> frozenset[int]:
        """The articles without a curated keyword list (none, or a few words such as the
        section name a page's import gives) (cached)."""
        if self._plain is None:
            length = self._reader.doc_field_length
            self._plain = frozenset(
                d for d in range(self._ndocs) if (length(d, "keywords", 0) or 0) < CURATED_WORDS
            )
        return self._plain

    def _phrase_factors(
        self, groups: list[QueryGroup], toks: list[str] | None, titles_only: bool
    ) -> tuple[dict[int, float], set[int]]:
        """Phrase multipliers (ordered and unordered; of titles only if `titles_only`) and the
        articles whose whole title the query holds."""
        v = self._v
        bonus, whole = phrase_bonus(v, phrase_keys(toks), titles_only) if toks else ({}, set())
        for doc, factor in unordered_phrase_bonus(v, groups, titles_only).items():
            if factor > bonus.get(doc, 1.0):
                bonus[doc] = factor
        return bonus, whole

    @staticmethod
    def _multiply(
        totals: dict[int, float],
        matched: dict[int, int],
        weights: list[float],
        title_masks: dict[int, int],
        factor_maps: tuple[dict[int, float], ...],
    ) -> dict[int, float]:
        """Relevance times coordination, the given multipliers and the title bonus."""
        all_weight = sum(weights) or 1.0
        coord_of: dict[int, float] = {}
        for mask in set(matched.values()):
            share = sum(w for gi, w in enumerate(weights) if mask >> gi & 1) / all_weight
            coord_of[mask] = share**COORD_POWER
        scored = {doc: score * coord_of[matched[doc]] for doc, score in totals.items()}
        # The multipliers below concern a few articles each: applied to those only.
        for factors in factor_maps:
            for doc, factor in factors.items():
                if doc in scored:
                    scored[doc] *= factor
        cover_of: dict[int, float] = {}
        for doc, tmask in title_masks.items():
            if doc in scored:
                # The title says what the answer is about: the query's weight found in it.
                cover = cover_of.get(tmask)
                if cover is None:
                    tshare = sum(w for gi, w in enumerate(weights) if tmask >> gi & 1) / all_weight
                    cover = cover_of[tmask] = 1.0 + TITLE_COVER_BONUS * tshare**TITLE_COVER_POWER
                scored[doc] *= cover
        return scored

    def _keyword_discount(
        self,
        groups: list[QueryGroup],
        toks: list[str] | None,
        scored: dict[int, float],
        weights: list[float],
        title_masks: dict[int, int],
        question: dict[int, float],
    ) -> None:
        """When articles without curated keywords compete, keywords count at a discount.

        Scores the articles with curated keywords on their own text only (no keywords, no
        keyword phrases, same multipliers) and keeps KEYWORD_DISCOUNT of what the keywords
        added on top. Nothing changes when no article without keywords matched (the built-in
        pack alone), so the keywords still order the curated articles among themselves.
        """
        plain = self._uncurated()
        if not any(d in plain and d not in self._v.reference_docs for d in scored):
            return
        text, tmatched = self._score(groups, text_only=True)
        bonus, _ = self._phrase_factors(groups, toks, True)
        own = self._multiply(text, tmatched, weights, title_masks, (bonus, question))
        reference = self._v.reference_docs
        curated = sorted((full, doc) for doc, full in scored.items() if doc not in plain)
        all_weight = sum(weights) or 1.0
        floor = 0.0
        for full, doc in curated:
            mine = own.get(doc, 0.0)
            if doc in reference:
                mine *= REFERENCE_PRIOR
            # What the keywords add counts by the share of the query the article's own text
            # holds: keywords for words its text lacks say little about what it answers.
            mask = tmatched.get(doc, 0)
            cover = sum(w for gi, w in enumerate(weights) if mask >> gi & 1) / all_weight
            share = KEYWORD_DISCOUNT * cover**KEYWORD_COVER_POWER
            discounted = mine + share * (full - mine) if full > mine else full
            # Among themselves the curated articles keep their order (the keywords were
            # written to tell them apart): an article scores at least what any curated
            # article below it does.
            floor = max(floor, discounted)
            scored[doc] = min(full, floor)

    def _question_word_bonus(self, toks: list[str]) -> dict[int, float]:
        """Multipliers for titles sharing the query's rarer little words ("when", "where").

        Stop words are not searched, but "when is my check in" asks the question titled "...
        when it is, and where it will be?"; words found in most titles ("do", "i") weigh ~0.
        """
        lexicon = self._v.synonyms.lexicon
        out: dict[int, float] = {}
        asked = {lexicon.question_words.get(t, t) for t in toks}
        asked.update(
            lexicon.question_phrases[pair]
            for pair in zip(toks, toks[1:], strict=False)
            if pair in lexicon.question_phrases
        )
        for w in asked:
            idf = self._v.title_stop_idf.get(w)
            if not idf:
                continue
            per_idf = INTERROGATIVE_BONUS if w in INTERROGATIVES else QUESTION_WORD_BONUS
            for doc in self._v.docs_by_title_stop.get(w, ()):
                out[doc] = out.get(doc, 1.0) + per_idf * idf
        return out

    def _body_run(self, keys: list[str], docnum: int) -> int:
        """The most content words of the query in a row in one sentence of the text.

        Little words do not break a run ("released from detention" is "released detention", so
        "released detention" matches it; "my officers phone number" repeats "your ICE
        officer\u2019s phone number" as "officer phone number").
        """
        content_keys = [k for k in keys if k not in STOP_WORDS]
        if len(content_keys) < 2:
            return 0
        best = 0
        wanted = set(content_keys)
        for sentence_keys in self._text.content_keys(docnum):
            # Most sentences share fewer than two of the query's words: no run to look for.
            if len(wanted.intersection(sentence_keys)) < 2:
                continue
            run = longest_common_run(content_keys, sentence_keys)[1]
            if run > best:
                best = run
        return best

    def rank(
        self, groups: list[QueryGroup], toks: list[str] | None = None, depth: int = 10
    ) -> list[tuple[float, int]]:
        """The best `depth` (or more) articles as (score, docnum), best first."""
        totals, matched = self._score(groups)
        keys = [word_key(w) for w in toks] if toks else []
        # A word no article holds says nothing about which article is meant.
        weights = [self._group_weight(g) if self._group_df(g) else 0.0 for g in groups]
        title_masks = self._title_masks(groups)
        question = self._question_word_bonus(toks) if toks else {}
        bonus, whole_titles = self._phrase_factors(groups, toks, False)
        scored = self._multiply(totals, matched, weights, title_masks, (bonus, question))
        for doc in self._v.reference_docs:
            if doc in scored and doc not in whole_titles:
                # (Whoever types a reference page's whole title wants that page.)
                scored[doc] *= REFERENCE_PRIOR
        self._keyword_discount(groups, toks, scored, weights, title_masks, question)
        # Documents are numbered in display order, so ties go to the earlier article.
        best = heapq.nlargest(
            max(depth, RERANK_DEPTH), ((score, -doc) for doc, score in scored.items())
        )
        ranked = [(score, -neg) for score, neg in best]
        if len(keys) > 1:
            # Runs of the query's words in an article's text, checked for the best few only.
            runs = [self._body_run(keys, doc) for _, doc in ranked[:RERANK_DEPTH]]
            longest = max(runs, default=0)
            unique = longest >= 3 and runs.count(longest) == 1
            top = []
            for (score, doc), run in zip(ranked[:RERANK_DEPTH], runs, strict=True):
                score *= body_run_bonus(run)
                if unique and run == longest:
                    # Only this answer's text holds the phrase.
                    score *= UNIQUE_RUN_BONUS
                top.append((score, doc))
            ranked[:RERANK_DEPTH] = sorted(top, key=lambda r: (-r[0], r[1]))
        near = near_titles(self._v, toks) & totals.keys() if toks else set()
        if near:
            # A title said almost word for word comes first, whatever other packs' keywords.
            first = {doc: score for score, doc in ranked if doc in near}
            for doc in near - first.keys():
                first[doc] = totals[doc]
            rest = [r for r in ranked if r[1] not in near]
            ranked = sorted(((s, d) for d, s in first.items()), key=lambda r: (-r[0], r[1]))
            ranked += rest
        return ranked

    def closest(self, toks: list[str]) -> list[tuple[float, int]]:
        """Articles for a query that matched nothing: loose spelling matches, else the start."""
        groups = []
        vocab = self._v.completion_sorted
        for w in toks:
            if len(w) < 3:
                continue
            g = QueryGroup(w)
            start = bisect.bisect_left(vocab, w[:3])
            cands = []
            for cand in vocab[start:]:
                if not cand.startswith(w[:3]):
                    break
                cands.append(cand)
            # The commonest few words sharing the first three letters.
            for cand in heapq.nlargest(20, cands, key=lambda c: self._v.completion.get(c, (0, 0))):
                for t in word_terms(cand):
                    g.add(t, 0.5)
            if g.alts:
                groups.append(g)
        ranked = self.rank(groups) if groups else []
        if ranked:
            return ranked
        # Articles are indexed in display order.
        return [(0.0, d) for d in range(self._ndocs)]
