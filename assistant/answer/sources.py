"""The sources under an answer, decided once: its citations, or for an abstention the closest passages.

The terminal (cli/app.py), the chat page and its Markdown export (ui/) and the HTTP server draw this
from `Answer.to_dict()`, so they agree on the heading and the numbering.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from assistant.messages import say


@dataclass(frozen=True)
class Source:
    n: int
    section: str
    source: str
    text: str


@dataclass(frozen=True)
class Sources:
    heading: str  # "Sources", or "Closest sources" when the answer abstained and these only come near
    closest: bool
    items: tuple[Source, ...]

    @property
    def cited(self) -> tuple[Source, ...]:
        """Only what the answer's [n] markers cite (none for an abstention, whose text lists the closest)."""
        return () if self.closest else self.items


def answer_sources(answer: Mapping[str, Any]) -> Sources:
    """`answer` is `Answer.to_dict()` (the chat page keeps answers in that form)."""
    closest = not answer.get("citations") and bool(answer.get("suggestions"))
    raw = answer.get("suggestions" if closest else "citations") or []
    items = tuple(Source(c["n"], c["section"], c["source"], c["text"]) for c in raw)
    return Sources(say("sources.closest" if closest else "sources", answer["lang"]), closest, items)
