"""The curated tables give everyday words of other languages their everyday sense, not the sense
the built-in FAQ happens to need (issue 16, vocabulary round for clinic pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.dictionaries import masculine_form
from index.search import Searcher
from index.synonyms import SynonymTables, load_lexicon
from index.text import fold_for_search, stems, word_key, words
from index.thesaurus import everyday_words
from tests.index.conftest import builtin_plus, made_article


def _english(word: str, lang: str) -> set[str]:
    """What the tables say a word of a query in `lang` means: a term of that language only
    ("!" in the terms file) first, then the tables' shared entry."""
    lexicon = load_lexicon()
    own = lexicon.language_terms.get(lang, {}).get(word)
    return set(own if own is not None else lexicon.synonyms.get((word,), ()))


@pytest.mark.parametrize(
    ("word", "lang", "means", "not_meant"),
    [
        # terms-questions.tsv: how help questions are typed (waiting, refusals, proof, safety)
        ("attends", "fr", {"wait"}, {"attend"}),  # "j'attends": I'm waiting, not attending
        ("recusado", "pt", {"denied", "refused"}, {"message"}),  # not corrected to "recado"
        ("erraram", "pt", {"mistake", "wrong"}, {"enter"}),  # not corrected to "entraram"
        ("justificatif", "fr", {"proof"}, set()),
        ("securitaire", "fr", {"safe"}, set()),
        ("golpe", "pt", {"scam", "fraud"}, set()),  # a Brazilian scam
        ("menace", "en", set(), {"threatened"}),  # the French "menace" stays French
        ("montre", "ht", {"show"}, {"watch"}),  # Creole "show"; French "montre" is a watch
        ("kouri", "ht", {"flee"}, set()),
        ("fui", "fr", {"flee"}, set()),
        ("fui", "es", set(), {"flee"}),  # Spanish "fui": I went, I was
        ("cena", "es", {"meal"}, set()),
        ("cena", "pt", set(), {"meal"}),  # Portuguese "cena" is a scene
        ("consigo", "pt", set(), {"obtain"}),  # "não consigo": I can't
        ("partir", "es", set(), {"leave"}),  # "a partir de": from
        ("neve", "pt", {"snow"}, {"nephew"}),
        ("neve", "ht", {"nephew"}, {"snow"}),
        ("bone", "en", set(), {"early"}),
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
        # terms-creole.tsv: Creole words the French spelling route misread
        ("toti", "ht", {"torture"}, {"roof", "ceiling"}),  # not the French "toit"
        ("fanm", "ht", {"woman"}, {"hungry"}),  # not the French "faim"
        ("priye", "ht", {"prayer"}, {"private"}),
        ("piye", "ht", {"robbed"}, {"pay"}),
        ("ipetansyon", "ht", {"hypertension"}, {"detention"}),
        ("izin", "ht", {"factory"}, {"kitchen"}),
        ("je", "ht", {"eye"}, set()),  # Creole "je" is an eye; French "je" is left alone
        ("je", "fr", set(), {"eye"}),
        ("wont", "ht", {"ashamed"}, set()),
        ("wont", "en", set(), {"ashamed"}),
        # terms-everyday.tsv: words found by probing, whose dictionary sense was wrong or none
        ("trans", "pt", {"transgender"}, {"screw"}),  # not the dictionary's vulgar sense
        ("garcon", "fr", {"boy"}, {"waiter"}),
        ("tarde", "es", {"late"}, {"how", "long"}),  # not "tardan" (how long) by its stem
        ("troca", "es", {"car"}, {"change"}),  # a Spanish "troca" is a truck
        ("troca", "pt", {"change"}, {"car"}),
        ("deportaron", "es", {"deported"}, {"sport"}),  # not the dictionary's "deporte"
        # Sixth session: complaining is no bath ("benyen"), following a case is moving it
        ("plenyen", "ht", {"complain"}, {"shower"}),
        ("swiv", "ht", {"follow", "move"}, set()),
        ("kamyon", "ht", {"truck", "van"}, set()),
        # "tirar" a document is getting it (as "sacar"); a pain is no removal
        ("tirar", "pt", {"get", "obtain"}, set()),
        ("doer", "pt", {"hurt", "pain"}, {"remove"}),
        ("douleur", "fr", {"pain"}, {"remove"}),
        ("formations", "fr", {"training"}, set()),  # French trainings, not rock formations
        ("platica", "es", {"talk"}, {"money"}),  # a Mexican talk, not "plata"
        ("faltar", "pt", {"miss", "absent"}, set()),
        ("vaga", "pt", {"spot", "place"}, set()),
        # Creole words that had no route to English at all
        ("ayiti", "ht", {"haiti", "home", "country"}, set()),
        ("mak", "ht", {"scars", "marks"}, set()),
        ("ayopo", "ht", {"airport"}, set()),
        ("foutbol", "ht", {"soccer"}, set()),
        ("leswa", "ht", {"evening"}, set()),  # "le soir", not the French "soit"
        # Seventh session: filming is no picture ("grabar" in the dictionary: engrave, image)
        ("grabar", "es", {"record", "film"}, set()),
        ("gravar", "pt", {"record", "film"}, set()),
        ("filmer", "fr", {"film"}, set()),
        ("colonia", "es", {"neighborhood"}, set()),  # a Mexican neighbourhood
        ("colonia", "pt", set(), {"neighborhood"}),
        ("notarier", "fr", {"notarize"}, set()),
        ("pegando", "es", {"hit"}, {"beep"}),  # hitting, not "pitando" (beeping)
        ("caution", "fr", {"bond", "deposit"}, set()),  # on two lines: both senses kept
        ("conta", "pt", {"account", "bill", "utilities"}, set()),
        ("condado", "es", {"county"}, set()),
        ("comte", "fr", {"county"}, set()),
        ("papas", "es", {"parents"}, set()),
        ("papas", "pt", set(), {"parents"}),
    ],
)
def test_everyday_words_have_their_everyday_sense(
    word: str, lang: str, means: set[str], not_meant: set[str]
) -> None:
    english = _english(word, lang)
    assert means <= english, (word, lang, english)
    assert not english & not_meant, (word, lang, english)


