"""The contact log store: round trips, validation, passphrases, encryption at rest, migrations."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image

from desktop.core.contact_log import (
    SCHEMA_VERSION,
    AttachmentRejected,
    ContactLog,
    EntryDraft,
    LogExists,
    LogLocked,
    LogNotFound,
    LogStore,
    Method,
    NewAttachment,
    Outcome,
    PersonDetails,
    ValidationError,
    WeakPassphrase,
    WrongPassphrase,
    format_a_number,
    normalise_a_number,
    parse_method,
    parse_outcome,
)
from desktop.core.log_keys import connect as _connect
from desktop.core.log_keys import kdf_of_salt, read_salt
from desktop.core.log_schema import apply_migrations as _apply_migrations

PASS = 'it\'s a "secret" ñandú 🌵 with spaces'
NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


def png_bytes(color: str = "red", with_exif: bool = False) -> bytes:
    """A small PNG (optionally a JPEG with EXIF metadata)."""
    img = Image.new("RGB", (40, 30), color)
    out = io.BytesIO()
    if with_exif:
        exif = Image.Exif()
        exif[0x010F] = "SECRETCAMERAMAKER"  # Make
        exif[0x8298] = "SECRETCOPYRIGHTOWNER"  # Copyright
        img.save(out, "JPEG", exif=exif.tobytes())
    else:
        img.save(out, "PNG")
    return out.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\nUNIQUEPDFCONTENT\n%%EOF\n"


def full_draft(**over: object) -> EntryDraft:
    """A draft with every field set."""
    base = {
        "when": datetime(2026, 11, 25, 9, 30, tzinfo=timezone(timedelta(hours=-5))),
        "method": Method.PHONE,
        "outcome": Outcome.VOICEMAIL_LEFT,
        "contact": "1-833-383-1465",
        "office": "Houston ERO",
        "person": "Officer Díaz",
        "appointment": datetime(2026, 12, 3, 10, 0),
        "notes": "Line 1\nLínea 2 — ñ",
        "attachments": (NewAttachment("shot.png", png_bytes()), NewAttachment("conf.pdf", PDF)),
    }
    base.update(over)
    return EntryDraft(**base)  # type: ignore[arg-type]


@pytest.fixture
def log(store: LogStore):
    lg = store.create("Maria", PASS)
    yield lg
    lg.close()


def test_every_field_round_trips_after_reopen(store: LogStore, log: ContactLog) -> None:
    entry_id = log.add(full_draft(), now=NOW)
    log.set_details(PersonDetails(name="María José", a_number="a 12-345-678"))
    log.close()
    again = store.open("maria", PASS)
    try:
        e = again.entry(entry_id)
        d = full_draft()
        assert e.when == d.when and e.when.utcoffset() == timedelta(hours=-5)
        assert (e.method, e.outcome) == (Method.PHONE, Outcome.VOICEMAIL_LEFT)
        assert (e.contact, e.office, e.person) == ("1-833-383-1465", "Houston ERO", "Officer Díaz")
        assert e.appointment == datetime(2026, 12, 3, 10, 0)
        assert e.notes == "Line 1\nLínea 2 — ñ"
        assert [a.name for a in e.attachments] == ["shot.png", "conf.pdf"]
        assert [a.mime for a in e.attachments] == ["image/png", "application/pdf"]
        assert again.attachment_data(e.attachments[1].id) == PDF
        picture = Image.open(io.BytesIO(again.attachment_data(e.attachments[0].id)))
        assert picture.size == (40, 30)
        assert e.made_at.tzinfo is not None and e.updated_at is None
        assert again.details() == PersonDetails(name="María José", a_number="012345678")
        assert again.schema_version() == SCHEMA_VERSION
    finally:
        again.close()


def test_entries_newest_first_update_delete_undelete(log: ContactLog) -> None:
    old = log.add(full_draft(when=datetime(2026, 1, 1, 8, 0, tzinfo=UTC), attachments=()), now=NOW)
    new = log.add(full_draft(when=datetime(2026, 6, 1, 8, 0, tzinfo=UTC)), now=NOW)
    assert [e.id for e in log.entries()] == [new, old]
    first_att = log.entry(new).attachments[0].id
    log.update(
        new,
        full_draft(
            notes="changed", outcome=Outcome.SPOKE, attachments=(NewAttachment("b.pdf", PDF),)
        ),
        remove_attachments=[first_att],
        now=NOW,
    )
    e = log.entry(new)
    assert e.notes == "changed" and e.outcome is Outcome.SPOKE and e.updated_at is not None
    assert [a.name for a in e.attachments] == ["conf.pdf", "b.pdf"]
    deleted = log.delete(new)
    assert [x.id for x in log.entries()] == [old]
    assert log.undelete(deleted) == new
    assert log.entry(new) == e
    assert log.count() == 2


def test_update_of_missing_entry_is_refused(log: ContactLog) -> None:
    with pytest.raises(ValidationError) as err:
        log.update(999, full_draft(attachments=()), now=NOW)
    assert err.value.code == "no_entry"


def test_validation_refuses_future_and_long_text_and_strips_controls(log: ContactLog) -> None:
    with pytest.raises(ValidationError) as err:
        log.add(full_draft(when=NOW + timedelta(minutes=30), attachments=()), now=NOW)
    assert (err.value.field, err.value.code) == ("when", "future")
    assert "future" in str(err.value)
    # A clock a little fast is fine.
    log.add(full_draft(when=NOW + timedelta(minutes=2), attachments=()), now=NOW)
    with pytest.raises(ValidationError) as err:
        log.add(full_draft(notes="x" * 5001, attachments=()), now=NOW)
    assert (err.value.field, err.value.code, err.value.limit) == ("notes", "too_long", 5000)
    with pytest.raises(ValidationError):
        log.add(full_draft(contact="1" * 201, attachments=()), now=NOW)
    entry_id = log.add(
        full_draft(
            contact="\u202e5641-383-338-1\x00\x07", notes="a\u2066b\x1bc\td", attachments=()
        ),
        now=NOW,
    )
    e = log.entry(entry_id)
    assert e.contact == "5641-383-338-1"
    assert e.notes == "abc\td"


def test_html_is_stored_as_typed_never_interpreted(log: ContactLog) -> None:
    text = "<script>alert(1)</script><b>bold</b> &amp;"
    entry_id = log.add(full_draft(notes=text, attachments=()), now=NOW)
    assert log.entry(entry_id).notes == text


def test_plain_words_for_method_and_outcome() -> None:
    assert parse_method("phone") is Method.PHONE
    assert parse_method("In Person") is Method.IN_PERSON
    assert parse_method("correo") is Method.EMAIL
    assert parse_outcome("no answer") is Outcome.NO_ANSWER
    assert parse_outcome("voicemail_left") is Outcome.VOICEMAIL_LEFT
    assert parse_outcome("could not leave a voicemail") is Outcome.NO_VOICEMAIL
    with pytest.raises(ValidationError) as err:
        parse_outcome("banana")
    assert err.value.code == "unknown_outcome"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("A123456789", "123456789"),
        ("a 123 456 789", "123456789"),
        ("A-123-456-789", "123456789"),
        ("12345678", "012345678"),
        ("A 12-345-678", "012345678"),
        ("", ""),
    ],
)
def test_a_number_normalised(typed: str, stored: str) -> None:
    assert normalise_a_number(typed) == stored


@pytest.mark.parametrize("bad", ["1234567", "1234567890", "B123456789", "A12345678X", "١٢٣٤٥٦٧٨٩"])
def test_a_number_refused(bad: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalise_a_number(bad)
    assert err.value.code == "a_number_invalid"


def test_a_number_shown_with_hyphens() -> None:
    assert format_a_number("012345678") == "A-012-345-678"
    assert format_a_number("") == ""


def test_wrong_passphrase_refused_and_changes_nothing(
    store: LogStore, log: ContactLog, capfd: pytest.CaptureFixture[str]
) -> None:
    log.add(full_draft(attachments=()), now=NOW)
    log.close()
    before = {p.name: p.read_bytes() for p in store.logs_dir.rglob("*") if p.is_file()}
    with pytest.raises(WrongPassphrase):
        store.open("Maria", "not the passphrase")
    with pytest.raises(WrongPassphrase):
        store.open("Maria", PASS[:-1])
    after = {p.name: p.read_bytes() for p in store.logs_dir.rglob("*") if p.is_file()}
    assert after == before
    out, err = capfd.readouterr()
    assert "ERROR" not in err and "ERROR" not in out
    with store.open("Maria", PASS) as again:
        assert again.count() == 1


def test_passphrase_rules_and_duplicates(store: LogStore, log: ContactLog) -> None:
    with pytest.raises(ValidationError) as err:
        store.create("Ana", "short")
    assert err.value.code == "passphrase_too_short"
    assert isinstance(err.value, WeakPassphrase) and err.value.problems == ["too_short"]
    with pytest.raises(LogExists):
        store.create("  MARIA ", PASS)
    with pytest.raises(ValidationError):
        store.create("   ", PASS)
    with pytest.raises(LogNotFound):
        store.open("Nobody", PASS)


def test_change_passphrase(store: LogStore, log: ContactLog) -> None:
    log.add(full_draft(attachments=()), now=NOW)
    with pytest.raises(WrongPassphrase):
        log.change_passphrase("wrong one", "brand new pass")
    log.change_passphrase(PASS, "brand new pass")
    log.close()
    with pytest.raises(WrongPassphrase):
        store.open("Maria", PASS)
    with store.open("Maria", "brand new pass") as again:
        assert again.count() == 1


def test_locked_log_refuses_calls(log: ContactLog) -> None:
    log.close()
    log.close()  # idempotent
    assert log.closed
    with pytest.raises(LogLocked):
        log.entries()


def test_file_names_and_index_reveal_nothing_personal(store: LogStore, log: ContactLog) -> None:
    log.add(full_draft(attachments=()), now=NOW)
    names = " ".join(p.name for p in store.logs_dir.rglob("*"))
    assert "maria" not in names.lower()
    index = (store.logs_dir / "logs.json").read_text(encoding="utf-8")
    assert "Houston" not in index and "1-833" not in index


def test_raw_bytes_hold_no_plaintext_wal_included(store: LogStore, log: ContactLog) -> None:
    secret_notes = "UNIQUEPLAINTEXTNOTE-4711"
    picture = png_bytes("blue")
    log.add(
        full_draft(
            notes=secret_notes,
            office="UNIQUEOFFICENAME",
            attachments=(NewAttachment("p.png", picture), NewAttachment("c.pdf", PDF)),
        ),
        now=NOW,
    )
    log.set_details(PersonDetails(name="UNIQUEPERSONNAME", a_number="A-987-654-321"))
    stored_png = log.attachment_data(log.entries()[0].attachments[0].id)
    needles = [
        secret_notes.encode(),
        secret_notes.encode("utf-16-le"),
        b"UNIQUEOFFICENAME",
        b"UNIQUEPERSONNAME",
        b"987654321",
        b"UNIQUEPDFCONTENT",
        stored_png[8:64],
        b"IHDR",
        b"SQLite format 3",
    ]

    def raw() -> bytes:
        return b"".join(p.read_bytes() for p in store.logs_dir.iterdir() if p.is_file())

    files_open = {p.name for p in store.logs_dir.iterdir()}
    assert any(n.endswith("-wal") for n in files_open), "the WAL should exist while open"
    assert Path(str(log.path) + "-wal").stat().st_size > 0
    data_open = raw()
    for needle in needles:
        assert needle not in data_open, needle
    log.close()
    data_closed = raw()
    for needle in needles:
        assert needle not in data_closed, needle


def test_attachments_checked_by_content_and_metadata_dropped(log: ContactLog) -> None:
    jpeg = png_bytes(with_exif=True)
    assert b"SECRETCAMERAMAKER" in jpeg
    entry_id = log.add(
        full_draft(attachments=(NewAttachment("C:\\Users\\maria\\x.jpeg", jpeg),)), now=NOW
    )
    att = log.entry(entry_id).attachments[0]
    stored = log.attachment_data(att.id)
    assert att.name == "x.jpg" and att.mime == "image/jpeg"
    assert b"SECRETCAMERAMAKER" not in stored and b"SECRETCOPYRIGHTOWNER" not in stored
    assert Image.open(io.BytesIO(stored)).size == (40, 30)
    for name, data, code in [
        ("evil.png", b"MZ\x90\x00 not a picture", "attachment_type"),
        ("trunc.png", png_bytes()[:40], "attachment_damaged"),
        ("bad.pdf", b"%PDF-1.4 no end marker", "attachment_damaged"),
        ("huge.pdf", b"%PDF-" + b"0" * (16 * 1024 * 1024), "attachment_size"),
    ]:
        with pytest.raises(AttachmentRejected) as err:
            log.add(full_draft(attachments=(NewAttachment(name, data),)), now=NOW)
        assert err.value.code == code, name
    assert log.count() == 1  # refused saves changed nothing


def test_migrates_a_v1_database(store: LogStore, tmp_path: Path) -> None:
    store.logs_dir.mkdir(parents=True)
    path = store.logs_dir / "00aa11bb22cc33dd.db"
    conn = _connect(str(path), PASS)
    conn.execute("PRAGMA journal_mode = WAL")
    _apply_migrations(conn, upto=1)
    conn.execute(
        "INSERT INTO entries(made_at, when_at, when_ts, method, contact, outcome, notes)"
        " VALUES ('2026-01-02T03:04:05+00:00', '2026-01-02T03:00:00+00:00', 1767322800,"
        " 'phone', '1-833-383-1465', 'no_answer', 'from v1')"
    )
    conn.execute("INSERT INTO details(key, value) VALUES ('a_number', '123456789')")
    conn.close()
    # An unknown file gets a neutral placeholder name: never lost, never named after a person.
    assert store.list_logs() == ["log-00aa11"]
    with store.open("log-00aa11", PASS) as lg:
        assert lg.schema_version() == SCHEMA_VERSION == 3
        [e] = lg.entries()
        assert (e.notes, e.contact, e.outcome, e.updated_at) == (
            "from v1",
            "1-833-383-1465",
            Outcome.NO_ANSWER,
            None,
        )
        assert lg.details().a_number == "123456789"
        assert lg.made_backups() == []
        lg.update(e.id, full_draft(attachments=()), now=NOW)
        assert lg.entry(e.id).updated_at is not None
        assert lg.integrity_ok()
    # The key was upgraded to scrypt on this unlock, so the pre-upgrade copy (still keyed the old
    # way) was removed; only the database itself is left.
    assert [p.name for p in store.files_of("log-00aa11")] == ["00aa11bb22cc33dd.db"]
    assert kdf_of_salt(read_salt(path)) is not None
    with store.open("log-00aa11", PASS) as lg:
        assert lg.count() == 1 and lg.details().a_number == "123456789"


def test_backup_restore_round_trip_and_delete_removes_everything(
    store: LogStore, log: ContactLog, tmp_path: Path
) -> None:
    entry_id = log.add(full_draft(), now=NOW)
    log.set_details(PersonDetails(name="María", a_number="123456789"))
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = usb / "backup.clb"
    log.export_backup(backup, "backup pass 'quoted'")
    assert [r.path for r in log.made_backups()] == [backup]
    assert log.exports()[0].fingerprint == backup.read_bytes()[:16].hex()
    assert b"Houston" not in backup.read_bytes()
    assert not [p for p in usb.iterdir() if p.name != "backup.clb"], "no temp files left"
    backup_bytes = backup.read_bytes()
    with pytest.raises(WrongPassphrase):
        store.restore_backup(backup, "wrong pass!", "Copy", "restored pass 1")
    assert "Copy" not in store.list_logs()
    restored = store.restore_backup(backup, "backup pass 'quoted'", "Copy", "restored pass 1")
    try:
        assert restored.entries() == log.entries()
        assert restored.entry(entry_id).attachments == log.entry(entry_id).attachments
        assert restored.details() == log.details()
        assert restored.made_backups() == []
    finally:
        restored.close()
    assert backup.read_bytes() == backup_bytes, "restoring never changes the backup"
    assert sorted(store.list_logs()) == ["Copy", "Maria"]
    files = store.files_of("Maria")
    also = log.made_backups()
    log.close()
    store.delete("Maria", also_remove=also)
    assert not any(p.exists() for p in files) and not backup.exists()
    assert store.list_logs() == ["Copy"]
    with store.open("Copy", "restored pass 1") as again:
        assert again.count() == 1


def test_csv_export_neutralises_formulas(log: ContactLog, tmp_path: Path) -> None:
    import csv

    log.add(
        full_draft(
            contact='=HYPERLINK("http://x")',
            office="+1 office",
            person="@me",
            notes="-2+3",
            attachments=(),
        ),
        now=NOW,
    )
    log.add(full_draft(contact="\t=1", notes="plain", attachments=()), now=NOW)
    log.set_details(PersonDetails(name="=cmd|' /C calc'!A0", a_number="123456789"))
    out = tmp_path / "log.csv"
    log.export_csv(out)
    text = out.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    cells = [c for row in rows for c in row]
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells), cells
    assert '\'=HYPERLINK("http://x")' in cells and "'+1 office" in cells and "'@me" in cells
    assert "'-2+3" in cells and "'=cmd|' /C calc'!A0" in cells
    assert "A-123-456-789" in cells
    assert rows[3][0] == "Entry"


def test_damaged_index_is_kept_aside_and_logs_still_listed(
    store: LogStore, log: ContactLog
) -> None:
    log.close()
    (store.logs_dir / "logs.json").write_text("{not json", encoding="utf-8")
    names = store.list_logs()
    assert len(names) == 1 and names[0].startswith("log-")
    assert list((store.logs_dir / "damaged").iterdir())
    with store.open(names[0], PASS) as again:
        assert again.count() == 0


def test_disk_full_is_a_plain_error_and_nothing_half_saved(log: ContactLog) -> None:
    from desktop.core.contact_log import StorageFailed

    log.add(full_draft(attachments=()), now=NOW)
    pages = log._db().execute("PRAGMA page_count").fetchone()[0]
    # Simulate a full disk: the database may not grow any more.
    log._db().execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageFailed) as err:
        log.add(
            full_draft(notes="y" * 4000, attachments=(NewAttachment("c.pdf", PDF * 2000),)), now=NOW
        )
    assert "Nothing was changed" in str(err.value)
    assert log.count() == 1 and log.integrity_ok()
    log._db().execute("PRAGMA max_page_count = 1073741823")
    log.add(full_draft(attachments=()), now=NOW)
    assert log.count() == 2


def test_unwritable_logs_folder_is_a_plain_error(tmp_path: Path) -> None:
    from desktop.core.contact_log import StorageFailed

    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(StorageFailed):
        LogStore(blocker / "logs").create("Ana", PASS)
