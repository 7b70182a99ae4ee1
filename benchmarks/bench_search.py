"""Search benchmarks: index build time and size, search and completion latency.

Measured on the built-in pack alone and beside a generated pack of 40, 500 and 5,000 articles
(plausible text made deterministically from the FAQ's own vocabulary plus invented words, so
the vocabulary is larger than the FAQ's, and keywords drawn from the FAQ's). Latency is for a
full search with snippets (the search box), first with every query new to the searcher (wall
and processor time: the machine may be shared) and then warm, and for completion of the last
word (as-you-type), over typed-like queries and their prefixes.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Row, median, ms, percentile, time_calls

REPO = Path(__file__).resolve().parents[1]
CONTENT = REPO / "content"
QUERY_DATA = REPO / "tests" / "index" / "data"
QUERY_FILES = (
    QUERY_DATA / "dev-queries.tsv",
    QUERY_DATA / "heldout-queries.tsv",
    QUERY_DATA / "extra-queries.tsv",
    QUERY_DATA / "dev-queries-multilingual.tsv",
)
GENERATED_ARTICLES = 5000


def _queries() -> list[str]:
    """Typed-like queries from the evaluation files (whatever of them exists)."""
    out: list[str] = []
    for path in QUERY_FILES:
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    out.append(line.split("\t", 1)[0])
    return out or ["passport", "cant go to my cita", "ankle braclet", "me quitaron el pasaporte"]


def _prefixes(queries: list[str]) -> list[str]:
    """What the search box holds while typing: every prefix of a sample of queries."""
    out = []
    for q in queries[::3]:
        out.extend(q[:n] for n in range(1, len(q) + 1))
    return out


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _generate_corpus(folder: Path, n: int, seed: int = 20261126) -> None:
    """Write n plausible articles (front matter + paragraphs + lists) deterministically."""
    from index.content import load_library
    from index.render import article_plain_text
    from index.text import words

    library = load_library(CONTENT)
    rng = random.Random(seed)
    sentences = []
    for a in library.articles:
        sentences.extend(s for s in article_plain_text(a).split("\n") if len(s) > 20)
    vocab = sorted({w for s in sentences for w in words(s) if len(w) > 3})
    keywords = sorted({k for a in library.articles for k in a.keywords})
    syllables = [
        "ba",
        "ce",
        "di",
        "fo",
        "gu",
        "la",
        "me",
        "ni",
        "po",
        "ra",
        "se",
        "ti",
        "vo",
        "za",
        "tr",
        "st",
    ]
    invented = sorted(
        {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(6000)}
    )
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        topic = rng.sample(vocab, 3) + rng.sample(invented, 2)
        title = f"What if my {topic[0]} {topic[3]} is about {topic[1]}?"
        paragraphs = []
        for _ in range(rng.randint(2, 5)):
            picked = rng.sample(sentences, rng.randint(1, 3))
            extra = " ".join(rng.choice(topic + invented[:200]) for _ in range(rng.randint(3, 12)))
            paragraphs.append(" ".join(picked) + f" Also {extra}.")
        items = "\n".join(f"- {rng.choice(sentences)}" for _ in range(rng.randint(0, 4)))
        body = "\n\n".join(paragraphs + ([items] if items else []))
        kw = ", ".join(rng.sample(keywords, 8) + topic[3:])
        (folder / f"{i:05d}-generated.md").write_text(
            "---\n"
            f"id: generated-{i:05d}\n"
            f"title: {title}\n"
            f"summary: A generated article about {topic[0]} and {topic[1]}.\n"
            f"keywords: {kw}\n"
            f"order: {i}\n"
            "source: Generated for the benchmark\n"
            "reviewed: 2026-11-26\n"
            "---\n" + body + "\n",
            encoding="utf-8",
        )


def _with_builtin(folder: Path, n: int) -> Path:
    """A content folder: the built-in articles plus n generated ones (a large pack beside the
    built-in pack, as the app indexes them: one index over all active packs)."""
    shutil.copytree(CONTENT, folder)
    if n:
        generated = folder.with_name(folder.name + "-generated")
        _generate_corpus(generated, n)
        for path in sorted(generated.glob("*.md")):
            shutil.copy(path, folder / f"zz-{path.name}")
        shutil.rmtree(generated, ignore_errors=True)
    return folder


def _cpu_ms(fn: Callable[[], object]) -> float:
    """The processor time of one call in ms (on a shared machine, wall time also counts other
    people's work)."""
    start = time.process_time()
    fn()
    return (time.process_time() - start) * 1000


def _measure(label: str, content: Path, work: Path, build_target: str, target: str) -> list[Row]:
    from index.build import build_index
    from index.search import Searcher

    rows: list[Row] = []
    out = work / f"index-{label}"
    start = time.perf_counter()
    info = build_index(content, out)
    build_s = time.perf_counter() - start
    rows.append(
        Row(
            "search",
            f"build index ({label}, {info.article_count} articles)",
            f"{build_s:.2f} s",
            build_target,
        )
    )
    rows.append(Row("search", f"index size ({label})", f"{_folder_size(out) / 1024:.0f} KiB"))
    start = time.perf_counter()
    searcher = Searcher.open(out)
    rows.append(Row("search", f"open searcher ({label})", ms((time.perf_counter() - start) * 1000)))
    # What the app does in the thread pool once its window shows (desktop.app.warm_up_search).
    start = time.perf_counter()
    searcher.warm_up()
    rows.append(
        Row("search", f"  warm-up in idle time ({label})", ms((time.perf_counter() - start) * 1000))
    )
    queries = _queries()
    prefixes = _prefixes(queries)
    try:
        # First pass: every query new to this searcher (what a person typing a new question
        # meets); wall time and processor time. The second pass is warm (caches filled).
        cold: list[float] = []
        cold_cpu: list[float] = []
        for q in queries:
            wall = time.perf_counter()
            cold_cpu.append(_cpu_ms(lambda q=q: searcher.search(q)))
            cold.append((time.perf_counter() - wall) * 1000)
        rows.append(
            Row(
                "search",
                f"search+snippets p99, first time ({label})",
                ms(percentile(cold, 99)),
                target,
            )
        )
        rows.append(
            Row("search", f"  same, processor time p99 ({label})", ms(percentile(cold_cpu, 99)))
        )
        it = iter(queries * 2)
        search_ms = time_calls(lambda: searcher.search(next(it)), len(queries) * 2)
        rows.append(Row("search", f"search+snippets median ({label})", ms(median(search_ms))))
        rows.append(
            Row(
                "search",
                f"search+snippets p99, warm ({label})",
                ms(percentile(search_ms, 99)),
                target,
            )
        )
        # Every keystroke: completion of the last word and a full search of the text so far.
        it2 = iter(prefixes)
        complete_ms = time_calls(lambda: searcher.complete(next(it2)), len(prefixes))
        rows.append(Row("search", f"completion median ({label})", ms(median(complete_ms))))
        rows.append(
            Row("search", f"completion p99 ({label})", ms(percentile(complete_ms, 99)), target)
        )
        it3 = iter(prefixes)
        typing_ms = time_calls(lambda: searcher.search(next(it3)), len(prefixes))
        rows.append(
            Row(
                "search", f"as-you-type search p99 ({label})", ms(percentile(typing_ms, 99)), target
            )
        )
    finally:
        searcher.close()
    return rows


# (label, generated articles beside the built-in pack, build target, search target)
SIZES = (
    ("built-in", 0, "", "p99 < 10 ms"),
    ("built-in + 40", 40, "", "p99 < 10 ms"),
    ("built-in + 500", 500, "< 10 s", "p99 < 10 ms"),
    ("built-in + 5,000", GENERATED_ARTICLES, "< 30 s", "p99 < 50 ms"),
)


def run() -> list[Row]:
    """Build and query the built-in pack alone and beside generated packs of 40, 500 and 5,000
    articles."""
    work = Path(tempfile.mkdtemp(prefix="bench-search-"))
    try:
        rows = []
        for label, n, build_target, target in SIZES:
            content = _with_builtin(work / f"content-{n}", n)
            rows += _measure(label, content, work, build_target, target)
            shutil.rmtree(content, ignore_errors=True)
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)
