"""`wa-assistant`: ingest, ask, retrieve, chat, eval, recommend, learn, review, bench.

Readable by default, `--json` for scripts.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from rich.panel import Panel

from assistant.answer.sources import answer_sources, located
from assistant.cli.bench import bench
from assistant.cli.documents import register as register_documents
from assistant.cli.errors import check_argv, check_text, err, friendly, print_error, print_warning
from assistant.cli.ingesting import print_ingest_report, run_ingest
from assistant.cli.learn import learn_command
from assistant.cli.output import emit_json
from assistant.cli.recommend import recommend_app
from assistant.cli.review import review_command
from assistant.cli.serve import serve
from assistant.errors import AssistantError
from assistant.messages import CATALOGUE, bilingual, say
from assistant.quiet import quiet_third_parties
from assistant.settings import load_settings
from assistant.types import Answer, Retrieval, Turn

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
out = Console(highlight=False)


@app.command()
@friendly
def ingest(
    corpus: Path = typer.Option(None, help="Corpus folder (default: WA_CORPUS or ./corpus)."),
    rebuild: bool = typer.Option(False, help="Build the store again from scratch (the old one answers until done)."),
    allow_shrink: bool = typer.Option(
        False, "--allow-shrink", help="Allow an ingest that removes more than half of the store, or all of it."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Load, chunk and embed the corpus into a new store version, switched in only when complete."""
    settings = load_settings()
    report = run_ingest(settings, corpus, rebuild, allow_shrink, quiet=as_json)
    print_ingest_report(report, settings, out, as_json)


def _assistant() -> Any:
    from assistant.core import Assistant

    return Assistant.load(load_settings())


def store_warnings(assistant: Any) -> list[str]:
    """Why answers may be out of date (store older than the corpus, models changed, an ingest running)."""
    health = getattr(getattr(getattr(assistant, "retriever", None), "reader", None), "health", None)
    return health.warnings() if health is not None else []


@app.command()
@friendly
def status(as_json: bool = typer.Option(False, "--json", help="Print the store's state as JSON.")) -> None:
    """Report the store: complete or not, passages per space, models, and drift from the corpus.

    Exit code 0 when the store can answer (even if older than the corpus), 1 when it cannot.
    """
    from assistant.cli.status import render_status
    from assistant.retrieval.store_state import inspect

    settings = load_settings()
    health = inspect(settings, corpus=settings.corpus)
    store = Path(settings.store)
    unfinished = [
        p.name
        for p in sorted(store.parent.glob(f"{store.name}.gen-*"))
        if p.is_dir() and not (p / "wa-manifest.json").exists()
    ]
    if as_json:
        emit_json({**health.to_dict(), "corpus": str(settings.corpus), "unfinished": unfinished})
    else:
        render_status(health, settings.corpus, unfinished, out)
    if health.state not in {"complete", "remote"}:
        raise typer.Exit(1)


def print_answer(answer: Answer) -> None:
    out.print(_panel(answer.answer, answer))
    print_sources(answer)


def _panel(text: str, answer: Answer | None) -> Panel:
    style = "blue" if answer is None else "yellow" if answer.abstained else "green"
    title = "…" if answer is None else _kind(answer)
    return Panel(Markdown(text), border_style=style, title=title, title_align="left")


def _kind(answer: Answer) -> str:
    """What kind of answer a box holds, in the answer's language ("answer", "support plan advice")."""
    key = "cli.panel.abstained" if answer.abstained else f"cli.panel.{answer.intent}"
    return say(key, answer.lang) if key in CATALOGUE else say("cli.panel.question", answer.lang)


def print_sources(answer: Answer) -> None:
    """The cited sources, numbered as in the text (an abstention's text already lists the closest)."""
    for c in answer_sources(answer.to_dict()).cited:
        out.print(f"[bold]\\[{c.n}][/] {escape(c.section)}  [dim]{escape(located(c.source, c.page, answer.lang))}[/]")


def stream_answer(parts: Iterator[str | Answer]) -> Answer:
    """Show an answer while it is produced (tokens or lines), then its sources; returns the Answer."""
    from rich.live import Live

    text, answer = "", None
    with Live(_panel("…", None), console=out, refresh_per_second=12, transient=False) as live:
        for part in parts:
            if isinstance(part, Answer):
                answer = part
                live.update(_panel(part.answer, part))  # the final text wins (e.g. after a grounding check)
            else:
                text += part
                live.update(_panel(text, None))
    assert answer is not None, "Assistant.stream ends with the Answer"
    if not out.is_terminal:  # Live leaves the line open when writing to a pipe
        out.line()
    print_sources(answer)
    return answer


@app.command()
@friendly
def ask(
    question: str = typer.Argument(..., help="Your question, in Korean or English."),
    as_json: bool = typer.Option(False, "--json", help="Print the answer object as JSON."),
) -> None:
    """Answer one question from the knowledge base, with numbered citations."""
    from assistant.core import check_question

    check_question(question, load_settings().max_question_chars)  # fail before loading anything
    assistant = _assistant()
    answer = assistant.ask(question)
    warnings = store_warnings(assistant)
    for w in warnings:
        print_warning(w)
    if as_json:
        emit_json({**answer.to_dict(), **({"store_warnings": warnings} if warnings else {})})
    else:
        print_answer(answer)


