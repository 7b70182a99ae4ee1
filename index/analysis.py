"""Text analysis shared by indexing, querying, snippets and highlighting (English + Spanish).

Everything here lives in an importable module, never in `__main__`: Whoosh pickles the schema
(and its analyzers) into the index, and an analyzer defined in `__main__` breaks unpickling.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Filter, RegexTokenizer, StopFilter
from whoosh.analysis.acore import Token
from whoosh.lang import stemmer_for_language, stopwords_for_language

# Characters people type for an apostrophe: straight, curly (U+2019, U+2018), the modifier
# letter (U+02BC), the acute accent and backtick of Spanish keyboards ("don\u00b4t").
APOSTROPHES = "'\u2019\u2018\u02bc\u00b4`"
# A word: letters/digits, possibly joined by apostrophes ("can't", "ICE's").
WORD_PATTERN = r"\w+(?:[" + APOSTROPHES + r"]\w+)*"
WORD_RE = re.compile(WORD_PATTERN)
_APOSTROPHE_TABLE = str.maketrans({c: "'" for c in APOSTROPHES[1:]})
# Tokens longer than this are not words people type or read; dropping them bounds the work.
MAX_WORD_LENGTH = 40
MIN_WORD_LENGTH = 2


def fold(text: str) -> str:
    """Lower-case and strip accents ("Información" -> "informacion"), so either spelling matches."""
    text = text.lower()
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
    return frozenset(fold(w) for w in words)


STOP_WORDS: frozenset[str] = _folded_stop_words()


@lru_cache(maxsize=1)
def _stemmers() -> tuple[Any, Any]:
    """The Snowball English and Spanish stemmers (built once)."""
    return stemmer_for_language("en"), stemmer_for_language("es")


# Words the English stemmer wrongly merges with another word of the FAQ: "officer" (a person,
# "your ICE officer's phone number") would be "offic", like "office" (a place, in every answer).
STEM_EXCEPTIONS: dict[str, str] = {"officer": "officer", "officers": "officer"}


@lru_cache(maxsize=50_000)
def stems(word: str) -> tuple[str, ...]:
    """The index terms of one folded word: its English stem, then its Spanish stem if different."""
    if word.isdigit():
        return (word,)
    kept = STEM_EXCEPTIONS.get(word)
    if kept is not None:
        return (kept,)
    en, es = _stemmers()
    first = en(word)
    second = es(word)
    if second == first or len(second) < 3:
        return (first,)
    return (first, second)


def spanish_stem(word: str) -> str:
    """The Spanish Snowball stem of a folded word ("reprogramo" -> "reprogram")."""
    return str(_stemmers()[1](word))


class NormalizeFilter(Filter):
    """Joins apostrophes, lower-cases and strips accents in one pass (see `fold`)."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        """Yield the tokens normalised like `words` does."""
        for t in tokens:
            t.text = fold(normalize_apostrophes(t.text))
            yield t


# A North American phone number typed as parts ("1-888-351-4024", "(888) 351 4024"): an optional
# country code 1, then 3, 3 and 4 digits.
PHONE_PART_LENGTHS = (3, 3, 4)


def phone_token(parts: list[str]) -> str | None:
    """The digits-only form of a phone number ("8883514024") ending the given digit words.

    `parts` are consecutive all-digit words, the last one last; the number is found either as
    one word of 10 digits (11 with a leading 1) or as 3-3-4 digits words (the 1 optional).
    """
    if not parts:
        return None
    last = parts[-1]
    if len(last) == 11 and last[0] == "1":
        return last[1:]
    if len(last) == 10:
        return last
    tail = parts[-3:]
    if len(tail) == 3 and tuple(len(p) for p in tail) == PHONE_PART_LENGTHS:
        return "".join(tail)
    return None


def phone_terms(toks: list[str]) -> list[tuple[int, int, str]]:
    """Phone numbers in a list of words: (first word, end, digits-only token), left to right.

    "call 1 (833) 383-1465" as words holds one from "1" to "1465"; a leading 1 is included.
    """
    out: list[tuple[int, int, str]] = []
    run_start = 0
    for i, w in enumerate(toks):
        if not w.isdigit():
            run_start = i + 1
            continue
        token = phone_token(toks[run_start : i + 1])
        if token is None:
            continue
        start = i if len(w) >= 10 else i - 2
        if start > run_start and toks[start - 1] == "1":
            start -= 1
        out.append((start, i + 1, token))
        run_start = i + 1
    return out


class PhoneFilter(Filter):
    """Adds a digits-only token for each phone number, beside its parts.

    The text writes "1-888-351-4024" (four words); people type "18883514024" or "888.351.4024".
    Both sides get the same "8883514024" token, placed at the position of the number's last part.
    """

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        """Yield every token, and after a phone number's last part its digits-only token."""
        run: list[str] = []
        for t in tokens:
            text = t.text
            if not text.isdigit():
                run = []
                yield t
                continue
            run.append(text)
            token = phone_token(run[-4:])
            if token is not None and token != text:
                yield t
                t.text = token
                yield t
                run = []
            elif token is not None:
                run = []
                yield t
            else:
                yield t


