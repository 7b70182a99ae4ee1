"""The main window: search box, questions list, answer pane. It builds and wires; widgets work."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.library import HelpLibrary
from desktop.core.settings import TEXT_ZOOM_STEP, Settings, SettingsStore
from desktop.ui.answer_view import AnswerView
from desktop.ui.find_bar import FindBar
from desktop.ui.help import connect_help
from desktop.ui.history import PAGE_ARTICLE, PAGE_NUMBERS, Page
from desktop.ui.links import LinkRouter
from desktop.ui.navigator import Navigator
from desktop.ui.pages import PageWriter
from desktop.ui.preferences import Preferences
from desktop.ui.print_actions import MESSAGE_MS, PrintActions
from desktop.ui.results_list import ResultsList
from desktop.ui.screen_fit import PLACES_FILE, PlaceKeeper, WindowPlaces
from desktop.ui.search_box import SearchBox
from desktop.ui.search_controller import PREVIEW_DELAY_MS, SearchController
from desktop.ui.start_over import IdleWatcher
from desktop.ui.window_actions import build_actions, wrap_toolbars
from desktop.ui.window_util import freeze_minimum_size

if TYPE_CHECKING:
    from desktop.ui.link_dialog import LinkDialog


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
    # Staff turned the contact log off on this PC: app.py locks and closes an open log window.
    contactLogTurnedOff = Signal()

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
        self.preferences = Preferences(settings_store, settings, self)
        # Information packs: when an answer is out of date, and which answers come first.
        library.stale_after_months = settings.stale_after_months
        library.ui_language = settings.language
        self.navigator = Navigator(PREVIEW_DELAY_MS, self)
        self.pages = PageWriter(library, self)
        self.printing = PrintActions(library, self.pages, self)
        self.links = LinkRouter(library, self)

        self.setWindowTitle(self.tr("Check-In Help"))
        self.setObjectName("mainWindow")
        if icon_path is not None and icon_path.exists():
            self.setWindowIcon(QIcon(str(icon_path)))
        self._build_widgets()
        self.idle_watcher = IdleWatcher(self, settings.start_over_minutes)
        self.actions_ = build_actions(self, settings.language)
        self._build_layout()
        self._connect()
        from desktop.ui.staff.apply import apply_staff_settings

        apply_staff_settings(self)  # the clinic's name, the contact log offered or not
        self.preferences.staffChanged.connect(lambda: apply_staff_settings(self))
        self._load()
        freeze_minimum_size(self)
        # Sized for the screen it opens on, or where it was on this screen last time.
        places = WindowPlaces(settings_store.path.with_name(PLACES_FILE))
        self.place_keeper = PlaceKeeper(self, places, "main")

    # -- building ----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        """Create the widgets."""
        self.search_box = SearchBox(self)
        self.results = ResultsList(self)
        # The search controller makes the "Did you mean" button and the count it drives.
        self.search = SearchController(
            self.library, self.pages, self.navigator, self.search_box, self.results, self
        )
        self.did_you_mean = self.search.did_you_mean
        self.result_count = self.search.result_count

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
        a, p = self.actions_, self.preferences
        self.search_box.searchRequested.connect(self.search.run_search)
        self.search_box.openRequested.connect(self.search.open_first_result)
        self.search_box.moveToResults.connect(self.results.focus_first)
        self.search.articleChosen.connect(self.open_article)
        self.search.noResultsShown.connect(self._show_no_results)
        self.search.resultsUpdated.connect(self.resultsUpdated)
        self.results.articleActivated.connect(self.open_article)
        self.results.articleHighlighted.connect(self.search.preview_highlighted)
        self.navigator.pageChanged.connect(self._render)
        self.navigator.navigationChanged.connect(self._update_navigation)
        self.results.leaveToSearch.connect(self.focus_search)
        self.did_you_mean.clicked.connect(self.search.accept_suggestion)
        self.answer.linkActivated.connect(self.links.follow)
        self.links.articleRequested.connect(self.open_article)
        self.links.searchRequested.connect(self.search.search_for)
        self.links.numbersRequested.connect(self.show_numbers)
        self.links.homeRequested.connect(self.go_home)
        p.zoomChanged.connect(self.answer.set_zoom)
        p.zoomChanged.connect(self.results.set_zoom)
        p.startOverChanged.connect(self.idle_watcher.set_minutes)
        p.idleLockChanged.connect(self.idleLockChanged)
        p.languageChanged.connect(self.languageChanged)
        p.saveFailed.connect(self.statusBar().showMessage)
        self.printing.message.connect(lambda text: self.statusBar().showMessage(text, MESSAGE_MS))
        self.answer.backRequested.connect(self.go_back)
        self.answer.forwardRequested.connect(self.go_forward)
        self.record_button.clicked.connect(self._record_call)
        a.back.triggered.connect(self.go_back)
        a.forward.triggered.connect(self.go_forward)
        a.home.triggered.connect(self.go_home)
        a.start_over.triggered.connect(self.start_over)
        a.start_over_idle.triggered.connect(p.ask_start_over_minutes)
        self.idle_watcher.startOverDue.connect(self.start_over)
        a.focus_search.triggered.connect(self.focus_search)
        a.numbers.triggered.connect(self.show_numbers)
        a.contact_log.triggered.connect(self.contactLogRequested.emit)
        a.idle_lock.triggered.connect(p.ask_idle_lock_minutes)
        a.find.triggered.connect(self.find_bar.open_bar)
        a.find_next.triggered.connect(self.find_bar.find_next)
        a.zoom_in.triggered.connect(lambda: p.set_zoom(p.settings.text_zoom + TEXT_ZOOM_STEP))
        a.zoom_out.triggered.connect(lambda: p.set_zoom(p.settings.text_zoom - TEXT_ZOOM_STEP))
        a.zoom_reset.triggered.connect(lambda: p.set_zoom(100))
        a.print_answer.triggered.connect(self.print_answer)
        a.save_pdf.triggered.connect(self.save_pdf)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.show_about)
        connect_help(self)  # Help > How to use this app, Keyboard keys
        for act in [*a.languages.values(), a.other_language]:
            act.triggered.connect(lambda _checked=False, act=act: p.set_language(act.data()))

    def _load(self) -> None:
        """Show the table of contents and the start page; put the cursor in the search box."""
        self.answer.set_zoom(self.settings.text_zoom)
        self.results.set_zoom(self.settings.text_zoom)
        self.search.run_search("")
        self.open_article(self.library.home_id)
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- search ------------------------------------------------------------------------------

    def open_first_result(self) -> None:
        """Open the chosen question, or the first one (Enter in the search box)."""
        self.search.open_first_result()

    def index_ready(self) -> None:
        """The full search index has opened (after the window): search again with it."""
        self.search.index_ready()

    def focus_search(self) -> None:
        """Put the cursor in the search box, selecting what is typed."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # -- pages -------------------------------------------------------------------------------

    def open_article(self, article_id: str, highlight: tuple[str, ...] | None = None) -> None:
        """Open an answer (highlighting the words searched for) and add it to the history."""
        if not self.library.has(article_id):
            return
        words = self.search.terms if highlight is None else highlight
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
            offered = self.settings.contact_log_offered
            self.record_button.setVisible(
                offered and bool(self.library.ice_numbers(page.article_id))
            )

    def _update_navigation(self) -> None:
        """Enable Back and Forward when there is somewhere to go."""
        self.actions_.back.setEnabled(self.navigator.can_go_back())
        self.actions_.forward.setEnabled(self.navigator.can_go_forward())

    def _show_no_results(self, html: str) -> None:
        """Nothing matched the search: show the no-results page (it leaves the history alone)."""
        self.answer.show_html(html)
        self.record_button.hide()
        self.navigator.show_no_results()

    def _record_call(self) -> None:
        """Ask for the contact log, pre-filled with this answer's ICE number."""
        page = self.current_page()
        numbers = self.library.ice_numbers(page.article_id) if page else ()
        self.recordAttemptRequested.emit(numbers[0].number if numbers else "")

    # -- links -------------------------------------------------------------------------------

    def show_link_dialog(self, kind: str, display: str, data: str, purpose: str = "") -> LinkDialog:
        """Open the copy/QR dialog for a phone number or an address (not blocking)."""
        return self.links.show_dialog(kind, display, data, purpose)

    @property
    def link_dialog(self) -> LinkDialog | None:
        """The open link dialog, if any."""
        return self.links.dialog

    # -- settings ----------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The person's current settings (text size, idle times, language)."""
        return self.preferences.settings

    def set_zoom(self, percent: int) -> None:
        """Change the answer text size and remember it for next time."""
        self.preferences.set_zoom(percent)

    def set_language(self, code: str) -> None:
        """Remember a new language for the buttons and menus and ask for it (app.py rebuilds)."""
        self.preferences.set_language(code)

    # -- start over --------------------------------------------------------------------------

    def start_over(self) -> None:
        """Leave nothing of the last person: search, history, find bar, dialogs, log, settings."""
        from PySide6.QtWidgets import QDialog

        self.startOverRequested.emit()  # the contact log locks and closes first (its drafts)
        for dialog in self.findChildren(QDialog, options=Qt.FindChildOption.FindDirectChildrenOnly):
            dialog.reject()
        self.find_bar.edit.setText("")
        self.find_bar.close_bar()
        self.search.search_for("")  # not clear(): Ctrl+Z must not bring the last search back
        self.navigator.reset(Page(PAGE_ARTICLE, self.library.home_id, ()))
        self.preferences.reset_zoom()
        self.focus_search()
        # Last: the PC's language for the next person; another one rebuilds the window.
        self.preferences.reset_language()

    def take_over(self, old: MainWindow) -> None:
        """Continue where another main window was: same place, size, search and page."""
        self.setGeometry(old.geometry())
        if old.isMaximized():
            self.setWindowState(old.windowState())
        text = old.search_box.text()
        if text:
            self.search.search_for(text)
        page = old.current_page()
        if page is not None:
            self.navigator.visit(page)

    # -- printing ----------------------------------------------------------------------------

    def print_answer(self) -> None:
        """Print the open answer through the system print dialog."""
        self.printing.print_answer(self.current_page())

    def save_pdf(self) -> Path | None:
        """Save the open answer as a PDF file the person chooses; return its path."""
        return self.printing.save_answer(self.current_page())

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
        wrap_toolbars(self, self.actions_, event.size().width())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's place; close any link dialog with the window."""
        self.place_keeper.window_closing()
        self.links.close_dialog()
        super().closeEvent(event)
