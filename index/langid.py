"""Which language a query and each of its words are in: English, Spanish, Portuguese, French
or Haitian Creole, from word frequencies, not from the UI language.

`index/data/freq-<lang>.txt` (the most frequent words of English, Spanish, Portuguese and
French with their Zipf frequencies, made at build time from `wordfreq` by
`index/tools/wordlists.py`) and, for Creole, which has no such list, the Creole words of the
curated tables (its little words and the terms of the field). Read on the first query that
needs them, never at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from types import MappingProxyType

from index.synonyms import DATA_DIR, load_lexicon, read_synonym_lines, read_term_lines
from index.text import fold_for_search, words

FREQ_LANGUAGES = ("en", "es", "pt", "fr")
LANGUAGES = (*FREQ_LANGUAGES, "ht")
# The Zipf frequency a Creole word of the curated tables counts as (its little words more).
CREOLE_TERM_ZIPF = 4.0
CREOLE_LITTLE_WORD_ZIPF = 5.5
# A word at least this much more frequent in English than in the query's language is an
# English word typed in it ("work permit" in a Spanish query) and stays English.
ENGLISH_MARGIN = 1.0
# A word rarer than this in every list says little about the query's language.
MIN_EVIDENCE_ZIPF = 1.0


@lru_cache(maxsize=len(FREQ_LANGUAGES))
def frequencies(lang: str) -> MappingProxyType[str, float]:
    """Folded word -> Zipf frequency for one language (read once; empty if missing)."""
    table: dict[str, float] = {}
    try:
        text = (DATA_DIR / f"freq-{lang}.txt").read_text(encoding="utf-8")
    except OSError:
        return MappingProxyType(table)
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        zipf, _, ws = line.partition("\t")
        try:
            table.update(dict.fromkeys(ws.split(), float(zipf)))
        except ValueError:
            continue
    return MappingProxyType(table)


@lru_cache(maxsize=1)
def creole_words() -> MappingProxyType[str, float]:
    """Creole words of the curated tables -> the Zipf frequency they count as."""
    lexicon = load_lexicon()
    table = dict.fromkeys(lexicon.keys_by_lang.get("ht", ()), CREOLE_TERM_ZIPF)
    table.update(dict.fromkeys(creole_little_words(), CREOLE_LITTLE_WORD_ZIPF))
    return MappingProxyType(table)


@lru_cache(maxsize=1)
def creole_little_words() -> frozenset[str]:
    """Creole's little words (pronouns, articles, particles) from the curated tables."""
    import json

    tables = json.loads((DATA_DIR / "words.json").read_text(encoding="utf-8"))
    return frozenset(tables["foreign_stop_words"].get("ht", ()))


def word_zipf(word: str, lang: str) -> float:
    """How frequent a folded word is in one language (0.0: not in its list)."""
    if lang == "ht":
        return creole_words().get(word, 0.0)
    return frequencies(lang).get(word, 0.0)


def _evidence_zipf(word: str, lang: str) -> float:
    """How much a word says a query is in `lang`: its frequency, or for a term of the field
    too rare for the list ("tornozeleira"), what a curated Creole term counts as."""
    zipf = word_zipf(word, lang)
    if not zipf and lang in TERM_LANGUAGES:
        zipf = _table_words(lang).get(word, 0.0)
    return zipf


# Languages whose curated words count as their words when the frequency list lacks them.
TERM_LANGUAGES = ("es", "pt", "fr")


@lru_cache(maxsize=len(TERM_LANGUAGES))
def _table_words(lang: str) -> MappingProxyType[str, float]:
    """One-word terms of a language in the curated tables (its own synonyms-xx.tsv and its
    column of terms-*.tsv) -> the Zipf frequency they count as."""
    keys = set(load_lexicon().keys_by_lang.get(lang, frozenset()) if lang != "es" else ())
    for path in sorted(DATA_DIR.glob("terms-*.tsv")):
        for term_lang, typed, _ in read_term_lines(path.read_text(encoding="utf-8")):
            key = words(fold_for_search(typed.lstrip("!=")))
            if term_lang == lang and len(key) == 1:
                keys.add(key[0])
    if lang != "es":
        # A word synonyms.tsv (English and Spanish) lists too is no sign of Portuguese or
        # French ("reagendar").
        text = (DATA_DIR / "synonyms.tsv").read_text(encoding="utf-8")
        keys -= {w for typed, _ in read_synonym_lines(text) for w in words(fold_for_search(typed))}
    return MappingProxyType(dict.fromkeys(keys, CREOLE_TERM_ZIPF))


def load_tables() -> None:
    """Read every list this module otherwise reads on first need (idle time after opening)."""
    for lang in FREQ_LANGUAGES:
        frequencies(lang)
    for lang in TERM_LANGUAGES:
        _table_words(lang)
    creole_words()


def query_language(words: Sequence[str]) -> str:
    """The language of a query's folded words: the one whose lists give them the most weight.

    Each word votes for the languages it is frequent in, with its Zipf frequency shared out so
    a word common to many languages ("a", "no") says less than one of a single language.
    English wins ties and queries with no evidence.
    """
    scores = dict.fromkeys(LANGUAGES, 0.0)
    for w in words:
        zipfs = {lang: _evidence_zipf(w, lang) for lang in LANGUAGES}
        zipfs = {lang: z for lang, z in zipfs.items() if z >= MIN_EVIDENCE_ZIPF}
        if not zipfs:
            continue
        top = max(zipfs.values())
        # Languages close to the best share the vote; a much rarer reading counts less.
        for lang, z in zipfs.items():
            scores[lang] += z / len(zipfs) * (0.5 ** (top - z))
    best = max(scores.values())
    if best <= 0.0 or scores["en"] >= best:
        return "en"
    return max(LANGUAGES, key=lambda lang: scores[lang])


def is_english_word(word: str, lang: str) -> bool:
    """True when a word of a query in `lang` is an English word typed in it ("work" in
    "no tengo el work permit"): much more frequent in English than in `lang`."""
    en = word_zipf(word, "en")
    return en > 0.0 and en >= word_zipf(word, lang) + ENGLISH_MARGIN


@lru_cache(maxsize=1)
def _any_negation() -> frozenset[str]:
    return frozenset().union(*load_lexicon().negation_words.values())


def says_not(words: Sequence[str]) -> bool:
    """True when folded words say "not" as their own language reads it: "no" in English or
    Spanish but not in Portuguese, where it is "in the"; "pa" in Creole but not in Spanish,
    where it is "para" (`negation_words` in `words.json`)."""
    if _any_negation().isdisjoint(words):
        return False
    table = load_lexicon().negation_words.get(query_language(words), frozenset())
    return not table.isdisjoint(words)
