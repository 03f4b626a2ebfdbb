"""Open the Chroma store (embedded by default, a server when configured) and read from it.

One collection per embedding space, all with the same ids, documents and metadata. Chroma never
embeds for us: every collection is created without an embedding function.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError, StoreCorrupt, StoreMissing, StoreUnavailable
from assistant.retrieval.store_state import SQLITE, StoreHealth, StoreReadOnly, inspect, is_writable, require_answerable
from assistant.settings import Settings
from assistant.types import Chunk

PREFIX = "wa_"
READ_PAGE = 5000  # records per get(); far below SQLite's variable limit
# The breadth of Chroma's HNSW search. At or above a collection's size the search is exhaustive, so the
# embedded store and a Chroma server return the same neighbours; Chroma's default (100) once missed a
# near-tie at the cut of 30 in e5's narrow band of similarities. A far larger store stays approximate.
EF_SEARCH = 2000
TIE_MARGIN = 10  # neighbours fetched beyond those kept, so that the cut falls on a settled order


def collection_name(space: str) -> str:
    return PREFIX + space


def open_client(settings: Settings, create: bool = False) -> Any:
    """A Chroma client; `create=False` refuses to invent an empty store where none was ingested."""
    if settings.chroma_host:
        import chromadb

        try:
            return chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=_chroma_settings()
            )
        except Exception as exc:
            raise StoreMissing(
                f"Cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} "
                f"({one_line(exc)}). Start it, or unset WA_CHROMA_HOST to use the embedded store."
            ) from exc
    path = Path(settings.store)
    if not create and not (path / SQLITE).exists():
        raise StoreMissing(f"No store at {path}: run `wa-assistant ingest` first.")
    # The resolved folder, not the link: each generation gets its own client in Chroma's per-path cache.
    return open_path(path.resolve() if path.exists() else path, create)


def open_path(path: Path, create: bool = False) -> Any:
    """A Chroma client on one store folder; failures become one line that says what to do."""
    import chromadb

    try:
        if create:
            path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
    except Exception as exc:
        raise store_error(path, exc) from exc


def _chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def one_line(exc: BaseException, limit: int = 200) -> str:
    """An exception as one short line: Chroma's errors can span dozens of lines."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def store_error(path: Path, exc: BaseException) -> AssistantError:
    """Read-only, damaged or unreadable: the error that tells the user which, in one line."""
    text = str(exc).lower()
    if isinstance(exc, PermissionError) or "readonly" in text or "read-only" in text or not is_writable(path):
        return StoreReadOnly(
            f"The store at {path} is read-only (no write permission; Chroma needs it even to read). "
            "Make it writable (e.g. `chmod -R u+w`), or point WA_STORE at a writable copy. / "
            "저장소에 쓰기 권한이 없습니다. 권한을 주거나 쓰기 가능한 복사본을 WA_STORE로 지정하세요."
        )
    return StoreCorrupt(
        f"The store at {path} cannot be read ({type(exc).__name__}: {one_line(exc)}). "
        "Run `wa-assistant ingest` to rebuild it from the corpus (the damaged copy is set aside). / "
        "저장소를 읽을 수 없습니다. `wa-assistant ingest`로 다시 만드세요."
    )


def _while_locked(write: Callable[[], Any], tries: int = 6) -> Any:
    """`write`, again after a short wait while SQLite says "database is locked": Chroma's own background writer can
    hold the lock for a moment right after a collection is made (seen on a busy 2-core machine)."""
    for n in range(tries):
        try:
            return write()
        except Exception as exc:
            if "database is locked" not in str(exc) or n == tries - 1:
                raise
            time.sleep(0.1 * 2**n)
    return None


def get_collection(client: Any, space: str, create: bool = False) -> Any:
    """`create` (ingest): make the collection, or widen an older one's search to EF_SEARCH."""
    name = collection_name(space)
    try:
        if create:
            col = client.get_or_create_collection(
                name, embedding_function=None, configuration={"hnsw": {"space": "cosine", "ef_search": EF_SEARCH}}
            )
            if ((col.configuration or {}).get("hnsw") or {}).get("ef_search", 0) < EF_SEARCH:
                _while_locked(partial(col.modify, configuration={"hnsw": {"ef_search": EF_SEARCH}}))
            return col
        return client.get_collection(name, embedding_function=None)
    except Exception as exc:
        if create:
            raise StoreCorrupt(
                f"Collection {name} cannot be created or read ({one_line(exc)}). Run `wa-assistant ingest --rebuild`."
            ) from exc
        raise StoreMissing(
            f"The store has no collection for embedding space {space!r}: "
            "run `wa-assistant ingest` with the same WA_EMBEDDINGS."
        ) from exc


