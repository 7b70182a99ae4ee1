"""The English thesaurus of the query side (`index.thesaurus`, from WordNet 3.0).

A word no article's text holds is also searched as the everyday words WordNet gives for its
commonest senses, at a low weight; a word some article says is searched as typed only.
"""

from __future__ import annotations

from pathlib import Path

from index.query import QueryParser
from index.thesaurus import (
    EVERYDAY_FILE,
    EVERYDAY_WEIGHT,
    LIGHT_WEIGHT,
    THESAURUS_FILE,
    THESAURUS_WEIGHT,
    everyday_words,
    related_words,
)
from tests.index.conftest import builtin_plus, made_article


def test_the_table_ships_with_its_source_named() -> None:
    head = THESAURUS_FILE.read_text(encoding="utf-8").splitlines()[:2]
    assert any("WordNet 3.0" in line and "Princeton" in line for line in head)


def test_related_words_by_stem_same_sense_and_broader() -> None:
    same, broader = related_words("papers")
    assert "document" in same
    assert related_words("paper") == (same, broader)  # keyed by stem: any form of the word
    assert "dream" in related_words("nightmares")[1]
    assert "attorney" in related_words("lawyer")[0]
    assert related_words("zzzqx") == ((), ())


DOCTOR = made_article(
    "doctor",
    "Where can I see a doctor?",
    "The health center on Main Street sees adults and children. Bring any medicines you take.",
)
COATS = made_article(
    "coats",
    "Where can I get a coat?",
    "Our closet has coats, shoes and hats for children and adults.",
)


def test_a_word_the_pages_lack_finds_the_page_that_says_it_otherwise(tmp_path: Path) -> None:
    with builtin_plus(tmp_path, [DOCTOR, COATS]) as searcher:
        hits = searcher.search("need a physician").hits
        assert hits and hits[0].id == "doctor", [h.id for h in hits[:3]]


def test_thesaurus_words_count_little_and_only_for_unsaid_english_words(tmp_path: Path) -> None:
    with builtin_plus(tmp_path, [DOCTOR, COATS]) as searcher:
        parser: QueryParser = searcher._parser
        (group,) = parser.parse("physician").groups
        assert group.alts["doctor"] == THESAURUS_WEIGHT < group.alts["physician"]
        # "passport" is in the built-in text: searched as typed, no thesaurus words.
        (group,) = parser.parse("passport").groups
        assert set(group.alts) == {"passport"}
        # A Spanish query's words are never looked up in the English thesaurus.
        groups = parser.parse("necesito un physician para mi hijo").groups
        assert all("doctor" not in g.alts for g in groups)


PANTRY = made_article(
    "pantry",
    "When is the pantry open?",
    "Our pantry gives out bags of rice, beans, fruit and milk on Tuesdays and Fridays.",
)
HOURS = made_article(
    "hours",
    "What are your hours?",
    "The office is open Monday to Friday, 9 to 5. The pantry keeps its own days.",
)


def test_everyday_table_is_well_formed() -> None:
    text = EVERYDAY_FILE.read_text(encoding="utf-8")
    assert "CC0-1.0" in text
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        typed, tab, meant = line.partition("\t")
        assert tab and meant.strip(), line
        assert 1 <= len(typed.split()) <= 2, line  # one word or a two-word phrase


def test_everyday_words_reach_what_a_page_says(tmp_path: Path) -> None:
    with builtin_plus(tmp_path, [PANTRY, HOURS, COATS]) as searcher:
        # The page never says "groceries"; the pantry answer is about food.
        assert everyday_words(("groceri",)) and "pantry" in everyday_words(("groceri",))
        assert searcher.search("i need groceries").hits[0].id == "pantry"
        # "what time": the hours question, though the pantry's title says "open" too.
        assert searcher.search("what time do you open").hits[0].id == "hours"
        # A two-word phrase counts as one ("help out" is volunteering, not "help").
        assert "volunteer" in everyday_words(("help", "out"))
        # A translation's everyday words count too: "comida" -> "food" -> "pantry".
        assert searcher.search("donde dan comida").hits[0].id == "pantry"


