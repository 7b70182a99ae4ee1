"""Words as search sees them: folding, apostrophes, stop words, stems and phrase keys.

Shared by indexing, querying, snippets and highlighting. Only the English and Spanish Snowball
stemmers make index terms; other languages reach the index through the synonym tables.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from whoosh.lang import stemmer_for_language, stopwords_for_language

APOSTROPHES = "'\u2019\u2018\u02bc\u00b4`"
# A word: letters/digits, possibly joined by apostrophes ("can't", "ICE's").
WORD_PATTERN = r"\w+(?:[" + APOSTROPHES + r"]\w+)*"
WORD_RE = re.compile(WORD_PATTERN)
_APOSTROPHE_TABLE = str.maketrans({c: "'" for c in APOSTROPHES[1:]})
# Tokens longer than this are not words people type or read; dropping them bounds the work.
MAX_WORD_LENGTH = 40
MIN_WORD_LENGTH = 2


def fold_for_search(text: str) -> str:
    """Case-fold and strip accents ("Información" -> "informacion"), so either spelling matches.

    The one folding of the project: the index, queries, highlighting and the simple search
    used without an index all compare words folded this way.
    """
    text = text.casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize_apostrophes(word: str) -> str:
    """Drop a possessive "'s" ("ICE's", "officer\u2019s" -> "ICE", "officer") and join
    contractions ("can't" -> "cant"), whichever apostrophe was typed."""
    if word.isalnum():
        return word
    word = word.translate(_APOSTROPHE_TABLE)
    if word[-2:].lower() == "'s":
        word = word[:-2]
    return word.replace("'", "")


# English contractions as they look once apostrophes are joined ("don't" -> "dont"); "cant"
# stays a word because "can't go" means "cannot attend".
CONTRACTIONS = frozenset(
    [
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "havent",
        "hasnt",
        "hadnt",
        "im",
        "ive",
        "youre",
        "youve",
        "theyre",
        "theyve",
        "thats",
        "whats",
        "hes",
        "shes",
        "lets",
        "wouldnt",
        "shouldnt",
        "couldnt",
    ]
)


def _folded_stop_words() -> frozenset[str]:
    """The union of the English and Spanish stop lists (plus contractions), accent-folded."""
    words = set(stopwords_for_language("en")) | set(stopwords_for_language("es")) | CONTRACTIONS
    return frozenset(fold_for_search(w) for w in words)


STOP_WORDS: frozenset[str] = _folded_stop_words()
# Spanish little words that are English words too ("son", "sea", "era", "sin"): the index keeps
# none of them, so an English query's "my son" is searched through the everyday table.
SPANISH_ONLY_STOPS: frozenset[str] = STOP_WORDS - frozenset(
    fold_for_search(w) for w in (*stopwords_for_language("en"), *CONTRACTIONS)
)


@lru_cache(maxsize=1)
def _stemmers() -> tuple[Any, Any]:
    """The Snowball English and Spanish stemmers (built once)."""
    return stemmer_for_language("en"), stemmer_for_language("es")


# Words the English stemmer wrongly merges with another word of the FAQ: "officer" (a person,
# "your ICE officer's phone number") would be "offic", like "office" (a place, in every answer);
# "removal" (deportation, "a removal order") would be "remov", like "removed" (an ankle monitor
# taken off).
STEM_EXCEPTIONS: dict[str, str] = {
    "officer": "officer",
    "officers": "officer",
    "removal": "removal",
    "removals": "removal",
}
# English verbs whose past forms no stemmer reaches, as their present ("paid" is "pay": "the
# boss never paid me" and "An employer did not pay me"). Left out: forms that are other words
# too ("saw", "left" as a side, "felt", "found" as in founded, "shot" a vaccine, "heard" would
# become "hear" of hearing), or words of another language ("ate" is Portuguese "até", "chose"
# French, "sang" French blood, "met" French).
IRREGULAR_PAST: dict[str, str] = {
    form: base
    for base, forms in (
        ("pay", "paid"),
        ("send", "sent"),
        ("bring", "brought"),
        ("buy", "bought"),
        ("catch", "caught"),
        ("sell", "sold"),
        ("steal", "stole stolen"),
        ("teach", "taught"),
        ("think", "thought"),
        ("understand", "understood"),
        ("write", "wrote written"),
        ("eat", "eaten"),
        ("drive", "drove driven"),
        ("fall", "fell fallen"),
        ("break", "broke broken"),
        ("forget", "forgot forgotten"),
        ("lose", "lost"),
        ("leave", "left"),
        ("hold", "held"),
        ("know", "knew known"),
        ("sleep", "slept"),
        ("spend", "spent"),
        ("stand", "stood"),
        ("throw", "threw thrown"),
        ("wear", "wore worn"),
        ("begin", "began begun"),
        ("fly", "flew flown"),
        ("grow", "grew grown"),
        ("hide", "hid hidden"),
        ("ride", "rode ridden"),
        ("run", "ran"),
        ("see", "seen"),
        ("speak", "spoke spoken"),
        ("find", "found"),
        ("mean", "meant"),
        ("build", "built"),
        ("lend", "lent"),
        ("deal", "dealt"),
        ("freeze", "froze frozen"),
        ("take", "took taken"),
        ("give", "gave given"),
        ("go", "went gone"),
        ("get", "gotten"),
        ("tell", "told"),
        ("say", "said"),
        ("keep", "kept"),
        ("make", "made"),
        ("come", "came"),
    )
    for form in forms.split()
}


@lru_cache(maxsize=50_000)
def stems(word: str) -> tuple[str, ...]:
    """The index terms of one folded word: its English stem, then its Spanish stem if different."""
    if word.isdigit():
        return (word,)
    kept = STEM_EXCEPTIONS.get(word)
    if kept is not None:
        return (kept,)
    base = IRREGULAR_PAST.get(word)
    if base is not None:
        return stems(base)[:1]
    en, es = _stemmers()
    first = en(word)
    second = es(word)
    if second == first or len(second) < 3:
        return (first,)
    return (first, second)


def spanish_stem(word: str) -> str:
    """The Spanish Snowball stem of a folded word ("reprogramo" -> "reprogram")."""
    return str(_stemmers()[1](word))


@lru_cache(maxsize=100_000)
def normalize_word(token: str) -> str:
    """One token as the index sees it: apostrophes joined, lower-cased, accents stripped."""
    return fold_for_search(normalize_apostrophes(token))


def words(text: str) -> list[str]:
    """The folded words of a text, in order, with stop words kept (query and snippet side)."""
    out = []
    for m in WORD_RE.finditer(text):
        w = normalize_word(m.group())
        if w and len(w) <= MAX_WORD_LENGTH:
            out.append(w)
    return out


def is_stop(word: str) -> bool:
    """True for a folded word the index does not keep (stop word or too short)."""
    return word in STOP_WORDS or len(word) < MIN_WORD_LENGTH or len(word) > MAX_WORD_LENGTH


def word_terms(word: str) -> frozenset[str]:
    """The set of index terms a folded word stands for (empty for stop words)."""
    if is_stop(word):
        return frozenset()
    return frozenset(stems(word))


def word_key(word: str) -> str:
    """What two words must share to count as the same in a phrase: the stem, or a stop word."""
    if is_stop(word):
        return word
    return stems(word)[0]


# Ways of saying "have to", written "have to" when a query is matched against titles and keyword
# phrases: "do i need to check in" asks what "do i have to check in" asks.
OBLIGATIONS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("have", "got", "to"): ("have", "to"),
    ("need", "to"): ("have", "to"),
    ("needs", "to"): ("have", "to"),
    ("has", "to"): ("have", "to"),
    ("got", "to"): ("have", "to"),
    ("gotta",): ("have", "to"),
    ("must",): ("have", "to"),
}
MAX_OBLIGATION = max(len(k) for k in OBLIGATIONS)


def phrase_keys(ws: list[str]) -> list[str]:
    """The word keys of folded words for phrase matching (see `word_key`), obligations as
    "have to" (see `OBLIGATIONS`)."""
    out: list[str] = []
    i = 0
    while i < len(ws):
        for n in range(MAX_OBLIGATION, 0, -1):
            said = OBLIGATIONS.get(tuple(ws[i : i + n]))
            if said is not None:
                out.extend(said)
                i += n
                break
        else:
            out.append(word_key(ws[i]))
            i += 1
    return out


@lru_cache(maxsize=1)
def _foreign_stemmers() -> dict[str, Any]:
    """The Snowball Portuguese and French stemmers (query side only; built once)."""
    return {lang: stemmer_for_language(lang) for lang in FOREIGN_STEM_LANGUAGES}


# Languages whose stems reach the synonym tables (not the index: the answers are English).
FOREIGN_STEM_LANGUAGES = ("pt", "fr")


@lru_cache(maxsize=20_000)
def foreign_stem(lang: str, word: str) -> str:
    """The Snowball stem of a folded word in one of `FOREIGN_STEM_LANGUAGES`."""
    return str(_foreign_stemmers()[lang](word))
