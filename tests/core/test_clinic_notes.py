"""Clinic notes kept as local packs: save, check, delete, export, import, search (no Qt)."""

from __future__ import annotations

import datetime as _dt
import zipfile
from pathlib import Path

import pytest

from desktop.core.clinic_notes import (
    LOCAL,
    ClinicNote,
    ClinicNotes,
    NoteError,
    check_note,
    is_notes_pack,
    next_version,
    notes_pack_id,
    preview_page,
    signing_key,
    slug,
)
from desktop.core.library import HelpLibrary
from desktop.core.paths import resolve_paths
from index.packs.store import PackStore

CLINIC = "Harbor City Legal Clinic"
BODY = (
    "## Local ICE office\n\n"
    "The field office is at 1 Harbor Street, second floor.\n\n"
    "- Bring your **appointment letter**\n"
    "- Arrive early\n\n"
    "Call our front desk at [617-555-0188](tel:+16175550188) before you go.\n"
)


class Clock:
    """A settable clock for the notes (each save a second later)."""

    def __init__(self) -> None:
        self.now = _dt.datetime(2026, 11, 30, 9, 0, 0)

    def __call__(self) -> _dt.datetime:
        self.now += _dt.timedelta(seconds=1)
        return self.now


def _store(data: Path) -> PackStore:
    """A pack store in a data folder, over the program's own content."""
    return PackStore(data / "packs", [data / "keys"], resolve_paths().content_dir)


def _note(title: str = "Where is the ICE office in Harbor City?", **changes: str) -> ClinicNote:
    fields = {"id": "", "title": title, "language": "en", "written": "", "body": BODY}
    fields.update(changes)
    return ClinicNote(**fields)


@pytest.fixture
def notes(tmp_path: Path) -> ClinicNotes:
    return ClinicNotes(_store(tmp_path / "pc1"), CLINIC, Clock())


def _library(store: PackStore, cache: Path) -> HelpLibrary:
    """The active packs with a search index built for them."""
    library = HelpLibrary.load_content(store.builtin_dir or Path(), store)
    library.open_index(Path(), cache / "no-bundled", cache / "index")
    return library


def test_a_saved_note_is_an_article_of_a_local_pack(notes: ClinicNotes, tmp_path: Path) -> None:
    saved = notes.save(_note())
    assert saved.id == "where-is-the-ice-office-in-harbor-city"
    assert saved.written == "2026-11-30"
    assert notes.notes() == [saved]
    pack_file = tmp_path / "pc1" / "packs" / "clinic-notes-en.chpack"
    with zipfile.ZipFile(pack_file) as zf:
        text = zf.read(f"{saved.id}.md").decode()
        assert "manifest.json.minisig" not in zf.namelist()  # nothing to sign with: unsigned
    assert text.startswith("---\nid: where-is-the-ice-office-in-harbor-city\n")
    assert "title: Where is the ICE office in Harbor City?\n" in text
    assert f"source: {CLINIC}\n" in text and "reviewed: 2026-11-30\n" in text
    assert text.endswith(BODY) and saved.body == BODY.strip()
    loaded = _store(tmp_path / "pc1").load()
    pack = next(p for p in loaded.installed if p.manifest.id == "clinic-notes-en")
    assert (pack.manifest.publisher, pack.manifest.title) == (CLINIC, CLINIC)
    assert pack.trust.status == "unsigned"


def test_answers_from_notes_are_local_never_verified(notes: ClinicNotes, tmp_path: Path) -> None:
    saved = notes.save(_note())
    library = HelpLibrary.load_content(Path(), _store(tmp_path / "pc1"))
    facts = library.pack_facts(f"clinic-notes-en--{saved.id}")
    assert facts is not None
    assert facts.kind == LOCAL and facts.publisher == CLINIC and not facts.verified
    builtin = library.pack_facts(library.home_id)
    assert builtin is not None and builtin.kind == ""


def test_search_finds_a_note_and_its_number_is_grouped_under_the_clinic(
    notes: ClinicNotes, tmp_path: Path
) -> None:
    saved = notes.save(_note())
    library = _library(_store(tmp_path / "pc1"), tmp_path / "cache")
    try:
        assert library.has_index
        hits = library.search("harbor street field office").hits
        assert hits and hits[0].id == f"clinic-notes-en--{saved.id}"
        groups = {g.pack_title: g for g in library.numbers_by_pack()}
        assert [n.number for n in groups[CLINIC].numbers] == ["617-555-0188"]
        assert "Call our front desk at 617-555-0188 before you go." in (
            groups[CLINIC].numbers[0].purposes
        )
    finally:
        library.close()