@pytest.mark.parametrize(
    ("name", "least_rows"),
    [("terms-family.tsv", 1500), ("terms-creole.tsv", 250), ("terms-everyday.tsv", 250)],
)
def test_terms_are_no_little_word_of_another_language(name: str, least_rows: int) -> None:
    """Like terms-immigration.tsv: a one-word term not marked "!" is no little word of another
    language (a French "mis" would give "mis hijos" a meaning)."""
    from index.dictionaries import stop_words
    from index.langid import creole_little_words
    from index.synonyms import DATA_DIR, read_term_lines

    little = {lang: stop_words(lang) for lang in ("es", "pt", "fr")}
    little["ht"] = creole_little_words()
    rows = read_term_lines((DATA_DIR / name).read_text(encoding="utf-8"))
    clashes = [
        (lang, term)
        for lang, term, _ in rows
        if not term.startswith("!") and len(key := words(fold_for_search(term))) == 1
        for other in little
        if other != lang and key[0] in little[other]
    ]
    assert len(rows) > least_rows
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
        ("justificatif de domicile", "address"),  # the phrase outlives its first word's entry
        ("m poko tande anyen", "heard"),  # not a court hearing
        ("sa pran twop tan", "delay"),
        ("me liga", "call"),  # Portuguese "call me", not a league
        ("perderam meus documentos", "lost"),
        ("kote m ka jwenn bank manje", "pantry"),
        ("m pa sonje dat la", "remember"),
        ("yo pa voye pakè a", "package"),
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
        ("m pou kont mwen", "alone"),  # not a bank account
        ("mwen vle pran kou angle", "class"),  # an English class, not a court
        ("mwen deye nan lwaye", "behind"),
        ("yo frape m", "hit"),  # hit, not a knock at the door
        ("m dwe lajan", "owe"),
        ("m fe fos kouch", "miscarriage"),  # a miscarriage, not diapers ("kouch")
        ("li toujou ap kriye", "crying"),  # not the French "écrire"
        ("madam nan dwe m 2 semen kob", "owe"),
        ("la señora me debe 3 semanas", "owe"),
        ("m pa gen kote pou m domi", "shelter"),  # a place to sleep, not insomnia alone
        ("eske li gratis", "cost"),
        ("a van e de graca", "cost"),
        ("gratuit ou payant", "cost"),
        ("quien puede recoger a mi hijo", "pick"),
        ("quien califica para el tps", "protect"),  # an acronym in a Spanish query
        ("quien califica para el tps", "qualify"),
        ("como es la revision de seguridad", "screening"),
    ],
)
def test_question_phrases_are_read_whole(searcher: Searcher, query: str, word: str) -> None:
    alts = {a for g in searcher._parser.parse(query).groups for a in g.alts}
    assert set(stems(word)) & alts, (query, sorted(alts))


