"""Which Qt files a trimmed bundle keeps; shared by the app's spec and the bare comparison spec.

PyInstaller's Qt hooks collect every plugin of a used type and every translation; this keeps only
what the app needs: the platforms (offscreen, xcb, Windows, macOS), printing, the image formats we
show, icons, input methods, styles, accessibility (built into the platform plugins, over D-Bus on
Linux) and Qt's own translations for the UI languages.
"""

from __future__ import annotations

import sys
from pathlib import PurePath

# Qt's own translations kept: qtbase_<lang>.qm (Haitian Creole uses French; pt covers pt_BR).
UI_LANGUAGES = ("en", "es", "fr", "pt")
KEEP_PLUGIN_TYPES = frozenset(
    {
        "platforms",
        "printsupport",
        "imageformats",
        "iconengines",
        "platforminputcontexts",
        "platformthemes",
        "styles",
        "xcbglintegrations",
    }
)
KEEP_PLATFORMS = ("offscreen", "qxcb", "qwindows", "qcocoa", "qminimal.", "libqminimal.")
KEEP_IMAGEFORMATS = ("qico", "qjpeg", "qsvg", "qgif")
# gtk3 pulls in GTK, cairo and pango; the virtual keyboard pulls in QML and Quick.
DROP_PLUGINS = ("qgtk3", "qtvirtualkeyboard")
# Qt libraries that only the dropped plugins need (checked with readelf on 6.11 and 6.12).
DROP_QT_LIBS = (
    "Qt6Network",
    "Qt6Qml",
    "Qt6Quick",
    "Qt6Pdf",
    "Qt6VirtualKeyboard",
    "Qt6Wayland",
    "Qt6WlShell",
    "Qt6EglFS",
    "Qt6EglFs",
    "Qt6OpenGL",
)
# Python modules never used by the app (test tools, other toolkits, unused Qt bindings).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "readline",
    "pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "pypdf",
    "ruff",
    "setuptools",
    "pkg_resources",
    "pip",
    "distutils",
    "lib2to3",
    "numpy",
    "IPython",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtSvgWidgets",
    "PySide6.QtLabsStyleKit",
]


def keep(dest: str) -> bool:
    """False for a bundled file (by its destination path) that the trimmed bundle leaves out."""
    parts = PurePath(dest.replace("\\", "/")).parts
    name = parts[-1] if parts else dest
    # Checked with readelf on Linux only; elsewhere the libraries stay (a missing DLL would stop
    # the program from starting, a spare one only costs space).
    if sys.platform.startswith("linux") and any(lib in name for lib in DROP_QT_LIBS):
        return False
    if "PySide6" not in parts:
        return True
    if "translations" in parts:
        stem = name.rsplit(".", 1)[0]
        if not stem.startswith("qtbase_"):
            return False
        return stem.removeprefix("qtbase_").split("_")[0] in UI_LANGUAGES
    if "plugins" in parts:
        kind = parts[parts.index("plugins") + 1]
        if kind not in KEEP_PLUGIN_TYPES or any(d in name for d in DROP_PLUGINS):
            return False
        if kind == "imageformats":
            return any(k in name for k in KEEP_IMAGEFORMATS)
        if kind == "platforms":
            return any(k in name for k in KEEP_PLATFORMS)
    return True


def trim(toc: list) -> list:
    """The TOC entries (dest, src, type) that the trimmed bundle keeps."""
    return [entry for entry in toc if keep(entry[0])]


def _name(dest: str) -> str:
    """Base name of a bundle path."""
    return PurePath(dest.replace("\\", "/")).name


def prune_unreachable(binaries: list, datas: list) -> tuple[list, list]:
    """Drop shared libraries no kept extension module or plugin links to (Linux only).

    PyInstaller resolves the libraries of every plugin before the spec trims the plugins, so
    the libraries of dropped plugins (GTK, cairo, pango for the gtk3 theme, ...) stay behind.
    Starting from the Python extension modules, the kept Qt plugins and libpython, this follows
    the link-time dependencies (ldd) and keeps only what is reached; links to dropped files go too.
    """
    if not sys.platform.startswith("linux"):
        return binaries, datas
    from PyInstaller.depend import bindepend

    by_name: dict[str, tuple] = {}
    for entry in binaries:
        by_name.setdefault(_name(entry[0]), entry)
    roots = [
        e
        for e in binaries
        if e[2] == "EXTENSION"
        or "plugins" in PurePath(e[0]).parts
        or _name(e[0]).startswith("libpython")
    ]
    reached: set[str] = set()
    todo = list(roots)
    while todo:
        dest, src, _kind = todo.pop()
        if _name(dest) in reached:
            continue
        reached.add(_name(dest))
        for lib_name, lib_path in bindepend.get_imports(src):
            for candidate in (_name(lib_name), _name(lib_path or "")):
                if candidate in by_name and candidate not in reached:
                    todo.append(by_name[candidate])
    kept = [e for e in binaries if _name(e[0]) in reached]
    dropped = {_name(e[0]) for e in binaries} - reached

    def alive(entry: tuple) -> bool:
        return not (
            entry[2] == "SYMLINK" and (_name(entry[0]) in dropped or _name(entry[1]) in dropped)
        )

    return [e for e in kept if alive(e)], [e for e in datas if alive(e)]
