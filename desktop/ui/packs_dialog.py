"""Dialogs for information packs: see a pack before adding it, and manage the installed ones.

They show records from `desktop.core.packs` and say what the person chose; the calls that
change the pack store are made by `desktop.ui.packs_menu`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.packs import PackPreview, PackSummary


def trust_text(summary: PackSummary) -> str:
    """ "Verified: NAME", "Built into this program" or "Not verified", in the UI language."""
    if summary.trust == "built-in":
        return QCoreApplication.translate("PackTrust", "Built into this program")
    if summary.verified:
        text = QCoreApplication.translate("PackTrust", "Verified: {signer}")
        return text.format(signer=summary.signer)
    return QCoreApplication.translate("PackTrust", "Not verified")


class AddPackDialog(QDialog):
    """Shows a pack's facts before it is added; an unverified pack needs staff's confirmation."""

    def __init__(self, preview: PackPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        s = preview.summary
        self.setWindowTitle(self.tr("Add information pack"))
        self.trust_label = QLabel(trust_text(s))
        self.trust_label.setObjectName("trust")
        self.confirm = QCheckBox(
            self.tr(
                "I am staff, and I trust where this pack came from. Add it although it is not verified."
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(
            self.tr("Add pack"), QDialogButtonBox.ButtonRole.AcceptRole
        )

        form = QFormLayout()
        if preview.replaces == "built-in":
            replaces = self.tr("the built-in pack")
        elif preview.replaces:
            replaces = self.tr("version {version} of this pack").format(version=preview.replaces)
        else:
            replaces = self.tr("nothing (a new pack)")
        rows = [
            (self.tr("Title"), s.title),
            (self.tr("Publisher"), s.publisher),
            (self.tr("Language"), s.language),
            (self.tr("Version"), s.version),
            (self.tr("Information as of"), s.as_of),
            (self.tr("Copy taken"), s.taken),
            (self.tr("Articles"), str(s.articles)),
            (self.tr("Replaces"), replaces),
            (self.tr("New articles"), str(preview.new_articles)),
            (self.tr("Changed articles"), str(preview.changed_articles)),
        ]
        for label, value in rows:
            field = QLabel(value)
            field.setWordWrap(True)
            form.addRow(label, field)
        form.addRow(self.tr("Verified"), self.trust_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirm.toggled.connect(self._update)

        self.confirm.setVisible(not s.verified)
        self._verified = s.verified
        self._update()

    def _update(self) -> None:
        """Allow adding once the pack is verified or staff confirmed it."""
        self.add_button.setEnabled(self._verified or self.confirm.isChecked())

    @property
    def allow_unsigned(self) -> bool:
        """True when staff confirmed adding a pack that is not verified."""
        return not self._verified and self.confirm.isChecked()


class ManagePacksDialog(QDialog):
    """Lists the packs with their facts; staff can turn one off or on, or remove it."""

    removeRequested = Signal(str)
    enableRequested = Signal(str, bool)

    def __init__(self, packs: list[PackSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Manage information packs"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Information packs"))
        self.toggle_button = QPushButton(self.tr("Turn off"))
        self.remove_button = QPushButton(self.tr("Remove"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        row = QHBoxLayout()
        row.addWidget(self.toggle_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(close)

        close.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._update)
        self.toggle_button.clicked.connect(self._toggle)
        self.remove_button.clicked.connect(self._remove)

        self.show_packs(packs)

    def show_packs(self, packs: list[PackSummary]) -> None:
        """Fill the list (after a change too)."""
        self._packs = list(packs)
        self.list.clear()
        for p in self._packs:
            if p.active:
                state = self.tr("in use")
            elif p.disabled:
                state = self.tr("turned off")
            else:
                state = self.tr("not in use (replaced)")
            text = self.tr(
                "{title} ({publisher}, {language}, version {version})\n"
                "Information as of {as_of}; {articles} articles; {trust}; {state}"
            ).format(
                title=p.title,
                publisher=p.publisher,
                language=p.language,
                version=p.version,
                as_of=p.as_of,
                articles=p.articles,
                trust=trust_text(p),
                state=state,
            )
            QListWidgetItem(text, self.list)
        self.list.setCurrentRow(0 if self._packs else -1)
        self._update()

    def _current(self) -> PackSummary | None:
        """The selected pack."""
        row = self.list.currentRow()
        return self._packs[row] if 0 <= row < len(self._packs) else None

    def _update(self) -> None:
        """The built-in pack can be neither turned off nor removed."""
        p = self._current()
        editable = p is not None and not p.builtin
        self.toggle_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        if p is not None:
            self.toggle_button.setText(self.tr("Turn on") if p.disabled else self.tr("Turn off"))

    def _toggle(self) -> None:
        """Ask to turn the selected pack off or on."""
        p = self._current()
        if p is not None and not p.builtin:
            self.enableRequested.emit(p.id, p.disabled)

    def _remove(self) -> None:
        """Ask to remove the selected pack."""
        p = self._current()
        if p is not None and not p.builtin:
            self.removeRequested.emit(p.id)
