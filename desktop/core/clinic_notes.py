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
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.help_records import AnswerPage, PackFacts

if TYPE_CHECKING:
    from index.packs.sign import SecretKey
    from index.packs.store import PackStore
    from index.packs.verify import LoadedPack

NOTES_PACK = "clinic-notes"
LOCAL = "local"  # PackFacts.kind of an answer from clinic notes
# The languages notes are written in (pack language codes; the UI's "pt_BR" is "pt-BR" here).
NOTE_LANGUAGES = ("en", "es", "ht", "pt-BR", "fr")
MAX_TITLE = 200
SUMMARY_CHARS = 160
LICENCE = "The clinic's own notes, for the clinic's computers"
# Where `pack keygen --out <data>/clinic-notes` puts the key that signs exported notes.
SIGNING_KEY_NAME = "clinic-notes.key"


class NoteError(Exception):
    """A note cannot be saved or a notes pack cannot be used; `problems` are plain lines."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


@dataclass(frozen=True)
class ClinicNote:
    """One note: its id (empty for a new note), title, language, date written, Markdown."""

    id: str
    title: str
    language: str  # one of NOTE_LANGUAGES
    written: str  # YYYY-MM-DD; empty for a note never saved
    body: str


def is_notes_pack(pack_id: str) -> bool:
    """True for the id of a clinic-notes pack (`clinic-notes` or `clinic-notes-<language>`)."""
    return pack_id == NOTES_PACK or pack_id.startswith(NOTES_PACK + "-")


def notes_pack_id(language: str) -> str:
    """The id of the notes pack of a language: "pt-BR" -> "clinic-notes-pt-br"."""
    return f"{NOTES_PACK}-{language.replace('_', '-').lower()}"


def pack_language(code: str) -> str:
    """A UI language code as a pack language ("pt_BR" -> "pt-BR"); "en" when unknown."""
    code = code.replace("_", "-")
    return code if code in NOTE_LANGUAGES else "en"


def slug(title: str) -> str:
    """An article id made from a title: lower-case ASCII letters, digits and -."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    text = "-".join(words)[:60].strip("-")
    return text or "note"


def _unique_id(title: str, taken: set[str]) -> str:
    """A slug of the title that no other note of the pack has."""
    base = slug(title)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def summary_of(note: ClinicNote) -> str:
    """One plain line from the note's first words (search results show it); else its title."""
    text = re.sub(r"!?\[([^\]\n]*)\]\([^)\n]*\)", r"\1", note.body)
    text = re.sub(r"(?m)^\s*(?:[-*+]|\d+\.|#+|>)\s+", " ", text)
    text = re.sub(r"[*_`\\]", "", text)
    text = " ".join(text.split())
    if not text or "<" in text or "&" in text:
        return note.title
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return first if len(first) <= SUMMARY_CHARS else first[: SUMMARY_CHARS - 1].rstrip() + "…"


def clean_body(body: str) -> str:
    """The Markdown as it is kept: Unix line ends, no trailing spaces, no blank lines around."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def note_markdown(note: ClinicNote, clinic_name: str, order: int) -> str:
    """The note as an article file: the content's front matter, then its Markdown."""
    return (
        "---\n"
        f"id: {note.id}\n"
        f"title: {note.title}\n"
        f"summary: {summary_of(note)}\n"
        f"order: {order}\n"
        f"source: {clinic_name}\n"
        f"reviewed: {note.written}\n"
        "---\n"
        f"{clean_body(note.body)}\n"
    )


def _front_matter_lines() -> int:
    """How many lines `note_markdown` writes before the body."""
    return 8


def check_note(note: ClinicNote, clinic_name: str) -> list[str]:
    """Every problem that would refuse the note, as "line N: message" (empty when it is fine)."""
    problems = []
    if not clinic_name.strip():
        problems.append("the clinic's name is not set")
    elif "<" in clinic_name:
        problems.append("the clinic's name must not contain <")
    title = note.title.strip()
    if not title:
        problems.append("the note has no title")
    elif len(title) > MAX_TITLE or "\n" in title or re.search(r"<[A-Za-z/!]", title):
        problems.append("the title must be one line of plain text")
    if note.language not in NOTE_LANGUAGES:
        problems.append(f"unknown language {note.language!r}")
    if not note.body.strip():
        problems.append("the note has no text")
    if problems:
        return problems
    from index.packs.archive import contents_from_files
    from index.packs.manifest import manifest_json
    from index.packs.verify import pack_problems

    named = dataclasses.replace(note, id=note.id or slug(title), written=note.written or "2000-01-01")
    text = note_markdown(named, clinic_name, 1).encode("utf-8")
    manifest = _manifest(note.language, clinic_name, "1", "2000-01-01", "2000-01-01", {"a.md": text})
    contents = contents_from_files({"a.md": text, "manifest.json": manifest_json(manifest)})
    shift = _front_matter_lines()
    out = []
    for p in pack_problems(contents, "note"):
        line = max(p.line - shift, 1) if p.line else 0
        message = p.message
        out.append(f"line {line}: {message}" if line else message)
    return out


