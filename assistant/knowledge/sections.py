"""Split a Markdown body into heading-path sections: the unit a chunk's citation names.

It lives in `assistant` because both sides need it: ingest chunks by it, and the catalog reads a
cited section back with it ("AWS Support plans > Business Support").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import yaml

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

    Front matter is skipped the way the ingest loader skips it (first line `---` up to the next).
    """
    text = path.read_text(encoding="utf-8").lstrip("\ufeff")
    lines = text.split("\n")
    title, start = path.stem, 0
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            meta = yaml.safe_load("\n".join(lines[1:end])) or {}
            if isinstance(meta, dict) and isinstance(meta.get("title"), str):
                title = meta["title"].strip()
            start = end + 1
    out: dict[str, str] = {}
    for section, body in split_sections("\n".join(lines[start:]), title):
        out[section] = f"{out[section]}\n\n{body}" if section in out else body
    return out
