"""Decisions the PyInstaller spec takes, as plain functions that tests can call.

The spec (packaging/checkin-help.spec) only runs inside PyInstaller; what it builds on each
system (one console program on Linux; a windowed program and its console twin on Windows; an
`.app` bundle on macOS), the version numbers Windows and macOS want, and the macOS Info.plist
are decided here. Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Check-In Help"
# Reverse-DNS name macOS uses to tell apps apart (preferences, permissions, notarisation).
# Never change it once released: macOS would treat a new value as another app.
BUNDLE_ID = "org.checkinhelp.CheckInHelp"
MACOS_MINIMUM = "13.0"  # Qt 6.11 supports macOS 13 and later


class VersionError(ValueError):
    """The app version is missing or not of the form 1.2.3 (with an optional suffix)."""


def read_version(root: Path) -> str:
    """The app version from desktop/__init__.py, without importing the app."""
    init = root / "desktop" / "__init__.py"
    for line in init.read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            value = line.split("=", 1)[1].strip().strip("\"'")
            numeric_version(value)  # fail early on a version nobody can number
            return value
    raise VersionError(f"no __version__ in {init}")


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows file versions: "0.2.0rc1" -> (0, 2, 0, 0), "1.2" -> (1, 2, 0, 0)."""
    match = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version.strip())
    if not match:
        raise VersionError(f"version {version!r} does not start with a number")
    parts = [int(g) if g is not None else 0 for g in match.groups()]
    if any(p > 65535 for p in parts):
        raise VersionError(f"version {version!r} has a part over 65535 (Windows' limit)")
    return (parts[0], parts[1], parts[2], parts[3])


def short_version(version: str) -> str:
    """Three numbers, as macOS and Inno Setup's version fields want them: "0.2.0rc1" -> "0.2.0"."""
    return ".".join(str(n) for n in numeric_version(version)[:3])


@dataclass(frozen=True)
class Executable:
    """One program in the bundle: its file name and whether it opens a console."""

    name: str
    console: bool


@dataclass(frozen=True)
class BuildPlan:
    """What the spec builds on one system."""

    executables: tuple[Executable, ...]
    app_bundle: bool  # macOS: wrap the folder in "Check-In Help.app"
    strip: bool
    icon: str | None  # file name under desktop/resources, or None


def plan_for(platform: str) -> BuildPlan:
    """The build plan for a `sys.platform` value."""
    if platform.startswith("win"):
        # People start the windowed program; checkin-help-cli.exe is for scripts, CI and staff.
        return BuildPlan(
            (Executable("checkin-help", console=False), Executable("checkin-help-cli", True)),
            app_bundle=False,
            strip=False,
            icon="icon.ico",
        )
    if platform == "darwin":
        # Windowed: started from Finder it must not open Terminal. The self-test and scripts
        # run the same program from a terminal (Contents/MacOS/checkin-help --self-test).
        return BuildPlan(
            (Executable("checkin-help", console=False),),
            app_bundle=True,
            strip=True,
            icon="icon.png",  # PyInstaller turns it into .icns (with Pillow)
        )
    return BuildPlan((Executable("checkin-help", console=True),), False, True, None)


def windows_version_strings(version: str, exe_name: str) -> list[tuple[str, str]]:
    """The StringFileInfo table Explorer shows for one executable (each with its own file name)."""
    return [
        ("CompanyName", APP_NAME),
        ("FileDescription", APP_NAME + (" (command line)" if exe_name.endswith("-cli") else "")),
        ("FileVersion", version),
        ("InternalName", exe_name),
        ("LegalCopyright", "GPL-3.0-or-later"),
        ("OriginalFilename", f"{exe_name}.exe"),
        ("ProductName", APP_NAME),
        ("ProductVersion", version),
    ]


def mac_info_plist(version: str) -> dict[str, object]:
    """Info.plist entries for the macOS app bundle."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": short_version(version),
        "CFBundleVersion": short_version(version),
        "LSMinimumSystemVersion": MACOS_MINIMUM,
        "LSApplicationCategoryType": "public.app-category.reference",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "GPL-3.0-or-later",
    }
