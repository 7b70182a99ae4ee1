"""Staff settings > Trusted publisher keys: list, add from a .pub file, remove."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.ui.staff.keys_dialog import TrustedKeysDialog
from index.packs.sign import generate_key
from index.packs.store import PackStore


def _pub(path: Path) -> str:
    key = generate_key().public_key()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(key.file_text(), encoding="utf-8")
    return key.id_hex


def test_add_and_remove_a_key(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped_id = _pub(tmp_path / "shipped" / "ASAP.pub")
    store = PackStore(tmp_path / "packs", [tmp_path / "shipped", tmp_path / "own"])
    dialog = TrustedKeysDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert shipped_id in dialog.list.item(0).text() and "part of the program" in (
        dialog.list.item(0).text()
    )
    assert not dialog.remove_button.isEnabled(), "the program's own key stays"

    refused: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: refused.append(text))
    )
    not_a_key = tmp_path / "notes.txt"
    not_a_key.write_text("hello", encoding="utf-8")
    assert not dialog.add_key(not_a_key, "Harbor City")
    assert refused == ["That file is not a publisher's public key (.pub)."]
    new_id = _pub(tmp_path / "usb" / "harbor.pub")
    assert not dialog.add_key(tmp_path / "usb" / "harbor.pub", "../../evil")
    assert not dialog.changed and dialog.list.count() == 1

    assert dialog.add_key(tmp_path / "usb" / "harbor.pub", "Harbor City")
    assert dialog.changed and dialog.list.count() == 2
    assert new_id in dialog.list.item(1).text()
    assert (tmp_path / "own" / "Harbor City.pub").is_file()

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    dialog.list.setCurrentRow(1)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert dialog.list.count() == 1 and not (tmp_path / "own" / "Harbor City.pub").exists()
