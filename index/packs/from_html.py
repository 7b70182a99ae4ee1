"""Turn an FAQ page saved from a browser into a pack folder, keeping the page's words exactly.

Questions are the headings at the level where most headings end in "?"; each becomes an
article whose body is everything up to the next heading at that level or above. What comes
before the first question (the introduction, the "updated" line) and the section headings
make an overview article that links to every question. Links are kept (relative ones made
absolute when the page says where it came from); scripts, styles, navigation, header and
footer are left out. The page's "updated" date and its address are recorded in the manifest.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from index.content import ID_RE
from index.packs.html_markdown import Event, escape, flatten, squash
from index.packs.html_tree import Element, parse_html
from index.packs.manifest import FORMAT, FORMAT_VERSION, MANIFEST_NAME, PackError

DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%Y-%m-%d", "%B %Y")
UPDATED_RE = re.compile(r"\b(updated|revised|reviewed|actualizad[oa])\b", re.I)


@dataclass
class PageResult:
    """What `pack_from_html` made: how many articles, and what it found about the page."""

    folder: Path
    articles: int
    title: str
    publisher: str
    source_url: str
    as_of: str
    as_of_text: str
    warnings: list[str] = field(default_factory=list)


def _question_level(events: list[Event]) -> int:
    """The heading level (2 to 6) of the questions."""
    asks = Counter(e.level for e in events if e.level >= 2 and e.text.rstrip().endswith("?"))
    if asks:
        return max(asks, key=lambda lvl: (asks[lvl], lvl))
    levels = Counter(e.level for e in events if e.level >= 2)
    if not levels:
        raise PackError("the page has no headings below its title, so no questions were found")
    return max(levels, key=lambda lvl: (levels[lvl], lvl))


def _slug(text: str, limit: int = 60) -> str:
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return slug[:limit].rstrip("-") or "article"


def _updated(main: Element) -> tuple[str, str]:
    """(ISO date, the date as the page writes it) from an "updated" line, or ("", "")."""
    for el in main.iter():
        if el.tag not in ("p", "div", "span", "small", "time") or len(el.text()) > 160:
            continue
        if not UPDATED_RE.search(el.text()):
            continue
        times = el.iter("time")
        shown = squash(times[0].text() if times else UPDATED_RE.split(el.text())[-1])
        shown = shown.strip(" :.")
        if times and re.fullmatch(r"\d{4}-\d{2}-\d{2}", times[0].attrs.get("datetime", "")[:10]):
            return times[0].attrs["datetime"][:10], shown
        for fmt in DATE_FORMATS:
            try:
                day = _dt.datetime.strptime(shown, fmt).date()
            except ValueError:
                continue
            return (day.isoformat()[:7] if fmt == "%B %Y" else day.isoformat()), shown
    return "", ""


def _source_url(root: Element, comments: list[str]) -> str:
    """The page's address, when the saved page records it."""
    for comment in comments:
        m = re.search(r"saved from url=\(\d+\)(https?://\S+)", comment)
        if m:
            return m.group(1).strip()
    for el in root.iter("link"):
        if "canonical" in el.attrs.get("rel", "").split() and el.attrs.get("href", "").startswith(
            "http"
        ):
            return el.attrs["href"]
    for el in root.iter("meta"):
        if el.attrs.get("property") == "og:url" and el.attrs.get("content", "").startswith("http"):
            return el.attrs["content"]
    return ""


def _front(fields: dict[str, str], body: str) -> str:
    lines = ["---", *(f"{k}: {v}" for k, v in fields.items()), "---", body, ""]
    return "\n".join(lines)


