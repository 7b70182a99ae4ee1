"""Spelling correction from the index's own vocabulary: fewest edits, then the commoner word.

Candidates are the articles' words, the keywords' words, the synonym table's words and the stop
words. A correction is searched (a little below the word as typed would be) and offered as
"did you mean".
"""

from __future__ import annotations

from collections.abc import Callable

from index.langid import frequencies
from index.lru import LRU
from index.text import STOP_WORDS, stems
from index.vocabulary import Vocabulary


class Speller:
    """Corrections for words the index does not know (cached; one per Searcher)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._v = vocabulary
        self._cache = LRU(4096)
        # Correction candidates, bucketed by length for cheap distance filtering.
        # Each with its letters as a bit mask: a cheap, exact first filter (see `correct`).
        by_length: dict[int, list[str]] = {}
        for w in set(vocabulary.completion) | vocabulary.keyword_words | STOP_WORDS:
            if not w.isdigit():
                by_length.setdefault(len(w), []).append(w)
        self._by_length = {
            n: (tuple(sorted(ws)), tuple(letter_mask(w) for w in sorted(ws)))
            for n, ws in by_length.items()
        }
        # Real words: the articles' own and the synonym table's (no keyword misspellings).
        self._real_words = vocabulary.text_words | vocabulary.synonym_words
        # Common English words by length, made on first use (see `common_word`).
        self._common: dict[int, tuple[tuple[str, ...], tuple[int, ...]]] | None = None

    def frequency(self, word: str) -> tuple[int, int]:
        """(document frequency, total frequency) of a word; stop words are the commonest."""
        if word in STOP_WORDS:
            # As common as the commonest word, but a content word wins a tie ("ise" -> "ice").
            return (self._v.ndocs, 0)
        return self._v.completion.get(word, (0, 0))

    def correct(self, word: str, text_only: bool = False) -> str | None:
        """The most likely intended word for one the index does not know, or None.

        Within 1 edit (short words) or 2, fewest edits first, then same first letter, then
        the commonest. `text_only` keeps to real words: the articles' own and the synonym
        table's (no keyword misspellings).
        """
        key_ = (word, text_only)
        if key_ in self._cache:
            return self._cache[key_]
        real = self._real_words if text_only else None
        sounded = sounds_like(word, self._real_words)
        if sounded is not None:
            return self._cache.put(key_, sounded)
        found = _nearest(word, self._by_length, self.frequency, real)
        return self._cache.put(key_, found[0] if found else None)

    def common_word(self, word: str) -> tuple[str, int] | None:
        """The common English word (of the frequency list, in the index or not) one edit from
        a typed one, or None (commoner first among equals): "sombody" is "somebody", where
        the index's nearest word is "nobody", two edits away."""
        key_ = ("common", word)
        if key_ in self._cache:
            return self._cache[key_]
        zipf = frequencies("en")
        found = _nearest(word, self.common_by_length(), lambda w: (zipf.get(w, 0.0), 0), most=1)
        return self._cache.put(key_, found)

    def common_by_length(self) -> dict[int, tuple[tuple[str, ...], tuple[int, ...]]]:
        """The frequency list's English words by length with their letter masks (made on
        first use, or in idle time by `Searcher.warm_up`)."""
        if self._common is None:
            by_length: dict[int, list[str]] = {}
            for w in frequencies("en"):
                by_length.setdefault(len(w), []).append(w)
            self._common = {
                n: (tuple(sorted(ws)), tuple(letter_mask(w) for w in sorted(ws)))
                for n, ws in by_length.items()
            }
        return self._common

    def meant_instead(self, word: str, fixed: str, known: Callable[[str], bool]) -> str | None:
        """The common English word a typo is nearer to than to `fixed`, the index's nearest
        word, if no article holds it (else None: the correction stands): "sombody" is
        "somebody" (one edit), not the index's "nobody" (two)."""
        if damerau_distance(word, fixed, 2) < 2:
            return None  # one edit: nothing is nearer but the word itself
        common = self.common_word(word)
        if common is None or known(common[0]):
            return None
        meant = common[0]
        # Only when the two are different words ("lisence" is the index's "license", not
        # "licence"), and not when the typo only leaves out letters of the index's word
        # ("govement" is "government", not "movement"): the commonest typing slip.
        if damerau_distance(meant, fixed, 2) <= 2:
            return None
        letters = iter(fixed)
        if all(c in letters for c in word):
            return None
        return meant

    def keyword_variant(self, word: str, common_words: frozenset[str]) -> str | None:
        """For a word known only from keywords, the article word it misspells (1 edit), if any."""
        v = self._v
        if word in v.text_words or word not in v.keyword_words or len(word) < 5:
            return None
        if word in common_words or stems(word)[0] in v.text_stems:
            return None
        fixed = self.correct(word, text_only=True)
        if fixed is None or damerau_distance(word, fixed, 1) > 1:
            return None
        if set(stems(word)) & set(stems(fixed)):
            return None  # another form of the same word ("weeks", "week"), not a misspelling
        return fixed

    def display_word(self, word: str) -> str:
        """The word to show for a correction: a keyword misspelling is shown as the real word."""
        v = self._v
        if word in v.text_words or word in v.synonym_words or word in STOP_WORDS:
            return word
        return self.correct(word, text_only=True) or word


