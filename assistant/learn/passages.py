"""Which words a passage states, and the shortest part of a cited section that answers a question.

A quiz question is only fair if the passage shown as its source states the right answer and none of
the wrong choices. `excerpt` looks for the smallest unit of the cited section (a sentence, a line such
as a bullet or table row, a paragraph, then the whole section) that states the answer and the
question's anchors; the wrong choices that unit also states are dropped, since they would be right too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from assistant.text import sentences

_PUNCT = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'"})


@dataclass(frozen=True)
class Passage:
    """The corpus text that explains a right answer: a file and heading path, as chunk citations name them."""

    source: str
    section: str
    text: str  # the excerpt of the section that states the answer


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_PUNCT).casefold()
    text = re.sub(r"[*`]", "", text)
    text = re.sub(r"\s+", " ", text)
    return text.replace(" (", "(").strip()


def supports(passage: str, answer: str) -> bool:
    """Does `passage` contain `answer` as words (case, spacing and dash style aside)?

    An answer must not start inside a word ("4 hours" is not in "24 hours"); a Latin or digit ending
    must not run on either, except for a plural ("runbook" in "runbooks"), while a Korean ending may
    take a particle ("조직" in "조직 영역은").
    """
    needle = norm(answer)
    if not needle:
        return False
    start = r"(?<![\w$])" if re.match(r"[\w$]", needle) else ""
    end = (
        r"(?:e?s)?(?![a-z0-9])"
        if re.search(r"[a-z]$", needle)
        else r"(?![a-z0-9]|[,.]\d)"
        if needle[-1].isdigit()
        else ""
    )
    if needle[-1] == "+":
        end = ""
    elif re.search(r"[a-z0-9]$", needle):
        end += r"(?!\+)"  # "Business Support" is not stated by "Business Support+"
    return re.search(start + re.escape(needle) + end, norm(passage)) is not None


def units(text: str) -> Iterator[list[str]]:
    """The section cut ever coarser: sentences, lines, paragraphs, then the whole text."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    yield [s for line in lines for s in sentences(line)]
    yield lines
    yield [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    yield [text.strip()]


def excerpt(
    text: str, answer: str, anchors: Sequence[str] = (), distractors: Sequence[str] = ()
) -> tuple[str, list[str]] | None:
    """The smallest unit stating `answer` and every anchor, with the distractors it does not state."""
    for level in units(text):
        for unit in level:
            if supports(unit, answer) and all(supports(unit, a) for a in anchors):
                return unit.strip(" -|"), [d for d in distractors if not supports(unit, d)]
    return None


def led_excerpt(
    text: str, answer: str, anchors: Sequence[str], distractors: Sequence[str] = ()
) -> tuple[str, list[str]] | None:
    """The section's opening sentence, then the smallest unit with the anchors; together they state `answer`.

    For lists whose items do not repeat what they belong to ("The Reliability pillar warns against
    several common anti-patterns." then one bullet per anti-pattern): the bullet alone would not say
    which pillar it is about, and the whole list would quote every other item too.
    """
    finest = next(units(text))
    if not finest:
        return None
    lead = finest[0]
    for level in units(text):
        for unit in level:
            if all(supports(unit, a) for a in anchors):
                shown = unit.strip(" -|") if unit == lead else f"{lead}\n- {unit.strip(' -|')}"
                if not supports(shown, answer):
                    return None
                return shown, [d for d in distractors if not supports(shown, d)]
    return None
