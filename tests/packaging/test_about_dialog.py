"""The About box: name, version, icon, content source and date, and every licence notice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from desktop import __version__
from desktop.core.library import ContentSource
from desktop.core.paths import licenses_dir, resolve_paths
from desktop.resources import app_icon_ico_path, app_icon_path
from desktop.ui.about_dialog import THIRD_PARTY, AboutDialog

SOURCE = ContentSource('ASAP, "ICE and ISAP Check Ins"', "2026-11-26")


def test_icon_files_exist_and_load(qtbot) -> None:
    from PySide6.QtGui import QIcon

    assert app_icon_path().is_file()
    assert app_icon_ico_path().is_file()
    icon = QIcon(str(app_icon_path()))
    assert not icon.isNull()
    assert max(s.width() for s in icon.availableSizes()) == 256


def test_every_listed_notice_file_ships(tmp_path: Path) -> None:
    folder = licenses_dir()
    missing = [f for p in THIRD_PARTY for f in p.files if not (folder / f).is_file()]
    assert missing == []
    required = {
        "Qt",
        "SQLCipher",
        "OpenSSL",
        "Whoosh",
        "Markdown",
        "segno",
        "Pillow",
        "platformdirs",
    }
    names = " ".join(p.name for p in THIRD_PARTY)
    assert all(r in names for r in required)
    assert "Python 3" in names


def test_dialog_shows_name_version_source_and_disclaimer(qtbot, tmp_path: Path) -> None:
    dialog = AboutDialog(None, source=SOURCE)
    qtbot.addWidget(dialog)
    assert "Check-In Help" in dialog.windowTitle()
    assert __version__ in dialog.name_label.text()
    assert "ICE and ISAP Check Ins" in dialog.source_label.text()
    assert "2026-11-26" in dialog.source_label.text()
    assert "not legal advice" in dialog.disclaimer_label.text()
    assert not dialog.icon_label.pixmap().isNull()
    for widget in (dialog.licence_list, dialog.licence_text, dialog.source_label):
        assert widget.accessibleName()


def test_dialog_lists_licences_and_shows_their_text(qtbot, tmp_path: Path) -> None:
    dialog = AboutDialog(None, source=SOURCE)
    qtbot.addWidget(dialog)
    names = dialog.licence_names()
    assert len(names) == len(THIRD_PARTY)
    assert names[0].startswith("Qt") and "LGPL" in names[0]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    row = next(i for i, p in enumerate(THIRD_PARTY) if p.name == "SQLCipher")
    dialog.licence_list.setCurrentRow(row)
    assert "ZETETIC LLC" in dialog.licence_text.toPlainText()


def test_missing_notice_says_so_plainly(qtbot, tmp_path: Path) -> None:
    dialog = AboutDialog(None, source=SOURCE, notices_dir=tmp_path / "nowhere")
    qtbot.addWidget(dialog)
    assert "missing from this installation" in dialog.licence_text.toPlainText()


def test_close_button_rejects(qtbot, tmp_path: Path) -> None:
    dialog = AboutDialog(None, source=SOURCE)
    qtbot.addWidget(dialog)
    dialog.setResult(AboutDialog.DialogCode.Accepted)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert dialog.result() == AboutDialog.DialogCode.Rejected


def test_dialog_reads_source_and_date_from_the_bundled_content(qtbot) -> None:
    from index.content import load_library

    about = load_library(resolve_paths().content_dir).get("about")
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    text = dialog.source_label.text()
    assert about.source in text
    assert about.reviewed and about.reviewed in text


def _tr_texts(path: Path) -> list[str]:
    """Every literal text passed to tr() in a file."""
    import ast

    return [
        node.args[0].value
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", "") == "tr"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]


# Every About text's translation (and its {placeholders}) is checked with all the others in
# tests/ui/test_translations.py.


def test_dialog_in_spanish(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.i18n import install_language

    app = QApplication.instance()
    translator = install_language(app, "es")
    try:
        dialog = AboutDialog(None, source=SOURCE)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Acerca de Check-In Help"
        assert "no asesoría legal" in dialog.disclaimer_label.text()
        assert "Respuestas de" in dialog.source_label.text()
        assert "Versión" in dialog.name_label.text()
    finally:
        install_language(app, "en", translator)


def test_dialog_shows_the_built_in_packs_honest_dates(qtbot) -> None:
    """The source's own as-of date and when the copy was taken, not a "reviewed" date."""
    from desktop.core.library import HelpLibrary
    from desktop.core.packs import pack_store

    paths = resolve_paths()
    source = HelpLibrary.load_content(paths.content_dir, pack_store(paths)).content_source()
    for dialog in (AboutDialog(None, source=source), AboutDialog(None)):
        qtbot.addWidget(dialog)
        text = dialog.source_label.text()
        assert "Information as of spring 2023" in text
        assert "Asylum Seeker Advocacy Project (ASAP)" in text
        assert "this copy taken 2026-11-26" in text
        assert "reviewed" not in text
