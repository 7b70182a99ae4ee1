"""A saved FAQ page becomes a pack folder that keeps every sentence of the page word for word."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from index.packs.folder import check_folder, folder_contents
from index.packs.from_html import pack_from_html
from index.packs.manifest import PackError
from index.packs.verify import pack_library
from index.render import article_plain_text
from tests.packs.conftest import SAMPLE_PAGE

BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "section", "div", "br"}


class _MainText(HTMLParser):
    """The visible text inside <main>, one line per block (an independent, simple reading)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "main":
            self.depth += 1
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "main":
            self.depth -= 1
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.parts.append(data)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _page_sentences(page: Path) -> list[str]:
    parser = _MainText()
    parser.feed(page.read_text(encoding="utf-8"))
    lines = [_norm(line) for line in "".join(parser.parts).split("\n")]
    sentences: list[str] = []
    for line in filter(None, lines):
        sentences.extend(s for s in re.split(r"(?<=[.?!])\s+(?=[A-Z\"“(])", line) if s)
    return sentences


@pytest.fixture()
def sample_pack(tmp_path: Path) -> Path:
    out = tmp_path / "clinic"
    pack_from_html(SAMPLE_PAGE, out, today=dt.date(2026, 11, 30))
    return out


def test_every_sentence_of_the_page_is_kept_word_for_word(sample_pack: Path) -> None:
    library = pack_library(folder_contents(sample_pack), sample_pack)
    shown = " \n ".join(_norm(f"{a.title}\n{article_plain_text(a)}") for a in library.articles)
    sentences = _page_sentences(SAMPLE_PAGE)
    assert len(sentences) > 250
    missing = [s for s in sentences if s not in shown]
    assert missing == []


def test_questions_become_articles_with_the_pages_facts(sample_pack: Path) -> None:
    assert check_folder(sample_pack) == []
    manifest = json.loads((sample_pack / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["publisher"] == "Harbor City Newcomer Center"
    assert manifest["as_of"] == "2026-02-09" and manifest["as_of_text"] == "February 9, 2026"
    assert manifest["taken"] == "2026-11-30" and manifest["language"] == "en"
    assert manifest["source_url"] == ""  # the saved page does not say where it came from
    library = pack_library(folder_contents(sample_pack), sample_pack)
    questions = [a for a in library.articles if a.id != "overview"]
    assert len(questions) == 36
    assert all(a.title.endswith("?") for a in questions)
    scams = library.get("scams")
    assert "[justice.gov/eoir](https://www.justice.gov/eoir)" in scams.body
    assert "- Never sign a blank form or a form you do not understand." in scams.body
    overview = library.get("overview")
    assert "[How can I protect myself from immigration scams?](article:scams)" in overview.body
    assert "## Your case, letters and documents" in overview.body
    # Navigation, footer and the script are not part of the pack.
    everything = " ".join(a.body for a in library.articles)
    assert "Donate" not in everything and "getElementById" not in everything
    assert "410 Wharf Street" not in everything


def test_the_source_address_is_recorded_and_relative_links_made_absolute(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!-- saved from url=(0031)https://clinic.example.org/faq/ -->\n"
        "<html lang='es'><body><main><h1>Preguntas</h1>"
        "<p>Actualizado: 2025-03-01</p>"
        "<h2>¿Dónde está la oficina?</h2><p>Vea <a href='/mapa/'>el mapa</a> y "
        "<a href='javascript:x()'>esto</a>.</p></main></body></html>",
        encoding="utf-8",
    )
    pack_from_html(page, tmp_path / "out", publisher="Clínica", today=dt.date(2026, 1, 1))
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["source_url"] == "https://clinic.example.org/faq/"
    assert manifest["language"] == "es" and manifest["as_of"] == "2025-03-01"
    body = (tmp_path / "out" / "1-donde-esta-la-oficina.md").read_text(encoding="utf-8")
    assert "[el mapa](https://clinic.example.org/mapa/)" in body
    assert "javascript" not in body and "y esto." in body
    assert check_folder(tmp_path / "out") == []


def test_a_page_without_questions_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Just text.</p></body></html>", encoding="utf-8")
    with pytest.raises(PackError):
        pack_from_html(page, tmp_path / "out")


def test_an_accordion_faq_becomes_one_article_per_question(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>FAQ - Clinic</title></head><body><main><h1>FAQ</h1>"
        "<details><summary>Where is the office?</summary><p>At 1 Main Street.</p></details>"
        "<details><summary>When is it open?</summary><p>Monday to Friday.</p>"
        "<ul><li>Closed on holidays.</li></ul></details></main></body></html>",
        encoding="utf-8",
    )
    result = pack_from_html(page, tmp_path / "out", today=dt.date(2026, 1, 1))
    assert result.articles == 3 and result.publisher == "Clinic"
    library = pack_library(folder_contents(tmp_path / "out"), tmp_path / "out")
    when = library.get("when-is-it-open")
    assert when.title == "When is it open?"
    assert article_plain_text(when) == "Monday to Friday.\nClosed on holidays."
