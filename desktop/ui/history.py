"""Back/forward history of the pages read in this session (in memory only, never saved)."""

from __future__ import annotations

from dataclasses import dataclass

PAGE_ARTICLE = "article"
PAGE_NUMBERS = "numbers"
# Pages kept for Back: a day of reading at a shared PC must not grow the list without end.
MAX_PAGES = 100


@dataclass(frozen=True)
class Page:
    """One page the person opened: an answer (with words to highlight) or the numbers page."""

    kind: str
    article_id: str = ""
    highlight: tuple[str, ...] = ()


class History:
    """A browser-style list of pages with a current position (the last `max_pages` of them)."""

    def __init__(self, max_pages: int = MAX_PAGES) -> None:
        self._max_pages = max_pages
        self._pages: list[Page] = []
        self._pos = -1

    def visit(self, page: Page) -> None:
        """Open page after the current one, dropping the forward pages (unless it is the same)."""
        if self.current() == page:
            return
        del self._pages[self._pos + 1 :]
        self._pages.append(page)
        del self._pages[: -self._max_pages]
        self._pos = len(self._pages) - 1

    def clear(self) -> None:
        """Forget every page (start over)."""
        self._pages.clear()
        self._pos = -1

    def current(self) -> Page | None:
        """The page shown now."""
        return self._pages[self._pos] if self._pos >= 0 else None

    def can_go_back(self) -> bool:
        """True when there is an earlier page."""
        return self._pos > 0

    def can_go_forward(self) -> bool:
        """True when there is a later page."""
        return self._pos < len(self._pages) - 1

    def back(self) -> Page | None:
        """Move to the earlier page and return it (None at the start)."""
        if not self.can_go_back():
            return None
        self._pos -= 1
        return self._pages[self._pos]

    def forward(self) -> Page | None:
        """Move to the later page and return it (None at the end)."""
        if not self.can_go_forward():
            return None
        self._pos += 1
        return self._pages[self._pos]
