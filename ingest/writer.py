"""Bring each embedding space's collection to exactly the given chunks: add, update, remove.

Ids are content hashes, so the difference between the corpus and the store is the whole plan, and
a rerun after a crash computes what is left to do. Writes go in small batches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant.retrieval.embedder import Embedder
from assistant.retrieval.store import get_collection
from assistant.types import Chunk
from ingest.cache import EmbeddingCache

WRITE_BATCH = 32
MODEL_KEY = "wa_model_id"  # collection metadata: the model id (with package versions) that made its vectors
Progress = Callable[[int, int], None]


@dataclass
class SyncCounts:
    added: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    total: int = 0


@dataclass
class SpacePlan:
    space: Embedder
    collection: Any
    add: list[Chunk]
    update: list[Chunk]
    remove: list[str]
    have: int = 0  # chunks in the collection before the plan
    was: str = ""  # the model id the collection's vectors were made by, when another than the space's now
    keeps_old: bool = False  # chunks of files that failed to load keep vectors of the model in `was`

    @property
    def key(self) -> str:
        """The embedding cache's key for this space: model and package version, so an upgrade re-embeds."""
        return self.space.model_id


def plan(client: Any, spaces: list[Embedder], chunks: list[Chunk], keep_sources: set[str]) -> list[SpacePlan]:
    """What each space needs; chunks of `keep_sources` (files that failed to load) are never removed."""
    wanted = {c.id: c for c in chunks}
    plans = []
    for space in spaces:
        col = get_collection(client, space.name, create=True)
        have = col.get(include=["metadatas"])
        have_meta = dict(zip(have["ids"], have["metadatas"], strict=True))
        # a collection written before model ids were recorded (no id) is taken as made by the installed model
        was = str((col.metadata or {}).get(MODEL_KEY) or space.model_id)
        if was != space.model_id:  # another model build made these vectors: every chunk is embedded again
            add, update = list(wanted.values()), []
        else:
            add = [c for i, c in wanted.items() if i not in have_meta]
            update = [c for i, c in wanted.items() if i in have_meta and have_meta[i] != c.metadata()]
        remove = [i for i, m in have_meta.items() if i not in wanted and (m or {}).get("source") not in keep_sources]
        changed = "" if was == space.model_id else was
        keeps_old = bool(changed) and len(have_meta.keys() - wanted.keys()) > len(remove)
        plans.append(SpacePlan(space, col, add, update, remove, len(have_meta), changed, keeps_old))
    return plans


def apply(plans: list[SpacePlan], cache: EmbeddingCache, progress: Progress | None = None) -> SyncCounts:
    """Remove, update, then embed and write new chunks batch by batch, every space per batch, so
    `progress(done, total)` counts chunks (not chunks times spaces)."""
    counts = SyncCounts()
    for p in plans:
        if p.remove:
            for i in range(0, len(p.remove), 500):
                p.collection.delete(ids=p.remove[i : i + 500])
            counts.removed.update(p.remove)
        if p.update:
            for i in range(0, len(p.update), 500):
                batch = p.update[i : i + 500]
                p.collection.update(ids=[c.id for c in batch], metadatas=[c.metadata() for c in batch])
            counts.updated.update(c.id for c in p.update)
    ids = list(dict.fromkeys(c.id for p in plans for c in p.add))
    adds = [{c.id: c for c in p.add} for p in plans]
    if progress:
        progress(0, len(ids))
    for i in range(0, len(ids), WRITE_BATCH):
        for p, add in zip(plans, adds, strict=True):
            batch = [add[x] for x in ids[i : i + WRITE_BATCH] if x in add]
            if batch:
                _write(p, batch, cache)
                counts.added.update(c.id for c in batch)
        if progress:
            progress(min(i + WRITE_BATCH, len(ids)), len(ids))
    for p in plans:
        if not p.keeps_old:  # recorded once every vector is the current model's: until then, the next run re-embeds
            p.collection.modify(metadata={MODEL_KEY: p.space.model_id})
    counts.total = plans[0].collection.count() if plans else 0
    return counts


def _write(p: SpacePlan, batch: list[Chunk], cache: EmbeddingCache) -> None:
    vectors = cache.embed(p.key, [c.embed_text for c in batch], p.space.encode)
    p.collection.upsert(
        ids=[c.id for c in batch],
        embeddings=np.asarray(vectors, dtype=np.float32),
        documents=[c.text for c in batch],
        metadatas=[c.metadata() for c in batch],
    )


def verify(plans: list[SpacePlan], wanted: set[str]) -> list[str]:
    """Problems found when each collection is compared with the plan (ids and count); empty when exact."""
    problems = []
    for p in plans:
        ids = p.collection.get(include=[])["ids"]
        if len(ids) != len(set(ids)) or set(ids) != wanted or p.collection.count() != len(wanted):
            missing, extra = len(wanted - set(ids)), len(set(ids) - wanted)
            problems.append(
                f"{p.space.name}: {len(ids)} stored, {len(wanted)} planned ({missing} missing, {extra} extra)"
            )
    return problems
