"""Translated names for the contact log's stored values (ways of contact, outcomes, columns)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime

from desktop.core.contact_log import CsvLabels, Method, Outcome

# US order (what US offices read), with the UI language's AM/PM words.
WHEN_FORMAT = "MM/dd/yyyy hh:mm AP"


def when_text(moment: datetime) -> str:
    """A date and time as the table, the form and the record show it: 11/20/2026 09:15 AM."""
    local = moment.astimezone() if moment.tzinfo else moment
    value = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    locale = QLocale(QLocale().language(), QLocale.Country.UnitedStates)
    return locale.toString(value, WHEN_FORMAT)


class LogLabels(QObject):
    """Plain-language, translatable names shared by the form, the table and the record."""

    def method(self, method: Method) -> str:
        """How the person tried to reach ICE."""
        return {
            Method.PHONE: self.tr("Phone call"),
            Method.EMAIL: self.tr("Email"),
            Method.WEBSITE: self.tr("Website"),
            Method.IN_PERSON: self.tr("In person"),
            Method.LETTER: self.tr("Letter"),
            Method.OTHER: self.tr("Other"),
        }[method]

    def outcome(self, outcome: Outcome) -> str:
        """What happened."""
        return {
            Outcome.NO_ANSWER: self.tr("No answer"),
            Outcome.NO_VOICEMAIL: self.tr("Could not leave a voicemail"),
            Outcome.VOICEMAIL_LEFT: self.tr("Voicemail left"),
            Outcome.SPOKE: self.tr("Spoke to someone"),
            Outcome.APPOINTMENT: self.tr("Appointment scheduled or rescheduled"),
            Outcome.EMAIL_SENT: self.tr("Email sent"),
            Outcome.WEBSITE_ERROR: self.tr("Website error or no appointments available"),
            Outcome.OTHER: self.tr("Other"),
        }[outcome]

    def csv_labels(self) -> CsvLabels:
        """Column titles and value names for the CSV export, translated."""
        return CsvLabels(
            columns=(
                self.tr("Entry"),
                self.tr("Date and time"),
                self.tr("How"),
                self.tr("To (number, address or site)"),
                self.tr("Office"),
                self.tr("Person spoken to"),
                self.tr("Outcome"),
                self.tr("Appointment"),
                self.tr("Notes"),
                self.tr("Attachments"),
                self.tr("Entry made"),
            ),
            methods={m.value: self.method(m) for m in Method},
            outcomes={o.value: self.outcome(o) for o in Outcome},
            name=self.tr("Name"),
            a_number=self.tr("A-number"),
        )
