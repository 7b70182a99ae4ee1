"""Plain, translated messages for the contact log's typed errors."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.core.contact_log import (
    BackupDamaged,
    ContactLogError,
    ExportFailed,
    LogCorrupt,
    ValidationError,
)


class LogMessages(QObject):
    """Turns core exceptions into one or two sentences a stressed person can act on."""

    def field_name(self, field: str) -> str:
        """The form label a field error refers to."""
        return {
            "when": self.tr("Date and time"),
            "contact": self.tr("Number, address or site"),
            "office": self.tr("Office"),
            "person": self.tr("Person spoken to"),
            "notes": self.tr("Notes"),
            "appointment": self.tr("Appointment"),
            "name": self.tr("Name"),
            "a_number": self.tr("A-number"),
            "nickname": self.tr("Name of the log"),
            "passphrase": self.tr("Passphrase"),
            "new_passphrase": self.tr("New passphrase"),
            "backup_passphrase": self.tr("Backup passphrase"),
            "attachment": self.tr("Attachment"),
        }.get(field, field)

    def text(self, exc: ContactLogError) -> str:
        """The message for any contact log error."""
        code = exc.code
        if isinstance(exc, BackupDamaged):
            return self.tr(
                "This backup file is damaged, or it is not a contact log backup. "
                "Nothing was restored."
            )
        if isinstance(exc, LogCorrupt):
            return self.tr(
                "This log is damaged and cannot be opened. It was kept, unchanged, so that staff can "
                "try to recover it:\n%1\nYou can open a backup of it, or start a new log."
            ).replace("%1", str(exc.kept_at))
        if isinstance(exc, ExportFailed):
            return self.tr(
                "The file could not be saved (%1). Try another folder or USB stick."
            ).replace("%1", exc.reason)
        simple = {
            "wrong_passphrase": self.tr(
                "That passphrase does not open this log. Check it and try again. Nothing was changed."
            ),
            "not_found": self.tr("This log is not on this computer any more."),
            "exists": self.tr("A log with this name already exists. Please choose another name."),
            "locked": self.tr("The log is locked. Open it again with your passphrase."),
            "too_new": self.tr("This log was made by a newer version of Check-In Help."),
            "storage": self.tr(
                "The log could not be saved: the disk may be full, or another program is using "
                "the file. Nothing was changed. Close other programs and try again."
            ),
        }
        if code in simple:
            return simple[code]
        if isinstance(exc, ValidationError):
            reason = {
                "future": self.tr("The date and time cannot be in the future."),
                "too_old": self.tr("The date is too far in the past."),
                "too_long": self.tr("The text is too long (at most %1 characters).").replace(
                    "%1", str(exc.limit or "")
                ),
                "required": self.tr("Please fill this in."),
                "a_number_invalid": self.tr(
                    "An A-number has 8 or 9 digits, for example A-123-456-789."
                ),
                "passphrase_short": self.tr("The passphrase needs at least %1 characters.").replace(
                    "%1", str(exc.limit or 6)
                ),
                "passphrase_long": self.tr("The passphrase is too long."),
                "passphrase_too_short": self.tr(
                    "Use at least 12 characters, or three words or more."
                ),
                "passphrase_contains_nickname": self.tr(
                    "Do not use the log's name in the passphrase."
                ),
                "passphrase_common": self.tr(
                    "This is a common password that is guessed first. Choose another."
                ),
                "attachment_type": self.tr(
                    "Only pictures (PNG, JPEG, GIF, BMP, WebP) and PDF files can be attached."
                ),
                "attachment_size": self.tr("This file is too big to attach (at most 15 MB)."),
                "attachment_damaged": self.tr("This file is damaged or is not what its name says."),
                "attachment_pixels": self.tr("This picture is too large."),
                "no_entry": self.tr("This entry does not exist any more."),
            }.get(code, self.tr("This value is not accepted."))
            return self.field_name(exc.field) + ": " + reason
        return self.tr("The contact log could not do this. Nothing was changed.")
