"""Which files of the corpus folder are ingested, and why each other file is not.

Both sides need the same answer: ingest to read the files, and the store check to tell whether the
store is older than its corpus. So the choice lives here, in `assistant/`, and nothing is skipped
without a reason the user is shown.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
# Converted to Markdown at ingest (ingest/convert.py), with their own size limit (WA_MAX_DOC_MB).
CONVERTED_SUFFIXES = {".pdf", ".docx", ".pptx", ".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | CONVERTED_SUFFIXES
# Structured data read by the catalog and the recommenders, not embedded: not worth a warning.
DATA_SUFFIXES = {".yaml", ".yml", ".json", ".jsonl", ".csv"}
CONVERT_HINT = {
    ".doc": "Word 97-2003 (.doc)",
    ".ppt": "PowerPoint 97-2003 (.ppt)",
    ".rst": "reStructuredText",
    ".xlsx": "Excel",
    ".rtf": "RTF",
    ".odt": "OpenDocument",
}
SUPPORTED = "Markdown, text, PDF, Word (.docx), PowerPoint (.pptx), HTML"


@dataclass(frozen=True)
class Skipped:
    """A file under the corpus that is not ingested, and the reason in both languages."""

    source: str
    reason: str
    reason_ko: str
    refused: bool = False  # True: the user must act (too big); False: informational (unsupported type, link)

    def to_dict(self) -> dict[str, object]:
        return {"source": self.source, "reason": self.reason, "reason_ko": self.reason_ko, "refused": self.refused}


@dataclass
class CorpusScan:
    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def source_name(path: Path, corpus: Path) -> str:
    """A stable, repo-relative name: the corpus folder's name plus the path inside it (links not followed)."""
    return (Path(corpus.resolve().name) / path.relative_to(corpus)).as_posix()


def file_sha(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def scan(corpus: Path, max_bytes: int | None = None, max_doc_bytes: int | None = None) -> CorpusScan:
    """Every file ingest reads under `corpus`, sorted; links, oversized and unsupported files are listed.

    `max_bytes` limits text files, `max_doc_bytes` (default: `max_bytes`) the converted formats."""
    out = CorpusScan()
    root = corpus.resolve()
    for path in sorted(corpus.rglob("*")):
        rel = path.relative_to(corpus)
        if _hidden(rel) or path.is_dir():
            continue
        source = (Path(root.name) / rel).as_posix()
        if path.is_symlink() or any(p.is_symlink() for p in list(path.parents)[: len(rel.parts) - 1]):
            target = path.resolve()
            where = "outside the corpus" if not target.is_relative_to(root) else "inside the corpus (a duplicate)"
            out.skipped.append(
                Skipped(
                    source,
                    f"is a symbolic link to {target} {where}: skipped; copy the file into the corpus instead",
                    f"{target}(으)로 연결된 심볼릭 링크라서 건너뜁니다. 파일을 코퍼스에 복사하세요",
                )
            )
            continue
        if not path.is_file():
            continue
        suffix = path.suffix.lower()
        if suffix in DATA_SUFFIXES:
            continue
        if suffix not in SUFFIXES:
            kind = CONVERT_HINT.get(suffix, f"'{suffix or path.name}'")
            out.skipped.append(
                Skipped(
                    source,
                    f"{kind} files are not supported: skipped; save it as one of {SUPPORTED} to include it",
                    f"{kind} 파일은 지원하지 않아 건너뜁니다. 포함하려면 {SUPPORTED} 형식으로 저장하세요",
                )
            )
            continue
        size = path.stat().st_size
        doc = suffix in CONVERTED_SUFFIXES
        limit = (max_doc_bytes or max_bytes) if doc else max_bytes
        if limit is not None and size > limit:
            var = "WA_MAX_DOC_MB" if doc else "WA_MAX_FILE_MB"
            out.skipped.append(
                Skipped(
                    source,
                    f"is {size / 2**20:.1f} MB, over the {limit / 2**20:g} MB limit ({var}): "
                    "refused; split it into smaller files or raise the limit",
                    f"{size / 2**20:.1f} MB로 한도 {limit / 2**20:g} MB({var})를 넘어 거부합니다. "
                    "파일을 나누거나 한도를 올리세요",
                    refused=True,
                )
            )
            continue
        out.files.append(path)
    return out


def fingerprint(corpus: Path, max_bytes: int | None = None, max_doc_bytes: int | None = None) -> dict[str, str]:
    """source -> content hash of every file ingest would read (the no-change check and drift both use it)."""
    return {source_name(p, corpus): file_sha(p.read_bytes()) for p in scan(corpus, max_bytes, max_doc_bytes).files}
