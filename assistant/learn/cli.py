"""`wa-assistant learn`: walk the onboarding path in the terminal, or print steps, quizzes and progress.

Registered by assistant/cli.py as `app.command("learn")(learn_command)`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from assistant.errors import AssistantError
from assistant.learn.path import STEP_IDS, STEPS, StepView, check_lang, get_step, view
from assistant.learn.progress import Progress, StepStatus, check_learner
from assistant.learn.quiz import DEFAULT_QUESTIONS, QUESTIONS, Quiz, QuizQuestion, explanation, make_quiz
from assistant.settings import load_settings

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)
WORDS = {  # terminal labels by language
    "terms": ("Key terms", "핵심 용어"),
    "read": ("Read further", "더 읽기"),
    "quiz": ("Quiz", "퀴즈"),
    "pick": ("Your answer (1-{n}, empty line quits): ", "답 (1-{n}, 빈 줄이면 종료): "),
    "right": ("Right.", "정답입니다."),
    "wrong": ("Not quite: the answer is {answer}.", "아쉽습니다. 정답은 {answer}입니다."),
    "score": ("{learner}: {score}/{total} on {step}, recorded.", "{learner}: {step} {score}/{total}점, 기록했습니다."),
    "next": ("Next: `wa-assistant learn --step {step}`", "다음: `wa-assistant learn --step {step}`"),
    "finished": (
        "You have finished every step; pass --step to retake one.",
        "모든 단계를 마쳤습니다. 다시 풀려면 --step을 주세요.",
    ),
    "quit": ("Quiz abandoned; nothing recorded.", "퀴즈를 중단했습니다. 기록하지 않았습니다."),
}


def w(key: str, lang: str, **values: Any) -> str:
    return WORDS[key][0 if lang == "en" else 1].format(**values)


def learn_command(
    learner: str = typer.Option("default", "--learner", help="Whose progress to read and record."),
    step: str = typer.Option(None, "--step", help="Step to take (default: your next step not done)."),
    lang: str = typer.Option(None, "--lang", help="en or ko (default: your previous choice, else en)."),
    steps: bool = typer.Option(False, "--steps", help="List the steps of the path."),
    quiz: str = typer.Option(None, "--quiz", metavar="STEP", help="Print STEP's quiz with its answers."),
    seed: int = typer.Option(None, "--seed", help="Quiz seed (default: 0 for --quiz, your attempt number otherwise)."),
    questions: int = typer.Option(DEFAULT_QUESTIONS, "--questions", min=QUESTIONS[0], max=QUESTIONS[1]),
    status: bool = typer.Option(False, "--status", help="Show the learner's progress."),
    as_json: bool = typer.Option(False, "--json", help="Print --steps, --quiz or --status as JSON."),
) -> None:
    """Learn the Well-Architected basics step by step: a summary, key terms and a quiz citing its sources."""
    try:
        settings = load_settings()
        progress = Progress.for_settings(settings)
        learner = check_learner(learner)
        language = check_lang(lang or progress.lang(learner) or "en")
        if steps:
            show_steps(settings.corpus, language, as_json)
        elif quiz:
            show_quiz(make_quiz(settings.corpus, quiz, seed or 0, language, questions), as_json)
        elif status:
            show_status(progress.status(learner), learner, language, as_json)
        else:
            take_step(settings.corpus, progress, learner, step, language, seed, questions)
    except AssistantError as exc:
        err.print(f"[bold red]error:[/] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


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


def show_status(rows: list[StepStatus], learner: str, lang: str, as_json: bool) -> None:
    nxt = next((r.step for r in rows if not r.done), None)
    if as_json:
        emit_json({"learner": learner, "lang": lang, "next": nxt, "steps": [r.to_dict() for r in rows]})
        return
    table = Table(title=f"{learner} · {sum(r.done for r in rows)}/{len(rows)}", title_justify="left")
    for col in ("#", "step", "done", "best", "last", "attempts"):
        table.add_column(col)
    for n, r in enumerate(rows, start=1):
        best, last = (f"{v}/{r.total}" if v is not None else "" for v in (r.best, r.last))
        table.add_row(str(n), r.step, "✓" if r.done else "", best, last, str(r.attempts or ""))
    out.print(table)
    out.print(w("next", lang, step=nxt) if nxt else w("finished", lang))


def take_step(
    corpus: Path, progress: Progress, learner: str, step: str | None, lang: str, seed: int | None, count: int
) -> None:
    """Summary, terms, then the quiz read from stdin; the score is recorded only for a finished quiz."""
    step_id = get_step(step).id if step else progress.next_step(learner)
    if step_id is None:
        out.print(w("finished", lang))
        return
    show_view(view(corpus, step_id, lang))
    qz = make_quiz(corpus, step_id, progress.attempts(learner, step_id) if seed is None else seed, lang, count)
    out.print(f"\n[bold]{w('quiz', lang)}[/]")
    score = 0
    for n, q in enumerate(qz.questions, start=1):
        pick = ask(n, q, lang)
        if pick is None:
            err.print(w("quit", lang))
            raise typer.Exit(1)
        score += pick == q.answer
        feedback(q, pick, lang)
    progress.record(learner, step_id, score, len(qz.questions), qz.seed, lang)
    out.print(
        f"\n[bold]{escape(w('score', lang, learner=learner, score=score, total=len(qz.questions), step=step_id))}[/]"
    )
    later = STEP_IDS[STEP_IDS.index(step_id) + 1 :]
    if later:
        out.print(w("next", lang, step=later[0]))


def show_view(v: StepView) -> None:
    out.rule(f"{v.n}/{len(STEPS)} {escape(v.title)}")
    out.print(escape(v.summary))
    out.print(f"[dim]{escape(v.source)} › {escape(v.section)}[/]\n")
    table = Table(title=w("terms", v.lang), title_justify="left", show_lines=False)
    for col in ("한국어", "English", "definition" if v.lang == "en" else "정의"):
        table.add_column(col)
    for t in v.terms:
        table.add_row(escape(t.ko), escape(t.en), escape(t.definition))
    out.print(table)
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


def feedback(q: QuizQuestion, pick: int, lang: str) -> None:
    right = pick == q.answer
    verdict = w("right", lang) if right else w("wrong", lang, answer=q.choices[q.answer])
    out.print(f"[{'green' if right else 'red'}]{escape(verdict)}[/] {escape(explanation(q))}")
    out.print(f"[dim]{escape(q.citation.source)} › {escape(q.citation.section)}[/]")
