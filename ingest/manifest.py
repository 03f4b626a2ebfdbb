"""A record of the last complete ingest, so an unchanged corpus is recognised without opening Chroma.

It is deleted before any write and written (atomically) only after a clean, complete ingest: a killed
or failed ingest therefore always takes the full path next time.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from assistant.store import SQLITE

NAME = "wa-manifest.json"
VERSION = 4  # bump when chunking or ids change


def _stamp(store: Path) -> list[int]:
    """The store file's size: a missing or swapped store fails the check. (Not its mtime: Chroma
    touches the file whenever it is opened, even only to read.)"""
    return [(store / SQLITE).stat().st_size]


def read(store: Path) -> dict[str, Any] | None:
    try:
        return json.loads((store / NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def matches(store: Path, files: dict[str, str], embeddings: str) -> dict[str, Any] | None:
    """The manifest if it proves the store already holds exactly this corpus, else None."""
    m = read(store)
    try:
        if (
            m
            and m.get("version") == VERSION
            and m.get("embeddings") == embeddings
            and m.get("files") == files
            and m.get("store_stamp") == _stamp(store)
        ):
            return m
    except OSError:
        return None
    return None


def invalidate(store: Path) -> None:
    (store / NAME).unlink(missing_ok=True)


def write(store: Path, files: dict[str, str], embeddings: str, chunks_total: int) -> None:
    data = {
        "version": VERSION,
        "embeddings": embeddings,
        "files": files,
        "chunks_total": chunks_total,
        "finished_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "store_stamp": _stamp(store),
    }
    tmp = store / (NAME + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    os.replace(tmp, store / NAME)
