"""A review result as Markdown (for people, `--out FILE.md`, and the terminal through Rich) or JSON (`--json`)."""

from __future__ import annotations

import json

from assistant.review.run import ReviewResult
from assistant.review.view import NONE, PillarRow, PlanRow, ReviewView, review_view


def to_json(result: ReviewResult) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"


def to_markdown(result: ReviewResult, passages: bool = True) -> str:
    """The whole report; `passages=False` names each source without quoting it (for the terminal)."""
    v = review_view(result)
    L = v.label  # noqa: N806 - short, since almost every line uses it
    head = [L(k) for k in ("pillar", "score", "high", "medium", "unanswered")]
    lines = [f"# {v.title}", "", v.meta, "", f"## {L('scores')}", ""]
    lines += ["| " + " | ".join(head) + " |", "|---|---|---|---|---|"]
    lines += [_pillar_row(p) for p in v.pillars]
    if v.unanswered_note:
        lines += ["", v.unanswered_note]
    lines += ["", f"## {L('plan')}", ""]
    if not v.plan:
        lines += [L("no_plan"), ""]
    for row in v.plan:
        lines += _plan_item(row, v, passages)
    if s := v.since:
        lines += [f"## {s.heading}", ""]
        lines += [f"- **{label}:** {', '.join(ids) or NONE}" for _, label, ids in s.changes]
        changes = ", ".join(f"{name} {_points(change)}" for name, change in s.score_change)
        lines += [f"- **{L('change')}:** {changes}", ""]
    return "\n".join(lines).rstrip() + "\n"


def _pillar_row(p: PillarRow) -> str:
    score = NONE if p.score is None else f"{p.score:.0%}"
    cells = (", ".join(ids) or NONE for ids in (p.high, p.medium, p.unanswered))
    return f"| {p.name} | {score} | " + " | ".join(cells) + " |"


def _plan_item(row: PlanRow, v: ReviewView, passages: bool) -> list[str]:
    c = row.citation
    lines = [
        f"### {row.n}. [{row.tag}] {row.question_id} · {row.pillar}",
        "",
        row.question,
        "",
        f"- **{v.label('answer')}:** {row.answer}",
        f"- **{v.label('practice')}:** {row.best_practice}",
        f"- **{v.label('do')}:** {row.recommendation}",
        f"- **{v.label('source')}:** `{c.source}` › {c.section}",
        "",
    ]
    if passages:
        lines += [f"> {line}" if line.strip() else ">" for line in c.text.splitlines()] + [""]
    return lines


def _points(change: float | None) -> str:
    return NONE if change is None else f"{change * 100:+.0f} pts"
