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
from desktop.ui.contact_log.labels import LogLabels
from desktop.ui.i18n import format_date_time

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex


class EntriesModel(QAbstractTableModel):
    """Entries as rows; text is always plain (never interpreted as HTML)."""

    COLUMNS = 6

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
            self.tr("Notes"),
            self.tr("Attachments"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, sort keys and the entry id."""
        if not index.isValid():
            return None
        e = self._entries[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return e.id
        if role == SORT_ROLE:
            keys: tuple[Any, ...] = (
                e.when.timestamp(),
                self.labels.method(e.method),
                e.contact,
                self.labels.outcome(e.outcome),
                e.notes,
                len(e.attachments),
            )
            return keys[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return format_date_time(e.when)
            if col == 1:
                return self.labels.method(e.method)
            if col == 2:
                return e.contact
            if col == 3:
                text = self.labels.outcome(e.outcome)
                if e.appointment:
                    text += " - " + format_date_time(e.appointment)
                return text
            if col == 4:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return e.notes or None
                return e.notes.splitlines()[0] if e.notes else ""
            if col == 5:
                return ", ".join(a.name for a in e.attachments)
        return None


class EntriesFilter(QSortFilterProxyModel):
    """Case-insensitive filter over every column; sorts by real values (dates as times)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setFilterRole(Qt.ItemDataRole.DisplayRole)
