"""PageWriter: the one place that writes page HTML, from the records HelpLibrary returns."""

from __future__ import annotations

import pytest

from desktop.core.library import HelpLibrary
from desktop.ui.pages import PageWriter

NOT_ADVICE = "This is legal information, not legal advice about your case."


@pytest.fixture
def pages(qtbot, library: HelpLibrary) -> PageWriter:
    """A page writer over the shared library (QObject: needs the QApplication)."""
    return PageWriter(library)


def test_answer_pages_have_title_source_date_notice_and_related(
    pages: PageWriter, library: HelpLibrary
) -> None:
    for entry in [e for s in library.toc() for e in s.entries]:
        art = library.article(entry.id)
        html = pages.article(entry.id)
        assert html.startswith('<h1 class="title">')
        assert art.title.replace('"', "&quot;") in html
        assert f"Last checked against the source: {art.reviewed}" in html
        assert "Asylum Seeker Advocacy Project" in html
        assert NOT_ADVICE in html
        assert library.answer_page(entry.id).body_html in html
        for rid in art.related:
            assert f'href="article:{rid}"' in html
        assert ("Related questions" in html) == bool(art.related)


def test_the_source_line_is_written_once_for_answers_and_numbers(pages: PageWriter) -> None:
    """Answers and the numbers page carry the same source line, from one function."""
    answer = pages.article("no-one-answers")
    numbers = pages.numbers()
    line = answer[answer.index('<p class="meta">') : answer.index("</p>", answer.index("meta")) + 4]
    assert NOT_ADVICE in line
    assert line in numbers


def test_answer_highlights_searched_words(pages: PageWriter) -> None:
    assert '<b class="match">monitor</b>' in pages.article("ankle-monitor", ("monitor",))


def test_no_results_page_is_never_a_dead_end(pages: PageWriter, library: HelpLibrary) -> None:
    response = library.search("qwxz zzkj")
    html = pages.no_results(library.no_results_page(response))
    assert "qwxz zzkj" in html
    assert 'href="home:"' in html and 'href="numbers:"' in html
    assert "tel:+18333831465" in html
