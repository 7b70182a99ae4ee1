"""Scoring articles from the Whoosh postings for a parsed query.

BM25 per field with field boosts (title and keywords over body, curated keywords capped;
`index.scoring`) summed per group, then multiplied by

- a coordination factor: the share of the query's weight (IDF) the article matched;
- phrase bonuses (`index.phrases`): a run of the query's words in a title or keyword phrase
  (stop words count here; "need to", "must" are "have to"), or two or more content words in
  a row in a sentence of the text (little words between do not break the run; three or more
  count more, and more again when only one answer's text holds them);
- a question-word bonus: "when", "where", "donde"... shared with the title (the question
  words proper count double);
- a title bonus: the share of the query's weight found in the title, times the part of the
  title's content words the query says (more for an article without curated keywords);
- a prior: reference pages (overview, About) count less unless their whole title was typed.

When articles without curated keywords (another pack's) match too, what keywords add to a
curated article counts at a discount (see KEYWORD_DISCOUNT). An article whose title the query
says almost word for word comes first. See "Ranking across
packs" in docs/SEARCH.md.
"""

from __future__ import annotations

import bisect
import heapq
from functools import lru_cache

from index.langid import query_language, says_not
from index.phrases import (
    longest_common_run,
    near_titles,
    phrase_bonus,
    unordered_phrase_bonus,
)
from index.query import QueryGroup
from index.scoring import TermScorer
from index.text import STOP_WORDS, phrase_keys, word_key, word_terms

# When articles without a curated keyword list (fewer than CURATED_WORDS keyword words: a
# page's import gives its section name) match a query, what keywords (and keyword phrases)
# add to an article's score on its own text counts at KEYWORD_DISCOUNT: a clinic's page has
# no keywords, and the built-in pack's long lists (many in Spanish or Creole) must not decide
# against another pack's text that answers the query better.
CURATED_WORDS = 20
KEYWORD_DISCOUNT = 0.5
# For a query in another language than English: the built-in pack's keywords hold many
# Spanish, Portuguese, French and Creole words as typed, which another pack's English text
# reaches only through translations (at a lower weight).
FOREIGN_KEYWORD_DISCOUNT = 0.35
# That share is multiplied by (the query's share the article holds / the largest share an
# article without keywords holds) to this power when below 1: keywords for the topic do not
# make up for a concept of the query the article lacks and another pack's answer holds ("the
# ankle bracelet is too tight").
KEYWORD_MISSING_POWER = 4.0
KEYWORD_COVER_POWER = 1.0
KEYWORD_PHRASE_CAP = True
RESCORE_DEPTH = 24
# Multiplier 1 + TITLE_COVER_BONUS * share ** TITLE_COVER_POWER * said, where share is the
# part of the query's weight (IDF) found in an article's title and said the part of the
# title's content words the query holds: the title says what an answer is about, whichever
# pack it comes from and whether or not anyone wrote keywords for it, and a query that says
# most of a title asks that question ("can i change the date of my ice appointment"), where
# one word of a long title does not ("isap" and "Why would an ISAP officer visit my home?").
TITLE_COVER_BONUS = 1.0
TITLE_COVER_POWER = 0.75
# For an article without curated keywords (another pack's) the title is all that says what it
# answers: its title counts this much instead.
PLAIN_TITLE_COVER_BONUS = 1.5
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
# A pack's answer that holds every part of the query a curated (built-in) answer holds, at
# least this many parts, and scores at least this share of it, comes just above it.
SAME_QUESTION_SHARE = 0.9
SAME_QUESTION_PARTS = 3
SAME_QUESTION_DEPTH = 6
# A question of cost alone ("is it free?", "cuanto cobran", "eske se gratis") asks the
# organisation's own cost question ("Do your services cost anything?"), not the cost of one
# thing it helps with: such an answer's score counts this much more.
GENERAL_COST_BONUS = 3.0
COST_WORDS = frozenset(
    {"cost", "costs", "fee", "fees", "price", "free", "pay", "paid", "payment", "charge", "charges"}
    | {"money", "cheap"}
)
# The words of cost in such a title ("pay" is often the person's own: "help me pay rent").
TITLE_COST_WORDS = frozenset({"cost", "costs", "fee", "fees", "price", "free", "charge", "charges"})
# Words a cost question may hold beside the cost ("is your help free", "the consultation",
# "cuanto cobran": "how much").
GENERIC_WORDS = frozenset(
    {"help", "service", "services", "assistance", "anything", "something", "thing", "consultation"}
    | {"much", "many"}
)
# A title's word that makes its cost question the place's own ("does it cost anything?").
ANYTHING_WORDS = frozenset({"anything"})
TITLE_RUNS = True
TYPED_CAP_IN_WEIGHT = True


