"""Convert FreeDict's Spanish, French and Portuguese dictionaries into X -> English word lists.

Build-time only (`python -m index.tools.freedict`): reads the dictd files of Debian's
`dict-freedict-spa-eng`, `-fra-eng`, `-por-eng` and the reverse `-eng-spa`, `-eng-fra`,
`-eng-por` packages and writes `index/data/dict-<lang>.tsv`: a folded one-word headword, a tab,
its one-word English translations (stop words left out), the X -> English dictionary's senses
first, then the English words whose English -> X entry gives the headword (the small X -> English
dictionaries miss everyday words such as "abogado" or "gratis"). FreeDict's dictionaries are
GPL-2.0-or-later; the files keep their source and licence in a header line.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

from index.text import STOP_WORDS, fold_for_search

DICTD = Path("/usr/share/dictd")
OUT = Path(__file__).resolve().parents[1] / "data"
SOURCES = {"es": "spa-eng", "fr": "fra-eng", "pt": "por-eng"}
REVERSE = {"es": "eng-spa", "fr": "eng-fra", "pt": "eng-por"}
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
MAX_TRANSLATIONS = 6
# A reverse entry's foreign word this common in the English -> X dictionary's translations is
# too general to say which English word it is ("hacer" translates 40 English verbs): skipped.
MAX_REVERSE_SOURCES = 8


def _number(text: str) -> int:
    n = 0
    for c in text:
        n = n * 64 + _B64.index(c)
    return n


def _entries(name: str) -> list[tuple[str, list[str]]]:
    """(headword, sense lines) of one dictd dictionary, in its order."""
    with gzip.open(DICTD / f"freedict-{name}.dict.dz") as f:
        data = f.read()
    out = []
    for line in (DICTD / f"freedict-{name}.index").read_text(encoding="utf-8").splitlines():
        head, offset, length = line.split("\t")
        if head.startswith("00database") or " " in head.strip():
            continue
        start = _number(offset)
        out.append((head, data[start : start + _number(length)].decode("utf-8").splitlines()[1:]))
    return out


def _one_words(senses: list[str], keep_stops: bool = False) -> list[str]:
    """The one-word translations in sense lines, folded, in order, without repeats."""
    words: list[str] = []
    for sense in senses:
        sense = re.sub(r"^\s*\d+\.\s*", "", sense)
        for part in re.split(r"[,;]", sense):
            part = fold_for_search(part.strip())
            if (
                re.fullmatch(r"[a-z]+", part)
                and (keep_stops or part not in STOP_WORDS)
                and part not in words
            ):
                words.append(part)
    return words


def read_dictd(name: str) -> dict[str, list[str]]:
    """Headword -> English one-word translations, in the dictionary's order."""
    out: dict[str, list[str]] = {}
    for head, senses in _entries(name):
        words = _one_words(senses)
        key = fold_for_search(head.strip())
        if words and re.fullmatch(r"[a-z]+", key):
            out.setdefault(key, [])
            out[key].extend(w for w in words if w not in out[key])
    return out


def read_reverse(name: str) -> dict[str, list[str]]:
    """Foreign word -> the English headwords whose English -> X entry gives it as one word."""
    out: dict[str, list[str]] = {}
    for head, senses in _entries(name):
        english = fold_for_search(head.strip())
        if not re.fullmatch(r"[a-z]+", english) or english in STOP_WORDS:
            continue
        for foreign in _one_words(senses, keep_stops=True):
            out.setdefault(foreign, [])
            if english not in out[foreign]:
                out[foreign].append(english)
    return {k: v for k, v in out.items() if len(v) <= MAX_REVERSE_SOURCES}


def main() -> int:
    """Write index/data/dict-<lang>.tsv for each source found."""
    for lang, name in SOURCES.items():
        if not (DICTD / f"freedict-{name}.index").is_file():
            print(f"skipped {lang}: install dict-freedict-{name}", file=sys.stderr)
            continue
        entries = read_dictd(name)
        used = [name]
        reverse = REVERSE[lang]
        if (DICTD / f"freedict-{reverse}.index").is_file():
            used.append(reverse)
            for foreign, english in read_reverse(reverse).items():
                have = entries.setdefault(foreign, [])
                have.extend(w for w in english if w not in have)
        else:
            print(f"{lang}: without {reverse} (install dict-freedict-{reverse})", file=sys.stderr)
        lines = [
            f"# FreeDict {' and '.join(used)} (https://freedict.org/), GPL-2.0-or-later; made by "
            "index/tools/freedict.py"
        ]
        lines += [f"{k}\t{' '.join(v[:MAX_TRANSLATIONS])}" for k, v in sorted(entries.items())]
        (OUT / f"dict-{lang}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{lang}: {len(entries)} headwords")
    return 0


if __name__ == "__main__":
    sys.exit(main())
