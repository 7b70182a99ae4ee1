"""pytest-qt: File > Add information pack... and Manage information packs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from desktop.core.library import HelpLibrary
from desktop.core.packs import pack_store, pack_summaries, preview_pack
from desktop.core.paths import resolve_paths
from desktop.ui.packs_dialog import AddPackDialog, ManagePacksDialog
from desktop.ui.packs_menu import wire_packs
from index.packs.sign import generate_key, sign
from tests.packs.conftest import article, manifest_fields, write_zip

BODY = "Call the clinic's front desk at [617-555-0123](tel:+16175550123)."


def _pack(tmp_path: Path, signed: bool = False, version: str = "1") -> Path:
    path = write_zip(
        tmp_path / f"clinic-{version}.chpack",
        {"01-a.md": article(body=BODY).encode()},
        manifest=manifest_fields(id="clinic", title="Clinic numbers", version=version),
    )
    if signed:
        import zipfile

        key = generate_key()
        keys = resolve_paths().pack_key_dirs[-1]
        keys.mkdir(parents=True, exist_ok=True)
        (keys / "Harbor City.pub").write_text(key.public_key().file_text())
        with zipfile.ZipFile(path) as zf:
            manifest = zf.read("manifest.json")
        with zipfile.ZipFile(path, "a") as zf:
            zf.writestr("manifest.json.minisig", sign(manifest, key, "test"))
    return path


@pytest.fixture
def main_window(qtbot):
    win = QMainWindow()
    menu = win.menuBar().addMenu("&File")
    menu.addAction("Quit")
    qtbot.addWidget(win)
    return win


def test_a_verified_pack_can_be_added_at_once(qtbot, tmp_path: Path) -> None:
    preview = preview_pack(pack_store(resolve_paths()), _pack(tmp_path, signed=True))
    dialog = AddPackDialog(preview)
    qtbot.addWidget(dialog)
    assert dialog.trust_label.text() == "Verified: Harbor City"
    assert dialog.add_button.isEnabled() and dialog.confirm.isHidden()
    assert not dialog.allow_unsigned


def test_an_unverified_pack_needs_staff_confirmation(qtbot, tmp_path: Path) -> None:
    preview = preview_pack(pack_store(resolve_paths()), _pack(tmp_path))
    dialog = AddPackDialog(preview)
    qtbot.addWidget(dialog)
    assert dialog.trust_label.text() == "Not verified"
    assert not dialog.add_button.isEnabled()
    dialog.confirm.setChecked(True)
    assert dialog.add_button.isEnabled() and dialog.allow_unsigned


def test_adding_through_the_file_menu_installs_and_hands_on_the_new_library(
    qtbot, tmp_path: Path, main_window: QMainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    libraries: list[HelpLibrary] = []
    actions = wire_packs(main_window, resolve_paths(), libraries.append)
    file_menu = main_window.menuBar().actions()[0].menu()
    assert file_menu.actions()[0] is actions.add_action
    assert file_menu.actions()[1] is actions.manage_action

    shown: list[AddPackDialog] = []

    def accept(self: AddPackDialog) -> int:
        shown.append(self)
        self.confirm.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddPackDialog, "exec", accept)
    assert actions.add_pack(_pack(tmp_path))
    assert shown and shown[0].allow_unsigned
    # The new packs' index is built in the background (with progress), then handed on.
    qtbot.waitUntil(lambda: bool(libraries), timeout=60_000)
    assert libraries and libraries[0].has("clinic--local-office")
    assert libraries[0].has_index
    assert libraries[0].search("clinic front desk").hits[0].id == "clinic--local-office"
    libraries[0].close()


def test_a_refused_pack_is_explained_and_nothing_changes(
    qtbot, tmp_path: Path, main_window: QMainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: messages.append(text))
    )
    bad = tmp_path / "bad.chpack"
    bad.write_bytes(b"not a zip")
    actions = wire_packs(main_window, resolve_paths(), lambda lib: None)
    assert not actions.add_pack(bad)
    assert messages and messages[0].startswith("Nothing was changed: bad.chpack is damaged")
    assert not resolve_paths().packs_dir.exists()


def test_manage_packs_turns_off_and_removes_a_pack(
    qtbot, tmp_path: Path, main_window: QMainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = pack_store(resolve_paths())
    store.install(_pack(tmp_path), allow_unsigned=True)
    dialog = ManagePacksDialog(pack_summaries(store)[0])
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert "Built into this program" in dialog.list.item(0).text()
    assert "Not verified" in dialog.list.item(1).text()
    assert not dialog.remove_button.isEnabled()  # the built-in pack stays
    dialog.list.setCurrentRow(1)
    with qtbot.waitSignal(dialog.enableRequested) as blocker:
        dialog.toggle_button.click()
    assert blocker.args == ["clinic", False]

    libraries: list[HelpLibrary] = []
    actions = wire_packs(main_window, resolve_paths(), libraries.append)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )

    def remove_second(self: ManagePacksDialog) -> int:
        self.list.setCurrentRow(1)
        self.toggle_button.click()  # turn off
        assert "turned off" in self.list.item(1).text()
        self.list.setCurrentRow(1)
        self.remove_button.click()
        assert self.list.count() == 1
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ManagePacksDialog, "exec", remove_second)
    actions.manage_packs()
    qtbot.waitUntil(lambda: bool(libraries), timeout=60_000)
    assert not (resolve_paths().packs_dir / "clinic.chpack").exists()
    assert libraries and not libraries[0].has("clinic--local-office")
    libraries[0].close()
