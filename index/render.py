"""Markdown -> HTML for the answers, plain text for search and tests, and the phone numbers.

Raw HTML in the content is escaped, never passed through: the content is data, and the viewer
must show exactly the lawyers' words. Only article:, tel:, web and mailto: links survive.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from index.text import WORD_RE, fold_for_search, normalize_apostrophes, word_terms

if TYPE_CHECKING:
    import xml.etree.ElementTree as etree

    import markdown

    from index.content import Article, Library

SAFE_SCHEMES = ("article:", "tel:", "https://", "http://", "mailto:")
MATCH_OPEN = '<b class="match">'
MATCH_CLOSE = "</b>"


@lru_cache(maxsize=1)
def _markdown_classes() -> tuple[type, tuple[type, ...]]:
    """Markdown's converter class and the extension classes, imported on first conversion.

    Markdown is imported only here: the desktop app shows the HTML its index stored at build
    time (see `use_prerendered`), so a normal start-up never loads it (10 to 20 ms).
    """
    import xml.etree.ElementTree as etree

    import markdown
    from markdown.extensions import Extension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.treeprocessors import Treeprocessor

    class _SafeLinks(Treeprocessor):
        """Drop link targets with other schemes and images (they could reach the network)."""

        def run(self, root: etree.Element) -> None:
            """Rewrite the element tree in place."""
            for parent in root.iter():
                for i, el in enumerate(list(parent)):
                    if el.tag == "img":
                        # Keep the alt text so no words are lost; never load anything.
                        span = etree.Element("span")
                        span.text = el.get("alt", "")
                        span.tail = el.tail
                        parent.remove(el)
                        parent.insert(i, span)
                    elif el.tag == "a":
                        href = el.get("href", "")
                        for attr in list(el.attrib):
                            if attr != "href":
                                del el.attrib[attr]
                        if not href.startswith(SAFE_SCHEMES):
                            el.attrib.pop("href", None)

    class _EscapeHtml(Extension):
        """Turn raw HTML (block and inline) into visible text instead of markup."""

        def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown's name
            """Remove the raw-HTML processors and add the link sanitiser."""
            md.preprocessors.deregister("html_block")
            md.inlinePatterns.deregister("html")
            md.treeprocessors.register(_SafeLinks(md), "safe_links", 0)

    # The fixed extension list: plain lists that behave as written, and our safety extension.
    # Classes, not names: a name ("sane_lists") makes Markdown search the installed packages'
    # entry points, importing importlib.metadata (5 to 20 ms of the desktop app's start-up).
    return markdown.Markdown, (SaneListExtension, _EscapeHtml)


def _markdown() -> markdown.Markdown:
    """A fresh converter with the fixed extension list."""
    converter, extensions = _markdown_classes()
    md: markdown.Markdown = converter(
        extensions=[ext() for ext in extensions], output_format="html"
    )
    return md


# Body Markdown -> HTML stored with the search index at build time (see `use_prerendered`).
_PRERENDERED: dict[str, str] = {}


def use_prerendered(pairs: Iterable[tuple[str, str]]) -> None:
    """Remember (body Markdown, its HTML) pairs rendered by this code at index-build time.

    Keyed by the Markdown text itself, so a body whose text changed is simply rendered again.
    """
    for body, body_html in pairs:
        _PRERENDERED[body] = body_html


@lru_cache(maxsize=256)
def _render_markdown(body: str) -> str:
    """Body Markdown -> HTML (cached: articles are rendered again on every open)."""
    stored = _PRERENDERED.get(body)
    if stored is not None:
        return stored
    return _markdown().convert(body)


def highlight_html(fragment: str, highlight: Iterable[str]) -> str:
    """Wrap words of an HTML fragment that match the highlight words (by stem) in a match tag.

    Only text between tags is touched, never tags, attributes or character references.
    """
    wanted: set[str] = set()
    for item in highlight:
        for w in WORD_RE.findall(str(item)):
            wanted |= word_terms(fold_for_search(normalize_apostrophes(w)))
    if not wanted:
        return fragment
    out: list[str] = []
    for part in re.split(r"(<[^>]*>)", fragment):
        if part.startswith("<"):
            out.append(part)
            continue
        out.append(_highlight_text_segment(part, wanted))
    return "".join(out)


def _highlight_text_segment(segment: str, wanted: set[str]) -> str:
    """Highlight words in a piece of HTML text (no tags), leaving entities alone."""
    pieces: list[str] = []
    pos = 0
    for m in re.finditer(r"&#?\w+;|" + WORD_RE.pattern, segment):
        token = m.group()
        if token.startswith("&"):
            continue
        if word_terms(fold_for_search(normalize_apostrophes(token))) & wanted:
            pieces.append(segment[pos : m.start()])
            pieces.append(MATCH_OPEN + token + MATCH_CLOSE)
            pos = m.end()
    pieces.append(segment[pos:])
    return "".join(pieces)


def render_article_html(article: Article, highlight: Sequence[str] = ()) -> str:
    """The article body as HTML (raw HTML escaped); words matching `highlight` marked."""
    body_html = _render_markdown(article.body)
    if highlight:
        body_html = highlight_html(body_html, highlight)
    return body_html


@lru_cache(maxsize=1)
def _text_extractor_class() -> type:
    """The HTML-to-text parser class (html.parser is imported when first needed)."""
    from html.parser import HTMLParser

    class _TextExtractor(HTMLParser):
        """Collects the text of rendered HTML, with a line break after each block."""

        BLOCKS = frozenset(
            {
                "p",
                "li",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "br",
                "ul",
                "ol",
                "blockquote",
                "pre",
                "tr",
            }
        )

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            """Keep text as it is."""
            self.parts.append(data)

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            """Separate blocks."""
            if tag in self.BLOCKS:
                self.parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            """Separate blocks."""
            if tag in self.BLOCKS:
                self.parts.append("\n")

    return _TextExtractor


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one line per block, whitespace tidied."""
    parser = _text_extractor_class()()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


