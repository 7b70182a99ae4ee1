"""The open log's page: title, summary, the person's details, buttons, filter and the table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.contact_log.entries_model import EntriesFilter, EntriesModel
from desktop.ui.contact_log.person_bar import PersonBar


class LogPage(QWidget):
    """Widgets only; the window connects them to what they do."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Number of attempts and the last one"))
        self.person_bar = PersonBar(self)

        self.just_called_button = QPushButton(self.tr("I called ICE just now"), self)
        self.just_called_button.setStyleSheet("font-weight: bold;")
        self.just_called_button.setAccessibleName(self.tr("Record a call to ICE made just now"))
        self.add_button = QPushButton(self.tr("Add an attempt..."), self)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.undo_button = QPushButton(self.tr("Undo delete"), self)
        self.lock_button = QPushButton(self.tr("Lock"), self)
        self.lock_button.setAccessibleName(self.tr("Lock the log now"))
        self.more_button = QPushButton(self.tr("Save, print, backup..."), self)
        self.manage_button = QPushButton(self.tr("Passphrase, delete..."), self)
        self.manage_button.setAccessibleName(self.tr("Change the passphrase or delete this log"))

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter: type a word, a name, a number or a date"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the attempts"))

        self.model = EntriesModel(self)
        self.proxy = EntriesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Attempts to contact ICE, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table (arrows move between rows): it must not trap keyboard users.
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EntriesModel.NOTES, QHeaderView.ResizeMode.Stretch)
        # Long outcome names would squeeze the notes: give them a fixed, adjustable width.
        # Long texts get a fixed, adjustable width so the notes keep room to be read.
        fixed = ((EntriesModel.TO, 130), (EntriesModel.OUTCOME, 170), (EntriesModel.PERSON, 130))
        for column, width in fixed:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.manage_button)
        top.addWidget(self.lock_button)
        buttons = QHBoxLayout()
        for b in (
            self.just_called_button,
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.undo_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        page = QVBoxLayout(self)
        page.addLayout(top)
        page.addWidget(self.summary)
        page.addWidget(self.person_bar)
        page.addLayout(buttons)
        page.addWidget(self.filter)
        page.addWidget(self.table, 1)

    def clear(self) -> None:
        """Empty every view (on lock). setText (unlike clear) also drops the filter's undo
        history, so Ctrl+Z cannot bring back what the previous person typed."""
        self.model.set_entries([])
        self.filter.setText("")
        self.title.clear()
        self.summary.clear()
        self.person_bar.clear()
