"""Start-up at scale: `Assistant.load()` time and memory at the real corpus and at 10k / 100k chunks.

`Assistant.load()` reads every chunk from the store and builds BM25 (passages and headings) in memory, so
its cost grows with the store. Each size is written as a full store (every embedding space, the real
metadata of the chunk each synthetic text starts from, see eval/scale.py), into the embedded store and/or
a `chroma run` server on loopback; then a fresh Python process loads it and reports time and RSS, and
times the first nearest-neighbour query per space (which is when Chroma loads its HNSW index). Models are
not loaded (they load on the first question and cost the same at any size). Each store is loaded twice: first
building the BM25 indexes (and saving them, assistant/retrieval/lexical_cache.py), then reading them back.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.retrieval.store import StoreReader, get_collection
from assistant.settings import Settings
from assistant.types import Chunk
from eval.scale import WRITE_BATCH, synthesize
from eval.servers import HOST, ChromaServer, process_rss_mb

Step = Callable[[str], None]
ROOT = Path(__file__).resolve().parents[1]


def spaces_of(settings: Settings) -> list[str]:
    from assistant.retrieval.embedder import make_spaces

    return [s.name for s in make_spaces(settings.embeddings, settings.threads, settings.state_dir / "models")]


def real_store(settings: Settings) -> tuple[list[Chunk], dict[str, np.ndarray]]:
    """The ingested chunks and their stored vectors per space, in the same order."""
    spaces = spaces_of(settings)
    reader = StoreReader.open(settings, spaces)
    chunks = reader.chunks()
    vectors = {}
    for space in spaces:
        got = reader.collections[space].get(include=["embeddings"])
        by_id = dict(zip(got["ids"], got["embeddings"], strict=True))
        vectors[space] = np.asarray([by_id[c.id] for c in chunks], dtype=np.float32)
    return chunks, vectors


def records(chunks: Sequence[Chunk], vectors: dict[str, np.ndarray], size: int | None) -> dict[str, Any]:
    """ids, texts, metadata and per-space vectors: the real chunks (size None) or `size` synthetic ones."""
    if size is None:
        return {
            "ids": [c.id for c in chunks],
            "texts": [c.text for c in chunks],
            "metas": [c.metadata() for c in chunks],
            "vectors": vectors,
        }
    by_source = {c.source: c for c in chunks}
    syn = {space: synthesize(chunks, v, size) for space, v in vectors.items()}  # same seed: same texts
    first = next(iter(syn.values()))
    return {
        "ids": first.ids,
        "texts": first.texts,
        "metas": [by_source[s].metadata() for s in first.sources],
        "vectors": {space: s.vectors for space, s in syn.items()},
    }


def write(client: Any, recs: dict[str, Any]) -> float:
    """Every space's collection, as ingest names and configures it; seconds taken."""
    t0 = time.perf_counter()
    for space, vectors in recs["vectors"].items():
        col = get_collection(client, space, create=True)
        for i in range(0, len(recs["ids"]), WRITE_BATCH):
            sl = slice(i, i + WRITE_BATCH)
            col.add(
                ids=recs["ids"][sl], embeddings=vectors[sl], documents=recs["texts"][sl], metadatas=recs["metas"][sl]
            )
    return time.perf_counter() - t0


def measure(env: dict[str, str], timeout: float = 1800) -> dict[str, Any]:
    """`Assistant.load()` in a fresh process (so memory is its own), as JSON from `measure_here`."""
    full = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    r = subprocess.run(
        [sys.executable, "-m", "eval.startup"], cwd=ROOT, env=full, capture_output=True, text=True, timeout=timeout
    )
    if r.returncode != 0:
        raise RuntimeError(f"measuring Assistant.load() failed: {r.stderr[-1500:]}")
    return dict(json.loads(r.stdout.strip().splitlines()[-1]))


def measure_here() -> dict[str, Any]:
    import assistant.core  # noqa: F401  (imports are not the store's cost)
    from assistant.core import Assistant

    base = _rss()
    t0 = time.perf_counter()
    a = Assistant.load()
    load_s = time.perf_counter() - t0
    after_load = _rss()
    rng = np.random.default_rng(0)
    t0 = time.perf_counter()
    for space, col in a.retriever.reader.collections.items():
        dim = len(col.get(limit=1, include=["embeddings"])["embeddings"][0])
        v = rng.standard_normal(dim).astype(np.float32)
        a.retriever.reader.nearest(space, (v / np.linalg.norm(v)).tolist(), 30)
    first_query_s = time.perf_counter() - t0
    after_query = _rss()
    return {
        "chunks": a.chunk_count,
        "load_s": round(load_s, 2),
        "rss_mb_before": base["rss"],
        "rss_mb_after_load": after_load["rss"],
        "first_query_s": round(first_query_s, 2),
        "rss_mb_after_first_query": after_query["rss"],
        "peak_rss_mb": after_query["peak"],
    }