def test_editing_keeps_the_id_and_order_and_deleting_the_last_note_removes_the_pack(
    notes: ClinicNotes, tmp_path: Path
) -> None:
    first = notes.save(_note("Shelter rules"))
    second = notes.save(_note("Bus to the field office"))
    changed = notes.save(
        ClinicNote(first.id, "Shelter rules (new)", "en", first.written, "Quiet after 10 pm."),
        previous=first,
    )
    assert changed.id == first.id
    assert [n.title for n in notes.notes()] == ["Shelter rules (new)", "Bus to the field office"]
    notes.delete(changed)
    assert notes.notes() == [second]
    notes.delete(second)
    assert notes.notes() == []
    assert not (tmp_path / "pc1" / "packs" / "clinic-notes-en.chpack").exists()


def test_each_language_has_its_own_pack_and_a_note_can_move(notes: ClinicNotes) -> None:
    note = notes.save(_note("Reglas del albergue", body="Silencio después de las 10 pm."))
    moved = notes.save(dataclass_replace(note, language="es"), previous=note)
    assert [(n.id, n.language) for n in notes.notes()] == [(moved.id, "es")]
    assert [p.name for p in notes.pack_files()] == ["clinic-notes-es.chpack"]
    assert notes_pack_id("pt-BR") == "clinic-notes-pt-br" and is_notes_pack("clinic-notes-fr")


def dataclass_replace(note: ClinicNote, **changes: str) -> ClinicNote:
    import dataclasses

    return dataclasses.replace(note, **changes)


def test_two_notes_with_one_title_get_two_ids(notes: ClinicNotes) -> None:
    a = notes.save(_note("Hours"))
    b = notes.save(_note("Hours"))
    assert (a.id, b.id) == ("hours", "hours-2")
    assert slug("¿Dónde está la oficina?") == "donde-esta-la-oficina"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hello <script>alert(1)</script>", "raw HTML"),
        ("See ![map](https://example.org/map.png)", "image"),
        ("Open [the file](file:///C:/secret.txt)", "not allowed"),
        ("Run [this](javascript:alert(1))", "not allowed"),
        ("Call [555-0100](tel:+16175550199)", "does not match"),
        ("Fish &amp; chips", "character reference"),
    ],
)
def test_unsafe_markdown_is_refused_and_nothing_changes(
    notes: ClinicNotes, tmp_path: Path, body: str, expected: str
) -> None:
    problems = check_note(_note(body=body), CLINIC)
    assert problems and any(expected in p for p in problems), problems
    assert problems[0].startswith("line 1: ")
    with pytest.raises(NoteError):
        notes.save(_note(body=body))
    assert not (tmp_path / "pc1" / "packs").exists() or notes.notes() == []


def test_a_note_needs_a_title_text_and_the_clinics_name(tmp_path: Path) -> None:
    assert check_note(_note(title=" "), CLINIC) == ["the note has no title"]
    assert check_note(_note(body=""), CLINIC) == ["the note has no text"]
    with pytest.raises(NoteError, match="clinic's name is not set"):
        ClinicNotes(_store(tmp_path), "  ").save(_note())


def test_versions_always_grow() -> None:
    now = _dt.datetime(2026, 11, 30, 20, 15, 30)
    assert next_version(None, now) == "2026.11.30.201530"
    assert next_version("2026.11.30.201530", now) == "2026.11.30.201531"
    assert next_version("7", now) == "2026.11.30.201530"


def test_export_then_import_on_a_fresh_data_folder(notes: ClinicNotes, tmp_path: Path) -> None:
    saved = notes.save(_note())
    exported = notes.export(tmp_path / "usb")
    assert [p.name for p in exported] == ["clinic-notes-en.chpack"]
    fresh = ClinicNotes(_store(tmp_path / "pc2"), "Another PC's name", Clock())
    assert fresh.notes() == []
    with pytest.raises(NoteError, match="not signed"):
        fresh.import_pack(exported[0], allow_unsigned=False)  # staff must confirm
    fresh.import_pack(exported[0], allow_unsigned=True)
    assert fresh.notes() == [saved]
    library = _library(_store(tmp_path / "pc2"), tmp_path / "cache2")
    try:
        hits = library.search("harbor street field office").hits
        assert hits and hits[0].id == f"clinic-notes-en--{saved.id}"
        facts = library.pack_facts(hits[0].id)
        assert facts is not None and facts.publisher == CLINIC and facts.kind == LOCAL
    finally:
        library.close()


def test_export_is_signed_when_the_clinic_has_a_key(notes: ClinicNotes, tmp_path: Path) -> None:
    from index.packs.sign import generate_key, secret_key_text

    key = generate_key()
    data = tmp_path / "pc1"
    data.mkdir()
    (data / "clinic-notes.key").write_text(secret_key_text(key), encoding="utf-8")
    assert signing_key(tmp_path / "nowhere") is None
    notes.save(_note())
    exported = notes.export(tmp_path / "usb", signing_key(data))
    other = tmp_path / "pc2"
    (other / "keys").mkdir(parents=True)
    (other / "keys" / "Harbor City.pub").write_text(key.public_key().file_text())
    pack = ClinicNotes(_store(other), "", Clock()).import_pack(exported[0], allow_unsigned=False)
    assert pack.trust.verified and pack.trust.signer == "Harbor City"


