"""Content loading and validation: every problem reported as file:line: message."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.content import ContentError, content_hash, load_library
from tests.index.conftest import good_front, write_article


def _problems(folder: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_library(folder)
    return [str(p) for p in info.value.problems]


def test_valid_folder_loads_in_display_order(tmp_path: Path) -> None:
    write_article(tmp_path, "b.md", good_front("second", order="2", related="first"))
    write_article(
        tmp_path, "a.md", good_front("first", order="1"), body="See [the other](article:second)."
    )
    lib = load_library(tmp_path)
    assert [a.id for a in lib.articles] == ["first", "second"]
    second = lib.get("second")
    assert second.related == ("first",)
    assert second.keywords == ("second words",)
    assert second.order == 2
    assert "second" in lib and len(lib) == 2
    assert lib.content_hash == content_hash(tmp_path)


def test_no_front_matter(tmp_path: Path) -> None:
    (tmp_path / "x.md").write_text("# Just markdown\n", encoding="utf-8")
    assert _problems(tmp_path) == [
        f"{tmp_path / 'x.md'}:1: missing front matter: the first line must be ---"
    ]


def test_unclosed_front_matter(tmp_path: Path) -> None:
    (tmp_path / "x.md").write_text("---\nid: x\ntitle: X\n", encoding="utf-8")
    (problem,) = _problems(tmp_path)
    assert problem.startswith(f"{tmp_path / 'x.md'}:1: front matter is not closed")


def test_unknown_key_missing_title_and_bad_line_all_reported(tmp_path: Path) -> None:
    front = good_front("one", colour="blue")
    del front["title"]
    path = write_article(tmp_path, "one.md", front)
    text = path.read_text(encoding="utf-8").replace("summary:", "this line has no colon\nsummary:")
    path.write_text(text, encoding="utf-8")
    problems = _problems(tmp_path)
    joined = "\n".join(problems)
    assert f"{path}:1: missing key 'title'" in joined
    assert "unknown key 'colour'" in joined
    assert "expected 'key: value'" in joined
    # Each message names the right line.
    lines = path.read_text(encoding="utf-8").splitlines()
    colour_line = next(i for i, line in enumerate(lines, 1) if line.startswith("colour:"))
    assert any(p.startswith(f"{path}:{colour_line}: unknown key") for p in problems)


def test_empty_title_and_duplicate_key(tmp_path: Path) -> None:
    path = write_article(tmp_path, "one.md", good_front("one", title=""))
    path.write_text(
        path.read_text(encoding="utf-8").replace("order: 1", "order: 1\norder: 2"), encoding="utf-8"
    )
    joined = "\n".join(_problems(tmp_path))
    assert f"{path}:3: 'title' is empty" in joined
    assert "duplicate key 'order'" in joined


def test_duplicate_id_names_both_files(tmp_path: Path) -> None:
    write_article(tmp_path, "a.md", good_front("same"))
    b = write_article(tmp_path, "b.md", good_front("same"))
    (problem,) = _problems(tmp_path)
    assert problem == f"{b}:2: duplicate id 'same' (also in a.md)"


def test_broken_article_link_and_bad_related(tmp_path: Path) -> None:
    path = write_article(
        tmp_path,
        "a.md",
        good_front("a", related="nowhere"),
        body="Line one.\nSee [x](article:missing).",
    )
    problems = _problems(tmp_path)
    assert f"{path}:12: link to unknown article 'missing'" in problems
    assert f"{path}:6: related id 'nowhere' is not an article" in problems


def test_bad_date_bad_order_bad_id(tmp_path: Path) -> None:
    path = write_article(
        tmp_path, "a.md", good_front("Bad_Id", reviewed="26/11/2026", order="first")
    )
    joined = "\n".join(_problems(tmp_path))
    assert f"{path}:2: bad id 'Bad_Id'" in joined
    assert f"{path}:9: bad date '26/11/2026'" in joined
    assert f"{path}:7: order must be a whole number" in joined


def test_impossible_date(tmp_path: Path) -> None:
    write_article(tmp_path, "a.md", good_front("a", reviewed="2026-02-30"))
    (problem,) = _problems(tmp_path)
    assert "bad date '2026-02-30'" in problem


def test_unsafe_link_and_mismatched_phone(tmp_path: Path) -> None:
    path = write_article(
        tmp_path,
        "a.md",
        good_front("a"),
        body="[click](javascript:alert(1))\nCall [1-800-555-0100](tel:+18005550199).",
    )
    problems = _problems(tmp_path)
    assert any(
        p.startswith(f"{path}:11: link 'javascript:alert(1' is not allowed") for p in problems
    )
    assert any(p.startswith(f"{path}:12: phone link text") for p in problems)


def test_html_in_title_is_refused(tmp_path: Path) -> None:
    write_article(tmp_path, "a.md", good_front("a", title="<b>Bold</b> title?"))
    (problem,) = _problems(tmp_path)
    assert "title must be plain text" in problem


def test_problems_in_several_files_all_reported(tmp_path: Path) -> None:
    write_article(tmp_path, "a.md", good_front("a", reviewed="yesterday"))
    write_article(tmp_path, "b.md", good_front("b", related="zzz"))
    (tmp_path / "c.md").write_bytes(b"---\nid: c\n\xff\xfe---\n")
    problems = _problems(tmp_path)
    assert len(problems) == 3
    assert [Path(p.split(":")[0]).name for p in problems] == ["a.md", "b.md", "c.md"]
    assert "not valid UTF-8" in problems[2]


def test_empty_or_missing_folder(tmp_path: Path) -> None:
    assert _problems(tmp_path) == [f"{tmp_path}:0: no articles (*.md files) found"]
    assert "does not exist" in _problems(tmp_path / "nope")[0]


def test_no_body(tmp_path: Path) -> None:
    write_article(tmp_path, "a.md", good_front("a"), body="")
    (problem,) = _problems(tmp_path)
    assert "the article has no text" in problem


def test_content_hash_changes_with_any_byte(tmp_path: Path) -> None:
    path = write_article(tmp_path, "a.md", good_front("a"))
    before = content_hash(tmp_path)
    path.write_text(path.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert content_hash(tmp_path) != before
