"""Ed25519 signatures in minisign's file format, so a publisher may sign with `minisign` too.

Formats (https://jedisct1.github.io/minisign/, `src/minisign.h`), each base64 line under an
"untrusted comment:" line:
- public key: "Ed" || key_id[8] || ed25519_pk[32]
- secret key: "Ed" || kdf_alg[2] || "B2" || salt[32] || opslimit[8] || memlimit[8] ||
  (key_id[8] || ed25519_sk[64] || BLAKE2b-256("Ed" || key_id || sk)), the part in brackets
  XORed with scrypt(password) when kdf_alg is "Sc", plain when it is two zero bytes
- signature: "ED" || key_id[8] || sig[64] over BLAKE2b-512(message) ("Ed": over the message),
  then "trusted comment: ..." and a global signature over sig || trusted comment.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SIG_LEGACY = b"Ed"
SIG_HASHED = b"ED"
KDF_SCRYPT = b"Sc"
KDF_NONE = b"\0\0"
CHECKSUM_ALG = b"B2"
UNTRUSTED = "untrusted comment: "
TRUSTED = "trusted comment: "


class SignatureError(Exception):
    """A key or signature is malformed, or a signature does not match (plain message)."""


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: its 8-byte id and the Ed25519 key."""

    key_id: bytes
    key: bytes

    @property
    def id_hex(self) -> str:
        """The key id as minisign prints it (upper-case hex of the little-endian number)."""
        return self.key_id[::-1].hex().upper()

    def to_base64(self) -> str:
        """The one-line form minisign prints and accepts with -P."""
        return base64.b64encode(SIG_LEGACY + self.key_id + self.key).decode("ascii")

    def file_text(self) -> str:
        """The contents of a minisign `.pub` file."""
        return f"{UNTRUSTED}minisign public key {self.id_hex}\n{self.to_base64()}\n"


@dataclass(frozen=True)
class SecretKey:
    """A decrypted minisign secret key: id and the 32-byte Ed25519 seed."""

    key_id: bytes
    seed: bytes

    def public_key(self) -> PublicKey:
        """The matching public key."""
        from nacl.signing import SigningKey

        return PublicKey(self.key_id, bytes(SigningKey(self.seed).verify_key))


@dataclass(frozen=True)
class Signature:
    """A parsed `.minisig` file."""

    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def _b64(line: str, what: str) -> bytes:
    try:
        return base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError(f"the {what} is not valid base64") from None


def _payload_line(text: str, what: str) -> tuple[str, list[str]]:
    """The first base64 line after an untrusted comment, and the lines after it."""
    lines = [ln for ln in text.replace("\r\n", "\n").split("\n")]
    if len(lines) < 2 or not lines[0].startswith(UNTRUSTED):
        raise SignatureError(f"the {what} does not start with an untrusted comment line")
    return lines[1], lines[2:]


def parse_public_key(text: str) -> PublicKey:
    """A public key from a `.pub` file's text, or from the bare base64 line."""
    text = text.strip()
    line = _payload_line(text, "public key")[0] if text.startswith(UNTRUSTED) else text
    raw = _b64(line, "public key")
    if len(raw) != 42 or raw[:2] != SIG_LEGACY:
        raise SignatureError("not a minisign Ed25519 public key")
    return PublicKey(raw[2:10], raw[10:])


def _blake2b(data: bytes, size: int) -> bytes:
    return hashlib.blake2b(data, digest_size=size).digest()


def generate_key() -> SecretKey:
    """A new random key pair (the secret part; its `public_key()` gives the other)."""
    return SecretKey(os.urandom(8), os.urandom(32))


def secret_key_text(key: SecretKey, comment: str = "minisign secret key") -> str:
    """A minisign secret key file holding `key` unencrypted (like `minisign -G -W`)."""
    from nacl.signing import SigningKey

    sk = key.seed + bytes(SigningKey(key.seed).verify_key)
    checksum = _blake2b(SIG_LEGACY + key.key_id + sk, 32)
    raw = SIG_LEGACY + KDF_NONE + CHECKSUM_ALG + bytes(32) + bytes(16) + key.key_id + sk + checksum
    return f"{UNTRUSTED}{comment}\n{base64.b64encode(raw).decode('ascii')}\n"