@app.command()
@friendly
def retrieve(
    query: str = typer.Argument(..., help="What to search for."),
    k: int = typer.Option(5, "--k", min=1, max=50, help="How many passages."),
    as_json: bool = typer.Option(False, "--json", help="Print the results as JSON."),
) -> None:
    """Show the passages the retriever finds, best first."""
    from assistant.core import check_question

    check_question(query, load_settings().max_question_chars)
    assistant = _assistant()
    result: Retrieval = assistant.retrieve(query, k=k)
    for w in store_warnings(assistant):
        print_warning(w)
    if as_json:
        emit_json(result.to_dict())
        return
    for n, hit in enumerate(result.hits, start=1):
        c = hit.chunk
        where = located(c.source, c.page, c.lang)
        out.print(f"[bold]{n}. {c.section}[/] [dim]({where}, {c.lang}, score {hit.score:.3f})[/]")
        out.print("   " + c.text.replace("\n", " ")[:240])


@app.command()
@friendly
def chat() -> None:
    """Chat in the terminal; follow-up questions use the conversation. Empty line or Ctrl-D quits."""
    from assistant.core import check_question

    assistant = _assistant()
    history: list[Turn] = []
    out.print(f"wa-assistant: {assistant.chunk_count} passages loaded. Ask in Korean or English; /new resets.")
    for w in store_warnings(assistant):
        print_warning(w)
    while True:
        try:
            question = check_text(input("\n> "), "That line").strip()
        except (EOFError, KeyboardInterrupt):
            break
        except UnicodeDecodeError:
            err.print(f"[bold red]error:[/] {escape(bilingual('errors.cli.not_utf8'))}")
            continue
        except AssistantError as exc:
            print_error(exc)
            continue
        if not question:
            break
        if question == "/new":
            history.clear()
            out.print("New conversation.")
            continue
        try:
            check_question(question, assistant.settings.max_question_chars)
            answer = stream_answer(assistant.stream(question, history))
        except Exception as exc:  # one line, and the conversation goes on (a store or LLM may come back)
            print_error(exc)
            continue
        history.append(Turn(question, answer.answer))


@app.command("eval")
@friendly
def evaluate(
    split: str = typer.Option(
        "test", "--split", help="Golden split to replay: dev (tune on it), test (report it) or all."
    ),
    dataset: Path = typer.Option(None, "--dataset", help="Replay this JSONL question set instead of a split."),
    recommend: bool = typer.Option(
        True, help="Also score the recommenders on eval/data/recommend_{support,partner}_{dev,test}.jsonl."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print metrics and per-question results as JSON."),
    html: Path = typer.Option(None, "--html", help="Also write a report with per-question details and plots."),
    markdown: Path = typer.Option(None, "--markdown", help="Also write the metric tables as Markdown."),
) -> None:
    """Replay a question set through ask and retrieve, and report quality metrics."""
    from eval.run import dataset_paths, load_datasets, print_report, run_eval

    paths = dataset_paths(split, dataset)
    load_datasets(paths)  # a bad dataset fails now, before the models load
    assistant = _assistant()
    result = run_eval(assistant, paths)
    if recommend:
        from eval.recommend_eval import run_recommend_eval

        for kind in ("support", "partner"):
            for part in ("dev", "test"):  # dev is tuned on; test is the figure to report
                path = Path("eval/data") / f"recommend_{kind}_{part}.jsonl"
                if path.exists():
                    scored = run_recommend_eval(assistant, path)
                    metrics = {k: v for k, v in scored.items() if k != "scenarios"}
                    result["metrics"][f"recommend_{kind}_{part}"] = metrics
                    result.setdefault("recommend", {})[f"{kind}_{part}"] = scored["scenarios"]
        from eval.recommend_eval import run_routing_eval

        routing = [Path("eval/data") / f"routing_{part}.jsonl" for part in ("dev", "test")]
        for path in [*routing, *paths]:  # chat routing; a golden split counts when it carries intent labels
            if path.exists() and (routed := _routing_or_none(run_routing_eval, path)):
                name = path.stem.removeprefix("routing_")
                result["metrics"][f"recommend_routing_{name}"] = {k: v for k, v in routed.items() if k != "scenarios"}
    if html:
        from eval.report import write_html

        write_html(result, load_datasets(paths), html)
        err.print(f"report written to {html}")
    if markdown:
        from eval.report import write_markdown

        write_markdown(result, markdown)
        err.print(f"tables written to {markdown}")
    emit_json(result) if as_json else print_report(result, out)


def _routing_or_none(run, path: Path):
    """Routing scores for a set whose rows carry intent labels; None for a set without them."""
    try:
        return run(path)
    except AssistantError:
        return None


app.add_typer(recommend_app, name="recommend", help="Recommend a support plan or a kind of partner.")
app.command("learn")(friendly(learn_command))
app.command("review")(friendly(review_command))
app.command("bench")(friendly(bench))
app.command("serve")(serve)
register_documents(app)


def main() -> None:
    quiet_third_parties()
    check_argv(sys.argv)
    app()


if __name__ == "__main__":
    main()
