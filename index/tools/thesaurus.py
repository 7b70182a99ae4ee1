"""Make the English thesaurus the query side uses for words a page says otherwise.

Build-time only (`apt-get install wordnet-base`, then `python -m index.tools.thesaurus`): reads
Princeton WordNet 3.0 from `/usr/share/wordnet` (or the folder given) and writes
`index/data/thesaurus-en.tsv`: for each common English word (the words of `freq-en.txt`), keyed
by its stem, the common words WordNet relates to its commonest senses:

- the other words of the same sense ("papers" -> "document"), and words made from the same root
  ("translate" -> "interpreter", "volunteer" -> "voluntary");
- after a "|", the more general words one step up ("groceries" -> "food", "fly" -> "travel").

Only words of `freq-en.txt` at least `MIN_VALUE_ZIPF` frequent are kept, so what a query gains
is an everyday word, never a rare sense. WordNet 3.0 Copyright 2006 by Princeton University,
under the WordNet licence (see About).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

from index.langid import frequencies
from index.text import is_stop, word_key

OUT = Path(__file__).resolve().parents[1] / "data" / "thesaurus-en.tsv"
WORDNET = Path("/usr/share/wordnet")
PARTS = ("noun", "verb", "adj", "adv")
# The parts of speech whose words are looked up (verbs' senses are too many and too loose:
# "disappear" -> "go").
LOOKED_UP = ("noun",)
POS_NAMES = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
# Senses of a word looked at, per part of speech (WordNet lists the commonest first).
MAX_SENSES = 2
# The least frequent word (Zipf) a thesaurus entry may give.
MIN_VALUE_ZIPF = 3.0
MAX_SAME = 8
MAX_BROADER = 4
# A broader sense with more narrower senses than this is too general to stand for one of them
# ("situation", "activity", "person").
MAX_NARROWER = 20
# Suffix rules of WordNet's "morphy" (a word's base form), by part of speech.
SUFFIXES = {
    "noun": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
             ("shes", "sh"), ("men", "man"), ("ies", "y")),
    "verb": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
             ("ing", "e"), ("ing", "")),
    "adj": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "adv": (),
}  # fmt: skip

Synset = tuple[list[str], list[tuple[str, tuple[str, str], str]]]


class WordNet:
    """The parts of WordNet's database files this tool needs."""

    def __init__(self, folder: Path) -> None:
        self.synsets: dict[tuple[str, str], Synset] = {}
        self.senses: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.exceptions: dict[tuple[str, str], list[str]] = {}
        # How many of a word's senses were seen in WordNet's tagged texts (the others are rare).
        self.tagged: dict[tuple[str, str], int] = {}
        for part in PARTS:
            self._read_data(folder / f"data.{part}", part)
            self._read_index(folder / f"index.{part}", part)
        self.narrower: dict[tuple[str, str], int] = {}
        for _, pointers in self.synsets.values():
            for symbol, target, _ in pointers:
                if symbol in ("@", "@i"):
                    self.narrower[target] = self.narrower.get(target, 0) + 1
            exc = folder / f"{part}.exc"
            if exc.exists():
                for line in exc.read_text(encoding="latin-1").splitlines():
                    inflected, *bases = line.split()
                    self.exceptions[(part, inflected)] = bases

    def _read_data(self, path: Path, part: str) -> None:
        for line in path.read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            fields = line.partition(" | ")[0].split()
            n = int(fields[3], 16)
            lemmas = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(n)]
            k = 4 + 2 * n
            pointers = []
            for _ in range(int(fields[k])):
                symbol, offset, pos, source_target = fields[k + 1 : k + 5]
                pointers.append((symbol, (POS_NAMES[pos], offset), source_target))
                k += 4
            self.synsets[(part, fields[0])] = (lemmas, pointers)

    def _read_index(self, path: Path, part: str) -> None:
        for line in path.read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            fields = line.split()
            pointer_count = int(fields[3])
            tagged = int(fields[5 + pointer_count])
            offsets = fields[4 + pointer_count + 2 :]
            self.senses[(part, fields[0])] = [(part, o) for o in offsets]
            self.tagged[(part, fields[0])] = tagged

    def base_forms(self, word: str) -> Iterator[tuple[str, str]]:
        """(part of speech, base form) pairs WordNet knows for an inflected word."""
        for part in PARTS:
            found = set(self.exceptions.get((part, word), ()))
            if (part, word) in self.senses:
                found.add(word)
            for suffix, ending in SUFFIXES[part]:
                if word.endswith(suffix) and len(word) > len(suffix) + 2:
                    base = word[: -len(suffix)] + ending
                    if (part, base) in self.senses:
                        found.add(base)
            for base in sorted(found):
                if (part, base) in self.senses:
                    yield part, base

    def related(self, word: str) -> tuple[list[str], list[str]]:
        """(same-sense and same-root words, broader words) of a word's commonest senses."""
        same: list[str] = []
        broader: list[str] = []
        forms = list(self.base_forms(word))
        any_tagged = any(self.tagged[form] for form in forms)
        for part, base in forms:
            if part not in LOOKED_UP:
                continue
            tagged = self.tagged[(part, base)]
            if any_tagged and not tagged:
                continue  # a part of speech the word is hardly ever used as ("sick" as a verb)
            for key in self.senses[(part, base)][: max(1, min(MAX_SENSES, tagged))]:
                lemmas, pointers = self.synsets[key]
                same.extend(lemmas)
                source = lemmas.index(base) + 1 if base in lemmas else 0
                for symbol, target, source_target in pointers:
                    target_lemmas = self.synsets[target][0]
                    if symbol in ("@", "@i"):
                        if self.narrower.get(target, 0) <= MAX_NARROWER:
                            broader.extend(target_lemmas[:2])
                    elif symbol in ("+", "&", "\\", "^"):
                        if source_target == "0000":
                            same.extend(target_lemmas[:2])
                        elif int(source_target[:2], 16) == source:
                            same.append(target_lemmas[int(source_target[2:], 16) - 1])
        return same, broader


