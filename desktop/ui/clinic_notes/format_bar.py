"""The note editor's formatting toolbar: each button inserts Markdown (one undo step each)."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QToolBar,
    QWidget,
)

from desktop.core.clinic_notes import link_markdown, phone_markdown

# A list item's mark at the start of a line: "- ", "* ", "+ " or "3. ".
LIST_MARK_RE = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+")


class FormatBar(QToolBar):
    """Heading, bold, bulleted list, numbered list, link and phone number for a text editor."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setObjectName("noteFormatBar")
        self.setAccessibleName(self.tr("Formatting"))
        self.heading_action = self.addAction(self.tr("Heading"), self.heading)
        self.heading_action.setToolTip(self.tr("Make the line a heading (## at its start)"))
        self.bold_action = self.addAction(self.tr("Bold"), self.bold)
        self.bold_action.setToolTip(self.tr("Bold text (**text**)"))
        self.bullets_action = self.addAction(self.tr("Bulleted list"), self.bullets)
        self.bullets_action.setToolTip(self.tr("Start each selected line with - "))
        self.numbers_action = self.addAction(self.tr("Numbered list"), self.numbered)
        self.numbers_action.setToolTip(self.tr("Number the selected lines 1. 2. 3."))
        self.link_action = self.addAction(self.tr("Link..."), self.link)
        self.link_action.setToolTip(self.tr("A link to a web page (https://) or an e-mail address"))
        self.phone_action = self.addAction(self.tr("Phone number..."), self.phone)
        self.phone_action.setToolTip(
            self.tr("A phone number people can copy or scan, listed with the important numbers")
        )

    # -- inline ----------------------------------------------------------------------------

    def bold(self) -> None:
        """Put ** around the selection (or an empty pair, the cursor inside)."""
        cursor = self._editor.textCursor()
        text = cursor.selectedText()
        cursor.beginEditBlock()
        cursor.insertText(f"**{text}**")
        if not text:
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.MoveAnchor, 2)
        cursor.endEditBlock()
        self._editor.setTextCursor(cursor)
        self._editor.setFocus()

    def link(self) -> None:
        """Ask for a web or e-mail address and insert a link (the selection is its words)."""
        cursor = self._editor.textCursor()
        address, ok = QInputDialog.getText(
            self,
            self.tr("Link"),
            self.tr("Address of the web page (https://...) or mailto:name@example.org:"),
            QLineEdit.EchoMode.Normal,
            "https://",
        )
        if not ok:
            return
        markdown = link_markdown(cursor.selectedText(), address)
        if markdown is None:
            QMessageBox.warning(
                self,
                self.tr("Link"),
                self.tr(
                    "Only web pages (https:// or http://) and e-mail addresses (mailto:) can be linked."
                ),
            )
            return
        self._insert(cursor, markdown)

    def phone(self) -> None:
        """Ask for a phone number (the selection, if any) and insert it as a phone link."""
        cursor = self._editor.textCursor()
        number, ok = QInputDialog.getText(
            self,
            self.tr("Phone number"),
            self.tr("Phone number, as people should read it (for example 617-555-0188):"),
            QLineEdit.EchoMode.Normal,
            cursor.selectedText(),
        )
        if not ok:
            return
        markdown = phone_markdown(number)
        if markdown is None:
            QMessageBox.warning(
                self,
                self.tr("Phone number"),
                self.tr(
                    "Write a 10-digit US number (617-555-0188), or a number that starts with + and its country code."
                ),
            )
            return
        self._insert(cursor, markdown)

    def _insert(self, cursor: QTextCursor, text: str) -> None:
        """Replace the selection with text as one undo step."""
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        self._editor.setTextCursor(cursor)
        self._editor.setFocus()

    # -- lines -----------------------------------------------------------------------------

    def heading(self) -> None:
        """Make the line(s) headings."""
        self._prefix_lines(lambda _n, line: line if line.startswith("#") else "## " + line)

    def bullets(self) -> None:
        """Make the line(s) a bulleted list (a numbered item becomes a bullet)."""
        self._prefix_lines(lambda _n, line: "- " + LIST_MARK_RE.sub("", line), is_list=True)

    def numbered(self) -> None:
        """Make the line(s) a numbered list (a bullet becomes a number)."""
        self._prefix_lines(lambda n, line: f"{n}. " + LIST_MARK_RE.sub("", line), is_list=True)

    def _prefix_lines(self, change, is_list: bool = False) -> None:  # change(n from 1, line)
        """Rewrite every line the selection touches, as one undo step.

        A list gets a blank line before and after it when text touches it: Markdown would
        otherwise read it as part of that paragraph.
        """
        cursor = self._editor.textCursor()
        doc = self._editor.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        block, n = first, 1
        while block.isValid():
            edit.setPosition(block.position())
            edit.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(change(n, block.text()))
            if block == last:
                break
            block, n = block.next(), n + 1
        if is_list and _is_text(last.next()):
            edit.setPosition(last.position() + last.length() - 1)
            edit.insertText("\n")
        if is_list and _is_text(first.previous()):
            edit.setPosition(first.position())
            edit.insertText("\n")
        edit.endEditBlock()
        end = QTextCursor(doc)
        end.setPosition(last.position() + last.length() - 1)
        self._editor.setTextCursor(end)
        self._editor.setFocus()


def _is_text(block: QTextBlock) -> bool:
    """True for a line of paragraph text (not blank, not a list item or heading)."""
    if not block.isValid():
        return False
    line = block.text().strip()
    return bool(line) and not LIST_MARK_RE.match(line) and not line.startswith("#")
