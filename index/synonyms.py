"""The curated word tables of the query side, read from the data files in `index/data/`.

`synonyms*.tsv`: what people type (one to three words) -> the words the FAQ itself uses;
general vocabulary and translations that apply across the whole FAQ (article-specific phrasing
belongs in each article's `keywords:` line). `words.json`: question words of other languages,
texting forms, everyday words never to "correct", little words to drop.

`load_lexicon()` reads the files once into an immutable `Lexicon`; `SynonymTables` adds the
stemmed forms a Searcher matches against (stored by the index build, else made on opening):
each Searcher owns its own.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from index.text import (
    FOREIGN_STEM_LANGUAGES,
    MAX_WORD_LENGTH,
    fold_for_search,
    foreign_stem,
    is_stop,
    spanish_stem,
    word_key,
    words,
)

DATA_DIR = Path(__file__).resolve().parent / "data"

# "were" is so often typed for "where" that it counts as "where" when it opens the query or a
# clause, or comes right before what follows a question word ("were is", "were do i go").
WHERE_TYPOS = frozenset({"were", "wer", "whe"})
WHERE_FOLLOWERS = frozenset({"is", "are", "do", "does", "can", "should", "will", "am", "i", "my"})
CLAUSE_STARTS = frozenset({"and", "or", "but", "y", "o"})

Phrases = MappingProxyType[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]


def _key(phrase: str) -> tuple[str, ...]:
    """The folded words of a table's phrase (as `words` reads them)."""
    # Nine in ten are plain lower-case ASCII words, split as `words` would, several times
    # faster (the tables' 9,000 phrases are read when the index opens).
    if phrase.isascii() and phrase.islower() and phrase.replace(" ", "").isalpha():
        return tuple(w for w in phrase.split(" ") if w and len(w) <= MAX_WORD_LENGTH)
    return tuple(words(fold_for_search(phrase)))


