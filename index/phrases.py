"""Phrases of titles and keywords that a query repeats: bonuses and near-exact titles.

Titles and keyword phrases are stored as word keys (`index.text.phrase_keys`) in the index's
`Vocabulary`; a query's words are compared with them run by run.
"""

from __future__ import annotations

from functools import lru_cache

from index.query import QueryGroup
from index.synonyms import load_lexicon
from index.text import STOP_WORDS, phrase_keys, word_key
from index.vocabulary import Vocabulary

# Multiplier per extra word of a run shared with a title or keyword phrase (see phrase_bonus).
PHRASE_BONUS = 0.5
PHRASE_COVER_POWER = 2.0
# A title or keyword phrase whose content words the query has in another order or through
# translations ("avocat gratuit" for "free lawyer"): a share of the phrase bonus per word.
UNORDERED_PHRASE_SHARE = 0.4
# Articles whose title the query says almost exactly (every content word of the title, at most
# NEAR_TITLE_EXTRA other content words for a title of three content words or more) come before
# all others.
NEAR_TITLE_EXTRA = 1


@lru_cache(maxsize=1)
def little_keys() -> frozenset[str]:
    """Stop words and the keys of the little words the lexicon says say nothing ("hago",
    "puedo", "tenho": `drop_words` and `function_words`): no content of a phrase ("que hago",
    a keyword of one built-in answer, is every Spanish "what do I do")."""
    synonyms = load_lexicon().synonyms
    little = {word_key(key[0]) for key, meant in synonyms.items() if len(key) == 1 and not meant}
    return frozenset(little) | STOP_WORDS


def longest_common_run(a: list[str], b: tuple[str, ...] | list[str]) -> tuple[int, int]:
    """The longest run of consecutive keys found in both: (length, content words in it).

    Only runs holding at least one content word count ("what is ice" does, "what is" not).
    """
    best = (0, 0)
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        ai = a[i - 1]
        for j in range(1, len(b) + 1):
            if ai == b[j - 1]:
                n = cur[j] = prev[j - 1] + 1
                if n > best[0]:
                    content = sum(1 for w in a[i - n : i] if w not in little_keys())
                    if content:
                        best = (n, content)
        prev = cur
    return best


def phrase_bonus(
    v: Vocabulary, keys: list[str], titles_only: bool = False, keyword_cap: bool = False
) -> tuple[dict[int, float], set[int]]:
    """Multipliers for articles whose title or a keyword phrase the query repeats.

    Also returns the articles whose whole title the query contains. Only titles count when
    `titles_only`; with `keyword_cap`, a keyword phrase counts no more than a title phrase
    reached through translations (see unordered_phrase_bonus) would.
    Stop words count here ("what is ice", "cuando es mi cita"): a run of at least two
    words in a row, with a content word, shared with a title or keyword phrase. A run that
    covers only a little of a long title needs two content words ("can i get" is not
    enough to mean "Can I get a new one?").
    """
    pids: set[int] = set()
    for bg in zip(keys, keys[1:], strict=False):
        # A run holding a content word holds a pair of words with one: pairs of little
        # words alone ("what if", shared by many titles) find nothing more.
        if bg[0] not in little_keys() or bg[1] not in little_keys():
            pids.update(v.bigrams.get(bg, ()))
    bonus: dict[int, float] = {}
    whole_titles: set[int] = set()
    runs: dict[tuple[str, ...], tuple[int, int]] = {}  # the same phrase in many articles
    for pid in pids:
        if titles_only and pid not in v.title_phrases:
            continue
        doc, phrase = v.phrases[pid]
        found = runs.get(phrase)
        if found is None:
            found = runs[phrase] = longest_common_run(keys, phrase)
        run, content = found
        cover = run / len(phrase)
        if cover == 1.0 and pid in v.title_phrases:
            whole_titles.add(doc)
        if run < 2 or (content < 2 and cover < 0.5):
            continue
        factor = 1.0 + PHRASE_BONUS * min(run - 1, 3) * cover**PHRASE_COVER_POWER
        if keyword_cap and pid not in v.title_phrases:
            factor = min(factor, 1.0 + UNORDERED_PHRASE_SHARE * PHRASE_BONUS * min(content, 3))
        if factor > bonus.get(doc, 1.0):
            bonus[doc] = factor
    return bonus, whole_titles


def unordered_phrase_bonus(
    v: Vocabulary, groups: list[QueryGroup], titles_only: bool = False
) -> dict[int, float]:
    """Multipliers for articles with a title or keyword phrase of two or more content words
    every one of which some group of the query stands for, in any order.

    Queries in another language reach the English phrases only through their groups'
    translations, whose order is the other language's ("avoka gratis", "free lawyer"). Only
    titles count when `titles_only`.
    """
    terms: set[str] = set()
    for g in groups:
        terms.update(g.alts)
    pids: set[int] = set()
    for t in terms:
        pids.update(v.phrases_by_key.get(t, ()))
    bonus: dict[int, float] = {}
    for pid in pids:
        if titles_only and pid not in v.title_phrases:
            continue
        content = v.content_phrases[pid]
        if content <= terms:
            doc = v.phrases[pid][0]
            factor = 1.0 + UNORDERED_PHRASE_SHARE * PHRASE_BONUS * min(len(content) - 1, 3)
            if factor > bonus.get(doc, 1.0):
                bonus[doc] = factor
    return bonus


def near_titles(v: Vocabulary, toks: list[str]) -> set[int]:
    """Articles whose title's content words the query all has (by stem), with at most
    NEAR_TITLE_EXTRA content words more: "lost work permit card replace" for "My work
    permit card was lost or stolen. How do I replace it?" is not enough ("stolen")."""
    said = {k for k in phrase_keys(toks) if k not in STOP_WORDS}
    if len(said) < 2:
        return set()
    out: set[int] = set()
    for key in said:
        for pid in v.phrases_by_key.get(key, ()):
            if pid in v.title_phrases:
                content = v.content_phrases[pid]
                # (A short title is near-exact only when said exactly: "work permit lost"
                # does not mean a page titled "Work permits".)
                extra = NEAR_TITLE_EXTRA if len(content) >= 3 else 0
                if content <= said and len(said - content) <= extra:
                    out.add(v.phrases[pid][0])
    return out
