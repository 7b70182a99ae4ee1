"""The person's choices in the main window: text size, idle times and language, saved as they change.

The small prompts for the two idle times live here too. Each change is remembered at once and
announced by a signal; the main window applies it (and app.py rebuilds it in a new language).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.settings import (
    MAX_IDLE_LOCK,
    MAX_START_OVER,
    MIN_IDLE_LOCK,
    Settings,
    SettingsStore,
)


class Preferences(QObject):
    """Holds the settings, saves each change and emits what changed."""

    # The text size in percent.
    zoomChanged = Signal(int)
    # The idle minutes after which an open contact log locks itself.
    idleLockChanged = Signal(int)
    # The idle minutes after which the window starts over (0: never).
    startOverChanged = Signal(int)
    # The language of the buttons and menus (app.py rebuilds the window in it).
    languageChanged = Signal(str)
    # Staff changed their settings (the clinic's name, the contact log, ...): apply them.
    staffChanged = Signal()
    # A change could not be saved for next time: say so in the status bar.
    saveFailed = Signal(str)

    def __init__(self, store: SettingsStore, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._store = store
        self.settings = settings

    def _save(self) -> bool:
        """Write the settings; False when they could not be written."""
        try:
            self._store.save(self.settings)
        except OSError:
            return False
        return True

    # -- text size ---------------------------------------------------------------------------

    def set_zoom(self, percent: int) -> None:
        """Change the answer text size and remember it for next time."""
        self.settings = replace(self.settings, text_zoom=percent).clamped()
        self.zoomChanged.emit(self.settings.text_zoom)
        if not self._save():
            self.saveFailed.emit(self.tr("The text size could not be saved for next time."))

    def reset_zoom(self) -> None:
        """Back to the default text size (when the window starts over)."""
        default = Settings().text_zoom
        if self.settings.text_zoom != default:
            self.set_zoom(default)

    # -- contact log lock time ---------------------------------------------------------------

    def ask_idle_lock_minutes(self) -> None:
        """Ask after how many idle minutes an open contact log locks itself."""
        from PySide6.QtWidgets import QInputDialog

        minutes, ok = QInputDialog.getInt(
            self._window,
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
        if not self._save():
            self.saveFailed.emit(self.tr("The lock time could not be saved for next time."))
        self.idleLockChanged.emit(self.settings.idle_lock_minutes)

    # -- start over --------------------------------------------------------------------------

    def ask_start_over_minutes(self) -> None:
        """Ask after how many idle minutes the window starts over by itself."""
        from PySide6.QtWidgets import QInputDialog

        minutes, ok = QInputDialog.getInt(
            self._window,
            self.tr("Start over when idle"),
            self.tr("Start over after this many minutes without use (0: never):"),
            self.settings.start_over_minutes,
            0,
            MAX_START_OVER,
        )
        if ok:
            self.settings = replace(self.settings, start_over_minutes=minutes).clamped()
            self.startOverChanged.emit(self.settings.start_over_minutes)
            self._save()

    # -- staff settings ----------------------------------------------------------------------

    def apply_staff_settings(self, chosen: Settings) -> bool:
        """Keep and announce what staff chose; False when it could not be saved."""
        old, self.settings = self.settings, chosen.clamped()
        saved = self._save()
        if self.settings.start_over_minutes != old.start_over_minutes:
            self.startOverChanged.emit(self.settings.start_over_minutes)
        if self.settings.idle_lock_minutes != old.idle_lock_minutes:
            self.idleLockChanged.emit(self.settings.idle_lock_minutes)
        self.staffChanged.emit()
        return saved

    # -- language ----------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Remember a new language for the buttons and menus and ask for it (app.py rebuilds)."""
        if code == self.settings.language:
            return
        self.settings = replace(self.settings, language=code).clamped()
        self._save()  # still switch now, even if it cannot be remembered
        self.languageChanged.emit(self.settings.language)

    def reset_language(self) -> None:
        """The clinic's default language (or the PC's) for the next person, on start over."""
        # The default language is the clinic's choice, or "": not chosen, so the PC's. Another language than the one
        # shown rebuilds the window (app.py), which then shows the state the caller left.
        from desktop.ui.i18n import system_language

        default = self.settings.default_language
        if (default or system_language()) != self.settings.language:
            self.set_language(default)
        elif self.settings.language != default:
            self.settings = replace(self.settings, language=default)
            self._save()
