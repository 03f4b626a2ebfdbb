"""Run an ingest with a progress bar (files read, then chunks embedded: chunks/s and time left) and print
its report; `ingest`, `add` and `remove` all end this way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from assistant.cli.errors import err, print_warning
from assistant.cli.output import emit_json
from assistant.messages import bilingual
from assistant.settings import Settings


class RateColumn(ProgressColumn):
    """Items per second, from rich's moving estimate ("12.3 chunks/s")."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        unit = task.fields.get("unit", "")
        return Text(f"{speed:.1f} {unit}/s" if speed else f"- {unit}/s", style="progress.data.speed")


def progress_bar(disable: bool = False) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=disable,
    )


def run_ingest(
    settings: Settings,
    corpus: Path | None = None,
    rebuild: bool = False,
    allow_shrink: bool = False,
    quiet: bool = False,
) -> Any:
    """ingest.run.ingest with the bar on stderr; returns its IngestReport."""
    from ingest.run import ingest

    with progress_bar(disable=quiet) as bar:
        files = bar.add_task(bilingual("cli.ingest.reading"), total=None, unit="files")
        chunks = bar.add_task(bilingual("cli.ingest.embedding"), total=None, unit="chunks", visible=False)

        def reading(done: int, total: int, source: str) -> None:
            bar.update(files, completed=done, total=total, visible=done < total)

        def embedding(done: int, total: int) -> None:
            bar.update(chunks, completed=done, total=total, visible=total > 0)

        return ingest(settings, corpus, rebuild, progress=embedding, allow_shrink=allow_shrink, reading=reading)


def print_ingest_report(
    report: Any, settings: Settings, out: Console, as_json: bool, extra: dict[str, Any] | None = None
) -> None:
    """The one-line summary (or JSON, with `extra` keys first), each warning and error; exit 1 when a file
    was not ingested."""
    if as_json:
        emit_json({**(extra or {}), **report.to_dict()})
    else:
        r = report
        state = (
            "unchanged"
            if r.unchanged
            else f"+{r.chunks_added} added, ~{r.chunks_updated} updated, -{r.chunks_removed} removed"
        )
        out.print(
            f"{r.files} files, {r.chunks_total} chunks in {settings.store} ({state}) in {r.seconds:.1f} s",
            soft_wrap=True,
        )
    for w in report.warnings:
        where = f"{w['source']}:{w['line']}" if w.get("line") else w["source"]
        print_warning(f"{where}: {w['message']}")
    for e in report.errors:
        where = f"{e['source']}:{e['line']}" if e.get("line") else e["source"]
        err.print(f"[bold red]error:[/] {where}: {e['message']}", soft_wrap=True)
    if report.errors:
        err.print(bilingual("cli.ingest.not_ingested", n=len(report.errors)))
        raise typer.Exit(1)
