"""BM25 indexes saved beside the store, so `Assistant.load()` does not tokenise every chunk at each start.

Keyed by a hash of the indexed texts and of the tokeniser's source (assistant/retrieval/lexical.py): any change to
either builds a new index, so a stale one is never used. Saved with numpy and JSON only (no pickle), into
a temporary folder renamed into place when complete; an unreadable or unwritable cache is rebuilt or
skipped, never fatal. Only the newest few entries per kind are kept.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from assistant.retrieval import lexical
from assistant.retrieval.lexical import LexicalIndex

log = logging.getLogger(__name__)
KEEP = 3  # entries per kind: the current store, and a couple of recent ones (a rebuild switching back)
IDF = "idf.json"


def fingerprint(texts: Sequence[str]) -> str:
    h = hashlib.sha256(Path(lexical.__file__).read_bytes())
    for t in texts:
        h.update(t.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()[:24]


def load_or_build(texts: Sequence[str], folder: Path | None, kind: str) -> LexicalIndex:
    """The saved index for exactly these texts, else a new one (saved for next time when possible)."""
    if folder is None or not texts:
        return LexicalIndex(texts)
    path = folder / f"{kind}-{fingerprint(texts)}"
    damaged = False
    if (path / IDF).exists():
        try:
            return _load(path, len(texts))
        except Exception as exc:  # a damaged entry: rebuild and overwrite it
            log.warning("BM25 cache %s unreadable (%s); rebuilding", path, exc)
            damaged = True
    index = LexicalIndex(texts)
    try:
        _save(index, path, replace=damaged)
        _prune(folder, kind)
    except OSError as exc:  # read-only state folder: work without the cache
        log.info("BM25 cache not written to %s: %s", folder, exc)
    return index


def _load(path: Path, size: int) -> LexicalIndex:
    import bm25s

    bm25 = bm25s.BM25.load(str(path), allow_pickle=False, mmap=False, show_progress=False)
    saved = json.loads((path / IDF).read_text("utf-8"))
    if saved["size"] != size:
        raise ValueError(f"holds {saved['size']} texts, expected {size}")
    return LexicalIndex.restore(bm25, saved["idf"], size)


def _save(index: LexicalIndex, path: Path, replace: bool = False) -> None:
    """Renamed into place whole. An entry another process saved first is kept (it holds the same bytes:
    the index is deterministic), so a process reading it never sees it deleted under it; only a damaged
    entry (`replace`) is moved aside first."""
    bm25, idf, size = index.parts
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}-", dir=path.parent))
    try:
        bm25.save(str(tmp), allow_pickle=False, show_progress=False)
        (tmp / IDF).write_text(json.dumps({"size": size, "idf": idf}, ensure_ascii=False), "utf-8")
        if replace and path.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{path.name}-old-", dir=path.parent))
            os.replace(path, old / "entry")
            shutil.rmtree(old, ignore_errors=True)
        try:
            os.rename(tmp, path)
        except OSError:
            if not (path / IDF).exists():  # not a finished entry of another process: a real failure
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _prune(folder: Path, kind: str) -> None:
    entries = sorted(folder.glob(f"{kind}-*"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        shutil.rmtree(old, ignore_errors=True)
