"""A recommendation as a chat answer: Markdown with [n] markers that number its cited passages."""

from __future__ import annotations

from assistant.recommend.types import Passage, Recommendation
from assistant.recommend.view import Line, recommendation_view


def to_markdown(rec: Recommendation) -> tuple[str, list[Passage]]:
    """The answer text and the passages its [n] markers refer to, in order."""
    view = recommendation_view(rec)
    lines: list[str] = [view.question] if view.question else []
    if view.verdict:  # "can we keep developer?": the yes or no first, then the plan to be on (a paragraph apart)
        lines += [_line(view.verdict), ""]
    if view.headline:
        lines.append(f"**{view.title}: {view.headline}**" if view.title else f"**{view.headline}**")
    if view.caveat:
        lines.append(view.caveat)
    for section in view.sections:
        lines += ["", f"{section.heading}:"] + [f"- {_line(line)}" for line in section.lines]
    return "\n".join(lines).strip(), list(view.sources)


def _line(line: Line) -> str:
    return line.plain + (f" [{line.cite}]" if line.cite else "")
