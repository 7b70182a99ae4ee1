"""Print and Save as PDF for the page in the answer pane: dialogs, messages, then printing.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.library import HelpLibrary
from desktop.ui.answer_view import answer_stylesheet
from desktop.ui.history import PAGE_NUMBERS, Page
from desktop.ui.pages import PageWriter

# Status-bar messages stay this long, in milliseconds.
MESSAGE_MS = 5000


class PrintActions(QObject):
    """Prints a page (title + HTML) or saves it as a PDF the person names; says how it went."""

    # It went well: a short message for the status bar (shown for MESSAGE_MS).
    message = Signal(str)

    def __init__(self, library: HelpLibrary, pages: PageWriter, parent: QWidget) -> None:
        super().__init__(parent)
        self._library = library
        self._pages = pages
        self._window = parent

    def print_answer(self, page: Page | None) -> None:
        """Print the open answer through the system print dialog."""
        content = self._print_html(page)
        if content is not None and self.print_page(*content):
            self.message.emit(self.tr("Sent to the printer."))

    def save_answer(self, page: Page | None) -> Path | None:
        """Save the open answer as a PDF file the person chooses; return its path."""
        content = self._print_html(page)
        if content is None or page is None:
            return None
        target = self.save_pdf(*content, page.article_id or "important-numbers")
        if target is not None:
            self.message.emit(self.tr("Saved as a PDF file."))
        return target

    def _print_html(self, page: Page | None) -> tuple[str, str] | None:
        """(title, HTML) of the open page for paper, without search highlights."""
        if page is None:
            return None
        if page.kind == PAGE_NUMBERS:
            html = self._pages.numbers()
        else:
            html = self._pages.article(page.article_id, ())
        return self._page_title(page), html + self._pages.printed_at()

    def _page_title(self, page: Page) -> str:
        """The title of a page (for printing and file names)."""
        if page.kind == PAGE_NUMBERS:
            return self.tr("Important phone numbers")
        return self._library.article(page.article_id).title

    def print_page(self, title: str, html: str) -> bool:
        """Print through the system print dialog; True when it was sent to the printer."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.ui.printing import PRINT_POINT_SIZE, print_html

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print this answer"))
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
        dialog.deleteLater()  # a child of the window: else one more stays after every print
        if not accepted:
            return False
        print_html(html, printer, answer_stylesheet(PRINT_POINT_SIZE))
        return True

    def save_pdf(self, title: str, html: str, file_stem: str) -> Path | None:
        """Ask where, then write the PDF atomically; a plain message if it cannot be written."""
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from desktop.ui.printing import PRINT_POINT_SIZE, print_html_to_pdf

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = file_stem + ".pdf"
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save this answer as a PDF file"),
            str(Path(folder) / name) if folder else name,
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            print_html_to_pdf(html, target, answer_stylesheet(PRINT_POINT_SIZE), title)
        except OSError:
            QMessageBox.warning(
                self._window,
                self.tr("Could not save"),
                self.tr(
                    "The PDF file could not be saved there. "
                    "Please choose another folder, for example Documents."
                ),
            )
            return None
        return target
