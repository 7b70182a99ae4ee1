"""Information packs for the app: the store in this user's data, and the facts an answer shows.

Qt-free. The UI gets records (`PackFacts`, `Translation`, `PackSummary`) and writes them in
the person's language (`desktop/ui/pages.py`, `desktop/ui/packs_dialog.py`).
"""

from __future__ import annotations

import datetime as _dt
import functools
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.help_records import PackFacts, Translation

if TYPE_CHECKING:
    from desktop.core.paths import AppPaths
    from index.content import Library
    from index.packs.active import ActiveLibrary
    from index.packs.store import PackStore
    from index.packs.verify import LoadedPack
    from index.search import SearchResponse

# An answer whose source's as-of date is older than this many months carries a warning.
STALE_AFTER_MONTHS = 12


def machine_policy(paths: AppPaths) -> dict[str, bool]:
    """The machine-wide pack policy (`<machine>/policy.json`): {"user_packs": bool}.

    With "user_packs": false, only the packs and keys an administrator put in the machine-wide
    folder count: what someone using the PC adds to their own data is ignored.
    """
    import json

    policy = {"user_packs": True}
    if paths.machine_dir is not None:
        try:
            data = json.loads((paths.machine_dir / "policy.json").read_text(encoding="utf-8"))
            if isinstance(data, dict) and isinstance(data.get("user_packs"), bool):
                policy["user_packs"] = data["user_packs"]
        except (OSError, ValueError):
            pass
    return policy


def pack_store(paths: AppPaths) -> PackStore:
    """The pack store of this run: machine-wide and this user's packs, keys, built-in content.

    When the machine policy forbids user packs, the store is the machine-wide folder itself
    (so adding a pack needs an administrator) and the user's own keys are not trusted.
    """
    from index.packs.store import PackStore

    machine = paths.machine_dir
    if machine is not None and not machine_policy(paths)["user_packs"]:
        return PackStore(machine / "packs", paths.pack_key_dirs[:-1], paths.content_dir)
    shared = [machine / "packs"] if machine is not None else []
    return PackStore(paths.packs_dir, paths.pack_key_dirs, paths.content_dir, shared)


def answer_facts(
    pack: LoadedPack, today: _dt.date | None = None, stale_months: int = STALE_AFTER_MONTHS
) -> PackFacts:
    """The facts an answer page shows about the pack it comes from."""
    from desktop.core.clinic_notes import LOCAL, is_notes_pack
    from index.packs.manifest import is_stale

    m = pack.manifest
    return PackFacts(
        pack_id=m.id,
        pack_title=m.title,
        publisher=m.publisher,
        as_of=m.as_of_text or m.as_of,
        taken=m.taken,
        trust=pack.trust.status,
        signer=pack.trust.signer,
        stale=is_stale(m, today or _dt.date.today(), stale_months),
        kind=LOCAL if is_notes_pack(m.id) else "",
    )


def verified_response(
    content: Library,
    response: SearchResponse,
    packs: ActiveLibrary | None = None,
    language: str = "",
) -> SearchResponse:
    """Hits whose words come from the verified articles, not from the index's stored text.

    The index only ranks: a hit for an unknown article is dropped, titles and summaries
    are the articles' own, and a snippet not found in the article's text is replaced. With
    `packs` and `language`, answers from packs in that language come first (order kept).
    """
    import dataclasses

    from index.render import MATCH_CLOSE, MATCH_OPEN

    hits = []
    for hit in response.hits:
        if hit.id not in content:
            continue
        art = content.get(hit.id)
        # A snippet is escaped text with the matched words in MATCH_OPEN/MATCH_CLOSE: any other
        # markup, or words not in the verified article, and the article's summary is shown.
        bare = hit.snippet.replace(MATCH_OPEN, "").replace(MATCH_CLOSE, "")
        ok = "<" not in bare and all(
            p in _shown_text(art.body) or p in art.summary
            for p in (" ".join(piece.split()) for piece in html.unescape(bare).split("\u2026"))
            if p
        )
        hits.append(
            dataclasses.replace(
                hit,
                title=art.title,
                summary=art.summary,
                snippet=hit.snippet if ok else html.escape(art.summary),
            )
        )
    if packs is not None and language:
        base = language.replace("_", "-").split("-")[0]  # "pt_BR" (settings) ~ "pt-BR" (packs)
        # Only the hits' packs are looked at (a large pack must not slow every keystroke).
        hits.sort(key=lambda h: packs.pack_of[h.id].manifest.language.split("-")[0] != base)
    return dataclasses.replace(response, hits=hits)


