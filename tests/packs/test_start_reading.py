"""Reading the installed packs at start: every byte still checked against the signed manifest,
the content checks a pack passed when it was added not run again (docs/PACKS.md)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop.core.library import HelpLibrary
from desktop.core.packs import pack_store
from desktop.core.paths import resolve_paths
from index.packs.folder import build_pack
from index.packs.from_html import pack_from_html
from index.packs.manifest import PackError
from index.packs.verify import load_installed, load_pack
from tests.packs.conftest import CONTENT_DIR, SAMPLE_PAGE, article, run, write_zip


@pytest.mark.parametrize("source", ["sample page", "built-in content"])
def test_start_reading_gives_the_same_articles_as_the_full_check(
    tmp_path: Path, source: str
) -> None:
    folder = CONTENT_DIR
    if source == "sample page":
        folder = tmp_path / "folder"
        pack_from_html(SAMPLE_PAGE, folder)
    pack = tmp_path / "p.chpack"
    build_pack(folder, pack)
    full, quick = load_pack(pack, {}), load_installed(pack, {})
    assert quick.library.articles == full.library.articles
    assert len(quick.library) > 5
    assert quick.library.content_hash == full.library.content_hash
    assert (quick.manifest, quick.trust, quick.manifest_sha256) == (
        full.manifest,
        full.trust,
        full.manifest_sha256,
    )


def _rewrite(pack: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(pack) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members[name] = data
    with zipfile.ZipFile(pack, "w") as zf:
        for member, content in members.items():
            zf.writestr(member, content)


def test_start_reading_refuses_a_changed_byte_and_bad_front_matter(tmp_path: Path) -> None:
    text = article().encode()
    pack = write_zip(tmp_path / "p.chpack", {"01-a.md": text})
    load_installed(pack, {})
    _rewrite(pack, "01-a.md", text.replace(b"1 Main", b"9 Main"))
    with pytest.raises(PackError, match="does not match its hash"):
        load_installed(pack, {})
    # Listed with its hash (so the bytes are "verified"), but its front matter is broken.
    broken = text.replace(b"order: 1\n", b"order: first\n")
    pack = write_zip(tmp_path / "q.chpack", {"01-a.md": broken})
    with pytest.raises(PackError, match=r"01-a\.md:\d+: order must be a whole number"):
        load_installed(pack, {})


def test_a_pack_copied_in_by_hand_is_still_rendered_safely(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Raw HTML refuses a pack at `pack install`; a file copied into the store by hand skips
    that check at start, and rendering escapes the HTML (the second guard)."""
    body = "Call us. <script>alert(1)</script> <b>now</b>"
    pack = write_zip(tmp_path / "html.chpack", {"01-a.md": article(body=body).encode()})
    code, _, err = run(["pack", "install", str(pack), "--allow-unsigned"], capsys)
    assert code == 1 and "raw HTML" in err
    paths = resolve_paths()
    paths.packs_dir.mkdir(parents=True, exist_ok=True)
    (paths.packs_dir / "test-pack.chpack").write_bytes(pack.read_bytes())
    library = HelpLibrary.load_content(paths.content_dir, pack_store(paths))
    page = library.answer_page("test-pack--local-office")
    assert "<script" not in page.body_html and "&lt;script&gt;" in page.body_html
    assert page.pack is not None and not page.pack.verified


def test_start_reading_matches_the_full_check_on_unusual_files(tmp_path: Path) -> None:
    """Windows line ends, a byte-order mark, comments, a closing line with spaces, a body with
    blank lines around it: the quick reading gives exactly what the full check gives."""
    plain = article(aid="plain", body="\n\nFirst line.\n\nSecond line.\n\n")
    files = {
        "01-plain.md": plain.encode(),
        "02-crlf.md": article(aid="crlf").replace("\n", "\r\n").encode(),
        "03-bom.md": b"\xef\xbb\xbf" + article(aid="bom").encode(),
        "04-comment.md": article(aid="comment").replace("order:", "# a note\norder:").encode(),
        "05-spaced.md": article(aid="spaced").replace("\n---\n", "\n--- \n", 1).encode(),
        "06-separator.md": article(aid="separator").replace("body", "x").encode()
        + b"\n---\nA line after a rule.\n",
    }
    pack = write_zip(tmp_path / "p.chpack", files)
    full, quick = load_pack(pack, {}), load_installed(pack, {})
    assert len(quick.library) == len(files)
    assert quick.library.articles == full.library.articles
    assert quick.library.get("plain").body == "First line.\n\nSecond line."
