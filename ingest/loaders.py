"""Read corpus files as Documents: front matter where the file has it, inferred fields where not.

A file with YAML front matter must have all six fields (a bad one is reported, never guessed at). A
Markdown or text file without it, and every converted file (PDF, Word, PowerPoint, HTML), is a
`document`: its title is its first heading or file name, its language is read from its text, and its
`as_of` is the file's modification date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.corpus_files import CONVERTED_SUFFIXES, SUFFIXES, file_sha, scan, source_name
from assistant.errors import CorpusError
from assistant.front_matter import FrontMatterError, split_front_matter
from assistant.messages import bilingual
from assistant.retrieval.lexical import detect_lang
from ingest.convert import ConversionError, convert

__all__ = ["SUFFIXES", "Document", "file_sha", "find_files", "load_document", "scan", "source_name"]
REQUIRED = ("title", "lang", "kind", "topics", "as_of", "references")
LANGS = {"ko", "en"}
DOCUMENTS = "documents"  # corpus/documents/<source>/: files added with `wa-assistant add`
KO_SHARE = 0.3  # a document is Korean when at least this share of its paragraphs' characters is Korean
_FIRST_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)


@dataclass(frozen=True)
class Document:
    source: str  # relative to the repo: corpus/notes/x.md
    meta: dict[str, Any]
    body: str
    body_line: int  # 1-based line number where the body starts in the file
    sha: str  # hash of the whole file, for the no-change fast path
    paged: bool = False  # the body carries page marks (PDF pages, slides): chunks get a page
    warnings: tuple[str, ...] = ()  # worth telling the user, not worth refusing the file


def find_files(corpus: Path) -> list[Path]:
    """Every Markdown/text file under `corpus`, sorted, skipping hidden folders and symbolic links."""
    return scan(corpus).files


def load_document(path: Path, corpus: Path, max_pages: int = 500) -> Document:
    source = source_name(path, corpus)
    raw = path.read_bytes()
    if path.suffix.lower() in CONVERTED_SUFFIXES:
        return _converted(path, corpus, source, raw, max_pages)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CorpusError(source, bilingual("ingest.not_utf8"), line) from exc
    if not has_front_matter(text):
        return Document(source, inferred_meta(text, path, corpus), text.lstrip("\ufeff"), 1, file_sha(raw))
    meta, body, body_line = parse_front_matter(text, source)
    return Document(source, meta, body, body_line, file_sha(raw))


def has_front_matter(text: str) -> bool:
    lines = text.lstrip("\ufeff").split("\n", 1)
    return lines[0].strip() == "---"


def _converted(path: Path, corpus: Path, source: str, raw: bytes, max_pages: int) -> Document:
    try:
        got = convert(path, max_pages)
    except ConversionError as exc:
        raise CorpusError(source, str(exc)) from exc
    if not got.markdown.strip() or not any(ch.isalnum() for ch in got.markdown):
        raise CorpusError(source, bilingual("ingest.no_text"))
    warnings: tuple[str, ...] = ()
    if got.blank_pages:
        pages = ", ".join(str(n) for n in got.blank_pages[:10]) + ("…" if len(got.blank_pages) > 10 else "")
        warnings = (bilingual("ingest.blank_pages", pages=pages),)
    meta = inferred_meta(got.markdown, path, corpus, got.title)
    return Document(source, meta, got.markdown, 1, file_sha(raw), paged=got.paged, warnings=warnings)


def inferred_meta(text: str, path: Path, corpus: Path, title: str = "") -> dict[str, Any]:
    """Front matter for a file without any: first heading (or `title`, or the file name), detected
    language, kind `document`, the `documents/<source>` folder as its topic, and the file's date."""
    heading = _FIRST_HEADING.search(text)
    name = heading.group(1).strip() if heading else title or path.stem.replace("_", " ").replace("-", " ")
    rel = path.relative_to(corpus).parts
    topics = [rel[1]] if len(rel) > 2 and rel[0] == DOCUMENTS else []
    mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).date()
    return {
        "title": name,
        "lang": document_lang(text),
        "kind": "document",
        "topics": topics,
        "as_of": mtime,
        "references": [],
    }


def document_lang(text: str) -> str:
    """'ko' when Korean paragraphs (the question reader's test: any Hangul) hold a good share of the text.

    A paragraph is the unit, so an English document quoting a Korean term stays English while a Korean
    one full of English service names is Korean."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    total = sum(len(p) for p in paragraphs)
    korean = sum(len(p) for p in paragraphs if detect_lang(p) == "ko")
    return "ko" if total and korean / total >= KO_SHARE else "en"


def parse_front_matter(text: str, source: str) -> tuple[dict[str, Any], str, int]:
    """Split `---` YAML front matter from the body and check the required fields."""
    try:
        fm = split_front_matter(text)
    except FrontMatterError as exc:
        problem = bilingual(f"ingest.fm_{exc.reason}", problem=exc.problem, fields=", ".join(REQUIRED))
        raise CorpusError(source, problem, exc.line) from None
    _check_fields(fm.meta, source, fm.lines)
    return fm.meta, fm.body, fm.body_line


def _check_fields(meta: dict[str, Any], source: str, fm_lines: list[str]) -> None:
    def line_of(key: str) -> int:
        for i, line in enumerate(fm_lines):
            if line.startswith(f"{key}:"):
                return i + 2
        return 1

    missing = [k for k in REQUIRED if k not in meta]
    if missing:
        raise CorpusError(source, bilingual("ingest.fm_missing", fields=", ".join(missing)), 1)
    if not isinstance(meta["title"], str) or not meta["title"].strip():
        raise CorpusError(source, bilingual("ingest.fm_title"), line_of("title"))
    if meta["lang"] not in LANGS:
        raise CorpusError(source, bilingual("ingest.fm_lang", value=repr(meta["lang"])), line_of("lang"))
    if not isinstance(meta["kind"], str):
        raise CorpusError(source, bilingual("ingest.fm_kind"), line_of("kind"))
    if not isinstance(meta["topics"], list) or not all(isinstance(t, str) for t in meta["topics"]):
        raise CorpusError(source, bilingual("ingest.fm_topics"), line_of("topics"))
    if not isinstance(meta["as_of"], dt.date):
        raise CorpusError(source, bilingual("ingest.fm_as_of"), line_of("as_of"))
    if not isinstance(meta["references"], list):
        raise CorpusError(source, bilingual("ingest.fm_references"), line_of("references"))
