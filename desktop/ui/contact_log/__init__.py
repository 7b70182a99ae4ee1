"""The "My contact log" window. The app opens it through `open_contact_log_window`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from desktop.core.contact_log import LogStore
from desktop.ui.contact_log.window import CLIPBOARD_CLEAR_MS, ContactLogWindow

__all__ = ["ContactLogWindow", "open_contact_log_window"]


def open_contact_log_window(
    parent: QWidget | None,
    store: LogStore,
    *,
    numbers: Sequence[tuple[str, str]] = (),
    idle_lock_minutes: int = 5,
    contact: str | None = None,
    idle_lock_ms: int | None = None,
    clipboard_clear_ms: int = CLIPBOARD_CLEAR_MS,
) -> ContactLogWindow:
    """Build the contact log window (locked); `contact` pre-fills "I called ICE just now" after unlock.

    `idle_lock_ms` and `clipboard_clear_ms` exist so tests can use tiny intervals.
    """
    window = ContactLogWindow(
        parent,
        store,
        numbers=numbers,
        idle_lock_ms=idle_lock_ms
        if idle_lock_ms is not None
        else max(1, idle_lock_minutes) * 60_000,
        clipboard_clear_ms=clipboard_clear_ms,
    )
    if contact:
        window.record_attempt(contact)
    return window