@functools.lru_cache(maxsize=4096)
def _shown_text(body: str) -> str:
    """The words of an article a snippet may quote, once per article: its text, and its text
    without the links to other articles (which the index leaves out, `index.render`)."""
    return _text_of(body) + "\n" + _text_of(re.sub(r"\[[^\]]*\]\(article:[^)]*\)", "", body))


def _text_of(body: str) -> str:
    """An article's words as shown, roughly, without rendering its Markdown (fast):
    link targets, emphasis marks, list and heading markers and escapes removed."""
    text = re.sub(r"\]\([^)]*\)", "", body)
    text = re.sub(r"(?m)^\s*(?:[-*+]|\d+\.|#+|>)\s+", " ", text)
    text = re.sub(r"\\(.)", r"\1", text.replace("[", "").replace("**", "").replace("*", ""))
    return " ".join(text.split())


@dataclass(frozen=True)
class PackSummary:
    """One pack as `pack list` and Manage packs show it."""

    id: str
    title: str
    publisher: str
    language: str
    version: str
    as_of: str
    taken: str
    articles: int
    trust: str
    signer: str
    builtin: bool
    active: bool
    disabled: bool

    @property
    def verified(self) -> bool:
        """True when a trusted key signed the pack or it is built into the program."""
        return self.trust in ("verified", "built-in")


@dataclass(frozen=True)
class PackPreview:
    """What adding a pack would do, shown before it is added."""

    summary: PackSummary
    key_id: str
    replaces: str  # "" / "built-in" / the installed version it replaces
    new_articles: int
    changed_articles: int


def pack_summaries(store: PackStore) -> tuple[list[PackSummary], list[tuple[str, str]]]:
    """The built-in and installed packs, and the (file, reason) of installed packs refused."""
    loaded = store.load()
    active = {(p.manifest.id, p.manifest_sha256) for p in loaded.active.packs}
    disabled = set(store.disabled())
    packs = ([loaded.builtin] if loaded.builtin else []) + list(loaded.installed)
    rows = [
        _summary(p, p is loaded.builtin, (p.manifest.id, p.manifest_sha256) in active, disabled)
        for p in packs
    ]
    return rows, [(str(path), reason) for path, reason in loaded.refused]


def _summary(pack: LoadedPack, builtin: bool, active: bool, disabled: set[str]) -> PackSummary:
    m = pack.manifest
    return PackSummary(
        id=m.id,
        title=m.title,
        publisher=m.publisher,
        language=m.language,
        version=m.version,
        as_of=m.as_of_text or m.as_of,
        taken=m.taken,
        articles=len(pack.library.articles),
        trust=pack.trust.status,
        signer=pack.trust.signer,
        builtin=builtin,
        active=active,
        disabled=m.id in disabled and not builtin,
    )


def preview_pack(store: PackStore, path: Path) -> PackPreview:
    """Check a pack file and compare it with the pack it would replace (PackError if refused)."""
    pack = store.inspect(path)
    loaded = store.load()
    same = [p for p in loaded.installed if p.manifest.id == pack.manifest.id]
    if not same and loaded.builtin and loaded.builtin.manifest.id == pack.manifest.id:
        same = [loaded.builtin]
    replaces = ""
    new = changed = 0
    if same:
        old = same[0]
        replaces = "built-in" if old is loaded.builtin else old.manifest.version
        for art in pack.library.articles:
            if art.id not in old.library:
                new += 1
            else:
                before = old.library.get(art.id)
                changed += (before.title, before.body) != (art.title, art.body)
    else:
        new = len(pack.library.articles)
    return PackPreview(
        _summary(pack, False, False, set()), pack.trust.key_id, replaces, new, changed
    )


# Each language named in itself, so a person finds theirs whatever language the page is in.
LANGUAGE_NAMES = {
    "en": "English",
    "es": "Español",
    "ht": "Kreyòl ayisyen",
    "pt": "Português",
    "fr": "Français",
}


def translations_of(packs: ActiveLibrary, article_id: str) -> tuple[Translation, ...]:
    """Articles with the same id in active packs of other languages, by language."""
    from index.packs.active import SEPARATOR

    pack = packs.pack_of.get(article_id)
    if pack is None:
        return ()
    found: dict[str, str] = {}
    for other_id in packs.same_id.get(article_id.split(SEPARATOR, 1)[-1], ()):
        other = packs.pack_of[other_id]
        if other.manifest.language != pack.manifest.language:
            found.setdefault(other.manifest.language, other_id)
    return tuple(
        Translation(lang, LANGUAGE_NAMES.get(lang.split("-")[0], lang), aid)
        for lang, aid in sorted(found.items())
    )