def pack_from_html(
    page: Path,
    out: Path,
    pack_id: str | None = None,
    publisher: str | None = None,
    today: _dt.date | None = None,
) -> PageResult:
    """Write a pack folder at `out` (new or empty) from a saved HTML page."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise PackError(f"{out} is not empty; choose a new folder")
    try:
        raw = Path(page).read_bytes()
    except OSError as exc:
        raise PackError(f"cannot read {page}: {exc.strerror or exc}") from None
    root, comments = parse_html(raw.decode("utf-8", errors="replace"))
    html_el = root.find("html")
    main = root.find("main") or root.find("article") or root.find("body") or root
    source_url = _source_url(root, comments)
    events = flatten(main, source_url)
    title_el = root.find("title")
    page_title = squash(title_el.text()) if title_el else ""
    h1 = next((e.text for e in events if e.level == 1), "") or page_title.split(" | ")[0]
    if publisher is None:
        site = next(
            (
                m.attrs.get("content", "")
                for m in root.iter("meta")
                if m.attrs.get("property") == "og:site_name"
            ),
            "",
        )
        pieces = re.split(r" [|\u2013\u2014-] ", page_title)
        publisher = site or (pieces[-1] if len(pieces) > 1 else "") or "The publisher (fill in)"
    level = _question_level(events)
    as_of, as_of_text = _updated(main)
    day = (today or _dt.date.today()).isoformat()
    pack_id = pack_id or _slug(f"{publisher} {h1}")
    if not ID_RE.match(pack_id):
        raise PackError(f"bad pack id {pack_id!r}: use a-z, 0-9 and -")

    intro: list[str] = []
    sections: list[tuple[str, list[tuple[str, str]]]] = []
    articles: list[dict[str, object]] = []
    used: set[str] = {"overview"}
    current: dict[str, object] | None = None
    section = ""
    for ev in events:
        if ev.level == 1:
            continue
        if ev.level and ev.level < level:
            section = ev.text
            sections.append((section, []))
            current = None
            continue
        if ev.level == level:
            aid = ev.anchor if ID_RE.match(ev.anchor) and ev.anchor not in used else _slug(ev.text)
            base_id, n = aid, 2
            while aid in used:
                aid, n = f"{base_id}-{n}", n + 1
            used.add(aid)
            current = {"id": aid, "title": ev.text, "section": section, "blocks": []}
            articles.append(current)
            if not sections:
                sections.append(("", []))
            sections[-1][1].append((aid, ev.text))
            continue
        block = ("#" * min(ev.level, 6) + " " + escape(ev.text)) if ev.level else ev.text
        if current is None:
            intro.append(block)
        else:
            current["blocks"].append(block)  # type: ignore[attr-defined]
    if not articles:
        raise PackError("no questions found on the page")
    width = len(str(len(articles)))
    out.mkdir(parents=True, exist_ok=True)
    source = f"{publisher}, \u201c{h1}\u201d" if h1 else publisher
    overview = list(intro)
    for name, entries in sections:
        if name:
            overview.append("## " + escape(name))
        overview.append("\n".join(f"- [{escape(t)}](article:{a})" for a, t in entries))
    first_intro = next(
        (b for b in intro if not b.startswith("#") and not UPDATED_RE.search(b[:40])), ""
    )
    (out / f"{0:0{width}d}-overview.md").write_text(
        _front(
            {
                "id": "overview",
                "title": h1 or page_title,
                "summary": _summary(first_intro) or h1,
                "order": "0",
                "source": source,
                "reviewed": day,
            },
            "\n\n".join(overview),
        ),
        encoding="utf-8",
    )
    warnings = []
    for n, art in enumerate(articles, start=1):
        blocks = art["blocks"]
        assert isinstance(blocks, list)
        if not blocks:
            warnings.append(f"the question {art['title']!r} has no answer text on the page")
            blocks = [escape(str(art["title"]))]
        fields = {
            "id": str(art["id"]),
            "title": str(art["title"]),
            "summary": _summary(blocks[0]) or str(art["title"]),
            "order": str(n),
            "source": source,
            "reviewed": day,
        }
        if art["section"]:
            fields["keywords"] = str(art["section"])
        name = f"{n:0{width}d}-{art['id']}.md"
        (out / name).write_text(_front(fields, "\n\n".join(blocks)), encoding="utf-8")
    manifest: dict[str, object] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": pack_id,
        "title": h1 or page_title,
        "description": f"Made from the saved page {Path(page).name!r}.",
        "publisher": publisher,
        "language": (html_el.attrs.get("lang", "") if html_el else "") or "en",
        "version": "1",
        "as_of": as_of or day,
        "as_of_text": as_of_text,
        "taken": day,
        "source_url": source_url,
        "licence": "not stated (fill in before sharing the pack)",
        "supersedes": [],
    }
    (out / MANIFEST_NAME).write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    if not as_of:
        warnings.append("the page states no 'updated' date: as_of is set to today; correct it")
    return PageResult(
        out, len(articles) + 1, h1, publisher, source_url, as_of, as_of_text, warnings
    )


def _summary(block: str) -> str:
    """The first sentence of a paragraph as plain one-line text (markup removed)."""
    from index.render import split_sentences

    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", block.replace("  \n", " "))
    text = re.sub(r"\\(.)", r"\1", text).replace("**", "").replace("*", "")
    sentences = split_sentences(text.split("\n")[0]) if text else []
    first = sentences[0] if sentences else ""
    return "" if "<" in first else first
