"""Load and validate the FAQ articles in `content/*.md` (front matter + Markdown body).

Every problem is collected (not only the first) and reported as `file:line: message`, so whoever
edits the content can fix them all in one pass.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Front-matter keys: required ones must be present and non-empty; optional ones may be absent.
REQUIRED_KEYS = ("id", "title", "summary", "order", "source", "reviewed")
OPTIONAL_KEYS = ("keywords", "related")
KNOWN_KEYS = REQUIRED_KEYS + OPTIONAL_KEYS
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Markdown links: [text](target). Good enough for validation: the content uses plain links only.
LINK_RE = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)\)")
ALLOWED_SCHEMES = ("article:", "tel:", "https://", "http://", "mailto:")


@dataclass(frozen=True)
class ContentProblem:
    """One thing wrong with a content file, at a line (1-based; 0 when about the whole folder)."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        """`file:line: message`, the form editors and CI understand."""
        return f"{self.path}:{self.line}: {self.message}"


class ContentError(Exception):
    """The content folder has problems; `problems` lists every one of them."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Article:
    """One FAQ answer: its front matter and its Markdown body."""

    id: str
    title: str
    summary: str
    keywords: tuple[str, ...]
    related: tuple[str, ...]
    order: int
    source: str
    reviewed: str
    body: str
    path: Path
    body_line: int = 1  # line number of the body's first line in the file (for messages)


class Library:
    """All articles in display order, looked up by id, with a hash of the content files."""

    def __init__(self, articles: tuple[Article, ...], content_hash: str) -> None:
        self.articles = articles
        self.content_hash = content_hash
        self._by_id = {a.id: a for a in articles}

    def get(self, article_id: str) -> Article:
        """The article with this id (KeyError if there is none)."""
        return self._by_id[article_id]

    def __contains__(self, article_id: object) -> bool:
        """True when an article has this id."""
        return article_id in self._by_id

    def __len__(self) -> int:
        """Number of articles."""
        return len(self.articles)


def article_files(content_dir: Path) -> list[Path]:
    """The article files of a content folder, sorted by name (`source/` is not an article)."""
    return sorted(p for p in Path(content_dir).glob("*.md") if p.is_file())


def content_hash(content_dir: Path) -> str:
    """SHA-256 over every article file's name and bytes: changes whenever the content does."""
    h = hashlib.sha256()
    for path in article_files(content_dir):
        h.update(path.name.encode("utf-8") + b"\0")
        data = path.read_bytes()
        h.update(str(len(data)).encode("ascii") + b"\0" + data)
    return h.hexdigest()


def _split_list(value: str) -> tuple[str, ...]:
    """A comma-separated front-matter list, trimmed, empty items dropped."""
    return tuple(item.strip() for item in value.split(",") if item.strip())


@dataclass
class _Parsed:
    """One file's raw front matter (value, line) and body, before cross-file checks."""

    path: Path
    fields: dict[str, tuple[str, int]]
    body: str
    body_line: int