def _rss() -> dict[str, float]:
    status = Path("/proc/self/status").read_text()
    got = {}
    for key, name in (("VmRSS", "rss"), ("VmHWM", "peak")):
        m = re.search(rf"^{key}:\s+(\d+) kB", status, re.MULTILINE)
        got[name] = round(int(m.group(1)) / 1024, 1) if m else 0.0
    return got


def run_startup(
    settings: Settings,
    sizes: Sequence[int],
    kinds: Sequence[str],
    workdir: Path,
    step: Step | None = None,
    on_row: Callable[[list[dict[str, Any]]], None] | None = None,
) -> list[dict[str, Any]]:
    """One row per (size, store kind): write time, store size, load time and RSS; `on_row` sees each new row
    (the CLI saves the rows so far, so a run cut short still leaves its figures)."""
    say = step or (lambda _m: None)
    chunks, vectors = real_store(settings)
    server = ChromaServer(workdir / "chroma").start() if "server" in kinds else None
    rows = []
    try:
        for size in [None, *sizes]:
            label = f"real ({len(chunks)})" if size is None else f"{size:,}"
            say(f"start-up at {label}: preparing")
            recs = records(chunks, vectors, size)
            for kind in kinds:
                say(f"start-up at {label}: writing the {kind} store")
                rows.append({"size": label, "store": kind, **_one(settings, recs, kind, workdir, server)})
                if on_row:
                    on_row(rows)
    finally:
        if server is not None:
            server.stop()
    return rows


def record_complete(path: Path, settings: Settings, chunks: dict[str, int]) -> None:
    """Write the ingest record a store needs before `Assistant.load()` will answer from it."""
    from assistant.retrieval.model_ids import model_id
    from ingest.manifest import write as write_manifest

    models = {space: model_id(space) for space in chunks}
    write_manifest(path, files={}, embeddings=settings.embeddings, models=models, chunks=chunks, hostile=[])


def _one(settings: Settings, recs: dict[str, Any], kind: str, workdir: Path, server: ChromaServer | None) -> dict:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma = ChromaSettings(anonymized_telemetry=False)
    env = {"WA_EMBEDDINGS": settings.embeddings, "WA_STORE": str((workdir / "state" / "store").resolve())}
    path = workdir / f"store-{len(recs['ids'])}"
    if kind == "server":
        assert server is not None
        client = chromadb.HttpClient(host=HOST, port=server.port, settings=chroma)
        for col in client.list_collections():
            client.delete_collection(col.name)
        env.update(server.env)
    else:
        client = chromadb.PersistentClient(path=str(path), settings=chroma)
        env["WA_STORE"] = str(path.resolve())
    try:
        write_s = write(client, recs)
        if kind == "embedded":
            client.close()  # type: ignore[attr-defined]  # chromadb 1.x has close(); its stubs lag
            record_complete(path, settings, {space: len(recs["ids"]) for space in recs["vectors"]})
        result = {"write_s": round(write_s, 1), **measure(env)}  # builds BM25 and saves it
        result["load_s_cached"] = measure(env)["load_s"]  # the same store again: BM25 from the cache
        if kind == "embedded":
            result["store_mb"] = round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 1)
        elif server is not None and server.proc is not None:
            result["server_rss_mb"] = process_rss_mb(server.proc.pid)["rss_mb"]
        return result
    finally:
        shutil.rmtree(path, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(measure_here()))


HEADERS = ["chunks", "store", "write s", "load() s, BM25 built", "load() s, BM25 saved", "RSS after load MB"]
HEADERS += ["load adds MB"]
HEADERS += ["first query s", "RSS after query MB", "store MB / server RSS MB"]


def rows(result: list[dict[str, Any]]) -> list[list[str]]:
    return [
        [
            r["size"],
            r["store"],
            f"{r['write_s']:,.1f}",
            f"{r['load_s']:,.2f}",
            f"{r['load_s_cached']:,.2f}",
            f"{r['rss_mb_after_load']:,.0f}",
            f"{r['rss_mb_after_load'] - r['rss_mb_before']:,.0f}",
            f"{r['first_query_s']:,.2f}",
            f"{r['rss_mb_after_first_query']:,.0f}",
            f"{r.get('store_mb', r.get('server_rss_mb', 0)):,.0f}",
        ]
        for r in result
    ]


def to_markdown(result: dict[str, Any]) -> str:
    host = result["machine"]
    end = host.get("load_avg_end", ["?"])[0]
    lines = [
        "# wa-assistant start-up at scale",
        "",
        f"Run {result['date']} with `wa-assistant bench --startup`: each store written in full (every embedding "
        "space, synthetic chunks of real sentences beyond the real corpus), then `Assistant.load()` timed in a fresh "
        "process (models not loaded: they load on the first question at any size), first building BM25, then with "
        "the BM25 indexes saved by the first load; the first query per space loads "
        f"Chroma's HNSW index. {host['usable_cores']} cores ({host['cpu']}), load average "
        f"{host['load_avg_start'][0]} at start, {end} at end.",
        "",
        "| " + " | ".join(HEADERS) + " |",
        "|" + "---|" * len(HEADERS),
        *("| " + " | ".join(r) + " |" for r in rows(result["rows"])),
        "",
    ]
    return "\n".join(lines)
