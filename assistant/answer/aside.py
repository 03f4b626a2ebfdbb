"""Words that set a name aside: "X 말고", "other than X", "not X", "skip the ones that are X".

Read by the question reader and by the support advisor alike, so both agree on what a request excludes."""

from __future__ import annotations

import re

NOT_BEFORE = re.compile(
    # ("not looking at business, it's retiring anyway": set aside by a verb of attention; not "skip X", which
    # often proposes X as the subject: "we can skip enterprise support … right?")
    r"(?:(?:\bnot|\bno|\bnot (?:asking |talking |looking |interested |considering )?(?:about|for|at|in)"
    r"|\bnot (?:considering|going (?:with|for))"
    r"|\bno need for|\b(?:do ?n['’]?t|dont) (?:really )?(?:need|care about))"
    r"\s+(?:(?:the|a|an|some|any)\s+)?"  # ("not some deprecated solution pls")
    # ("not interested in shops still doing navigate": the ones set aside, then what sets them apart)
    r"(?:(?:partners?|shops?|firms?|vendors?|companies|ones|those|people|folks)\s+(?:[a-z]+\s+){0,3})?"
    # "besides the usual load test": a word may stand between
    r"|(?:\bexcept|\bexcluding|\bbesides|\bother than|\bapart from)\s+(?:the\s+)?(?:[a-z]+\s+)?)$",
    re.I,
)
# "전화/채팅 말고 뭐가 더 포함돼?", "other than phone and chat, what's included": the named facet is what is not asked
_FACET_NOT_AFTER = re.compile(
    # ("클라우드 재무관리(CFM) 말고": a name's acronym in brackets after it)
    r"^(?:[\s/,·)]*(?:and|or|이나|나|랑|와|과)?[\s/,·]*[\w가-힣]{1,8}){0,2}?[\s/,·)]*(?:말고|빼고|제외하고|외에|이외에)"
)
_FACET_NOT_BEFORE = re.compile(
    r"(?:\bexcept|\bexcluding|\bbesides|\bother than|\bapart from)\s+(?:the\s+)?"
    r"(?:[\w/]+\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)


def excluded_around(text: str, start: int, end: int) -> bool:
    """ "X 말고", "besides X", "other than X", "skip the ones that are X": the words around text[start:end]
    exclude it."""
    before = text[:start]
    return bool(_FACET_NOT_AFTER.match(text[end:]) or _FACET_NOT_BEFORE.search(before) or _SKIP.search(before))


_SKIP = re.compile(
    r"\b(?:skip|skipping|leave out|leaving out|ignore|exclude|drop)\s+(?:the\s+)?(?:ones?\s+)?"
    r"(?:(?:that|which)\s+(?:are|is|were)\s+)?(?:already\s+)?$",
    re.IGNORECASE,
)


def set_aside_at(text: str, start: int, end: int) -> bool:
    """Is the word at text[start:end] named only to be excluded ("SA Pro 말고", "besides Azure", "not Azure")?
    (A facet is not set aside by a plain "not": "NOT going away" negates the predicate.)"""
    return excluded_around(text, start, end) or bool(NOT_BEFORE.search(text[:start]))
