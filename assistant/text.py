"""Sentence splitting for Korean and English, shared by the chunker and the answer composer."""

from __future__ import annotations

import re

# A sentence ends at . ! ? (or their full-width forms) followed by space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+(?=\S)")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def is_table_row(line: str) -> bool:
    return line.lstrip().startswith("|")


def table_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def split_sentences(text: str) -> list[str]:
    """Split a block into sentences; each line of a list or table stands alone.

    Table rows become "cell — cell — cell" so they read as a sentence; rule rows are dropped.
    Decimal points and version numbers survive because a split needs whitespace after the stop.
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
        line = _BULLET.sub("", line)
        out.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return out
