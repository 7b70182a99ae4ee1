"""Plain-language error messages instead of tracebacks."""

from __future__ import annotations

import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication


class ErrorMessages(QObject):
    """Owner of the translated error texts."""

    def unexpected(self) -> tuple[str, str]:
        """Title and text for an unexpected problem."""
        return (
            self.tr("Something went wrong"),
            self.tr(
                "Something went wrong in Check-In Help. Nothing you saved was lost. "
                "You can keep using the app; if this happens again, close it and start it again."
            ),
        )

    def start_failure(self) -> tuple[str, str]:
        """Title and text when the help content cannot be read at all."""
        return (
            self.tr("Check-In Help cannot start"),
            self.tr(
                "The help texts of this app could not be read. The app may be damaged. "
                "Please ask the person who installed it to install it again."
            ),
        )


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Show a plain message for an unexpected error; details only on stderr in debug mode."""
    if os.environ.get("CHECKIN_HELP_DEBUG"):
        traceback.print_exception(kind, value, tb, file=sys.stderr)
    else:
        print(f"checkin-help: unexpected error: {kind.__name__}", file=sys.stderr)
    if QApplication.instance() is not None:
        from PySide6.QtWidgets import QMessageBox  # only when needed: keeps start-up light

        title, text = ErrorMessages().unexpected()
        QMessageBox.warning(QApplication.activeWindow(), title, text)


def install_excepthook() -> None:
    """Turn uncaught exceptions in the GUI into a plain message; the app keeps running."""
    sys.excepthook = _hook


def show_start_failure() -> None:
    """Tell the person the app cannot start (content unreadable)."""
    from PySide6.QtWidgets import QMessageBox

    title, text = ErrorMessages().start_failure()
    QMessageBox.critical(None, title, text)
