"""One review end to end: score the answers, compare with the workload's last milestone, save a new one.

This is the API the CLI and the Review page share; nothing is saved unless scoring succeeded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.errors import AssistantError
from assistant.knowledge.catalog import load_catalog
from assistant.messages import bilingual
from assistant.review.milestones import Comparison, Milestone, Milestones, check_workload, compare
from assistant.review.questionnaire import Answers, check_answers
from assistant.review.scoring import Scorecard, score
from assistant.settings import Settings

DEFAULT_WORKLOAD = "default"
LANGS = ("en", "ko")


class ReviewError(AssistantError):
    exit_code = 2


@dataclass(frozen=True)
class ReviewResult:
    workload: str
    as_of: str  # date of the review questionnaire (corpus/catalog/review.yaml)
    answers: Answers
    card: Scorecard
    milestone: Milestone | None  # None when the review was not saved
    compared_to: Comparison | None  # None for a workload's first review

    def to_dict(self) -> dict[str, Any]:
        card = self.card.to_dict()
        return {
            "workload": self.workload,
            "as_of": self.as_of,
            "lang": self.card.lang,
            "milestone": {"id": self.milestone.id, "created_at": self.milestone.created_at} if self.milestone else None,
            "pillars": card["pillars"],
            "improvement_plan": card["improvement_plan"],
            "unanswered": card["unanswered"],
            "answers": self.answers,
            "compared_to": self.compared_to.to_dict() if self.compared_to else None,
        }


def run_review(
    settings: Settings, answers: Answers, workload: str = DEFAULT_WORKLOAD, lang: str = "en", save: bool = True
) -> ReviewResult:
    """Score `answers` (from questionnaire), compare with the last milestone, and save unless `save` is False."""
    workload = check_workload(workload)
    if lang not in LANGS:
        raise ReviewError(bilingual("errors.review.unknown_lang", lang=lang))
    catalog = load_catalog(settings.corpus)
    answers = check_answers(dict(answers), catalog.review)  # every id, in catalog order
    if all(a is None for a in answers.values()):
        raise ReviewError(bilingual("errors.review.nothing_answered"))
    card = score(catalog, settings.corpus, answers, lang)
    store = Milestones.for_settings(settings)
    previous = store.latest(workload)
    comparison = compare(previous, card, answers) if previous else None
    milestone = store.save(workload, card, answers) if save else None
    return ReviewResult(workload, catalog.review.as_of.isoformat(), answers, card, milestone, comparison)
