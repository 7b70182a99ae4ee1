"""The form to add or edit one attempt: large controls, sensible defaults, attachments.

Nothing typed is lost by accident: Esc and the close button ask first, and the window keeps a
draft of the form when the log locks (see `state()` / `restore_state()`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.contact_log import MAX_NOTES, MAX_SHORT_TEXT, Entry, EntryDraft, Method, Outcome
from desktop.ui.contact_log.attachment_panel import AttachmentPanel
from desktop.ui.contact_log.date_fields import DateTimeField
from desktop.ui.contact_log.labels import LogLabels
from desktop.ui.contact_log.sizing import freeze_minimum_size

# The outcome a way of contact usually has, set when the person has not chosen one yet.
USUAL_OUTCOME = {
    Method.EMAIL: Outcome.EMAIL_SENT,
    Method.LETTER: Outcome.OTHER,
    Method.WEBSITE: Outcome.WEBSITE_ERROR,
    Method.PHONE: Outcome.NO_ANSWER,
}


class NotesEdit(QPlainTextEdit):
    """Notes; a picture pasted here (Ctrl+V) becomes an attachment instead of being dropped."""

    imagePasted = Signal(QImage)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        """Pictures can be pasted too."""
        return source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """A picture is attached; text is pasted as text."""
        if source.hasImage() and not source.hasText():
            image = QImage(source.imageData())
            if not image.isNull():
                self.imagePasted.emit(image)
                return
        super().insertFromMimeData(source)


class EntryDialog(QDialog):
    """Add or edit an attempt. Emits `submitted(draft, removed_attachment_ids)`; the window saves
    and closes it, or shows what is wrong and keeps it open."""

    submitted = Signal(object, object)

    def __init__(
        self,
        parent: QWidget | None,
        numbers: Sequence[tuple[str, str]] = (),
        entry: Entry | None = None,
        load_attachment: Callable[[int], bytes] | None = None,
    ) -> None:
        super().__init__(parent)
        self.labels = LogLabels(self)
        self.entry = entry
        self._closing = False
        self._outcome_chosen = entry is not None
        self.setWindowTitle(self.tr("Edit attempt") if entry else self.tr("New attempt"))
        self.resize(640, self.sizeHint().height())
        self._build(numbers, load_attachment)
        self._layout()
        self._connect()
        freeze_minimum_size(self)
        if entry is not None:
            self._load(entry)
        else:
            self.when.set_now()
        self._initial = self.state()

    # -- construction ---------------------------------------------------------------------------

    def _build(
        self, numbers: Sequence[tuple[str, str]], load: Callable[[int], bytes] | None
    ) -> None:
        self.when = DateTimeField(self, self.tr("Date and time of the attempt"))
        self.when.set_language(self.locale())
        self.now_button = QPushButton(self.tr("Now"), self)
        self.now_button.setAccessibleName(self.tr("Set the date and time to now"))

        self.method = QComboBox(self)
        for m in Method:
            self.method.addItem(self.labels.method(m), m.value)
        self.method.setAccessibleName(self.tr("How did you try to contact ICE?"))

        self.contact = QComboBox(self)
        self.contact.setEditable(True)
        self.contact.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, number in numbers:
            # Labels are content sentences: keep the list readable.
            short = label if len(label) <= 60 else label[:57].rstrip() + "..."
            self.contact.addItem(
                f"{number}  ({short})" if label and label != number else number, number
            )
        self.contact.setCurrentIndex(-1)
        contact_edit = self.contact.lineEdit()
        assert contact_edit is not None  # an editable combo box has one
        contact_edit.setMaxLength(MAX_SHORT_TEXT)
        contact_edit.setPlaceholderText(self.tr("Number, email address or website"))
        self.contact.setAccessibleName(self.tr("Number, address or site you contacted"))

        self.office = QLineEdit(self)
        self.office.setMaxLength(MAX_SHORT_TEXT)
        self.office.setAccessibleName(self.tr("ICE office"))
        self.person = QLineEdit(self)
        self.person.setMaxLength(MAX_SHORT_TEXT)
        self.person.setAccessibleName(self.tr("Person you spoke to"))

        self.outcome = QComboBox(self)
        for o in Outcome:
            self.outcome.addItem(self.labels.outcome(o), o.value)
        self.outcome.setAccessibleName(self.tr("What happened?"))

        self.has_appointment = QCheckBox(self.tr("I was given an appointment"), self)
        self.appointment = DateTimeField(self, self.tr("Appointment date and time"))
        self.appointment.set_language(self.locale())
        self.appointment.set_now()
        self.appointment.date.setDate(self.appointment.date.date().addDays(7))
        self.appointment.setEnabled(False)

        self.notes = NotesEdit(self)
        self.notes.setPlaceholderText(self.tr("What was said, confirmation numbers, anything else"))
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))

        self.attachment_panel = AttachmentPanel(self, load)
        self.attachments = self.attachment_panel.list

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save this attempt"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _layout(self) -> None:
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.when, 1)
        row.addWidget(self.now_button)
        form.addRow(self._label(self.tr("&When"), self.when.date), row)
        form.addRow(self._label(self.tr("&How"), self.method), self.method)
        form.addRow(
            self._label(self.tr("&To (number, address or site)"), self.contact), self.contact
        )
        form.addRow(self._label(self.tr("&Outcome"), self.outcome), self.outcome)
        appt = QHBoxLayout()
        appt.addWidget(self.has_appointment)
        appt.addWidget(self.appointment, 1)
        form.addRow(self.tr("Appointment"), appt)
        form.addRow(self._label(self.tr("O&ffice"), self.office), self.office)
        form.addRow(self._label(self.tr("&Person spoken to"), self.person), self.person)
        form.addRow(self._label(self.tr("&Notes"), self.notes), self.notes)
        form.addRow(self.tr("Attachments"), self.attachment_panel)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.buttons)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _connect(self) -> None:
        self.now_button.clicked.connect(self.when.set_now)
        self.has_appointment.toggled.connect(self.appointment.setEnabled)
        self.method.activated.connect(lambda _i: self._method_chosen())
        self.outcome.activated.connect(lambda _i: setattr(self, "_outcome_chosen", True))
        self.notes.imagePasted.connect(self.attachment_panel.add_image)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.submit)

    def _load(self, e: Entry) -> None:
        """Fill the form with an existing entry."""
        self.when.set_value(e.when)
        self.method.setCurrentIndex(self.method.findData(e.method.value))
        self.contact.setEditText(e.contact)
        self.office.setText(e.office)
        self.person.setText(e.person)
        self.outcome.setCurrentIndex(self.outcome.findData(e.outcome.value))
        if e.appointment:
            self.has_appointment.setChecked(True)
            self.appointment.set_value(e.appointment)
        self.notes.setPlainText(e.notes)
        self.attachment_panel.show_stored(e.attachments)

    # -- behaviour ------------------------------------------------------------------------------

    def _method_chosen(self) -> None:
        """Choosing Email (say) sets the usual outcome, unless the person picked one already."""
        usual = USUAL_OUTCOME.get(Method(self.method.currentData()))
        if usual is not None and not self._outcome_chosen:
            self.outcome.setCurrentIndex(self.outcome.findData(usual.value))

    def prefill_just_called(self, contact: str) -> None:
        """ "I called ICE just now": now, a phone call, to this number."""
        self.when.set_now()
        self.method.setCurrentIndex(self.method.findData(Method.PHONE.value))
        self.contact.setEditText(contact)
        self.outcome.setFocus()
        self._initial = self.state()

    def add_attachment(self, name: str, data: bytes) -> None:
        """Queue a new attachment (checked by the store when saved)."""
        self.attachment_panel.add(name, data)

    def draft(self) -> EntryDraft:
        """What the form holds, as a draft for the store."""
        return EntryDraft(
            when=self.when.value(),
            method=Method(self.method.currentData()),
            outcome=Outcome(self.outcome.currentData()),
            contact=self._contact_text(),
            office=self.office.text(),
            person=self.person.text(),
            appointment=self.appointment.value() if self.has_appointment.isChecked() else None,
            notes=self.notes.toPlainText()[: MAX_NOTES + 1],
            attachments=tuple(self.attachment_panel.new),
        )

    def _contact_text(self) -> str:
        """The typed text, or the bare number of a chosen quick pick."""
        text = self.contact.currentText()
        index = self.contact.findText(text)
        if index >= 0 and self.contact.itemData(index):
            return str(self.contact.itemData(index))
        return text

    def removed_attachments(self) -> list[int]:
        """Stored attachments the person removed."""
        return list(self.attachment_panel.removed)

    def submit(self) -> None:
        """Ask the window to save; it closes the dialog when the save has committed."""
        for field in (self.when, self.appointment):
            if field.isEnabled() and not field.shows_its_value():
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    self.tr("This date or time is not complete or does not exist: %1 %2")
                    .replace("%1", field.date.text())
                    .replace("%2", field.time.text()),
                )
                field.date.setFocus()
                return
        self.submitted.emit(self.draft(), self.removed_attachments())

    # -- drafts and closing ---------------------------------------------------------------------

    def state(self) -> dict[str, str]:
        """Everything typed, as plain text values (for a draft kept inside the log)."""
        return {
            "entry_id": str(self.entry.id) if self.entry else "",
            "when": self.when.value().isoformat(),
            "method": str(self.method.currentData()),
            "outcome": str(self.outcome.currentData()),
            "contact": self.contact.currentText(),
            "office": self.office.text(),
            "person": self.person.text(),
            "appointment": self.appointment.value().isoformat()
            if self.has_appointment.isChecked()
            else "",
            "notes": self.notes.toPlainText(),
            "attachments": ",".join(a.name for a in self.attachment_panel.new),
            "removed": ",".join(str(i) for i in self.attachment_panel.removed),
        }

    def restore_state(self, state: dict[str, str]) -> None:
        """Fill the form from a kept draft (values that no longer fit are skipped)."""
        with contextlib.suppress(ValueError):
            self.when.set_value(datetime.fromisoformat(state.get("when", "")))
        for box, key in ((self.method, "method"), (self.outcome, "outcome")):
            index = box.findData(state.get(key))
            if index >= 0:
                box.setCurrentIndex(index)
        self._outcome_chosen = True
        self.contact.setEditText(state.get("contact", ""))
        self.office.setText(state.get("office", ""))
        self.person.setText(state.get("person", ""))
        try:
            appointment = datetime.fromisoformat(state.get("appointment", ""))
        except ValueError:
            appointment = None
        if appointment is not None:
            self.has_appointment.setChecked(True)
            self.appointment.set_value(appointment)
        self.notes.setPlainText(state.get("notes", ""))

    def has_changes(self) -> bool:
        """True when something was typed, chosen or attached since the form opened."""
        now = self.state()
        return any(now[k] != self._initial[k] for k in now if k != "when") or (
            now["when"] != self._initial["when"] and self.entry is not None
        )

    def close_for_lock(self) -> None:
        """Close without asking (the log is locking; the window kept a draft first)."""
        self._closing = True
        self.reject()

    def done(self, result: int) -> None:
        """Esc, Cancel and the close button ask before throwing typed text away."""
        if (
            result == QDialog.DialogCode.Rejected
            and not self._closing
            and self.isVisible()
            and self.has_changes()
        ):
            answer = QMessageBox.question(
                self,
                self.tr("Discard this attempt?"),
                self.tr("You typed something in this form. Close it and lose what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._closing = True
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The close button asks like Esc does."""
        if self._closing:
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()
