"""The search sub-commands, run in-process through `desktop.__main__.main`."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import main
from index.build import STAMP_NAME, check_index
from index.content import content_hash
from tests.index.conftest import CONTENT_DIR, REPO, good_front, write_article


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_search_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["search", "ankle", "braclet"], capsys)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Did you mean: ankle bracelet"
    assert lines[1] == "1. I have an ankle monitor. How can I get it removed?  [ankle-monitor]"


def test_search_json_and_limit(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["search", "appointment", "--json", "--limit", "2"], capsys)
    assert code == 0 and len(json.loads(out)["hits"]) == 2
    code, out, _ = _run(["search", "pasport", "--json"], capsys)
    assert code == 0
    record = json.loads(out)
    assert record["query"] == "pasport"
    assert record["hits"][0]["id"] == "ice-took-passport"
    assert set(record["hits"][0]) == {"id", "title", "summary", "snippet", "score"}
    assert record["suggestion"] == "passport"


def test_search_shows_did_you_mean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["search", "ankel", "monitr"], capsys)
    assert code == 0
    assert out.splitlines()[0] == "Did you mean: ankle monitor"


def test_search_stdin_one_flushed_json_line_per_query(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("passport\n\ncita\nI can NOT OR will not go\n"))
    code, out, _ = _run(["search", "--stdin", "--json"], capsys)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["query"] for r in records] == ["passport", "", "cita", "I can NOT OR will not go"]
    assert records[0]["hits"][0]["id"] == "ice-took-passport"
    assert records[1]["hits"] == []


def test_search_stdin_streams_in_a_subprocess(tmp_path: Path) -> None:
    env = {"CHECKIN_HELP_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "search", "--stdin", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    # Each answer arrives before the next query is sent: the process can serve a script.
    for query, expected in [(b"passport", "ice-took-passport"), (b"grillete", "ankle-monitor")]:
        proc.stdin.write(query + b"\n")
        proc.stdin.flush()
        record = json.loads(proc.stdout.readline())
        assert record["hits"][0]["id"] == expected
    proc.stdin.write(b"\xff\xfe not utf-8\n")
    proc.stdin.close()
    assert json.loads(proc.stdout.readline())["query"].endswith("not utf-8")
    assert proc.wait(timeout=60) == 0


def test_search_without_words_is_a_plain_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["search", "  "], capsys)
    assert code == 1 and out == ""
    assert err.startswith("checkin-help: nothing to search for") and err.count("\n") == 1


def test_search_bad_limit(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["search", "x", "--limit", "0"])
    assert info.value.code == 2
    assert "must be at least 1" in capsys.readouterr().err


def test_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["list", "--json"], capsys)
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 11 and set(rows[0]) == {"id", "title", "text"}
    assert rows[0]["id"] == "ice-and-isap-check-ins"
    assert all(r["text"] and "<" not in r["text"] for r in rows)


def test_list_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["list"], capsys)
    assert code == 0 and "ankle-monitor\tI have an ankle monitor. How can I get it removed?" in out


def test_build_index_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "ix"
    code, out, _ = _run(["build-index", "--out", str(out_dir)], capsys)
    assert code == 0
    assert out.startswith("Built the search index of 11 articles in ")
    assert (out_dir / STAMP_NAME).exists()
    assert check_index(out_dir, content_hash(CONTENT_DIR)) == "ok"


def test_build_index_refuses_a_non_index_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "mine.txt").write_text("x", encoding="utf-8")
    code, _, err = _run(["build-index", "--out", str(tmp_path)], capsys)
    assert code == 1 and "is not a search index" in err and err.count("\n") == 1


def test_check_content_ok(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["check-content"], capsys)
    assert code == 0 and out.startswith("OK: 11 articles")
    code, out, _ = _run(["check-content", str(CONTENT_DIR)], capsys)
    assert code == 0


def test_check_content_lists_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = write_article(tmp_path, "a.md", good_front("a", reviewed="soon"))
    b = write_article(tmp_path, "b.md", good_front("a"))
    code, out, err = _run(["check-content", str(tmp_path)], capsys)
    assert code == 1
    assert out.splitlines() == [
        f"{a}:9: bad date 'soon': use YYYY-MM-DD, e.g. 2026-11-26",
        f"{b}:2: duplicate id 'a' (also in a.md)",
    ]
    assert "2 problem(s)" in err


def test_eval_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tsv = tmp_path / "q.tsv"
    tsv.write_text(
        "# comment\tignored\n"
        "passport\tICE took my passport. Can I get a new one?\n"
        "grillete\tWhat is ICE? What is ISAP? | I have an ankle monitor. How can I get it removed?\n"
        "\n"
        "passport\tWhat is ICE? What is ISAP?\n",
        encoding="utf-8",
    )
    code, out, _ = _run(["eval-search", str(tsv)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("WRONG 'passport': got ice-took-passport, want what-is-ice-isap")
    assert lines[-1].startswith("top1=0.667 top3=") and lines[-1].endswith(" n=3")
    assert len(lines) == 2


def test_eval_search_reports_each_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tsv = tmp_path / "q.tsv"
    tsv.write_text(
        "passport\tICE took my passport. Can I get a new one?\ten\n"
        "pasaporte\tICE took my passport. Can I get a new one?\tes\n"
        "passport\tWhat is ICE? What is ISAP?\ten\n",
        encoding="utf-8",
    )
    code, out, _ = _run(["eval-search", str(tsv)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert "en: top1=0.500 top3=0.500 mrr=0.500 n=2" in lines
    assert "es: top1=1.000 top3=1.000 mrr=1.000 n=1" in lines
    assert lines[-1].startswith("top1=0.667 ")


def test_eval_search_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["eval-search", str(tmp_path / "missing.tsv")], capsys)
    assert code == 1 and err.startswith("checkin-help: cannot read")
    bad = tmp_path / "bad.tsv"
    bad.write_text("passport\tNo such title\n", encoding="utf-8")
    code, _, err = _run(["eval-search", str(bad)], capsys)
    assert code == 1 and "answer title not in the content" in err
    bad.write_text("no tab here\n", encoding="utf-8")
    code, _, err = _run(["eval-search", str(bad)], capsys)
    assert code == 1 and ":1: expected" in err


def test_broken_content_gives_one_plain_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.core import paths as paths_mod

    real = paths_mod.resolve_paths

    def fake(environ: object = None) -> paths_mod.AppPaths:
        p = real()
        return paths_mod.AppPaths(
            tmp_path / "content", tmp_path / "none", p.data_dir, p.cache_dir, False
        )

    (tmp_path / "content").mkdir()
    write_article(tmp_path / "content", "a.md", good_front("a", reviewed="bad"))
    monkeypatch.setattr(paths_mod, "resolve_paths", fake)
    code, out, err = _run(["search", "passport"], capsys)
    assert code == 1 and out == ""
    assert (
        err == "checkin-help: the help content has 1 problem(s); run: checkin-help check-content\n"
    )


def test_help_lists_the_search_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in ("search", "list", "build-index", "check-content", "eval-search"):
        assert name in out
