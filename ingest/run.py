"""`wa-assistant ingest`: corpus files -> chunks -> the store, idempotently."""

from __future__ import annotations

import datetime as dt
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.embedder import make_spaces
from assistant.errors import ConfigError, CorpusError
from assistant.settings import Settings
from assistant.store import get_collection, open_client
from assistant.types import Chunk
from ingest import manifest
from ingest.cache import EmbeddingCache
from ingest.chunking import chunk_document
from ingest.loaders import file_sha, find_files, load_document, source_name
from ingest.writer import Progress, apply, plan


@dataclass
class IngestReport:
    files: int = 0
    chunks_added: int = 0
    chunks_updated: int = 0
    chunks_removed: int = 0
    chunks_total: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    unchanged: bool = False  # true when the no-change fast path answered
    models_loaded: list[str] = field(default_factory=list)  # embedding models this run had to load

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "chunks_added": self.chunks_added,
            "chunks_updated": self.chunks_updated,
            "chunks_removed": self.chunks_removed,
            "chunks_total": self.chunks_total,
            "errors": self.errors,
        }


def cache_path(settings: Settings) -> Path:
    return settings.state_dir / "embed-cache.sqlite"


def ingest(
    settings: Settings, corpus: Path | None = None, rebuild: bool = False, progress: Progress | None = None
) -> IngestReport:
    """Make the store hold exactly the chunks of `corpus`; files that fail keep their old chunks."""
    started = time.perf_counter()
    corpus = Path(corpus or settings.corpus)
    if not corpus.is_dir():
        raise ConfigError(f"Corpus folder {corpus} does not exist: pass --corpus DIR or set WA_CORPUS.")
    store = Path(settings.store)
    paths = find_files(corpus)
    shas = {source_name(p, corpus): file_sha(p.read_bytes()) for p in paths}
    report = IngestReport(files=len(paths))

    if rebuild:
        _clear(settings)
    elif not settings.remote_store and (m := manifest.matches(store, shas, settings.embeddings)):
        report.chunks_total, report.unchanged = int(m["chunks_total"]), True
        report.seconds = time.perf_counter() - started
        return report

    chunks, failed = _load_chunks(paths, corpus, report)
    spaces = make_spaces(settings.embeddings, settings.threads, settings.state_dir / "models")
    client = open_client(settings, create=True)
    if not settings.remote_store:
        manifest.invalidate(store)
    cache = EmbeddingCache(cache_path(settings))
    try:
        counts = apply(plan(client, spaces, chunks, keep_sources=failed), cache, progress)
    finally:
        cache.close()
    report.models_loaded = [s.name for s in spaces if s.loaded]
    report.chunks_added = len(counts.added)
    report.chunks_updated = len(counts.updated - counts.added)
    report.chunks_removed = len(counts.removed)
    report.chunks_total = counts.total
    if not report.errors and not settings.remote_store:
        good = {s: h for s, h in shas.items() if s not in failed}
        manifest.write(store, good, settings.embeddings, counts.total)
    report.seconds = time.perf_counter() - started
    return report


def _load_chunks(paths: list[Path], corpus: Path, report: IngestReport) -> tuple[list[Chunk], set[str]]:
    chunks: list[Chunk] = []
    failed: set[str] = set()
    for path in paths:
        try:
            chunks.extend(chunk_document(load_document(path, corpus)))
        except CorpusError as exc:
            failed.add(exc.source)
            report.errors.append({"source": exc.source, "line": exc.line, "message": exc.message})
        except OSError as exc:
            source = source_name(path, corpus)
            failed.add(source)
            report.errors.append({"source": source, "line": None, "message": f"cannot be read: {exc}"})
    return chunks, failed


def _clear(settings: Settings) -> None:
    """Drop everything for a rebuild; a local store is moved aside first, then removed."""
    if settings.remote_store:
        client = open_client(settings)
        for space in make_spaces(settings.embeddings, settings.threads):
            try:
                get_collection(client, space.name)
                client.delete_collection(f"wa_{space.name}")
            except Exception:  # absent already
                pass
        return
    store = Path(settings.store)
    if store.exists():
        aside = store.with_name(f"{store.name}.old-{dt.datetime.now():%Y%m%d%H%M%S}")
        store.rename(aside)
        shutil.rmtree(aside, ignore_errors=True)
    forget_clients()


def forget_clients() -> None:
    """Chroma caches one client per path in-process; after the folder is replaced it must be dropped."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
