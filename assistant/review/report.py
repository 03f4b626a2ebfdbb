"""A review result as Markdown (for people, `--out FILE.md`) or JSON (for scripts, `--json`)."""

from __future__ import annotations

import json

from assistant.review.run import ReviewResult
from assistant.review.scoring import PillarResult, PlanItem

LABELS = {
    "title": ("Well-Architected review: {workload}", "Well-Architected 리뷰: {workload}"),
    "milestone": (
        "Milestone #{id} · {when} · questionnaire as of {as_of}",
        "마일스톤 #{id} · {when} · 질문지 기준일 {as_of}",
    ),
    "unsaved": ("Not saved · questionnaire as of {as_of}", "저장하지 않음 · 질문지 기준일 {as_of}"),
    "scores": ("Pillar scores", "원칙별 점수"),
    "head": (
        "| Pillar | Score | High risk | Medium risk | Unanswered |",
        "| 원칙 | 점수 | 고위험 | 중간 위험 | 미답변 |",
    ),
    "plan": ("Improvement plan", "개선 계획"),
    "no_plan": ("No high- or medium-risk items.", "고위험·중간 위험 항목이 없습니다."),
    "high": ("High", "고위험"),
    "medium": ("Medium", "중간 위험"),
    "answer": ("Your answer", "답변"),
    "practice": ("Best practice", "모범 사례"),
    "do": ("Recommendation", "권장 조치"),
    "source": ("Source", "출처"),
    "since": ("Since milestone #{id} ({when})", "마일스톤 #{id} ({when}) 이후 변화"),
    "resolved": ("Resolved", "해결됨"),
    "new": ("New", "새 위험"),
    "lowered": ("High to medium", "고위험에서 중간 위험으로"),
    "raised": ("Medium to high", "중간 위험에서 고위험으로"),
    "gone": ("Was a risk, now unanswered", "위험 항목이었으나 이번엔 미답변"),
    "change": ("Score change", "점수 변화"),
    "unanswered": (
        "{n} unanswered question(s) are left out of the scores and the plan.",
        "미답변 질문 {n}개는 점수와 개선 계획에서 제외했습니다.",
    ),
}
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
    return LABELS[key][0 if lang == "en" else 1].format(**values)


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
