"""`wa-assistant bench --load`: a bounded load test of `serve` on loopback.

Starts `wa-assistant serve` in a subprocess on a free 127.0.0.1 port (rate limit off), then for each
concurrency level runs that many client threads for a fixed time, each posting questions (with their
history) to /v1/ask back to back. Reports requests/s, latency percentiles and errors per level, the
server's memory, and how busy the machine was. The clients share the machine's cores with the server,
as they would on a laptop; on 2 cores that is a real cost and the figures say so.

The questions are a pool of several hundred (the golden dev and test sets, shuffled once with a fixed
seed), so a cache cannot learn a handful of repeated requests. Each cache setting gets a server of its
own: "off" (WA_ANSWER_CACHE=0, WA_QUERY_CACHE=0) measures the work itself, "on" the defaults; the
share of answers from the cache is counted from each response's `X-WA-Cache` header, the question
vectors' hit rates from the server's /v1/status counters before and after each level (one worker).
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError
from assistant.settings import Settings
from eval.bench import _loadavg, machine
from eval.jsonl import read_jsonl
from eval.metrics import percentile
from eval.servers import HOST, ChromaServer, ServeProcess

LEVELS = (1, 8, 32)
WARMUP_REQUESTS = 5
REQUEST_TIMEOUT_S = 60
POOL = (Path("eval/data/golden_dev.jsonl"), Path("eval/data/golden_test.jsonl"))
SEED = 20261130
CACHE_OFF = {"WA_ANSWER_CACHE": "0", "WA_QUERY_CACHE": "0"}
CACHES = {"off": CACHE_OFF, "on": {}}
Step = Callable[[str], None]


def load_payloads(dataset: Path) -> list[dict[str, Any]]:
    """Every question of the set as an /v1/ask body, with its history, in file order."""
    from eval.run import history_of

    payloads = []
    for _n, row in read_jsonl(dataset):
        history = [{"question": t.question, "answer": t.answer} for t in history_of(row)]
        payloads.append({"question": row["question"], "history": history})
    if not payloads:
        raise ConfigError(f"{dataset} holds no questions.")
    return payloads


def load_pool(datasets: Sequence[Path]) -> list[dict[str, Any]]:
    """The questions of every set, shuffled once (fixed seed): clients cycle through a mixed pool."""
    for path in datasets:
        if not path.is_file():
            raise ConfigError(f"--load-pool: {path} does not exist (give JSONL question sets).")
    pool = [p for path in datasets for p in load_payloads(path)]
    random.Random(SEED).shuffle(pool)
    return pool


def parse_caches(text: str) -> list[str]:
    modes = [p.strip() for p in text.split(",") if p.strip()]
    if not modes or any(m not in CACHES for m in modes):
        raise ConfigError(f"--load-cache {text!r}: give off, on or off,on.")
    return modes


def parse_levels(text: str) -> list[int]:
    try:
        levels = [int(p) for p in text.split(",") if p.strip()]
    except ValueError:
        raise ConfigError(f"--load-clients {text!r}: give client counts like 1,8,32.") from None
    if not levels or any(n < 1 or n > 256 for n in levels):
        raise ConfigError(f"--load-clients {text!r}: each count must be between 1 and 256.")
    return levels


def run_level(url: str, clients: int, seconds: float, payloads: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """`clients` threads post back to back for `seconds`; every request is timed, every failure counted."""
    import httpx

    latencies: list[float] = []
    errors: Counter[str] = Counter()
    cached = 0
    lock = threading.Lock()
    start = time.perf_counter()
    stop_at = start + seconds

    def client(offset: int) -> None:
        nonlocal cached
        with httpx.Client(base_url=url, timeout=REQUEST_TIMEOUT_S) as http:
            i = offset
            while time.perf_counter() < stop_at:
                payload = payloads[i % len(payloads)]
                i += clients
                t0 = time.perf_counter()
                hit = False
                try:
                    r = http.post("/v1/ask", json=payload)
                    failure = None if r.status_code == 200 else f"HTTP {r.status_code}"
                    hit = r.headers.get("x-wa-cache") == "hit"
                except httpx.HTTPError as exc:
                    failure = type(exc).__name__
                took = time.perf_counter() - t0
                with lock:
                    latencies.append(took)
                    cached += hit
                    if failure:
                        errors[failure] += 1

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    ms = [s * 1000 for s in latencies]
    return {
        "clients": clients,
        "seconds": round(elapsed, 1),
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / elapsed, 2) if elapsed else 0.0,
        "p50_ms": round(percentile(ms, 50), 1) if ms else None,
        "p95_ms": round(percentile(ms, 95), 1) if ms else None,
        "p99_ms": round(percentile(ms, 99), 1) if ms else None,
        "max_ms": round(max(ms), 1) if ms else None,
        "errors": sum(errors.values()),
        "error_kinds": dict(errors),
        "answers_from_cache": cached,
    }


def run_load(
    settings: Settings,
    datasets: Sequence[Path],
    levels: Sequence[int],
    seconds: float,
    stores: Sequence[str] = ("embedded",),
    workers: int = 1,
    step: Step | None = None,
    caches: Sequence[str] = ("off", "on"),
) -> dict[str, Any]:
    """The load test against `serve` on each store kind ("embedded", "server" = a `chroma run` on loopback),
    once per cache setting."""
    say = step or (lambda _m: None)
    payloads = load_pool(datasets)
    host = machine()
    started = time.perf_counter()
    runs = [
        _one_store(settings, kind, cache, payloads, levels, seconds, workers, say)
        for kind in stores
        for cache in caches
    ]
    host["load_avg_end"] = _loadavg()
    distinct = {(p["question"], str(p["history"])) for p in payloads}
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "seconds": round(time.perf_counter() - started, 1),
        "dataset": {"paths": [str(d) for d in datasets], "questions": len(payloads), "distinct": len(distinct)},
        "endpoint": "POST /v1/ask",
        "workers": workers,
        "seconds_per_level": seconds,
        "runs": runs,
        "machine": host,
    }


def _one_store(
    settings: Settings,
    kind: str,
    cache: str,
    payloads: Sequence[dict[str, Any]],
    levels: Sequence[int],
    seconds: float,
    workers: int,
    say: Step,
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="wa-load-") as tmp:
        env = {"WA_RATE_LIMIT": "0", "WA_STORE": str(Path(settings.store).resolve()), **CACHES[cache]}
        chroma = None
        if kind == "server":
            say("load: starting a Chroma server and ingesting into it")
            chroma = ChromaServer(Path(tmp) / "chroma").start()
            env.update(chroma.env)
            _ingest(settings, chroma)
        try:
            say(f"load ({kind} store, cache {cache}): starting serve")
            serve = ServeProcess(env, Path(tmp) / "serve.log", workers).start()
            try:
                _warm(serve.url, payloads[-WARMUP_REQUESTS:])
                results = []
                for n in levels:
                    say(f"load ({kind} store, cache {cache}): {n} client(s) for {seconds:.0f} s")
                    load_before, counts_before = _loadavg(), cache_counts(serve.url)
                    level = run_level(serve.url, n, seconds, payloads)
                    level.update(load_avg_before=load_before, load_avg_after=_loadavg(), **serve.rss_mb())
                    level["hit_rates"] = hit_rates(counts_before, cache_counts(serve.url)) if workers == 1 else {}
                    level["hit_rates"]["answers"] = _share(level["answers_from_cache"], level["requests"])
                    results.append(level)
            finally:
                serve.stop()
        finally:
            if chroma is not None:
                chroma.stop()
    return {"store": kind, "cache": cache, "levels": results}


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def cache_counts(url: str) -> dict[str, tuple[int, int]]:
    """(hits, misses) per cache of the server process (one worker: with several, of whichever answers).

    The answers' hit rate is counted by the clients instead (each response says `X-WA-Cache: hit|miss`)."""
    import httpx

    caches = httpx.get(url + "/v1/status", timeout=REQUEST_TIMEOUT_S).json()["caches"]
    counts = {"answers": (caches["answers"]["hits"], caches["answers"]["misses"])}
    for space, c in caches["query_vectors"].items():
        counts[f"query_{space}"] = (c["hits"], c["misses"])
    return counts


