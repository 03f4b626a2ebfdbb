"""A review result as Markdown (for people, `--out FILE.md`) or JSON (for scripts, `--json`)."""

from __future__ import annotations

import json

from assistant.messages import say
from assistant.review.run import ReviewResult
from assistant.review.scoring import PillarResult, PlanItem

NONE = "—"


def to_json(result: ReviewResult) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"


def to_markdown(result: ReviewResult, passages: bool = True) -> str:
    """The whole report; `passages=False` names each source without quoting it (for the terminal)."""
    lang = result.card.lang

    def L(key: str, **values: object) -> str:  # noqa: N802 - short, since almost every line uses it
        return label(key, lang, **values)

    m = result.milestone
    lines = [f"# {L('title', workload=result.workload)}", ""]
    meta = L("milestone", id=m.id, when=m.created_at, as_of=result.as_of) if m else L("unsaved", as_of=result.as_of)
    lines += [meta, "", f"## {L('scores')}", "", L("head"), "|---|---|---|---|---|"]
    lines += [_pillar_row(p) for p in result.card.pillars]
    if result.card.unanswered:
        lines += ["", L("unanswered", n=len(result.card.unanswered))]
    lines += ["", f"## {L('plan')}", ""]
    if not result.card.improvement_plan:
        lines += [L("no_plan"), ""]
    names = {p.id: p.name for p in result.card.pillars}
    for n, item in enumerate(result.card.improvement_plan, start=1):
        lines += _plan_item(n, item, names[item.pillar], lang, passages)
    c = result.compared_to
    if c:
        lines += [f"## {L('since', id=c.milestone, when=c.created_at)}", ""]
        for key in ("resolved", "new", "lowered", "raised"):
            lines.append(f"- **{L(key)}:** {', '.join(getattr(c, key)) or NONE}")
        if c.unanswered:
            lines.append(f"- **{L('gone')}:** {', '.join(c.unanswered)}")
        changes = ", ".join(f"{names[pid]} {_points(v)}" for pid, v in c.score_change.items())
        lines += [f"- **{L('change')}:** {changes}", ""]
    return "\n".join(lines).rstrip() + "\n"


def _pillar_row(p: PillarResult) -> str:
    score = NONE if p.score is None else f"{p.score:.0%}"
    cells = (", ".join(ids) or NONE for ids in (p.high, p.medium, p.unanswered))
    return f"| {p.name} | {score} | " + " | ".join(cells) + " |"


def label(key: str, lang: str, **values: object) -> str:
    return say(f"review.{key}", lang, **values)


def _plan_item(n: int, item: PlanItem, pillar: str, lang: str, passages: bool) -> list[str]:
    c = item.citation
    lines = [
        f"### {n}. [{label(item.risk, lang)}] {item.question_id} · {pillar}",
        "",
        item.question,
        "",
        f"- **{label('answer', lang)}:** {item.answer}",
        f"- **{label('practice', lang)}:** {item.best_practice}",
        f"- **{label('do', lang)}:** {item.recommendation}",
        f"- **{label('source', lang)}:** `{c.source}` › {c.section}",
        "",
    ]
    if passages:
        lines += [f"> {line}" if line.strip() else ">" for line in c.text.splitlines()] + [""]
    return lines


def _points(change: float | None) -> str:
    return NONE if change is None else f"{change * 100:+.0f} pts"
