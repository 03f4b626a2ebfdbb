"""Best-practice ids ("OPS07-BP06") asked and stated: an exact identifier is the strongest evidence a passage has,
but the corpus also uses ids as examples of the numbering ("OPS07-BP06처럼", "ids such as SEC01-BP01"), which
state nothing about that practice."""

from __future__ import annotations

import re

PRACTICE_ID = re.compile(r"(?<![A-Za-z])(?:OPS|SEC|REL|PERF|COST|SUS)\s?\d{2}\s?-?\s?BP\s?\d{2}", re.IGNORECASE)
# an id given as an example of how ids look, just after it ("처럼") or just before it ("such as")
_AS_EXAMPLE_AFTER = re.compile(r"^\s*(?:처럼|같은|같이)")
_AS_EXAMPLE_BEFORE = re.compile(r"(?:such as|e\.g\.|like|for instance)\s*$", re.IGNORECASE)


def compact(practice_id: str) -> str:
    """ "ops07 bp06", "OPS07-BP06" -> "OPS07BP06"."""
    return re.sub(r"[\s-]", "", practice_id).upper()


def practices_asked(text: str) -> list[str]:
    return [compact(m.group(0)) for m in PRACTICE_ID.finditer(text)]


def states_practice(text: str, practices: list[str]) -> bool:
    """The text names one of `practices` other than as an example of the numbering."""
    return any(
        compact(m.group(0)) in practices
        and not _AS_EXAMPLE_AFTER.search(text[m.end() : m.end() + 4])
        and not _AS_EXAMPLE_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
        for m in PRACTICE_ID.finditer(text)
    )
