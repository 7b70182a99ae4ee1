"""pytest-qt: answers in the window say where their pack comes from, whether it is verified,
and when it is out of date; important numbers are grouped by pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.library import HelpLibrary
from desktop.core.packs import pack_store
from desktop.core.paths import resolve_paths
from desktop.core.settings import SettingsStore
from tests.packs.conftest import article, manifest_fields, run, write_zip
from tests.ui.helpers import answer_text


@pytest.fixture
def window(qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """A main window over the built-in pack and an unsigned clinic pack with a phone number."""
    from desktop.ui.main_window import MainWindow

    body = "Call the clinic's front desk at [617-555-0123](tel:+16175550123)."
    pack = write_zip(
        tmp_path / "clinic.chpack",
        {"01-a.md": article(body=body).encode()},
        manifest=manifest_fields(id="clinic", title="Clinic numbers", as_of="2026-11"),
    )
    assert run(["pack", "install", str(pack), "--allow-unsigned"], capsys)[0] == 0
    paths = resolve_paths()
    library = HelpLibrary.load_content(paths.content_dir, pack_store(paths))
    library.open_index(paths.content_dir, tmp_path / "no-bundled", paths.index_cache_dir)
    store = SettingsStore(tmp_path / "settings.json")
    win = MainWindow(library, store, store.load())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    library.close()


def test_built_in_answers_show_the_sources_date_and_the_stale_warning(window) -> None:
    window.open_article("ankle-monitor")
    text = answer_text(window)
    assert "Information as of spring 2023, according to Asylum Seeker Advocacy Project" in text
    assert "this copy taken 2026-11-26" in text
    assert "Built into this program" in text
    assert "this information may be out of date. Ask a lawyer or a legal clinic." in text
    assert "Last checked against the source" not in text


def test_an_unsigned_pack_is_labelled_not_verified_and_not_stale(window) -> None:
    window.open_article("clinic--local-office")
    text = answer_text(window)
    assert "Added on this computer. Not verified." in text
    assert "Information as of 2026-11, according to Test Clinic" in text
    assert "out of date" not in text


def test_important_numbers_are_grouped_by_pack(window) -> None:
    window.show_numbers()
    text = answer_text(window)
    assert "ICE and ISAP Check Ins" in text and "Clinic numbers" in text
    assert text.index("1-833-383-1465") < text.index("Clinic numbers") < text.index("617-555-0123")
    # Each number's sentence says whose words it is: ASAP's for the built-in pack only.
    clinic_part = text[text.index("Clinic numbers") :]
    assert "From Test Clinic:" in clinic_part and "In ASAP's words" not in clinic_part
    assert "In ASAP's words" in text[: text.index("Clinic numbers")]


def test_search_finds_answers_in_both_packs(window) -> None:
    hits = window.library.search("clinic front desk local office").hits
    assert hits and hits[0].id == "clinic--local-office"


def test_translations_link_to_each_other_and_the_ui_language_comes_first(
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.ui.main_window import MainWindow
    from tests.ui.helpers import wait_for_page

    text = article(
        "ankle-monitor",
        "¿Cómo me quitan el monitor de tobillo?",
        "Texto de prueba sobre el monitor de tobillo (no es contenido real).",
    )
    pack = write_zip(
        tmp_path / "es.chpack",
        {"01-a.md": text.encode()},
        manifest=manifest_fields(id="test-es", title="Prueba", language="es", as_of="2026-11"),
    )
    assert run(["pack", "install", str(pack), "--allow-unsigned"], capsys)[0] == 0
    paths = resolve_paths()
    library = HelpLibrary.load_content(paths.content_dir, pack_store(paths))
    library.open_index(paths.content_dir, tmp_path / "no-bundled", paths.index_cache_dir)
    store = SettingsStore(tmp_path / "settings.json")
    win = MainWindow(library, store, store.load())
    qtbot.addWidget(win)
    win.show()
    win.open_article("ankle-monitor")
    assert "Also in: Español" in answer_text(win)
    assert 'href="article:test-es--ankle-monitor"' in win.pages.article("ankle-monitor")
    win.open_article("test-es--ankle-monitor")
    wait_for_page(qtbot, win, "test-es--ankle-monitor")
    assert "Also in: English" in answer_text(win)

    library.ui_language = "en"
    assert library.search("monitor tobillo ankle").hits[0].id == "ankle-monitor"
    library.ui_language = "es"
    assert library.search("monitor tobillo ankle").hits[0].id == "test-es--ankle-monitor"
    library.close()


def test_results_name_the_pack_when_more_than_one_is_active(qtbot, window) -> None:
    from PySide6.QtCore import Qt

    from tests.ui.helpers import type_query

    type_query(qtbot, window, "clinic front desk")
    qtbot.waitUntil(lambda: "clinic--local-office" in window.results.article_ids())
    row = window.results.article_ids().index("clinic--local-office")
    items = [window.results.item(i) for i in range(window.results.count())]
    item = [it for it in items if it.toolTip()][row]
    assert item.toolTip().startswith("Clinic numbers: ")
    assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole).startswith("Clinic numbers: ")


def test_a_pack_signed_by_a_trusted_key_says_verified_on_its_answers(
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.ui.main_window import MainWindow
    from tests.packs.conftest import write_folder

    folder = write_folder(tmp_path / "signed", id="signed-pack", title="Signed pack")
    key, pack = tmp_path / "clinic", tmp_path / "signed.chpack"
    assert run(["pack", "keygen", "--out", str(key)], capsys)[0] == 0
    assert (
        run(["pack", "build", str(folder), "--out", str(pack), "--sign", f"{key}.key"], capsys)[0]
        == 0
    )
    assert run(["pack", "trust-key", f"{key}.pub", "--name", "Harbor City"], capsys)[0] == 0
    assert run(["pack", "install", str(pack)], capsys)[0] == 0
    paths = resolve_paths()
    library = HelpLibrary.load_content(paths.content_dir, pack_store(paths))
    store = SettingsStore(tmp_path / "settings.json")
    win = MainWindow(library, store, store.load())
    qtbot.addWidget(win)
    win.open_article("signed-pack--local-office")
    text = answer_text(win)
    assert "Verified: Harbor City" in text
    assert "Not verified" not in text and "Built into this program" not in text
    library.close()
