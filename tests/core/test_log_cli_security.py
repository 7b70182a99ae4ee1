"""What issue 12 says the command line must show: deletion, passphrases, restore checks."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.core import log_files
from desktop.core.contact_log import LogStore
from desktop.core.log_keys import connect, key_for_file

PASS = "four ordinary words here"
BACKUP_PASS = "another set of plain words"


@pytest.fixture(autouse=True)
def _passphrases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHECKIN_HELP_PASSPHRASE", PASS)
    monkeypatch.setenv("CHECKIN_HELP_BACKUP_PASSPHRASE", BACKUP_PASS)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["log", *args])
    out, err = capsys.readouterr()
    return code, out, err


def logs_dir(data: Path) -> Path:
    return data / "logs"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_backup_moved_to_a_stick_survives_delete(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(capsys, "new", "--log", "Ana")
    run(capsys, "add", "--log", "Ana", "--outcome", "no answer")
    made = tmp_path / "ana.clbackup"
    assert run(capsys, "export", "--log", "Ana", "--backup", str(made))[0] == 0
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    moved = stick / made.name
    shutil.move(made, moved)
    before = moved.read_bytes()
    assert run(capsys, "delete", "--log", "Ana", "--yes", "--also-exports")[0] == 0
    assert moved.read_bytes() == before


def test_a_second_persons_backup_at_the_same_path_survives(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shared = tmp_path / "contact-log.clbackup"
    for name in ("Ana", "Bea"):
        run(capsys, "new", "--log", name)
        run(capsys, "add", "--log", name, "--outcome", "no answer", "--notes", name)
        assert run(capsys, "export", "--log", name, "--backup", str(shared))[0] == 0
    beas = shared.read_bytes()
    assert run(capsys, "delete", "--log", "Ana", "--yes", "--also-exports")[0] == 0
    assert shared.read_bytes() == beas, "Bea's backup is not Ana's, even at the same path"


def test_default_export_names_differ_between_people(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    for name in ("Ana", "Bea"):
        run(capsys, "new", "--log", name)
        code, out, err = run(capsys, "export", "--log", name, "--csv", str(folder))
        assert code == 0 and "not protected by the passphrase" in err
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 2 and names[0].startswith("contact-log-A-")
    assert names[1].startswith("contact-log-B-") and names[0].endswith(".csv")


def test_a_crafted_backup_cannot_make_delete_remove_another_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, _private_user_data: Path
) -> None:
    victim = tmp_path / "thesis.docx"
    victim.write_bytes(b"years of work")
    run(capsys, "new", "--log", "Eve")
    backup = tmp_path / "eve.clbackup"
    assert run(capsys, "export", "--log", "Eve", "--backup", str(backup))[0] == 0
    conn = connect(str(backup), key_for_file(backup, BACKUP_PASS))
    conn.execute(
        "INSERT INTO exports(path, kind, made_at, fingerprint) VALUES (?, 'csv', ?, ?)",
        (str(victim), "2026-11-30T10:00:00+00:00", hashlib.sha256(victim.read_bytes()).hexdigest()),
    )
    conn.close()
    assert run(capsys, "restore", "--log", "Mallory", "--from", str(backup))[0] == 0
    assert run(capsys, "delete", "--log", "Mallory", "--yes", "--also-exports")[0] == 0
    assert victim.read_bytes() == b"years of work"


def test_stray_files_and_the_index_survive_deleting_a_log(
    capsys: pytest.CaptureFixture[str], _private_user_data: Path
) -> None:
    run(capsys, "new", "--log", "Ana")
    folder = logs_dir(_private_user_data)
    [db] = [p for p in folder.iterdir() if p.suffix == ".db"]
    strays = {"9.db": b"nine", "l.db": b"ell", db.stem[:4] + ".db": b"prefix of the id"}
    for name, data in strays.items():
        (folder / name).write_bytes(data)
    assert run(capsys, "list", "--json")[1].strip() == '["Ana"]', "strays are not logs"
    assert run(capsys, "delete", "--log", "Ana", "--yes")[0] == 0
    for name, data in strays.items():
        assert (folder / name).read_bytes() == data
    assert (folder / "logs.json").is_file()
    assert not db.exists()


@pytest.mark.parametrize(
    "weak, why",
    [
        ("maria1", "too short"),
        ("123456", "too short"),
        ("password123", "common passwords"),
        ("Maria", "log's name"),
        ("my name is maria and this is it", "log's name"),
    ],
)
def test_new_refuses_weak_passphrases(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, weak: str, why: str
) -> None:
    monkeypatch.setenv("CHECKIN_HELP_PASSPHRASE", weak)
    code, out, err = run(capsys, "new", "--log", "Maria")
    assert code == 1 and out == "" and why in err and "Traceback" not in err
    assert run(capsys, "list", "--json")[1].strip() == "[]"


def test_new_accepts_four_words_and_warns_about_revealing_names(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHECKIN_HELP_PASSPHRASE", "river lemon candle orbit")
    assert run(capsys, "new", "--log", "Maria")[0] == 0
    code, _, err = run(capsys, "new", "--log", "A123456789")
    assert code == 0 and "A-number" in err
    code, _, err = run(capsys, "new", "--log", "Maria Lopez")
    assert code == 0 and "full name" in err


def test_backup_passphrases_follow_the_same_policy(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    run(capsys, "new", "--log", "Ana")
    monkeypatch.setenv("CHECKIN_HELP_BACKUP_PASSPHRASE", "123456")
    target = tmp_path / "weak.clbackup"
    code, _, err = run(capsys, "export", "--log", "Ana", "--backup", str(target))
    assert code == 1 and "too short" in err and not target.exists()


def _crafted(capsys: pytest.CaptureFixture[str], tmp_path: Path, sql: str) -> Path:
    run(capsys, "new", "--log", "Ana")
    run(capsys, "add", "--log", "Ana", "--outcome", "no answer", "--notes", "real entry")
    backup = tmp_path / "crafted.clbackup"
    assert run(capsys, "export", "--log", "Ana", "--backup", str(backup))[0] == 0
    conn = connect(str(backup), key_for_file(backup, BACKUP_PASS))
    conn.execute(sql)
    conn.close()
    return backup


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TRIGGER wipe AFTER INSERT ON entries BEGIN DELETE FROM entries; END",
        "CREATE VIEW everything AS SELECT * FROM entries",
        "CREATE TABLE extra(x)",
        "UPDATE entries SET method = 'carrier pigeon'",
        "UPDATE entries SET outcome = '<b>won</b>'",
        "UPDATE entries SET when_at = 'yesterday'",
        "INSERT INTO attachments(entry_id, name, mime, data) VALUES"
        " (1, 'x.png', 'text/html', X'89504E470D0A1A0A00')",
        "INSERT INTO attachments(entry_id, name, mime, data) VALUES"
        " (1, 'x.svg', 'image/svg+xml', X'3C737667')",
        "INSERT INTO attachments(entry_id, name, mime, data) VALUES"
        " (1, 'x.png', 'image/png', X'3C68746D6C3E')",
        "INSERT INTO details(key, value) VALUES ('a_number', 'not a number')",
    ],
)
def test_restore_refuses_a_crafted_backup_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, _private_user_data: Path, sql: str
) -> None:
    backup = _crafted(capsys, tmp_path, sql)
    before = snapshot(logs_dir(_private_user_data))
    code, out, err = run(capsys, "restore", "--log", "Copy", "--from", str(backup))
    assert code == 1 and out == "" and "damaged" in err and "Traceback" not in err
    assert snapshot(logs_dir(_private_user_data)) == before, "nothing written"


def test_restore_asks_the_backup_passphrase_first(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    run(capsys, "new", "--log", "Ana")
    backup = tmp_path / "b.clbackup"
    run(capsys, "export", "--log", "Ana", "--backup", str(backup))
    # A wrong backup passphrase is reported before the new log's passphrase is even looked at.
    monkeypatch.setenv("CHECKIN_HELP_BACKUP_PASSPHRASE", "not the backup passphrase")
    monkeypatch.setenv("CHECKIN_HELP_PASSPHRASE", "123")
    code, _, err = run(capsys, "restore", "--log", "Copy", "--from", str(backup))
    assert code == 1 and "passphrase is not right" in err
    assert log_files.log_ids_in(LogStore(backup.parent).logs_dir) == []
