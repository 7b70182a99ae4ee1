"""Keys and connections of the encrypted logs: scrypt key derivation, SQLCipher raw keys, URIs.

Format 1 (legacy) files were keyed with the passphrase itself (SQLCipher's PBKDF2, fast enough
to guess on a GPU). Later files get a raw 256-bit key derived with scrypt (memory-hard) from
the passphrase and the file's 16-byte SQLCipher salt. The salt's first bytes say how the key was
derived, so any log or backup can be opened without other metadata:

    format 2: salt = b"CHk" + bytes([2, log2(n)]) + 11 random bytes        (r = 8, p = 1)
    format 3: salt = b"CHk" + bytes([3, log2(n), r]) + 10 random bytes     (p = 1)
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlcipher3 import dbapi2 as sqlcipher

SALT_BYTES = 16
_MAGIC = b"CHk"
KEY_FORMAT = 3
# A crafted backup must not make the app allocate gigabytes: at most 256 MiB per derivation.
MAX_MEMORY = 256 << 20


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost: n = 2**logn, r, p = 1 (memory used: 128 * r * n bytes)."""

    logn: int = 16
    r: int = 12

    def __post_init__(self) -> None:
        if not (1 <= self.logn <= 24 and 1 <= self.r <= 64) or self.memory > MAX_MEMORY:
            raise ValueError("scrypt cost out of range")

    @property
    def memory(self) -> int:
        """Bytes of memory one derivation needs (what makes guessing on a GPU expensive)."""
        return 128 * self.r * (1 << self.logn)


# 2**16 * 12 * 128 bytes = 96 MiB per guess; about 0.45 s on the 2-core machine of these tests
# when it is quiet (see `make bench`; 2**16 with r = 8 measured 0.23-0.76 s, too close to the
# 0.3 s floor), a little more on an old PC.
DEFAULT_KDF = KdfParams(16, 12)


def new_salt(kdf: KdfParams) -> bytes:
    """A fresh SQLCipher salt that also records how the key is derived."""
    header = _MAGIC + bytes([KEY_FORMAT, kdf.logn, kdf.r])
    return header + secrets.token_bytes(SALT_BYTES - len(header))


def kdf_of_salt(salt: bytes) -> KdfParams | None:
    """The scrypt cost a file's salt records, or None for a legacy (passphrase-keyed) file."""
    if len(salt) != SALT_BYTES or not salt.startswith(_MAGIC):
        return None
    try:
        if salt[3] == 2:
            return KdfParams(salt[4], 8)
        if salt[3] == 3:
            return KdfParams(salt[4], salt[5])
    except ValueError:
        return None
    return None


def read_salt(path: Path) -> bytes:
    """The first 16 bytes of a SQLCipher file (stored in the clear); b"" for a shorter file."""
    with open(path, "rb") as fh:
        salt = fh.read(SALT_BYTES)
    return salt if len(salt) == SALT_BYTES else b""


def derive_key(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    """The 32-byte database key for this passphrase and salt (scrypt)."""
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=1 << kdf.logn,
        r=kdf.r,
        p=1,
        maxmem=2 * kdf.memory + (1 << 20),
        dklen=32,
    )


def raw_key(key: bytes, salt: bytes) -> str:
    """SQLCipher's raw-key form: the key is used as is, and the salt is written to a new file."""
    return f"x'{key.hex()}{salt.hex()}'"


def key_for_file(path: Path, passphrase: str) -> str:
    """The key string that opens an existing file: raw (format 2) or the passphrase (legacy)."""
    salt = read_salt(path)
    kdf = kdf_of_salt(salt)
    if kdf is None:
        return passphrase
    return raw_key(derive_key(passphrase, salt, kdf), salt)


def connect(target: str, key: str, *, uri: bool = False) -> sqlcipher.Connection:
    """Open a connection and set its key; nothing is read yet."""
    conn = sqlcipher.connect(target, isolation_level=None, uri=uri, check_same_thread=False)
    # SQLCipher logs "ERROR CORE ..." to stderr on a wrong key: never show that to people.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key.startswith("x'") and re.fullmatch(r"x'[0-9a-f]+'", key):
        # Hex digits only: nothing to quote.
        conn.execute(f'PRAGMA key = "{key}"')
    else:
        # set_key passes the passphrase through sqlite3_key as bytes: no SQL quoting involved.
        conn.set_key(key)
    return conn


def sqlite_uri(path: str | Path, *, read_only: bool = False, windows: bool | None = None) -> str:
    """A `file:` URI SQLite accepts for a local path, a mapped drive or a UNC path.

    `Path.as_uri()` gives `file://server/share/x` for UNC paths, which SQLite refuses (it allows
    no host); SQLite wants `file:////server/share/x` and `file:///C:/x`.
    """
    text = str(path) if windows is not None else os.path.abspath(path)
    if windows is None:
        windows = os.name == "nt"
    if windows:
        text = text.replace("\\", "/")
        if text.startswith("//"):
            prefix = "file://"  # + "//server/share/...": empty authority, path keeps its slashes
        elif re.match(r"^[A-Za-z]:/", text):
            prefix = "file:///"
        else:
            prefix = "file:"
    else:
        prefix = "file://" if text.startswith("/") else "file:"
    uri = prefix + quote(text, safe="/:")
    return uri + ("?mode=ro" if read_only else "")
