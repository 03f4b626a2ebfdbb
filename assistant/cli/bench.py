"""`wa-assistant bench` at the edge: options, progress, the terminal tables and the files it writes.

Registered in assistant/cli/app.py with `app.command()(bench)`; eval/bench.py does the measuring and is
imported only when the command runs, so `wa-assistant --help` stays instant.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from assistant.cli.output import emit_json, write_results

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)
Table = tuple[list[str], list[list[str]]]


def bench(
    dataset: Path = typer.Option(Path("eval/data/golden_dev.jsonl"), "--dataset", help="JSONL question set."),
    out_dir: Path = typer.Option(Path("eval/results"), "--out", help="Folder for bench.json and BENCH.md."),
    scale: str = typer.Option(
        "10000,100000", "--scale", help="Synthetic corpus sizes for the scale test, comma-separated; '' skips it."
    ),
    corpus: Path = typer.Option(None, "--corpus", help="Corpus to ingest cold (default: WA_CORPUS or ./corpus)."),
    as_json: bool = typer.Option(False, "--json", help="Print the results as JSON."),
    load: bool = typer.Option(False, "--load", help="Instead: a load test of `serve` on loopback (needs an ingest)."),
    load_seconds: float = typer.Option(60, "--load-seconds", min=1, help="Seconds per concurrency level."),
    load_clients: str = typer.Option("1,8,32", "--load-clients", help="Concurrent clients per level."),
    store_kind: str = typer.Option(
        "embedded", "--store-kind", help="For --load and --startup: embedded, server (a `chroma run`) or both."
    ),
    workers: int = typer.Option(1, "--workers", min=1, max=16, help="`serve` worker processes for --load."),
    load_pool: str = typer.Option(
        "eval/data/golden_dev.jsonl,eval/data/golden_test.jsonl",
        "--load-pool",
        help="For --load: the JSONL question sets the clients draw from, comma-separated (shuffled together).",
    ),
    load_cache: str = typer.Option(
        "off,on", "--load-cache", help="For --load: run with the answer and vector caches off, on, or both."
    ),
    startup: bool = typer.Option(
        False, "--startup", help="Instead: Assistant.load() time and RSS at the real corpus and the --scale sizes."
    ),
) -> None:
    """Compare ours with BM25 and dense-only baselines; time ingest, memory and the store at scale."""
    if load or startup:
        from assistant.cli.load import load_bench, startup_bench

        if load:
            pool = [Path(p.strip()) for p in load_pool.split(",") if p.strip()]
            load_bench(pool, out_dir, load_seconds, load_clients, store_kind, workers, as_json, load_cache)
        else:
            startup_bench(out_dir, scale, store_kind, as_json)
        return
    result = _run(dataset, scale, corpus, quiet=as_json)
    paths = write_results(out_dir, "bench", result, to_markdown(result))
    if as_json:
        emit_json(result)
        return
    print_report(result)
    out.print(f"written: {paths[0]}, {paths[1]} ({result['seconds']:.0f} s)")


def _run(dataset: Path, scale: str, corpus: Path | None, quiet: bool) -> dict[str, Any]:
    from assistant.settings import load_settings
    from eval.bench import parse_sizes, run_bench

    sizes = parse_sizes(scale)
    settings = load_settings()
    columns = (SpinnerColumn(), "{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=quiet) as bar:
        task = bar.add_task("starting", total=None)
        return run_bench(
            settings,
            Path(corpus or settings.corpus),
            dataset,
            sizes,
            step=lambda msg: bar.update(task, description=msg, completed=0, total=None),
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )


def print_report(result: dict[str, Any]) -> None:
    for title, table in (
        ("retrieval (in-scope questions, warm latency)", system_table(result)),
        ("ours ÷ baseline", ratio_table(result)),
        ("scale (synthetic)", scale_table(result)),
    ):
        headers, rows = table
        if not rows:
            continue
        t = RichTable(title=title)
        t.add_column(headers[0])
        for h in headers[1:]:
            t.add_column(h, justify="right")
        for row in rows:
            t.add_row(*row)
        out.print(t)
    for line in summary_lines(result):
        out.print(line, soft_wrap=True)


# The same rows feed the terminal tables and BENCH.md.

LABELS = {"ours": "ours", "bm25_words": "BM25 words", "bm25_ko": "BM25 Kiwi", "dense": "dense", "dense_use": "dense"}
RATIO_COLUMNS = {"recall@5": "R@5", "mrr@10": "MRR@10", "p50_ms": "p50 latency", "p95_ms": "p95 latency"}


def label(name: str, s: dict[str, Any]) -> str:
    base = LABELS.get(name, name)
    return f"{base} {s['space']}" if "space" in s else base


def _f(x: Any, digits: int = 3) -> str:
    if x is None:
        return "-"
    if isinstance(x, float | int) and not isinstance(x, bool):
        return f"{x:,.{digits}f}"
    return str(x)


def system_table(result: dict[str, Any]) -> Table:
    systems = result["systems"]
    pairs = sorted({p for s in systems.values() for p in s.get("pairs", {})})
    headers = ["system", "R@1", "R@5", "MRR@10", *(f"R@5 {p}" for p in pairs), "p50 ms", "p95 ms"]
    rows = []
    for name, s in systems.items():
        if s.get("skipped"):
            rows.append([label(name, s), "skipped", *[""] * (len(headers) - 2)])
            continue
        per_pair = [_f(s["pairs"][p]["recall@5"]) if p in s.get("pairs", {}) else "-" for p in pairs]
        rows.append(
            [label(name, s), _f(s["recall@1"]), _f(s["recall@5"]), _f(s["mrr@10"]), *per_pair]
            + [_f(s["p50_ms"], 2), _f(s["p95_ms"], 2)]
        )
    return headers, rows


def ratio_table(result: dict[str, Any]) -> Table:
    headers = ["ours ÷ baseline", *RATIO_COLUMNS.values()]
    rows = [
        [label(name, result["systems"][name]), *(_f(r[k], 2 if (r[k] or 0) < 100 else 0) for k in RATIO_COLUMNS)]
        for name, r in result["ratios"].items()
    ]
    return headers, rows


def scale_table(result: dict[str, Any]) -> Table:
    headers = ["chunks", "write chunks/s", "store MB", "Chroma p50 ms", "Chroma p95 ms"]
    headers += ["BM25 build s", "BM25 p50 ms", "BM25 p95 ms"]
    rows = [
        [f"{s['chunks']:,}", _f(s["write_chunks_per_s"], 0), _f(s["store_mb"], 1)]
        + [_f(s["query_p50_ms"], 2), _f(s["query_p95_ms"], 2), _f(s["bm25_build_s"], 2)]
        + [_f(s["bm25_p50_ms"], 2), _f(s["bm25_p95_ms"], 2)]
        for s in result["scale"]
    ]
    return headers, rows


def summary_lines(result: dict[str, Any]) -> list[str]:
    """One line each for ask latency, skipped systems, ingest, memory, dataset and machine."""
    ours, host, data = result["systems"]["ours"], result["machine"], result["dataset"]
    lines = [f"ask (ours, warm): p50 {_f(ours.get('ask_p50_ms'), 1)} ms, p95 {_f(ours.get('ask_p95_ms'), 1)} ms"]
    lines += [f"{label(n, s)} skipped: {s['reason']}" for n, s in result["systems"].items() if s.get("skipped")]
    if ing := result.get("ingest"):
        loads = ", ".join(f"{k} {v:.2f} s" for k, v in ing["model_load_s"].items())
        lines.append(
            f"ingest: cold, {ing['chunks']:,} chunks from {ing['files']} files in {ing['cold_s']:.1f} s "
            f"(model load {loads}): {_f(ing['chunks_per_s'], 1)} chunks/s without the load, "
            f"{_f(ing['chunks_per_s_with_load'], 1)} with it; "
            f"re-ingest with nothing changed: {ing['reingest_s'] * 1000:.0f} ms"
        )
    phases = ", ".join(f"{k.replace('_', ' ')} {v:,.0f}" for k, v in host["peak_rss_mb_by_phase"].items())
    if host.get("busy"):
        lines.append(
            f"warning: the machine was busy (load average {max(host['load_avg_start'][0], host['load_avg_end'][0])} "
            f"on {host['usable_cores']} cores): other processes inflate these latencies; rerun on a quiet machine"
        )
    lines.append(f"peak RSS: {host['peak_rss_mb']:,.0f} MB ({phases})")
    pairs = ", ".join(f"{k} {v}" for k, v in sorted(data["pairs"].items()))
    lines.append(f"dataset: {data['path']}: {data['questions']} questions, {data['in_scope']} in scope ({pairs})")
    lines.append(
        f"machine: {host['usable_cores']} of {host['cores']} cores ({host['cpu']}), {host['memory_gb']} GB, "
        f"Python {host['python']}; load average {host['load_avg_start'][0]} at start, {host['load_avg_end'][0]} at end"
    )
    return lines


def _markdown_table(table: Table) -> list[str]:
    headers, rows = table
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    return lines + ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]


def to_markdown(result: dict[str, Any]) -> str:
    host = result["machine"]
    lines = [
        "# wa-assistant bench",
        "",
        f"Run {result['date']} with `wa-assistant bench` ({result['seconds']:.0f} s), on {host['usable_cores']} "
        f"cores ({host['cpu']}), Python {host['python']}, {host['platform']}; dataset `{result['dataset']['path']}`. "
        "A question counts as found when a retrieved passage contains one of its expected substrings; "
        "in-scope questions only; latencies are warm, per question.",
        "",
        "## Retrieval",
        "",
        *_markdown_table(system_table(result)),
        "",
        *_markdown_table(ratio_table(result)),
        "",
    ]
    if result["scale"]:
        lines += ["## Scale (synthetic chunks of real sentences, stored vectors reused)", ""]
        lines += [*_markdown_table(scale_table(result)), ""]
    lines += ["## Ingest, memory, machine", "", *(f"- {line}" for line in summary_lines(result)), ""]
    return "\n".join(lines)


if __name__ == "__main__":
    typer.run(bench)
