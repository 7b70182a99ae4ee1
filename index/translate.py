"""Query words of Spanish, Portuguese, French and Haitian Creole searched as English.

For a word of a query in one of those languages (`index.langid`) that the curated tables do
not list as typed: a term marked for that language only ("lèt"), else nothing if it is an
English word typed in it, nothing either if it is a little word of the language; else its
English translations, in order of trust:

1. another form of a curated-table word, by the language's Snowball stem;
2. the bilingual dictionary (`index.dictionaries`), as a headword or through its stem (not
   for the most frequent words, whose senses are noise);
3. for Creole: other Creole spellings of a table word, then the French words it is spelt
   from ("tribinal" -> "tribunal", "randevou" -> "rendez-vous"): the same word in English,
   else through the French table and dictionary.

Only translations some article holds are kept, at most `MAX_TRANSLATIONS` (with the past
forms of irregular English verbs), and the caller searches them as one group (a word with many
translations weighs as much as a word with one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from index.creole import creole_spellings
from index.dictionaries import french_for_creole, lemma_translations, masculine_form, stop_words
from index.langid import creole_little_words, is_english_word, word_zipf
from index.synonyms import SynonymTables
from index.text import foreign_stem, spanish_stem

# The most translations of one word searched (the dictionary's first senses first).
MAX_TRANSLATIONS = 4
MAX_DICTIONARY_SENSES = 2
# Little words as people type them, beside Snowball's stop lists ("pa" for "para", "pra" for
# "para", "svp" for "s'il vous plait").
INFORMAL_LITTLE_WORDS = {
    "es": frozenset({"pa", "pal", "q", "k", "xq", "pq", "porfa", "x", "d", "tb"}),
    "pt": frozenset({"pra", "pro", "pros", "pras", "q", "vc", "vcs", "tb", "tbm", "td", "n"}),
    "fr": frozenset({"svp", "stp", "c", "j", "qd", "pr", "ds", "bjr", "slt", "tt"}),
    "ht": frozenset(),
}
# Past forms of common irregular English verbs (a translation's forms the stemmer cannot make).
IRREGULAR_VERBS: dict[str, tuple[str, ...]] = {
    "begin": ("began", "begun"),
    "break": ("broke", "broken"),
    "bring": ("brought",),
    "buy": ("bought",),
    "choose": ("chose", "chosen"),
    "come": ("came",),
    "do": ("did", "done"),
    "drive": ("drove", "driven"),
    "eat": ("ate", "eaten"),
    "fall": ("fell", "fallen"),
    "feel": ("felt",),
    "find": ("found",),
    "fly": ("flew", "flown"),
    "forget": ("forgot", "forgotten"),
    "get": ("got", "gotten"),
    "give": ("gave", "given"),
    "go": ("went", "gone"),
    "have": ("had",),
    "hear": ("heard",),
    "hold": ("held",),
    "keep": ("kept",),
    "know": ("knew", "known"),
    "leave": ("left",),
    "lend": ("lent",),
    "lose": ("lost",),
    "make": ("made",),
    "meet": ("met",),
    "pay": ("paid",),
    "ride": ("rode", "ridden"),
    "run": ("ran",),
    "say": ("said",),
    "see": ("saw", "seen"),
    "sell": ("sold",),
    "send": ("sent",),
    "sit": ("sat",),
    "sleep": ("slept",),
    "speak": ("spoke", "spoken"),
    "spend": ("spent",),
    "stand": ("stood",),
    "steal": ("stole", "stolen"),
    "take": ("took", "taken"),
    "teach": ("taught",),
    "tell": ("told",),
    "think": ("thought",),
    "understand": ("understood",),
    "wear": ("wore", "worn"),
    "win": ("won",),
    "write": ("wrote", "written"),
}
# The French words a Creole word may come from that are tried (likeliest first; further ones
# are mostly chance look-alikes: "kat" is a card, not "quatre").
MAX_FRENCH_CANDIDATES = 2
MIN_FRENCH_ROUTE_LENGTH = 4
# Words this frequent ("hacer", "fazer", "faire": do, make) say little, and their many
# dictionary senses are noise: not looked up in the dictionaries.
MAX_DICTIONARY_ZIPF = 6.0
# A word this frequent in the query's language is a word of it, even when no dictionary has
# it: never "corrected" to an English word it looks like.
MIN_WORD_ZIPF = 2.0


# Endings of Spanish, Portuguese and French words and the English endings of the same Latin
# words ("evaluacion" -> "evaluation", "comunidade" -> "community", "securite" -> "security"):
# for a word no table or dictionary has, the English words so made that some article holds.
_ROMANCE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ciones", ("tions",)),
    ("cion", ("tion",)),
    ("siones", ("sions",)),
    ("sion", ("sion",)),
    ("coes", ("tions",)),
    ("cao", ("tion",)),
    ("soes", ("sions",)),
    ("sao", ("sion",)),
    ("idades", ("ities",)),
    ("idade", ("ity",)),
    ("idad", ("ity",)),
    ("dades", ("ties",)),
    ("dade", ("ty",)),
    ("dad", ("ty",)),
    ("ite", ("ity",)),
    ("mente", ("ly",)),
    ("ement", ("ly",)),
    ("icos", ("ics", "ical")),
    ("icas", ("ics", "ical")),
    ("ico", ("ic", "ical")),
    ("ica", ("ic", "ical", "ics")),
    ("ique", ("ic", "ical")),
    ("iques", ("ics", "ical")),
    ("osos", ("ous",)),
    ("osas", ("ous",)),
    ("oso", ("ous",)),
    ("osa", ("ous",)),
    ("euse", ("ous",)),
    ("eux", ("ous",)),
    ("istas", ("ists",)),
    ("ista", ("ist",)),
    ("iste", ("ist",)),
    ("ismo", ("ism",)),
    ("isme", ("ism",)),
    ("ivos", ("ive", "ives")),
    ("ivas", ("ive", "ives")),
    ("ivo", ("ive",)),
    ("iva", ("ive",)),
    ("ive", ("ive",)),
    ("if", ("ive",)),
    ("arios", ("aries", "ary")),
    ("arias", ("aries", "ary")),
    ("ario", ("ary",)),
    ("aria", ("ary",)),
    ("aire", ("ary",)),
    ("encias", ("ences", "encies")),
    ("encia", ("ence", "ency")),
    ("ancias", ("ances", "ancies")),
    ("ancia", ("ance", "ancy")),
    ("entes", ("ents",)),
    ("ente", ("ent",)),
    ("antes", ("ants",)),
    ("ante", ("ant",)),
    ("uras", ("ures",)),
    ("ura", ("ure",)),
    ("ales", ("al", "als")),
    ("ale", ("al",)),
    ("elle", ("al",)),
    ("el", ("al",)),
    ("imo", ("imum",)),
    ("aveis", ("able", "ible")),
    ("avel", ("able", "ible")),
    ("iveis", ("ible",)),
    ("ivel", ("ible",)),
    ("tres", ("ters",)),
    ("tre", ("ter",)),
    ("tros", ("ters",)),
    ("tro", ("ter",)),
    ("ia", ("y",)),
    ("ie", ("y",)),
)
# Spellings of Greek words in the Romance languages and in English ("psicologica" ->
# "psychological", "farmacia" -> "pharmacy", "terapia" -> "therapy").
_GREEK_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("psico", "psycho"),
    ("psiqui", "psychi"),
    ("psych", "psych"),
    ("fisi", "physi"),
    ("farma", "pharma"),
    ("pharma", "pharma"),
    ("tera", "thera"),
    ("teo", "theo"),
)
MIN_COGNATE_STEM = 3


def cognates(word: str, lang: str, known: Callable[[str], bool]) -> tuple[str, ...]:
    """English words of the same Latin or Greek root as a Spanish, Portuguese or French word
    that some article holds ("evaluacion" -> "evaluation", "terapia" -> "therapy")."""
    starts = [word]
    for romance, english in _GREEK_SPELLINGS:
        if word.startswith(romance) and romance != english:
            starts.append(english + word[len(romance) :])
    found: list[str] = []
    for start in starts:
        for ending, englishes in _ROMANCE_ENDINGS:
            stem = start[: -len(ending)]
            if start.endswith(ending) and len(stem) >= MIN_COGNATE_STEM:
                found.extend(c for e in englishes if (c := stem + e) != word and known(c))
        if start != word and known(start):
            found.append(start)
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class ForeignWord:
    """What a word of a non-English query stands for."""

    english: tuple[str, ...]  # translations some article holds (may be empty)
    drop: bool = False  # a little word of the query's language: searched as nothing
    curated: bool = True  # from the curated tables (else a general dictionary's)


def foreign_word(
    word: str, lang: str, tables: SynonymTables, known: Callable[[str], bool]
) -> ForeignWord | None:
    """A folded word of a query in `lang` as English (see the module docstring); None when it
    is not a word of that language (an English word, a name, a typo: left to the usual
    handling)."""
    if lang == "en":
        return None
    table = tables.lexicon.language_terms.get(lang)
    own = table.get(word) if table is not None else None
    if own:
        # A term of this language only ("lèt" in a Creole query): before the English test.
        # (Even when no article holds its English: a word of the query's language, never to
        # be "corrected" into an English one, "robo" into "roto".)
        return ForeignWord(tuple(t for t in own if known(t))[:MAX_TRANSLATIONS])
    if is_english_word(word, lang):
        return None
    if word in (creole_little_words() if lang == "ht" else stop_words(lang)) or (
        word in INFORMAL_LITTLE_WORDS.get(lang, ())
    ):
        return ForeignWord((), drop=True)
    found = _table_stems(word, lang, tables)
    masculine = masculine_form(word, lang)
    if not found and masculine is not None:
        found = _table_stems(masculine, lang, tables)  # "blessee": the table has "blesse"
    curated = bool(found)
    if not found and word_zipf(word, lang) < MAX_DICTIONARY_ZIPF:
        found = _dictionary(word, lang, known)
    if not found and lang == "ht":
        found = _creole(word, tables, known)
    if not found and lang != "ht":
        found = cognates(word, lang, known)
    found = tuple(t for t in dict.fromkeys(found) if known(t))[:MAX_TRANSLATIONS]
    if found:
        return ForeignWord(_with_irregular_forms(found, known), curated=curated)
    if word_zipf(word, lang) >= MIN_WORD_ZIPF:
        return ForeignWord(())
    return None


def _with_irregular_forms(
    english: tuple[str, ...], known: Callable[[str], bool]
) -> tuple[str, ...]:
    """Translations with the past forms of irregular English verbs the text may use instead
    (a dictionary gives "write"; the English stemmer does not make "wrote" of it)."""
    extra = [f for t in english for f in IRREGULAR_VERBS.get(t, ()) if known(f)]
    return tuple(dict.fromkeys((*english, *extra)))


def _table_stems(word: str, lang: str, tables: SynonymTables) -> tuple[str, ...]:
    """A curated-table entry for another form of the word (same Snowball stem)."""
    if lang == "es":
        return tables.by_stem.get(spanish_stem(word), ())
    table = tables.by_foreign_stem.get(lang)
    if table is None:
        return ()
    return table.get(foreign_stem(lang, word), ())


def _dictionary(word: str, lang: str, known: Callable[[str], bool]) -> tuple[str, ...]:
    """The dictionary's first translations that some article holds (its first senses are the
    common ones; later ones are mostly noise: "escrever" is "write", not "create")."""
    return tuple(t for t in lemma_translations(word, lang) if known(t))[:MAX_DICTIONARY_SENSES]


def _creole(word: str, tables: SynonymTables, known: Callable[[str], bool]) -> tuple[str, ...]:
    """A Creole word through other Creole spellings of a table word, then through French."""
    synonyms = tables.lexicon.synonyms
    for other in creole_spellings(word):
        found = synonyms.get((other,))
        if found:
            return found
    if len(word) < MIN_FRENCH_ROUTE_LENGTH:
        return ()  # too short to tell a French word from a look-alike ("kat" is not "quatre")
    for french in french_for_creole(word)[:MAX_FRENCH_CANDIDATES]:
        found = synonyms.get(french) or ()
        if not found and len(french) == 1:
            if known(french[0]):
                # The same word in English ("imigrasyon" -> immigration, "aplikasyon" ->
                # application): surer than a dictionary's senses.
                return french
            found = _table_stems(french[0], "fr", tables) or _dictionary(french[0], "fr", known)
        if found:
            return found
    return ()