@lru_cache(maxsize=4)
def _terms_of(words: frozenset[str]) -> frozenset[str]:
    """The index terms of a set of English words."""
    return frozenset(t for w in words for t in word_terms(w))


def body_run_bonus(run: int) -> float:
    """The multiplier for a run of `run` content words shared with a sentence of the text."""
    if run < 2:
        return 1.0
    return 1.0 + BODY_RUN_BONUS * min(run - 1, 3) + BODY_LONG_RUN_BONUS * min(run - 2, 2)


class Ranker(TermScorer):
    """Ranks one index's articles for query groups (term statistics cached, bounded)."""

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
        self,
        groups: list[QueryGroup],
        toks: list[str] | None,
        titles_only: bool,
        keyword_cap: bool = False,
    ) -> tuple[dict[int, float], set[int]]:
        """Phrase multipliers (ordered and unordered; of titles only if `titles_only`; keyword
        phrases capped if `keyword_cap`) and the articles whose whole title the query holds."""
        v = self._v
        keys = phrase_keys(toks) if toks else []
        bonus, whole = phrase_bonus(v, keys, titles_only, keyword_cap) if toks else ({}, set())
        for doc, factor in unordered_phrase_bonus(v, groups, titles_only).items():
            if factor > bonus.get(doc, 1.0):
                bonus[doc] = factor
        return bonus, whole

    @staticmethod
    def _multiply(
        totals: dict[int, float],
        matched: dict[int, int],
        weights: list[float],
        factor_maps: tuple[dict[int, float], ...],
    ) -> dict[int, float]:
        """Relevance times coordination and the given multipliers."""
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
        return scored

    def _title_key_sets(self) -> dict[int, frozenset[str]]:
        """Per article, the keys of its title's content words (made on first use)."""
        if self._title_sets is None:
            self._title_sets = {
                doc: frozenset(k for phrase in phrases for k in phrase)
                for doc, phrases in self._title_keys().items()
            }
        return self._title_sets

    def _title_factors(self, groups: list[QueryGroup], weights: list[float]) -> dict[int, float]:
        """The title bonus of the articles whose title holds some of the query's words."""
        all_weight = sum(weights) or 1.0
        plain = self._uncurated()
        said: set[str] = set()
        for g in groups:
            said.update(g.alts)
        title_sets = self._title_key_sets()
        share_of: dict[int, float] = {}
        out: dict[int, float] = {}
        for doc, tmask in self._title_masks(groups).items():
            share = share_of.get(tmask)
            if share is None:
                tshare = sum(w for gi, w in enumerate(weights) if tmask >> gi & 1) / all_weight
                share = share_of[tmask] = tshare**TITLE_COVER_POWER
            keys = title_sets.get(doc)
            if not share or not keys:
                continue
            bonus = PLAIN_TITLE_COVER_BONUS if doc in plain else TITLE_COVER_BONUS
            out[doc] = 1.0 + bonus * share * len(keys & said) / len(keys)
        return out

    def _reference_prior(self, scored: dict[int, float], whole_titles: set[int]) -> None:
        """Reference pages count less, unless their whole title was typed."""
        for doc in self._v.reference_docs:
            if doc in scored and doc not in whole_titles:
                scored[doc] *= REFERENCE_PRIOR

    def _keyword_discount(
        self,
        groups: list[QueryGroup],
        toks: list[str] | None,
        relevance: tuple[dict[int, float], dict[int, int]],
        scored: dict[int, float],
        weights: list[float],
        titles: dict[int, float],
        question: dict[int, float],
        whole_titles: set[int],
    ) -> None:
        """When articles without curated keywords compete, keywords count at a discount.

        Scores the articles with curated keywords on their own text only (no keywords, no
        keyword phrases, same multipliers) and keeps a share of what the keywords added on top
        (KEYWORD_DISCOUNT times the share of the query the own text holds), a keyword phrase
        typed as is counting no more than a title reached through translations. Nothing
        changes when no article without keywords matched (the built-in pack alone), and the
        curated articles keep their order among themselves.
        """
        plain = self._uncurated()
        if not any(d in plain and d not in self._v.reference_docs for d in scored):
            return
        # Only the best curated articles are scored again; those below them keep their order
        # and stay below (scaled as the lowest of the best).
        everyone = ((full, doc) for doc, full in scored.items() if doc not in plain)
        curated = sorted(heapq.nlargest(RESCORE_DEPTH, everyone))
        docs = sorted(doc for _, doc in curated)
        text, tmatched = self._score(groups, text_only=True, only=docs)
        bonus, _ = self._phrase_factors(groups, toks, True)
        own = self._multiply(text, tmatched, weights, (bonus, question, titles))
        self._reference_prior(own, whole_titles)
        bonus, _ = self._phrase_factors(groups, toks, False, KEYWORD_PHRASE_CAP)
        totals, matched = relevance
        mine_only = {doc: totals[doc] for doc in docs}
        capped = self._multiply(mine_only, matched, weights, (bonus, question, titles))
        self._reference_prior(capped, whole_titles)
        all_weight = sum(weights) or 1.0
        english = not toks or query_language(toks) == "en"
        discount = KEYWORD_DISCOUNT if english else FOREIGN_KEYWORD_DISCOUNT

        def share_of(mask: int) -> float:
            return sum(w for gi, w in enumerate(weights) if mask >> gi & 1) / all_weight

        # The largest share of the query an article without keywords holds.
        references = self._v.reference_docs
        best_plain = max(
            (share_of(matched[d]) for d in scored if d in plain and d not in references),
            default=0.0,
        )
        floor = 0.0
        for full, doc in curated:
            mine = own.get(doc, 0.0)
            most = min(full, capped[doc])
            # What the keywords add counts by the share of the query the article's own text
            # holds: keywords for words its text lacks say little about what it answers.
            mask = tmatched.get(doc, 0)
            cover = sum(w for gi, w in enumerate(weights) if mask >> gi & 1) / all_weight
            share = discount * cover**KEYWORD_COVER_POWER
            if best_plain > 0.0:
                held = share_of(matched.get(doc, 0)) / best_plain
                share *= min(1.0, held) ** KEYWORD_MISSING_POWER
            discounted = mine + share * (most - mine) if most > mine else most
            # Among themselves the curated articles keep their order (the keywords were
            # written to tell them apart): an article scores at least what any curated
            # article below it does.
            # (Strictly above it: a tie would fall back on the articles' order.)
            floor = max(floor * (1.0 + 1e-6), discounted)
            scored[doc] = min(full, floor)
        lowest_full, lowest = curated[0] if curated else (0.0, -1)
        if lowest_full > 0.0 and len(scored) > len(curated):
            ratio = scored[lowest] / lowest_full
            rescored = set(docs)
            for doc, full in scored.items():
                if full <= lowest_full and doc not in plain and doc not in rescored:
                    scored[doc] = full * ratio

    def _same_question_first(
        self, scored: dict[int, float], matched: dict[int, int], plain: frozenset[int]
    ) -> None:
        """Puts a pack's answer just above a curated answer it matches as well.

        When an article without curated keywords holds every part of the query that a curated
        article among the best holds (three parts or more), and scores within
        SAME_QUESTION_SHARE of it, the two answer the same question ("Can I change the date of
        my ICE appointment?" on a clinic's page, beside the built-in answer on check-ins that
        cannot be attended): the pack's answer, written for the people who installed it, is
        put just above. Fewer parts in common say too little ("que significa ice").
        """
        refs = self._v.reference_docs
        best = heapq.nlargest(SAME_QUESTION_DEPTH, ((sc, d) for d, sc in scored.items()))
        packs = [d for _, d in best if d in plain and d not in refs]
        for score, doc in best:
            parts = matched.get(doc, 0)
            if doc in plain or doc in refs or parts.bit_count() < SAME_QUESTION_PARTS:
                continue
            for other in packs:
                mine = scored[other]
                if SAME_QUESTION_SHARE * score <= mine < score and (
                    matched.get(other, 0) & parts == parts
                ):
                    scored[other] = score * (1.0 + 1e-6)

    def _own_cost_questions(self) -> frozenset[int]:
        """The articles whose title asks the organisation's own cost: it speaks of cost and is
        put to "you" or asks whether "it" costs "anything" ("Who runs the Help Desk, and does
        it cost anything?") (cached)."""
        if self._own_cost_docs is None:
            titles = self._title_key_sets()
            cost, anything = _terms_of(TITLE_COST_WORDS), _terms_of(ANYTHING_WORDS)
            addressed = set(self._v.docs_by_title_stop.get("you", ()))
            self._own_cost_docs = frozenset(
                doc
                for doc, keys in titles.items()
                if not cost.isdisjoint(keys) and (doc in addressed or not anything.isdisjoint(keys))
            )
        return self._own_cost_docs

    def _general_cost_first(self, groups: list[QueryGroup], scored: dict[int, float]) -> None:
        """Raise the answers to the organisation's own cost question (`_own_cost_questions`)
        for a query that asks the cost alone: every group but its cost words is a generic word
        or in that title."""
        cost, generic = _terms_of(COST_WORDS), _terms_of(GENERIC_WORDS)
        costly = {gi for gi, g in enumerate(groups) if not cost.isdisjoint(g.alts)}
        if not costly:
            return
        rest = [
            gi for gi, g in enumerate(groups) if gi not in costly and generic.isdisjoint(g.alts)
        ]
        masks: dict[int, int] | None = None
        for doc in self._own_cost_questions():
            if doc not in scored:
                continue
            if rest:
                masks = self._title_masks(groups) if masks is None else masks
                if any(not masks.get(doc, 0) >> gi & 1 for gi in rest):
                    continue
            scored[doc] *= GENERAL_COST_BONUS

    def _question_word_bonus(self, toks: list[str]) -> dict[int, float]:
        """Multipliers for titles sharing the query's rarer little words ("when", "where").

        Stop words are not searched, but "when is my check in" asks the question titled "...
        when it is, and where it will be?"; words found in most titles ("do", "i") weigh ~0.
        """
        lexicon = self._v.synonyms.lexicon
        out: dict[int, float] = {}
        asked = {lexicon.question_words.get(t, t) for t in toks}
        if says_not(toks):
            asked.add("not")
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

    def _title_keys(self) -> dict[int, list[tuple[str, ...]]]:
        """Per article, its title's content words' keys (made on first use)."""
        if self._titles is None:
            v = self._v
            titles: dict[int, list[tuple[str, ...]]] = {}
            for pid in v.title_phrases:
                doc, phrase = v.phrases[pid]
                titles.setdefault(doc, []).append(tuple(k for k in phrase if k not in STOP_WORDS))
            self._titles = titles
        return self._titles

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
        sentences = self._text.content_keys(docnum)
        if TITLE_RUNS:
            # The title is a sentence of the answer too: a short answer often says its subject
            # only there ("How long do I have to charge my ankle monitor each day?").
            sentences = [*self._title_keys().get(docnum, ()), *sentences]
        for sentence_keys in sentences:
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
        plain = self._uncurated()
        # Articles without curated keywords (another pack's) compete: a word as typed that
        # only some curated keywords hold weighs no more than its translations here either.
        competing = any(d in plain and d not in self._v.reference_docs for d in totals)
        mixed = TYPED_CAP_IN_WEIGHT and competing
        weights = [self._group_weight(g, mixed) if self._group_df(g) else 0.0 for g in groups]
        titles = self._title_factors(groups, weights)
        question = self._question_word_bonus(toks) if toks else {}
        bonus, whole_titles = self._phrase_factors(groups, toks, False)
        scored = self._multiply(totals, matched, weights, (bonus, question, titles))
        self._reference_prior(scored, whole_titles)
        self._keyword_discount(
            groups, toks, (totals, matched), scored, weights, titles, question, whole_titles
        )
        if competing:
            self._same_question_first(scored, matched, plain)
        self._general_cost_first(groups, scored)
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
