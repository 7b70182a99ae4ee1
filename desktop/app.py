"""Composition root: builds the services once and hands them to the windows.

Imports are lazy on purpose: the command-line sub-commands and `--self-test` must not pay for
the window, and dialogs, printing and QR codes load on first use.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.paths import AppPaths
    from desktop.ui.main_window import MainWindow


def run_gui(exit_when_ready: bool = False) -> int:
    """Start the desktop app; return its exit code.

    `exit_when_ready`: print `ready <ms>` once the window shows its content and the search
    index is open (after a rebuild, if one was needed), then quit (tests, benchmarks, CI).
    """
    started = time.perf_counter()
    from desktop.core.library import HelpLibrary
    from desktop.core.packs import pack_store
    from desktop.core.paths import resolve_paths
    from desktop.core.settings import SettingsStore

    paths = resolve_paths()
    # Read the active information packs (the built-in one at least, docs/PACKS.md), and open the
    # search index at once when it is current (the usual case).
    try:
        library: HelpLibrary | None = HelpLibrary.load_content(paths.content_dir, pack_store(paths))
        content_error = None
    except Exception as exc:  # noqa: BLE001 - reported plainly below
        library, content_error = None, f"{type(exc).__name__}: {exc}"
    index_open = library is not None and library.open_current_index(
        paths.bundled_index_dir, paths.index_cache_dir
    )

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.errors import install_excepthook, show_start_failure
    from desktop.ui.operations import BackgroundOperation

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("Check-In Help")
    app.setApplicationDisplayName("Check-In Help")
    if not exit_when_ready:
        install_excepthook()

    # One window per data folder: a second start brings the first one's window to the front.
    from desktop.ui.single_instance import SingleInstance, bring_to_front

    instance = SingleInstance(paths.data_dir, app)
    if not instance.claim():
        if library is not None:
            library.close()
        return 0
    if library is None:
        # The content itself could not be read: say it plainly, no traceback.
        print(f"checkin-help: the help content could not be read: {content_error}", file=sys.stderr)
        if not exit_when_ready:
            show_start_failure()
        instance.release()
        return 1

    store = SettingsStore(paths.settings_file)
    keeper = WindowKeeper(app, library, store, paths)
    window = keeper.open(store.load())
    window.show()
    if not exit_when_ready:
        keeper.greet()  # first start: the language chooser, then the welcome (once each)
    instance.activated.connect(lambda: bring_to_front(keeper.window))

    def report_ready() -> None:
        print(f"ready {(time.perf_counter() - started) * 1000:.0f}", flush=True)
        if os.environ.get("CHECKIN_HELP_PRINT_GEOMETRY"):  # window-size tests
            from desktop.ui.screen_fit import print_geometry

            print_geometry(window, os.environ["CHECKIN_HELP_PRINT_GEOMETRY"])
        app.quit()

    if index_open:
        if exit_when_ready:
            QTimer.singleShot(0, report_ready)
        else:
            QTimer.singleShot(0, lambda: warm_up_search(library, app))
    else:
        # Missing, stale or corrupt: rebuilt in the background while the simple search answers.
        from desktop.ui.index_progress import IndexRebuild

        rebuild = IndexRebuild(library, paths, window, app)

        def rebuilt(ok: bool) -> None:
            current = keeper.window
            if ok and current is not None:
                current.index_ready()
                if not exit_when_ready:
                    warm_up_search(keeper.library, app)
            elif not ok:
                print(f"checkin-help: search index unavailable ({rebuild.error})", file=sys.stderr)
                if not exit_when_ready:
                    rebuild.explain_failure(current)
            if exit_when_ready:
                report_ready()

        rebuild.finished.connect(rebuilt)
        rebuild.start()
    code = app.exec()
    BackgroundOperation.wait_all()
    instance.release()
    keeper.library.close()
    return int(code)


def warm_up_search(library: Any, parent: Any) -> Any:
    """Read the search's word tables in the thread pool once the window shows: the first key
    press would otherwise wait ~150 ms for them (`docs/PERFORMANCE.md`). Returns the operation."""
    from desktop.ui.operations import BackgroundOperation

    op = BackgroundOperation(lambda _progress: library.warm_up(), parent)
    op.succeeded.connect(op.deleteLater)
    op.failed.connect(op.deleteLater)
    op.start()
    return op


class WindowKeeper:
    """Builds the main window, and builds it again when the person picks another language."""

    def __init__(self, app: Any, library: Any, store: Any, paths: AppPaths) -> None:
        self._app = app
        self._library = library
        self._store = store
        self._paths = paths
        self._translator: Any = None
        self._lock_log: Callable[[], None] | None = None
        self.window: MainWindow | None = None
        # True after opening a window for settings whose language was never chosen.
        self.first_start = False

    def open(self, settings: Any) -> MainWindow:
        """A new main window in the language of settings, wired to the contact log."""
        from dataclasses import replace

        from desktop.ui.i18n import install_language, system_language
        from desktop.ui.main_window import MainWindow

        self.first_start = not settings.language
        if self.first_start:
            # Never chosen: the PC's language (saved once the person changes a setting).
            settings = replace(settings, language=system_language())
        self._translator = install_language(self._app, settings.language, self._translator)
        window = MainWindow(self._library, self._store, settings, icon_path=_icon_path())
        self._lock_log = wire_contact_log(window, self._paths)
        # A lambda, not the bound method: PySide keeps a weak reference for every bound method of a
        # plain object connected to a window's signal, and never drops it when the window goes.
        window.languageChanged.connect(lambda code: self._rebuild(code))
        from desktop.ui.packs_menu import wire_packs

        packs = wire_packs(window, self._paths, self._use_library)
        from desktop.ui.staff import wire_staff

        wire_staff(window, self._paths, packs)
        self.window = window
        return window

    @property
    def library(self) -> Any:
        """The library the windows show (replaced when packs are added or removed)."""
        return self._library

    def offer_language_choice(self) -> Any:
        """Show the first-start language chooser over the window; return it."""
        from PySide6.QtCore import Qt

        from desktop.ui.language_chooser import LanguageChooser

        assert self.window is not None
        chooser = LanguageChooser(self.window.settings.language, self.window)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.chosen.connect(self._language_chosen)
        chooser.open()
        return chooser

    def greet(self) -> None:
        """At a first start the language chooser; then the welcome, if this PC never showed it."""
        if self.first_start:
            chooser = self.offer_language_choice()
            chooser.chosen.connect(lambda _code: self.offer_welcome())
        else:
            self.offer_welcome()

    def offer_welcome(self) -> Any:
        """Show the one-screen welcome over the window unless it was shown before; return it."""
        from PySide6.QtCore import Qt

        from desktop.ui.welcome import WelcomeDialog

        window = self.window
        if window is None or window.settings.welcome_shown:
            return None
        welcome = WelcomeDialog(window)
        welcome.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        welcome.finished.connect(lambda _result: self._welcome_done())
        welcome.howToRequested.connect(lambda: window.actions_.how_to.trigger())
        welcome.open()
        return welcome

    def _welcome_done(self) -> None:
        """Remember that the welcome was shown (however it was closed): it does not come back."""
        from dataclasses import replace

        window = self.window
        if window is None:
            return
        window.preferences.settings = replace(window.settings, welcome_shown=True)
        with contextlib.suppress(OSError):  # if it cannot be saved, it shows once more: no harm
            self._store.save(window.settings)

    def _language_chosen(self, code: str) -> None:
        """Keep the language picked (or kept) at a first start, so the chooser does not return."""
        from dataclasses import replace

        window = self.window
        if window is None:
            return
        if code != window.settings.language:
            window.set_language(code)  # saves it; the window is rebuilt in it
            return
        with contextlib.suppress(OSError):  # if it cannot be saved, it is asked again: no harm
            self._store.save(replace(window.settings, language=code))

    def _rebuild(self, _code: str) -> None:
        """Replace the window with one in the new language, where the person was."""
        old = self.window
        if old is None:
            return
        # An open contact log belongs to the old window: lock it (it is reopened by passphrase).
        if self._lock_log is not None:
            self._lock_log()
        new = self.open(old.settings)
        new.take_over(old)
        new.show()
        old.close()
        old.deleteLater()
        drop_cached_pixmaps()

    def _use_library(self, library: Any) -> None:
        """Show the library of the packs now active (packs were added or removed)."""
        old = self.window
        if old is None:
            return
        if self._lock_log is not None:
            self._lock_log()
        self._library = library
        new = self.open(old.settings)
        new.setGeometry(old.geometry())
        new.show()
        old.close()
        old.deleteLater()
        drop_cached_pixmaps()
        old.library.close()


def drop_cached_pixmaps() -> None:
    """Forget the pixmaps Qt drew for a window that has gone (desktop/ui/qt_workarounds.py)."""
    from desktop.ui.qt_workarounds import drop_cached_pixmaps as drop

    drop()


def _icon_path() -> Any:
    """The app icon's path, when the packaging provides one."""
    try:
        from desktop.resources import app_icon_path
    except ImportError:
        return None
    return app_icon_path()


