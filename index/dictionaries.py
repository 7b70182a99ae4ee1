"""General bilingual word lists (Spanish, French, Portuguese -> English), read when first needed.

Made at build time from FreeDict's dictionaries by `index/tools/freedict.py` (GPL-2.0-or-later):
`index/data/dict-<lang>.tsv`, a folded headword, a tab, its one-word English translations. A
query word that neither the index nor the curated tables know is searched as all its
translations in one group, so a word with many translations does not outweigh one with few.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from types import MappingProxyType

from index.synonyms import DATA_DIR
from index.text import fold_for_search, foreign_stem, spanish_stem

DICTIONARY_LANGUAGES = ("es", "pt", "fr")
# Headwords are grouped by their first letters for the stem step.
STEM_PREFIX = 3
MIN_STEM_STEP_LENGTH = 5
# French words this frequent are looked up for Creole words even without a dictionary entry:
# many are English words too ("immigration", "document").
COGNATE_MIN_ZIPF = 3.0


class Dictionary(Mapping[str, tuple[str, ...]]):
    """Headword -> English translations, kept as the file's text per headword and split when
    looked up (half the memory of tuples for ~15,000 headwords)."""

    def __init__(self, raw: dict[str, str]) -> None:
        self._raw = raw

    def __getitem__(self, head: str) -> tuple[str, ...]:
        return tuple(self._raw[head].split())

    def __contains__(self, head: object) -> bool:
        return head in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def _data_lines(name: str) -> list[str]:
    """The lines of a file of `index/data/` that are neither empty nor comments ([] when the
    file is missing)."""
    try:
        text = (DATA_DIR / name).read_text(encoding="utf-8")
    except OSError:
        return []
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=len(DICTIONARY_LANGUAGES))
def load_dictionary(lang: str) -> Dictionary:
    """Headword -> English translations for one language (read once; empty if missing)."""
    table: dict[str, str] = {}
    for line in _data_lines(f"dict-{lang}.tsv"):
        head, _, translations = line.partition("\t")
        table[head] = translations
    return Dictionary(table)


def translations(word: str) -> tuple[str, ...]:
    """A folded word's English translations in the first dictionary that has it, or ()."""
    for lang in DICTIONARY_LANGUAGES:
        found = load_dictionary(lang).get(word)
        if found:
            return found
    return ()


def language_stem(lang: str, word: str) -> str:
    """The Snowball stem of a folded Spanish, Portuguese or French word."""
    return spanish_stem(word) if lang == "es" else foreign_stem(lang, word)


@lru_cache(maxsize=len(DICTIONARY_LANGUAGES))
def _by_prefix(lang: str) -> MappingProxyType[str, tuple[str, ...]]:
    """The dictionary's headwords by their first three letters (built on first use, ~5 ms:
    stemming every headword up front would take a few hundred)."""
    table: dict[str, list[str]] = {}
    for head in load_dictionary(lang):
        table.setdefault(head[:STEM_PREFIX], []).append(head)
    return MappingProxyType({k: tuple(v) for k, v in table.items()})


def _same_stem_head(word: str, lang: str) -> str | None:
    """The most frequent headword with the word's Snowball stem (Snowball strips endings, so
    only headwords sharing the stem's beginning are stemmed), or None."""
    from index.langid import word_zipf

    stem = language_stem(lang, word)
    start = stem[: max(STEM_PREFIX, len(stem) - 2)]
    heads = [
        h
        for h in _by_prefix(lang).get(word[:STEM_PREFIX], ())
        if h.startswith(start) and language_stem(lang, h) == stem
    ]
    return max(heads, key=lambda h: (word_zipf(h, lang), h), default=None)


# Pronouns written onto a Spanish infinitive or gerund ("abrirle", "cambiarla", "mudarme"),
# longest first.
SPANISH_ENCLITICS = (
    "selas",
    "selos",
    "sela",
    "selo",
    "les",
    "las",
    "los",
    "nos",
    "le",
    "la",
    "lo",
    "me",
    "te",
    "se",
)


