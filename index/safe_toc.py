"""Refuse a Whoosh index whose table of contents would run code when opened.

Whoosh keeps an index's list of segments as a Python pickle in `_NAME_N.toc`, and unpickling
can call any function: an index planted in a folder the user can write (the per-user cache)
would run code the moment the app opened it. Before Whoosh reads a TOC, this reads it with an
unpickler that builds only the few Whoosh classes a segment list holds; anything else (or an
old TOC format, which Whoosh reads by other code) makes the index unusable, so it is rebuilt.
"""

from __future__ import annotations

import io
import pickle
from pathlib import Path

CURRENT_TOC_VERSION = -111
# Everything the segment list of an index built by `index.build` refers to.
ALLOWED_GLOBALS = frozenset(
    {
        ("whoosh.codec.whoosh3", "W3Segment"),
        ("whoosh.codec.whoosh3", "W3Codec"),
        ("collections", "defaultdict"),
        ("builtins", "int"),
        ("builtins", "set"),
        ("builtins", "frozenset"),
    }
)


class _SegmentUnpickler(pickle.Unpickler):
    """An unpickler that refuses every global outside ALLOWED_GLOBALS."""

    def find_class(self, module: str, name: str) -> type:
        """The class, if it is one a segment list may hold."""
        if (module, name) not in ALLOWED_GLOBALS:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a search index")
        return super().find_class(module, name)


def toc_is_safe(folder: Path, indexname: str) -> bool:
    """True when every TOC of the index holds only a plain segment list (nothing that runs)."""
    from whoosh.filedb.structfile import StructFile

    tocs = sorted(Path(folder).glob(f"_{indexname}_*.toc"))
    if not tocs:
        return False
    for toc in tocs:
        try:
            stream = StructFile(io.BytesIO(toc.read_bytes()))
            for _ in range(3):  # sizes of int, long and float
                stream.read_varint()
            if stream.read_int() != -12345 or stream.read_int() != CURRENT_TOC_VERSION:
                return False
            for _ in range(3):  # Whoosh's release
                stream.read_varint()
            stream.skip_string()  # the pickled schema: skipped, never read (we pass ours)
            stream.read_int()  # generation
            stream.read_int()  # unused
            _SegmentUnpickler(stream.file).load()
        except Exception:  # noqa: BLE001 - anything unexpected: not an index we open
            return False
    return True
