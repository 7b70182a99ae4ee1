"""The stored text of the articles, split into sentences: snippets, highlights and body runs."""

from __future__ import annotations

import html
from typing import Any

from index.lru import LRU
from index.render import MATCH_CLOSE, MATCH_OPEN, split_sentences
from index.text import (
    STOP_WORDS,
    WORD_RE,
    fold_for_search,
    normalize_apostrophes,
    word_key,
    word_terms,
    words,
)

SNIPPET_CHARS = 220
# Words whose analysis is kept (far more than any pack's vocabulary; a bound all the same).
MAX_ANALYSED_WORDS = 200_000


class ArticleText:
    """Stored fields and analysed sentences of an index's articles (cached, bounded)."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._stored = LRU(2048)
        self._sentences = LRU(2048)
        self._content_keys = LRU(2048)
        # Each word's key and index terms, worked out once (analysing an article's sentences
        # is the first search to show it pays; in a large pack that is most searches).
        self._analysed: dict[str, tuple[str, frozenset[str]]] = {}

    def stored(self, docnum: int) -> dict[str, Any]:
        """The stored fields of an article."""
        cached = self._stored.get(docnum)
        if cached is None:
            cached = self._stored.put(docnum, self._reader.stored_fields(docnum))
        return cached

    def sentences(self, docnum: int) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
        """An article's sentences with their phrase keys and index terms (cached).

        Flat tuples of strings and one set per sentence: millions of small cached objects
        would make Python's garbage collector pause searches.
        """
        cached = self._sentences.get(docnum)
        if cached is None:
            stored = self.stored(docnum)
            text = str(stored.get("text", ""))
            sentences = split_sentences(text)
            done = stored.get("analysed")
            if isinstance(done, str):
                # Analysed when the index was built (see `analyse_sentences`).
                lines = done.split("\n") if done else []
                if len(lines) == len(sentences):
                    cached = []
                    for sentence, line in zip(sentences, lines, strict=True):
                        said, _, found = line.partition("\t")
                        cached.append((sentence, tuple(said.split()), tuple(found.split())))
                    return self._sentences.put(docnum, cached)
            cached = []
            analysed = self._analysed
            if len(analysed) > MAX_ANALYSED_WORDS:
                analysed.clear()
            for sentence in sentences:
                keys: list[str] = []
                terms: set[str] = set()
                for w in words(sentence):
                    info = analysed.get(w)
                    if info is None:
                        info = analysed[w] = (word_key(w), word_terms(w))
                    keys.append(info[0])
                    terms |= info[1]
                cached.append((sentence, tuple(keys), tuple(sorted(terms))))
            self._sentences.put(docnum, cached)
        return cached

    def content_keys(self, docnum: int) -> list[tuple[str, ...]]:
        """An article's sentences as their content words' keys (cached)."""
        cached = self._content_keys.get(docnum)
        if cached is None:
            cached = [
                tuple(k for k in sentence_keys if k not in STOP_WORDS)
                for _, sentence_keys, _ in self.sentences(docnum)
            ]
            self._content_keys.put(docnum, cached)
        return cached

    def snippet(self, docnum: int, terms: set[str]) -> str:
        """The best-matching sentence, escaped, with matched words in <b class="match">."""
        best = ""
        best_score = 0
        for sentence, _, sentence_terms in self.sentences(docnum):
            n = sum(1 for t in sentence_terms if t in terms)
            if n > best_score:
                best, best_score = sentence, n
        if not best:
            best = str(self.stored(docnum).get("summary", ""))
        return highlight_snippet(best, terms)


def analyse_sentences(text: str) -> str:
    """An article's sentences analysed at build time, one line each: the word keys, a tab,
    the sorted index terms (what `ArticleText.sentences` would otherwise work out when a
    search first shows the article)."""
    lines = []
    for sentence in split_sentences(text):
        ws = words(sentence)
        terms: set[str] = set()
        for w in ws:
            terms |= word_terms(w)
        lines.append(" ".join(word_key(w) for w in ws) + "\t" + " ".join(sorted(terms)))
    return "\n".join(lines)


def highlight_snippet(text: str, terms: set[str], max_chars: int = SNIPPET_CHARS) -> str:
    """Escape `text`, trim it around its first match, and wrap matching words in a match tag."""
    spans = []
    for m in WORD_RE.finditer(text):
        if word_terms(fold_for_search(normalize_apostrophes(m.group()))) & terms:
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
