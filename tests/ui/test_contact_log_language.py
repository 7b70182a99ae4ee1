"""A contact log used in Spanish: its printed record and its CSV have Spanish headings."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.contact_log import LogStore, Method, Outcome
from desktop.ui.i18n import install_language

PASS = "una frase bastante larga"


def _spanish_log(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A log window in Spanish, with one attempt recorded through the form."""
    from desktop.ui.contact_log import open_contact_log_window

    window = open_contact_log_window(None, LogStore(tmp_path / "logs"), numbers=[])
    qtbot.addWidget(window)
    window.show()
    dialog = window.create_log()
    dialog.nickname.setText("Maria")
    dialog.passphrase.setText(PASS)
    dialog.repeat.setText(PASS)
    dialog.ok_button.click()
    form = window.add_entry()
    form.method.setCurrentIndex(form.method.findData(Method.PHONE.value))
    form.contact.setEditText("1-833-383-1465")
    form.outcome.setCurrentIndex(form.outcome.findData(Outcome.NO_ANSWER.value))
    form.when.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    form.notes.setPlainText("nota")
    form.submit()
    return window


def test_record_and_csv_in_spanish(qtbot, qapp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    installed = install_language(qapp, "es")
    try:
        window = _spanish_log(qtbot, tmp_path)
        # On screen, dates read the Spanish way with the month in words: "4 mar 2026 2:30 p.m.".
        when = window.proxy.index(0, 0).data()
        assert re.fullmatch(r"\d{1,2} [a-z]{3,4}\.? \d{4} \d{1,2}:\d{2} [ap]\.m\.", when), when
        pdf, csv = tmp_path / "informe.pdf", tmp_path / "registro.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
        assert window.save_pdf() == pdf
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv), ""))
        assert window.save_csv() == csv
        window.lock()
    finally:
        install_language(qapp, "en", installed)
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    flat = "".join(unicodedata.normalize("NFKC", text).split())
    assert "InformedeintentosdecontactaraICE" in flat
    assert "Nadiecontestó" in flat
    header = csv.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Anotación,Fecha y hora,Cómo")
    assert "Nadie contestó" in csv.read_text(encoding="utf-8-sig")
