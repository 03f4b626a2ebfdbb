"""Well-Architected workload reviews (`wa-assistant review` and the Review page), driven by corpus/catalog/review.yaml.

questionnaire.py  the answers template; reading answers files with errors that name file:line
scoring.py        risks, pillar scores and the improvement plan (the rules are in its docstring)
milestones.py     saved reviews per workload in SQLite, and the comparison with the last one
run.py            one review end to end: score, compare, save (the API the CLI and UI share)
report.py         Markdown and JSON export
cli.py            the typer command
"""

from assistant.review.milestones import Comparison, Milestone, Milestones
from assistant.review.questionnaire import ANSWERS, Answers, AnswersError, check_answers, parse_answers, template
from assistant.review.report import to_json, to_markdown
from assistant.review.run import ReviewResult, run_review
from assistant.review.scoring import Scorecard, score

__all__ = [
    "ANSWERS",
    "Answers",
    "AnswersError",
    "Comparison",
    "Milestone",
    "Milestones",
    "ReviewResult",
    "Scorecard",
    "check_answers",
    "parse_answers",
    "run_review",
    "score",
    "template",
    "to_json",
    "to_markdown",
]
