"""Trusted publisher keys: listed from every key folder, added and removed in the own one only."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.pack_keys import (
    KeyFileError,
    KeyNameError,
    remove_key,
    trust_key,
    trusted_keys,
)
from index.packs.sign import generate_key
from index.packs.store import PackStore


def _pub(folder: Path, name: str) -> tuple[Path, str]:
    """A new minisign public key file, and its id."""
    key = generate_key().public_key()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.pub"
    path.write_text(key.file_text(), encoding="utf-8")
    return path, key.id_hex


def test_list_trust_and_remove(tmp_path: Path) -> None:
    shipped, own = tmp_path / "shipped", tmp_path / "own"
    _, shipped_id = _pub(shipped, "ASAP")
    (shipped / "broken.pub").write_text("not a key", encoding="utf-8")
    store = PackStore(tmp_path / "packs", [shipped, own])
    keys = trusted_keys(store)
    assert [(k.name, k.key_id, k.removable) for k in keys] == [("ASAP", shipped_id, False)]

    pub, key_id = _pub(tmp_path / "downloads", "whatever")
    added = trust_key(store, pub, " Harbor City (Legal Aid) ")
    assert added.name == "Harbor City (Legal Aid)" and added.key_id == key_id
    assert added.path == own / "Harbor City (Legal Aid).pub"
    # The store's own verification now trusts it.
    assert any(name == "Harbor City (Legal Aid)" for _, name in store.keys().values())
    assert [k.name for k in trusted_keys(store)] == ["ASAP", "Harbor City (Legal Aid)"]

    with pytest.raises(KeyFileError):
        remove_key(store, keys[0])  # the program's own key stays
    remove_key(store, added)
    assert [k.name for k in trusted_keys(store)] == ["ASAP"]


@pytest.mark.parametrize("name", ["", "../evil", "a/b", "x" * 90, "\u202eevil", ".hidden"])
def test_bad_names_are_refused(tmp_path: Path, name: str) -> None:
    pub, _ = _pub(tmp_path, "k")
    store = PackStore(tmp_path / "packs", [tmp_path / "own"])
    with pytest.raises(KeyNameError):
        trust_key(store, pub, name)
    assert not (tmp_path / "own").exists()


def test_a_file_that_is_not_a_key_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "secret.key"
    bad.write_text("untrusted comment: minisign secret key\nAAAA\n", encoding="utf-8")
    store = PackStore(tmp_path / "packs", [tmp_path / "own"])
    with pytest.raises(KeyFileError):
        trust_key(store, bad, "Clinic")
    with pytest.raises(KeyFileError):
        trust_key(store, tmp_path / "missing.pub", "Clinic")
