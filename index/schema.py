"""The Whoosh schema of the help index and its version stamp.

Bump SCHEMA_VERSION whenever the schema, an analyzer or what gets indexed changes: an index
stamped with another version is rebuilt.
"""

from __future__ import annotations

from whoosh.fields import ID, NUMERIC, STORED, TEXT, Schema

from index.analysis import text_analyzer

SCHEMA_VERSION = 26
# Fields searched for answers, and how much a match in each counts (title and keywords say
# what an article is about; the body only mentions things).
FIELD_BOOSTS: dict[str, float] = {"title": 3.0, "keywords": 2.5, "summary": 1.2, "body": 1.0}
SEARCH_FIELDS = tuple(FIELD_BOOSTS)
# Beside the Whoosh files: whole (unstemmed) words with their frequency in the articles' text
# (completion, "did you mean"), and the keywords' words (which include deliberate
# misspellings, so they serve corrections only).
VOCABULARY_FILE = "vocabulary.json"


def build_schema() -> Schema:
    """A new Schema instance (the one used both to build and to open the index)."""
    analyzer = text_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        order=NUMERIC(stored=True, sortable=True),
        title=TEXT(analyzer=analyzer, stored=True, phrase=False),
        keywords=TEXT(analyzer=analyzer, stored=True, phrase=False),
        summary=TEXT(analyzer=analyzer, stored=True, phrase=False),
        body=TEXT(analyzer=analyzer, phrase=False),
        # The plain text, for snippets (stored only, analysed on demand).
        text=STORED(),
        # Its sentences' word keys and index terms (`index.snippets.analyse_sentences`).
        analysed=STORED(),
        kind=STORED(),
    )
