"""The pack store: a folder of installed `.chpack` files (one per pack id) and a small state file.

Installing reads and checks the whole pack first, then copies it into the store under a
temporary name, checks that copy again, and renames it into place: a refused or interrupted
install changes nothing. Every load checks every file again (hashes and signature), so what
is shown always comes from verified bytes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from index.content import content_hash, load_library
from index.packs.active import ActiveLibrary, merge_packs, resolve_active
from index.packs.archive import read_pack
from index.packs.folder import folder_contents
from index.packs.manifest import PackError
from index.packs.sign import load_public_keys
from index.packs.verify import (
    BUILTIN,
    UNKNOWN_KEY,
    LoadedPack,
    Trust,
    TrustedKeys,
    load_installed,
    load_pack,
    manifest_digest,
    pack_library,
)

STATE_FILE = "state.json"
PACK_SUFFIX = ".chpack"


@dataclass(frozen=True)
class StoreLoad:
    """The result of loading the store: what is active, what is installed, what was refused."""

    active: ActiveLibrary
    installed: tuple[LoadedPack, ...]
    refused: tuple[tuple[Path, str], ...]  # (file, one-line reason)
    builtin: LoadedPack | None


BUILTIN_PACK_NAME = "builtin.chpack"


def articles_hash(files: dict[str, bytes]) -> str:
    """`index.content.content_hash` over a pack's articles: the bundled index's stamp."""
    h = hashlib.sha256()
    for name in sorted(n for n in files if n.endswith(".md")):
        data = files[name]
        h.update(name.encode("utf-8") + b"\0")
        h.update(str(len(data)).encode("ascii") + b"\0" + data)
    return h.hexdigest()


def load_builtin(content_dir: Path) -> LoadedPack:
    """The built-in pack (trusted as part of the program): `builtin.chpack` beside `content/`
    when the packaging built one, else the `content/` folder itself."""
    pack_file = Path(content_dir).parent / BUILTIN_PACK_NAME
    if pack_file.is_file():
        contents = read_pack(pack_file)
        library = pack_library(contents, Path(content_dir), articles_hash(contents.files))
        return LoadedPack(
            contents.manifest, Trust(BUILTIN), library, pack_file, manifest_digest(contents)
        )
    try:
        contents = folder_contents(content_dir)
        # The bundled search index is stamped with this hash (see `index.build`).
        library = pack_library(contents, Path(content_dir), content_hash(Path(content_dir)))
    except PackError:
        # A content problem reads as it does in check-content (every problem, ContentError).
        load_library(Path(content_dir))
        raise
    return LoadedPack(
        contents.manifest, Trust(BUILTIN), library, Path(content_dir), manifest_digest(contents)
    )


class PackStore:
    """Installed packs in `folder`, trusted keys in `key_dirs`, the built-in pack's folder."""

    def __init__(
        self,
        folder: Path,
        key_dirs: Sequence[Path],
        builtin_dir: Path | None = None,
        shared: Sequence[Path] = (),
    ) -> None:
        self.folder = Path(folder)
        self.key_dirs = [Path(d) for d in key_dirs]
        self.builtin_dir = Path(builtin_dir) if builtin_dir is not None else None
        # Read-only pack folders (machine-wide, set up by an administrator): used, not changed.
        self.shared = [Path(d) for d in shared]

    # -- reading ---------------------------------------------------------------------------

    def keys(self) -> TrustedKeys:
        """The public keys trusted here, by key id."""
        return load_public_keys(self.key_dirs)

    def pack_files(self) -> list[Path]:
        """The installed pack files: the shared folders' first, then this store's own."""
        files: list[Path] = []
        for folder in (*self.shared, self.folder):
            if folder.is_dir():
                files += sorted(p for p in folder.glob(f"*{PACK_SUFFIX}") if p.is_file())
        return files

    def disabled(self) -> list[str]:
        """Ids of installed packs that staff turned off."""
        try:
            data = json.loads((self.folder / STATE_FILE).read_text(encoding="utf-8"))
            return [str(x) for x in data.get("disabled", [])]
        except (OSError, ValueError, AttributeError):
            return []

    def inspect(self, path: Path) -> LoadedPack:
        """Read and check a pack file without installing it (PackError when refused)."""
        return load_pack(Path(path), self.keys())

    def load(self, full_check: bool = False) -> StoreLoad:
        """Check every installed pack and the built-in one; merge the active ones.

        Every byte is checked against its pack's signed manifest either way; `full_check` also
        runs the content checks again that each pack passed when it was added (`pack list`).
        """
        keys = self.keys()
        read = load_pack if full_check else load_installed
        builtin = load_builtin(self.builtin_dir) if self.builtin_dir is not None else None
        installed: list[LoadedPack] = []
        refused: list[tuple[Path, str]] = []
        for path in self.pack_files():
            try:
                installed.append(read(path, keys))
            except PackError as exc:
                refused.append((path, str(exc)))
        active = resolve_active(builtin, installed, self.disabled())
        if not active:
            raise PackError("no information pack is available")
        return StoreLoad(merge_packs(active), tuple(installed), tuple(refused), builtin)

    # -- changing --------------------------------------------------------------------------

    def install(self, path: Path, allow_unsigned: bool = False) -> LoadedPack:
        """Check and add a pack; a newer version replaces the installed one of the same id."""
        pack = self.inspect(path)
        m = pack.manifest
        if not pack.trust.verified and not allow_unsigned:
            who = (
                f"signed by a key this computer does not trust ({pack.trust.key_id})"
                if pack.trust.status == UNKNOWN_KEY
                else "not signed"
            )
            raise PackError(f"{Path(path).name} is {who}; staff can add it with --allow-unsigned")
        if self.builtin_dir is not None:
            builtin = load_builtin(self.builtin_dir).manifest
            if m.id == builtin.id and m.version_key <= builtin.version_key:
                raise PackError(
                    f"{m.id} {m.version} would replace the built-in pack (version "
                    f"{builtin.version}) with an older or the same version"
                )
        target = self.folder / f"{m.id}{PACK_SUFFIX}"
        old = None
        if target.exists():
            with contextlib.suppress(PackError):  # a damaged installed copy may be replaced
                old = load_pack(target, self.keys()).manifest
        if old is not None and m.version_key <= old.version_key:
            raise PackError(f"{m.id} version {old.version} is installed; {m.version} is not newer")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{m.id}.", suffix=".tmp", dir=self.folder)
        except OSError as exc:
            raise PackError(
                f"cannot write in {self.folder} ({exc.strerror or exc}); "
                "packs for every user of this computer are added by an administrator"
            ) from None
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            shutil.copyfile(path, tmp)
            tmp.chmod(0o644)  # shared, read-only data like the program's own
            copied = load_pack(tmp, self.keys())
            if copied.manifest_sha256 != pack.manifest_sha256:
                raise PackError(f"{Path(path).name} changed while it was being added")
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        self._set_disabled(m.id, False)
        return dataclasses.replace(pack, source=target)

    def remove(self, pack_id: str) -> Path:
        """Remove an installed pack (PackError when there is none with this id)."""
        target = self.folder / f"{pack_id}{PACK_SUFFIX}"
        if not target.is_file():
            for folder in self.shared:
                if (folder / f"{pack_id}{PACK_SUFFIX}").is_file():
                    raise PackError(
                        f"{pack_id} is installed for every user of this computer; "
                        f"an administrator can remove it from {folder}"
                    )
            if (
                self.builtin_dir is not None
                and load_builtin(self.builtin_dir).manifest.id == pack_id
            ):
                raise PackError(f"{pack_id} is the built-in pack; it cannot be removed")
            raise PackError(
                f"no installed pack has the id {pack_id!r} (see: checkin-help pack list)"
            )
        target.unlink()
        self._set_disabled(pack_id, False)
        return target

    def set_enabled(self, pack_id: str, enabled: bool) -> None:
        """Turn an installed pack on or off (it stays installed)."""
        if not (self.folder / f"{pack_id}{PACK_SUFFIX}").is_file():
            raise PackError(f"no installed pack has the id {pack_id!r}")
        self._set_disabled(pack_id, not enabled)

    def _set_disabled(self, pack_id: str, disabled: bool) -> None:
        ids = [i for i in self.disabled() if i != pack_id] + ([pack_id] if disabled else [])
        if not ids and not (self.folder / STATE_FILE).exists():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".state.", suffix=".tmp", dir=self.folder)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"disabled": sorted(ids)}, f)
        os.replace(tmp, self.folder / STATE_FILE)
