"""English words a page may use for what a person types, and the words that say little.

- `index/data/everyday-en.tsv` (curated, CC0): what people type, one or two words ("groceries",
  "help out"), and the words a newcomer-help page may say instead ("food pantry", "volunteer").
- `index/data/thesaurus-en.tsv` (made at build time by `index/tools/thesaurus.py` from Princeton
  WordNet 3.0): a noun's stem, the everyday words of its commonest senses ("physician" ->
  "doctor") and, after a "|", the broader words one step up.
- `LIGHT_WORDS`: everyday verbs and nouns that say little about which answer is meant.

The query side (`index.query`) adds the words an article holds to the typed word's group at a
lower weight, so a page that says it otherwise is still found and a page that says it as typed
still comes first. The tables are read on the first query that needs them, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from types import MappingProxyType

from index.langid import word_zipf
from index.synonyms import DATA_DIR
from index.text import word_key, words

# For an English word no article's text holds, its thesaurus words that some article holds: the
# same sense's words, and the broader ones, count this much; at most this many of each.
THESAURUS_WEIGHT = 0.5
THESAURUS_BROADER_WEIGHT = 0.3
MAX_THESAURUS_WORDS = 4
# What a page may say for an everyday English word or two-word phrase (`everyday-en.tsv`), or
# for a translation of a word of another language, counts this much of the word itself.
EVERYDAY_WEIGHT = 0.5
# Everyday English verbs and nouns that say little about which answer is meant ("my cousin
# wants to come see me": "come" must not pull "What if ICE comes?" ahead of visits): their
# groups count this much.
LIGHT_WORDS = frozenset(
    """
    get gets got getting want wants wanna need needs know go goes going make take give
    tell say let put see come comes coming try like thing things stuff someone somebody
    guy keep keeps
    """.split()  # noqa: SIM905 - a word list reads better as text
)
LIGHT_WEIGHT = 0.3

THESAURUS_FILE = DATA_DIR / "thesaurus-en.tsv"
EVERYDAY_FILE = DATA_DIR / "everyday-en.tsv"

Related = tuple[tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=1)
def _table() -> MappingProxyType[str, Related]:
    """Stem -> (same-sense words, broader words), read once (empty if the file is missing)."""
    table: dict[str, Related] = {}
    try:
        text = THESAURUS_FILE.read_text(encoding="utf-8")
    except OSError:
        return MappingProxyType(table)
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, rest = line.partition("\t")
        same, _, broader = rest.partition("|")
        table[key] = (tuple(same.split()), tuple(broader.split()))
    return MappingProxyType(table)


def related_words(word: str) -> Related:
    """(same-sense words, broader words) of a folded English word; ((), ()) if none."""
    return _table().get(word_key(word), ((), ()))


@lru_cache(maxsize=1)
def _everyday_lines() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The everyday table's lines as (folded words typed, words a page may say), read once."""
    try:
        text = EVERYDAY_FILE.read_text(encoding="utf-8")
    except OSError:
        return ()
    lines = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        typed, _, meant = line.partition("\t")
        typed_words, meant_words = tuple(words(typed)), tuple(words(meant))
        if typed_words and meant_words:
            lines.append((typed_words, meant_words))
    return tuple(lines)


@lru_cache(maxsize=1)
def _everyday() -> MappingProxyType[tuple[str, ...], tuple[str, ...]]:
    """Word keys of what people type (one or two words) -> the words a page may say instead."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for typed, meant in _everyday_lines():
        key = tuple(word_key(w) for w in typed)
        have = table.get(key, ())
        table[key] = have + tuple(w for w in meant if w not in have)
    return MappingProxyType(table)


@lru_cache(maxsize=1)
def everyday_typed_words() -> frozenset[str]:
    """The one-word entries of the everyday English table as typed ("ssn", "ged", "roaches")."""
    return frozenset(typed[0] for typed, _ in _everyday_lines() if len(typed) == 1)


def load_tables() -> None:
    """Read the WordNet and everyday tables now (otherwise read on first need)."""
    _table()
    _everyday()
    everyday_typed_words()


def rare_everyday_word(word: str, lang: str) -> bool:
    """True for a word of the everyday table too rare for the frequency lists ("ssn", "ged";
    not "work"), and no word of `lang`: its everyday words count in a query of any language."""
    return (
        word in everyday_typed_words() and not word_zipf(word, lang) and not word_zipf(word, "en")
    )


def everyday_words(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The words a page may say for what people type, by its word keys (one or two); ()."""
    return _everyday().get(keys, ())


def everyday_additions(
    keys: tuple[str, ...], known: Callable[[str], bool], pair_only: bool = False
) -> list[tuple[str, float]]:
    """(word, weight) pairs some article holds for the everyday word or two-word phrase of
    these word keys ("help out" before "help"; with `pair_only`, the phrase or nothing)."""
    found = everyday_words(keys) if len(keys) == 2 else ()
    if not found and not pair_only:
        found = everyday_words(keys[:1])
    return [(w, EVERYDAY_WEIGHT) for w in found if known(w)]


def thesaurus_additions(word: str, known: Callable[[str], bool]) -> list[tuple[str, float]]:
    """(word, weight) pairs some article holds from WordNet for a folded English word: at
    most MAX_THESAURUS_WORDS same-sense words and as many broader ones."""
    same, broader = related_words(word)
    out: list[tuple[str, float]] = []
    for related, weight in ((same, THESAURUS_WEIGHT), (broader, THESAURUS_BROADER_WEIGHT)):
        out += [(r, weight) for r in related if known(r)][:MAX_THESAURUS_WORDS]
    return out
