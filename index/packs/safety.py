"""Checks on a pack's Markdown beyond `index.content`'s: no raw HTML, no remote or local-file
images, no link schemes other than article:, tel:, https://, http:// and mailto:.

A pack that fails them is refused (nothing is silently dropped from legal text); rendering
escapes raw HTML and drops unsafe links and images anyway (`index.render`), as a second guard.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from index.content import ALLOWED_SCHEMES, ContentProblem

# An HTML tag, comment, declaration or processing instruction, or a <...> autolink.
RAW_HTML_RE = re.compile(r"<[A-Za-z/!?]")
INLINE_CODE_RE = re.compile(r"`[^`\n]*`")
IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\(\s*<?([^)\s>]*)")
LINK_TARGET_RE = re.compile(r"\]\(\s*<?([^)\s>]*)")
REFERENCE_RE = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s*<?(\S*?)>?(?:\s|$)")
ENTITY_RE = re.compile(r"&#?[A-Za-z0-9]+;")


def markdown_problems(
    path: Path, body: str, body_line: int, images: Collection[str] = ()
) -> list[ContentProblem]:
    """Every unsafe construct in an article body, as `file:line: message` problems."""
    problems: list[ContentProblem] = []
    for lineno, raw_line in enumerate(body.split("\n"), start=body_line):
        line = INLINE_CODE_RE.sub("", raw_line)
        if RAW_HTML_RE.search(line):
            problems.append(
                ContentProblem(
                    path,
                    lineno,
                    "raw HTML or a <...> link is not allowed: write links as [text](https://...)",
                )
            )
        if ENTITY_RE.search(line):
            problems.append(
                ContentProblem(path, lineno, "HTML character references (&...;) are not allowed")
            )
        image_targets = set()
        for m in IMAGE_RE.finditer(line):
            target = m.group(1)
            image_targets.add(m.start(1))
            if target not in images:
                problems.append(
                    ContentProblem(
                        path,
                        lineno,
                        f"image {target!r} must be a PNG or JPEG file of the pack (images/NAME.png)",
                    )
                )
        targets = [
            m.group(1) for m in LINK_TARGET_RE.finditer(line) if m.start(1) not in image_targets
        ]
        ref = REFERENCE_RE.match(line)
        if ref:
            targets.append(ref.group(1))
        for target in targets:
            if not target.startswith(ALLOWED_SCHEMES):
                problems.append(
                    ContentProblem(
                        path,
                        lineno,
                        f"link {target!r} is not allowed (use article:ID, tel:, https:// or mailto:)",
                    )
                )
    return problems
