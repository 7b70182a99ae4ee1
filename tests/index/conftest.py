"""Shared fixtures for the index tests: the real content, and its index built once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.build import BuildInfo, build_index
from index.content import Library, load_library
from index.search import Searcher

REPO = Path(__file__).resolve().parents[2]
CONTENT_DIR = REPO / "content"
SOURCE_TEXT = CONTENT_DIR / "source" / "ice-and-isap-check-ins.txt"
DEV_QUERIES = REPO.parent / "shared" / "search" / "dev-queries.tsv"
HELDOUT_QUERIES = Path(__file__).parent / "data" / "heldout-queries.tsv"


@pytest.fixture(scope="session")
def library() -> Library:
    """The real content, loaded once."""
    return load_library(CONTENT_DIR)


@pytest.fixture(scope="session")
def built_index(tmp_path_factory: pytest.TempPathFactory) -> BuildInfo:
    """The real content's index, built once per session into a temporary folder."""
    return build_index(CONTENT_DIR, tmp_path_factory.mktemp("index") / "search-index")


@pytest.fixture(scope="session")
def searcher(built_index: BuildInfo) -> Iterator[Searcher]:
    """A Searcher over the session index, kept open like the app does."""
    s = Searcher.open(built_index.path)
    yield s
    s.close()


def write_article(folder: Path, name: str, front: dict[str, str], body: str = "Some text.") -> Path:
    """Write one content file with the given front matter (in order) and body."""
    lines = ["---", *(f"{k}: {v}" for k, v in front.items()), "---", body]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


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
