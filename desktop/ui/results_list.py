"""The list beside the answer: the table of contents when the search box is empty, else results.

Each row shows a title and a line of text (a summary or a snippet with matched words in bold),
painted from HTML by a small delegate; the plain text stays in the item for screen readers.
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.ui.window_util import use_light_palette

# Item data roles beyond Qt's own.
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
PADDING = 6
# Smallest text size of the questions at 100 %, in points (Windows' default 9 pt is too small).
MIN_POINT_SIZE = 10.5
# Laid-out rows kept; the oldest goes first, so the cache stays at a steady size.
MAX_CACHED_ROWS = 200
# Row heights kept (a few bytes each): enough for a large pack's questions at two widths.
MAX_CACHED_SIZES = 2000
# A question row's flags: those of a new list item.
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsUserCheckable
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsDragEnabled
)
ROW_STYLESHEET = """
p.heading { font-weight: bold; color: #12355b; }
span.line { color: #444444; }
b.match { color: #000000; }
"""


def _plain(snippet_html: str) -> str:
    """Snippet HTML as plain text (for screen readers)."""
    return html.unescape(re.sub(r"<[^>]+>", "", snippet_html))


def _plain_index(index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
    """A QModelIndex for either kind (Qt converts a persistent one; PySide6's stubs lack it)."""
    if isinstance(index, QModelIndex):
        return index
    return QModelIndex(index)  # type: ignore[call-overload]


class HtmlItemDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE text wrapped to the list's width."""

    def __init__(self, parent: QAbstractItemView) -> None:
        super().__init__(parent)
        # Laid-out documents by (HTML, width, font, colour): sizeHint and paint ask for the same
        # rows again and again, and laying out rich text is the costly part of a keystroke.
        self._cache: OrderedDict[tuple[str, int, str, str], QTextDocument] = OrderedDict()
        # Row heights by the same key: the list asks every row's height (hundreds of questions
        # with a large information pack) each time it shows the questions again; a size is
        # small, so many more are kept than laid-out documents (only visible rows are painted).
        self._sizes: OrderedDict[tuple[str, int, str, str], QSize] = OrderedDict()

    def _key(
        self, option: QStyleOptionViewItem, index: QModelIndex, selected: bool = False
    ) -> tuple[str, int, str, str]:
        """What a row's laid-out HTML depends on: its HTML, the width, the font, the colour."""
        text = index.data(HTML_ROLE) or html.escape(index.data() or "")
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 300
        # Selected rows use the palette's colours throughout, for contrast on the highlight.
        colour = option.palette.color(QPalette.ColorRole.HighlightedText).name() if selected else ""
        return (text, width, option.font.key(), colour)

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex, selected: bool = False
    ) -> QTextDocument:
        """A text document holding the item's HTML laid out at the item's width."""
        key = self._key(option, index, selected)
        text, width, _, colour = key
        doc = self._cache.get(key)
        if doc is not None:
            return doc
        if len(self._cache) >= MAX_CACHED_ROWS:
            self._cache.popitem(last=False)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(PADDING)
        doc.setDefaultStyleSheet(f"* {{ color: {colour}; }}" if colour else ROW_STYLESHEET)
        doc.setHtml(text)
        doc.setTextWidth(max(80, width - 4))
        self._cache[key] = doc
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the selection/focus background, then the HTML."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        doc = self._document(opt, _plain_index(index), selected)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.translate(opt.rect.topLeft())
        doc.drawContents(painter, QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Height of the wrapped HTML."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        key = self._key(opt, _plain_index(index))
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= MAX_CACHED_SIZES:
                self._sizes.popitem(last=False)
            doc = self._document(opt, _plain_index(index))
            size = self._sizes[key] = QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)
        return QSize(size)


class ResultsList(QListWidget):
    """Questions to choose from; emits `articleActivated(id)` on Enter, click or double-click."""

    articleActivated = Signal(str)
    # The person moved the selection to a question (keyboard or mouse), without opening it.
    articleHighlighted = Signal(str)
    # Up from the first row, or Esc: go back to typing.
    leaveToSearch = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsList")
        self.setItemDelegate(HtmlItemDelegate(self))
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        # With a large information pack the list holds hundreds of questions, each a laid-out
        # rich-text row: lay them out a screenful at a time, not all before the window paints.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(50)
        # Our row colours are chosen for a light background: keep it light in any system theme.
        use_light_palette(self)
        self._base_point_size = max(self.font().pointSizeF(), MIN_POINT_SIZE)
        self.set_zoom(100)
        self.setAccessibleName(self.tr("Questions"))
        self.setAccessibleDescription(
            self.tr("Choose a question with the arrow keys and press Enter to read the answer.")
        )
        # What show_hits last put in the list (None after show_sections).
        self._shown: tuple[str | None, tuple[tuple[str, str, str], ...]] | None = None
        self.itemActivated.connect(self._on_item_activated)
        self.itemClicked.connect(self._on_item_activated)
        self.currentItemChanged.connect(self._on_current_changed)

    def set_zoom(self, percent: int) -> None:
        """Show the questions at percent of their normal size (follows the answer's text size)."""
        font = QFont(self.font())
        font.setPointSizeF(self._base_point_size * percent / 100)
        self.setFont(font)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """The mouse's back and forward buttons go to the window; other buttons select."""
        if event.button() in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton):
            event.ignore()
            return
        super().mousePressEvent(event)

    # -- filling ---------------------------------------------------------------------------

    def show_sections(self, sections: Sequence[tuple[str, Sequence[tuple[str, str, str]]]]) -> None:
        """Show headed groups of (id, title, summary) rows: the table of contents."""
        self._shown = None
        entries: list[tuple[str | None, str, str]] = []
        for heading, rows in sections:
            entries.append((None, heading, ""))
            entries.extend(
                (article_id, title, html.escape(summary)) for article_id, title, summary in rows
            )
        self._fill(entries)

    def show_hits(self, heading: str | None, rows: Sequence[tuple[str, str, str]]) -> None:
        """Show search results as (id, title, snippet HTML) rows, under an optional heading."""
        shown = (heading, tuple(rows))
        if shown == self._shown:
            # The same results as for the last keystroke (most keystrokes of a word): keep the
            # rows, so Qt has nothing to lay out or repaint; only go back to the first one.
            self.scrollToTop()
            self._select_first()
            return
        self._shown = shown
        entries: list[tuple[str | None, str, str]] = [(None, heading, "")] if heading else []
        entries.extend(rows)
        self._fill(entries)

    def article_ids(self) -> list[str]:
        """Ids of the rows shown, top to bottom (headings left out)."""
        return [
            self.item(i).data(ARTICLE_ID_ROLE)
            for i in range(self.count())
            if self.item(i).data(ARTICLE_ID_ROLE)
        ]

    def current_article_id(self) -> str | None:
        """Id of the selected row, if any."""
        item = self.currentItem()
        return item.data(ARTICLE_ID_ROLE) if item is not None else None

    def focus_first(self) -> None:
        """Put the keyboard focus on the first question."""
        self._select_first()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, entries: Sequence[tuple[str | None, str, str]]) -> None:
        """Show (id, title, line HTML) rows, an id of None making a heading; first row current.

        The rows already in the list are rewritten in place and only the surplus is added or
        removed: clearing the list first would empty it for a moment, so its scroll bar would
        hide and show again, resizing the list twice and laying out every row at two widths on
        every keystroke.
        """
        self.setCurrentItem(None)  # type: ignore[call-overload]  # (no current row; stubs lack None)
        surplus = self.count() - len(entries)
        if surplus > 0:
            # All at once: a large pack's hundreds of questions give way to ten results.
            self.model().removeRows(len(entries), surplus)
        for row, (article_id, title, line_html) in enumerate(entries):
            item = self.item(row)
            if item is None:
                item = QListWidgetItem()
                self._set_entry(item, article_id, title, line_html)
                self.addItem(item)
            else:
                self._set_entry(item, article_id, title, line_html)
        # Rewritten rows may need another height: lay the rows out again (once, when next
        # needed).
        self.scheduleDelayedItemsLayout()
        self._select_first()
        self.scrollToTop()

    @staticmethod
    def _set_entry(item: QListWidgetItem, article_id: str | None, title: str, line: str) -> None:
        """Make item a question row, or a heading when article_id is None."""
        item.setText(title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        if article_id is None:
            # A bold, unselectable group heading. No flags: arrow keys skip headings (they are
            # painted in their own colour anyway).
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setData(ARTICLE_ID_ROLE, None)
            item.setData(
                HTML_ROLE, f'<p style="font-weight:bold; color:#12355b;">{html.escape(title)}</p>'
            )
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, None)
            item.setToolTip("")
            return
        # One selectable question row.
        item.setFlags(ROW_FLAGS)
        item.setData(ARTICLE_ID_ROLE, article_id)
        item.setData(
            HTML_ROLE,
            f'<b>{html.escape(title)}</b><br/><span style="color:#444444;">{line}</span>',
        )
        plain = _plain(line)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, plain)
        item.setToolTip(plain)

    def _select_first(self) -> None:
        """Make the first question current, without stealing focus."""
        for i in range(self.count()):
            if self.item(i).data(ARTICLE_ID_ROLE):
                self.setCurrentRow(i)
                return

    def _first_row(self) -> int:
        """Row number of the first question (-1 when empty)."""
        for i in range(self.count()):
            if self.item(i).data(ARTICLE_ID_ROLE):
                return i
        return -1

    def _on_current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        """Report a selection the person made (not one made while refilling the list)."""
        if item is not None and self.hasFocus():
            article_id = item.data(ARTICLE_ID_ROLE)
            if article_id:
                self.articleHighlighted.emit(article_id)

    # -- keys ------------------------------------------------------------------------------

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        """Open the question the person chose."""
        article_id = item.data(ARTICLE_ID_ROLE)
        if article_id:
            self.articleActivated.emit(article_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens; Up on the first question or Esc goes back to the search box."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None:
                self._on_item_activated(item)
            event.accept()
            return
        if key == Qt.Key.Key_Escape or (
            key == Qt.Key.Key_Up and self.currentRow() <= self._first_row()
        ):
            self.leaveToSearch.emit()
            event.accept()
            return
        super().keyPressEvent(event)