def test_everyday_words_count_less_than_the_word(tmp_path: Path) -> None:
    with builtin_plus(tmp_path, [PANTRY, HOURS]) as searcher:
        parser: QueryParser = searcher._parser
        (group,) = parser.parse("groceries").groups
        assert group.alts["pantri"] == EVERYDAY_WEIGHT < 1.0


SHOWERS = made_article(
    "showers",
    "When can we use the showers?",
    "Showers are open from 6 to 9 in the morning. Towels and soap are at the front desk.",
)


def test_a_translation_no_page_says_is_kept_for_its_everyday_words(tmp_path: Path) -> None:
    # "bañar" is "bathe" in the dictionary; no page says "bathe", the shelter's page says
    # "showers": the translation still leads there.
    with builtin_plus(tmp_path, [SHOWERS, PANTRY, COATS]) as searcher:
        assert searcher.search("donde me puedo bañar").hits[0].id == "showers"
        assert searcher.search("ou je peux me laver").hits[0].id == "showers"


def test_light_words_do_not_pull_a_title_that_shares_them(tmp_path: Path) -> None:
    visits = made_article(
        "visits",
        "Can relatives visit me here?",
        "Family and friends may visit in the lobby from 4 to 7 pm. They sign in at the desk.",
    )
    raid = made_article(
        "raid",
        "What if immigration comes here?",
        "Stay calm. Staff will ask to see a signed warrant before anyone goes past the lobby.",
    )
    with builtin_plus(tmp_path, [visits, raid]) as searcher:
        (group,) = searcher._parser.parse("come").groups
        assert max(group.alts.values()) == LIGHT_WEIGHT
        assert searcher.search("my cousin wants to come see me").hits[0].id == "visits"


def test_two_words_mean_one_thing_across_little_words_and_languages(tmp_path: Path) -> None:
    laundry = made_article(
        "laundry",
        "When can we use the laundry room?",
        "The washers and dryers are free to use from 8 am to 8 pm. Bring your own soap.",
    )
    with builtin_plus(tmp_path, [laundry, COATS, SHOWERS]) as searcher:
        assert searcher.search("where do i wash my clothes").hits[0].id == "laundry"
        # Typed in another language, each word is translated on its own; the pair of
        # translations ("wash", "clothes") still means the laundry.
        for query in ("donde lavar la ropa", "ou laver mes vetements"):
            groups = searcher._parser.parse(query).groups
            assert "laundri" in groups[-1].alts, query
            assert "laundry" in [h.id for h in searcher.search(query).hits[:2]], query


def test_a_common_english_word_is_never_corrected(tmp_path: Path) -> None:
    with builtin_plus(tmp_path, [COATS]) as searcher:
        parsed = searcher._parser.parse("wash")
        assert parsed.corrections == {}  # not "was" (a little word: the query would be empty)
        assert [g.label for g in parsed.groups] == ["wash"]
        assert searcher._parser.parse("pasport").corrections == {"pasport": "passport"}


def test_a_typo_nearer_a_common_word_the_pages_lack_is_that_word(tmp_path: Path) -> None:
    with builtin_plus(tmp_path, [COATS]) as searcher:
        parser: QueryParser = searcher._parser
        # One edit from "somebody" (no page says it), two from the built-in text's "nobody".
        parsed = parser.parse("see sombody")
        assert parsed.corrections == {"sombody": "somebody"}
        assert all("nobodi" not in g.alts and "nobody" not in g.alts for g in parsed.groups)
        # The index's word stands when the typo only leaves out some of its letters
        # ("movement" is one edit away, "government" two) or when the common word is
        # another spelling of it ("licence").
        assert parser.parse("govement").corrections == {"govement": "government"}
        assert parser.parse("lisence").corrections == {"lisence": "license"}


