"""`wa-assistant learn`: walk the onboarding path in the terminal, review missed questions, print progress.

Registered by assistant/cli/app.py as `app.command("learn")(learn_command)`. Progress belongs to the
learner named by --learner (no shared default); everything printed follows the learner's language.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from assistant.cli.output import emit_json
from assistant.learn.path import STEP_IDS, STEPS, StepView, check_lang, get_step, view
from assistant.learn.progress import LearnerSummary, Progress, StepStatus, check_learner, needed, pass_mark
from assistant.learn.quiz import QUESTIONS, Quiz, QuizQuestion, explanation, make_quiz, review_quiz
from assistant.messages import say
from assistant.settings import load_settings

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)
REPORT_COLUMNS = ("learner", "lang", "passed_of", "next", "struggling", "due", "last_activity")


def w(key: str, lang: str, **values: Any) -> str:
    """The terminal's words: the catalogue's `learn.` namespace (assistant/messages/learn.py)."""
    return say(f"learn.{key}", lang, **values)


def learn_command(
    learner: str = typer.Option(
        None, "--learner", help="Whose progress to read and record (required; nothing is shared)."
    ),
    step: str = typer.Option(None, "--step", help="Step to take (default: your first step not passed)."),
    lang: str = typer.Option(None, "--lang", help="en or ko (default: the learner's previous choice, else en)."),
    steps: bool = typer.Option(False, "--steps", help="List the steps of the path."),
    quiz: str = typer.Option(None, "--quiz", metavar="STEP", help="Print STEP's quiz with its answers."),
    seed: int = typer.Option(None, "--seed", help="Quiz seed (default: 0 for --quiz, your attempt number otherwise)."),
    questions: int = typer.Option(
        None,
        "--questions",
        min=QUESTIONS[0],
        max=QUESTIONS[1],
        help="Questions per quiz (default 4; 8 for the final test).",
    ),
    mark: str = typer.Option(
        None, "--pass-mark", help="Share of right answers that passes: 3/4 (default, or WA_LEARN_PASS_MARK), 0.8, 75%."
    ),
    status: bool = typer.Option(False, "--status", help="Show the learner's progress."),
    review: bool = typer.Option(False, "--review", help="Ask the learner's missed questions that are due."),
    report: bool = typer.Option(False, "--report", help="Every learner's progress, for a team lead."),
    as_json: bool = typer.Option(False, "--json", help="Print --steps, --quiz, --status or --report as JSON."),
) -> None:
    """Learn the Well-Architected basics step by step: a summary, key terms and a quiz you must pass."""
    settings = load_settings()
    progress = Progress.for_settings(settings)
    if steps or quiz or report:
        language = check_lang(lang or "en")
        if steps:
            show_steps(settings.corpus, language, as_json)
        elif quiz:
            show_quiz(make_quiz(settings.corpus, quiz, seed or 0, language, questions), as_json)
        else:
            show_report(progress, language, as_json)
        return
    learner = check_learner(learner)
    language = check_lang(lang or progress.lang(learner) or "en")
    if status:
        show_status(progress, learner, language, as_json)
    elif review:
        take_review(settings.corpus, progress, learner, language)
    else:
        take_step(settings.corpus, progress, learner, step, language, seed, questions, pass_mark(mark))


def show_steps(corpus: Path, lang: str, as_json: bool) -> None:
    views = [view(corpus, s.id, lang) for s in STEPS]
    if as_json:
        emit_json(
            {
                "steps": [
                    {"n": v.n, "id": v.id, "title": v.title, "source": v.source, "section": v.section} for v in views
                ]
            }
        )
        return
    for v in views:
        out.print(f"{v.n:>2}. [bold]{escape(v.id)}[/]  {escape(v.title)}  [dim]{escape(v.source)}[/]")


def show_quiz(qz: Quiz, as_json: bool) -> None:
    if as_json:
        emit_json(qz.to_dict())
        return
    for n, q in enumerate(qz.questions, start=1):
        out.print(f"\n[bold]{n}. {escape(q.question)}[/]")
        for i, choice in enumerate(q.choices, start=1):
            mark = "[green]✓[/]" if i - 1 == q.answer else " "
            out.print(f"   {mark} {i}) {escape(choice)}")
        out.print(f"   [dim]{escape(q.citation.source)} › {escape(q.citation.section)}[/]")


def out_of(value: int | None, total: int | None) -> str:
    return "" if value is None else f"{value}/{total}"


def show_status(progress: Progress, learner: str, lang: str, as_json: bool) -> None:
    rows: list[StepStatus] = progress.status(learner)
    nxt = next((r.step for r in rows if not r.done), None)
    due = len(progress.review_items(learner))
    if as_json:
        emit_json(
            {"learner": learner, "lang": lang, "next": nxt, "review_due": due, "steps": [r.to_dict() for r in rows]}
        )
        return
    done = sum(r.done for r in rows)
    table = Table(title=w("status_title", lang, learner=learner, done=done, total=len(rows)), title_justify="left")
    for col in ("#", *(w(f"col.{c}", lang) for c in ("step", "passed", "best", "last", "attempts"))):
        table.add_column(col)
    for n, r in enumerate(rows, start=1):
        title = get_step(r.step).title[lang]
        table.add_row(
            str(n),
            title,
            "✓" if r.done else "",
            out_of(r.best, r.total),
            out_of(r.last, r.total),
            str(r.attempts or ""),
        )
    out.print(table)
    out.print(w("due", lang, n=due))
    out.print(w("next", lang, learner=learner, step=nxt) if nxt else w("finished", lang))


def show_report(progress: Progress, lang: str, as_json: bool) -> None:
    """Every learner, one line each: what a team lead needs to see who is stuck where."""
    rows: list[LearnerSummary] = [progress.summary(name) for name in progress.learners()]
    if as_json:
        emit_json({"learners": [r.to_dict() for r in rows], "steps": list(STEP_IDS)})
        return
    if not rows:
        out.print(w("no_learners", lang))
        return
    table = Table(title=w("report_title", lang, n=len(rows)), title_justify="left")
    for col in (w(f"col.{c}", lang) for c in REPORT_COLUMNS):
        table.add_column(col)
    for r in rows:  # steps by number and id: short, and the same in both languages
        nxt = step_label(r.next_step) if r.next_step else "✓"
        struggling = ", ".join(step_label(s) for s in r.struggling)
        table.add_row(r.learner, r.lang, f"{r.passed}/{r.steps}", nxt, struggling, str(r.due), (r.last_at or "")[:10])
    out.print(table)


def step_label(step_id: str) -> str:
    return f"{STEP_IDS.index(step_id) + 1}. {step_id}"


def take_step(
    corpus: Path,
    progress: Progress,
    learner: str,
    step: str | None,
    lang: str,
    seed: int | None,
    count: int | None,
    mark: Fraction,
) -> None:
    """Summary, terms, then the quiz read from stdin; recorded only when finished, done only when passed."""
    step_id = get_step(step).id if step else progress.next_step(learner)
    if step_id is None:
        out.print(w("finished", lang))
        return
    show_view(view(corpus, step_id, lang))
    qz = make_quiz(corpus, step_id, progress.attempts(learner, step_id) if seed is None else seed, lang, count)
    total = len(qz.questions)
    out.print(f"\n[bold]{w('quiz', lang, need=needed(total, mark), total=total)}[/]")
    picks = ask_all(qz, lang)
    score = qz.score(picks)
    passed = progress.record(learner, step_id, score, total, qz.seed, lang, mark)
    for q in qz.missed(picks):
        progress.missed(learner, q.step, q.key)
    values = {
        "learner": learner,
        "score": score,
        "total": total,
        "step": get_step(step_id).title[lang],
        "need": needed(total, mark),
    }
    out.print(
        f"\n[bold {'green' if passed else 'red'}]{escape(w('passed' if passed else 'failed', lang, **values))}[/]"
    )
    if not passed:
        out.print(f"\n[bold]{w('missed', lang)}[/]")
        for q in qz.missed(picks):
            explain(q, lang)
        out.print(w("retry", lang, cmd=f"wa-assistant learn --learner {learner} --step {step_id}"))
    if qz.missed(picks):
        out.print(w("queued", lang, learner=learner))
    nxt = progress.next_step(learner)
    if passed and nxt:
        out.print(w("next", lang, learner=learner, step=nxt))


def take_review(corpus: Path, progress: Progress, learner: str, lang: str) -> None:
    """Ask every due question once; a right answer moves it up a Leitner box, a wrong one keeps it due."""
    due = progress.review_items(learner)
    qz = review_quiz(corpus, [(d.step, d.item) for d in due], lang)
    if not qz.questions:
        out.print(w("no_due", lang))
        return
    out.print(f"[bold]{w('review', lang, n=len(qz.questions))}[/]")
    picks = ask_all(qz, lang)
    for q, pick in zip(qz.questions, picks, strict=True):
        progress.reviewed(learner, q.step, q.key, pick == q.answer)
    out.print(f"\n{w('reviewed', lang, right=qz.score(picks), n=len(picks))}")


def ask_all(qz: Quiz, lang: str) -> list[int]:
    picks = []
    for n, q in enumerate(qz.questions, start=1):
        pick = ask(n, q, lang)
        if pick is None:
            err.print(w("quit", lang))
            raise typer.Exit(1)
        picks.append(pick)
        right = pick == q.answer
        verdict = w("right", lang) if right else w("wrong", lang, answer=q.choices[q.answer])
        out.print(f"[{'green' if right else 'red'}]{escape(verdict)}[/]")
    return picks


def explain(q: QuizQuestion, lang: str) -> None:
    """One missed item: the right answer, the passage stating it, and where that passage is."""
    out.print(f"- {escape(q.question)}")
    out.print(f"  [green]{escape(w('wrong', lang, answer=q.choices[q.answer]))}[/]")
    out.print(f"  {escape(explanation(q))}")
    out.print(f"  [dim]{w('source', lang)}: {escape(q.citation.source)} › {escape(q.citation.section)}[/]")


def show_view(v: StepView) -> None:
    out.rule(f"{v.n}/{len(STEPS)} {escape(v.title)}")
    out.print(escape(v.summary))
    if v.source:
        out.print(f"[dim]{escape(v.source)} › {escape(v.section)}[/]\n")
    if v.terms:
        table = Table(title=w("terms", v.lang), title_justify="left", show_lines=False)
        for col in ("한국어", "English", w("col.definition", v.lang)):
            table.add_column(col)
        for t in v.terms:
            table.add_row(escape(t.ko), escape(t.en), escape(t.definition))
        out.print(table)
    if v.links:
        out.print(f"{w('read', v.lang)}: " + ", ".join(escape(link) for link in v.links))


def ask(n: int, q: QuizQuestion, lang: str) -> int | None:
    """A 0-based choice from stdin: a number or a letter; None on an empty line or end of input."""
    out.print(f"\n[bold]{n}. {escape(q.question)}[/]")
    for i, choice in enumerate(q.choices, start=1):
        out.print(f"   {i}) {escape(choice)}")
    while True:
        try:
            raw = input(w("pick", lang, n=len(q.choices))).strip().lower()
        except (EOFError, KeyboardInterrupt):
            return None
        if not raw:
            return None
        index = int(raw) - 1 if raw.isdigit() else ord(raw[0]) - ord("a") if len(raw) == 1 else -1
        if 0 <= index < len(q.choices):
            return index
