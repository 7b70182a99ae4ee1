"""What an opened index knows of its words, phrases and titles, beside Whoosh's postings.

Most of it comes from the JSON sidecar the build writes next to the index (`VOCABULARY_FILE`):
the articles' words with their frequencies (completion and spelling), keyword words, joined
codes, title and keyword phrases, reference pages, the little words of each title, and the
stemmed synonym tables. What the sidecar lacks is worked out from the index itself.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from typing import Any

from index.schema import SEARCH_FIELDS
from index.synonyms import SynonymTables, load_lexicon, source_digest
from index.text import STOP_WORDS, stems


class LazySynonymTables:
    """The synonym tables, made from the index's stored copy on first use (any thread): the
    lexicon takes ~70 ms to read, which opening the index at start-up need not wait for
    (`Searcher.warm_up` reads it once the window shows)."""

    def __init__(self, data: Any) -> None:
        self._data = data
        self._lock = threading.Lock()
        self._tables: SynonymTables | None = None

    def get(self) -> SynonymTables:
        """The tables (made now if not yet)."""
        tables = self._tables
        if tables is None:
            with self._lock:
                if self._tables is None:
                    self._tables = SynonymTables.from_json(self._data)
                    self._data = None
                tables = self._tables
        return tables


def _decode(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


@dataclass(frozen=True)
class Vocabulary:
    """One index's vocabulary (read-only once made; one per Searcher)."""

    ndocs: int
    known_terms: frozenset[str]  # every term of the searched fields
    text_words: frozenset[str]  # the articles' words (as typed, folded)
    text_stems: frozenset[str]  # their stems: a keyword sharing one is an inflection
    keyword_words: frozenset[str]
    synonym_words: frozenset[str]  # words the synonym table knows that the index may not
    joined: frozenset[str]  # codes and web addresses as one word ("i385", "checkinicegov")
    completion: dict[str, tuple[int, int]]  # word -> (document frequency, total frequency)
    completion_sorted: tuple[str, ...]
    phrases: tuple[tuple[int, tuple[str, ...]], ...]  # (article, word keys) of titles/keywords
    title_phrases: frozenset[int]  # which of those phrases are whole titles
    bigrams: dict[tuple[str, str], tuple[int, ...]]  # phrase ids by their word-key bigrams
    # Phrases of two or more content words: their content keys, and their ids by each key.
    content_phrases: dict[int, frozenset[str]]
    phrases_by_key: dict[str, tuple[int, ...]]
    reference_docs: frozenset[int]
    title_stop_idf: dict[str, float]  # little words of titles ("when", "where") and their IDF
    docs_by_title_stop: dict[str, tuple[int, ...]]
    tables: LazySynonymTables
    # Each article's title and headings as folded words: (article, words).
    answer_phrases: tuple[tuple[int, str], ...] = ()

    @property
    def synonyms(self) -> SynonymTables:
        """The synonym tables (read on first use)."""
        return self.tables.get()

    @classmethod
    def load(cls, reader: Any, data: dict[str, Any]) -> Vocabulary:
        """The vocabulary of an index from its reader and sidecar data (may be empty)."""
        ndocs = reader.doc_count_all()
        known = data.get("known_terms")
        if isinstance(known, list):
            known_terms = frozenset(str(t) for t in known)
        else:
            known_terms = frozenset(_decode(t) for f in SEARCH_FIELDS for t in reader.lexicon(f))
        vocab = {w: (int(f[0]), int(f[1])) for w, f in data.get("text", {}).items()}
        text_stems = data.get("text_stems")
        stored = data.get("synonym_tables")
        listed = data.get("synonym_words")
        fingerprint = stored.get("fingerprint") if isinstance(stored, dict) else None
        if isinstance(listed, list) and fingerprint == source_digest():
            synonym_words = frozenset(str(w) for w in listed)
        else:  # an index built with other tables: read them now
            synonym_words = lexicon_words()
        # Completions: the articles' words plus the curated table's (never keyword misspellings).
        completion = dict(vocab)
        for w in synonym_words:
            completion.setdefault(w, (0, 0))
        phrases: list[tuple[int, tuple[str, ...]]] = []
        title_phrases: set[int] = set()
        for entry in data.get("phrases", ()):
            if entry[2:3] == [1]:
                title_phrases.add(len(phrases))
            phrases.append((int(entry[0]), tuple(entry[1])))
        bigrams: dict[tuple[str, str], list[int]] = {}
        for pid, (_, ws) in enumerate(phrases):
            for bg in zip(ws, ws[1:], strict=False):
                bigrams.setdefault(bg, []).append(pid)
        content_phrases: dict[int, frozenset[str]] = {}
        by_key: dict[str, list[int]] = {}
        for pid, (_, ws) in enumerate(phrases):
            content = frozenset(w for w in ws if w not in STOP_WORDS)
            if len(content) >= 2:
                content_phrases[pid] = content
                for w in content:
                    by_key.setdefault(w, []).append(pid)
        # Little words of each title ("how", "when", "where"): a question asked the same way.
        title_stops = [frozenset(ws) for ws in data.get("title_stop_words", ())]
        counts: dict[str, int] = {}
        by_stop: dict[str, list[int]] = {}
        for doc, stops in enumerate(title_stops):
            for w in stops:
                counts[w] = counts.get(w, 0) + 1
                by_stop.setdefault(w, []).append(doc)
        n_titles = max(1, len(title_stops))
        return cls(
            ndocs=ndocs,
            known_terms=known_terms,
            text_words=frozenset(vocab),
            text_stems=(
                frozenset(str(s) for s in text_stems)
                if isinstance(text_stems, list)
                else frozenset(stems(w)[0] for w in vocab)
            ),
            keyword_words=frozenset(data.get("keywords", ())),
            synonym_words=synonym_words,
            joined=frozenset(str(w) for w in data.get("joined", ())),
            completion=completion,
            completion_sorted=tuple(sorted(completion)),
            phrases=tuple(phrases),
            title_phrases=frozenset(title_phrases),
            # Tuples of numbers: the garbage collector stops tracking them (no pauses typing).
            bigrams={bg: tuple(pids) for bg, pids in bigrams.items()},
            content_phrases=content_phrases,
            phrases_by_key={w: tuple(pids) for w, pids in by_key.items()},
            reference_docs=frozenset(int(d) for d in data.get("reference", ())),
            title_stop_idf={w: math.log(n_titles / c) for w, c in counts.items()},
            docs_by_title_stop={w: tuple(docs) for w, docs in by_stop.items()},
            tables=LazySynonymTables(stored),
            answer_phrases=tuple(
                (int(e[0]), e[1])
                for e in data.get("answer_phrases", ())
                if isinstance(e, list) and len(e) == 2 and isinstance(e[1], str)
            ),
        )


def lexicon_words() -> frozenset[str]:
    """The one-word keys of the synonym tables that have English words (completion and
    spelling know them; the index build stores them)."""
    return frozenset(k[0] for k, v in load_lexicon().synonyms.items() if len(k) == 1 and v)


def phrase_suffixes(entries: tuple[tuple[int, str], ...]) -> tuple[tuple[str, int, int], ...]:
    """Every title or heading from each of its content words on ("work permit card was lost",
    "permit card was lost"...) as (words, words left out at the start, article), sorted: for
    completing a question from any of its words."""
    out: set[tuple[str, int, int]] = set()
    for doc, phrase in entries:
        ws = phrase.split()
        for i, w in enumerate(ws):
            if i == 0 or w not in STOP_WORDS:
                out.add((" ".join(ws[i:]), i, doc))
    return tuple(sorted(out))
