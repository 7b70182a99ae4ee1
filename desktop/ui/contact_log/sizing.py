"""Window sizing helper for the contact log's windows and dialogs (the app's one, re-exported)."""

from __future__ import annotations

from desktop.ui.window_util import freeze_minimum_size

__all__ = ["freeze_minimum_size"]
