"""Which packs are active, and their articles merged into one library for search and reading.

Of several packs with the same id, the newest version wins (the built-in pack is the fallback
and comes back when a newer copy is removed); a pack named in an active pack's `supersedes` is
set aside. The first active pack (the built-in one, or the pack replacing it) keeps its article
ids; the articles of every other pack are named `PACK--ID` (`--` cannot occur in an id), and
their `article:` links and related ids are renamed to match.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.content import Article, Library
from index.packs.verify import LoadedPack

SEPARATOR = "--"


@dataclass(frozen=True)
class ActiveLibrary:
    """The merged articles of the active packs and, for each article id, its pack."""

    library: Library
    packs: tuple[LoadedPack, ...]
    pack_of: dict[str, LoadedPack]

    @functools.cached_property
    def same_id(self) -> dict[str, tuple[str, ...]]:
        """Article ids by the id they have in their own pack, in pack order (translations of
        each other share it); worked out once, not on every answer shown."""
        by_base: dict[str, list[str]] = {}
        for aid in self.pack_of:
            by_base.setdefault(aid.split(SEPARATOR, 1)[-1], []).append(aid)
        return {base: tuple(ids) for base, ids in by_base.items()}


def resolve_active(
    builtin: LoadedPack | None, installed: Sequence[LoadedPack], disabled: Sequence[str] = ()
) -> list[LoadedPack]:
    """The packs to use, the built-in pack's id (or its replacement) first."""
    newest: dict[str, LoadedPack] = {}
    for pack in ([builtin] if builtin else []) + [
        p for p in installed if p.manifest.id not in disabled
    ]:
        have = newest.get(pack.manifest.id)
        if have is None or pack.manifest.version_key > have.manifest.version_key:
            newest[pack.manifest.id] = pack
    superseded = {s for p in newest.values() for s in p.manifest.supersedes if s != p.manifest.id}
    active = [p for p in newest.values() if p.manifest.id not in superseded]
    first = builtin.manifest.id if builtin else ""
    active.sort(key=lambda p: (p.manifest.id != first, p.manifest.title.casefold(), p.manifest.id))
    return active


def _rename(article: Article, prefix: str) -> Article:
    """An article of a secondary pack with its id, links and related ids qualified."""
    body = article.body
    if "](article:" in body:
        body = re.sub(r"\]\(article:([a-z0-9-]+)\)", rf"](article:{prefix}\1)", body)
    return dataclasses.replace(
        article,
        id=prefix + article.id,
        body=body,
        related=tuple(prefix + r for r in article.related),
    )


def merge_packs(active: Sequence[LoadedPack]) -> ActiveLibrary:
    """One library over the active packs' articles, in pack order then article order."""
    articles: list[Article] = []
    pack_of: dict[str, LoadedPack] = {}
    for n, pack in enumerate(active):
        prefix = "" if n == 0 else pack.manifest.id + SEPARATOR
        for article in pack.library.articles:
            renamed = _rename(article, prefix) if prefix else article
            articles.append(renamed)
            pack_of[renamed.id] = pack
    if len(active) == 1:
        digest = active[0].library.content_hash
    else:
        h = hashlib.sha256()
        for pack in active:
            h.update(pack.library.content_hash.encode("ascii") + b"\0")
        digest = h.hexdigest()
    return ActiveLibrary(Library(tuple(articles), digest), tuple(active), pack_of)
