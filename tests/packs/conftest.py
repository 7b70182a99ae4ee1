"""Helpers for the pack tests: small pack folders, hand-made zips and the CLI in-process."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.__main__ import main
from index.packs.archive import sha256_hex
from index.packs.manifest import FORMAT, FORMAT_VERSION

# The sample clinic page is kept once, beside the search tests' other copies of the shared data.
DATA = Path(__file__).resolve().parent.parent / "index" / "data"
SAMPLE_PAGE = DATA / "sample-clinic-faq.html"
REPO = Path(__file__).resolve().parents[2]
CONTENT_DIR = REPO / "content"


def manifest_fields(**changes: object) -> dict[str, object]:
    """A valid manifest (without files) for a small test pack."""
    fields: dict[str, object] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": "test-pack",
        "title": "Test pack",
        "publisher": "Test Clinic",
        "language": "en",
        "version": "1",
        "as_of": "2026-01",
        "taken": "2026-02-01",
        "licence": "CC BY 4.0",
    }
    fields.update(changes)
    return fields


def article(
    aid: str = "local-office", title: str = "Where is the local ICE office?", body: str = ""
) -> str:
    """An article file's text."""
    body = body or "The local office is at 1 Main Street. Call [555-0100](tel:+15555550100)."
    return (
        f"---\nid: {aid}\ntitle: {title}\nsummary: Where to go.\norder: 1\n"
        f"source: Test Clinic\nreviewed: 2026-02-01\n---\n{body}\n"
    )


def write_folder(folder: Path, articles: dict[str, str] | None = None, **changes: object) -> Path:
    """A pack folder with a manifest and articles (name -> text)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.json").write_text(json.dumps(manifest_fields(**changes)), encoding="utf-8")
    for name, text in (articles or {"01-local-office.md": article()}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_zip(
    path: Path,
    files: dict[str, bytes],
    manifest: dict[str, object] | None = None,
    listed: dict[str, bytes] | None = None,
    extra: dict[str, bytes] | None = None,
) -> Path:
    """A hand-made .chpack: `files` packed and listed (or `listed` listed instead), `extra` raw."""
    fields = manifest if manifest is not None else manifest_fields()
    listing = listed if listed is not None else files
    fields = {
        **fields,
        "files": {n: {"size": len(d), "sha256": sha256_hex(d)} for n, d in listing.items()},
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(fields))
        for name, data in {**files, **(extra or {})}.items():
            zf.writestr(name, data)
    return path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the CLI in-process: (exit code, stdout, stderr)."""
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below a folder with its bytes (to show nothing changed)."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
