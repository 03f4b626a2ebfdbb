"""The record of a complete ingest, written into its store generation as the last step.

It proves the generation complete (`ask` refuses a store without one), lets an unchanged corpus be
recognised without opening Chroma (file hashes, model ids and a digest of the store's content must
all match), and gives `status` its figures.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from assistant.retrieval.store import EF_SEARCH
from assistant.retrieval.store_state import MANIFEST, MANIFEST_VERSION, StoreUnreadable, read_manifest, store_digest

NAME = MANIFEST
VERSION = MANIFEST_VERSION


def read(store: Path) -> dict[str, Any] | None:
    """The manifest of the generation the store points at (None when absent or unreadable)."""
    return read_manifest(Path(store).resolve() if Path(store).exists() else Path(store))


def matches(folder: Path, files: dict[str, str], embeddings: str, models: dict[str, str]) -> dict[str, Any] | None:
    """The manifest if it proves `folder` already holds exactly this corpus embedded by these models."""
    m = read_manifest(folder)
    if not (
        m
        and m.get("complete")
        and m.get("version") == VERSION
        and m.get("embeddings") == embeddings
        and m.get("models") == models
        and m.get("files") == files
        and m.get("ef_search") == EF_SEARCH  # an older store is searched less widely: ingest widens it
    ):
        return None
    try:
        return m if store_digest(folder) == m.get("data_sha256") else None
    except StoreUnreadable:
        return None


def invalidate(store: Path) -> None:
    (Path(store).resolve() / NAME).unlink(missing_ok=True)


def write(
    folder: Path,
    *,
    files: dict[str, str],
    embeddings: str,
    models: dict[str, str],
    chunks: dict[str, int],
    hostile: list[dict[str, Any]],
) -> dict[str, Any]:
    """Write atomically, after Chroma's client on `folder` is closed (a digest of its content is recorded)."""
    data = {
        "version": VERSION,
        "complete": True,
        "embeddings": embeddings,
        "models": models,
        "files": files,
        "ef_search": EF_SEARCH,
        "chunks": chunks,
        "chunks_total": max(chunks.values(), default=0),
        "hostile": hostile,
        "finished_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "data_sha256": store_digest(folder),
    }
    tmp = folder / (NAME + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, folder / NAME)
    return data
