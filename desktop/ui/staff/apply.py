"""What staff settings change in the main window: the clinic's name, the contact log, old packs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def apply_staff_settings(window: MainWindow) -> None:
    """Show the window as staff set it up (at start, and after Staff settings are saved)."""
    settings = window.settings
    window.pages.clinic_name = settings.clinic_name
    window.library.stale_after_months = settings.stale_after_months
    offered = settings.contact_log_offered
    # Hidden actions leave the menu and the toolbar, and their shortcuts stop working.
    window.actions_.contact_log.setVisible(offered)
    if not offered:
        window.record_button.hide()
        window.contactLogTurnedOff.emit()  # a log left open locks and closes
    page = window.current_page()
    if page is not None:
        window.navigator.pageChanged.emit(page)  # drawn again with the new name and limits


def show_contact_log_off(window: MainWindow) -> None:
    """Say plainly that staff turned the contact log off on this PC."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        window,
        QCoreApplication.translate("StaffMode", "Contact log"),
        QCoreApplication.translate(
            "StaffMode",
            "The contact log is turned off on this computer. Ask the staff if you need it.",
        ),
    )
