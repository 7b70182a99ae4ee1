"""Cross-language search, piece by piece: the query's language, the dictionaries' stem step,
the Creole -> French route, the curated terms, and translations searched as one group."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from index.build import BuildInfo
from index.creole import creole_lookup_keys, french_skeleton, french_skeletons
from index.dictionaries import (
    french_for_creole,
    infinitive_of,
    lemma_translations,
    load_dictionary,
    stem_changed_forms,
)
from index.langid import is_english_word, query_language
from index.search import Searcher
from index.synonyms import SynonymTables, load_lexicon, read_term_lines
from index.text import fold_for_search, words
from index.translate import foreign_word
from tests.index.conftest import good_front, searcher_over


def _lang(text: str) -> str:
    return query_language(words(fold_for_search(text)))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("where do i send my change of address", "en"),
        ("necesito un abogado para la corte", "es"),
        ("preciso de um advogado para o tribunal", "pt"),
        ("j'ai besoin d'un avocat pour le tribunal", "fr"),
        ("mwen bezwen yon avoka pou tribinal la", "ht"),
        ("passport", "en"),
        ("", "en"),
    ],
)
def test_query_language_from_word_frequencies(text: str, lang: str) -> None:
    assert _lang(text) == lang


def test_terms_too_rare_for_the_frequency_lists_still_tell_the_language() -> None:
    # "tornozeleira" (ankle monitor) is in no frequency list, only in the curated terms.
    assert _lang("tornozeleira descarregando") == "pt"
    # A term both Spanish and Portuguese use leaves the decision to the other words.
    assert _lang("como reabrir mi caso de asilo") == "es"


def test_english_words_in_a_spanish_query_stay_english() -> None:
    assert is_english_word("work", "es") and is_english_word("permit", "es")
    assert not is_english_word("trabajo", "es") and not is_english_word("permiso", "es")


def test_dictionary_stem_step_finds_inflected_forms() -> None:
    # A plural and a conjugated verb reach their headword through the Snowball stem.
    assert "sister" in lemma_translations("hermanas", "es")
    assert lemma_translations("hermanas", "es") == lemma_translations("hermana", "es")
    assert "print" in lemma_translations("imprimir", "es")
    assert lemma_translations("zzzz", "es") == ()
    assert lemma_translations("abogado", "ht") == ()  # no Creole dictionary


def test_reversed_english_dictionaries_fill_gaps() -> None:
    # The small Spanish -> English list lacks "abogado"; English -> Spanish "lawyer" gives it.
    assert "lawyer" in load_dictionary("es")["abogado"]


@pytest.mark.parametrize(
    ("creole", "french"),
    [
        ("tribinal", ("tribunal",)),
        ("randevou", ("rendez", "vous")),
        ("adres", ("adresse",)),
        ("chanje", ("changer",)),
        ("imigrasyon", ("immigration",)),
        ("travay", ("travail",)),
        ("resevwa", ("recevoir",)),
        ("enskri", ("inscrire",)),
        ("evalyasyon", ("evaluation",)),  # "ly" as Creole writes French "li" + vowel
    ],
)
def test_creole_words_reach_their_french_spelling(creole: str, french: tuple[str, ...]) -> None:
    assert french in french_for_creole(creole)


def test_creole_skeleton_rules() -> None:
    assert french_skeleton("tribunal") == "tribinal"  # French u is Creole i
    assert french_skeleton("changer") == "chanje"  # g before e is j, -er is -e
    assert french_skeleton("payer") == "peye"
    assert "adres" in french_skeletons("adresse")  # silent endings dropped in turn
    assert "dokiman" in french_skeletons("document")
    assert french_skeletons("rendez-vous")[-1] == "randevou"
    # A French article fused to a Creole word ("lekol" for "l'ecole") is looked past.
    assert french_skeletons("ecole")[-1] in creole_lookup_keys("lekol")


def test_terms_file_gives_each_language_english_words() -> None:
    rows = read_term_lines("lawyer attorney\tabogado\tadvogado\tavocat\tavoka\n# note\n")
    assert rows == [
        ("es", "abogado", "lawyer attorney"),
        ("pt", "advogado", "lawyer attorney"),
        ("fr", "avocat", "lawyer attorney"),
        ("ht", "avoka", "lawyer attorney"),
    ]
    with pytest.raises(ValueError, match="terms line 1"):
        read_term_lines("court\ttribunal\n")
    synonyms = load_lexicon().synonyms
    assert "lawyer" in synonyms[("abogado",)]
    assert "birth" in synonyms[("acta", "de", "nacimiento")]
    # A phrase whose words each have an entry is searched word by word (a group a word).
    assert ("avoka", "gratis") not in synonyms
    assert synonyms[("avoka",)] and synonyms[("gratis",)]
    assert "appointment" in synonyms[("randevou",)]
    # Little words never gain a meaning from the terms.
    assert synonyms[("meu",)] == ()


def test_no_term_is_a_little_word_of_another_language() -> None:
    """A term is searched in every query unless marked "!": a French "mis" (put) would give
    every Spanish "mis hijos" (my children) a meaning, a Creole "sè" (sister) every "se"."""
    from index.dictionaries import stop_words
    from index.langid import creole_little_words
    from index.synonyms import DATA_DIR

    little = {lang: stop_words(lang) for lang in ("es", "pt", "fr")}
    little["ht"] = creole_little_words()
    typed: dict[str, set[str]] = {lang: set() for lang in little}
    rows = [
        row
        for path in sorted(DATA_DIR.glob("terms-*.tsv"))  # every five-language table
        for row in read_term_lines(path.read_text(encoding="utf-8"))
    ]
    assert len({lang for lang, _, _ in rows}) == 4 and len(rows) > 8000
    for lang, term, _ in rows:
        if len(key := words(fold_for_search(term.lstrip("!")))) == 1:
            typed[lang].add(key[0])  # the same word a term of that language too ("estado")
    clashes = [
        (lang, term)
        for lang, term, _ in rows
        if not term.startswith("!") and len(key := words(fold_for_search(term))) == 1
        for other in little
        if other != lang and key[0] in little[other] and key[0] not in typed[other]
    ]
    assert clashes == []


@pytest.fixture(scope="module")
def small_searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    """Two English articles: one holding every translation of a word, one a single word."""
    return searcher_over(
        tmp_path_factory.mktemp("crosslang"),
        {
            "a.md": (
                good_front("jobs", title="Jobs", keywords="jobs"),
                "Work, a job, employment.",
            ),
            "b.md": (
                good_front("passports", title="Passports", keywords="passports", order="2"),
                "Your passport.",
            ),
        },
    )


def test_translations_of_one_word_are_one_group(small_searcher: Searcher) -> None:
    parsed = small_searcher._parser.parse("trabajo pasaporte")
    assert len(parsed.groups) == 2
    work = parsed.groups[0]
    assert {"work", "job", "employ"} <= set(work.alts)


def test_a_word_with_many_translations_does_not_outweigh_one_with_one(
    small_searcher: Searcher,
) -> None:
    # "trabajo" has three translations the jobs article holds, "pasaporte" one the other
    # article holds: searched as groups (the best alternative and a little of the others),
    # the two articles score alike, not three to one as a flat OR of the translations would.
    hits = {h.id: h.score for h in small_searcher.search("trabajo pasaporte", limit=5).hits}
    assert set(hits) == {"jobs", "passports"}
    assert hits["jobs"] < 1.6 * hits["passports"]
    assert hits["passports"] < 1.6 * hits["jobs"]
    # The same English words typed as separate words do weigh three to one.
    flat = {h.id: h.score for h in small_searcher.search("work job employment passport").hits}
    assert flat["jobs"] > 3 * flat["passports"]


def test_a_real_foreign_word_is_not_corrected_to_an_english_one(
    small_searcher: Searcher, tmp_path: Path
) -> None:
    # "pasaporte" is searched as its translation, never shown as a "did you mean".
    response = small_searcher.search("pasaporte")
    assert response.hits and response.hits[0].id == "passports"
    assert response.suggestion is None


def test_a_term_marked_for_its_language_counts_only_there() -> None:
    # "lèt" is a Creole letter and "let" an English word: only a Creole query reads it so.
    lexicon = load_lexicon()
    assert lexicon.language_terms["ht"]["let"] == ("letter", "mail")
    assert ("let",) not in lexicon.synonyms or "letter" not in lexicon.synonyms[("let",)]


def test_language_terms_reach_the_query() -> None:
    tables = SynonymTables.make()
    creole = foreign_word("let", "ht", tables, lambda term: True)
    assert creole is not None and "letter" in creole.english
    assert foreign_word("let", "en", tables, lambda term: True) is None
    assert foreign_word("let", "es", tables, lambda term: True) is None


def test_english_words_are_not_corrected_into_another_language(searcher: Searcher) -> None:
    """A real English word the index lacks is searched as typed, not "corrected" into a word
    of another language's table ("eat" is not "ead", "door" not "doar", "price" not "privé")."""
    for word in ("eat", "door", "food", "cancel", "price", "urgent", "normal", "warrant"):
        response = searcher.search(f"my {word}")
        assert response.suggestion is None, (word, response.suggestion)