def test_only_notes_packs_are_imported_here(notes: ClinicNotes, tmp_path: Path) -> None:
    from tests.packs.conftest import write_zip

    other = write_zip(tmp_path / "other.chpack", {"01-a.md": _article()})
    with pytest.raises(NoteError, match="not a clinic notes pack"):
        notes.import_pack(other, allow_unsigned=True)


def _article() -> bytes:
    from tests.packs.conftest import article

    return article().encode()


def test_the_preview_is_the_answer_page_the_window_will_show() -> None:
    page = preview_page(_note(), CLINIC, _dt.date(2026, 11, 30))
    assert page.title == "Where is the ICE office in Harbor City?"
    assert page.pack is not None and page.pack.kind == LOCAL and page.pack.publisher == CLINIC
    assert page.reviewed == "2026-11-30"
    assert "<strong>appointment letter</strong>" in page.body_html
    assert '<a href="tel:+16175550188">617-555-0188</a>' in page.body_html
    unsafe = preview_page(_note(body="<b>x</b> [f](file:///etc/passwd)"), CLINIC, _dt.date.today())
    assert "<b>" not in unsafe.body_html and "file:" not in unsafe.body_html


def test_phone_and_link_markdown_follow_the_pack_rules() -> None:
    from desktop.core.clinic_notes import link_markdown, phone_markdown

    assert phone_markdown("617-555-0188") == "[617-555-0188](tel:+16175550188)"
    assert phone_markdown("1 (833) 383-1465") == "[1 (833) 383-1465](tel:+18333831465)"
    assert phone_markdown("+33 1 23 45 67 89") == "[+33 1 23 45 67 89](tel:+33123456789)"
    assert phone_markdown("555-0100") is None and phone_markdown("call 6175550188") is None
    assert link_markdown("Our page", "https://clinic.example.org/") == (
        "[Our page](https://clinic.example.org/)"
    )
    assert link_markdown("", "mailto:desk@clinic.example.org") == (
        "[mailto:desk@clinic.example.org](mailto:desk@clinic.example.org)"
    )
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "clinic.example.org", "https://a b"):
        assert link_markdown("x", bad) is None
    body = (
        "Call "
        + (phone_markdown("617-555-0188") or "")
        + " or see "
        + (link_markdown("our page", "https://clinic.example.org/") or "")
    )
    assert check_note(_note(body=body), CLINIC) == []


def test_a_failed_save_leaves_the_notes_as_they_were(
    notes: ClinicNotes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from index.packs.manifest import PackError

    first = notes.save(_note("Hours"))
    packs = tmp_path / "pc1" / "packs"
    before = (packs / "clinic-notes-en.chpack").read_bytes()
    real_replace = os.replace

    def interrupted(src: object, dst: object) -> None:
        if str(dst).endswith("clinic-notes-en.chpack") and Path(str(dst)).parent == packs:
            raise OSError("disk full")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(NoteError, match="disk full"):
        notes.save(_note("Bus times"))
    monkeypatch.undo()
    assert (packs / "clinic-notes-en.chpack").read_bytes() == before
    assert notes.notes() == [first]
    assert sorted(p.name for p in packs.iterdir()) == ["clinic-notes-en.chpack"]

    def refused(*args: object, **kwargs: object) -> None:
        raise PackError("refused")

    monkeypatch.setattr(PackStore, "install", refused)
    with pytest.raises(NoteError, match="refused"):
        notes.save(_note("Bus times"))
    assert notes.notes() == [first]


def test_moving_a_note_onto_its_translation_keeps_both(notes: ClinicNotes) -> None:
    english = notes.save(_note("Shelter rules", body="Quiet after 10 pm."))
    spanish = notes.save(
        ClinicNote(english.id, "Reglas del albergue", "es", "", "Silencio después de las 10 pm.")
    )
    assert spanish.id == english.id  # a translation: same id, another language
    moved = notes.save(dataclass_replace(english, language="es"), previous=english)
    assert moved.id == "shelter-rules-2"
    assert sorted((n.id, n.language) for n in notes.notes()) == [
        ("shelter-rules", "es"),
        ("shelter-rules-2", "es"),
    ]
    # A note deleted meanwhile (say, by an import) is saved again, not lost.
    notes.delete(moved)
    again = notes.save(dataclass_replace(moved, body="Back."), previous=moved)
    assert again in notes.notes()
