"""HelpLibrary: the one Qt-free service the UI calls for help content.

It opens the content and the search index (rebuilding a missing or stale index through
`index.build.ensure_index`), and turns what the `index` package returns into page models the
UI renders: an answer's HTML with its source, date and not-legal-advice line, the table of
contents, the important phone numbers and the "nothing matched" page. The UI never touches
Whoosh. When the index cannot be opened the library still answers searches with a simple word
match over titles, summaries and keywords, so the app stays usable.
"""

from __future__ import annotations

import contextlib
import functools
import html
import re
import sys
import threading
import types
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from desktop.core.packs import AnswerFacts
    from index.content import Article, Library
    from index.packs.active import ActiveLibrary
    from index.packs.store import PackStore
    from index.search import Searcher, SearchHit, SearchResponse

# Kinds of table-of-contents section; the UI turns each into a translated heading.
SECTION_START = "start"
SECTION_QUESTIONS = "questions"
SECTION_MORE = "more"


class IndexUnavailable(Exception):
    """The search index could not be opened or rebuilt; `reason` says why (for a log line)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TocEntry(NamedTuple):
    """One article as the UI lists it."""

    id: str
    title: str
    summary: str


class TocSection(NamedTuple):
    """A group of articles in content order; `kind` is one of the SECTION_* names."""

    kind: str
    entries: tuple[TocEntry, ...]


class ImportantNumber(NamedTuple):
    """A phone number from the content, with the sentences that say what it is for."""

    number: str  # as written in the content, e.g. "1-833-383-1465"
    tel: str  # the tel: URI, e.g. "tel:+18333831465"
    purposes: tuple[str, ...]  # distinct content sentences mentioning it, in content order
    article_ids: tuple[str, ...]  # the articles it appears in, in content order

    @property
    def is_ice(self) -> bool:
        """True when the content describes it as an ICE number (a log-worthy call)."""
        return any(re.search(r"\bICE\b", p) for p in self.purposes)


class PageLabels(NamedTuple):
    """The words an answer page adds around the content; the UI passes translated ones."""

    source: str = "Source"
    reviewed: str = "Last checked against the source"
    not_advice: str = "This is legal information, not legal advice about your case."
    related: str = "Related questions"
    # Answers from information packs (docs/PACKS.md): honest dates and who vouches for them.
    as_of: str = "Information as of {as_of}, according to {publisher} (this copy taken {taken})"
    verified: str = "Verified: {signer}"
    built_in: str = "Built into this program"
    not_verified: str = "Added on this computer. Not verified."
    stale: str = (
        "Immigration rules and ICE practice change often; this information may be out of date. "
        "Ask a lawyer or a legal clinic."
    )
    translations: str = "Also in"


class NoResultsPage(NamedTuple):
    """What to show when nothing matched: a suggestion, the closest questions, the numbers."""

    query: str
    suggestion: str | None
    closest: tuple[TocEntry, ...]
    numbers: tuple[ImportantNumber, ...]


class _FallbackEntry(NamedTuple):
    """The folded words of one article, by field, for the simple search used without an index."""

    article: Any
    title: set[str]
    keywords: set[str]
    body: set[str]

    def score(self, terms: Sequence[str]) -> int:
        """Title matches count most, then keywords, then the body (prefix matches)."""
        total = 0
        for term in terms:
            for weight, words in ((4, self.title), (3, self.keywords), (1, self.body)):
                if any(w.startswith(term) for w in words):
                    total += weight
        return total


def lighten_whoosh_import() -> None:
    """Import whoosh without the standard-library modules it loads but we never use.

    Call it before anything that imports whoosh (it is cheap once done). Two shims, both here:

    - `cached_property`: whoosh (`whoosh.reading`) imports the `cached_property` package for a
      single decorator, and that package imports asyncio: about 60 ms of every start-up on a
      fast PC, more on an old one. `functools.cached_property` does the same job (a non-data
      descriptor caching in the instance's `__dict__`). Only installed when nothing imported
      it yet; it stays.
    - `urllib.request`: `whoosh.compat` does `from urllib.request import urlretrieve`, which
      pulls in http.client, email, ssl and socket (tens of ms) for a function whoosh only uses
      to download things, which this app must never do. `whoosh.compat` is imported once with
      a stand-in `urllib.request` in `sys.modules` whose `urlretrieve` raises, and the stand-in
      is removed right after, so any later `import urllib.request` gets the real module.
    """
    if "cached_property" not in sys.modules:
        shim = types.ModuleType("cached_property")
        shim.cached_property = functools.cached_property  # type: ignore[attr-defined]
        sys.modules["cached_property"] = shim
    if "whoosh.compat" not in sys.modules:
        with _without_urllib_request():
            import whoosh.compat  # noqa: F401 - imported here, under the stand-in


def _refuse_download(*args: object, **kwargs: object) -> None:
    """The `urlretrieve` whoosh sees: this app never downloads anything."""
    raise OSError("Check-In Help works offline and never downloads anything")


@contextlib.contextmanager
def _without_urllib_request() -> Iterator[None]:
    """While inside, `import urllib.request` gives a stand-in with a refusing `urlretrieve`."""
    name = "urllib.request"
    if name in sys.modules:  # already imported by something else: nothing to save
        yield
        return
    stand_in = types.ModuleType(name, "Stand-in used only while whoosh is imported.")
    stand_in.urlretrieve = _refuse_download  # type: ignore[attr-defined]
    sys.modules[name] = stand_in
    try:
        yield
    finally:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]


def fold(text: str) -> str:
    """Lower-case text without accents, so "información" matches "informacion"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    """The folded words of text."""
    return re.findall(r"\w+", fold(text))


class HelpLibrary:
    """Help content and search for the UI; build it once in `desktop/app.py`."""

    def __init__(
        self,
        content: Library,
        searcher: Searcher | None = None,
        packs: ActiveLibrary | None = None,
    ) -> None:
        self._content = content
        self._searcher = searcher
        # The verified packs the articles come from (None: a plain content folder, no packs).
        self._packs = packs
        self.stale_after_months = 12
        # The UI's language: answers from packs in it come first in search results.
        self.ui_language = ""
        # Installed packs left out because a check failed: (file name, one-line reason).
        self.refused_packs: tuple[tuple[str, str], ...] = ()
        # A checked, open Whoosh index whose Searcher is not made yet: (folder, index). Start-up
        # stops at opening the index; the Searcher (its module and its word tables) is made on
        # the first search, or before it in idle time (`prepare_search`).
        self._opened: tuple[Path, Any] | None = None
        self._numbers: tuple[ImportantNumber, ...] | None = None
        self._fallback: list[_FallbackEntry] | None = None
        self.index_error: str | None = None

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def load_content(cls, content_dir: Path, store: PackStore | None = None) -> HelpLibrary:
        """Read the content, or with `store` the active verified packs (raises ContentError
        or PackError)."""
        lighten_whoosh_import()
        if store is not None:
            loaded = store.load()
            library = cls(loaded.active.library, packs=loaded.active)
            library.refused_packs = tuple((p.name, why) for p, why in loaded.refused)
            return library
        from index.content import load_library

        return cls(load_library(content_dir))

    def open_index(
        self,
        content_dir: Path,
        bundled_dir: Path,
        cache_dir: Path,
        progress: Callable[..., Any] | None = None,
    ) -> None:
        """Open the search index, rebuilding it into cache_dir when missing, stale or corrupt.

        `progress` is passed to `ensure_index` and is only called during a rebuild.
        Raises `IndexUnavailable`; the library then keeps working with its simple search.
        """
        lighten_whoosh_import()
        from index.build import ensure_library_index
        from index.search import Searcher

        try:
            folder = ensure_library_index(self._content, bundled_dir, cache_dir, progress)
            searcher = Searcher.open(folder)
        except Exception as exc:  # noqa: BLE001 - any failure means "no index"; the app goes on
            self.index_error = f"{type(exc).__name__}: {exc}"
            raise IndexUnavailable(self.index_error) from exc
        if Path(folder) == Path(bundled_dir):
            self._use_prerendered(folder)
        self.close()
        self._searcher = searcher
        self.index_error = None

    def open_current_index(self, bundled_dir: Path, cache_dir: Path) -> bool:
        """Open the bundled index, else the cached one, if it is current; False if neither is.

        Only reads (no rebuild, nothing set aside): the quick, usual case of `open_index`, which
        is what to call when this returns False. The index is checked (stamp, file digests,
        article count) and opened here; the Searcher over it is made on first use.
        """
        lighten_whoosh_import()
        from index.opening import OK, open_checked_index

        for folder in (Path(bundled_dir), Path(cache_dir)):
            try:
                status, ix = open_checked_index(folder, self._content.content_hash)
            except Exception:  # noqa: BLE001 - `open_index` rebuilds it or reports the failure
                return False
            if status != OK:
                continue
            if folder == Path(bundled_dir):
                # Only the program's own folder: HTML stored in a folder the user can write
                # is never shown (the answers are rendered from the verified packs instead).
                self._use_prerendered(folder)
            self.close()
            self._opened = (folder, ix)
            self.index_error = None
            return True
        return False

    def _ready_searcher(self) -> Searcher | None:
        """The Searcher, made now over the index `open_current_index` opened if need be."""
        if self._searcher is None and self._opened is not None:
            folder, ix = self._opened
            self._opened = None
            try:
                from index.search import Searcher

                self._searcher = Searcher.open(folder, ix)
            except Exception as exc:  # noqa: BLE001 - the simple search takes over, plainly
                self.index_error = f"{type(exc).__name__}: {exc}"
                with contextlib.suppress(Exception):
                    ix.close()
        return self._searcher

    def _use_prerendered(self, folder: Path) -> None:
        """Show the answers' HTML stored with a current index (no Markdown at start-up)."""
        import json

        from index.render import use_prerendered
        from index.schema import RENDERED_FILE

        try:
            stored = json.loads((Path(folder) / RENDERED_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # the answers are rendered from the Markdown instead
        if isinstance(stored, dict):
            use_prerendered(
                (art.body, stored[art.id])
                for art in self._content.articles
                if isinstance(stored.get(art.id), str)
            )

    @property
    def has_index(self) -> bool:
        """True when searches go through the full search index."""
        return self._searcher is not None or self._opened is not None

    def close(self) -> None:
        """Release the search index."""
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._opened is not None:
            self._opened[1].close()
            self._opened = None

    # -- articles ------------------------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        """True when an article with this id exists."""
        return article_id in self._content

    def article(self, article_id: str) -> Article:
        """The article with this id (KeyError when there is none)."""
        return self._content.get(article_id)

    @property
    def home_id(self) -> str:
        """The first article in content order (the introduction)."""
        return self._content.articles[0].id

    def toc(self) -> tuple[TocSection, ...]:
        """Every article in content order, grouped: the start page, questions, other pages."""
        groups: dict[str, list[TocEntry]] = {
            SECTION_START: [],
            SECTION_QUESTIONS: [],
            SECTION_MORE: [],
        }
        for n, art in enumerate(self._content.articles):
            kind = (
                SECTION_START
                if n == 0
                else SECTION_QUESTIONS
                if art.title.rstrip().endswith("?")
                else SECTION_MORE
            )
            groups[kind].append(TocEntry(art.id, art.title, art.summary))
        return tuple(TocSection(k, tuple(v)) for k, v in groups.items() if v)

    def article_html(
        self,
        article_id: str,
        highlight: Sequence[str] = (),
        labels: PageLabels | None = None,
    ) -> str:
        """A full answer page: title, source and date, not-legal-advice line, body, related."""
        from index.render import render_article_html

        labels = labels or PageLabels()
        art = self._content.get(article_id)
        body = render_article_html(art, highlight)
        related = [self._content.get(r) for r in art.related if self.has(r)]
        esc = html.escape
        facts = self.answer_facts(article_id)
        if facts is None:
            dates = f"{esc(labels.reviewed)}: {esc(art.reviewed)}<br/>"
        else:
            from desktop.core.packs import facts_html

            dates = facts_html(facts, labels)
        parts = [
            f'<h1 class="title">{esc(art.title)}</h1>',
            '<p class="meta">'
            f"{esc(labels.source)}: {esc(art.source)}<br/>"
            f"{dates}"
            f'<span class="notice">{esc(labels.not_advice)}</span></p>',
            f'<div class="body">{body}</div>',
        ]
        others = self.translations(article_id)
        if others:
            from desktop.core.packs import translations_html

            parts.insert(2, translations_html(others, labels))
        if related:
            parts.append(f'<h2 class="related">{esc(labels.related)}</h2><ul class="related">')
            parts.extend(
                f'<li><a href="article:{esc(r.id)}">{esc(r.title)}</a></li>' for r in related
            )
            parts.append("</ul>")
        return "\n".join(parts)

    def answer_facts(self, article_id: str) -> AnswerFacts | None:
        """The pack facts (dates, trust, staleness) of an answer; None without packs."""
        if self._packs is None or article_id not in self._packs.pack_of:
            return None
        from desktop.core.packs import answer_facts

        return answer_facts(self._packs.pack_of[article_id], stale_months=self.stale_after_months)

    def translations(self, article_id: str) -> tuple[tuple[str, str], ...]:
        """(language, article id) of the same article in active packs of other languages."""
        if self._packs is None:
            return ()
        from desktop.core.packs import translations_of

        return translations_of(self._packs, article_id)

    def snippet_with_pack(self, hit: SearchHit) -> str:
        """A hit's snippet HTML, led by its pack's title when more than one pack is active."""
        if self._packs is None or len(self._packs.packs) < 2 or hit.id not in self._packs.pack_of:
            return hit.snippet
        title = self._packs.pack_of[hit.id].manifest.title
        return f'<span class="pack">{html.escape(title)}:</span> {hit.snippet}'

    def numbers_by_pack(self) -> tuple[tuple[str, tuple[ImportantNumber, ...]], ...]:
        """The important numbers grouped by the title of the pack they first appear in."""
        groups: dict[str, list[ImportantNumber]] = {}
        for number in self.important_numbers():
            facts = self.answer_facts(number.article_ids[0]) if number.article_ids else None
            groups.setdefault(facts.pack_title if facts else "", []).append(number)
        return tuple((title, tuple(numbers)) for title, numbers in groups.items())

    def ice_numbers(self, article_id: str) -> tuple[ImportantNumber, ...]:
        """The ICE phone numbers an answer mentions (for "Record a call in my contact log")."""
        if "(tel:" not in self._content.get(article_id).body:
            return ()  # no phone link at all: skip rendering every article for the numbers
        return tuple(
            n for n in self.important_numbers() if article_id in n.article_ids and n.is_ice
        )

    # -- numbers -------------------------------------------------------------------------------

    def important_numbers(self) -> tuple[ImportantNumber, ...]:
        """Every distinct phone number in the content, with what it is for, in content order."""
        if self._numbers is None:
            from index.render import phone_numbers

            merged: dict[str, tuple[str, list[str]]] = {}
            for pn in phone_numbers(self._content):
                number, purposes = merged.setdefault(pn.tel, (pn.number, []))
                sentence = pn.context_sentence.strip()
                if sentence and sentence not in purposes:
                    purposes.append(sentence)
            self._numbers = tuple(
                ImportantNumber(
                    number,
                    tel,
                    tuple(purposes),
                    # Every article linking the number, not only the first one.
                    tuple(a.id for a in self._content.articles if f"({tel})" in a.body),
                )
                for tel, (number, purposes) in merged.items()
            )
        return self._numbers

    def number_for_tel(self, tel: str) -> ImportantNumber | None:
        """The content's number for a tel: link, if the content has it."""
        wanted = re.sub(r"[^\d+]", "", tel.removeprefix("tel:"))
        for n in self.important_numbers():
            if re.sub(r"[^\d+]", "", n.tel.removeprefix("tel:")) == wanted:
                return n
        return None

    # -- search --------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 10) -> SearchResponse:
        """Search the articles; never raises for any string."""
        searcher = self._ready_searcher()
        if searcher is not None:
            try:
                return self._verified(searcher.search(query, limit=limit))
            except Exception as exc:  # noqa: BLE001 - a broken index must not break the window
                self.index_error = f"{type(exc).__name__}: {exc}"
                self.close()
        return self._fallback_search(query, limit)

    def _verified(self, response: SearchResponse) -> SearchResponse:
        """The response with every hit's words taken from the verified articles."""
        from desktop.core.packs import verified_response

        return verified_response(self._content, response, self._packs, self.ui_language)

    def prepare_search(self) -> None:
        """In idle time: prepare what the first searches would otherwise wait for."""
        searcher = self._ready_searcher()
        if searcher is not None:
            searcher.prepare_snippets()

    def complete(self, text: str, limit: int = 8) -> list[str]:
        """Completions of the last word typed (empty without an index)."""
        searcher = self._ready_searcher()
        if searcher is None:
            return []
        try:
            return searcher.complete(text, limit=limit)
        except Exception:  # noqa: BLE001 - completion is a nicety; never break typing
            return []

    def no_results_page(self, response: SearchResponse) -> NoResultsPage:
        """The helpful page for a search that matched nothing."""
        closest = tuple(TocEntry(h.id, h.title, h.summary) for h in response.hits)
        if not closest:
            closest = tuple(e for s in self.toc() for e in s.entries)[:5]
        return NoResultsPage(
            query=response.query,
            suggestion=response.suggestion,
            closest=closest,
            numbers=self.important_numbers(),
        )

    def _fallback_search(self, query: str, limit: int) -> SearchResponse:
        """A plain word match used only when the search index is unavailable."""
        from index.search import SearchHit, SearchResponse

        if self._fallback is None:
            self._fallback = [
                _FallbackEntry(
                    a,
                    set(_words(a.title)),
                    set(_words(" ".join(a.keywords))),
                    set(_words(a.summary + " " + a.body)),
                )
                for a in self._content.articles
            ]
        terms = [w for w in _words(query) if len(w) > 1]
        scored: list[tuple[int, int, Any]] = []
        for n, entry in enumerate(self._fallback):
            score = entry.score(terms)
            if score:
                scored.append((-score, n, entry.article))
        scored.sort(key=lambda t: (t[0], t[1]))
        hits: list[SearchHit] = [
            SearchHit(
                id=a.id,
                title=a.title,
                summary=a.summary,
                snippet=html.escape(a.summary),
                score=float(-s),
            )
            for s, _, a in scored[:limit]
        ]
        return SearchResponse(
            query=query, hits=hits, suggestion=None, closest=False, terms=tuple(terms)
        )


class LibraryLoader:
    """Reads the content and opens the index; a rebuild of the index runs in a background thread.

    `start()` does the usual case (the content reads and a current index opens) at once, on the
    caller's thread, before Qt loads: measured, doing it in a thread beside Qt's start-up only
    made both wait for the GIL, and the window came about 20 ms later. A missing, stale or
    corrupt index is rebuilt in the background thread, so the window shows meanwhile and the UI
    polls `wait()` and shows `progress` (set only during a rebuild).
    """

    def __init__(
        self,
        content_dir: Path,
        bundled_dir: Path,
        cache_dir: Path,
        library: HelpLibrary | None = None,
        store: PackStore | None = None,
    ) -> None:
        self._dirs = (content_dir, bundled_dir, cache_dir)
        self.library = library
        self._store = store
        self.content_error: str | None = None
        self.index_error: str | None = None
        # (done, total) of a rebuild; None when the index opened without one.
        self.progress: tuple[int, int] | None = None
        self._content_done = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="open-library", daemon=True)

    def start(self) -> LibraryLoader:
        """Load now if the index is current, else begin rebuilding it in the background."""
        content_dir, bundled_dir, cache_dir = self._dirs
        if self.library is None:
            try:
                self.library = HelpLibrary.load_content(content_dir, self._store)
            except Exception as exc:  # noqa: BLE001 - reported plainly by the UI
                self.content_error = f"{type(exc).__name__}: {exc}"
                self._content_done.set()
                self._done.set()
                return self
        # The window can be built from here on; search works simply until the index opens.
        self._content_done.set()
        if self.library.open_current_index(bundled_dir, cache_dir):
            self._done.set()
        else:
            self._thread.start()
        return self

    def wait(self, timeout: float | None = None) -> bool:
        """Wait up to timeout seconds; True once loading has finished (well or not)."""
        return self._done.wait(timeout)

    def wait_content(self, timeout: float | None = None) -> bool:
        """Wait up to timeout seconds; True once the content is read (or failed to be)."""
        return self._content_done.wait(timeout)

    @property
    def rebuilt(self) -> bool:
        """True when the index had to be rebuilt."""
        return self.progress is not None

    def _report(self, done: int, total: int) -> None:
        """Progress callback of `ensure_index` (runs in the loader thread)."""
        self.progress = (done, total)

    def _run(self) -> None:
        """Open the index, rebuilding it (in the background thread)."""
        content_dir, bundled_dir, cache_dir = self._dirs
        try:
            if self.library is not None:
                self.library.open_index(content_dir, bundled_dir, cache_dir, self._report)
        except IndexUnavailable as exc:
            self.index_error = exc.reason
        finally:
            self._done.set()
