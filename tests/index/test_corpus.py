"""The real content: every article renders, links resolve, is findable, and keeps every source sentence."""

from __future__ import annotations

import re

from index.content import Library
from index.render import article_plain_text, render_article_html, split_sentences
from index.search import Searcher
from tests.index.conftest import SOURCE_TEXT

EXPECTED_IDS = {
    "ice-and-isap-check-ins",
    "what-is-ice-isap",
    "know-my-check-in",
    "appointment-far-in-future",
    "cannot-attend-check-in",
    "no-one-answers",
    "ice-took-passport",
    "ankle-monitor",
    "told-to-report",
    "appointment-deadline",
    "about",
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def test_all_articles_present(content_library: Library) -> None:
    assert {a.id for a in content_library.articles} == EXPECTED_IDS


def test_every_article_renders_and_its_links_resolve(content_library: Library) -> None:
    for article in content_library.articles:
        html = render_article_html(article)
        assert html.strip(), article.id
        assert "<script" not in html
        for target in re.findall(r'href="([^"]*)"', html):
            assert target.startswith(("article:", "tel:", "https://")), (article.id, target)
            if target.startswith("article:"):
                assert target.removeprefix("article:") in content_library, (article.id, target)
        for rid in article.related:
            assert rid in content_library


def test_each_article_is_found_by_its_own_title(
    content_library: Library, searcher: Searcher
) -> None:
    for article in content_library.articles:
        hits = searcher.search(article.title).hits
        assert hits and hits[0].id == article.id, (article.title, [h.id for h in hits[:3]])


def test_every_source_sentence_appears_in_the_rendered_articles(content_library: Library) -> None:
    haystack = _norm(
        " ".join(f"{a.title}\n{article_plain_text(a)}" for a in content_library.articles)
    )
    source = SOURCE_TEXT.read_text(encoding="utf-8")
    missing = []
    count = 0
    for line in source.splitlines():
        line = re.sub(r"^\s*(?:-|\d+\.)\s+", "", line)  # list markers become list markup
        for sentence in split_sentences(line):
            count += 1
            if _norm(sentence) not in haystack:
                missing.append(sentence)
    assert count > 100
    assert missing == []
