"""Reading every chunk back from the store, page by page (a single get() of 100k records fails in Chroma)."""

from __future__ import annotations

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