def _parse_file(
    path: Path, problems: list[ContentProblem], data: bytes | None = None
) -> _Parsed | None:
    """Split a file (or `data` read for it, e.g. from a pack) into front matter and body."""
    try:
        text = (path.read_bytes() if data is None else data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.append(ContentProblem(path, 1, f"not valid UTF-8 text ({exc.reason})"))
        return None
    except OSError as exc:
        problems.append(ContentProblem(path, 0, f"cannot be read ({exc.strerror or exc})"))
        return None
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        problems.append(ContentProblem(path, 1, "missing front matter: the first line must be ---"))
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        problems.append(
            ContentProblem(path, 1, "front matter is not closed: add a line with --- after it")
        )
        return None
    fields: dict[str, tuple[str, int]] = {}
    for i in range(1, end):
        lineno = i + 1
        line = lines[i]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip()
        if not sep or not key:
            problems.append(ContentProblem(path, lineno, f"expected 'key: value', got {line!r}"))
            continue
        if key not in KNOWN_KEYS:
            problems.append(
                ContentProblem(
                    path, lineno, f"unknown key {key!r} (known: {', '.join(KNOWN_KEYS)})"
                )
            )
            continue
        if key in fields:
            problems.append(
                ContentProblem(
                    path, lineno, f"duplicate key {key!r} (first on line {fields[key][1]})"
                )
            )
            continue
        fields[key] = (value.strip(), lineno)
    body = "\n".join(lines[end + 1 :]).strip("\n")
    return _Parsed(path, fields, body, end + 2)


def _build_article(p: _Parsed, problems: list[ContentProblem]) -> Article | None:
    """Check one file's front matter values and make an Article (None if it has problems)."""
    before = len(problems)
    f = p.fields
    for key in REQUIRED_KEYS:
        if key not in f:
            problems.append(ContentProblem(p.path, 1, f"missing key {key!r} in the front matter"))
        elif not f[key][0]:
            problems.append(ContentProblem(p.path, f[key][1], f"{key!r} is empty"))
    for key in ("title", "summary"):
        if key in f and re.search(r"<[A-Za-z/!]", f[key][0]):
            problems.append(
                ContentProblem(p.path, f[key][1], f"{key} must be plain text, not HTML")
            )
    article_id = f.get("id", ("", 0))[0]
    if article_id and not ID_RE.match(article_id):
        problems.append(
            ContentProblem(
                p.path, f["id"][1], f"bad id {article_id!r}: use lower-case letters, digits and -"
            )
        )
    order = 0
    if f.get("order", ("", 0))[0]:
        try:
            order = int(f["order"][0])
        except ValueError:
            problems.append(
                ContentProblem(
                    p.path, f["order"][1], f"order must be a whole number, got {f['order'][0]!r}"
                )
            )
    reviewed = f.get("reviewed", ("", 0))[0]
    if reviewed:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", reviewed):
                raise ValueError
            _dt.date.fromisoformat(reviewed)
        except ValueError:
            problems.append(
                ContentProblem(
                    p.path,
                    f["reviewed"][1],
                    f"bad date {reviewed!r}: use YYYY-MM-DD, e.g. 2026-11-26",
                )
            )
    if not p.body.strip():
        problems.append(ContentProblem(p.path, p.body_line, "the article has no text"))
    for lineno, line in enumerate(p.body.split("\n"), start=p.body_line):
        for m in LINK_RE.finditer(line):
            target = m.group(2)
            # An image of a pack (`![alt](images/a.png)`): index.packs checks it exists.
            is_image = line[m.start() - 1 : m.start()] == "!" and target.startswith("images/")
            if not target.startswith(ALLOWED_SCHEMES) and not is_image:
                problems.append(
                    ContentProblem(
                        p.path,
                        lineno,
                        f"link {target!r} is not allowed (use article:ID, tel:, https:// or mailto:)",
                    )
                )
            elif target.startswith("tel:"):
                digits = re.sub(r"\D", "", m.group(1))
                tel_digits = re.sub(r"\D", "", target)
                if not digits or not tel_digits.endswith(digits[-10:]):
                    problems.append(
                        ContentProblem(
                            p.path,
                            lineno,
                            f"phone link text {m.group(1)!r} does not match {target!r}",
                        )
                    )
    if len(problems) > before:
        return None
    return Article(
        id=article_id,
        title=f["title"][0],
        summary=f["summary"][0],
        keywords=_split_list(f.get("keywords", ("", 0))[0]),
        related=_split_list(f.get("related", ("", 0))[0]),
        order=order,
        source=f["source"][0],
        reviewed=reviewed,
        body=p.body,
        path=p.path,
        body_line=p.body_line,
    )


def load_library(content_dir: Path) -> Library:
    """Read and validate every article; raise ContentError listing every problem found."""
    content_dir = Path(content_dir)
    if not content_dir.is_dir():
        raise ContentError([ContentProblem(content_dir, 0, "the content folder does not exist")])
    files = article_files(content_dir)
    if not files:
        raise ContentError([ContentProblem(content_dir, 0, "no articles (*.md files) found")])
    return library_from_files([(path, None) for path in files], content_hash(content_dir))


def library_from_files(
    files: Sequence[tuple[Path, bytes | None]],
    digest: str,
    problems: list[ContentProblem] | None = None,
) -> Library:
    """Check and load articles given as (path, bytes or None to read the path), e.g. from a pack."""
    problems = [] if problems is None else problems
    parsed = [
        p for p in (_parse_file(path, problems, data) for path, data in files) if p is not None
    ]
    # Ids are checked across all files, even those with other problems, so every clash shows.
    seen: dict[str, Path] = {}
    for p in parsed:
        if "id" in p.fields and p.fields["id"][0]:
            article_id, id_line = p.fields["id"]
            if article_id in seen:
                problems.append(
                    ContentProblem(
                        p.path,
                        id_line,
                        f"duplicate id {article_id!r} (also in {seen[article_id].name})",
                    )
                )
            else:
                seen[article_id] = p.path
    articles = [a for a in (_build_article(p, problems) for p in parsed) if a is not None]
    for p in parsed:
        body_lines = p.body.split("\n")
        for lineno, body_line in enumerate(body_lines, start=p.body_line):
            for m in LINK_RE.finditer(body_line):
                target = m.group(2)
                if target.startswith("article:") and target[len("article:") :] not in seen:
                    problems.append(
                        ContentProblem(
                            p.path, lineno, f"link to unknown article {target[len('article:') :]!r}"
                        )
                    )
        if "related" in p.fields:
            value, related_line = p.fields["related"]
            for rid in _split_list(value):
                if rid not in seen:
                    problems.append(
                        ContentProblem(
                            p.path, related_line, f"related id {rid!r} is not an article"
                        )
                    )
    if problems:
        problems.sort(key=lambda pr: (str(pr.path), pr.line))
        raise ContentError(problems)
    articles.sort(key=lambda a: (a.order, a.id))
    return Library(tuple(articles), digest)


def library_from_checked_files(files: Sequence[tuple[Path, bytes]], digest: str) -> Library:
    """Articles whose exact bytes passed `library_from_files` before (a pack checked when it was
    added, its bytes matched by hash since): front matter read, the body's checks not run again.

    Anything unexpected (a file that does not parse, a missing key, a repeated id) falls back to
    `library_from_files`, which raises ContentError listing every problem.
    """
    articles: list[Article] = []
    seen: set[str] = set()
    problems: list[ContentProblem] = []
    for path, data in files:
        p = _parse_file(path, problems, data)
        if p is None or problems or not all(p.fields.get(k, ("",))[0] for k in REQUIRED_KEYS):
            return library_from_files(files, digest)
        f = p.fields
        article_id, order = f["id"][0], f["order"][0]
        plain = not re.search(r"<[A-Za-z/!]", f["title"][0] + f["summary"][0])
        dated = re.fullmatch(r"\d{4}-\d{2}-\d{2}", f["reviewed"][0]) is not None
        try:
            dated = dated and bool(_dt.date.fromisoformat(f["reviewed"][0]))
        except ValueError:
            dated = False
        if (
            article_id in seen
            or not ID_RE.match(article_id)
            or not order.isdigit()
            or not plain
            or not dated
            or not p.body.strip()
        ):
            return library_from_files(files, digest)
        seen.add(article_id)
        articles.append(
            Article(
                id=article_id,
                title=f["title"][0],
                summary=f["summary"][0],
                keywords=_split_list(f.get("keywords", ("", 0))[0]),
                related=_split_list(f.get("related", ("", 0))[0]),
                order=int(order),
                source=f["source"][0],
                reviewed=f["reviewed"][0],
                body=p.body,
                path=p.path,
                body_line=p.body_line,
            )
        )
    articles.sort(key=lambda a: (a.order, a.id))
    return Library(tuple(articles), digest)