@pytest.mark.parametrize("query", ["kisa pou m fe", "que faire", "quoi faire", "que debo hacer"])
def test_what_to_do_asks_no_content_word(searcher: Searcher, query: str) -> None:
    # "what should I do" searches nothing in English; "que faire" searched "steps" (and "que
    # faire si ice vient a la ferme" found the built-in answer whose text has "steps").
    alts = {a for g in searcher._parser.parse(query).groups for a in g.alts}
    english = {"step", "steps", "do", "make", "achieve", "perform"}
    assert not english & alts, (query, sorted(alts))


@pytest.mark.parametrize(
    ("query", "word"),
    [
        ("je me suis blessee au travail", "hurt"),  # a feminine participle: "blesse"'s entry
        ("la migra viene a la casa", "come"),
        ("que faire si ice vient", "come"),
        ("e se a imigracao vem", "come"),
        ("que pasa al terminar la audiencia", "end"),
        ("como me visto para ir a la corte", "wear"),
        ("como saber si el abogado es de verdad", "real"),
        ("como saber a data da audiencia", "find"),  # "find out the date"
    ],
)
def test_other_forms_of_listed_words_are_translated(
    searcher: Searcher, query: str, word: str
) -> None:
    alts = {a for g in searcher._parser.parse(query).groups for a in g.alts}
    assert set(stems(word)) & alts, (query, sorted(alts))


def test_a_little_word_of_the_query_is_not_another_languages_word(searcher: Searcher) -> None:
    # Spanish "al" (to the) is Creole "al" (go) only in a Creole query.
    spanish = {a for g in searcher._parser.parse("voy al doctor manana").groups for a in g.alts}
    creole = {a for g in searcher._parser.parse("m pral al tribinal").groups for a in g.alts}
    assert "go" not in spanish
    assert "go" in creole


def test_masculine_form() -> None:
    assert masculine_form("blessee", "fr") == "blesse"
    assert masculine_form("detenida", "es") == "detenido"
    assert masculine_form("machucadas", "pt") == "machucado"
    assert masculine_form("casa", "es") is None  # only participles


def _typed(text: str) -> tuple[str, ...]:
    """The word keys of what a person types, as the everyday English table keys them."""
    return tuple(word_key(w) for w in words(text))


