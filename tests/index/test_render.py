"""Markdown rendering: raw HTML escaped, safe links kept, analyzer-aware highlighting."""

from __future__ import annotations

import re
from pathlib import Path

from index.content import Article, Library
from index.render import (
    article_index_text,
    article_plain_text,
    highlight_html,
    phone_numbers,
    render_article_html,
    split_sentences,
)


def _article(body: str, article_id: str = "a") -> Article:
    return Article(
        id=article_id,
        title="Title?",
        summary="Summary.",
        keywords=(),
        related=(),
        order=0,
        source="Test",
        reviewed="2026-11-26",
        body=body,
        path=Path(f"{article_id}.md"),
    )


def test_raw_html_block_and_inline_is_escaped() -> None:
    html = render_article_html(
        _article(
            '<script>alert("x")</script>\n\nText with <b onclick="evil()">bold</b> & <img src=x>.'
        )
    )
    assert "<script" not in html and "<b onclick" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;b onclick=" in html
    assert "&amp;" in html


def test_links_survive_and_unsafe_ones_lose_their_target() -> None:
    html = render_article_html(
        _article(
            "See [the other answer](article:other), call [1-833-383-1465](tel:+18333831465), "
            "visit [checkin.ice.gov](https://checkin.ice.gov/), not [this](javascript:alert(1)).\n\n"
            "![a picture](https://example.org/x.png)"
        )
    )
    assert '<a href="article:other">the other answer</a>' in html
    assert '<a href="tel:+18333831465">1-833-383-1465</a>' in html
    assert '<a href="https://checkin.ice.gov/">checkin.ice.gov</a>' in html
    assert "javascript" not in html
    assert "<img" not in html and "a picture" in html


def test_lists_and_bold_render() -> None:
    html = render_article_html(_article("Intro:\n\n- one\n- **two**\n\n1. first\n2. second"))
    assert "<ul>" in html and "<strong>two</strong>" in html and "<ol>" in html


def test_highlight_is_analyzer_aware() -> None:
    html = render_article_html(
        _article("ICE took your passport. Reschedule it."), ["Passports", "rescheduling"]
    )
    assert '<b class="match">passport</b>' in html
    assert '<b class="match">Reschedule</b>' in html
    assert "took" in html and '<b class="match">took' not in html


def test_highlight_never_inside_tags_attributes_or_entities() -> None:
    fragment = '<a href="tel:+1" title="call passport">passport &amp; call</a>'
    out = highlight_html(fragment, ["passport", "amp", "href", "title", "call"])
    assert out.startswith('<a href="tel:+1" title="call passport">')
    assert out.endswith('<b class="match">passport</b> &amp; <b class="match">call</b></a>')


def test_highlight_with_nothing_useful_changes_nothing() -> None:
    body = "What is ICE?"
    assert render_article_html(_article(body), ["", "  ", "the"]) == render_article_html(
        _article(body)
    )


def test_plain_text_and_index_text() -> None:
    art = _article(
        "Intro **bold** text.\n\n- [Other question?](article:other)\n- Call [1-800-898-7180](tel:+18008987180)."
    )
    plain = article_plain_text(art)
    assert plain.splitlines() == ["Intro bold text.", "Other question?", "Call 1-800-898-7180."]
    # Words of links to other articles describe those articles, not this one.
    assert "Other question?" not in article_index_text(art)
    assert "Call 1-800-898-7180." in article_index_text(art)


def test_split_sentences_keeps_abbreviations_and_quotes() -> None:
    text = "They act like immigration \u201cpolice.\u201d The U.S. government said so. (1) you can ask."
    assert split_sentences(text) == [
        "They act like immigration \u201cpolice.\u201d",
        "The U.S. government said so.",
        "(1) you can ask.",
    ]


def test_phone_numbers_distinct_with_first_sentence() -> None:
    a = _article(
        "Call [1-833-383-1465](tel:+18333831465) now. Or [1-833-383-1465](tel:+18333831465).", "a"
    )
    b = _article("First sentence. The hotline is [1-800-898-7180](tel:+18008987180).", "b")
    c = _article("Again [1-800-898-7180](tel:+18008987180).", "c")
    numbers = phone_numbers(Library((a, b, c), "hash"))
    assert [(n.number, n.tel, n.article_id) for n in numbers] == [
        ("1-833-383-1465", "tel:+18333831465", "a"),
        ("1-800-898-7180", "tel:+18008987180", "b"),
    ]
    assert numbers[1].context_sentence == "The hotline is 1-800-898-7180."


def test_real_phone_numbers_come_from_the_content(content_library: Library) -> None:
    numbers = phone_numbers(content_library)
    source = (
        Path(__file__).resolve().parents[2] / "content" / "source" / "ice-and-isap-check-ins.txt"
    ).read_text(encoding="utf-8")
    in_source = set(re.findall(r"\b1-\d{3}-\d{3}-\d{4}\b", source))
    assert {n.number for n in numbers} == in_source
    for n in numbers:
        assert n.number in n.context_sentence
        assert re.sub(r"\D", "", n.tel).endswith(re.sub(r"\D", "", n.number))
