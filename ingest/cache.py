"""Embeddings cached by content hash in SQLite beside the store, so unchanged text is never re-embedded.

It survives `ingest --rebuild`, which makes a rebuild cost a store write rather than a model run.
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

    def close(self) -> None:
        self._db.close()
