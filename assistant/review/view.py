"""A review result as a reader sees it, built once: title, pillar rows, the numbered plan, what changed.

The Markdown report (report.py; the terminal shows it through Rich) and the Review page (ui/views/review.py)
draw this, so both use the same labels from the catalogue (`review.` keys) and the same numbering.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.messages import say
from assistant.review.run import ReviewResult
from assistant.review.scoring import Passage, Risk

NONE = "—"
CHANGES = ("resolved", "new", "lowered", "raised")  # Comparison fields, in the order a reader wants them


@dataclass(frozen=True)
class PillarRow:
    id: str
    name: str
    score: float | None
    high: tuple[str, ...]
    medium: tuple[str, ...]
    unanswered: tuple[str, ...]


@dataclass(frozen=True)
class PlanRow:
    n: int
    risk: Risk
    risk_label: str  # "High risk"
    tag: str  # "High", the short form in the report's headings
    question_id: str
    pillar: str  # the pillar's name
    question: str
    answer: str
    best_practice: str
    recommendation: str
    citation: Passage


@dataclass(frozen=True)
class Since:
    heading: str
    changes: tuple[tuple[str, str, tuple[str, ...]], ...]  # (key, label, question ids) for resolved, new, ...
    score_change: tuple[tuple[str, float | None], ...]  # (pillar name, change in 0..1 points)


@dataclass(frozen=True)
class ReviewView:
    lang: str
    workload: str
    title: str
    meta: str  # milestone number and time, or "not saved", with the questionnaire's date
    pillars: tuple[PillarRow, ...]
    unanswered_note: str  # empty when every question is answered
    plan: tuple[PlanRow, ...]
    since: Since | None

    def label(self, key: str, **values: object) -> str:
        """A heading or column name in the review's language (catalogue key `review.<key>`)."""
        return say(f"review.{key}", self.lang, **values)

    @property
    def totals(self) -> dict[str, int]:
        return {
            "high": sum(len(p.high) for p in self.pillars),
            "medium": sum(len(p.medium) for p in self.pillars),
            "unanswered": sum(len(p.unanswered) for p in self.pillars),
        }


def review_view(result: ReviewResult) -> ReviewView:
    card, lang = result.card, result.card.lang

    def label(key: str, **values: object) -> str:
        return say(f"review.{key}", lang, **values)

    m = result.milestone
    meta = (
        label("milestone", id=m.id, when=m.created_at, as_of=result.as_of)
        if m
        else label("unsaved", as_of=result.as_of)
    )
    names = {p.id: p.name for p in card.pillars}
    rows = tuple(
        PillarRow(p.id, p.name, p.score, tuple(p.high), tuple(p.medium), tuple(p.unanswered)) for p in card.pillars
    )
    plan = tuple(
        PlanRow(
            n,
            item.risk,
            label(item.risk),
            label(f"tag.{item.risk}"),
            item.question_id,
            names[item.pillar],
            item.question,
            item.answer,
            item.best_practice,
            item.recommendation,
            item.citation,
        )
        for n, item in enumerate(card.improvement_plan, start=1)
    )
    since = None
    if c := result.compared_to:
        changes = [(key, label(key), tuple(getattr(c, key))) for key in CHANGES]
        if c.unanswered:
            changes.append(("gone", label("gone"), tuple(c.unanswered)))
        points = tuple((names[pid], v) for pid, v in c.score_change.items())
        since = Since(label("since", id=c.milestone, when=c.created_at), tuple(changes), points)
    unanswered = label("unanswered_note", n=len(card.unanswered)) if card.unanswered else ""
    return ReviewView(
        lang, result.workload, label("title", workload=result.workload), meta, rows, unanswered, plan, since
    )