@pytest.mark.parametrize(
    ("typed", "means", "not_meant"),
    [
        ("food stamps", {"snap", "ebt"}, set()),
        ("shut off", {"shutoff", "disconnection"}, set()),
        ("owe rent", {"behind", "unpaid"}, set()),
        ("fired", {"terminated", "unemployment"}, set()),
        ("ssn", {"social", "security"}, set()),
        ("apt", {"apartment"}, set()),
        ("kicked out", {"eviction", "removal"}, set()),  # out of a home, or of the country
        ("no heat", {"heating", "repairs"}, set()),
        ("dv", {"domestic", "violence"}, set()),
        ("cash aid", {"tanf", "assistance"}, set()),
        ("school shots", {"immunizations", "vaccines"}, set()),
        ("bus pass", {"transit", "fare"}, set()),
        # "notice to appear" is the immigration court's notice, not a landlord's.
        ("notice to", set(), {"eviction", "landlord"}),
        # A pair hides its first word's own entry: "court date" keeps court's "judge".
        ("court date", set(), {"hearing"}),
        ("book appointment", {"schedule"}, set()),
        ("filled out", {"form", "complete"}, set()),
        ("passed away", {"died", "deceased"}, set()),
        ("ran out", {"expired"}, set()),
        ("hear back", {"response", "decision"}, set()),
        ("my stuff", {"belongings"}, set()),
        ("apostille", {"authentication"}, set()),
        # Deleting one's data is no deportation "removal"; "aide" and "typing" share the
        # stems of "aid" and "type", so neither is listed.
        ("delete", {"deletion"}, {"remove", "removal"}),
        ("aid", set(), {"caregiver"}),
        ("type", set(), {"computer", "skills"}),
        # How people ask (round 3): the intent's words, whatever the domain.
        ("still waiting", {"status", "pending"}, set()),
        ("typo", {"error", "correction"}, set()),
        ("never got", {"received"}, set()),
        ("fee waiver", {"waive"}, set()),
        ("take kids", {"custody"}, set()),
        # "close to" is nearness, not closing hours; "speak to" someone is no interpreter.
        ("close to", {"near", "nearby"}, {"hours", "closed"}),
        ("speak to", {"contact", "staff"}, {"interpreter"}),
        # Short forms and joining (sixth session)
        ("psych eval", {"psychological", "evaluation"}, set()),
        ("eval", {"evaluation"}, set()),
        ("join", {"member", "enroll"}, set()),
        ("become member", {"join", "membership"}, set()),
        # Acronyms of the field, as pages write them out; USCIS is no court.
        ("tps", {"temporary", "protected", "status"}, set()),
        ("sijs", {"special", "juvenile"}, set()),
        ("foia", {"records"}, set()),
        ("uscis", set(), {"court"}),
        # A page names the season of a school break, people the month (seventh session)
        ("july", {"summer"}, set()),
        ("december", {"winter"}, set()),
        # Being hit right now is danger; the number to call is a page's hotline
        ("hitting me", {"danger", "abuse"}, set()),
        ("number call", {"hotline"}, set()),
        ("saw ice", {"report", "sighting"}, {"raid"}),  # a sighting, not a rumour of a raid
        ("dog", {"pet"}, set()),
        ("no beds", {"full"}, set()),
        ("pack", {"take", "bring"}, set()),  # packing a bag, not an information pack
        # A shelter's rules, a school's words, a clinic's and a benefits page's (seventh session)
        ("lights out", {"curfew", "quiet"}, set()),
        ("wash up", {"showers", "hygiene"}, set()),
        ("kid sick", {"pediatrician", "nurse"}, set()),
        ("picking on", {"bullying"}, set()),
        ("baby blues", {"postpartum", "depression"}, set()),
        # Hurting one's papers is the public charge question, not an injury for a doctor.
        ("hurt papers", {"public", "charge"}, {"doctor", "injured"}),
        # A clinic's lawyers, wages, deposits, banks and safety in the words people use
        ("back pay", {"unpaid", "wages"}, set()),
        ("hurt me", {"abuse", "violence"}, {"doctor", "clinic"}),  # hurt by someone, not sick
        ("keep deposit", {"security", "refund"}, set()),
        ("open bank", {"bank", "account"}, {"hours"}),  # opening an account, not opening hours
        ("self deport", {"voluntary", "departure"}, set()),
        ("bus card", {"transit", "pass"}, set()),
        # A detention page's "my relative" is a husband, a mother, a son (eighth session)
        ("husband", {"relative", "spouse"}, set()),
        ("mom", {"relative", "parent"}, set()),
        ("son", {"relative", "child"}, set()),
    ],
)
def test_everyday_english_reaches_what_help_pages_say(
    typed: str, means: set[str], not_meant: set[str]
) -> None:
    said = set(everyday_words(_typed(typed)))
    assert means <= said, (typed, said)
    assert not said & not_meant, (typed, said)


EVICTION = made_article(
    "eviction",
    "What can I do if my landlord wants to evict me?",
    "If you are behind on rent or got an eviction notice, call us before your court date.",
)
REPAIRS = made_article(
    "repairs",
    "My landlord will not make repairs",
    "Landlords must keep heating, plumbing and locks working and the home free of pests.",
)
SHUTOFF = made_article(
    "shutoff",
    "Can the company stop my utilities?",
    "A shutoff notice must come before a disconnection. We help with electricity and gas bills.",
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("they threw me out of my place", "eviction"),
        ("roaches everywhere", "repairs"),
        ("they cut my lights, no power", "shutoff"),
        ("no lights since monday", "shutoff"),
    ],
)
def test_a_tenant_page_is_found_in_the_words_people_use(
    tmp_path: Path, query: str, expected: str
) -> None:
    with builtin_plus(tmp_path, [EVICTION, REPAIRS, SHUTOFF]) as searcher:
        hits = searcher.search(query).hits
        assert hits and hits[0].id == expected, (query, [h.id for h in hits[:3]])


def test_housing_words_leave_the_monitor_question_alone(tmp_path: Path) -> None:
    # "cut off" is also what people do to an ankle monitor; the tenant pages must not win it.
    with builtin_plus(tmp_path, [EVICTION, REPAIRS, SHUTOFF]) as searcher:
        hits = searcher.search("what happens if i cut off my ankle monitor").hits
        assert hits and hits[0].id not in {"eviction", "repairs", "shutoff"}


@pytest.mark.parametrize("word", ["roaches", "ssn", "stalking", "plumber", "ged"])
def test_a_word_of_the_everyday_table_is_never_corrected(searcher: Searcher, word: str) -> None:
    # The built-in index lacks these, and has words one or two letters away ("couches", "sin",
    # "talking", "number", "get"): the table's word is what the person meant.
    parsed = searcher._parser.parse(word)
    assert word not in parsed.corrections, parsed.corrections
