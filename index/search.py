"""Find the right answer for what a person types: offline, forgiving, and never raising.

User text never reaches Whoosh's QueryParser (it raises on "I can NOT OR will not go"); no
query language is parsed at all. The text is cut into words (capped), texting forms and misspelt
little words are written out ("wen" -> "when", "ur" -> "your"), and each content word, phone
number (as its digits, in any punctuation), form code or web address (joined: "i 385" is the
index's "i385", "checkin ice gov" its "checkinicegov") or known phrase (matched by stems, so "picking it
up" is "pick up") becomes a group of index terms: its English and Spanish stems, synonyms from
the curated table (also for other conjugations of a listed Spanish verb), or a spelling
correction taken from the index's own vocabulary (Damerau edit distance, then document
frequency). Articles are scored here from the Whoosh postings: BM25 per
field with field boosts (title and keywords over body) summed per group, then multiplied by

- a coordination factor: the share of the query's weight (IDF) the article matched;
- phrase bonuses: a run of the query's words in a title or keyword phrase (stop words count
  here; "need to", "must" are "have to"), or two or more content words in a row in a
  sentence of the text (little words between do not break the run; three or more count
  more, and more again when only one answer's text holds them);
- a question-word bonus: "when", "where", "donde"... shared with the title (the question
  words proper count double);
- a prior: reference pages (overview, About) count less unless their whole title was typed.

The Whoosh index supplies postings, field lengths and stored text; a JSON sidecar built with it
supplies the vocabulary (completion, corrections) and the title/keyword phrases.
"""

from __future__ import annotations

import bisect
import heapq
import html
import json
import math
import os
import re
import threading
import unicodedata
from array import array
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.analysis import (
    STOP_WORDS,
    WORD_RE,
    damerau_distance,
    fold,
    is_stop,
    join_typed_codes,
    normalize_apostrophes,
    phone_terms,
    phrase_keys,
    spanish_stem,
    stems,
    word_key,
    word_terms,
    words,
)
from index.opening import INDEX_NAME
from index.render import MATCH_CLOSE, MATCH_OPEN, split_sentences
from index.schema import (
    FIELD_BOOSTS,
    SEARCH_FIELDS,
    VOCABULARY_FILE,
    build_schema,
)
from index.synonyms import (
    COMMON_WORDS,
    QUESTION_PHRASES,
    QUESTION_WORDS,
    SYNONYMS,
    normalise_informal,
    phrases_by_first_key,
    synonyms_by_stem,
    use_tables,
)

# Bounds that keep any input cheap: characters looked at, and words used.
MAX_QUERY_CHARS = 2000
MAX_QUERY_WORDS = 24
# BM25 parameters. Small documents: a little less length normalisation than usual.
K1 = 1.2
FIELD_B = {"title": 0.5, "keywords": 0.3, "summary": 0.5, "body": 0.6}
# How much an alternative counts relative to the word as typed.
SYNONYM_WEIGHT = 0.75
CORRECTION_WEIGHT = 0.8
# The words of a synonym-table phrase taken one by one ("get" of "get through"): an idiom means
# its synonyms more than its words.
PHRASE_WORD_WEIGHT = 0.5
# The parts of a phone number ("888", "4024") count a little beside its digits-only token.
PHONE_PART_WEIGHT = 0.3
# A form code or web address ("i385", "checkinicegov") names one thing exactly: it counts more
# than a word.
JOINED_WEIGHT = 2.0
# Little words a synonym phrase may skip between its words ("take it off" for "take off").
MAX_PHRASE_GAP = 2
# Within a group, the best alternative counts fully and the others a little.
GROUP_TIEBREAK = 0.15
# Reference pages (the overview, About) mention a little of everything: a lower prior stops
# them taking queries meant for one answer; their own words still find them.
REFERENCE_PRIOR = 0.4
# Final score = relevance * (coordination ** COORD_POWER) * prior.
COORD_POWER = 0.5
SNIPPET_CHARS = 220
# Articles whose sentences are prepared in idle time after opening (the bundled content is ~14).
WARM_DOCS = 64
# Multiplier per extra word of a run shared with a title or keyword phrase (see _phrase_bonus).
PHRASE_BONUS = 0.5
PHRASE_COVER_POWER = 2.0
# Multiplier per extra content word of a run shared with a sentence of the text, and how many
# of the best results are checked for such runs.
BODY_RUN_BONUS = 0.25
# And per content word beyond two: a run of three content words is a phrase of that answer.
BODY_LONG_RUN_BONUS = 0.25
# A run of three or more content words that only one answer's text holds.
UNIQUE_RUN_BONUS = 1.3
# Multiplier per unit of title IDF of a little word shared with a title (see
# _question_word_bonus).
QUESTION_WORD_BONUS = 0.15
# The same for the question words proper ("where", "when", "how"...): asking "where" says more
# about the answer wanted than sharing "is" or "my" with its title.
INTERROGATIVE_BONUS = 0.3
INTERROGATIVES = frozenset({"what", "when", "where", "how", "who", "which", "why"})
RERANK_DEPTH = 12


