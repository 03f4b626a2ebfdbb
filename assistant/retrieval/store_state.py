"""What state the store is in, read without changing it: complete, being built, damaged, empty, stale.

Ingest builds every version of the store in a folder of its own (a "generation") and points the store
path (a symbolic link) at it only once it is complete and verified. The generation's manifest is the
proof of completeness: it records the corpus file hashes, the models that embedded it, the chunk
count per space and a hash of Chroma's database. A store without one never answers silently.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.messages import LANGS, bilingual, say
from assistant.retrieval.model_ids import model_id
from assistant.settings import Settings

MANIFEST = "wa-manifest.json"
SQLITE = "chroma.sqlite3"
MANIFEST_VERSION = 6  # bump when chunking, ids or the manifest's meaning change


class StoreIncomplete(AssistantError):
    """The store exists but no complete ingest finished into it: answering would abstain silently."""

    exit_code = 1


class StoreReadOnly(AssistantError):
    """The store cannot be written (permissions or a read-only mount): a configuration problem."""

    exit_code = 2


class StoreUnreadable(Exception):
    """Chroma's database is not a database, fails SQLite's integrity check, or cannot be opened."""


_DIGEST_SQL = (
    "SELECT c.name, e.embedding_id, m.key, m.string_value, m.int_value, m.float_value, m.bool_value "
    "FROM embeddings e JOIN segments s ON s.id = e.segment_id JOIN collections c ON c.id = s.collection "
    "LEFT JOIN embedding_metadata m ON m.id = e.id ORDER BY c.name, e.embedding_id, m.key"
)


def store_digest(folder: Path) -> str:
    """A hash of what the store holds (collections, ids, documents, metadata), after SQLite's own check.

    Not a hash of the file: Chroma writes to its database whenever a client opens it, even to read,
    so the bytes change while the content does not. Junk anywhere in the file fails the check or the
    read; a store changed by something other than ingest gives another digest.
    """
    import sqlite3

    path = Path(folder) / SQLITE
    if not path.is_file():
        raise StoreUnreadable(f"{path} is missing")
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        raise StoreUnreadable(str(exc)) from exc
    try:
        check = db.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise StoreUnreadable(f"SQLite integrity check failed: {check[0][0]}")
        h = hashlib.sha256()
        for row in db.execute(_DIGEST_SQL):
            h.update(repr(row).encode("utf-8", "surrogatepass"))
        return h.hexdigest()
    except sqlite3.Error as exc:
        raise StoreUnreadable(str(exc)) from exc
    finally:
        db.close()


def read_manifest(folder: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((Path(folder) / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def is_writable(folder: Path) -> bool:
    path = Path(folder)
    targets = [path, path / SQLITE] if (path / SQLITE).exists() else [path]
    return all(os.access(t, os.W_OK) for t in targets)


@dataclass
class Drift:
    """How the corpus differs from what the store was built from."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def summary(self) -> str:
        parts = [f"{len(v)} {k}" for k, v in (("new", self.added), ("changed", self.changed), ("gone", self.removed))]
        return ", ".join(p for p in parts if not p.startswith("0 "))


def drift(built_from: dict[str, str], now: dict[str, str]) -> Drift:
    return Drift(
        added=sorted(set(now) - set(built_from)),
        changed=sorted(s for s in now if s in built_from and now[s] != built_from[s]),
        removed=sorted(set(built_from) - set(now)),
    )


