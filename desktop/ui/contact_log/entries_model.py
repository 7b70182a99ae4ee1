"""The table of attempts: a read-only item model over the log's entries, plus a filter proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.core.contact_log import Entry
from desktop.ui.contact_log.labels import LogLabels, when_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex


class EntriesModel(QAbstractTableModel):
    """Entries as rows; text is always plain (never interpreted as HTML)."""

    WHEN, HOW, TO, OUTCOME, APPOINTMENT, PERSON, NOTES, ATTACHMENTS = range(8)
    COLUMNS = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = LogLabels(self)
        self._entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        """Replace every row (after a save, or [] when the log locks)."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[Entry]:
        """The entries shown (for counts and tests)."""
        return list(self._entries)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Number of entries."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        """Fixed columns."""
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date and time"),
            self.tr("How"),
            self.tr("To"),
            self.tr("Outcome"),
            self.tr("Appointment given"),
            self.tr("Office / person"),
            self.tr("Notes"),
            self.tr("Files"),
        )[section]

    def cells(self, e: Entry) -> tuple[str, ...]:
        """The texts of one row, in column order."""
        return (
            when_text(e.when),
            self.labels.method(e.method),
            e.contact,
            self.labels.outcome(e.outcome),
            when_text(e.appointment) if e.appointment else "",
            " / ".join(x for x in (e.office, e.person) if x),
            e.notes.splitlines()[0] if e.notes else "",
            str(len(e.attachments)) if e.attachments else "",
        )

    def search_text(self, row: int) -> str:
        """Everything a filter may match in a row: every cell, the whole notes, the person."""
        e = self._entries[row]
        names = (a.name for a in e.attachments)
        return "\n".join((*self.cells(e), e.notes, e.office, e.person, *names)).casefold()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, sort keys and the entry id."""
        if not index.isValid():
            return None
        e = self._entries[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return e.id
        if role == SORT_ROLE:
            if col == self.WHEN:
                return e.when.timestamp()
            if col == self.APPOINTMENT:
                return e.appointment.timestamp() if e.appointment else 0.0
            if col == self.ATTACHMENTS:
                return len(e.attachments)
            return self.cells(e)[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NOTES:
            return e.notes or None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.ATTACHMENTS:
            return "\n".join(a.name for a in e.attachments) or None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(e)[col]
        return None


class EntriesFilter(QSortFilterProxyModel):
    """Case-insensitive filter over everything in an entry; sorts by real values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        """Show only entries holding every typed word (in any field)."""
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Every word must appear somewhere in the entry."""
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, EntriesModel)
        haystack = model.search_text(source_row)
        return all(w in haystack for w in self._words)
