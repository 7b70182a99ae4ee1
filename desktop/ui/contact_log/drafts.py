"""Nothing typed is lost: the open entry form is kept as a draft inside the (encrypted) log when
the log locks or the window closes, and offered back on the next unlock."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop.core.contact_log import ContactLogError
from desktop.ui.contact_log.entry_dialog import EntryDialog

if TYPE_CHECKING:
    from desktop.ui.contact_log.window import ContactLogWindow


class DraftKeeper(QObject):
    """Saves, offers back and forgets the draft of the entry form."""

    def __init__(self, window: ContactLogWindow) -> None:
        super().__init__(window)
        self.window = window

    def open_form(self) -> EntryDialog | None:
        """The entry form on screen, if any."""
        forms = [d for d in self.window.findChildren(EntryDialog) if d.isVisible()]
        return forms[-1] if forms else None

    def keep(self) -> bool:
        """Save the open form's typed text into the log (before it locks); True when kept."""
        form, log = self.open_form(), self.window.log
        if form is None or log is None or not form.has_changes():
            return False
        try:
            log.save_draft(form.state())
        except (ContactLogError, ValueError):
            return False
        return True

    def discard(self) -> None:
        """Forget the kept draft (the entry was saved)."""
        if self.window.log is not None:
            with contextlib.suppress(ContactLogError):
                self.window.log.clear_draft()

    def offer(self) -> EntryDialog | None:
        """After unlock: offer the kept draft back; the form opens with what was typed."""
        log = self.window.log
        if log is None:
            return None
        draft = log.load_draft()
        if not draft:
            return None
        text = self.tr(
            "You were writing an attempt when the log locked. Open it again to finish it?"
        )
        if draft.get("attachments"):
            text += "\n" + self.tr("Files you had added were not kept; add them again: %1").replace(
                "%1", draft["attachments"].replace(",", ", ")
            )
        answer = QMessageBox.question(
            self.window,
            self.tr("Continue where you stopped?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if self.window.log is None:
            return None
        if answer != QMessageBox.StandardButton.Yes:
            if (
                QMessageBox.question(
                    self.window,
                    self.tr("Throw the draft away?"),
                    self.tr("Throw away what you typed in that attempt?"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                == QMessageBox.StandardButton.Yes
            ):
                self.discard()
            return None
        entry = None
        if draft.get("entry_id", "").isdigit():
            try:
                entry = log.entry(int(draft["entry_id"]))
            except ContactLogError:
                entry = None
        form = self.window.open_form(entry)
        if form is not None:
            form.restore_state(draft)
        # The form holds it now; locking again keeps it again.
        self.discard()
        return form
