"""`/readyz`: ready only when the store this process answers from is complete, with the CLI's words when not.

The state is `store_state.inspect`, as `wa-assistant status` reads it: missing, incomplete (an ingest
died), damaged (its content no longer matches the ingest record), empty, or complete. Checking for
damage hashes the store's content, so that verdict is kept until the database file or its manifest
changes; who is ingesting is read fresh each time. A complete store that is being rebuilt stays ready
(the old generation answers until the new one is switched in) and says so in `warnings`.
"""

from __future__ import annotations

import os
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.retrieval.store_lock import holder
from assistant.retrieval.store_state import MANIFEST, SQLITE, StoreHealth, inspect
from assistant.server.messages import one_line
from assistant.server.serving import Serving
from assistant.settings import Settings

NOT_READY, READY = 503, 200
RETRY_AFTER_S = "5"


class HealthCache:
    """`inspect()` with its content hash, recomputed only when the generation's files change."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[Any, ...] | None = None
        self._health: StoreHealth | None = None

    def health(self, settings: Settings) -> StoreHealth:
        key = _files_key(Path(settings.store))
        if key is None:  # no store (yet): nothing to hash, and the message depends on a running ingest
            return inspect(settings)
        with self._lock:
            if key != self._key or self._health is None:
                self._health, self._key = inspect(settings), key
            return replace(self._health, ingest_running=holder(Path(settings.store)))


def _files_key(store: Path) -> tuple[Any, ...] | None:
    real = Path(os.path.realpath(store))
    try:
        db, manifest = (real / SQLITE).stat(), (real / MANIFEST).stat()
    except OSError:
        return None if not (real / SQLITE).exists() else (str(real), "no manifest")
    return (str(real), db.st_mtime_ns, db.st_size, manifest.st_mtime_ns, manifest.st_size)


def readiness(serving: Serving | None, cache: HealthCache) -> tuple[int, dict[str, Any]]:
    """(HTTP status, body) for `/readyz`; runs in a worker thread (it reads files, and may reload)."""
    if serving is None:
        return NOT_READY, {"status": "loading", "message": one_line("loading")}
    loaded = serving.current()
    settings = loaded.assistant.settings
    chunks = loaded.assistant.chunk_count
    if settings.remote_store:
        try:
            in_store = loaded.assistant.retriever.reader.ping()
        except AssistantError as exc:
            return NOT_READY, {"status": "not_ready", "state": "unreachable", "message": str(exc)}
        if not in_store or not chunks:
            return NOT_READY, {"status": "not_ready", "state": "empty", "message": one_line("store_empty")}
        return READY, {"status": "ready", "state": "remote", "chunks": chunks, "generation": "", "warnings": []}
    h = cache.health(settings)
    if not h.complete:
        return NOT_READY, {"status": "not_ready", "state": h.state, "message": h.message, "generation": h.generation}
    failed = serving.failure
    if failed is not None and failed.generation == h.generation:
        message = one_line("reload_failed", generation=h.generation, error=failed.message, loaded=loaded.generation)
        return NOT_READY, {
            "status": "not_ready",
            "state": "reload_failed",
            "message": message,
            "generation": h.generation,
        }
    return READY, {
        "status": "ready",
        "state": h.state,
        "chunks": chunks,
        "generation": loaded.generation,
        "warnings": h.warnings(),
    }
