"""Find in page (Ctrl+F): a bar under the answer that finds words in the open answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextEdit, QWidget


class FindBar(QWidget):
    """Finds text in one QTextEdit; Enter finds the next, Shift+Enter the previous, Esc closes."""

    def __init__(self, target: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._target = target
        self.label = QLabel(self.tr("Find in this answer:"), self)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Find in this answer"))
        self.edit.setAccessibleDescription(
            self.tr("Type a word to find it in the answer. Enter finds the next one.")
        )
        self.label.setBuddy(self.edit)
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.previous_button.setAccessibleName(self.tr("Find previous"))
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setAccessibleName(self.tr("Find next"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close find"))
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Find result"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.status)
        layout.addWidget(self.close_button)

        self.edit.textChanged.connect(self._find_from_top)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        """Show the bar and put the cursor in it, with any earlier word selected."""
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and give the focus back to the answer."""
        self.hide()
        self._target.setFocus(Qt.FocusReason.OtherFocusReason)

    def find_next(self) -> bool:
        """Select the next match after the cursor (wrapping to the top)."""
        return self._find(backward=False)

    def find_previous(self) -> bool:
        """Select the previous match before the cursor (wrapping to the end)."""
        return self._find(backward=True)

    def _find_from_top(self, _text: str) -> None:
        """Search again from the top while the word is being typed."""
        cursor = self._target.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self._target.setTextCursor(cursor)
        self._find(backward=False)

    def _find(self, backward: bool) -> bool:
        """Find the word; wrap around once; say when it is not there."""
        text = self.edit.text()
        if not text:
            self.status.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self._target.find(text, flags)
        if not found:
            cursor = self._target.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            self._target.setTextCursor(cursor)
            found = self._target.find(text, flags)
        self.status.setText("" if found else self.tr("Not found"))
        return found

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter: next; Shift+Enter: previous; Esc: close."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
            else:
                self.find_next()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.close_bar()
            event.accept()
            return
        super().keyPressEvent(event)
