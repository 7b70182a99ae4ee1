"""The entry form as a new user meets it: the date field, drafts, Esc, pasting, defaults."""

from __future__ import annotations

from datetime import datetime

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.contact_log import EntryDraft, LogStore, Method, Outcome
from desktop.ui.contact_log.entries_model import EntriesModel
from desktop.ui.contact_log.entry_dialog import EntryDialog
from tests.ui.contact_log_helpers import (
    PASS,
    activate,
    add_via_form,
    create_via_dialog,
    make_window,
    table_texts,
)


class Asked(list):
    """Texts of the questions and warnings shown; `replies` answers the next questions."""

    replies: list[QMessageBox.StandardButton]


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """Questions answered with the first of `replies` (Yes by default); texts recorded."""
    asked = Asked()
    replies: list[QMessageBox.StandardButton] = []

    def question(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return replies.pop(0) if replies else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: asked.append(text))
    asked.replies = replies
    return asked


def open_form(qtbot, window) -> EntryDialog:  # type: ignore[no-untyped-def]
    form = window.add_entry()
    assert isinstance(form, EntryDialog)
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    return form


def test_typing_a_date_saves_exactly_that_date(qtbot, store: LogStore, questions) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    form = open_form(qtbot, window)
    form.when.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(form.when.date, "03/07/2025")
    qtbot.keyClick(form.when.date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.when.time, "Tab leaves the date box"
    qtbot.keyClicks(form.when.time, "09:15 AM")
    assert form.when.date.text() == "03/07/2025" and form.when.time.text() == "09:15 AM"
    form.submit()
    [entry] = window.log.entries()  # type: ignore[union-attr]
    assert entry.when.astimezone().replace(tzinfo=None) == datetime(2025, 3, 7, 9, 15)


def test_short_typed_date_and_pm(qtbot, store: LogStore, questions) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    form = open_form(qtbot, window)
    form.when.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(form.when.date, "1/5/2025")
    form.when.time.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(form.when.time, "4:30p")
    assert form.when.value() == datetime(2025, 1, 5, 16, 30)


def test_tab_leaves_the_date_field_and_arrows_do_not_change_it(
    qtbot, store: LogStore, questions
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    form = open_form(qtbot, window)
    form.when.set_value(datetime(2025, 6, 1, 10, 0))
    form.when.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(form.when.date, Qt.Key.Key_Down)
    assert form.when.value() == datetime(2025, 6, 1, 10, 0)
    qtbot.keyClick(form.when.date, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() not in (form.when.date, form.when.time)
    assert form.when.value() == datetime(2025, 6, 1, 10, 0)
    assert form.when.date.calendarPopup()
    assert form.when.date.minimumDate().year() == 1990


def test_draft_survives_idle_lock(qtbot, store: LogStore, questions) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, idle_lock_ms=400)
    create_via_dialog(qtbot, window)
    form = window.add_entry()
    assert form is not None
    form.notes.setPlainText("on hold for 40 minutes, officer Ruiz said")
    form.person.setText("Ruiz")
    form.outcome.setCurrentIndex(form.outcome.findData(Outcome.SPOKE.value))
    qtbot.waitUntil(window.is_locked, timeout=5000)
    assert not shiboken6.isValid(form) or not form.isVisible()
    assert window.unlock("Maria", PASS)
    [restored] = [d for d in window.findChildren(EntryDialog) if d.isVisible()]
    assert restored.notes.toPlainText() == "on hold for 40 minutes, officer Ruiz said"
    assert restored.person.text() == "Ruiz"
    assert restored.outcome.currentData() == Outcome.SPOKE.value
    assert any("locked" in q for q in questions)
    restored.submit()
    assert window.log.entries()[0].person == "Ruiz"  # type: ignore[union-attr]
    # Saved: nothing is offered again.
    window.lock()
    assert window.unlock("Maria", PASS)
    assert not [d for d in window.findChildren(EntryDialog) if d.isVisible()]


def test_closing_the_window_keeps_a_draft(qtbot, store: LogStore, questions) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    form = window.add_entry()
    assert form is not None
    form.notes.setPlainText("typed before closing")
    window.close()
    log = store.open("Maria", PASS)
    assert (log.load_draft() or {}).get("notes") == "typed before closing"
    log.close()


def test_esc_and_close_button_ask_before_discarding(qtbot, store: LogStore, questions) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    form = open_form(qtbot, window)
    form.notes.setPlainText("half written")
    questions.replies.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(form.notes, Qt.Key.Key_Escape)
    assert form.isVisible() and len(questions) == 1
    questions.replies.append(QMessageBox.StandardButton.Cancel)
    form.close()
    assert form.isVisible() and len(questions) == 2
    questions.replies.append(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(form.notes, Qt.Key.Key_Escape)
    assert not form.isVisible()
    # An untouched form closes without a question.
    form = open_form(qtbot, window)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible() and len(questions) == 3


def test_ctrl_v_of_a_picture_in_notes_attaches_it(qtbot, store: LogStore, questions) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    form = open_form(qtbot, window)
    image = QImage(30, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    data = QMimeData()
    data.setImageData(image)
    QGuiApplication.clipboard().setMimeData(data)
    form.notes.setFocus()
    qtbot.keyClick(form.notes, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert form.attachments.count() == 1
    assert form.notes.toPlainText() == ""
    QGuiApplication.clipboard().setText("pasted words")
    qtbot.keyClick(form.notes, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert form.notes.toPlainText() == "pasted words" and form.attachments.count() == 1
    form.submit()
    assert window.log.entries()[0].attachments[0].mime == "image/png"  # type: ignore[union-attr]


def test_choosing_email_sets_a_sensible_outcome(qtbot, store: LogStore, questions) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    form = open_form(qtbot, window)
    index = form.method.findData(Method.EMAIL.value)
    form.method.setCurrentIndex(index)
    form.method.activated.emit(index)
    assert form.outcome.currentData() == Outcome.EMAIL_SENT.value
    # An outcome the person chose is never overridden.
    form.outcome.setCurrentIndex(form.outcome.findData(Outcome.OTHER.value))
    form.outcome.activated.emit(form.outcome.currentIndex())
    index = form.method.findData(Method.PHONE.value)
    form.method.setCurrentIndex(index)
    form.method.activated.emit(index)
    assert form.outcome.currentData() == Outcome.OTHER.value


def test_table_tab_filter_appointment_and_count(qtbot, store: LogStore, questions) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    add_via_form(window, "first")
    assert window.page.summary.text().startswith("1 attempt recorded")  # English plural forms
    appointment = datetime(2030, 2, 3, 14, 0)
    window.log.add(  # type: ignore[union-attr]
        EntryDraft(
            when=datetime(2025, 5, 5, 9, 0),
            method=Method.PHONE,
            outcome=Outcome.APPOINTMENT,
            person="Officer Delgado",
            appointment=appointment,
        )
    )
    window.refresh()
    assert "02/03/2030 02:00 PM" in table_texts(window, EntriesModel.APPOINTMENT)
    window.page.filter.setText("delgado")
    assert window.proxy.rowCount() == 1
    window.page.filter.setText("")
    activate(qtbot, window)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.table


def test_a_date_that_does_not_exist_is_refused_not_changed(
    qtbot, store: LogStore, questions
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    form = open_form(qtbot, window)
    form.when.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(form.when.date, "02/30/2025")
    shown = form.when.date.text()
    form.submit()
    assert form.isVisible() and window.log.count() == 0  # type: ignore[union-attr]
    assert questions and "does not exist" in questions[-1], (shown, questions)


@pytest.mark.parametrize("start", [datetime(2024, 1, 31, 23, 59), datetime(2025, 2, 28, 0, 0)])
def test_every_typed_date_is_kept_whatever_the_field_showed_before(qtbot, start) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from desktop.ui.contact_log.date_fields import DateTimeField

    holder = QWidget()
    qtbot.addWidget(holder)
    field = DateTimeField(holder, "When")
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow, timeout=2000)
    targets = [
        datetime(2024, 2, 29, 0, 5),
        datetime(2025, 12, 31, 12, 0),
        datetime(2026, 1, 1, 12, 30),
        datetime(2025, 3, 7, 9, 15),
        datetime(1990, 1, 1, 23, 59),
        datetime(2025, 11, 30, 1, 1),
    ]
    for target in targets:
        field.set_value(start)
        field.date.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClicks(field.date, target.strftime("%m/%d/%Y"))
        field.time.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClicks(field.time, target.strftime("%I:%M %p"))
        assert field.shows_its_value(), (start, target, field.date.text(), field.time.text())
        assert field.value() == target, (start, target)


def test_a_date_picked_in_the_calendar_after_typing_is_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QWidget

    from desktop.ui.contact_log.date_fields import DateTimeField

    holder = QWidget()
    qtbot.addWidget(holder)
    field = DateTimeField(holder, "When")
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow, timeout=2000)
    field.set_value(datetime(2025, 6, 10, 8, 0))
    field.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(field.date, "03")
    calendar = field.date.calendarWidget()
    calendar.setSelectedDate(QDate(2025, 7, 4))
    calendar.clicked.emit(QDate(2025, 7, 4))
    field.date.setDate(QDate(2025, 7, 4))  # what the popup does with the clicked day
    assert field.shows_its_value()
    assert field.value() == datetime(2025, 7, 4, 8, 0)
