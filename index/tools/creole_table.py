"""Make the Creole -> French look-up table: French words by the skeleton of their sound.

Build-time only (`python -m index.tools.creole_table`, after the dictionaries and frequency
lists): `index/data/creole-fr.tsv`, one skeleton a line (see `index.creole.french_skeletons`),
a tab, the French words (dictionary headwords and frequent French words) with that skeleton,
most frequent first. Made ahead because skeletons of ~15,000 words take a third of a second;
the curated tables' few French keys are added when it is read. A test checks it is current.
"""

from __future__ import annotations

import sys
from pathlib import Path

from index.creole import french_skeletons

OUT = Path(__file__).resolve().parents[1] / "data" / "creole-fr.tsv"
HEADER = (
    "# French words by how Haitian Creole spells their sound (skeleton<TAB>words, most frequent"
    " first); made by index/tools/creole_table.py from dict-fr.tsv and freq-fr.txt"
)


def table_text() -> str:
    """The file's text, from the current dictionary, frequency list and skeleton rules."""
    from index.dictionaries import COGNATE_MIN_ZIPF, load_dictionary
    from index.langid import frequencies, word_zipf

    french = set(load_dictionary("fr"))
    french.update(w for w, z in frequencies("fr").items() if z >= COGNATE_MIN_ZIPF)
    table: dict[str, list[str]] = {}
    for word in french:
        for skeleton in french_skeletons(word):
            if len(skeleton) >= 3 and word not in table.get(skeleton, ()):
                table.setdefault(skeleton, []).append(word)
    lines = [HEADER]
    for skeleton in sorted(table):
        ranked = sorted(table[skeleton], key=lambda w: (-word_zipf(w, "fr"), w))
        lines.append(f"{skeleton}\t{' '.join(ranked)}")
    return "\n".join(lines) + "\n"


def main() -> int:
    """Write index/data/creole-fr.tsv."""
    OUT.write_text(table_text(), encoding="utf-8")
    print(f"{OUT.name}: {OUT.read_text(encoding='utf-8').count(chr(10)) - 1} skeletons")
    return 0


if __name__ == "__main__":
    sys.exit(main())
