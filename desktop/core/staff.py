"""The staff PIN: set on first use, kept only as a salted scrypt hash, checked patiently.

The PIN guards staff mode (Tools > Staff settings, adding packs and trusting keys) against the
people who use the shared PC, not against someone who can change the app's data folder: such a
person could edit settings.json directly anyway. So a missing or damaged PIN file means "no PIN
yet": the damaged file is moved aside (never overwritten) and staff set a new PIN. The
alternative, refusing staff mode until someone deletes the file by hand, would lock a volunteer
out for good on a PC they cannot administer. See docs/CLINIC_PC.md.

Wrong tries slow down (a growing wait after three, at most a minute) but never lock staff out.
The count of wrong tries is kept in its own small file so that restarting the app does not
reset it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core import atomic

PIN_FILE = "staff-pin.json"
TRIES_FILE = "staff-pin-tries.json"
MIN_PIN_DIGITS = 4
MAX_PIN_DIGITS = 12
SALT_BYTES = 16
HASH_BYTES = 32
# Wrong tries allowed before waits start, the first wait and the longest one (seconds).
FREE_TRIES = 3
FIRST_WAIT = 5.0
MAX_WAIT = 60.0
# A crafted file must not make the app allocate gigabytes.
MAX_MEMORY = 256 << 20


class PinError(Exception):
    """Base of the staff PIN's errors."""


class PinRuleError(PinError):
    """The new PIN breaks the rules: 4 to 12 digits."""


class PinWaitError(PinError):
    """Too many wrong tries: the next one is accepted after `seconds`."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"wait {seconds:.0f} s before the next try")
        self.seconds = seconds


class PinWrongError(PinError):
    """The current PIN given to change it was wrong."""


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's cost: n = 2**logn, r, p (memory used: 128 * r * n bytes)."""

    logn: int = 16
    r: int = 8
    p: int = 1

    def __post_init__(self) -> None:
        if not (1 <= self.logn <= 24 and 1 <= self.r <= 64 and 1 <= self.p <= 4):
            raise ValueError("scrypt cost out of range")
        if self.memory > MAX_MEMORY:
            raise ValueError("scrypt cost out of range")

    @property
    def memory(self) -> int:
        """Bytes of memory one derivation needs."""
        return 128 * self.r * (1 << self.logn)


# 64 MiB per guess: about 0.2 s here, so a person waits a moment and a copied file costs
# a guesser that much per PIN tried.
DEFAULT_COST = ScryptCost()


def valid_pin(pin: str) -> bool:
    """True for 4 to 12 ASCII digits."""
    return MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS and pin.isascii() and pin.isdigit()


def _derive(pin: str, salt: bytes, cost: ScryptCost) -> bytes:
    """The scrypt hash of a PIN."""
    return hashlib.scrypt(
        pin.encode("ascii"),
        salt=salt,
        n=1 << cost.logn,
        r=cost.r,
        p=cost.p,
        maxmem=cost.memory + (1 << 20),
        dklen=HASH_BYTES,
    )


def wait_after(failures: int) -> float:
    """Seconds to wait after `failures` wrong tries in a row: 0, then 5, 10, 20, 40, 60, 60..."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_WAIT, FIRST_WAIT * 2 ** (failures - FREE_TRIES))


@dataclass(frozen=True)
class _Stored:
    """What the PIN file holds."""

    salt: bytes
    digest: bytes
    cost: ScryptCost


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _parse(raw: str) -> _Stored:
    """The PIN file's contents; ValueError when it is damaged."""
    data: Any = json.loads(raw)
    if not isinstance(data, dict) or data.get("kdf") != "scrypt" or data.get("version") != 1:
        raise ValueError("not a staff PIN file")
    for name in ("logn", "r", "p"):
        if type(data.get(name)) is not int:
            raise ValueError("bad cost")
    salt = base64.b64decode(str(data.get("salt")), validate=True)
    digest = base64.b64decode(str(data.get("hash")), validate=True)
    if len(salt) < SALT_BYTES or len(digest) != HASH_BYTES:
        raise ValueError("bad salt or hash")
    return _Stored(salt, digest, ScryptCost(data["logn"], data["r"], data["p"]))


