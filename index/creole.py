"""Simple spelling handling for Haitian Creole and French words in a query.

There is no Snowball stemmer for Haitian Creole, and people write it many ways: "randevu" or
"randevou", "paspò" or "paspo", French spellings ("passeport", "immigration"). These rules give
a few other spellings of a word to look up in the synonym tables; they never touch a word the
index or a table already knows. French elision typed without its apostrophe ("limmigration",
"jappelle", "dasile") is undone the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

# French spellings -> Creole ones, applied in order (folded words: no accents).
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(a), b)
    for a, b in (
        (r"tion$", "syon"),
        (r"sion$", "syon"),
        (r"eau", "o"),
        (r"au", "o"),
        (r"qu", "k"),
        (r"ph", "f"),
        (r"c(?=[aou])", "k"),
        (r"c(?=[ei])", "s"),
        (r"ai", "e"),
        (r"(?<![aeiou])y(?![aeiou])", "i"),
        (r"([a-z])\1", r"\1"),
        (r"(?<!o)u", "ou"),
        (r"r$", ""),
        (r"e$", ""),
    )
)
# French elided little words typed without the apostrophe: l', j', d', m', n', s', t', c', qu'.
_ELISIONS = ("qu", "l", "j", "d", "m", "n", "s", "t", "c")
_VOWELS = set("aeiouyh")


@lru_cache(maxsize=20_000)
def creole_spellings(word: str) -> tuple[str, ...]:
    """Other spellings of a folded word to look up, most likely first (the word itself excluded)."""
    out: list[str] = []
    current = word
    for pattern, repl in _RULES:
        changed = pattern.sub(repl, current)
        if changed != current and len(changed) >= 2:
            current = changed
            if current not in out and current != word:
                out.append(current)
    # "ou" where "u" was meant ("tribounal"), and the other way round.
    if "ou" in word:
        alt = word.replace("ou", "u")
        if alt not in out:
            out.append(alt)
    return tuple(out)


def without_elision(word: str) -> str | None:
    """The word without a French elided prefix typed without its apostrophe, if it has one."""
    for prefix in _ELISIONS:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and rest[0] in _VOWELS:
            return rest
    return None
