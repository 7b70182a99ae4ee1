"""HTML for the pages the app itself writes: answers' frame, important numbers, no results.

The words around the content are translated here (`self.tr`); the content itself comes from
`HelpLibrary` word for word.
"""

from __future__ import annotations

import html
from urllib.parse import quote

from PySide6.QtCore import QObject

from desktop.core.library import (
    SECTION_MORE,
    SECTION_QUESTIONS,
    SECTION_START,
    HelpLibrary,
    ImportantNumber,
    NoResultsPage,
    PageLabels,
)
from desktop.core.packs import facts_html

# App-internal link schemes in pages the app writes (never sent anywhere).
SEARCH_SCHEME = "search"
NUMBERS_SCHEME = "numbers"
HOME_SCHEME = "home"
# The no-results page lists only the closest few (the list beside it has the rest).
MAX_CLOSEST = 5


def search_href(query: str) -> str:
    """A link that puts query in the search box."""
    return f"{SEARCH_SCHEME}:{quote(query, safe='')}"


class PageWriter(QObject):
    """Writes the HTML of app pages with translated labels."""

    def __init__(self, library: HelpLibrary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library

    def labels(self) -> PageLabels:
        """The translated words an answer page adds around the content."""
        return PageLabels(
            source=self.tr("Source"),
            reviewed=self.tr("Last checked against the source"),
            not_advice=self.tr("This is legal information, not legal advice about your case."),
            related=self.tr("Related questions"),
            as_of=self.tr(
                "Information as of {as_of}, according to {publisher} (this copy taken {taken})"
            ),
            verified=self.tr("Verified: {signer}"),
            translations=self.tr("Also in"),
            built_in=self.tr("Built into this program"),
            not_verified=self.tr("Added on this computer. Not verified."),
            stale=self.tr(
                "Immigration rules and ICE practice change often; this information may be out "
                "of date. Ask a lawyer or a legal clinic."
            ),
        )

    def section_heading(self, kind: str) -> str:
        """The heading of a table-of-contents group."""
        return {
            SECTION_START: self.tr("Start here"),
            SECTION_QUESTIONS: self.tr("Questions and answers"),
            SECTION_MORE: self.tr("More information"),
        }.get(kind, kind)

    def article(self, article_id: str, highlight: tuple[str, ...] = ()) -> str:
        """An answer page."""
        return self._library.article_html(article_id, highlight, self.labels())

    def _source_line(self) -> str:
        """Source, date and not-legal-advice line for pages the app writes."""
        home = self._library.article(self._library.home_id)
        labels = self.labels()
        facts = self._library.answer_facts(home.id)
        dates = (
            facts_html(facts, labels)
            if facts is not None
            else f"{html.escape(labels.reviewed)}: {html.escape(home.reviewed)}<br/>"
        )
        return (
            '<p class="meta">'
            f"{html.escape(labels.source)}: {html.escape(home.source)}<br/>"
            f"{dates}"
            f'<span class="notice">{html.escape(labels.not_advice)}</span></p>'
        )

    def _number_block(self, number: ImportantNumber, read_more: bool = True) -> str:
        """One phone number: large, linked (opens the copy/QR dialog), with what it is for."""
        parts = [
            f'<p class="number"><a href="{html.escape(number.tel)}">{html.escape(number.number)}</a></p>'
        ]
        parts.extend(f'<p class="purpose">{html.escape(p)}</p>' for p in number.purposes)
        if read_more:
            parts.append(f'<p class="purpose">{html.escape(self.tr("Read more:"))}</p><ul>')
            parts.extend(
                f'<li><a href="article:{html.escape(a)}">'
                f"{html.escape(self._library.article(a).title)}</a></li>"
                for a in number.article_ids
            )
            parts.append("</ul>")
        return "\n".join(parts)

    def numbers(self) -> str:
        """The important phone numbers page."""
        parts = [
            f"<h1>{html.escape(self.tr('Important phone numbers'))}</h1>",
            self._source_line(),
            f'<p class="hint">{html.escape(self.tr("Click or press Enter on a number to copy it or to see a QR code you can scan with your phone."))}</p>',
        ]
        numbers = self._library.important_numbers()
        if not numbers:
            parts.append(f"<p>{html.escape(self.tr('The help content has no phone numbers.'))}</p>")
        groups = self._library.numbers_by_pack()
        for title, group in groups:
            if len(groups) > 1 and title:
                parts.append(f'<h2 class="pack">{html.escape(title)}</h2>')
            parts.extend(self._number_block(n) for n in group)
        return "\n".join(parts)

    def no_results(self, page: NoResultsPage) -> str:
        """The page for a search that matched nothing: never a dead end."""
        q = html.escape(page.query.strip())
        parts = [
            f"<h1>{html.escape(self.tr('No answer matched'))} “{q}”</h1>",
        ]
        if page.suggestion:
            s = page.suggestion
            parts.append(
                f"<p>{html.escape(self.tr('Did you mean:'))} "
                f'<a href="{search_href(s)}"><b>{html.escape(s)}</b></a></p>'
            )
        parts.append(
            "<p>"
            + html.escape(
                self.tr(
                    "Try fewer words, or other words for the same thing. "
                    "You can write in English or in Spanish."
                )
            )
            + "</p>"
        )
        if page.numbers:
            parts.append(f"<h2>{html.escape(self.tr('Important phone numbers'))}</h2>")
            parts.extend(self._number_block(n, read_more=False) for n in page.numbers)
            parts.append(
                f'<p><a href="{NUMBERS_SCHEME}:">{html.escape(self.tr("What each number is for"))}</a></p>'
            )
        if page.closest:
            parts.append(f"<h2>{html.escape(self.tr('Questions that may help'))}</h2><ul>")
            parts.extend(
                f'<li><a href="article:{html.escape(e.id)}">{html.escape(e.title)}</a></li>'
                for e in page.closest[:MAX_CLOSEST]
            )
            parts.append("</ul>")
        parts.append(
            f'<p><a href="{HOME_SCHEME}:">{html.escape(self.tr("See all questions"))}</a></p>'
        )
        return "\n".join(parts)
