"""The app in five languages: switchable in the window, remembered, the PC's language first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.core.paths import AppPaths
from desktop.ui.i18n import LANGUAGES, install_language, system_language, ui_locale

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def keeper(qtbot, library, tmp_path, monkeypatch):
    """The app's window keeper, as app.py builds it, on a PC set to English."""
    from desktop.app import WindowKeeper
    from desktop.core.settings import SettingsStore

    monkeypatch.setattr("desktop.ui.i18n.QLocale.system", lambda: QLocale("en_US"))
    store = SettingsStore(tmp_path / "settings.json")
    paths = AppPaths(tmp_path, tmp_path, tmp_path / "data", tmp_path / "cache", False)
    keeper = WindowKeeper(QApplication.instance(), library, store, paths)
    yield keeper
    install_language(QApplication.instance(), "en", keeper._translator)
    if keeper.window is not None:
        keeper.window.close()


def test_each_language_is_named_in_itself_in_the_menu(qtbot, keeper) -> None:
    window = keeper.open(keeper._store.load())
    qtbot.addWidget(window)
    names = [a.text() for a in window.actions_.languages.values()]
    assert names == ["English", "Español", "Kreyòl ayisyen", "Português (Brasil)", "Français"]
    assert window.actions_.languages["en"].isChecked()
    # The toolbar's language button lists them all too.
    assert window.actions_.other_language.menu() is not None


def test_switch_to_spanish_and_back(qtbot, keeper, tmp_path) -> None:
    first = keeper.open(keeper._store.load())
    qtbot.addWidget(first)
    first.show()
    first.open_article("ankle-monitor")
    assert first.actions_.other_language.text() == "Español"
    first.actions_.other_language.trigger()
    spanish = keeper.window
    assert spanish is not first
    qtbot.addWidget(spanish)
    assert spanish.search_box.placeholderText().startswith("Escriba su pregunta")
    assert spanish.actions_.other_language.text() == "English"
    assert spanish.actions_.languages["es"].isChecked()
    # The person stays on the answer they were reading; the answer frame is in Spanish and
    # says whose English text the answer is.
    assert spanish.current_page().article_id == "ankle-monitor"
    text = spanish.answer.toPlainText()
    assert "no asesoría legal" in text
    assert "Estas respuestas son de ASAP, en inglés" in text
    saved = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert saved["language"] == "es"
    # The next start uses Spanish straight away.
    again = keeper.open(keeper._store.load())
    qtbot.addWidget(again)
    assert again.search_box.accessibleName() == "Buscar"
    # And back to English from the menu.
    again.actions_.languages["en"].trigger()
    english = keeper.window
    qtbot.addWidget(english)
    assert english.search_box.accessibleName() == "Search"
    english.open_article("ankle-monitor")
    assert "ASAP's, in English" not in english.answer.toPlainText()


@pytest.mark.parametrize(
    ("code", "search_name"),
    [("ht", "Chèche"), ("pt_BR", "Buscar"), ("fr", "Rechercher"), ("es", "Buscar")],
)
def test_menu_choice_is_remembered(qtbot, keeper, tmp_path, code, search_name) -> None:
    window = keeper.open(keeper._store.load())
    qtbot.addWidget(window)
    window.actions_.languages[code].trigger()
    qtbot.addWidget(keeper.window)
    assert keeper._store.load().language == code
    again = keeper.open(keeper._store.load())
    qtbot.addWidget(again)
    assert not keeper.first_start  # chosen: no first-start chooser
    assert again.search_box.accessibleName() == search_name
    assert again.actions_.languages[code].isChecked()


@pytest.mark.parametrize(
    ("system", "code", "search_name"),
    [
        ("es_US", "es", "Buscar"),
        ("fr_FR", "fr", "Rechercher"),
        ("pt_BR", "pt_BR", "Buscar"),
        ("ht_HT", "ht", "Chèche"),
        ("de_DE", "en", "Search"),
    ],
)
def test_first_start_follows_the_pc_language(
    qtbot, keeper, monkeypatch, system, code, search_name
) -> None:
    monkeypatch.setattr("desktop.ui.i18n.QLocale.system", lambda: QLocale(system))
    window = keeper.open(keeper._store.load())  # no settings file yet: a first start
    qtbot.addWidget(window)
    assert keeper.first_start
    assert window.settings.language == code
    assert window.actions_.languages[code].isChecked()
    assert window.search_box.accessibleName() == search_name


