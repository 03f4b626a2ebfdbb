"""`wa-assistant review`: a Well-Architected review of one workload, from a file or in the terminal.

Registered by assistant/cli/app.py as `app.command("review")(review_command)`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from rich.table import Table

from assistant.cli.output import emit_json
from assistant.knowledge.catalog import PILLAR_PREFIX, Review, load_catalog
from assistant.messages import bilingual, say
from assistant.review.milestones import Milestones, check_workload
from assistant.review.questionnaire import HINT, Answers, check_answers, normalize, read_answers, template
from assistant.review.report import to_json, to_markdown
from assistant.review.run import DEFAULT_WORKLOAD, ReviewError, run_review
from assistant.settings import load_settings

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)


def review_command(
    answers: Path = typer.Option(None, "--answers", help="YAML/JSON answers file (see --template); else asks here."),
    workload: str = typer.Option(DEFAULT_WORKLOAD, "--workload", help="Workload name the milestone is saved under."),
    template_: bool = typer.Option(False, "--template", help="Print an answers file to fill in."),
    history: bool = typer.Option(False, "--history", help="List the workload's milestones."),
    out_file: Path = typer.Option(None, "--out", help="Also write the report to FILE (.md, or .json for JSON)."),
    as_json: bool = typer.Option(False, "--json", help="Print the result (or --history) as JSON."),
    lang: str = typer.Option("en", "--lang", help="Language of questions and report: en or ko."),
    save: bool = typer.Option(True, "--save/--no-save", help="Save the review as a milestone."),
) -> None:
    """Review a workload against the six pillars: risks, scores, an improvement plan, progress since last time."""
    settings = load_settings()
    if lang not in ("en", "ko"):
        raise ReviewError(bilingual("errors.review.unknown_lang", lang=lang))
    if sum((template_, history, answers is not None)) > 1:
        raise ReviewError(say("review.cli.one_mode", lang))
    review = load_catalog(settings.corpus).review
    if template_:
        sys.stdout.write(template(review, lang))
    elif history:
        show_history(Milestones.for_settings(settings), check_workload(workload), as_json, lang)
    else:
        if out_file is not None and not out_file.parent.is_dir():
            raise ReviewError(say("review.cli.no_folder", lang, path=out_file))
        if answers is not None:
            given = read_answers(answers, review)
        else:  # with --json, stdout is for the result: ask on stderr
            given = ask_answers(review, lang, err if as_json else out)
        result = run_review(settings, given, workload, lang, save)
        if out_file is not None:
            report = to_json(result) if out_file.suffix.lower() == ".json" else to_markdown(result)
            out_file.write_text(report, encoding="utf-8")
        if as_json:
            emit_json(result.to_dict())
        else:
            out.print(Markdown(to_markdown(result, passages=False)), soft_wrap=False)
            if out_file is not None:
                out.print(f"[dim]{escape(say('review.cli.written', lang, path=out_file))}[/]")


def show_history(store: Milestones, workload: str, as_json: bool, lang: str = "en") -> None:
    rows = [m.summary() for m in store.history(workload)]
    if as_json:
        emit_json({"workload": workload, "milestones": rows})
        return
    if not rows:
        out.print(escape(say("review.cli.no_milestones", lang, workload=workload)))
        return
    title = escape(say("review.cli.history_title", lang, workload=workload, n=len(rows)))
    table = Table(title=title, title_justify="left")
    risks = (say("review.high", lang), say("review.medium", lang))
    for col in ("#", say("review.cli.created", lang), *risks, *PILLAR_PREFIX.values()):
        table.add_column(col)
    for r in rows:
        scores = [_percent(r["scores"].get(pid)) for pid in PILLAR_PREFIX]
        when = r["created_at"][:16].replace("T", " ")
        table.add_row(str(r["milestone"]), when, str(r["high"]), str(r["medium"]), *scores)
    out.print(table)


def _percent(value: Any) -> str:
    return "—" if value is None else f"{value:.0%}"


def ask_answers(review: Review, lang: str, console: Console) -> Answers:
    """Walk every question in the terminal; end of input abandons the review, so nothing is saved."""
    console.print(say("review.cli.ask", lang))
    given: dict[str, object] = {}
    for pillar in review.pillars:
        console.rule(escape(getattr(pillar.name, lang)))
        for q in pillar.questions:
            console.print(f"\n[bold]{q.id}[/] {escape(getattr(q.question, lang))}")
            while True:
                try:
                    raw = console.input("> ").strip()
                except (EOFError, KeyboardInterrupt):
                    err.print(say("review.cli.abandoned", lang))
                    raise typer.Exit(1) from None
                try:
                    given[q.id] = normalize(raw)
                    break
                except KeyError:
                    err.print(f"{escape(raw)!r}: {HINT}")
    return check_answers(given, review, "terminal")
