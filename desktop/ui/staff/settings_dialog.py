"""Tools > Staff settings: the clinic's name, defaults, idle times, the contact log, packs.

The dialog only shows and collects: `settings()` gives the new Settings and `follow_up` says
which staff tool to open after it closes (packs, keys, notes), which `desktop.ui.staff` does.
Those tools may reload the help content and rebuild the window, so they never open on top of
this dialog.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.settings import (
    MAX_CLINIC_NAME,
    MAX_IDLE_LOCK,
    MAX_START_OVER,
    MIN_IDLE_LOCK,
    Settings,
)
from desktop.core.staff import StaffPin
from desktop.ui.i18n import LANGUAGES
from desktop.ui.screen_fit import fit_dialog

# What to open once the dialog has closed (its settings saved first).
PACKS, ADD_PACK, KEYS, NOTES = "packs", "add-pack", "keys", "notes"
MAX_STALE_MONTHS = 120


class StaffSettingsDialog(QDialog):
    """Staff's settings for this PC, and the buttons to the other staff tools."""

    def __init__(
        self,
        settings: Settings,
        pin: StaffPin,
        notes_available: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._pin = pin
        self.follow_up: str | None = None
        self.setObjectName("staffSettings")
        self.setWindowTitle(self.tr("Staff settings"))
        self._build_widgets(notes_available)
        self._build_layout()
        self._connect()
        self._load()
        # The whole form when the screen has room (a scroll area's own hint is small); on a
        # small screen fit_dialog caps it and the form scrolls.
        hint = self._inner.sizeHint()
        self.resize(hint.width() + 40, hint.height() + self.buttons.sizeHint().height() + 40)
        fit_dialog(self)

    # -- building ----------------------------------------------------------------------------

    def _build_widgets(self, notes_available: bool) -> None:
        """Create the fields and buttons."""
        self.clinic_name = QLineEdit(self)
        self.clinic_name.setMaxLength(MAX_CLINIC_NAME)
        self.clinic_name.setPlaceholderText(self.tr("For example: Harbor City Legal Aid"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("The computer's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.start_over = QSpinBox(self)
        self.start_over.setRange(0, MAX_START_OVER)
        self.start_over.setSpecialValueText(self.tr("Never"))
        self.start_over.setSuffix(self.tr(" min"))
        self.idle_lock = QSpinBox(self)
        self.idle_lock.setRange(MIN_IDLE_LOCK, MAX_IDLE_LOCK)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.log_offered = QCheckBox(self.tr("Offer the contact log on this computer"), self)
        self.stale = QSpinBox(self)
        self.stale.setRange(1, MAX_STALE_MONTHS)
        self.stale.setSuffix(self.tr(" months"))
        self.packs_button = QPushButton(self.tr("Information packs..."), self)
        self.add_pack_button = QPushButton(self.tr("Add information pack..."), self)
        self.keys_button = QPushButton(self.tr("Trusted publisher keys..."), self)
        self.notes_button = QPushButton(self.tr("Clinic notes..."), self)
        self.notes_button.setVisible(notes_available)
        self.pin_button = QPushButton(self.tr("Change PIN..."), self)
        self.pin_message = QLabel(self)
        self.pin_message.setWordWrap(True)
        self.pin_message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in (self.packs_button, self.add_pack_button, self.keys_button):
            button.setToolTip(self.tr("Saves these settings first"))
        self.notes_button.setToolTip(self.tr("Saves these settings first"))

    def _build_layout(self) -> None:
        """A form in a scroll area (small screens), the staff tools, then Save and Cancel."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Clinic's name"), self.clinic_name)
        form.addRow(self.tr("Default language"), self.language)
        form.addRow(self.tr("Start over after"), self.start_over)
        form.addRow(self.tr("Lock the contact log after"), self.idle_lock)
        form.addRow("", self.log_offered)
        form.addRow(self.tr("Warn that information may be out of date after"), self.stale)
        hint = QLabel(
            self.tr(
                "The clinic's name is shown on the start page and on printed answers. "
                "Start over returns to the default language."
            ),
            self,
        )
        hint.setWordWrap(True)
        tools = QGroupBox(self.tr("Staff tools"), self)
        tools_layout = QVBoxLayout(tools)
        for button in (
            self.packs_button,
            self.add_pack_button,
            self.keys_button,
            self.notes_button,
            self.pin_button,
        ):
            tools_layout.addWidget(button)
        tools_layout.addWidget(self.pin_message)

        inner = self._inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        inner_layout.addWidget(hint)
        inner_layout.addWidget(tools)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        """Wire the buttons."""
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.packs_button.clicked.connect(lambda: self._close_for(PACKS))
        self.add_pack_button.clicked.connect(lambda: self._close_for(ADD_PACK))
        self.keys_button.clicked.connect(lambda: self._close_for(KEYS))
        self.notes_button.clicked.connect(lambda: self._close_for(NOTES))
        self.pin_button.clicked.connect(self.change_pin)

    def _load(self) -> None:
        """Show the current settings."""
        s = self._settings
        self.clinic_name.setText(s.clinic_name)
        self.language.setCurrentIndex(max(0, self.language.findData(s.default_language)))
        self.start_over.setValue(s.start_over_minutes)
        self.idle_lock.setValue(s.idle_lock_minutes)
        self.log_offered.setChecked(s.contact_log_offered)
        self.stale.setValue(s.stale_after_months)

    # -- results -----------------------------------------------------------------------------

    def settings(self) -> Settings:
        """The settings as staff left them (the person's own choices unchanged)."""
        return replace(
            self._settings,
            clinic_name=self.clinic_name.text(),
            default_language=str(self.language.currentData() or ""),
            start_over_minutes=self.start_over.value(),
            idle_lock_minutes=self.idle_lock.value(),
            contact_log_offered=self.log_offered.isChecked(),
            stale_after_months=self.stale.value(),
        ).clamped()

    def _close_for(self, tool: str) -> None:
        """Save and close, then open a staff tool."""
        self.follow_up = tool
        self.accept()

    def change_pin(self) -> bool:
        """Ask for the current PIN and a new one; True when it was changed."""
        from desktop.ui.staff.pin_dialog import CHANGE, PinDialog

        dialog = PinDialog(self._pin, CHANGE, self)
        try:
            changed = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if changed:
            self.pin_message.setText(self.tr("The staff PIN was changed."))
            self.pin_message.show()
        return changed
