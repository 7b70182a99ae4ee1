"""Signatures in minisign's format: round trips, tampering, and the real `minisign` tool."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest

from index.packs import sign as s

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(
    MINISIGN is None, reason="minisign not installed (packaging/linux/system-deps.sh installs it)"
)


def test_sign_and_verify_round_trip() -> None:
    key = s.generate_key()
    sig = s.parse_signature(s.sign(b"manifest bytes", key, "pack test 1"))
    assert sig.trusted_comment == "pack test 1" and sig.algorithm == s.SIG_HASHED
    s.verify(b"manifest bytes", sig, key.public_key())
    with pytest.raises(s.SignatureError):
        s.verify(b"manifest bytez", sig, key.public_key())
    with pytest.raises(s.SignatureError):
        s.verify(
            b"manifest bytes",
            dataclasses.replace(sig, trusted_comment="pack test 2"),
            key.public_key(),
        )
    with pytest.raises(s.SignatureError, match="another key"):
        s.verify(b"manifest bytes", sig, s.generate_key().public_key())


def test_key_files_round_trip() -> None:
    key = s.generate_key()
    assert s.parse_secret_key(s.secret_key_text(key)) == key
    pub = key.public_key()
    assert s.parse_public_key(pub.file_text()) == pub
    assert s.parse_public_key(pub.to_base64()) == pub
    for bad in ("", "untrusted comment: x\nnot base64!", "untrusted comment: x\nAAAA"):
        with pytest.raises(s.SignatureError):
            s.parse_public_key(bad)


def test_an_encrypted_secret_key_needs_its_password() -> None:
    """minisign's default key is encrypted with scrypt; we read such keys too."""
    import base64

    from nacl.pwhash import scrypt

    key = s.generate_key()
    raw = bytearray(base64.b64decode(s.secret_key_text(key).splitlines()[1]))
    salt, ops, mem = bytes(range(32)), 524288, 16777216
    raw[2:4] = s.KDF_SCRYPT
    raw[6:38] = salt
    raw[38:46] = ops.to_bytes(8, "little")
    raw[46:54] = mem.to_bytes(8, "little")
    stream = scrypt.kdf(104, b"secret", salt, opslimit=ops, memlimit=mem)
    raw[54:] = bytes(a ^ b for a, b in zip(raw[54:], stream, strict=True))
    text = f"untrusted comment: x\n{base64.b64encode(bytes(raw)).decode()}\n"
    with pytest.raises(s.SignatureError, match="password"):
        s.parse_secret_key(text)
    with pytest.raises(s.SignatureError, match="wrong password"):
        s.parse_secret_key(text, b"guess")
    assert s.parse_secret_key(text, b"secret") == key


@needs_minisign
def test_minisign_verifies_our_signatures(tmp_path: Path) -> None:
    key = s.generate_key()
    (tmp_path / "m").write_bytes(b"hello")
    (tmp_path / "m.minisig").write_text(s.sign(b"hello", key, "ours"))
    (tmp_path / "k.pub").write_text(key.public_key().file_text())
    done = subprocess.run(
        [MINISIGN, "-V", "-p", "k.pub", "-m", "m"], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "Trusted comment: ours" in done.stdout


@needs_minisign
def test_we_verify_minisign_signatures_and_read_its_keys(tmp_path: Path) -> None:
    subprocess.run(
        [MINISIGN, "-G", "-W", "-p", "k.pub", "-s", "k.key"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    (tmp_path / "m").write_bytes(b"hello")
    subprocess.run(
        [MINISIGN, "-S", "-s", "k.key", "-m", "m", "-t", "theirs"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    pub = s.parse_public_key((tmp_path / "k.pub").read_text())
    sig = s.parse_signature((tmp_path / "m.minisig").read_text())
    s.verify(b"hello", sig, pub)
    assert sig.trusted_comment == "theirs"
    assert s.parse_secret_key((tmp_path / "k.key").read_text()).public_key() == pub
