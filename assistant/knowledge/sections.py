"""Split a Markdown body into heading-path sections: the unit a chunk's citation names.

It lives in `assistant` because both sides need it: ingest chunks by it, and the catalog reads a
cited section back with it ("AWS Support plans > Business Support").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from assistant.front_matter import read_front_matter

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def split_sections(body: str, title: str) -> Iterator[tuple[str, str]]:
    """Yield (heading path, text) per section; headings inside code fences are text.

    A section's text is its own lines only, not its subsections'; text before any heading is
    filed under `title`.
    """
    path: list[tuple[int, str]] = []
    lines: list[str] = []
    in_fence = False

    def current() -> str:
        return " > ".join(h for _, h in path) or title

    for line in body.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
        m = None if in_fence else _HEADING.match(line)
        if m:
            if any(x.strip() for x in lines):
                yield current(), "\n".join(lines)
            lines = []
            level = len(m.group(1))
            path = [(lv, h) for lv, h in path if lv < level] + [(level, m.group(2).strip())]
        else:
            lines.append(line)
    if any(x.strip() for x in lines):
        yield current(), "\n".join(lines)


def read_sections(path: Path) -> dict[str, str]:
    """Section path -> text for one corpus file; a path used twice gets both texts joined.

    Front matter is skipped by the reader the ingest loader uses.
    """
    meta, text = read_front_matter(path.read_text(encoding="utf-8"))
    title = meta["title"].strip() if isinstance(meta.get("title"), str) else path.stem
    out: dict[str, str] = {}
    for section, body in split_sections(text, title):
        out[section] = f"{out[section]}\n\n{body}" if section in out else body
    return out