# Form codes ("I-385", "I-220A") and web addresses ("checkin.ice.gov") are several words to the
# tokenizer, but people type them joined ("i385", "checkiniceGov"), spaced ("i 385", "checkin ice
# gov") or with the punctuation. The index gets the joined form as one more token ("i385",
# "checkinicegov"); a query's words that join into one of those tokens are searched as it.
CODE_RE = re.compile(
    r"(?<![\w.\-\u2010\u2011\u2013])([A-Za-z]{1,3})[\-\u2010\u2011\u2013]([0-9]{2,5}[A-Za-z]{0,2})(?!\w)"
)
DOMAIN_RE = re.compile(r"(?<![\w.])[^\W_]+(?:\.[^\W_]+)+")
DOMAIN_ENDINGS = frozenset(
    {"gov", "com", "org", "net", "edu", "us", "mil", "info", "io", "int", "mx", "ca", "uk"}
)
# The most words a typed code or address is joined from ("www checkin ice gov").
MAX_JOINED_WORDS = 5
# A dot of a web address said as a word.
SPOKEN_DOTS = frozenset({"dot", "punto", "pwen", "point"})


def joined_tokens(text: str) -> list[tuple[int, str]]:
    """Codes and web addresses in a text: (character offset of their end, joined token).

    A code is 1-3 letters, a hyphen and 2-5 digits with up to two letters ("I-220A" ->
    "i220a"); an address is two or more words joined by dots ending in a domain ending
    ("checkin.ice.gov" -> "checkinicegov"; a leading "www" is also left out).
    """
    out: list[tuple[int, str]] = []
    if "-" in text or "\u2010" in text or "\u2011" in text or "\u2013" in text:
        for m in CODE_RE.finditer(text):
            out.append((m.end(), fold(m.group(1) + m.group(2))))
    if "." in text:
        for m in DOMAIN_RE.finditer(text):
            parts = fold(m.group()).split(".")
            if parts[-1] in DOMAIN_ENDINGS:
                out.append((m.end(), "".join(parts)))
                if parts[0] == "www" and len(parts) > 2:
                    out.append((m.end(), "".join(parts[1:])))
        out.sort(key=lambda e: e[0])
    return out


def join_typed_codes(toks: list[str], known: frozenset[str] | set[str]) -> list[str]:
    """Query words with runs that join into a known code or address joined ("i 385" -> "i385").

    `known` holds the joined tokens of the index (see `joined_tokens`); the longest run wins.
    A dot may be spelt out ("checkin dot ice dot gov").
    """
    if not known or len(toks) < 2:
        return toks
    out: list[str] = []
    i = 0
    while i < len(toks):
        for j in range(min(len(toks), i + MAX_JOINED_WORDS * 2 - 1), i + 1, -1):
            if toks[j - 1] in SPOKEN_DOTS:
                continue
            joined = "".join(w for w in toks[i:j] if w not in SPOKEN_DOTS)
            if joined in known:
                out.append(joined)
                i = j
                break
        else:
            out.append(toks[i])
            i += 1
    return out


