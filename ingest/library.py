"""The user's own documents in `corpus/documents/<source>/`: add (copy in), remove, list.

Ingest reads them like any corpus file; this module only places and removes files, so the CLI's
`add`, `remove` and `list` and the Sources page's upload share one set of rules: supported types and
size limits are checked before anything is copied, and nothing outside `corpus/documents/` is touched.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from assistant.corpus_files import CONVERTED_SUFFIXES, SUFFIXES, SUPPORTED, file_sha, source_name
from assistant.errors import AssistantError
from assistant.messages import bilingual
from ingest.loaders import DOCUMENTS

DEFAULT_SOURCE = "added"
_SOURCE = re.compile(r"^[\w][\w.-]{0,63}$")


class LibraryError(AssistantError):
    """A bad source name, or a path to remove that is not one of the added documents."""

    exit_code = 2


@dataclass(frozen=True)
class Refused:
    name: str
    reason: str  # English / Korean

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "reason": self.reason}


@dataclass
class Placed:
    """What `add` did: files copied in (new or changed), already there unchanged, and refused."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"added": self.added, "unchanged": self.unchanged, "refused": [r.to_dict() for r in self.refused]}


@dataclass(frozen=True)
class Entry:
    source: str  # corpus/documents/team/guide.pdf
    folder: str  # team
    size: int
    modified: str  # YYYY-MM-DD
    state: str  # ingested, changed (since the last ingest), not ingested, unsupported

    def to_dict(self) -> dict[str, object]:
        return {"source": self.source, "folder": self.folder, "size": self.size, "modified": self.modified,
                "state": self.state}  # fmt: skip


def folder_of(corpus: Path, source: str) -> Path:
    if not _SOURCE.match(source):
        raise LibraryError(bilingual("ingest.bad_folder", name=repr(source)))
    return corpus / DOCUMENTS / source


def check_file(name: str, size: int, max_bytes: int, max_doc_bytes: int) -> str | None:
    """Why a file cannot be added (bilingual), or None when it can."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        return bilingual("ingest.unsupported", suffix=suffix or name, supported=SUPPORTED)
    limit, var = (max_doc_bytes, "WA_MAX_DOC_MB") if suffix in CONVERTED_SUFFIXES else (max_bytes, "WA_MAX_FILE_MB")
    if size > limit:
        return bilingual("ingest.too_big", size=f"{size / 2**20:.1f}", limit=f"{limit / 2**20:g}", var=var)
    if size == 0:
        return bilingual("ingest.empty_file")
    return None


def add_paths(paths: list[Path], corpus: Path, source: str, max_bytes: int, max_doc_bytes: int) -> Placed:
    """Copy files (a folder: its supported files) into corpus/documents/<source>/, keeping their dates."""
    target = folder_of(corpus, source)
    done = Placed()
    for path in paths:
        if not path.exists():
            done.refused.append(Refused(str(path), bilingual("ingest.no_such_file")))
            continue
        files = [path]
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        for f in files:
            if path.is_dir() and f.suffix.lower() not in SUFFIXES:
                continue  # a folder's other files are not what was asked for
            why = check_file(f.name, f.stat().st_size, max_bytes, max_doc_bytes)
            if why:
                done.refused.append(Refused(str(f), why))
                continue
            _place(target / f.name, f.read_bytes(), corpus, done, copy_from=f)
    return done


def add_bytes(name: str, data: bytes, corpus: Path, source: str, max_bytes: int, max_doc_bytes: int) -> Placed:
    """An uploaded file, saved into corpus/documents/<source>/ under its own (base) name."""
    target = folder_of(corpus, source)
    done = Placed()
    base = Path(name.replace("\\", "/")).name
    why = bilingual("ingest.not_a_file_name") if base in ("", ".", "..") or base.startswith(".") else None
    why = why or check_file(base, len(data), max_bytes, max_doc_bytes)
    if why:
        done.refused.append(Refused(name, why))
    else:
        _place(target / base, data, corpus, done)
    return done


def _place(dest: Path, data: bytes, corpus: Path, done: Placed, copy_from: Path | None = None) -> None:
    source = source_name(dest, corpus)
    if dest.is_file() and file_sha(dest.read_bytes()) == file_sha(data):
        done.unchanged.append(source)
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    if copy_from is not None:
        shutil.copy2(copy_from, dest)  # keeps the file's date: a document's as_of
    else:
        dest.write_bytes(data)
    done.added.append(source)


def remove_names(names: list[str], corpus: Path) -> list[str]:
    """Delete added documents named by source (corpus/documents/team/x.pdf), path under documents/
    (team/x.pdf) or folder (team); refuses anything else before deleting anything."""
    root = (corpus / DOCUMENTS).resolve()
    targets: list[Path] = []
    for name in names:
        rel = name.replace("\\", "/").strip("/")
        prefix = f"{corpus.resolve().name}/{DOCUMENTS}/"
        rel = rel[len(prefix) :] if rel.startswith(prefix) else rel
        path = (root / rel).resolve()
        if not rel or not path.is_relative_to(root) or path == root or not path.exists():
            raise LibraryError(bilingual("ingest.not_added", name=repr(name)))
        targets.append(path)
    removed = []
    for path in targets:
        files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
        removed += [source_name(p, corpus) for p in sorted(files)]
        shutil.rmtree(path) if path.is_dir() else path.unlink()
        if path.parent != root and path.parent.is_dir() and not any(path.parent.iterdir()):
            path.parent.rmdir()
    return removed


def entries(corpus: Path, ingested: dict[str, str]) -> list[Entry]:
    """Every file under corpus/documents/, with whether the store holds it as it is now.

    `ingested` is the current store's record of source -> content hash (its manifest)."""
    import datetime as dt

    root = corpus / DOCUMENTS
    out = []
    for path in sorted(root.rglob("*")) if root.is_dir() else []:
        rel = path.relative_to(root)
        if not path.is_file() or any(p.startswith(".") for p in rel.parts):
            continue
        source = source_name(path, corpus)
        stat = path.stat()
        have = ingested.get(source)
        if path.suffix.lower() not in SUFFIXES:
            state = "unsupported"
        elif have is None:
            state = "not ingested"
        else:
            state = "ingested" if have == file_sha(path.read_bytes()) else "changed"
        day = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC).date().isoformat()
        out.append(Entry(source, rel.parts[0] if len(rel.parts) > 1 else "", stat.st_size, day, state))
    return out
