"""In each non-English language, every window and dialog shows no English of the app's own.

Texts looked at: labels, buttons, menus and their actions, tooltips, status tips, placeholders,
accessible names and descriptions, window titles, group and tab titles. Allowed: proper names
(ICE, ISAP, ASAP, Check-In Help, ...) and the FAQ's own text (answers, titles, sentences quoted
beside the numbers), which stay as ASAP wrote them. Two nets: an English source text of the
catalog shown as is, and words that exist only in English.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from desktop.ui.i18n import install_language

ROOT = Path(__file__).resolve().parents[2]
NON_ENGLISH = ["es", "ht", "pt_BR", "fr"]
PROPER_NAMES = re.compile(
    r"Check-In Help|ICE|ISAP|ASAP|Qt|PySide6|PDF|CSV|QR|USB|URL|WebP|PNG|JPEG|GIF|BMP|A-\d"
)
# Words of English that are not words of Spanish, Creole, Portuguese or French.
ENGLISH_ONLY = set(
    [
        "the",
        "your",
        "you",
        "this",
        "and",
        "with",
        "what",
        "search",
        "answer",
        "answers",
        "open",
        "close",
        "save",
        "print",
        "find",
        "back",
        "phone",
        "copy",
        "call",
        "please",
        "cannot",
        "could",
        "not",
        "to",
        "of",
        "is",
        "it",
        "for",
        "from",
        "my",
        "more",
        "all",
        "show",
        "choose",
        "clear",
        "here",
        "text",
        "number",
        "numbers",
        "help",
        "log",
    ]
)


def _catalog(code: str, contexts: set[str] | None = None) -> set[str]:
    """The app's English source texts that the language translates into something else."""
    out = set()
    for ctx in ET.parse(ROOT / "i18n" / f"checkin_{code}.ts").getroot().iter("context"):
        if contexts is not None and ctx.findtext("name") not in contexts:
            continue
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            translation = msg.findtext("translation") or ""
            if source != translation and len(source) > 3 and not PROPER_NAMES.fullmatch(source):
                out.add(source.replace("&", ""))
    return out


CATALOGS = {code: _catalog(code) for code in NON_ENGLISH}
# The words the app writes into its own pages (the rest of a page is the FAQ's text).
PAGE_CATALOGS = {code: _catalog(code, {"PageWriter", "NumberNotes"}) for code in NON_ENGLISH}


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible-to-the-person text of a window and its children."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}({w.objectName()})"
        for what in ("windowTitle", "toolTip", "statusTip", "accessibleName", "whatsThis"):
            yield f"{name}.{what}", getattr(w, what)()
        yield f"{name}.accessibleDescription", w.accessibleDescription()
        if isinstance(w, QLabel | QAbstractButton):
            yield f"{name}.text", w.text()
        if isinstance(w, QLineEdit):
            yield f"{name}.placeholderText", w.placeholderText()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name}.item{i}", w.itemText(i)
        if isinstance(w, QGroupBox):
            yield f"{name}.title", w.title()
        if isinstance(w, QMenu):
            yield f"{name}.title", w.title()
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name}.tab{i}", w.tabText(i)
        for act in w.actions():
            for what in ("text", "toolTip", "statusTip", "iconText"):
                yield f"{name}.action.{what}", getattr(act, what)()


def _plain(text: str) -> str:
    """Text without markup, mnemonics, shortcut names in brackets and proper names."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&", "")
    text = re.sub(r"\((Ctrl|Alt|Shift|F\d|Esc|Échap)[^)]*\)", " ", text)
    return PROPER_NAMES.sub(" ", text)


def english_in(
    window: QWidget, code: str, allowed: frozenset[str] = frozenset(), faq: tuple[str, ...] = ()
) -> list[str]:
    """Every English text shown by window (and its children): '<where>: <text>'.

    allowed: whole texts to skip; faq: the FAQ's own words (its source's name) inside texts.
    """
    catalog = CATALOGS[code]
    found = []
    for where, text in _texts(window):
        if not text or text in allowed:
            continue
        for quoted in faq:
            text = text.replace(quoted, " ")
        plain = _plain(text).strip()
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", plain)}
        if plain in catalog or text.replace("&", "") in catalog or words & ENGLISH_ONLY:
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


def page_english(html_text: str, code: str) -> list[str]:
    """English texts of the app's own (not the FAQ's) in a page the app wrote."""
    return sorted(
        s for s in PAGE_CATALOGS[code] if len(s) > 8 and html.escape(s, quote=False) in html_text
    )


@pytest.fixture(params=NON_ENGLISH)
def language(request, qapp) -> Iterator[str]:
    """The app in one non-English language for the test, English again afterwards."""
    installed = install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en", installed)


@pytest.fixture
def main_window(qtbot, library, settings_store, language):
    """The main window built in the test's language."""
    from desktop.core.settings import Settings
    from desktop.ui.main_window import MainWindow

    win = MainWindow(library, settings_store, Settings(language=language))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_main_window_menus_and_find_bar(qtbot, main_window, language) -> None:
    main_window.actions_.find.trigger()  # the find bar
    assert main_window.find_bar.isVisible()
    menus = [a.menu() for a in main_window.menuBar().actions() if a.menu() is not None]
    problems = english_in(main_window, language)
    for menu in menus:
        problems += english_in(menu, language)
    assert problems == []


