"""Refuse a Whoosh index whose table of contents would run code when opened.

Whoosh keeps an index's list of segments as a Python pickle in `_NAME_N.toc`, and unpickling
can call any function: an index planted in a folder the user can write (the per-user cache)
would run code the moment the app opened it. Before Whoosh reads a TOC, this reads it with an
unpickler that builds only the few Whoosh classes a segment list holds; anything else (or an
old TOC format, which Whoosh reads by other code) makes the index unusable, so it is rebuilt.

Whoosh also keeps stored fields (the articles' text the snippets quote), posting blocks and
column headers as pickles, read while searching: `restrict_whoosh_unpickling` makes every
pickle Whoosh reads go through the same kind of unpickler (`index/__init__.py` installs it
before Whoosh is imported), so a planted index fails to load instead of running code.
"""

from __future__ import annotations

import io
import pickle
import sys
from pathlib import Path
from typing import IO, Any

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
# What else the pickles of an index built by `index.build` refer to (stored fields, postings
# and column headers are plain numbers, strings, lists, tuples, dicts and arrays).
INDEX_GLOBALS = ALLOWED_GLOBALS | {
    ("array", "array"),
    ("array", "_array_reconstructor"),
    ("_codecs", "encode"),  # how protocol 2 writes bytes: encodes a string, runs nothing else
    ("builtins", "bytes"),  # how protocol 2 writes b"" (as "__builtin__": see find_class)
}


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


class _IndexUnpickler(pickle.Unpickler):
    """An unpickler that refuses every global outside INDEX_GLOBALS."""

    def find_class(self, module: str, name: str) -> type:
        """The class or function, if it is one an index's pickles may refer to."""
        # Protocol 2 (Whoosh's sort runs while building) names Python 2's module for builtins.
        if (module.replace("__builtin__", "builtins"), name) not in INDEX_GLOBALS:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a search index")
        return super().find_class(module, name)


def safe_load(file: IO[bytes], *args: Any, **kwargs: Any) -> Any:
    """`pickle.load` for Whoosh: only what an index's pickles may hold."""
    return _IndexUnpickler(file, *args, **kwargs).load()


def safe_loads(data: bytes, *args: Any, **kwargs: Any) -> Any:
    """`pickle.loads` for Whoosh: only what an index's pickles may hold."""
    return _IndexUnpickler(io.BytesIO(data), *args, **kwargs).load()


# Whoosh's modules that read pickles, and the names they imported `load`/`loads` under.
_WHOOSH_READERS: dict[str, dict[str, Any]] = {
    "whoosh.compat": {"load": safe_load, "loads": safe_loads},
    "whoosh.filedb.structfile": {"load_pickle": safe_load},
    "whoosh.columns": {"loads": safe_loads},
    "whoosh.codec.whoosh3": {"loads": safe_loads},
}


def restrict_whoosh_unpickling() -> None:
    """Make every pickle Whoosh reads (an index's TOC, stored fields, posting blocks, column
    headers) refuse anything but plain data: a planted index cannot run code when searched.

    `whoosh.compat` is changed before the other Whoosh modules import from it; modules that
    were imported already are changed too."""
    import whoosh.compat  # noqa: F401 - imported (under index.whoosh_import's shims) first

    for module_name, names in _WHOOSH_READERS.items():
        module = sys.modules.get(module_name)
        if module is not None:
            for name, function in names.items():
                setattr(module, name, function)
