"""Index build: atomic, deterministic, stamped; stale/corrupt detection; read-only and odd paths."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from index import build as build_mod
from index.build import (
    CORRUPT,
    MISSING,
    OK,
    STALE,
    STAMP_NAME,
    BuildInfo,
    IndexBuildError,
    build_index,
    check_index,
    ensure_index,
)
from index.content import ContentError, content_hash
from index.schema import SCHEMA_VERSION
from index.search import Searcher
from tests.index.conftest import CONTENT_DIR, REPO, good_front, write_article


@pytest.fixture
def small_content(tmp_path: Path) -> Path:
    """A tiny, valid content folder that tests may change."""
    folder = tmp_path / "content"
    folder.mkdir()
    write_article(
        folder,
        "a.md",
        good_front("passport-answer", title="ICE took my passport?"),
        "Ask for your passport.",
    )
    write_article(
        folder,
        "b.md",
        good_front("monitor-answer", title="Ankle monitor?", order="2"),
        "A monitor on the ankle.",
    )
    return folder


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every path under folder with its size and modification time (ns)."""
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    } | {".": (0, folder.stat().st_mtime_ns)}


def test_stamp_records_schema_version_and_content_hash(built_index: BuildInfo) -> None:
    stamp = json.loads((built_index.path / STAMP_NAME).read_text(encoding="utf-8"))
    assert stamp["schema_version"] == SCHEMA_VERSION == built_index.schema_version
    assert stamp["content_hash"] == content_hash(CONTENT_DIR) == built_index.content_hash
    assert stamp["article_count"] == built_index.article_count == 11
    assert stamp["files"] and all(len(f["sha256"]) == 64 for f in stamp["files"].values())
    assert check_index(built_index.path, built_index.content_hash) == OK


def test_stored_answer_html_is_what_markdown_renders(built_index: BuildInfo) -> None:
    """The HTML kept with the index (shown without loading Markdown) is the live rendering."""
    from index.content import load_library
    from index.render import _markdown
    from index.schema import RENDERED_FILE

    stored = json.loads((built_index.path / RENDERED_FILE).read_text(encoding="utf-8"))
    library = load_library(CONTENT_DIR)
    assert sorted(stored) == sorted(a.id for a in library.articles)
    for article in library.articles:
        assert stored[article.id] == _markdown().convert(article.body)


def test_build_is_deterministic(small_content: Path, tmp_path: Path) -> None:
    one = build_index(small_content, tmp_path / "one").path
    two = build_index(small_content, tmp_path / "two").path
    files_one = {p.name: p.read_bytes() for p in one.iterdir()}
    files_two = {p.name: p.read_bytes() for p in two.iterdir()}
    assert files_one == files_two


