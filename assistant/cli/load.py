"""`wa-assistant bench --load` and `--startup` at the edge: progress, tables and the files in eval/results/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TimeElapsedColumn
from rich.table import Table

from assistant.cli.output import emit_json, write_results
from assistant.errors import ConfigError

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)
STORES = {"embedded": ("embedded",), "server": ("server",), "both": ("embedded", "server")}


def load_bench(
    pool: list[Path],
    out_dir: Path,
    seconds: float,
    clients: str,
    store: str,
    workers: int,
    as_json: bool,
    cache: str = "off,on",
) -> None:
    from assistant.settings import load_settings
    from eval.load import HEADERS, parse_caches, parse_levels, rows, run_load, to_markdown

    if store not in STORES:
        raise ConfigError(f"--store-kind {store!r}: choose embedded, server or both.")
    levels, caches = parse_levels(clients), parse_caches(cache)
    if not pool:
        raise ConfigError("--load-pool is empty: give one or more JSONL question sets.")
    with Progress(SpinnerColumn(), "{task.description}", TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task("starting", total=None)
        step = lambda msg: bar.update(task, description=msg)  # noqa: E731
        # a server that would not start raises RuntimeError with its log tail: one line, exit 1 (`friendly`)
        result = run_load(load_settings(), pool, levels, seconds, STORES[store], workers, step, caches)
    write_results(out_dir, "load", result, to_markdown(result))
    if as_json:
        emit_json(result)
        return
    show(f"serve on 127.0.0.1, {result['seconds_per_level']:.0f} s per level", HEADERS, rows(result))
    host = result["machine"]
    out.print(
        f"load average {host['load_avg_start'][0]} at start, {host['load_avg_end'][0]} at end on "
        f"{host['usable_cores']} cores; written: {out_dir / 'load.json'}, {out_dir / 'LOAD.md'}",
        soft_wrap=True,
    )


def startup_bench(out_dir: Path, scale: str, store: str, as_json: bool) -> None:
    import datetime as dt
    import tempfile

    from assistant.settings import load_settings
    from eval.bench import _loadavg, machine, parse_sizes
    from eval.startup import HEADERS, rows, run_startup, to_markdown

    host = machine()
    result: dict[str, Any] = {"date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), "rows": []}

    def save(table: list[dict[str, Any]]) -> None:
        result.update(rows=table, machine={**host, "load_avg_end": _loadavg()})
        write_results(out_dir, "startup", result, to_markdown(result))

    if store not in STORES:
        raise ConfigError(f"--store-kind {store!r}: choose embedded, server or both.")
    sizes = parse_sizes(scale)
    with (
        Progress(SpinnerColumn(), "{task.description}", TimeElapsedColumn(), console=err, transient=True) as bar,
        tempfile.TemporaryDirectory(prefix="wa-startup-") as tmp,
    ):
        task = bar.add_task("starting", total=None)
        step = lambda msg: bar.update(task, description=msg)  # noqa: E731
        save(run_startup(load_settings(), sizes, STORES[store], Path(tmp), step, on_row=save))
    if as_json:
        emit_json(result)
        return
    show("Assistant.load() at scale", HEADERS, rows(result["rows"]))
    out.print(f"written: {out_dir / 'startup.json'}, {out_dir / 'STARTUP.md'}")


def show(title: str, headers: list[str], table_rows: list[list[str]]) -> None:
    table = Table(title=title)
    for h in headers:
        table.add_column(h, justify="left" if h == "store" else "right")
    for r in table_rows:
        table.add_row(*r)
    out.print(table)
