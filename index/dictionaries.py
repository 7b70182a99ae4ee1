"""General bilingual word lists (Spanish, French, Portuguese -> English), read when first needed.

Made at build time from FreeDict's dictionaries by `index/tools/freedict.py` (GPL-2.0-or-later):
`index/data/dict-<lang>.tsv`, a folded headword, a tab, its one-word English translations. A
query word that neither the index nor the curated tables know is searched as all its
translations in one group, so a word with many translations does not outweigh one with few.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

from index.synonyms import DATA_DIR

DICTIONARY_LANGUAGES = ("es", "pt", "fr")


@lru_cache(maxsize=len(DICTIONARY_LANGUAGES))
def load_dictionary(lang: str) -> MappingProxyType[str, tuple[str, ...]]:
    """Headword -> English translations for one language (read once; empty if missing)."""
    table: dict[str, tuple[str, ...]] = {}
    try:
        text = (DATA_DIR / f"dict-{lang}.tsv").read_text(encoding="utf-8")
    except OSError:
        return MappingProxyType(table)
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        head, _, translations = line.partition("\t")
        table[head] = tuple(translations.split())
    return MappingProxyType(table)


def translations(word: str) -> tuple[str, ...]:
    """A folded word's English translations in the first dictionary that has it, or ()."""
    for lang in DICTIONARY_LANGUAGES:
        found = load_dictionary(lang).get(word)
        if found:
            return found
    return ()
