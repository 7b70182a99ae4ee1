"""Read a `.chpack` zip safely: names, sizes and ratios limited, every byte checked by hash.

Nothing is extracted to disk: members are read into memory (each read capped, whatever the zip
headers claim), checked against the manifest, and handed on as bytes. Any problem raises
PackError with one plain line.
"""

from __future__ import annotations

import hashlib
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from index.packs.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    FileEntry,
    Manifest,
    PackError,
    parse_manifest,
)

ARTICLE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.md$")
IMAGE_RE = re.compile(r"^images/[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.(?:png|jpe?g)$")
IMAGE_MAGIC = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
}


@dataclass(frozen=True)
class Limits:
    """How big a pack may be: the zip file, each member, all members, and the packing ratio."""

    pack_bytes: int = 64 * 1024 * 1024
    member_bytes: int = 8 * 1024 * 1024
    total_bytes: int = 128 * 1024 * 1024
    members: int = 20000
    # Text packs at about 3-5x; a member over `ratio_floor` bytes packed tighter is a bomb.
    ratio: int = 100
    ratio_floor: int = 64 * 1024


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class PackContents:
    """A pack read and hash-checked: manifest, its exact bytes, signature text, files."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: str | None
    files: dict[str, bytes]

    @property
    def article_names(self) -> list[str]:
        """The Markdown articles' names, sorted."""
        return sorted(n for n in self.files if n.endswith(".md"))


def sha256_hex(data: bytes) -> str:
    """Hex SHA-256 of bytes."""
    return hashlib.sha256(data).hexdigest()


def member_problem(name: str) -> str | None:
    """Why a member name is not allowed in a pack (None when it is fine)."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\0" in name:
        return f"the path {name!r} is absolute or has a backslash"
    if re.match(r"^[A-Za-z]:", name):
        return f"the path {name!r} has a drive letter"
    if any(part in ("", ".", "..") for part in name.split("/")):
        return f"the path {name!r} leads outside the pack"
    if name in (MANIFEST_NAME, SIGNATURE_NAME) or ARTICLE_RE.match(name) or IMAGE_RE.match(name):
        return None
    return f"unexpected file {name!r} (a pack holds *.md articles and images/*.png or *.jpg)"


def image_problem(name: str, data: bytes) -> str | None:
    """Why an image's bytes are not the PNG or JPEG its name says (None when they are)."""
    magic = IMAGE_MAGIC[Path(name).suffix.lower()]
    if not data.startswith(magic):
        return f"{name} is not a {Path(name).suffix[1:].upper()} image"
    return None


def _read_members(zf: zipfile.ZipFile, limits: Limits) -> dict[str, bytes]:
    """Every member's bytes, after checking names, kinds and sizes."""
    infos = zf.infolist()
    if len(infos) > limits.members:
        raise PackError(f"the pack has too many files ({len(infos)}; at most {limits.members})")
    seen: set[str] = set()
    declared = 0
    for info in infos:
        name = info.filename
        if info.is_dir():
            raise PackError(f"the pack holds a folder entry {name!r}")
        problem = member_problem(name)
        if problem:
            raise PackError(problem)
        if name.casefold() in seen:
            raise PackError(f"the pack holds {name!r} twice")
        seen.add(name.casefold())
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackError(f"{name!r} is a symbolic link")
        if info.flag_bits & 0x1:
            raise PackError(f"{name!r} is encrypted")
        if info.file_size > limits.member_bytes:
            raise PackError(f"{name!r} is too large ({info.file_size} bytes)")
        if info.file_size > limits.ratio_floor and info.file_size > limits.ratio * max(
            info.compress_size, 1
        ):
            raise PackError(f"{name!r} is packed too tightly to be real content (a zip bomb?)")
        declared += info.file_size
        if declared > limits.total_bytes:
            raise PackError("the pack's files are too large in total")
    files: dict[str, bytes] = {}
    total = 0
    for info in infos:
        with zf.open(info) as f:
            data = f.read(limits.member_bytes + 1)
        # The headers can lie: what was really unpacked is what counts.
        if len(data) > limits.member_bytes or len(data) != info.file_size:
            raise PackError(f"{info.filename!r} is not the size its header says")
        total += len(data)
        if total > limits.total_bytes:
            raise PackError("the pack's files are too large in total")
        files[info.filename] = data
    return files


def read_pack(path: Path, limits: Limits = DEFAULT_LIMITS) -> PackContents:
    """Open and check a `.chpack` file (PackError with one plain line when it is unusable)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PackError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    if size > limits.pack_bytes:
        raise PackError(f"{path.name} is too large to be a pack ({size} bytes)")
    try:
        with zipfile.ZipFile(path) as zf:
            files = _read_members(zf, limits)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise PackError(f"{path.name} is damaged or not a pack ({exc})") from None
    except NotImplementedError as exc:
        raise PackError(f"{path.name} uses an unsupported compression ({exc})") from None
    except OSError as exc:
        raise PackError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    return contents_from_files(files)


def contents_from_files(files: dict[str, bytes]) -> PackContents:
    """Check a pack's files (name -> bytes) against its manifest's list and hashes."""
    files = dict(files)
    raw_manifest = files.pop(MANIFEST_NAME, None)
    if raw_manifest is None:
        raise PackError(f"the pack has no {MANIFEST_NAME}")
    raw_sig = files.pop(SIGNATURE_NAME, None)
    manifest = parse_manifest(raw_manifest)
    listed, present = set(manifest.files), set(files)
    if listed - present:
        raise PackError(f"a file listed in the manifest is missing: {sorted(listed - present)[0]}")
    if present - listed:
        raise PackError(f"a file is not listed in the manifest: {sorted(present - listed)[0]}")
    for name, data in files.items():
        problem = member_problem(name)
        if problem:
            raise PackError(problem)
        entry = manifest.files[name]
        if entry != FileEntry(len(data), sha256_hex(data)):
            raise PackError(f"{name} does not match its hash in the manifest (changed or damaged)")
        if IMAGE_RE.match(name):
            problem = image_problem(name, data)
            if problem:
                raise PackError(problem)
    if not any(n.endswith(".md") for n in files):
        raise PackError("the pack has no articles")
    signature = None
    if raw_sig is not None:
        try:
            signature = raw_sig.decode("utf-8")
        except UnicodeDecodeError:
            raise PackError("the signature file is not text") from None
    return PackContents(manifest, raw_manifest, signature, files)
