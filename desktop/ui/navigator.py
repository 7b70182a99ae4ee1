"""Which page the answer pane shows: the reading history, a preview while typing, or no results.

The main window draws; this decides. A preview (the best answer while typing, or the question
the arrows are on) is shown without entering the history; it joins the history when the person
moves on from it (a link, Forward), so Back finds it. Back from a preview or from the
no-results page returns to the page read before.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.ui.history import History, Page


class Navigator(QObject):
    """Reading history plus the temporary pages shown while searching."""

    # Draw this page (never None).
    pageChanged = Signal(object)
    # Back/Forward availability may have changed.
    navigationChanged = Signal()

    def __init__(self, preview_delay_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = History()
        self._preview: Page | None = None
        # The preview to show once typing pauses (rendering it on every key would be waste).
        self._pending: Page | None = None
        self._no_results = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(preview_delay_ms)
        self._timer.timeout.connect(self._show_pending)

    # -- state ---------------------------------------------------------------------------------

    def current(self) -> Page | None:
        """The page shown (None while the no-results page is shown)."""
        if self._no_results:
            return None
        return self._preview or self.history.current()

    def can_go_back(self) -> bool:
        """True when Back has somewhere to go."""
        return self.history.can_go_back() or self._preview is not None or self._no_results

    def can_go_forward(self) -> bool:
        """True when Forward has somewhere to go."""
        return self.history.can_go_forward()

    # -- moves ---------------------------------------------------------------------------------

    def visit(self, page: Page) -> None:
        """Open page and add it to the history (after a preview the person moved on from)."""
        self._cancel_pending()
        if self._preview is not None and self._preview.article_id != page.article_id:
            self.history.visit(self._preview)
        self._preview = None
        self.history.visit(page)
        self._show(page)

    def reset(self, page: Page) -> None:
        """Forget the history and every preview, and show page alone (start over)."""
        self._cancel_pending()
        self._preview = None
        self.history.clear()
        self.history.visit(page)
        self._show(page)

    def preview_later(self, page: Page) -> None:
        """Show page as a preview once typing pauses."""
        self._pending = page
        self._timer.start()

    def preview(self, page: Page) -> None:
        """Show page as a preview now (unless it is already shown)."""
        self._cancel_pending()
        if page == self.current():
            return
        self._preview = page
        self._show(page)

    def show_no_results(self) -> None:
        """The window shows its no-results page; no preview is pending any more."""
        self._cancel_pending()
        self._preview = None
        self._no_results = True
        self.navigationChanged.emit()

    def leave_temporary(self) -> None:
        """Leave a preview or the no-results page for the current history page."""
        self._cancel_pending()
        if self._no_results or self._preview is not None:
            self._preview = None
            self._show(self.history.current())

    def back(self) -> None:
        """Go to the page read before (first leaving a preview or the no-results page)."""
        if self._no_results or self._preview is not None:
            self.leave_temporary()
            return
        page = self.history.back()
        if page is not None:
            self._show(page)

    def forward(self) -> None:
        """Go to the page read after (after going back)."""
        if not self.history.can_go_forward():
            return
        self._cancel_pending()
        self._preview = None  # committing it would drop the pages ahead
        page = self.history.forward()
        if page is not None:
            self._show(page)

    # -- inner ---------------------------------------------------------------------------------

    def _show(self, page: Page | None) -> None:
        """Ask the window to draw page; update Back/Forward."""
        self._no_results = False
        if page is not None:
            self.pageChanged.emit(page)
        self.navigationChanged.emit()

    def _show_pending(self) -> None:
        """Typing paused: show the pending preview."""
        page, self._pending = self._pending, None
        if page is not None:
            self.preview(page)

    def _cancel_pending(self) -> None:
        """Forget a preview not shown yet."""
        self._timer.stop()
        self._pending = None
