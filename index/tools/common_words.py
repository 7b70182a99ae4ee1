"""Find the real English words the speller would "correct" into another language's word.

The speller's candidates include every curated table's words, so a frequent English word the
index lacks can become a Spanish, Portuguese, French or Creole word one edit away ("eat" ->
"ead", "door" -> "doar", "price" -> "privé") and search for what that word means. Such English
words belong in `words.json`'s `common_words` (never corrected). Run after changing the tables:

    python -m index.tools.common_words            # list them
    python -m index.tools.common_words --write    # add them to words.json

A word is listed when it is in `freq-en.txt` at Zipf `MIN_ZIPF` or more, the built-in index
corrects it, the correction is no English word (Zipf under 3), and the correction's curated
meaning does not include the word itself ("spouse" -> "épouse" means spouse: kept, it helps).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from index.langid import frequencies, word_zipf
from index.synonyms import DATA_DIR, load_lexicon
from index.text import word_terms

MIN_ZIPF = 3.3
ENGLISH_ZIPF = 3.0


def english_words() -> list[str]:
    """The frequency list's English words of `MIN_ZIPF` or more, letters only."""
    return sorted(w for w, z in frequencies("en").items() if z >= MIN_ZIPF and w.isalpha())


def misread(search_suggestion: Callable[[str], str | None]) -> list[str]:
    """The English words that `search_suggestion(word)` (a "did you mean" for a one-word
    query, or None) turns into a word of another language that does not mean them."""
    lexicon = load_lexicon()
    out = []
    for word in english_words():
        if word in lexicon.common_words:
            continue
        fixed = search_suggestion(word)
        if not fixed or fixed == word or word_zipf(fixed, "en") >= ENGLISH_ZIPF:
            continue
        means = lexicon.synonyms.get((fixed,), ())
        if word_terms(word) & {t for m in means for t in word_terms(m)}:
            continue  # a cognate: the correction means the word
        out.append(word)
    return out


def main(argv: list[str] | None = None) -> int:
    """List (or with --write, add to words.json) the English words misread as another
    language's word by a freshly built index of the built-in content."""
    from index.build import build_index
    from index.search import Searcher

    args = sys.argv[1:] if argv is None else argv
    content = Path(__file__).resolve().parents[2] / "content"
    with tempfile.TemporaryDirectory() as tmp:
        built = build_index(content, Path(tmp) / "ix")
        with Searcher.open(built.path) as searcher:
            words = misread(lambda w: searcher.search(w).suggestion)
    print(" ".join(words))
    if "--write" in args and words:
        path = DATA_DIR / "words.json"
        tables = json.loads(path.read_text(encoding="utf-8"))
        common = set(tables["common_words"]["words"]) | set(words)
        tables["common_words"]["words"] = sorted(common)
        path.write_text(json.dumps(tables, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
