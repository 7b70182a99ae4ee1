"""Staff mode: Tools > Staff settings behind the staff PIN, and the PIN before pack changes.

`wire_staff` (called by app.py for every main window) connects the Tools menu action, and asks
the packs' File menu actions to check the PIN first. See docs/CLINIC_PC.md.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.core.staff import StaffPin

if TYPE_CHECKING:
    from desktop.core.paths import AppPaths
    from desktop.ui.main_window import MainWindow
    from desktop.ui.packs_menu import PackActions

# The clinic notes editor, when this copy of the app has it.
NOTES_MODULE = "desktop.ui.clinic_notes"


def notes_available() -> bool:
    """True when the clinic notes editor is part of this copy of the app."""
    return importlib.util.find_spec(NOTES_MODULE) is not None


class StaffMode(QObject):
    """Opens the staff settings after the PIN, applies them, then the chosen staff tool."""

    def __init__(self, window: MainWindow, paths: AppPaths, packs: PackActions | None) -> None:
        super().__init__(window)
        self._window = window
        self._paths = paths
        self._packs = packs
        self.pin = StaffPin(paths.data_dir)

    def allowed(self) -> bool:
        """Ask for the staff PIN (or to set the first one); True when staff may go on."""
        from desktop.ui.staff.pin_dialog import ask_staff_pin

        return ask_staff_pin(self._window, self.pin)

    def open_settings(self) -> bool:
        """Tools > Staff settings: PIN, dialog, save; True when settings were saved."""
        if not self.allowed():
            return False
        from desktop.ui.staff.settings_dialog import StaffSettingsDialog

        window = self._window
        dialog = StaffSettingsDialog(window.settings, self.pin, notes_available(), window)
        try:
            if dialog.exec() != StaffSettingsDialog.DialogCode.Accepted:
                return False
            chosen, follow_up = dialog.settings(), dialog.follow_up
        finally:
            dialog.deleteLater()
        if not window.preferences.apply_staff_settings(chosen):
            window.statusBar().showMessage(
                self.tr("The staff settings could not be saved for next time.")
            )
        if follow_up:
            self.open_tool(follow_up)
        return True

    def open_tool(self, tool: str) -> None:
        """Open a staff tool chosen in the settings dialog (already past the PIN)."""
        from desktop.ui.staff.settings_dialog import ADD_PACK, KEYS, NOTES, PACKS

        if tool == PACKS and self._packs is not None:
            self._packs.manage_packs()
        elif tool == ADD_PACK and self._packs is not None:
            self._packs.add_pack()
        elif tool == KEYS:
            self.manage_keys()
        elif tool == NOTES:
            try:
                notes = importlib.import_module(NOTES_MODULE)
            except ImportError:
                return
            notes.open_clinic_notes(self._window)

    def manage_keys(self) -> None:
        """The trusted keys; when they changed, the packs are checked again."""
        from desktop.core.packs import pack_store
        from desktop.ui.staff.keys_dialog import TrustedKeysDialog

        dialog = TrustedKeysDialog(pack_store(self._paths), self._window)
        try:
            dialog.exec()
            changed = dialog.changed
        finally:
            dialog.deleteLater()
        if changed and self._packs is not None:
            self._packs.reload()


def wire_staff(window: MainWindow, paths: AppPaths, packs: PackActions | None) -> StaffMode:
    """Connect Tools > Staff settings, and put the pack actions behind the staff PIN."""
    staff = StaffMode(window, paths, packs)
    window.actions_.staff_settings.triggered.connect(staff.open_settings)
    # The idle times are staff's (in Staff settings): on a shared PC, the next person must not
    # be able to turn "start over" off from the Tools menu.
    window.actions_.start_over_idle.setVisible(False)
    window.actions_.idle_lock.setVisible(False)
    if packs is not None:
        packs.guard = staff.allowed
    return staff
