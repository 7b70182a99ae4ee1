"""Shared fixtures for the index tests: the real content and a Searcher over the session index.

Everything these tests read lives inside the repository (`tests/index/data/`); the index itself
is built once per session by `built_index` in `tests/conftest.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.build import BuildInfo
from index.content import Library, load_library
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
