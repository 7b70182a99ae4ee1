"""Clinic notes: staff write the clinic's own articles, kept as a local information pack.

`open_clinic_notes(window)` is the one entry point (Tools > Staff settings > Clinic notes...).
The list and the editor change the pack store at once; when the list closes after a change,
the window reads the active packs again and re-indexes them (with progress when slow).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from desktop.ui.clinic_notes.notes_dialog import ClinicNotesDialog
    from desktop.ui.main_window import MainWindow


def open_clinic_notes(window: MainWindow) -> None:
    """Show the clinic's notes over the main window (returns at once; the list is modal)."""
    show_clinic_notes(window)


def show_clinic_notes(window: MainWindow) -> ClinicNotesDialog | None:
    """`open_clinic_notes`, returning the list dialog (None when the clinic has no name yet)."""
    from desktop.core.clinic_notes import ClinicNotes
    from desktop.core.packs import pack_store
    from desktop.core.paths import resolve_paths
    from desktop.ui.clinic_notes.notes_dialog import ClinicNotesDialog
    from desktop.ui.packs_menu import PackActions

    settings = window.settings
    if not settings.clinic_name.strip():
        QMessageBox.information(
            window,
            QCoreApplication.translate("ClinicNotes", "Clinic notes"),
            QCoreApplication.translate(
                "ClinicNotes",
                "First write the clinic's name in the staff settings: every note is shown "
                "with \u201cFrom\u201d and that name.",
            ),
        )
        return None
    actions = window.findChild(PackActions)
    paths = actions.paths if actions is not None else resolve_paths()
    notes = ClinicNotes(pack_store(paths), settings.clinic_name)
    language = settings.default_language or settings.language
    dialog = ClinicNotesDialog(notes, window.pages, paths.data_dir, language, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def closed() -> None:
        """After a change, the window shows (and searches) the notes as they are now."""
        if dialog.changed and actions is not None:
            # After the event in hand (a start over finishes first): the window is replaced.
            QTimer.singleShot(0, actions.reload)

    dialog.finished.connect(closed)
    window.startOverRequested.connect(dialog.discard)
    dialog.open()
    return dialog
