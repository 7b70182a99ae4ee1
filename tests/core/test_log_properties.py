"""Property tests for the contact log's text cleaning, A-numbers and CSV neutralisation."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.contact_log import (
    ValidationError,
    format_a_number,
    neutralise_cell,
    normalise_a_number,
)
from desktop.core.log_model import _BIDI, clean_text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_clean_text_never_keeps_controls_or_bidi(text: str) -> None:
    try:
        out = clean_text(text, "notes", 400, multiline=True)
    except ValidationError as exc:
        assert exc.code == "too_long"
        return
    assert not any(ch in _BIDI for ch in out)
    assert all(ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs", "Co") for ch in out)
    assert out == out.strip()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=50))
def test_neutralised_cells_never_start_a_formula(text: str) -> None:
    out = neutralise_cell(text)
    assert not out.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert out.endswith(text)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=0, max_value=999_999_999),
    st.sampled_from(["", "A", "a", "A-", "A "]),
    st.booleans(),
)
def test_a_numbers_round_trip(number: int, prefix: str, hyphens: bool) -> None:
    digits = str(number).zfill(9)
    typed = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}" if hyphens else digits
    stored = normalise_a_number(prefix + typed)
    assert stored == digits
    assert format_a_number(stored) == f"A-{digits[:3]}-{digits[3:6]}-{digits[6:]}"
