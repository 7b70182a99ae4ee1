"""Clinic notes: the clinic's own articles, kept as local information packs (docs/CLINIC_NOTES.md).

Staff write notes in the app; each note is an article (Markdown with the content's front
matter) in the pack `clinic-notes-<language>`, whose publisher and title are the clinic's
name. Saving checks the note by the same rules as any pack (no raw HTML, no remote images, no
`file:` links), builds the pack again and installs it through the pack store (atomic: a
refused or interrupted save changes nothing). Answers from these packs say "From <clinic
name>" (`PackFacts.kind == "local"`), never "Verified". Qt-free.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.clinic_note_text import (
    LOCAL,
    NOTE_LANGUAGES,
    NOTES_PACK,
    ClinicNote,
    NoteError,
    check_note,
    clean_body,
    is_notes_pack,
    link_markdown,
    manifest_for,
    next_version,
    note_markdown,
    notes_pack_id,
    pack_language,
    phone_markdown,
    preview_page,
    slug,
    unique_id,
)

if TYPE_CHECKING:
    from index.packs.sign import SecretKey
    from index.packs.store import PackStore
    from index.packs.verify import LoadedPack

__all__ = [
    "LOCAL",
    "NOTES_PACK",
    "NOTE_LANGUAGES",
    "SIGNING_KEY_NAME",
    "ClinicNote",
    "ClinicNotes",
    "NoteError",
    "check_note",
    "is_notes_pack",
    "link_markdown",
    "next_version",
    "notes_pack_id",
    "pack_language",
    "phone_markdown",
    "preview_page",
    "signing_key",
    "slug",
]

# Where `pack keygen --out <data>/clinic-notes` puts the key that signs exported notes.
SIGNING_KEY_NAME = "clinic-notes.key"


class ClinicNotes:
    """The clinic's notes in a pack store: read, save, delete, export, import."""

    def __init__(
        self,
        store: PackStore,
        clinic_name: str,
        now: Callable[[], _dt.datetime] = _dt.datetime.now,
    ) -> None:
        self._store = store
        self.clinic_name = clinic_name.strip()
        self._now = now

    @property
    def store(self) -> PackStore:
        """The pack store the notes are kept in."""
        return self._store

    # -- reading ---------------------------------------------------------------------------

    def pack_files(self) -> list[Path]:
        """The notes packs installed in this store's own folder (editable here)."""
        folder = self._store.folder
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.glob("*.chpack") if p.is_file() and is_notes_pack(p.stem))

    def _packs(self) -> list[LoadedPack]:
        """The notes packs, checked (NoteError when one is refused)."""
        from index.packs.manifest import PackError

        packs = []
        for path in self.pack_files():
            try:
                packs.append(self._store.inspect(path))
            except PackError as exc:
                raise NoteError([f"{path.name}: {exc}"]) from None
        return packs

    def notes(self) -> list[ClinicNote]:
        """Every note, by language then in the order they were written."""
        out = []
        for pack in self._packs():
            for art in pack.library.articles:
                out.append(
                    ClinicNote(art.id, art.title, pack.manifest.language, art.reviewed, art.body)
                )
        return out

    # -- changing --------------------------------------------------------------------------

    def save(self, note: ClinicNote, previous: ClinicNote | None = None) -> ClinicNote:
        """Add or change a note (dated today) and install its pack again; returns it as saved.

        `previous`: the note as it was before (None for a new note); a note moved to another
        language leaves its old language's pack. NoteError lists what is wrong.
        """
        problems = check_note(note, self.clinic_name)
        if problems:
            raise NoteError(problems)
        notes = self.notes()
        if previous is not None:
            notes = [n for n in notes if (n.id, n.language) != (previous.id, previous.language)]
        same = [n for n in notes if n.language == note.language]
        taken = {n.id for n in same}
        note_id = note.id if note.id and note.id not in taken else unique_id(note.title, taken)
        today = self._now().date().isoformat()
        saved = dataclasses.replace(
            note, id=note_id, title=note.title.strip(), written=today, body=clean_body(note.body)
        )
        before = [n for n in self.notes() if n.language == note.language]
        moved = previous is not None and previous.language != note.language
        if previous is not None and not moved and any(n.id == previous.id for n in before):
            # Keep the note where it was in the list.
            order = [saved if n.id == previous.id else n for n in before]
        else:
            order = [*same, saved]
        self._write(note.language, order)
        if previous is not None and moved:
            rest = [n for n in notes if n.language == previous.language]
            self._write(previous.language, rest)
        return saved

    def delete(self, note: ClinicNote) -> None:
        """Remove a note; its language's pack goes when it was the last one."""
        rest = [n for n in self.notes() if n.language == note.language and n.id != note.id]
        self._write(note.language, rest)

    def _write(self, language: str, notes: list[ClinicNote]) -> None:
        """Build the language's pack from these notes and install it (or remove it if empty)."""
        from index.packs.folder import build_pack
        from index.packs.manifest import PackError, manifest_json

        pack_id = notes_pack_id(language)
        if not notes:
            if (self._store.folder / f"{pack_id}.chpack").is_file():
                try:
                    self._store.remove(pack_id)
                except (PackError, OSError) as exc:
                    raise NoteError([str(exc)]) from None
            return
        files = {
            f"{n.id}.md": note_markdown(n, self.clinic_name, i).encode("utf-8")
            for i, n in enumerate(notes, start=1)
        }
        old = self._installed_version(pack_id)
        version = next_version(old, self._now())
        as_of = max(n.written for n in notes)
        today = self._now().date().isoformat()
        manifest = manifest_for(language, self.clinic_name, version, as_of, today, files)
        try:
            with tempfile.TemporaryDirectory(prefix="clinic-notes-") as tmp:
                folder = Path(tmp) / "pack"
                folder.mkdir()
                for name, data in files.items():
                    (folder / name).write_bytes(data)
                (folder / "manifest.json").write_bytes(manifest_json(manifest.with_files({})))
                out = Path(tmp) / f"{pack_id}.chpack"
                build_pack(folder, out)
                self._store.install(out, allow_unsigned=True)
        except (PackError, OSError) as exc:
            raise NoteError([str(exc)]) from None

    def _installed_version(self, pack_id: str) -> str | None:
        """The version of the installed notes pack with this id, if there is one."""
        from index.packs.manifest import PackError

        path = self._store.folder / f"{pack_id}.chpack"
        if not path.is_file():
            return None
        try:
            return self._store.inspect(path).manifest.version
        except PackError:
            return None

    # -- copying to the clinic's other computers ------------------------------------------------

    def export(self, folder: Path, key: SecretKey | None = None) -> list[Path]:
        """Write each notes pack as `<id>.chpack` into folder (signed with `key` when given)."""
        from index.packs.archive import read_pack
        from index.packs.folder import build_pack
        from index.packs.manifest import PackError

        written = []
        folder = Path(folder)
        for path in self.pack_files():
            out = folder / path.name
            try:
                contents = read_pack(path)
                if key is None:
                    _copy_atomic(path, out)
                else:
                    with tempfile.TemporaryDirectory(prefix="clinic-notes-") as tmp:
                        src = Path(tmp)
                        for name, data in contents.files.items():
                            (src / name).write_bytes(data)
                        (src / "manifest.json").write_bytes(contents.manifest_bytes)
                        build_pack(src, out, key=key)
            except (OSError, PackError) as exc:
                raise NoteError([f"{out}: {exc}"]) from None
            written.append(out)
        return written

    def check_import(self, path: Path) -> LoadedPack:
        """Check a notes pack file before it is added (NoteError when it is not one, or refused)."""
        from index.packs.manifest import PackError

        try:
            pack = self._store.inspect(Path(path))
        except PackError as exc:
            raise NoteError([str(exc)]) from None
        if not is_notes_pack(pack.manifest.id):
            raise NoteError([f"{Path(path).name} is not a clinic notes pack ({pack.manifest.id})"])
        return pack

    def import_pack(self, path: Path, allow_unsigned: bool) -> LoadedPack:
        """Add a notes pack exported on another computer through the pack store's install."""
        from index.packs.manifest import PackError

        self.check_import(path)
        try:
            return self._store.install(Path(path), allow_unsigned=allow_unsigned)
        except (PackError, OSError) as exc:
            raise NoteError([str(exc)]) from None


def _copy_atomic(src: Path, dst: Path) -> None:
    """Copy a file under a temporary name beside dst, then rename it into place."""
    import os

    dst.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".tmp", dir=dst.parent)
    os.close(fd)
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, dst)
    finally:
        Path(tmp).unlink(missing_ok=True)


def signing_key(data_dir: Path) -> SecretKey | None:
    """The clinic's key for signing exported notes (`<data>/clinic-notes.key`), if there is one."""
    from index.packs.sign import SignatureError, parse_secret_key

    path = Path(data_dir) / SIGNING_KEY_NAME
    try:
        return parse_secret_key(path.read_text(encoding="utf-8"))
    except (OSError, SignatureError, UnicodeDecodeError):
        return None
