"""Turn checked pack contents into a trusted (or plainly untrusted) library of articles.

`check_trust` says whether a trusted key signed the manifest; a signature that does not match
is never "not verified", it is a refused pack. `pack_library` applies the content checks of
`index.content` and the Markdown safety checks to every article.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from index.content import (
    ContentError,
    ContentProblem,
    Library,
    library_from_checked_files,
    library_from_files,
)
from index.packs.archive import PackContents, read_pack
from index.packs.manifest import Manifest, PackError
from index.packs.safety import markdown_problems
from index.packs.sign import PublicKey, SignatureError, parse_signature, verify

VERIFIED = "verified"
UNSIGNED = "unsigned"
UNKNOWN_KEY = "unknown-key"
BUILTIN = "built-in"

TrustedKeys = dict[bytes, tuple[PublicKey, str]]


@dataclass(frozen=True)
class Trust:
    """Who vouches for a pack: status (VERIFIED, UNSIGNED, UNKNOWN_KEY, BUILTIN), key, signer."""

    status: str
    key_id: str = ""
    signer: str = ""  # the trusted key's name, when VERIFIED

    @property
    def verified(self) -> bool:
        """True for a pack signed by a trusted key, or the one shipped inside the program."""
        return self.status in (VERIFIED, BUILTIN)


@dataclass(frozen=True)
class LoadedPack:
    """A pack whose every file was checked: manifest, trust, articles and where it came from."""

    manifest: Manifest
    trust: Trust
    library: Library
    source: Path
    manifest_sha256: str


def check_trust(contents: PackContents, keys: TrustedKeys) -> Trust:
    """The pack's trust; PackError when its signature is malformed or does not match."""
    if contents.signature is None:
        return Trust(UNSIGNED)
    try:
        sig = parse_signature(contents.signature)
    except SignatureError as exc:
        raise PackError(f"bad signature: {exc}") from None
    key_hex = sig.key_id[::-1].hex().upper()
    if sig.key_id not in keys:
        return Trust(UNKNOWN_KEY, key_hex)
    key, name = keys[sig.key_id]
    try:
        verify(contents.manifest_bytes, sig, key)
    except SignatureError as exc:
        raise PackError(f"bad signature: {exc}") from None
    return Trust(VERIFIED, key_hex, name)


def pack_problems(contents: PackContents, label: str | Path) -> list[ContentProblem]:
    """Every content and Markdown problem of a pack's articles (empty when it is fine)."""
    return _checked(contents, label, "")[1]


def _checked(
    contents: PackContents, label: str | Path, digest: str
) -> tuple[Library | None, list[ContentProblem]]:
    """The pack's library (None when it has content problems) and every problem found."""
    try:
        library: Library | None = _library(contents, label, digest)
        problems: list[ContentProblem] = []
    except ContentError as exc:
        library, problems = None, list(exc.problems)
    images = {n for n in contents.files if n.startswith("images/")}
    for name in contents.article_names:
        body, body_line = _body(contents.files[name])
        problems.extend(markdown_problems(Path(label) / name, body, body_line, images))
    unique = sorted(set(problems), key=lambda p: (str(p.path), p.line, p.message))
    return library, unique


def _body(data: bytes) -> tuple[str, int]:
    """An article's text after its front matter, and the line it starts on."""
    lines = data.decode("utf-8-sig", errors="replace").splitlines()
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            return "\n".join(lines[end + 1 :]), end + 2
    return "\n".join(lines), 1


def _library(contents: PackContents, label: str | Path, digest: str) -> Library:
    files: list[tuple[Path, bytes | None]] = [
        (Path(label) / name, contents.files[name]) for name in contents.article_names
    ]
    return library_from_files(files, digest)


def pack_library(contents: PackContents, label: str | Path, digest: str | None = None) -> Library:
    """The pack's articles (PackError naming the first problem and how many there are)."""
    library, problems = _checked(contents, label, digest or manifest_digest(contents))
    if problems or library is None:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise PackError(f"{problems[0]}{more}")
    return library


def manifest_digest(contents: PackContents) -> str:
    """SHA-256 of the manifest bytes: names the exact pack (every file's hash is inside)."""
    return hashlib.sha256(contents.manifest_bytes).hexdigest()


def load_pack(path: Path, keys: TrustedKeys) -> LoadedPack:
    """Read, check, trust-check and load a `.chpack` file (PackError when it is refused)."""
    contents = read_pack(path)
    trust = check_trust(contents, keys)
    library = pack_library(contents, contents.manifest.id)
    return LoadedPack(contents.manifest, trust, library, Path(path), manifest_digest(contents))


def load_installed(path: Path, keys: TrustedKeys) -> LoadedPack:
    """A pack of the store, read at start: every byte hash-checked against the manifest and the
    signature verified, as `load_pack` does; the content checks that `load_pack` ran when the
    pack was added are not run again (they judge the same bytes), see docs/PACKS.md."""
    contents = read_pack(path)
    trust = check_trust(contents, keys)
    digest = manifest_digest(contents)
    try:
        library = library_from_checked_files(
            [(Path(contents.manifest.id) / n, contents.files[n]) for n in contents.article_names],
            digest,
        )
    except ContentError as exc:
        more = f" (and {len(exc.problems) - 1} more)" if len(exc.problems) > 1 else ""
        raise PackError(f"{exc.problems[0]}{more}") from None
    return LoadedPack(contents.manifest, trust, library, Path(path), digest)
