"""packaging/linux/machine-packs.sh: the machine-wide pack folder, root-owned (docs/PACKS.md)."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

from desktop.core.packs import machine_policy
from desktop.core.paths import resolve_paths

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "linux" / "machine-packs.sh"


def _run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CHECKIN_HELP_MACHINE_DIR": str(folder)}
    return subprocess.run(
        ["sh", str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60
    )


def test_the_script_sets_up_a_folder_only_root_can_write(tmp_path: Path) -> None:
    folder = tmp_path / "machine"
    result = _run(folder, "--only-these")
    if os.geteuid() != 0:
        # Not root: it refuses plainly and creates nothing.
        assert result.returncode == 1 and "run it as root" in result.stderr
        assert not folder.exists()
        return
    assert result.returncode == 0, result.stderr
    for path in (folder, folder / "packs", folder / "keys"):
        info = path.stat()
        assert info.st_uid == 0 and stat.S_IMODE(info.st_mode) == 0o755
    paths = resolve_paths(
        {"CHECKIN_HELP_DATA_DIR": str(tmp_path / "data"), "CHECKIN_HELP_MACHINE_DIR": str(folder)}
    )
    assert machine_policy(paths) == {"user_packs": False}
    # Run again over a folder someone made writable: group and other write bits go.
    (folder / "packs" / "x.chpack").write_bytes(b"")
    (folder / "packs" / "x.chpack").chmod(0o666)
    assert _run(folder).returncode == 0
    assert stat.S_IMODE((folder / "packs" / "x.chpack").stat().st_mode) == 0o644


def test_the_bundle_and_the_disk_image_carry_the_script() -> None:
    assert '"machine-packs.sh"' in (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    dmg = (ROOT / "packaging" / "macos" / "make-dmg.sh").read_text(encoding="utf-8")
    assert "linux/machine-packs.sh" in dmg
    assert os.access(SCRIPT, os.X_OK)
