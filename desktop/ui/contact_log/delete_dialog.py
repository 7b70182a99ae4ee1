"""Deleting a whole log: say what goes, ask for the log's passphrase, and offer the files saved
from it (PDF, spreadsheet, backups on this computer) one by one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.contact_log.sizing import freeze_minimum_size


class DeleteLogDialog(QDialog):
    """The confirmation: only the log's own passphrase deletes it."""

    def __init__(
        self, parent: QWidget | None, nickname: str, count: int, exports: Sequence[Any]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete this log"))
        text = QLabel(
            self.tr(
                'Delete the log "%1" and the %n attempt(s) in it? This cannot be undone.', "", count
            ).replace("%1", nickname),
            self,
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase_box = QLineEdit(self)
        self.passphrase_box.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_box.setAccessibleName(self.tr("The log's passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        label = QLabel(self.tr("To delete it, type the log's &passphrase:"), self)
        label.setBuddy(self.passphrase_box)
        layout.addWidget(label)
        layout.addWidget(self.passphrase_box)
        self.export_boxes: list[tuple[QCheckBox, Any]] = []
        if exports:
            intro = QLabel(
                self.tr(
                    "Files saved from this log on this computer. Tick those to delete too "
                    "(backups on USB sticks are never listed, and are kept):"
                ),
                self,
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        kinds = {
            "pdf": self.tr("PDF record"),
            "csv": self.tr("Spreadsheet (CSV)"),
            "backup": self.tr("Backup file"),
        }
        for record in exports:
            box = QCheckBox(f"{kinds.get(record.kind, record.kind)}: {record.path}", self)
            # Plain-text exports are the ones readable by anyone: offer them ticked.
            box.setChecked(record.kind != "backup")
            layout.addWidget(box)
            self.export_boxes.append((box, record))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.delete_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.delete_button.setText(self.tr("Delete the log"))
        self.delete_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep the log"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout.addWidget(buttons)
        freeze_minimum_size(self)
        self.passphrase_box.textChanged.connect(lambda t: self.delete_button.setEnabled(bool(t)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def passphrase(self) -> str:
        """What was typed."""
        return self.passphrase_box.text()

    def chosen_exports(self) -> list[Any]:
        """The export records ticked for deletion."""
        return [record for box, record in self.export_boxes if box.isChecked()]
