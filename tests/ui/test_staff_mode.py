"""Staff mode: the PIN before staff settings, stored hashed, and settings that take effect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.core import staff
from desktop.core.paths import resolve_paths
from desktop.core.staff import PIN_FILE, ScryptCost, StaffPin
from desktop.ui.contact_log import ContactLogWindow
from desktop.ui.staff import StaffMode
from desktop.ui.staff.pin_dialog import ENTER, NEW, PinDialog
from desktop.ui.staff.settings_dialog import StaffSettingsDialog

PIN = "482915"


@pytest.fixture(autouse=True)
def _cheap_pin_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheap scrypt cost (the file records it); the real one is tested in tests/core."""
    monkeypatch.setattr(staff, "DEFAULT_COST", ScryptCost(4, 1, 1))


@pytest.fixture
def keeper(qtbot, library, monkeypatch: pytest.MonkeyPatch):
    """The app's window keeper, wired as app.py wires it (PC in English), on fresh user data."""
    from PySide6.QtCore import QLocale

    from desktop.app import WindowKeeper
    from desktop.core.settings import SettingsStore
    from desktop.ui.i18n import install_language

    monkeypatch.setattr("desktop.ui.i18n.QLocale.system", lambda: QLocale("en_US"))
    paths = resolve_paths()
    keeper = WindowKeeper(
        QApplication.instance(), library, SettingsStore(paths.settings_file), paths
    )
    window = keeper.open(keeper._store.load())
    window.show()
    qtbot.waitExposed(window)
    yield keeper
    install_language(QApplication.instance(), "en", keeper._translator)
    if keeper.window is not None:
        keeper.window.close()
        keeper.window.deleteLater()