def longest_common_run(a: list[str], b: tuple[str, ...] | list[str]) -> tuple[int, int]:
    """The longest run of consecutive keys found in both: (length, content words in it).

    Only runs holding at least one content word count ("what is ice" does, "what is" not).
    """
    best = (0, 0)
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        ai = a[i - 1]
        for j in range(1, len(b) + 1):
            if ai == b[j - 1]:
                n = cur[j] = prev[j - 1] + 1
                if n > best[0]:
                    content = sum(1 for w in a[i - n : i] if not _is_stop_key(w))
                    if content:
                        best = (n, content)
        prev = cur
    return best


def _is_stop_key(key: str) -> bool:
    return key in STOP_WORDS


def body_run_bonus(run: int) -> float:
    """The multiplier for a run of `run` content words shared with a sentence of the text."""
    if run < 2:
        return 1.0
    return 1.0 + BODY_RUN_BONUS * min(run - 1, 3) + BODY_LONG_RUN_BONUS * min(run - 2, 2)


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


@dataclass
class _Group:
    """One typed word or phrase and the weighted index terms that stand for it."""

    label: str
    alts: dict[str, float] = field(default_factory=dict)  # index term -> weight
    surface: list[str] = field(default_factory=list)  # words to highlight

    def add(self, term: str, weight: float) -> None:
        """Add an alternative term (keeping the best weight)."""
        if weight > self.alts.get(term, 0.0):
            self.alts[term] = weight


def clean_query(text: str) -> str:
    """The query with control, format and surrogate characters replaced by spaces, capped."""
    text = text[:MAX_QUERY_CHARS]
    if text.isascii() and text.isprintable():
        return text
    return "".join(
        " " if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp") else c
        for c in text
    )


