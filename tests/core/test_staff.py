"""The staff PIN: rules, a salted slow hash on disk, waits after wrong tries, damaged files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.core import staff
from desktop.core.staff import (
    PIN_FILE,
    PinRuleError,
    PinWaitError,
    PinWrongError,
    ScryptCost,
    StaffPin,
    valid_pin,
    wait_after,
)

CHEAP = ScryptCost(4, 1, 1)
REAL_COST = staff.DEFAULT_COST  # read before the fixture below makes tests cheap


class Clock:
    """A clock the test moves by hand (no sleeping)."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _cheap_cost(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests hash with a cheap cost (the file records it); the real one is checked below."""
    monkeypatch.setattr(staff, "DEFAULT_COST", CHEAP)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def pin(tmp_path: Path, clock: Clock) -> StaffPin:
    return StaffPin(tmp_path / "data", clock=clock)


def test_pin_rules() -> None:
    assert valid_pin("1234") and valid_pin("123456789012")
    for bad in ("", "123", "1234567890123", "12a4", " 1234", "١٢٣٤", "12.4", "-1234"):
        assert not valid_pin(bad), bad


def test_no_pin_until_set_and_nothing_matches_then(pin: StaffPin) -> None:
    assert not pin.is_set()
    assert not pin.check("1234")
    with pytest.raises(PinRuleError):
        pin.set_pin("12")
    assert not pin.is_set() and not pin.path.exists()


def test_set_and_check(pin: StaffPin) -> None:
    pin.set_pin("482915")
    assert pin.is_set()
    assert pin.check("482915")
    assert not pin.check("482916")
    assert not pin.check("not digits")


def test_the_file_holds_a_salted_hash_not_the_pin(tmp_path: Path, clock: Clock) -> None:
    a = StaffPin(tmp_path / "a", clock=clock)
    b = StaffPin(tmp_path / "b", clock=clock)
    a.set_pin("482915")
    b.set_pin("482915")
    text_a = a.path.read_text(encoding="utf-8")
    assert "482915" not in text_a
    data_a, data_b = json.loads(text_a), json.loads(b.path.read_text(encoding="utf-8"))
    assert data_a["kdf"] == "scrypt" and data_a["logn"] == CHEAP.logn
    # The same PIN gives another salt and another hash in each file.
    assert data_a["salt"] != data_b["salt"] and data_a["hash"] != data_b["hash"]
    if os.name != "nt":
        assert a.path.stat().st_mode & 0o077 == 0, "readable by its owner only"


def test_the_real_cost_is_slow_and_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cost = REAL_COST
    monkeypatch.setattr(staff, "DEFAULT_COST", cost)
    assert cost.memory >= 32 << 20, "memory-hard: at least 32 MiB per guess"
    pin = StaffPin(tmp_path)
    pin.set_pin("2468")
    data = json.loads(pin.path.read_text(encoding="utf-8"))
    assert (data["logn"], data["r"], data["p"]) == (cost.logn, cost.r, cost.p)
    assert pin.check("2468")


def test_a_file_made_with_another_cost_still_opens(tmp_path: Path, clock: Clock) -> None:
    pin = StaffPin(tmp_path, clock=clock)
    pin.set_pin("13579", cost=ScryptCost(5, 2, 1))
    assert pin.check("13579")


def test_changing_needs_the_current_pin(pin: StaffPin) -> None:
    pin.set_pin("1111")
    with pytest.raises(PinWrongError):
        pin.set_pin("2222")
    with pytest.raises(PinWrongError):
        pin.set_pin("2222", current="9999")
    pin.set_pin("2222", current="1111")
    assert pin.check("2222") and not pin.check("1111")


def test_wait_grows_after_three_wrong_tries_and_never_locks_for_good(
    tmp_path: Path, pin: StaffPin, clock: Clock
) -> None:
    assert [wait_after(n) for n in range(9)] == [0, 0, 0, 5, 10, 20, 40, 60, 60]
    pin.set_pin("1234")
    for _ in range(3):
        assert not pin.check("0000")
    with pytest.raises(PinWaitError) as waited:
        pin.check("1234")  # even the right PIN waits
    assert waited.value.seconds == pytest.approx(5)
    clock.now += 5
    assert not pin.check("0000")  # the fourth wrong try: 10 s now
    assert pin.wait_seconds() == pytest.approx(10)
    # A restart of the app (a new object on the same folder) keeps the count.
    again = StaffPin(tmp_path / "data", clock=clock)
    assert again.wait_seconds() == pytest.approx(10)
    for _ in range(20):
        clock.now += 60
        assert not again.check("0000")
    assert again.wait_seconds() == pytest.approx(60)  # never more than a minute
    clock.now += 60
    assert again.check("1234")
    assert again.wait_seconds() == 0 and not again.tries_path.exists()


def test_a_clock_set_back_does_not_lengthen_the_wait(pin: StaffPin, clock: Clock) -> None:
    pin.set_pin("1234")
    for _ in range(3):
        pin.check("0000")
    clock.now -= 3600
    assert pin.wait_seconds() == pytest.approx(5)


def test_a_damaged_pin_file_is_moved_aside_and_a_new_pin_can_be_set(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / PIN_FILE).write_text('{"version": 1, "kdf": "scrypt", "salt": "%%%"', "utf-8")
    pin = StaffPin(folder)
    assert not pin.is_set()
    assert pin.recovered_from is not None and pin.recovered_from.exists()
    assert pin.recovered_from.read_text("utf-8").startswith('{"version": 1')
    pin.set_pin("5555")
    assert pin.check("5555")


@pytest.mark.parametrize(
    "record",
    [
        [],
        {"version": 1, "kdf": "scrypt", "logn": 40, "r": 8, "p": 1, "salt": "", "hash": ""},
        {"version": 1, "kdf": "md5", "logn": 4, "r": 1, "p": 1, "salt": "AA==", "hash": "AA=="},
        {"version": 1, "kdf": "scrypt", "logn": True, "r": 1, "p": 1},
        {
            "version": 1,
            "kdf": "scrypt",
            "logn": 24,
            "r": 64,
            "p": 1,
            "salt": "AA==",
            "hash": "AA==",
        },
    ],
)
def test_hostile_pin_files_count_as_damaged(tmp_path: Path, record: object) -> None:
    (tmp_path / PIN_FILE).write_text(json.dumps(record), "utf-8")
    pin = StaffPin(tmp_path)
    assert not pin.is_set() and pin.recovered_from is not None


def test_a_damaged_tries_file_counts_as_no_wrong_tries(pin: StaffPin) -> None:
    pin.set_pin("1234")
    pin.tries_path.write_text("{not json", "utf-8")
    assert pin.wait_seconds() == 0
    assert pin.check("1234")
