"""`wa-assistant ingest`: corpus files -> chunks -> a new store generation, switched in only when verified.

The old store keeps answering until the switch, and a killed ingest leaves it untouched. Guards stop
the mistakes that used to wipe a store silently: an empty or wrong corpus (shrink guard), two ingests
at once (lock), links out of the corpus, oversized and unsupported files (listed, never silently).
"""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError, CorpusError, StoreMissing
from assistant.knowledge.cache import forget_corpus
from assistant.messages import bilingual
from assistant.retrieval.embedder import USE_INGEST_THREADS, make_spaces
from assistant.retrieval.store import collection_name, get_collection, one_line, open_client, open_path, store_error
from assistant.retrieval.store_lock import IngestLock
from assistant.retrieval.store_state import StoreReadOnly, StoreUnreadable, is_writable, store_digest
from assistant.settings import Settings
from assistant.types import Chunk
from ingest import generations as gens
from ingest import manifest
from ingest.cache import EmbeddingCache
from ingest.chunking import chunk_document
from ingest.guards import IngestFailed, check_shrink
from ingest.hostile import find_hostile, flag
from ingest.loaders import file_sha, load_document, scan, source_name
from ingest.writer import Progress, apply, plan, verify

Reading = Callable[[int, int, str], None]


@dataclass
class IngestReport:
    files: int = 0
    chunks_added: int = 0
    chunks_updated: int = 0
    chunks_removed: int = 0
    chunks_total: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)  # hostile lines, skipped files, recoveries
    seconds: float = 0.0
    unchanged: bool = False  # true when the no-change fast path answered
    models_loaded: list[str] = field(default_factory=list)  # embedding models this run had to load
    generation: str = ""  # the store folder now answering

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "chunks_added": self.chunks_added,
            "chunks_updated": self.chunks_updated,
            "chunks_removed": self.chunks_removed,
            "chunks_total": self.chunks_total,
            "errors": self.errors,
            "warnings": self.warnings,
        }

    def warn(self, source: str, message: str, line: int | None = None) -> None:
        self.warnings.append({"source": source, "line": line, "message": message})


def cache_path(settings: Settings) -> Path:
    return settings.state_dir / "embed-cache.sqlite"


def ingest(
    settings: Settings,
    corpus: Path | None = None,
    rebuild: bool = False,
    progress: Progress | None = None,
    allow_shrink: bool = False,
    reading: Reading | None = None,
) -> IngestReport:
    """Make the store hold exactly the chunks of `corpus`; files that fail keep their old chunks.

    `progress(done, total)` follows the chunks being embedded, `reading(done, total, source)` the files
    being read and converted (a long PDF takes a while)."""
    started = time.perf_counter()
    corpus = Path(corpus or settings.corpus)
    if not corpus.is_dir():
        raise ConfigError(f"Corpus folder {corpus} does not exist: pass --corpus DIR or set WA_CORPUS.")
    store = Path(settings.store)
    if not settings.remote_store:
        _check_writable(store)
    with IngestLock(store, settings.ingest_lock_wait):
        report = _Ingest(settings, corpus, store, progress, allow_shrink, reading).run(rebuild)
    report.seconds = time.perf_counter() - started
    return report


def _check_writable(store: Path) -> None:
    parent = store.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not is_writable(parent):  # a read-only old generation is fine: the new one is written beside it
        raise store_error(parent, PermissionError("read-only"))


