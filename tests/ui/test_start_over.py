"""Start over on a shared PC: the button, the idle "Are you still there?" notice, the setting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.contact_log import LogStore
from desktop.core.paths import AppPaths
from desktop.core.settings import Settings
from desktop.ui.contact_log import ContactLogWindow
from tests.ui.helpers import type_query, wait_for_page

PASS = "start over passphrase"


@pytest.fixture
def keeper(qtbot, library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The app's window keeper and contact log wiring, as app.py builds them (PC in English)."""
    from PySide6.QtCore import QLocale

    from desktop.app import WindowKeeper
    from desktop.core.settings import SettingsStore
    from desktop.ui.i18n import install_language

    monkeypatch.setattr("desktop.ui.i18n.QLocale.system", lambda: QLocale("en_US"))
    store = SettingsStore(tmp_path / "settings.json")
    paths = AppPaths(tmp_path, tmp_path, tmp_path / "data", tmp_path / "cache", False)
    keeper = WindowKeeper(QApplication.instance(), library, store, paths)
    window = keeper.open(store.load())
    window.show()
    qtbot.waitExposed(window)
    yield keeper
    install_language(QApplication.instance(), "en", keeper._translator)
    if keeper.window is not None:
        keeper.window.close()
        keeper.window.deleteLater()


def test_start_over_leaves_nothing_of_the_last_person(qtbot, keeper, tmp_path: Path) -> None:
    window = keeper.window
    # Someone searched, read two answers, made the text larger, searched in the answer,
    # opened a phone number, opened their contact log and switched to Spanish.
    type_query(qtbot, window, "ankle monitor")
    window.open_first_result()
    window.open_article("no-one-answers")
    window.set_zoom(150)
    window.find_bar.open_bar()
    window.find_bar.edit.setText("ICE")
    LogStore(tmp_path / "data" / "logs").create("Maria", PASS).close()
    window.contactLogRequested.emit()
    log_window = window.findChild(ContactLogWindow)
    assert log_window.unlock("Maria", PASS)
    window.set_language("es")
    window = keeper.window
    qtbot.wait(20)  # the event loop deletes the English window (and its log window)
    assert window.search_box.text() == "ankle monitor"
    numbers = window.library.important_numbers()
    window.show_link_dialog("phone", numbers[0].number, "tel:" + numbers[0].number)
    assert window.link_dialog is not None and window.link_dialog.isVisible()
    spanish_log = window.findChild(ContactLogWindow)
    assert spanish_log is None or spanish_log.is_locked()

    # The clearly labelled toolbar button.
    button = window.actions_.toolbar.widgetForAction(window.actions_.start_over)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    fresh = keeper.window
    assert fresh is not window, "the language went back to the PC's English: a rebuilt window"
    qtbot.wait(20)
    assert fresh.settings.language == "en"
    assert fresh.search_box.accessibleName() == "Search"
    assert fresh.search_box.text() == ""
    assert fresh.current_page().article_id == fresh.library.home_id
    assert not fresh.actions_.back.isEnabled() and not fresh.actions_.forward.isEnabled()
    assert fresh.answer.zoom() == 100 and fresh.settings.text_zoom == 100
    assert not fresh.find_bar.isVisible() and fresh.find_bar.edit.text() == ""
    assert fresh.link_dialog is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [fresh]
    saved = keeper._store.load()
    assert (saved.language, saved.text_zoom) == ("", 100)  # "": the PC's language again


def test_start_over_locks_and_closes_an_open_contact_log(qtbot, keeper, tmp_path: Path) -> None:
    window = keeper.window
    LogStore(tmp_path / "data" / "logs").create("Ana", PASS).close()
    window.contactLogRequested.emit()
    log_window = window.findChild(ContactLogWindow)
    assert log_window.unlock("Ana", PASS)
    type_query(qtbot, window, "lawyer")
    window.open_first_result()
    window.actions_.start_over.trigger()
    assert keeper.window is window  # English already: the same window, cleared
    assert log_window.is_locked() and not log_window.isVisible()
    assert window.search_box.text() == ""
    window.search_box.undo()
    assert window.search_box.text() == "", "Ctrl+Z must not bring the last search back"
    assert not window.navigator.can_go_back()


def test_idle_notice_appears_and_can_be_dismissed(qtbot, window) -> None:
    type_query(qtbot, window, "lawyer")
    window.idle_watcher.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.idle_watcher.notice is not None, timeout=3000)
    notice = window.idle_watcher.notice
    assert notice.isVisible() and "still there" in notice.question.text()
    assert "30 seconds" in notice.countdown.text()
    qtbot.mouseClick(notice.stay_button, Qt.MouseButton.LeftButton)
    assert window.idle_watcher.notice is None
    # Nothing was cleared, and the wait begins again.
    assert window.search_box.text() == "lawyer"
    assert window.idle_watcher.timer.isActive()
    window.idle_watcher.set_minutes(0)
    assert not window.idle_watcher.timer.isActive()


def test_idle_notice_runs_out_and_the_window_starts_over(qtbot, window) -> None:
    type_query(qtbot, window, "ankle monitor")
    window.open_first_result()
    wait_for_page(qtbot, window, window.results.article_ids()[0])
    started_over: list[bool] = []
    window.startOverRequested.connect(lambda: started_over.append(True))
    window.idle_watcher.notice_seconds = 1
    window.idle_watcher.set_interval_ms(50)
    qtbot.waitUntil(lambda: started_over == [True], timeout=5000)
    assert window.search_box.text() == ""
    assert window.current_page().article_id == window.library.home_id
    window.idle_watcher.set_minutes(0)


def test_the_idle_time_is_a_setting(qtbot, window, settings_store, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    assert Settings().start_over_minutes == 10
    assert Settings(start_over_minutes=-3).clamped().start_over_minutes == 0
    asked: list[int] = []

    def fake_get_int(parent, title, label, value, minimum, maximum, *args):
        asked.append(value)
        return 25, True

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(fake_get_int))
    window.actions_.start_over_idle.trigger()
    assert asked == [10]
    assert settings_store.load().start_over_minutes == 25
    assert window.idle_watcher.timer.interval() == 25 * 60_000
