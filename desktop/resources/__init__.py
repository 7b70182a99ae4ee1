"""Files shipped with the app's code: the icon (PNG for Qt, ICO for Windows shortcuts), translations."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def app_icon_path() -> Path:
    """Path of the app icon as a 256 px PNG (for QIcon / setWindowIcon)."""
    return _HERE / "icon.png"


def app_icon_ico_path() -> Path:
    """Path of the multi-size Windows icon (for the executable and shortcuts)."""
    return _HERE / "icon.ico"


def translations_dir() -> Path:
    """Folder of the compiled translations (checkin_<lang>.qm, built from i18n/*.ts)."""
    return _HERE / "translations"


def help_dir() -> Path:
    """Folder of the help pages (how-to.<lang>.md) and their pictures."""
    return _HERE / "help"
