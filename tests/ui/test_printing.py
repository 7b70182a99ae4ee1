"""Print / Save as PDF: the page carries the title, source, date and not-legal-advice line."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox


def _pdf_text(path: Path) -> str:
    """All text of a PDF file, whitespace folded."""
    reader = PdfReader(str(path))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    # NFKC turns typographic ligatures ("ﬃ") back into letters.
    return unicodedata.normalize("NFKC", text)


def test_save_answer_as_pdf(qtbot, window, library, tmp_path, monkeypatch) -> None:
    target = tmp_path / "answer"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    window.open_article("cannot-attend-check-in")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    pdf = tmp_path / "answer.pdf"
    assert pdf.exists()
    text = _pdf_text(pdf)
    art = library.article("cannot-attend-check-in")
    assert art.title in text
    assert "not legal advice" in text
    assert art.reviewed in text
    assert "Asylum Seeker Advocacy Project" in text
    assert "checkin.ice.gov" in text
    # No temporary files left beside it.
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["answer.pdf"]


def test_print_through_the_print_dialog(qtbot, window, library, tmp_path, monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    out = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        # Stand in for the person choosing a printer: print to a PDF file instead.
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.open_article("no-one-answers")
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text = _pdf_text(out)
    assert library.article("no-one-answers").title in text
    assert "not legal advice" in text


def test_cancelled_print_does_nothing(qtbot, window, monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    window.print_answer()
    assert window.statusBar().currentMessage() == ""


def test_cancelled_save_writes_nothing(window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert window.save_pdf() is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_unwritable_folder_gives_a_plain_message(window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "no-such-folder" / "answer.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda parent, title, text, *a: shown.append(text)),
    )
    assert window.save_pdf() is None
    assert shown and "could not be saved" in shown[0]
    assert "Traceback" not in shown[0]


def test_print_helper_is_atomic(qtbot, tmp_path) -> None:
    from desktop.ui.printing import print_html_to_pdf

    target = tmp_path / "record.pdf"
    target.write_bytes(b"old")
    print_html_to_pdf("<h1>Hello</h1><p>World</p>", target, title="Hello")
    assert target.read_bytes().startswith(b"%PDF")
    assert "Hello" in _pdf_text(target)
    assert [p.name for p in tmp_path.iterdir()] == ["record.pdf"]


@pytest.mark.parametrize("page", ["numbers"])
def test_numbers_page_prints_too(window, tmp_path, monkeypatch, page) -> None:
    target = tmp_path / "numbers.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.show_numbers()
    assert window.save_pdf() == target
    assert "1-833-383-1465" in _pdf_text(target)
