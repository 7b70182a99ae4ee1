"""Answer pages on paper: no blank last page, no on-screen hints, "Page X of Y" on each page."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog


def _pages(path: Path) -> list[str]:
    return [
        " ".join(unicodedata.normalize("NFKC", p.extract_text() or "").split())
        for p in PdfReader(str(path)).pages
    ]


def test_no_answer_pdf_ends_with_a_blank_page(
    qtbot, window, library, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ids = [entry.id for section in library.toc() for entry in section.entries]
    assert "cannot-attend-check-in" in ids  # it used to end with a page holding only "2"
    for article_id in ids:
        target = tmp_path / article_id
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, t=target, **k: (str(t), ""))
        )
        window.open_article(article_id)
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        pages = _pages(target.with_suffix(".pdf"))
        for number, text in enumerate(pages, start=1):
            page_line = f"Page {number} of {len(pages)}"
            assert page_line in text, (article_id, number)
            rest = text.replace(page_line, "").replace(library.article(article_id).title, "")
            assert len(rest.split()) >= 3, (article_id, number, text)


def test_numbers_page_prints_without_the_screen_hint(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "numbers.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.show_numbers()
    assert "Click or press Enter on a number" in window.answer.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    text = " ".join(_pages(target))
    assert "1-833-383-1465" in text or "ICE" in text
    assert "Click or press Enter" not in text