class CodeTokenizer(RegexTokenizer):
    """The word tokenizer, adding after a code or address its joined token (see
    `joined_tokens`) at the position of its last word."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Any]:
        """Yield the word tokens, and each joined code/address token after its last word."""
        if not tokenize or self.gaps:
            yield from super().__call__(
                value,
                positions=positions,
                chars=chars,
                keeporiginal=keeporiginal,
                removestops=removestops,
                start_pos=start_pos,
                start_char=start_char,
                tokenize=tokenize,
                mode=mode,
                **kwargs,
            )
            return
        extra: dict[int, list[str]] = {}
        for end, joined in joined_tokens(value):
            extra.setdefault(end, []).append(joined)
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, match in enumerate(self.expression.finditer(value)):
            texts = (
                (match.group(0), *extra[match.end()])
                if extra and match.end() in extra
                else (match.group(0),)
            )
            for text in texts:
                t.text = text
                t.boost = 1.0
                if keeporiginal:
                    t.original = text
                t.stopped = False
                if positions:
                    t.pos = start_pos + pos
                if chars:
                    t.startchar = start_char + match.start()
                    t.endchar = start_char + match.end()
                yield t


class DualStemFilter(Filter):
    """Emits the English stem, and the Spanish stem at the same position when it differs.

    The content is English but keywords and many queries are Spanish; one field holding both
    stems lets "grilletes" meet "grillete" without a second set of fields.
    """

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        """Yield one token per distinct stem of each input token."""
        for t in tokens:
            if t.stopped:
                yield t
                continue
            forms = stems(t.text)
            t.text = forms[0]
            yield t
            for other in forms[1:]:
                t.text = other
                yield t


class SortedStopFilter(StopFilter):
    """A StopFilter that pickles its stop list sorted.

    Whoosh pickles the schema into the index; a plain frozenset pickles in hash order, which
    changes from run to run and would make two builds of the same content differ.
    """

    def __getstate__(self) -> dict[str, Any]:
        """The filter's state with the stop words as a sorted tuple."""
        state = dict(self.__dict__)
        state["stops"] = tuple(sorted(self.stops))
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore the state, the stop words as a frozenset again."""
        self.__dict__.update(state)
        self.__dict__["stops"] = frozenset(state["stops"])


def text_analyzer() -> Any:
    """The analyzer of the searchable text fields: folded, stop words removed, dual-stemmed."""
    return (
        CodeTokenizer(WORD_PATTERN)
        | NormalizeFilter()
        | PhoneFilter()
        | SortedStopFilter(
            stoplist=STOP_WORDS, minsize=MIN_WORD_LENGTH, maxsize=MAX_WORD_LENGTH, renumber=True
        )
        | DualStemFilter()
    )


@lru_cache(maxsize=100_000)
def normalize_word(token: str) -> str:
    """One token as the index sees it: apostrophes joined, lower-cased, accents stripped."""
    return fold(normalize_apostrophes(token))


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


def damerau_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment edit distance: a transposition ("teh"/"the") counts as one edit.

    Returns `limit + 1` as soon as the distance is known to exceed `limit` (cheap rejection).
    """
    if a == b:
        return 0
    la, lb = len(a), len(b)
    if abs(la - lb) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        row_min = cur[0]
        ai = a[i - 1]
        for j in range(1, lb + 1):
            cost = 0 if ai == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            if v < row_min:
                row_min = v
        if row_min > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[lb] if prev[lb] <= limit else limit + 1