@dataclass
class StoreHealth:
    """One store's state for `status`, `ask` and the UI; `message` says what to do in both languages."""

    store: str
    state: str  # missing | complete | incomplete | damaged | empty | remote
    message: str = ""
    generation: str = ""
    chunks: dict[str, int] = field(default_factory=dict)
    models: dict[str, str] = field(default_factory=dict)
    models_now: dict[str, str] = field(default_factory=dict)
    finished_at: str = ""
    files: int = 0
    drift: Drift | None = None
    ingest_running: dict[str, Any] | None = None
    read_only: bool = False
    hostile: list[dict[str, Any]] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.state == "complete"

    @property
    def stale(self) -> bool:
        return bool(self.drift and self.drift.any) or (self.models_now not in ({}, self.models))

    def warnings(self) -> list[str]:
        """What a user asking a question should know: answers come from an older store."""
        out = []
        if self.drift and self.drift.any:
            out.append(bilingual("store.stale", files=self.drift.summary(), since=self.finished_at))
        if self.models_now and self.models_now != self.models:
            out.append(bilingual("store.models_changed", change=_model_change(self.models, self.models_now)))
        if self.ingest_running:
            out.append(bilingual("store.ingest_running", pid=self.ingest_running.get("pid")))
        return out

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["complete"] = self.complete
        d["stale"] = self.stale
        d["warnings"] = self.warnings()
        return d


def _model_change(before: dict[str, str], now: dict[str, str]) -> str:
    keys = sorted(set(before) | set(now))
    return "; ".join(f"{before.get(k, '-')} -> {now.get(k, '-')}" for k in keys if before.get(k) != now.get(k))


def current_generation(settings: Settings) -> str:
    """The generation folder the store path points at now (one `realpath`, cheap enough for every request);
    "" for a Chroma server, which has no generations to follow."""
    return "" if settings.remote_store else Path(os.path.realpath(settings.store)).name


def inspect(settings: Settings, corpus: Path | None = None, check_hash: bool = True) -> StoreHealth:
    """The store's state without opening Chroma; with `corpus`, also how far the corpus drifted."""
    from assistant.retrieval.store_lock import holder

    store = Path(settings.store)
    if settings.remote_store:
        return StoreHealth(
            str(store), "remote", f"Chroma server {settings.chroma_host}:{settings.chroma_port} (not inspected)"
        )
    h = StoreHealth(str(store), "missing", ingest_running=holder(store))
    if not (store / SQLITE).exists():
        h.message = bilingual("store.missing", store=store)
        if h.ingest_running:
            h.message = bilingual("store.first_ingest_running", store=store, pid=h.ingest_running.get("pid"))
        return h
    real = store.resolve()
    h.generation = real.name
    h.read_only = not is_writable(real)
    m = read_manifest(real)
    if not m or m.get("version") != MANIFEST_VERSION or not m.get("complete"):
        h.state = "incomplete"
        h.message = bilingual("store.incomplete", store=store)
        return h
    h.chunks = {k: int(v) for k, v in (m.get("chunks") or {}).items()}
    h.models = dict(m.get("models") or {})
    h.models_now = {s: model_id(s) for s in h.models}
    h.finished_at = str(m.get("finished_at", ""))
    h.files = len(m.get("files") or {})
    h.hostile = list(m.get("hostile") or [])
    if check_hash:
        try:
            same, error = store_digest(real) == m.get("data_sha256"), ""
        except StoreUnreadable as exc:
            same, error = False, " ".join(str(exc).split())[:160]
        if not same:
            h.state = "damaged"
            h.message = " / ".join(
                say("store.damaged", lang, store=store, why=error or say("store.content_changed", lang))
                for lang in LANGS
            )
            return h
    if not any(h.chunks.values()):
        h.state = "empty"
        h.message = bilingual("store.no_passages", store=store)
        return h
    h.state = "complete"
    if corpus is not None and Path(corpus).is_dir():
        from assistant.corpus_files import fingerprint

        found = fingerprint(Path(corpus), settings.max_file_bytes, settings.max_doc_bytes)
        h.drift = drift(dict(m.get("files") or {}), found)
    return h


def require_answerable(h: StoreHealth) -> None:
    """Raise the error that explains why this store must not answer (missing, incomplete, damaged, empty)."""
    from assistant.errors import StoreCorrupt, StoreMissing

    if h.state in {"complete", "remote"}:
        return
    if h.state == "missing":
        raise StoreMissing(h.message)
    if h.state == "damaged":
        raise StoreCorrupt(h.message)
    raise StoreIncomplete(h.message)
