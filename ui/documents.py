"""Browse the corpus as documents: list them with their front matter, and read one safely.

A document is named the way chunk sources name it ("corpus/summaries/en/x.md"), so a citation can
open its file. Reading resolves the path and refuses anything outside the corpus folder.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from assistant.corpus_files import CONVERTED_SUFFIXES, SUFFIXES  # what ingest reads
from assistant.errors import AssistantError
from assistant.front_matter import read_front_matter


class SourceRefused(AssistantError):
    """A requested document is outside the corpus folder, hidden, not a corpus file, or missing."""

    exit_code = 2


@dataclass(frozen=True)
class DocumentInfo:
    source: str  # corpus/summaries/en/x.md
    title: str
    lang: str
    kind: str
    topics: tuple[str, ...]
    as_of: str
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    info: DocumentInfo
    body: str
    meta: dict[str, Any] = field(default_factory=dict)


def list_documents(corpus: Path) -> list[DocumentInfo]:
    """Every readable corpus file with its front matter, sorted by source; bad front matter gives blanks."""
    root = corpus.resolve()
    if not root.is_dir():
        return []
    out = []
    for path in sorted(root.rglob("*")):
        source = (PurePosixPath(root.name) / path.relative_to(root).as_posix()).as_posix()
        try:
            out.append(_read(root, resolve_source(root, source)).info)
        except SourceRefused:  # a folder, another kind of file, a hidden one, a link out of the corpus
            continue
    return out


def read_document(corpus: Path, source: str) -> Document:
    """The document named `source`; raises SourceRefused for anything that is not a file in the corpus."""
    root = corpus.resolve()
    return _read(root, resolve_source(root, source))


def resolve_source(corpus: Path, source: str) -> Path:
    """The file behind a source name, after resolving `..` and symlinks; only corpus files pass."""
    root = corpus.resolve()
    refused = SourceRefused(f"{source!r} is not a document in the corpus folder {root.name}/: pick one from the list.")
    parts = PurePosixPath(source.replace("\\", "/")).parts
    if len(parts) < 2 or parts[0] != root.name or any(p.startswith(".") for p in parts[1:]):
        raise refused
    try:
        path = root.joinpath(*parts[1:]).resolve()
    except (OSError, ValueError, RuntimeError):  # a null byte, a symlink loop
        raise refused from None
    if not path.is_relative_to(root) or path.suffix.lower() not in SUFFIXES or not path.is_file():
        raise refused
    return path


def topics_by_source(corpus: Path) -> dict[str, tuple[str, ...]]:
    return {d.source: d.topics for d in list_documents(corpus)}


def _read(root: Path, path: Path) -> Document:
    source = (PurePosixPath(root.name) / path.relative_to(root).as_posix()).as_posix()
    stat = path.stat()
    meta, body = _meta_and_body(str(path), str(root), stat.st_mtime_ns, stat.st_size)
    info = DocumentInfo(
        source=source,
        title=str(meta.get("title") or path.stem),
        lang=str(meta.get("lang") or ""),
        kind=str(meta.get("kind") or ""),
        topics=_strings(meta.get("topics")),
        as_of=meta["as_of"].isoformat() if isinstance(meta.get("as_of"), dt.date) else str(meta.get("as_of") or ""),
        references=_strings(meta.get("references")),
    )
    return Document(info, body, meta)


@functools.lru_cache(maxsize=64)
def _meta_and_body(path_: str, root_: str, mtime_ns: int, size: int) -> tuple[dict[str, Any], str]:
    """What ingest reads from the file: its front matter, or the fields ingest infers (and, for a PDF,
    Word, PowerPoint or HTML file, the Markdown it converts to). Cached until the file changes."""
    from ingest.loaders import has_front_matter, inferred_meta, load_document

    path, root = Path(path_), Path(root_)
    if path.suffix.lower() in CONVERTED_SUFFIXES:
        try:
            doc = load_document(path, root)
        except AssistantError as exc:  # shown in place of the text: the same reason ingest gives
            return inferred_meta("", path, root), f"> {exc}"
        return doc.meta, doc.body
    text = path.read_text(encoding="utf-8", errors="replace").lstrip("\ufeff")
    if not has_front_matter(text):
        return inferred_meta(text, path, root), text
    return read_front_matter(text)


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()