@dataclass(frozen=True)
class Lexicon:
    """The curated tables as loaded from the data files (read-only)."""

    synonyms: MappingProxyType[tuple[str, ...], tuple[str, ...]]
    question_words: MappingProxyType[str, str]
    question_phrases: MappingProxyType[tuple[str, str], str]
    informal_words: MappingProxyType[str, tuple[str, ...]]
    common_words: frozenset[str]
    # Little words of French, Portuguese and Creole: skipped unless the index or a table knows them.
    foreign_stops: frozenset[str]
    # The one-word keys of each language's own table ("pt", "fr", "ht").
    keys_by_lang: MappingProxyType[str, frozenset[str]]
    source_hash: str  # SHA-256 of the data files read
    # Terms meant only in a query of their language (marked "!" in terms-*.tsv: "lèt" is a
    # Creole letter, "let" an English word): language -> folded word -> English words.
    language_terms: MappingProxyType[str, MappingProxyType[str, tuple[str, ...]]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # The words of "not" in each language ("pa" in Creole, not Spanish): language -> words.
    negation_words: MappingProxyType[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    @property
    def max_phrase(self) -> int:
        """The longest synonym key, in words."""
        return max((len(k) for k in self.synonyms), default=1)

    def normalise_informal(self, toks: list[str]) -> list[str]:
        """Folded words with texting forms and misspelt little words written out ("wen" -> "when")."""
        out: list[str] = []
        for i, w in enumerate(toks):
            if w in WHERE_TYPOS:
                prev = toks[i - 1] if i else ""
                nxt = toks[i + 1] if i + 1 < len(toks) else ""
                if not prev or prev in CLAUSE_STARTS or nxt in WHERE_FOLLOWERS:
                    out.append("where")
                    continue
            full = self.informal_words.get(w)
            if full is None:
                out.append(w)
            else:
                out.extend(full)
        return out

    def fingerprint(self) -> str:
        """Identifies the data files the tables were read from (stemmed tables stored by a
        build are used only if made from the same files)."""
        return self.source_hash


def _data_files(pattern: str) -> list[Path]:
    return sorted(DATA_DIR.glob(pattern))


def _source_files() -> list[Path]:
    """The files `load_lexicon` reads, in its order."""
    return [*_data_files("terms-*.tsv"), *_data_files("synonyms*.tsv"), DATA_DIR / "words.json"]


def source_digest() -> str:
    """SHA-256 of the lexicon's data files without reading them as tables (a few ms): equal to
    `Lexicon.fingerprint()` of the tables they give."""
    digest = hashlib.sha256()
    for f in _source_files():
        digest.update(f.name.encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()


def read_synonym_lines(text: str) -> list[tuple[str, str]]:
    """(typed, FAQ words) pairs of a synonyms TSV; `#` comment lines and blank lines skipped."""
    out = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        typed, sep, meant = line.partition("\t")
        if not sep:
            raise ValueError(f"synonyms line {lineno}: expected 'typed<TAB>words': {line!r}")
        out.append((typed.strip(), meant.strip()))
    return out


TERM_LANGUAGES = ("es", "pt", "fr", "ht")


def read_term_lines(text: str) -> list[tuple[str, str, str]]:
    """(language, typed, English words) triples of a terms TSV (`english<TAB>es<TAB>pt<TAB>fr
    <TAB>ht`, each foreign cell a comma-separated list); `#` and blank lines skipped."""
    out: list[tuple[str, str, str]] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 1 + len(TERM_LANGUAGES) or not cells[0].strip():
            raise ValueError(f"terms line {lineno}: expected 'english<TAB>es<TAB>pt<TAB>fr<TAB>ht'")
        for lang, cell in zip(TERM_LANGUAGES, cells[1:], strict=True):
            out.extend((lang, t.strip(), cells[0].strip()) for t in cell.split(",") if t.strip())
    return out


# "Without" and "not" in the five languages: a phrase holding one ("sin cita": a walk-in; "no
# fui": missed) says something its words searched apart do not ("cita": an appointment).
NEGATION_WORDS = frozenset({"sin", "sem", "sans", "san", "without", "no", "nao", "pas"})


def _compositional(key: tuple[str, ...], *tables: dict[tuple[str, ...], tuple[str, ...]]) -> bool:
    """True for a phrase of the terms whose every content word has its own entry ("avoka
    gratis"): searched word by word, it keeps one group per word instead of one for both."""
    if len(key) < 2 or NEGATION_WORDS.intersection(key):
        return False
    content = [w for w in key if not is_stop(w) and not any(t.get((w,)) == () for t in tables)]
    return all(any(t.get((w,)) for t in tables) for w in content)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The curated tables from `index/data/` (read once; immutable)."""
    synonyms: dict[tuple[str, ...], tuple[str, ...]] = {}
    keys_by_lang: dict[str, set[str]] = {}
    # synonyms-xx.tsv (one language each) first, then synonyms.tsv (English and Spanish), whose
    # entries win when a key is in both.
    # The general terms of the field (terms-*.tsv, five languages a line) first: a curated
    # table's entry for the same key comes first in the union below.
    terms: dict[tuple[str, ...], tuple[str, ...]] = {}
    language_terms: dict[str, dict[str, tuple[str, ...]]] = {}
    english_of: dict[str, tuple[str, ...]] = {}  # a line's English words, read once per line
    # Phrases marked "=": they mean something their words apart do not ("quiero morir").
    whole: set[tuple[str, ...]] = set()
    for f in _data_files("terms-*.tsv"):
        raw = f.read_bytes()
        for lang, typed, meant in read_term_lines(raw.decode("utf-8")):
            english = english_of.get(meant)
            if english is None:
                english = english_of[meant] = _key(meant)
            if typed.startswith("!"):
                # A word listed on two lines ("caution": bond, and a rent deposit) means both.
                own = language_terms.setdefault(lang, {})
                for w in _key(typed[1:]):
                    had = own.get(w, ())
                    own[w] = had + tuple(e for e in english if e not in had)
                continue
            key = _key(typed.removeprefix("="))
            if not key or (len(key) == 1 and key[0] in english):
                continue  # the same word in English ("visa", "internet") needs no entry
            if typed.startswith("="):
                whole.add(key)
            have = terms.setdefault(key, ())
            terms[key] = have + tuple(w for w in english if w not in have)
            if len(key) == 1 and lang != "es":
                keys_by_lang.setdefault(lang, set()).add(key[0])
    for f in _data_files("synonyms*.tsv"):
        lang = f.stem.partition("-")[2]
        raw = f.read_bytes()
        for typed, meant in read_synonym_lines(raw.decode("utf-8")):
            key = _key(typed)
            if key:
                synonyms[key] = tuple(words(meant))
                if lang and len(key) == 1:
                    keys_by_lang.setdefault(lang, set()).add(key[0])
    raw_words = (DATA_DIR / "words.json").read_bytes()
    tables = json.loads(raw_words.decode("utf-8"))
    # Little words of other languages and words that say nothing: searched as nothing.
    for w in (*tables["function_words"]["words"], *tables["drop_words"]["words"]):
        synonyms.setdefault((fold_for_search(w),), ())
    for key, means in terms.items():
        if synonyms.get(key) == () or (
            key not in synonyms and key not in whole and _compositional(key, synonyms, terms)
        ):
            continue  # a little word; a phrase searched word by word
        have = synonyms.get(key, ())
        synonyms[key] = have + tuple(w for w in means if w not in have)
    return Lexicon(
        synonyms=MappingProxyType(synonyms),
        question_words=MappingProxyType(dict(tables["question_words"]["words"])),
        question_phrases=MappingProxyType(
            {(a, b): w for a, b, w in tables["question_phrases"]["phrases"]}
        ),
        informal_words=MappingProxyType(
            {k: tuple(v.split()) for k, v in tables["informal_words"]["words"].items()}
        ),
        common_words=frozenset(tables["common_words"]["words"]),
        foreign_stops=frozenset(
            w for lang, ws in tables["foreign_stop_words"].items() if lang != "about" for w in ws
        ),
        keys_by_lang=MappingProxyType({k: frozenset(v) for k, v in keys_by_lang.items()}),
        source_hash=source_digest(),
        language_terms=MappingProxyType(
            {k: MappingProxyType(v) for k, v in language_terms.items()}
        ),
        negation_words=MappingProxyType(
            {
                lang: frozenset(fold_for_search(w) for w in ws)
                for lang, ws in tables["negation_words"].items()
                if lang != "about"
            }
        ),
    )


def _phrase_table(
    lexicon: Lexicon,
) -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """Phrase keys as word keys (stems; stop words as typed), grouped by their first key.

    Matching keys rather than words lets a phrase match its inflections ("picking up", "took
    it off" for "take off" is its own entry, but "taking pictures" meets "take a picture").
    """
    table: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for k, v in lexicon.synonyms.items():
        if len(k) < 2:
            continue
        seq = tuple(word_key(w) for w in k)
        table.setdefault(seq[0], []).append((seq, v))
    # Longest first, then in a fixed order.
    return {
        first: tuple(sorted(entries, key=lambda e: (-len(e[0]), e[0])))
        for first, entries in table.items()
    }


def _stem_table(lexicon: Lexicon, lang: str = "es") -> dict[str, tuple[str, ...]]:
    """One-word synonyms by stem, so other conjugations of a listed verb find it too
    ("reprogramo", "reprogramarla" -> "reprogramar"). A stem two entries disagree on is left out.

    Spanish stems cover every table's words (as they always have); Portuguese and French stems
    only their own language's table.
    """
    table: dict[str, tuple[str, ...]] = {}
    clash: set[str] = set()
    own = lexicon.keys_by_lang.get(lang, frozenset())
    for k, v in lexicon.synonyms.items():
        if len(k) != 1 or not v or (lang != "es" and k[0] not in own):
            continue
        stem = spanish_stem(k[0]) if lang == "es" else foreign_stem(lang, k[0])
        if len(stem) < 4:
            continue
        if stem in table and set(table[stem]) != set(v):
            clash.add(stem)
        table.setdefault(stem, v)
    return {stem: v for stem, v in table.items() if stem not in clash}


@dataclass(frozen=True)
class SynonymTables:
    """The lexicon with its stemmed tables: phrases by first word key, one-word synonyms by
    Spanish stem. Made in about 10 ms, so the index build stores them (`to_json`)."""

    lexicon: Lexicon
    phrases: Phrases
    by_stem: MappingProxyType[str, tuple[str, ...]]
    # The same by Portuguese and by French stem, each over its own language's table.
    by_foreign_stem: MappingProxyType[str, MappingProxyType[str, tuple[str, ...]]]

    @classmethod
    def make(cls, lexicon: Lexicon | None = None) -> SynonymTables:
        """Stem the lexicon's keys now."""
        lexicon = lexicon or load_lexicon()
        return cls(
            lexicon,
            MappingProxyType(_phrase_table(lexicon)),
            MappingProxyType(_stem_table(lexicon)),
            MappingProxyType(
                {
                    lang: MappingProxyType(_stem_table(lexicon, lang))
                    for lang in FOREIGN_STEM_LANGUAGES
                }
            ),
        )

    @classmethod
    def from_json(cls, data: Any, lexicon: Lexicon | None = None) -> SynonymTables:
        """The tables stored by `to_json` if made from this lexicon, else made now."""
        lexicon = lexicon or load_lexicon()
        try:
            if data["fingerprint"] != lexicon.fingerprint():
                return cls.make(lexicon)
            phrases = {
                str(first): tuple((tuple(seq), tuple(v)) for seq, v in entries)
                for first, entries in data["phrases"]
            }
            by_stem = {str(stem): tuple(v) for stem, v in data["by_stem"]}
            by_foreign_stem = {
                str(lang): MappingProxyType({str(stem): tuple(v) for stem, v in entries})
                for lang, entries in data["by_foreign_stem"]
            }
        except (KeyError, TypeError, ValueError):
            return cls.make(lexicon)
        return cls(
            lexicon,
            MappingProxyType(phrases),
            MappingProxyType(by_stem),
            MappingProxyType(by_foreign_stem),
        )

    def to_json(self) -> dict[str, Any]:
        """The stemmed tables as JSON data, for the index build to store."""
        return {
            "fingerprint": self.lexicon.fingerprint(),
            "phrases": [
                [first, [[list(seq), list(v)] for seq, v in entries]]
                for first, entries in self.phrases.items()
            ],
            "by_stem": [[stem, list(v)] for stem, v in self.by_stem.items()],
            "by_foreign_stem": [
                [lang, [[stem, list(v)] for stem, v in table.items()]]
                for lang, table in self.by_foreign_stem.items()
            ],
        }
