"""Trusted publisher keys: the list, add one from a `.pub` file, remove one (staff only)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.pack_keys import (
    KeyFileError,
    KeyNameError,
    TrustedKey,
    remove_key,
    trust_key,
    trusted_keys,
)
from desktop.ui.screen_fit import fit_dialog

if TYPE_CHECKING:
    from index.packs.store import PackStore


class TrustedKeysDialog(QDialog):
    """Lists the keys whose packs count as verified; staff add and remove their own."""

    def __init__(self, store: PackStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        # True once a key was added or removed: the packs are then checked again.
        self.changed = False
        self.setObjectName("trustedKeys")
        self.setWindowTitle(self.tr("Trusted publisher keys"))
        intro = QLabel(
            self.tr(
                "Packs signed with one of these keys show as verified. Add a key only when you "
                "know it comes from the publisher (for example, handed over in person)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Trusted publisher keys"))
        self.add_button = QPushButton(self.tr("Add key..."), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(close)

        close.rejected.connect(self.reject)
        self.add_button.clicked.connect(lambda: self.add_key())
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(self._update)
        self.show_keys()
        fit_dialog(self)

    def show_keys(self) -> None:
        """Fill the list from the key folders."""
        self._keys = trusted_keys(self._store)
        self.list.clear()
        for key in self._keys:
            where = (
                self.tr("added on this computer")
                if key.removable
                else self.tr("part of the program or of this computer's setup")
            )
            text = self.tr("{name} (key {key_id}; {where})").format(
                name=key.name, key_id=key.key_id, where=where
            )
            QListWidgetItem(text, self.list)
        self.list.setCurrentRow(0 if self._keys else -1)
        self._update()

    def _current(self) -> TrustedKey | None:
        """The selected key."""
        row = self.list.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def _update(self) -> None:
        """Only keys added here can be removed here."""
        key = self._current()
        self.remove_button.setEnabled(key is not None and key.removable)

    def add_key(self, path: Path | None = None, name: str | None = None) -> bool:
        """Choose a `.pub` file and a name for its publisher; True when the key was added."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Add key"), "", self.tr("Public keys (*.pub)")
            )
            if not chosen:
                return False
            path = Path(chosen)
        if name is None:
            name, ok = QInputDialog.getText(
                self,
                self.tr("Publisher's name"),
                self.tr('The publisher\'s name, shown on its answers as "Verified: name":'),
            )
            if not ok:
                return False
        try:
            trust_key(self._store, path, name)
        except KeyNameError:
            self._refused(self.tr("The name may hold letters, digits, spaces and . _ ( ) -"))
            return False
        except KeyFileError:
            self._refused(self.tr("That file is not a publisher's public key (.pub)."))
            return False
        except OSError:
            self._refused(self.tr("The key could not be saved on this computer."))
            return False
        self.changed = True
        self.show_keys()
        return True

    def remove_selected(self) -> None:
        """Stop trusting the selected key after staff confirm."""
        key = self._current()
        if key is None or not key.removable:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove key"),
            self.tr("Stop trusting the key of {name}? Its packs will show as not verified.").format(
                name=key.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_key(self._store, key)
        except (KeyFileError, OSError):
            self._refused(self.tr("The key could not be removed."))
            return
        self.changed = True
        self.show_keys()

    def _refused(self, text: str) -> None:
        """Say plainly why nothing changed."""
        QMessageBox.warning(self, self.tr("Trusted publisher keys"), text)
