"""The records `HelpLibrary` returns to the UI: plain data, no HTML of the app's own pages.

The UI (`desktop/ui/pages.py`) writes every page from these; the content's own words (titles,
answers, numbers, sentences) come word for word from the verified content files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Kinds of table-of-contents section; the UI turns each into a translated heading.
SECTION_START = "start"
SECTION_QUESTIONS = "questions"
SECTION_MORE = "more"


class IndexUnavailable(Exception):
    """The search index could not be opened or rebuilt; `reason` says why (for a log line)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class TocEntry:
    """One article as the UI lists it."""

    id: str
    title: str
    summary: str


@dataclass(frozen=True)
class TocSection:
    """A group of articles in content order; `kind` is one of the SECTION_* names."""

    kind: str
    entries: tuple[TocEntry, ...]


@dataclass(frozen=True)
class PackFacts:
    """Where an answer's information pack comes from, how old it is, who vouches for it."""

    pack_id: str
    pack_title: str
    publisher: str
    as_of: str  # the source's own words when it gives them ("spring 2023"), else the date
    taken: str  # when this copy was taken from the source (YYYY-MM-DD)
    trust: str  # index.packs.verify: "verified", "built-in", "unsigned" or "unknown-key"
    signer: str  # the trusted key's name when verified
    stale: bool  # the as-of date is older than the staff's limit (settings)
    kind: str = ""  # "local": the clinic's own notes (desktop.core.clinic_notes), "From <name>"

    @property
    def verified(self) -> bool:
        """True when a trusted key signed the pack or it is built into the program."""
        return self.trust in ("verified", "built-in")


@dataclass(frozen=True)
class Translation:
    """The same answer in an active pack of another language."""

    language: str  # the pack's language code, e.g. "es"
    name: str  # the language named in itself ("Español"), so a person finds theirs
    article_id: str


@dataclass(frozen=True)
class ContentSource:
    """Where the answers come from; with packs, the main pack's facts (its honest dates)."""

    source: str
    reviewed: (
        str  # the articles' "reviewed" date (empty when they do not say); not shown with packs
    )
    pack: PackFacts | None = None  # the facts of the main pack, when the content is packs


@dataclass(frozen=True)
class ImportantNumber:
    """A phone number from the content, with the sentences that say what it is for."""

    number: str  # as written in the content, e.g. "1-833-383-1465"
    tel: str  # the tel: URI, e.g. "tel:+18333831465"
    purposes: tuple[str, ...]  # distinct content sentences mentioning it, in content order
    article_ids: tuple[str, ...]  # the articles it appears in, in content order

    @property
    def is_ice(self) -> bool:
        """True when the content describes it as an ICE number (a log-worthy call)."""
        return any(re.search(r"\bICE\b", p) for p in self.purposes)


@dataclass(frozen=True)
class AnswerPage:
    """One answer: its title, source and date, its body as safe HTML, the related questions."""

    id: str
    title: str
    source: str
    reviewed: str
    body_html: str  # rendered from the verified Markdown; searched words marked
    related: tuple[TocEntry, ...]
    pack: PackFacts | None = None  # None: a plain content folder, no information packs
    translations: tuple[Translation, ...] = ()  # the same answer in other languages


@dataclass(frozen=True)
class NumberGroup:
    """The important numbers of one pack (`pack_title` empty without packs)."""

    pack_title: str
    numbers: tuple[ImportantNumber, ...]


@dataclass(frozen=True)
class NoResultsPage:
    """What to show when nothing matched: a suggestion, the closest questions, the numbers."""

    query: str
    suggestion: str | None
    closest: tuple[TocEntry, ...]
    numbers: tuple[ImportantNumber, ...]
