"""Every kind of bad pack is refused by `pack install` with exit 1, one line, nothing written."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from index.packs.archive import Limits, read_pack
from index.packs.manifest import PackError
from index.packs.sign import generate_key, sign
from tests.packs.conftest import article, manifest_fields, run, tree, write_zip

GOOD = {"01-a.md": article().encode()}
PNG = b"\x89PNG\r\n\x1a\n" + bytes(20)
KEY = generate_key()


def _with_body(body: str) -> dict[str, bytes]:
    return {"01-a.md": article(body=body).encode()}


def _raw_member(name: str) -> Callable[[Path], Path]:
    """A zip whose member name is written as given (zipfile would normalise some)."""

    def make(path: Path) -> Path:
        data = b"x"
        write_zip(path, GOOD)
        with zipfile.ZipFile(path, "a") as zf:
            info = zipfile.ZipInfo("placeholder")
            info.filename = name
            zf.writestr(info, data)
        return path

    return make


def _signed_then_changed(path: Path) -> Path:
    import json

    from index.packs.archive import sha256_hex

    fields = {
        **manifest_fields(),
        "files": {n: {"size": len(d), "sha256": sha256_hex(d)} for n, d in GOOD.items()},
    }
    raw = json.dumps(fields).encode()
    sig = sign(raw, KEY, "test")
    changed = raw.replace(b"Test Clinic", b"Evil Clinic")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", changed)
        zf.writestr("manifest.json.minisig", sig)
        for n, d in GOOD.items():
            zf.writestr(n, d)
    return path


BAD: dict[str, Callable[[Path], Path]] = {
    "not a zip": lambda p: (p.write_bytes(b"PK\x03\x04 this is not a zip at all"), p)[1],
    "parent path": _raw_member("../evil.md"),
    "nested parent path": _raw_member("images/../../evil.md"),
    "absolute path": _raw_member("/etc/evil.md"),
    "drive letter": _raw_member("C:/evil.md"),
    "backslash path": _raw_member("..\\evil.md"),
    "unexpected file": lambda p: write_zip(p, {**GOOD, "run.exe": b"MZ"}),
    "hash mismatch": lambda p: write_zip(
        p, {"01-a.md": article(body="Changed text.").encode()}, listed=GOOD
    ),
    "file not listed": lambda p: write_zip(p, GOOD, extra={"02-b.md": article("b").encode()}),
    "listed file missing": lambda p: write_zip(
        p, GOOD, listed={**GOOD, "02-b.md": article("b").encode()}
    ),
    "no manifest": lambda p: (zipfile.ZipFile(p, "w").writestr("01-a.md", GOOD["01-a.md"]), p)[1],
    "bad manifest": lambda p: write_zip(p, GOOD, manifest=manifest_fields(id="Not An Id")),
    "malformed front matter": lambda p: write_zip(p, {"01-a.md": b"no front matter here\n"}),
    "raw html": lambda p: write_zip(p, _with_body("Hello <b>there</b>.")),
    "script": lambda p: write_zip(p, _with_body("<script>alert(1)</script>")),
    "remote image": lambda p: write_zip(p, _with_body("![logo](https://example.org/x.png)")),
    "file link": lambda p: write_zip(p, _with_body("[passwords](file:///etc/passwd)")),
    "made-up scheme": lambda p: write_zip(p, _with_body("[run](javascript:alert(1))")),
    "spaced scheme": lambda p: write_zip(p, _with_body("[run]( smb://host/share)")),
    "reference link": lambda p: write_zip(p, _with_body("[x][1]\n\n[1]: file:///etc/passwd")),
    "fake png": lambda p: write_zip(p, {**GOOD, "images/a.png": b"GIF89a not a png"}),
    "bad signature": _signed_then_changed,
    "zip bomb": lambda p: write_zip(p, {**GOOD, "02-b.md": article(body="a" * 9_000_000).encode()}),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_pack_is_refused_and_nothing_is_written(
    kind: str, tmp_path: Path, _private_user_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = BAD[kind](tmp_path / "bad.chpack")
    # The signing key is trusted, so that a changed signed manifest is caught, not just unknown.
    (_private_user_data / "keys").mkdir()
    (_private_user_data / "keys" / "Test.pub").write_text(KEY.public_key().file_text())
    before = tree(_private_user_data)
    code, out, err = run(["pack", "install", str(pack), "--allow-unsigned"], capsys)
    assert code == 1, (kind, out, err)
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("checkin-help: "), err
    assert tree(_private_user_data) == before


def test_the_other_packs_keep_working_after_a_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_zip(tmp_path / "good.chpack", GOOD)
    assert run(["pack", "install", str(good), "--allow-unsigned"], capsys)[0] == 0
    bad = BAD["hash mismatch"](tmp_path / "bad.chpack")
    assert run(["pack", "install", str(bad), "--allow-unsigned"], capsys)[0] == 1
    code, out, _ = run(["pack", "list"], capsys)
    assert code == 0 and "test-pack 1" in out and "active" in out


def test_limits_refuse_a_member_packed_too_tightly(tmp_path: Path) -> None:
    pack = write_zip(
        tmp_path / "p.chpack", {**GOOD, "02-b.md": article(body="b" * 200_000).encode()}
    )
    with pytest.raises(PackError, match="packed too tightly"):
        read_pack(pack, Limits(ratio=50, ratio_floor=64 * 1024))
    with pytest.raises(PackError, match="too large"):
        read_pack(pack, Limits(member_bytes=100_000))
    with pytest.raises(PackError, match="too large in total"):
        read_pack(pack, Limits(total_bytes=150_000, ratio=10_000))
    assert read_pack(pack, Limits(ratio=10_000)).manifest.id == "test-pack"


def test_a_header_that_lies_about_the_size_is_refused(tmp_path: Path) -> None:
    pack = write_zip(tmp_path / "p.chpack", GOOD)
    raw = bytearray(pack.read_bytes())
    # Make the central directory claim a tiny size for the article: the real bytes are more.
    with zipfile.ZipFile(pack) as zf:
        info = zf.getinfo("01-a.md")
    true_size = info.file_size.to_bytes(4, "little")
    start = raw.rfind(b"01-a.md") - 46  # the central directory entry of the article
    pos = raw.index(true_size, start)
    raw[pos : pos + 4] = (3).to_bytes(4, "little")
    pack.write_bytes(bytes(raw))
    with pytest.raises(PackError):
        read_pack(pack)


def test_a_real_png_image_is_accepted(tmp_path: Path) -> None:
    body = "The office: ![the office door](images/a.png)"
    pack = write_zip(
        tmp_path / "p.chpack", {"01-a.md": article(body=body).encode(), "images/a.png": PNG}
    )
    from index.packs.verify import load_pack

    assert load_pack(pack, {}).library.get("local-office")