class Prompts:
    """Answers the PIN prompts and the settings dialog the way a test tells it to."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.pins: list[tuple[str, ...]] = []  # what to type in each PIN prompt, in order
        self.errors: list[str] = []
        self.modes: list[str] = []
        self.last_ok_enabled = True
        self.settings: list[StaffSettingsDialog] = []
        self.fill = lambda dialog: QDialog.DialogCode.Rejected
        monkeypatch.setattr(PinDialog, "exec", lambda dialog: self._pin(dialog))
        monkeypatch.setattr(StaffSettingsDialog, "exec", lambda dialog: self._settings(dialog))

    def _pin(self, dialog: PinDialog) -> int:
        self.modes.append(dialog.mode)
        for typed in self.pins.pop(0):
            fields = [dialog.current] if dialog.mode == ENTER else [dialog.new, dialog.repeat]
            for field, text in zip(fields, typed.split("|"), strict=False):
                field.setText(text)
            dialog.try_accept()
            if dialog.error.text():
                self.errors.append(dialog.error.text())
            if dialog.result() == QDialog.DialogCode.Accepted:
                break
        self.last_ok_enabled = dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return dialog.result()

    def _settings(self, dialog: StaffSettingsDialog) -> int:
        self.settings.append(dialog)
        return self.fill(dialog)


def test_staff_settings_need_the_pin_and_a_wrong_one_is_refused(
    qtbot, keeper, monkeypatch: pytest.MonkeyPatch
) -> None:
    StaffPin(resolve_paths().data_dir).set_pin(PIN)
    prompts = Prompts(monkeypatch)
    prompts.pins = [("0000", "123456")]
    keeper.window.actions_.staff_settings.trigger()
    assert prompts.modes == [ENTER]
    assert prompts.errors == ["That is not the staff PIN."] * 2
    assert prompts.settings == [], "no settings without the right PIN"

    prompts.pins = [(PIN,)]
    keeper.window.actions_.staff_settings.trigger()
    assert len(prompts.settings) == 1


def test_the_idle_times_are_only_in_staff_settings(qtbot, keeper) -> None:
    actions = keeper.window.actions_
    assert actions.staff_settings.isVisible()
    assert not actions.start_over_idle.isVisible() and not actions.idle_lock.isVisible()
    tools = [a.menu() for a in keeper.window.menuBar().actions() if a.menu()][3]
    assert actions.staff_settings in tools.actions()


def test_wrong_tries_make_staff_wait(qtbot, keeper, monkeypatch: pytest.MonkeyPatch) -> None:
    StaffPin(resolve_paths().data_dir).set_pin(PIN)
    prompts = Prompts(monkeypatch)
    prompts.pins = [("1111", "2222", "3333", PIN)]
    keeper.window.actions_.staff_settings.trigger()
    assert prompts.errors[-1] == "Too many wrong tries. Wait 5 seconds, then try again."
    assert not prompts.last_ok_enabled, "OK is greyed out while staff wait"
    assert prompts.settings == [], "even the right PIN waits"


def test_the_first_pin_is_typed_twice_and_stored_hashed(
    qtbot, keeper, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts = Prompts(monkeypatch)
    prompts.pins = [("12|12", f"{PIN}|{PIN[::-1]}", f"{PIN}|{PIN}")]
    keeper.window.actions_.staff_settings.trigger()
    assert prompts.modes == [NEW]
    assert prompts.errors == [
        "The PIN must have 4 to 12 digits.",
        "The two PINs are not the same. Type them again.",
    ]
    assert len(prompts.settings) == 1
    text = (resolve_paths().data_dir / PIN_FILE).read_text(encoding="utf-8")
    assert PIN not in text and PIN[::-1] not in text
    assert json.loads(text)["kdf"] == "scrypt"
    settings_text = (
        resolve_paths().settings_file.read_text(encoding="utf-8")
        if (resolve_paths().settings_file.exists())
        else ""
    )
    assert PIN not in settings_text
    assert StaffPin(resolve_paths().data_dir).check(PIN)


def test_settings_changed_in_the_dialog_take_effect(
    qtbot, keeper, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    StaffPin(resolve_paths().data_dir).set_pin(PIN)
    prompts = Prompts(monkeypatch)
    prompts.pins = [(PIN,)]

    def fill(dialog: StaffSettingsDialog) -> int:
        assert dialog.log_offered.isChecked() and dialog.clinic_name.text() == ""
        dialog.clinic_name.setText("Harbor City Legal Aid")
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.start_over.setValue(15)
        dialog.idle_lock.setValue(7)
        dialog.log_offered.setChecked(False)
        dialog.stale.setValue(6)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return dialog.result()

    prompts.fill = fill
    window = keeper.window
    window.contactLogRequested.emit()  # a log window left open when staff turn the log off
    qtbot.waitUntil(lambda: window.findChild(ContactLogWindow) is not None, timeout=5000)
    log_window = window.findChild(ContactLogWindow)
    assert log_window.isVisible()
    window.actions_.staff_settings.trigger()
    qtbot.waitUntil(lambda: window.findChild(ContactLogWindow) is None, timeout=5000)

    saved = keeper._store.load()
    assert (saved.clinic_name, saved.default_language, saved.start_over_minutes) == (
        "Harbor City Legal Aid",
        "es",
        15,
    )
    assert (saved.idle_lock_minutes, saved.contact_log_offered, saved.stale_after_months) == (
        7,
        False,
        6,
    )
    # The clinic's name on the start page, at once.
    assert window.current_page().article_id == window.library.home_id
    assert "Harbor City Legal Aid" in window.answer.toPlainText()
    assert window.idle_watcher.timer.interval() == 15 * 60_000
    assert window.library.stale_after_months == 6

    # The contact log is not offered: no button, no menu entry, a plain message if asked for.
    assert not window.actions_.contact_log.isVisible()
    button = window.actions_.places_toolbar.widgetForAction(window.actions_.contact_log)
    qtbot.waitUntil(lambda: button is None or not button.isVisible(), timeout=2000)
    window.open_article("no-one-answers")
    assert not window.record_button.isVisible()
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text))
    )
    window.contactLogRequested.emit()
    window.recordAttemptRequested.emit("")
    assert len(told) == 2 and "turned off on this computer" in told[0]
    assert window.findChild(ContactLogWindow) is None

    # Printed answers carry the clinic's name, discreetly, at the end.
    from PySide6.QtWidgets import QFileDialog

    printed: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "a.pdf"), ""))
    )
    monkeypatch.setattr(
        "desktop.ui.printing.print_html_to_pdf", lambda html, *a, **k: printed.append(html)
    )
    window.save_pdf()
    assert printed and printed[0].rstrip().endswith("Printed at Harbor City Legal Aid</p>")

    # Start over returns to the clinic's default language (a rebuilt window), name kept.
    window.actions_.start_over.trigger()
    fresh = keeper.window
    assert fresh is not window and fresh.settings.language == "es"
    qtbot.wait(20)
    assert "Harbor City Legal Aid" in fresh.answer.toPlainText()
    assert not fresh.actions_.contact_log.isVisible()


def test_a_name_left_empty_shows_nothing(qtbot, window) -> None:
    html = window.pages.article(window.library.home_id)
    assert window.pages.printed_at() == ""
    window.pages.clinic_name = "Casa Amiga"
    assert "Casa Amiga" in window.pages.article(window.library.home_id)
    assert "Casa Amiga" not in window.pages.article("no-one-answers")
    assert html in window.pages.article(window.library.home_id)


def test_pack_changes_from_the_file_menu_need_the_pin(
    qtbot, keeper, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    StaffPin(resolve_paths().data_dir).set_pin(PIN)
    prompts = Prompts(monkeypatch)
    chosen: list[bool] = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: chosen.append(True) or ("", "")),
    )
    file_menu = keeper.window.menuBar().actions()[0].menu()
    add_action = file_menu.actions()[0]
    prompts.pins = [("0000",)]
    add_action.trigger()
    assert prompts.modes == [ENTER] and chosen == []
    prompts.pins = [(PIN,)]
    add_action.trigger()
    assert chosen == [True]


def test_change_pin_from_the_settings(qtbot, keeper, monkeypatch: pytest.MonkeyPatch) -> None:
    pin = StaffPin(resolve_paths().data_dir)
    pin.set_pin(PIN)
    prompts = Prompts(monkeypatch)
    dialog = StaffSettingsDialog(keeper.window.settings, pin, False, keeper.window)
    qtbot.addWidget(dialog)
    assert not dialog.notes_button.isVisibleTo(dialog)

    def change(d: PinDialog) -> int:
        d.current.setText("9999")
        d.new.setText("2468")
        d.repeat.setText("2468")
        d.try_accept()
        assert d.error.text() == "The current PIN is not right."
        d.current.setText(PIN)
        d.try_accept()
        return d.result()

    monkeypatch.setattr(PinDialog, "exec", change)
    assert dialog.change_pin()
    assert "changed" in dialog.pin_message.text()
    assert pin.check("2468") and not pin.check(PIN)
    del prompts


def test_clinic_notes_button_opens_the_notes_editor_when_present(
    qtbot, keeper, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    import types

    opened: list[object] = []
    fake = types.ModuleType("desktop.ui.clinic_notes")
    fake.open_clinic_notes = opened.append  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.ui.clinic_notes", fake)
    monkeypatch.setattr("desktop.ui.staff.notes_available", lambda: True)
    StaffPin(resolve_paths().data_dir).set_pin(PIN)
    prompts = Prompts(monkeypatch)
    prompts.pins = [(PIN,)]

    def notes(dialog: StaffSettingsDialog) -> int:
        assert dialog.notes_button.isVisibleTo(dialog)
        dialog.clinic_name.setText("Casa Amiga")
        dialog.notes_button.click()
        return dialog.result()

    prompts.fill = notes
    keeper.window.actions_.staff_settings.trigger()
    assert opened == [keeper.window]
    assert keeper._store.load().clinic_name == "Casa Amiga", "saved before the notes open"
    assert keeper.window.findChild(StaffMode) is not None


@pytest.mark.parametrize("tool", ["packs", "add-pack", "keys"])
def test_the_staff_tools_open_after_the_settings_are_saved(
    qtbot, keeper, monkeypatch: pytest.MonkeyPatch, tool: str
) -> None:
    from desktop.ui.packs_menu import PackActions
    from desktop.ui.staff.keys_dialog import TrustedKeysDialog

    opened: list[str] = []
    monkeypatch.setattr(PackActions, "manage_packs", lambda self: opened.append("packs"))
    monkeypatch.setattr(PackActions, "add_pack", lambda self: opened.append("add-pack"))
    monkeypatch.setattr(PackActions, "reload", lambda self: opened.append("reloaded"))

    def keys(dialog: TrustedKeysDialog) -> int:
        opened.append("keys")
        dialog.changed = True
        return 0

    monkeypatch.setattr(TrustedKeysDialog, "exec", keys)
    StaffPin(resolve_paths().data_dir).set_pin(PIN)
    prompts = Prompts(monkeypatch)
    prompts.pins = [(PIN,)]

    def press(dialog: StaffSettingsDialog) -> int:
        dialog.stale.setValue(3)
        button = {
            "packs": dialog.packs_button,
            "add-pack": dialog.add_pack_button,
            "keys": dialog.keys_button,
        }[tool]
        button.click()
        return dialog.result()

    prompts.fill = press
    keeper.window.actions_.staff_settings.trigger()
    assert keeper._store.load().stale_after_months == 3
    assert opened == (["keys", "reloaded"] if tool == "keys" else [tool])


def test_the_settings_dialog_fits_a_small_screen(qtbot, window) -> None:
    from desktop.ui.screen_fit import available_area

    pin = StaffPin(resolve_paths().data_dir)
    dialog = StaffSettingsDialog(window.settings, pin, True, window)
    qtbot.addWidget(dialog)
    area = available_area(dialog)
    assert dialog.maximumHeight() <= area.height() and dialog.maximumWidth() <= area.width()
    assert dialog.height() <= area.height()
    # It can shrink into 1366x768 at 150 % (911x512 less the task bar): the form scrolls.
    smallest = dialog.minimumSizeHint()
    assert smallest.height() <= 460 and smallest.width() <= 900, smallest


# The offscreen platform warns when a dialog is shown (the notes list is, with open()).
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_real_clinic_notes_open_from_staff_settings(
    qtbot, keeper, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.clinic_notes.notes_dialog import ClinicNotesDialog
    from desktop.ui.staff import notes_available

    assert notes_available()
    StaffPin(resolve_paths().data_dir).set_pin(PIN)
    prompts = Prompts(monkeypatch)
    prompts.pins = [(PIN,)]

    def notes(dialog: StaffSettingsDialog) -> int:
        dialog.clinic_name.setText("Casa Amiga")
        dialog.notes_button.click()
        return dialog.result()

    prompts.fill = notes
    keeper.window.actions_.staff_settings.trigger()
    shown = keeper.window.findChild(ClinicNotesDialog)
    assert shown is not None and shown.isVisible()
    shown.reject()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, for a top-level dialog
@pytest.mark.parametrize("mode", [ENTER, NEW, "change"])
def test_the_pin_dialog_shows_only_its_own_fields(qtbot, tmp_path: Path, mode: str) -> None:
    from PySide6.QtWidgets import QLineEdit

    dialog = PinDialog(StaffPin(tmp_path), mode)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = [f for f in dialog.findChildren(QLineEdit) if f.isVisible()]
    assert len(shown) == {ENTER: 1, NEW: 2, "change": 3}[mode]
    # Each shown field is in the layout, below the intro (none left at the dialog's corner).
    intro = dialog.intro.geometry()
    for field in shown:
        assert field.geometry().top() >= intro.bottom(), field.accessibleName()
