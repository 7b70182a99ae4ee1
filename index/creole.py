"""Simple spelling handling for Haitian Creole, French (and a little Spanish and Portuguese).

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
    """The word without what may be a French elided prefix typed without its apostrophe
    ("limmigration" -> "immigration"), or None; the caller checks that the rest is a word."""
    for prefix in _ELISIONS:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and rest[0] in _VOWELS:
            return rest
    return None


# Spanish and Portuguese verbs in -car/-gar write their first person past with "qu"/"gu"
# ("marqué", "remarquei", "liguei", "llegué"), which their stems do not undo.
_PAST_SPELLINGS = (("quei", "car"), ("guei", "gar"), ("que", "car"), ("gue", "gar"))


def verb_infinitives(word: str) -> tuple[str, ...]:
    """The -car/-gar infinitive a Spanish or Portuguese past form may come from, if any."""
    for ending, infinitive in _PAST_SPELLINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return (word[: -len(ending)] + infinitive,)
    return ()


# French spelling -> its sound as Creole writes it, applied in order to a folded French word
# (and to a Creole word, which it mostly leaves alone): the "skeleton" both are compared by.
_SKELETON: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(a), b)
    for a, b in (
        (r"[^a-z]", ""),
        (r"ph", "f"),
        (r"th", "t"),
        (r"ss?ion$", "syon"),
        (r"tion$", "syon"),
        (r"eau", "o"),
        (r"au", "o"),
        (r"qu", "k"),
        (r"ch", "C"),
        (r"h", ""),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"gu(?=[eiy])", "g"),
        (r"g(?=[eiy])", "j"),
        (r"oy", "way"),
        (r"oi", "wa"),
        (r"ou", "U"),
        (r"u", "i"),
        (r"U", "ou"),
        (r"C", "ch"),
        (r"ay(?=[aeiou])", "ey"),
        (r"ail$", "ay"),
        (r"eil$", "ey"),
        (r"ill", "y"),
        (r"[ae]i", "e"),
        (r"(?<![aeo])i[nm](?![aeiouynm])", "en"),
        (r"[ae]n(?![aeiouyn])", "an"),
        (r"[ae]m(?=[pb])", "an"),
        (r"(?<=[aeiouy])s(?=[aeiouy])", "z"),
        (r"(?<=[bcdfgklmnprstvz])i(?=[aeou])", "y"),
        (r"x", "ks"),
        (r"([a-z])\1", r"\1"),
        (r"e[rz]$", "e"),
        (r"et$", "e"),
    )
)
# Silent French endings, dropped one after the other ("empreinte" -> "anprent" -> "anpren").
_SILENT_ENDINGS = (re.compile(r"(e|es|s)$"), re.compile(r"(t|d|x|s)$"), re.compile(r"r$"))
# Creole words often carry a French article fused to them ("lekol" for "l'ecole").
_FUSED_ARTICLES = ("l", "la", "le")


@lru_cache(maxsize=50_000)
def french_skeleton(word: str) -> str:
    """A folded word as Creole would spell its sound ("tribunal" -> "tribinal", "changer" ->
    "chanje"); a Creole word is mostly its own skeleton."""
    for pattern, repl in _SKELETON:
        word = pattern.sub(repl, word)
    return word


def french_skeletons(word: str) -> tuple[str, ...]:
    """A French word's skeleton, then with its silent endings dropped in turn
    ("adresse": "adrese", "adres")."""
    parts = [p for p in re.split(r"[^a-z]+", word) if p]
    if len(parts) > 1:
        # "rendez-vous" -> "rande" + "vou": each part as said, the last without its ending.
        *head, last = parts
        return (
            "".join(french_skeleton(p) for p in head) + french_skeletons(last)[0],
            "".join(french_skeleton(p) for p in head) + french_skeletons(last)[-1],
        )
    out = [french_skeleton(word)]
    for pattern in _SILENT_ENDINGS:
        shorter = pattern.sub("", out[-1])
        if len(shorter) >= 3 and shorter != out[-1]:
            out.append(shorter)
    return tuple(out)


def creole_lookup_keys(word: str) -> tuple[str, ...]:
    """The skeletons a Creole word is looked up by: itself, then without a fused article."""
    keys = [french_skeleton(word)]
    for article in _FUSED_ARTICLES:
        rest = word[len(article) :]
        if word.startswith(article) and len(rest) >= 3:
            keys.append(french_skeleton(rest))
    return tuple(dict.fromkeys(keys))
