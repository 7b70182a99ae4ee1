"""pytest-qt: what the app says about packs (answer lines, numbers page, the two dialogs) is in
the person's language: no English of the app's own in es, ht, pt_BR or fr."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.library import HelpLibrary
from desktop.core.packs import pack_store, pack_summaries, preview_pack
from desktop.core.paths import resolve_paths
from desktop.core.settings import Settings, SettingsStore
from desktop.ui.i18n import install_language
from tests.packs.conftest import article, manifest_fields, run, write_zip
from tests.ui.test_no_english import NON_ENGLISH, english_in, page_english

BODY = "Call the clinic's front desk at [617-555-0123](tel:+16175550123)."
# The pack's own words (its manifest and article), shown as the publisher wrote them.
PACK_WORDS = ("Clinic numbers", "Test Clinic", "Where is the local ICE office?", "en")


@pytest.fixture(params=NON_ENGLISH)
def language(request, qapp) -> Iterator[str]:
    """The app in one non-English language for the test, English again afterwards."""
    installed = install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en", installed)


def test_pack_lines_pages_and_dialogs_are_in_the_ui_language(
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.packs_dialog import AddPackDialog, ManagePacksDialog

    pack = write_zip(
        tmp_path / "clinic.chpack",
        {"01-a.md": article(body=BODY).encode()},
        manifest=manifest_fields(id="clinic", title="Clinic numbers", as_of="2026-11"),
    )
    store = pack_store(resolve_paths())
    preview = preview_pack(store, pack)
    add = AddPackDialog(preview)
    qtbot.addWidget(add)
    assert english_in(add, language, faq=PACK_WORDS) == []

    assert run(["pack", "install", str(pack), "--allow-unsigned"], capsys)[0] == 0
    manage = ManagePacksDialog(pack_summaries(store)[0])
    qtbot.addWidget(manage)
    builtin = pack_summaries(store)[0][0]
    faq = (*PACK_WORDS, builtin.title, builtin.publisher)
    assert english_in(manage, language, faq=faq) == []
    english = ("Built into this program", "Not verified", "in use", "turned off", "Information as")
    for row in range(manage.list.count()):  # list rows are not widgets: look at them here
        shown = manage.list.item(row).text()
        assert not [e for e in english if e in shown], shown

    paths = resolve_paths()
    library = HelpLibrary.load_content(paths.content_dir, pack_store(paths))
    settings = SettingsStore(tmp_path / "settings.json")
    win = MainWindow(library, settings, Settings(language=language))
    qtbot.addWidget(win)
    win.show()
    for answer in ("ankle-monitor", "clinic--local-office"):
        win.open_article(answer)
        html = win.answer.toHtml()
        assert page_english(html, language) == [], answer
    win.open_article("ankle-monitor")  # the built-in pack: its date, and the stale warning
    text = win.answer.toPlainText()
    from desktop.ui.pages import as_of_words

    season = as_of_words("spring 2023")  # the source's season in the UI language
    assert season != "spring 2023" and season in text and "2026-11-26" in text
    assert "may be out of date" not in text and "Built into this program" not in text
    win.show_numbers()
    assert page_english(win.answer.toHtml(), language) == []
    library.close()
