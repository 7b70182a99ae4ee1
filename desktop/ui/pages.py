"""The one place that writes page HTML: answers, the important numbers, no results.

Written from the records `HelpLibrary` returns. The words around the content are translated
here (`self.tr`); the content itself (titles, answers, numbers) comes from the library word for
word.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QObject

from desktop.core.library import (
    SECTION_MORE,
    SECTION_QUESTIONS,
    SECTION_START,
    AnswerPage,
    HelpLibrary,
    ImportantNumber,
    NoResultsPage,
    PackFacts,
    Translation,
)
from desktop.ui.i18n import current_language
from desktop.ui.number_notes import NumberNotes

# App-internal link schemes in pages the app writes (never sent anywhere).
SEARCH_SCHEME = "search"
NUMBERS_SCHEME = "numbers"
HOME_SCHEME = "home"
# The no-results page lists only the closest few (the list beside it has the rest).
MAX_CLOSEST = 5


def search_href(query: str) -> str:
    """A link that puts query in the search box."""
    return f"{SEARCH_SCHEME}:{quote(query, safe='')}"


_SEASON = re.compile(r"(spring|summer|fall|autumn|winter) (\d{4})", re.IGNORECASE)


def as_of_words(as_of: str) -> str:
    """A source's "as of" date for the UI language: "spring 2023" becomes "primavera de 2023";
    any other date is shown as the source gives it."""
    match = _SEASON.fullmatch(as_of.strip())
    if match is None:
        return as_of
    season, year = match.group(1).lower(), match.group(2)
    translate = QCoreApplication.translate
    words = {
        "spring": translate("PageWriter", "spring {year}"),
        "summer": translate("PageWriter", "summer {year}"),
        "fall": translate("PageWriter", "fall {year}"),
        "autumn": translate("PageWriter", "fall {year}"),
        "winter": translate("PageWriter", "winter {year}"),
    }
    return words[season].format(year=year)


class PageWriter(QObject):
    """Writes the HTML of app pages with translated labels."""

    def __init__(self, library: HelpLibrary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._notes = NumberNotes(self)
        # Set by staff (desktop/ui/staff/apply.py): shown on the start page and on paper.
        self.clinic_name = ""

    def section_heading(self, kind: str) -> str:
        """The heading of a table-of-contents group."""
        return {
            SECTION_START: self.tr("Start here"),
            SECTION_QUESTIONS: self.tr("Questions and answers"),
            SECTION_MORE: self.tr("More information"),
        }.get(kind, kind)

    def article(self, article_id: str, highlight: tuple[str, ...] = ()) -> str:
        """An answer page: title, source line, body, related questions (in another UI language,
        with a line saying whose English text it is)."""
        record = self._library.answer_page(article_id, highlight)
        page = self.answer(record)
        if self.clinic_name and article_id == self._library.home_id:
            page = f'<p class="meta">{html.escape(self.clinic_name)}</p>\n{page}'
        if current_language() == "en":
            return page
        if record.pack is not None and record.pack.trust != "built-in":
            return page  # an added pack: its own line says whose words they are
        note = self.tr("These answers are ASAP's, in English, as ASAP wrote them.")
        return f'<p class="meta">{html.escape(note)}</p>\n{page}'

    def answer(self, page: AnswerPage) -> str:
        """The HTML of an answer page record."""
        esc = html.escape
        parts = [
            f'<h1 class="title">{esc(page.title)}</h1>',
            self._source_line(page.source, page.reviewed, page.pack),
            f'<div class="body">{page.body_html}</div>',
        ]
        if page.translations:
            parts.insert(2, self._translations_line(page.translations))
        if page.related:
            related = self.tr("Related questions")
            parts.append(f'<h2 class="related">{esc(related)}</h2><ul class="related">')
            parts.extend(
                f'<li><a href="article:{esc(r.id)}">{esc(r.title)}</a></li>' for r in page.related
            )
            parts.append("</ul>")
        return "\n".join(parts)

    def _source_line(self, source: str, reviewed: str, pack: PackFacts | None = None) -> str:
        """Source, date and not-legal-advice line (answers and the numbers page)."""
        esc = html.escape
        source_label = self.tr("Source")
        not_advice = self.tr("This is legal information, not legal advice about your case.")
        if pack is not None and pack.kind == "local":
            return self._local_lines(pack, reviewed, not_advice)
        if pack is None:
            reviewed_label = self.tr("Last checked against the source")
            dates = f"{esc(reviewed_label)}: {esc(reviewed)}<br/>"
        else:
            dates = self._pack_lines(pack)
        return (
            '<p class="meta">'
            f"{esc(source_label)}: {esc(source)}<br/>"
            f"{dates}"
            f'<span class="notice">{esc(not_advice)}</span></p>'
        )

    def _pack_lines(self, pack: PackFacts) -> str:
        """The honest dates, who vouches for the pack and, when it is old, the warning."""
        esc = html.escape
        dates = self.tr(
            "Information as of {as_of}, according to {publisher} (this copy taken {taken})"
        ).format(as_of=as_of_words(pack.as_of), publisher=pack.publisher, taken=pack.taken)
        if pack.trust == "built-in":
            trust = self.tr("Built into this program")
        elif pack.verified:
            trust = self.tr("Verified: {signer}").format(signer=pack.signer)
        else:
            trust = self.tr("Added on this computer. Not verified.")
        lines = [f'<span class="asof">{esc(dates)}</span><br/>']
        css = "verified" if pack.verified else "unverified"
        lines.append(f'<span class="{css}">{esc(trust)}</span><br/>')
        if pack.stale:
            stale = self.tr(
                "Immigration rules and ICE practice change often; this information may be out "
                "of date. Ask a lawyer or a legal clinic."
            )
            lines.append(f'<span class="stale">{esc(stale)}</span><br/>')
        return "".join(lines)

    def _local_lines(self, pack: PackFacts, written: str, not_advice: str) -> str:
        """A clinic note's header: "From <clinic name>", when it was written, whose words."""
        esc = html.escape
        source = self.tr("From {clinic}").format(clinic=pack.publisher)
        whose = self.tr(
            "The clinic's own note, written on {date}. These are not ASAP's words."
        ).format(date=written)
        stale = ""
        if pack.stale:
            warning = self.tr(
                "Immigration rules and ICE practice change often; this information may be out "
                "of date. Ask a lawyer or a legal clinic."
            )
            stale = f'<span class="stale">{esc(warning)}</span><br/>'
        return (
            '<p class="meta">'
            f'<span class="local">{esc(source)}</span><br/>'
            f"{esc(whose)}<br/>{stale}"
            f'<span class="notice">{esc(not_advice)}</span></p>'
        )

    def _translations_line(self, translations: tuple[Translation, ...]) -> str:
        """The "Also in: Español" line linking an answer to its translations."""
        esc = html.escape
        links = ", ".join(
            f'<a href="article:{esc(t.article_id)}" lang="{esc(t.language)}">{esc(t.name)}</a>'
            for t in translations
        )
        also_in = self.tr("Also in")
        return f'<p class="translations">{esc(also_in)}: {links}</p>'

    def printed_at(self) -> str:
        """The discreet "Printed at <clinic>" line at the end of a printed page ("" if unset)."""
        if not self.clinic_name:
            return ""
        text = self.tr("Printed at {clinic}").format(clinic=self.clinic_name)
        return f'\n<p class="meta">{html.escape(text)}</p>'

    def snippet(self, article_id: str, snippet_html: str) -> str:
        """A search hit's snippet, led by its pack's title when more than one pack is active."""
        title = self._library.pack_title_of(article_id)
        if not title:
            return snippet_html
        return f'<span class="pack">{html.escape(title)}:</span> {snippet_html}'

    def _number_block(self, number: ImportantNumber, read_more: bool = True) -> str:
        """One phone number: large, linked (opens the copy/QR dialog), with what it is for."""
        parts = [
            f'<p class="number"><a href="{html.escape(number.tel)}">{html.escape(number.number)}</a></p>'
        ]
        note = self._notes.note(number.tel)
        if note:
            parts.append(f'<p class="purpose"><b>{html.escape(note)}</b></p>')
        facts = self._library.pack_facts(number.article_ids[0]) if number.article_ids else None
        if facts is not None and (facts.kind == "local" or facts.trust != "built-in"):
            # A clinic note or another publisher's pack: not ASAP's words, so say whose.
            label = self.tr("From {clinic}:").format(clinic=facts.publisher)
        else:
            label = self._notes.source_label()
        source = html.escape(label)
        parts.extend(f'<p class="purpose">{source} “{html.escape(p)}”</p>' for p in number.purposes)
        if read_more:
            read = self.tr("Read more:")
            parts.append(f'<p class="purpose">{html.escape(read)}</p><ul>')
            parts.extend(
                f'<li><a href="article:{html.escape(a)}">'
                f"{html.escape(self._library.article(a).title)}</a></li>"
                for a in number.article_ids
            )
            parts.append("</ul>")
        return "\n".join(parts)

    def numbers(self) -> str:
        """The important phone numbers page."""
        # Texts outside f-strings: pyside6-lupdate does not look inside them.
        title = self.tr("Important phone numbers")
        hint = self.tr(
            "Click or press Enter on a number to copy it or to see a QR code you can scan with your phone."
        )
        source = self._library.content_source()
        parts = [
            f"<h1>{html.escape(title)}</h1>",
            self._source_line(source.source, source.reviewed, source.pack),
            f'<p class="hint">{html.escape(hint)}</p>',
        ]
        numbers = self._library.important_numbers()
        if not numbers:
            none = self.tr("The help content has no phone numbers.")
            parts.append(f"<p>{html.escape(none)}</p>")
        groups = self._library.numbers_by_pack()
        for group in groups:
            if len(groups) > 1 and group.pack_title:
                parts.append(f'<h2 class="pack">{html.escape(group.pack_title)}</h2>')
            parts.extend(self._number_block(n) for n in group.numbers)
        return "\n".join(parts)

    def no_results(self, page: NoResultsPage) -> str:
        """The page for a search that matched nothing: never a dead end."""
        q = html.escape(page.query.strip())
        no_match = self.tr("No answer matched")
        parts = [
            f"<h1>{html.escape(no_match)} “{q}”</h1>",
        ]
        if page.suggestion:
            s = page.suggestion
            did_you_mean = self.tr("Did you mean:")
            parts.append(
                f"<p>{html.escape(did_you_mean)} "
                f'<a href="{search_href(s)}"><b>{html.escape(s)}</b></a></p>'
            )
        parts.append(
            "<p>"
            + html.escape(
                self.tr(
                    "Try fewer words, or other words for the same thing. "
                    "You can write in your own language or in English."
                )
            )
            + "</p>"
        )
        if page.numbers:
            numbers, what_for = (
                self.tr("Important phone numbers"),
                self.tr("What each number is for"),
            )
            parts.append(f"<h2>{html.escape(numbers)}</h2>")
            parts.extend(self._number_block(n, read_more=False) for n in page.numbers)
            parts.append(f'<p><a href="{NUMBERS_SCHEME}:">{html.escape(what_for)}</a></p>')
        if page.closest:
            may_help = self.tr("Questions that may help")
            parts.append(f"<h2>{html.escape(may_help)}</h2><ul>")
            parts.extend(
                f'<li><a href="article:{html.escape(e.id)}">{html.escape(e.title)}</a></li>'
                for e in page.closest[:MAX_CLOSEST]
            )
            parts.append("</ul>")
        see_all = self.tr("See all questions")
        parts.append(f'<p><a href="{HOME_SCHEME}:">{html.escape(see_all)}</a></p>')
        return "\n".join(parts)
