"""A question of cost alone asks the organisation's own cost question (issue 16, eighth session).

"is it free?", "es gratis o hay que pagar", "eske se gratis oswa fok mwen peye" ask what nearly
every help page answers once, in a title put to "you" or naming the organisation ("Who can use
Lakou, and do your services cost anything?"), not the cost of one thing it helps with ("How
much does a TPS application cost...?"). A query that names that thing still finds it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.commands.search import _eval_library

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def haitian_center(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The built-in pack plus a Haitian community center's page (a held-out clinic page)."""
    library = _eval_library(DATA / "clinic46-faq.html", tmp_path_factory.mktemp("clinic46"))
    yield library
    library.close()


def _first(library: Any, query: str) -> str:
    hits = library.search(query, limit=3).hits
    assert hits, query
    return str(hits[0].id).rsplit("--", 1)[-1]


@pytest.mark.parametrize(
    "query",
    [
        # Before: "How much does a TPS application cost..." came first.
        "es gratis o hay que pagar",
        "eske se gratis oswa fok mwen peye",
        "is it free or do i have to pay something",
    ],
)
def test_a_question_of_cost_alone_asks_the_organisations_cost(
    haitian_center: Any, query: str
) -> None:
    assert _first(haitian_center, query) == "who-can-use"


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("how much does the tps application cost", "tps-fees"),
        ("cuanto cuesta la solicitud de tps", "tps-fees"),
        ("how much to translate my birth certificate", "translation"),
    ],
)
def test_a_cost_question_that_names_its_subject_finds_that_subject(
    haitian_center: Any, query: str, wanted: str
) -> None:
    assert _first(haitian_center, query) == wanted


@pytest.mark.parametrize(
    ("page", "query", "wanted"),
    [
        # "cuanto" is "how much": a word of the cost question itself, not a subject. Before,
        # the clinic van's "How much does a clinic van visit cost...?" came first.
        ("clinic41", "cuanto cobran ustedes", "who-can-use"),
        # "Does Help Night cost anything?" is put to no "you" but asks the cost of the whole
        # service: before, "What happens at a biometrics appointment?" came first.
        ("clinic21", "cuanto cuesta la consulta", "cost"),
        # "Can you help me pay rent...?" is put to "you" and says "pay", but asks for help
        # with the person's own rent: a bare "do I have to pay" still finds "Does anything
        # here cost money?".
        ("clinic9", "eske fok mwen peye", "cost"),
    ],
)
def test_the_organisations_cost_question_on_other_pages(
    tmp_path_factory: pytest.TempPathFactory, page: str, query: str, wanted: str
) -> None:
    library = _eval_library(DATA / f"{page}-faq.html", tmp_path_factory.mktemp(page))
    try:
        assert _first(library, query) == wanted
    finally:
        library.close()
