"""Clinic notes as text: the note record, its article file, the checks, the preview page, and
the Markdown the editor's toolbar inserts (phone numbers, links). Qt-free.

The store side (saving, export, import) is `desktop.core.clinic_notes`; docs/CLINIC_NOTES.md.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.help_records import AnswerPage, PackFacts

if TYPE_CHECKING:
    from index.packs.manifest import Manifest

NOTES_PACK = "clinic-notes"
LOCAL = "local"  # PackFacts.kind of an answer from clinic notes
# The languages notes are written in (pack language codes; the UI's "pt_BR" is "pt-BR" here).
NOTE_LANGUAGES = ("en", "es", "ht", "pt-BR", "fr")
MAX_TITLE = 200
SUMMARY_CHARS = 160
LICENCE = "The clinic's own notes, for the clinic's computers"


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


def unique_id(title: str, taken: set[str]) -> str:
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

    named = dataclasses.replace(
        note, id=note.id or slug(title), written=note.written or "2000-01-01"
    )
    text = note_markdown(named, clinic_name, 1).encode("utf-8")
    manifest = manifest_for(
        note.language, clinic_name, "1", "2000-01-01", "2000-01-01", {"a.md": text}
    )
    contents = contents_from_files({"a.md": text, "manifest.json": manifest_json(manifest)})
    shift = _front_matter_lines()
    out = []
    for p in pack_problems(contents, "note"):
        line = max(p.line - shift, 1) if p.line else 0
        message = p.message
        out.append(f"line {line}: {message}" if line else message)
    return out


def manifest_for(
    language: str, clinic_name: str, version: str, as_of: str, taken: str, files: dict[str, bytes]
) -> Manifest:
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


def phone_markdown(number: str) -> str | None:
    """A Markdown phone link for a number as staff typed it ("617-555-0188"), None if unusable.

    Ten digits are a US number (+1 added); a number written with + keeps its country code.
    """
    shown = " ".join(number.split())
    digits = re.sub(r"\D", "", shown)
    if shown.startswith("+") and 8 <= len(digits) <= 15:
        tel = "+" + digits
    elif len(digits) == 10:
        tel = "+1" + digits
    elif len(digits) == 11 and digits.startswith("1"):
        tel = "+" + digits
    else:
        return None
    if re.search(r"[^\d\s()+.-]", shown):
        return None
    return f"[{shown}](tel:{tel})"


def link_markdown(text: str, address: str) -> str | None:
    """A Markdown link to a web page or e-mail address, None for any other kind of address."""
    address = address.strip()
    if re.search(r"[\s()<>]", address) or not re.match(
        r"(https?://[^/\s]+|mailto:\S+@\S+)", address
    ):
        return None
    words = " ".join(text.replace("[", "(").replace("]", ")").split()) or address
    return f"[{words}]({address})"