def parse_secret_key(text: str, password: bytes | None = None) -> SecretKey:
    """A secret key from minisign's file text; `password` for an encrypted (scrypt) one."""
    raw = _b64(_payload_line(text.strip(), "secret key")[0], "secret key")
    if len(raw) != 158 or raw[:2] != SIG_LEGACY or raw[4:6] != CHECKSUM_ALG:
        raise SignatureError("not a minisign Ed25519 secret key")
    kdf, salt = raw[2:4], raw[6:38]
    ops = int.from_bytes(raw[38:46], "little")
    mem = int.from_bytes(raw[46:54], "little")
    secret = raw[54:]
    if kdf == KDF_SCRYPT:
        if password is None:
            raise SignatureError("the secret key is encrypted: a password is needed")
        from nacl.pwhash import scrypt

        stream = scrypt.kdf(len(secret), password, salt, opslimit=ops, memlimit=mem)
        secret = bytes(a ^ b for a, b in zip(secret, stream, strict=True))
    elif kdf != KDF_NONE:
        raise SignatureError("unknown key-derivation algorithm in the secret key")
    key_id, sk, checksum = secret[:8], secret[8:72], secret[72:]
    # `minisign -G -W` (0.11) leaves the checksum of an unencrypted key as zeros.
    unchecked = kdf == KDF_NONE and checksum == bytes(32)
    if not unchecked and not hmac.compare_digest(_blake2b(SIG_LEGACY + key_id + sk, 32), checksum):
        raise SignatureError("wrong password, or the secret key is damaged")
    return SecretKey(key_id, sk[:32])


def sign(message: bytes, key: SecretKey, trusted_comment: str) -> str:
    """A `.minisig` file's text signing `message` (prehashed "ED", minisign's default)."""
    from nacl.signing import SigningKey

    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise SignatureError("the trusted comment must be one line")
    signer = SigningKey(key.seed)
    sig = signer.sign(_blake2b(message, 64)).signature
    global_sig = signer.sign(sig + trusted_comment.encode("utf-8")).signature
    body = base64.b64encode(SIG_HASHED + key.key_id + sig).decode("ascii")
    return (
        f"{UNTRUSTED}signature from minisign secret key\n{body}\n"
        f"{TRUSTED}{trusted_comment}\n{base64.b64encode(global_sig).decode('ascii')}\n"
    )


def parse_signature(text: str) -> Signature:
    """A parsed `.minisig` file (SignatureError when malformed)."""
    first, rest = _payload_line(text, "signature")
    raw = _b64(first, "signature")
    if len(raw) != 74 or raw[:2] not in (SIG_LEGACY, SIG_HASHED):
        raise SignatureError("not a minisign Ed25519 signature")
    if len(rest) < 2 or not rest[0].startswith(TRUSTED):
        raise SignatureError("the signature has no trusted comment line")
    global_sig = _b64(rest[1], "global signature")
    if len(global_sig) != 64:
        raise SignatureError("the global signature has the wrong length")
    return Signature(raw[:2], raw[2:10], raw[10:], rest[0][len(TRUSTED) :], global_sig)


def verify(message: bytes, signature: Signature, key: PublicKey) -> None:
    """Check `signature` over `message` with `key`; raise SignatureError if it does not hold."""
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    if signature.key_id != key.key_id:
        raise SignatureError("the signature was made with another key")
    signed = _blake2b(message, 64) if signature.algorithm == SIG_HASHED else message
    verifier = VerifyKey(key.key)
    try:
        verifier.verify(signed, signature.signature)
        verifier.verify(
            signature.signature + signature.trusted_comment.encode("utf-8"),
            signature.global_signature,
        )
    except BadSignatureError:
        raise SignatureError("the signature does not match (the pack was changed)") from None


def public_key_files(folders: list[Path]) -> Iterator[tuple[Path, Path, PublicKey]]:
    """Each readable `*.pub` key in the folders, in order, as (folder, file, key); bad files
    are skipped."""
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.pub")):
            try:
                key = parse_public_key(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, SignatureError):
                continue
            yield folder, path, key


def load_public_keys(folders: list[Path]) -> dict[bytes, tuple[PublicKey, str]]:
    """Every `*.pub` key in the folders, by key id, with its file's name (bad files skipped)."""
    keys: dict[bytes, tuple[PublicKey, str]] = {}
    for _folder, path, key in public_key_files(folders):
        keys.setdefault(key.key_id, (key, path.stem))
    return keys
