"""The one reader of a corpus file's YAML front matter (a first line `---`, fields, a closing `---`).

Ingest reads it strictly (`split_front_matter` raises, and ingest says what to fix); the web app's
document list, the section reader and the golden-set checker read it leniently (`read_front_matter`
gives no fields rather than failing), so they all agree on where the body starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from assistant import yaml_text

FENCE = "---"


class FrontMatterError(ValueError):
    """`reason` is 'absent', 'unclosed', 'yaml' or 'mapping'; `line` is 1-based in the file."""

    def __init__(self, reason: str, line: int, problem: str = "", body: str | None = None):
        super().__init__(f"{reason} at line {line}: {problem}".rstrip(": "))
        self.reason, self.line, self.problem = reason, line, problem
        self.body = body  # the text after a closed block whose fields could not be read


@dataclass(frozen=True)
class FrontMatter:
    meta: dict[str, Any]
    body: str
    body_line: int  # 1-based line where the body starts
    lines: list[str]  # the front matter's own lines, for pointing at a field


def split_front_matter(text: str) -> FrontMatter:
    """The fields and the body; raises FrontMatterError when the block is absent, unclosed or not a mapping."""
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or lines[0].strip() != FENCE:
        raise FrontMatterError("absent", 1)
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == FENCE), None)
    if end is None:
        raise FrontMatterError("unclosed", 1)
    body = "\n".join(lines[end + 1 :])
    try:
        meta = yaml_text.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FrontMatterError("yaml", mark.line + 2 if mark is not None else 1, problem, body) from None
    if not isinstance(meta, dict):
        raise FrontMatterError("mapping", 2, body=body)
    return FrontMatter(meta, body, end + 2, lines[1:end])


def read_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """(fields, body), forgiving: a file without a readable block has no fields and is all body."""
    try:
        fm = split_front_matter(text)
    except FrontMatterError as exc:  # a closed block that is not a mapping is still not body
        return {}, exc.body if exc.body is not None else text.lstrip("\ufeff")
    return fm.meta, fm.body
