"""A contact log used in Spanish: its printed record and its CSV have Spanish headings.

Written against the log's stable calls (LogStore, write_record_pdf, LogLabels.csv_labels),
not the window's buttons, which are being reworked.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta

from pypdf import PdfReader

from desktop.core.contact_log import EntryDraft, LogStore, Method, Outcome
from desktop.ui.i18n import install_language

PASS = "cobalt meadow lantern quiver"


def test_record_and_csv_in_spanish(qapp, tmp_path) -> None:
    from desktop.ui.contact_log.labels import LogLabels
    from desktop.ui.contact_log.record import write_record_pdf

    log = LogStore(tmp_path / "logs").create("Maria", PASS)
    log.add(
        EntryDraft(
            when=datetime.now().replace(microsecond=0) - timedelta(hours=1),
            method=Method.PHONE,
            outcome=Outcome.NO_ANSWER,
            contact="1-833-383-1465",
            person="",
            appointment=None,
            notes="nota",
        )
    )
    pdf, csv = tmp_path / "informe.pdf", tmp_path / "registro.csv"
    installed = install_language(qapp, "es")
    try:
        write_record_pdf(log, pdf)
        log.export_csv(csv, LogLabels().csv_labels())
    finally:
        install_language(qapp, "en", installed)
        log.close()
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    flat = "".join(unicodedata.normalize("NFKC", text).split())
    assert "InformedeintentosdecontactaraICE" in flat
    assert "Nadiecontestó" in flat
    rows = csv.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("Anotación,Fecha y hora,Cómo")
    assert "Llamada" in rows[1] and "Nadie contestó" in rows[1]
