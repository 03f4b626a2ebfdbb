"""A conversation as Markdown: every question, its answer and the sources it cites, quoted."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from assistant.answer.sources import answer_sources
from ui.strings import t


def to_markdown(title: str, entries: Sequence[Mapping[str, Any]], lang: str) -> str:
    """`entries` are the chat page's turns ({"question", "answer": Answer.to_dict()})."""
    out = [f"# {title}", ""]
    for entry in entries:
        answer = entry["answer"]
        out += [f"## {t('question', lang)}: {entry['question']}", "", shown_text(answer), ""]
        sources = answer_sources(answer)
        if sources.items:
            out += [f"**{sources.heading}**", ""]
        for c in sources.items:
            out.append(f"[{c.n}] {c.section} (`{c.source}`)")
            out += [f"> {line}" if line.strip() else ">" for line in c.text.strip().splitlines()]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def shown_text(answer: Mapping[str, Any]) -> str:
    """The answer's text without the bullet list of closest sources an abstention carries, since the
    sources are shown (or exported) below it anyway."""
    listed = {f"- {s['section']} ({s['source']})" for s in answer.get("suggestions") or []}
    return "\n".join(line for line in answer["answer"].splitlines() if line not in listed).strip()
