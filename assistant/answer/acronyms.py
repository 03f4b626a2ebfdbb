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


# what an acronym stands for, asked: "what does CUR stand for", "STS 풀네임 뭐야", "CDK가 뭐의 약자임?"
_EXPANSION_ASKED = re.compile(
    r"\bstands? for\b|\bfull (?:name|form)\b|\bshort for\b|\bacronym\b|\babbreviat\w*"
    r"|풀\s*네임|약자|줄임말|뭐(?:의|를)?\s*줄인",
    re.IGNORECASE,
)
_MORE_ASKED = re.compile(
    r"[^?]*\b(?:and|or)\s+(?:what|when|which|how|who|where|is|does)\b|[^?]*(?:이랑|하고|랑)\s*(?:예전|옛날|원래|언제|어디|누가)",
    re.IGNORECASE,
)
_TYPED_ACRONYM = re.compile(r"(?<![A-Za-z0-9_])[A-Z]{2,6}(?![A-Za-z0-9_])")


def acronym_asked(text: str) -> str | None:
    """The acronym whose full name `text` asks for: the one typed nearest before the words that ask it ("STS
    풀네임"), else the first after them ("what's the full name of STS")."""
    asked = _EXPANSION_ASKED.search(text)
    if asked is None or _MORE_ASKED.match(text, asked.end()):
        return None  # ("what's its current full name and what was it called before": more than the name)
    typed = list(_TYPED_ACRONYM.finditer(text))
    before = [m for m in typed if m.end() <= asked.start()]
    after = [m for m in typed if m.start() >= asked.end()]
    found = before[-1] if before else after[0] if after else None
    return found.group(0) if found else None
