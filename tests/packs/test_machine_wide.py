"""The machine-wide pack folder: packs and keys an administrator set up for every user, and a
policy that makes them the only ones that count (docs/PACKS.md, trust boundary)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from index.packs.sign import generate_key, secret_key_text
from tests.packs.conftest import article, manifest_fields, run, write_zip


@pytest.fixture
def machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "machine"
    (folder / "packs").mkdir(parents=True)
    monkeypatch.setenv("CHECKIN_HELP_MACHINE_DIR", str(folder))
    return folder


def _pack(tmp_path: Path, pack_id: str) -> Path:
    return write_zip(
        tmp_path / f"{pack_id}.chpack",
        {"01-a.md": article().encode()},
        manifest=manifest_fields(id=pack_id),
    )


def _rows(capsys: pytest.CaptureFixture[str]) -> dict[str, dict]:
    code, out, err = run(["pack", "list", "--json"], capsys)
    assert code == 0, err
    return {r.get("id", r.get("file")): r for r in json.loads(out)}


def test_machine_wide_packs_are_used_and_only_an_administrator_removes_them(
    tmp_path: Path, machine: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(_pack(tmp_path, "clinic-wide"), machine / "packs" / "clinic-wide.chpack")
    assert _rows(capsys)["clinic-wide"]["active"]
    code, _, err = run(["pack", "remove", "clinic-wide"], capsys)
    assert code == 1 and "every user of this computer" in err
    # A person can still add their own packs while the policy allows it.
    assert (
        run(["pack", "install", str(_pack(tmp_path, "mine")), "--allow-unsigned"], capsys)[0] == 0
    )
    assert _rows(capsys)["mine"]["active"]


def test_a_locked_machine_ignores_what_a_user_adds_to_their_own_data(
    tmp_path: Path,
    machine: Path,
    _private_user_data: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (machine / "policy.json").write_text(json.dumps({"user_packs": False}), encoding="utf-8")
    # Planted in the user's own data: a pack and a key. Neither counts.
    (_private_user_data / "packs").mkdir()
    shutil.copy(_pack(tmp_path, "planted"), _private_user_data / "packs" / "planted.chpack")
    key = generate_key()
    (_private_user_data / "keys").mkdir()
    (_private_user_data / "keys" / "Fake.pub").write_text(key.public_key().file_text())
    rows = _rows(capsys)
    assert "planted" not in rows
    folder = tmp_path / "signed"
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps(manifest_fields(id="signed")))
    (folder / "01-a.md").write_text(article())
    (tmp_path / "k.key").write_text(secret_key_text(key))
    signed = tmp_path / "signed.chpack"
    assert (
        run(
            ["pack", "build", str(folder), "--out", str(signed), "--sign", str(tmp_path / "k.key")],
            capsys,
        )[0]
        == 0
    )
    code, out, _ = run(["pack", "verify", str(signed)], capsys)
    assert code == 1 and "does not trust" in out  # the user's own key folder is not read
    # Staff (an administrator) install into the machine-wide folder itself.
    assert (
        run(["pack", "install", str(_pack(tmp_path, "clinic-wide")), "--allow-unsigned"], capsys)[0]
        == 0
    )
    assert (machine / "packs" / "clinic-wide.chpack").is_file()
    assert _rows(capsys)["clinic-wide"]["active"]
    assert (
        run(
            ["pack", "trust-key", str(_private_user_data / "keys" / "Fake.pub"), "--name", "X"],
            capsys,
        )[0]
        == 0
    )
    assert (machine / "keys" / "X.pub").is_file()