def hit_rates(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> dict[str, float | None]:
    """The share of lookups that hit, per cache, between two readings of the counters."""
    rates: dict[str, float | None] = {}
    for name, (hits, misses) in after.items():
        h0, m0 = before.get(name, (0, 0))
        hits, total = hits - h0, hits - h0 + misses - m0
        rates[name] = round(hits / total, 3) if total > 0 and hits >= 0 else None
    return rates


def _warm(url: str, payloads: Sequence[dict[str, Any]]) -> None:
    import httpx

    with httpx.Client(base_url=url, timeout=REQUEST_TIMEOUT_S) as http:
        for payload in payloads:
            http.post("/v1/ask", json=payload).raise_for_status()


def _ingest(settings: Settings, chroma: ChromaServer) -> None:
    """The corpus into the Chroma server, reusing the embedding cache beside WA_STORE (no model work when warm)."""
    from ingest.run import ingest

    remote = settings.model_copy(update={"chroma_host": HOST, "chroma_port": chroma.port})
    report = ingest(remote)
    if report.errors:
        raise ConfigError(f"Ingest into the Chroma server failed: {report.errors[0]}")


# The table for the terminal and LOAD.md.

HEADERS = [
    "store",
    "cache",
    "clients",
    "requests",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "errors",
    "answer hits",
    "server RSS MB",
    "load avg",
]


def rows(result: dict[str, Any]) -> list[list[str]]:
    out = []
    for run in result["runs"]:
        for lv in run["levels"]:
            rate = (lv.get("hit_rates") or {}).get("answers")
            out.append(
                [
                    run["store"],
                    run.get("cache", "-"),
                    str(lv["clients"]),
                    f"{lv['requests']:,}",
                    f"{lv['requests_per_s']:.1f}",
                    *(f"{lv[k]:,.0f}" if lv[k] is not None else "-" for k in ("p50_ms", "p95_ms", "p99_ms")),
                    _errors(lv),
                    "-" if rate is None or run.get("cache") == "off" else f"{rate:.0%}",
                    f"{lv.get('rss_mb', 0):,.0f}",
                    f"{lv['load_avg_before'][0]} → {lv['load_avg_after'][0]}",
                ]
            )
    return out


def _errors(level: dict[str, Any]) -> str:
    kinds = ", ".join(f"{k}: {v}" for k, v in level["error_kinds"].items())
    return f"{level['errors']} ({kinds})" if kinds else str(level["errors"])


def to_markdown(result: dict[str, Any]) -> str:
    host = result["machine"]
    lines = [
        "# wa-assistant load test",
        "",
        f"Run {result['date']} with `wa-assistant bench --load` ({result['seconds']:.0f} s): `serve` on 127.0.0.1 "
        f"with {result['workers']} worker(s), rate limit off; each level runs that many client threads for "
        f"{result['seconds_per_level']:.0f} s, posting questions (with their history) to {result['endpoint']} "
        f"back to back from a pool of {result['dataset']['questions']} ({result['dataset']['distinct']} distinct: "
        f"{', '.join(f'`{p}`' for p in result['dataset']['paths'])}, shuffled with a fixed seed). "
        "Cache off: WA_ANSWER_CACHE=0 and WA_QUERY_CACHE=0; on: the defaults; answer hits are the share of "
        "that level's requests answered from the cache. "
        f"Clients and server share {host['usable_cores']} cores ({host['cpu']}); "
        f"load average {host['load_avg_start'][0]} at start, {host['load_avg_end'][0]} at end "
        "(other processes on the machine count too).",
        "",
        "| " + " | ".join(HEADERS) + " |",
        "|" + "---|" * len(HEADERS),
        *("| " + " | ".join(r) + " |" for r in rows(result)),
        "",
    ]
    return "\n".join(lines)