def _keep(words: list[str], key: str, seen: set[str], common: dict[str, float]) -> list[str]:
    out = []
    for w in words:
        if (
            w in seen
            or w not in common
            or common[w] < MIN_VALUE_ZIPF
            or is_stop(w)
            or word_key(w) == key
        ):
            continue
        seen.add(w)
        out.append(w)
    return out


def build(folder: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Stem -> (same words, broader words) for every common English word WordNet knows."""
    wordnet = WordNet(folder)
    common = dict(frequencies("en"))
    table: dict[str, tuple[list[str], list[str]]] = {}
    for word in common:
        if is_stop(word) or not word.isalpha():
            continue
        key = word_key(word)
        same, broader = wordnet.related(word)
        old_same, old_broader = table.get(key, ([], []))
        seen = {word, *old_same, *old_broader}
        new_same = old_same + _keep(same, key, seen, common)
        new_broader = old_broader + _keep(broader, key, seen, common)
        if new_same or new_broader:
            table[key] = (new_same[:MAX_SAME], new_broader[:MAX_BROADER])
    return table


def main(argv: list[str]) -> int:
    """Write index/data/thesaurus-en.tsv from the WordNet folder given (or the Debian one)."""
    folder = Path(argv[0]) if argv else WORDNET
    if not (folder / "data.noun").exists():
        print(f"no WordNet database in {folder}: apt-get install wordnet-base", file=sys.stderr)
        return 1
    table = build(folder)
    lines = [
        "# English thesaurus for query words: stem<TAB>same-sense words[|broader words].",
        "# From Princeton WordNet 3.0 (Copyright 2006 Princeton University, WordNet licence);"
        " made by index/tools/thesaurus.py",
    ]
    for key in sorted(table):
        same, broader = table[key]
        lines.append(f"{key}\t{' '.join(same)}|{' '.join(broader)}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