def without_enclitic(word: str, lang: str) -> str | None:
    """A Spanish infinitive or gerund without the pronouns written onto it ("abrirle" ->
    "abrir"), or None."""
    if lang != "es":
        return None
    for pronoun in SPANISH_ENCLITICS:
        verb = word[: -len(pronoun)]
        if word.endswith(pronoun) and len(verb) > 3 and verb.endswith(("ar", "er", "ir", "ndo")):
            return verb
    return None


# Feminine (and plural feminine) participle endings and their masculine headword ending.
FEMININE_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (("ees", "e"), ("ee", "e")),
    "es": (("adas", "ado"), ("ada", "ado"), ("idas", "ido"), ("ida", "ido")),
    "pt": (("adas", "ado"), ("ada", "ado"), ("idas", "ido"), ("ida", "ido")),
}


def masculine_form(word: str, lang: str) -> str | None:
    """The masculine form of a folded feminine participle ("blessee" -> "blesse"), else None."""
    for end, masculine in FEMININE_ENDINGS.get(lang, ()):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + masculine
    return None


@lru_cache(maxsize=1)
def _verb_forms() -> MappingProxyType[tuple[str, str], str]:
    """(language, folded irregular verb form) -> infinitive, from `verb-forms.tsv` (read on
    first use)."""
    table: dict[tuple[str, str], str] = {}
    for line in _data_lines("verb-forms.tsv"):
        lang, infinitive, forms = line.split("\t")
        for form in forms.split(","):
            table.setdefault((lang, fold_for_search(form.strip())), fold_for_search(infinitive))
    return MappingProxyType(table)


def infinitive_of(word: str, lang: str) -> str | None:
    """The infinitive of a folded irregular verb form ("caigo" -> "caer"), else None."""
    return _verb_forms().get((lang, word))


# Spanish and Portuguese verbs whose stem vowel changes when stressed: the form's vowel and
# the infinitive's ("vuelvo" -> "volver", "pierdo" -> "perder", "sirven" -> "servir",
# "sinto" -> "sentir", "durmo" -> "dormir").
STEM_VOWEL_CHANGES = (("ie", "e"), ("ue", "o"), ("i", "e"), ("u", "o"))
VERB_ENDINGS = ("ar", "er", "ir")


def stem_changed_forms(word: str, lang: str) -> tuple[str, ...]:
    """The forms a Spanish or Portuguese verb form would have without its stem-vowel change
    (the last such vowel before the ending; "consigo" -> "consego", "conseguo"; "elijo" ->
    "elejo", "elego")."""
    if lang not in ("es", "pt") or len(word) < MIN_STEM_STEP_LENGTH:
        return ()
    out: list[str] = []
    body, end = word[:-1], word[-1]
    for changed, plain in STEM_VOWEL_CHANGES:
        at = body.rfind(changed)
        if at <= 0:
            continue
        form = body[:at] + plain + body[at + len(changed) :] + end
        out.append(form)
        if form.endswith(("go", "ga")):
            out.append(form[:-1] + "u" + form[-1])  # "consego" -> "conseguo" (seguir)
        if "j" in form[at:]:
            out.append(form[:at] + form[at:].replace("j", "g"))  # "elejo" -> "elego" (elegir)
    return tuple(dict.fromkeys(f for f in out if f != word))


