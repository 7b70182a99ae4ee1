"""Build the Whoosh index from the content, atomically and deterministically, and keep it current.

An index folder holds Whoosh's files plus `STAMP_NAME`, a JSON stamp with the schema version,
the content hash and the size and SHA-256 of every index file. `check_index` (`index.opening`,
re-exported here) uses the stamp to tell a current index from a missing, stale or corrupt one;
`ensure_index` rebuilds when needed.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import random
import re
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from index.codes import joined_tokens
from index.content import Article, Library, content_hash, load_library
from index.langid import says_not
from index.opening import (
    CORRUPT,
    INDEX_NAME,
    MISSING,
    OK,
    STALE,
    STAMP_NAME,
    check_index,
    index_files,
    open_checked_index,
)
from index.render import article_index_text
from index.schema import (
    SCHEMA_VERSION,
    SEARCH_FIELDS,
    VOCABULARY_FILE,
    build_schema,
)
from index.snippets import analyse_sentences
from index.synonyms import SynonymTables, load_lexicon
from index.text import is_stop, phrase_keys, stems, words
from index.vocabulary import lexicon_words

__all__ = [
    "CORRUPT",
    "INDEX_NAME",
    "MISSING",
    "OK",
    "STALE",
    "STAMP_NAME",
    "BuildInfo",
    "IndexBuildError",
    "build_index",
    "build_library_index",
    "check_index",
    "ensure_index",
    "ensure_library_index",
    "open_checked_index",
]

# How many set-aside corrupt copies of the cache to keep (older ones are removed).
KEEP_CORRUPT = 2

Progress = Callable[[int, int], None]
"""progress(done, total): called while building, once per article and once at the end."""


@dataclass(frozen=True)
class BuildInfo:
    """What a build produced."""

    path: Path
    schema_version: int
    content_hash: str
    article_count: int
    size_bytes: int
    seconds: float


class IndexBuildError(Exception):
    """The index could not be built or put in place (plain-language message)."""


_NAME_WORD = re.compile(r"[A-Z][a-z]{2,}")


def names_publisher(article: Article) -> bool:
    """True when an article's title names the organisation that wrote it ("Can the Alliance
    help with my case?", "Who can stay at Casa Emmaus?"): such a title answers a question put
    to "you" ("can you help me", "ustedes", "vocês")."""
    name = re.split(r",| for | of | de ", article.source, maxsplit=1)[0]
    own = _NAME_WORD.findall(name)
    if not own:
        return False
    head = own[-1].lower()  # "the clinic" of "... Tax & Money Clinic"
    names = {w.lower() for w in own}
    title = article.title.split()
    for n, word in enumerate(title[1:], 1):
        w = word.strip("?.,:;!()").removesuffix("'s").removesuffix("\u2019s")
        if _NAME_WORD.fullmatch(w) and w.lower() in names:
            return True
        if w.lower() == head and title[n - 1].lower() in ("the", "our"):
            return True
    return False


def article_kind(title: str) -> str:
    """ "question" for an answer (titled with the source's question, ending in "?"), else
    "reference" (the overview, "About this information"): search weighs them differently."""
    return "question" if title.strip().endswith("?") else "reference"


HEADING_RE = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)


def answer_phrases_of(article: Article) -> list[str]:
    """An article's title and Markdown headings as folded words joined by spaces."""
    found = [article.title, *HEADING_RE.findall(article.body)]
    out: list[str] = []
    for text in found:
        phrase = " ".join(words(text))
        if phrase and phrase not in out:
            out.append(phrase)
    return out


def write_index(library: Library, folder: Path, progress: Progress | None = None) -> None:
    """Write the Whoosh index of `library` into an empty `folder` (no stamp)."""
    from whoosh import index as whoosh_index

    schema = build_schema()
    ix = whoosh_index.create_in(str(folder), schema, indexname=INDEX_NAME)
    total = len(library.articles)
    # Whoosh names segments with random ids: seed a private copy of the generator from the
    # content hash so the same content gives the same files, then restore the global state.
    state = random.getstate()
    random.seed(library.content_hash)
    text_words: Counter[str] = Counter()
    text_docs: Counter[str] = Counter()
    keyword_words: set[str] = set()
    joined: set[str] = set()
    phrases: list[tuple[int, list[str], int]] = []
    reference: list[int] = []
    title_stops: list[list[str]] = []
    answer_phrases: list[list[object]] = []
    you = load_lexicon().question_words
    try:
        # Separate files, not one compound file: the compound file records modification times,
        # which would make two builds of the same content differ.
        writer = ix.writer(limitmb=128, compound=False)
        for done, article in enumerate(library.articles, start=1):
            text = article_index_text(article)
            article_words = [
                w
                for w in words("\n".join((article.title, article.summary, text)))
                if not is_stop(w)
            ]
            text_words.update(article_words)
            text_docs.update(set(article_words))
            keywords = ", ".join(article.keywords)
            for part in (article.title, article.summary, text, keywords):
                joined.update(token for _, token in joined_tokens(part))
            keyword_words.update(w for w in words(keywords) if not is_stop(w))
            # Documents are numbered in the order they are added (one optimised segment).
            docnum = done - 1
            for n, phrase in enumerate((article.title, *article.keywords)):
                keys = phrase_keys(words(phrase))
                if len(keys) >= 2:
                    phrases.append((docnum, keys, int(n == 0)))  # 1 marks the title
            if article_kind(article.title) == "reference":
                reference.append(docnum)
            stops = {w for w in words(article.title) if is_stop(w)}
            # A title put to "you" ("Do your services cost anything?") or naming the
            # publisher: what a query's "you" (question words: "ustedes", "vocês") asks.
            if "you" in {you.get(w, w) for w in stops} or names_publisher(article):
                stops.add("you")
            # A title that says "not" ("did not", "cannot", "never"): what a query's "no",
            # "nunca", "pa" ask (see `Ranker._question_word_bonus`).
            if says_not(words(article.title)):
                stops.add("not")
            title_stops.append(sorted(stops))
            answer_phrases.extend([docnum, p] for p in answer_phrases_of(article))
            writer.add_document(
                id=article.id,
                order=article.order,
                title=article.title,
                keywords=keywords,
                summary=article.summary,
                body=text,
                text=text,
                analysed=analyse_sentences(text),
                kind=article_kind(article.title),
            )
            if progress is not None:
                progress(done - 1, total)
        writer.commit(optimize=True)
    finally:
        random.setstate(state)
    # Every term of the searched fields (which words the index knows), read once here.
    known_terms: set[str] = set()
    with ix.reader() as reader:
        for field in SEARCH_FIELDS:
            known_terms.update(
                t.decode("utf-8") if isinstance(t, bytes) else str(t) for t in reader.lexicon(field)
            )
    ix.close()
    vocabulary = {
        # word -> [document frequency, total frequency]
        "text": {w: [text_docs[w], n] for w, n in sorted(text_words.items())},
        "keywords": sorted(keyword_words),
        "phrases": phrases,
        "reference": reference,
        "title_stop_words": title_stops,
        # Codes and web addresses as one token ("i385", "checkinicegov"): see `joined_tokens`.
        "joined": sorted(joined),
        # Made at build time so that opening the index is quick: the stems of the text's words,
        # and the synonym table's stemmed forms (used only if made from the same table).
        "text_stems": sorted({stems(w)[0] for w in text_words}),
        "synonym_tables": SynonymTables.make().to_json(),
        "synonym_words": sorted(lexicon_words()),
        "known_terms": sorted(known_terms),
        # Each article's title and headings as folded words: completing a question typed.
        "answer_phrases": answer_phrases,
    }
    (folder / VOCABULARY_FILE).write_text(
        json.dumps(vocabulary, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )


def _stamp(library: Library, files: dict[str, dict[str, object]]) -> dict[str, object]:
    return {
        "format": "checkin-help-index",
        "schema_version": SCHEMA_VERSION,
        "content_hash": library.content_hash,
        "article_count": len(library.articles),
        "files": files,
    }


def _looks_like_index(folder: Path) -> bool:
    """True for a folder we may replace: missing, empty, or holding one of our indexes."""
    if not folder.exists():
        return True
    if not folder.is_dir():
        return False
    return (
        (folder / STAMP_NAME).exists()
        or not any(folder.iterdir())
        or any(p.name.startswith(f"_{INDEX_NAME}_") for p in folder.iterdir())
    )


def _replace_dir(new: Path, target: Path) -> None:
    """Rename `new` into place at `target`, moving any old index out of the way first."""
    old: Path | None = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}-{time.monotonic_ns()}")
        os.replace(target, old)
    try:
        os.replace(new, target)
    except OSError:
        if old is not None:
            os.replace(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def build_library_index(
    library: Library, out_dir: Path, progress: Progress | None = None
) -> BuildInfo:
    """Build the index of an already-loaded library into `out_dir` (atomic replace)."""
    start = time.perf_counter()
    out_dir = Path(out_dir)
    if not _looks_like_index(out_dir):
        raise IndexBuildError(
            f"{out_dir} is not empty and is not a search index; choose an empty or new folder"
        )
    parent = out_dir.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=parent))
        # mkdtemp makes a private folder; an index is shared, read-only data like the program.
        tmp.chmod(0o755)
    except OSError as exc:
        raise IndexBuildError(f"cannot write in {parent}: {exc.strerror or exc}") from exc
    try:
        write_index(library, tmp, progress)
        files = index_files(tmp)
        stamp = _stamp(library, files)
        (tmp / STAMP_NAME).write_text(json.dumps(stamp, indent=1, sort_keys=True), encoding="utf-8")
        size = sum(int(str(f["size"])) for f in files.values())
        _replace_dir(tmp, out_dir)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise IndexBuildError(
            f"cannot write the index to {out_dir}: {exc.strerror or exc}"
        ) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if progress is not None:
        progress(len(library.articles), len(library.articles))
    return BuildInfo(
        path=out_dir,
        schema_version=SCHEMA_VERSION,
        content_hash=library.content_hash,
        article_count=len(library.articles),
        size_bytes=size,
        seconds=time.perf_counter() - start,
    )


