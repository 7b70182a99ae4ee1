"""The Whoosh analyzer of the searchable text fields: tokenizer and filters.

Everything here lives in an importable module, never in `__main__`: Whoosh pickles the schema
(and its analyzers) into the index, and an analyzer defined in `__main__` breaks unpickling.
The word functions themselves live in `index.text` and `index.codes`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.analysis import Filter, RegexTokenizer, StopFilter
from whoosh.analysis.acore import Token

from index.codes import hyphen_words, joined_tokens, phone_token
from index.text import (
    MAX_WORD_LENGTH,
    MIN_WORD_LENGTH,
    STOP_WORDS,
    WORD_PATTERN,
    fold_for_search,
    normalize_apostrophes,
    stems,
)


class NormalizeFilter(Filter):
    """Joins apostrophes, lower-cases and strips accents in one pass (see `index.text.fold_for_search`)."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        """Yield the tokens normalised like `words` does."""
        for t in tokens:
            t.text = fold_for_search(normalize_apostrophes(t.text))
            yield t


class PhoneFilter(Filter):
    """Adds a digits-only token for each phone number, beside its parts.

    The text writes "1-888-351-4024" (four words); people type "18883514024" or "888.351.4024".
    Both sides get the same "8883514024" token, placed at the position of the number's last part.
    """

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        """Yield every token, and after a phone number's last part its digits-only token."""
        run: list[str] = []
        for t in tokens:
            text = t.text
            if not text.isdigit():
                run = []
                yield t
                continue
            run.append(text)
            token = phone_token(run[-4:])
            if token is not None and token != text:
                yield t
                t.text = token
                yield t
                run = []
            elif token is not None:
                run = []
                yield t
            else:
                yield t


class CodeTokenizer(RegexTokenizer):
    """The word tokenizer, adding after a code or address its joined token (see
    `joined_tokens`) at the position of its last word."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Any]:
        """Yield the word tokens, and each joined code/address token after its last word."""
        if not tokenize or self.gaps:
            yield from super().__call__(
                value,
                positions=positions,
                chars=chars,
                keeporiginal=keeporiginal,
                removestops=removestops,
                start_pos=start_pos,
                start_char=start_char,
                tokenize=tokenize,
                mode=mode,
                **kwargs,
            )
            return
        extra: dict[int, list[str]] = {}
        for end, joined in (*joined_tokens(value), *hyphen_words(value)):
            extra.setdefault(end, []).append(joined)
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, match in enumerate(self.expression.finditer(value)):
            texts = (
                (match.group(0), *extra[match.end()])
                if extra and match.end() in extra
                else (match.group(0),)
            )
            for text in texts:
                t.text = text
                t.boost = 1.0
                if keeporiginal:
                    t.original = text
                t.stopped = False
                if positions:
                    t.pos = start_pos + pos
                if chars:
                    t.startchar = start_char + match.start()
                    t.endchar = start_char + match.end()
                yield t


class DualStemFilter(Filter):
    """Emits the English stem, and the Spanish stem at the same position when it differs.

    The content is English but keywords and many queries are Spanish; one field holding both
    stems lets "grilletes" meet "grillete" without a second set of fields.
    """

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        """Yield one token per distinct stem of each input token."""
        for t in tokens:
            if t.stopped:
                yield t
                continue
            forms = stems(t.text)
            t.text = forms[0]
            yield t
            for other in forms[1:]:
                t.text = other
                yield t


# A clock time's marks ("5 pm", "9:30 a.m."): after the hour's number, "am"/"pm" or their
# letters apart ("a.m." is "a", "m").
CLOCK_MARKS = frozenset({"am", "pm"})
CLOCK_LETTERS = frozenset({"a", "p"})
# The index word a clock time also stands for. Not "hours" itself: every answer that gives a
# time would then share the word with the answers about opening hours. Questions of hours
# reach it through the everyday table ("hours", "time", "open" -> "clocktime", at its lower
# weight): an answer that gives its hours only as times ("Saturdays, 9:30 am to 1:30 pm") is
# found by "what time are you open on saturday".
CLOCK_WORD = "clocktime"


class ClockFilter(Filter):
    """Adds CLOCK_WORD after each clock time written with a.m. or p.m. ("9:30 am", "5 p.m.").

    A number of one or two digits followed by "am"/"pm" (or "a"/"p" then "m") is a time of
    day. Runs before the stop filter (which drops "am" and single letters).
    """

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        """Yield every token, and after a clock time's mark CLOCK_WORD."""
        last_number = False  # the previous token was a number such as "9", "30"
        letter = False  # the previous token was "a" or "p" after a number
        for t in tokens:
            text = t.text
            clock = (last_number and text in CLOCK_MARKS) or (letter and text == "m")
            letter = last_number and text in CLOCK_LETTERS
            last_number = text.isdigit() and len(text) <= 2
            yield t
            if clock:
                t.text = CLOCK_WORD
                yield t


class SortedStopFilter(StopFilter):
    """A StopFilter that pickles its stop list sorted.

    Whoosh pickles the schema into the index; a plain frozenset pickles in hash order, which
    changes from run to run and would make two builds of the same content differ.
    """

    def __getstate__(self) -> dict[str, Any]:
        """The filter's state with the stop words as a sorted tuple."""
        state = dict(self.__dict__)
        state["stops"] = tuple(sorted(self.stops))
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore the state, the stop words as a frozenset again."""
        self.__dict__.update(state)
        self.__dict__["stops"] = frozenset(state["stops"])


def text_analyzer() -> Any:
    """The analyzer of the searchable text fields: folded, stop words removed, dual-stemmed."""
    return (
        CodeTokenizer(WORD_PATTERN)
        | NormalizeFilter()
        | PhoneFilter()
        | ClockFilter()
        | SortedStopFilter(
            stoplist=STOP_WORDS, minsize=MIN_WORD_LENGTH, maxsize=MAX_WORD_LENGTH, renumber=True
        )
        | DualStemFilter()
    )
