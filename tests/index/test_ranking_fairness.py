"""Ranking across packs: one pack's curated keywords are a boost, never a monopoly.

The built-in pack's articles carry long hand-written `keywords:` lines; a clinic's pack made
from a web page has none. These tests put such a pack beside the built-in one (the sample
clinic page, and small made-up articles) and check that the better text match wins, that an
exact title comes first whatever another pack's keywords say, and that spelling corrections
reach the new pack's words.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.build import build_library_index
from index.content import Article, Library
from index.evaluate import evaluate, read_queries
from index.packs.folder import build_pack
from index.packs.from_html import pack_from_html
from index.packs.store import PackStore
from index.search import Searcher
from tests.conftest import CONTENT_DIR
from tests.index.conftest import DATA, builtin_plus, made_article

PAGE = DATA / "sample-clinic-faq.html"
QUERIES = DATA / "sample-clinic-queries.tsv"
# The sample's first 50 queries are English (its header says so).
ENGLISH_QUERIES = 50
# Measured 0.68 (34 of 50) when written, 0.76 (38 of 50) with the keyword discount; a
# regression of more than two queries fails.
ENGLISH_TOP1_FLOOR = 0.72


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, Searcher]]:
    """The built-in pack plus the sample clinic page as an (unsigned) pack, indexed together."""
    tmp = tmp_path_factory.mktemp("clinic")
    made = pack_from_html(PAGE, tmp / "page-pack")
    build_pack(made.folder, tmp / "page.chpack")
    store = PackStore(tmp / "packs", [], CONTENT_DIR)
    store.install(tmp / "page.chpack", allow_unsigned=True)
    library = store.load().active.library
    build_library_index(library, tmp / "index")
    searcher = Searcher.open(tmp / "index", debug=True)
    yield library, searcher
    searcher.close()


def _two_packs(tmp: Path, first: list[Article], second: list[Article]) -> Searcher:
    """An index of the built-in articles plus `first` (as if in the built-in pack, with their
    keywords) and `second` (another pack's, named `other--ID`)."""
    renamed = [dataclasses.replace(a, id="other--" + a.id) for a in second]
    return builtin_plus(tmp, [*first, *renamed])


# A built-in-style article whose keywords claim another article's subject many times over.
STUFFED = made_article(
    "stuffed",
    "What should I bring to my ICE check in?",
    "Bring your papers to your check in. Keep copies of every document you are given.",
    keywords=(
        "replace lost work permit card",
        "lost work permit",
        "work permit card",
        "replace card",
        "lost card",
        "stolen card",
        "work permit",
        "permit card replace",
        "permiso de trabajo",
        "tarjeta perdida",
    ),
)
PLAIN = made_article(
    "lost-ead",
    "How do I replace a lost work permit card?",
    "File the form again with the fee and a copy of your identity document. Keep the receipt "
    "notice until the new card arrives.",
)


def test_keywords_cannot_push_another_packs_exact_title_below(tmp_path: Path) -> None:
    with _two_packs(tmp_path, [STUFFED], [PLAIN]) as searcher:
        for query in (
            "How do I replace a lost work permit card?",
            "replace lost work permit card",
            "how to replace lost work permit card",
        ):
            hits = searcher.search(query).hits
            assert hits[0].id == "other--lost-ead", (query, [h.id for h in hits[:3]])


def test_a_short_title_is_near_exact_only_when_said_exactly(tmp_path: Path) -> None:
    general = made_article(
        "work-permits",
        "Work permits",
        "A work permit lets you work legally. You can apply after your asylum case is filed.",
    )
    lost = made_article(
        "lost-card",
        "My work permit card was lost. How do I replace it?",
        "If your work permit card was lost or stolen, file the form again to replace it.",
    )
    with _two_packs(tmp_path, [], [general, lost]) as searcher:
        assert searcher.search("work permit lost").hits[0].id == "other--lost-card"
        assert searcher.search("work permits").hits[0].id == "other--work-permits"


def test_keywords_count_less_than_a_title_and_text_match(tmp_path: Path) -> None:
    # A word the first article's text mentions once and its keywords repeat, and the other's
    # title and text hold: the title and text win.
    stuffed = made_article(
        "stuffed",
        "Where is my check in?",
        "Your check in letter says where to go. It is not your biometrics appointment.",
        keywords=("biometrics",) * 12 + ("biometrics appointment", "biometric"),
    )
    plain = made_article(
        "biometrics",
        "What is a biometrics appointment?",
        "At a biometrics appointment your fingerprints and photo are taken.",
    )
    with _two_packs(tmp_path, [stuffed], [plain]) as searcher:
        for query in ("biometrics", "biometrics appointment"):
            assert searcher.search(query).hits[0].id == "other--biometrics", query


def test_spelling_is_corrected_to_a_new_packs_words(clinic: tuple[Library, Searcher]) -> None:
    _, searcher = clinic
    for typed, word, answer in (
        ("biometrcs appointment", "biometrics", "biometrics"),
        ("my landlrd wants me out", "landlord", "eviction"),
        ("interpeter", "interpreter", "interpreters"),
    ):
        response = searcher.search(typed)
        assert response.suggestion is not None and word in response.suggestion.split(), typed
        assert response.hits[0].id.endswith("--" + answer), (typed, response.hits[0].id)


def test_completion_knows_a_new_packs_words(clinic: tuple[Library, Searcher]) -> None:
    _, searcher = clinic
    assert "biometrics" in searcher.complete("biom")
    assert "landlord" in searcher.complete("my landl")


def test_sample_clinic_english_top1_floor(clinic: tuple[Library, Searcher]) -> None:
    library, searcher = clinic
    rows = read_queries(QUERIES)[:ENGLISH_QUERIES]
    by_title = {a.title: a.id for a in library.articles}
    report = evaluate(rows, lambda q: [h.id for h in searcher.search(q).hits], by_title)
    assert report.overall.n == ENGLISH_QUERIES
    top1 = report.overall.top1 / report.overall.n
    assert top1 >= ENGLISH_TOP1_FLOOR, [row.query for row, _, _ in report.wrong]


def test_common_words_only_add_to_articles_a_rarer_word_found(
    clinic: tuple[Library, Searcher], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Large packs: a word most articles hold adds only to the articles found by the query's
    # rarer words, and adds to them exactly what a full pass adds.
    import index.scoring as ranking

    _, searcher = clinic
    parser, ranker = searcher._parser, searcher._ranker
    for query in ("court letter immigration", "work permit lost card", "free doctor children"):
        groups = parser.parse(query).groups
        full, full_mask = ranker._score(groups)
        dfs = [max(ranker._df(t) for t in g.alts) for g in groups]
        assert min(dfs) < max(dfs), query
        # The commonest group is "common" here; the others find the candidates.
        monkeypatch.setattr(ranking, "PRUNE_MIN_DOCS", 0)
        monkeypatch.setattr(ranking, "COMMON_GROUP_MIN_DF", max(dfs))
        monkeypatch.setattr(ranking, "COMMON_GROUP_SHARE", 0.0)
        pruned, pruned_mask = ranker._score(groups)
        monkeypatch.undo()
        assert pruned and set(pruned) < set(full), query
        for doc, score in pruned.items():
            assert score == pytest.approx(full[doc]) and pruned_mask[doc] == full_mask[doc]


def test_questions_complete_from_any_pack_title_or_heading(
    clinic: tuple[Library, Searcher],
) -> None:
    library, searcher = clinic
    assert [i.split("--")[-1] for i in searcher.complete_answers("work permit ca")] == ["lost-ead"]
    assert searcher.complete_answers("biometrics app")[0].endswith("--biometrics")
    # Titles that start with the words typed come before those holding them further on.
    starts = searcher.complete_answers("how do i", limit=50)
    assert starts and all(library.get(i).title.lower().startswith("how do i") for i in starts)
    assert searcher.complete_answers("ice ")[0] in {"ice-and-isap-check-ins", "ice-took-passport"}
    # A heading of the clinic's overview page ("Work, money and taxes") leads to that page.
    assert any(i.endswith("--overview") for i in searcher.complete_answers("work money"))
    assert searcher.complete_answers("wo") == [] and searcher.complete_answers("") == []


# Another pack's article (no keywords) whose English text answers a Spanish query that the
# built-in pack's keywords hold as typed ("licencia" is among the Spanish keywords of "ICE took
# my passport...").
DRIVERS_LICENSE = made_article(
    "drivers-license",
    "Can I get a driver's license without a green card?",
    "Some states give a driver's license to people without a green card. Bring proof of "
    "identity and of where you live to the state office.",
)


def test_keywords_in_the_query_language_do_not_beat_a_translated_text_match(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import index.ranking as ranking

    queries = ("necesito licencia de conducir", "como saco la licencia de conducir")
    with _two_packs(tmp_path, [], [DRIVERS_LICENSE]) as searcher:
        for query in queries:
            assert searcher.search(query).hits[0].id == "other--drivers-license", query
        # (Keywords at full weight, as before: the built-in article wins, so the test tests
        # something.)
        monkeypatch.setattr(ranking, "KEYWORD_DISCOUNT", 1.0)
        monkeypatch.setattr(ranking, "FOREIGN_KEYWORD_DISCOUNT", 1.0)
        monkeypatch.setattr(ranking, "KEYWORD_PHRASE_CAP", False)
        searcher._ranker._term_cache.clear()
        for query in queries:
            assert searcher.search(query).hits[0].id == "ice-took-passport", query


def test_keywords_still_order_the_built_in_articles_among_themselves(
    clinic: tuple[Library, Searcher], monkeypatch: pytest.MonkeyPatch
) -> None:
    # With another pack matching too, the built-in answers keep the order their keywords give
    # them: the discount only decides between packs.
    import index.ranking as ranking

    _, searcher = clinic
    queries = [row.query for row in read_queries(DATA / "dev-queries.tsv")]

    def builtin_order() -> list[list[str]]:
        searcher._ranker._term_cache.clear()
        hits = [searcher.search(q, limit=20).hits for q in queries]
        return [[h.id for h in found if "--" not in h.id][:3] for found in hits]

    discounted = builtin_order()
    monkeypatch.setattr(ranking, "KEYWORD_DISCOUNT", 1.0)
    monkeypatch.setattr(ranking, "FOREIGN_KEYWORD_DISCOUNT", 1.0)
    monkeypatch.setattr(ranking, "KEYWORD_PHRASE_CAP", False)
    full = builtin_order()
    assert discounted == full


def test_another_packs_answer_to_the_specific_problem_comes_first(tmp_path: Path) -> None:
    # Both packs speak of the ankle monitor: the built-in answer in general (and how to have it
    # removed), the other pack's answers of one problem each. The specific answer comes first
    # for its problem, the general one for its own subject.
    specific = [
        made_article(
            "beeping",
            "My ankle monitor is beeping or vibrating. What should I do?",
            "If the monitor beeps or vibrates, it usually needs charging or has lost its signal. "
            "Charge it right away and call the number your officer gave you.",
        ),
        made_article(
            "hurting",
            "My ankle monitor hurts my leg. What can I do?",
            "If the strap is too tight or the skin under it is red or swollen, call your "
            "officer or the monitoring company and ask for it to be adjusted.",
        ),
        made_article(
            "charging",
            "How long do I have to charge my ankle monitor each day?",
            "Most monitors need about two hours of charging a day. Sit near an outlet while it "
            "charges.",
        ),
    ]
    expected = {
        "my ankle monitor keeps beeping": "other--beeping",
        "ankle bracelet beeping at night": "other--beeping",
        "ankle monitor hurts my leg": "other--hurting",
        "my leg is swollen from the ankle monitor": "other--hurting",
        "how long charge ankle monitor": "other--charging",
        "can i take off my ankle monitor": "ankle-monitor",
    }
    with _two_packs(tmp_path, [], specific) as searcher:
        for query, answer in expected.items():
            assert searcher.search(query).hits[0].id == answer, query


# Made-up answers of another pack for the kinds of question a clinic's page answers and the
# built-in pack's keywords used to pull (opening hours, rescheduling, a missed hearing, what to
# bring to a lawyer, detention at a check-in, ICE at the door, a lost passport), with queries
# written before the keyword discount was made.
HELD_OUT_KINDS = [
    made_article(
        "hours",
        "What are the center's opening hours? Can I walk in?",
        "We are open Monday to Friday from 9 am to 5 pm, and Saturday mornings. Walk-ins are "
        "welcome until 4 pm; for a lawyer consultation you need an appointment.",
    ),
    made_article(
        "reschedule",
        "I am sick or gave birth and cannot go to my appointment. How do I reschedule?",
        "If you are sick, in the hospital or just had a baby, ask for a new date before your "
        "appointment. Keep the doctor's note or the birth certificate as proof. For a court "
        "hearing, your lawyer must file a motion to the judge.",
    ),
    made_article(
        "missed-court",
        "I missed my immigration court hearing. What happens now?",
        "If you miss a hearing, the judge can order you removed in absentia. Talk to a lawyer "
        "right away about a motion to reopen; there are strict deadlines.",
    ),
    made_article(
        "intake",
        "What should I bring to my first meeting with a lawyer?",
        "Bring every letter from USCIS, the court or ICE, your passport or ID, your I-94, and a "
        "list of the dates you entered and left the country.",
    ),
    made_article(
        "detained",
        "What happens if I am detained at my check-in? How will my family find me?",
        "If ICE detains you, your family can search the ICE online detainee locator with your "
        "A-number and country of birth. Give your family your A-number and a lawyer's phone number"
        " before every check-in.",
    ),
    made_article(
        "door",
        "ICE is at my door. What are my rights?",
        "You do not have to open the door unless they show a warrant signed by a judge. Stay calm,"
        " do not lie, and you may stay silent.",
    ),
    made_article(
        "lost-passport",
        "My passport was lost or stolen. What do I do?",
        "Report a stolen passport to the police and keep the report. Contact your country's "
        "consulate to ask for a new passport.",
    ),
]
HELD_OUT_QUERIES = {
    "are you open on saturday": "hours",
    "what time do you open": "hours",
    "horario de atencion": "hours",
    "a ke le nou ouvri": "hours",
    "can i just show up without appointment": "hours",
    "i just had a baby and cant go to my appointment": "reschedule",
    "estoy enferma y no puedo ir a mi cita": "reschedule",
    "i am in the hospital on my check in day": "reschedule",
    "i missed my court date": "missed-court",
    "no fui a mi corte": "missed-court",
    "perdi mi audiencia en la corte": "missed-court",
    "what papers do i bring to the lawyer": "intake",
    "que documentos llevo al abogado": "intake",
    "if ice keeps me at check in how does my family find me": "detained",
    "me detienen en la cita como me encuentra mi familia": "detained",
    "ice knocking on my door": "door",
    "la migra esta en mi puerta": "door",
    "imigrasyon nan pot mwen": "door",
    "someone stole my passport": "lost-passport",
    "perdi mi pasaporte": "lost-passport",
    "lost my passport": "lost-passport",
    "mwen pedi paspò mwen": "lost-passport",
}


def test_another_packs_answers_to_held_out_kinds_of_question(tmp_path: Path) -> None:
    # Measured 17 of 22 with the keyword discount, 14 without; 20 with the fourth round
    # (everyday terms, "pot" for a door in Creole, FOREIGN_KEYWORD_DISCOUNT); a loss of more
    # than two fails.
    with _two_packs(tmp_path, [], HELD_OUT_KINDS) as searcher:
        wrong = [
            query
            for query, answer in HELD_OUT_QUERIES.items()
            if searcher.search(query).hits[0].id != "other--" + answer
        ]
    assert len(wrong) <= 4, wrong


# Made-up answers of another pack on a specific problem of a topic the built-in pack has a
# general article on (its ankle monitor article), and on everyday questions whose words people
# type inflected (opening hours, pregnancy and insurance, moving).
SPECIFIC_PROBLEMS = [
    made_article(
        "monitor-beeps",
        "My ankle monitor beeps, vibrates or hurts. What should I do?",
        "If the monitor beeps or vibrates, charge it right away and call the number your officer "
        "gave you. If the strap hurts or is too tight, or your skin is red, tell your officer and"
        " see a doctor; do not cut it.",
    ),
    made_article(
        "pregnant",
        "I am pregnant. Can I get health insurance?",
        "Pregnant women can often get Medicaid or other coverage for prenatal care, whatever "
        "their status. Our health navigator helps you apply.",
    ),
    made_article(
        "moved",
        "I moved. Who do I tell about my new address?",
        "When you move, you must tell the immigration court and USCIS your new address within 5"
        " days, and ICE at your next check-in.",
    ),
]
SPECIFIC_QUERIES = {
    "my ankle monitor keeps beeping": "monitor-beeps",
    "the ankle bracelet is too tight": "monitor-beeps",
    "el grillete suena mucho": "monitor-beeps",
    "el brazalete me lastima": "monitor-beeps",
    "a tornozeleira esta apitando": "monitor-beeps",
    "le bracelet me fait mal": "monitor-beeps",
    "brasle a ap sonnen": "monitor-beeps",
    "a que hora abren": "hours",
    "vous etes ouvert le samedi": "hours",
    "ils frappent a la porte": "door",
    "no tengo que abrirle si no tienen orden": "door",
    "estoy embarazada necesito seguro": "pregnant",
    "je suis enceinte et je n ai pas d assurance": "pregnant",
    "mwen ansent mwen bezwen asirans": "pregnant",
    "me mude de casa a quien le digo": "moved",
    "eu mudei de endereco": "moved",
    "o que levar na primeira consulta com advogado": "intake",
    "que debo llevar cuando veo al abogado": "intake",
}


def test_a_specific_answer_beats_the_general_article_on_its_topic(tmp_path: Path) -> None:
    # Measured 18 of 18 after the fourth round of issue 16; 8 of the first 16 before (the
    # built-in ankle monitor article first for every monitor query but the English one), 15
    # with the everyday terms alone (without KEYWORD_MISSING_POWER).
    with _two_packs(tmp_path, [], HELD_OUT_KINDS + SPECIFIC_PROBLEMS) as searcher:
        wrong = [
            query
            for query, answer in SPECIFIC_QUERIES.items()
            if searcher.search(query).hits[0].id != "other--" + answer
        ]
    assert len(wrong) <= 2, wrong


# Two answers of another pack: one whose title the query says most of, one whose title shares
# a single word of the query and whose text repeats the query's words.
TITLE_SAID = [
    made_article(
        "change-class",
        "Can I change the time of my English class?",
        "Yes. Tell the teacher a week before, and we will find you a place in another group.",
    ),
    made_article(
        "bring",
        "What should I bring to English class?",
        "Bring a notebook and a pen. If the time of your class changes, we send a text with the "
        "new time. Class times change each term, so check the time before every class.",
    ),
    made_article(
        "home-visit",
        "Why would an ISAP officer visit my home?",
        "ISAP case specialists may visit to see that you live at the address you gave.",
    ),
]


def test_a_query_that_says_most_of_a_title_asks_that_question(tmp_path: Path) -> None:
    # The title bonus counts the part of the title the query says: the answer whose text
    # repeats the words does not beat the question asked, and one word of a long title ("isap")
    # does not take the built-in article on that word ("What is ICE? What is ISAP?").
    with _two_packs(tmp_path, [], TITLE_SAID) as searcher:
        for query in ("change the time of my class", "can i change my class time"):
            hits = searcher.search(query).hits
            assert hits[0].id == "other--change-class", (query, [h.id for h in hits[:3]])
        assert searcher.search("isap").hits[0].id == "what-is-ice-isap"


def _page_searcher(page: Path, tmp: Path) -> Searcher:
    """The built-in pack plus a clinic page as an (unsigned) pack, indexed together."""
    made = pack_from_html(page, tmp / "page-pack")
    build_pack(made.folder, tmp / "page.chpack")
    store = PackStore(tmp / "packs", [], CONTENT_DIR)
    store.install(tmp / "page.chpack", allow_unsigned=True)
    build_library_index(store.load().active.library, tmp / "index")
    return Searcher.open(tmp / "index", debug=True)


@pytest.mark.parametrize(
    ("page", "query", "title", "builtin"),
    [
        (
            "clinic27",
            "estoy enfermo y no puedo ir a firmar a ice",
            "What if I cannot make it to my check-in?",
            "cannot-attend-check-in",
        ),
        (
            "clinic13",
            "el grillete me lastima el tobillo",
            "My ankle monitor hurts or will not charge. What should I do?",
            "ankle-monitor",
        ),
    ],
)
def test_a_packs_answer_to_the_same_question_comes_first(
    tmp_path: Path, page: str, query: str, title: str, builtin: str
) -> None:
    """A clinic's answer holding every part of the query the built-in answer holds (three or
    more), and nearly as strong, answers the same question: the clinic's comes first, the
    built-in one right after it."""
    with _page_searcher(DATA / f"{page}-faq.html", tmp_path) as searcher:
        hits = searcher.search(query).hits
        assert hits[0].title == title, [h.title for h in hits[:3]]
        assert hits[1].id == builtin, [h.id for h in hits[:3]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("que significa ice", "What is ICE? What is ISAP?"),
        ("isap monitoring", "What is ICE? What is ISAP?"),
    ],
)
def test_a_pack_answer_sharing_little_of_the_query_stays_below(
    tmp_path: Path, query: str, expected: str
) -> None:
    """Two parts in common are not the same question: the built-in answer stays first."""
    with _page_searcher(DATA / "clinic8-faq.html", tmp_path) as searcher:
        assert searcher.search(query).hits[0].title.startswith(expected)
