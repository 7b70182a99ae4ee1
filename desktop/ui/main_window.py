"""The main window: search box, questions list, answer pane. It builds and wires; widgets work."""

from __future__ import annotations

import contextlib
import time
from collections import deque
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library import HelpLibrary
from desktop.core.settings import (
    MAX_IDLE_LOCK,
    MAX_START_OVER,
    MIN_IDLE_LOCK,
    TEXT_ZOOM_STEP,
    Settings,
    SettingsStore,
)
from desktop.ui.answer_view import AnswerView
from desktop.ui.find_bar import FindBar
from desktop.ui.history import PAGE_ARTICLE, PAGE_NUMBERS, Page
from desktop.ui.navigator import Navigator
from desktop.ui.pages import HOME_SCHEME, NUMBERS_SCHEME, SEARCH_SCHEME, PageWriter
from desktop.ui.print_actions import MESSAGE_MS, PrintActions
from desktop.ui.results_list import ResultsList
from desktop.ui.screen_fit import PLACES_FILE, WindowPlaces, fit_window
from desktop.ui.search_box import SearchBox
from desktop.ui.start_over import IdleWatcher
from desktop.ui.window_actions import build_actions
from desktop.ui.window_util import freeze_minimum_size

if TYPE_CHECKING:
    from desktop.ui.link_dialog import LinkDialog

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


