"""HelpLibrary: the Qt-free service behind the window (no QApplication here)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.library import (
    SECTION_MORE,
    SECTION_QUESTIONS,
    SECTION_START,
    HelpLibrary,
    IndexUnavailable,
    build_current_index,
    content_source_of,
)
from desktop.core.paths import resolve_paths

CONTENT = resolve_paths(environ={}).content_dir
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HelpLibrary]:
    """The bundled content with an index built once for this module."""
    lib = HelpLibrary.load_content(CONTENT)
    cache = tmp_path_factory.mktemp("cache") / "search-index"
    lib.open_index(CONTENT, cache.parent / "no-bundled-index", cache)
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def plain() -> HelpLibrary:
    """The content without a search index (the fallback path)."""
    return HelpLibrary.load_content(CONTENT)


def _all_ids(lib: HelpLibrary) -> list[str]:
    return [e.id for s in lib.toc() for e in s.entries]


def test_toc_keeps_content_order_and_lists_every_article(library: HelpLibrary) -> None:
    from index.content import load_library

    expected = [a.id for a in load_library(CONTENT).articles]
    assert _all_ids(library) == expected
    kinds = [s.kind for s in library.toc()]
    assert kinds[0] == SECTION_START
    assert SECTION_QUESTIONS in kinds
    assert set(kinds) <= {SECTION_START, SECTION_QUESTIONS, SECTION_MORE}
    questions = next(s for s in library.toc() if s.kind == SECTION_QUESTIONS)
    assert all(e.title.endswith("?") for e in questions.entries)
    assert library.home_id == expected[0]


def test_answer_page_has_title_source_date_body_and_related(library: HelpLibrary) -> None:
    from index.render import article_plain_text

    for article_id in _all_ids(library):
        art = library.article(article_id)
        page = library.answer_page(article_id)
        assert (page.id, page.title, page.source, page.reviewed) == (
            art.id,
            art.title,
            art.source,
            art.reviewed,
        )
        assert "Asylum Seeker Advocacy Project" in page.source
        assert [r.id for r in page.related] == [r for r in art.related if library.has(r)]
        # Every line of the answer is in its body, word for word.
        flat = " ".join(page.body_html.split())
        for line in article_plain_text(art).splitlines():
            words = line.split()[:4]
            if words and "&" not in line and "<" not in line:
                assert " ".join(words) in flat.replace("<strong>", "").replace("</strong>", "")


def test_answer_page_highlights_and_escapes(library: HelpLibrary) -> None:
    page = library.answer_page("ankle-monitor", ["monitor"])
    assert '<b class="match">monitor</b>' in page.body_html
    assert "<b class" not in library.answer_page("ankle-monitor").body_html  # not kept
    assert "<script" not in library.answer_page("about", ["<script>"]).body_html


def test_answer_html_comes_from_the_content_not_the_index(tmp_path: Path) -> None:
    """What a person reads is rendered from the verified content, whatever an index folder holds.

    The folder here is current by its stamp yet holds forged answer HTML (as an index of the
    old kind held `rendered.json`): none of it reaches an answer page.
    """
    import json

    from index.build import build_index
    from index.content import load_library
    from index.opening import STAMP_NAME, index_files

    folder = build_index(CONTENT, tmp_path / "bundled").path
    forged = {a.id: "<p>FORGED ANSWER</p>" for a in load_library(CONTENT).articles}
    (folder / "rendered.json").write_text(json.dumps(forged), encoding="utf-8")
    stamp = json.loads((folder / STAMP_NAME).read_text(encoding="utf-8"))
    stamp["files"] = index_files(folder)
    (folder / STAMP_NAME).write_text(json.dumps(stamp), encoding="utf-8")
    lib = HelpLibrary.load_content(CONTENT)
    assert lib.open_current_index(folder, tmp_path / "cache")  # accepted as current
    try:
        for entry in [e for s in lib.toc() for e in s.entries]:
            body = lib.answer_page(entry.id).body_html
            assert "FORGED" not in body and body.strip()
    finally:
        lib.close()


def test_content_source_prefers_the_about_article() -> None:
    from types import SimpleNamespace as Art

    articles = [
        Art(id="what-is-ice", source="Other source", reviewed="2020-01-01"),
        Art(id="about", source='ASAP, "ICE and ISAP Check Ins"', reviewed="2026-11-26"),
    ]
    info = content_source_of(articles)  # type: ignore[arg-type]
    assert (info.source, info.reviewed) == ('ASAP, "ICE and ISAP Check Ins"', "2026-11-26")
    only = [Art(id="x", source="ASAP FAQ", reviewed="2026-10-01")]
    assert content_source_of(only).reviewed == "2026-10-01"  # type: ignore[arg-type]
    assert "ICE and ISAP Check Ins" in content_source_of([]).source


def test_content_source_of_the_bundled_content(library: HelpLibrary) -> None:
    about = library.article("about")
    assert library.content_source().source == about.source
    assert library.content_source().reviewed == about.reviewed


def test_important_numbers_come_from_the_content(library: HelpLibrary) -> None:
    numbers = {n.number: n for n in library.important_numbers()}
    assert {"1-833-383-1465", "1-888-351-4024", "1-800-898-7180"} <= set(numbers)
    ice = numbers["1-833-383-1465"]
    assert ice.tel == "tel:+18333831465"
    assert ice.is_ice
    assert any("national" in p for p in ice.purposes)
    # Every article that links it is known, not only the first.
    assert {"cannot-attend-check-in", "no-one-answers"} <= set(ice.article_ids)
    court = numbers["1-800-898-7180"]
    assert not court.is_ice
    assert any("immigration court hotline" in p for p in court.purposes)
    # Each purpose is a sentence of the content, word for word.
    bodies = " ".join(library.article(a).body for a in _all_ids(library))
    for n in numbers.values():
        for purpose in n.purposes:
            assert purpose.split(" at ")[0] in bodies


def test_number_lookup_and_ice_numbers(library: HelpLibrary) -> None:
    found = library.number_for_tel("tel:+1-833-383-1465")
    assert found is not None and found.number == "1-833-383-1465"
    assert library.number_for_tel("tel:+15555550100") is None
    assert [n.number for n in library.ice_numbers("no-one-answers")] == ["1-833-383-1465"]
    assert library.ice_numbers("ankle-monitor") == ()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("no contestan", "no-one-answers"),
        ("tobillera", "ankle-monitor"),
        ("pasport", "ice-took-passport"),
        ("cant go to my check in", "cannot-attend-check-in"),
    ],
)
def test_search_finds_colloquial_spanish_and_misspelled(
    library: HelpLibrary, query: str, expected: str
) -> None:
    response = library.search(query)
    assert response.hits[0].id == expected


def test_search_never_raises(library: HelpLibrary) -> None:
    for query in ["", " ", "%%%", "a" * 5000, "\x00", "AND OR NOT", 'título:"', "😀"]:
        response = library.search(query)
        assert isinstance(response.hits, list)


def test_no_results_page_offers_closest_and_numbers(library: HelpLibrary) -> None:
    response = library.search("qwxz zzkj")
    page = library.no_results_page(response)
    assert page.query == "qwxz zzkj"
    assert page.closest
    assert page.numbers == library.important_numbers()


def test_complete(library: HelpLibrary, plain: HelpLibrary) -> None:
    assert "passport" in library.complete("passp")
    assert plain.complete("passp") == []


def test_fallback_search_without_index(plain: HelpLibrary) -> None:
    assert not plain.has_index
    assert plain.search("passport").hits[0].id == "ice-took-passport"
    assert plain.search("información").hits  # accents folded
    assert plain.search("qwxz").hits == []
    assert plain.search("").hits == []


def test_open_index_failure_raises_plain_error(tmp_path: Path) -> None:
    lib = HelpLibrary.load_content(CONTENT)
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the index folder should be")
    with pytest.raises(IndexUnavailable):
        lib.open_index(CONTENT, tmp_path / "none", not_a_folder)
    assert lib.index_error
    assert lib.search("passport").hits  # still usable


def test_corrupt_cached_index_is_rebuilt(tmp_path: Path) -> None:
    cache = tmp_path / "search-index"
    lib = HelpLibrary.load_content(CONTENT)
    lib.open_index(CONTENT, tmp_path / "none", cache)
    lib.close()
    damaged = [f for f in cache.iterdir() if f.suffix in (".trm", ".pst", ".toc")]
    assert damaged
    for f in damaged:
        f.write_bytes(b"garbage")
    lib2 = HelpLibrary.load_content(CONTENT)
    steps: list[tuple[int, int]] = []
    lib2.open_index(CONTENT, tmp_path / "none", cache, progress=lambda d, t: steps.append((d, t)))
    assert lib2.has_index
    assert steps  # it was rebuilt, with progress reports
    assert lib2.search("tobillera").hits[0].id == "ankle-monitor"
    lib2.close()


def test_build_current_index_rebuilds_into_the_cache(tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    folder = build_current_index(
        CONTENT, tmp_path / "none", tmp_path / "cache", lambda d, t: steps.append((d, t))
    )
    assert folder == tmp_path / "cache" and steps  # built, with progress reports
    lib = HelpLibrary.load_content(CONTENT)
    assert not lib.has_index
    lib.use_index(folder)
    assert lib.has_index and lib.search("tobillera").hits[0].id == "ankle-monitor"
    lib.close()
    assert not lib.has_index


def test_build_current_index_failure_is_plain(tmp_path: Path) -> None:
    with pytest.raises(IndexUnavailable) as caught:
        build_current_index(tmp_path / "no-content", tmp_path / "none", tmp_path / "cache")
    assert caught.value.reason and "Traceback" not in caught.value.reason


def test_open_current_index_opens_a_current_one_read_only(tmp_path: Path) -> None:
    """The usual start: a current index opens at once, searchable, with nothing written."""
    from index.build import build_index

    build_index(CONTENT, tmp_path / "bundled")
    lib = HelpLibrary.load_content(CONTENT)
    assert lib.open_current_index(tmp_path / "bundled", tmp_path / "cache")
    assert lib.has_index
    assert lib.search("tobillera").hits[0].id == "ankle-monitor"
    assert not (tmp_path / "cache").exists()
    lib.close()
    assert not lib.has_index
    assert lib.search("tobillera").hits  # the simple search answers


def test_open_current_index_refuses_a_missing_one(tmp_path: Path) -> None:
    lib = HelpLibrary.load_content(CONTENT)
    assert not lib.open_current_index(tmp_path / "none", tmp_path / "cache")
    assert not lib.has_index and not (tmp_path / "cache").exists()


def test_searcher_that_cannot_be_made_leaves_the_simple_search(tmp_path: Path, monkeypatch) -> None:
    """A failure making the Searcher is reported plainly; searching goes on without the index."""
    import index.search
    from index.build import build_index

    build_index(CONTENT, tmp_path / "bundled")
    lib = HelpLibrary.load_content(CONTENT)

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk read error")

    monkeypatch.setattr(index.search.Searcher, "open", classmethod(broken))
    assert not lib.open_current_index(tmp_path / "bundled", tmp_path / "cache")
    assert lib.index_error == "OSError: disk read error"
    assert not lib.has_index
    response = lib.search("ankle monitor")
    assert response.hits and response.hits[0].id == "ankle-monitor"
    assert lib.complete("ank") == []


def test_a_broken_index_mid_session_falls_back_to_the_simple_search(
    tmp_path: Path, monkeypatch
) -> None:
    import index.search

    lib = HelpLibrary.load_content(CONTENT)
    lib.open_index(CONTENT, tmp_path / "none", tmp_path / "cache")

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk read error")

    monkeypatch.setattr(index.search.Searcher, "search", broken)
    assert lib.search("passport").hits[0].id == "ice-took-passport"
    assert lib.index_error == "OSError: disk read error" and not lib.has_index


def test_open_current_index_refuses_a_stale_one(tmp_path: Path) -> None:
    from index.build import build_index

    content = tmp_path / "content"
    content.mkdir()
    for path in CONTENT.glob("*.md"):
        (content / path.name).write_bytes(path.read_bytes())
    build_index(content, tmp_path / "bundled")
    first = sorted(content.glob("*.md"))[1]
    first.write_text(first.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    lib = HelpLibrary.load_content(content)
    assert not lib.open_current_index(tmp_path / "bundled", tmp_path / "cache")
    assert not lib.has_index


def test_whoosh_is_imported_without_the_download_modules(tmp_path: Path) -> None:
    """Importing `index` keeps urllib.request (http, email, ssl) out; whoosh still works."""
    script = textwrap.dedent(
        """
        import sys
        from desktop.core.library import HelpLibrary
        from desktop.core.paths import resolve_paths

        paths = resolve_paths()
        lib = HelpLibrary.load_content(paths.content_dir)
        lib.open_index(paths.content_dir, paths.bundled_index_dir, sys.argv[1])
        assert lib.search("tobillera").hits[0].id == "ankle-monitor"
        lib.answer_page(lib.home_id)
        heavy = sorted(m for m in ("urllib.request", "http.client", "ssl", "email") if m in sys.modules)
        assert not heavy, heavy

        import whoosh.compat
        try:
            whoosh.compat.urlretrieve("not-a-url", "x")
        except OSError as exc:
            assert "never downloads" in str(exc)
        else:
            raise AssertionError("whoosh could download")
        # The stand-in was only there while whoosh loaded: the real module imports normally.
        import urllib.request
        assert hasattr(urllib.request, "urlopen")
        print("ok")
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "cache")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "ok"
