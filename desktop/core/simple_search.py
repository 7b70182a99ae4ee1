"""The plain word search that answers while the search index is missing or broken.

Titles count most, then keywords, then the body; words match by prefix, folded as the index
folds them (`index.text.fold_for_search`).
It keeps the window usable; the full search (`index.search`) is the one people normally use.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from index.text import fold_for_search

if TYPE_CHECKING:
    from index.content import Article
    from index.search import SearchResponse


def _words(text: str) -> list[str]:
    """The words of text, folded as the search index folds them, in order."""
    return re.findall(r"\w+", fold_for_search(text))


@dataclass(frozen=True)
class _Entry:
    """The folded words of one article, by field."""

    article: Article
    title: set[str]
    keywords: set[str]
    body: set[str]

    def score(self, terms: Sequence[str]) -> int:
        """Title matches count most, then keywords, then the body (prefix matches)."""
        total = 0
        for term in terms:
            for weight, words in ((4, self.title), (3, self.keywords), (1, self.body)):
                if any(w.startswith(term) for w in words):
                    total += weight
        return total


class SimpleSearch:
    """A word match over the articles' titles, keywords, summaries and bodies."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self._entries = [
            _Entry(
                a,
                set(_words(a.title)),
                set(_words(" ".join(a.keywords))),
                set(_words(a.summary + " " + a.body)),
            )
            for a in articles
        ]

    def search(self, query: str, limit: int) -> SearchResponse:
        """The best `limit` articles for query, best first (content order breaks ties)."""
        from index.search import SearchHit, SearchResponse

        terms = [w for w in _words(query) if len(w) > 1]
        scored = []
        for n, entry in enumerate(self._entries):
            score = entry.score(terms)
            if score:
                scored.append((-score, n, entry.article))
        scored.sort(key=lambda t: (t[0], t[1]))
        hits = [
            SearchHit(
                id=a.id,
                title=a.title,
                summary=a.summary,
                snippet=html.escape(a.summary),
                score=float(-s),
            )
            for s, _, a in scored[:limit]
        ]
        return SearchResponse(
            query=query, hits=hits, suggestion=None, closest=False, terms=tuple(terms)
        )
