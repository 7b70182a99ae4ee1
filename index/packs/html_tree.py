"""A small element tree from HTML, built with the standard library's `html.parser`.

Enough for a page saved from a browser: void elements, implicitly closed `<p>` and `<li>`,
stray end tags ignored; comments kept (browsers record "saved from url=" in one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
# An open element of the first kind is closed by a new element of the second kind.
IMPLIED_END = {
    "p": frozenset(
        ["p", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "table", "pre"]
    ),
    "li": frozenset({"li"}),
}


@dataclass
class Element:
    """An HTML element: tag, attributes and children (elements and text strings)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    def iter(self, tag: str | None = None) -> list[Element]:
        """This element and every element below it (depth first), optionally of one tag."""
        out: list[Element] = []
        stack: list[Element] = [self]
        while stack:
            el = stack.pop()
            if tag is None or el.tag == tag:
                out.append(el)
            stack.extend(c for c in reversed(el.children) if isinstance(c, Element))
        return out

    def find(self, tag: str) -> Element | None:
        """The first element of this tag at or below this one."""
        found = self.iter(tag)
        return found[0] if found else None

    def text(self) -> str:
        """All text below this element, joined as it comes."""
        parts: list[str] = []
        for child in self.children:
            parts.append(child if isinstance(child, str) else child.text())
        return "".join(parts)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document")
        self.stack: list[Element] = [self.root]
        self.comments: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element (closing an implied <p> or <li> first)."""
        for open_tag, closers in IMPLIED_END.items():
            if tag in closers and any(el.tag == open_tag for el in self.stack[1:]):
                # Close up to the innermost open element of that kind, if it is near the top.
                for depth in range(len(self.stack) - 1, 0, -1):
                    if self.stack[depth].tag == open_tag:
                        if open_tag == "li" and any(
                            el.tag in ("ul", "ol") for el in self.stack[depth + 1 :]
                        ):
                            break
                        del self.stack[depth:]
                        break
                    if self.stack[depth].tag in ("ul", "ol", "div", "section", "table"):
                        break
        el = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(el)
        if tag not in VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A self-closed element."""
        self.stack[-1].children.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        """Close the innermost open element of this tag (stray end tags ignored)."""
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        """Text, kept as it is."""
        self.stack[-1].children.append(data)

    def handle_comment(self, data: str) -> None:
        """Comments, kept for "saved from url="."""
        self.comments.append(data)


def parse_html(text: str) -> tuple[Element, list[str]]:
    """The document's root element and its comments."""
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root, builder.comments
