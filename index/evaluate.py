"""Measuring search on a TSV of typed queries: top-1, top-3 and MRR, overall and per language.

A query file holds one query per line: `query<TAB>answer title[ | other title][<TAB>lang]`;
`#` lines and blank lines are skipped. Any of the listed answers counts as right.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path


class QueryFileError(ValueError):
    """A query file that cannot be read or has a malformed line."""


@dataclass(frozen=True)
class EvalQuery:
    """One typed query, the titles of its right answers, and its language ("" if not given)."""

    query: str
    answers: tuple[str, ...]
    lang: str = ""


@dataclass
class Score:
    """Counts for one set of queries."""

    n: int = 0
    top1: int = 0
    top3: int = 0
    rr: float = 0.0

    def add(self, rank: int | None) -> None:
        """Count one query whose first right answer came at `rank` (None: not found)."""
        self.n += 1
        if rank == 1:
            self.top1 += 1
        if rank is not None and rank <= 3:
            self.top3 += 1
        if rank is not None:
            self.rr += 1.0 / rank

    def line(self) -> str:
        """The figures as `top1=... top3=... mrr=... n=...`."""
        n = self.n or 1
        return f"top1={self.top1 / n:.3f} top3={self.top3 / n:.3f} mrr={self.rr / n:.3f} n={self.n}"


@dataclass
class Report:
    """Overall and per-language scores, and the queries whose first answer was wrong."""

    overall: Score = field(default_factory=Score)
    by_lang: dict[str, Score] = field(default_factory=dict)
    wrong: list[tuple[EvalQuery, str | None, int | None]] = field(default_factory=list)


def read_queries(path: Path) -> list[EvalQuery]:
    """The queries of a query file (see the module docstring)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryFileError(
            f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}"
        ) from exc
    rows = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        query, sep, rest = line.partition("\t")
        answers, _, lang = rest.partition("\t")
        if not sep or not answers.strip():
            raise QueryFileError(f"{path}:{lineno}: expected 'query<TAB>answer title'")
        titles = tuple(a.strip() for a in answers.split(" | ") if a.strip())
        rows.append(EvalQuery(query.strip(), titles, lang.strip()))
    return rows


def evaluate(
    rows: Iterable[EvalQuery], search: Callable[[str], Sequence[str]], ids_by_title: dict[str, str]
) -> Report:
    """Run each query through `search` (query -> article ids, best first) and score it."""
    report = Report()
    for row in rows:
        wanted = {ids_by_title[t] for t in row.answers}
        ids = list(search(row.query))
        rank = next((i for i, hid in enumerate(ids, start=1) if hid in wanted), None)
        report.overall.add(rank)
        if row.lang:
            report.by_lang.setdefault(row.lang, Score()).add(rank)
        if rank != 1:
            report.wrong.append((row, ids[0] if ids else None, rank))
    return report
