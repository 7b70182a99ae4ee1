"""The person's name and A-number above the table, with "Copy A-number"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.contact_log import PersonDetails, format_a_number


class PersonBar(QWidget):
    """Shows the details printed on the record; the window edits them."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_button = QPushButton(self.tr("Copy A-number"), self)
        self.copy_button.setAccessibleName(self.tr("Copy my A-number"))
        self._a_number = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.copy_button)

    def show_details(self, details: PersonDetails) -> None:
        """Show the name and A-number (or say there are none yet)."""
        self._a_number = format_a_number(details.a_number) if details.a_number else ""
        shown = [x for x in (details.name, self._a_number) if x]
        self.label.setText(
            "  ·  ".join(shown) if shown else self.tr("No name or A-number for the record yet.")
        )
        self.copy_button.setVisible(bool(self._a_number))

    def a_number_text(self) -> str:
        """The A-number as shown ("" when none)."""
        return self._a_number

    def clear(self) -> None:
        """Forget the details (on lock)."""
        self._a_number = ""
        self.label.clear()