@pytest.mark.parametrize(
    ("lang", "code"),
    [
        ("es_US.UTF-8", "es"),
        ("fr_FR.UTF-8", "fr"),
        ("pt_BR.UTF-8", "pt_BR"),
        ("ht_HT.UTF-8", "ht"),
        ("en_US.UTF-8", "en"),
        ("C.UTF-8", "en"),
    ],
)
def test_system_language_from_lang(lang: str, code: str) -> None:
    """QLocale.system() reads LANG once per process: each case runs in a fresh one."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = lang
    result = subprocess.run(
        [sys.executable, "-c", "from desktop.ui.i18n import system_language as s; print(s())"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == code


def test_system_language_prefers_the_first_known_language() -> None:
    assert system_language(QLocale("pt_PT")) == "pt_BR"
    assert system_language(QLocale("fr_CA")) == "fr"
    assert system_language(QLocale("ja_JP")) == "en"


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_date_fields_use_the_language_and_start_weeks_on_sunday(qtbot, qapp, code: str) -> None:
    """US conventions: weeks start on Sunday, the month in words, 12-hour time where expected."""
    from PySide6.QtWidgets import QDateTimeEdit

    from desktop.ui.i18n import format_date_time, prepare_date_time_edit

    installed = install_language(qapp, code)
    try:
        edit = QDateTimeEdit()
        qtbot.addWidget(edit)
        edit.setCalendarPopup(True)
        prepare_date_time_edit(edit)
        assert edit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Sunday
        text = format_date_time(datetime(2026, 3, 4, 14, 30))
        assert (
            text
            == {
                "en": "Mar 4, 2026 2:30 PM",
                "es": "4 mar 2026 2:30 p.m.",
                "ht": "4 mas 2026 2:30 PM",
                "pt_BR": "4 mar. 2026 14:30",
                "fr": "4 mars 2026 14:30",
            }[code]
        )
    finally:
        install_language(qapp, "en", installed)


def test_locale_follows_the_ui_language(qapp) -> None:
    installed = install_language(qapp, "es")
    try:
        assert QLocale().name() == "es_US"
        assert QLocale().monthName(3) == "marzo"
        assert ui_locale("es").firstDayOfWeek() == Qt.DayOfWeek.Sunday
    finally:
        install_language(qapp, "en", installed)
    assert QLocale().name() == "en_US"


def test_first_start_chooser_picks_a_language(qtbot, keeper, tmp_path) -> None:
    window = keeper.open(keeper._store.load())  # a first start on an English PC
    qtbot.addWidget(window)
    chooser = keeper.offer_language_choice()
    names = [b.text() for b in chooser.buttons.values()]
    assert names == list(LANGUAGES.values())
    assert chooser.buttons["ht"].font().pointSize() >= 18
    chooser.buttons["ht"].click()
    creole = keeper.window
    qtbot.addWidget(creole)
    assert creole is not window
    assert creole.search_box.accessibleName() == "Chèche"
    assert keeper._store.load().language == "ht"


def test_first_start_chooser_can_be_skipped_and_does_not_come_back(
    qtbot, keeper, monkeypatch
) -> None:
    monkeypatch.setattr("desktop.ui.i18n.QLocale.system", lambda: QLocale("fr_FR"))
    window = keeper.open(keeper._store.load())
    qtbot.addWidget(window)
    chooser = keeper.offer_language_choice()
    assert chooser.skip_button.text() == "Passer"  # in the PC's language already
    chooser.skip_button.click()
    assert keeper.window is window
    # The PC's language is now the person's choice: no chooser at the next start.
    assert keeper._store.load().language == "fr"


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_language_button_is_on_screen_in_every_language(
    qtbot, qapp, library, tmp_path, code
) -> None:
    """At the window's first size, the toolbar's language button is not pushed into its overflow."""
    from desktop.core.settings import Settings, SettingsStore
    from desktop.ui.main_window import MainWindow

    installed = install_language(qapp, code)
    try:
        window = MainWindow(library, SettingsStore(tmp_path / "s.json"), Settings(language=code))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        from PySide6.QtWidgets import QToolBar

        buttons = [
            bar.widgetForAction(window.actions_.other_language)
            for bar in window.findChildren(QToolBar)
        ]
        # Toolbars lay out their buttons in the event loop; an overflowed one stays hidden.
        qtbot.waitUntil(lambda: any(b is not None and b.isVisible() for b in buttons), timeout=3000)
    finally:
        install_language(qapp, "en", installed)
