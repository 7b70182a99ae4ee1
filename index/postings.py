"""A term's postings (article numbers and weights) read a block at a time.

Whoosh's `items_as("weight")` decodes one posting per generator step (several method calls
each); a large pack's common words have thousands. Whoosh 3's posting blocks already hold the
article numbers and the packed frequencies together, so for the usual matcher (an on-disk
Frequency field, no deleted articles) this reads them a block at a time and decodes a block's
frequencies with one `struct` call. The weights are exactly what `items_as("weight")` gives
(frequency x field boost); any other matcher is read the ordinary way.
"""

from __future__ import annotations

import struct
from typing import Any

from whoosh.formats import Frequency


def postings(reader: Any, fieldname: str, term: str) -> tuple[list[int], list[float]]:
    """The term's article numbers (ascending) and weights in one field."""
    m = reader.postings(fieldname, term)
    fmt = getattr(m, "format", None)
    if (
        type(m).__name__ == "W3LeafMatcher"
        and isinstance(fmt, Frequency)
        and type(fmt) is Frequency
        and getattr(m, "_fixedsize", None) == 4
        and not getattr(m, "_byteids", True)
        and hasattr(m, "_read_ids")
        and hasattr(m, "_read_data")
    ):
        return _blocks(m, fmt.field_boost)
    docs: list[int] = []
    weights: list[float] = []
    for doc, w in m.items_as("weight"):
        docs.append(doc)
        weights.append(w)
    return docs, weights


def _blocks(m: Any, boost: float) -> tuple[list[int], list[float]]:
    """Read a Whoosh 3 leaf matcher's blocks whole (see the module's docstring)."""
    docs: list[int] = []
    weights: list[float] = []
    while m.is_active():
        m._read_ids()  # (reads the block's data too)
        count = m._blocklength
        docs.extend(m._ids[m._i : count])
        freqs = struct.unpack(f"!{count}I", m._data[2])
        weights.extend(f * boost for f in freqs[m._i : count])
        m._i = count - 1
        m.next()
    return docs, weights