class _LRU(OrderedDict[Any, Any]):
    """A tiny bounded cache."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def put(self, key: Any, value: Any) -> Any:
        """Store and return value, evicting the oldest entry when full."""
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)
        return value


class Searcher:
    """An open index answering searches and completions; keep one open for the app's life."""

    def __init__(self, ix: Any, vocabulary: dict[str, Any], debug: bool | None = None) -> None:
        # debug: let internal errors escape instead of answering "no hits" (tests turn it on;
        # None follows the CHECKIN_HELP_DEBUG environment variable).
        self.debug = bool(os.environ.get("CHECKIN_HELP_DEBUG")) if debug is None else debug
        self._ix = ix
        self._reader = ix.reader()
        self._lock = threading.RLock()
        self._ndocs = self._reader.doc_count_all()
        self._avg = {
            f: (self._reader.field_length(f) / self._ndocs if self._ndocs else 1.0) or 1.0
            for f in SEARCH_FIELDS
        }
        self._term_cache = _LRU(4096)
        self._stored_cache = _LRU(2048)
        self._sentences_cache = _LRU(2048)
        self._content_keys_cache = _LRU(2048)
        self._correction_cache = _LRU(4096)
        self._complete_cache = _LRU(2048)
        self._lengths: dict[str, dict[int, int]] = {f: {} for f in SEARCH_FIELDS}
        # Every term of the searched fields (stored by the build; read from the index otherwise).
        known_terms = vocabulary.get("known_terms")
        self._known_terms: set[str] = set()
        if isinstance(known_terms, list):
            self._known_terms.update(str(t) for t in known_terms)
        else:
            for f in SEARCH_FIELDS:
                self._known_terms.update(self._decode(t) for t in self._reader.lexicon(f))
        # Word -> how often it occurs in the articles' text (completion and correction order).
        # Word -> (document frequency, total frequency) in the articles' text.
        vocab: dict[str, tuple[int, int]] = {
            w: (int(f[0]), int(f[1])) for w, f in vocabulary.get("text", {}).items()
        }
        self._text_vocab = frozenset(vocab)
        # The stems of the articles' words: a keyword word sharing one is an inflection of an
        # article word ("monitored"), never a misspelling to correct.
        # (Stored by the build; made here for an index without them.)
        text_stems = vocabulary.get("text_stems")
        self._text_stems = (
            frozenset(str(s) for s in text_stems)
            if isinstance(text_stems, list)
            else frozenset(stems(w)[0] for w in vocab)
        )
        # The synonym table's stemmed forms, stored by the build (else made on first search).
        use_tables(vocabulary.get("synonym_tables"))
        # Codes and web addresses of the index as one word ("i385", "checkinicegov").
        self._joined = frozenset(str(w) for w in vocabulary.get("joined", ()))
        keyword_words = set(vocabulary.get("keywords", ()))
        self._keyword_words = frozenset(keyword_words)
        # Words people type that the index does not hold but the synonym table knows.
        self._synonym_words = {k[0] for k, v in SYNONYMS.items() if len(k) == 1 and v}
        # Completions: the articles' words plus the curated table's (never keyword misspellings).
        completion = dict(vocab)
        for w in self._synonym_words:
            completion.setdefault(w, (0, 0))
        self._vocab = completion
        self._vocab_sorted = sorted(completion)
        # Correction candidates, bucketed by length for cheap distance filtering.
        self._by_length: dict[int, list[str]] = {}
        for w in set(completion) | keyword_words | STOP_WORDS:
            if not w.isdigit():
                self._by_length.setdefault(len(w), []).append(w)
        for bucket in self._by_length.values():
            bucket.sort()
        # Titles and keyword phrases as word keys (see `word_key`), indexed by their bigrams.
        self._phrases: list[tuple[int, tuple[str, ...]]] = []
        self._title_phrases: set[int] = set()
        for entry in vocabulary.get("phrases", ()):
            if entry[2:3] == [1]:
                self._title_phrases.add(len(self._phrases))
            self._phrases.append((int(entry[0]), tuple(entry[1])))
        bigrams: dict[tuple[str, str], list[int]] = {}
        for pid, (_, ws) in enumerate(self._phrases):
            for bg in zip(ws, ws[1:], strict=False):
                bigrams.setdefault(bg, []).append(pid)
        # Tuples of numbers: the garbage collector stops tracking them (no pauses when typing).
        self._bigrams = {bg: tuple(pids) for bg, pids in bigrams.items()}
        self._reference_docs = frozenset(int(d) for d in vocabulary.get("reference", ()))
        # Little words of each title ("how", "when", "where"): a question asked the same way.
        title_stops = [frozenset(ws) for ws in vocabulary.get("title_stop_words", ())]
        counts: dict[str, int] = {}
        for stops in title_stops:
            for w in stops:
                counts[w] = counts.get(w, 0) + 1
        n_titles = max(1, len(title_stops))
        self._title_stop_idf = {w: math.log(n_titles / c) for w, c in counts.items()}
        by_stop: dict[str, list[int]] = {}
        for doc, stops in enumerate(title_stops):
            for w in stops:
                by_stop.setdefault(w, []).append(doc)
        self._docs_by_title_stop = {w: tuple(docs) for w, docs in by_stop.items()}
        # Articles are indexed in display order.
        self._order = list(range(self._ndocs))

    @staticmethod
    def _decode(value: Any) -> str:
        return value.decode("utf-8") if isinstance(value, bytes) else str(value)

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

    # -- index statistics -------------------------------------------------------------------

    def _stored(self, docnum: int) -> dict[str, Any]:
        cached = self._stored_cache.get(docnum)
        if cached is None:
            cached = self._stored_cache.put(docnum, self._reader.stored_fields(docnum))
        return cached

    def _length(self, fieldname: str, docnum: int) -> int:
        lengths = self._lengths[fieldname]
        n = lengths.get(docnum)
        if n is None:
            n = lengths[docnum] = self._reader.doc_field_length(docnum, fieldname, 0)
        return n

    def _df(self, term: str) -> int:
        """Number of articles holding the term in any searched field."""
        return len(self._term_scores(term)[0])

    def _idf(self, term: str) -> float:
        """Probabilistic IDF: near zero for a word in every article ("ice"), high for rare ones."""
        n = self._df(term)
        return math.log(1.0 + (self._ndocs - n + 0.5) / (n + 0.5))

    # -- query analysis ---------------------------------------------------------------------

    def _is_compound(self, first: str, second: str) -> bool:
        """True when two typed content words are one word of the index written apart."""
        if is_stop(first) or is_stop(second):
            return False
        joined = first + second
        return joined in self._vocab or joined in self._keyword_words

    def _known(self, word: str) -> bool:
        return any(t in self._known_terms for t in word_terms(word))

    def _frequency(self, word: str) -> tuple[int, int]:
        """(document frequency, total frequency) of a word; stop words are the commonest."""
        if word in STOP_WORDS:
            # As common as the commonest word, but a content word wins a tie ("ise" -> "ice").
            return (self._ndocs, 0)
        return self._vocab.get(word, (0, 0))

    def _correct(self, word: str, text_only: bool = False) -> str | None:
        """The most likely intended word for one the index does not know, or None.

        Candidates are the articles' words, the keywords' words, the synonym table's words and
        the stop words, within 1 edit (short words) or 2, fewest edits first, then same first
        letter, then the commonest. `text_only` keeps to real words: the articles' own and the
        synonym table's (no keyword misspellings).
        """
        key_ = (word, text_only)
        if key_ in self._correction_cache:
            return self._correction_cache[key_]
        best: str | None = None
        if len(word) >= 3 and not any(c.isdigit() for c in word):
            # Two edits only for longer words: short real words ("judge", "reply") are too
            # often two edits from an unrelated word of the index.
            limit = 1 if len(word) <= 6 else 2
            letters = set(word)
            best_key: tuple[int, int, int, int, str] | None = None
            for length in range(len(word) - limit, len(word) + limit + 1):
                for cand in self._by_length.get(length, ()):
                    if text_only and not (cand in self._text_vocab or cand in self._synonym_words):
                        continue
                    # Each edit brings in at most one letter the other word lacks, and takes
                    # away at most one: a cheap, exact rejection of most words before the
                    # costly distance (these searches run on every keystroke of a new word).
                    cand_letters = set(cand)
                    if len(letters - cand_letters) > limit or len(cand_letters - letters) > limit:
                        continue
                    d = damerau_distance(word, cand, limit)
                    if d > limit:
                        continue
                    # Fewer edits first, then same first letter, then the commoner word.
                    df, tf = self._frequency(cand)
                    key = (d, 0 if cand[0] == word[0] else 1, -df, -tf, cand)
                    if best_key is None or key < best_key:
                        best_key, best = key, cand
        return self._correction_cache.put(key_, best)

    def _keyword_variant(self, word: str) -> str | None:
        """For a word known only from keywords, the article word it misspells (1 edit), if any."""
        if word in self._text_vocab or word not in self._keyword_words or len(word) < 5:
            return None
        if word in COMMON_WORDS or stems(word)[0] in self._text_stems:
            return None
        fixed = self._correct(word, text_only=True)
        if fixed is None or damerau_distance(word, fixed, 1) > 1:
            return None
        if set(stems(word)) & set(stems(fixed)):
            return None  # another form of the same word ("weeks", "week"), not a misspelling
        return fixed

    def _display_word(self, word: str) -> str:
        """The word to show for a correction: a keyword misspelling is shown as the real word."""
        if word in self._text_vocab or word in self._synonym_words or word in STOP_WORDS:
            return word
        return self._correct(word, text_only=True) or word

    def _groups(self, text: str) -> tuple[list[_Group], dict[str, str], list[str]]:
        """Query groups, corrections made (typed -> corrected) and the query's words."""
        typed = words(clean_query(text))[: MAX_QUERY_WORDS * 4]
        # "i 385", "checkin ice gov": searched as the index's joined code or address.
        toks = normalise_informal(join_typed_codes(typed, self._joined))
        keys = [word_key(w) for w in toks]
        phones = {start: (end, token) for start, end, token in phone_terms(toks)}
        groups: list[_Group] = []
        corrections: dict[str, str] = {}
        i = 0
        content_words = 0
        while i < len(toks) and content_words < MAX_QUERY_WORDS:
            if i in phones:
                # A phone number in any punctuation: its digits-only token, and its parts.
                end, token = phones[i]
                g = _Group(token, surface=[w for w in toks[i:end] if not is_stop(w)])
                g.add(token, 1.0)
                for w in toks[i:end]:
                    for t in word_terms(w):
                        g.add(t, PHONE_PART_WEIGHT)
                groups.append(g)
                content_words += 1
                i = end
                continue
            # Longest synonym phrase starting here (e.g. "pick up", "la migra", "took it off").
            phrase_end, synonyms = self._phrase_at(toks, keys, i)
            if phrase_end:
                phrase = tuple(toks[i:phrase_end])
                g = _Group(" ".join(phrase))
                for w in phrase:
                    for t in word_terms(w):
                        g.add(t, PHRASE_WORD_WEIGHT)
                    if not is_stop(w):
                        g.surface.append(w)
                for w in synonyms:
                    for t in word_terms(w):
                        g.add(t, SYNONYM_WEIGHT)
                    g.surface.append(w)
                groups.append(g)
                content_words += 1
                i = phrase_end
                continue
            w = toks[i]
            i += 1
            if w in self._joined:
                g = _Group(w, surface=[w])
                for t in word_terms(w):
                    g.add(t, JOINED_WEIGHT)
                groups.append(g)
                content_words += 1
                continue
            if i < len(toks) and self._is_compound(w, toks[i]):
                # "voice mail" is the index's "voicemail": search the joined word.
                w = w + toks[i]
                i += 1
            syn = SYNONYMS.get((w,))
            if (is_stop(w) and not syn) or syn == ():
                continue
            if syn is None and not self._known(w):
                # Another form of a listed word ("reprogramo" for "reprogramar").
                syn = synonyms_by_stem().get(spanish_stem(w))
            content_words += 1
            g = _Group(w, surface=[w])
            if self._known(w) or syn:
                for t in word_terms(w):
                    g.add(t, 1.0)
                shown = self._keyword_variant(w) if not syn else None
                if shown:
                    # A misspelling the keywords anticipate: search it, but show the real word.
                    corrections[w] = shown
                    for t in word_terms(shown):
                        g.add(t, 1.0)
                    g.surface.append(shown)
                    syn = SYNONYMS.get((shown,))
            else:
                # An everyday word the articles lack is no misspelling of one of theirs.
                fixed = None if w in COMMON_WORDS else self._correct(w)
                if fixed is not None and is_stop(fixed):
                    # A misspelt little word ("wat" for "what"): nothing to search for.
                    corrections[w] = fixed
                    continue
                if fixed is not None and len(w) <= 3 and fixed[0] != w[0]:
                    # Three letters are too few to guess a different first letter ("meu" is
                    # not "new"), though "ise" is surely "ice".
                    fixed = None
                if fixed is not None:
                    shown = self._display_word(fixed)
                    corrections[w] = shown
                    if shown != fixed:
                        for t in word_terms(shown):
                            g.add(t, CORRECTION_WEIGHT)
                        g.surface.append(shown)
                    syn = SYNONYMS.get((fixed,))
                    for t in word_terms(fixed):
                        g.add(t, CORRECTION_WEIGHT)
                    g.surface.append(fixed)
                else:
                    for t in word_terms(w):
                        g.add(t, 1.0)
            if syn:
                base = CORRECTION_WEIGHT if w in corrections else 1.0
                for s in syn:
                    for t in word_terms(s):
                        g.add(t, SYNONYM_WEIGHT * base)
                    g.surface.append(s)
            if w.isdigit() and len(w) == 4 and 2000 <= int(w) <= 2099:
                # A year: people give dates ("my appointment is in 2029").
                for s in ("year", "years", "future"):
                    for t in word_terms(s):
                        g.add(t, SYNONYM_WEIGHT)
            if g.alts and not any(g.alts == other.alts for other in groups):
                # (A word said twice, "way way later", counts once.)
                groups.append(g)
        return groups, corrections, toks

    @staticmethod
    def _phrase_at(toks: list[str], keys: list[str], i: int) -> tuple[int, tuple[str, ...]]:
        """The longest synonym-table phrase starting at word i: (end, its synonyms), or (0, ()).

        Words match by word key (stem), so inflections match ("picking up" for "pick up"); up
        to two little words the phrase lacks may come between ("take it off"), and the phrase's
        own little words may be left out ("take pictures" for "take a picture").
        """
        for seq, synonyms in phrases_by_first_key().get(keys[i], ()):
            j, k, skipped = i + 1, 1, 0
            while k < len(seq) and j < len(toks):
                if keys[j] == seq[k]:
                    j += 1
                    k += 1
                elif skipped < MAX_PHRASE_GAP and is_stop(toks[j]):
                    j += 1
                    skipped += 1
                elif is_stop(seq[k]) and sum(1 for x in seq if not is_stop(x)) >= 2:
                    k += 1  # a little word of the phrase left out ("take pictures")
                else:
                    break
            if k == len(seq):
                return j, synonyms
        return 0, ()

    # -- scoring ----------------------------------------------------------------------------

    def _term_scores(self, term: str) -> tuple[array[int], array[float]]:
        """Per article, the term's BM25 tf part summed over the fields with their boosts (cached).

        Multiplied by the term's IDF and the alternative's weight at query time; caching this
        makes repeated words (as-you-type) cost one pass over their articles. Kept as two flat
        arrays (article numbers, values): the garbage collector never has to walk them.
        """
        cached = self._term_cache.get(term)
        if cached is not None:
            return cached
        scores: dict[int, float] = {}
        for f in SEARCH_FIELDS:
            if (f, term) not in self._reader:
                continue
            b = FIELD_B[f]
            avg = self._avg[f]
            boost = FIELD_BOOSTS[f]
            for doc, tf in self._reader.postings(f, term).items_as("weight"):
                norm = K1 * (1 - b + b * self._length(f, doc) / avg)
                scores[doc] = scores.get(doc, 0.0) + boost * tf * (K1 + 1) / (tf + norm)
        docs = sorted(scores)
        packed = (array("i", docs), array("d", (scores[d] for d in docs)))
        return self._term_cache.put(term, packed)

    def _score(self, groups: list[_Group]) -> tuple[dict[int, float], dict[int, int]]:
        """BM25 per group (best alternative + a little of the rest), summed over groups.

        Also returns, per article, a bit mask of the groups it matched.
        """
        totals: dict[int, float] = {}
        matched: dict[int, int] = {}
        for gi, g in enumerate(groups):
            bit = 1 << gi
            alts = []
            for term, weight in g.alts.items():
                docs, values = self._term_scores(term)
                if docs:
                    alts.append((docs, values, self._idf(term) * weight))
            if not alts:
                continue
            if len(alts) == 1:
                docs, values, mult = alts[0]
                for doc, v in zip(docs, values, strict=True):
                    totals[doc] = totals.get(doc, 0.0) + mult * v
                    matched[doc] = matched.get(doc, 0) | bit
                continue
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
                totals[doc] = totals.get(doc, 0.0) + v + GROUP_TIEBREAK * rest.get(doc, 0.0)
                matched[doc] = matched.get(doc, 0) | bit
        return totals, matched

    def _group_df(self, g: _Group) -> int:
        """How many articles hold any alternative of the group."""
        return max((self._df(t) for t in g.alts), default=0)

    def _group_weight(self, g: _Group) -> float:
        """How much a group matters for coordination: its most specific alternative's IDF.

        Only alternatives some article holds count: a form no article has (a Spanish stem of
        an English word) would otherwise look like the rarest word of all.
        """
        return max((self._idf(t) * w for t, w in g.alts.items() if self._df(t)), default=0.0)

    def _phrase_bonus(self, keys: list[str]) -> tuple[dict[int, float], set[int]]:
        """Multipliers for articles whose title or a keyword phrase the query repeats.

        Also returns the articles whose whole title the query contains.
        Stop words count here ("what is ice", "cuando es mi cita"): a run of at least two
        words in a row, with a content word, shared with a title or keyword phrase. A run that
        covers only a little of a long title needs two content words ("can i get" is not
        enough to mean "Can I get a new one?").
        """
        pids: set[int] = set()
        for bg in zip(keys, keys[1:], strict=False):
            pids.update(self._bigrams.get(bg, ()))
        bonus: dict[int, float] = {}
        whole_titles: set[int] = set()
        for pid in pids:
            doc, phrase = self._phrases[pid]
            run, content = longest_common_run(keys, phrase)
            cover = run / len(phrase)
            if cover == 1.0 and pid in self._title_phrases:
                whole_titles.add(doc)
            if run < 2 or (content < 2 and cover < 0.5):
                continue
            factor = 1.0 + PHRASE_BONUS * min(run - 1, 3) * cover**PHRASE_COVER_POWER
            if factor > bonus.get(doc, 1.0):
                bonus[doc] = factor
        return bonus, whole_titles

    def _question_word_bonus(self, toks: list[str]) -> dict[int, float]:
        """Multipliers for titles sharing the query's rarer little words ("when", "where").

        Stop words are not searched, but "when is my check in" asks the question titled "...
        when it is, and where it will be?"; words found in most titles ("do", "i") weigh ~0.
        """
        out: dict[int, float] = {}
        asked = {QUESTION_WORDS.get(t, t) for t in toks}
        asked.update(
            QUESTION_PHRASES[pair]
            for pair in zip(toks, toks[1:], strict=False)
            if pair in QUESTION_PHRASES
        )
        for w in asked:
            idf = self._title_stop_idf.get(w)
            if not idf:
                continue
            per_idf = INTERROGATIVE_BONUS if w in INTERROGATIVES else QUESTION_WORD_BONUS
            for doc in self._docs_by_title_stop.get(w, ()):
                out[doc] = out.get(doc, 1.0) + per_idf * idf
        return out

    def _body_run(self, keys: list[str], docnum: int) -> int:
        """The most content words of the query in a row in one sentence of the text.

        Little words do not break a run ("released from detention" is "released detention", so
        "released detention" matches it; "my officers phone number" repeats "your ICE
        officer\u2019s phone number" as "officer phone number").
        """
        content_keys = [k for k in keys if not _is_stop_key(k)]
        if len(content_keys) < 2:
            return 0
        best = 0
        for sentence_keys in self._sentence_content_keys(docnum):
            run = longest_common_run(content_keys, sentence_keys)[1]
            if run > best:
                best = run
        return best

    def _sentence_content_keys(self, docnum: int) -> list[tuple[str, ...]]:
        """An article's sentences as their content words' keys (cached)."""
        cached = self._content_keys_cache.get(docnum)
        if cached is None:
            cached = [
                tuple(k for k in sentence_keys if not _is_stop_key(k))
                for _, sentence_keys, _ in self._sentences(docnum)
            ]
            self._content_keys_cache.put(docnum, cached)
        return cached

    def _rank(
        self, groups: list[_Group], toks: list[str] | None = None, depth: int = 10
    ) -> list[tuple[float, int]]:
        """The best `depth` (or more) articles as (score, docnum), best first."""
        totals, matched = self._score(groups)
        keys = [word_key(w) for w in toks] if toks else []
        bonus, whole_titles = self._phrase_bonus(phrase_keys(toks)) if toks else ({}, set())
        question = self._question_word_bonus(toks) if toks else {}
        # A word no article holds says nothing about which article is meant.
        weights = [self._group_weight(g) if self._group_df(g) else 0.0 for g in groups]
        all_weight = sum(weights) or 1.0
        coord_of: dict[int, float] = {}
        reference = self._reference_docs
        scored = []
        for doc, score in totals.items():
            mask = matched[doc]
            coord = coord_of.get(mask)
            if coord is None:
                share = sum(w for gi, w in enumerate(weights) if mask >> gi & 1) / all_weight
                coord = coord_of[mask] = share**COORD_POWER
            final = score * coord * bonus.get(doc, 1.0) * question.get(doc, 1.0)
            if doc in reference and doc not in whole_titles:
                # (Whoever types a reference page's whole title wants that page.)
                final *= REFERENCE_PRIOR
            scored.append((final, doc))
        # Documents are numbered in display order, so ties go to the earlier article.
        ranked = heapq.nsmallest(max(depth, RERANK_DEPTH), scored, key=lambda r: (-r[0], r[1]))
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
        return ranked

    # -- snippets ---------------------------------------------------------------------------

    def _sentences(self, docnum: int) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
        """An article's sentences with their phrase keys and index terms (cached).

        Flat tuples of strings and one set per sentence: millions of small cached objects
        would make Python's garbage collector pause searches.
        """
        cached = self._sentences_cache.get(docnum)
        if cached is None:
            text = str(self._stored(docnum).get("text", ""))
            cached = []
            for sentence in split_sentences(text):
                ws = words(sentence)
                terms: set[str] = set()
                for w in ws:
                    terms |= word_terms(w)
                cached.append((sentence, tuple(word_key(w) for w in ws), tuple(sorted(terms))))
            self._sentences_cache.put(docnum, cached)
        return cached

    def _snippet(self, docnum: int, terms: set[str]) -> str:
        """The best-matching sentence, escaped, with matched words in <b class="match">."""
        best = ""
        best_score = 0
        for sentence, _, sentence_terms in self._sentences(docnum):
            n = sum(1 for t in sentence_terms if t in terms)
            if n > best_score:
                best, best_score = sentence, n
        if not best:
            best = str(self._stored(docnum).get("summary", ""))
        return highlight_snippet(best, terms)

    # -- public API -------------------------------------------------------------------------

    def prepare_snippets(self, max_docs: int = WARM_DOCS) -> None:
        """Split and analyse the first articles' sentences now (in idle time), not mid-typing.

        The first search to show an article otherwise pays ~1 ms per article for its snippet
        and body runs, and a keystroke that brings up ten new articles misses a frame. Never
        raises.
        """
        try:
            with self._lock:
                for docnum in range(min(self._ndocs, max(0, max_docs))):
                    self._sentence_content_keys(docnum)
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
        groups, corrections, toks = self._groups(query)
        suggestion = None
        if corrections:
            suggestion = " ".join(corrections.get(w, w) for w in toks)
        terms_out: list[str] = []
        for g in groups:
            for s in g.surface:
                if s not in terms_out:
                    terms_out.append(s)
        fixed_toks = [corrections.get(w, w) for w in toks[: MAX_QUERY_WORDS * 3]]
        ranked = self._rank(groups, fixed_toks, limit) if groups else []
        closest = False
        if not ranked:
            if not toks:
                return SearchResponse(query, [], None, False, ())
            # Nothing matched a real question: offer the closest articles rather than nothing.
            closest = True
            ranked = self._closest(toks)
        all_terms: set[str] = set()
        for g in groups:
            all_terms.update(g.alts)
        hits = []
        for score, doc in ranked[:limit]:
            stored = self._stored(doc)
            hits.append(
                SearchHit(
                    id=str(stored["id"]),
                    title=str(stored.get("title", "")),
                    summary=str(stored.get("summary", "")),
                    snippet=self._snippet(doc, all_terms),
                    score=round(float(score), 4),
                )
            )
        return SearchResponse(query, hits, suggestion, closest, tuple(terms_out))

    def _closest(self, toks: list[str]) -> list[tuple[float, int]]:
        """Articles for a query that matched nothing: loose spelling matches, else the start."""
        groups = []
        for w in toks:
            if len(w) < 3:
                continue
            g = _Group(w)
            start = bisect.bisect_left(self._vocab_sorted, w[:3])
            cands = []
            for cand in self._vocab_sorted[start:]:
                if not cand.startswith(w[:3]):
                    break
                cands.append(cand)
            # The commonest few words sharing the first three letters.
            for cand in heapq.nlargest(20, cands, key=lambda c: self._vocab.get(c, (0, 0))):
                for t in word_terms(cand):
                    g.add(t, 0.5)
            if g.alts:
                groups.append(g)
        ranked = self._rank(groups) if groups else []
        if ranked:
            return ranked
        return [(0.0, d) for d in self._order]

    def complete(self, text: str, limit: int = 8) -> list[str]:
        """Words completing the last word being typed, commonest first ("pass" -> "passport")."""
        try:
            with self._lock:
                return self._complete(text, limit)
        except Exception:  # noqa: BLE001 - typing must never crash the app
            if self.debug:
                raise
            return []

    def _complete(self, text: str, limit: int) -> list[str]:
        text = clean_query(text)
        m = re.search(WORD_RE.pattern + r"$", text)
        if not m:
            return []
        prefix = fold(normalize_apostrophes(m.group()))
        if not prefix or len(prefix) > 40:
            return []
        limit = max(0, min(int(limit), 50))
        cached = self._complete_cache.get(prefix)
        if cached is None:
            start = bisect.bisect_left(self._vocab_sorted, prefix)
            cands = []
            for w in self._vocab_sorted[start:]:
                if not w.startswith(prefix):
                    break
                if w != prefix:
                    cands.append(w)
            # Commonest first: in most articles, then most often, then shortest.
            cands.sort(key=lambda w: (-self._vocab[w][0], -self._vocab[w][1], len(w), w))
            cached = self._complete_cache.put(prefix, cands[:50])
        return list(cached[:limit])


def highlight_snippet(text: str, terms: set[str], max_chars: int = SNIPPET_CHARS) -> str:
    """Escape `text`, trim it around its first match, and wrap matching words in a match tag."""
    spans = []
    for m in WORD_RE.finditer(text):
        if word_terms(fold(normalize_apostrophes(m.group()))) & terms:
            spans.append((m.start(), m.end()))
    start, end = 0, len(text)
    if len(text) > max_chars:
        first = spans[0][0] if spans else 0
        start = max(0, first - max_chars // 3)
        # Start at a word boundary.
        if start > 0:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < first else start
        end = min(len(text), start + max_chars)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start else end
    out = ["\u2026" if start > 0 else ""]
    pos = start
    for s, e in spans:
        if s < start or e > end:
            continue
        out.append(html.escape(text[pos:s], quote=False))
        out.append(MATCH_OPEN + html.escape(text[s:e], quote=False) + MATCH_CLOSE)
        pos = e
    out.append(html.escape(text[pos:end], quote=False))
    if end < len(text):
        out.append("\u2026")
    return "".join(out)
