"""Help > Keyboard keys: every shortcut the app has, read from the actions themselves.

The main window's keys come from its live actions (menu by menu), so the list stays true when an
action changes. The contact log's keys are listed from a table that a test compares with a real
contact-log window's actions; a few keys handled inside widgets (Enter, Esc, arrows) are listed
as they are written in `search_box.py`, `results_list.py` and `find_bar.py`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.screen_fit import available_area, fit_dialog
from desktop.ui.window_util import freeze_minimum_size, use_light_palette

_Key = QKeySequence.StandardKey | str
# The contact-log window's actions with a key: (the text in ContactLogWindow's context, key).
CONTACT_LOG_KEYS: tuple[tuple[str, _Key], ...] = (
    ("Add an attempt", QKeySequence.StandardKey.New),
    ("I called ICE just now", "Ctrl+J"),
    ("Edit", "Ctrl+E"),
    ("Delete", QKeySequence.StandardKey.Delete),
    ("Undo delete", QKeySequence.StandardKey.Undo),
    ("Lock", "Ctrl+L"),
    ("Filter", QKeySequence.StandardKey.Find),
)
# Its "Save, print, backup..." menu (LogExports' context).
CONTACT_LOG_EXPORT_KEYS: tuple[tuple[str, _Key], ...] = (
    ("Print the record...", QKeySequence.StandardKey.Print),
)


@dataclass(frozen=True)
class KeyRow:
    """One line of the list: the keys, and what they do."""

    keys: str
    what: str


@dataclass(frozen=True)
class KeyGroup:
    """A heading (a menu's or a window's name) and its lines."""

    title: str
    rows: tuple[KeyRow, ...]


def plain_label(text: str) -> str:
    """A menu text without its shortcut letter's "&" and its trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".… ").strip()


def on_a_keyboard(key: QKeySequence) -> bool:
    """False for a key few keyboards have (Help, Back, Zoom In, Find, ...): Qt binds those too."""
    if key.isEmpty():
        return False
    last_keyboard_key = Qt.Key.Key_F35.value  # after it come the media and special keys
    # (QKeySequence is indexable in PySide6; its stubs do not say so.)
    keys = [key[i] for i in range(key.count())]  # type: ignore[index]
    return all(k.key().value <= last_keyboard_key for k in keys)


def key_text(keys: list[QKeySequence]) -> str:
    """Shortcuts as the person's keyboard names them, "Ctrl+E, F6"."""
    names = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys if on_a_keyboard(k)]
    return ", ".join(dict.fromkeys(n for n in names if n))


def _row(action: QAction) -> KeyRow | None:
    """The action's line, or None when it has no key."""
    keys = key_text(action.shortcuts())
    return KeyRow(keys, plain_label(action.text())) if keys else None


def window_key_groups(window: QMainWindow) -> list[KeyGroup]:
    """The main window's keys, one group per menu, read from its actions."""
    groups: list[KeyGroup] = []
    listed: set[int] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        rows = []
        for action in menu.actions():
            row = _row(action)
            if row is not None and id(action) not in listed:
                rows.append(row)
                listed.add(id(action))
        if rows:
            groups.append(KeyGroup(plain_label(top.text()), tuple(rows)))
    # Actions with a key that no menu lists (toolbar-only ones).
    rest = [r for a in window.actions() if id(a) not in listed and (r := _row(a)) is not None]
    if rest:
        groups.append(
            KeyGroup(QCoreApplication.translate("KeysDialog", "Other commands"), tuple(rest))
        )
    return groups


