"""The whole life of a pack through the CLI: saved page -> folder -> signed pack -> verified ->
installed -> found by search -> supersedes the built-in pack -> removed again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.packs.conftest import CONTENT_DIR, SAMPLE_PAGE, run

BUILTIN = "asap-ice-isap-check-ins"
CLINIC = "harbor-city-faq"


def _search(query: str, capsys: pytest.CaptureFixture[str]) -> dict:
    code, out, err = run(["search", "--json", query], capsys)
    assert code == 0, err
    return json.loads(out)


def _list(capsys: pytest.CaptureFixture[str]) -> dict[str, dict]:
    code, out, err = run(["pack", "list", "--json"], capsys)
    assert code == 0, err
    return {f"{r['id']} {r['version']}": r for r in json.loads(out)}


def test_a_saved_page_becomes_a_signed_installed_searchable_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, pack, key = tmp_path / "clinic", tmp_path / "clinic.chpack", tmp_path / "clinic"
    assert (
        run(["pack", "from-html", str(SAMPLE_PAGE), "--out", str(folder), "--id", CLINIC], capsys)[
            0
        ]
        == 0
    )
    code, out, _ = run(["pack", "check", str(folder)], capsys)
    assert code == 0 and out.startswith("OK: 37 articles")
    assert run(["pack", "keygen", "--out", str(key)], capsys)[0] == 0
    code, out, _ = run(
        ["pack", "build", str(folder), "--out", str(pack), "--sign", f"{key}.key"], capsys
    )
    assert code == 0 and "signed with key" in out

    # Not trusted yet: verify says so (exit 1) and install refuses without staff's flag.
    code, out, _ = run(["pack", "verify", str(pack)], capsys)
    assert code == 1 and "NOT verified" in out and "Harbor City Newcomer Center" in out
    code, _, err = run(["pack", "install", str(pack)], capsys)
    assert code == 1 and "does not trust" in err

    assert run(["pack", "trust-key", f"{key}.pub", "--name", "Harbor City"], capsys)[0] == 0
    code, out, _ = run(["pack", "verify", str(pack)], capsys)
    assert code == 0 and "verified: signed by Harbor City" in out
    assert run(["pack", "install", str(pack)], capsys)[0] == 0
    packs = _list(capsys)
    assert packs[f"{CLINIC} 1"]["active"] and packs[f"{CLINIC} 1"]["verified"]
    assert packs[f"{CLINIC} 1"]["as_of"] == "February 9, 2026"
    assert packs[f"{BUILTIN} 1"]["active"] and packs[f"{BUILTIN} 1"]["builtin"]

    # One search over both packs; hits say which pack they come from.
    hit = _search("biometrics appointment fingerprints", capsys)["hits"][0]
    assert hit["pack"] == CLINIC and hit["id"] == f"{CLINIC}--biometrics"
    assert hit["title"] == "What is a biometrics appointment?"
    hit = _search("ankle monitor removed", capsys)["hits"][0]
    assert hit["pack"] == BUILTIN and hit["id"] == "ankle-monitor"

    # The same version again, or an older one, is refused.
    code, _, err = run(["pack", "install", str(pack)], capsys)
    assert code == 1 and "not newer" in err

    assert run(["pack", "remove", CLINIC], capsys)[0] == 0
    assert f"{CLINIC} 1" not in _list(capsys)
    assert _search("biometrics appointment fingerprints", capsys)["hits"][0]["pack"] != CLINIC


def _builtin_copy(tmp_path: Path, version: str, change: tuple[str, str] | None = None) -> Path:
    folder = tmp_path / f"builtin-{version}"
    shutil.copytree(CONTENT_DIR, folder, ignore=shutil.ignore_patterns("source"))
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest.update(version=version, as_of="2026-10", as_of_text="October 2026")
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    if change:
        path = folder / "07-ankle-monitor.md"
        path.write_text(path.read_text(encoding="utf-8").replace(*change), encoding="utf-8")
    return folder


def test_a_newer_version_supersedes_the_built_in_pack_until_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = _builtin_copy(tmp_path, "2", ("varies and each case", "varies, and each case"))
    pack = tmp_path / "builtin-2.chpack"
    assert run(["pack", "build", str(newer), "--out", str(pack)], capsys)[0] == 0
    assert run(["pack", "install", str(pack), "--allow-unsigned"], capsys)[0] == 0
    packs = _list(capsys)
    assert packs[f"{BUILTIN} 2"]["active"] and not packs[f"{BUILTIN} 2"]["verified"]
    assert not packs[f"{BUILTIN} 1"]["active"]
    hit = _search("ankle monitor removed", capsys)["hits"][0]
    assert hit["pack"] == BUILTIN and hit["id"] == "ankle-monitor"
    code, out, _ = run(["list", "--json"], capsys)  # the plain article list is the content's
    assert code == 0

    from desktop.core.library import HelpLibrary
    from desktop.core.packs import pack_store
    from desktop.core.paths import resolve_paths

    paths = resolve_paths()
    library = HelpLibrary.load_content(paths.content_dir, pack_store(paths))
    page = library.answer_page("ankle-monitor")
    assert "varies, and each case" in page.body_html
    # Shown as "Added on this computer. Not verified." (tests/packs/test_ui_packs.py).
    assert page.pack is not None and page.pack.trust == "unsigned" and not page.pack.verified
    assert page.pack.as_of == "October 2026"
    assert not page.pack.stale  # October 2026 is recent

    # A version that is not newer than the built-in one is refused.
    same = _builtin_copy(tmp_path, "1")
    old_pack = tmp_path / "builtin-1.chpack"
    assert run(["pack", "build", str(same), "--out", str(old_pack)], capsys)[0] == 0
    assert run(["pack", "remove", BUILTIN], capsys)[0] == 0
    code, _, err = run(["pack", "install", str(old_pack), "--allow-unsigned"], capsys)
    assert code == 1 and "built-in pack" in err

    # Removed: the built-in pack is back, with its own honest dates and the stale warning.
    assert _list(capsys)[f"{BUILTIN} 1"]["active"]
    library = HelpLibrary.load_content(paths.content_dir, pack_store(paths))
    page = library.answer_page("ankle-monitor")
    assert "varies and each case" in page.body_html
    # Pack facts, not "Last checked against the source" (the window's words: test_ui_packs.py).
    assert page.pack is not None
    assert page.pack.as_of == "spring 2023" and page.pack.taken == "2026-11-26"
    assert page.pack.trust == "built-in" and page.pack.verified and page.pack.stale
    code, _, err = run(["pack", "remove", BUILTIN], capsys)
    assert code == 1 and "cannot be removed" in err
