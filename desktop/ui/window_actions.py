"""The main window's actions, menus and toolbar: every command with a shortcut and a text label."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar, QToolButton

from desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES
from desktop.ui.qt_workarounds import keep_toolbar_buttons_lean


@dataclass
class WindowActions:
    """Every command of the main window."""

    back: QAction
    forward: QAction
    home: QAction
    start_over: QAction
    start_over_idle: QAction
    focus_search: QAction
    numbers: QAction
    contact_log: QAction
    idle_lock: QAction
    staff_settings: QAction
    find: QAction
    find_next: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    print_answer: QAction
    save_pdf: QAction
    quit: QAction
    about: QAction
    how_to: QAction
    keys: QAction
    # One checkable action per language (code -> action), and the toolbar's switch to the other.
    languages: dict[str, QAction]
    other_language: QAction
    toolbar: QToolBar
    # Important numbers and the contact log: beside the first toolbar, or below it when narrow.
    places_toolbar: QToolBar
    # Text size, printing and language: beside the others, or below them on narrow windows.
    second_toolbar: QToolBar


def _action(
    window: QMainWindow,
    text: str,
    tip: str,
    shortcuts: list[QKeySequence],
    icon: QIcon | None = None,
) -> QAction:
    """An action with its text, tooltip (which names the shortcut) and shortcuts."""
    act = QAction(text, window)
    if icon is not None:
        act.setIcon(icon)
    act.setShortcuts(shortcuts)
    first = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText) if shortcuts else ""
    act.setToolTip(f"{tip} ({first})" if first else tip)
    act.setStatusTip(tip)
    window.addAction(act)
    return act


def _tr(text: str) -> str:
    """A menu or toolbar text in the person's language.

    pyside6-lupdate files a bare `tr("...")` call under the empty context (it cannot see that
    `tr` is `window.tr`), so the texts are looked up there.
    """
    return QCoreApplication.translate("", text)


class _IconSource:
    """The style's standard icons, each made once per style and then shared.

    A new QIcon from `standardIcon` gets new pixmap-cache keys, so every window rebuilt for a
    language switch (or start over) added its own rendered icons: measured 11 KB per window,
    13.5 MB over 1,200 rebuilds (2.4 MB with shared icons).
    """

    _made: ClassVar[dict[tuple[int, QStyle.StandardPixmap], QIcon]] = {}

    def __init__(self, style: QStyle) -> None:
        self._style = style

    def standardIcon(self, which: QStyle.StandardPixmap) -> QIcon:  # noqa: N802 - QStyle's name
        """The style's icon for which, made on first use."""
        key = (id(self._style), which)
        if key not in self._made:
            self._made[key] = self._style.standardIcon(which)
        return self._made[key]


