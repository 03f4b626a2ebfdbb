"""`wa-assistant status`: is the store complete, how big, built by which models, and is it older than the corpus."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from assistant.messages import CATALOGUE, bilingual
from assistant.retrieval.store_state import StoreHealth


def render_status(h: StoreHealth, corpus: Path, unfinished: list[str], out: Console) -> None:
    color = "green" if h.complete and not h.stale else ("yellow" if h.complete else "red")
    where = f"{h.store} -> {h.generation}" if h.generation and h.generation != Path(h.store).name else h.store
    out.print(f"store      {where}  [bold {color}]{_state(h.state)}[/]", soft_wrap=True)
    if h.message:
        out.print(f"           {h.message}", soft_wrap=True)
    if h.chunks:
        out.print("passages   " + ", ".join(f"{s} {n}" for s, n in h.chunks.items()))
    if h.models:
        out.print("models     " + ", ".join(h.models.values()), soft_wrap=True)
    if h.finished_at:
        out.print(f"built      {h.finished_at} from {h.files} files")
    if h.drift is not None:
        if h.drift.any:
            names = (h.drift.changed + h.drift.added + h.drift.removed)[:5]
            out.print(f"corpus     {corpus}: [yellow]{h.drift.summary()}[/] since then ({', '.join(names)})")
        else:
            out.print(f"corpus     {corpus}: {bilingual('cli.up_to_date')}")
    if h.read_only:
        out.print(f"access     [yellow]{bilingual('cli.read_only')}[/]")
    running = h.ingest_running
    out.print(f"ingest     {'running: pid ' + str(running.get('pid')) if running else bilingual('cli.none_running')}")
    if unfinished:
        out.print(f"unfinished {len(unfinished)} build folder(s) from a running or killed ingest (removed by the next)")
    for w in h.hostile:
        out.print(f"[yellow]flagged[/]    {w['source']}:{w['line']} addresses the assistant", soft_wrap=True)


def _state(state: str) -> str:
    return bilingual(f"cli.state.{state}") if f"cli.state.{state}" in CATALOGUE else state
