"""Store generations: each ingest writes a new folder and the store path (a symlink) switches to it at once.

    .wa-assistant/store                      -> store.gen-20261130T121500-1234-ab12 (relative symlink)
    .wa-assistant/store.gen-...-ab12/        complete: chroma.sqlite3 + wa-manifest.json
    .wa-assistant/store.gen-...-cd34/        the previous one, kept for readers that still have it open
    .wa-assistant/store.damaged-<time>/      a store that could not be read, set aside, never deleted

`os.replace` of a symlink is atomic, so a reader sees the old store or the new one, never half of one;
a killed ingest leaves an unfinished folder that the next ingest removes. All of it runs under the
ingest lock.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
from pathlib import Path

from assistant.retrieval.store_state import read_manifest


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")


def gen_prefix(store: Path) -> str:
    return f"{store.name}.gen-"


def current(store: Path) -> Path | None:
    """The folder the store path points at now (a legacy store is a plain folder), or None."""
    if store.is_symlink():
        target = store.resolve()
        return target if target.is_dir() else None
    return store if store.is_dir() else None


def adopt_legacy(store: Path) -> None:
    """A store from before generations (a plain folder) becomes a generation behind a symlink."""
    if store.is_dir() and not store.is_symlink():
        target = store.with_name(f"{gen_prefix(store)}{_stamp()}-legacy-{secrets.token_hex(2)}")
        store.rename(target)
        switch(store, target)


def new_generation(store: Path) -> Path:
    path = store.with_name(f"{gen_prefix(store)}{_stamp()}-{os.getpid()}-{secrets.token_hex(2)}")
    path.mkdir(parents=True)
    return path


def switch(store: Path, target: Path) -> None:
    """Point the store at `target` in one atomic rename."""
    tmp = store.with_name(f".{store.name}.link-{os.getpid()}-{secrets.token_hex(2)}")
    os.symlink(target.name, tmp)
    os.replace(tmp, store)
    _fsync_dir(store.parent)


def set_aside(folder: Path, store: Path) -> Path:
    """Keep a store that could not be read (for a post-mortem); it is never cleaned up automatically."""
    aside = store.with_name(f"{store.name}.damaged-{_stamp()}-{secrets.token_hex(2)}")
    folder.rename(aside)
    return aside


def cleanup(store: Path, keep: set[Path]) -> list[Path]:
    """Remove every generation but `keep` (the new one and the one it replaced): killed builds and older ones."""
    keep = {k.resolve() for k in keep}
    gens = sorted(p for p in store.parent.glob(gen_prefix(store) + "*") if p.is_dir())
    removed = []
    for p in gens:
        if p.resolve() in keep:
            continue
        shutil.rmtree(p, ignore_errors=True)
        removed.append(p)
    for link in store.parent.glob(f".{store.name}.link-*"):
        link.unlink(missing_ok=True)
    return removed


def unfinished(store: Path) -> list[Path]:
    """Generations without a complete manifest: an ingest is building them or was killed."""
    return sorted(
        p
        for p in store.parent.glob(gen_prefix(store) + "*")
        if p.is_dir() and not (read_manifest(p) or {}).get("complete")
    )


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
