"""`wa-assistant add`, `remove` and `list`: the user's own documents in corpus/documents/<folder>/.

`add` copies files in (PDF, Word, PowerPoint, HTML, Markdown, text) and ingests; `remove` deletes
added documents and ingests; `list` shows each with whether the store holds it as it is now.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from assistant.cli.errors import err, friendly, print_warning
from assistant.cli.ingesting import print_ingest_report, run_ingest
from assistant.cli.output import emit_json
from assistant.messages import bilingual
from assistant.settings import load_settings

out = Console(highlight=False)


@friendly
def add(
    paths: list[Path] = typer.Argument(..., help="Files or folders to add (PDF, DOCX, PPTX, HTML, Markdown, text)."),
    folder: str = typer.Option(
        "added", "--folder", "-f", help="Subfolder of corpus/documents/ to put them in (one per source)."
    ),
    no_ingest: bool = typer.Option(False, "--no-ingest", help="Only copy the files; ingest later."),
    as_json: bool = typer.Option(False, "--json", help="Print what was added and the ingest report as JSON."),
) -> None:
    """Copy your own documents into corpus/documents/FOLDER/ and ingest them."""
    from ingest.library import add_paths

    settings = load_settings()
    placed = add_paths(paths, Path(settings.corpus), folder, settings.max_file_bytes, settings.max_doc_bytes)
    if not as_json:
        for source in placed.added:
            out.print(bilingual("cli.doc.added", source=source), soft_wrap=True)
        for source in placed.unchanged:
            out.print(bilingual("cli.doc.unchanged", source=source), soft_wrap=True)
    for r in placed.refused:
        err.print(f"[bold red]error:[/] {r.name}: {r.reason}", soft_wrap=True)
    if not placed.added and not placed.unchanged:
        if as_json:
            emit_json({"documents": placed.to_dict()})
        raise typer.Exit(2)
    if no_ingest:
        if as_json:
            emit_json({"documents": placed.to_dict()})
        else:
            out.print(bilingual("cli.doc.ingest_later"))
        raise typer.Exit(2 if placed.refused else 0)
    _ingest_then_report(placed.to_dict(), as_json, allow_shrink=False, refused=bool(placed.refused))


@friendly
def remove(
    names: list[str] = typer.Argument(..., help="Added documents: corpus/documents/F/x.pdf, F/x.pdf, or a folder F."),
    no_ingest: bool = typer.Option(False, "--no-ingest", help="Only delete the files; ingest later."),
    as_json: bool = typer.Option(False, "--json", help="Print what was removed and the ingest report as JSON."),
) -> None:
    """Delete documents added with `add` (nothing outside corpus/documents/) and ingest."""
    from ingest.library import remove_names

    settings = load_settings()
    removed = remove_names(names, Path(settings.corpus))
    if not as_json:
        for source in removed:
            out.print(bilingual("cli.doc.removed", source=source), soft_wrap=True)
    if no_ingest:
        if as_json:
            emit_json({"documents": {"removed": removed}})
        return
    # removing is what was asked for: the shrink guard would otherwise stop removing most of a small store
    _ingest_then_report({"removed": removed}, as_json, allow_shrink=True)


@friendly
def list_documents(as_json: bool = typer.Option(False, "--json", help="Print the list as JSON.")) -> None:
    """List the documents in corpus/documents/ and whether the store holds each as it is now."""
    from ingest import generations
    from ingest.library import entries

    settings = load_settings()
    current = None if settings.remote_store else generations.current(Path(settings.store))
    ingested = dict((generations.read_manifest(current) or {}).get("files") or {}) if current else {}
    rows = entries(Path(settings.corpus), ingested)
    if as_json:
        emit_json({"documents": [e.to_dict() for e in rows]})
        return
    if not rows:
        out.print(bilingual("cli.doc.none", folder=Path(settings.corpus) / "documents"))
        return
    columns = [bilingual(f"cli.doc.col.{c}") for c in ("document", "size", "modified", "state")]
    table = Table(*columns, box=None, pad_edge=False)
    for e in rows:
        style = {"ingested": "green", "unsupported": "red"}.get(e.state, "yellow")
        table.add_row(e.source, _size(e.size), e.modified, f"[{style}]{bilingual(f'cli.doc.state.{e.state}')}[/]")
    out.print(table)
    if any(e.state in ("changed", "not ingested") for e in rows):
        print_warning(bilingual("cli.doc.not_current"))


def _ingest_then_report(documents: dict[str, object], as_json: bool, allow_shrink: bool, refused: bool = False) -> None:
    """Ingest with the progress bar; a refused file (bad input) exits 2 once the others are in."""
    settings = load_settings()
    report = run_ingest(settings, allow_shrink=allow_shrink, quiet=as_json)
    print_ingest_report(report, settings, out, as_json, extra={"documents": documents})
    if refused:
        raise typer.Exit(2)


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{max(1, round(n / 1024))} kB"


def register(app: typer.Typer) -> None:
    app.command("add")(add)
    app.command("remove")(remove)
    app.command("list")(list_documents)
