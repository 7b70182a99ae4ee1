"""From what a person types to groups of weighted index terms; no query language is parsed.

User text never reaches Whoosh's QueryParser (it raises on "I can NOT OR will not go"). The text
is cut into words (capped), texting forms and misspelt little words are written out ("wen" ->
"when", "ur" -> "your"), and each content word, phone number (as its digits, in any
punctuation), form code or web address (joined: "i 385" is the index's "i385") or known phrase
(matched by stems, so "picking it up" is "pick up") becomes a group of index terms: its English
and Spanish stems, synonyms from the curated table (also for other conjugations of a listed
Spanish verb), or a spelling correction from the index's own vocabulary. In a Spanish,
Portuguese, French or Creole query (`index.langid`), a word the tables lack is searched as its
English translations (`index.translate`) and never "corrected" to an English look-alike.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from index.codes import join_typed_codes, phone_terms
from index.creole import creole_spellings, verb_infinitives, without_elision
from index.dictionaries import stop_words, translations
from index.langid import query_language, word_zipf
from index.lru import LRU
from index.spelling import Speller, damerau_distance
from index.synonyms import Lexicon, SynonymTables
from index.text import (
    SPANISH_ONLY_STOPS,
    foreign_stem,
    is_stop,
    spanish_stem,
    stems,
    word_key,
    word_terms,
    words,
)
from index.thesaurus import (
    LIGHT_WEIGHT,
    LIGHT_WORDS,
    everyday_additions,
    everyday_words,
    rare_everyday_word,
    thesaurus_additions,
)
from index.translate import ForeignWord, foreign_word
from index.vocabulary import Vocabulary

# Bounds that keep any input cheap: characters looked at, and words used.
MAX_QUERY_CHARS = 2000
MAX_QUERY_WORDS = 24
# How much an alternative counts relative to the word as typed.
SYNONYM_WEIGHT = 0.75
# A general dictionary's translations count less than the curated tables' (times this).
DICTIONARY_WEIGHT = 0.8
CORRECTION_WEIGHT = 0.8
# The words of a synonym-table phrase taken one by one ("get" of "get through"): an idiom means
# its synonyms more than its words.
PHRASE_WORD_WEIGHT = 0.5
# The parts of a phone number ("888", "4024") count a little beside its digits-only token.
PHONE_PART_WEIGHT = 0.3
# A form code or web address ("i385", "checkinicegov") names one thing exactly: it counts more
# than a word.
JOINED_WEIGHT = 2.0
# The most dictionary translations of one word searched (the dictionary's first senses).
MAX_TRANSLATIONS = 4
# A word this short with a translation in the query's language is that word, not an English
# typo one letter away ("lave" is Creole for "wash", not "leave").
MAX_SHORT_FOREIGN_WORD = 5
# Words after a number that make it a sum of money, not a year ("2000 dollars").
MONEY_WORDS = frozenset(
    ("dollars", "dolares", "dollar", "dolar", "dola", "bucks", "usd", "reais", "euros")
)
# An English word at least this frequent (Zipf, `freq-en.txt`) is a real word, not a typo.
MIN_REAL_WORD_ZIPF = 3.5
# Little words a synonym phrase may skip between its words ("take it off" for "take off").
MAX_PHRASE_GAP = 2


# What an age in a query also searches, and how one is told: a number of one or two digits
# after a verb of having or being an age, or a child's word ("tiene 14", "my son 15"), or
# before the word for years and "old" ("13 year old", "15 anos de edad", "16 yo"). After a
# verb or a child's word, a number under 10 needs the word for years ("tengo 2 hijos" is no
# age); a number before another unit never is one ("is 2 hours").
AGE_WORDS = ("age", "ages", "aged")
AGE_UNITS = frozenset({"year", "years", "yr", "yrs", "ano", "anos", "an", "ans", "ane"})
AGE_MARKS = frozenset({"old", "de", "yo"})
# The words of a child: a number of any size after one and a verb of age is an age.
AGE_CHILDREN = frozenset(
    """
    son daughter kid kids child boy girl teen nephew niece hijo hija nino nina sobrino
    sobrina filho filha menino menina sobrinho sobrinha pitit fils fille neveu
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# The verbs of having or being an age, and the words of a child (see `_says_age`).
AGE_HOLDERS = AGE_CHILDREN | frozenset(
    """
    is turned turns aged tiene tengo tienen cumple cumplio tem tenho fez gen genyen a ai
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# What a sum earned in a query also searches: a number one or two words after a verb of earning
# ("i make 2000 a month", "gano 1500", "je gagne 3000"). A number before a period it is paid
# for ("400 a month", "500 por semana", "3000 par mois", Creole "pa le" an hour) is no year.
INCOME_WORDS = ("income", "earn")
INCOME_VERBS = frozenset(
    """
    make makes making made earn earns earning earned gano gana ganamos ganan gane ganho
    ganha ganhamos ganham ganhei gagne gagnons gagnent gagnais touche
    """.split()  # noqa: SIM905 - a word list reads better as text
)
INCOME_PER = frozenset({"a", "an", "per", "al", "por", "par", "pa", "each", "every", "cada", "le"})
INCOME_PERIODS = frozenset(
    """
    month week year hour mes semana ano hora quincena mois semaine annee heure mwa semen ane le
    """.split()  # noqa: SIM905 - a word list reads better as text
)
OTHER_UNITS = frozenset(
    """
    hour hours minute minutes day days week weeks month months dollars bucks times
    hora horas minutos dia dias semana semanas mes meses veces heure heures jour jours
    semaine semaines mois fois e
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def _is_number(word: str) -> bool:
    """True for a word of the digits 0-9 only (not "❶" or "²", which `str.isdigit` allows)."""
    return word.isascii() and word.isdigit()


def _says_income(toks: list[str], at: int) -> bool:
    """True when the number at `toks[at]` is a sum earned (see INCOME_VERBS)."""
    return _is_number(toks[at]) and any(t in INCOME_VERBS for t in toks[max(0, at - 2) : at])


def _says_period_sum(toks: list[str], at: int) -> bool:
    """True when the number at `toks[at]` is paid for a period ("400 a month"): no year."""
    rest = toks[at + 1 : at + 4]
    if rest and rest[0] in MONEY_WORDS:
        rest = rest[1:]
    return len(rest) >= 2 and rest[0] in INCOME_PER and rest[1] in INCOME_PERIODS


def _says_age(toks: list[str], at: int) -> bool:
    """True when the number at `toks[at]` is a person's age (see AGE_HOLDERS)."""
    w = toks[at]
    if not (_is_number(w) and len(w) <= 2 and int(w) > 0):
        return False
    nxt = toks[at + 1] if at + 1 < len(toks) else ""
    after = toks[at + 2] if at + 2 < len(toks) else ""
    if nxt == "yo" or (nxt in AGE_UNITS and after in AGE_MARKS):
        return True
    held = at > 0 and toks[at - 1] in AGE_HOLDERS
    if (
        held
        and nxt not in OTHER_UNITS
        and any(t in AGE_CHILDREN for t in toks[max(0, at - 3) : at])
    ):
        return True  # a child's age, however young: "my son is 7", "pitit mwen gen 8"
    return held and (nxt in AGE_UNITS or (int(w) >= 10 and nxt not in OTHER_UNITS))


@dataclass
class QueryGroup:
    """One typed word or phrase and the weighted index terms that stand for it."""

    label: str
    alts: dict[str, float] = field(default_factory=dict)  # index term -> weight
    surface: list[str] = field(default_factory=list)  # words to highlight

    def add(self, term: str, weight: float) -> None:
        """Add an alternative term (keeping the best weight)."""
        if weight > self.alts.get(term, 0.0):
            self.alts[term] = weight

    def add_word(self, word: str, weight: float, english: bool = False) -> None:
        """Add every index term of a folded word. With `english`, not a Spanish stem that is
        another English word ("care" in an English query is not "car")."""
        for t in word_terms(word):
            if (
                english
                and stems(t)[0] != stems(word)[0]
                and word_zipf(t, "en") >= MIN_REAL_WORD_ZIPF
            ):
                continue
            self.add(t, weight)


@dataclass(frozen=True)
class ParsedQuery:
    """A query's groups, the corrections made (typed -> shown) and its words."""

    groups: list[QueryGroup]
    corrections: dict[str, str]
    words: list[str]


def clean_query(text: str) -> str:
    """The query with control, format and surrogate characters replaced by spaces, capped."""
    text = text[:MAX_QUERY_CHARS]
    if text.isascii() and text.isprintable():
        return text
    return "".join(
        " " if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp") else c
        for c in text
    )


class QueryParser:
    """Turns query text into groups for one index's vocabulary and synonym tables."""

    def __init__(self, vocabulary: Vocabulary, speller: Speller) -> None:
        self._v = vocabulary
        self._speller = speller
        self._resolved = LRU(4096)
        self._foreign_words = LRU(4096)

    @property
    def _tables(self) -> SynonymTables:
        return self._v.synonyms  # read on first use

    @property
    def _lexicon(self) -> Lexicon:
        return self._v.synonyms.lexicon

    def _known(self, word: str) -> bool:
        return any(t in self._v.known_terms for t in word_terms(word))

    def _is_compound(self, first: str, second: str) -> bool:
        """True when two typed content words are one word of the index written apart."""
        if is_stop(first) or is_stop(second):
            return False
        joined = first + second
        return joined in self._v.completion or joined in self._v.keyword_words

    def parse(self, text: str) -> ParsedQuery:
        """The groups of a query (at most MAX_QUERY_WORDS content words)."""
        synonyms = self._lexicon.synonyms
        typed = words(clean_query(text))[: MAX_QUERY_WORDS * 4]
        # "i 385", "checkin ice gov": searched as the index's joined code or address.
        toks = self._lexicon.normalise_informal(join_typed_codes(typed, self._v.joined))
        keys = [word_key(w) for w in toks]
        phones = {start: (end, token) for start, end, token in phone_terms(toks)}
        groups: list[QueryGroup] = []
        corrections: dict[str, str] = {}
        i = 0
        content_words = 0
        lang = self._language(toks)
        while i < len(toks) and content_words < MAX_QUERY_WORDS:
            if i in phones:
                # A phone number in any punctuation: its digits-only token, and its parts.
                end, token = phones[i]
                g = QueryGroup(token, surface=[w for w in toks[i:end] if not is_stop(w)])
                g.add(token, 1.0)
                for w in toks[i:end]:
                    g.add_word(w, PHONE_PART_WEIGHT)
                groups.append(g)
                content_words += 1
                i = end
                continue
            # Longest synonym phrase starting here (e.g. "pick up", "la migra", "took it off").
            phrase_end, meant = self._phrase_at(toks, keys, i)
            if phrase_end:
                phrase = tuple(toks[i:phrase_end])
                g = QueryGroup(" ".join(phrase))
                for w in phrase:
                    g.add_word(w, PHRASE_WORD_WEIGHT)
                    if not is_stop(w):
                        g.surface.append(w)
                for w in meant:
                    g.add_word(w, SYNONYM_WEIGHT)
                    g.surface.append(w)
                # The everyday words of the phrase as typed ("help out"), or of what a phrase of
                # another language means ("cuánto tiempo": how long).
                said = keys[i : i + 2] if lang == "en" else [word_key(m) for m in meant[:2]]
                for e, weight in everyday_additions(tuple(said), self._known, lang != "en"):
                    g.add_word(e, weight)
                groups.append(g)
                content_words += 1
                i = phrase_end
                continue
            w = toks[i]
            i += 1
            if w in self._v.joined:
                g = QueryGroup(w, surface=[w])
                g.add_word(w, JOINED_WEIGHT)
                groups.append(g)
                content_words += 1
                continue
            if i < len(toks) and self._is_compound(w, toks[i]):
                # "voice mail" is the index's "voicemail": search the joined word.
                w = w + toks[i]
                i += 1
            syn = synonyms.get((w,))
            if syn is not None and self._little_word_here(w, lang):
                continue  # Spanish "al" (to the) is not Creole "al" (go)
            foreign = self._foreign(w, lang) if syn is None else None
            if foreign is not None:
                if foreign.drop:
                    continue  # a little word of the query's language
                syn = foreign.english or None
            if lang == "en" and syn is None and w in SPANISH_ONLY_STOPS:
                # An English word the index drops as a Spanish little word ("my son"): its
                # everyday words ("child") stand in for it.
                syn = tuple(e for e in everyday_words((w,)) if self._known(e)) or None
            says_number = _is_number(w) and (_says_age(toks, i - 1) or _says_income(toks, i - 1))
            if ((is_stop(w) and not syn) or syn == ()) and not says_number:
                continue  # (a one-digit age is a word: "my son is 7")
            tabled = syn is not None
            if foreign is not None and not syn and not self._known(w):
                # A word of the query's language no dictionary knows: no "correction" to an
                # English word it merely looks like ("hermana" is not "cercana").
                content_words += 1
                g = QueryGroup(w, surface=[w])
                g.add_word(w, 1.0)
                groups.append(g)
                continue
            if syn is None and not self._known(w):
                if w in self._lexicon.foreign_stops:
                    continue  # a little word of French, Portuguese or Creole
                w, syn = self._resolve(w)
            content_words += 1
            g = QueryGroup(w, surface=[w])
            english = lang == "en" and self._real_word(w, lang)
            if self._known(w) or syn:
                g.add_word(w, 1.0, english=english)
                # (A real word is no misspelling: a keyword "deported" is not "reported".)
                shown = (
                    self._speller.keyword_variant(w, self._lexicon.common_words)
                    if not syn and not self._real_word(w, lang)
                    else None
                )
                if shown:
                    # A misspelling the keywords anticipate: search it, but show the real word.
                    corrections[w] = shown
                    g.add_word(shown, 1.0)
                    g.surface.append(shown)
                    syn = synonyms.get((shown,))
            else:
                # An everyday word the articles lack is no misspelling of one of theirs.
                fixed = None if self._real_word(w, lang) else self._speller.correct(w)
                intended = (
                    self._speller.meant_instead(w, fixed, self._known)
                    if lang == "en" and fixed
                    else None
                )
                if intended is not None:
                    # A typo of a common word the articles lack ("sombody" is "somebody",
                    # not the index's "nobody"): searched as that word's everyday words.
                    corrections[w] = intended
                    fixed = None
                    w = intended
                if fixed is not None and is_stop(fixed):
                    # A misspelt little word ("wat" for "what"): nothing to search for.
                    corrections[w] = fixed
                    continue
                if fixed is not None and len(w) <= 3 and fixed[0] != w[0]:
                    # Three letters are too few to guess a different first letter ("meu" is
                    # not "new"), though "ise" is surely "ice".
                    fixed = None
                if fixed is not None:
                    shown = self._speller.display_word(fixed)
                    corrections[w] = shown
                    if shown != fixed:
                        g.add_word(shown, CORRECTION_WEIGHT)
                        g.surface.append(shown)
                    syn = synonyms.get((fixed,))
                    g.add_word(fixed, CORRECTION_WEIGHT)
                    g.surface.append(fixed)
                else:
                    g.add_word(w, 1.0, english=english)
            if syn:
                base = CORRECTION_WEIGHT if w in corrections else 1.0
                if foreign is not None and not foreign.curated:
                    base *= DICTIONARY_WEIGHT
                for s in syn:
                    g.add_word(s, SYNONYM_WEIGHT * base)
                    g.surface.append(s)
                if lang != "en":
                    # A translation's everyday words ("comida" -> "food" -> "pantry").
                    for s in syn:
                        for e, weight in everyday_additions((word_key(s),), self._known):
                            g.add_word(e, SYNONYM_WEIGHT * base * weight)
            light = w in LIGHT_WORDS
            if light:
                g.alts = {t: v * LIGHT_WEIGHT for t, v in g.alts.items()}
            if (
                lang != "en"
                and syn is None
                and rare_everyday_word(w, lang)
                and w not in self._lexicon.language_terms.get(lang, {})
            ):
                # An English word of the everyday table in another language's query ("no
                # tengo ssn", or "no ssn" read as Spanish): its everyday words too.
                for e, weight in everyday_additions((word_key(w),), self._known):
                    g.add_word(e, weight)
            if lang == "en" and not w.isdigit():
                fixed_word = corrections.get(w, w)
                # (A light word counts in a phrase only: "get out" is release, "get" little.)
                for e, weight in everyday_additions(
                    (word_key(fixed_word), *keys[i : i + 1]), self._known, pair_only=light
                ):
                    g.add_word(e, weight)
                if i >= 2 and is_stop(toks[i - 2]):
                    # A little word and this one ("didnt go": missed).
                    pair = (keys[i - 2], word_key(fixed_word))
                    for e, weight in everyday_additions(pair, self._known, pair_only=True):
                        g.add_word(e, weight)
                if not tabled and self._v.completion.get(fixed_word, (0, 0))[0] == 0:
                    # A word no article's text says: WordNet's words for it ("physician").
                    for e, weight in thesaurus_additions(fixed_word, self._known):
                        g.add_word(e, weight * (LIGHT_WEIGHT if light else 1.0))
            income = _says_income(toks, i - 1)
            money = (
                (i < len(toks) and toks[i] in MONEY_WORDS)
                or income
                or _says_period_sum(toks, i - 1)
            )
            if _is_number(w) and len(w) == 4 and 2000 <= int(w) <= 2099 and not money:
                # A year: people give dates ("my appointment is in 2029"; not "2000 dollars").
                for s in ("year", "years", "future"):
                    g.add_word(s, SYNONYM_WEIGHT)
            if income:
                # A sum earned ("i make 2000 a month"): what a page says of income limits.
                for s in INCOME_WORDS:
                    g.add_word(s, SYNONYM_WEIGHT)
            if not money and _says_age(toks, i - 1):
                # An age ("my son is 15", "tiene 14 anos", "pitit mwen gen 16 an"): the
                # question is who may come, what a page says with "ages" and "aged".
                for s in AGE_WORDS:
                    g.add_word(s, SYNONYM_WEIGHT)
            if g.alts and not any(g.alts == other.alts for other in groups):
                # (A word said twice, "way way later", counts once.)
                groups.append(g)
        self._add_pair_words(groups)
        return ParsedQuery(groups, corrections, toks)

    def _add_pair_words(self, groups: list[QueryGroup]) -> None:
        """Everyday two-word phrases across neighbouring groups, whatever came between or
        whichever language they were typed in ("wash my clothes", "lavar la ropa" -> laundry):
        their words join the second group, as strong as the weaker of the two words (a
        phrase's meaning is what its words say together)."""
        for first, second in zip(groups, groups[1:], strict=False):
            for a, wa in list(first.alts.items()):
                for b, wb in list(second.alts.items()):
                    for e, _ in everyday_additions((a, b), self._known, pair_only=True):
                        second.add_word(e, min(wa, wb))

    def _known_or_everyday(self, word: str) -> bool:
        """True for an English word some article holds, or whose everyday words one holds (a
        translation "bathe" is worth keeping where a page says "shower")."""
        return self._known(word) or any(self._known(e) for e in everyday_words((word_key(word),)))

    def _real_word(self, w: str, lang: str) -> bool:
        """True for an everyday word the articles lack, never to be "corrected" into one of
        theirs: listed as such, or a common word of an English query ("wash" is not "was"), or
        one the everyday English table lists, whatever language a short query seems to be in
        ("roaches" is not "couches", "no ssn" not "no sin")."""
        if w in self._lexicon.common_words or everyday_words((word_key(w),)):
            return True
        return lang == "en" and word_zipf(w, "en") >= MIN_REAL_WORD_ZIPF

    def _language(self, toks: list[str]) -> str:
        """The query's language from its words' frequencies (see `index.langid`)."""
        return query_language(toks)

    def _little_word_here(self, w: str, lang: str) -> bool:
        """A little word of the query's language (Snowball's Spanish, Portuguese or French stop
        list) that only another language's table gives a meaning."""
        if lang not in ("es", "pt", "fr"):
            return False
        by_lang = self._lexicon.keys_by_lang
        if w in by_lang.get(lang, ()) or w not in stop_words(lang):
            return False
        return any(w in keys for other, keys in by_lang.items() if other != lang)

    def _foreign(self, w: str, lang: str) -> ForeignWord | None:
        """For a word of a Spanish, Portuguese, French or Creole query the curated tables lack:
        its English translations that some article holds, as one group (see `index.translate`);
        None for an English word or an English query."""
        if lang == "en":
            return None
        key = (lang, w)
        if key in self._foreign_words:
            cached: ForeignWord | None = self._foreign_words[key]
            return cached
        found = foreign_word(w, lang, self._tables, self._known_or_everyday)
        # A term the curated tables give for this language only ("pòt") is no typo.
        own = w in self._lexicon.language_terms.get(lang, {})
        if found is not None and not found.drop and not own and self._typo_of_index_word(w, lang):
            found = None
        return self._foreign_words.put(key, found)

    def _typo_of_index_word(self, w: str, lang: str) -> bool:
        """True for a word its language's frequency list lacks that is one edit from a word of
        the index ("deportacion" for "deportation"): a typo, corrected as usual. A short word
        with a translation is a word of its language ("lave": wash, not "leave")."""
        if self._known(w) or word_zipf(w, lang) > 0.0 or len(w) <= MAX_SHORT_FOREIGN_WORD:
            return False
        fixed = self._speller.correct(w)
        # (Only a word the index holds: "evalyasyon" is no typo of the table's "evakyasyon".)
        return fixed is not None and self._known(fixed) and damerau_distance(w, fixed, 1) <= 1

    def _resolve(self, w: str) -> tuple[str, tuple[str, ...] | None]:
        """For a word neither the index nor a table knows: the word to search and its synonyms.

        Another form of a listed word by its Spanish, Portuguese or French stem ("reprogramo"
        for "reprogramar", "remarquei" for "remarcar", "enlevé" for "enlever"), another
        spelling of a Creole word ("randevu"), or a French word with its elided article or
        pronoun typed without the apostrophe ("limmigration"). Else (w, None).
        """
        cached = self._resolved.get(w)
        if cached is None:
            cached = self._resolved.put(w, self._resolve_uncached(w))
        return cached

    def _resolve_uncached(self, w: str) -> tuple[str, tuple[str, ...] | None]:
        tables = self._tables
        syn = tables.by_stem.get(spanish_stem(w))
        if syn is not None:
            return w, syn
        for lang, table in tables.by_foreign_stem.items():
            syn = table.get(foreign_stem(lang, w))
            if syn is not None:
                return w, syn
        synonyms = self._lexicon.synonyms
        for verb in verb_infinitives(w):
            syn = synonyms.get((verb,)) or tables.by_stem.get(spanish_stem(verb))
            if syn:
                return w, syn
        fixed = self._speller.correct(w)
        if fixed is None or damerau_distance(w, fixed, 1) > 1:
            # (A word one edit from a known one is a typo of it: "imigration".)
            for other in creole_spellings(w):
                syn = synonyms.get((other,))
                if syn:
                    return other, syn
        rest = without_elision(w)
        if rest is not None:
            if synonyms.get((rest,)) or self._known(rest):
                return rest, synonyms.get((rest,))
            for lang, table in tables.by_foreign_stem.items():
                syn = table.get(foreign_stem(lang, rest))
                if syn is not None:
                    return rest, syn
        if fixed is None or damerau_distance(w, fixed, 1) > 1:
            # A general dictionary's translations that some article holds, as one group.
            for word in (w, rest) if rest else (w,):
                found = tuple(t for t in translations(word) if self._known(t))
                if found:
                    return w, found[:MAX_TRANSLATIONS]
        return w, None

    def _phrase_at(self, toks: list[str], keys: list[str], i: int) -> tuple[int, tuple[str, ...]]:
        """The longest synonym-table phrase starting at word i: (end, its synonyms), or (0, ()).

        Words match by word key (stem), so inflections match ("picking up" for "pick up"); up
        to two little words the phrase lacks may come between ("take it off"), and the phrase's
        own little words may be left out ("take pictures" for "take a picture").
        """
        for seq, meant in self._tables.phrases.get(keys[i], ()):
            j, k, skipped = i + 1, 1, 0
            while k < len(seq) and j < len(toks):
                if keys[j] == seq[k]:
                    j += 1
                    k += 1
                elif skipped < MAX_PHRASE_GAP and (
                    is_stop(toks[j]) or toks[j] in self._lexicon.foreign_stops
                ):
                    j += 1
                    skipped += 1
                elif is_stop(seq[k]) and sum(1 for x in seq if not is_stop(x)) >= 2:
                    k += 1  # a little word of the phrase left out ("take pictures")
                else:
                    break
            if k == len(seq):
                return j, meant
        return 0, ()
