"""Make the small word-frequency lists that tell a query word's language.

Build-time only (`pip install wordfreq==3.1.1`, then `python -m index.tools.wordlists`): the
app does not ship `wordfreq` (its data is ~58 MB); it ships the most frequent words of English,
Spanish, Portuguese and French, folded as search folds them, most frequent first:
`index/data/freq-<lang>.txt`, one line per Zipf frequency (log10 of uses per billion words, 1
decimal): the frequency, a tab, the words of that frequency separated by spaces. Data: wordfreq by Robyn Speer, CC BY-SA 4.0.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from index.text import fold_for_search

OUT = Path(__file__).resolve().parents[1] / "data"
LANGUAGES = ("en", "es", "pt", "fr")
WORDS_PER_LANGUAGE = 12_000


def main() -> int:
    """Write index/data/freq-<lang>.txt for each language."""
    try:
        import wordfreq
    except ImportError:
        print("install wordfreq==3.1.1 first (build time only)", file=sys.stderr)
        return 1
    for lang in LANGUAGES:
        seen: dict[str, float] = {}
        for word in wordfreq.top_n_list(lang, WORDS_PER_LANGUAGE * 2):
            folded = fold_for_search(word)
            if not re.fullmatch(r"[a-z]+", folded) or folded in seen:
                continue
            seen[folded] = wordfreq.zipf_frequency(word, lang)
            if len(seen) >= WORDS_PER_LANGUAGE:
                break
        lines = [
            f"# wordfreq {wordfreq.__version__ if hasattr(wordfreq, '__version__') else '3.1.1'}"
            f" ({lang}) by Robyn Speer, CC BY-SA 4.0; made by index/tools/wordlists.py",
        ]
        buckets: dict[str, list[str]] = {}
        for w, z in seen.items():
            buckets.setdefault(f"{z:.1f}", []).append(w)
        lines += [f"{z}\t{' '.join(ws)}" for z, ws in buckets.items()]
        (OUT / f"freq-{lang}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{lang}: {len(seen)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
