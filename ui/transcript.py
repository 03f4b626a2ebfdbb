"""A conversation as Markdown: every question, its answer and the sources it cites, quoted."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from assistant.answer.sources import answer_sources
from assistant.messages import LANGS, say
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
    """The answer's text without the "Closest sources:" list an abstention ends with, since the sources are
    shown (or exported) below it anyway, under their own heading."""
    if not answer.get("suggestions"):
        return str(answer["answer"]).strip()
    headings = {say("closest", lang) for lang in LANGS}
    lines = str(answer["answer"]).splitlines()
    cut = next((i for i, line in enumerate(lines) if line.strip() in headings), len(lines))
    return "\n".join(lines[:cut]).strip()
