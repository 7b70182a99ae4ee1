"""Trusted publisher keys: list them, trust one from a minisign `.pub` file, remove one.

Qt-free; used by `checkin-help pack trust-key` and by staff settings. Keys live as `NAME.pub`
files in the store's key folders (docs/PACKS.md): the program's own and the machine-wide ones
are read-only here; only the last folder (this user's, or the machine's when it is locked) is
changed.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core import atomic

if TYPE_CHECKING:
    from index.packs.store import PackStore

# A key's name is shown on answers ("Verified: NAME") and is its file's name.
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._()-]{0,80}")


class KeyFileError(ValueError):
    """A key file could not be read or is not a minisign public key (plain message)."""


class KeyNameError(ValueError):
    """A key's name holds characters a file name or an answer page cannot carry."""


@dataclass(frozen=True)
class TrustedKey:
    """One trusted publisher key as staff see it."""

    name: str
    key_id: str  # as minisign prints it
    path: Path
    removable: bool


def trusted_keys(store: PackStore) -> list[TrustedKey]:
    """Every key the store trusts, in its folders' order (bad files skipped)."""
    from index.packs.sign import public_key_files

    own = store.key_dirs[-1] if store.key_dirs else None
    return [
        TrustedKey(path.stem, key.id_hex, path, folder == own)
        for folder, path, key in public_key_files(list(store.key_dirs))
    ]


def trust_key(store: PackStore, pub_file: Path, name: str) -> TrustedKey:
    """Copy a publisher's public key into the store's own key folder under `name`.

    KeyNameError for a bad name, KeyFileError for a file that is not a public key, OSError
    when the folder cannot be written.
    """
    from index.packs.sign import SignatureError, parse_public_key

    name = name.strip()
    if not NAME_PATTERN.fullmatch(name):
        raise KeyNameError("the name may hold letters, digits, spaces and . _ ( ) -")
    try:
        key = parse_public_key(Path(pub_file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, SignatureError) as exc:
        raise KeyFileError(f"{Path(pub_file).name}: {exc}") from exc
    folder = store.key_dirs[-1]
    # Not a private folder: when the machine is locked this is the machine-wide key folder,
    # which every user of the PC reads. A public key is no secret.
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.pub"
    atomic.write_text(target, key.file_text())
    with contextlib.suppress(OSError):
        target.chmod(0o644)
    return TrustedKey(name, key.id_hex, target, True)


def remove_key(store: PackStore, key: TrustedKey) -> None:
    """Stop trusting a key of the store's own folder (KeyFileError for another folder's)."""
    own = store.key_dirs[-1] if store.key_dirs else None
    if own is None or key.path.parent != own:
        raise KeyFileError(f"{key.name} is part of the program or of this computer's setup")
    key.path.unlink(missing_ok=True)
