"""Check a generated answer claim by claim against the passages it cites.

A citation marker alone proves nothing: "The Enterprise plan is free. [1]" cites [1] whatever [1]
says. So every claim (the text before a group of [n] markers) must take its numbers and named
entities from the passages those markers name; text after the last marker is checked against all
cited passages. Numbers are compared as digits ("$15,000" = "15000"), entities as words, ignoring
case: AWS product names, acronyms, and capitalised words not opening a sentence. And most of a
claim's words must be the passage's too: a claim that shares only a name with its source ("The
Enterprise plan is free") is the model's, not the passage's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.retrieval.lexical import tokenize
from assistant.text import CITATION_MARK

MIN_SHARED = 0.5  # a claim must share at least half of its words with what it cites (a majority, not tuned)

_MARKERS = re.compile(r"((?:\s*\[\d+\])+)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&+./-]*[A-Za-z0-9]|[A-Z]")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*(?:[-*+]\s+|\d+[.)]\s+)?)$")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


@dataclass(frozen=True)
class Claim:
    text: str
    refs: tuple[int, ...]  # 1-based passage numbers; () = after the last marker


def claims(answer: str) -> list[Claim]:
    """The answer cut after each group of citation markers."""
    out: list[Claim] = []
    parts = _MARKERS.split(answer)
    for i in range(0, len(parts), 2):
        text = parts[i].strip()
        refs = tuple(int(n) for n in CITATION_MARK.findall(parts[i + 1])) if i + 1 < len(parts) else ()
        if text or refs:
            out.append(Claim(text, refs))
    return out


def numbers(text: str) -> set[str]:
    return {re.sub(r"[,]", "", m).rstrip(".") for m in _NUMBER.findall(text)}


def entities(text: str) -> set[str]:
    """Words a passage must contain for the claim to be its: acronyms, CamelCase, capitalised non-openers.
    In Korean text every Latin-script word is a name (AWS terms stay in English there)."""
    korean = bool(_HANGUL.search(text))
    found = set()
    for m in _WORD.finditer(text):
        word = m.group(0).rstrip("./-")
        if len(word) < 2 and not word.isupper():
            continue
        acronym = sum(ch.isupper() for ch in word) >= 2
        capital = word[0].isupper()
        opener = bool(_SENTENCE_START.search(text[: m.start()]))
        if korean or acronym or (capital and not opener):
            found.add(word.lower())
    return found


def _words(text: str) -> set[str]:
    return {m.group(0).rstrip("./-").lower() for m in _WORD.finditer(text)}


def unsupported(claim: Claim, passages: list[str]) -> list[str]:
    """The numbers and names of `claim` that none of `passages` contains (empty = grounded)."""
    source = "\n".join(passages)
    have_numbers, have_words = numbers(source), _words(source)
    low = source.lower()
    missing = sorted(n for n in numbers(claim.text) if n not in have_numbers)
    missing += sorted(e for e in entities(claim.text) if e not in have_words and e not in low)
    terms = set(tokenize(claim.text))
    same_language = bool(_HANGUL.search(claim.text)) == bool(_HANGUL.search(source))
    if len(terms) >= 3 and same_language:  # across languages only numbers and names can be compared
        shared = terms & set(tokenize(source))
        if len(shared) < MIN_SHARED * len(terms):
            missing.append(f"{len(terms) - len(shared)} of {len(terms)} words not in the source")
    return missing


def check(answer: str, passages: list[str]) -> list[tuple[str, list[str]]]:
    """(claim, what it lacks) for every claim its cited passages do not support; `passages[n-1]` is [n]."""
    bad = []
    for c in claims(answer):
        cited = [passages[n - 1] for n in c.refs if 1 <= n <= len(passages)] if c.refs else passages
        if c.refs and not cited:
            bad.append((c.text, [f"[{n}]" for n in c.refs]))
            continue
        missing = unsupported(c, cited)
        if missing:
            bad.append((c.text, missing))
    return bad
