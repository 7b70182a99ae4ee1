"""The person's optional details for the printed record: name and A-number."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.contact_log import MAX_SHORT_TEXT, PersonDetails, format_a_number
from desktop.ui.contact_log.sizing import freeze_minimum_size


class DetailsDialog(QDialog):
    """Edit the name and A-number printed at the top of the record (both optional)."""

    def __init__(self, parent: QWidget | None, details: PersonDetails) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My details"))
        note = QLabel(
            self.tr(
                "Both are optional. They are kept inside your locked log and printed on the record."
            ),
            self,
        )
        note.setWordWrap(True)
        self.name = QLineEdit(details.name, self)
        self.name.setMaxLength(MAX_SHORT_TEXT)
        self.name.setAccessibleName(self.tr("Your name"))
        self.a_number = QLineEdit(format_a_number(details.a_number), self)
        self.a_number.setMaxLength(20)
        self.a_number.setPlaceholderText("A-123-456-789")
        self.a_number.setAccessibleName(self.tr("Your A-number"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&A-number:"), self.a_number)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        freeze_minimum_size(self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def details(self) -> PersonDetails:
        """What was typed (validated by the store)."""
        return PersonDetails(name=self.name.text(), a_number=self.a_number.text())
