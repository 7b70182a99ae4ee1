"""Pack folders, where a pack is written: scaffold one, check it, build it into a `.chpack`.

A pack folder holds `manifest.json` (without the `files` list, which the build adds), the
articles as `*.md` at its top level, and optional `images/*.png|jpg`. Anything else in it
(for example `content/source/`) is not packed.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import os
import tempfile
import zipfile
from pathlib import Path

from index.content import ContentProblem
from index.packs.archive import (
    ARTICLE_RE,
    IMAGE_RE,
    PackContents,
    contents_from_files,
    sha256_hex,
)
from index.packs.manifest import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    FileEntry,
    PackError,
    manifest_json,
    parse_manifest,
)
from index.packs.sign import SecretKey, SignatureError, parse_signature, sign
from index.packs.verify import pack_problems

# Fixed zip timestamps: the same folder always builds the same bytes.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

EXAMPLE_ARTICLE = """---
id: example-question
title: What is this example question?
summary: One line that says what the answer is about.
keywords: example, sample
order: 1
source: The publisher's page, as its title reads
reviewed: {today}
---
Write the answer here, word for word as the source has it.

Links look like [the source page](https://example.org/faq) or [555-555-0100](tel:+15555550100).
"""


def folder_files(folder: Path) -> dict[str, bytes]:
    """The files a pack folder contributes to its pack, by name in the pack."""
    folder = Path(folder)
    files: dict[str, bytes] = {}
    for path in sorted(folder.glob("*.md")):
        if path.is_file() and ARTICLE_RE.match(path.name):
            files[path.name] = path.read_bytes()
    images = folder / "images"
    if images.is_dir():
        for path in sorted(images.iterdir()):
            name = f"images/{path.name}"
            if path.is_file() and IMAGE_RE.match(name):
                files[name] = path.read_bytes()
    return files


def folder_contents(folder: Path) -> PackContents:
    """A pack folder as pack contents, its manifest completed with every file's hash."""
    folder = Path(folder)
    try:
        raw = (folder / MANIFEST_NAME).read_bytes()
    except OSError as exc:
        raise PackError(
            f"{folder / MANIFEST_NAME}: cannot be read ({exc.strerror or exc})"
        ) from None
    manifest = parse_manifest(raw, need_files=False)
    files = folder_files(folder)
    manifest = manifest.with_files({n: FileEntry(len(d), sha256_hex(d)) for n, d in files.items()})
    return contents_from_files({**files, MANIFEST_NAME: manifest_json(manifest)})


def check_folder(folder: Path) -> list[ContentProblem]:
    """Every problem of a pack folder, as `file:line: message` records."""
    folder = Path(folder)
    try:
        contents = folder_contents(folder)
    except PackError as exc:
        return [ContentProblem(folder / MANIFEST_NAME, 0, str(exc))]
    return pack_problems(contents, folder)


def build_pack(
    folder: Path, out: Path, key: SecretKey | None = None, signature_text: str | None = None
) -> PackContents:
    """Check a pack folder and write it as a `.chpack` (atomic), signed when `key` is given.

    `signature_text` is a `.minisig` made elsewhere (e.g. `minisign -S`) over the manifest
    bytes that `folder_contents` gives (`checkin-help pack manifest`).
    """
    problems = check_folder(folder)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise PackError(f"{problems[0]}{more}")
    contents = folder_contents(folder)
    members = {MANIFEST_NAME: contents.manifest_bytes}
    signature = signature_text
    if signature is not None:
        try:
            parse_signature(signature)
        except SignatureError as exc:
            raise PackError(f"the signature file is not a minisign signature: {exc}") from None
        members[SIGNATURE_NAME] = signature.encode("utf-8")
    elif key is not None:
        m = contents.manifest
        signature = sign(contents.manifest_bytes, key, f"checkin-help pack {m.id} {m.version}")
        members[SIGNATURE_NAME] = signature.encode("utf-8")
    members.update(sorted(contents.files.items()))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp_name, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in members.items():
                info = zipfile.ZipInfo(name, ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                zf.writestr(info, data)
        os.replace(tmp_name, out)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return dataclasses.replace(contents, signature=signature)


def scaffold(folder: Path, pack_id: str = "my-pack", today: _dt.date | None = None) -> None:
    """Make a new pack folder with a manifest to fill in and one example article."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise PackError(f"{folder} is not empty; choose a new folder")
    day = (today or _dt.date.today()).isoformat()
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": pack_id,
        "title": "Title of this information pack",
        "description": "",
        "publisher": "Who wrote the information",
        "language": "en",
        "version": "1",
        "as_of": day[:7],
        "as_of_text": "",
        "taken": day,
        "source_url": "",
        "licence": "The licence or permission under which this copy is shared",
        "supersedes": [],
    }
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MANIFEST_NAME).write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (folder / "01-example-question.md").write_text(
        EXAMPLE_ARTICLE.format(today=day), encoding="utf-8"
    )
