"""`wa-assistant bench --load` at the edge: progress, the table, eval/results/load.json and LOAD.md."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TimeElapsedColumn
from rich.table import Table

from assistant.errors import AssistantError, ConfigError

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)
STORES = {"embedded": ("embedded",), "server": ("server",), "both": ("embedded", "server")}


def load_bench(
    dataset: Path, out_dir: Path, seconds: float, clients: str, store: str, workers: int, as_json: bool
) -> None:
    from assistant.settings import load_settings
    from eval.load import HEADERS, parse_levels, rows, run_load, to_markdown

    try:
        if store not in STORES:
            raise ConfigError(f"--load-store {store!r}: choose embedded, server or both.")
        levels = parse_levels(clients)
        with Progress(SpinnerColumn(), "{task.description}", TimeElapsedColumn(), console=err, transient=True) as bar:
            task = bar.add_task("starting", total=None)
            step = lambda msg: bar.update(task, description=msg)  # noqa: E731
            result = run_load(load_settings(), dataset, levels, seconds, STORES[store], workers, step)
    except AssistantError as exc:
        err.print(f"[bold red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    except RuntimeError as exc:  # a server that would not start: its log tail is in the message
        err.print(f"[bold red]error:[/] {exc}", soft_wrap=True)
        raise typer.Exit(1) from None
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "load.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", "utf-8")
    (out_dir / "LOAD.md").write_text(to_markdown(result), "utf-8")
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"serve on 127.0.0.1, {result['seconds_per_level']:.0f} s per level")
    for h in HEADERS:
        table.add_column(h, justify="left" if h == "store" else "right")
    for r in rows(result):
        table.add_row(*r)
    out.print(table)
    host = result["machine"]
    out.print(
        f"load average {host['load_avg_start'][0]} at start, {host['load_avg_end'][0]} at end on "
        f"{host['usable_cores']} cores; written: {out_dir / 'load.json'}, {out_dir / 'LOAD.md'}",
        soft_wrap=True,
    )
