"""Sentence splitting for Korean and English: the one splitter the chunker, composer, learn and eval share.

A regex, not a Korean sentence splitter: on the corpus's 741 Korean prose lines kiwipiepy's
`split_into_sents` cut 736 the same way; of the other 5, two were kiwipiepy's mistakes (inside a quoted
question; '줄였다|가' mid-word) and three split period-less jottings in the notes. It took 42 s against
0.003 s for the regex (2 busy cores, 2026-11-30), so the regex stays.
"""

from __future__ import annotations

import re

# A sentence ends at . ! ? (or their full-width forms) followed by space, or at a line break.
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+(?=\S)")  # split on it to keep the text between exact
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}")
BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")  # a list item's marker: "- ", "* ", "1. ", "2) "
CITATION_MARK = re.compile(r"\[(\d+)\]")  # an answer's citation of its n-th source: "[1]" (group 1: the number)


def sentences(line: str) -> list[str]:
    """One line (or paragraph) cut into sentences: at . ! ? and their full-width forms followed by space.

    Decimal points and version numbers survive because a split needs whitespace after the stop.
    """
    return [s.strip() for s in SENTENCE_END.split(line) if s.strip()]


def is_table_row(line: str) -> bool:
    return line.lstrip().startswith("|")


def table_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def split_sentences(text: str) -> list[str]:
    """Split a block into sentences; each line of a list or table stands alone.

    Table rows become "cell — cell — cell" so they read as a sentence; rule rows are dropped.
    """
    out: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if is_table_row(line):
            if not _TABLE_RULE.match(line.strip("| ")):
                cells = [c for c in table_cells(line) if c]
                if cells:
                    out.append(" — ".join(cells))
            continue
        out.extend(sentences(BULLET.sub("", line)))
    return out
