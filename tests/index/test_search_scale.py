"""What keeps search quick in large packs gives the same answers as the slow way."""

from __future__ import annotations

from index.search import Searcher
from index.snippets import ArticleText
from index.spelling import letter_mask


class _Unanalysed:
    """A reader whose stored fields lack the build-time analysis (an index of schema 19)."""

    def __init__(self, reader: object) -> None:
        self._reader = reader

    def stored_fields(self, docnum: int) -> dict[str, object]:
        fields = dict(self._reader.stored_fields(docnum))  # type: ignore[attr-defined]
        fields.pop("analysed", None)
        return fields


def test_sentences_analysed_at_build_match_analysis_at_search(searcher: Searcher) -> None:
    built = ArticleText(searcher._reader)
    fresh = ArticleText(_Unanalysed(searcher._reader))
    assert "analysed" in searcher._reader.stored_fields(0)
    for docnum in range(searcher.vocabulary.ndocs):
        assert built.sentences(docnum) == fresh.sentences(docnum)
        assert built.content_keys(docnum) == fresh.content_keys(docnum)
        assert built.snippet(docnum, {"passport", "ice"}) == fresh.snippet(
            docnum, {"passport", "ice"}
        )


def test_letter_masks_never_reject_a_word_within_the_edits() -> None:
    # The speller's first filter: letters one word has and the other lacks, counted by bits.
    def differ(a: str, b: str) -> tuple[int, int]:
        ma, mb = letter_mask(a), letter_mask(b)
        return (ma & ~mb).bit_count(), (mb & ~ma).bit_count()

    assert differ("passport", "pasport") == (0, 0)
    assert differ("braclet", "bracelet") == (0, 0)
    assert max(differ("imigration", "immigration")) <= 1
    assert max(differ("lawer", "lawyer")) <= 1
    assert max(differ("teh", "the")) == 0
    assert max(differ("court", "cart")) <= 2
