"""Changing an installed pack's bytes, or planting an index in the cache, never changes what
is shown: the verified text is shown, or the changed pack is refused with a clear message."""

from __future__ import annotations

import dataclasses
import html
import json
import zipfile
from pathlib import Path

import pytest

from desktop.core.library import HelpLibrary
from desktop.core.packs import pack_store
from desktop.core.paths import resolve_paths
from index import render
from index.build import STAMP_NAME, build_library_index, check_index, index_files
from index.content import Library
from tests.packs.conftest import article, run, write_zip

REAL = "1-833-383-1465"
FAKE = "1-800-555-0199"


def _library() -> HelpLibrary:
    paths = resolve_paths()
    return HelpLibrary.load_content(paths.content_dir, pack_store(paths))


def test_a_changed_byte_in_an_installed_pack_refuses_the_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = article(body="Call the clinic at [555-0100](tel:+15555550100).").encode()
    pack = write_zip(tmp_path / "p.chpack", {"01-a.md": text})
    assert run(["pack", "install", str(pack), "--allow-unsigned"], capsys)[0] == 0
    installed = resolve_paths().packs_dir / "test-pack.chpack"
    # Rewrite the article inside the installed zip with one byte changed (5 -> 9).
    with zipfile.ZipFile(installed) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["01-a.md"] = members["01-a.md"].replace(
        b"555-0100](tel:+15555550100", b"555-0900](tel:+15555550900"
    )
    with zipfile.ZipFile(installed, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    code, out, _ = run(["pack", "list"], capsys)
    assert code == 0 and "REFUSED" in out and "does not match its hash" in out
    library = _library()
    assert not library.has("test-pack--local-office")
    assert library.refused_packs == (
        (
            "test-pack.chpack",
            "01-a.md does not match its hash in the manifest (changed or damaged)",
        ),
    )
    assert all("555-0900" not in n.number for n in library.important_numbers())
    hits = json.loads(run(["search", "--json", "clinic local office"], capsys)[1])["hits"]
    assert all(h["pack"] != "test-pack" for h in hits)


def test_a_planted_index_and_rendered_file_do_not_change_what_is_shown(tmp_path: Path) -> None:
    paths = resolve_paths()
    honest = _library()
    honest_page = honest.answer_page("know-my-check-in")
    honest_numbers = honest.important_numbers()
    assert REAL in honest_page.body_html

    # An attacker writes an index of altered articles into the cache, stamped as current...
    real = honest.content
    altered = Library(
        tuple(
            dataclasses.replace(
                a,
                title="FAKE " + a.title,
                body=a.body.replace(REAL, FAKE).replace("18333831465", "18005550199"),
            )
            for a in real.articles
        ),
        real.content_hash,
    )
    cache = paths.index_cache_dir
    build_library_index(altered, cache)
    # ...and a stored-HTML file of the kind older indexes held, then the stamp's hashes to match.
    rendered = {a.id: f"<p>Call ICE at {FAKE}</p>" for a in real.articles}
    (cache / "rendered.json").write_text(json.dumps(rendered), encoding="utf-8")
    stamp = json.loads((cache / STAMP_NAME).read_text(encoding="utf-8"))
    stamp["files"] = index_files(cache)
    (cache / STAMP_NAME).write_text(json.dumps(stamp), encoding="utf-8")
    assert check_index(cache, real.content_hash) == "ok"

    # `index.render` caches rendered bodies process-wide: start from a cold cache, as the app does.
    render._render_markdown.cache_clear()
    render._plain_text_of.cache_clear()
    library = _library()
    assert library.open_current_index(tmp_path / "no-bundled-index", cache)
    page = library.answer_page("know-my-check-in")
    assert page == honest_page and FAKE not in page.body_html
    assert library.important_numbers() == honest_numbers
    response = library.search("national phone number ICE")
    assert response.hits
    for hit in response.hits:
        assert not hit.title.startswith("FAKE") and FAKE not in hit.snippet
        assert hit.title == library.article(hit.id).title
    library.close()


class _RunsCode:
    """Unpickling this calls a function: what a planted index could do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        import pathlib

        return (pathlib.Path.write_text, (pathlib.Path(self.marker), "ran"))  # type: ignore[return-value]


def test_a_planted_index_that_would_run_code_is_never_opened(tmp_path: Path) -> None:
    import io
    import pickle

    from whoosh.filedb.structfile import StructFile

    paths = resolve_paths()
    library = _library()
    cache = paths.index_cache_dir
    build_library_index(library.content, cache)
    toc = next(cache.glob("_MAIN_*.toc"))
    # Keep the TOC's header, replace its pickled segment list with one that runs code.
    stream = StructFile(io.BytesIO(toc.read_bytes()))
    for _ in range(3):
        stream.read_varint()
    stream.read_int(), stream.read_int()
    for _ in range(3):
        stream.read_varint()
    stream.skip_string()
    stream.read_int(), stream.read_int()
    header = toc.read_bytes()[: stream.tell()]
    marker = tmp_path / "ran.txt"
    toc.write_bytes(header + pickle.dumps(_RunsCode(marker)))
    stamp = json.loads((cache / STAMP_NAME).read_text(encoding="utf-8"))
    stamp["files"] = index_files(cache)
    (cache / STAMP_NAME).write_text(json.dumps(stamp), encoding="utf-8")

    assert check_index(cache, library.content.content_hash) == "corrupt"
    assert not library.open_current_index(tmp_path / "no-bundled-index", cache)
    assert not marker.exists()
    # The app rebuilds the index and goes on with the verified text.
    library.open_index(paths.content_dir, tmp_path / "no-bundled-index", cache)
    assert not marker.exists()
    assert library.search("ankle monitor").hits[0].id == "ankle-monitor"
    library.close()


def test_the_window_says_which_packs_were_refused(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from desktop.ui.packs_menu import wire_packs

    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: messages.append(text))
    )
    window = QMainWindow()
    window.menuBar().addMenu("&File")
    qtbot.addWidget(window)
    window.library = _library()  # type: ignore[attr-defined]
    window.library.refused_packs = (("x.chpack", "x.md does not match its hash"),)  # type: ignore[attr-defined]
    wire_packs(window, resolve_paths(), lambda lib: None)
    qtbot.waitUntil(lambda: bool(messages))
    assert "failed their checks" in messages[0] and "x.chpack: x.md does not match" in messages[0]


def test_a_snippet_with_markup_or_words_not_in_the_article_shows_the_summary() -> None:
    from desktop.core.packs import verified_response
    from index.search import SearchHit, SearchResponse

    content = _library().content
    art = content.get("know-my-check-in")
    words = " ".join(art.body.split()[:3])

    def shown(snippet: str) -> str:
        hit = SearchHit(art.id, "FAKE title", "FAKE summary", snippet, 1.0)
        response = verified_response(content, SearchResponse("q", [hit], None))
        assert response.hits[0].title == art.title and response.hits[0].summary == art.summary
        return response.hits[0].snippet

    honest = f'<b class="match">{words}</b>'
    assert shown(honest) == honest
    summary = html.escape(art.summary)
    assert shown(f"Call ICE at {FAKE}") == summary
    # The article's own words, wrapped in a link or an image the index should never hold.
    assert shown(f'<a href="tel:+18005550199">{words}</a>') == summary
    assert shown(f'{words}<img src="https://example.org/x.png">') == summary


def test_a_planted_index_whose_stored_text_would_run_code_never_runs_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whoosh keeps stored fields (and posting blocks) as pickles too, read at search time: an
    index planted in the cache with a matching stamp must not run code when searched."""
    from whoosh.writing import SegmentWriter

    paths = resolve_paths()
    library = _library()
    cache = paths.index_cache_dir
    marker = tmp_path / "ran.txt"
    add_document = SegmentWriter.add_document

    def planted(self: SegmentWriter, **fields: object) -> None:
        fields["text"] = _RunsCode(marker)  # the stored text of every article
        add_document(self, **fields)

    with monkeypatch.context() as patch:
        patch.setattr(SegmentWriter, "add_document", planted)
        build_library_index(library.content, cache)
    assert check_index(cache, library.content.content_hash) == "ok"  # its stamp matches

    honest_page = library.answer_page("ankle-monitor")
    assert library.open_current_index(tmp_path / "no-bundled-index", cache)
    response = library.search("ankle monitor")
    assert not marker.exists()
    # Whatever the search still answers comes from the verified articles.
    for hit in response.hits:
        assert hit.title == library.article(hit.id).title
    assert library.answer_page("ankle-monitor") == honest_page
    library.close()


def test_the_index_unpickler_reads_plain_data_in_every_protocol_and_refuses_code(
    tmp_path: Path,
) -> None:
    import array
    import pickle

    from index.safe_toc import safe_loads

    plain = {"id": "x", "text": "words", "n": 3, "w": 1.5, "b": [b"", b"\x00\xff"], "s": {1, 2}}
    plain["a"] = array.array("i", [1, 2, 3])  # type: ignore[assignment]
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        assert safe_loads(pickle.dumps(plain, protocol=protocol)) == plain
        with pytest.raises(pickle.UnpicklingError):
            safe_loads(pickle.dumps(_RunsCode(tmp_path / "ran.txt"), protocol=protocol))
    assert not (tmp_path / "ran.txt").exists()


def test_whoosh_can_still_build_an_index_that_spills_its_sort_to_disk(tmp_path: Path) -> None:
    """A large pack's index is sorted in runs written to disk and read back (as pickles)."""
    from whoosh import index as whoosh_index

    from index.schema import build_schema

    ix = whoosh_index.create_in(str(tmp_path), build_schema(), indexname="MAIN")
    writer = ix.writer(limitmb=0.05)  # spill after about 50 KB of postings
    for n in range(300):
        writer.add_document(id=f"a{n}", title=f"Question {n} about ankle monitors", text=f"t{n}")
    writer.commit()
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 300
        assert searcher.stored_fields(0)["text"] == "t0"
    ix.close()
