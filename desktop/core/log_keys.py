"""Keys and connections of the encrypted logs: scrypt key derivation, SQLCipher raw keys, URIs.

Format 1 (legacy) files were keyed with the passphrase itself (SQLCipher's PBKDF2, fast enough
to guess on a GPU). Format 2 files get a raw 256-bit key derived with scrypt (memory-hard) from
the passphrase and the file's 16-byte SQLCipher salt. The salt's first bytes say how the key was
derived, so any log or backup can be opened without other metadata:

    salt = b"CHk" + bytes([2, log2(n)]) + 11 random bytes      (r = 8, p = 1)
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
MAX_LOGN = 18
_MAGIC = b"CHk"
KEY_FORMAT = 2


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost: n = 2**logn, r = 8, p = 1 (memory used: 128 * r * n bytes)."""

    logn: int = 16

    def __post_init__(self) -> None:
        # Up to 2**18 (256 MiB): a crafted backup must not make the app allocate gigabytes.
        if not 1 <= self.logn <= MAX_LOGN:
            raise ValueError("scrypt cost out of range")


# 2**16 * 8 * 128 bytes = 64 MiB per guess; about 0.35-0.7 s on the 2-core machine of these
# tests (see `make bench`), about 0.5 s on an old PC.
DEFAULT_KDF = KdfParams(16)


def new_salt(kdf: KdfParams) -> bytes:
    """A fresh SQLCipher salt that also records how the key is derived."""
    return _MAGIC + bytes([KEY_FORMAT, kdf.logn]) + secrets.token_bytes(SALT_BYTES - 5)


def kdf_of_salt(salt: bytes) -> KdfParams | None:
    """The scrypt cost a file's salt records, or None for a legacy (passphrase-keyed) file."""
    if len(salt) != SALT_BYTES or not salt.startswith(_MAGIC) or salt[3] != KEY_FORMAT:
        return None
    try:
        return KdfParams(salt[4])
    except ValueError:
        return None


def read_salt(path: Path) -> bytes:
    """The first 16 bytes of a SQLCipher file (stored in the clear); b"" for a shorter file."""
    with open(path, "rb") as fh:
        salt = fh.read(SALT_BYTES)
    return salt if len(salt) == SALT_BYTES else b""


def derive_key(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    """The 32-byte database key for this passphrase and salt (scrypt)."""
    n = 1 << kdf.logn
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=n,
        r=8,
        p=1,
        maxmem=256 * n * 8 + (1 << 20),
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
