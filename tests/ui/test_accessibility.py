"""Screen readers: every control has a name; icons always come with words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QToolButton, QWidget

from tests.ui.helpers import type_query


def _interactive(root: QWidget) -> list[QWidget]:
    """Visible widgets a person can focus or press."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractButton) or w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            found.append(w)
    return found


def _name(w: QWidget) -> str:
    """What a screen reader announces as the widget's name."""
    iface = QAccessible.queryAccessibleInterface(w)
    assert iface is not None, w
    return iface.text(QAccessible.Text.Name).strip()


def _unnamed(root: QWidget) -> list[str]:
    """Interactive widgets without an accessible name."""
    return [f"{type(w).__name__}({w.objectName()})" for w in _interactive(root) if not _name(w)]


def test_every_control_of_the_main_window_has_a_name(qtbot, window) -> None:
    type_query(qtbot, window, "anckle")  # shows the "Did you mean" line too
    window.open_article("no-one-answers")  # shows the record-a-call button
    window.find_bar.open_bar()
    assert len(_interactive(window)) > 10
    assert _unnamed(window) == []


def test_main_controls_have_descriptions(window) -> None:
    for w in (window.search_box, window.results, window.answer):
        assert w.accessibleDescription().strip(), w.objectName()


def test_link_dialog_controls_have_names(qtbot, window) -> None:
    dialog = window.show_link_dialog("phone", "1-833-383-1465", "tel:+18333831465", "For ICE.")
    qtbot.waitExposed(dialog)
    assert _unnamed(dialog) == []
    assert _name(dialog.qr_label)
    assert "1-833-383-1465" in _name(dialog.value_label)


def test_toolbar_buttons_show_text_beside_icons(window) -> None:
    bars = (window.actions_.toolbar, window.actions_.places_toolbar, window.actions_.second_toolbar)
    # Qt's own "more buttons" arrow (when the window is too narrow for the toolbar) is not ours.
    buttons = [
        b
        for bar in bars
        for b in bar.findChildren(QToolButton)
        if b.isVisible() and b.objectName() != "qt_toolbar_ext_button"
    ]
    assert len(buttons) >= 7
    for b in buttons:
        assert b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        assert b.text().strip(), b


def test_every_action_has_a_shortcut_or_a_menu(window) -> None:
    acts = window.actions_
    for name in (
        "back",
        "forward",
        "find",
        "zoom_in",
        "zoom_out",
        "zoom_reset",
        "print_answer",
        "save_pdf",
        "numbers",
        "contact_log",
        "focus_search",
        "quit",
    ):
        assert getattr(acts, name).shortcuts(), name
    # Every action is reachable from the menu bar too.
    in_menus = {a for m in window.menuBar().actions() for a in m.menu().actions()}
    for name in (
        "back",
        "forward",
        "home",
        "numbers",
        "contact_log",
        "find",
        "zoom_in",
        "print_answer",
        "save_pdf",
        "about",
    ):
        assert getattr(acts, name) in in_menus, name