class _Ingest:
    """One ingest run under the lock; `run` returns the report."""

    def __init__(
        self,
        settings: Settings,
        corpus: Path,
        store: Path,
        progress: Progress | None,
        allow_shrink: bool,
        reading: Reading | None = None,
    ):
        self.settings, self.corpus, self.store = settings, corpus, store
        self.progress, self.allow_shrink, self.reading = progress, allow_shrink, reading
        self.spaces = make_spaces(
            settings.embeddings, settings.threads, settings.state_dir / "models", use_threads=USE_INGEST_THREADS
        )
        self.models = {s.name: s.model_id for s in self.spaces}
        self.report = IngestReport()
        self.shas: dict[str, str] = {}  # files that loaded, by content hash: the manifest's corpus record

    def run(self, rebuild: bool) -> IngestReport:
        found = scan(self.corpus, self.settings.max_file_bytes, self.settings.max_doc_bytes)
        self.report.files = len(found.files)
        for s in found.skipped:
            reason = f"{s.reason} / {s.reason_ko}"
            if s.refused:
                self.report.errors.append({"source": s.source, "line": None, "message": reason})
            else:
                self.report.warn(s.source, reason)
        raws = {source_name(p, self.corpus): p for p in found.files}
        if self.settings.remote_store:
            return self._remote(list(raws.values()), rebuild)
        try:
            gens.adopt_legacy(self.store)
        except OSError as exc:
            raise store_error(self.store, exc) from exc
        old = gens.current(self.store)
        if not rebuild and not self.report.errors and old is not None and self._unchanged(old, raws):
            return self.report
        chunks, failed = self._load(list(raws.values()))
        return self._build(old, chunks, failed, rebuild)

    def _unchanged(self, old: Path, raws: dict[str, Path]) -> bool:
        shas = {s: file_sha(p.read_bytes()) for s, p in raws.items()}
        m = manifest.matches(old, shas, self.settings.embeddings, self.models)
        if m is None:
            return False
        r = self.report
        r.chunks_total, r.unchanged, r.generation = int(m["chunks_total"]), True, old.name
        r.warnings.extend(m.get("hostile") or [])
        return True

    def _load(self, paths: list[Path]) -> tuple[list[Chunk], set[str]]:
        chunks: list[Chunk] = []
        failed: set[str] = set()
        for n, path in enumerate(paths):
            if self.reading:
                self.reading(n, len(paths), source_name(path, self.corpus))
            try:
                doc = load_document(path, self.corpus, self.settings.max_pages)
                self.shas[doc.source] = doc.sha
                for w in doc.warnings:
                    self.report.warn(doc.source, w)
                lines = find_hostile(doc)
                chunks.extend(flag(chunk_document(doc), lines, doc))
                self.report.warnings.extend(h.warning() for h in lines)
            except CorpusError as exc:
                failed.add(exc.source)
                self.report.errors.append({"source": exc.source, "line": exc.line, "message": exc.message})
            except OSError as exc:
                source = source_name(path, self.corpus)
                failed.add(source)
                self.report.errors.append({"source": source, "line": None, "message": f"cannot be read: {exc}"})
        if self.reading:
            self.reading(len(paths), len(paths), "")
        return chunks, failed

    def _read_old(self, old: Path | None) -> tuple[dict[str, Chunk] | None, str, bool]:
        """The current store's chunks (None when there is none), why it could not be read, and if it is damaged."""
        if old is None or not (old / "chroma.sqlite3").exists():
            return None, "", False
        m = gens.read_manifest(old) or {}
        if m.get("complete"):
            try:
                if store_digest(old) != m.get("data_sha256"):
                    return None, "its content no longer matches its ingest record", True
            except StoreUnreadable as exc:
                return None, one_line(exc), True
        client = None
        try:
            client = open_path(old)
            got = get_collection(client, self.spaces[0].name).get(include=["documents", "metadatas"])
            chunks = zip(got["ids"], got["documents"], got["metadatas"], strict=True)
            return {i: Chunk.from_record(i, d, m) for i, d, m in chunks}, "", False
        except (StoreMissing, StoreReadOnly) as exc:  # other embedding spaces, or read-only: not damaged
            return None, one_line(exc), False
        except Exception as exc:  # damaged: rebuilt from the corpus, the old folder set aside
            return None, one_line(exc), True
        finally:
            if client is not None:
                client.close()

    def _build(self, old: Path | None, chunks: list[Chunk], failed: set[str], rebuild: bool) -> IngestReport:
        r = self.report
        before, problem, damaged = self._read_old(old)
        was = (gens.read_manifest(old) or {}).get("models") if old else None
        if was and was != self.models:
            change = "; ".join(f"{was.get(k, '-')} -> {v}" for k, v in self.models.items() if was.get(k) != v)
            r.warn(str(self.store), f"the embedding models changed ({change}): every passage is embedded again")
        if problem:
            r.warn(str(self.store), f"the current store could not be read ({problem}): rebuilding it from the corpus")
        wanted = {c.id: c for c in chunks}
        if before and not rebuild:  # files that failed to load keep their previous chunks (and hashes)
            wanted.update({i: c for i, c in before.items() if c.source in failed and i not in wanted})
            old_files = (gens.read_manifest(old) or {}).get("files") or {} if old else {}
            self.shas.update({s: old_files[s] for s in failed if s in old_files})
        have = len(before or {})
        removed = (before or {}).keys() - wanted.keys()
        sources = {c.source for c in wanted.values()}
        gone = sum(1 for i in removed if before is not None and before[i].source not in sources)
        check_shrink(have, len(removed), len(wanted), self.corpus, self.allow_shrink, gone)
        self._count(before if not rebuild else None, wanted)
        new = gens.new_generation(self.store)
        try:
            chunk_counts = self._write(new, wanted)
            manifest.write(
                new,
                files=self.shas,
                embeddings=self.settings.embeddings,
                models=self.models,
                chunks=chunk_counts,
                hostile=[w for w in r.warnings if "addresses the assistant" in str(w.get("message"))],
            )
        except BaseException:
            shutil.rmtree(new, ignore_errors=True)
            raise
        gens.switch(self.store, new)
        forget_corpus()  # catalog and section texts read from the old corpus in this process are stale now
        keep = {new}
        if old is not None and old.exists() and old.resolve() != new.resolve():
            if damaged:
                aside = gens.set_aside(old, self.store)
                r.warn(str(self.store), f"the unreadable store was kept at {aside} for inspection")
            else:
                keep.add(old)
        gens.cleanup(self.store, keep)
        r.generation, r.chunks_total = new.name, len(wanted)
        return r

    def _count(self, before: dict[str, Chunk] | None, wanted: dict[str, Chunk]) -> None:
        r, before = self.report, before or {}
        r.chunks_added = len(wanted.keys() - before.keys())
        r.chunks_updated = sum(1 for i in wanted.keys() & before.keys() if wanted[i].metadata() != before[i].metadata())
        r.chunks_removed = len(before.keys() - wanted.keys())

    def _write(self, new: Path, wanted: dict[str, Chunk]) -> dict[str, int]:
        client = open_path(new, create=True)
        cache = EmbeddingCache(cache_path(self.settings))
        try:
            for s in self.spaces:
                cache.adopt(s.name, s.model_id)
            plans = plan(client, self.spaces, list(wanted.values()), keep_sources=set())
            apply(plans, cache, self.progress)
            problems = verify(plans, set(wanted))
            if problems:
                raise IngestFailed(bilingual("ingest.verify_failed", problems="; ".join(problems)))
            counts = {p.space.name: p.collection.count() for p in plans}
        finally:
            cache.close()
            client.close()
        self.report.models_loaded = [s.name for s in self.spaces if s.loaded]
        return counts

    def _remote(self, paths: list[Path], rebuild: bool) -> IngestReport:
        """A Chroma server has no folders to switch: updated in place (under the lock, with the shrink guard)."""
        r = self.report
        chunks, failed = self._load(paths)
        client = open_client(self.settings)
        if rebuild:
            for space in self.spaces:
                with contextlib.suppress(Exception):  # absent already
                    client.delete_collection(collection_name(space.name))
        plans = plan(client, self.spaces, chunks, keep_sources=failed)
        if plans:
            p = plans[0]
            after = p.have - len(p.remove) + len(p.add)
            check_shrink(p.have, len(p.remove), after, self.corpus, self.allow_shrink)
        for p in plans:
            if p.was:
                r.warn(
                    collection_name(p.space.name),
                    f"the embedding model changed ({p.was} -> {p.space.model_id}): every passage is embedded again",
                )
        cache = EmbeddingCache(cache_path(self.settings))
        try:
            counts = apply(plans, cache, self.progress)
        finally:
            cache.close()
        forget_corpus()
        r.models_loaded = [s.name for s in self.spaces if s.loaded]
        r.chunks_added = len(counts.added)
        r.chunks_updated = len(counts.updated - counts.added)
        r.chunks_removed = len(counts.removed)
        r.chunks_total = counts.total
        return r


def forget_clients() -> None:
    """Chroma caches one client per path in-process; after the folder is replaced it must be dropped."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


__all__ = ["IngestFailed", "IngestReport", "StoreReadOnly", "cache_path", "forget_clients", "ingest"]
