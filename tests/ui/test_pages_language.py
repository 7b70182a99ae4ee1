"""The app's own words around ASAP's text, in the person's language: numbers page, printed answer."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from desktop.core.settings import Settings
from desktop.ui.i18n import install_language


@pytest.fixture
def portuguese_window(qtbot, qapp, library, settings_store):
    """A main window in Brazilian Portuguese."""
    from desktop.ui.main_window import MainWindow

    installed = install_language(qapp, "pt_BR")
    win = MainWindow(library, settings_store, Settings(language="pt_BR"))
    qtbot.addWidget(win)
    win.show()
    yield win
    install_language(qapp, "en", installed)


def test_each_number_says_what_it_is_for_in_the_ui_language(portuguese_window, library) -> None:
    portuguese_window.show_numbers()
    text = portuguese_window.answer.toPlainText()
    # One line per number in the app's words, and the two ICE numbers can be told apart.
    assert "O número nacional principal do ICE" in text
    assert "O outro número nacional do ICE" in text
    assert "Linha do tribunal de imigração" in text
    # ASAP's own sentence stays beside it, word for word, marked as ASAP's.
    for number in library.important_numbers():
        for purpose in number.purposes:
            assert f"Nas palavras da ASAP: “{purpose}”" in text


def test_numbers_page_in_english_marks_the_faq_sentence(window, library) -> None:
    window.show_numbers()
    text = window.answer.toPlainText()
    assert "ICE's main national number" in text
    purpose = library.important_numbers()[0].purposes[0]
    assert f"In ASAP's words: “{purpose}”" in text


def test_printed_answer_has_headers_in_the_ui_language(
    qtbot, portuguese_window, library, tmp_path, monkeypatch
) -> None:
    target = tmp_path / "resposta.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    portuguese_window.open_article("cannot-attend-check-in")
    portuguese_window.actions_.save_pdf.trigger()
    reader = PdfReader(str(target))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    text = unicodedata.normalize("NFKC", text)
    assert "Estas respostas são da ASAP, em inglês" in text
    assert "Fonte" in text
    assert "não orientação jurídica" in text
    # The answer itself is ASAP's English text.
    assert library.article("cannot-attend-check-in").title in text
    assert Path(target).exists()


def test_the_sources_season_is_in_the_ui_language(qapp) -> None:
    from desktop.ui.pages import as_of_words

    installed = install_language(qapp, "pt_BR")
    try:
        assert as_of_words("spring 2023") == "primavera de 2023"
    finally:
        install_language(qapp, "en", installed)


def test_as_of_words_keep_any_other_date() -> None:
    from desktop.ui.pages import as_of_words

    assert as_of_words("spring 2023") == "spring 2023"  # English: as the source says it
    assert as_of_words("Autumn 2024") == "fall 2024"
    assert as_of_words("2026-11") == "2026-11"
    assert as_of_words("spring of 2023") == "spring of 2023"
