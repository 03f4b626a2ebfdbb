"""Reading every chunk back from the store, page by page (a single get() of 100k records fails in Chroma)."""

from __future__ import annotations

import pytest

from assistant.retrieval import store
from assistant.retrieval.store import StoreReader, get_collection, open_client
from assistant.settings import load_settings
from assistant.types import Chunk


def chunk(n: int) -> Chunk:
    return Chunk(f"id-{n:03d}", f"text {n}", "corpus/x.md", "X", f"X > {n}", "en", "summary", ("t",))


def test_chunks_are_read_in_pages(tmp_path, monkeypatch):
    settings = load_settings(store=tmp_path / "store")
    col = get_collection(open_client(settings, create=True), "e5", create=True)
    want = [chunk(n) for n in range(12)]
    col.add(
        ids=[c.id for c in want],
        embeddings=[[1.0, float(n)] for n in range(12)],
        documents=[c.text for c in want],
        metadatas=[c.metadata() for c in want],
    )
    from eval.startup import record_complete

    record_complete(settings.store, settings, {"e5": 12})  # the ingest record a store needs to answer
    for page in (5, 6, 12, 100):  # partial last page, exact pages, one page, fewer records than a page
        monkeypatch.setattr(store, "READ_PAGE", page)
        got = StoreReader.open(settings, ["e5"]).chunks()
        assert sorted(got, key=lambda c: c.id) == want and len(got) == 12, page


def store_with(tmp_path, name: str, vectors: dict[str, list[float]]) -> StoreReader:
    settings = load_settings(store=tmp_path / name)
    col = get_collection(open_client(settings, create=True), "e5", create=True)
    col.add(ids=list(vectors), embeddings=list(vectors.values()), documents=list(vectors), metadatas=None)
    from eval.startup import record_complete

    record_complete(settings.store, settings, {"e5": len(vectors)})
    return StoreReader.open(settings, ["e5"])


def test_equal_neighbours_are_cut_the_same_in_every_store(tmp_path):
    """Ties at the cut are taken in id order, whatever order the store was written in (a rebuilt store,
    the embedded store and a Chroma server answer alike)."""
    tied = {f"t{n:02d}": [1.0, 1.0] for n in range(9)}  # nine chunks at the same distance
    near, far = {"a-near": [1.0, 0.9]}, {"z-far": [0.0, 1.0]}
    forward = store_with(tmp_path, "forward", {**near, **tied, **far})
    backward = store_with(tmp_path, "backward", {**far, **dict(reversed(tied.items())), **near})
    cut = [i for i, _ in forward.nearest("e5", [1.0, 1.0], 4)]
    assert cut == [i for i, _ in backward.nearest("e5", [1.0, 1.0], 4)] == ["t00", "t01", "t02", "t03"]


def test_ingest_widens_an_older_collections_search(tmp_path):
    """A collection made with Chroma's default breadth (100) is searched exhaustively after the next ingest."""
    client = open_client(load_settings(store=tmp_path / "store"), create=True)
    client.create_collection(
        store.collection_name("e5"), embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
    )
    assert client.get_collection(store.collection_name("e5")).configuration["hnsw"]["ef_search"] < store.EF_SEARCH
    get_collection(client, "e5", create=True)
    assert client.get_collection(store.collection_name("e5")).configuration["hnsw"]["ef_search"] == store.EF_SEARCH


def test_a_write_waits_out_a_moment_of_database_is_locked():
    """Chroma's background writer can hold SQLite's lock just after a collection is made: the write is tried
    again after a short wait; any other error, or a lock that stays, is raised."""
    calls = []

    def write():
        calls.append(1)
        if len(calls) < 3:
            raise RuntimeError("Database error: error returned from database: (code: 5) database is locked")
        return "done"

    assert store._while_locked(write) == "done" and len(calls) == 3

    def broken():
        raise RuntimeError("no such table: collections")

    with pytest.raises(RuntimeError, match="no such table"):
        store._while_locked(broken)

    def locked():
        raise RuntimeError("database is locked")

    with pytest.raises(RuntimeError, match="locked"):
        store._while_locked(locked, tries=2)
