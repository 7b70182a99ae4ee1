"""Find the right answer for what a person types: offline, forgiving, and never raising.

A `Searcher` is one opened index. It owns everything it searches with (no module-level
tables): its `Vocabulary` (from the index and the JSON sidecar built with it), a `QueryParser`
(`index.query`: words, phrases, synonyms, corrections from `index.spelling`), a `Ranker`
(`index.ranking`: BM25 from Whoosh's postings and the phrase and question-word bonuses) and the
articles' sentences for snippets (`index.snippets`). See docs/SEARCH.md.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.lru import LRU
from index.opening import INDEX_NAME
from index.query import MAX_QUERY_WORDS, QueryParser, clean_query
from index.ranking import Ranker, body_run_bonus
from index.schema import VOCABULARY_FILE, build_schema
from index.snippets import ArticleText, highlight_snippet
from index.spelling import Speller
from index.text import WORD_RE, fold_for_search, normalize_apostrophes, words
from index.vocabulary import Vocabulary, phrase_suffixes

__all__ = [
    "MAX_QUERY_WORDS",
    "SearchHit",
    "SearchResponse",
    "Searcher",
    "body_run_bonus",
    "clean_query",
    "highlight_snippet",
]

# Articles whose sentences are prepared in idle time after opening (the bundled content is ~14).
WARM_DOCS = 64


@dataclass(frozen=True)
class SearchHit:
    """One answer found. `title`/`summary` are plain text; `snippet` is HTML-escaped text
    with matched words in <b class="match">."""

    id: str
    title: str
    summary: str
    snippet: str
    score: float


@dataclass(frozen=True)
class SearchResponse:
    """The answers for one query, best first, with a "did you mean" suggestion."""

    query: str
    hits: list[SearchHit]
    suggestion: str | None
    closest: bool = False  # True when nothing matched and hits are the closest articles instead
    terms: tuple[str, ...] = ()  # words to highlight in an opened answer


class Searcher:
    """An open index answering searches and completions; keep one open for the app's life."""

    def __init__(self, ix: Any, vocabulary: dict[str, Any], debug: bool | None = None) -> None:
        # debug: let internal errors escape instead of answering "no hits" (tests turn it on;
        # None follows the CHECKIN_HELP_DEBUG environment variable).
        self.debug = bool(os.environ.get("CHECKIN_HELP_DEBUG")) if debug is None else debug
        self._ix = ix
        self._reader = ix.reader()
        self._lock = threading.RLock()
        self.vocabulary = Vocabulary.load(self._reader, vocabulary)
        self._text = ArticleText(self._reader)
        self._speller = Speller(self.vocabulary)
        self._parser = QueryParser(self.vocabulary, self._speller)
        self._ranker = Ranker(self._reader, self.vocabulary, self._text)
        self._complete_cache = LRU(2048)
        self._answer_phrases: tuple[tuple[str, int, int], ...] | None = None

    @classmethod
    def open(cls, index_dir: Path, ix: Any = None, debug: bool | None = None) -> Searcher:
        """Open an index folder read-only (never writes to it; works in Program Files).

        `ix`: the folder's Whoosh index already opened (see `index.opening.open_checked_index`);
        the searcher then owns it.
        """
        if ix is None:
            from whoosh import index as whoosh_index

            ix = whoosh_index.open_dir(
                str(index_dir), indexname=INDEX_NAME, readonly=True, schema=build_schema()
            )
        try:
            vocabulary = json.loads((Path(index_dir) / VOCABULARY_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            # Without it search still works; only completion and corrections are poorer.
            vocabulary = {}
        return cls(ix, vocabulary if isinstance(vocabulary, dict) else {}, debug=debug)

    def close(self) -> None:
        """Release the index files."""
        with self._lock:
            self._reader.close()
            self._ix.close()

    def __enter__(self) -> Searcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def warm_up(self, max_docs: int = WARM_DOCS) -> None:
        """Read now (in idle time, from any thread) what the first searches otherwise read:
        the language lists, dictionaries and everyday tables (module-wide, read once per
        process), the speller's common words, and the first articles' sentences. Without it
        the first key press after start-up pays ~150 ms for them. Never raises."""
        from index import dictionaries, langid, thesaurus

        try:
            self.vocabulary.tables.get()  # the lexicon and the stemmed tables
            langid.load_tables()
            dictionaries.load_tables()
            thesaurus.load_tables()
            with self._lock:
                self._speller.common_by_length()
        except Exception:  # noqa: BLE001 - only a head start; searching still works without it
            if self.debug:
                raise
        self.prepare_snippets(max_docs)

    def prepare_snippets(self, max_docs: int = WARM_DOCS) -> None:
        """Split and analyse the first articles' sentences now (in idle time), not mid-typing.

        The first search to show an article otherwise pays for splitting its sentences, and
        the first search of all for the fields' length normalisation (a few ms in a pack of
        thousands of articles). Never raises.
        """
        try:
            with self._lock:
                self._ranker.prepare()
                for docnum in range(min(self.vocabulary.ndocs, max(0, max_docs))):
                    self._text.content_keys(docnum)
        except Exception:  # noqa: BLE001 - only a head start; searching still works without it
            if self.debug:
                raise

    def search(self, query: str, limit: int = 10) -> SearchResponse:
        """Answers for any string, best first; never raises (a broken input gives no hits)."""
        try:
            with self._lock:
                return self._search(query, limit)
        except Exception:  # noqa: BLE001 - a search box must never crash the app
            if self.debug:
                raise
            return SearchResponse(
                query=query if isinstance(query, str) else "", hits=[], suggestion=None
            )

    def _search(self, query: str, limit: int) -> SearchResponse:
        limit = max(1, min(int(limit), 100))
        parsed = self._parser.parse(query)
        groups, corrections, toks = parsed.groups, parsed.corrections, parsed.words
        suggestion = None
        if corrections:
            suggestion = " ".join(corrections.get(w, w) for w in toks)
        terms_out: list[str] = []
        for g in groups:
            for s in g.surface:
                if s not in terms_out:
                    terms_out.append(s)
        fixed_toks = [corrections.get(w, w) for w in toks[: MAX_QUERY_WORDS * 3]]
        ranked = self._ranker.rank(groups, fixed_toks, limit) if groups else []
        closest = False
        if not ranked:
            if not toks:
                return SearchResponse(query, [], None, False, ())
            # Nothing matched a real question: offer the closest articles rather than nothing.
            closest = True
            ranked = self._ranker.closest(toks)
        all_terms: set[str] = set()
        for g in groups:
            all_terms.update(g.alts)
        hits = []
        for score, doc in ranked[:limit]:
            stored = self._text.stored(doc)
            hits.append(
                SearchHit(
                    id=str(stored["id"]),
                    title=str(stored.get("title", "")),
                    summary=str(stored.get("summary", "")),
                    snippet=self._text.snippet(doc, all_terms),
                    score=round(float(score), 4),
                )
            )
        return SearchResponse(query, hits, suggestion, closest, tuple(terms_out))

    def complete(self, text: str, limit: int = 8) -> list[str]:
        """Words completing the last word being typed, commonest first ("pass" -> "passport")."""
        try:
            with self._lock:
                return self._complete(text, limit)
        except Exception:  # noqa: BLE001 - typing must never crash the app
            if self.debug:
                raise
            return []

    def complete_answers(self, text: str, limit: int = 5) -> list[str]:
        """Ids of answers whose title or a heading continues what is typed ("work permit ca" ->
        "My work permit card was lost..."), those whose title starts so first; [] for fewer than
        three letters. Show the titles from the verified articles, never from the index."""
        try:
            with self._lock:
                return self._complete_answers(text, limit)
        except Exception:  # noqa: BLE001 - typing must never crash the app
            if self.debug:
                raise
            return []

    def _complete_answers(self, text: str, limit: int) -> list[str]:
        text = clean_query(text)
        typed = " ".join(words(text))
        if text[-1:].isspace() and typed:
            typed += " "  # a finished word: "work " is not "workers"
        if len(typed.strip()) < 3 or len(typed) > 200:
            return []
        limit = max(0, min(int(limit), 50))
        if self._answer_phrases is None:
            # Made on first use: opening the index (start-up) does not pay for it.
            self._answer_phrases = phrase_suffixes(self.vocabulary.answer_phrases)
        phrases = self._answer_phrases
        start = bisect.bisect_left(phrases, (typed,))
        found: list[tuple[int, int]] = []  # (words left out at the start, article)
        for phrase, skipped, doc in phrases[start:]:
            if not phrase.startswith(typed):
                break
            found.append((skipped, doc))
        out: list[str] = []
        for _, doc in sorted(found):
            article_id = str(self._text.stored(doc)["id"])
            if article_id not in out:
                out.append(article_id)
                if len(out) >= limit:
                    break
        return out

    def _complete(self, text: str, limit: int) -> list[str]:
        text = clean_query(text)
        m = re.search(WORD_RE.pattern + r"$", text)
        if not m:
            return []
        prefix = fold_for_search(normalize_apostrophes(m.group()))
        if not prefix or len(prefix) > 40:
            return []
        limit = max(0, min(int(limit), 50))
        cached = self._complete_cache.get(prefix)
        if cached is None:
            vocab = self.vocabulary.completion
            ordered = self.vocabulary.completion_sorted
            start = bisect.bisect_left(ordered, prefix)
            cands = []
            for w in ordered[start:]:
                if not w.startswith(prefix):
                    break
                if w != prefix:
                    cands.append(w)
            # Commonest first: in most articles, then most often, then shortest.
            cands.sort(key=lambda w: (-vocab[w][0], -vocab[w][1], len(w), w))
            cached = self._complete_cache.put(prefix, cands[:50])
        return list(cached[:limit])
