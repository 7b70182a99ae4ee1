"""A term's postings (article numbers and weights) as two flat lists, through Whoosh's public
`items_as("weight")` (frequency x field boost)."""

from __future__ import annotations

from typing import Any


def postings(reader: Any, fieldname: str, term: str) -> tuple[list[int], list[float]]:
    """The term's article numbers (ascending) and weights in one field."""
    docs: list[int] = []
    weights: list[float] = []
    for doc, w in reader.postings(fieldname, term).items_as("weight"):
        docs.append(doc)
        weights.append(w)
    return docs, weights