def _manifest(
    language: str, clinic_name: str, version: str, as_of: str, taken: str, files: dict[str, bytes]
):  # -> Manifest
    """The manifest of a notes pack holding these article files."""
    from index.packs.archive import sha256_hex
    from index.packs.manifest import FileEntry, Manifest

    return Manifest(
        id=notes_pack_id(language),
        title=clinic_name,
        publisher=clinic_name,
        language=language,
        version=version,
        as_of=as_of,
        taken=taken,
        licence=LICENCE,
        files={n: FileEntry(len(d), sha256_hex(d)) for n, d in files.items()},
    )


def next_version(old: str | None, now: _dt.datetime) -> str:
    """A version newer than `old`, from the time (so the newest written copy wins on import)."""
    from index.packs.manifest import version_key

    candidate = f"{now:%Y.%m.%d.%H%M%S}"
    if old is None or version_key(candidate) > version_key(old):
        return candidate
    parts = [int(p) for p in old.split(".")] + [0] * (4 - len(old.split(".")))
    parts[-1] += 1
    return ".".join(str(p) for p in parts[:4]) if len(parts) <= 4 else f"{old}.1"


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

    # -- reading ---------------------------------------------------------------------------

    def pack_files(self) -> list[Path]:
        """The notes packs installed in this store's own folder (editable here)."""
        folder = self._store.folder
        if not folder.is_dir():
            return []
        return sorted(
            p for p in folder.glob("*.chpack") if p.is_file() and is_notes_pack(p.stem)
        )

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
            notes = [
                n for n in notes if (n.id, n.language) != (previous.id, previous.language)
            ]
        same = [n for n in notes if n.language == note.language]
        taken = {n.id for n in same}
        note_id = note.id if note.id and note.id not in taken else _unique_id(note.title, taken)
        today = self._now().date().isoformat()
        saved = dataclasses.replace(
            note, id=note_id, title=note.title.strip(), written=today, body=clean_body(note.body)
        )
        if previous is not None and previous.language == note.language:
            # Keep the note where it was in the list.
            before = [n for n in self.notes() if n.language == note.language]
            order = [saved if n.id == previous.id else n for n in before]
        else:
            order = [*same, saved]
        self._write(note.language, order)
        if previous is not None and previous.language != note.language:
            rest = [n for n in notes if n.language == previous.language]
            self._write(previous.language, rest)
        return saved

    def delete(self, note: ClinicNote) -> None:
        """Remove a note; its language's pack goes when it was the last one."""
        rest = [
            n
            for n in self.notes()
            if n.language == note.language and n.id != note.id
        ]
        self._write(note.language, rest)

    def _write(self, language: str, notes: list[ClinicNote]) -> None:
        """Build the language's pack from these notes and install it (or remove it if empty)."""
        from index.packs.folder import build_pack
        from index.packs.manifest import PackError, manifest_json

        pack_id = notes_pack_id(language)
        if not notes:
            if (self._store.folder / f"{pack_id}.chpack").is_file():
                self._store.remove(pack_id)
            return
        files = {
            f"{n.id}.md": note_markdown(n, self.clinic_name, i).encode("utf-8")
            for i, n in enumerate(notes, start=1)
        }
        old = self._installed_version(pack_id)
        version = next_version(old, self._now())
        as_of = max(n.written for n in notes)
        today = self._now().date().isoformat()
        manifest = _manifest(language, self.clinic_name, version, as_of, today, files)
        with tempfile.TemporaryDirectory(prefix="clinic-notes-") as tmp:
            folder = Path(tmp) / "pack"
            folder.mkdir()
            for name, data in files.items():
                (folder / name).write_bytes(data)
            (folder / "manifest.json").write_bytes(manifest_json(manifest.with_files({})))
            out = Path(tmp) / f"{pack_id}.chpack"
            try:
                build_pack(folder, out)
                self._store.install(out, allow_unsigned=True)
            except PackError as exc:
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
        except PackError as exc:
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


def preview_page(note: ClinicNote, clinic_name: str, today: _dt.date) -> AnswerPage:
    """The answer page a note will be, as the window will show it (unsaved text included)."""
    from index.content import Article
    from index.render import render_article_html

    written = note.written or today.isoformat()
    article = Article(
        id=note.id or slug(note.title),
        title=note.title.strip(),
        summary="",
        keywords=(),
        related=(),
        order=1,
        source=clinic_name,
        reviewed=written,
        body=note.body,
        path=Path("note.md"),
    )
    facts = PackFacts(
        pack_id=notes_pack_id(note.language),
        pack_title=clinic_name,
        publisher=clinic_name,
        as_of=written,
        taken=today.isoformat(),
        trust="unsigned",
        signer="",
        stale=False,
        kind=LOCAL,
    )
    return AnswerPage(
        article.id, article.title, clinic_name, written, render_article_html(article), (), facts
    )
