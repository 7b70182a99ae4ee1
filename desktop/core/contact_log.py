"""The contact log, Qt-free: import everything the UI and the CLI need from here."""

from __future__ import annotations

from desktop.core.anumber import format_a_number, normalise_a_number
from desktop.core.attachments import MAX_ATTACHMENT_BYTES, check_attachment, sniff_type
from desktop.core.log_export import CsvLabels, atomic_write_bytes, csv_bytes, neutralise_cell
from desktop.core.log_files import ExportRecord, on_removable_or_network_drive
from desktop.core.log_folder import LogStore
from desktop.core.log_keys import DEFAULT_KDF, KdfParams
from desktop.core.log_model import (
    FUTURE_SLACK,
    MAX_NICKNAME,
    MAX_NOTES,
    MAX_SHORT_TEXT,
    MIN_PASSPHRASE,
    Attachment,
    AttachmentRejected,
    BackupDamaged,
    ContactLogError,
    DeletedEntry,
    Entry,
    EntryDraft,
    ExportFailed,
    LogCorrupt,
    LogExists,
    LogLocked,
    LogNotFound,
    LogTooNew,
    Method,
    NewAttachment,
    Outcome,
    PersonDetails,
    StorageFailed,
    ValidationError,
    WrongPassphrase,
    parse_method,
    parse_outcome,
)
from desktop.core.log_restore import CheckedBackup
from desktop.core.log_schema import SCHEMA_VERSION
from desktop.core.log_store import ContactLog
from desktop.core.passphrase import (
    PassphraseProblem,
    WeakPassphrase,
    generate_passphrase,
    nickname_warnings,
    passphrase_problems,
    passphrase_strength,
)

__all__ = [
    "passphrase_strength",
    "passphrase_problems",
    "on_removable_or_network_drive",
    "nickname_warnings",
    "generate_passphrase",
    "WeakPassphrase",
    "PassphraseProblem",
    "KdfParams",
    "ExportRecord",
    "CheckedBackup",
    "BackupDamaged",
    "DEFAULT_KDF",
    "FUTURE_SLACK",
    "MAX_ATTACHMENT_BYTES",
    "MAX_NICKNAME",
    "MAX_NOTES",
    "MAX_SHORT_TEXT",
    "MIN_PASSPHRASE",
    "SCHEMA_VERSION",
    "Attachment",
    "AttachmentRejected",
    "ContactLog",
    "ContactLogError",
    "CsvLabels",
    "DeletedEntry",
    "Entry",
    "EntryDraft",
    "ExportFailed",
    "LogCorrupt",
    "LogExists",
    "LogLocked",
    "LogNotFound",
    "LogTooNew",
    "LogStore",
    "Method",
    "NewAttachment",
    "Outcome",
    "PersonDetails",
    "StorageFailed",
    "ValidationError",
    "WrongPassphrase",
    "atomic_write_bytes",
    "check_attachment",
    "csv_bytes",
    "format_a_number",
    "neutralise_cell",
    "normalise_a_number",
    "parse_method",
    "parse_outcome",
    "sniff_type",
]
