"""Convert FreeDict's Spanish, French and Portuguese to English dictionaries into word lists.

Build-time only (`python -m index.tools.freedict`): reads the dictd files of Debian's
`dict-freedict-spa-eng`, `dict-freedict-fra-eng` and `dict-freedict-por-eng` packages and writes
`index/data/dict-<lang>.tsv`: a folded one-word headword, a tab, its one-word English
translations (stop words left out). FreeDict's dictionaries are GPL-2.0-or-later; the files
keep their source and licence in a header line.
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
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
MAX_TRANSLATIONS = 6


def _number(text: str) -> int:
    n = 0
    for c in text:
        n = n * 64 + _B64.index(c)
    return n


def read_dictd(name: str) -> dict[str, list[str]]:
    """Headword -> English one-word translations, in the dictionary's order."""
    with gzip.open(DICTD / f"freedict-{name}.dict.dz") as f:
        data = f.read()
    out: dict[str, list[str]] = {}
    for line in (DICTD / f"freedict-{name}.index").read_text(encoding="utf-8").splitlines():
        head, offset, length = line.split("\t")
        if head.startswith("00database") or " " in head.strip():
            continue
        start = _number(offset)
        entry = data[start : start + _number(length)].decode("utf-8").splitlines()[1:]
        words: list[str] = []
        for sense in entry:
            sense = re.sub(r"^\s*\d+\.\s*", "", sense)
            for part in re.split(r"[,;]", sense):
                part = fold_for_search(part.strip())
                if re.fullmatch(r"[a-z]+", part) and part not in STOP_WORDS and part not in words:
                    words.append(part)
        key = fold_for_search(head.strip())
        if words and re.fullmatch(r"[a-z]+", key):
            out.setdefault(key, [])
            out[key].extend(w for w in words if w not in out[key])
    return out


def main() -> int:
    """Write index/data/dict-<lang>.tsv for each source found."""
    for lang, name in SOURCES.items():
        if not (DICTD / f"freedict-{name}.index").is_file():
            print(f"skipped {lang}: install dict-freedict-{name}", file=sys.stderr)
            continue
        entries = read_dictd(name)
        lines = [
            f"# FreeDict {name} (https://freedict.org/), GPL-2.0-or-later; made by "
            "index/tools/freedict.py"
        ]
        lines += [f"{k}\t{' '.join(v[:MAX_TRANSLATIONS])}" for k, v in sorted(entries.items())]
        (OUT / f"dict-{lang}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{lang}: {len(entries)} headwords")
    return 0


if __name__ == "__main__":
    sys.exit(main())
