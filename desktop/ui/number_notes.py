"""The app's own short line for each important number: what it is for, in the person's language.

These lines are the app's words (so they are translated); the FAQ's sentence stays beside them
as ASAP wrote it. Each line only restates what the FAQ says about the number. A number a pack
adds without a line here shows the FAQ's sentence alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class NumberNotes(QObject):
    """Translated one-line notes keyed by a number's tel: URI."""

    def note(self, tel: str) -> str | None:
        """The app's line for the number, or None when the app has none."""
        notes = {
            "tel:+18333831465": self.tr(
                "ICE's main national number: questions about your check-in, "
                "if you cannot reach your officer, or to give a new address."
            ),
            "tel:+18883514024": self.tr(
                "ICE's other national number: if you are not sure when or where to check in."
            ),
            "tel:+18008987180": self.tr(
                "Immigration court hotline: find out if you have a court hearing "
                "(have your A-number ready)."
            ),
        }
        return notes.get(tel)

    def source_label(self) -> str:
        """The words that mark the FAQ's sentence as the source's own."""
        return self.tr("In ASAP's words:")
