"""The self-test run from source: passes, writes nowhere but temp, and names a failing step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.core.paths import AppPaths, resolve_paths
from desktop.selftest import SelfTest, StepFailed, run_self_test
from index.build import build_index
from index.content import load_library

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_through_the_cli(qapp, capsys, _private_user_data: Path) -> None:
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    count = len(load_library(ROOT / "content").articles)
    assert len(out) == 1
    assert out[0].startswith("self-test ok: source tree")
    assert f"{count} titles found first" in out[0]
    assert "PDF" in out[0] and "encrypted log ok" in out[0]
    # Only the (empty) data folder is touched: no log, no index, no settings left behind.
    assert [p for p in _private_user_data.rglob("*")] == []


def test_failing_step_is_named_in_one_line(qapp, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: SelfTest) -> str:
        raise StepFailed("the PDF is missing or damaged (0 bytes)")

    monkeypatch.setattr(SelfTest, "print_pdf", broken)
    assert run_self_test([]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == (
        "self-test FAILED at print: the PDF is missing or damaged (0 bytes)"
    )


def test_unexpected_error_is_a_failed_step(qapp, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(self: SelfTest) -> str:
        raise RuntimeError("index exploded")

    monkeypatch.setattr(SelfTest, "search_titles", boom)
    assert run_self_test([]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "self-test FAILED at search: RuntimeError: index exploded"


@pytest.fixture
def fake_bundle(tmp_path: Path) -> AppPaths:
    """A frozen-style layout: a copy of the content and an index prebuilt from it."""
    content = tmp_path / "_internal" / "content"
    shutil.copytree(ROOT / "content", content)
    index = tmp_path / "_internal" / "search-index"
    build_index(content, index)
    real = resolve_paths()
    return AppPaths(content, index, real.data_dir, real.cache_dir, portable=False)


def test_frozen_uses_the_bundled_index_without_rebuilding(fake_bundle: AppPaths, tmp_path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    test = SelfTest(fake_bundle, work, frozen=True)
    test.load_content()
    try:
        assert test.open_index() == "bundled index"
        assert test.index_dir == fake_bundle.bundled_index_dir
        assert "titles found first" in test.search_titles()
    finally:
        test.searcher.close()
    assert list(work.iterdir()) == []


def test_frozen_refuses_a_stale_bundled_index(fake_bundle: AppPaths, tmp_path: Path) -> None:
    article = sorted(fake_bundle.content_dir.glob("*.md"))[1]
    article.write_text(article.read_text(encoding="utf-8") + "\nMore text.\n", encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    test = SelfTest(fake_bundle, work, frozen=True)
    test.load_content()
    with pytest.raises(StepFailed, match="bundled search index is stale"):
        test.open_index()
    assert list(work.iterdir()) == []


def test_qt_step_fails_without_fonts(qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtGui import QFontDatabase

    test = SelfTest(resolve_paths(), tmp_path, frozen=False)
    assert "font families" in test.start_qt()
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *a: []))
    with pytest.raises(StepFailed, match="no fonts found"):
        test.start_qt()