def test_creole_table_is_current() -> None:
    """`index/data/creole-fr.tsv` is what `python -m index.tools.creole_table` makes now (run
    it after changing the skeleton rules, the French dictionary or the frequency lists)."""
    from index.tools.creole_table import OUT, table_text

    assert OUT.read_text(encoding="utf-8") == table_text()


def test_little_words_of_the_query_language_are_dropped(searcher: Searcher) -> None:
    labels = [g.label for g in searcher._parser.parse("necesito un abogado pa la corte").groups]
    assert "un" not in labels and "la" not in labels and "pa" not in labels
    assert "abogado" in labels
    labels = [g.label for g in searcher._parser.parse("o advogado pra minha audiencia").groups]
    assert "pra" not in labels and "o" not in labels


def test_english_words_in_a_spanish_query_are_searched_as_typed(searcher: Searcher) -> None:
    groups = searcher._parser.parse("no tengo el work permit todavia").groups
    work = next(g for g in groups if g.label == "work")
    # English stays English: no Spanish reading, no "translation" of an English word.
    assert set(work.alts) <= {"work"}


def test_creole_route_ends_in_english_words() -> None:
    tables = SynonymTables.make()
    # Through French spelling to the same word in English (no table lists "aplikasyon").
    found = foreign_word("aplikasyon", "ht", tables, lambda term: term == "application")
    assert found is not None and found.english == ("application",) and not found.curated
    # Through French spelling and the French dictionary ("repons" -> "reponse" -> "answer").
    found = foreign_word("repons", "ht", tables, lambda term: term in {"answer", "reply"})
    assert found is not None and "answer" in found.english
    # Too short to tell a French word from a look-alike: not routed.
    found = foreign_word("kat", "ht", tables, lambda term: term == "four")
    assert found is None or "four" not in found.english