class StaffPin:
    """The staff PIN of one data folder: whether it is set, setting it, checking it."""

    def __init__(self, data_dir: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(data_dir) / PIN_FILE
        self.tries_path = Path(data_dir) / TRIES_FILE
        self._clock = clock
        # Set when a damaged PIN file was moved aside, so the UI can say so.
        self.recovered_from: Path | None = None

    # -- reading ---------------------------------------------------------------------------

    def _load(self) -> _Stored | None:
        """The stored hash, or None when no PIN is set (a damaged file is moved aside)."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError):
            raw = ""
        try:
            return _parse(raw)
        except (ValueError, TypeError, RecursionError):
            self.recovered_from = _move_aside(self.path)
            return None

    def is_set(self) -> bool:
        """True when a (readable) staff PIN is set."""
        return self._load() is not None

    # -- the wait after wrong tries --------------------------------------------------------

    def _tries(self) -> tuple[int, float]:
        """(wrong tries in a row, time of the last one); (0, 0) when unknown."""
        try:
            data = json.loads(self.tries_path.read_text(encoding="utf-8"))
            failures, last = data["failures"], data["last"]
            if type(failures) is int and isinstance(last, (int, float)) and failures >= 0:
                return failures, float(last)
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            pass
        return 0, 0.0

    def _save_tries(self, failures: int) -> None:
        """Remember the wrong tries (best effort: an unwritable folder only loses the count)."""
        try:
            if failures == 0:
                self.tries_path.unlink(missing_ok=True)
                return
            atomic.make_private_dir(self.tries_path.parent)
            payload = json.dumps({"failures": failures, "last": self._clock()})
            atomic.write_text(self.tries_path, payload + "\n")
        except OSError:
            pass

    def wait_seconds(self) -> float:
        """Seconds before the next try is accepted (0: now)."""
        failures, last = self._tries()
        wait = wait_after(failures)
        if wait == 0:
            return 0.0
        elapsed = self._clock() - last
        # A clock set back must not make the wait longer than one full wait.
        elapsed = max(0.0, elapsed)
        return max(0.0, wait - elapsed)

    # -- checking and setting --------------------------------------------------------------

    def check(self, pin: str) -> bool:
        """True when pin is the staff PIN. PinWaitError while wrong tries must wait.

        With no PIN set, nothing matches (staff must set one first).
        """
        wait = self.wait_seconds()
        if wait > 0:
            raise PinWaitError(wait)
        stored = self._load()
        if stored is None:
            return False
        ok = valid_pin(pin) and hmac.compare_digest(
            _derive(pin, stored.salt, stored.cost), stored.digest
        )
        failures, _ = self._tries()
        self._save_tries(0 if ok else failures + 1)
        return ok

    def set_pin(
        self, new_pin: str, current: str | None = None, cost: ScryptCost | None = None
    ) -> None:
        """Set the staff PIN; when one is set, `current` must be it.

        PinRuleError for a PIN that is not 4-12 digits, PinWrongError (or PinWaitError) for a
        wrong current PIN, OSError when the file cannot be written.
        """
        if not valid_pin(new_pin):
            raise PinRuleError(f"the PIN must be {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits")
        if self.is_set() and (current is None or not self.check(current)):
            raise PinWrongError("the current PIN is wrong")
        cost = cost or DEFAULT_COST
        salt = secrets.token_bytes(SALT_BYTES)
        record = {
            "version": 1,
            "kdf": "scrypt",
            "logn": cost.logn,
            "r": cost.r,
            "p": cost.p,
            "salt": _b64(salt),
            "hash": _b64(_derive(new_pin, salt, cost)),
        }
        atomic.make_private_dir(self.path.parent)
        atomic.write_text(self.path, json.dumps(record, indent=1) + "\n")
        self._save_tries(0)


def _move_aside(path: Path) -> Path | None:
    """Rename a damaged file to a unique name beside it; never delete it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        target = path.with_name(path.name + f".corrupt-{stamp}" + (f"-{n}" if n else ""))
        if not target.exists():
            try:
                atomic.replace(path, target)
            except OSError:
                return None
            return target
    return None
