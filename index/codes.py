"""Phone numbers, form codes and web addresses, which the tokenizer cuts into several words.

The text writes "1-888-351-4024", "I-385", "checkin.ice.gov"; people type "18883514024",
"i 385", "checkin ice gov". Both sides get one joined token for each (see `index.analysis`).
"""

from __future__ import annotations

import re

from index.text import fold_for_search

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
            out.append((m.end(), fold_for_search(m.group(1) + m.group(2))))
    if "." in text:
        for m in DOMAIN_RE.finditer(text):
            parts = fold_for_search(m.group()).split(".")
            if parts[-1] in DOMAIN_ENDINGS:
                out.append((m.end(), "".join(parts)))
                if parts[0] == "www" and len(parts) > 2:
                    out.append((m.end(), "".join(parts[1:])))
        out.sort(key=lambda e: e[0])
    return out


# A word written with a hyphen ("Wi-Fi", "walk-in", "e-mail", "drop-in") is typed joined as
# often ("wifi", "walkin"): the index gets the joined word too, as a word of the text.
HYPHEN_WORD_RE = re.compile(
    r"(?<![\w\-\u2010\u2011])([^\W\d_]{1,10})[\-\u2010\u2011]([^\W\d_]{1,10})(?![\w\-\u2010\u2011])"
)


def hyphen_words(text: str) -> list[tuple[int, str]]:
    """Words of two parts joined by a hyphen: (character offset of their end, joined word)
    ("Wi-Fi" -> "wifi")."""
    if "-" not in text and "\u2010" not in text and "\u2011" not in text:
        return []
    return [
        (m.end(), fold_for_search(m.group(1) + m.group(2))) for m in HYPHEN_WORD_RE.finditer(text)
    ]


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
