"""Review answers: the template to fill in, and reading a filled-in YAML/JSON file with errors that name file:line.

An answers file maps question ids (OPS-1, ...) to yes, partly, no or n/a. An empty value means
"not answered yet": the question is reported as unanswered and left out of the scores. A file with
no answer at all is refused, so an untouched template is never saved as a milestone.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

import yaml

from assistant.errors import AssistantError
from assistant.knowledge.catalog import Review
from assistant.messages import say

Answer = Literal["yes", "partly", "no", "n/a"]
ANSWERS: tuple[Answer, ...] = get_args(Answer)
Answers = dict[str, Answer | None]  # every question id, in catalog order; None = unanswered
ALIASES: dict[str, Answer] = {
    **{a: "yes" for a in ("yes", "y", "true", "on", "예", "네")},
    **{a: "partly" for a in ("partly", "partial", "partially", "p", "부분", "부분적")},
    **{a: "no" for a in ("no", "n", "false", "off", "아니오", "아니요")},
    **{a: "n/a" for a in ("n/a", "na", "n.a.", "not applicable", "해당 없음", "해당없음")},
}
HINT = "use yes, partly, no or n/a (leave it empty if not answered yet)"


@dataclass(frozen=True)
class Problem:
    line: int | None
    question_id: str | None
    message: str

    def __str__(self) -> str:
        return f"{self.question_id}: {self.message}" if self.question_id else self.message


class AnswersError(AssistantError):
    """An answers file that cannot be used; each problem names its line and question id."""

    exit_code = 2

    def __init__(self, source: str, problems: list[Problem]):
        self.source, self.problems = source, problems
        lines = [f"{source}:{p.line}: {p}" if p.line else f"{source}: {p}" for p in problems[:10]]
        more = f"\n(and {len(problems) - 10} more)" if len(problems) > 10 else ""
        super().__init__("\n".join(lines) + more)


def normalize(value: object) -> Answer | None:
    """'Yes', 'N/A', '부분', True... -> an Answer; None or '' -> None (unanswered); KeyError if unknown."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = " ".join(str(value).split()).casefold()
    return None if not text else ALIASES[text]


def question_ids(review: Review) -> list[str]:
    return [q.id for p in review.pillars for q in p.questions]


def check_answers(given: dict[str, object], review: Review, source: str = "answers") -> Answers:
    """Answers from a plain mapping (a form, an API call): every id known, every value an answer."""
    ids = question_ids(review)
    answers: Answers = dict.fromkeys(ids)
    problems = []
    for qid, value in given.items():
        if qid not in answers:
            problems.append(Problem(None, qid, "not a question id (see `wa-assistant review --template`)"))
            continue
        try:
            answers[qid] = normalize(value)
        except KeyError:
            problems.append(Problem(None, qid, f"{value!r} is not an answer; {HINT}"))
    if problems:
        raise AnswersError(source, problems)
    return answers


def read_answers(path: Path, review: Review) -> Answers:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        hint = "no such file: check the path, or start one with `wa-assistant review --template > answers.yaml`"
        raise AnswersError(str(path), [Problem(None, None, hint)]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AnswersError(str(path), [Problem(None, None, f"cannot be read ({exc})")]) from None
    return parse_answers(text, str(path), review)


def parse_answers(text: str, source: str, review: Review) -> Answers:
    """Read YAML or JSON answers; every problem found is reported at once, with its line."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise AnswersError(
            source, [Problem(mark.line + 1 if mark else None, None, f"not valid YAML ({problem})")]
        ) from None
    if not isinstance(root, yaml.MappingNode):
        line = root.start_mark.line + 1 if root is not None else None
        raise AnswersError(source, [Problem(line, None, f"expected a mapping of question id to answer; {HINT}")])
    ids = question_ids(review)
    by_upper = {i.upper(): i for i in ids}
    answers: Answers = dict.fromkeys(ids)
    seen: set[str] = set()
    problems = []
    for key_node, value_node in root.value:
        line, key = key_node.start_mark.line + 1, str(key_node.value).strip()
        qid = by_upper.get(key.upper())
        if qid is None:
            near = difflib.get_close_matches(key.upper(), ids, n=1)
            hint = f"did you mean {near[0]}? " if near else ""
            problems.append(Problem(line, key, f"not a question id ({hint}see `wa-assistant review --template`)"))
            continue
        if qid in seen:
            problems.append(Problem(line, qid, "answered twice"))
            continue
        seen.add(qid)
        if not isinstance(value_node, yaml.ScalarNode):
            problems.append(Problem(line, qid, f"expected one answer, not a list or mapping; {HINT}"))
            continue
        raw = None if value_node.tag.endswith(":null") else value_node.value
        try:
            answers[qid] = normalize(raw)
        except KeyError:
            problems.append(Problem(line, qid, f"{raw!r} is not an answer; {HINT}"))
    if problems:
        raise AnswersError(source, problems)
    if all(a is None for a in answers.values()):
        raise AnswersError(source, [Problem(None, None, f"answers no question; {HINT}")])
    return answers


def template(review: Review, lang: str = "en") -> str:
    """A YAML answers file: every question id with an empty answer, its question as a comment above it."""
    lines = [
        say("review.template.title", lang),
        say("review.template.hint", lang),
        "# wa-assistant review --answers FILE --workload NAME",
    ]
    for pillar in review.pillars:
        lines += ["", f"# == {getattr(pillar.name, lang)} =="]
        for q in pillar.questions:
            lines += [f"# {getattr(q.question, lang)}", f"{q.id}:"]
    return "\n".join(lines) + "\n"
