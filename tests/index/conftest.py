"""Shared fixtures for the index tests: the real content and a Searcher over the session index.

Everything these tests read lives inside the repository (`tests/index/data/`); the index itself
is built once per session by `built_index` in `tests/conftest.py`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.build import BuildInfo, build_index, build_library_index
from index.content import Article, Library, load_library
from index.search import Searcher
from tests.conftest import CONTENT_DIR

REPO = CONTENT_DIR.parent
SOURCE_TEXT = CONTENT_DIR / "source" / "ice-and-isap-check-ins.txt"
DATA = Path(__file__).parent / "data"
DEV_QUERIES = DATA / "dev-queries.tsv"
MULTILINGUAL_QUERIES = DATA / "dev-queries-multilingual.tsv"
HELDOUT_QUERIES = DATA / "heldout-queries.tsv"


@pytest.fixture(scope="session")
def content_library() -> Library:
    """The real content, loaded once."""
    return load_library(CONTENT_DIR)


@pytest.fixture(scope="session")
def searcher(built_index: BuildInfo) -> Iterator[Searcher]:
    """A Searcher over the session index, kept open like the app does, raising on bugs."""
    s = Searcher.open(built_index.path, debug=True)
    yield s
    s.close()


def write_article(folder: Path, name: str, front: dict[str, str], body: str = "Some text.") -> Path:
    """Write one content file with the given front matter (in order) and body."""
    lines = ["---", *(f"{k}: {v}" for k, v in front.items()), "---", body]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def searcher_over(tmp: Path, articles: dict[str, tuple[dict[str, str], str]]) -> Searcher:
    """A debug Searcher over small articles (file name -> (front matter, body)) built in `tmp`."""
    folder = tmp / "content"
    folder.mkdir()
    for name, (front, body) in articles.items():
        write_article(folder, name, front, body)
    return Searcher.open(build_index(folder, tmp / "ix").path, debug=True)


def good_front(article_id: str, **extra: str) -> dict[str, str]:
    """Valid front matter for a small test article."""
    front = {
        "id": article_id,
        "title": f"What about {article_id}?",
        "summary": f"All about {article_id}.",
        "keywords": f"{article_id} words",
        "related": "",
        "order": "1",
        "source": "Test source",
        "reviewed": "2026-11-26",
    }
    front.update(extra)
    return front


def made_article(article_id: str, title: str, body: str, keywords: tuple[str, ...] = ()) -> Article:
    """A made-up article shaped like a built-in one (summary = the body's first sentence)."""
    template = load_library(CONTENT_DIR).articles[1]
    return dataclasses.replace(
        template,
        id=article_id,
        title=title,
        summary=body.split(". ")[0],
        keywords=keywords,
        related=(),
        body=body,
    )


def builtin_plus(tmp: Path, extra: list[Article] | tuple[Article, ...]) -> Searcher:
    """A Searcher over the built-in articles plus `extra`, indexed together into `tmp`."""
    articles = (*load_library(CONTENT_DIR).articles, *extra)
    library = Library(
        tuple(dataclasses.replace(a, order=n) for n, a in enumerate(articles)), "test"
    )
    build_library_index(library, tmp / "index")
    return Searcher.open(tmp / "index", debug=True)
