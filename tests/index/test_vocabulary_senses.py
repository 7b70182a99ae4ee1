"""The curated tables give everyday words of other languages their everyday sense, not the sense
the built-in FAQ happens to need (issue 16, vocabulary round for clinic pages)."""

from __future__ import annotations

import pytest

from index.search import Searcher
from index.synonyms import SynonymTables, load_lexicon
from index.text import stems


def _english(word: str, lang: str) -> set[str]:
    """What the tables say a word of a query in `lang` means: a term of that language only
    ("!" in the terms file) first, then the tables' shared entry."""
    lexicon = load_lexicon()
    own = lexicon.language_terms.get(lang, {}).get(word)
    return set(own if own is not None else lexicon.synonyms.get((word,), ()))


@pytest.mark.parametrize(
    ("word", "lang", "means", "not_meant"),
    [
        # terms-family.tsv: health, schools, family, a center's services, detention
        ("boleta", "es", {"report", "card", "grades"}, set()),
        ("pediatra", "es", {"pediatrician"}, set()),
        ("sordo", "es", {"deaf"}, {"hearing"}),  # not a court hearing
        ("harcele", "fr", {"bullying", "harassment"}, set()),
        ("kadejak", "ht", {"sexual", "assault"}, set()),
        ("enferme", "fr", {"detained", "jail"}, set()),  # French "enfermé": locked up
        ("enferme", "es", set(), {"detained", "jail"}),  # Spanish "me enfermé": I got sick
        ("kane", "ht", {"report", "card"}, set()),  # a Creole report card, not "cane" in English
        ("kane", "en", set(), {"report", "card"}),
        ("rappeler", "fr", set(), {"voicemail"}),  # also "remember": no call-back sense
        ("konbyen", "ht", {"many"}, {"know"}),  # how much/many, not a typo of "konnen"
        ("fenk", "ht", {"just", "recently"}, set()),
        ("kenbe", "ht", {"detain", "hold"}, {"took"}),  # hold/detain, not the passport answer
        ("mande", "ht", {"ask", "apply"}, {"send", "sent"}),  # Spanish "mandé" is "sent"
        ("mande", "es", {"send"}, {"ask"}),
        ("rate", "ht", {"miss"}, {"reschedule", "attend"}),
        ("pe", "ht", {"afraid"}, {"foot", "ankle"}),  # Portuguese "pé" only in Portuguese
        ("pe", "pt", {"foot"}, {"afraid"}),
        ("cours", "fr", {"classes"}, {"court"}),  # "cours" are classes, "cour" a court
        ("cour", "fr", {"court"}, {"classes"}),
        ("corte", "es", {"court"}, {"cut"}),
        ("avisar", "es", {"notify"}, {"told"}),
        ("prendre", "fr", {"take"}, {"took"}),
        ("lavo", "es", {"wash", "laundry"}, set()),
        ("dors", "fr", {"sleep"}, set()),
        ("moho", "es", {"mold"}, {"live", "stay"}),
        # Everyday services (terms-services.tsv): a shut-off is no court, an account no story
        ("cortaron", "es", {"shut", "disconnected"}, {"court"}),
        ("cuenta", "es", {"account", "bill"}, {"tell"}),
        ("koupe", "ht", {"shut", "cut"}, set()),
        ("devendo", "pt", {"owe", "debt"}, set()),
        ("baratas", "pt", {"roaches", "pests"}, {"cheap"}),  # Spanish "baratas" are cheap
        ("barata", "es", {"cheap"}, {"roaches"}),
        ("licencie", "fr", {"fired"}, {"license"}),
        ("chapa", "es", {"lock"}, set()),
        ("revoke", "ht", {"fired"}, set()),  # Creole "revoke" is fired; English is left alone
        ("revoke", "en", set(), {"fired"}),
        ("touche", "ht", {"paid"}, {"touch"}),
    ],
)
def test_everyday_words_have_their_everyday_sense(
    word: str, lang: str, means: set[str], not_meant: set[str]
) -> None:
    english = _english(word, lang)
    assert means <= english, (word, lang, english)
    assert not english & not_meant, (word, lang, english)


def test_family_terms_are_no_little_word_of_another_language() -> None:
    """terms-family.tsv, like terms-immigration.tsv: a one-word term not marked "!" is no
    little word of another language (a French "mis" would give "mis hijos" a meaning)."""
    from index.dictionaries import stop_words
    from index.langid import creole_little_words
    from index.synonyms import DATA_DIR, read_term_lines
    from index.text import fold_for_search, words

    little = {lang: stop_words(lang) for lang in ("es", "pt", "fr")}
    little["ht"] = creole_little_words()
    rows = read_term_lines((DATA_DIR / "terms-family.tsv").read_text(encoding="utf-8"))
    clashes = [
        (lang, term)
        for lang, term, _ in rows
        if not term.startswith("!") and len(key := words(fold_for_search(term))) == 1
        for other in little
        if other != lang and key[0] in little[other]
    ]
    assert len(rows) > 1500
    assert clashes == []


def test_creole_copula_is_not_sister() -> None:
    # "se" (it is) is in nearly every Creole question; "sè m" (my sister) keeps its sense.
    assert "sister" not in _english("se", "ht")


def test_new_entries_leave_the_stems_of_listed_verbs_alone() -> None:
    """A new entry whose stem another entry has with other words makes that stem ambiguous,
    and every other form of both words loses it: these stems must keep their one sense."""
    tables = SynonymTables.make()
    for stem, word in (("viaj", "travel"), ("inscrib", "enroll"), ("dirig", "drive")):
        assert word in tables.by_stem.get(stem, ()), stem
    assert "medicine" in tables.by_foreign_stem["pt"].get("remedi", ())


@pytest.mark.parametrize(
    ("query", "word"),
    [
        ("no tengo seguro", "uninsured"),
        ("no tengo seguro social", "security"),
        ("me deportaron", "deportation"),
        ("konbyen tan m genyen pou m mande azil", "deadline"),
        ("cuanto tiempo tengo para pedir asilo", "deadline"),
        ("combien de temps ai je pour l asile", "deadline"),
        ("no me presente a la corte", "miss"),
        ("m pa konn ki dat tribinal mwen", "find"),
        ("me cortaron la luz", "shut"),
        ("to devendo aluguel", "owe"),
        ("yo koupe kouran an", "electricity"),
    ],
)
def test_question_phrases_are_read_whole(searcher: Searcher, query: str, word: str) -> None:
    alts = {a for g in searcher._parser.parse(query).groups for a in g.alts}
    assert set(stems(word)) & alts, (query, sorted(alts))
