"""The form to add or edit one attempt: large controls, sensible defaults, attachments."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDateTime, QIODevice, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.contact_log import (
    MAX_NOTES,
    MAX_SHORT_TEXT,
    Entry,
    EntryDraft,
    Method,
    NewAttachment,
    Outcome,
)
from desktop.ui.contact_log.attachment_view import AttachmentViewer, save_attachment_copy
from desktop.ui.contact_log.labels import LogLabels
from desktop.ui.contact_log.sizing import freeze_minimum_size
from desktop.ui.i18n import prepare_date_time_edit

ATTACH_FILTER_EXTS = "*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf"


def _to_qdatetime(moment: datetime) -> QDateTime:
    """A local wall-clock QDateTime for a (possibly aware) datetime."""
    local = moment.astimezone() if moment.tzinfo else moment
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


def _from_qdatetime(value: QDateTime) -> datetime:
    """A naive local datetime from a QDateTime."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


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
        # Reads a stored attachment's bytes from the open log (the window passes it in).
        self._load_attachment = load_attachment
        self._new_attachments: list[NewAttachment] = []
        self._removed: list[int] = []
        self.setWindowTitle(
            self.tr("Edit attempt") if entry else self.tr("Record an attempt to contact ICE")
        )
        self.resize(600, self.sizeHint().height())
        self._build(numbers)
        self._layout()
        self._connect()
        freeze_minimum_size(self)
        if entry is not None:
            self._load(entry)
        else:
            self.when.setDateTime(QDateTime.currentDateTime())

    # -- construction ---------------------------------------------------------------------------

    def _build(self, numbers: Sequence[tuple[str, str]]) -> None:
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        prepare_date_time_edit(self.when)
        self.when.setAccessibleName(self.tr("Date and time of the attempt"))
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
        self.contact.lineEdit().setMaxLength(MAX_SHORT_TEXT)
        self.contact.lineEdit().setPlaceholderText(self.tr("Number, email address or website"))
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
        self.appointment = QDateTimeEdit(self)
        self.appointment.setCalendarPopup(True)
        prepare_date_time_edit(self.appointment)
        self.appointment.setDateTime(QDateTime.currentDateTime().addDays(7))
        self.appointment.setEnabled(False)
        self.appointment.setAccessibleName(self.tr("Appointment date and time"))

        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("What was said, confirmation numbers, anything else"))
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))

        self.attachments = QListWidget(self)
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments.setMaximumHeight(90)
        self.attach_file = QPushButton(self.tr("Attach a file..."), self)
        self.attach_file.setAccessibleName(self.tr("Attach a screenshot, photo or PDF file"))
        self.paste_picture = QPushButton(self.tr("Paste picture"), self)
        self.paste_picture.setAccessibleName(self.tr("Paste a screenshot from the clipboard"))
        self.remove_attachment = QPushButton(self.tr("Remove"), self)
        self.remove_attachment.setAccessibleName(self.tr("Remove the selected attachment"))
        self.view_attachment = QPushButton(self.tr("View"), self)
        self.view_attachment.setAccessibleName(self.tr("View the selected picture"))
        self.save_attachment = QPushButton(self.tr("Save a copy..."), self)
        self.save_attachment.setAccessibleName(self.tr("Save a copy of the selected attachment"))

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
        form.addRow(self._label(self.tr("&When"), self.when), row)
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
        att_buttons = QHBoxLayout()
        att_buttons.addWidget(self.attach_file)
        att_buttons.addWidget(self.paste_picture)
        att_buttons.addWidget(self.remove_attachment)
        att_buttons.addWidget(self.view_attachment)
        att_buttons.addWidget(self.save_attachment)
        att_buttons.addStretch(1)
        att = QVBoxLayout()
        att.addWidget(self.attachments)
        att.addLayout(att_buttons)
        form.addRow(self.tr("Attachments"), att)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.buttons)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _connect(self) -> None:
        self.now_button.clicked.connect(lambda: self.when.setDateTime(QDateTime.currentDateTime()))
        self.has_appointment.toggled.connect(self.appointment.setEnabled)
        self.attach_file.clicked.connect(self.choose_files)
        self.paste_picture.clicked.connect(self.paste_from_clipboard)
        self.remove_attachment.clicked.connect(self.remove_selected_attachment)
        self.view_attachment.clicked.connect(self.view_selected_attachment)
        self.save_attachment.clicked.connect(self.save_selected_attachment)
        self.attachments.currentRowChanged.connect(lambda _row: self._update_attachment_buttons())
        self.attachments.itemActivated.connect(lambda _item: self.view_selected_attachment())
        self._update_attachment_buttons()
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.submit)

    def _load(self, e: Entry) -> None:
        """Fill the form with an existing entry."""
        self.when.setDateTime(_to_qdatetime(e.when))
        self.method.setCurrentIndex(self.method.findData(e.method.value))
        self.contact.setEditText(e.contact)
        self.office.setText(e.office)
        self.person.setText(e.person)
        self.outcome.setCurrentIndex(self.outcome.findData(e.outcome.value))
        if e.appointment:
            self.has_appointment.setChecked(True)
            self.appointment.setDateTime(_to_qdatetime(e.appointment))
        self.notes.setPlainText(e.notes)
        for a in e.attachments:
            item = QListWidgetItem(a.name, self.attachments)
            item.setData(Qt.ItemDataRole.UserRole, a.id)

    # -- behaviour ------------------------------------------------------------------------------

    def prefill_just_called(self, contact: str) -> None:
        """ "I called ICE just now": now, a phone call, to this number."""
        self.when.setDateTime(QDateTime.currentDateTime())
        self.method.setCurrentIndex(self.method.findData(Method.PHONE.value))
        self.contact.setEditText(contact)
        self.outcome.setFocus()

    def add_attachment(self, name: str, data: bytes) -> None:
        """Queue a new attachment (checked by the store when saved)."""
        self._new_attachments.append(NewAttachment(name, data))
        item = QListWidgetItem(name, self.attachments)
        item.setData(Qt.ItemDataRole.UserRole, None)

    def choose_files(self) -> None:
        """Pick pictures or PDF files to attach."""
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            "",
            self.tr("Pictures and PDF files") + f" ({ATTACH_FILTER_EXTS})",
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        for f in files:
            try:
                self.add_attachment(Path(f).name, Path(f).read_bytes())
            except OSError:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(
                    self, self.windowTitle(), self.tr("This file could not be read.")
                )

    def paste_from_clipboard(self) -> None:
        """Attach the picture on the clipboard (a screenshot) as a PNG."""
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("There is no picture on the clipboard. Take a screenshot first."),
            )
            return
        self.add_attachment(self.tr("screenshot") + ".png", _png_bytes(image))

    def remove_selected_attachment(self) -> None:
        """Drop the selected attachment (stored ones are removed when the entry is saved)."""
        row = self.attachments.currentRow()
        if row < 0:
            return
        item = self.attachments.takeItem(row)
        stored_id = item.data(Qt.ItemDataRole.UserRole)
        if stored_id is not None:
            self._removed.append(int(stored_id))
        else:
            # New attachments are listed after stored ones, in order.
            stored = sum(
                1
                for i in range(self.attachments.count())
                if self.attachments.item(i).data(Qt.ItemDataRole.UserRole) is not None
            )
            index = row - stored
            if 0 <= index < len(self._new_attachments):
                del self._new_attachments[index]

    def _selected_stored(self) -> tuple[int, str] | None:
        """(attachment id, name) of the selected stored attachment."""
        item = self.attachments.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return None
        return int(item.data(Qt.ItemDataRole.UserRole)), item.text()

    def _update_attachment_buttons(self) -> None:
        stored = self._selected_stored() is not None and self._load_attachment is not None
        self.view_attachment.setEnabled(stored)
        self.save_attachment.setEnabled(stored)
        self.remove_attachment.setEnabled(self.attachments.currentRow() >= 0)

    def view_selected_attachment(self) -> QDialog | None:
        """Show the selected stored picture; a PDF is offered as a copy to save."""
        selected = self._selected_stored()
        if selected is None or self._load_attachment is None:
            return None
        att_id, name = selected
        data = self._load_attachment(att_id)
        if data.startswith(b"%PDF-"):
            save_attachment_copy(self, name, data)
            return None
        viewer = AttachmentViewer(self, name, data)
        viewer.finished.connect(viewer.deleteLater)
        viewer.open()
        return viewer

    def save_selected_attachment(self) -> Path | None:
        """Save a copy of the selected stored attachment where the person chooses."""
        selected = self._selected_stored()
        if selected is None or self._load_attachment is None:
            return None
        att_id, name = selected
        return save_attachment_copy(self, name, self._load_attachment(att_id))

    def draft(self) -> EntryDraft:
        """What the form holds, as a draft for the store."""
        return EntryDraft(
            when=_from_qdatetime(self.when.dateTime()),
            method=Method(self.method.currentData()),
            outcome=Outcome(self.outcome.currentData()),
            contact=self._contact_text(),
            office=self.office.text(),
            person=self.person.text(),
            appointment=_from_qdatetime(self.appointment.dateTime())
            if self.has_appointment.isChecked()
            else None,
            notes=self.notes.toPlainText()[: MAX_NOTES + 1],
            attachments=tuple(self._new_attachments),
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
        return list(self._removed)

    def submit(self) -> None:
        """Ask the window to save; it closes the dialog when the save has committed."""
        self.submitted.emit(self.draft(), self.removed_attachments())


def _png_bytes(image: QImage) -> bytes:
    """A QImage as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(io.BytesIO(data.data()).getvalue())
