"""Alien Registration Numbers (A-numbers): accept what people type, store 9 digits, show A-123-456-789."""

from __future__ import annotations

import re

from desktop.core.log_model import ValidationError

# People write "A123456789", "a 123 456 789", "A-12-345-678", "12345678": all the same number.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212.]+")


def normalise_a_number(text: str) -> str:
    """Return the A-number as 9 digits (8-digit numbers get a leading 0), or "" for empty input.

    Raises ValidationError(field="a_number", code="a_number_invalid") for anything else.
    """
    compact = _SEPARATORS.sub("", text or "")
    if not compact:
        return ""
    if compact[0] in "aA":
        compact = compact[1:]
    if not (compact.isascii() and compact.isdigit() and len(compact) in (8, 9)):
        raise ValidationError("a_number", "a_number_invalid")
    return compact.zfill(9)


def format_a_number(digits: str) -> str:
    """Show 9 stored digits as A-123-456-789 ("" stays "")."""
    if not digits:
        return ""
    d = normalise_a_number(digits)
    return f"A-{d[0:3]}-{d[3:6]}-{d[6:9]}"
