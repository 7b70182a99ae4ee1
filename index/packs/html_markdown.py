"""HTML elements -> Markdown blocks and headings, keeping every word as the page shows it.

Text is escaped where Markdown would read it as markup; links with allowed schemes are kept
(relative ones joined to the page's address when it is known), emphasis is kept; scripts,
styles, navigation, header, footer and media are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from index.content import ALLOWED_SCHEMES
from index.packs.html_tree import Element

SKIP = frozenset(
    [
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "form",
        "button",
        "nav",
        "header",
        "footer",
        "iframe",
        "object",
        "select",
        "textarea",
        "img",
        "picture",
        "video",
        "audio",
        "canvas",
    ]
)
# An accordion's <summary> ("<details><summary>Question?</summary>answer</details>") is a
# heading below every <hN>.
HEADINGS = {**{f"h{n}": n for n in range(1, 7)}, "summary": 7}
BLOCKS = frozenset(["p", "ul", "ol", "blockquote", "table", "pre", "dl", "address", "figure"])
CONTAINERS = frozenset(["div", "section", "article", "main", "aside", "details", "body", "html"])
BREAK = "\x00"


@dataclass
class Event:
    """A heading (level > 0) or a Markdown block (level 0) of the page, in order."""

    level: int
    text: str
    anchor: str = ""


def squash(text: str) -> str:
    """Whitespace as a browser shows it: runs become one space (kept line breaks aside)."""
    text = re.sub(r"\s+", " ", text.replace("\xa0", " "))
    return re.sub(r" ?\x00 ?", BREAK, text).strip(" ")


def escape(text: str) -> str:
    """Text with the characters Markdown would read as markup escaped."""
    return re.sub(r"([\\`*_\[\]])", r"\\\1", text)


def _link(href: str, base: str) -> str | None:
    """An allowed absolute link target, or None (the link's words are kept either way)."""
    href = href.strip()
    if base and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", href) and not href.startswith("#"):
        href = urljoin(base, href)
    if href.startswith(ALLOWED_SCHEMES) and not href.startswith("article:"):
        return href.replace(" ", "%20").replace(")", "%29")
    return None


def _inline(el: Element, base: str) -> str:
    """Markdown for an element's inline content (text escaped, links and emphasis kept)."""
    parts: list[str] = []
    for child in el.children:
        if isinstance(child, str):
            parts.append(escape(child))
            continue
        tag = child.tag
        if tag in SKIP:
            continue
        inner = _inline(child, base)
        if tag == "br":
            parts.append(BREAK)
        elif tag == "a":
            target = _link(child.attrs.get("href", ""), base)
            text = squash(inner)
            parts.append(f"[{text}]({target})" if target and text else inner)
        elif tag in ("strong", "b") and inner.strip():
            parts.append(f"**{squash(inner)}**")
        elif tag in ("em", "i") and inner.strip():
            parts.append(f"*{squash(inner)}*")
        else:
            parts.append(inner)
    return "".join(parts)


def _paragraph(markdown: str) -> str:
    """One paragraph: squashed, a leading list or heading marker escaped, breaks kept."""
    text = squash(markdown)
    text = re.sub(r"^([#>+-]|\d+\.)", r"\\\1", text)
    return text.replace(BREAK, "  \n")


def _list(el: Element, base: str, indent: str = "") -> str:
    """A <ul>/<ol> as Markdown list items, nested lists indented."""
    lines: list[str] = []
    items = [c for c in el.children if isinstance(c, Element) and c.tag == "li"]
    for n, li in enumerate(items, start=1):
        marker = f"{n}. " if el.tag == "ol" else "- "
        own = Element("li", children=[c for c in li.children if not _is_list(c)])
        lines.append(indent + marker + _paragraph(_inline(own, base)).lstrip("\\"))
        for sub in (c for c in li.children if _is_list(c)):
            assert isinstance(sub, Element)
            lines.append(_list(sub, base, indent + "    "))
    return "\n".join(lines)


def _is_list(node: Element | str) -> bool:
    return isinstance(node, Element) and node.tag in ("ul", "ol")


def _blocks(el: Element, base: str) -> list[str]:
    """Markdown blocks for a block element."""
    if el.tag in ("ul", "ol"):
        return [_list(el, base)]
    if el.tag == "blockquote":
        inner = flatten(el, base)
        return ["\n".join("> " + line for b in inner for line in b.text.split("\n"))]
    if el.tag in ("table", "dl", "figure"):
        cells = [c for c in el.iter() if c.tag in ("td", "th", "dt", "dd", "figcaption")]
        return [p for p in (_paragraph(_inline(c, base)) for c in cells) if p]
    text = _paragraph(_inline(el, base))
    return [text] if text else []


def flatten(el: Element, base: str) -> list[Event]:
    """The page under `el` as headings and Markdown blocks, in document order."""
    events: list[Event] = []
    pending: list[Element | str] = []

    def flush() -> None:
        """Turn the pending inline content into a paragraph."""
        text = _paragraph(_inline(Element("span", children=list(pending)), base))
        if text:
            events.append(Event(0, text))
        pending.clear()

    for child in el.children:
        if isinstance(child, str) or (
            child.tag not in SKIP
            and child.tag not in HEADINGS
            and child.tag not in BLOCKS
            and child.tag not in CONTAINERS
        ):
            pending.append(child)
            continue
        flush()
        if child.tag in SKIP:
            continue
        if child.tag in HEADINGS:
            text = squash(child.text()).replace(BREAK, " ")
            if text:
                events.append(Event(HEADINGS[child.tag], text, child.attrs.get("id", "")))
        elif child.tag in BLOCKS:
            events.extend(Event(0, b) for b in _blocks(child, base))
        else:
            events.extend(flatten(child, base))
    flush()
    return events