class MainWindow(QMainWindow):
    """Check-In Help's one window; emits signals for the contact log (wired in app.py)."""

    contactLogRequested = Signal()
    recordAttemptRequested = Signal(str)
    # The person chose another language (already saved); app.py rebuilds the window in it.
    languageChanged = Signal(str)
    # The idle minutes after which an open contact log locks itself changed (already saved).
    idleLockChanged = Signal(int)
    # After every search's results are on screen (tests and benchmarks wait for it).
    resultsUpdated = Signal()
    # The window is starting over for the next person: app.py locks and closes the contact log.
    startOverRequested = Signal()

    def __init__(
        self,
        library: HelpLibrary,
        settings_store: SettingsStore,
        settings: Settings,
        icon_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._settings_store = settings_store
        self.settings = settings
        library.stale_after_months = settings.stale_after_months
        library.ui_language = settings.language
        self.navigator = Navigator(PREVIEW_DELAY_MS, self)
        self.pages = PageWriter(library, self)
        self.printing = PrintActions(self)
        self.link_dialog: LinkDialog | None = None
        self._recent_search_ms: deque[float] = deque(maxlen=5)
        self._query = ""
        self._terms: tuple[str, ...] = ()
        self.last_search_ms = 0.0

        self.setWindowTitle(self.tr("Check-In Help"))
        self.setObjectName("mainWindow")
        if icon_path is not None and icon_path.exists():
            self.setWindowIcon(QIcon(str(icon_path)))
        self._build_widgets()
        self.idle_watcher = IdleWatcher(self, settings.start_over_minutes)
        self.actions_ = build_actions(self, settings.language)
        self._build_layout()
        self._connect()
        self._load()
        freeze_minimum_size(self)
        # Sized for the screen it opens on, or where it was on this screen last time.
        self.places = WindowPlaces(settings_store.path.with_name(PLACES_FILE))
        fit_window(self, self.places, "main")
        self._quit_hook = QApplication.instance()
        if self._quit_hook is not None:  # `--exit-when-ready` quits without closing the window
            self._quit_hook.aboutToQuit.connect(self.remember_place)

    # -- building ----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        """Create the widgets."""
        self.search_box = SearchBox(self)
        self.did_you_mean = QPushButton(self)
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
        self.result_count = QLabel(self)
        self.result_count.setObjectName("resultCount")
        self.result_count.setAccessibleName(self.tr("Number of answers found"))
        self.results = ResultsList(self)

        self.answer = AnswerView(self)
        self.find_bar = FindBar(self.answer, self)
        self.record_button = QPushButton(self.tr("Record a call in my contact log"), self)
        self.record_button.setObjectName("recordCall")
        self.record_button.setAccessibleName(self.tr("Record a call in my contact log"))
        self.record_button.setAccessibleDescription(
            self.tr("Write down in your private contact log that you called or emailed ICE")
        )
        self.record_button.hide()

    def _build_layout(self) -> None:
        """Place the widgets: search on top, questions left, answer right."""
        top = QVBoxLayout()
        top.setContentsMargins(8, 8, 8, 0)
        top.addWidget(self.search_box)
        line = QHBoxLayout()
        line.addWidget(self.did_you_mean)
        line.addStretch(1)
        line.addWidget(self.result_count)
        top.addLayout(line)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.record_button)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.answer, 1)
        right_layout.addWidget(self.find_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 620])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        # Made now, not by the first message: a bar appearing later would move the panes.
        self.statusBar()

        QWidget.setTabOrder(self.search_box, self.did_you_mean)
        QWidget.setTabOrder(self.did_you_mean, self.results)
        QWidget.setTabOrder(self.results, self.record_button)
        QWidget.setTabOrder(self.record_button, self.answer)
        QWidget.setTabOrder(self.answer, self.find_bar.edit)

    def _connect(self) -> None:
        """Wire the widgets and actions together."""
        a = self.actions_
        self.search_box.searchRequested.connect(self.run_search)
        self.search_box.openRequested.connect(self.open_first_result)
        self.search_box.moveToResults.connect(self.results.focus_first)
        self.results.articleActivated.connect(self.open_article)
        self.results.articleHighlighted.connect(self._on_result_highlighted)
        self.navigator.pageChanged.connect(self._render)
        self.navigator.navigationChanged.connect(self._update_navigation)
        self.results.leaveToSearch.connect(self.focus_search)
        self.did_you_mean.clicked.connect(self._accept_suggestion)
        self.answer.linkActivated.connect(self.follow_link)
        self.answer.backRequested.connect(self.go_back)
        self.answer.forwardRequested.connect(self.go_forward)
        self.record_button.clicked.connect(self._record_call)
        a.back.triggered.connect(self.go_back)
        a.forward.triggered.connect(self.go_forward)
        a.home.triggered.connect(self.go_home)
        a.start_over.triggered.connect(self.start_over)
        a.start_over_idle.triggered.connect(self.ask_start_over_minutes)
        self.idle_watcher.startOverDue.connect(self.start_over)
        a.focus_search.triggered.connect(self.focus_search)
        a.numbers.triggered.connect(self.show_numbers)
        a.contact_log.triggered.connect(self.contactLogRequested.emit)
        a.idle_lock.triggered.connect(self.ask_idle_lock_minutes)
        a.find.triggered.connect(self.find_bar.open_bar)
        a.find_next.triggered.connect(self.find_bar.find_next)
        a.zoom_in.triggered.connect(lambda: self.set_zoom(self.settings.text_zoom + TEXT_ZOOM_STEP))
        a.zoom_out.triggered.connect(
            lambda: self.set_zoom(self.settings.text_zoom - TEXT_ZOOM_STEP)
        )
        a.zoom_reset.triggered.connect(lambda: self.set_zoom(100))
        a.print_answer.triggered.connect(self.print_answer)
        a.save_pdf.triggered.connect(self.save_pdf)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.show_about)
        for act in [*a.languages.values(), a.other_language]:
            act.triggered.connect(lambda _checked=False, act=act: self.set_language(act.data()))

    def _load(self) -> None:
        """Show the table of contents and the start page; put the cursor in the search box."""
        self.answer.set_zoom(self.settings.text_zoom)
        self.results.set_zoom(self.settings.text_zoom)
        self.run_search("")
        self.open_article(self.library.home_id)
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- search ------------------------------------------------------------------------------

    def run_search(self, text: str) -> None:
        """Update the questions list for text (the table of contents when it is empty)."""
        start = time.perf_counter()
        query = text.strip()
        self._query = query
        suggestion = None
        if not query:
            self._terms = ()
            sections = [
                (
                    self.pages.section_heading(s.kind),
                    [(e.id, e.title, e.summary) for e in s.entries],
                )
                for s in self.library.toc()
            ]
            self.results.show_sections(sections)
            self.result_count.clear()
            self.navigator.leave_temporary()
        else:
            response = self.library.search(query)
            self._terms = tuple(response.terms)
            suggestion = response.suggestion
            if suggestion:
                self.did_you_mean.setText(self.tr("Did you mean “%1”?").replace("%1", suggestion))
                self.did_you_mean.setProperty("suggestion", suggestion)
            rows = [(h.id, h.title, self.pages.snippet(h.id, h.snippet)) for h in response.hits]
            if response.hits and not response.closest:
                self.results.show_hits(None, rows)
                self.result_count.setText(self.tr("%n answers found", "", len(rows)))
                self.navigator.preview_later(Page(PAGE_ARTICLE, response.hits[0].id, self._terms))
            else:
                self.results.show_hits(self.tr("No exact match. Closest questions:"), rows)
                self.result_count.setText(self.tr("No exact match"))
                # One or two letters are a word being started, not a failed search.
                if len(query) >= MIN_NO_RESULTS_CHARS:
                    page = self.library.no_results_page(response)
                    self.answer.show_html(self.pages.no_results(page))
                    self.record_button.hide()
                    self.navigator.show_no_results()
        # Shown or hidden once per search (not hidden first and shown again).
        self.did_you_mean.setVisible(bool(suggestion))
        self.last_search_ms = (time.perf_counter() - start) * 1000
        self._recent_search_ms.append(self.last_search_ms)
        # Debounce only when searches are slow on this PC: the median of the last few, once
        # there are enough of them not to be fooled by the first, cold searches.
        recent = self._recent_search_ms
        self.search_box.set_slow(len(recent) >= MIN_TIMED_SEARCHES and _median(recent) > FRAME_MS)
        self.resultsUpdated.emit()

    def open_first_result(self) -> None:
        """Open the chosen question, or the first one (Enter in the search box)."""
        article_id = self.results.current_article_id()
        ids = self.results.article_ids()
        if article_id is None and ids:
            article_id = ids[0]
        if article_id:
            self.open_article(article_id)

    def focus_search(self) -> None:
        """Put the cursor in the search box, selecting what is typed."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _accept_suggestion(self) -> None:
        """Search for the suggested spelling."""
        suggestion = self.did_you_mean.property("suggestion")
        if suggestion:
            self.search_box.setText(str(suggestion))
            self.search_box.flush()
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def index_ready(self) -> None:
        """The full search index has opened (after the window): search again with it."""
        if self.search_box.text().strip():
            self.search_box.flush()

    def _on_result_highlighted(self, article_id: str) -> None:
        """Arrowing through the results shows each answer."""
        if self._query:
            self.navigator.preview(Page(PAGE_ARTICLE, article_id, self._terms))

    # -- pages -------------------------------------------------------------------------------

    def open_article(self, article_id: str, highlight: tuple[str, ...] | None = None) -> None:
        """Open an answer (highlighting the words searched for) and add it to the history."""
        if not self.library.has(article_id):
            return
        words = self._terms if highlight is None else highlight
        self.navigator.visit(Page(PAGE_ARTICLE, article_id, tuple(words)))

    def show_numbers(self) -> None:
        """Open the important phone numbers page."""
        self.navigator.visit(Page(PAGE_NUMBERS))

    def go_home(self) -> None:
        """Clear the search, list every question and open the start page."""
        self.search_box.clear()
        self.search_box.flush()
        self.open_article(self.library.home_id, ())
        self.focus_search()

    def go_back(self) -> None:
        """Show the page read before (first leaving a preview or the no-results page)."""
        self.navigator.back()

    def go_forward(self) -> None:
        """Show the page read after (after going back)."""
        self.navigator.forward()

    def current_page(self) -> Page | None:
        """The page in the answer pane (None while the no-results page is shown)."""
        return self.navigator.current()

    def _render(self, page: Page) -> None:
        """Draw page in the answer pane and show the buttons that depend on it."""
        if page.kind == PAGE_NUMBERS:
            self.answer.show_html(self.pages.numbers())
            self.record_button.hide()
        else:
            self.answer.show_html(self.pages.article(page.article_id, page.highlight))
            self.record_button.setVisible(bool(self.library.ice_numbers(page.article_id)))

    def _update_navigation(self) -> None:
        """Enable Back and Forward when there is somewhere to go."""
        self.actions_.back.setEnabled(self.navigator.can_go_back())
        self.actions_.forward.setEnabled(self.navigator.can_go_forward())

    def _page_title(self, page: Page) -> str:
        """The title of a page (for printing and file names)."""
        if page.kind == PAGE_NUMBERS:
            return self.tr("Important phone numbers")
        return self.library.article(page.article_id).title

    def _record_call(self) -> None:
        """Ask for the contact log, pre-filled with this answer's ICE number."""
        page = self.current_page()
        numbers = self.library.ice_numbers(page.article_id) if page else ()
        self.recordAttemptRequested.emit(numbers[0].number if numbers else "")

    # -- links -------------------------------------------------------------------------------

    def follow_link(self, url: QUrl) -> None:
        """Act on a clicked link; nothing here ever opens a browser or dialer."""
        from desktop.ui.link_dialog import KIND_PHONE, KIND_WEB  # on first use: light start-up

        scheme = url.scheme().lower()
        if scheme == "article":
            self.open_article(url.path())
        elif scheme == "tel":
            tel = url.toString()
            number = self.library.number_for_tel(tel)
            display = number.number if number else url.path()
            purpose = number.purposes[0] if number and number.purposes else ""
            self.show_link_dialog(KIND_PHONE, display, tel, purpose)
        elif scheme in ("http", "https"):
            address = url.toString()
            self.show_link_dialog(KIND_WEB, address, address)
        elif scheme == "mailto":
            self.show_link_dialog(KIND_WEB, url.path(), url.toString())
        elif scheme == SEARCH_SCHEME:
            self.search_box.setText(unquote(url.path()))
            self.search_box.flush()
        elif scheme == NUMBERS_SCHEME:
            self.show_numbers()
        elif scheme == HOME_SCHEME:
            self.go_home()

    def show_link_dialog(self, kind: str, display: str, data: str, purpose: str = "") -> LinkDialog:
        """Open the copy/QR dialog for a phone number or an address (not blocking)."""
        if self.link_dialog is not None:
            self.link_dialog.close()
        from desktop.ui.link_dialog import LinkDialog

        dialog = LinkDialog(kind, display, data, purpose, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_link_dialog)
        self.link_dialog = dialog
        dialog.open()
        return dialog

    def _forget_link_dialog(self) -> None:
        """The link dialog was closed."""
        self.link_dialog = None

    # -- text size ---------------------------------------------------------------------------

    def set_zoom(self, percent: int) -> None:
        """Change the answer text size and remember it for next time."""
        self.settings = replace(self.settings, text_zoom=percent).clamped()
        self.answer.set_zoom(self.settings.text_zoom)
        self.results.set_zoom(self.settings.text_zoom)
        try:
            self._settings_store.save(self.settings)
        except OSError:
            self.statusBar().showMessage(self.tr("The text size could not be saved for next time."))

    # -- contact log lock time ---------------------------------------------------------------

    def ask_idle_lock_minutes(self) -> None:
        """Ask after how many idle minutes an open contact log locks itself."""
        from PySide6.QtWidgets import QInputDialog

        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Contact log lock time"),
            self.tr("Lock an open contact log after this many minutes without use:"),
            self.settings.idle_lock_minutes,
            MIN_IDLE_LOCK,
            MAX_IDLE_LOCK,
        )
        if ok:
            self.set_idle_lock_minutes(minutes)

    def set_idle_lock_minutes(self, minutes: int) -> None:
        """Remember the contact log's idle lock time and tell an open log window."""
        self.settings = replace(self.settings, idle_lock_minutes=minutes).clamped()
        try:
            self._settings_store.save(self.settings)
        except OSError:
            self.statusBar().showMessage(self.tr("The lock time could not be saved for next time."))
        self.idleLockChanged.emit(self.settings.idle_lock_minutes)

    # -- start over --------------------------------------------------------------------------

    def start_over(self) -> None:
        """Leave nothing of the last person: search, history, find bar, dialogs, log, settings."""
        from PySide6.QtWidgets import QDialog

        self.startOverRequested.emit()  # the contact log locks and closes first (its drafts)
        for dialog in self.findChildren(QDialog, options=Qt.FindChildOption.FindDirectChildrenOnly):
            dialog.reject()
        self.find_bar.edit.setText("")
        self.find_bar.close_bar()
        self.search_box.setText("")  # not clear(): Ctrl+Z must not bring the last search back
        self.search_box.flush()
        self.navigator.reset(Page(PAGE_ARTICLE, self.library.home_id, ()))
        defaults = Settings()
        if self.settings.text_zoom != defaults.text_zoom:
            self.set_zoom(defaults.text_zoom)
        self.focus_search()
        # Last: the PC's language for the next person (defaults.language is "": not chosen).
        # Another language rebuilds the window (app.py), which then shows this state.
        from desktop.ui.i18n import system_language

        if (defaults.language or system_language()) != self.settings.language:
            self.set_language(defaults.language)
        elif self.settings.language != defaults.language:
            self.settings = replace(self.settings, language=defaults.language)
            with contextlib.suppress(OSError):
                self._settings_store.save(self.settings)

    def ask_start_over_minutes(self) -> None:
        """Ask after how many idle minutes the window starts over by itself."""
        from PySide6.QtWidgets import QInputDialog

        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Start over when idle"),
            self.tr("Start over after this many minutes without use (0: never):"),
            self.settings.start_over_minutes,
            0,
            MAX_START_OVER,
        )
        if ok:
            self.settings = replace(self.settings, start_over_minutes=minutes).clamped()
            self.idle_watcher.set_minutes(self.settings.start_over_minutes)
            with contextlib.suppress(OSError):
                self._settings_store.save(self.settings)

    # -- language ----------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Remember a new language for the buttons and menus and ask for it (app.py rebuilds)."""
        if code == self.settings.language:
            return
        self.settings = replace(self.settings, language=code).clamped()
        with contextlib.suppress(OSError):  # still switch now, even if it cannot be remembered
            self._settings_store.save(self.settings)
        self.languageChanged.emit(self.settings.language)

    def take_over(self, old: MainWindow) -> None:
        """Continue where another main window was: same place, size, search and page."""
        self.setGeometry(old.geometry())
        if old.isMaximized():
            self.setWindowState(old.windowState())
        text = old.search_box.text()
        if text:
            self.search_box.setText(text)
            self.search_box.flush()
        page = old.current_page()
        if page is not None:
            self.navigator.visit(page)

    # -- printing ----------------------------------------------------------------------------

    def _print_html(self) -> tuple[str, str] | None:
        """(title, HTML) of the open page for paper, without search highlights."""
        page = self.current_page()
        if page is None:
            return None
        if page.kind == PAGE_NUMBERS:
            return self._page_title(page), self.pages.numbers()
        return self._page_title(page), self.pages.article(page.article_id, ())

    def print_answer(self) -> None:
        """Print the open answer through the system print dialog."""
        content = self._print_html()
        if content is not None and self.printing.print_page(*content):
            self.statusBar().showMessage(self.tr("Sent to the printer."), MESSAGE_MS)

    def save_pdf(self) -> Path | None:
        """Save the open answer as a PDF file the person chooses; return its path."""
        content = self._print_html()
        page = self.current_page()
        if content is None or page is None:
            return None
        target = self.printing.save_pdf(*content, page.article_id or "important-numbers")
        if target is not None:
            self.statusBar().showMessage(self.tr("Saved as a PDF file."), MESSAGE_MS)
        return target

    # -- other -------------------------------------------------------------------------------

    def show_contact_log_unavailable(self) -> None:
        """Say plainly that the contact log is not part of this copy of the app."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self,
            self.tr("Contact log"),
            self.tr("The contact log is not available in this copy of Check-In Help."),
        )

    def show_about(self) -> None:
        """Open the About box (imported only when asked for)."""
        from desktop.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self, self.library.content_source())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """The mouse's back and forward buttons work anywhere in the window."""
        if event.button() == Qt.MouseButton.BackButton:
            self.go_back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.go_forward()
        else:
            super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow window the second toolbar goes below the first, not into a hidden menu."""
        super().resizeEvent(event)
        first, second = self.actions_.toolbar, self.actions_.second_toolbar
        wrap = first.sizeHint().width() + second.sizeHint().width() > event.size().width()
        if wrap != self.toolBarBreak(second):
            if wrap:
                self.insertToolBarBreak(second)
            else:
                self.removeToolBarBreak(second)

    def remember_place(self) -> None:
        """Remember where the window is on this screen, for the next start."""
        if self.isVisible():
            self.places.remember("main", self)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's place; close any link dialog with the window."""
        self.remember_place()
        if self._quit_hook is not None:
            # A window replaced by a language switch must not leave its hook on the app.
            self._quit_hook.aboutToQuit.disconnect(self.remember_place)
            self._quit_hook = None
        if self.link_dialog is not None:
            self.link_dialog.close()
        super().closeEvent(event)