@dataclass
class StoreReader:
    """Read access for retrieval: all chunks once at load, nearest neighbours per query.

    It opens only a complete store (see store_state): an interrupted, damaged or empty one raises an
    error that says so, instead of answering every question with a silent abstention.
    """

    collections: dict[str, Any]
    sizes: dict[str, int]
    health: StoreHealth | None = None
    server: Settings | None = None  # set for a Chroma server: reconnect to it after it comes back

    @classmethod
    def open(cls, settings: Settings, spaces: list[str]) -> StoreReader:
        health = inspect(settings, corpus=settings.corpus)
        require_answerable(health)
        client = open_client(settings)
        cols = {s: get_collection(client, s) for s in spaces}
        try:
            sizes = {s: c.count() for s, c in cols.items()}
        except Exception as exc:
            raise store_error(Path(settings.store), exc) from exc
        for s, n in sizes.items():
            want = health.chunks.get(s)
            if want is not None and n != want:
                raise StoreCorrupt(
                    f"The store's {s} collection holds {n} passages, its ingest record {want}: run `wa-assistant "
                    "ingest` to rebuild it. / 저장소 내용이 수집 기록과 다릅니다. 다시 수집하세요."
                )
        return cls(cols, sizes, health, settings if settings.remote_store else None)

    def chunks(self) -> list[Chunk]:
        """Every chunk, read in pages: one `get()` of ~100k records fails in Chroma ("too many SQL variables")."""
        space = next(iter(self.collections))
        chunks: list[Chunk] = []
        while True:
            offset = len(chunks)
            try:
                got = self._on_server(
                    partial(
                        self.collections[space].get, include=["documents", "metadatas"], limit=READ_PAGE, offset=offset
                    )
                )
            except StoreUnavailable:
                raise
            except Exception as exc:
                raise StoreCorrupt(
                    f"Reading the store failed ({one_line(exc)}). Run `wa-assistant ingest` to rebuild it."
                ) from exc
            chunks += [
                Chunk.from_record(i, d, m)
                for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
            ]
            if len(got["ids"]) < READ_PAGE:
                return chunks

    def nearest(self, space: str, vector: list[float], n: int, kind: str | None = None) -> list[tuple[str, float]]:
        """(id, cosine similarity) of the n nearest chunks in one space (of one `kind` only, if given)."""
        n = min(n, self.sizes[space])
        if n <= 0:
            return []
        wide = min(n + TIE_MARGIN, self.sizes[space])
        where = {"kind": kind} if kind is not None else None
        res = self._on_server(
            lambda: self.collections[space].query(
                query_embeddings=[vector], n_results=wide, where=where, include=["distances"]
            )
        )
        found = [(i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0], strict=True)]
        # equal similarities (to the 6th decimal) in id order: the cut at n is the same in every store
        return sorted(found, key=lambda p: (-round(p[1], 6), p[0]))[:n]

    def ping(self) -> int:
        """Chunks in the store now (reconnecting to a server first if it was lost): readiness checks use it."""
        first = next(iter(self.collections))
        return int(self._on_server(lambda: self.collections[first].count()))

    def _on_server(self, call: Callable[[], Any]) -> Any:
        """Run a read; on a Chroma server that failed, reconnect once and retry, or say it is unreachable.

        A restarted server keeps its collections, but ids may change (a rebuild), so the collections are
        looked up again by name. An embedded store raises as before.
        """
        if self.server is None:
            return call()
        try:
            return call()
        except Exception as first:
            self._reconnect(first)
            return call()

    def _reconnect(self, cause: Exception) -> None:
        settings = self.server
        assert settings is not None
        try:
            client = open_client(settings)
            client.heartbeat()
        except Exception as exc:
            raise StoreUnavailable(
                f"The Chroma server at {settings.chroma_host}:{settings.chroma_port} is not answering "
                f"({type(cause).__name__}). Start it again; wa-assistant reconnects by itself when it is back."
            ) from exc
        self.collections = {s: get_collection(client, s) for s in self.collections}
        self.sizes = {s: c.count() for s, c in self.collections.items()}
