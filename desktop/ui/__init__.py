"""Qt widgets only: windows, dialogs and item models over desktop.core.

Importing this package also applies `pin_none_refcount()` (see below), because every Qt window
of the app lives under it.
"""

from __future__ import annotations

import ctypes
import sys

# Python 3.12 made None immortal; on 3.11 its reference count is an ordinary number.
_NONE_REFCOUNT_FLOOR = 1 << 40


def pin_none_refcount() -> None:
    """Keep None's reference count far from zero on Python 3.11.

    Why: with the pinned PySide6/shiboken6 6.12.0 on Python 3.11, every Qt method that returns
    nothing (`update()`, `setWindowTitle()`, `processEvents()`, ...) drops one reference to None
    too many (measured: -1 per call with `sys.getrefcount(None)`). A window repaints thousands
    of times, so None's count reaches zero and the interpreter aborts with "none_dealloc". On
    3.12+ None is immortal and the bug is harmless; here we add 2**40 references once, which no
    session can use up (a billion leaked calls a day would take three thousand years).
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # True and False suffer the same way (seen as "bool_dealloc" aborts at exit).
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _NONE_REFCOUNT_FLOOR:
            refcount.value += _NONE_REFCOUNT_FLOOR


pin_none_refcount()
