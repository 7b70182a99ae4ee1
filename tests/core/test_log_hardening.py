"""Issue 12's core findings: keys, passphrases, drafts, exports, file modes, robustness."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import atomic, log_files, log_keys
from desktop.core.contact_log import (
    BackupDamaged,
    EntryDraft,
    LogStore,
    Method,
    Outcome,
    PassphraseProblem,
    ValidationError,
    WrongPassphrase,
    generate_passphrase,
    nickname_warnings,
    passphrase_problems,
    passphrase_strength,
)
from desktop.core.log_model import check_when
from desktop.core.log_schema import apply_migrations
from desktop.core.passphrase import WORD_LANGUAGES, common_passwords, word_list
from desktop.core.settings import SettingsStore

PASS = "quiet harbor lantern maple"
NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
POSIX = os.name != "nt"


def draft(notes: str = "called") -> EntryDraft:
    return EntryDraft(
        when=NOW - timedelta(hours=1), method=Method.PHONE, outcome=Outcome.NO_ANSWER, notes=notes
    )


# -- passphrases ----------------------------------------------------------------------------------


def test_passphrase_problems_codes() -> None:
    assert passphrase_problems("maria1", "Maria") == [
        PassphraseProblem.TOO_SHORT,
        PassphraseProblem.CONTAINS_NICKNAME,
        PassphraseProblem.COMMON,
    ]
    assert PassphraseProblem.COMMON in passphrase_problems("password123")
    assert PassphraseProblem.COMMON in passphrase_problems("iloveyou2026")
    assert passphrase_problems("123456") == [
        PassphraseProblem.TOO_SHORT,
        PassphraseProblem.COMMON,
    ]
    assert passphrase_problems("river lemon candle", "Ana") == []  # three words
    assert passphrase_problems("correct-horse!", "Bo") == []  # 12+ characters
    # A one-letter nickname is not searched inside words; a whole match still counts.
    assert passphrase_problems("a whole other phrase", "A") == []
    assert passphrase_problems("Ana", "ana") == [
        PassphraseProblem.TOO_SHORT,
        PassphraseProblem.CONTAINS_NICKNAME,
    ]


def test_strength_hint_orders_passphrases() -> None:
    assert passphrase_strength("") == 0
    assert passphrase_strength("password123") == 0
    assert passphrase_strength("maria lopez 1", "Maria") == 0
    assert passphrase_strength("abcdefg") <= 1
    assert passphrase_strength("Tr0ub4dor&3xY!") >= 3
    assert passphrase_strength("river lemon candle orbit") >= 3


@pytest.mark.parametrize("lang", WORD_LANGUAGES)
def test_generated_passphrases_are_four_words_of_the_language(lang: str) -> None:
    words = set(word_list(lang))
    assert len(words) >= 300
    phrase = generate_passphrase(lang)
    parts = phrase.split(" ")
    assert len(parts) == 4 and set(parts) <= words
    assert passphrase_problems(phrase) == []
    assert generate_passphrase(lang) != phrase


def test_common_password_list_is_the_top_ten_thousand() -> None:
    listed = common_passwords()
    assert 9_000 <= len(listed) <= 10_000
    assert {"123456", "password", "maria1", "password123"} <= listed


# -- key derivation -------------------------------------------------------------------------------


def test_default_key_derivation_is_memory_hard() -> None:
    # The real cost (the tests run with a cheap one; see tests/conftest.py).
    kdf = log_keys.KdfParams()
    assert kdf.memory >= 64 << 20  # at least 64 MiB of memory per guess
    salt = log_keys.new_salt(kdf)
    assert len(salt) == 16 and log_keys.kdf_of_salt(salt) == kdf
    assert log_keys.kdf_of_salt(os.urandom(16)) is None
    # A salt of format 2 (r = 8) still opens; one asking for gigabytes is refused.
    assert log_keys.kdf_of_salt(b"CHk\x02\x10" + bytes(11)) == log_keys.KdfParams(16, 8)
    assert log_keys.kdf_of_salt(b"CHk\x03\x16\x40" + bytes(10)) is None


def test_new_logs_use_a_raw_scrypt_key(store: LogStore) -> None:
    store.create("Ana", PASS).close()
    [db] = [p for p in store.files_of("Ana") if p.suffix == ".db"]
    salt = log_keys.read_salt(db)
    assert log_keys.kdf_of_salt(salt) == store.kdf
    # The passphrase itself is not the key any more.
    conn = log_keys.connect(str(db), PASS)
    with pytest.raises(WrongPassphrase):
        from desktop.core.log_schema import check_key

        check_key(conn)


def _legacy_log(store: LogStore, version: int) -> Path:
    """A log as the previous release made it: keyed with the passphrase, schema `version`."""
    store.logs_dir.mkdir(parents=True, exist_ok=True)
    path = store.logs_dir / "0123456789abcdef.db"
    conn = log_keys.connect(str(path), PASS)
    conn.execute("PRAGMA journal_mode = WAL")
    apply_migrations(conn, upto=version)
    conn.execute(
        "INSERT INTO entries(made_at, when_at, when_ts, method, outcome, notes) VALUES"
        " ('2026-01-02T03:04:05+00:00', '2026-01-02T03:00:00+00:00', 1767322800, 'phone',"
        " 'no_answer', 'old entry')"
    )
    conn.execute("INSERT INTO backups(path, made_at) VALUES ('/x/old.clbackup', '2026-01-02')")
    conn.close()
    return path


def test_a_log_of_the_previous_release_is_upgraded_on_unlock(store: LogStore) -> None:
    path = _legacy_log(store, 2)
    legacy_salt = log_keys.read_salt(path)
    with store.open("log-012345", PASS) as log:
        assert [e.notes for e in log.entries()] == ["old entry"]
        # Backups listed by v2 have no fingerprint: never offered for deletion.
        assert [r.fingerprint for r in log.exports()] == [None]
        assert log.deletable_exports() == []
    assert log_keys.kdf_of_salt(log_keys.read_salt(path)) == store.kdf
    assert log_keys.read_salt(path) != legacy_salt
    assert [p.name for p in store.files_of("log-012345")] == [path.name]
    with store.open("log-012345", PASS) as again:
        assert again.count() == 1
    with pytest.raises(WrongPassphrase):
        store.open("log-012345", "quiet harbor lantern")


def test_a_half_done_key_upgrade_is_cleaned_up(store: LogStore) -> None:
    path = _legacy_log(store, 2)
    leftover = path.with_name(path.stem + log_files.REKEY_SUFFIX)
    leftover.write_bytes(b"half written")
    with store.open("log-012345", PASS) as log:
        assert log.count() == 1
    assert not leftover.exists()


def test_change_passphrase_removes_copies_readable_the_old_way(store: LogStore) -> None:
    log = store.create("Ana", PASS)
    copy = log.path.with_name(log.path.stem + ".v2-before-upgrade")
    copy.write_bytes(log.path.read_bytes())
    with pytest.raises(ValidationError):
        log.change_passphrase(PASS, "123456")
    log.change_passphrase(PASS, "seven bright kites over")
    assert not copy.exists()
    log.close()
    with store.open("Ana", "seven bright kites over") as again:
        assert again.count() == 0


# -- drafts, exports, file modes -------------------------------------------------------------------


def test_draft_is_kept_encrypted_and_left_out_of_backups(store: LogStore, tmp_path: Path) -> None:
    log = store.create("Ana", PASS)
    assert log.load_draft() is None
    log.save_draft({"notes": "DRAFTSECRET on hold 40 minutes", "method": "phone"})
    log.close()
    raw = b"".join(p.read_bytes() for p in store.files_of("Ana"))
    assert b"DRAFTSECRET" not in raw
    log = store.open("Ana", PASS)
    assert log.load_draft() == {"notes": "DRAFTSECRET on hold 40 minutes", "method": "phone"}
    with pytest.raises(ValidationError):
        log.save_draft({"notes": "x" * 100_000})
    backup = tmp_path / "b.clbackup"
    log.export_backup(backup, "backup words for this")
    log.clear_draft()
    assert log.load_draft() is None
    log.close()
    with store.restore_backup(backup, "backup words for this", "Copy", PASS) as copy:
        assert copy.load_draft() is None
        assert copy.exports() == []


def test_exports_are_offered_only_while_still_ours(
    store: LogStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = store.create("Ana", PASS)
    log.add(draft(), now=NOW)
    csv_file, backup = tmp_path / "a.csv", tmp_path / "a.clbackup"
    log.export_csv(csv_file)
    log.export_backup(backup, "backup words for this")
    assert sorted(r.kind for r in log.deletable_exports()) == ["backup", "csv"]
    csv_file.write_text("changed by the person")
    assert [r.kind for r in log.deletable_exports()] == ["backup"]
    monkeypatch.setattr(log_files, "on_removable_or_network_drive", lambda p: True)
    assert log.deletable_exports() == []
    log.close()


@pytest.mark.skipif(not POSIX, reason="file modes exist on POSIX only")
def test_files_are_private(store: LogStore, tmp_path: Path) -> None:
    log = store.create("Ana", PASS)
    log.add(draft(), now=NOW)
    backup = tmp_path / "b.clbackup"
    log.export_backup(backup, "backup words for this")
    log.export_csv(tmp_path / "a.csv")
    log.close()
    assert stat.S_IMODE(store.logs_dir.stat().st_mode) == 0o700
    for p in [*store.logs_dir.iterdir(), backup, tmp_path / "a.csv"]:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name


# -- restore ---------------------------------------------------------------------------------------


def test_backup_check_reports_progress_and_restores(store: LogStore, tmp_path: Path) -> None:
    log = store.create("Ana", PASS)
    for i in range(450):
        log.add(draft(f"entry {i}"), now=NOW)
    backup = tmp_path / "b.clbackup"
    log.export_backup(backup, "backup words for this")
    log.close()
    seen: list[tuple[int, int]] = []
    checked = store.check_backup(backup, "backup words for this", lambda d, t: seen.append((d, t)))
    assert checked.entry_count == 450
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] and len(seen) >= 3
    with store.restore_checked(checked, "Copy", PASS) as copy:
        assert copy.count() == 450


def test_a_file_that_is_not_a_backup_is_damaged(store: LogStore, tmp_path: Path) -> None:
    junk = tmp_path / "photo.clbackup"
    junk.write_bytes(os.urandom(8192))
    with pytest.raises(WrongPassphrase):
        store.check_backup(junk, "backup words for this")
    tiny = tmp_path / "tiny.clbackup"
    tiny.write_bytes(b"abc")
    with pytest.raises(BackupDamaged):
        store.check_backup(tiny, "backup words for this")


# -- robustness ------------------------------------------------------------------------------------


def test_sqlite_uris_for_windows_paths() -> None:
    uri = log_keys.sqlite_uri
    assert (
        uri(r"\\server\share\logs\a b.clbackup", read_only=True, windows=True)
        == "file:////server/share/logs/a%20b.clbackup?mode=ro"
    )
    assert uri(r"Z:\Backups\x#1.clbackup", windows=True) == "file:///Z:/Backups/x%231.clbackup"
    assert uri("C:/Users/Ana/b?.db", windows=True) == "file:///C:/Users/Ana/b%3F.db"
    assert uri("/tmp/a%b.db", windows=False) == "file:///tmp/a%25b.db"


def test_uri_opens_a_file_with_odd_characters(store: LogStore, tmp_path: Path) -> None:
    log = store.create("Ana", PASS)
    odd = tmp_path / "back up #1 ?%.clbackup"
    log.export_backup(odd, "backup words for this")
    log.close()
    store.check_backup(odd, "backup words for this").close()


def test_drive_kinds() -> None:
    detect = log_files.on_removable_or_network_drive
    assert detect(r"\\server\share\x.clbackup", windows=True)
    assert not detect(r"C:\Users\Ana\Documents\x.clbackup", windows=True) or os.name == "nt"
    mounts = (
        "22 1 8:1 / / rw - ext4 /dev/nvme0n1p1 rw\n"
        "40 22 0:50 / /home/ana/nas rw - nfs4 nas:/export rw\n"
        "41 22 8:17 / /media/ana/USB\\040STICK rw - vfat /dev/sdb1 rw\n"
    )
    assert not detect("/home/ana/Documents/x", windows=False, mountinfo=mounts)
    assert detect("/home/ana/nas/x", windows=False, mountinfo=mounts)
    assert detect("/media/ana/USB STICK/x", windows=False, mountinfo=mounts)


def test_replace_retries_while_windows_holds_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    real = os.replace

    def held(src: object, dst: object) -> None:
        calls.append(src)
        if len(calls) < 3:
            raise PermissionError(13, "The process cannot access the file")
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic, "RETRY_ON_PERMISSION", True)
    monkeypatch.setattr(atomic, "REPLACE_PAUSE", 0)
    monkeypatch.setattr(atomic.os, "replace", held)
    atomic.write_bytes(tmp_path / "f.json", b"{}")
    assert (tmp_path / "f.json").read_bytes() == b"{}" and len(calls) == 3
    monkeypatch.setattr(atomic, "RETRY_ON_PERMISSION", False)
    calls.clear()
    with pytest.raises(PermissionError):
        atomic.write_bytes(tmp_path / "g.json", b"{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.json"], "no temp file left"


def test_deeply_nested_json_files_are_moved_aside(store: LogStore, tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    settings.write_text("[" * 200_000)
    loaded = SettingsStore(settings)
    assert loaded.load().text_zoom == 100 and loaded.recovered_from is not None
    store.create("Ana", PASS).close()
    (store.logs_dir / "logs.json").write_text('{"logs":' + "[" * 200_000)
    names = store.list_logs()
    assert len(names) == 1 and names[0].startswith("log-")
    assert any(p.name.startswith("logs-index") for p in (store.logs_dir / "damaged").iterdir())


def test_pre_1970_dates_are_refused_before_any_conversion() -> None:
    class NoConversion(datetime):
        def astimezone(self, tz=None):  # type: ignore[no-untyped-def,override]
            raise OSError(22, "Invalid argument")  # what Windows does before 1970

    with pytest.raises(ValidationError) as err:
        check_when(NoConversion(1969, 12, 31, 23, 0), NOW)
    assert err.value.code == "too_old"


def test_nickname_warnings() -> None:
    assert nickname_warnings("A123456789") == ["looks_like_a_number"]
    assert nickname_warnings("a-123-456-789") == ["looks_like_a_number"]
    assert nickname_warnings("Maria Lopez") == ["looks_like_full_name"]
    assert nickname_warnings("María José Pérez") == ["looks_like_full_name"]
    assert nickname_warnings("Maria") == []
    assert nickname_warnings("mami 2") == []
    assert json.dumps(nickname_warnings("")) == "[]"


def test_a_backup_made_by_the_previous_release_restores(store: LogStore, tmp_path: Path) -> None:
    """The previous release keyed backups with the passphrase and copied schema v2 as it was."""
    path = _legacy_log(store, 2)
    backup = tmp_path / "old.clbackup"
    conn = log_keys.connect(str(path), PASS)
    conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(backup), "old backup words here"))
    conn.execute("SELECT sqlcipher_export('backup')")
    conn.execute("PRAGMA backup.user_version = 2")
    conn.execute("DELETE FROM backup.backups")
    conn.execute("DETACH DATABASE backup")
    conn.close()
    assert log_keys.kdf_of_salt(log_keys.read_salt(backup)) is None
    with store.restore_backup(backup, "old backup words here", "Restored", PASS) as log:
        assert [e.notes for e in log.entries()] == ["old entry"]
        assert log.schema_version() == 3 and log.exports() == []
    with store.open("Restored", PASS) as again:
        assert again.count() == 1


def test_passphrase_is_checked_again_before_a_delete(store: LogStore) -> None:
    log = store.create("Ana", PASS)
    assert log.passphrase_matches(PASS)
    assert not log.passphrase_matches("quiet harbor lantern")
    log.close()
    with pytest.raises(Exception, match="locked"):
        log.passphrase_matches(PASS)


def test_a_log_on_a_drive_that_refuses_the_upgrade_still_opens(
    store: LogStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _legacy_log(store, 2)
    legacy_salt = log_keys.read_salt(path)
    assert store.list_logs() == ["log-012345"]

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Access is denied")

    monkeypatch.setattr(atomic, "replace", refuse)
    with store.open("log-012345", PASS) as log:
        assert log.count() == 1
        log.add(draft("after a refused upgrade"), now=NOW)
    assert log_keys.read_salt(path) == legacy_salt
    copy = path.with_name(path.stem + ".v2-before-upgrade")
    assert [p.name for p in store.files_of("log-012345")] == [path.name, copy.name]
    monkeypatch.undo()
    with store.open("log-012345", PASS) as log:
        assert log.count() == 2
    assert log_keys.kdf_of_salt(log_keys.read_salt(path)) is not None
    assert [p.name for p in store.files_of("log-012345")] == [path.name]


def test_backup_check_runs_off_the_calling_thread(store: LogStore, tmp_path: Path) -> None:
    import threading

    log = store.create("Ana", PASS)
    log.add(draft(), now=NOW)
    backup = tmp_path / "b.clbackup"
    log.export_backup(backup, "backup words for this")
    log.close()
    result: list[object] = []
    worker = threading.Thread(
        target=lambda: result.append(store.check_backup(backup, "backup words for this"))
    )
    worker.start()
    worker.join(60)
    [checked] = result
    with store.restore_checked(checked, "Copy", PASS) as copy:  # type: ignore[arg-type]
        assert copy.count() == 1


def test_an_index_of_an_older_version_keeps_real_names(store: LogStore) -> None:
    store.create("Ana", PASS).close()
    index = store.logs_dir / "logs.json"
    data = json.loads(index.read_text(encoding="utf-8"))
    data["logs"]["log-9"] = "9"  # what an older version made of a stray 9.db
    index.write_text(json.dumps(data), encoding="utf-8")
    (store.logs_dir / "9.db").write_bytes(b"not a log")
    assert store.list_logs() == ["Ana"]
    assert (store.logs_dir / "9.db").read_bytes() == b"not a log"


@pytest.mark.skipif(not POSIX, reason="file modes exist on POSIX only")
def test_atomic_helpers(tmp_path: Path) -> None:
    folder = atomic.make_private_dir(tmp_path / "a" / "b")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    secret = folder / "copy"
    secret.write_bytes(b"old key copy" * 1000)
    atomic.secure_remove(secret)
    atomic.secure_remove(secret)  # already gone: nothing to do
    assert not secret.exists()
    atomic.write_text(folder / "s.json", "{}")
    assert stat.S_IMODE((folder / "s.json").stat().st_mode) == 0o600


def test_a_bit_flipped_backup_is_damaged_and_writes_nothing(
    store: LogStore, tmp_path: Path
) -> None:
    log = store.create("Ana", PASS)
    for i in range(200):
        log.add(draft(f"entry {i} " + "x" * 200), now=NOW)
    backup = tmp_path / "b.clbackup"
    log.export_backup(backup, "backup words for this")
    log.close()
    data = bytearray(backup.read_bytes())
    data[3 * 4096 + 100] ^= 0xFF
    backup.write_bytes(bytes(data))
    before = sorted(p.name for p in store.logs_dir.iterdir())
    with pytest.raises(BackupDamaged):
        store.restore_backup(backup, "backup words for this", "Copy", PASS)
    assert sorted(p.name for p in store.logs_dir.iterdir()) == before
