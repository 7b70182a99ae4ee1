"""HelpLibrary: the one Qt-free service the UI calls for help content.

It holds the verified content and, once opened, the search index, and returns records
(`desktop.core.help_records`) the UI writes its pages from. The index only ranks: what a person
reads (titles, answers, numbers) always comes from the content files. Without an index the
library still answers searches with a simple word match, so the app stays usable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.help_records import (
    SECTION_MORE,
    SECTION_QUESTIONS,
    SECTION_START,
    AnswerPage,
    ContentSource,
    ImportantNumber,
    IndexUnavailable,
    NoResultsPage,
    NumberGroup,
    PackFacts,
    TocEntry,
    TocSection,
    Translation,
)
from desktop.core.simple_search import SimpleSearch

if TYPE_CHECKING:
    from index.content import Article, Library
    from index.packs.active import ActiveLibrary
    from index.packs.store import PackStore
    from index.search import Searcher, SearchResponse

__all__ = [
    "SECTION_MORE",
    "SECTION_QUESTIONS",
    "SECTION_START",
    "AnswerPage",
    "ContentSource",
    "HelpLibrary",
    "ImportantNumber",
    "IndexUnavailable",
    "NoResultsPage",
    "NumberGroup",
    "PackFacts",
    "TocEntry",
    "TocSection",
    "Translation",
    "build_current_index",
]

# Said when the content names no source (the About box must still say something true).
DEFAULT_SOURCE = 'Asylum Seeker Advocacy Project (ASAP), "ICE and ISAP Check Ins"'


def build_current_index(
    content: Path | Library,
    bundled_dir: Path,
    cache_dir: Path,
    progress: Callable[[int, int], Any] | None = None,
) -> Path:
    """A current index folder: the bundled one, else the cached one, else rebuilt into cache_dir.

    `content`: a content folder, or loaded articles (`HelpLibrary.content`, e.g. the active
    information packs). Touches no `HelpLibrary`, so it may run in a worker thread; pass its
    folder to `HelpLibrary.use_index` on the main thread. Raises `IndexUnavailable`.
    """
    from index.build import ensure_index, ensure_library_index

    try:
        if isinstance(content, Path):
            return ensure_index(content, bundled_dir, cache_dir, progress=progress)
        return ensure_library_index(content, bundled_dir, cache_dir, progress)
    except Exception as exc:  # noqa: BLE001 - any failure means "no index"; the app goes on
        raise IndexUnavailable(f"{type(exc).__name__}: {exc}") from exc


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
        # Answers from a pack whose as-of date is older than this carry a warning (settings).
        self.stale_after_months = 12
        # The UI's language: answers from packs in it come first in search results.
        self.ui_language = ""
        # Installed packs left out because a check failed: (file name, one-line reason).
        self.refused_packs: tuple[tuple[str, str], ...] = ()
        self._numbers: tuple[ImportantNumber, ...] | None = None
        self._simple: SimpleSearch | None = None
        self._body_html: dict[str, str] = {}  # article id -> body HTML, rendered on first view
        self.index_error: str | None = None

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def load_content(cls, content_dir: Path, store: PackStore | None = None) -> HelpLibrary:
        """Read the content, or with `store` the active verified packs (raises ContentError
        listing every problem, or PackError)."""
        if store is not None:
            loaded = store.load()
            library = cls(loaded.active.library, packs=loaded.active)
            library.refused_packs = tuple((p.name, why) for p, why in loaded.refused)
            return library
        from index.content import load_library

        return cls(load_library(content_dir))

    @property
    def content(self) -> Library:
        """The verified articles (immutable: a worker thread may index them)."""
        return self._content

    def open_current_index(self, bundled_dir: Path, cache_dir: Path) -> bool:
        """Open the bundled index, else the cached one, if it is current; False if neither is.

        Only reads (nothing is built or set aside): the usual start. When it returns False,
        rebuild with `build_current_index` (in the background) and then call `use_index`.
        """
        from index.opening import OK, open_checked_index

        for folder in (Path(bundled_dir), Path(cache_dir)):
            try:
                status, ix = open_checked_index(folder, self._content.content_hash)
            except Exception:  # noqa: BLE001 - the caller rebuilds it or reports the failure
                return False
            if status == OK:
                try:
                    self.use_index(folder, ix)
                except IndexUnavailable:
                    return False
                return True
        return False

    def use_index(self, folder: Path, ix: Any = None) -> None:
        """Search through the index in folder from now on (`ix`: its Whoosh index, if open)."""
        from index.search import Searcher

        try:
            searcher = Searcher.open(folder, ix)
        except Exception as exc:  # noqa: BLE001 - the simple search takes over, plainly
            self.index_error = f"{type(exc).__name__}: {exc}"
            raise IndexUnavailable(self.index_error) from exc
        self.close()
        self._searcher = searcher
        self.index_error = None

    def open_index(
        self,
        content_dir: Path,
        bundled_dir: Path,
        cache_dir: Path,
        progress: Callable[[int, int], Any] | None = None,
    ) -> None:
        """Open the index, rebuilding it into cache_dir first when missing, stale or corrupt.

        Blocks while it rebuilds (the app does that in the background instead, see
        `desktop/ui/index_progress.py`). Raises `IndexUnavailable`; the simple search goes on.
        """
        try:
            folder = build_current_index(self._content, bundled_dir, cache_dir, progress)
        except IndexUnavailable as exc:
            self.index_error = exc.reason
            raise
        self.use_index(folder)

    def warm_up(self) -> None:
        """Read the search's word tables and first sentences now (idle time, any thread), so
        the first key press does not wait for them. Never raises."""
        searcher = self._searcher
        if searcher is not None:
            searcher.warm_up()

    @property
    def has_index(self) -> bool:
        """True when searches go through the full search index."""
        return self._searcher is not None

    def close(self) -> None:
        """Release the search index."""
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

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

    def answer_page(self, article_id: str, highlight: Sequence[str] = ()) -> AnswerPage:
        """One answer, its body rendered from the verified Markdown, searched words marked."""
        from index.render import highlight_html, render_article_html

        art = self._content.get(article_id)
        body = self._body_html.get(article_id)
        if body is None:
            body = self._body_html[article_id] = render_article_html(art)
        if highlight:
            body = highlight_html(body, highlight)
        related = tuple(
            TocEntry(r.id, r.title, r.summary)
            for r in (self._content.get(rid) for rid in art.related if self.has(rid))
        )
        return AnswerPage(
            art.id,
            art.title,
            art.source,
            art.reviewed,
            body,
            related,
            pack=self.pack_facts(article_id),
            translations=self.translations(article_id),
        )

    def content_source(self) -> ContentSource:
        """Where the answers come from and, with packs, the main pack's facts: the source's as-of
        date and when the copy was taken (the About box, pages)."""
        source = content_source_of(self._content.articles)
        if self._packs is None:
            return source
        return ContentSource(source.source, source.reviewed, self.pack_facts(self.home_id))

    # -- information packs (docs/PACKS.md) -----------------------------------------------------

    def pack_facts(self, article_id: str) -> PackFacts | None:
        """The facts (dates, trust, staleness) of the pack an answer comes from; None without
        packs."""
        if self._packs is None or article_id not in self._packs.pack_of:
            return None
        from desktop.core.packs import answer_facts

        return answer_facts(self._packs.pack_of[article_id], stale_months=self.stale_after_months)

    def translations(self, article_id: str) -> tuple[Translation, ...]:
        """The same article in active packs of other languages."""
        if self._packs is None:
            return ()
        from desktop.core.packs import translations_of

        return translations_of(self._packs, article_id)

    def pack_title_of(self, article_id: str) -> str:
        """The title of an answer's pack when more than one pack is active, else ""."""
        if self._packs is None or len(self._packs.packs) < 2:
            return ""
        pack = self._packs.pack_of.get(article_id)
        return pack.manifest.title if pack is not None else ""

    def numbers_by_pack(self) -> tuple[NumberGroup, ...]:
        """The important numbers grouped by the title of the pack they first appear in."""
        groups: dict[str, list[ImportantNumber]] = {}
        for number in self.important_numbers():
            facts = self.pack_facts(number.article_ids[0]) if number.article_ids else None
            groups.setdefault(facts.pack_title if facts else "", []).append(number)
        return tuple(NumberGroup(title, tuple(numbers)) for title, numbers in groups.items())

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
        if self._searcher is not None:
            try:
                return self._verified(self._searcher.search(query, limit=limit))
            except Exception as exc:  # noqa: BLE001 - a broken index must not break the window
                self.index_error = f"{type(exc).__name__}: {exc}"
                self.close()
        if self._simple is None:
            self._simple = SimpleSearch(self._content.articles)
        return self._simple.search(query, limit)

    def _verified(self, response: SearchResponse) -> SearchResponse:
        """The response with every hit's words taken from the verified articles."""
        from desktop.core.packs import verified_response

        return verified_response(self._content, response, self._packs, self.ui_language)

    def complete(self, text: str, limit: int = 8) -> list[str]:
        """Completions of the last word typed (empty without an index)."""
        if self._searcher is None:
            return []
        try:
            return self._searcher.complete(text, limit=limit)
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


def content_source_of(articles: Sequence[Article]) -> ContentSource:
    """Source and date from the `about` article, else the first article that names a source."""
    about = [a for a in articles if a.id == "about"]
    for article in [*about, *articles]:
        if article.source:
            return ContentSource(article.source, article.reviewed or "")
    return ContentSource(DEFAULT_SOURCE, "")


def read_content_source(content_dir: Path) -> ContentSource:
    """`content_source_of` the built-in pack in a folder, with its facts (dates, trust); the
    default source if it cannot be read."""
    from desktop.core.packs import answer_facts
    from index.packs.store import load_builtin

    try:
        builtin = load_builtin(content_dir)
        source = content_source_of(builtin.library.articles)
        return ContentSource(source.source, source.reviewed, answer_facts(builtin))
    except Exception:  # noqa: BLE001 - the About box must open even if the content is damaged
        return ContentSource(DEFAULT_SOURCE, "")
