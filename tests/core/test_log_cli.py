"""`checkin-help log ...`: every sub-command, plain errors, never a traceback."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.core.contact_log import LogStore

PASS = "cli pass 'with' quotes ñ"


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHECKIN_HELP_PASSPHRASE", PASS)
    monkeypatch.setenv("CHECKIN_HELP_BACKUP_PASSPHRASE", "backup passphrase")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["log", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_new_add_list_json(capsys: pytest.CaptureFixture[str], _private_user_data: Path) -> None:
    assert run(capsys, "new", "--log", "Ana")[0] == 0
    code, out, _ = run(
        capsys,
        "add",
        "--log",
        "Ana",
        "--method",
        "phone",
        "--contact",
        "1-833-383-1465",
        "--outcome",
        "no answer",
        "--notes",
        "first try",
        "--when",
        "2026-11-20 09:15",
    )
    assert code == 0 and out.strip() == "1"
    code, out, _ = run(
        capsys, "add", "--log", "Ana", "--method", "email", "--outcome", "email sent"
    )
    assert out.strip() == "2"
    code, out, _ = run(capsys, "list", "--log", "Ana", "--json")
    data = json.loads(out)
    assert [e["id"] for e in data] == [2, 1]
    assert data[1]["notes"] == "first try" and data[1]["outcome"] == "no_answer"
    assert data[1]["when"].startswith("2026-11-20T09:15")
    assert data[0]["method"] == "email"
    code, out, _ = run(capsys, "list", "--log", "Ana")
    assert "first try" in out and "2 entries" in out
    code, out, _ = run(capsys, "list", "--json")
    assert json.loads(out) == ["Ana"]
    # The store is where the app looks for it.
    assert LogStore(_private_user_data / "logs").list_logs() == ["Ana"]


def test_plain_errors_never_tracebacks(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "new", "--log", "Ana")
    code, out, err = run(capsys, "add", "--log", "Ana", "--outcome", "banana")
    assert code == 1 and out == "" and "Unknown outcome" in err and "Traceback" not in err
    code, out, err = run(
        capsys, "add", "--log", "Ana", "--outcome", "no answer", "--when", "2999-01-01 10:00"
    )
    assert code == 1 and out == "" and "future" in err
    code, _, err = run(
        capsys, "add", "--log", "Ana", "--outcome", "no answer", "--when", "yesterday-ish"
    )
    assert code == 1 and "2026-11-26 14:05" in err
    code, _, err = run(capsys, "list", "--log", "Nobody")
    assert code == 1 and "no log" in err.lower()
    code, _, err = run(capsys, "new", "--log", "ana")
    assert code == 1 and "already exists" in err
    monkeypatch.setenv("CHECKIN_HELP_PASSPHRASE", "wrong passphrase")
    code, _, err = run(capsys, "list", "--log", "Ana")
    assert code == 1 and "passphrase is not right" in err
    monkeypatch.delenv("CHECKIN_HELP_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(capsys, "list", "--log", "Ana")
    assert code == 1 and "CHECKIN_HELP_PASSPHRASE" in err


def test_export_csv_and_backup_restore_and_delete(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(capsys, "new", "--log", "Ana")
    run(capsys, "add", "--log", "Ana", "--outcome", "voicemail left", "--notes", "=1+2")
    out_csv = tmp_path / "ana.csv"
    assert run(capsys, "export", "--log", "Ana", "--csv", str(out_csv))[0] == 0
    rows = list(csv.reader(io.StringIO(out_csv.read_text(encoding="utf-8-sig"))))
    assert rows[1][8] == "'=1+2"
    backup = tmp_path / "ana.backup"
    assert run(capsys, "export", "--log", "Ana", "--backup", str(backup))[0] == 0
    assert backup.exists()
    code, out, err = run(capsys, "restore", "--log", "Ana2", "--from", str(backup))
    assert code == 0, err
    code, out, _ = run(capsys, "list", "--log", "Ana2", "--json")
    assert json.loads(out)[0]["notes"] == "=1+2"
    code, out, err = run(
        capsys, "export", "--log", "Ana", "--csv", str(tmp_path / "missing" / "x.csv")
    )
    assert code == 1 and "Could not write" in err
    assert run(capsys, "delete", "--log", "Ana", "--yes")[0] == 0
    assert backup.exists(), "a backup is the person's property: kept unless asked"
    code, out, _ = run(capsys, "list", "--json")
    assert json.loads(out) == ["Ana2"]
    # Asked for, the exports still the same files on this computer's drive go with the log.
    again = tmp_path / "ana2.backup"
    assert run(capsys, "export", "--log", "Ana2", "--backup", str(again))[0] == 0
    assert run(capsys, "export", "--log", "Ana2", "--csv", str(out_csv))[0] == 0
    code, out, _ = run(capsys, "delete", "--log", "Ana2", "--yes", "--also-exports")
    assert code == 0 and str(again) in out
    assert not again.exists() and not out_csv.exists() and backup.exists()


def test_add_with_attachment(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "new", "--log", "Ana")
    pdf = tmp_path / "confirmation.pdf"
    pdf.write_bytes(b"%PDF-1.4\nhello\n%%EOF\n")
    code, out, _ = run(
        capsys,
        "add",
        "--log",
        "Ana",
        "--outcome",
        "appointment",
        "--attach",
        str(pdf),
        "--appointment",
        "2026-12-01 10:00",
    )
    assert code == 0
    code, out, _ = run(capsys, "list", "--log", "Ana", "--json")
    [entry] = json.loads(out)
    assert entry["attachments"][0]["name"] == "confirmation.pdf"
    assert entry["appointment"] == "2026-12-01T10:00:00"
    code, _, err = run(
        capsys, "add", "--log", "Ana", "--outcome", "other", "--attach", str(tmp_path / "nope.png")
    )
    assert code == 1 and "cannot read attachment" in err
