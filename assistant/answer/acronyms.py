"""Acronyms the corpus only ever spells out: "CAF" where the summaries write "AWS Cloud Adoption Framework"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

_ACRONYM = re.compile(r"(?<![A-Za-z0-9_])[A-Z]{3,6}(?![A-Za-z0-9_])")
_JOINER = r"\s+(?:(?:of|and|for|the|on|to|in|&)\s+)?"  # small words inside a name ("Well-Architected for Startups")


def spelled_out(acronym: str, text: str) -> str | None:
    """The name `text` writes whose capitalised words' initials spell `acronym`; the most written one, or None
    when there is none or two are written equally often."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return None
    name = re.compile(r"\b" + _JOINER.join(f"{c}[a-z]+" for c in acronym) + r"\b")
    ranked = Counter(name.findall(text)).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def with_acronyms_spelled(
    text: str, known: Callable[[str], bool], corpus: str, names: dict[str, str | None] | None = None
) -> str:
    """`text` with each acronym the corpus never writes followed by the name it does ("CAF가 뭐임" -> "CAF (Cloud
    Adoption Framework)가 뭐임"), so retrieval meets the passage that names it. `known`: whether an acronym, as
    typed, is a word or name already read as such; `names`: the names found so far, by acronym (reading the corpus
    for one takes milliseconds)."""
    found: dict[str, str | None] = {} if names is None else names

    def spell(m: re.Match[str]) -> str:
        acronym = m.group(0)
        if known(acronym):
            return acronym
        if acronym not in found:
            found[acronym] = spelled_out(acronym, corpus)
        name = found[acronym]
        return f"{acronym} ({name})" if name else acronym

    return _ACRONYM.sub(spell, text)
