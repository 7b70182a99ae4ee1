"""Search sub-commands: search, list, build-index, check-content, eval-search.

Thin wrappers over the `index` package: content problems and unusable indexes become one plain
line (CommandError); heavy imports happen inside the handlers so `checkin-help --help` is fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from desktop.commands import CommandError

if TYPE_CHECKING:
    from index.search import Searcher, SearchResponse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the search sub-commands."""
    p = sub.add_parser("search", help="search the help articles")
    p.add_argument("query", nargs="*", help="words to search for")
    p.add_argument(
        "--limit", type=_positive_int, default=5, help="most answers to show (default 5)"
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.add_argument(
        "--stdin",
        action="store_true",
        help="read one query per line from standard input (one result line each, flushed)",
    )
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("list", help="list every help article")
    p.add_argument("--json", action="store_true", help="print JSON with id, title and plain text")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("build-index", help="build the search index from the content")
    p.add_argument("--out", type=Path, default=None, help="index folder (default: the bundled one)")
    p.add_argument("--content", type=Path, default=None, help="content folder (default: bundled)")
    p.set_defaults(func=cmd_build_index)

    p = sub.add_parser("check-content", help="check the content files for problems")
    p.add_argument("dir", nargs="?", type=Path, default=None, help="content folder")
    p.set_defaults(func=cmd_check_content)

    p = sub.add_parser("eval-search", help="measure search quality on a TSV of queries")
    p.add_argument("file", type=Path, help="TSV: query<TAB>answer title[ | other title]")
    p.add_argument("--verbose", action="store_true", help="also print the queries answered right")
    p.set_defaults(func=cmd_eval_search)


def _positive_int(value: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _content_dir(override: Path | None = None) -> Path:
    from desktop.core.paths import resolve_paths

    return override if override is not None else resolve_paths().content_dir


def _open_searcher() -> Searcher:
    """The current index (bundled if fresh, else built into the cache) opened for searching."""
    from desktop.core.paths import resolve_paths
    from index.build import IndexBuildError, ensure_index
    from index.content import ContentError
    from index.search import Searcher

    paths = resolve_paths()
    try:
        folder = ensure_index(paths.content_dir, paths.bundled_index_dir, paths.index_cache_dir)
        return Searcher.open(folder)
    except ContentError as exc:
        raise CommandError(
            f"the help content has {len(exc.problems)} problem(s); run: checkin-help check-content"
        ) from exc
    except IndexBuildError as exc:
        raise CommandError(str(exc)) from exc
    except OSError as exc:
        raise CommandError(f"cannot open the search index: {exc.strerror or exc}") from exc


def response_json(response: SearchResponse) -> dict[str, Any]:
    """The JSON form of a search response (the `search --json` line)."""
    return {
        "query": response.query,
        "hits": [
            {
                "id": h.id,
                "title": h.title,
                "summary": h.summary,
                "snippet": h.snippet,
                "score": h.score,
            }
            for h in response.hits
        ],
        "suggestion": response.suggestion,
        "closest": response.closest,
    }


def _print_text(response: SearchResponse, out: TextIO) -> None:
    import html
    import re

    if response.suggestion:
        print(f"Did you mean: {response.suggestion}", file=out)
    if response.closest and response.hits:
        print("Nothing matched exactly. The closest answers:", file=out)
    if not response.hits:
        print("No answers found.", file=out)
    for n, h in enumerate(response.hits, start=1):
        snippet = html.unescape(re.sub(r"</?b[^>]*>", "*", h.snippet))
        print(f"{n}. {h.title}  [{h.id}]", file=out)
        print(f"   {snippet}", file=out)


def cmd_search(ns: argparse.Namespace) -> int:
    """`search`: one query from the arguments, or one per stdin line with --stdin."""
    out = sys.stdout
    if ns.stdin:
        if ns.query:
            raise CommandError("give either a query or --stdin, not both")
        reconfigure = getattr(sys.stdin, "reconfigure", None)
        if reconfigure is not None:
            # Bytes that are not UTF-8 must not end a long-running search process.
            reconfigure(encoding="utf-8", errors="replace")
        searcher = _open_searcher()
        try:
            for line in sys.stdin:
                query = line.rstrip("\r\n")
                response = searcher.search(query, limit=ns.limit)
                if ns.json:
                    out.write(json.dumps(response_json(response)) + "\n")
                else:
                    print(f"> {query}", file=out)
                    _print_text(response, out)
                out.flush()
        finally:
            searcher.close()
        return 0
    query = " ".join(ns.query)
    if not query.strip():
        raise CommandError(
            "nothing to search for: give some words, e.g. checkin-help search passport"
        )
    searcher = _open_searcher()
    try:
        response = searcher.search(query, limit=ns.limit)
    finally:
        searcher.close()
    if ns.json:
        out.write(json.dumps(response_json(response)) + "\n")
    else:
        _print_text(response, out)
    return 0


def _load(content: Path | None = None) -> Any:
    from index.content import ContentError, load_library

    folder = _content_dir(content)
    try:
        return load_library(folder)
    except ContentError as exc:
        raise CommandError(
            f"the help content has {len(exc.problems)} problem(s); run: checkin-help check-content"
        ) from exc


def cmd_list(ns: argparse.Namespace) -> int:
    """`list`: every article's id and title (and plain text with --json)."""
    from index.render import article_plain_text

    library = _load()
    if ns.json:
        rows = [
            {"id": a.id, "title": a.title, "text": article_plain_text(a)} for a in library.articles
        ]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    else:
        for a in library.articles:
            print(f"{a.id}\t{a.title}")
    return 0


def cmd_build_index(ns: argparse.Namespace) -> int:
    """`build-index`: build the index (atomic) into --out or the bundled index folder."""
    from desktop.core.paths import resolve_paths
    from index.build import IndexBuildError, build_index
    from index.content import ContentError

    paths = resolve_paths()
    out = ns.out if ns.out is not None else paths.bundled_index_dir
    try:
        info = build_index(_content_dir(ns.content), out)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise CommandError(f"not built: the content has {len(exc.problems)} problem(s)") from exc
    except IndexBuildError as exc:
        raise CommandError(str(exc)) from exc
    print(
        f"Built the search index of {info.article_count} articles in {info.path} "
        f"({info.size_bytes / 1024:.0f} KiB, {info.seconds:.2f} s)"
    )
    return 0


def cmd_check_content(ns: argparse.Namespace) -> int:
    """`check-content`: print every problem as file:line: message (exit 1), or one OK line."""
    from index.content import ContentError, load_library

    folder = _content_dir(ns.dir)
    try:
        library = load_library(folder)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem)
        print(f"{len(exc.problems)} problem(s) found.", file=sys.stderr)
        return 1
    print(f"OK: {len(library.articles)} articles in {folder}, no problems.")
    return 0


def read_eval_file(path: Path) -> list[tuple[str, list[str]]]:
    """(query, acceptable titles) pairs of an eval TSV; `#` lines and blank lines skipped."""
    from index.evaluate import QueryFileError, read_queries

    try:
        return [(q.query, list(q.answers)) for q in read_queries(path)]
    except QueryFileError as exc:
        raise CommandError(str(exc)) from exc


def cmd_eval_search(ns: argparse.Namespace) -> int:
    """`eval-search`: print queries whose first hit is wrong, then top1/top3/MRR (per language
    too when the file has a third column, `lang`)."""
    from index.evaluate import QueryFileError, evaluate, read_queries

    try:
        rows = read_queries(ns.file)
    except QueryFileError as exc:
        raise CommandError(str(exc)) from exc
    if not rows:
        raise CommandError(f"{ns.file} has no queries")
    library = _load()
    by_title = {a.title: a.id for a in library.articles}
    unknown = sorted({t for row in rows for t in row.answers if t not in by_title})
    if unknown:
        raise CommandError(f"{ns.file}: answer title not in the content: {unknown[0]!r}")
    searcher = _open_searcher()
    try:
        report = evaluate(
            rows, lambda q: [h.id for h in searcher.search(q, limit=10).hits], by_title
        )
    finally:
        searcher.close()
    wrong = {row.query for row, _, _ in report.wrong}
    for row, got, rank in report.wrong:
        want = " | ".join(sorted(by_title[t] for t in row.answers))
        print(f"WRONG {row.query!r}: got {got or '(nothing)'}, want {want} (rank {rank})")
    if ns.verbose:
        for row in rows:
            if row.query not in wrong:
                print(f"ok    {row.query!r}")
    for lang, score in report.by_lang.items():
        print(f"{lang}: {score.line()}")
    print(report.overall.line())
    return 0
