"""Settings: defaults, round trip, atomic write, damaged files kept aside, no personal data."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest

from desktop.core.settings import MAX_TEXT_ZOOM, Settings, SettingsStore


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    assert store.load() == Settings()
    assert store.recovered_from is None


def test_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "sub" / "settings.json")
    store.save(Settings(text_zoom=150, idle_lock_minutes=10))
    assert SettingsStore(store.path).load() == Settings(text_zoom=150, idle_lock_minutes=10)
    # No temp files are left behind by a successful write.
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["settings.json"]


def test_corrupt_file_is_moved_aside_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert store.recovered_from is not None
    assert store.recovered_from.read_text(encoding="utf-8") == "{not json"
    assert not path.exists()
    store.save(Settings(text_zoom=120))
    assert store.recovered_from.read_text(encoding="utf-8") == "{not json"


def test_wrong_types_and_out_of_range_values_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"text_zoom": 9999, "idle_lock_minutes": True, "unknown": "x"}), encoding="utf-8"
    )
    loaded = SettingsStore(path).load()
    assert loaded.text_zoom == MAX_TEXT_ZOOM
    assert loaded.idle_lock_minutes == Settings().idle_lock_minutes


def test_non_object_json_is_treated_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[1, 2]", encoding="utf-8")
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert store.recovered_from is not None


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.save(Settings(text_zoom=130))

    def boom(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("desktop.core.atomic.os.replace", boom)
    with pytest.raises(OSError):
        store.save(Settings(text_zoom=200))
    assert SettingsStore(path).load().text_zoom == 130
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_settings_hold_nothing_personal() -> None:
    # Only these non-personal preferences exist; a new field needs a deliberate test change.
    assert {f.name for f in fields(Settings)} == {
        "text_zoom",
        "idle_lock_minutes",
        "language",
        "start_over_minutes",
        "stale_after_months",  # when answers from packs get the out-of-date warning
        "clinic_name",  # the clinic's, set by staff; never a person's
        "default_language",
        "contact_log_offered",
        "welcome_shown",  # the first-start welcome was shown on this PC
    }


def test_language_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "es"}), encoding="utf-8")
    assert SettingsStore(path).load().language == "es"
    path.write_text(json.dumps({"language": "klingon"}), encoding="utf-8")
    assert SettingsStore(path).load().language == ""  # not chosen: follow the PC's language
    path.write_text(json.dumps({"language": 3}), encoding="utf-8")
    assert SettingsStore(path).load().language == ""
    path.write_text(json.dumps({"language": "pt_BR"}), encoding="utf-8")
    assert SettingsStore(path).load().language == "pt_BR"


def test_stale_months_is_clamped(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"stale_after_months": 6}), encoding="utf-8")
    assert SettingsStore(path).load().stale_after_months == 6
    path.write_text(json.dumps({"stale_after_months": 0}), encoding="utf-8")
    assert SettingsStore(path).load().stale_after_months == 1


def test_staff_fields_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "clinic_name": "  Casa\nLuz\x07 Center  " + "x" * 200,
                "default_language": "ht",
                "contact_log_offered": False,
            }
        ),
        encoding="utf-8",
    )
    loaded = SettingsStore(path).load()
    assert loaded.clinic_name.startswith("Casa Luz Center x")
    assert len(loaded.clinic_name) == 80
    assert loaded.default_language == "ht"
    assert loaded.contact_log_offered is False
    path.write_text(
        json.dumps({"default_language": "xx", "contact_log_offered": 0, "clinic_name": 5}),
        encoding="utf-8",
    )
    loaded = SettingsStore(path).load()
    assert (loaded.default_language, loaded.contact_log_offered, loaded.clinic_name) == (
        "",
        True,
        "",
    )
