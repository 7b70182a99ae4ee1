"""The pack manifest (`manifest.json`): who made a pack, what it holds, and each file's hash.

See docs/PACKS.md for every field. `parse_manifest` checks the JSON and returns a Manifest or
raises PackError with one plain line; `manifest_json` writes it back canonically (sorted keys),
so that the bytes a publisher signs are the bytes the app reads.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

FORMAT = "checkin-help-pack"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.json.minisig"
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
VERSION_RE = re.compile(r"^\d{1,9}(?:\.\d{1,9}){0,3}$")
AS_OF_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
REQUIRED = ("id", "title", "publisher", "language", "version", "as_of", "taken", "licence")


class PackError(Exception):
    """A pack (or pack folder) cannot be used; the message is one plain line."""


@dataclass(frozen=True)
class FileEntry:
    """One file of a pack: its size and SHA-256 (hex)."""

    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """A pack's manifest: its identity, dates, source and the hash of every file."""

    id: str
    title: str
    publisher: str
    language: str
    version: str
    as_of: str  # the date the source says it is current as of: YYYY, YYYY-MM or YYYY-MM-DD
    taken: str  # the date this copy was taken from the source: YYYY-MM-DD
    licence: str
    as_of_text: str = ""  # the source's own words for that date, e.g. "spring 2023"
    source_url: str = ""
    description: str = ""
    supersedes: tuple[str, ...] = ()
    files: dict[str, FileEntry] = field(default_factory=dict)

    @property
    def version_key(self) -> tuple[int, ...]:
        """The version as numbers, for comparing (1.10 is newer than 1.9)."""
        return version_key(self.version)

    def with_files(self, files: dict[str, FileEntry]) -> Manifest:
        """A copy listing these files."""
        return replace(self, files=dict(files))


def version_key(version: str) -> tuple[int, ...]:
    """A dotted version as a tuple of numbers, trailing zeros dropped (1.0 == 1)."""
    parts = [int(p) for p in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def as_of_end(as_of: str) -> _dt.date:
    """The last day the as-of date can mean ("2023" -> 2023-12-31): staleness counts from it."""
    parts = [int(p) for p in as_of.split("-")]
    if len(parts) == 3:
        return _dt.date(parts[0], parts[1], parts[2])
    if len(parts) == 2:
        year, month = parts
        first_next = _dt.date(year + month // 12, month % 12 + 1, 1)
        return first_next - _dt.timedelta(days=1)
    return _dt.date(parts[0], 12, 31)


def is_stale(manifest: Manifest, today: _dt.date, months: int = 12) -> bool:
    """True when the source's as-of date is more than `months` months before `today`."""
    end = as_of_end(manifest.as_of)
    months_old = (today.year - end.year) * 12 + (today.month - end.month)
    if today.day < end.day:
        months_old -= 1
    return months_old >= months


def _check_date(value: str, key: str, pattern: re.Pattern[str]) -> None:
    if not pattern.fullmatch(value):
        raise PackError(f"manifest: {key} {value!r} is not a date (use YYYY-MM-DD)")
    try:
        if value.count("-") == 2:
            _dt.date.fromisoformat(value)
        elif value.count("-") == 1:
            _dt.date.fromisoformat(value + "-01")
    except ValueError:
        raise PackError(f"manifest: {key} {value!r} is not a real date") from None


def _string(data: dict[str, Any], key: str, required: bool) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise PackError(f"manifest: {key} must be text")
    value = value.strip()
    if required and not value:
        raise PackError(f"manifest: {key} is missing or empty")
    if "\n" in value or "<" in value:
        raise PackError(f"manifest: {key} must be one line of plain text")
    return value


def manifest_from_dict(data: Any, need_files: bool = True) -> Manifest:
    """Check a decoded manifest and make a Manifest (PackError with the first problem)."""
    if not isinstance(data, dict):
        raise PackError("manifest: not a JSON object")
    if data.get("format") != FORMAT:
        raise PackError(f"manifest: format must be {FORMAT!r}")
    if data.get("format_version") != FORMAT_VERSION:
        raise PackError(f"manifest: unsupported format_version {data.get('format_version')!r}")
    values = {k: _string(data, k, k in REQUIRED) for k in REQUIRED}
    optional = {k: _string(data, k, False) for k in ("as_of_text", "source_url", "description")}
    if not ID_RE.match(values["id"]):
        raise PackError(f"manifest: bad id {values['id']!r}: use a-z, 0-9 and -")
    if not LANGUAGE_RE.match(values["language"]):
        raise PackError(f"manifest: bad language {values['language']!r} (e.g. en, es, pt-BR)")
    if not VERSION_RE.match(values["version"]):
        raise PackError(f"manifest: bad version {values['version']!r} (e.g. 1, 1.2 or 2026.11.26)")
    _check_date(values["as_of"], "as_of", AS_OF_RE)
    _check_date(values["taken"], "taken", re.compile(r"^\d{4}-\d{2}-\d{2}$"))
    url = optional["source_url"]
    if url and not url.startswith(("https://", "http://")):
        raise PackError("manifest: source_url must start with https:// or http://")
    supersedes = data.get("supersedes", [])
    if not isinstance(supersedes, list) or not all(
        isinstance(s, str) and ID_RE.match(s) for s in supersedes
    ):
        raise PackError("manifest: supersedes must be a list of pack ids")
    raw_files = data.get("files", {})
    if not isinstance(raw_files, dict) or (need_files and not raw_files):
        raise PackError("manifest: files must list every file of the pack")
    files: dict[str, FileEntry] = {}
    for name, entry in raw_files.items():
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("size"), int)
            and entry["size"] >= 0
            and isinstance(entry.get("sha256"), str)
            and SHA256_RE.match(entry["sha256"])
        ):
            raise PackError(f"manifest: the entry for {name!r} needs size and sha256")
        files[str(name)] = FileEntry(entry["size"], entry["sha256"])
    return Manifest(**values, **optional, supersedes=tuple(supersedes), files=files)


def parse_manifest(raw: bytes, need_files: bool = True) -> Manifest:
    """Decode and check `manifest.json` bytes."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackError(f"manifest: not valid JSON ({exc})") from None
    return manifest_from_dict(data, need_files)


def manifest_dict(manifest: Manifest) -> dict[str, Any]:
    """The manifest as a JSON-ready dict (every field)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": manifest.id,
        "title": manifest.title,
        "description": manifest.description,
        "publisher": manifest.publisher,
        "language": manifest.language,
        "version": manifest.version,
        "as_of": manifest.as_of,
        "as_of_text": manifest.as_of_text,
        "taken": manifest.taken,
        "source_url": manifest.source_url,
        "licence": manifest.licence,
        "supersedes": list(manifest.supersedes),
        "files": {
            name: {"size": f.size, "sha256": f.sha256} for name, f in sorted(manifest.files.items())
        },
    }


def manifest_json(manifest: Manifest) -> bytes:
    """Canonical manifest bytes (sorted keys, UTF-8, final newline): what gets signed."""
    text = json.dumps(manifest_dict(manifest), ensure_ascii=False, indent=1, sort_keys=True)
    return (text + "\n").encode("utf-8")