def test_numbers_page_and_answer_frame(qtbot, main_window, library, language) -> None:
    main_window.show_numbers()
    text = main_window.answer.toHtml()
    assert page_english(text, language) == []
    for number in library.important_numbers():
        # The FAQ's sentence is there, as ASAP wrote it, marked as theirs.
        for purpose in number.purposes:
            assert purpose in main_window.answer.toPlainText()
    main_window.open_article(library.home_id)
    assert page_english(main_window.answer.toHtml(), language) == []


def test_first_start_language_chooser(qtbot, main_window, language) -> None:
    from desktop.ui.language_chooser import LanguageChooser

    chooser = LanguageChooser(language, main_window)
    qtbot.addWidget(chooser)
    assert english_in(chooser, language) == []


def test_no_results_page(qtbot, main_window, language) -> None:
    from tests.ui.helpers import type_query

    type_query(qtbot, main_window, "qwxz zzkj")
    assert page_english(main_window.answer.toHtml(), language) == []
    assert english_in(main_window, language) == []


def test_about_and_link_dialogs(qtbot, main_window, language) -> None:
    from desktop.ui.about_dialog import AboutDialog

    about = AboutDialog(main_window)
    qtbot.addWidget(about)
    # Third-party names and licence texts are proper names and legal text: only the dialog's own.
    allowed = frozenset(about.licence_names())
    library = main_window.library
    source = library.article(library.home_id).source
    from desktop.core.library import read_content_source
    from desktop.core.paths import resolve_paths

    pack = read_content_source(resolve_paths().content_dir).pack
    assert pack is not None  # the built-in pack's publisher and as-of date are its own words
    faq = (source, pack.publisher, pack.as_of)
    assert english_in(about, language, allowed, faq=faq) == []
    from desktop.ui.link_dialog import KIND_PHONE

    number = main_window.library.important_numbers()[0]
    dialog = main_window.show_link_dialog(KIND_PHONE, number.number, number.tel, "")
    qtbot.addWidget(dialog)
    assert english_in(dialog, language) == []


def test_contact_log_windows(qtbot, main_window, tmp_path, monkeypatch, language) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.contact_log import LogStore
    from desktop.ui.contact_log import open_contact_log_window

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    log = open_contact_log_window(None, LogStore(tmp_path / "logs"), numbers=[])
    qtbot.addWidget(log)
    log.show()
    assert english_in(log, language) == []  # the unlock page
    # The logui branch moves create_log() to a `manager` helper of the window.
    dialog = getattr(log, "manager", log).create_log()
    assert english_in(dialog, language) == []  # the new-log dialog
    dialog.nickname.setText("Maria")
    dialog.passphrase.setText("cobalt meadow lantern quiver")
    dialog.repeat.setText("cobalt meadow lantern quiver")
    dialog.ok_button.click()
    assert not log.is_locked()
    assert english_in(log, language) == []  # the log itself
    entry = log.add_entry()
    assert english_in(entry, language) == []  # the entry form
    entry.close()


def test_qt_own_buttons_are_translated(qtbot, language) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert (
        cancel
        == {"es": "Cancelar", "ht": "Annuler", "pt_BR": "Cancelar", "fr": "Annuler"}[language]
    )


def test_the_check_finds_english(qtbot, library, settings_store) -> None:
    """The nets themselves: the English window is caught."""
    from desktop.core.settings import Settings
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    installed = install_language(app, "en")
    try:
        win = MainWindow(library, settings_store, Settings(language="en"))
        qtbot.addWidget(win)
        assert len(english_in(win, "es")) > 20
    finally:
        install_language(app, "en", installed)
    assert isinstance(win, QObject)


def _mnemonic(text: str) -> str | None:
    """The Alt+letter of a menu text ("&File" -> "f"), if it has one."""
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_menu_shortcut_letters_are_unique(main_window, language) -> None:
    """Two menus (or two items of one menu) on the same Alt+letter would make one unreachable."""
    bar = main_window.menuBar()
    groups = [[a.text() for a in bar.actions()]]
    groups += [
        [a.text() for a in action.menu().actions() if not a.isSeparator()]
        for action in bar.actions()
        if action.menu() is not None
    ]
    for texts in groups:
        letters = [m for m in map(_mnemonic, texts) if m is not None]
        assert len(letters) == len(set(letters)), texts
