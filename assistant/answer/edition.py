"""The date behind a catalog answer, when the asker wants it: "어느 판 기준이야?", "as of when?".

A catalog line states the value only ("보안 필러 설계 원칙은 7가지"); the section it cites says which edition
of the framework or which month that value was checked against. A question that asks for that gets the
section's dating sentence as a supporting line, cited like the rest.
"""

from __future__ import annotations

import re

from assistant.answer.compose import Composition
from assistant.answer.cues import EDITION_ASKED
from assistant.answer.question import Question
from assistant.text import split_sentences

# a sentence that dates what it states: an edition, a check or "as of" with a year
_DATING = re.compile(r"판으로|판\b|기준|현행|\bedition\b|\bas of\b|\bchecked in\b|\bstill current\b", re.IGNORECASE)
_YEAR = re.compile(r"\b20\d\d\b|20\d\d년")


def with_edition(q: Question, comp: Composition) -> Composition:
    """`comp` with the first dating sentence of its cited passages added, when `q` asks which edition or date
    the answer holds for and the answer does not say it yet."""
    if not EDITION_ASKED.search(q.text) or _YEAR.search(comp.text.splitlines()[0]):
        return comp
    for n, hit in enumerate(comp.cited, start=1):
        for sentence in split_sentences(hit.chunk.text):
            if _DATING.search(sentence) and _YEAR.search(sentence) and sentence not in comp.text:
                return Composition(f"{comp.text}\n- {sentence} [{n}]", comp.cited)
    return comp