def lemma_translations(word: str, lang: str) -> tuple[str, ...]:
    """A folded word's English translations in one language's dictionary: as a headword, as
    an irregular verb form's infinitive ("prennent" -> "prendre"), as a plural's singular,
    else those of the most frequent headword sharing its Snowball stem ("huellas" ->
    "huella", "cobran" -> "cobrar"), or the infinitive a stem-vowel change hides ("sirven" ->
    "servir")."""
    if lang not in DICTIONARY_LANGUAGES:
        return ()
    table = load_dictionary(lang)
    found = table.get(word)
    if found:
        return found
    # An irregular verb form: its infinitive ("caigo" -> "caer", "prennent" -> "prendre").
    infinitive = infinitive_of(word, lang)
    if infinitive is not None and table.get(infinitive):
        return table[infinitive]
    # A plural: the singular headword ("hermanas" -> "hermana", "papeles" -> "papel").
    for cut in (1, 2):
        if word.endswith("es"[-cut:]) and len(word) > cut + 3:
            found = table.get(word[:-cut])
            if found:
                return found
    # A feminine participle: the masculine headword ("blessee" -> "blesse", "detenida" ->
    # "detenido").
    masculine = masculine_form(word, lang)
    if masculine is not None and table.get(masculine):
        return table[masculine]
    verb = without_enclitic(word, lang)
    if verb is not None and table.get(verb):
        return table[verb]
    if len(word) < MIN_STEM_STEP_LENGTH:
        return ()  # a short word's stem is too short to tell ("dan" is not "dano")
    head = _same_stem_head(verb or word, lang)
    if head is None:
        # A verb whose stem vowel changed ("sirven" -> "servir"): an infinitive only.
        for form in stem_changed_forms(verb or word, lang):
            head = _same_stem_head(form, lang)
            if head is not None and head.endswith(VERB_ENDINGS):
                break
            head = None
    return table[head] if head is not None else ()


@lru_cache(maxsize=len(DICTIONARY_LANGUAGES))
def stop_words(lang: str) -> frozenset[str]:
    """Snowball's little words of Spanish, Portuguese or French, folded (dropped before
    translating)."""
    from whoosh.lang import stopwords_for_language

    return frozenset(fold_for_search(w) for w in stopwords_for_language(lang))


@lru_cache(maxsize=1)
def _french_by_skeleton() -> tuple[dict[str, str], dict[str, tuple[tuple[str, ...], ...]]]:
    """Creole-style skeleton -> the French words that sound so: from `creole-fr.tsv`
    (dictionary headwords and frequent French words, made at build time; kept as the file's
    text, split when looked up), and from the curated tables' French keys and two-word keys
    ("rendez vous"), skeletonised now (read on first use)."""
    from index.creole import french_skeletons
    from index.synonyms import load_lexicon

    made: dict[str, str] = {}
    for line in _data_lines("creole-fr.tsv"):
        skeleton, _, french = line.partition("\t")
        made[skeleton] = french
    lexicon = load_lexicon()
    keys: set[tuple[str, ...]] = {(w,) for w in lexicon.keys_by_lang.get("fr", ())}
    keys.update(k for k in lexicon.synonyms if len(k) == 2)
    tables: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(keys):
        for skeleton in french_skeletons("-".join(key)):
            if len(skeleton) >= 3 and key not in tables.get(skeleton, ()):
                tables.setdefault(skeleton, []).append(key)
    return made, {k: tuple(v) for k, v in tables.items()}


def load_tables() -> None:
    """Read every dictionary and table this module otherwise reads on first need."""
    for lang in DICTIONARY_LANGUAGES:
        _by_prefix(lang)  # reads the dictionary too
        stop_words(lang)
    _verb_forms()
    _french_by_skeleton()


def french_for_creole(word: str) -> tuple[tuple[str, ...], ...]:
    """French words (as synonym-table keys) a folded Creole word may be written from
    ("tribinal" -> tribunal, "randevou" -> rendez vous, "lekol" -> ecole), likeliest first."""
    from index.creole import creole_lookup_keys
    from index.langid import word_zipf

    made, tables = _french_by_skeleton()
    out: list[tuple[str, ...]] = []
    for key in creole_lookup_keys(word):
        found: set[tuple[str, ...]] = {(w,) for w in made.get(key, "").split()}
        found.update(tables.get(key, ()))
        ranked = sorted(found, key=lambda k: (-sum(word_zipf(w, "fr") for w in k), k))
        out.extend(k for k in ranked if k not in out)
    return tuple(out)
