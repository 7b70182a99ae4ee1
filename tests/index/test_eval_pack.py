"""`eval-search --with-pack`: the queries run over the built-in pack plus a temporary pack made
from a saved page (or a pack file), in a temporary folder, never in the user's data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.__main__ import main
from index.evaluate import read_queries
from index.packs.folder import build_pack
from index.packs.from_html import pack_from_html
from tests.index.conftest import DATA

PAGE = DATA / "sample-clinic-faq.html"
QUERIES = DATA / "sample-clinic-queries.tsv"
# The language order the queries file states in its first line; our copy has a `lang` column.
LANG_ORDER = [("en", 50), ("es", 40), ("ht", 20), ("pt", 15), ("fr", 15)]


def test_the_dev_sample_has_a_language_column() -> None:
    langs = [q.lang for q in read_queries(QUERIES)]
    assert langs == [lang for lang, n in LANG_ORDER for _ in range(n)]


def _score(line: str) -> dict[str, float]:
    return {k: float(v) for k, v in (part.split("=") for part in line.split(": ")[-1].split())}


def test_eval_with_page_reports_each_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["eval-search", str(QUERIES), "--with-pack", str(PAGE)])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = out.splitlines()
    codes = {lang for lang, _ in LANG_ORDER}
    rows = {ln[:2]: _score(ln) for ln in lines if ln[:2] in codes and ln[2:4] == ": "}
    assert sorted(rows) == sorted(lang for lang, _ in LANG_ORDER)
    for lang, n in LANG_ORDER:
        assert rows[lang]["n"] == n
    overall = _score(lines[-1])
    assert overall["n"] == 140 and overall["top1"] > 0 and overall["top3"] >= overall["top1"]
    # Wrong answers name the ids from-html gave the page's questions.
    assert any(ln.startswith("WRONG ") and "--" in ln for ln in lines)
    # Nothing was installed in this user's data.
    data = Path(os.environ["CHECKIN_HELP_DATA_DIR"])
    assert not (data / "packs").exists()


def test_eval_with_pack_file_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made = pack_from_html(PAGE, tmp_path / "folder")
    chpack = tmp_path / "clinic.chpack"
    build_pack(made.folder, chpack)
    code = main(["eval-search", str(QUERIES), "--with-pack", str(chpack)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.splitlines()[-1].endswith(" n=140")
    # Without the pack, the page's questions are not in the content.
    code = main(["eval-search", str(QUERIES)])
    _, err = capsys.readouterr()
    assert code == 1 and "answer title not in the content" in err
    code = main(["eval-search", str(QUERIES), "--with-pack", str(tmp_path / "none.chpack")])
    _, err = capsys.readouterr()
    assert code == 1 and "no such file" in err
    bad = tmp_path / "bad.chpack"
    bad.write_bytes(b"not a zip")
    code = main(["eval-search", str(QUERIES), "--with-pack", str(bad)])
    _, err = capsys.readouterr()
    assert code == 1 and err.startswith("checkin-help: bad.chpack")