def _contact_log_words() -> dict[str, str]:
    """The contact-log window's action texts in the person's language (its own translations)."""
    return {
        "Add an attempt": QCoreApplication.translate("ContactLogWindow", "Add an attempt"),
        "I called ICE just now": QCoreApplication.translate(
            "ContactLogWindow", "I called ICE just now"
        ),
        "Edit": QCoreApplication.translate("ContactLogWindow", "Edit"),
        "Delete": QCoreApplication.translate("ContactLogWindow", "Delete"),
        "Undo delete": QCoreApplication.translate("ContactLogWindow", "Undo delete"),
        "Lock": QCoreApplication.translate("ContactLogWindow", "Lock"),
        "Filter": QCoreApplication.translate("ContactLogWindow", "Filter"),
        "Print the record...": QCoreApplication.translate("LogExports", "Print the record..."),
    }


def contact_log_key_group() -> KeyGroup:
    """The contact-log window's keys, in its own words."""
    words = _contact_log_words()
    rows = [
        KeyRow(key_text([QKeySequence(key)]), plain_label(words[text]))
        for text, key in (*CONTACT_LOG_KEYS, *CONTACT_LOG_EXPORT_KEYS)
    ]
    save = key_text([QKeySequence(QKeySequence.StandardKey.Save)])
    rows.append(
        KeyRow(save, QCoreApplication.translate("KeysDialog", "Save the attempt (in its form)"))
    )
    return KeyGroup(plain_label(QCoreApplication.translate("", "My &contact log")), tuple(rows))


def typing_key_group() -> KeyGroup:
    """Keys handled inside the search box, the list of questions and the find bar."""
    rows = (
        KeyRow(
            QCoreApplication.translate("KeysDialog", "Enter"),
            QCoreApplication.translate("KeysDialog", "Open the first (or chosen) answer"),
        ),
        KeyRow(
            QCoreApplication.translate("KeysDialog", "Down, Up"),
            QCoreApplication.translate(
                "KeysDialog", "Move through the answers found (each one shows)"
            ),
        ),
        KeyRow(
            QCoreApplication.translate("KeysDialog", "Esc"),
            QCoreApplication.translate(
                "KeysDialog", "Clear the search (in the list: back to the search box)"
            ),
        ),
        KeyRow(
            QCoreApplication.translate("KeysDialog", "Enter, Shift+Enter"),
            QCoreApplication.translate(
                "KeysDialog", "In the find bar: the next or the previous place"
            ),
        ),
        KeyRow(
            QCoreApplication.translate("KeysDialog", "Tab"),
            QCoreApplication.translate(
                "KeysDialog", "Go to the next part of the window, or the next link"
            ),
        ),
        KeyRow(
            QCoreApplication.translate("KeysDialog", "Mouse back and forward buttons"),
            QCoreApplication.translate("KeysDialog", "Go back or forward, anywhere in the window"),
        ),
    )
    return KeyGroup(QCoreApplication.translate("KeysDialog", "While typing or reading"), rows)


def key_groups(window: QMainWindow) -> list[KeyGroup]:
    """Everything the keys dialog lists for window: its menus, typing keys, the contact log."""
    return [*window_key_groups(window), typing_key_group(), contact_log_key_group()]


def groups_html(groups: list[KeyGroup]) -> str:
    """The groups as HTML tables: keys on the left, what they do on the right."""
    esc = html.escape
    parts = ["<html><body style='font-size: 11pt'>"]
    for group in groups:
        parts.append(f"<h3>{esc(group.title)}</h3><table cellspacing='0' cellpadding='4'>")
        for row in group.rows:
            parts.append(
                f"<tr><td width='38%'><b>{esc(row.keys)}</b></td><td>{esc(row.what)}</td></tr>"
            )
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


class KeysDialog(QDialog):
    """The list of keys of the window it opens from (not blocking)."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("keysDialog")
        self.setWindowTitle(self.tr("Keyboard keys"))
        self.groups = key_groups(window)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("Keyboard keys"))
        self.view.setOpenLinks(False)
        use_light_palette(self.view)
        self.view.setHtml(groups_html(self.groups))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        freeze_minimum_size(self)
        area = available_area(window)
        self.resize(min(640, area.width()), min(680, area.height() - 60))
        fit_dialog(self)
