"""The pack store's rules: newest version wins, supersedes, turning packs off, staleness."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from index.packs.manifest import as_of_end, is_stale, parse_manifest, version_key
from tests.packs.conftest import article, manifest_fields, run, write_zip


def _active(capsys: pytest.CaptureFixture[str]) -> set[str]:
    code, out, err = run(["pack", "list", "--json"], capsys)
    assert code == 0, err
    return {f"{r['id']} {r['version']}" for r in json.loads(out) if r["active"]}


def _install(tmp_path: Path, capsys: pytest.CaptureFixture[str], **fields: object) -> int:
    name = f"{fields.get('id', 'test-pack')}-{fields.get('version', '1')}.chpack"
    body = {"01-a.md": article(body=f"Version {fields.get('version', '1')} text.").encode()}
    pack = write_zip(tmp_path / name, body, manifest=manifest_fields(**fields))
    return run(["pack", "install", str(pack), "--allow-unsigned"], capsys)[0]


def test_newer_versions_replace_older_ones_and_supersedes_sets_packs_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _install(tmp_path, capsys, version="1.9") == 0
    assert _install(tmp_path, capsys, version="1.10") == 0
    assert _install(tmp_path, capsys, version="1.2") == 1
    assert "test-pack 1.10" in _active(capsys)
    assert _install(tmp_path, capsys, id="other-pack", supersedes=["test-pack"]) == 0
    active = _active(capsys)
    assert "other-pack 1" in active and "test-pack 1.10" not in active
    assert "asap-ice-isap-check-ins 1" in active


def test_a_pack_can_be_turned_off_and_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _install(tmp_path, capsys) == 0
    assert run(["pack", "disable", "test-pack"], capsys)[0] == 0
    assert "test-pack 1" not in _active(capsys)
    assert run(["pack", "enable", "test-pack"], capsys)[0] == 0
    assert "test-pack 1" in _active(capsys)
    code, _, err = run(["pack", "disable", "no-such-pack"], capsys)
    assert code == 1 and "no installed pack" in err


def test_versions_and_staleness() -> None:
    assert version_key("1.10") > version_key("1.9") and version_key("2.0") == version_key("2")
    assert as_of_end("2023") == dt.date(2023, 12, 31)
    assert as_of_end("2024-02") == dt.date(2024, 2, 29)
    m = parse_manifest(json.dumps(manifest_fields(as_of="2025-11")).encode(), need_files=False)
    assert not is_stale(m, dt.date(2026, 11, 29))
    assert is_stale(m, dt.date(2026, 11, 30))
    assert is_stale(m, dt.date(2026, 5, 30), months=6)


def test_pack_check_reports_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "p"
    assert run(["pack", "new", str(folder), "--id", "my-clinic"], capsys)[0] == 0
    assert run(["pack", "check", str(folder)], capsys)[0] == 0
    md = next(folder.glob("*.md"))
    md.write_text(md.read_text() + "\nSee <a href='x'>this</a> and [f](file:///etc/passwd).\n")
    code, out, _ = run(["pack", "check", str(folder)], capsys)
    assert code == 1
    lines = out.splitlines()
    assert any(line.startswith(f"{md}:") and "raw HTML" in line for line in lines)
    assert any("'file:///etc/passwd' is not allowed" in line for line in lines)


def test_the_built_in_pack_is_read_from_builtin_chpack_when_packaging_made_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil
    import zipfile

    from index.content import content_hash, load_library
    from index.packs.manifest import PackError
    from index.packs.store import load_builtin
    from tests.packs.conftest import CONTENT_DIR

    bundle = tmp_path / "bundle"
    shutil.copytree(CONTENT_DIR, bundle / "content")
    pack = bundle / "builtin.chpack"
    assert run(["pack", "build", str(CONTENT_DIR), "--out", str(pack)], capsys)[0] == 0
    builtin = load_builtin(bundle / "content")
    assert builtin.source == pack and builtin.trust.status == "built-in"
    # Same articles, and the hash the bundled index is stamped with.
    assert builtin.library.content_hash == content_hash(CONTENT_DIR)
    assert [a.id for a in builtin.library.articles] == [
        a.id for a in load_library(CONTENT_DIR).articles
    ]
    # A damaged built-in pack is refused, not shown.
    with zipfile.ZipFile(pack) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    name = next(n for n in members if n.endswith(".md"))
    members[name] = members[name].replace(b"ICE", b"ECI", 1)
    with zipfile.ZipFile(pack, "w") as zf:
        for n, data in members.items():
            zf.writestr(n, data)
    with pytest.raises(PackError, match="does not match its hash"):
        load_builtin(bundle / "content")
