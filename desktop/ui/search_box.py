"""The large search box at the top: debounced search-as-you-type and keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

# Waits after a keystroke before searching when searches are slow. When they are fast the wait
# is 0 ms: the timer still merges keystrokes already queued (a paste, fast typing) into one search.
SLOW_DEBOUNCE_MS = 120
# Keystrokes Undo can reach back: QLineEdit keeps every edit for Undo, without limit, and the
# search box of a shared PC is typed into all day (2,000 queries kept 0.8 MB).
MAX_UNDO_KEYSTROKES = 200


class SearchBox(QLineEdit):
    """Emits `searchRequested(text)` shortly after typing stops, and keyboard intents."""

    searchRequested = Signal(str)
    # Enter: open the chosen (or first) result.
    openRequested = Signal()
    # Down arrow: move into the results list.
    moveToResults = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setPlaceholderText(
            self.tr("Type your question or a few words, for example: cannot go to my check-in")
        )
        self.setAccessibleName(self.tr("Search"))
        self.setAccessibleDescription(
            self.tr(
                "Type a question or words in your own language or in English. Results appear below as you type. "
                "Press Enter to open the first one, the Down arrow to choose, Esc to clear."
            )
        )
        self.setClearButtonEnabled(True)
        # Qt's clear button is icon-only: give it words for screen readers and a tooltip.
        for button in self.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))
            button.setToolTip(self.tr("Clear the search (Esc)"))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.5)
        self.setFont(font)
        self.setMinimumHeight(self.fontMetrics().height() + 16)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        self._keystrokes = 0
        # textChanged (not textEdited) so that "Did you mean" filling the box searches too.
        self.textChanged.connect(self._on_edited)

    def set_slow(self, slow: bool) -> None:
        """Wait a little after each keystroke (slow searches) or search at once (fast ones)."""
        self._timer.setInterval(SLOW_DEBOUNCE_MS if slow else 0)

    def debounce_ms(self) -> int:
        """Current wait after a keystroke, in milliseconds."""
        return self._timer.interval()

    def flush(self) -> None:
        """Search for the current text now."""
        self._timer.stop()
        self.searchRequested.emit(self.text())

    def _on_edited(self, _text: str) -> None:
        """Restart the wait after every change."""
        self._timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the first result, Down moves to the results, Esc clears the box."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Make sure the results match what is typed before opening one.
            if self._timer.isActive():
                self.flush()
            self.openRequested.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Down:
            if self._timer.isActive():
                self.flush()
            self.moveToResults.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)
        self._keystrokes += 1
        if self._keystrokes >= MAX_UNDO_KEYSTROKES:
            self._forget_old_edits()

    def _forget_old_edits(self) -> None:
        """Drop the Undo history, keeping the text and the cursor (setText clears it)."""
        self._keystrokes = 0
        position = self.cursorPosition()
        with QSignalBlocker(self):  # the same text: nothing to search again
            self.setText(self.text())
        self.setCursorPosition(position)
