"""Find corpus files and parse their YAML front matter; a bad file is reported, never guessed at."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.corpus_files import SUFFIXES, file_sha, scan, source_name
from assistant.errors import CorpusError
from assistant.front_matter import FrontMatterError, split_front_matter

__all__ = ["SUFFIXES", "Document", "file_sha", "find_files", "load_document", "scan", "source_name"]
REQUIRED = ("title", "lang", "kind", "topics", "as_of", "references")
LANGS = {"ko", "en"}


@dataclass(frozen=True)
class Document:
    source: str  # relative to the repo: corpus/notes/x.md
    meta: dict[str, Any]
    body: str
    body_line: int  # 1-based line number where the body starts in the file
    sha: str  # hash of the whole file, for the no-change fast path


def find_files(corpus: Path) -> list[Path]:
    """Every Markdown/text file under `corpus`, sorted, skipping hidden folders and symbolic links."""
    return scan(corpus).files


def load_document(path: Path, corpus: Path) -> Document:
    source = source_name(path, corpus)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CorpusError(source, "is not UTF-8 text: save it as UTF-8", line) from exc
    meta, body, body_line = parse_front_matter(text, source)
    return Document(source, meta, body, body_line, file_sha(raw))


def parse_front_matter(text: str, source: str) -> tuple[dict[str, Any], str, int]:
    """Split `---` YAML front matter from the body and check the required fields."""
    try:
        fm = split_front_matter(text)
    except FrontMatterError as exc:
        raise CorpusError(source, _FRONT_MATTER_PROBLEMS[exc.reason].format(problem=exc.problem), exc.line) from None
    _check_fields(fm.meta, source, fm.lines)
    return fm.meta, fm.body, fm.body_line


_FRONT_MATTER_PROBLEMS = {
    "absent": f"has no YAML front matter: start the file with '---', the fields {', '.join(REQUIRED)}, and '---'",
    "unclosed": "front matter is not closed: add a '---' line after it",
    "yaml": "front matter is not valid YAML ({problem})",
    "mapping": "front matter must be a YAML mapping of field: value",
}


def _check_fields(meta: dict[str, Any], source: str, fm_lines: list[str]) -> None:
    def line_of(key: str) -> int:
        for i, line in enumerate(fm_lines):
            if line.startswith(f"{key}:"):
                return i + 2
        return 1

    missing = [k for k in REQUIRED if k not in meta]
    if missing:
        raise CorpusError(source, f"front matter lacks {', '.join(missing)}", 1)
    if not isinstance(meta["title"], str) or not meta["title"].strip():
        raise CorpusError(source, "title must be a non-empty string", line_of("title"))
    if meta["lang"] not in LANGS:
        raise CorpusError(source, f"lang must be 'ko' or 'en', not {meta['lang']!r}", line_of("lang"))
    if not isinstance(meta["kind"], str):
        raise CorpusError(source, "kind must be a string such as 'summary' or 'notes'", line_of("kind"))
    if not isinstance(meta["topics"], list) or not all(isinstance(t, str) for t in meta["topics"]):
        raise CorpusError(source, "topics must be a list of strings, e.g. [reliability]", line_of("topics"))
    if not isinstance(meta["as_of"], dt.date):
        raise CorpusError(source, "as_of must be a date written YYYY-MM-DD", line_of("as_of"))
    if not isinstance(meta["references"], list):
        raise CorpusError(source, "references must be a list of URLs (may be empty: [])", line_of("references"))
