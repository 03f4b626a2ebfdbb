"""Risks, pillar scores and the improvement plan of one set of answers: pure functions of catalog and answers.

Rules (documented for reviewers of the numbers):
- no      -> the question's risk_if_missing (high or medium).
- partly  -> medium, whatever risk_if_missing is: a high risk drops one level, a medium one stays
             medium, because a half-met best practice is still a gap the plan should list.
- yes, n/a -> no risk. Unanswered -> no risk either, but listed as unanswered, not scored.
- score   -> share of the pillar's applicable best practices met (yes = 1, partly = 0.5, no = 0);
             n/a and unanswered questions are left out, and a pillar with none applicable scores None.
- plan    -> every risk item, high before medium, then in pillar order and question order.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from assistant.knowledge.catalog import Catalog, Question, cited_text
from assistant.review.questionnaire import Answer, Answers

Risk = Literal["high", "medium"]
CREDIT: dict[Answer, float] = {"yes": 1.0, "partly": 0.5, "no": 0.0}


@dataclass(frozen=True)
class Passage:
    """The corpus section that explains a best practice, as chunk citations name it."""

    source: str
    section: str
    text: str


@dataclass(frozen=True)
class PillarResult:
    id: str
    name: str
    score: float | None  # 0..1; None when no question of the pillar is applicable and answered
    high: list[str] = field(default_factory=list)
    medium: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    not_applicable: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PlanItem:
    question_id: str
    pillar: str
    risk: Risk
    answer: Answer
    question: str
    best_practice: str
    recommendation: str
    citation: Passage


@dataclass(frozen=True)
class Scorecard:
    lang: str
    pillars: list[PillarResult]
    improvement_plan: list[PlanItem]

    @property
    def unanswered(self) -> list[str]:
        return [q for p in self.pillars for q in p.unanswered]

    def risks(self) -> dict[str, Risk]:
        """Question id -> its risk, for every risk item."""
        return {item.question_id: item.risk for item in self.improvement_plan}

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "pillars": {p.id: {k: v for k, v in asdict(p).items() if k != "id"} for p in self.pillars},
            "improvement_plan": [asdict(item) for item in self.improvement_plan],
            "unanswered": self.unanswered,
        }


def risk_of(answer: Answer | None, risk_if_missing: Risk) -> Risk | None:
    if answer == "no":
        return risk_if_missing
    if answer == "partly":
        return "medium"
    return None


def pillar_score(answers: list[Answer | None]) -> float | None:
    applicable = [CREDIT[a] for a in answers if a is not None and a != "n/a"]
    return round(sum(applicable) / len(applicable), 4) if applicable else None


def score(catalog: Catalog, corpus: Path, answers: Answers, lang: str = "en") -> Scorecard:
    """The scorecard of one review; `answers` may omit questions (they count as unanswered)."""
    pillars, items = [], []
    for p_index, pillar in enumerate(catalog.review.pillars):
        mine = [answers.get(q.id) for q in pillar.questions]
        result = PillarResult(pillar.id, getattr(pillar.name, lang), pillar_score(mine))
        for q_index, (q, answer) in enumerate(zip(pillar.questions, mine, strict=True)):
            if answer is None:
                result.unanswered.append(q.id)
            elif answer == "n/a":
                result.not_applicable.append(q.id)
            risk = risk_of(answer, q.risk_if_missing)
            if risk is not None and answer is not None:
                getattr(result, risk).append(q.id)
                items.append(((risk != "high", p_index, q_index), plan_item(corpus, q, pillar.id, risk, answer, lang)))
        pillars.append(result)
    return Scorecard(lang, pillars, [item for _, item in sorted(items, key=lambda k: k[0])])


def plan_item(corpus: Path, q: Question, pillar: str, risk: Risk, answer: Answer, lang: str) -> PlanItem:
    ref = getattr(q.cite, lang)
    return PlanItem(
        question_id=q.id,
        pillar=pillar,
        risk=risk,
        answer=answer,
        question=getattr(q.question, lang),
        best_practice=getattr(q.best_practice, lang),
        recommendation=getattr(q.recommendation, lang),
        citation=Passage(ref.source, ref.section, cited_text(corpus, ref).strip()),
    )
