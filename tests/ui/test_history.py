"""The reading history keeps Back working, but only for the last pages (a shared PC reads all day)."""

from __future__ import annotations

from desktop.ui.history import MAX_PAGES, PAGE_ARTICLE, History, Page


def page(n: int) -> Page:
    return Page(PAGE_ARTICLE, f"article-{n}")


def test_back_and_forward_walk_the_pages_read() -> None:
    history = History()
    for n in range(3):
        history.visit(page(n))
    assert history.back() == page(1)
    assert history.back() == page(0)
    assert history.back() is None
    assert history.forward() == page(1)
    history.visit(page(9))  # a new page drops the forward pages
    assert not history.can_go_forward()
    assert history.back() == page(1)


def test_only_the_last_pages_are_kept() -> None:
    history = History()
    for n in range(MAX_PAGES * 3):
        history.visit(page(n))
    steps = 0
    while history.back() is not None:
        steps += 1
    assert steps == MAX_PAGES - 1
    assert history.current() == page(MAX_PAGES * 2)
    assert history.forward() == page(MAX_PAGES * 2 + 1)


def test_the_same_page_twice_is_one_entry() -> None:
    history = History(max_pages=5)
    history.visit(page(1))
    history.visit(page(1))
    assert not history.can_go_back()
