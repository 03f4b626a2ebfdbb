"""Scale test: how the store and BM25 behave at 10k and 100k chunks, without running a model.

Synthetic chunks recombine real corpus sentences (seeded, so every run writes the same corpus) up to
the length of a real chunk; each vector is the normalised sum of the vectors of the chunks its
sentences came from plus a little noise, so neighbours stay as clustered as real text.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.retrieval.lexical import LexicalIndex
from assistant.retrieval.retriever import CANDIDATES
from assistant.retrieval.store import get_collection
from assistant.text import sentences
from assistant.types import Chunk
from eval.metrics import percentile

SEED = 13
NOISE = 0.05  # norm of the noise added to each unit vector, so no two synthetic chunks coincide
MAX_PARTS = 16  # sentences drawn per synthetic chunk at most
WRITE_BATCH = 2000  # below Chroma's max batch (5461 here); large batches write fastest


@dataclass(frozen=True)
class Synthetic:
    ids: list[str]
    texts: list[str]
    vectors: np.ndarray  # (n, dim) float32, unit rows
    sources: list[str]  # the real chunk the first sentence came from, for metadata


def split_sentences(text: str) -> list[str]:
    return [s for line in text.splitlines() for s in sentences(line)]


def synthesize(chunks: Sequence[Chunk], vectors: np.ndarray, size: int, seed: int = SEED) -> Synthetic:
    """`size` chunks of recombined real sentences, each as long as a randomly chosen real chunk."""
    pool = [(s, i) for i, c in enumerate(chunks) for s in split_sentences(c.text)]
    if not pool:
        raise ValueError("The store's chunks hold no sentences to recombine: ingest a corpus first.")
    rng = np.random.default_rng(seed)
    targets = np.array([len(c.text) for c in chunks])[rng.integers(0, len(chunks), size)]
    picks = rng.integers(0, len(pool), (size, MAX_PARTS))
    texts, sources = [], []
    combined = np.zeros((size, vectors.shape[1]), dtype=np.float32)
    for n in range(size):
        parts, length = [], 0
        for j in picks[n]:
            sentence, src = pool[j]
            parts.append(sentence)
            combined[n] += vectors[src]
            length += len(sentence) + 1
            if length >= targets[n]:
                break
        texts.append(" ".join(parts))
        sources.append(chunks[pool[picks[n][0]][1]].source)
    combined /= np.linalg.norm(combined, axis=1, keepdims=True) + 1e-12
    noise = rng.standard_normal(combined.shape).astype(np.float32)
    combined += NOISE * noise / (np.linalg.norm(noise, axis=1, keepdims=True) + 1e-12)
    combined /= np.linalg.norm(combined, axis=1, keepdims=True)
    return Synthetic([f"syn-{seed}-{n}" for n in range(size)], texts, combined.astype(np.float32), sources)


def percentiles_ms(seconds: Sequence[float]) -> tuple[float, float]:
    ms = [s * 1000 for s in seconds]
    return round(percentile(ms, 50), 3), round(percentile(ms, 95), 3)


def run_scale(
    chunks: Sequence[Chunk],
    vectors: np.ndarray,
    queries: Sequence[str],
    query_vectors: np.ndarray,
    sizes: Sequence[int],
    workdir: Path,
    step: Callable[[str], None] | None = None,
) -> list[dict[str, Any]]:
    """Store write throughput, Chroma and BM25 query latency at each size; each store is removed after."""
    return [_one_size(chunks, vectors, queries, query_vectors, size, workdir, step) for size in sizes]


def _one_size(
    chunks: Sequence[Chunk],
    vectors: np.ndarray,
    queries: Sequence[str],
    query_vectors: np.ndarray,
    size: int,
    workdir: Path,
    step: Callable[[str], None] | None,
) -> dict[str, Any]:
    say = step or (lambda _msg: None)
    say(f"scale {size:,}: generating")
    t0 = time.perf_counter()
    syn = synthesize(chunks, vectors, size)
    generate_s = time.perf_counter() - t0

    say(f"scale {size:,}: writing to Chroma")
    path = workdir / f"scale-{size}"
    client = _client(path)
    try:
        col = get_collection(client, "e5", create=True)
        t0 = time.perf_counter()
        for i in range(0, size, WRITE_BATCH):
            sl = slice(i, i + WRITE_BATCH)
            col.add(
                ids=syn.ids[sl],
                embeddings=syn.vectors[sl],
                documents=syn.texts[sl],
                metadatas=[{"source": s} for s in syn.sources[sl]],
            )
        write_s = time.perf_counter() - t0
        say(f"scale {size:,}: querying")
        chroma_p50, chroma_p95 = _timed_queries(
            lambda v: col.query(query_embeddings=[v.tolist()], n_results=CANDIDATES, include=["distances"]),
            list(query_vectors),
        )
    finally:
        client.close()
    disk_mb = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20
    shutil.rmtree(path, ignore_errors=True)

    say(f"scale {size:,}: BM25")
    t0 = time.perf_counter()
    index = LexicalIndex(syn.texts)
    bm25_build_s = time.perf_counter() - t0
    bm25_p50, bm25_p95 = _timed_queries(lambda q: np.argsort(-index.scores(q))[:CANDIDATES], list(queries))
    return {
        "chunks": size,
        "generate_s": round(generate_s, 3),
        "write_s": round(write_s, 3),
        "write_chunks_per_s": round(size / write_s, 1) if write_s else None,
        "store_mb": round(disk_mb, 1),
        "query_p50_ms": chroma_p50,
        "query_p95_ms": chroma_p95,
        "bm25_build_s": round(bm25_build_s, 3),
        "bm25_p50_ms": bm25_p50,
        "bm25_p95_ms": bm25_p95,
    }


def _timed_queries(run: Callable[[Any], object], inputs: list[Any]) -> tuple[float, float]:
    """Warm once, then time each input."""
    if not inputs:
        return 0.0, 0.0
    run(inputs[0])
    times = []
    for x in inputs:
        t0 = time.perf_counter()
        run(x)
        times.append(time.perf_counter() - t0)
    return percentiles_ms(times)


def _client(path: Path) -> Any:
    """A fresh embedded Chroma store, configured like ours."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))
