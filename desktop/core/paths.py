"""The one place that knows where things live: frozen or source, bundled or per-user, portable."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

APP_NAME = "CheckInHelp"
APP_AUTHOR = "CheckInHelp"
# A file with this name beside the executable switches on portable mode (for a USB stick).
PORTABLE_MARKER = "portable.txt"
# Tests and staff scripts may point all per-user data at one folder.
DATA_DIR_ENV = "CHECKIN_HELP_DATA_DIR"


def is_frozen() -> bool:
    """True when running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """Folder holding the read-only data shipped with the program (content, index)."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return Path(__file__).resolve().parents[2]


def executable_dir() -> Path:
    """Folder of the program the person started (the bundle's folder when frozen).

    In a macOS app the program sits in `X.app/Contents/MacOS`; the folder that holds `X.app`
    is the one a person sees (and where portable.txt goes: inside the app it would break the
    signature).
    """
    if is_frozen():
        folder = Path(sys.executable).resolve().parent
        app = folder.parent.parent
        if folder.name == "MacOS" and folder.parent.name == "Contents" and app.suffix == ".app":
            return app.parent
        return folder
    return bundle_root()


def licenses_dir() -> Path:
    """Folder of the third-party licence notices (shipped as `licenses/` in the bundle)."""
    if is_frozen():
        return bundle_root() / "licenses"
    return bundle_root() / "packaging" / "licenses"


class AppPaths(NamedTuple):
    """Every folder the app reads or writes, decided once at start-up and passed around."""

    content_dir: Path
    bundled_index_dir: Path
    data_dir: Path
    cache_dir: Path
    portable: bool

    @property
    def logs_dir(self) -> Path:
        """Folder of the encrypted contact logs."""
        return self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        """Non-personal preferences (text size, idle lock minutes)."""
        return self.data_dir / "settings.json"

    @property
    def index_cache_dir(self) -> Path:
        """Where a missing, stale or corrupt bundled index is rebuilt."""
        return self.cache_dir / "search-index"


def resolve_paths(environ: dict[str, str] | None = None) -> AppPaths:
    """Work out the app's folders for this run (portable marker, env override, platform dirs)."""
    env = os.environ if environ is None else environ
    root = bundle_root()
    content_dir = root / "content"
    bundled_index_dir = root / "search-index"
    override = env.get(DATA_DIR_ENV)
    portable = (executable_dir() / PORTABLE_MARKER).exists()
    if override:
        data_dir = Path(override)
        cache_dir = data_dir / "cache"
    elif portable:
        data_dir = executable_dir() / "CheckInHelpData"
        cache_dir = data_dir / "cache"
    else:
        import platformdirs

        data_dir = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
        cache_dir = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
    return AppPaths(
        content_dir=content_dir,
        bundled_index_dir=bundled_index_dir,
        data_dir=data_dir,
        cache_dir=cache_dir,
        portable=portable,
    )