def test_build_is_atomic_and_leaves_no_temporary_folders(
    small_content: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ix"
    calls: list[tuple[int, int]] = []
    build_index(small_content, out, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (2, 2) and all(total == 2 for _, total in calls)
    # Rebuilding over an existing index replaces it; nothing else is left beside it.
    build_index(small_content, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "ix"]


def test_failed_build_keeps_the_old_index(
    small_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "ix"
    build_index(small_content, out)
    before = _snapshot(out)

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(build_mod, "write_index", boom)
    with pytest.raises(RuntimeError):
        build_index(small_content, out)
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "ix"]


def test_build_refuses_to_replace_a_folder_that_is_not_an_index(
    small_content: Path, tmp_path: Path
) -> None:
    precious = tmp_path / "Documents"
    precious.mkdir()
    (precious / "letter.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(IndexBuildError, match="not a search index"):
        build_index(small_content, precious)
    assert (precious / "letter.txt").read_text(encoding="utf-8") == "keep me"


def test_build_with_bad_content_raises_content_error(tmp_path: Path) -> None:
    write_article(tmp_path, "a.md", good_front("a", reviewed="never"))
    with pytest.raises(ContentError):
        build_index(tmp_path, tmp_path / "ix")
    assert not (tmp_path / "ix").exists()


def test_stale_content_or_schema_is_detected_and_rebuilt(
    small_content: Path, tmp_path: Path
) -> None:
    bundled = tmp_path / "bundled"
    cache = tmp_path / "cache" / "search-index"
    build_index(small_content, bundled)
    assert ensure_index(small_content, bundled, cache) == bundled
    # Content edited after the bundle was built: the bundle is stale, the cache gets a rebuild.
    write_article(
        small_content,
        "c.md",
        good_front("new-answer", title="Brand new?", order="3"),
        "Fresh words.",
    )
    assert check_index(bundled, content_hash(small_content)) == STALE
    assert ensure_index(small_content, bundled, cache) == cache
    with Searcher.open(cache) as s:
        assert s.search("fresh").hits[0].id == "new-answer"
    # A schema change makes an index stale too.
    stamp_path = cache / STAMP_NAME
    stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
    stamp["schema_version"] = SCHEMA_VERSION - 1
    stamp_path.write_text(json.dumps(stamp), encoding="utf-8")
    assert check_index(cache, content_hash(small_content)) == STALE
    assert ensure_index(small_content, None, cache) == cache
    assert check_index(cache, content_hash(small_content)) == OK


@pytest.mark.parametrize("damage", ["truncate", "garble", "delete", "stamp"])
def test_corrupt_index_is_set_aside_and_rebuilt(
    small_content: Path, tmp_path: Path, damage: str
) -> None:
    cache = tmp_path / "cache" / "search-index"
    build_index(small_content, cache)
    segment = max(
        (p for p in cache.iterdir() if p.name != STAMP_NAME), key=lambda p: p.stat().st_size
    )
    data = segment.read_bytes()
    if damage == "truncate":
        segment.write_bytes(data[: len(data) // 2])
    elif damage == "garble":
        middle = len(data) // 2
        segment.write_bytes(
            data[:middle]
            + bytes(b ^ 0xFF for b in data[middle : middle + 64])
            + data[middle + 64 :]
        )
    elif damage == "delete":
        segment.unlink()
    else:
        (cache / STAMP_NAME).write_text("{not json", encoding="utf-8")
    assert check_index(cache, content_hash(small_content)) == CORRUPT
    progress: list[tuple[int, int]] = []
    assert (
        ensure_index(small_content, None, cache, progress=lambda d, t: progress.append((d, t)))
        == cache
    )
    assert progress and progress[-1] == (2, 2)
    assert check_index(cache, content_hash(small_content)) == OK
    with Searcher.open(cache) as s:
        assert s.search("passport").hits[0].id == "passport-answer"
    # The damaged copy is kept aside, not overwritten.
    aside = list(cache.parent.glob("search-index.corrupt-*"))
    assert len(aside) == 1


def test_missing_index_is_built(small_content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "search-index"
    assert check_index(cache, None) == MISSING
    assert ensure_index(small_content, tmp_path / "no-bundle", cache) == cache
    assert check_index(cache, content_hash(small_content)) == OK


def test_index_opens_from_a_read_only_folder_without_writing(
    built_index: BuildInfo, tmp_path: Path
) -> None:
    ro = tmp_path / "Program Files" / "CheckInHelp" / "search-index"
    shutil.copytree(built_index.path, ro)
    for p in [ro, *ro.iterdir()]:
        p.chmod(stat.S_IREAD | stat.S_IEXEC if p.is_dir() else stat.S_IREAD)
    before = _snapshot(ro)
    try:
        # As root chmod does not stop writes, so also prove that nothing was written.
        assert ensure_index(CONTENT_DIR, ro, tmp_path / "cache") == ro
        with Searcher.open(ro) as s:
            assert s.search("passport").hits[0].id == "ice-took-passport"
            assert s.complete("pass")
        assert _snapshot(ro) == before
        assert not (tmp_path / "cache").exists()
    finally:
        for p in [ro, *ro.iterdir()]:
            p.chmod(stat.S_IRWXU)


def test_index_builds_and_opens_under_non_ascii_path_with_spaces(tmp_path: Path) -> None:
    odd = tmp_path / "Información del usuario" / "índice de búsqueda ✓"
    info = build_index(CONTENT_DIR, odd)
    assert info.path == odd
    with Searcher.open(odd) as s:
        assert s.search("grillete").hits[0].id == "ankle-monitor"
    content_copy = tmp_path / "contenido ñandú" / "content"
    shutil.copytree(CONTENT_DIR, content_copy)
    assert ensure_index(content_copy, odd, tmp_path / "caché") == odd


def test_cannot_build_into_unwritable_place(small_content: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(IndexBuildError):
        build_index(small_content, blocker / "ix")
    assert os.path.isfile(blocker)


def test_build_is_identical_across_processes(tmp_path: Path) -> None:
    # Different hash seeds change set order; the files must not depend on it.
    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"ix-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "CHECKIN_HELP_DATA_DIR": str(tmp_path)}
        code = (
            "import sys; from pathlib import Path; from index.build import build_index; "
            "build_index(Path(sys.argv[1]), Path(sys.argv[2]))"
        )
        subprocess.run(
            [sys.executable, "-c", code, str(CONTENT_DIR), str(out)],
            check=True,
            env=env,
            cwd=REPO,
        )
        outs.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert outs[0] == outs[1]


def test_the_vocabulary_file_is_only_a_head_start(built_index: BuildInfo, tmp_path: Path) -> None:
    """An index without its vocabulary file (or with a stale one) answers the same searches:
    what the build stores there is what the Searcher would otherwise work out itself."""
    from index.schema import VOCABULARY_FILE

    queries = ["ankle monitor", "reagendo mi cita", "nobody is picking up", "pasport", "wen"]
    stale = tmp_path / "stale"
    shutil.copytree(built_index.path, stale)
    vocabulary = json.loads((stale / VOCABULARY_FILE).read_text(encoding="utf-8"))
    for key in ("known_terms", "text_stems", "synonym_tables"):
        vocabulary.pop(key, None)
    (stale / VOCABULARY_FILE).write_text(json.dumps(vocabulary), encoding="utf-8")
    with (
        Searcher.open(built_index.path, debug=True) as stored,
        Searcher.open(stale, debug=True) as remade,
    ):
        for q in queries:
            assert stored.search(q) == remade.search(q), q
