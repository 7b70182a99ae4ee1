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
    from index.search import SearchResponse


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
    p.add_argument(
        "--with-pack",
        type=Path,
        default=None,
        metavar="PAGE.html|FILE.chpack",
        help="also search a pack made from a saved page or a pack file (in a temporary folder)",
    )
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


def _open_searcher() -> _PackSearch:
    """The index of the active packs (bundled if fresh, else built into the cache), opened."""
    return _open_library().searcher()


class _PackSearch:
    """The active verified packs and a search index over them (see docs/PACKS.md)."""

    def __init__(self) -> None:
        from desktop.core.library import HelpLibrary
        from desktop.core.packs import pack_store
        from desktop.core.paths import resolve_paths

        paths = resolve_paths()
        self.library = HelpLibrary.load_content(paths.content_dir, pack_store(paths))
        self.library.open_index(paths.content_dir, paths.bundled_index_dir, paths.index_cache_dir)

    def searcher(self) -> Any:
        """Something with search(query, limit) and close(), answering from verified packs."""
        return self

    def search(self, query: str, limit: int = 5) -> SearchResponse:
        """One search; hits carry the verified articles' words."""
        return self.library.search(query, limit=limit)

    def pack_of(self, article_id: str) -> str:
        """The id of the pack an article comes from."""
        facts = self.library.pack_facts(article_id)
        return facts.pack_id if facts else ""

    def close(self) -> None:
        """Release the index."""
        self.library.close()


def _open_library() -> _PackSearch:
    """The active packs with their index, or one plain CommandError line."""
    from desktop.core.library import IndexUnavailable
    from index.content import ContentError
    from index.packs.manifest import PackError

    try:
        return _PackSearch()
    except ContentError as exc:
        raise CommandError(
            f"the help content has {len(exc.problems)} problem(s); run: checkin-help check-content"
        ) from exc
    except (PackError, IndexUnavailable) as exc:
        raise CommandError(str(exc)) from exc
    except OSError as exc:
        raise CommandError(f"cannot open the search index: {exc.strerror or exc}") from exc


def response_json(response: SearchResponse, pack_of: Any = None) -> dict[str, Any]:
    """The JSON form of a search response (the `search --json` line); `pack_of(id)` names
    each hit's pack."""
    return {
        "query": response.query,
        "hits": [
            {
                "id": h.id,
                "pack": pack_of(h.id) if pack_of else "",
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
                    out.write(json.dumps(response_json(response, searcher.pack_of)) + "\n")
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
        out.write(json.dumps(response_json(response, searcher.pack_of)) + "\n")
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


def _eval_library(pack: Path, tmp: Path) -> Any:
    """A HelpLibrary over the built-in pack plus `pack` (a saved page or a .chpack), with its
    index, all kept under the temporary folder `tmp` (never the user's data)."""
    from desktop.core.library import HelpLibrary, IndexUnavailable
    from desktop.core.paths import resolve_paths
    from index.packs.folder import build_pack
    from index.packs.from_html import pack_from_html
    from index.packs.manifest import PackError
    from index.packs.store import PackStore

    paths = resolve_paths()
    try:
        if pack.suffix.lower() in (".html", ".htm"):
            made = pack_from_html(pack, tmp / "page-pack")
            pack = tmp / "page.chpack"
            build_pack(made.folder, pack)
        # Only the program's own keys: a key this user trusts must not change the figures.
        store = PackStore(tmp / "packs", paths.pack_key_dirs[:1], paths.content_dir)
        store.install(pack, allow_unsigned=True)  # a temporary evaluation store
        library = HelpLibrary.load_content(paths.content_dir, store)
        library.open_index(paths.content_dir, tmp / "no-bundled-index", tmp / "index")
    except (PackError, IndexUnavailable) as exc:
        raise CommandError(f"{pack.name}: {exc}") from exc
    return library


def cmd_eval_search(ns: argparse.Namespace) -> int:
    """`eval-search`: print queries whose first hit is wrong, then top1/top3/MRR (per language
    too when the file has a third column, `lang`); --with-pack adds a temporary pack."""
    import tempfile

    from index.evaluate import QueryFileError, read_queries

    try:
        rows = read_queries(ns.file)
    except QueryFileError as exc:
        raise CommandError(str(exc)) from exc
    if not rows:
        raise CommandError(f"{ns.file} has no queries")
    if ns.with_pack is None:
        return _eval_report(ns, rows, _load().articles, _open_searcher())
    if not ns.with_pack.is_file():
        raise CommandError(f"no such file: {ns.with_pack}")
    with tempfile.TemporaryDirectory(prefix="checkin-help-eval-") as tmp:
        library = _eval_library(ns.with_pack, Path(tmp))
        return _eval_report(ns, rows, library.content.articles, library)


def _eval_report(ns: argparse.Namespace, rows: list[Any], articles: Any, searcher: Any) -> int:
    """Score `rows` with `searcher` (closed at the end), answers named by the articles' titles."""
    from index.evaluate import evaluate

    try:
        by_title = {a.title: a.id for a in articles}
        unknown = sorted({t for row in rows for t in row.answers if t not in by_title})
        if unknown:
            raise CommandError(f"{ns.file}: answer title not in the content: {unknown[0]!r}")
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