@lru_cache(maxsize=256)
def _plain_text_of(body: str) -> str:
    return html_to_text(_render_markdown(body))


def article_plain_text(article: Article) -> str:
    """The rendered text of an article without markup (one line per paragraph or list item)."""
    return _plain_text_of(article.body)


_ARTICLE_LINK_RE = re.compile(r'<a href="article:[^"]*">.*?</a>', re.S)


def article_index_text(article: Article, body_html: str | None = None) -> str:
    """The text that says what an article is about: its plain text minus links to other articles.

    A link's words describe the article it points to (the overview lists every question), so
    they are credited to the target, not to the page holding the link. `body_html` is the
    article's rendered body when the caller has it already (the index build renders once).
    """
    html = _render_markdown(article.body) if body_html is None else body_html
    return html_to_text(_ARTICLE_LINK_RE.sub(" ", html))


# A sentence ends at . ! or ? (optionally followed by a closing quote/bracket) before a space
# and a capital, digit, quote or bracket; "U.S. government" is therefore not split.
_SENTENCE_END = re.compile(r"(?<=[.!?])([\u201d\"')\]]?)\s+(?=[A-Z0-9\u201c\"(\[])")


def split_sentences(text: str) -> list[str]:
    """Split plain text into sentences (each line is split on its own)."""
    out: list[str] = []
    for line in text.split("\n"):
        start = 0
        for m in _SENTENCE_END.finditer(line):
            out.append(line[start : m.end(1)].strip())
            start = m.end()
        out.append(line[start:].strip())
    return [s for s in out if s]


class PhoneNumber(NamedTuple):
    """A phone number in the content: as written, its tel: URI, where it first appears."""

    number: str  # as written, e.g. "1-833-383-1465"
    tel: str  # the link target, e.g. "tel:+18333831465"
    context_sentence: str  # the plain-text sentence it first appears in
    article_id: str


_TEL_LINK_RE = re.compile(r'<a href="(tel:[^"]*)">(.*?)</a>', re.S)


def phone_numbers(library: Library) -> list[PhoneNumber]:
    """Every distinct tel: number in the content (display order), with its first sentence."""
    found: dict[str, PhoneNumber] = {}
    for article in library.articles:
        rendered = _render_markdown(article.body)
        links = _TEL_LINK_RE.findall(rendered)
        if not links:
            continue
        sentences = split_sentences(article_plain_text(article))
        for tel, inner in links:
            tel = html.unescape(tel)
            if tel in found:
                continue
            number = html_to_text(inner)
            sentence = next((s for s in sentences if number in s), number)
            found[tel] = PhoneNumber(number, tel, sentence, article.id)
    return list(found.values())
