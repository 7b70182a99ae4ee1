"""A date and time field that cannot lie: a date box (with a calendar) and a time box, in the US
order (month/day/year, 12-hour clock) with the UI language's AM/PM words.

Qt's date boxes move to the next part by themselves once a part is full, and then treat a typed
"/" as "skip the next part": typing "11/20/2026" gave 11/30/2020. Here a separator typed right
after such an automatic move is ignored, so what is typed is what is kept. Tab leaves the box
(instead of walking through its parts) and the arrow keys never change a date by accident.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QWidget

DATE_FORMAT = "MM/dd/yyyy"
TIME_FORMAT = "hh:mm AP"
_SEPARATORS = {"/", "-", ".", ":", " ", ","}
_CHANGE_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class PartsBox(QDateTimeEdit):
    """What the date box and the time box share: typing, Tab, arrows and the wheel.

    The digits typed into each part are remembered, so that `kept_as_typed()` can tell when Qt
    changed one of them (it turns a day that does not fit the month into another day).
    """

    # What the box holds while a person types a whole new value: a date where any month and
    # day typed one after the other fits (January has 31 days, 2000 had a February 29).
    NEUTRAL: QDateTime | None = None

    def __init__(self, parent: QWidget | None, display_format: str) -> None:
        super().__init__(parent)
        self.setDisplayFormat(display_format)
        self._moved_on = False
        self._fresh = False
        self._typed: dict[int, str] = {}
        self._typing_in: int | None = None

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Typing starts at the first part (the month, or the hour)."""
        super().focusInEvent(event)
        self.setSelectedSection(self.sectionAt(0))
        self._moved_on = False
        self._fresh = True
        self._typed.clear()
        self._typing_in = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typed digits and separators as a person means them; arrows leave the value alone."""
        if event.key() in _CHANGE_KEYS and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            event.ignore()
            return
        text = event.text()
        if text in _SEPARATORS and self._moved_on:
            self._moved_on = False
            return
        before = self.currentSectionIndex()
        if text in _SEPARATORS:
            # "1/" means month 1: go on to the day, as the person expects.
            if before + 1 < self.sectionCount():
                self.setSelectedSection(self.sectionAt(before + 1))
            return
        if text.isdigit():
            if self._fresh and before == 0 and self.NEUTRAL is not None:
                # A whole new value: start from one where nothing typed can be "corrected".
                self.setDateTime(self.NEUTRAL)
                self.setSelectedSection(self.sectionAt(0))
            if self._typing_in != before:
                self._typed[before] = ""
                self._typing_in = before
            self._typed[before] += text
        self._fresh = False
        super().keyPressEvent(event)
        after = self.currentSectionIndex()
        if after != before:
            self._typing_in = None
        self._moved_on = text.isdigit() and after != before

    def forget_typing(self) -> None:
        """The value was set another way (the calendar, "Now", a saved entry)."""
        self._typed.clear()
        self._typing_in = None

    def kept_as_typed(self) -> bool:
        """True when every part shows the number typed into it (or was not typed into)."""
        for index, digits in self._typed.items():
            shown = self.sectionText(self.sectionAt(index))
            if not digits or not shown.isdigit() or int(shown) != int(digits):
                return False
        return True

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        """Tab leaves the box instead of moving to the next part."""
        return QWidget.focusNextPrevChild(self, next)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Scrolling the form never changes a date or time."""
        event.ignore()


class DateBox(PartsBox):
    """Month/day/year with a calendar popup and a minimum date."""

    NEUTRAL = QDateTime(QDate(2000, 1, 1), QTime(0, 0))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, DATE_FORMAT)
        self.setCalendarPopup(True)
        calendar = self.calendarWidget()
        calendar.clicked.connect(lambda _day: self.forget_typing())
        calendar.activated.connect(lambda _day: self.forget_typing())
        self.setMinimumDate(QDate(1990, 1, 1))


class TimeBox(PartsBox):
    """Hours and minutes on a 12-hour clock; A or P (or the language's words) sets AM or PM."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, TIME_FORMAT)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A/P set the half of the day directly; digits as in the date box."""
        letter = event.text().lower()[:1]
        loc = self.locale()
        am = {"a", loc.amText().lower()[:1]}
        pm = {"p", loc.pmText().lower()[:1]} - am
        if letter.isalpha():
            # A or P sets the half of the day; the rest of "AM"/"PM" is not typed again.
            if letter in am | pm:
                t = self.time()
                self.setTime(QTime(t.hour() % 12 + (12 if letter in pm else 0), t.minute()))
            self._moved_on = False
            return
        super().keyPressEvent(event)


class DateTimeField(QWidget):
    """A date box and a time box side by side; `value()` is exactly what they show."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.date = DateBox(self)
        self.time = TimeBox(self)
        if accessible_name:
            self.date.setAccessibleName(accessible_name + " - " + self.tr("date"))
            self.time.setAccessibleName(accessible_name + " - " + self.tr("time"))
            self.setAccessibleName(accessible_name)
        # The order is said in words: people from many countries write the day first.
        order = self.tr("month/day/year")
        self.date.setToolTip(order)
        self.date.setAccessibleDescription(order)
        self.order = QLabel(order, self)
        self.order.setStyleSheet("color: #555;")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date, 3)
        row.addWidget(self.time, 2)
        row.addWidget(self.order)
        self.setFocusProxy(self.date)
        self.date.dateTimeChanged.connect(lambda _d: self.changed.emit())
        self.time.dateTimeChanged.connect(lambda _t: self.changed.emit())

    def set_language(self, locale: QLocale) -> None:
        """Use the UI language's AM/PM words and calendar (month/day/year order kept)."""
        us = QLocale(locale.language(), QLocale.Country.UnitedStates)
        for box in (self.date, self.time):
            box.setLocale(us)

    def set_value(self, moment: datetime) -> None:
        """Show a (possibly aware) datetime as local wall-clock time, to the minute."""
        local = moment.astimezone() if moment.tzinfo else moment
        self.date.forget_typing()
        self.time.forget_typing()
        self.date.setDate(QDate(local.year, local.month, local.day))
        self.time.setTime(QTime(local.hour, local.minute))

    def set_now(self) -> None:
        """Show the current date and time."""
        now = QDateTime.currentDateTime()
        self.date.forget_typing()
        self.time.forget_typing()
        self.date.setDate(now.date())
        self.time.setTime(QTime(now.time().hour(), now.time().minute()))

    def shows_its_value(self) -> bool:
        """True when both boxes show exactly the value they hold (nothing half typed, and no
        date that does not exist, like 02/30): only then is `value()` what the person sees."""
        # No interpretText() first: Qt would "fix" 02/30 into another date without a word.
        return all(
            box.text() == box.textFromDateTime(box.dateTime()) and box.kept_as_typed()
            for box in (self.date, self.time)
        )

    def value(self) -> datetime:
        """The naive local datetime shown."""
        d, t = self.date.date(), self.time.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def day(self) -> date:
        """The date shown."""
        d = self.date.date()
        return date(d.year(), d.month(), d.day())
