"""Import whoosh without the standard-library modules it loads but this app never uses.

`index/__init__.py` calls `lighten_whoosh_import()` before any module of the package imports
whoosh, so no caller has to import anything in a special order. Measured (source run, this
machine): importing whoosh's reading side took about 90 ms less with it than without.

- `cached_property`: whoosh (`whoosh.reading`) imports the `cached_property` package for a single
  decorator, and that package imports asyncio. `functools.cached_property` does the same job (a
  non-data descriptor caching in the instance's `__dict__`). Installed only when nothing
  imported the package yet; it stays.
- `urllib.request`: `whoosh.compat` does `from urllib.request import urlretrieve`, which pulls in
  http.client, email, ssl and socket for a function whoosh uses only to download things, which
  this app must never do. `whoosh.compat` is imported once with a stand-in `urllib.request`
  whose `urlretrieve` raises; the stand-in is removed right after, so any later
  `import urllib.request` gets the real module.
"""

from __future__ import annotations

import contextlib
import functools
import sys
import types
from collections.abc import Iterator


def lighten_whoosh_import() -> None:
    """Install the two shims and import `whoosh.compat` under them (cheap once done)."""
    if "cached_property" not in sys.modules:
        shim = types.ModuleType("cached_property")
        shim.cached_property = functools.cached_property  # type: ignore[attr-defined]
        sys.modules["cached_property"] = shim
    if "whoosh.compat" not in sys.modules:
        with _without_urllib_request():
            import whoosh.compat  # noqa: F401 - imported here, under the stand-in
    # Every pickle Whoosh reads refuses code (a planted index), see index/safe_toc.py.
    from index.safe_toc import restrict_whoosh_unpickling

    restrict_whoosh_unpickling()


def _refuse_download(*args: object, **kwargs: object) -> None:
    """The `urlretrieve` whoosh sees: this app never downloads anything."""
    raise OSError("Check-In Help works offline and never downloads anything")


@contextlib.contextmanager
def _without_urllib_request() -> Iterator[None]:
    """While inside, `import urllib.request` gives a stand-in with a refusing `urlretrieve`."""
    name = "urllib.request"
    if name in sys.modules:  # already imported by something else: nothing to save
        yield
        return
    stand_in = types.ModuleType(name, "Stand-in used only while whoosh is imported.")
    stand_in.urlretrieve = _refuse_download  # type: ignore[attr-defined]
    sys.modules[name] = stand_in
    try:
        yield
    finally:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