def build_actions(window: QMainWindow, current_language: str = DEFAULT_LANGUAGE) -> WindowActions:
    """Create the actions, the menu bar and the toolbar of window."""
    tr = _tr
    style = _IconSource(window.style())
    sp = QStyle.StandardPixmap
    seq = QKeySequence
    key = QKeySequence.StandardKey

    back = _action(
        window,
        tr("&Back"),
        tr("Go back to the page you read before"),
        [*seq.keyBindings(key.Back)],
        style.standardIcon(sp.SP_ArrowBack),
    )
    forward = _action(
        window,
        tr("&Forward"),
        tr("Go forward again"),
        [*seq.keyBindings(key.Forward)],
        style.standardIcon(sp.SP_ArrowForward),
    )
    home = _action(
        window,
        tr("&All questions"),
        tr("Clear the search and show every question"),
        [seq("Alt+Home")],
        style.standardIcon(sp.SP_DirHomeIcon),
    )
    start_over = _action(
        window,
        tr("S&tart over"),
        tr("Clear everything for the next person: search, pages read, text size and language"),
        [seq("Ctrl+Shift+Home")],
        style.standardIcon(sp.SP_BrowserReload),
    )
    start_over.setObjectName("startOver")
    start_over_idle = _action(
        window,
        tr("Start over &when idle..."),
        tr("Choose after how many idle minutes the app starts over for the next person"),
        [],
    )
    focus_search = _action(
        window, tr("&Search"), tr("Go to the search box"), [seq("Ctrl+E"), seq("F6")]
    )
    numbers = _action(
        window,
        tr("Important &numbers"),
        tr("Show the important phone numbers"),
        [seq("Ctrl+I")],
        style.standardIcon(sp.SP_MessageBoxInformation),
    )
    contact_log = _action(
        window,
        tr("My &contact log"),
        tr("Open your private record of calls and emails to ICE"),
        [seq("Ctrl+L")],
        style.standardIcon(sp.SP_FileDialogDetailedView),
    )
    idle_lock = _action(
        window,
        tr("Contact log &lock time..."),
        tr("Choose after how many idle minutes an open contact log locks itself"),
        [],
    )
    staff_settings = _action(
        window,
        tr("Staff &settings..."),
        tr(
            "For the clinic's staff: the clinic's name, defaults, packs and keys (needs the staff PIN)"
        ),
        [],
    )
    find = _action(
        window,
        tr("&Find in answer..."),
        tr("Find a word in the answer"),
        [*seq.keyBindings(key.Find)],
    )
    find_next = _action(
        window,
        tr("Find &next"),
        tr("Find the next place of the word"),
        [*seq.keyBindings(key.FindNext)],
    )
    zoom_in = _action(
        window,
        tr("&Larger text"),
        tr("Make the answer text larger"),
        [*seq.keyBindings(key.ZoomIn), seq("Ctrl+=")],
    )
    zoom_out = _action(
        window,
        tr("S&maller text"),
        tr("Make the answer text smaller"),
        [*seq.keyBindings(key.ZoomOut)],
    )
    zoom_reset = _action(
        window,
        tr("&Normal text size"),
        tr("Show the answer text at its normal size"),
        [seq("Ctrl+0")],
    )
    print_answer = _action(
        window,
        tr("&Print..."),
        tr("Print this answer"),
        [*seq.keyBindings(key.Print)],
        style.standardIcon(sp.SP_FileIcon),
    )
    save_pdf = _action(
        window,
        tr("Save as P&DF..."),
        tr("Save this answer as a PDF file"),
        [seq("Ctrl+S")],
        style.standardIcon(sp.SP_DialogSaveButton),
    )
    quit_action = _action(window, tr("&Quit"), tr("Close Check-In Help"), [seq("Ctrl+Q")])
    about = _action(window, tr("&About Check-In Help"), tr("Who made this app and its content"), [])
    how_to = _action(
        window,
        tr("&How to use this app"),
        tr("Read how to use this app, with pictures"),
        [*seq.keyBindings(key.HelpContents)],
    )
    keys = _action(window, tr("&Keyboard keys"), tr("See every keyboard key of the app"), [])
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    about.setMenuRole(QAction.MenuRole.AboutRole)

    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addActions([print_answer, save_pdf])
    file_menu.addSeparator()
    file_menu.addAction(quit_action)
    view_menu = bar.addMenu(tr("&View"))
    view_menu.addActions([find, find_next])
    view_menu.addSeparator()
    view_menu.addActions([zoom_in, zoom_out, zoom_reset])
    go_menu = bar.addMenu(tr("&Go"))
    go_menu.addActions([back, forward, home, focus_search, numbers])
    go_menu.addSeparator()
    go_menu.addAction(start_over)
    tools_menu = bar.addMenu(tr("&Tools"))
    tools_menu.addActions([contact_log, idle_lock, start_over_idle])
    tools_menu.addSeparator()
    tools_menu.addAction(staff_settings)
    language_menu = bar.addMenu(tr("&Language"))
    language_menu.setToolTip(tr("Choose the language of the app's buttons and menus"))
    group = QActionGroup(window)
    languages: dict[str, QAction] = {}
    for code, name in LANGUAGES.items():
        act = QAction(name, window)
        act.setCheckable(True)
        act.setChecked(code == current_language)
        act.setData(code)
        group.addAction(act)
        language_menu.addAction(act)
        languages[code] = act
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addActions([how_to, keys])
    help_menu.addSeparator()
    help_menu.addAction(about)
    # A visible switch, named in its own language, for people who cannot read the menus: a click
    # gives Spanish (English from any other language), its arrow lists all five.
    other_code = "es" if current_language == "en" else "en"
    other_language = QAction(LANGUAGES[other_code], window)
    other_language.setData(other_code)
    other_language.setToolTip(tr("Choose the language of the app's buttons and menus"))
    other_language.setMenu(language_menu)

    # Three toolbars side by side; a narrow window puts one that does not fit on a new row
    # (wrap_toolbars), so "My contact log" never hides in an overflow arrow at 1024x768, 150 %.
    toolbar = _toolbar(window, tr("Main toolbar"), "mainToolbar")
    # First, so that a narrow screen never moves it into the toolbar's overflow menu.
    toolbar.addAction(start_over)
    toolbar.addSeparator()
    toolbar.addActions([back, forward, home])
    places = _toolbar(window, tr("Numbers and contact log"), "placesToolbar")
    places.addActions([numbers, contact_log])
    second = _toolbar(window, tr("Text and language"), "textToolbar")
    second.addActions([zoom_out, zoom_in, print_answer])
    second.addSeparator()
    second.addAction(other_language)
    # The arrow Qt shows when a very narrow window cannot hold every button needs a name too.
    for tool_bar in (toolbar, places, second):
        more = tool_bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:
            more.setAccessibleName(tr("More buttons"))
        keep_toolbar_buttons_lean(tool_bar)

    return WindowActions(
        back=back,
        forward=forward,
        home=home,
        start_over=start_over,
        start_over_idle=start_over_idle,
        focus_search=focus_search,
        numbers=numbers,
        contact_log=contact_log,
        idle_lock=idle_lock,
        staff_settings=staff_settings,
        find=find,
        find_next=find_next,
        zoom_in=zoom_in,
        zoom_out=zoom_out,
        zoom_reset=zoom_reset,
        print_answer=print_answer,
        save_pdf=save_pdf,
        quit=quit_action,
        about=about,
        how_to=how_to,
        keys=keys,
        languages=languages,
        other_language=other_language,
        toolbar=toolbar,
        places_toolbar=places,
        second_toolbar=second,
    )


def _toolbar(window: QMainWindow, name: str, object_name: str) -> QToolBar:
    """A fixed toolbar at the top whose buttons show their words beside the icon."""
    bar = QToolBar(name, window)
    bar.setObjectName(object_name)
    bar.setAccessibleName(name)
    bar.setMovable(False)
    # Icons never carry meaning alone: every button shows its words.
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setIconSize(QSize(20, 20))
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


def wrap_toolbars(window: QMainWindow, actions: WindowActions, width: int) -> None:
    """On a narrow window a toolbar that does not fit goes on a new row, not into a hidden menu."""
    used = 0
    for bar in (actions.toolbar, actions.places_toolbar, actions.second_toolbar):
        needed = bar.sizeHint().width()
        wrap = used > 0 and used + needed > width
        if wrap != window.toolBarBreak(bar):
            if wrap:
                window.insertToolBarBreak(bar)
            else:
                window.removeToolBarBreak(bar)
        used = needed if wrap else used + needed
