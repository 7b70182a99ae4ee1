"""Search as you type: the questions list, the count, "Did you mean", and the best answer's preview.

The main window hands in the search box and the questions list; this builds the two small
widgets it alone drives (the "Did you mean" button and the count) for the main window to place,
and decides what they all show for each search. It times every search and asks the search box to debounce keystrokes only on PCs where
searching is slower than a frame.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop.core.library import HelpLibrary
from desktop.ui.history import PAGE_ARTICLE, Page
from desktop.ui.navigator import Navigator
from desktop.ui.pages import PageWriter
from desktop.ui.results_list import ResultsList
from desktop.ui.search_box import SearchBox

# Searches slower than one frame (60 Hz) switch the search box to a short debounce.
FRAME_MS = 16.0
MIN_TIMED_SEARCHES = 3
# Shorter queries that match nothing keep the page shown (the person is still typing).
MIN_NO_RESULTS_CHARS = 3
# The best answer appears in the answer pane this long after typing pauses.
PREVIEW_DELAY_MS = 150


def _median(values: deque[float]) -> float:
    """The median (the statistics module would cost start-up time for this one use)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


class SearchController(QObject):
    """Runs each search and shows its results; emits signals for what the answer pane shows."""

    # After every search's results are on screen (tests and benchmarks wait for it).
    resultsUpdated = Signal()
    # Nothing matched a long enough query: show this no-results page (HTML) in the answer pane.
    noResultsShown = Signal(str)
    # Open this answer (Enter in the search box).
    articleChosen = Signal(str)

    def __init__(
        self,
        library: HelpLibrary,
        pages: PageWriter,
        navigator: Navigator,
        search_box: SearchBox,
        results: ResultsList,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._pages = pages
        self._navigator = navigator
        self._search_box = search_box
        self._results = results
        self.did_you_mean = QPushButton(parent)
        self.result_count = QLabel(parent)
        self._build_widgets()
        self._recent_search_ms: deque[float] = deque(maxlen=5)
        self._query = ""
        self.terms: tuple[str, ...] = ()
        self.last_search_ms = 0.0

    def _build_widgets(self) -> None:
        """Set up the "Did you mean" button (hidden until there is a suggestion) and the count."""
        self.did_you_mean.setObjectName("didYouMean")
        self.did_you_mean.setFlat(True)
        self.did_you_mean.setCursor(Qt.CursorShape.PointingHandCursor)
        self.did_you_mean.setStyleSheet("text-align: left; color: #0b57a4; font-weight: bold;")
        self.did_you_mean.setAccessibleName(self.tr("Did you mean"))
        self.did_you_mean.setAccessibleDescription(self.tr("Search for this spelling instead"))
        # Its line keeps its height while it is hidden: a suggestion coming and going as the
        # person types must not move both panes (relaying out and repainting all of each).
        policy = self.did_you_mean.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.did_you_mean.setSizePolicy(policy)
        self.did_you_mean.hide()
        self.result_count.setObjectName("resultCount")
        self.result_count.setAccessibleName(self.tr("Number of answers found"))

    def run_search(self, text: str) -> None:
        """Update the questions list for text (the table of contents when it is empty)."""
        start = time.perf_counter()
        query = text.strip()
        self._query = query
        suggestion = None
        if not query:
            self.terms = ()
            sections = [
                (
                    self._pages.section_heading(s.kind),
                    [(e.id, e.title, e.summary) for e in s.entries],
                )
                for s in self._library.toc()
            ]
            self._results.show_sections(sections)
            self.result_count.clear()
            self._navigator.leave_temporary()
        else:
            response = self._library.search(query)
            self.terms = tuple(response.terms)
            suggestion = response.suggestion
            if suggestion:
                self.did_you_mean.setText(self.tr("Did you mean “%1”?").replace("%1", suggestion))
                self.did_you_mean.setProperty("suggestion", suggestion)
            rows = [(h.id, h.title, self._pages.snippet(h.id, h.snippet)) for h in response.hits]
            if response.hits and not response.closest:
                self._results.show_hits(None, rows)
                self.result_count.setText(self.tr("%n answers found", "", len(rows)))
                self._navigator.preview_later(Page(PAGE_ARTICLE, response.hits[0].id, self.terms))
            else:
                self._results.show_hits(self.tr("No exact match. Closest questions:"), rows)
                self.result_count.setText(self.tr("No exact match"))
                # One or two letters are a word being started, not a failed search.
                if len(query) >= MIN_NO_RESULTS_CHARS:
                    page = self._library.no_results_page(response)
                    self.noResultsShown.emit(self._pages.no_results(page))
        # Shown or hidden once per search (not hidden first and shown again).
        self.did_you_mean.setVisible(bool(suggestion))
        self.last_search_ms = (time.perf_counter() - start) * 1000
        self._recent_search_ms.append(self.last_search_ms)
        # Debounce only when searches are slow on this PC: the median of the last few, once
        # there are enough of them not to be fooled by the first, cold searches.
        recent = self._recent_search_ms
        self._search_box.set_slow(len(recent) >= MIN_TIMED_SEARCHES and _median(recent) > FRAME_MS)
        self.resultsUpdated.emit()

    def search_for(self, text: str) -> None:
        """Put text in the search box and search for it at once."""
        self._search_box.setText(text)
        self._search_box.flush()

    def open_first_result(self) -> None:
        """Open the chosen question, or the first one (Enter in the search box)."""
        article_id = self._results.current_article_id()
        ids = self._results.article_ids()
        if article_id is None and ids:
            article_id = ids[0]
        if article_id:
            self.articleChosen.emit(article_id)

    def accept_suggestion(self) -> None:
        """Search for the suggested spelling."""
        suggestion = self.did_you_mean.property("suggestion")
        if suggestion:
            self.search_for(str(suggestion))
            self._search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def index_ready(self) -> None:
        """The full search index has opened (after the window): search again with it."""
        if self._search_box.text().strip():
            self._search_box.flush()

    def preview_highlighted(self, article_id: str) -> None:
        """Arrowing through the results shows each answer."""
        if self._query:
            self._navigator.preview(Page(PAGE_ARTICLE, article_id, self.terms))