def test_translations_carry_irregular_english_past_forms() -> None:
    # A dictionary gives "write"; English text says "wrote", which no stemmer makes of it.
    tables = SynonymTables.make()
    found = foreign_word("escreveu", "pt", tables, lambda term: term in {"write", "wrote"})
    assert found is not None and {"write", "wrote"} <= set(found.english)


_LAZY_PROBE = """
import sys
from pathlib import Path
from index.dictionaries import _french_by_skeleton, load_dictionary
from index.langid import frequencies
from index.search import Searcher

def loaded():
    return [f.cache_info().currsize for f in (frequencies, load_dictionary, _french_by_skeleton)]

s = Searcher.open(Path(sys.argv[1]))
print(loaded())
s.search("necesito un abogado")
print(loaded())
s.search("mwen bezwen enfomasyon sou aplikasyon")
print(loaded())
"""


def test_word_lists_load_on_the_first_query_that_needs_them(built_index: BuildInfo) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _LAZY_PROBE, str(built_index.path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout.split("\n")
    opened, spanish, creole = (json.loads(line) for line in out[:3])
    assert opened == [0, 0, 0]  # nothing read when the index opens
    assert spanish[0] == 4 and spanish[2] == 0  # frequency lists; no Creole table yet
    assert creole[2] == 1  # the Creole -> French table, for a Creole word no table has


EVERYDAY_WORDS = {
    # Opening hours, the door, the body, moving, reopening: the forms people type (third person
    # plural, past, gerund, participle), in the curated terms or reaching them by their stem.
    "es": {
        "abren": "open",
        "cierran": "closed",
        "sabados": "saturday",
        "tocan": "knock",
        "puerta": "door",
        "orden": "warrant",
        "aseguranza": "insurance",
        "mude": "move",
        "mudamos": "move",
        "reabrir": "reopen",
        "lastima": "hurt",
        "suena": "beep",
        "huellas": "fingerprints",
    },
    "pt": {
        "abrem": "open",
        "batendo": "knock",
        "gravida": "pregnant",
        "mudei": "move",
        "reabrir": "reopen",
        "apitando": "beep",
        "carregando": "charge",
    },
    "fr": {
        "ouvert": "open",
        "samedi": "saturday",
        "frappent": "knock",
        "rouvrir": "reopen",
        "enceinte": "pregnant",
        "sonnent": "beep",
        "assurance": "insurance",
    },
    "ht": {
        "samdi": "saturday",
        "frape": "knock",
        "ansent": "pregnant",
        "deplase": "move",
        "sonnen": "beep",
        "chaje": "charge",
    },
}


def _english_for(word: str, lang: str) -> tuple[str, ...]:
    folded = fold_for_search(word)
    own = load_lexicon().synonyms.get((folded,))
    if own:
        return own
    found = foreign_word(folded, lang, SynonymTables.make(), lambda term: True)
    return found.english if found is not None else ()


@pytest.mark.parametrize("lang", sorted(EVERYDAY_WORDS))
def test_everyday_words_reach_english_in_their_inflected_forms(lang: str) -> None:
    missing = {
        word: _english_for(word, lang)
        for word, english in EVERYDAY_WORDS[lang].items()
        if english not in _english_for(word, lang)
    }
    assert not missing, missing


def test_enclitic_pronouns_reach_the_verb() -> None:
    # "abrirle" (open to him), "cambiarla" (change it): the infinitive's translations.
    assert "open" in lemma_translations("abrirle", "es")
    assert "change" in _english_for("cambiarla", "es")


def test_a_phrase_with_not_or_without_stays_one_group() -> None:
    # "sin cita" is a walk-in and "no fui" a miss; apart, "cita" is an appointment and "no",
    # "fui" are little words.
    synonyms = load_lexicon().synonyms
    assert "walk" in synonyms[("sin", "cita")]
    assert "walk" in synonyms[("sans", "rendez", "vous")]
    assert "miss" in synonyms[("no", "fui")]


def test_a_word_of_one_language_only_is_never_corrected_into_another(
    searcher: Searcher,
) -> None:
    """A term marked "!" (a word of its language only: Creole "bot", boots; "dan", teeth) whose
    English no article holds stays as typed: it is no typo of an English word ("both", "don")."""
    for query, word in (("kote m ka jwenn bot", "bot"), ("mwen bezwen dan", "dan")):
        parsed = searcher._parser.parse(query)
        assert word not in parsed.corrections, query
        assert any(g.label == word for g in parsed.groups), query


@pytest.mark.parametrize(
    ("word", "lang", "english"),
    [
        ("prennent", "fr", "take"),  # prendre
        ("veulent", "fr", "want"),  # vouloir
        ("recoivent", "fr", "receive"),  # recevoir
        ("trouxe", "pt", "bring"),  # trazer
        ("caigo", "es", "fall"),  # caer
    ],
)
def test_irregular_verb_forms_reach_their_infinitive(word: str, lang: str, english: str) -> None:
    # The Snowball stem of "prennent" is not that of "prendre": the table of irregular forms
    # gives the infinitive, whose dictionary entry gives the English.
    assert english in lemma_translations(word, lang)


@pytest.mark.parametrize(
    ("word", "lang", "english"),
    [
        ("vuelvo", "es", "return"),  # volver: ue -> o
        ("pierdo", "es", "lose"),  # perder: ie -> e
        ("sirven", "es", "serve"),  # servir: i -> e
        ("elijo", "es", "choose"),  # elegir: i -> e, j -> g
        ("sinto", "pt", "feel"),  # sentir: i -> e
    ],
)
def test_stem_changing_verbs_reach_their_infinitive(word: str, lang: str, english: str) -> None:
    assert english in lemma_translations(word, lang)


def test_stem_change_rule_gives_infinitives_only() -> None:
    # The rule's forms are tried for verbs only: a noun never becomes another noun by it.
    assert stem_changed_forms("vuelvo", "es")[0] == "volvo"
    assert "conseguo" in stem_changed_forms("consigo", "es")
    assert stem_changed_forms("vuelvo", "fr") == ()  # French verbs are in the table
    assert infinitive_of("prennent", "fr") == "prendre"
    assert infinitive_of("voy", "es") is None  # "voy a faltar": a future, not a going


@pytest.mark.parametrize(
    "query",
    [
        "eske tout bagay gratis",
        "si imigrasyon kanpe m eske m oblije pale",
        "ki pi bon fason pou voye kob",
        "m gentan pase 1 an isit la",
        "eske food stamp ap anpeche m jwenn papye",
    ],
)
def test_everyday_creole_words_are_not_corrected_into_other_creole_words(
    searcher: Searcher, query: str
) -> None:
    """ "bagay" (thing) was "corrected" into the index's "batay" (fight), "kanpe" (stop) into
    "kanse" (cancer): Creole has no frequency list, so its everyday words are in the tables."""
    assert searcher._parser.parse(query).corrections == {}