def test_a_little_word_and_the_next_mean_one_thing(tmp_path: Path) -> None:
    missed = made_article(
        "missed",
        "I missed my court date. Is it too late?",
        "If you were not at your hearing, the judge may have ordered you removed. Call us today.",
    )
    change = made_article(
        "change",
        "Can I ask the judge to change my hearing date?",
        "You can file a motion to continue before your court date. Give a good reason.",
    )
    with builtin_plus(tmp_path, [missed, change]) as searcher:
        assert searcher.search("i didnt go to my court date what now").hits[0].id == "missed"


def test_a_light_word_counts_fully_in_a_phrase(tmp_path: Path) -> None:
    bond = made_article(
        "bond",
        "How does immigration bond work?",
        "A judge may let a detained person leave if a bond is paid. The money comes back later.",
    )
    cost = made_article(
        "cost",
        "How much do your services cost?",
        "Our consultations are free. Some cases have a small fee you can pay over time.",
    )
    with builtin_plus(tmp_path, [bond, cost]) as searcher:
        (group, *_) = searcher._parser.parse("get out").groups
        assert group.alts["bond"] == EVERYDAY_WEIGHT  # the phrase's meaning is not light
        assert searcher.search("my husband is detained how can he get out").hits[0].id == "bond"


def test_a_phrase_of_another_language_gets_the_everyday_words_of_its_meaning(
    tmp_path: Path,
) -> None:
    deadline = made_article(
        "deadline",
        "Is there a deadline to ask for asylum?",
        "You must file within one year of arriving. Late filing is possible only in rare cases.",
    )
    apply = made_article(
        "apply",
        "How do I ask for asylum?",
        "You fill out a form and send it with your evidence. We can help you prepare it.",
    )
    with builtin_plus(tmp_path, [deadline, apply]) as searcher:
        for query in (
            "how long do i have to ask for asylum",
            "cuanto tiempo tengo para pedir asilo",
            "quanto tempo eu tenho para pedir asilo",
        ):
            assert searcher.search(query).hits[0].id == "deadline", query


def test_an_everyday_english_abbreviation_counts_in_any_language(tmp_path: Path) -> None:
    ssn = made_article(
        "ssn",
        "Can I get a Social Security number?",
        "Only some newcomers can. Ask us before you apply; a work permit usually comes first.",
    )
    with builtin_plus(tmp_path, [ssn, COATS]) as searcher:
        # "ssn" is the everyday table's, too rare for the frequency lists: its words count
        # in a Spanish or Creole query too (and in "no ssn", read as Spanish).
        for query in ("no tengo ssn", "m pa gen ssn", "no ssn"):
            hits = searcher.search(query).hits
            assert hits and hits[0].id == "ssn", (query, [h.id for h in hits[:3]])
        # A common English word typed in another language's query gets no everyday words.
        groups = searcher._parser.parse("no tengo el work permit todavia").groups
        assert all("wage" not in g.alts and "wages" not in g.alts for g in groups)


SCHOOL_AGENTS = made_article(
    "ice-at-school",
    "Can immigration agents come into my child's school?",
    "Staff will not let agents into classrooms unless they show a warrant signed by a judge.",
)
SCHOOL_RECORDS = made_article(
    "school-records",
    "How do I get my child's school records?",
    "Ask the front office of your child's school; records come within a week.",
)


def test_ice_reaches_a_page_that_says_agents(tmp_path: Path) -> None:
    # A clinic's page says "immigration agents" where people type "ice"; the built-in
    # answers, which say "ICE", keep their own words first.
    with builtin_plus(tmp_path, [SCHOOL_AGENTS, SCHOOL_RECORDS]) as searcher:
        assert "agents" in everyday_words(("ice",))
        assert searcher.search("can ice come inside my kids school").hits[0].id == "ice-at-school"
