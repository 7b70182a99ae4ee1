"""Small, non-personal preferences (text size, contact-log idle lock) kept in one JSON file.

Nothing typed by a person (searches, names, numbers) is ever stored here: the PC is shared.
Writes are atomic (temp file, fsync, os.replace); a corrupt file is renamed aside, never
overwritten, and the defaults are used instead.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from desktop.core import atomic

# Bounds keep a hand-edited or damaged value from making the app unusable.
MIN_TEXT_ZOOM = 60
MAX_TEXT_ZOOM = 300
TEXT_ZOOM_STEP = 10
MIN_IDLE_LOCK = 1
MAX_IDLE_LOCK = 120
# Idle minutes before the window starts over for the next person (0: never).
MAX_START_OVER = 240
# Languages of the app's own texts (the help content stays as written); "" means not chosen yet:
# the app follows the PC's language until the person picks one.
LANGUAGES = ("", "en", "es", "ht", "pt_BR", "fr")
MAX_CLINIC_NAME = 80


@dataclass(frozen=True)
class Settings:
    """Every preference the app keeps; all have safe defaults."""

    # Text size of answers, in percent of the normal size.
    text_zoom: int = 100
    # Minutes without activity after which an open contact log locks itself.
    idle_lock_minutes: int = 5
    # Language of the buttons and menus (a code of LANGUAGES); not personal, chosen in the window.
    language: str = ""
    # Minutes without use after which the window asks "Are you still there?", then starts over.
    start_over_minutes: int = 10
    # Answers whose source's "as of" date is older than this carry an out-of-date warning
    # (staff may change it in settings.json; see docs/PACKS.md).
    stale_after_months: int = 12
    # Set by staff (Tools > Staff settings). The clinic's name, shown discreetly on the start page,
    # on printed answers and on its notes ("From <clinic name>"); "" when not set.
    clinic_name: str = ""
    # The clinic's default language for buttons and menus: what "start over" returns to
    # ("" means the PC's language).
    default_language: str = ""
    # Whether the contact log is offered on this PC at all.
    contact_log_offered: bool = True
    # The first-start welcome was shown on this PC (it is not shown again, not even after
    # "start over").
    welcome_shown: bool = False

    def clamped(self) -> Settings:
        """A copy with every value inside its allowed range."""
        return replace(
            self,
            text_zoom=max(MIN_TEXT_ZOOM, min(MAX_TEXT_ZOOM, int(self.text_zoom))),
            idle_lock_minutes=max(MIN_IDLE_LOCK, min(MAX_IDLE_LOCK, int(self.idle_lock_minutes))),
            language=self.language if self.language in LANGUAGES else LANGUAGES[0],
            start_over_minutes=max(0, min(MAX_START_OVER, int(self.start_over_minutes))),
            stale_after_months=max(1, min(120, int(self.stale_after_months))),
            clinic_name=_one_line(self.clinic_name, MAX_CLINIC_NAME),
            default_language=(
                self.default_language if self.default_language in LANGUAGES else LANGUAGES[0]
            ),
            contact_log_offered=bool(self.contact_log_offered),
            welcome_shown=bool(self.welcome_shown),
        )


def _one_line(text: str, limit: int) -> str:
    """Text on one line without control characters, cut to `limit` characters."""
    cleaned = "".join(
        " " if ch.isspace() else ch for ch in str(text) if ch.isprintable() or ch.isspace()
    )
    return " ".join(cleaned.split())[:limit]


def _from_json(data: Any) -> Settings:
    """Settings from parsed JSON, keeping known keys of the right type and ignoring the rest."""
    if not isinstance(data, dict):
        raise ValueError("settings file does not hold an object")
    defaults = Settings()
    values: dict[str, Any] = {}
    for field in fields(Settings):
        default = getattr(defaults, field.name)
        value = data.get(field.name, default)
        # bool is an int subclass: the exact type must match so `true` does not become a zoom of 1 %.
        if type(value) is not type(default):
            value = default
        values[field.name] = value
    return Settings(**values).clamped()


class SettingsStore:
    """Loads and saves `Settings` at one path (`AppPaths.settings_file`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Set when a damaged file was moved aside during `load`, so the UI can say so.
        self.recovered_from: Path | None = None

    def load(self) -> Settings:
        """The saved settings, or the defaults when there is no file or it is damaged."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except OSError:
            return Settings()
        try:
            return _from_json(json.loads(raw))
        except (ValueError, TypeError, RecursionError):
            # A deeply nested file makes the JSON parser recurse too far: damaged like any other.
            self.recovered_from = self._move_aside()
            return Settings()

    def save(self, settings: Settings) -> None:
        """Write the settings atomically: a crash leaves either the old or the new file."""
        atomic.make_private_dir(self.path.parent)
        payload = json.dumps(asdict(settings.clamped()), indent=2, sort_keys=True) + "\n"
        atomic.write_text(self.path, payload)

    def _move_aside(self) -> Path | None:
        """Rename a damaged settings file to a unique name beside it; never delete it."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for n in range(100):
            suffix = f".corrupt-{stamp}" + (f"-{n}" if n else "")
            target = self.path.with_name(self.path.name + suffix)
            if not target.exists():
                try:
                    atomic.replace(self.path, target)
                except OSError:
                    return None
                return target
        return None
