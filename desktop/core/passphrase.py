"""Passphrase policy for logs and backups: what is too weak, a strength hint, a generated phrase.

Qt-free. The checks return stable codes (`PassphraseProblem`); the UI turns them into sentences
in the person's language. The common-password list is the top 10,000 of the list Django ships
(`django/contrib/auth/common-passwords.txt.gz`, BSD licence); the word lists come from wordfreq's
frequency data (en, es, fr, pt) and a hand-made list of everyday Haitian Creole words (ht).
"""

from __future__ import annotations

import functools
import gzip
import math
import re
import secrets
import unicodedata
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from desktop.core.log_model import _FIELD_MESSAGES, ValidationError, check_passphrase

DATA_DIR = Path(__file__).resolve().parent / "data"
MIN_CHARS = 12
MIN_WORDS = 3
WORD_LANGUAGES = ("en", "es", "ht", "pt", "fr")
GENERATED_WORDS = 4


class PassphraseProblem(StrEnum):
    """Why a passphrase is refused (stable codes the UI translates)."""

    TOO_SHORT = "too_short"  # fewer than 12 characters and fewer than 3 words
    CONTAINS_NICKNAME = "contains_nickname"
    COMMON = "common"  # on the list of common passwords (or one with digits added)


def _fold(text: str) -> str:
    """Lower case without accents or spaces, for comparisons only."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


@functools.cache
def common_passwords() -> frozenset[str]:
    """The shipped list of the 10,000 most common passwords (folded)."""
    with gzip.open(DATA_DIR / "common-passwords.txt.gz", "rt", encoding="utf-8") as fh:
        return frozenset(_fold(line) for line in fh if line.strip())


@functools.cache
def word_list(lang: str) -> tuple[str, ...]:
    """The generator's word list for a UI language (English when the language has none)."""
    name = lang if lang in WORD_LANGUAGES else "en"
    text = (DATA_DIR / f"words-{name}.txt").read_text(encoding="utf-8")
    return tuple(dict.fromkeys(w.strip() for w in text.split() if w.strip()))


def _words(passphrase: str) -> list[str]:
    return [w for w in re.split(r"[\W_]+", passphrase) if w]


def _is_common(passphrase: str) -> bool:
    """True for a listed password, also with digits or symbols added at the end or start."""
    listed = common_passwords()
    folded = _fold(passphrase)
    if folded in listed:
        return True
    core = re.sub(r"^[0-9]+|[0-9]+$", "", folded)
    return bool(core) and core in listed and len(core) >= len(folded) // 2


def passphrase_problems(passphrase: str, nickname: str = "") -> list[PassphraseProblem]:
    """Every reason this passphrase is too weak ([] when it is acceptable)."""
    problems: list[PassphraseProblem] = []
    text = passphrase or ""
    if len(text) < MIN_CHARS and len(_words(text)) < MIN_WORDS:
        problems.append(PassphraseProblem.TOO_SHORT)
    name, folded = _fold(nickname or ""), _fold(text)
    # A one- or two-letter nickname is inside half the words of a language: compare it whole.
    if name and (name == folded or (len(name) >= 3 and name in folded)):
        problems.append(PassphraseProblem.CONTAINS_NICKNAME)
    if _is_common(text):
        problems.append(PassphraseProblem.COMMON)
    return problems


def _guess_bits(passphrase: str) -> float:
    """A rough estimate of the passphrase's entropy in bits (words count as words)."""
    words = _words(passphrase)
    if len(words) >= 2 and all(w.isalpha() for w in words):
        # An attacker would try dictionary words: about 13 bits per common word.
        per_word = [min(13.0, 4.0 * len(w)) for w in words]
        return sum(per_word)
    pool = 0
    if re.search(r"[a-z]", passphrase):
        pool += 26
    if re.search(r"[A-Z]", passphrase):
        pool += 26
    if re.search(r"[0-9]", passphrase):
        pool += 10
    if re.search(r"[^A-Za-z0-9]", passphrase):
        pool += 33
    distinct = len(set(passphrase))
    return min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))


def passphrase_strength(passphrase: str, nickname: str = "") -> int:
    """A hint from 0 (very weak) to 4 (strong) to show while the person types."""
    if not passphrase:
        return 0
    problems = passphrase_problems(passphrase, nickname)
    if PassphraseProblem.COMMON in problems or PassphraseProblem.CONTAINS_NICKNAME in problems:
        return 0
    bits = _guess_bits(passphrase)
    score = 1 if bits < 36 else 2 if bits < 46 else 3 if bits < 60 else 4
    if problems:
        score = min(score, 1)
    return score


def generate_passphrase(lang: str = "en", words: int = GENERATED_WORDS) -> str:
    """Four common words of the UI language, picked at random, separated by spaces."""
    pool = word_list(lang)
    while True:
        chosen = [secrets.choice(pool) for _ in range(words)]
        phrase = " ".join(chosen)
        if len(set(chosen)) == words and not passphrase_problems(phrase):
            return phrase


def check_new_passphrase(
    passphrase: str, nickname: str = "", field_name: str = "passphrase"
) -> str:
    """Refuse a new passphrase that is weak (short, common, or containing the nickname)."""
    problems = passphrase_problems(passphrase, nickname)
    if problems:
        raise WeakPassphrase(field_name, problems)
    return check_passphrase(passphrase, field_name)


class WeakPassphrase(ValidationError):
    """A new passphrase was refused; `problems` lists every reason (PassphraseProblem codes)."""

    def __init__(self, field: str, problems: Sequence[str]) -> None:
        super().__init__(field, "passphrase_" + str(problems[0]))
        self.problems = list(problems)
        details = " ".join(_FIELD_MESSAGES.get("passphrase_" + str(p), "") for p in self.problems)
        self.message = f"{field.replace('_', ' ')}: {details}"


_A_NUMBER_LIKE = re.compile(r"^\s*[aA]?[\s\-.]*\d[\d\s\-.]{6,}\s*$")


def nickname_warnings(nickname: str) -> list[str]:
    """Gentle warnings for a nickname that reveals who the log is about (shown in logs.json).

    Codes: "looks_like_a_number" (an A-number or other long number), "looks_like_full_name"
    (two or more capitalised words, like "Maria Lopez").
    """
    warnings = []
    name = (nickname or "").strip()
    if _A_NUMBER_LIKE.match(name) or sum(c.isdigit() for c in name) >= 7:
        warnings.append("looks_like_a_number")
    words = [w for w in re.split(r"[\s,]+", name) if w]
    if (
        len(words) >= 2
        and all(w[:1].isupper() and w[1:2].islower() for w in words if w.isalpha())
        and sum(w.isalpha() for w in words) >= 2
    ):
        warnings.append("looks_like_full_name")
    return warnings