# Letters English writes another way for the same sound, as people who learnt the words by
# ear type them ("fone", "foto": phone, photo; "klinik": clinic).
SOUND_SPELLINGS: tuple[tuple[str, str], ...] = (("f", "ph"), ("k", "c"))


def sounds_like(word: str, real: frozenset[str] | set[str]) -> str | None:
    """The real word a typed one spells by sound, or None: every "f" written "ph" ("fone"),
    or one of them; the same for "k" written "c" ("klinik")."""
    for typed, written in SOUND_SPELLINGS:
        if typed not in word:
            continue
        every = word.replace(typed, written)
        if every in real:
            return every
        start = word.find(typed)
        while start >= 0:
            one = word[:start] + written + word[start + len(typed) :]
            if one in real:
                return one
            start = word.find(typed, start + 1)
    return None


def _nearest(
    word: str,
    by_length: dict[int, tuple[tuple[str, ...], tuple[int, ...]]],
    frequency: Callable[[str], tuple[float, float]],
    only: frozenset[str] | set[str] | None = None,
    most: int = 2,
) -> tuple[str, int] | None:
    """The candidate nearest `word` and its number of edits: within 1 edit (short words) or
    `most`, fewest edits first, then same first letter, then the commonest (by `frequency`)."""
    if len(word) < 3 or any(c.isdigit() for c in word):
        return None
    # Two edits only for longer words: short real words ("judge", "reply") are too often two
    # edits from an unrelated word of the index.
    limit = min(most, 1 if len(word) <= 6 else 2)
    mask = letter_mask(word)
    best: tuple[str, int] | None = None
    best_key: tuple[int, int, float, float, str] | None = None
    for length in range(len(word) - limit, len(word) + limit + 1):
        cands, masks = by_length.get(length, ((), ()))
        for cand, cand_mask in zip(cands, masks, strict=True):
            # Each edit brings in at most one letter the other word lacks, and takes away at
            # most one: a cheap, exact rejection of most words before the costly distance
            # (these searches run on every keystroke of a new word). (Letters sharing a bit
            # only make the test looser, never wrong.)
            if (mask & ~cand_mask).bit_count() > limit or (cand_mask & ~mask).bit_count() > limit:
                continue
            if only is not None and cand not in only:
                continue
            d = damerau_distance(word, cand, limit)
            if d > limit:
                continue
            # Fewer edits first, then same first letter, then the commoner word.
            df, tf = frequency(cand)
            key = (d, 0 if cand[0] == word[0] else 1, -df, -tf, cand)
            if best_key is None or key < best_key:
                best_key, best = key, (cand, d)
    return best


def letter_mask(word: str) -> int:
    """The letters of a word as bits of an int (letters may share a bit: 64 bits in all)."""
    mask = 0
    for c in word:
        mask |= 1 << (ord(c) & 63)
    return mask


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
