"""`checkin-help log export --pdf`: the record as a PDF from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.__main__ import main


def test_cli_pdf_export(
    qapp, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CHECKIN_HELP_PASSPHRASE", "cli pdf passphrase")
    assert main(["log", "new", "--log", "Ana"]) == 0
    assert (
        main(["log", "add", "--log", "Ana", "--outcome", "spoke", "--notes", "Told to wait"]) == 0
    )
    assert main(["log", "list", "--log", "Ana"]) == 0
    target = tmp_path / "record.pdf"
    assert main(["log", "export", "--log", "Ana", "--pdf", str(target)]) == 0
    out, err = capsys.readouterr()
    assert "wrote" in out and "not protected by the passphrase" in err
    text = "".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert (
        "RecordofattemptstocontactICE" in text and "Toldtowait" in text and "Spoketosomeone" in text
    )
    code = main(
        ["log", "export", "--log", "Ana", "--pdf", str(tmp_path / "no" / "such" / "dir.pdf")]
    )
    assert code == 1
    assert "Traceback" not in capsys.readouterr().err
