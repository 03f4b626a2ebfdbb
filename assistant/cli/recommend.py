"""`wa-assistant recommend support|partner`: a decision with reasons and sources, offline, from the catalog."""

from __future__ import annotations

import datetime as dt

import typer
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel

from assistant.cli.errors import friendly
from assistant.cli.output import emit_json
from assistant.errors import BadQuestion
from assistant.messages import bilingual
from assistant.recommend.types import Recommendation
from assistant.recommend.view import Line, recommendation_view

recommend_app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
out = Console(highlight=False)


@recommend_app.command()
@friendly
def support(
    need: str = typer.Argument("", help="Your need in words, Korean or English."),
    needs: list[str] = typer.Option(None, "--need", help="A requirement id, e.g. production-down-1h, phone, tam."),
    budget: str = typer.Option(None, "--budget", help="free, low, medium or high."),
    as_of: str = typer.Option(None, "--as-of", help="Decide as on this date, YYYY-MM-DD (default: today)."),
    horizon: int = typer.Option(
        None, "--horizon-months", min=0, help="Planning horizon: a plan ending within it is never the answer (12)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the recommendation as JSON."),
) -> None:
    """Recommend an AWS Support plan: the cheapest continuing plan that meets every must-have within the budget."""
    from assistant.knowledge.catalog import load_catalog
    from assistant.recommend.support import recommend_support
    from assistant.settings import load_settings

    day = parse_date(as_of)
    corpus = load_settings().corpus
    rec = recommend_support(load_catalog(corpus), corpus, need, needs or [], budget, day, horizon)
    show(rec, as_json)


@recommend_app.command()
@friendly
def partner(
    need: str = typer.Argument("", help="What you need a partner for, Korean or English."),
    korea: bool = typer.Option(False, "--korea", help="Include partners in Korea even if the need does not ask."),
    as_json: bool = typer.Option(False, "--json", help="Print the recommendation as JSON."),
) -> None:
    """Recommend a kind of AWS partner: Partner Path, Competencies or programs, tier, and alternatives."""
    from assistant.knowledge.catalog import load_catalog
    from assistant.recommend.partner import recommend_partner
    from assistant.settings import load_settings

    corpus = load_settings().corpus
    show(recommend_partner(load_catalog(corpus), corpus, need, korea), as_json)


def parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise BadQuestion(bilingual("errors.recommend.bad_date", text=text)) from None


def show(rec: Recommendation, as_json: bool) -> None:
    if as_json:
        emit_json(rec.to_dict())
    else:
        print_recommendation(rec, out)


def print_recommendation(rec: Recommendation, console: Console) -> None:
    """The decision first, then why, what is open, what else to consider, and the numbered sources."""
    view = recommendation_view(rec)
    if view.question:
        console.print(Panel(escape(view.question), border_style="yellow", title="?", title_align="left"))
        return
    if view.verdict:  # "can we keep developer?": the yes or no first
        console.print(_line(view.verdict, False))
    style = {"recommended": "green", "unconfirmed": "yellow"}.get(view.status, "red")
    body = f"[bold]{escape(view.headline)}[/]" + (f"\n{escape(view.caveat)}" if view.caveat else "")
    console.print(Panel(body, border_style=style, title=escape(view.title) or None, title_align="left"))
    for section in view.sections:
        bold = section.key == "alternatives"  # a name to pick from stands out
        _section(console, section.heading, [_line(line, bold) for line in section.lines])
    sources = [f"[{n}] {escape(p.section)}  [dim]{escape(p.source)}[/]" for n, p in enumerate(view.sources, 1)]
    _section(console, view.sources_heading, sources)


def _line(line: Line, bold: bool) -> str:
    lead = f"[bold]{escape(line.lead)}[/]" if bold and line.lead else escape(line.lead)
    cite = f" [dim]\\[{line.cite}][/]" if line.cite else ""
    return f"{lead}{line.sep}{escape(line.text)}{cite}"


def _section(console: Console, heading: str, lines: list[str]) -> None:
    if lines:
        console.print(f"\n[bold]{escape(heading)}[/]")
        for line in lines:
            console.print(f"  • {line}", soft_wrap=True)