def build_index(content_dir: Path, out_dir: Path, progress: Progress | None = None) -> BuildInfo:
    """Load `content_dir` (ContentError on problems) and build its index into `out_dir`."""
    return build_library_index(load_library(Path(content_dir)), Path(out_dir), progress)


def _set_aside(folder: Path) -> None:
    """Move a corrupt index out of the way (kept for inspection), pruning old copies."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = folder.with_name(f"{folder.name}.corrupt-{stamp}-{os.getpid()}")
    with contextlib.suppress(OSError):
        os.replace(folder, aside)
    copies = sorted(folder.parent.glob(f"{folder.name}.corrupt-*"))
    for old in copies[:-KEEP_CORRUPT]:
        shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        # Could not move it (e.g. a file open on Windows): a rebuild must still be possible.
        shutil.rmtree(folder, ignore_errors=True)


def ensure_index(
    content_dir: Path,
    bundled_dir: Path | None,
    cache_dir: Path,
    progress: Progress | None = None,
) -> Path:
    """A valid, current index folder: the bundled one if fresh, else (re)built in `cache_dir`.

    `cache_dir` is the index folder itself (e.g. `AppPaths.index_cache_dir`). A corrupt cache
    is set aside (renamed), never silently overwritten. Raises ContentError or IndexBuildError.
    """
    expected = content_hash(Path(content_dir))
    if bundled_dir is not None and check_index(Path(bundled_dir), expected) == OK:
        return Path(bundled_dir)
    cache_dir = Path(cache_dir)
    status = check_index(cache_dir, expected)
    if status == OK:
        return cache_dir
    if status == CORRUPT:
        _set_aside(cache_dir)
    library = load_library(Path(content_dir))
    build_library_index(library, cache_dir, progress)
    return cache_dir


def ensure_library_index(
    library: Library,
    bundled_dir: Path | None,
    cache_dir: Path,
    progress: Progress | None = None,
) -> Path:
    """`ensure_index` for an already-loaded library (e.g. the active information packs).

    The bundled index serves when its stamp matches the library's hash (only the built-in pack
    is active); otherwise the cache is checked and, if need be, rebuilt from `library`.
    """
    if bundled_dir is not None and check_index(Path(bundled_dir), library.content_hash) == OK:
        return Path(bundled_dir)
    cache_dir = Path(cache_dir)
    status = check_index(cache_dir, library.content_hash)
    if status == OK:
        return cache_dir
    if status == CORRUPT:
        _set_aside(cache_dir)
    build_library_index(library, cache_dir, progress)
    return cache_dir
