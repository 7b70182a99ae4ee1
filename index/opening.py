"""Open a built index folder, checking first that it is whole and current (the start-up path).

Split from `index.build` so that opening the index at start-up loads only this and Whoosh's
reading side, not the build machinery (`index.build` re-exports these names).

An index folder holds Whoosh's files plus `STAMP_NAME`, a JSON stamp with the schema version,
the content hash and the size and SHA-256 of every index file.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from index.schema import SCHEMA_VERSION, build_schema

STAMP_NAME = "checkin-help-index.json"
INDEX_NAME = "MAIN"


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def index_files(folder: Path) -> dict[str, dict[str, object]]:
    """Size and SHA-256 of every Whoosh file in a folder (the stamp itself excluded)."""
    out: dict[str, dict[str, object]] = {}
    for p in sorted(folder.iterdir()):
        if p.is_file() and p.name != STAMP_NAME:
            out[p.name] = {"size": p.stat().st_size, "sha256": _file_digest(p)}
    return out


# Results of check_index.
OK, MISSING, STALE, CORRUPT = "ok", "missing", "stale", "corrupt"


def check_index(folder: Path, expected_hash: str | None) -> str:
    """ "ok", "missing", "stale" (other schema/content) or "corrupt" for an index folder.

    Only reads: safe on a read-only folder. `expected_hash` None skips the content check.
    """
    status, ix = open_checked_index(folder, expected_hash)
    if ix is not None:
        ix.close()
    return status


def open_checked_index(folder: Path, expected_hash: str | None) -> tuple[str, Any]:
    """`check_index`'s answer, and the Whoosh index it opened to check it when that is "ok".

    The caller closes the index (or hands it to `Searcher.open`): opening it once, not twice,
    is quicker at start-up.
    """
    folder = Path(folder)
    stamp_path = folder / STAMP_NAME
    if not folder.is_dir() or not stamp_path.exists():
        return (MISSING if not folder.exists() or not any(folder.iterdir()) else CORRUPT), None
    try:
        stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
        files = stamp["files"]
        version = stamp["schema_version"]
        stamped_hash = stamp["content_hash"]
        count = int(stamp["article_count"])
    except (OSError, ValueError, KeyError, TypeError):
        return CORRUPT, None
    if version != SCHEMA_VERSION or (expected_hash is not None and stamped_hash != expected_hash):
        return STALE, None
    try:
        if index_files(folder) != files:
            return CORRUPT, None
        from index.safe_toc import toc_is_safe

        if not toc_is_safe(folder, INDEX_NAME):
            return CORRUPT, None  # it would run code when opened: never open it
        from whoosh import index as whoosh_index

        ix = whoosh_index.open_dir(
            str(folder), indexname=INDEX_NAME, readonly=True, schema=build_schema()
        )
    except Exception:  # noqa: BLE001 - any failure to read it means the index is unusable
        return CORRUPT, None
    try:
        if ix.doc_count_all() != count:
            ix.close()
            return CORRUPT, None
    except Exception:  # noqa: BLE001
        ix.close()
        return CORRUPT, None
    return OK, ix