# --- contact log wiring -----------------------------------------------------------------------
# The main window only emits `contactLogRequested()` and `recordAttemptRequested(str)`; this is
# the one place that connects them to the contact log window.


def wire_contact_log(window: MainWindow, paths: AppPaths) -> Callable[[], None]:
    """Open (or reuse) the contact log window when the main window asks for it.

    Returns a function that locks the contact log window if one is open.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    state: dict[str, Any] = {"window": None}

    def open_log(contact: str | None) -> None:
        if not window.settings.contact_log_offered:  # staff turned it off on this PC
            from desktop.ui.staff.apply import show_contact_log_off

            show_contact_log_off(window)
            return
        try:
            from desktop.core.contact_log import LogStore
            from desktop.ui.contact_log import open_contact_log_window
        except ImportError:
            window.show_contact_log_unavailable()
            return
        log_window = state["window"]
        if log_window is None:
            numbers = [
                (n.purposes[0] if n.purposes else n.number, n.number)
                for n in window.library.important_numbers()
            ]
            log_window = open_contact_log_window(
                window,
                LogStore(paths.logs_dir),
                numbers=numbers,
                idle_lock_minutes=window.settings.idle_lock_minutes,
                contact=contact,
            )
            state["window"] = log_window
            # Closed (and so locked), it is deleted: nothing of a log stays in memory for the next person.
            log_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            log_window.destroyed.connect(lambda: (state.update(window=None), drop_cached_pixmaps()))
        elif contact:
            log_window.record_attempt(contact)
        log_window.show()
        # Bring it to the front; the offscreen platform (tests) has no stacking and warns.
        if QApplication.platformName() != "offscreen":
            log_window.raise_()
        log_window.activateWindow()

    def lock_on_quit() -> None:
        if state["window"] is not None:
            state["window"].lock()

    def change_idle_lock(minutes: int) -> None:
        if state["window"] is not None:
            state["window"].set_idle_lock_minutes(minutes)

    window.contactLogRequested.connect(lambda: open_log(None))
    # Start over: the log window closes, which locks it.
    window.startOverRequested.connect(lambda: state["window"] and state["window"].close())
    window.contactLogTurnedOff.connect(lambda: state["window"] and state["window"].close())
    window.idleLockChanged.connect(change_idle_lock)
    window.recordAttemptRequested.connect(lambda contact: open_log(contact or None))
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(lock_on_quit)
        # A window replaced by a language switch must not leave its hook on the app.
        window.destroyed.connect(lambda: app.aboutToQuit.disconnect(lock_on_quit))
    return lock_on_quit


# --- end of contact log wiring ----------------------------------------------------------------


if __name__ == "__main__":
    from desktop.__main__ import main

    sys.exit(main())
